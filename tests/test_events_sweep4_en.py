"""English events: a fourth sweep (wire and broadsheet wording, dates in asides and offsets).

Sentences written for the project in the style of English-language wire copy and
broadsheets; each checks one construction the earlier sweeps (``test_events_sweep_en.py``
to ``test_events_sweep3_en.py``) did not cover: "The move came a week after <event>"
counted back from the event told before, a fronted "A week after <noun> on <date>," counted
on from its own date, a dated aside (", who freed 52 in September,") that is not the main
verb's date, "crossed into Lithuania" without "the border", "N of them crossed", "N were
granted clemency", swaps "apiece", "add ... to the bloc's sanctions list", "received
<name> in Minsk", a modal with an adverb ("may well ease"), "expect Minsk to free", who
"it still holds", and wordings that must stay quiet. Published on Saturday 2025-12-13
(see ``eventcases.SAT``).
"""

from __future__ import annotations

import pytest
from eventcases import DETAILED, SAT, found, summary


def detailed(text: str) -> list[tuple]:
    """Sorted (type, date, precision, count, qualifier, modality), running totals left out."""
    return summary(text, "en", DETAILED, published=SAT, totals=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The move came a week after <trigger>": counted back from the event told before
        ("Lukashenko pardoned 18 inmates on Thursday. The decision came a week after the "
         "bloc blacklisted 12 judges and three companies.",
         [("pardon", "2025-12-11", "day", 18, "exact", "reported"),
          ("sanctions_imposed", "2025-12-04", "day", 15, "exact", "reported")]),
        ("Washington eased sanctions on the airline on Friday. The move came two days after "
         "Minsk freed 40 prisoners.",
         [("release", "2025-12-10", "day", 40, "exact", "reported"),
          ("sanctions_eased", "2025-12-12", "day", None, None, "reported")]),
        # a fronted "A week after <noun> on <date>,": counted on from its own date
        ("A week after the envoy's trip to Minsk on 2 December, Lukashenko pardoned 19 "
         "prisoners.", [("pardon", "2025-12-09", "day", 19, "exact", "reported")]),
        ("Two days after the vote on 1 December, Belarus freed 11 activists.",
         [("release", "2025-12-03", "day", 11, "exact", "reported")]),
        # a dated aside before the verb is the aside's date, not the verb's
        ("Lukashenko, who freed 40 prisoners in October, pardoned 12 more on Tuesday.",
         [("pardon", "2025-12-09", "day", 12, "exact", "reported"),
          ("release", "2025-10-01", "month", 40, "exact", "reported")]),
        ("The envoy, who met Lukashenko on Monday, said on Thursday that Minsk had freed "
         "33 people on Wednesday.",
         [("release", "2025-12-10", "day", 33, "exact", "reported"),
          ("talks", "2025-12-08", "day", None, None, "reported")]),
    ],
)
def test_dates_in_asides_and_offsets(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "crossed into Lithuania" without "the border", after "had", after "N of them"
        ("Eleven prisoners crossed into Lithuania on Friday.",
         [("release", "2025-12-12", "day", 11, "exact", "reported")]),
        ("The regime pardoned 20 people on Tuesday. A day later, nine of them crossed into "
         "Poland.", [("pardon", "2025-12-09", "day", 20, "exact", "reported"),
                     ("release", "2025-12-10", "day", 9, "exact", "reported")]),
        ("The envoy met Lukashenko in Minsk on Wednesday. Within hours, Ihar Losik and six "
         "other prisoners had crossed into Lithuania.",
         [("release", "2025-12-10", "day", 7, "exact", "reported"),
          ("talks", "2025-12-10", "day", None, None, "reported")]),
        # "N were granted clemency" counts them
        ("Early this month 30 convicts were pardoned, and on Tuesday another 17 were granted "
         "clemency.", [("pardon", "2025-12-01", "month", 30, "exact", "reported"),
                       ("pardon", "2025-12-09", "day", 17, "exact", "reported")]),
        # a swap "apiece" or "each": one release per side
        ("Armenia and Azerbaijan exchanged 12 detainees apiece on Monday.",
         [("release", "2025-12-08", "day", 12, "exact", "reported"),
          ("release", "2025-12-08", "day", 12, "exact", "reported")]),
    ],
)
def test_release_and_pardon_wordings(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "add ... to the bloc's <country> sanctions list", base form after "agreed to"
        ("EU ambassadors agreed on Wednesday to add 40 officials and firms to the bloc's "
         "Iran sanctions list.", [("sanctions_imposed", "2025-12-10", "day", 40, "exact",
                                   "reported")]),
        # "received / hosted <name> in Minsk" is talks
        ("Lukashenko received Coale in Minsk on Friday.",
         [("talks", "2025-12-12", "day", None, None, "reported")]),
        ("Lukashenko hosted John Coale at the Palace of Independence on Friday.",
         [("talks", "2025-12-12", "day", None, None, "reported")]),
        # a modal with an adverb; "expect <party> to <verb>"
        ("Washington may well ease more of its sanctions on Minsk.",
         [("sanctions_eased", None, None, None, None, "expected")]),
        ("Lukashenko could soon pardon dozens more prisoners.",
         [("pardon", None, None, None, None, "expected")]),
        ("Diplomats expect Minsk to free another group of prisoners.",
         [("release", None, None, None, None, "expected")]),
    ],
)
def test_sanctions_talks_and_modality(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # who "it still holds" is not the count of a release to come
        ("Brussels urged Minsk to free the 1,000 prisoners it still holds.",
         [("release", None, None, "demanded", "Belarus")]),
        # "it holds responsible" is not who is held
        ("The EU imposed sanctions on Friday on 14 officials it holds responsible for the "
         "crackdown.", [("sanctions_imposed", "2025-12-12", 14, "reported", "EU")]),
    ],
)
def test_who_is_held(sentence: str, expected: list[tuple]) -> None:
    assert found(sentence, "en") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # renewals in the passive, or "by a year"
        "The EU's asset freezes on Belarusian officials were extended by six months on Monday.",
        "Brussels renews Belarus sanctions by a year",
        # ceremonial turkey pardons; meeting workers; no exchange involved
        "The president pardoned a turkey named Blossom at the White House on Tuesday.",
        "The governor met workers at the tractor plant on Monday.",
        "The State Department said no prisoner exchange was involved.",
        # a game released by a studio
        "The studio released Prison Architect 3, the sequel to its jail-building game.",
        "A games studio in Leeds released its long-awaited title on Friday.",
    ],
)
def test_quiet(sentence: str) -> None:
    assert detailed(sentence) == []
