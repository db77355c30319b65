"""A part of a count is not the count: "30 prisoners, 14 of them women" is 30.

The words that introduce a part are data: ``subgroup`` (before the part's number:
"among them", "dont", "w tym", "серед них") and ``subgroup_after`` (right after it:
"of them", "dei quali", "de ellos", "von ihnen") in each language's pattern file.
The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from tests.eventcases import found
from toolkit.events.counts import find_counts
from toolkit.events.patterns import load_patterns

CASES = [
    ("en", "Lukashenko pardoned 29 people on Monday, 11 of them women.", "pardon", 29),
    ("fr", "Vingt-deux détenus, dont quinze femmes, ont été graciés samedi.", "pardon", 22),
    ("it", "Ventidue detenuti, quindici dei quali donne, sono stati graziati sabato.", "pardon", 22),
    ("es", "Treinta presos, catorce de ellos mujeres, fueron liberados el sábado.", "release", 30),
    ("pt", "Trinta presos, catorze deles mulheres, foram libertados no sábado.", "release", 30),
    ("lt", "Dvidešimt politinių kalinių, tarp jų vienuolika moterų, šeštadienį buvo paleisti.",
     "release", 20),
    ("pl", "W sobotę uwolniono 30 więźniów, w tym 14 kobiet.", "release", 30),
    ("ru", "В субботу были освобождены 30 заключённых, из них 14 женщин.", "release", 30),
    ("uk", "У суботу звільнили 30 в'язнів, серед них 14 жінок.", "release", 30),
    ("cs", "V sobotu bylo propuštěno 30 vězňů, z toho 14 žen.", "release", 30),
    ("hr", "U subotu je pušteno 30 zatvorenika, među njima 14 žena.", "release", 30),
    ("nl", "Zaterdag werden 30 gevangenen vrijgelaten, 14 van hen vrouwen.", "release", 30),
    ("de", "Am Samstag kamen 30 Gefangene frei, 14 von ihnen Frauen.", "release", 30),
]


@pytest.mark.parametrize(("lang", "sentence", "event_type", "count"), CASES,
                         ids=[c[0] for c in CASES])
def test_the_whole_is_the_count(lang: str, sentence: str, event_type: str, count: int) -> None:
    got = [e for e in found(sentence, lang) if e[0] == event_type]
    assert [e[2] for e in got] == [count], got


def test_a_part_is_left_out_only_after_a_whole() -> None:
    # "of them" after a number marks a part only when a count came before it in the clause
    pats = load_patterns("en")
    alone, after_whole = "11 of them women", "29 people, 11 of them women"
    assert [c.value for c in find_counts(alone, 0, len(alone), "people", pats)] == [11]
    assert [c.value for c in find_counts(after_whole, 0, len(after_whole), "people", pats)] == [29]
