"""English events: the sixth sweep, from whole pages (``pages_p40.jsonl``).

Sentences written for the project in the style of the page kinds of that file (a wire
repost, a broadsheet analysis, a live blog's recap, an explainer's timeline, a ministry's
press release, a rights group's statement, a regional weekly); each checks one
construction the pages showed missing: a release "on a single day" (no record single), a
timeline entry whose count follows the day ("Feb. 12 - Three prisoners"), talks in the
historic present and "consultations between", an easing in a modal passive ("sanctions
could be eased"), "expect more prisoners to be freed", a modal widening, the lifting of an
entry ban imposed years before, an event in an after clause with no date of its own,
"since July, when 18 ... were let go" (the first happening, not a running total) and a
call not to ease sanctions.
Published on Saturday 2025-12-13 (``eventcases.SAT``).
"""

from __future__ import annotations

import pytest
from eventcases import DETAILED, SAT, summary


def detailed(text: str) -> list[tuple]:
    """Sorted (type, date, precision, count, qualifier, modality), running totals left out."""
    return summary(text, "en", DETAILED, published=SAT, totals=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a single day" is no record single
        ("In October, 40 were released on a single day.",
         [("release", "2025-10-01", "month", 40, "exact", "reported")]),
        ("Minsk freed 25 prisoners on a single day in August.",
         [("release", "2025-08-01", "month", 25, "exact", "reported")]),
        # a timeline day followed by a count in words is no range of days
        ("March 3 - Five prisoners are released and driven to Poland.",
         [("release", "2025-03-03", "day", 5, "exact", "reported")]),
    ],
)
def test_releases_and_counts(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the historic present of a timeline
        ("Oct. 2 - Trump and Lukashenko speak by phone about a possible prisoner deal.",
         [("talks", "2025-10-02", "day", None, None, "reported")]),
        ("The envoy sits down with the Belarusian foreign minister in Minsk on Tuesday.",
         [("talks", "2025-12-09", "day", None, None, "reported")]),
        ("Trump will speak by phone with Lukashenko next week.",
         [("talks", "2025-12-15", "week", None, None, "expected")]),
        # consultations between two states' ministers
        ("The deal was agreed during consultations between the deputy foreign ministers of "
         "Lithuania and Belarus held in Vilnius on 14 October.",
         [("talks", "2025-10-14", "day", None, None, "reported")]),
        # an event in an after clause has no date of its own (not the day of publication)
        ("Twelve prisoners were set free on 3 October, hours after the envoy met Lukashenko "
         "in Minsk.",
         [("release", "2025-10-03", "day", 12, "exact", "reported"),
          ("talks", None, None, None, None, "reported")]),
    ],
)
def test_talks(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal passive inside the trigger: what more is eased is no new listing
        ("Officials say more sanctions could be eased if Minsk frees more people.",
         [("release", None, None, None, None, "expected"),
          ("sanctions_eased", None, None, None, None, "expected")]),
        ("Diplomats said the restrictions would be relaxed in stages.",
         [("sanctions_eased", None, None, None, None, "expected")]),
        # a modal form of widening
        ("Ministers are expected to broaden the sanctions regime at their next meeting.",
         [("sanctions_imposed", None, None, None, None, "expected")]),
        # lifting an entry ban: the year of its imposition dates the ban, not the lifting
        ("The government has decided to lift the entry ban imposed in 2021 on seven officials.",
         [("sanctions_lifted", "2025-12-13", "day", 7, "exact", "reported")]),
        ("Riga lifted the travel ban on two officials on Thursday.",
         [("sanctions_lifted", "2025-12-11", "day", 2, "exact", "reported")]),
        # a call not to ease is no event
        ("The group urged the bloc not to lift any sanctions before every prisoner is free.",
         []),
        ("We ask the government to keep talking, and not to ease the measures without a "
         "real change.",
         []),
    ],
)
def test_sanctions(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # expect + object + to be + participle
        ("Officials in Vilnius said they expected more detainees to be freed before Christmas.",
         [("release", None, None, None, None, "expected")]),
        ("We expect the remaining prisoners to be freed within weeks.",
         [("release", None, None, None, None, "expected")]),
        # "since <month>, when ...": the first happening, not a running total
        ("It was the third pardon since early August, when the authorities let out 20 "
         "prisoners.",
         [("release", "2025-08-01", "month", 20, "exact", "reported")]),
        ("The releases began in May, when 11 people, among them a gravely ill activist, "
         "were let go.",
         [("release", "2025-05-01", "month", 11, "exact", "reported")]),
        # a count before the cue stays a running total
        ("More than 150 people have been pardoned since August, when the releases began.",
         []),
    ],
)
def test_expectations_and_first_happenings(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected
