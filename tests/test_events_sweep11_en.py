"""English events: the thirteenth-round sweep from blind development pages
(``pages_p81.jsonl`` ... ``pages_p84.jsonl``, ``en-i01`` ... ``en-i12``, and the other
English development pages), general causes.

Sentences written for the project; each table checks one cause: a licence issued in the
historic present or the progressive ("OFAC issues a general licence"), a designation by a
sanctions authority named right before the verb ("the US designates Belavia"); "further /
more relief" with a prisoner or sanctions-target word near it, an easing without the
word "sanctions"; an extension of the listings to people named by their post ("prison
administrators", "the heads of penal colonies"); a sentence that points back with a
dated participle ("The decree, signed on Sunday, ..."), which dates the undated mention
of the sentence before it; and the counterpart of a deal ("in exchange for sanctions
relief") told of what is to come. A counterpart told as done ("pardoned 123 prisoners in
exchange for a lifting of some U.S. sanctions") is a lifting of its own: the seed's
expectation (``tests/test_events.py``). Published on Monday 2025-12-29.
"""

from __future__ import annotations

import pytest
from eventcases import as_labelled

PUB = "2025-12-29"  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- 3 October 2025: Minsk frees 20 prisoners. The same day, OFAC issues a general "
         "licence letting US firms trade with the carrier.",
         [("release", "2025-10-03", 20, "reported"),
          ("sanctions_eased", "2025-10-03", None, "reported")]),
        ("October 3: the Treasury issues the Belaruskali license.",
         [("sanctions_eased", "2025-10-03", None, "reported")]),
        ("The Treasury issues General License 14, allowing payments to the potash firm.",
         [("sanctions_eased", None, None, "reported")]),
        ("OFAC is issuing a general license that lets US companies repair the jets.",
         [("sanctions_eased", None, None, "reported")]),
        ("- May 2022: the US designates Belaruskali, accusing it of funding the government.",
         [("sanctions_imposed", "2022-05-01", None, "reported")]),
        ("In March 2024 OFAC designated Grodno Azot, the fertiliser maker.",
         [("sanctions_imposed", "2024-03-01", None, "reported")]),
        ("The US Treasury on Tuesday designated Belshina and its trading arm.",
         [("sanctions_imposed", "2025-12-23", None, "reported")]),
        # no sanctions authority, or no name after the verb: nothing
        ("The club issues a statement on Tuesday.", []),
        ("The council designates the meadow a conservation area.", []),
        ("The club designated Danny Cole as captain on Monday.", []),
        ("The EU designates 2027 as the European Year of Languages.", []),
    ],
)
def test_licence_and_designation_in_the_present(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


EXPECTED_PAIR = [("release", None, None, "expected"), ("sanctions_eased", None, None, "expected")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US could offer further relief, perhaps for the state airline, if Minsk lets "
         "more prisoners go.", EXPECTED_PAIR),
        ("Diplomats say more relief could follow if more political prisoners are released.",
         EXPECTED_PAIR),
        ("Additional relief could come if more detainees are freed, an official said.",
         EXPECTED_PAIR),
        ("Washington is ready to offer more relief in exchange for further releases.",
         [("sanctions_eased", None, None, "expected")]),
        # relief of another kind: nothing
        ("It was a moment of profound relief for their families.", []),
        ("Aid groups said further relief supplies would reach the flood zone on Monday.", []),
        ("The charity promised more relief for the victims of the storm.", []),
        ("The news brought further relief to markets on Tuesday.", []),
    ],
)
def test_further_relief_is_an_easing(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


DEMANDED_LISTING = [("sanctions_imposed", None, None, "demanded")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We call on the EU and its member states to extend the listings to prison "
         "administrators in Hrodna.", DEMANDED_LISTING),
        ("- call on the UK to extend the listings to camp administrators;", DEMANDED_LISTING),
        ("Rights groups urged the EU to extend its sanctions list to prison guards.",
         DEMANDED_LISTING),
        ("Brussels should extend the blacklist to the heads of penal colonies.",
         DEMANDED_LISTING),
        ("The UK should extend its sanctions to the directors of state firms.",
         DEMANDED_LISTING),
        ("We urge Britain to extend its listings to investigators and prison staff.",
         DEMANDED_LISTING),
        # a renewal, or no sanctions list: nothing
        ("The bloc will extend its sanctions until February.", []),
        ("The club will extend its contract offer to the players.", []),
        ("The council should extend the parking scheme to residents.", []),
    ],
)
def test_listings_extended_to_posts(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lukashenko has pardoned 17 people convicted of extremism, his office said. The "
         "decree, signed on Sunday, covers nine women and eight men.",
         [("pardon", "2025-12-28", 17, "reported")]),
        ("The US Treasury has eased sanctions on Belshina, the tyre maker. The licence, "
         "issued on Thursday, lets US firms buy its tyres.",
         [("sanctions_eased", "2025-12-25", None, "reported")]),
        ("Lukashenko has pardoned 19 Ukrainian citizens, his office said. The decree was "
         "signed on Saturday.",
         [("pardon", "2025-12-27", 19, "reported")]),
        # a date of its own in the first sentence stays
        ("Lukashenko pardoned 17 people on Friday. The decree, signed in Minsk, covers nine "
         "women.", [("pardon", "2025-12-26", 17, "reported")]),
        # past a headline, too
        ("Minsk is back in the news. Lukashenko has pardoned 17 people, his office said. "
         "The decree, signed on Sunday, covers nine women.",
         [("pardon", "2025-12-28", 17, "reported")]),
        # no pointing back at the opening: the date is the later sentence's own
        ("Minsk is back in the news. Lukashenko has pardoned 17 people, his office said. "
         "On Sunday the opposition welcomed the step.", [("pardon", None, 17, "reported")]),
    ],
)
def test_a_dated_reference_dates_the_sentence_before(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Caracas is set to free a group of foreign detainees in exchange for sanctions "
         "relief.", [("release", None, None, "expected")]),
        ("The White House says it will ease sanctions on the carrier in return for the "
         "releases.", [("sanctions_eased", None, None, "expected")]),
        # "in exchange" or "in return" with no counterpart after it: the step itself
        ("In exchange, the US lifted sanctions on the carrier on Friday.",
         [("sanctions_lifted", "2025-12-26", None, "reported")]),
        ("Washington lifted sanctions on the airline in return, officials said on Friday.",
         [("sanctions_lifted", "2025-12-26", None, "reported")]),
    ],
)
def test_the_counterpart_of_a_deal_is_no_event(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected
