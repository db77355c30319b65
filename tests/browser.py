"""Open report pages in headless Debian chromium through Playwright, offline.

No browser is downloaded: the system chromium is used. When it is missing the
tests that need it skip with a message saying how to enable them, unless
``TOOLKIT_REQUIRE_BROWSER=1`` (set by ``.ci/run``), where they fail instead.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str:
    """Path of the system chromium, or skip (fail in CI) with how to get it."""
    for candidate in (os.environ.get("TOOLKIT_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    message = (
        "browser tests need Debian's chromium: run `sudo apt-get install chromium` "
        "(or set TOOLKIT_CHROMIUM to a chromium binary) to enable them"
    )
    if os.environ.get("TOOLKIT_REQUIRE_BROWSER") == "1":
        pytest.fail(message)
    pytest.skip(message)


@dataclass
class PageVisit:
    """What happened when a page was opened."""

    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    plots: int = 0
    rendered: int = 0
    globals: dict[str, object] = field(default_factory=dict)
    injected_elements: int = 0


@contextmanager
def opened(browser, path: Path, result: PageVisit | None = None, **context_options) -> Iterator:
    """A page of ``path`` from file://, every network request blocked and recorded in ``result``."""
    result = result if result is not None else PageVisit()
    context = browser.new_context(java_script_enabled=True, **context_options)
    page = context.new_page()

    def route(route) -> None:
        url = route.request.url
        if url.startswith(("file://", "data:", "blob:", "about:")):
            route.continue_()
        else:
            result.blocked.append(url)
            route.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda exc: result.errors.append(f"pageerror: {exc}"))
    page.on("console", lambda msg: result.errors.append(f"console: {msg.text}") if msg.type == "error" else None)
    try:
        page.goto(path.resolve().as_uri(), wait_until="load")
        page.wait_for_timeout(300)
        yield page
    finally:
        context.close()


def wait_for_figures(page, timeout: int = 30_000) -> None:
    """Wait until every report figure has drawn its SVG."""
    page.wait_for_function(
        "document.querySelectorAll('div.toolkit-figure .js-plotly-plot .main-svg').length >= "
        "document.querySelectorAll('div.toolkit-figure').length",
        timeout=timeout,
    )


# Points each figure draws, as plotly.js holds them: one per x (or y) value of a
# trace, one per cell of a heat map; traces marked "derived" repeat other marks.
FIGURE_POINTS_JS = """
() => Array.from(document.querySelectorAll('figure.toolkit-figure-block')).map(block => {
  const gd = block.querySelector('.js-plotly-plot');
  const traces = (gd && gd._fullData) || [];
  let points = 0;
  for (const t of traces) {
    if ((gd.data[t.index] || {}).meta === 'derived') continue;
    if (t.type === 'heatmap') { points += Array.from(t.z || []).reduce((n, row) => n + (row ? row.length : 0), 0); }
    else { points += t._length || 0; }
  }
  const link = block.querySelector('a.toolkit-csv');
  return {id: block.id, points: points, rows: link ? Number(link.dataset.rows) : null,
          caption: (block.querySelector('figcaption') || {}).textContent || '',
          x: traces.length ? Array.from(traces[0].x || []).slice(0, traces[0]._length || 0) : []};
})
"""


def visit(browser, path: Path, probe_globals: tuple[str, ...] = ()) -> PageVisit:
    """Open ``path`` from file:// with every network request blocked and report what ran."""
    result = PageVisit()
    with opened(browser, path, result) as page:
        page.wait_for_timeout(200)
        result.plots = page.evaluate("document.querySelectorAll('div.toolkit-figure').length")
        wait_for_figures(page)
        result.rendered = page.evaluate(
            "Array.from(document.querySelectorAll('div.toolkit-figure')).filter("
            "d => d.querySelector('.js-plotly-plot .main-svg')).length"
        )
        for name in probe_globals:
            result.globals[name] = page.evaluate(f"typeof window[{name!r}] === 'undefined' ? null : window[{name!r}]")
        result.injected_elements = page.evaluate(
            "document.querySelectorAll('img[src=\"x\"], img[src=\"x:\"], script[data-injected]').length"
        )
    return result
