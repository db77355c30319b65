"""Dates: relative words of every language (dateparser's data), unreadable dates,
the publication-date fallback and the document date inferred when there is none."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.events import events_from_text, extract_events
from toolkit.events.relative import detectors

SAT = pd.Timestamp("2025-12-13 15:00", tz="UTC")  # a Saturday


def day(s: str) -> pd.Timestamp:
    return pd.Timestamp(s, tz="UTC")


@pytest.mark.parametrize(
    ("language", "sentence", "expected", "precision"),
    [
        ("en", "Belarus freed 12 prisoners the day before yesterday.", "2025-12-11", "day"),
        ("en", "Belarus freed 12 prisoners two weeks ago.", "2025-11-24", "week"),
        ("ru", "Лукашенко помиловал 12 человек позавчера.", "2025-12-11", "day"),
        ("ru", "Лукашенко помиловал 12 человек три дня назад.", "2025-12-10", "day"),
        ("de", "Belarus hat vor drei Tagen 12 Gefangene freigelassen.", "2025-12-10", "day"),
        ("lt", "Baltarusija vakar paleido 12 kalinių.", "2025-12-12", "day"),
    ],
)
def test_relative_dates_in_dateparsers_words(language, sentence, expected, precision) -> None:
    (row,) = events_from_text(sentence, SAT, language)
    assert (row["date"], row["date_precision"]) == (day(expected), precision), row["date_text"]


@pytest.mark.parametrize("language", ["en", "ru", "uk", "pl", "de", "fr", "it", "es", "pt", "lt"])
def test_every_language_has_relative_date_words(language: str) -> None:
    units = {d.unit for d in detectors(language)}
    assert {"day", "week", "month", "year"} <= units


def test_unreadable_date_is_empty_with_a_reason_not_the_publication_date() -> None:
    (row,) = events_from_text("Belarus freed 12 prisoners at the weekend.", SAT)
    assert row["date"] is None and row["date_basis"] == "none"
    assert "at the weekend" in row["date_reason"]


def test_publication_date_only_when_the_sentence_states_no_date() -> None:
    (row,) = events_from_text("Belarus has pardoned 31 Ukrainians.", SAT)
    assert (row["date"], row["date_basis"]) == (day("2025-12-13"), "published")
    (row,) = events_from_text("Belarus pardoned 31 Ukrainians on Friday.", SAT)
    assert (row["date"], row["date_basis"]) == (day("2025-12-12"), "stated")


@pytest.mark.parametrize(
    ("text", "expected", "basis"),
    [
        ("13 December 2025\n\nBelarus freed 12 prisoners on Saturday.", "2025-12-13",
         "visible_date"),
        ("Belarus freed 12 prisoners on Saturday. It followed talks in Minsk on "
         "10 December 2025 and a call on 4 December 2025.", "2025-12-06", "latest_date_in_text"),
        ("Updated 14 December 2025\nBelarus freed 52 prisoners on Sept. 11.", "2025-09-11",
         "visible_date"),
    ],
)
def test_document_date_is_inferred_without_publication_date(text, expected, basis) -> None:
    rows = [r for r in events_from_text(text, None) if r["event_type"] == "release"]
    assert [(r["date"], r["date_basis"]) for r in rows] == [(day(expected), basis)]
    assert rows[0]["published"] is None


def test_dateline_dates_the_document_and_year_less_dates_resolve_against_it() -> None:
    arts = pd.DataFrame({
        "article_id": ["a"], "language": ["en"], "published": [pd.NaT],
        "dateline": ["VILNIUS, Lithuania, Dec. 14, 2025"],
        "text": ["Belarus freed 12 prisoners on December 13. Lukashenko pardoned 16 people "
                 "on Saturday.\n\nHe pardoned 30 more people."]})
    events = extract_events(arts)
    got = [(str(d.date()), b) for d, b in zip(events["date"], events["date_basis"], strict=True)]
    assert got == [("2025-12-13", "dateline"), ("2025-12-13", "dateline"),
                   ("2025-12-14", "dateline")]


def test_no_publication_date_and_nothing_to_infer_gives_a_reason() -> None:
    (row,) = events_from_text("Belarus freed 12 prisoners on Saturday.", None)
    assert row["date"] is None and "publication date" in row["date_reason"]


def test_a_marker_that_stands_alone_counts_from_the_paragraphs_last_date() -> None:
    text = ("Belarus freed 16 prisoners on Wednesday. Two days later, the US eased "
            "sanctions on Belavia.")
    rows = {r["event_type"]: r for r in events_from_text(text, SAT, "en")}
    assert rows["release"]["date"] == day("2025-12-10")
    eased = rows["sanctions_eased"]
    assert eased["date"] == day("2025-12-12") and eased["date_basis"] == "context"
    # counted from a happening, not a date: no day to count from
    text = ("Belarus freed 16 prisoners on Wednesday. Two days after the talks, the US "
            "eased sanctions on Belavia.")
    rows = {r["event_type"]: r for r in events_from_text(text, SAT, "en")}
    assert rows["sanctions_eased"]["date_basis"] != "context"
    # in another paragraph the date does not carry over
    text = ("Belarus freed 16 prisoners on Wednesday.\n\nTwo days later, the US eased "
            "sanctions on Belavia.")
    rows = {r["event_type"]: r for r in events_from_text(text, SAT, "en")}
    assert rows["sanctions_eased"]["date_basis"] != "context"


def test_an_undated_restatement_takes_the_day_of_its_familys_news_peg() -> None:
    text = ("Lukashenko pardoned 123 prisoners on Friday.\n\n"
            "Nine of them were taken to Lithuania, officials said.\n\n"
            "The EU imposed sanctions on Belarusian officials.")
    rows = {r["event_type"]: r for r in events_from_text(text, SAT, "en")}
    release = rows["release"]
    assert (release["date"], release["date_basis"]) == (day("2025-12-12"), "context")
    assert release["count"] == 9
    # another family has no peg: the publication date, said so
    imposed = rows["sanctions_imposed"]
    assert (imposed["date"], imposed["date_basis"]) == (day("2025-12-13"), "published")
    # a month-precise background date is no news peg
    text = ("In September Belarus pardoned 52 prisoners.\n\n"
            "Nine of them were taken to Lithuania, officials said.")
    rows = {r["event_type"]: r for r in events_from_text(text, SAT, "en")}
    assert rows["release"]["date_basis"] == "published"


def test_a_day_word_inside_a_same_time_marker_is_no_date() -> None:
    # "وفي اليوم نفسه" (and on the same day): its اليوم is not "today"; the clitic و before it
    text = ("أفرجت بيلاروسيا عن 52 سجينا يوم الخميس. وفي اليوم نفسه خففت الولايات المتحدة "
            "العقوبات على بيلافيا.")
    rows = {r["event_type"]: r for r in events_from_text(text, SAT, "ar")}
    assert rows["release"]["date"] == day("2025-12-11")
    eased = rows["sanctions_eased"]
    assert (eased["date"], eased["date_basis"]) == (day("2025-12-11"), "context")
    # اليوم alone is today
    (row,) = events_from_text("أفرجت بيلاروسيا اليوم عن 52 سجينا.", SAT, "ar")
    assert (row["date"], row["date_basis"]) == (day("2025-12-13"), "stated")


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Poczobut was not on the list of pardoned prisoners."),
    ("ru", "Почобут не попал в список помилованных."),
    ("pl", "Poczobut nie znalazł się na liście ułaskawionych."),
])
def test_not_on_the_list_of_the_pardoned_is_a_denial(language: str, sentence: str) -> None:
    (row,) = events_from_text(sentence, SAT, language)
    assert (row["event_type"], row["modality"], row["date"]) == ("pardon", "denied", None)
