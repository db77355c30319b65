"""All-digit dates ("13.12.2025", "2025-12-13", "12/13/2025") and the document date of a page dump.

Which orders a language's press writes is data (``numeric_date_orders`` in
``resources/lang/<code>/writing.tsv``; the shapes are in
``resources/events/numeric_dates.tsv``). Sentences written for these tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.events import events_from_text, load_patterns
from toolkit.events.docdate import document_date

LATER = pd.Timestamp("2025-12-20", tz="UTC")


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Am 13.12.2025 wurden 123 Gefangene freigelassen."),
    ("ru", "13.12.2025 Лукашенко помиловал 123 осуждённых."),
    ("pl", "W dniu 13.12.2025 r. uwolniono 123 więźniów."),
    ("fr", "Le 13/12/2025, Minsk a libéré 123 prisonniers."),
    ("nl", "Op 13-12-2025 werden 123 gevangenen vrijgelaten."),
    ("lt", "2025-12-13 paleisti 123 kaliniai."),
    ("en", "On 2025-12-13 Belarus freed 123 prisoners."),
    ("en", "On 12/13/2025 Belarus freed 123 prisoners."),   # 13 can only be the day
    ("en", "On 13/12/2025 Belarus freed 123 prisoners."),
    ("de", "Am 13. 12. 2025 wurden 123 Gefangene freigelassen."),
])
def test_all_digit_date_dates_the_event(lang: str, sentence: str) -> None:
    rows = events_from_text(sentence, LATER, lang)
    assert [(str(r["date"].date()), r["date_basis"]) for r in rows] == [("2025-12-13", "stated")]


def test_a_date_that_reads_both_ways_is_empty_with_a_reason() -> None:
    (row,) = events_from_text("On 05/07/2025 Belarus freed 123 prisoners.", LATER, "en")
    assert row["date"] is None and row["date_basis"] == "none"
    assert "day first or month first" in row["date_reason"]


def test_an_impossible_digit_date_is_empty_with_a_reason() -> None:
    (row,) = events_from_text("Am 31.02.2025 wurden 12 Gefangene freigelassen.", LATER, "de")
    assert row["date"] is None and "not a valid calendar date" in row["date_reason"]


def test_version_numbers_and_two_digit_years_are_not_dates() -> None:
    for text in ("Version 1.2.2019.3 wurde am 19.10.19 veröffentlicht.", "Es kostet 12.50 Euro."):
        assert document_date(text, load_patterns("de")) == (None, None)


def test_page_dump_date_line_after_the_menus_dates_the_document() -> None:
    # a scraped page: menu lines first, then the title and a short date line, then the text
    dump = ("Home\nNews\nSport\nWeather\nContact\nSearch\n"
            "Prisoners freed\nVeröffentlicht: 13.12.2025\n"
            "Am Samstag kamen 123 Gefangene frei. Kommentar vom 02.01.2026: gut so.")
    assert document_date(dump, load_patterns("de")) == (
        pd.Timestamp("2025-12-13", tz="UTC"), "visible_date")
    rows = events_from_text(dump, None, "de")
    assert [(str(r["date"].date()), r["date_basis"]) for r in rows] == [
        ("2025-12-13", "visible_date")]
