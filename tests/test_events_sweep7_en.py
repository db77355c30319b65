"""English events: the ninth-round sweep from blind development pages
(``pages_p49.jsonl``, ``en-v01`` ... ``en-v06``, and the other English development pages),
general causes.

Sentences written for the project; each table checks one cause the blind pages showed:
"each" between coordinated subjects and the verb (a release per side); a round of talks
held or due to be held; a demand told as "insist that" with the subjunctive, where the
people "still held" are no count; a noun expected after "expect" ("expect further
releases"); easing told with "curbs" on a sanctioned target; and the sanctions a page
calls "the bloc's measures" or "its measures" once it has named them. Published on
Saturday 2025-12-13 (``eventcases.SAT``).
"""

from __future__ import annotations

import pytest
from eventcases import DETAILED, SAT, found, summary


def detailed(text: str, published: object = SAT) -> list[tuple]:
    """Sorted (type, date, precision, count, qualifier, modality), running totals left out."""
    return summary(text, "en", DETAILED, published=published, totals=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "each" right before the verb: every coordinated subject freed that many
        ("Armenia and Azerbaijan each released 12 detainees on Thursday under the deal.",
         [("release", "2025-12-11", 12, "reported", "Armenia"),
          ("release", "2025-12-11", 12, "reported", "Azerbaijan")]),
        ("On Friday Moscow and Kyiv each freed 84 soldiers in a swap brokered by the Gulf "
         "state.",
         [("release", "2025-12-12", 84, "reported", "Russia"),
          ("release", "2025-12-12", 84, "reported", "Ukraine")]),
        # without "each" the count is one release
        ("Russia and Ukraine released 150 prisoners on Friday.",
         [("release", "2025-12-12", 150, "reported", "Russia")]),
    ],
)
def test_each_after_coordinated_subjects(text: str, expected: list[tuple]) -> None:
    assert found(text, "en") == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenian and Azerbaijani diplomats held another round of talks in Geneva on "
         "Wednesday.",
         [("talks", "2025-12-10", "day", None, None, "reported")]),
        ("Negotiators from Armenia and Azerbaijan are due to hold a second round of talks "
         "in Doha on Tuesday.",
         [("talks", "2025-12-16", "day", None, None, "expected")]),
        # "next week" is no date (week precision counts as undated in the labels)
        ("Serbia and Kosovo will hold a new round of talks in Brussels next week, an EU "
         "official said.",
         [("talks", "2025-12-15", "week", None, None, "expected")]),
    ],
)
def test_rounds_of_talks(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lawmakers in Warsaw insisted that Belarus release the jailed journalists.",
         [("release", None, None, None, None, "demanded")]),
        # the people "still held" in a demand are no count of it
        ("Rights groups insisted that the authorities release all 900 men and women still "
         "held.",
         [("release", None, None, None, None, "demanded")]),
        ("Rights groups urged the authorities to free the 900 men and women still held.",
         [("release", None, None, None, None, "demanded")]),
        # no people: no release
        ("The court insisted that the company release the documents.", []),
    ],
)
def test_demands_after_insist_that(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diplomats say they expect more releases of detained journalists.",
         [("release", None, None, None, None, "expected")]),
        ("The State Department said it expected further releases of political prisoners.",
         [("release", None, None, None, None, "expected")]),
    ],
)
def test_nouns_expected(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Tuesday the US eased curbs on the national carrier Belavia.",
         [("sanctions_eased", "2025-12-09", "day", None, None, "reported")]),
        ("3 March 2025 - 16 prisoners released; Washington eases curbs on potash exports.",
         [("release", "2025-03-03", "day", 16, "exact", "reported"),
          ("sanctions_eased", "2025-03-03", "day", None, None, "reported")]),
        # curbs on something no sanctions list names stay quiet
        ("China eased curbs on rare earth exports on Tuesday.", []),
        ("The central bank eased curbs on mortgage lending on Tuesday.", []),
        # relief for a sanctioned target (not for passengers or flood victims)
        ("Officials hinted that the Treasury may extend relief to the national carrier soon.",
         [("sanctions_eased", None, None, None, None, "expected")]),
        ("The government announced relief for airline passengers on Monday.", []),
        # what a deal was struck for is no easing of its own
        ("The opposition warned against any deal in exchange for relief for the state "
         "airline.", []),
        ("Flood relief for farmers was approved on Monday.", []),
    ],
)
def test_easing_of_curbs(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Member states ruled out easing the bloc's measures before the vote.",
         [("sanctions_eased", None, None, None, None, "denied")]),
        ("Vilnius said the EU had no intention to soften its measures, and the sanctions "
         "would stay.",
         [("sanctions_eased", None, None, None, None, "denied")]),
        ("Brussels might relax these measures next month, and the sanctions on banks "
         "would stay.",
         [("sanctions_eased", "2026-01-01", "month", None, None, "expected")]),
        # measures against a virus or on parking are no sanctions
        ("The government eased its measures against the virus on Monday.", []),
        ("The council softened its measures on parking last week.", []),
    ],
)
def test_measures_that_stand_for_sanctions(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count inside ", which ...," before the verb is the aside's, not the verb's
        ("Diplomats from the bloc, which has kept sanctions on 40 of the country's officials "
         "since the war, said it could ease those sanctions next month.",
         [("sanctions_eased", "2026-01-01", "month", None, None, "expected")]),
        ("The EU, which blacklisted 28 officials in August, imposed new sanctions on Minsk "
         "on Monday.",
         [("sanctions_imposed", "2025-08-01", "month", 28, "exact", "reported"),
          ("sanctions_imposed", "2025-12-08", "day", None, None, "reported")]),
        # the aside's own verb keeps its count, the main verb its own
        ("Lukashenko, who freed 52 in September, pardoned 25 more on Tuesday.",
         [("pardon", "2025-12-09", "day", 25, "exact", "reported"),
          ("release", "2025-09-01", "month", 52, "exact", "reported")]),
        # a count after the verb is the verb's, aside or not
        ("Belarus freed 14 prisoners, who had been held for years, on Saturday.",
         [("release", "2025-12-13", "day", 14, "exact", "reported")]),
    ],
)
def test_count_in_an_aside_before_the_verb(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who some of those freed were is no release of its own
        ("Poland's foreign ministry said five of those freed were Polish citizens.", []),
        ("Officials said four of the prisoners released were German nationals.", []),
        # where they were taken is (the labels read a handover as a release)
        ("Seven of those released were driven to Riga on Saturday.",
         [("release", "2025-12-13", "day", 7, "exact", "reported")]),
    ],
)
def test_subgroup_of_those_freed(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected
