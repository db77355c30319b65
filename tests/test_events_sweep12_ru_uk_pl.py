"""Twelfth sweep of Russian, Ukrainian and Polish: what the blind development pages P90 and P91
and the older ru/uk/pl development pages taught, as general causes.

An agency page tells the day's news in a headline and a lead with no date word, under a
time-stamp line the loader reads as the publication date ("Лукашенко помиловал 31 гражданина
Украины" over "... подписал указ о помиловании 31 гражданина Украины"): the page's day is the
day of that happening, and of the people of it handed over in the head ("Помилованные
переданы Украине"). A text with no head line (a sentence set's item) keeps such a sentence
undated.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none (or when it
is the publication date the text does not state), published on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import SAT, stated

from toolkit.events import events_from_text

R, E = "reported", "expected"

PAGE_NEWS = [
    # a head line and its lead, both undated: the news of the page's day
    ('ru', "Новости\n\nЛукашенко помиловал 40 осуждённых\n\nПрезидент Беларуси Александр "
           "Лукашенко подписал указ о помиловании 40 осуждённых. Об этом сообщила пресс-служба.",
     [('pardon', 40, '2025-12-13', R)]),
    ('ru', "Лукашенко помиловал 40 осуждённых\n\nПрезидент подписал указ о помиловании 40 "
           "осуждённых, сообщили в администрации. Решение принято по просьбе родственников. "
           "Помилованные переданы Литве.",
     [('pardon', 40, '2025-12-13', R), ('release', 40, '2025-12-13', R)]),
    ('uk', "Головна / Світ\n\nЛукашенко помилував 40 засуджених\n\nБілоруський лідер Олександр "
           "Лукашенко помилував 40 засуджених, повідомила його пресслужба. Рішення ухвалили "
           "напередодні свята.",
     [('pardon', 40, '2025-12-13', R)]),
    ('pl', "Świat\n\nŁukaszenka ułaskawił 40 skazanych\n\nPrezydent Białorusi Alaksandr "
           "Łukaszenka ułaskawił 40 skazanych, poinformowała jego służba prasowa. Ułaskawieni "
           "zostali przekazani Litwie.",
     [('pardon', 40, '2025-12-13', R), ('release', 40, '2025-12-13', R)]),
    # the lead's own day wins
    ('ru', "Лукашенко помиловал 40 осуждённых\n\nВ четверг президент подписал указ о "
           "помиловании 40 осуждённых.",
     [('pardon', 40, '2025-12-11', R)]),
    # the lead tells another number: no telling of the head line's news
    ('ru', "Лукашенко помиловал 40 осуждённых\n\nПрезидент подписал указ о помиловании 12 "
           "женщин.",
     [('pardon', 12, None, R), ('pardon', 40, None, R)]),
    # no head line (a sentence set's item): undated as before
    ('ru', "Лукашенко помиловал 40 осуждённых. Помилованные переданы Литве.",
     [('pardon', 40, None, R), ('release', 40, None, R)]),
    ('ru', "Президент подписал указ о помиловании 40 осуждённых.", [('pardon', 40, None, R)]),
    # a head line with no count is left alone
    ('ru', "Лукашенко помиловал осуждённых\n\nПрезидент подписал указ о помиловании "
           "осуждённых, сообщила пресс-служба.",
     []),
]


@pytest.mark.parametrize(("language", "text", "expected"), PAGE_NEWS)
def test_sweep12_ru_uk_pl_page_news(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


HOMOGRAPHS = [
    # "Того" opening a sentence is the demonstrative (that year, the same day), not Togo
    ('uk', "Того року з 10 по 11 грудня тривали переговори Лукашенка з американським посланцем.",
     [('talks', 'Belarus/US')]),
    ('ru', "Того же года Минск провёл переговоры с США.", [('talks', 'Belarus/US')]),
    ('ru', "«Того же дня Минск провёл переговоры с США».", [('talks', 'Belarus/US')]),
    # the country inside a sentence stays the country
    ('uk', "Президент Того помилував 12 засуджених.", [('pardon', 'Togo')]),
    ('ru', "Власти Того освободили 12 заключённых.", [('release', 'Togo')]),
]


@pytest.mark.parametrize(("language", "text", "expected"), HOMOGRAPHS)
def test_sweep12_ru_uk_pl_country_homographs(language: str, text: str,
                                             expected: list[tuple]) -> None:
    rows = events_from_text(text, SAT, language)
    assert sorted((r["event_type"], r["actor"]) for r in rows) == expected


THE_REST = [
    # "the rest" awaited: the people of the release told before
    ('ru', "Как минимум трое вышли на свободу в пятницу, остальные, вероятно, будут "
           "освобождены в ближайшие дни.",
     [('release', 3, '2025-12-12', R), ('release', None, None, E)]),
    ('ru', "Остальных заключённых освободят позже.", [('release', None, None, E)]),
    ('ru', "Остальные будут помилованы к Новому году.", [('pardon', None, None, E)]),
    # told as done with no number and no day: no new event, as before
    ('ru', "Остальные были освобождены.", []),
    # an exchange of detainees
    ('ru', "Две страны в среду обменялись задержанными: каждая сторона передала другой по "
           "семь человек.",
     [('release', 7, '2025-12-10', R)]),
    ('ru', "Полиция обменялась данными о задержанных.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), THE_REST)
def test_sweep12_ru_uk_pl_the_rest(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)
