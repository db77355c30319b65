"""English events: the ninth-round sweep from blind development pages
(``pages_p50.jsonl``, ``en-v07`` ... ``en-v12``), general causes.

Sentences and short pages written for the project; each table checks one cause the
blind pages showed: a wire dateline without a year in a lead that comes after a cookie
notice, a repeated headline and a "Reposted from" line (the page's date); an open
question ("whether ...") tells of no event; a further, another, next or previous exchange
is a prisoner exchange; talks between the ministers of two named states; headline-ese
"US to lift sanctions" is expected; "ask ... to" is a demand and "described as lifting
sanctions" no second event; "-negotiated" compounds are no talks and travel bans on
officials are sanctions eased. Published on Saturday 2025-12-13 (``eventcases.SAT``)
unless a case says otherwise.
"""

from __future__ import annotations

import pytest
from eventcases import DETAILED, SAT, summary

from toolkit.clean.pages import parse_text


def detailed(text: str, published: object = SAT) -> list[tuple]:
    """Sorted (type, date, precision, count, qualifier, modality), running totals left out."""
    return summary(text, "en", DETAILED, published=published, totals=False)


_CHROME = ("Daily Digest | World | Business | Sport\nHome > World > Europe\n\n"
           "We use cookies to improve your experience. By continuing you accept our use of "
           "cookies. [OK] [Settings]\n\n")


@pytest.mark.parametrize(
    ("page", "day"),
    [
        # the lead, with its dateline, is the first long paragraph after the chrome;
        # the year comes from the copyright line
        (_CHROME + "Envoy meets Belarus leader in Minsk\n\nEnvoy meets Belarus leader in Minsk"
         "\n\nSyndicated from Northern Wire | 2 min read\n\n"
         "VILNIUS, Oct 3 (NW) - A senior European envoy met the Belarusian foreign minister "
         "in Minsk on Friday for talks on the fate of political prisoners and border "
         "crossings, officials in both capitals said.\n\n"
         "The talks lasted three hours.\n\n(c) 2025 Daily Digest\n", "2025-10-03"),
        # without a copyright line, the lead's weekday gives the year
        (_CHROME + "Minsk frees 12 prisoners\n\nMinsk frees 12 prisoners\n\n"
         "From our partners | 3 min read\n\n"
         "RIGA, March 7 (NW) - Belarus freed 12 people jailed after the 2020 protests on "
         "Friday, a rights group said, the first such release since the president's "
         "inauguration in January 2025.\n\nMore follows.\n", "2025-03-07"),
    ],
)
def test_dateline_after_page_chrome(page: str, day: str) -> None:
    assert parse_text(page)["published"] == f"{day}T00:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is asked about is not told to have happened
        ("Officials did not say whether more prisoners would be freed before the holidays.",
         []),
        ("Observers are watching whether the pardons can win Minsk some relief from "
         "sanctions.", []),
        ("The ministry would not confirm whether any of those pardoned had left the country.",
         []),
        # a release told before the question stays
        ("Minsk freed 16 prisoners on Thursday, but it is unclear whether more will follow.",
         [("release", "2025-12-11", "day", 16, "exact", "reported")]),
    ],
)
def test_open_questions(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a further, another, next or previous exchange is a prisoner exchange
        ("Negotiators said further exchanges were planned before the spring.",
         [("release", None, None, None, None, "expected")]),
        ("The two governments expect another swap to take place in the new year.",
         [("release", None, None, None, None, "expected")]),
        ("Officials said work on a further exchange was under way.",
         [("release", None, None, None, None, "expected")]),
        ("A previous exchange in early October brought home 61 sailors.",
         [("release", "2025-10-01", "month", 61, "exact", "reported")]),
        # other exchanges are not
        ("The two leaders held another exchange of views by telephone.", []),
        ("Traders expect more swaps between the two banks next year.", []),
        ("A new exchange for carbon credits opened in Singapore on Monday.", []),
    ],
)
def test_exchanges_told_by_their_sequence(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks between the ministers of two named states, fictional ones included
        ("The deal was agreed at talks between the foreign ministers of Arvenia and Doltra "
         "held in Valletta on 4 November.",
         [("talks", "2025-11-04", "day", None, None, "reported")]),
        ("The defence ministers of Ruland and Vesk met in Oslo on Tuesday.",
         [("talks", "2025-12-09", "day", None, None, "reported")]),
        # a meeting of people who are no states' ministers is no talks
        ("The pupils met in Oslo on Tuesday.", []),
    ],
)
def test_ministers_of_two_states(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # headline-ese: a subject and "to" before the verb tells what is to come
        ("- Washington to ease sanctions on Belarusian potash, officials say",
         [("sanctions_eased", None, None, None, None, "expected")]),
        ("Lukashenko to free 25 more prisoners, state media report",
         [("release", None, None, 25, "exact", "expected")]),
        ("EU ministers to widen Belarus sanctions",
         [("sanctions_imposed", None, None, None, None, "expected")]),
        # a verb before "to" tells what was done or refused
        ("Lukashenko decided to free 25 prisoners on Friday.",
         [("release", "2025-12-12", "day", 25, "exact", "reported")]),
        ("Minsk has refused to pardon the jailed journalist.",
         [("pardon", None, None, None, None, "denied")]),
        ("According to officials, the EU imposed sanctions on 12 people on Monday.",
         [("sanctions_imposed", "2025-12-08", "day", 12, "exact", "reported")]),
    ],
)
def test_headline_infinitive(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ask ... to" is a demand like "urge ... to"
        ("The West must keep asking Minsk to free every political prisoner.",
         [("release", None, None, None, None, "demanded")]),
        ("Warsaw asked the Belarusian authorities to release the journalist.",
         [("release", None, None, None, None, "demanded")]),
        ("She asked reporters to wait outside before 12 prisoners were freed on Friday.",
         [("release", "2025-12-12", "day", 12, "exact", "reported")]),
        # what a step is described as is no second event
        ("Washington issued a general licence for the airline on Tuesday, a step the envoy "
         "described as lifting sanctions.",
         [("sanctions_eased", "2025-12-09", "day", None, None, "reported")]),
    ],
)
def test_asking_and_describing(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound adjective in "-negotiated" tells of no talks
        ("The two states each freed 27 detainees on Monday in a long-negotiated exchange.",
         [("release", "2025-12-08", "day", 27, "exact", "reported")]),
        ("The two sides negotiated the terms in Geneva on Monday.",
         [("talks", "2025-12-08", "day", None, None, "reported")]),
        # travel and entry bans are sanctions a party eases
        ("The bloc said it could ease the travel bans on four officials if more prisoners "
         "are freed.",
         [("release", None, None, None, None, "expected"),
          ("sanctions_eased", None, None, 4, "exact", "expected")]),
        ("The EU eased entry bans on three officials on Monday.",
         [("sanctions_eased", "2025-12-08", "day", 3, "exact", "reported")]),
        ("The airline eased its baggage rules on Monday.", []),
        ("The government eased travel bans on visitors from abroad on Monday.", []),
    ],
)
def test_compound_adjectives_and_bans(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected
