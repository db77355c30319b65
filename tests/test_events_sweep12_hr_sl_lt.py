"""A running total in a second clause is that clause's: the fourteenth-round sweep (hr, sl).

Sentences written for the project. "U prosincu je pomilovao 29 osoba, a ukupno ih je od
ljeta 207": the cue "ukupno" stands after the count of the first clause, behind a comma,
and belongs to the number of its own clause (207); the pardon of 29 keeps its month and is
no running total. A cue with no number after it in its clause still marks the count before
it ("pomilovao je 29 osoba, ukupno", "pušteno je 18 ljudi, skupaj"), and a cue before the
count as before. Published on Saturday 2025-12-13 (``eventcases.SAT``).
"""

from __future__ import annotations

import pytest
from eventcases import stated

P, R = "pardon", "release"

# the first clause's event stands, with its date, beside a later clause's total
FIRST_STANDS = [
    ("hr", "U prosincu je pomilovao 29 osoba, a ukupno ih je od ljeta 207.",
     [(P, 29, "2025-12-01")]),
    ("hr", "U studenome je Lukašenko pomilovao 32 osobe, ukupno je ove godine na slobodu "
           "izašlo više od 300 ljudi.",
     [(P, 32, "2025-11-01")]),
    ("sl", "Novembra je Lukašenko pomilostil 31 ljudi, skupaj pa je od poletja izpustil že več "
           "kot 300 zapornikov.",
     [(P, 31, "2025-11-01")]),
    ("sl", "Oktobra je bilo izpuščenih 16 zapornikov, skupaj pa jih je bilo letos 250.",
     [(R, 16, "2025-10-01")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), FIRST_STANDS,
                         ids=[str(i) for i in range(len(FIRST_STANDS))])
def test_a_total_in_a_second_clause_leaves_the_first_clause_event(
        language: str, text: str, expected: list) -> None:
    assert stated(text, language) == expected


# the cue still marks a total with no later number in its clause: no event of its own
TOTALS = [
    ("hr", "Od ljeta je pomilovano ukupno 207 osoba."),
    ("sl", "Od poletja je bilo pomiloščenih skupaj 300 ljudi."),
]


@pytest.mark.parametrize(("language", "text"), TOTALS, ids=[str(i) for i in range(len(TOTALS))])
def test_a_total_alone_stays_a_running_total(language: str, text: str) -> None:
    assert stated(text, language) == []


# a count of people still held opening the next clause after a comma is that clause's
HELD_LATER = [
    ("sl", "Lukašenko je pomilostil 30 ljudi, v zaporih pa jih ostaja še 1400.", [(P, 30, None)]),
    ("hr", "Lukašenko je u petak pomilovao 30 osoba, u zatvorima ih je i dalje više od tisuću.",
     [(P, 30, "2025-12-12")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), HELD_LATER,
                         ids=[str(i) for i in range(len(HELD_LATER))])
def test_a_held_count_after_a_comma_leaves_the_event(
        language: str, text: str, expected: list) -> None:
    assert stated(text, language) == expected


# still held right after the count, or in a relative clause: no count of the event
HELD = [
    ("sl", "Izpustili so 30 ljudi, ki so še vedno v zaporu.", []),
    ("hr", "Oslobođeno je 20 ljudi, a 1200 ih je još u zatvoru.", [(R, 20, None)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), HELD,
                         ids=[str(i) for i in range(len(HELD))])
def test_still_held_stays_no_event(language: str, text: str, expected: list) -> None:
    assert stated(text, language) == expected


def test_a_participle_of_prison_after_a_comma_stays_held() -> None:
    text = ("Predsednik je izpustitev pozdravil, a dodal, da v zaporih še vedno ostaja več kot "
            "tisoč ljudi, zaprtih iz političnih razlogov.")
    assert stated(text, "sl") == []
