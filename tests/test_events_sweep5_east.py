"""Fifth sweep of Russian, Ukrainian, Polish and Lithuanian: what development pages P32 taught.

The pages were whole saved pages: an explainer whose timeline tells later pardons as
elliptical entries ("4 сентября — ещё 30."), a lead that names its own day as today
("Сегодня, 28 декабря, ..."), a page address joined to a line of menus, present-tense
timeline verbs ("выходят на свободу", "вносит в санкционный список"), demands addressed to
"the authorities in Minsk", pardons "at the request of" the Vatican, and a look-alike ("it
was not an exchange"). The last cases of each table are the quiet ones.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)`` or, where the actor is checked, ``(type, date, count,
modality, actor)``; the date is None when the text states none, published on Saturday
2025-12-13.
"""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import found, stated

from toolkit.clean.pages import parse_text
from toolkit.events import events_from_text, load_patterns
from toolkit.events.docdate import document_date

R = "reported"
D = "demanded"

TIMELINE_ENTRIES = [
    # an entry that names no event tells another of the kind above it, on its own day
    ('ru', "14 августа — помилованы 25 человек.\n2 сентября — ещё 18.\n"
           "19 октября, в канун праздника, — 40.\n3 ноября — 12 человек.",
     [('pardon', 12, '2025-11-03', R), ('pardon', 18, '2025-09-02', R),
      ('pardon', 25, '2025-08-14', R), ('pardon', 40, '2025-10-19', R)]),
    ('uk', "14 серпня — помилувано 25 осіб.\n2 вересня — ще 18.",
     [('pardon', 18, '2025-09-02', R), ('pardon', 25, '2025-08-14', R)]),
    ('pl', "14 sierpnia – ułaskawiono 25 osób.\n2 września – kolejne 18.",
     [('pardon', 18, '2025-09-02', R), ('pardon', 25, '2025-08-14', R)]),
    # a page reader's blank lines between entries do not end the timeline; a line that is
    # no entry does, and an entry without a number tells nothing
    ('ru', "14 августа — помилованы 25 человек.\n\n2 сентября — ещё 18.",
     [('pardon', 18, '2025-09-02', R), ('pardon', 25, '2025-08-14', R)]),
    ('ru', "14 августа — помилованы 25 человек.\nПосле этого был перерыв.\n2 сентября — ещё 18.",
     [('pardon', 25, '2025-08-14', R)]),
    ('ru', "14 августа — помилованы 25 человек.\n2 сентября — заседание парламента.",
     [('pardon', 25, '2025-08-14', R)]),
]

WORDS = [
    # present tense of a timeline, and talks told with the imperfective
    ('ru', "3 мая — на свободу выходят 12 политзаключённых.", [('release', 12, '2025-05-03', R)]),
    ('ru', "7 мая — Минфин США вносит в санкционный список девять человек.",
     [('sanctions_imposed', 9, '2025-05-07', R)]),
    ('ru', "Делегации Литвы и Польши встречались в октябре в Варшаве.",
     [('talks', None, '2025-10-01', R)]),
    # a demand reaching its noun past two adjectives
    ('pl', "MSZ wezwało władze w Mińsku do natychmiastowego i bezwarunkowego uwolnienia "
           "dziennikarza.", [('release', None, None, D)]),
    # look-alikes
    ('ru', "Подобные формулировки встречались и раньше.", []),
    ('pl', "Rzecznik podkreślił, że nie była to wymiana więźniów.", []),
]

ACTORS = [
    # the authorities in a capital are the party asked to act
    ('pl', "MSZ wezwało władze w Mińsku do uwolnienia dziennikarza.",
     [('release', None, None, D, 'Belarus')]),
    ('ru', "МИД Литвы призвал власти в Минске освободить журналиста.",
     [('release', None, None, D, 'Belarus')]),
    ('uk', "МЗС Литви закликало владу в Мінську звільнити журналіста.",
     [('release', None, None, D, 'Belarus')]),
    # who asks does not act
    ('uk', "У четвер Лукашенко на прохання Ватикану помилував двох священників.",
     [('pardon', '2025-12-11', 2, R, 'Belarus')]),
    ('ru', "В четверг Лукашенко по просьбе Ватикана помиловал двух священников.",
     [('pardon', '2025-12-11', 2, R, 'Belarus')]),
    ('pl', "Na prośbę Watykanu Łukaszenka ułaskawił w czwartek dwóch księży.",
     [('pardon', '2025-12-11', 2, R, 'Belarus')]),
    ('lt', "Lukašenka popiežiaus prašymu ketvirtadienį pasigailėjo dviejų kunigų.",
     [('pardon', '2025-12-11', 2, R, 'Belarus')]),
    # nor does the visitor of a visit (an agentless passive stays without a doer)
    ('lt', "Birželį, po JAV pasiuntinio Keitho Kelloggo vizito Minske, į laisvę buvo išleisti "
           "14 žmonių.", [('release', '2025-06-01', 14, R, None)]),
    ('lt', "Lukašenka po JAV pasiuntinio vizito ketvirtadienį paleido 14 kalinių.",
     [('release', '2025-12-11', 14, R, 'Belarus')]),
]


@pytest.mark.parametrize(("language", "text", "expected"), TIMELINE_ENTRIES + WORDS)
def test_sweep5_east_events(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), ACTORS)
def test_sweep5_east_actors(language: str, text: str, expected: list[tuple]) -> None:
    assert found(text, language) == sorted(expected)


TODAY = [
    # a day the lead calls today takes the latest year the page states
    ('ru', "Сегодня, 28 декабря, Лукашенко помиловал 20 человек.\n\n2024\n9 декабря — 29.",
     "2024-12-28"),
    ('en', "Today, 28 December, Lukashenko pardoned 20 people.\n\n© 2024 The Example Times",
     "2024-12-28"),
    ('pl', "Dziś, 28 grudnia, Łukaszenka ułaskawił 20 osób.\n\n© 2024 Portal", "2024-12-28"),
    # without a stated year the day stays unknown
    ('ru', "Сегодня, 28 декабря, Лукашенко помиловал 20 человек.", None),
]


@pytest.mark.parametrize(("language", "text", "expected"), TODAY)
def test_sweep5_east_today_dates_the_page(language: str, text: str,
                                          expected: str | None) -> None:
    day, basis = document_date(text, load_patterns(language))
    assert (None if day is None else str(day.date())) == expected
    assert basis == ("visible_date" if expected else None)


def test_sweep5_east_today_dates_events_of_an_undated_page() -> None:
    text = ("Сегодня, 28 декабря, Лукашенко помиловал ещё 20 человек.\n\n2024\n"
            "9 декабря — помилованы 29 человек.")
    rows = events_from_text(text, None, "ru")
    assert sorted((str(r["date"].date()), int(r["count"])) for r in rows) == [
        ("2024-12-09", 29), ("2024-12-28", 20)]


def test_sweep5_east_page_address_joined_to_menus_dates_the_page() -> None:
    page = ("Новини Заходу | novyny.example\n"
            "Головна  Новини  Світ  Спорт https://novyny.example/svit/2025/11/23/pomyluvannia\n\n"
            "Лукашенко помилував 31 українця: їх уже передали Україні\n\n"
            "Олександр Лукашенко в суботу помилував 31 громадянина України, засудженого в "
            "Білорусі. Помилуваних уже передали українській стороні, повідомили в Києві.\n\n"
            "© 2025 Новини Заходу")
    assert pd.Timestamp(parse_text(page)["published"]).date() == pd.Timestamp("2025-11-23").date()
