"""A repost's relative dates count from its dateline's day, not its publication day.

Aggregators repost wire copy days later: the page's "Published" line gives the repost's
day, the dateline ("VILNIUS, Sept 11 (Northline) -") the story's. Pages written for the
project; outlets fictional.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import toolkit
from toolkit.events import load_patterns
from toolkit.events.docdate import story_day

PAGE = """Home | World | Europe
Belarus frees 52 prisoners after US envoy visit
Published: {published} | Updated: {published}
VILNIUS, {dateline} (Northline) - Belarus freed 52 prisoners on Thursday, a day after the \
US envoy met Lukashenko in Minsk, Lithuanian officials said.
The United States eased sanctions on the state airline Belavia yesterday.
Share this article
"""


def _events(tmp_path, published: str, dateline: str) -> dict[str, tuple[str, str]]:
    page = tmp_path / "page.txt"
    page.write_text(PAGE.format(published=published, dateline=dateline), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        events = toolkit.extract_events(toolkit.load_articles(str(page)))
    return {r.event_type: (str(r.date.date()), r.date_basis) for r in events.itertuples()}


def test_repost_counts_from_its_dateline(tmp_path) -> None:
    got = _events(tmp_path, "16 September 2025", "Sept 11")
    assert got == {"release": ("2025-09-11", "dateline"), "talks": ("2025-09-10", "dateline"),
                   "sanctions_eased": ("2025-09-10", "dateline")}


def test_same_day_dateline_keeps_the_publication_date(tmp_path) -> None:
    got = _events(tmp_path, "11 September 2025", "Sept 11")
    assert got["sanctions_eased"] == ("2025-09-10", "stated")
    assert got["release"] == ("2025-09-11", "stated")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("VILNIUS, Sept 11 (Northline) - Belarus freed 52 prisoners.", "2025-09-16", "2025-09-11"),
        ("KYIV, Ukraine, Dec. 12, 2025 (Northline) - Talks ended.", "2025-12-13", "2025-12-12"),
        # a dateline after the publication date, or months before it, is not the story's day
        ("VILNIUS, Sept 18, 2025 (Northline) - Belarus freed 52 prisoners.", "2025-09-16", None),
        ("VILNIUS, June 2, 2025 (Northline) - Belarus freed 52 prisoners.", "2025-09-16", None),
        ("LONDON (Northline) - Talks ended on Friday.", "2025-09-16", None),
        ("Belarus freed 52 prisoners on Thursday.", "2025-09-16", None),
    ],
)
def test_story_day(text: str, published: str, expected: str | None) -> None:
    day = story_day(text, load_patterns("en"), pd.Timestamp(published, tz="UTC"))
    assert (None if day is None else str(day.date())) == expected
