"""A timeline's year headings date its entries.

Explainers end with a timeline whose entries give a day and month under a heading that
is only a year ("2024", then "16 August - Lukashenko pardons 30 people"). The entries
take the heading's year, and when the page has no publication date its latest entry
can date the page. Texts written for the project.
"""

from __future__ import annotations

import pytest
from eventcases import summary

from toolkit.events import load_patterns
from toolkit.events.docdate import document_date, year_sections

TIMELINE = ("Lukashenko signed another pardon on Wednesday, the latest of a year of releases.\n\n"
            "KEY DATES\n\n2024\n16 August - Lukashenko pardons 30 people.\n"
            "28 December - 20 more pardoned.\n\n2025\n"
            "12 February - Three prisoners freed and driven to Lithuania.\n"
            "2 July - 16 people pardoned on the eve of Independence Day.\n\nRead more\n"
            "- In 2019 the border reopened\n")


def test_entries_take_their_heading_year_without_a_publication_date() -> None:
    got = summary(TIMELINE, "en", ("event_type", "date", "count"), published=None)
    assert ("pardon", "2024-08-16", 30) in got
    assert ("pardon", "2024-12-28", 20) in got
    assert ("release", "2025-02-12", 3) in got
    assert ("pardon", "2025-07-02", 16) in got


def test_entries_take_their_heading_year_over_the_publication_year() -> None:
    # published in 2026: "28 December" under "2024" is not December 2025
    got = summary(TIMELINE, "en", ("event_type", "date", "count"), published="2026-01-10")
    assert ("pardon", "2024-12-28", 20) in got


def test_latest_entry_dates_an_undated_page() -> None:
    day, basis = document_date(TIMELINE, load_patterns("en"))
    assert (str(day.date()), basis) == ("2025-07-02", "latest_date_in_text")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024\n16 August - 30 pardoned.\n28 December - 20 more.\nRead more",
         [("16 August - 30 pardoned.\n28 December - 20 more.", 2024)]),
        # a year in a sentence is no heading; a line not opening with a date ends the stretch
        ("In 2024 they met.\n16 August - 30 pardoned.", []),
        ("2025\nThe year of the releases.\n16 August - 30 pardoned.", []),
        # an entry that states its own year is not the heading's
        ("2025\n16 August 2024 - 30 pardoned.", []),
    ],
)
def test_year_sections(text: str, expected: list) -> None:
    assert [(text[a:b], y) for a, b, y in year_sections(text, load_patterns("en"))] == expected
