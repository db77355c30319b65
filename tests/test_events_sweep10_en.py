"""English events: the twelfth-round sweep from blind development pages
(``pages_p73.jsonl`` ... ``pages_p76.jsonl``, ``en-f01`` ... ``en-f08``, and the other
English development pages), general causes.

Sentences written for the project; each table checks one cause: a demand told as what
someone "must" do to "the rest", or "wants to see" done; a running-total cue ("since
then") in the next clause after a semicolon, which leaves the count of the clause before
its own; "The office issued a general licence", whose subject is the doer, not a
reference back; a conditional "if more prisoners are freed" several words long; "the
first wave of a series of pardons", one happening of the series; "met with relief /
criticism", a reaction and no meeting; a footballer "released at the end of his
contract"; and people with an aside before "were driven to Lithuania". Published on
Saturday 2025-03-29.
"""

from __future__ import annotations

import pytest
from eventcases import as_labelled

PUB = "2025-03-29"  # a Saturday

DEMANDED = [("release", None, None, "demanded")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minsk must free the rest, starting with the sick and the elderly.", DEMANDED),
        ("The authorities must release the others without delay.", DEMANDED),
        ("Lukashenko should free everyone still held for political reasons.", DEMANDED),
        ('"We want to see every political prisoner freed, not a few dozen at a time."',
         DEMANDED),
        ("The EU wants to see all political prisoners released.", DEMANDED),
        ("Washington would like to see the remaining detainees freed before any deal.",
         DEMANDED),
        ("The ministry said it wanted to see the two journalists released.",
         [("release", None, 2, "demanded")]),
        ("Rights groups want the jailed activists released immediately.", DEMANDED),
        # nobody held: nothing
        ("The band wants to see its new album released in May.", []),
        ("We want to see the figures released before the vote.", []),
    ],
)
def test_demand_told_as_must_or_want_to_see(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last August the US Treasury blacklisted 19 individuals and 14 entities; since then "
         "American attention has drifted elsewhere.",
         [("sanctions_imposed", "2024-08-01", 33, "reported")]),
        ("In July Belarus freed 18 prisoners; since then the releases have slowed.",
         [("release", "2024-07-01", 18, "reported")]),
        ("Belarus freed 14 people in June; overall, 300 have been released since 2024.",
         [("release", "2024-06-01", 14, "reported"), ("release", None, 300, "reported")]),
        ("More than 430 political prisoners have been released since July 2024; 52 were "
         "freed on Thursday.",
         [("release", "2025-03-27", 52, "reported"), ("release", None, 430, "reported")]),
    ],
)
def test_running_total_cue_after_a_semicolon(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


EASED = "sanctions_eased"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the same time, the office issued a general license authorizing certain "
         "transactions involving three government planes.", [(EASED, None, None, "reported")]),
        ("The department issued a general licence on Tuesday allowing dealings with Belavia.",
         [(EASED, "2025-03-25", None, "reported")]),
        ("The office issued General License 11 on Thursday.",
         [(EASED, "2025-03-27", None, "reported")]),
        ("The Treasury issued a general license on Tuesday.",
         [(EASED, "2025-03-25", None, "reported")]),
        ("The club issued a statement on Tuesday.", []),
        ("The office issued a press release on Monday.", []),
    ],
)
def test_the_office_issued_a_licence(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US will ease sanctions if more political prisoners are released.",
         [("release", None, None, "expected"), (EASED, None, None, "expected")]),
        ("If the last political prisoners are freed, the EU could review its measures.",
         [("release", None, None, "expected")]),
    ],
)
def test_long_conditional_is_expected(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("July 2024 - 18 people are freed in the first wave of a series of pardons.",
         [("release", "2024-07-01", 18, "reported")]),
        ("Lukashenko pardoned 30 people on Friday, part of a series of releases.",
         [("pardon", "2025-03-28", 30, "reported")]),
        ("Belarus freed 16 prisoners on Wednesday, the latest round of a series of pardons.",
         [("release", "2025-03-26", 16, "reported")]),
        # the series itself: a habit
        ("Lukashenko signs a string of pardon decrees, each covering between 20 and 37 people.",
         []),
        ("The Council imposed a series of sanctions on Minsk after the 2020 vote.", []),
    ],
)
def test_one_wave_of_a_series(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("But if every handful of releases is met with relief, Minsk will keep a stock of "
         "hostages to trade.", [("release", None, None, "expected")]),
        ("The decision was met with criticism from Vilnius and Warsaw.", []),
        ("The announcement was met with silence in Minsk.", []),
        ("The release of 52 prisoners was met with relief by their families.",
         [("release", None, 52, "reported")]),
        # a meeting
        ("The US envoy met with Lukashenko in Minsk on Thursday.",
         [("talks", "2025-03-27", None, "reported")]),
        ("Coale met with Belarusian officials on Friday.",
         [("talks", "2025-03-28", None, "reported")]),
    ],
)
def test_met_with_a_reaction_is_no_meeting(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last season's top scorer, Danny Cole, was released at the end of his contract in "
         "May.", []),
        ("The striker was released by the club after his contract expired.", []),
        ("The midfielder was released on a free transfer.", []),
        ("The defender was released from his contract by mutual consent.", []),
        # a prisoner
        ("The journalist was released from prison at the end of his sentence in May.",
         [("release", "2024-05-01", None, "reported")]),
        ("Belarus released 14 prisoners at the end of June.",
         [("release", "2024-06-01", 14, "reported")]),
    ],
)
def test_footballer_released(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In February three more prisoners, including the journalist Andrey Kuznechyk, were "
         "driven across the border into Lithuania after a discreet visit.",
         [("release", "2025-02-01", 3, "reported")]),
        ("Fourteen people, Tsikhanouski among them, were driven to Lithuania on Friday.",
         [("release", "2025-03-28", 14, "reported")]),
        ("The documents, seized in the raid, were taken to Vilnius for analysis.", []),
    ],
)
def test_aside_before_were_driven(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


IMPOSED = "sanctions_imposed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We urge the European Union to extend its listings to the judges, prosecutors and "
         "prison officials responsible.", [(IMPOSED, None, None, "demanded")]),
        ("We further urge the European Union to consider targeted sanctions against officials "
         "responsible for arbitrary detention.", [(IMPOSED, None, None, "demanded")]),
        ("Brussels is expected to add more names to its Belarus list after the vote, "
         "diplomats say.", [(IMPOSED, None, None, "expected")]),
        ("The EU on Monday extended its listings to nine more judges.",
         [(IMPOSED, "2025-03-24", 9, "reported")]),
        # an extension in time, a list of something else: nothing
        ("The EU extended its sanctions until February 2026.", []),
        ("The bloc should extend its sanctions for another year.", []),
        ("The report lists the judges who sentenced the protesters.", []),
    ],
)
def test_more_names_on_the_list(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The state airline was removed from the SDN list in November, after an earlier "
         "licence in September allowed it to service its aircraft.",
         [(EASED, "2024-09-01", None, "reported"),
          ("sanctions_lifted", "2024-11-01", None, "reported")]),
        ("A licence granted on Monday lets US firms deal with Belaruskali.",
         [(EASED, "2025-03-24", None, "reported")]),
        # the licence told before, or another kind of licence: nothing
        ("The licence simply lets others trade with them.", []),
        ("The code is released under a licence allowing commercial use.", []),
        ("The council granted a licence allowing the pub to open late.", []),
        ("A driving licence issued in 2019 is still valid.", []),
    ],
)
def test_a_licence_that_allows_dealings(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The network calls on the authorities to:\n- release all political prisoners;\n"
         "- end torture in detention.", DEMANDED),
        ("We urge the government to:\n• free all those detained for peaceful protest;\n"
         "• repeal the foreign agents law.", DEMANDED),
        ("Rights groups asked the EU to:\n- impose targeted sanctions on the judges;\n"
         "- support independent media.", [(IMPOSED, None, None, "demanded")]),
        # a list under no demand: as before
        ("Key events:\n- Belarus frees 52 prisoners on Saturday\n- US envoy meets Lukashenko",
         [("release", "2025-03-29", 52, "reported"), ("talks", "2025-03-29", None, "reported")]),
        ("The plan aims to:\n- release the new album in May;\n- tour Europe.", []),
    ],
)
def test_first_entry_of_a_list_of_demands(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The network calls on the government of Nicaragua to release immediately and "
         "unconditionally all those still detained for political reasons.", DEMANDED),
        ("Amnesty urged Minsk to free all those held for their views.", DEMANDED),
        ("The EU called on Belarus to release those who remain behind bars.", DEMANDED),
    ],
)
def test_demand_to_free_all_those_detained(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Further sanctions relief could follow if more prisoners are freed.",
         [("release", None, None, "expected"), (EASED, None, None, "expected")]),
        ("Washington signalled that more sanctions relief could come.",
         [(EASED, None, None, "expected")]),
        ("The US granted new sanctions relief to Belavia on Tuesday.",
         [(EASED, "2025-03-25", None, "reported")]),
        ("Additional sanctions relief for potash was announced on Friday.",
         [(EASED, "2025-03-28", None, "reported")]),
        # further sanctions: an imposition, as before
        ("The EU imposed further sanctions on Minsk on Monday.",
         [(IMPOSED, "2025-03-24", None, "reported")]),
        ("Brussels is preparing new sanctions against Belarus.",
         [(IMPOSED, None, None, "expected")]),
    ],
)
def test_further_sanctions_relief_is_an_easing(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected
