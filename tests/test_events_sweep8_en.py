"""English events: the tenth-round sweep from blind development pages
(``pages_p57.jsonl``, ``en-j01`` ... ``en-j06``, and the other English development pages),
general causes.

Sentences and short pages written for the project; each table checks one cause the blind
pages showed: sanctions a party "placed ... under" with a word before "sanctions"
("blocking", "US", "new"); a demand whose verb is parted from its "that" clause by an
aside ("insist, loudly and in every forum, that ..."); a month after "early", "late" or
"mid" whose number is a count, not a day ("in early July 18 prisoners"); a count after a
comma and a coordinator, before the next verb, which is that verb's; a later sentence of a
bulleted timeline entry, which tells the entry's day; and a live blog's entry that opens
with a short question. Published on Saturday 2025-12-13 (``eventcases.SAT``) unless said.
"""

from __future__ import annotations

import pytest
from eventcases import as_labelled

PUB = "2025-11-05"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington placed the carrier under blocking sanctions in August 2023.",
         [("sanctions_imposed", "2023-08-01", None, "reported")]),
        ("The Treasury put the airline under US sanctions in 2021.",
         [("sanctions_imposed", "2021-01-01", None, "reported")]),
        ("The company was placed under sanctions by the US in 2022.",
         [("sanctions_imposed", "2022-01-01", None, "reported")]),
        ("Canada on Monday placed Belaruskali under new sanctions.",
         [("sanctions_imposed", "2025-11-03", None, "reported")]),
        ("The potash giant was placed under full blocking sanctions by OFAC in December 2021.",
         [("sanctions_imposed", "2021-12-01", None, "reported")]),
        # under something else, or a state of being under sanctions: nothing
        ("The government placed the town under curfew on Tuesday.", []),
        ("Police placed the suspect under arrest on Monday.", []),
        ("The airline has been under US sanctions since 2021.", []),
    ],
)
def test_placed_under_sanctions(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Europe should insist, loudly and in every forum, that Lukashenko release all "
         "political prisoners.", [("release", None, None, "demanded")]),
        ("The EU must insist, as it has done for years, that Minsk free every political "
         "prisoner.", [("release", None, None, "demanded")]),
        ("Washington should demand, in public and in private, that Belarus release the "
         "jailed journalists.", [("release", None, None, "demanded")]),
        ("Rights groups urged, in a joint letter, that the authorities free all detainees.",
         [("release", None, None, "demanded")]),
        ("Tsikhanouskaya called, once again, for the release of all political prisoners.",
         [("release", None, None, "demanded")]),
        # no demand, or nobody held: nothing
        ("She insisted, as she always does, that the company release the documents.", []),
        ("It is vital, diplomats say, that the guards release the visitors' passports.", []),
        ("The spokesman said, however, that they release statistics every month.", []),
    ],
)
def test_demand_parted_from_its_clause_by_an_aside(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", "2025-06-23") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In early July 18 prisoners were freed.", [("release", "2024-07-01", 18, "reported")]),
        ("In late June 14 activists were released.",
         [("release", "2024-06-01", 14, "reported")]),
        ("In mid-August 30 people were pardoned.", [("pardon", "2024-08-01", 30, "reported")]),
        ("In late July 20 more were pardoned.", [("pardon", "2024-07-01", 20, "reported")]),
        ("In late July 2024 the EU imposed sanctions on 28 officials.",
         [("sanctions_imposed", "2024-07-01", 28, "reported")]),
        # a day where nothing says otherwise
        ("On July 18, 16 prisoners were freed.", [("release", "2024-07-18", 16, "reported")]),
        ("Belarus freed 16 prisoners on July 18 in Minsk.",
         [("release", "2024-07-18", 16, "reported")]),
    ],
)
def test_count_after_early_or_late_month(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", "2024-09-04") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last month Lukashenko pardoned another 30 people, and in early July 18 prisoners, "
         "several of them seriously ill, were freed.",
         [("pardon", "2024-08-01", 30, "reported"), ("release", "2024-07-01", 18, "reported")]),
        ("Belarus pardoned 37 prisoners in August; in July 18 activists were freed.",
         [("pardon", "2024-08-01", 37, "reported"), ("release", "2024-07-01", 18, "reported")]),
        ("Lukashenko pardoned 30 people on Friday, and 16 of them were released on Saturday.",
         [("pardon", "2024-08-30", 30, "reported"), ("release", "2024-08-31", 16, "reported")]),
        # one verb, or a part named before the next verb's clause: unchanged
        ("Belarus freed 52 prisoners on Thursday, 14 of them foreigners.",
         [("release", "2024-08-29", 52, "reported")]),
        ("Minsk freed 14 prisoners, including two Americans, and Washington eased sanctions "
         "on Belavia.",
         [("release", None, 14, "reported"), ("sanctions_eased", None, None, "reported")]),
    ],
)
def test_count_of_the_next_coordinated_clause(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", "2024-09-04") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Timeline\n- 21 June 2025: Belarus frees 14 prisoners.\n- 11 September 2025: John "
         "Coale meets Alexander Lukashenko in Minsk. 52 prisoners are released and taken to "
         "Lithuania.",
         [("release", "2025-06-21", 14, "reported"), ("release", "2025-09-11", 52, "reported"),
          ("talks", "2025-09-11", None, "reported")]),
        ("Timeline\n- 21 June 2025: Belarus frees 14 prisoners.\n- 11 September 2025: Coale "
         "visits Minsk. The US eases sanctions on Belavia.",
         [("release", "2025-06-21", 14, "reported"),
          ("sanctions_eased", "2025-09-11", None, "reported")]),
        # a paragraph that is no bulleted entry: the sentence states no date
        ("Belarus freed 14 prisoners on 21 June.\n\nOn 11 September Coale met Lukashenko in "
         "Minsk. Another 52 prisoners were released.",
         [("release", "2025-06-21", 14, "reported"), ("release", None, 52, "reported"),
          ("talks", "2025-09-11", None, "reported")]),
    ],
)
def test_later_sentence_of_a_timeline_entry(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("LIVE: Belarus frees prisoners\n\nSaturday 13 December 2025\n\n14:15\nWhere did they "
         "go? Of the 123 people pardoned, nine were taken to Lithuania, and 114 were handed "
         "over to Ukraine.",
         [("pardon", "2025-12-13", 123, "reported"), ("release", "2025-12-13", 9, "reported"),
          ("release", "2025-12-13", 114, "reported")]),
        ("LIVE: Belarus frees prisoners\n\nSaturday 13 December 2025\n\n14:15\nWhat happens "
         "now? The US says it will lift sanctions on potash.",
         [("sanctions_lifted", None, None, "expected")]),
        # a later sentence of the entry is no opening: it may tell an older story
        ("LIVE: Belarus frees prisoners\n\nSaturday 13 December 2025\n\n16:02\nThe families "
         "waited at the border. Lukashenko pardoned 20 prisoners.",
         [("pardon", None, 20, "reported")]),
    ],
)
def test_live_entry_that_opens_with_a_question(page: str, expected: list[tuple]) -> None:
    got = [e for e in as_labelled(page, "en", "2025-12-13") if e[0] != "release" or e[2]]
    assert got == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lukashenko pardoned 31 Ukrainians on Saturday. The pardoned persons have been handed "
         "over to the Ukrainian side.",
         [("pardon", "2025-11-22", 31, "reported"), ("release", "2025-11-22", 31, "reported")]),
        ("Lukashenko pardoned 31 Ukrainians on Saturday. Those pardoned were handed over to "
         "Ukraine at the border.",
         [("pardon", "2025-11-22", 31, "reported"), ("release", "2025-11-22", 31, "reported")]),
        ("Lukashenko pardoned 31 Ukrainians on Saturday. The pardoned were handed over to "
         "Ukrainian officials the same day.",
         [("pardon", "2025-11-22", 31, "reported"), ("release", "2025-11-22", 31, "reported")]),
        # a part of them, or the reference inside the sentence: no release of them all
        ("Lukashenko pardoned 31 Ukrainians on Saturday. Two of the pardoned are women.",
         [("pardon", "2025-11-22", 31, "reported")]),
        ("The journalist was not among those freed on Saturday, having declined to ask for a "
         "pardon.", [("release", "2025-11-22", None, "denied")]),
    ],
)
def test_sentence_opening_with_the_pardoned(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", "2025-11-22") == expected
