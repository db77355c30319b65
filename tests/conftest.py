"""Shared test configuration: Hypothesis profiles and the chromium fixture.

``make test`` runs the ``default`` profile, derandomized: every run draws the
same examples, so the suite cannot fail at random on a clean clone. To
search for new counter-examples (random draws, many more of them), run the
property tests under the ``thorough`` profile::

    .venv/bin/python -m pytest tests/test_clean_properties.py --hypothesis-profile=thorough

A failure prints its falsifying example and a ``@reproduce_failure`` line;
``--hypothesis-seed=N`` replays a run drawn from seed ``N``.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "thorough",
    max_examples=5000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
settings.load_profile("default")


@pytest.fixture(scope="module")
def browser():
    """The system chromium through Playwright, one per test module (see ``tests/browser.py``)."""
    from browser import CHROMIUM_FLAGS, chromium_path

    path = chromium_path()
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        yield b
        b.close()
