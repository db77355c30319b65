"""Counts: number words in every supported language, vague and approximate quantities,
and which number of a sentence is the event's count."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.events import events_from_text
from toolkit.events.numbers import digit_view, quantities

SAT = pd.Timestamp("2025-12-13 15:00", tz="UTC")


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "fifty-two prisoners", 52),
        ("en", "twenty-five prisoners", 25),
        ("en", "one hundred and twelve people", 112),
        ("ru", "двадцать пять человек", 25),
        ("ru", "двадцати девяти заключённых", 29),
        ("ru", "две тысячи двести человек", 2200),
        ("uk", "двадцять п’ять в’язнів", 25),
        ("uk", "двох журналістів", 2),
        ("pl", "pięćdziesięciu dwóch więźniów", 52),
        ("pl", "dwudziestu trzech więźniów", 23),
        ("de", "dreiundzwanzig Gefangene", 23),
        ("fr", "cinquante-deux prisonniers", 52),
        ("it", "trentasette detenuti", 37),
        ("es", "treinta y uno presos", 31),
        ("pt", "cinquenta e dois presos", 52),
        ("lt", "penkiasdešimt du kalinius", 52),
        ("lt", "šimtas dvidešimt trys kaliniai", 123),
    ],
)
def test_number_words_in_every_language(language: str, text: str, value: int) -> None:
    found = [q for q in quantities(text, language) if not q.vague]
    assert [q.value for q in found] == [value], found


@pytest.mark.parametrize(
    ("language", "text", "value", "qualifier"),
    [
        ("fr", "une trentaine de prisonniers", 30, "about"),
        ("it", "una decina di detenuti", 10, "about"),
        ("en", "a dozen priests", 12, None),
        ("en", "dozens of prisoners", None, None),
        ("de", "Dutzende Gefangene", None, None),
        ("ru", "несколько десятков заключённых", None, None),
        ("pl", "kilkudziesięciu więźniów", None, None),
        ("es", "un grupo de presos", None, None),
    ],
)
def test_approximate_and_vague_quantities(language: str, text: str, value, qualifier) -> None:
    (q,) = quantities(text, language)
    assert (q.value, q.qualifier) == (value, qualifier)


def test_an_isolated_one_is_an_article_not_a_count() -> None:
    assert quantities("un journaliste", "fr") == []
    assert quantities("ein Deutscher", "de") == []


def test_digit_view_keeps_offsets() -> None:
    text = "Лукашенко помиловал двадцать пять человек."
    view, _ = digit_view(text, "ru")
    assert len(view) == len(text) and "25" in view and view.endswith("человек.")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Belarus freed fifty-two prisoners on Saturday.", 52),
        ("Lukashenko pardoned twenty-five people on Saturday.", 25),
        ("More than a hundred political prisoners were freed in Belarus on Saturday.", 100),
    ],
)
def test_number_words_are_counts(sentence: str, count: int) -> None:
    rows = events_from_text(sentence, SAT)
    assert [r["count"] for r in rows] == [count]


def test_russian_number_words_are_counts() -> None:
    rows = events_from_text("Лукашенко в субботу помиловал двадцать пять человек.", SAT, "ru")
    assert [(r["event_type"], r["count"]) for r in rows] == [("pardon", 25)]


def test_vague_count_is_empty_and_its_words_are_kept() -> None:
    (row,) = events_from_text("Belarus freed dozens of political prisoners on Saturday.", SAT)
    assert row["count"] is None and row["count_qualifier"] is None
    assert row["count_text"] == "dozens of political prisoners"


def test_the_count_is_the_part_the_event_concerns_not_the_total() -> None:
    (row,) = events_from_text(
        "Only 50 of more than 600 political prisoners were released on Saturday.", SAT)
    assert (row["count"], row["count_qualifier"]) == (50, "exact")
    assert "600" in row["count_text"]
    (row,) = events_from_text("He was one of 14 people released on Saturday.", SAT)
    assert row["count"] == 14


def test_new_prisoners_are_an_increment_not_the_running_total() -> None:
    from toolkit.events import events_from_text

    rows = events_from_text("Samedi, vingt nouveaux prisonniers ont bénéficié d'une grâce "
                            "présidentielle, ce qui porte à 207 le nombre de personnes "
                            "libérées depuis l'été.", "2024-12-30", "fr")
    pardon = [r for r in rows if r["event_type"] == "pardon"]
    assert [(r["count"], r["cumulative"], str(r["date"])[:10]) for r in pardon] == \
        [(20, False, "2024-12-28")]
