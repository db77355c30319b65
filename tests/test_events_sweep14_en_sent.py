"""English events: the sixteenth-round sweep of the English challenge sentences (sets J1
and J2 and the development halves of sets A-I), general causes of English reporting
wording.

Sentences written for the project; each table checks one family of wordings, most of
them in shapes the development files do not hold. Published on Friday 2025-09-12.
"""

from __future__ import annotations

import pytest
from eventcases import as_labelled

PUB = "2025-09-12"  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a release told as a state reached, a leave given, a letting go, a walk out
        ("A retired British pensioner is out of jail after 14 months behind bars, his son said.",
         [("release", None, None, "reported")]),
        ("Three Estonian sailors are finally out of custody, the ministry said.",
         [("release", None, 3, "reported")]),
        ("Minsk let Mikalai Statkevich go on Thursday.",
         [("release", "2025-09-11", None, "reported")]),
        ("Tehran let Cecile Brandt go after 900 days.",
         [("release", None, None, "reported")]),
        ("Forty prisoners were allowed to leave the country on Wednesday.",
         [("release", "2025-09-10", 40, "reported")]),
        ("Eleven detainees have been allowed to leave Belarus, their families said.",
         [("release", None, 11, "reported")]),
        ("Twenty more walk out of Lukashenko's jails after a fresh decree.",
         [("release", None, 20, "reported")]),
        ("Nine inmates came out of the regime's penal colonies on Tuesday.",
         [("release", "2025-09-09", 9, "reported")]),
        # asked for: "press X to empty its jails", "urge X to free a jailed reporter"
        ("Brussels will press Minsk to empty its jails of political prisoners.",
         [("release", None, None, "demanded")]),
        ("Rights groups urged the junta to clear its prisons of jailed protesters.",
         [("release", None, None, "demanded")]),
        ("Press freedom groups urged Baku to release a jailed reporter.",
         [("release", None, None, "demanded")]),
        ("The union called on Tehran to free two detained editors.",
         [("release", None, 2, "demanded")]),
        # not a release
        ("Both men had been out of prison for a decade before the new arrests.", []),
        ("The reform is meant to free up space in overcrowded prisons.", []),
        ("Released in cinemas on Friday, the film follows a jailed writer.", []),
        ("The board let the deadline go by without a decision.", []),
    ],
)
def test_release_wordings(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "free up to N" is a count with its bound, not the phrasal verb "free up"
        ("Authorities are expected to free up to 40 detained protesters before the holiday.",
         [("release", None, 40, "expected")]),
        ("The government freed up to 300 political detainees on Monday, a monitor said.",
         [("release", "2025-09-08", 300, "reported")]),
        ("Officials said they could free up to a dozen prisoners.",
         [("release", None, 12, "expected")]),
        # a tally is no release of its own
        ("Belarus pardoned 20 prisoners on Saturday, its ninth such step since last summer, which "
         "puts the number freed at 227.",
         [("pardon", "2025-09-06", 20, "reported")]),
        ("The decree brings the total released since July to 341, the group said.", []),
    ],
)
def test_count_shapes(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pardons handed, given, issued
        ("Fourteen protesters were handed pardons by the president on Wednesday.",
         [("pardon", "2025-09-10", 14, "reported")]),
        ("The leader issued pardons to 25 inmates on Thursday.",
         [("pardon", "2025-09-11", 25, "reported")]),
    ],
)
def test_pardon_wordings(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # restrictions on listed people and firms are sanctions
        ("Kyiv imposed restrictions on 40 individuals and 15 companies on Thursday.",
         [("sanctions_imposed", "2025-09-11", 55, "reported")]),
        ("Ottawa placed new restrictions on 12 Belarusian officials on Monday.",
         [("sanctions_imposed", "2025-09-08", 12, "reported")]),
        ("London has slapped restrictions on 30 entities linked to the shadow fleet.",
         [("sanctions_imposed", None, 30, "reported")]),
        # the perfect of freezing assets
        ("Canada has frozen the assets of 16 judges and prosecutors.",
         [("sanctions_imposed", None, 16, "reported")]),
        ("Britain has frozen the assets of nearly two dozen people and firms.",
         [("sanctions_imposed", None, 24, "reported")]),
        # coming off a list is a lifting
        ("Two Belarusian banks came off the SDN list on Tuesday.",
         [("sanctions_lifted", "2025-09-09", 2, "reported")]),
        ("Four shipping firms fell off the sanctions list on Monday.",
         [("sanctions_lifted", "2025-09-08", 4, "reported")]),
        # not sanctions
        ("The city imposed restrictions on traffic in the old town on Monday.", []),
        ("The ice has frozen the river solid.", []),
        ("The licence does not unblock frozen assets.", []),
    ],
)
def test_sanctions_wordings(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day between the cue and its verb: "due on Monday to", "set next week to"
        ("EU ministers are due on Monday to approve asset freezes on 30 officials.",
         [("sanctions_imposed", "2025-09-15", 30, "expected")]),
        ("The bloc is set next week to impose sanctions on 20 judges.",
         [("sanctions_imposed", "2025-09-15", 20, "expected")]),
        ("The EU is expected on Wednesday to impose sanctions on 12 officials.",
         [("sanctions_imposed", "2025-09-17", 12, "expected")]),
        ("Minsk is expected on Sunday to free 15 prisoners.",
         [("release", "2025-09-14", 15, "expected")]),
        # a decision taken that day stays reported
        ("EU ministers agreed on Tuesday to lift sanctions on the airline.",
         [("sanctions_lifted", "2025-09-09", None, "reported")]),
    ],
)
def test_awaited_with_a_day(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected
