"""English events: a second vocabulary sweep (release, pardon, handovers, sanctions, talks).

Sentences written for the project in the style of English-language news reporting;
each checks one construction the first sweep (``test_events_sweep_en.py``) did not
cover: plural places of detention ("walked out of jails"), prison gates opened for
people, handing back and long handover lists, post-nominal participles ("prisoners
traded on Thursday"), passive repatriation, sparing from a sentence or execution,
removal verbs of a sanctions list ("scrubbed from"), "drop"/"scrap" sanctions, "no
plans to", possessive dates of more nouns ("Monday's general licence"), and wordings
that must stay quiet. Published on Saturday 2025-12-13 (see ``eventcases.SAT``).
"""

from __future__ import annotations

import pytest
from eventcases import stated


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # plural places of detention
        ("Five prisoners walked out of jails in Mogilev and Gomel on Friday.",
         [("release", 5, "2025-12-12")]),
        ("Forty convicts left Belarusian penal colonies on Tuesday.",
         [("release", 40, "2025-12-09")]),
        ("Thirty people left Belarusian prisons on Wednesday.",
         [("release", 30, "2025-12-10")]),
        # gates opened for people; walking free as a participle
        ("The authorities opened the prison gates for 18 political prisoners on Wednesday.",
         [("release", 18, "2025-12-10")]),
        ("The talks ended on Friday with 30 prisoners walking free.",
         [("release", 30, "2025-12-12")]),
        # a partitive object of "let ... go"
        ("Lukashenko let a second group of political prisoners go on Thursday.",
         [("release", None, "2025-12-11")]),
        # post-nominal participle of a swap; "since the Cold War" is a comparison
        ("Krieger was among 26 prisoners swapped on Thursday in the largest exchange since "
         "the Cold War.", [("release", 26, "2025-12-11")]),
        # passive repatriation of people
        ("Twenty Ukrainian servicemen were repatriated on Wednesday.",
         [("release", 20, "2025-12-10")]),
    ],
)
def test_release_wordings(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia handed back 84 servicemen on Thursday.", [("release", 84, "2025-12-11")]),
        ("Ukraine and Russia each handed back 185 captives on Tuesday.",
         [("release", 185, "2025-12-09")]),
        # a list of people between "handed" and "over to"
        ("Minsk handed the journalist, a Lithuanian citizen and a Polish priest over to "
         "Lithuanian officials on Monday.", [("release", None, "2025-12-08")]),
        # "handed to officials" without "over"
        ("The remaining 40 were handed to Polish officials at the border.",
         [("release", 40, None)]),
    ],
)
def test_handovers(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A decree signed on Friday spared 14 inmates from serving out their sentences.",
         [("pardon", 14, "2025-12-12")]),
        ("The president spared two men from the firing squad on Tuesday.",
         [("pardon", 2, "2025-12-09")]),
    ],
)
def test_pardon_wordings(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Treasury scrubbed the airline from its sanctions list on Tuesday.",
         [("sanctions_lifted", None, "2025-12-09", "reported")]),
        ("Three tankers were dropped from the SDN list on Monday.",
         [("sanctions_lifted", None, "2025-12-08", "reported")]),
        ("Washington will drop sanctions on the potash giant.",
         [("sanctions_lifted", None, None, "expected")]),
        ("The EU has no plans to scrap its restrictions on Belarusian fertiliser.",
         [("sanctions_lifted", None, None, "denied")]),
        # a possessive weekday dates the licence or waiver it names
        ("Monday's general licence authorises dealings with the potash maker.",
         [("sanctions_eased", None, "2025-12-08", "reported")]),
        ("Tuesday's waiver covers spare parts for the airline.",
         [("sanctions_eased", None, "2025-12-09", "reported")]),
        # "expect X to": an expectation
        ("Diplomats expect Minsk to let more prisoners go before Christmas.",
         [("release", None, None, "expected")]),
    ],
)
def test_sanctions_and_modality(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en", modality=True) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The bodies of 40 soldiers were repatriated on Wednesday.",
        "Fertiliser prices dropped as sanctions bit.",
        "Lithuania stopped short of calling for new sanctions on Friday.",
        "The government handed the keys, the files and the archive over to the new minister.",
    ],
)
def test_other_senses_stay_quiet(sentence: str) -> None:
    assert stated(sentence, "en") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # parole, liberty, amnesty verb forms
        ("The parole board paroled 20 inmates on Friday.", [("release", 20, "2025-12-12")]),
        ("Ten activists regained their liberty on Friday.", [("release", 10, "2025-12-12")]),
        ("Lukashenko is amnestying 500 people this week.", [("pardon", 500, "2025-12-08")]),
        # a person named by a role noun
        ("The Nobel laureate walked free on Friday after nearly five years in prison.",
         [("release", None, "2025-12-12")]),
        # passive removal verbs and "pulled off the list"
        ("Sanctions on Belavia were scrapped on Thursday.",
         [("sanctions_lifted", None, "2025-12-11")]),
        ("Washington pulled the airline off its sanctions list on Friday.",
         [("sanctions_lifted", None, "2025-12-12")]),
        ("Russian and US diplomats held consultations in Geneva on Friday.",
         [("talks", None, "2025-12-12")]),
        # a single occasion marked by a pardon is an event; a custom is not
        ("Lukashenko marked Independence Day by pardoning 16 people on Wednesday.",
         [("pardon", 16, "2025-12-10")]),
        ("For years, the regime marked national holidays by freeing a few prisoners.", []),
        ("Soviet leaders habitually amnestied petty offenders on big anniversaries.", []),
    ],
)
def test_second_batch(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected


def test_people_left_behind_are_no_count_of_a_demand() -> None:
    assert stated("Exiles urged Minsk to free the 900 other prisoners who were left behind.",
                  "en", modality=True) == [("release", None, None, "demanded")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our editors in Warsaw will again be able to contribute to free knowledge online today.",
        "Last October the weather agency released its U.S. Winter Outlook.",
        "The ministry released its Annual Fisheries Review on Friday.",
    ],
)
def test_adjective_free_and_released_documents_stay_quiet(sentence: str) -> None:
    assert stated(sentence, "en") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Kremlin confirmed that Trump and Putin had spoken by phone on Friday.",
         [("talks", None, "2025-12-12")]),
        ("The EU unveiled its 20th package of sanctions against Russia on Friday.",
         [("sanctions_imposed", None, "2025-12-12")]),
        ("Twelve Ukrainian civilians were returned home from Belarus on Friday.",
         [("release", 12, "2025-12-12")]),
        ("Ukraine brought home 150 defenders from Russian captivity on Friday.",
         [("release", 150, "2025-12-12")]),
        # the date of a relative clause of detention is not the release's
        ("Belarus released the American, who was detained in 2024, on Friday.",
         [("release", None, "2025-12-12")]),
        ("Belarus released 52 prisoners, who crossed into Lithuania on Thursday.",
         [("release", 52, "2025-12-11")]),
        ("The bodies of 20 soldiers were returned home on Friday.", []),
    ],
)
def test_third_batch(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "walked out" with fellow prisoners; a named person and "13 other prisoners": 14
        ("Ihar Losik walked out on Friday together with 13 other prisoners.",
         [("release", 14, "2025-12-12")]),
        ("Opposition MPs walked out with 20 others in protest on Saturday.", []),
    ],
)
def test_walked_out_with_other_prisoners(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected
