"""English events: the eleventh-round sweep from blind development pages
(``pages_p65.jsonl`` ... ``pages_p68.jsonl``, ``en-d01`` ... ``en-d08``, and the other
English development pages), general causes.

Sentences written for the project; each table checks one cause the pages showed: a
demand whose infinitive is split by adverbs ("to immediately and unconditionally
release"); a press release called "the release"; a delisting that is denied ("was not
removed from the sanctions list"), which stays a denied lifting as the practice key reads
it; a demand to free a total held told as the people someone "counts as political
prisoners" or as "all of the" people held; and a series told as one ("a string of
pardon decrees", "several rounds of sanctions", "freed prisoners in batches"), a habit
rather than a happening. Published on Tuesday 2025-12-16.
"""

from __future__ import annotations

import pytest
from eventcases import as_labelled

PUB = "2025-12-16"  # a Tuesday

DEMANDED = [("release", None, None, "demanded")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU reiterates its call on the Belarusian authorities to immediately and "
         "unconditionally release all political prisoners.", DEMANDED),
        ("Rights groups urged the government to swiftly and unconditionally free the jailed "
         "journalists.", DEMANDED),
        ("Amnesty called on the authorities to immediately, unconditionally and fully release "
         "the activists.", DEMANDED),
        ("The statement urges the regime to finally free Maria Kalesnikava.", DEMANDED),
        ("Lawmakers pressed Minsk to quickly and quietly free the remaining foreigners.",
         DEMANDED),
        ("The UN rapporteur called on Belarus to immediately and unconditionally release Ales "
         "Bialiatski.", DEMANDED),
        ("Parliament asked Minsk to promptly release the detained opposition figures.",
         DEMANDED),
        # one adverb, or the adverbs after the verb: as before
        ("The Council called on Minsk to immediately release all political prisoners.",
         DEMANDED),
        ("The EU calls on Belarus to release immediately and unconditionally all political "
         "prisoners.", DEMANDED),
        # nobody held: nothing
        ("The band plans to finally release its new album in May.", []),
        ("The company promised to quickly release the quarterly figures.", []),
        ("The statistics office will release the figures on Friday.", []),
    ],
)
def test_demand_with_split_infinitive(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to the release, the EU will continue to support the Belarusian people.",
         []),
        ("The Council's press release said the listings bring the total to 300 individuals.",
         []),
        ("In its release, the Council said it remains ready to take further measures.", []),
        # a release of prisoners beside a press release stays
        ("In a press release, the ministry welcomed the release of 41 political prisoners on "
         "Monday.", [("release", "2025-12-15", 41, "reported")]),
        ("A news release from the State Department said Belarus freed 52 prisoners on "
         "Thursday.", [("release", "2025-12-11", 52, "reported")]),
        ("The statement, issued as a press release, called for the release of all political "
         "prisoners.", DEMANDED),
    ],
)
def test_press_release_is_no_release(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the practice key reads a denied delisting as a denied lifting (three development
        # pages label it no event; the key's reading stays, see sweep9_en.md)
        ("Belavia has not been taken off the blacklist.",
         [("sanctions_lifted", None, None, "denied")]),
        ("The Treasury issued a general licence the same day allowing US companies to deal "
         "with the carrier, although the airline was not removed from the sanctions list.",
         [("sanctions_eased", None, None, "reported"),
          ("sanctions_lifted", None, None, "denied")]),
        ("The Treasury removed Belavia from its sanctions list on Monday.",
         [("sanctions_lifted", "2025-12-15", None, "reported")]),
        ("The EU has not lifted its sanctions on potash.",
         [("sanctions_lifted", None, None, "denied")]),
    ],
)
def test_denied_delisting_is_a_denied_lifting(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An EU spokesperson urged Minsk to free all of the almost 1,200 people rights groups "
         "still count as political prisoners.", DEMANDED),
        ("The opposition urged Minsk to release the nearly 1,200 people that Viasna counts as "
         "political prisoners.", DEMANDED),
        ("Rights groups urged Belarus to free all 1,150 people the group recognises as "
         "political prisoners.", DEMANDED),
        ("Viasna urged the authorities to free the 1,150 people it considers political "
         "prisoners.", DEMANDED),
        ("Tsikhanouskaya called on Minsk to free the more than 1,100 political prisoners who "
         "remain behind bars.", DEMANDED),
        ("The EU called on Minsk to immediately and unconditionally release all of the more "
         "than 1,100 political prisoners and to end the persecution of civil society.",
         DEMANDED),
        ("Rights groups urged Belarus to free all of the 1,150 political prisoners.", DEMANDED),
        # a group the demand names keeps its count
        ("The EU urged Minsk to free 50 prisoners who are seriously ill.",
         [("release", None, 50, "demanded")]),
        ("The EU urged Minsk to free 50 political prisoners.",
         [("release", None, 50, "demanded")]),
    ],
)
def test_demand_for_a_total_held(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lukashenko signs a string of pardon decrees, each covering between 20 and 37 people.",
         []),
        ("Following the disputed presidential election of August 2020, the Council imposed "
         "several rounds of sanctions.", []),
        ("Alexander Lukashenko has freed political prisoners in batches since the summer of "
         "2024.", []),
        ("The EU has imposed successive rounds of restrictive measures since 2020.", []),
        ("Belarus has released prisoners in waves, usually before public holidays.", []),
        # one happening, or one of a series told with its own day: as before
        ("Belarus freed 52 prisoners in two batches on Thursday.",
         [("release", "2025-12-11", 52, "reported")]),
        ("Belarus freed another batch of 16 prisoners on Wednesday.",
         [("release", "2025-12-10", 16, "reported")]),
        ("The releases began in July 2024, when 18 prisoners were freed, and have come in "
         "waves ever since.", [("release", "2024-07-01", 18, "reported")]),
        ("The EU on Monday imposed a fifth round of sanctions on Minsk.",
         [("sanctions_imposed", "2025-12-15", None, "reported")]),
        ("Lukashenko pardoned 30 people on Friday, his press service said, the latest in a "
         "series of releases that rights activists say is aimed at easing the country's "
         "isolation.", [("pardon", "2025-12-12", 30, "reported")]),
    ],
)
def test_a_series_told_as_one_is_a_habit(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected
