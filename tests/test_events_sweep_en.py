"""English events: constructions of a vocabulary sweep (release, pardon, sanctions, talks).

Sentences written for the project in the style of news reporting; each checks one
construction: split phrasal verbs ("let 14 prisoners go"), idioms of release, a
transfer out of the country after a release, a possessive date ("Friday's
release"), a gapped second event ("40 in March and another batch of 16 in June"),
and words for sanctions and phone talks; plus wordings that must stay quiet.
Published on Saturday 2025-12-13 (see ``eventcases.SAT``).
"""

from __future__ import annotations

import pytest
from eventcases import stated


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # split phrasal verbs
        ("Minsk let 14 prisoners go on Tuesday.", [("release", 14, "2025-12-09")]),
        ("Lukashenko let the 16 detainees go on Wednesday.", [("release", 16, "2025-12-10")]),
        ("The authorities set 17 political prisoners at liberty on Wednesday.",
         [("release", 17, "2025-12-10")]),
        # idioms of release
        ("Twelve prisoners walked out of the penal colony on Monday.",
         [("release", 12, "2025-12-08")]),
        ("Thirty prisoners won their freedom on Friday.", [("release", 30, "2025-12-12")]),
        ("Ten activists regained their freedom on Friday.", [("release", 10, "2025-12-12")]),
        ("The regime sprang 25 political prisoners from jail on Friday.",
         [("release", 25, "2025-12-12")]),
        ("Lukashenko showed clemency to 20 convicts on Friday.",
         [("pardon", 20, "2025-12-12")]),
    ],
)
def test_release_and_pardon_wordings(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a transfer out of the country after a release is a release (set F convention)
        ("The 52 prisoners were deported to Lithuania on Thursday.",
         [("release", 52, "2025-12-11")]),
        ("Nine of them were transferred to Lithuania.", [("release", 9, None)]),
        ("Lukashenko pardoned 123 prisoners on Saturday; nine were taken to Lithuania and "
         "114 to Ukraine.",
         [("pardon", 123, "2025-12-13"), ("release", 114, "2025-12-13"),
          ("release", 9, "2025-12-13")]),
        ("123 prisoners crossed the border into Lithuania on Saturday.",
         [("release", 123, "2025-12-13")]),
    ],
)
def test_transfer_after_release(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Relatives of those freed in Friday's release gathered at the border.",
         [("release", None, "2025-12-12")]),
        ("Wednesday's pardon of 30 prisoners was welcomed in Vilnius.",
         [("pardon", 30, "2025-12-10")]),
        ("Saturday's release of 123 prisoners was brokered by Washington.",
         [("release", 123, "2025-12-13")]),
        ("Friday's talks between Coale and Lukashenko lasted four hours.",
         [("talks", None, "2025-12-12")]),
        ("Monday's release of the new phone drew crowds.", []),
    ],
)
def test_possessive_weekday_dates_its_noun(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected


def test_possessive_date_of_a_happening_told_before_is_no_new_event() -> None:
    text = ("Belarus released 52 prisoners on Thursday.\n\n"
            "Thursday's releases were the largest since the summer.")
    assert stated(text, "en") == [("release", 52, "2025-12-11")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Belarus freed 40 people in March and another batch of 16 in June.",
         [("release", 16, "2025-06-01"), ("release", 40, "2025-03-01")]),
        ("Twelve prisoners were released on Monday; a further 9 followed on Thursday.",
         [("release", 12, "2025-12-08"), ("release", 9, "2025-12-11")]),
        ("Belarus released 12 prisoners on Monday and 9 more on Thursday.",
         [("release", 12, "2025-12-08"), ("release", 9, "2025-12-11")]),
        ("The EU imposed sanctions on 25 officials in June and another 12 in October.",
         [("sanctions_imposed", 12, "2025-10-01"), ("sanctions_imposed", 25, "2025-06-01")]),
        # no date of its own: one happening, not two
        ("Belarus freed 12 Lithuanians and 9 more Poles.", [("release", 12, None)]),
    ],
)
def test_gapped_second_event(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Canada announced sanctions against 15 Belarusian officials on Monday.",
         [("sanctions_imposed", 15, "2025-12-08")]),
        ("The US targeted 14 individuals with sanctions on Friday.",
         [("sanctions_imposed", 14, "2025-12-12")]),
        ("The Treasury placed 12 Belarusian entities on its sanctions list on Thursday.",
         [("sanctions_imposed", 12, "2025-12-11")]),
        ("In 2024 the EU also listed 28 Belarusian officials over human-rights abuses.",
         [("sanctions_imposed", 28, "2024-01-01")]),
        ("Switzerland on Wednesday adopted the EU measures, freezing the assets of 12 "
         "individuals and 9 entities.", [("sanctions_imposed", 21, "2025-12-10")]),
        ("The US waived sanctions on Belavia on Thursday.",
         [("sanctions_eased", None, "2025-12-11")]),
        # renewal of existing measures is not labelled (README_a, README_f)
        ("The Council extended its restrictive measures against Belarus for another year "
         "on Thursday.", []),
    ],
)
def test_sanctions_wordings(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trump phoned Lukashenko on Friday.", [("talks", None, "2025-12-12")]),
        ("Trump called Lukashenko on Friday.", [("talks", None, "2025-12-12")]),
        ("Trump rang Lukashenko on Friday.", [("talks", None, "2025-12-12")]),
        ("Lukashenko spoke to reporters on Friday.", []),
        ("Trump called Lukashenko a tough man.", []),
    ],
)
def test_phone_talks(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The company let 300 workers go on Monday.",
        "Let it go, the coach said on Friday.",
        "NATO soldiers were sent to Lithuania on Monday.",
        "German troops were transferred to Lithuania on Monday.",
        "Migrants crossed the border into Poland on Friday.",
        "Belarus sets free its prisoners only when it wants something.",
    ],
)
def test_other_senses_stay_quiet(sentence: str) -> None:
    assert stated(sentence, "en") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # handovers of a part of the freed, each with its own number
        ("Eight of the freed were driven to Poland, while 40 were handed over to Ukraine.",
         [("release", 40, None), ("release", 8, None)]),
        # "the eight" points back to people counted before
        ("Officials said the eight were taken to Warsaw.", []),
        # a number word after a month counts people, it is no day ("in March five people")
        ("In March five people, among them a priest, were handed over at the Polish border.",
         [("release", 5, "2025-03-01")]),
        # "have since been released": "since" is no start of a period here
        ("Lukashenko pardoned 18 people on Friday. All eighteen have since been released "
         "from colonies.", [("pardon", 18, "2025-12-12"), ("release", 18, "2025-12-12")]),
        ("Belarus freed 14 prisoners in June and 52 in September.",
         [("release", 14, "2025-06-01"), ("release", 52, "2025-09-01")]),
    ],
)
def test_page_constructions_of_release(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the month May is no modal verb
        ("In May 2024, Washington added 12 individuals and 4 entities, including two banks, "
         "to its list.", [("sanctions_imposed", 16, "2024-05-01", "reported")]),
        ("In October the EU listed 18 more people and 3 entities over the crackdown.",
         [("sanctions_imposed", 21, "2025-10-01", "reported")]),
        ("The Treasury struck the airline off the SDN list on Tuesday, and a general licence "
         "now authorises dealings involving two other aircraft.",
         [("sanctions_eased", None, "2025-12-09", "reported"),
          ("sanctions_lifted", None, "2025-12-09", "reported")]),
        ("The opposition leader urged Minsk to free everyone still held.",
         [("release", None, None, "demanded")]),
        ("The blogger Ihar Losik was not among those freed on Friday.",
         [("release", None, "2025-12-12", "denied")]),
    ],
)
def test_page_constructions_with_modality(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en", modality=True) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The tribunal ruled that the federation had no power to pardon a striker serving a "
        "six-match ban.",
        "The developers lifted the restrictions that kept extensions from reaching the file "
        "system.",
        "Three release candidates were published in October.",
    ],
)
def test_page_wordings_that_stay_quiet(sentence: str) -> None:
    assert stated(sentence, "en") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a decree covering a number of prisoners is a pardon
        ("Wednesday's pardon of 30 people followed a similar decree covering 25 prisoners "
         "earlier this month.", [("pardon", 25, "2025-12-01"), ("pardon", 30, "2025-12-10")]),
        # "bringing the number freed since July to 300" is a running total
        ("Another 20 people have been pardoned, bringing the number freed since July to 300.",
         [("pardon", 20, None)]),
        # lifting further sanctions is an easing
        ("Washington may lift further sanctions if Minsk keeps freeing prisoners.",
         [("release", None, None), ("sanctions_eased", None, None)]),
        # a release only discussed is what talks were about, not an event
        ("The two leaders discussed freeing 500 more prisoners.", []),
        ("In the film, a pardoned convict returns to his village.", []),
        # a date before ", officials said" is the event's, not the saying's
        ("Belarus pardoned 25 prisoners on Friday, officials said on Saturday.",
         [("pardon", 25, "2025-12-12")]),
    ],
)
def test_dev_constructions(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # headline present tense and bare counts after the verb
        ("US sanctions 20 Belarusian officials", [("sanctions_imposed", 20, None)]),
        ("EU slaps new sanctions on Belarus", [("sanctions_imposed", None, None)]),
        ("Trump and Lukashenko hold phone talks", [("talks", None, None)]),
        ("Belarus frees 14 including a blogger after envoy's visit", [("release", 14, None)]),
        ("US lifts sanctions on national carrier after Minsk frees 52",
         [("release", 52, None), ("sanctions_lifted", None, None)]),
    ],
)
def test_headline_forms(headline: str, expected: list[tuple]) -> None:
    assert stated(headline, "en") == expected


def test_a_capitalised_institution_after_the_is_no_reference_back() -> None:
    # "the Council adopted": an institution names the doer; "the released" points back
    assert stated("Today the Council adopted further restrictive measures against the "
                  "regime.", "en") == [("sanctions_imposed", None, "2025-12-13")]
    assert stated("The released prisoners crossed into Lithuania on Friday.", "en") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a demand with a longer object before "to": "called on the authorities in Minsk to"
        ("Rights groups called on the authorities in Minsk to free the political prisoners "
         "without conditions.", [("release", None, None, "demanded")]),
        ("The office urged the authorities in Minsk to free all of the roughly 1,300 people "
         "still held.", [("release", None, None, "demanded")]),
        # a readiness told to reporters is no demand
        ("Lukashenko told reporters he was ready to free 20 more.",
         [("release", 20, None, "expected")]),
    ],
)
def test_demands_with_a_longer_object(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en", modality=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an age before a person noun is no count of people
        ("Belarus on Friday freed a 67-year-old opposition politician.",
         [("release", None, "2025-12-12")]),
        ("Belarus freed 14 prisoners on Friday, among them a 67-year-old politician.",
         [("release", 14, "2025-12-12")]),
    ],
)
def test_an_age_is_not_a_count(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "en") == expected
