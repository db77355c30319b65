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
from eventcases import SAT, stated

from toolkit.events import events_from_text

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


ALL_OF_THEM = [
    ('ru', "В субботу Лукашенко помиловал 25 граждан Литвы. Все они переданы литовской стороне.",
     [('pardon', 25, '2025-12-13', R), ('release', 25, '2025-12-13', R)]),
    ('ru', "В пятницу президент помиловал 25 осуждённых. Всех их передали Литве.",
     [('pardon', 25, '2025-12-12', R), ('release', 25, '2025-12-12', R)]),
    # the same people pardoned again in other words: one pardon
    ('ru', "В субботу Лукашенко помиловал 25 человек. Все они были помилованы по просьбе "
           "родственников.",
     [('pardon', 25, '2025-12-13', R)]),
    # "all these" still points back: no new release of its own
    ('ru', "В субботу Лукашенко помиловал 25 человек. Все эти люди освобождены.",
     [('pardon', 25, '2025-12-13', R)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), ALL_OF_THEM)
def test_sweep13_ru_uk_pl_ja_all_of_them(language: str, text: str,
                                         expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


def _dated(text: str, language: str, dateline: str | None) -> list[tuple]:
    rows = events_from_text(text, SAT, language, dateline=dateline)
    return sorted((r["event_type"], int(r["count"]) if r["count"] is not None else None,
                   None if r["date_basis"] == "published" else str(r["date"].date()))
                  for r in rows)


SPLIT_DATELINE = [
    # the dateline the loader took off the lead dates it, and its people handed over
    ('ru', "Президент Беларуси помиловал 31 гражданина Украины. Все они переданы украинской "
           "стороне, сообщила пресс-служба.", "МИНСК, 13 декабря",
     [('pardon', 31, '2025-12-13'), ('release', 31, '2025-12-13')]),
    ('uk', "Лукашенко помилував 31 громадянина України. Усіх їх передали українській стороні.",
     "МІНСЬК, 13 грудня", [('pardon', 31, '2025-12-13'), ('release', 31, '2025-12-13')]),
    ('en', "The president pardoned 31 prisoners, his office said.", "MINSK, Dec 13",
     [('pardon', 31, '2025-12-13')]),
    # an agency's name left before the lead is no sentence of the lead
    ('en', "Agency. Wire. The president pardoned 31 prisoners.", "MINSK, Dec 13",
     [('pardon', 31, '2025-12-13')]),
    # the lead's own day wins
    ('ru', "В четверг президент Беларуси помиловал 31 гражданина Украины.", "МИНСК, 13 декабря",
     [('pardon', 31, '2025-12-11')]),
    # no date in the dateline, or none given: undated as before
    ('en', "The president pardoned 31 prisoners, his office said.", "MINSK",
     [('pardon', 31, None)]),
    ('ru', "Президент Беларуси помиловал 31 гражданина Украины. Все они переданы украинской "
           "стороне.", None, [('pardon', 31, None), ('release', 31, None)]),
    # only the paragraph the dateline opened
    ('en', "Agency news.\n\nThe president pardoned 31 prisoners.", "MINSK, Dec 13",
     [('pardon', 31, None)]),
    # a text that still opens with its dateline reads it once
    ('ru', "МИНСК, 13 декабря — Президент Беларуси помиловал 31 гражданина Украины.",
     "МИНСК, 13 декабря", [('pardon', 31, '2025-12-13')]),
]


@pytest.mark.parametrize(("language", "text", "dateline", "expected"), SPLIT_DATELINE)
def test_sweep13_ru_uk_pl_ja_split_dateline(language: str, text: str, dateline: str | None,
                                            expected: list[tuple]) -> None:
    assert _dated(text, language, dateline) == expected
