"""Fourth sweep of Ukrainian, Polish and Russian: new wording from development set I4.

What the set showed to be weak: a day of the month told as an ordinal word ("Шестнадцатого
сентября", "Шістнадцятого вересня", "Dwudziestego listopada"); a Polish offset tied to an
after-clause or noun ("dwa dni po tym, jak ... ułaskawił", "pięć dni po uwolnieniu"); a
gapped clause that opens with an offset ("а через два дня — ещё 31", "a trzy tygodnie
później – w sobotę – kolejne 23"), which also shares its verb's doer; a later clause that
names the act itself and dates it ("...; решение было принято во вторник", "do uwolnienia
doszło we wtorek"); Russian "накануне" before a verb; "a już po południu", "а уже
вечером" (the same day); "other" or "further" sanctions lifted (an easing); denials told
as "отрицают, что", "заперечила, що", "zaprzeczyły, jakoby"; the Polish border crossed
with the object first; citizens as a sanctions listing. The last cases of each table use
the same words in another sense. Ukrainian names that open with Є, Ї or Ґ ("ЄС", "Євросоюз")
are names again, and "оголосили про санкції проти" imposes sanctions.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none, published on
Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import found, stated

R = "reported"

ORDINAL_DAYS = [
    ('ru', "Двадцать восьмого декабря 2024 года Лукашенко помиловал двадцать человек.",
     [('pardon', 20, '2024-12-28', R)]),
    ('ru', "Девятого декабря Лукашенко помиловал 29 осуждённых.", [('pardon', 29, '2025-12-09', R)]),
    ('uk', "Четвертого вересня Лукашенко помилував тридцять засуджених.",
     [('pardon', 30, '2025-09-04', R)]),
    ('uk', "Дев'ятого грудня білоруський лідер помилував 29 осіб.", [('pardon', 29, '2025-12-09', R)]),
    ('pl', "Szesnastego września Łukaszenka ułaskawił 37 osób.", [('pardon', 37, '2025-09-16', R)]),
    ('pl', "Dwudziestego drugiego listopada Łukaszenka ułaskawił 31 Ukraińców.",
     [('pardon', 31, '2025-11-22', R)]),
]

OFFSET_CLAUSES = [
    # the after-clause's act is counted back from the main clause's day
    ('pl', "Władze uwolniły w czwartek 40 więźniów, dwa dni po tym, jak prezydent ich ułaskawił.",
     [('pardon', 40, '2025-12-09', R), ('release', 40, '2025-12-11', R)]),
    ('pl', "We wtorek, trzy dni po uwolnieniu 14 więźniów, Łukaszenka ułaskawił 20 osób.",
     [('pardon', 20, '2025-12-09', R), ('release', 14, '2025-12-06', R)]),
    # "po dwóch dniach" still counts forward from the event told before
    ('pl', "W środę Białoruś uwolniła 16 więźniów. Po dwóch dniach USA złagodziły sankcje wobec "
           "Belavii.", [('release', 16, '2025-12-10', R), ('sanctions_eased', None, '2025-12-12', R)]),
    ('pl', "W środę Białoruś uwolniła 16 więźniów. Dwa dni później USA złagodziły sankcje wobec "
           "Belavii.", [('release', 16, '2025-12-10', R), ('sanctions_eased', None, '2025-12-12', R)]),
]

GAPPED_OFFSETS = [
    ('ru', "В понедельник Лукашенко помиловал 29 человек, а через три дня — ещё 20.",
     [('pardon', 20, '2025-12-11', R), ('pardon', 29, '2025-12-08', R)]),
    ('ru', "В понедельник Лукашенко помиловал 29 человек, а три дня спустя — ещё 20 осуждённых.",
     [('pardon', 20, '2025-12-11', R), ('pardon', 29, '2025-12-08', R)]),
    ('uk', "У понеділок Лукашенко помилував 29 осіб, а через три дні — ще 20.",
     [('pardon', 20, '2025-12-11', R), ('pardon', 29, '2025-12-08', R)]),
    ('pl', "W poniedziałek Łukaszenka ułaskawił 29 osób, a trzy dni później – kolejnych 20.",
     [('pardon', 20, '2025-12-11', R), ('pardon', 29, '2025-12-08', R)]),
    # the gapped clause names its own day after the offset
    ('pl', "Pod koniec listopada Łukaszenka ułaskawił 31 osób, a dwa tygodnie później – w "
           "czwartek – kolejne 20.", [('pardon', 20, '2025-12-11', R), ('pardon', 31, '2025-11-01', R)]),
    # an ordinary gapped clause with its date is unchanged
    ('ru', "7 ноября на свободу вышел 31 человек, а 20 ноября — ещё 32.",
     [('release', 31, '2025-11-07', R), ('release', 32, '2025-11-20', R)]),
]

# the gapped clause shares its verb's doer: (type, date, count, modality, actor)
GAPPED_DOERS = [
    ('ru', "В четверг Лукашенко помиловал двух священников, а через два дня — ещё 31 гражданина "
           "Украины.", [('pardon', '2025-12-11', 2, R, 'Belarus'), ('pardon', '2025-12-13', 31, R, 'Belarus')]),
    ('pl', "W czwartek Łukaszenka ułaskawił dwóch księży, a po dwóch dniach – kolejnych 31 "
           "Ukraińców.", [('pardon', '2025-12-11', 2, R, 'Belarus'), ('pardon', '2025-12-13', 31, R, 'Belarus')]),
]

# Ukrainian capitals Є, Ї, Ґ open a name ("ЄС", "Євросоюз"): (type, date, count, modality, actor)
UK_ACTORS = [
    ('uk', "У понеділок ЄС запровадив санкції проти 28 посадовців.",
     [('sanctions_imposed', '2025-12-08', 28, R, 'EU')]),
    ('uk', "Євросоюз у понеділок запровадив обмежувальні заходи проти 25 суддів.",
     [('sanctions_imposed', '2025-12-08', 25, R, 'EU')]),
    # the United Kingdom by its Polish, Russian and Ukrainian case forms
    ('pl', "We wtorek rząd Wielkiej Brytanii nałożył sankcje na 20 osób.",
     [('sanctions_imposed', '2025-12-09', 20, R, 'UK')]),
    ('uk', "У вівторок Велика Британія запровадила санкції проти шести осіб.",
     [('sanctions_imposed', '2025-12-09', 6, R, 'UK')]),
]

LATER_CLAUSE = [
    # a later clause or lead that names the act itself dates it
    ('ru', "Минфин США исключил «Белавиа» из списка SDN; решение было принято во вторник.",
     [('sanctions_lifted', None, '2025-12-09', R)]),
    ('pl', "Iran uwolnił dwóch Francuzów; do uwolnienia doszło we wtorek.",
     [('release', 2, '2025-12-09', R)]),
    ('pl', "USA skreśliły Belavię z czarnej listy; decyzja zapadła we wtorek.",
     [('sanctions_lifted', None, '2025-12-09', R)]),
    ('ru', "Лукашенко помиловал 22 человека. Указ подписан в воскресенье.",
     [('pardon', 22, '2025-12-07', R)]),
    # another act's date in a later clause is not this one's
    ('ru', "Минфин США исключил «Белавиа» из списка SDN, а во вторник Минск освободил 52 человека.",
     [('release', 52, '2025-12-09', R), ('sanctions_lifted', None, None, R)]),
]

SAME_DAY = [
    ('ru', "Совет ЕС накануне одобрил новый пакет санкций против Беларуси.",
     [('sanctions_imposed', None, '2025-12-12', R)]),
    ('ru', "Накануне праздника Лукашенко помиловал 16 человек.", [('pardon', 16, None, R)]),
    ('pl', "Spotkanie Coale'a z Łukaszenką odbyło się w czwartek, a już po południu granicę z "
           "Litwą przekroczyło 52 więźniów.", [('release', 52, '2025-12-11', R), ('talks', None, '2025-12-11', R)]),
    ('ru', "Коул встретился с Лукашенко в четверг, а уже вечером 52 политзаключённых пересекли "
           "границу с Литвой.", [('release', 52, '2025-12-11', R), ('talks', None, '2025-12-11', R)]),
    ('uk', "Коул зустрівся з Лукашенком у четвер, а вже ввечері 52 політв'язні перетнули кордон з "
           "Литвою.", [('release', 52, '2025-12-11', R), ('talks', None, '2025-12-11', R)]),
]

WORDS = [
    # other or further sanctions lifted: an easing
    ('ru', "США могут снять санкции и с других белорусских компаний.",
     [('sanctions_eased', None, None, 'expected')]),
    ('uk', "США можуть зняти санкції з інших білоруських підприємств.",
     [('sanctions_eased', None, None, 'expected')]),
    ('pl', "USA mogą znieść kolejne sankcje wobec Białorusi.", [('sanctions_eased', None, None, 'expected')]),
    ('ru', "В среду США сняли санкции с «Белавиа».", [('sanctions_lifted', None, '2025-12-10', R)]),
    # denials of a release
    ('ru', "Власти Ирана отрицают, что освободили двух британцев.", [('release', 2, None, 'denied')]),
    ('uk', "Влада Ірану заперечила, що звільнила двох британців.", [('release', 2, None, 'denied')]),
    ('pl', "Władze Iranu zaprzeczyły, jakoby uwolniły dwóch Brytyjczyków.",
     [('release', 2, None, 'denied')]),
    # the border crossed with the object first; citizens listed
    ('pl', "W czwartek granicę z Litwą przekroczyło 14 więźniów politycznych.",
     [('release', 14, '2025-12-11', R)]),
    ('pl', "Kanada nałożyła w poniedziałek sankcje na 20 obywateli Rosji.",
     [('sanctions_imposed', 20, '2025-12-08', R)]),
    # the same words in another sense
    ('pl', "W piątek granicę z Polską przekroczyło 300 ciężarówek.", []),
    # a named person and "at least ... more": the hedge may stand before "ещё" / "ще"
    ('ru', "Григорий Костусев и как минимум ещё четверо политзаключённых вышли во вторник на "
           "свободу.", [('release', 5, '2025-12-09', R)]),
    ('uk', "Григорій Костусьов і щонайменше ще четверо політв'язнів вийшли на волю у вівторок.",
     [('release', 5, '2025-12-09', R)]),
    # who is still held is no release
    ('pl', "Według obrońców praw człowieka za kratami wciąż przebywa jednak blisko 1200 osób.", []),
    ('ru', "Первого заместителя министра уволили в четверг.", []),
    ('uk', "Влада заперечила, що підвищить ціни на газ.", []),
    ('uk', "США оголосили про санкції проти 19 осіб і 14 компаній.",
     [('sanctions_imposed', 33, None, R)]),
    ('uk', "Мерія оголосила про обмеження руху в центрі міста.", []),
]


@pytest.mark.parametrize(("language", "sentence", "expected"),
                         ORDINAL_DAYS + OFFSET_CLAUSES + GAPPED_OFFSETS + LATER_CLAUSE
                         + SAME_DAY + WORDS)
def test_sweep4_sentence(language: str, sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "sentence", "expected"), GAPPED_DOERS + UK_ACTORS)
def test_sweep4_gapped_doer(language: str, sentence: str, expected: list[tuple]) -> None:
    assert found(sentence, language) == sorted(expected)
