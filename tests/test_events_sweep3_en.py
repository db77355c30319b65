"""English events: a third sweep (dates told in other clauses and sentences, more wordings).

Sentences written for the project in the style of English-language wire copy, broadsheets,
broadcasters and rights groups; each checks one construction the first two sweeps
(``test_events_sweep_en.py``, ``test_events_sweep2_en.py``) did not cover: "ever since"
after a dated "when" clause, "the next day" / "hours later" / "that evening" after a dated
sentence, "weeks after <event> earlier this month" (the event in the after-clause keeps its
own date), "negotiating with", "talked on the phone", "the bloc" / "the regime" as the doer,
"removed sanctions", handovers of a number of people, "the return of 84 soldiers", and
wordings that must stay quiet. Published on Saturday 2025-12-13 (see ``eventcases.SAT``).
"""

from __future__ import annotations

import pytest
from eventcases import SAT, stated, summary

FIELDS = ("event_type", "date", "date_precision", "count")


def dated(text: str) -> list[tuple]:
    """Sorted (type, date, precision, count) of the events in ``text``, running totals left out."""
    return summary(text, "en", FIELDS, published=SAT, totals=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dated "when" clause; "ever since" in the next clause is no running total
        ("The handovers started in March 2024, when 20 detainees were set free, and have "
         "continued ever since.", [("release", "2024-03-01", "month", 20)]),
        # "the next day", "the following day": one day after the last dated event
        ("The envoy met Lukashenko in Minsk on Tuesday. The next day, 40 prisoners were freed.",
         [("release", "2025-12-10", "day", 40), ("talks", "2025-12-09", "day", None)]),
        ("The envoy met Lukashenko in Minsk on Tuesday. The following day, Belarus freed 40 "
         "prisoners.", [("release", "2025-12-10", "day", 40), ("talks", "2025-12-09", "day", None)]),
        # "hours later", "that evening": the same day
        ("The envoy met Lukashenko in Minsk on Tuesday. Hours later, Belarus freed 40 prisoners.",
         [("release", "2025-12-09", "day", 40), ("talks", "2025-12-09", "day", None)]),
        ("The envoy met Lukashenko in Minsk on 9 October. That evening, 40 prisoners were freed.",
         [("release", "2025-10-09", "day", 40), ("talks", "2025-10-09", "day", None)]),
        # "later that month", "that same month": the month of the event told before
        ("Belarus freed 14 prisoners in September. Later that month, Washington eased "
         "sanctions on the airline.", [("release", "2025-09-01", "month", 14),
                                       ("sanctions_eased", "2025-09-01", "month", None)]),
        # "and they were then flown to ...": the pardoned people's transfer is their release
        ("Lukashenko pardoned 16 people on 2 July, and they were then flown to Vilnius.",
         [("pardon", "2025-07-02", "day", 16), ("release", "2025-07-02", "day", 16)]),
        # the event inside "weeks after ..." is dated by its own date, not counted from it
        ("The gesture came weeks after the US took Belavia off its sanctions list earlier "
         "this month.", [("sanctions_lifted", "2025-12-01", "month", None)]),
        ("Washington eased sanctions on the airline two days after Lukashenko pardoned 25 "
         "people on Saturday.", [("pardon", "2025-12-13", "day", 25),
                                 ("sanctions_eased", "2025-12-15", "day", None)]),
        # "the day after talks": the talks are counted back from the release's date
        ("Belarus freed 40 prisoners on 9 October, the day after talks in Minsk.",
         [("release", "2025-10-09", "day", 40), ("talks", "2025-10-08", "day", None)]),
    ],
)
def test_dates_from_other_clauses_and_sentences(text: str, expected: list[tuple]) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy spent two days in Minsk negotiating with Lukashenko last week.",
         [("talks", None, "2025-12-01")]),
        ("Lukashenko and Trump talked on the phone on Tuesday.", [("talks", None, "2025-12-09")]),
        ("Lukashenko spoke on the phone with Trump on Tuesday.", [("talks", None, "2025-12-09")]),
        ("In a call on Tuesday, Trump and Lukashenko discussed the prisoners.",
         [("talks", None, "2025-12-09")]),
    ],
)
def test_talks_wordings(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the bloc", "the regime", "the court" name the doer (no reference back)
        ("On Monday the bloc widened its sanctions regime against Minsk.",
         [("sanctions_imposed", None, "2025-12-08")]),
        ("The regime released the opposition blogger on Saturday.",
         [("release", None, "2025-12-13")]),
        ("The court released the activist from custody on Friday.",
         [("release", None, "2025-12-12")]),
        # removal of sanctions, active and passive; "struck from", "de-listed", "paused"
        ("The United States removed sanctions on the state airline on Tuesday.",
         [("sanctions_lifted", None, "2025-12-09")]),
        ("Sanctions on the potash producer were withdrawn on Tuesday.",
         [("sanctions_lifted", None, "2025-12-09")]),
        ("OFAC struck the carrier from the SDN list on Tuesday.",
         [("sanctions_lifted", None, "2025-12-09")]),
        ("The Treasury de-listed the airline on Tuesday.",
         [("sanctions_lifted", None, "2025-12-09")]),
        # visa and entry bans on officials
        ("The State Department imposed visa restrictions on 12 Belarusian officials on Tuesday.",
         [("sanctions_imposed", 12, "2025-12-09")]),
        ("Poland imposed an entry ban on 25 Belarusian judges on Monday.",
         [("sanctions_imposed", 25, "2025-12-08")]),
        ("Washington paused sanctions on Belarusian potash on Saturday.",
         [("sanctions_eased", None, "2025-12-13")]),
        # a passive whose subject opens with "the" is no reference back
        ("The sanctions on the state airline were lifted on Tuesday.",
         [("sanctions_lifted", None, "2025-12-09")]),
        ("The restrictions on potash exports were eased on Saturday.",
         [("sanctions_eased", None, "2025-12-13")]),
    ],
)
def test_doers_and_sanctions_wordings(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The handover of 22 prisoners took place at the Polish border on Friday.",
         [("release", 22, "2025-12-12")]),
        ("Belarus handed 22 prisoners to Polish officials at the border on Friday.",
         [("release", 22, "2025-12-12")]),
        ("Kyiv secured the return of 95 soldiers on Friday.", [("release", 95, "2025-12-12")]),
        # a present-tense headline verb before a person
        ("Belarus releases jailed journalist on Friday.", [("release", None, "2025-12-12")]),
        # "the release of a <person noun>": one person, as good as named
        ("Lukashenko on Thursday ordered the release of a jailed Radio Liberty journalist.",
         [("release", None, "2025-12-11")]),
    ],
)
def test_handover_wordings(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # greeting and receiving officials; "discussed ... with" an official or a name
        ("Lukashenko welcomed the American envoy to Minsk on Thursday.",
         [("talks", None, "2025-12-11")]),
        ("The envoy was received by Lukashenko on Thursday.", [("talks", None, "2025-12-11")]),
        ("The envoy discussed the fate of the prisoners with Lukashenko on Thursday.",
         [("talks", None, "2025-12-11")]),
        # clemency granted or exercised
        ("Clemency was granted to 19 prisoners on Friday.", [("pardon", 19, "2025-12-12")]),
        ("Lukashenko on Monday exercised clemency toward 23 convicts.",
         [("pardon", 23, "2025-12-08")]),
        # a bare number after the verb, with a relative date after it
        ("Lukashenko pardoned 23 last week.", [("pardon", 23, "2025-12-01")]),
        ("Belarus freed 23 yesterday.", [("release", 23, "2025-12-12")]),
        # "responded by easing / lifting"
        ("Washington responded by easing restrictions on the airline.",
         [("sanctions_eased", None, None)]),
        ("Washington answered by lifting sanctions on potash.",
         [("sanctions_lifted", None, None)]),
    ],
)
def test_more_wordings(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "since September, when ...": the when-clause is dated by the month
        ("It was the largest release since September, when 52 prisoners were freed.",
         [("release", "2025-09-01", "month", 52)]),
        # "a week ago", "a month ago", "earlier in the year"
        ("Belarus freed 23 prisoners a week ago.", [("release", "2025-12-01", "week", 23)]),
        ("Belarus freed 23 prisoners a month ago.", [("release", "2025-11-01", "month", 23)]),
        ("Belarus freed 23 prisoners earlier in the year.",
         [("release", "2025-01-01", "year", 23)]),
    ],
)
def test_relative_dates(sentence: str, expected: list[tuple]) -> None:
    assert dated(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts discussed the Belarus deal with Reuters on Thursday.",
        "Residents discussed the plan with city officials on Thursday.",
        "The band released 2 albums last year.",
        "The released prisoners arrived in Vilnius on Saturday.",
        "They were then taken to Vilnius for a conference on Friday.",
        "Trump said on a call with reporters on Tuesday that he liked the plan.",
        "In a call for calm, the Belarusian president urged restraint on Tuesday.",
        "The band releases a new album on Friday.",
        "The release of a new album was announced on Thursday.",
        "The government imposed travel bans on arrivals from China on Monday.",
        # school sports discipline
        "The athletic body imposed sanctions on the Eastfield program after an ineligible "
        "player took part in four games.",
        "A Lithuanian official who met the bus at the border said the men looked tired.",
        "The lawyers spent weeks negotiating with the landlord over the rent.",
        "The research team are negotiating with the Chinese government over new funding.",
        "The referee removed the player from the game after a sanctions row.",
        "The company paused its sanctions compliance review.",
        "The striker was struck from the team list on Tuesday.",
        "The museum marked the return of the paintings with a new exhibition.",
    ],
)
def test_quiet(sentence: str) -> None:
    assert stated(sentence, "en") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a trip "for talks" ahead is expected, dated by the date after it
        ("The US envoy will travel to Minsk for talks next week.",
         [("talks", None, "2025-12-15", "expected")]),
        ("The envoy will fly to Minsk for further talks with Lukashenko on Monday.",
         [("talks", None, "2025-12-15", "expected")]),
        ("The envoy travelled to Minsk for talks with Lukashenko on Monday.",
         [("talks", None, "2025-12-08", "reported")]),
    ],
)
def test_trips_for_talks(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en", modality=True) == expected
