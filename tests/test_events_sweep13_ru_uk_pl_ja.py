"""Thirteenth sweep of Russian, Ukrainian, Polish, Japanese and Lithuanian (fifteenth round):
what the development pages of these languages taught, as general causes.

"The next exchange may take place within weeks" ("следующий обмен может состояться",
"наступний етап обміну очікується", "kolejne wymiany są już przygotowywane") awaits a release:
the exchange named by "next / further" stands for its people, as it does in English
("another swap"); an exchange of views or of currency is none.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none (or when it
is the publication date the text does not state), published on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import stated

R, E = "reported", "expected"

NEXT_EXCHANGE = [
    # the next exchange awaited: a release expected, no number, no day
    ('ru', "По данным источника, следующий обмен может состояться уже в январе.",
     [('release', None, '2026-01-01', E)]),
    ('ru', "Дальнейший обмен пока только ожидается.",
     [('release', None, None, E)]),
    ('uk', "У штабі кажуть, що наступний етап обміну очікується найближчим часом.",
     [('release', None, None, E)]),
    ('uk', "Наступний обмін може відбутися вже наступного тижня.",
     [('release', None, '2025-12-15', E)]),
    ('pl', "Według urzędników kolejne wymiany są już przygotowywane.",
     [('release', None, None, E)]),
    ('pl', "Następna wymiana może odbyć się jeszcze przed świętami.",
     [('release', None, None, E)]),
    # an exchange of views, of data or of currency is no release
    ('ru', "Следующий обмен мнениями может состояться в Женеве.", []),
    ('uk', "Наступний обмін думками може відбутися в Женеві.", []),
    ('pl', "Kolejna wymiana doświadczeń może odbyć się w Warszawie.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), NEXT_EXCHANGE)
def test_sweep13_ru_uk_pl_ja_next_exchange(language: str, text: str,
                                           expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)
