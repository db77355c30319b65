"""Sixth sweep of Russian, Ukrainian, Polish and Lithuanian: what development pages P41 taught.

The pages were whole saved pages: an explainer, agency copy, a live blog, a TV page on
another country's swap, a regional paper, a round-up of look-alikes, a regional portal
and a questions-and-answers explainer. They taught what a party strives for is no event
("добиться ослабления санкций", "siekia, jog Vašingtonas atšauktų"), that a pardon's
handovers may be told as a list ("9 из них ..., а 114 ..."), a few words and dates
("на волю не вийшов", "mógłby ... gdyby", "в начале месяца", "įtraukė 25 asmenis ir 7
subjektus") and three page-date clues (a year-less head line with its weekday after the
date, a headline that opens with its day, a date line parted by spaces). The last cases
of each table are the quiet ones.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none,
published on Saturday 2025-12-13.
"""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import stated

from toolkit.clean.pages import parse_text

R = "reported"
E = "expected"
N = "denied"

AIMS = [
    # what a party strives for, counts on or hopes to obtain is no event ...
    ('ru', "Власти в Минске рассчитывают добиться отмены американских санкций против калийщиков.",
     []),
    ('ru', "Во вторник Лукашенко помиловал 18 человек, надеясь на смягчение санкций США.",
     [('pardon', 18, '2025-12-09', R)]),
    ('uk', "У середу Мінськ звільнив 12 людей, розраховуючи на послаблення санкцій з боку "
           "Вашингтона.", [('release', 12, '2025-12-10', R)]),
    ('uk', "Білоруська влада прагне домогтися зняття санкцій із «Білоруськалію».", []),
    ('pl', "W piątek Łukaszenka uwolnił 20 osób, licząc na złagodzenie sankcji przez Waszyngton.",
     [('release', 20, '2025-12-12', R)]),
    ('pl', "Mińsk od miesięcy dąży do zniesienia amerykańskich sankcji na nawozy.", []),
    ('lt', "Minskas siekia, kad JAV panaikintų sankcijas kalio trąšoms.", []),
    ('lt', "Penktadienį Minskas paleido 20 kalinių, siekdamas sankcijų sušvelninimo.",
     [('release', 20, '2025-12-12', R)]),
    # ... while a demand stays a demand
    ('ru', "Оппозиция добивается освобождения всех политзаключённых.",
     [('release', None, None, 'demanded')]),
]

HANDOVERS = [
    # a pardon's handovers told as a list: one release per destination, each its own count
    ('ru', "В субботу Лукашенко помиловал 40 человек: 6 из них вывезли в Вильнюс, а 34 "
           "передали Украине.",
     [('pardon', 40, '2025-12-13', R), ('release', 34, '2025-12-13', R),
      ('release', 6, '2025-12-13', R)]),
    ('ru', "В субботу Лукашенко помиловал 40 человек, из них 6 вывезли в Литву, остальные 34 "
           "передали Украине.",
     [('pardon', 40, '2025-12-13', R), ('release', 34, '2025-12-13', R),
      ('release', 6, '2025-12-13', R)]),
    ('uk', "У суботу Лукашенко помилував 40 людей. 6 із них вивезли до Вільнюса, а 34 передали "
           "Україні.",
     [('pardon', 40, '2025-12-13', R), ('release', 34, '2025-12-13', R),
      ('release', 6, '2025-12-13', R)]),
    ('lt', "Šeštadienį Lukašenka pasigailėjo 40 kalinių. 6 iš jų vakare atvežti į Vilnių, o 34 "
           "perduoti Ukrainai.",
     [('pardon', 40, '2025-12-13', R), ('release', 34, '2025-12-13', R),
      ('release', 6, '2025-12-13', R)]),
    ('pl', "W sobotę Łukaszenka ułaskawił 40 osób: 6 z nich przewieziono do Wilna.",
     [('pardon', 40, '2025-12-13', R), ('release', 6, '2025-12-13', R)]),
    # a part of a group in its own clause is not a count
    ('lt', "Šeštadienį Lukašenka pasigailėjo 40 kalinių, iš jų dvylikos moterų.",
     [('pardon', 40, '2025-12-13', R)]),
]

WORDS = [
    # a release denied with the negation inside the phrase
    ('uk', "Відомий правозахисник на волю так і не вийшов.", [('release', None, None, N)]),
    ('ru', "Известный правозащитник на свободу так и не вышел.", [('release', None, None, N)]),
    # a conditional is expected; the day of the saying is not the release's
    ('pl', "Łukaszenka mówił we wtorek, że dziennikarz mógłby wyjść na wolność, gdyby napisał "
           "prośbę o ułaskawienie.", [('release', None, None, E)]),
    # the beginning of this month, last month
    ('ru', "В начале месяца Минфин США уже исключил «Белавиа» из санкционного списка SDN.",
     [('sanctions_lifted', None, '2025-12-01', R)]),
    ('uk', "На початку місяця Мінфін США виключив «Белавіа» з санкційного списку SDN.",
     [('sanctions_lifted', None, '2025-12-01', R)]),
    ('pl', "W zeszłym miesiącu Waszyngton złagodził sankcje wobec Belavii.",
     [('sanctions_eased', None, '2025-11-01', R)]),
    # lifting further restrictions is an easing
    ('ru', "Аналитики не исключают, что Вашингтон может снять и другие ограничения.",
     [('sanctions_eased', None, None, E)]),
    # listings without the word "sanctions"; a refusal to ease
    ('lt', "Kovo 27 d. ES į sąrašą įtraukė 25 asmenis ir 7 subjektus.",
     [('sanctions_imposed', 32, '2025-03-27', R)]),
    ('lt', "Ministrai atmetė galimybę švelninti sankcijas Minskui.",
     [('sanctions_eased', None, None, N)]),
    # look-alikes: who is among those freed, what is no secret
    ('uk', "Серед тих, хто повернувся, — двоє журналістів і троє волонтерів.", []),
    ('ru', "Среди тех, кто вышел на свободу, — двое журналистов.", []),
    ('ru', "Минск не скрывает, что освобождения — часть торга с Вашингтоном.", []),
    ('uk', "Мінськ не приховує, що звільнення — частина торгу з Вашингтоном.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), AIMS)
def test_sweep6_east_aims_are_no_events(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), HANDOVERS)
def test_sweep6_east_handover_lists(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), WORDS)
def test_sweep6_east_words(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


PAGE_DATES = [
    # a year-less head line with its weekday after the date, under a line of menus
    ("Pamario žinios | pamariozinios.example\n"
     "Naujienos  Lietuva  Pasaulis  Sportas\n"
     "lapkričio 23 d., sekmadienis | Klaipėda +3 °C\n\n"
     "Lukašenka pasigailėjo 31 Ukrainos piliečio\n\n"
     "Baltarusijos vadovas šeštadienį pasigailėjo 31 Ukrainos piliečio, jie perduoti Ukrainai. "
     "Sprendimas priimtas po derybų su JAV atstovais, pranešė prezidento spaudos tarnyba.\n\n"
     "© 2025 Pamario žinios", "2025-11-23"),
    ("Новости Поволжья\nГлавная  Политика  Экономика\n22 ноября, суббота\n\n"
     "Лукашенко помиловал 31 гражданина Украины\n\n"
     "Президент Беларуси помиловал 31 гражданина Украины, все они переданы украинской "
     "стороне, сообщила пресс-служба белорусского лидера в субботу вечером.\n\n"
     "© 2025 Новости Поволжья", "2025-11-22"),
    # a headline that opens with the day it covers, before a colon
    ("Вечірній Дніпро | vechirnii.example\nНовини  Світ  Спорт\n\n"
     "Онлайн 22 листопада: Лукашенко помилував 31 українця\n\n"
     "Стрічку оновлюємо.\n\n"
     "18:10\nПомилуваних уже передали українській стороні на кордоні, повідомив "
     "Координаційний штаб.\n\n© 2025 Вечірній Дніпро", "2025-11-22"),
    # a date line whose year, month and day are parted by spaces
    ("Rytų žinios\nPradžia  Pasaulis\n\nLukašenka pasigailėjo 31 ukrainiečio\n\n"
     "Paskelbta: 2025 11 22 19:40 | Autorius: Redakcija\n\n"
     "Baltarusijos vadovas šeštadienį pasigailėjo 31 Ukrainos piliečio, pranešė jo spaudos "
     "tarnyba.", "2025-11-22"),
    # without a year anywhere the head line dates nothing
    ("Новости Поволжья\nГлавная  Политика  Экономика\n22 ноября, суббота\n\n"
     "Лукашенко помиловал 31 гражданина Украины\n\n"
     "Президент Беларуси помиловал 31 гражданина Украины, сообщила пресс-служба.", None),
]


@pytest.mark.parametrize(("page", "expected"), PAGE_DATES)
def test_sweep6_east_page_dates(page: str, expected: str | None) -> None:
    published = parse_text(page)["published"]
    assert (None if published is None else str(pd.Timestamp(published).date())) == expected


def test_sweep6_east_spaced_date_only_in_a_date_line() -> None:
    # a line of running text with numbers parted by spaces is no date line
    page = ("Rytų žinios\nPradžia  Pasaulis\n\nKalėjimuose lieka 2025 12 16 metų kalinių\n\n"
            "Tekstas be datos apie kalinius ir jų artimuosius, kurie laukia žinių jau kelerius "
            "metus ir vis dar tikisi, kad jų artimieji bus paleisti.")
    assert parse_text(page)["published"] is None
