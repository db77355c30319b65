"""English events: the tenth-round sweep from blind development pages
(``pages_p58.jsonl``, ``en-j07`` ... ``en-j12``), general causes.

Sentences written for the project; each table checks one cause the blind pages
showed: a demand or hope for "his / her / their release" names its people by the
pronoun; the second day of a meeting the sentence dates the day before ("met on
Friday and are due to meet again today") is no meeting of its own; an exchange
"being prepared" is expected; meeting one's relatives and a club's talks with "a
Portuguese side" are no talks; coming home "in an exchange" is a release; "114 of
the freed prisoners were brought into Ukraine" counts 114; "The pardons come two
weeks after 123 prisoners walked free" is no pardon of 123. Published on Saturday
2025-12-13 (``eventcases.SAT``).
"""

from __future__ import annotations

import pytest
from eventcases import DETAILED, summary


def detailed(text: str) -> list[tuple]:
    """Sorted (type, date, precision, count, qualifier, modality), running totals left out."""
    return summary(text, "en", DETAILED, totals=False)


_DEMANDED = [("release", None, None, None, None, "demanded")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand for "his / her / their release" asks for the release of people
        ("Warsaw has for years pressed for his release.", _DEMANDED),
        ("Rights groups called for her immediate release.", _DEMANDED),
        ("Lawmakers appealed for his early release.", _DEMANDED),
        ("The Polish government is pressing for their unconditional release.", _DEMANDED),
        ("Several governments called on Belarus to release him.", _DEMANDED),
        ("Lithuania urged Minsk to free them.", _DEMANDED),
        ("It urged the authorities to free all of them without conditions.", _DEMANDED),
        ("The EU urged Belarus to free both of them immediately.", _DEMANDED),
        ("Officials hope to secure their release in the coming weeks.",
         [("release", None, None, None, None, "expected")]),
        # a record, a single or a report is not a person
        ("Fans called for the release of his new single.", []),
        ("Activists pressed for the release of his medical records.", []),
        ("The band released their new album on Friday.", []),
    ],
)
def test_demand_for_his_or_their_release(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


_FRIDAY_TALKS = [("talks", "2025-12-12", "day", None, None, "reported")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second day of one meeting, told with its first: one meeting, on its first day
        ("US envoy John Coale and Alexander Lukashenko met in Minsk on Friday and are due "
         "to meet again today.", _FRIDAY_TALKS),
        ("The two leaders are meeting again in Minsk today, after several hours of talks on "
         "Friday.", _FRIDAY_TALKS),
        ("Coale and Lukashenko are meeting again this morning, after a first round of talks "
         "in Minsk yesterday.", _FRIDAY_TALKS),
        ("The envoy sat down with Lukashenko in Minsk on Friday for talks that are due to "
         "continue today.", _FRIDAY_TALKS),
        ("The foreign ministers of Poland and Lithuania held talks in Vilnius on Monday; the "
         "talks continued on Tuesday.",
         [("talks", "2025-12-08", "day", None, None, "reported")]),
        # told alone, a continuation or a meeting again is the sentence's meeting
        ("Talks between the US and Belarus continued on Saturday.",
         [("talks", "2025-12-13", "day", None, None, "reported")]),
        ("US and Belarusian officials will meet again on Tuesday.",
         [("talks", "2025-12-16", "day", None, None, "expected")]),
    ],
)
def test_second_day_of_one_meeting(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


_EXPECTED = [("release", None, None, None, None, "expected")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an exchange being prepared or in preparation is expected
        ("Officials in Kyiv said on Tuesday that another exchange was being prepared, but "
         "gave no date.", _EXPECTED),
        ("A further swap is being prepared, the ombudsman said.", _EXPECTED),
        ("More exchanges are in preparation, according to the coordination centre.",
         _EXPECTED),
        # an exchange of views is no exchange of prisoners
        ("Another exchange of views is planned for the spring.", []),
    ],
)
def test_exchange_being_prepared(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # meeting one's relatives is no talks
        ("The other 114 were handed over to Ukraine, a detail that surprised several "
         "families who had expected to meet their relatives in Vilnius.",
         [("release", "2025-12-13", "day", 114, "exact", "reported")]),
        ("Relatives waiting to meet their loved ones gathered outside the US embassy in "
         "Vilnius.", []),
        ("Belarus freed 52 prisoners on Thursday, and relatives rushed to meet their loved "
         "ones at the border.", [("release", "2025-12-11", "day", 52, "exact", "reported")]),
        # a club's talks with "a Portuguese side" are a transfer, not diplomacy
        ("The club confirmed it had opened talks with a Portuguese side over a loan deal.",
         []),
        ("The club said it had opened talks with a Portuguese side, while Belarus freed 14 "
         "prisoners on Friday.", [("release", "2025-12-12", "day", 14, "exact", "reported")]),
        # "the Ukrainian side" of diplomacy stays
        ("Belarus held talks with the Ukrainian side in Minsk on Friday.", _FRIDAY_TALKS),
    ],
)
def test_no_talks_with_relatives_or_a_club(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coming home in an exchange or swap is a release
        ("Earlier this month, 84 Ukrainian servicemen came home in a smaller exchange that "
         "also involved the bodies of fallen soldiers.",
         [("release", "2025-12-01", "month", 84, "exact", "reported")]),
        ("Twelve soldiers came home on Friday as part of an exchange mediated by the UAE.",
         [("release", "2025-12-12", "day", 12, "exact", "reported")]),
        ("The 26 Americans flew home on Thursday in the swap.",
         [("release", "2025-12-11", "day", 26, "exact", "reported")]),
        # coming home from a trip, or in a student exchange, is not
        ("The team came home on Sunday after the tournament.", []),
        ("Students came home for the holidays, as the exchange programme ended.", []),
    ],
)
def test_home_in_an_exchange(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N of the freed prisoners were <moved>": the count is the handover's, though
        # the participle "freed" stands inside the counted phrase
        ("Ukraine's foreign ministry confirms that 114 of the freed prisoners were brought "
         "into Ukraine through the border with Belarus earlier this afternoon.",
         [("release", "2025-12-13", "day", 114, "exact", "reported")]),
        ("Nine of the freed prisoners, including Maria Kalesnikava and Viktar Babaryka, were "
         "handed over to Lithuania this afternoon, the Lithuanian foreign ministry says.",
         [("release", "2025-12-13", "day", 9, "exact", "reported")]),
        ("Twelve of the released detainees were driven to Vilnius on Friday.",
         [("release", "2025-12-12", "day", 12, "exact", "reported")]),
        # who some of the freed were is no event
        ("Three of the freed prisoners were women.", []),
        ("Two of the released prisoners were in poor health, doctors said.", []),
    ],
)
def test_count_of_the_freed_moved(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The pardons come two weeks after ...": the page's own event, told before, set
        # against an earlier one; the count after the after clause is the earlier one's
        ("The pardons come two weeks after 123 prisoners, among them Ales Bialiatski, "
         "walked free on 13 December.",
         [("release", "2025-12-13", "day", 123, "exact", "reported")]),
        ("The release came two weeks after Belarus pardoned 30 people.",
         [("pardon", "2025-12-13", "day", 30, "exact", "reported")]),
        ("Today's releases come days after Minsk freed 16 prisoners on Monday.",
         [("release", "2025-12-08", "day", 16, "exact", "reported")]),
        # a count of its own before the after clause keeps the new event
        ("The new pardon of 22 people came two weeks after the talks.",
         [("pardon", "2025-12-13", "day", 22, "exact", "reported")]),
    ],
)
def test_the_event_that_comes_after_another(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected
