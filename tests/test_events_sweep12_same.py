"""One event per happening: the fourteenth-round sweep of extras (every language).

Sentences written for the project, in the style of the development pages' extras:

- the parts of a group listed after "among them" are no count of the group's
  happening, also past the list's first comma ("entre ellos siete mujeres, dos
  sacerdotes y un periodista"), nor are the parts counted "among the 14 freed"
  (uk) or "among those covered by the pardon" (ar);
- a total counted "since then" (ru "с тех пор") is a running total; a count before a
  "since then" set off by a comma ("freed 18 in July, and since then none") is the
  day's own;
- a timeline line's range of days ("12-13 December - talks ...; 123 pardoned") dates a
  happening told in another clause once, on the range's last day;
- a year before a vague quantity ("2025 cientos de presos") is no count;
- on a page without a publication date, a headline told again by a lead that dates it
  with a weekday read against the page's visible date line is one mention.

Published on Saturday 2025-12-13 (``eventcases.SAT``) unless said otherwise.
"""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import stated

from toolkit.events import events_from_text

# a group told with its parts: the group's count only
PARTS = [
    ("es", "Bielorrusia excarceló el jueves a 31 presos. Los excarcelados, entre ellos seis "
           "mujeres, tres sacerdotes y un periodista, llegaron a Vilna por la tarde.",
     [("release", 31, "2025-12-11")]),
    ("es", "Bielorrusia excarceló el jueves a 31 presos, entre ellos seis mujeres, tres "
           "sacerdotes y un periodista.",
     [("release", 31, "2025-12-11")]),
    ("en", "Belarus freed 40 prisoners on Thursday, among them seven women, two priests and a "
           "journalist.",
     [("release", 40, "2025-12-11")]),
    ("uk", "У четвер Мінськ звільнив 20 в'язнів. Серед 20 звільнених – шестеро литовців і "
           "двоє латвійців.",
     [("release", 20, "2025-12-11")]),
    ("ar", "أفرجت السلطات يوم الخميس عن 40 سجيناً. وأوضح البيان أن بين المشمولين بالإفراج سبع "
           "نساء.",
     [("release", 40, "2025-12-11")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), PARTS,
                         ids=[str(i) for i in range(len(PARTS))])
def test_the_parts_of_a_group_are_no_count(language: str, text: str,
                                           expected: list[tuple]) -> None:
    assert stated(text, language) == expected


# kept: a count that is no part; "between the two sides" is no "among"
KEPT_COUNTS = [
    ("ar", "أفرجت السلطات يوم السبت عن 52 سجينا بعد محادثات بين الجانبين.",
     ("release", 52, "2025-12-13")),
    ("en", "Belarus freed 40 prisoners on Thursday, among them seven women, and 12 more on "
           "Friday.",
     ("release", 12, "2025-12-12")),
    ("uk", "У четвер Мінськ звільнив 20 в'язнів, серед них шістьох литовців.",
     ("release", 20, "2025-12-11")),
]


@pytest.mark.parametrize(("language", "text", "expected"), KEPT_COUNTS,
                         ids=[str(i) for i in range(len(KEPT_COUNTS))])
def test_a_count_that_is_no_part_stays(language: str, text: str, expected: tuple) -> None:
    assert expected in stated(text, language)


def _totals(text: str, language: str) -> list[tuple]:
    return sorted((r["event_type"], int(r["count"]), bool(r["cumulative"]))
                  for r in events_from_text(text, pd.Timestamp("2025-12-13", tz="UTC"), language)
                  if not pd.isna(r["count"]))


# a total counted since then: a running total
def test_since_then_makes_a_running_total_in_russian() -> None:
    text = ("Осенью прошлого года Минск начал освобождать заключённых; с тех пор, по данным "
            "правозащитников, на свободу вышли более трёхсот человек.")
    assert _totals(text, "ru") == [("release", 300, True)]


def test_since_then_with_a_count_after_it_in_english() -> None:
    assert _totals("Since then, more than 400 people have been released.", "en") == [
        ("release", 400, True)]


def test_since_when_in_russian_stays_a_running_total() -> None:
    assert _totals("С тех пор как начались переговоры, на свободу вышли 300 человек.", "ru") == [
        ("release", 300, True)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "В июле Минск освободил 18 человек, и с тех пор новых освобождений не было.",
     [("release", 18, False)]),
    ("en", "Belarus freed 18 prisoners in July, and since then none have been released.",
     [("release", 18, False)]),
    ("en", "Belarus has freed 300 prisoners since July 2024.", [("release", 300, True)]),
    ("en", "More than 1,100 people are still held, while 569 have been pardoned, since July "
           "2024.", [("pardon", 569, True)]),
], ids=["ru-then-since", "en-then-since", "en-since-total", "en-since-a-month"])
def test_a_since_then_after_a_comma_is_another_clause(language: str, text: str,
                                                         expected: list[tuple]) -> None:
    assert _totals(text, language) == expected


def _dated(text: str, language: str, published: object) -> list[tuple]:
    return sorted((r["event_type"], None if pd.isna(r["date"]) else str(r["date"].date()),
                   None if pd.isna(r["count"]) else int(r["count"]))
                  for r in events_from_text(text, published, language))


# a timeline line's range of days dates the other clause's happening once, on its last day
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "10-11 March 2025 – US envoy holds talks with Lukashenko in Minsk; 40 pardoned.",
     [("pardon", "2025-03-11", 40), ("talks", "2025-03-10", None),
      ("talks", "2025-03-11", None)]),
    ("en", "10-11 March 2025 - two days of talks in Minsk; 40 prisoners are pardoned on the "
           "second day",
     [("pardon", "2025-03-11", 40), ("talks", "2025-03-10", None),
      ("talks", "2025-03-11", None)]),
], ids=["en-pardoned", "en-second-day"])
def test_a_range_of_another_clause_gives_one_day(language: str, text: str,
                                                  expected: list[tuple]) -> None:
    assert _dated(text, language, pd.Timestamp("2025-03-20", tz="UTC")) == expected


def test_a_range_of_another_clause_gives_one_day_in_spanish() -> None:
    text = ("10-11 de marzo de 2025 – Coale vuelve a Minsk; 40 indultados y fin de las "
            "sanciones a la potasa.")
    lifted = [row for row in _dated(text, "es", pd.Timestamp("2025-03-20", tz="UTC"))
              if row[0] == "sanctions_lifted"]
    assert lifted == [("sanctions_lifted", "2025-03-11", None)]


def test_days_the_clause_states_itself_stay_two() -> None:
    text = "Belarus freed 52 prisoners on Friday and Saturday."
    assert _dated(text, "en", pd.Timestamp("2025-12-13", tz="UTC")) == [
        ("release", "2025-12-12", 52), ("release", "2025-12-13", 52)]


# an undated page: the headline and its lead dated by a weekday are one happening
PAGE = ("Belarus frees 14 prisoners\n\nVILNIUS, 22 June 2025 (Agencies)\n\n"
        "The authorities in Belarus on Saturday freed 14 prisoners and drove them to the "
        "Lithuanian capital, Vilnius.\n\nThe release followed a visit to Minsk by a US envoy.")


def test_a_headline_and_a_lead_dated_by_a_weekday_on_an_undated_page() -> None:
    assert _dated(PAGE, "en", None) == [("release", "2025-06-21", 14)]


def test_a_headline_with_another_count_stays_its_own() -> None:
    page = PAGE.replace("freed 14 prisoners and", "freed 12 prisoners and")
    assert _dated(page, "en", None) == [("release", "2025-06-21", 12),
                                        ("release", "2025-06-22", 14)]


# a year before a vague quantity is no count ("a lo largo de 2025 cientos de presos")
@pytest.mark.parametrize(("language", "text"), [
    ("es", "A lo largo de 2025 cientos de presos han salido de prisión gracias a la mediación "
           "estadounidense."),
    ("en", "In 2025 hundreds of prisoners were released."),
], ids=["es", "en"])
def test_a_year_before_a_vague_quantity_is_no_count(language: str, text: str) -> None:
    counts = [r["count"] for r in events_from_text(text, pd.Timestamp("2025-12-13", tz="UTC"),
                                                    language)]
    assert counts and all(pd.isna(c) for c in counts)


# what came up in a conversation is its topic (nl "kwam in het gesprek ... ter sprake")
@pytest.mark.parametrize("text", [
    "Volgens de president kwam in het gesprek ook de mogelijke vrijlating van nog eens 900 "
    "gevangenen ter sprake.",
    "Ter sprake kwam ook de vrijlating van nog eens 300 gevangenen.",
], ids=["kwam-in-het-gesprek", "ter-sprake-kwam"])
def test_what_came_up_in_a_conversation_is_no_event_in_dutch(text: str) -> None:
    assert stated(text, "nl", modality=True) == []


def test_a_release_told_beside_a_conversation_stays_in_dutch() -> None:
    text = "Minsk liet vrijdag zestien gevangenen vrij, kort nadat het gesprek ter sprake kwam."
    assert stated(text, "nl") == [("release", 16, "2025-12-12")]


# a head line dated "this week" and its lead's day: one happening
WEEK_PAGE = ("US lifts sanctions on Belarus airline\n\n"
             "The US Treasury took Belarus's state airline off its sanctions list this week.\n\n"
             "On Tuesday the Treasury's Office of Foreign Assets Control removed Belavia from "
             "its list of Specially Designated Nationals, the records show.\n\n"
             "The airline had been sanctioned in 2023.")


def test_a_head_line_of_this_week_is_its_lead_of_that_week() -> None:
    rows = _dated(WEEK_PAGE, "en", pd.Timestamp("2025-11-06", tz="UTC"))
    assert [r for r in rows if r[0] == "sanctions_lifted"] == [
        ("sanctions_lifted", "2025-11-04", None)]


def test_a_head_line_of_this_week_keeps_its_week_beside_another_week() -> None:
    page = WEEK_PAGE.replace("On Tuesday the", "On 21 October the")
    rows = _dated(page, "en", pd.Timestamp("2025-11-06", tz="UTC"))
    assert [r for r in rows if r[0] == "sanctions_lifted"] == [
        ("sanctions_lifted", "2025-10-21", None), ("sanctions_lifted", "2025-11-03", None)]


# a total of a whole year is a running total (es "a lo largo de 2025", "a lo largo del año")
@pytest.mark.parametrize(("text", "expected"), [
    ("A lo largo del año, Minsk excarceló a más de 400 presos.", [("release", 400, True)]),
    ("El sábado Minsk excarceló a 52 presos.", [("release", 52, False)]),
], ids=["del-ano", "one-day"])
def test_a_total_of_the_whole_year_in_spanish(text: str, expected: list[tuple]) -> None:
    assert _totals(text, "es") == expected


def test_a_vague_total_of_the_whole_year_is_a_running_total_in_spanish() -> None:
    text = ("Según el centro Viasna, a lo largo de 2025 cientos de presos han salido de prisión "
            "gracias a la mediación estadounidense.")
    rows = events_from_text(text, pd.Timestamp("2025-12-13", tz="UTC"), "es")
    assert rows and all(r["cumulative"] for r in rows)
