"""Fourteenth sweep of Russian, Ukrainian, Polish, Lithuanian, Arabic and Dutch (sixteenth
round): what the blind development pages P104-P106 and the earlier development pages of
these languages taught, as general causes.

"Does not rule out that ..." ("не исключили, что", "не виключив, що", "nie wykluczył, że",
"neatmetė galimybės, kad", "sloot niet uit dat", "لم يستبعد أن") tells a step that may
come: expected, never a denial, in the perfective and impersonal forms as well; "in the new
year" / "next year" dates it at year level; mercy shown to convicts and convicts forgiven
("проявил милосердие к", "прощены", "okazał łaskę", "verleende genade aan") are a pardon,
and convicts let off serving the rest of a sentence ("atleisti nuo bausmės") are freed.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none (or when it
is the publication date the text does not state), published on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import stated

R, E, D = "reported", "expected", "denied"

NOT_RULED_OUT = [
    # the perfective and impersonal forms, with no subject between cue and verb
    ('ru', "Глава государства не исключил, что помилует ещё часть осуждённых.",
     [('pardon', None, None, E)]),
    ('ru', "В администрации не исключили, что до весны на свободу выйдут ещё 40 человек.",
     [('release', 40, None, E)]),
    ('ru', "Нельзя исключать, что власти отпустят ещё 30 политзаключённых.",
     [('release', 30, None, E)]),
    ('uk', "Лукашенко не виключив, що помилує ще частину засуджених.",
     [('pardon', None, None, E)]),
    ('uk', "Не можна виключати, що Мінськ звільнить ще 30 політв'язнів.",
     [('release', 30, None, E)]),
    ('pl', "Rzecznik nie wykluczył, że ułaskawi kolejnych więźniów.",
     [('pardon', None, None, E)]),
    ('pl', "Nie można wykluczyć, że Mińsk uwolni kolejnych 30 więźniów.",
     [('release', 30, None, E)]),
    ('lt', "Diplomatas neatmetė galimybės, kad Minskas paleis dar 20 politinių kalinių.",
     [('release', 20, None, E)]),
    ('lt', "Neatmetama, kad Vašingtonas panaikins sankcijas „Belaruskalij“.",
     [('sanctions_lifted', None, None, E)]),
    ('nl', "De diplomaat sloot niet uit dat Minsk nog 20 politieke gevangenen vrijlaat.",
     [('release', 20, None, E)]),
    ('nl', "Het is niet uitgesloten dat Loekasjenko nog 20 gevangenen gratie verleent.",
     [('pardon', 20, None, E)]),
    ('nl', "Washington sluit een verdere versoepeling van de sancties niet uit.",
     [('sanctions_eased', None, None, E)]),
    ('nl', "Een nieuwe vrijlating van gevangenen is niet uitgesloten.",
     [('release', None, None, E)]),
    ('ar', "ولم يستبعد الدبلوماسي أن تفرج مينسك عن 20 سجينا سياسيا آخرين.",
     [('release', 20, None, E)]),
    ('ar', "لا يستبعد مسؤولون أن يصدر لوكاشينكو عفوا عن 20 سجينا.",
     [('pardon', 20, None, E)]),
    ('ar', "ومن غير المستبعد أن ترفع واشنطن العقوبات عن شركة بيلافيا.",
     [('sanctions_lifted', None, None, E)]),
    # ruling a step out still denies it; a company not removed from a list stays listed
    ('ru', "Белавиа не исключена из санкционного списка.",
     [('sanctions_lifted', None, None, D)]),
    ('pl', "Mińsk wyklucza możliwość uwolnienia Poczobuta.", [('release', None, None, D)]),
    ('nl', "Brussel sluit een versoepeling van de sancties uit.",
     [('sanctions_eased', None, None, D)]),
    ('nl', "Een versoepeling van de sancties is uitgesloten.",
     [('sanctions_eased', None, None, D)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), NOT_RULED_OUT)
def test_sweep14_not_ruled_out(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


NEXT_YEAR = [
    ('ru', "В администрации ожидают, что в новом году помилование получат и другие осуждённые.",
     [('pardon', None, '2026-01-01', E)]),
    ('ru', "Лукашенко помилует ещё 20 осуждённых в будущем году.",
     [('pardon', 20, '2026-01-01', E)]),
    ('uk', "Мінськ звільнить ще 20 політв'язнів у новому році.",
     [('release', 20, '2026-01-01', E)]),
    ('uk', "Лукашенко помилує ще 20 засуджених в наступному році.",
     [('pardon', 20, '2026-01-01', E)]),
    ('pl', "Łukaszenka ułaskawi kolejnych 20 więźniów w nowym roku.",
     [('pardon', 20, '2026-01-01', E)]),
    ('lt', "Lukašenka ateinančiais metais pasigailės dar 20 kalinių.",
     [('pardon', 20, '2026-01-01', E)]),
    ('nl', "Loekasjenko zal in het nieuwe jaar nog 20 gevangenen gratie verlenen.",
     [('pardon', 20, '2026-01-01', E)]),
    ('ar', "ومن المتوقع أن يصدر لوكاشينكو عفوا عن 20 سجينا العام المقبل.",
     [('pardon', 20, '2026-01-01', E)]),
    # a pardons commission at work in the new year is no pardon
    ('ru', "В пресс-службе отметили, что комиссия по вопросам помилования продолжит работу "
           "и в новом году.", []),
    ('ru', "Комиссия по помилованию продолжит работу в новом году.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), NEXT_YEAR)
def test_sweep14_next_year(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


MERCY = [
    ('ru', "В пятницу президент проявил милосердие к 30 осуждённым.",
     [('pardon', 30, '2025-12-12', R)]),
    ('ru', "В пятницу глава государства проявил милосердие в отношении 30 заключённых.",
     [('pardon', 30, '2025-12-12', R)]),
    ('ru', "В сентябре указом главы государства прощены 25 осуждённых.",
     [('pardon', 25, '2025-09-01', R)]),
    ('ru', "В пятницу 30 осуждённых были прощены главой государства.",
     [('pardon', 30, '2025-12-12', R)]),
    ('uk', "У п'ятницю президент проявив милосердя до 30 засуджених.",
     [('pardon', 30, '2025-12-12', R)]),
    ('uk', "У п'ятницю указом президента прощено 30 засуджених.",
     [('pardon', 30, '2025-12-12', R)]),
    ('pl', "W piątek Łukaszenka okazał łaskę 30 więźniom politycznym.",
     [('pardon', 30, '2025-12-12', R)]),
    ('pl', "W piątek prezydent darował resztę kary 30 więźniom.",
     [('pardon', 30, '2025-12-12', R)]),
    ('nl', "Loekasjenko verleende vrijdag genade aan 30 gevangenen.",
     [('pardon', 30, '2025-12-12', R)]),
    ('nl', "Vrijdag toonde de president genade jegens 30 veroordeelden.",
     [('pardon', 30, '2025-12-12', R)]),
    # let off serving the rest of a sentence: freed, dated by its own weekday
    ('lt', "Penktadienį 30 nuteistųjų buvo atleisti nuo tolesnio bausmės atlikimo.",
     [('release', 30, '2025-12-12', R)]),
    ('lt', "Prezidentas penktadienį atleido 30 nuteistųjų nuo likusios bausmės.",
     [('release', 30, '2025-12-12', R)]),
    # debts forgiven, mercy urged for the elderly, workers laid off: no event
    ('ru', "Долги предприятий были прощены в пятницу.", []),
    ('ru', "Президент призвал проявить милосердие к пожилым людям.", []),
    ('lt', "Direktorius atleido 30 darbuotojų penktadienį.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), MERCY)
def test_sweep14_mercy(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


EARLIER = [
    # a sentence opened by "earlier" tells a step before the paragraph's dated one: no date
    # of its own, and not the day of the step told just before it
    ('ru', "15 декабря Минфин США выдал лицензию «Беларуськалию». Ранее Вашингтон исключил "
           "из санкционного списка «Белавиа».",
     [('sanctions_eased', None, '2025-12-15', R), ('sanctions_lifted', None, None, R)]),
    ('ru', "В пятницу Лукашенко помиловал 40 человек. Прежде он освободил 12 иностранцев.",
     [('pardon', 40, '2025-12-12', R), ('release', 12, None, R)]),
    ('uk', "У п'ятницю Лукашенко помилував 40 засуджених. Раніше Мінськ звільнив трьох "
           "громадян США.",
     [('pardon', 40, '2025-12-12', R), ('release', 3, None, R)]),
    ('pl', "W piątek Łukaszenka ułaskawił 40 więźniów. Wcześniej Mińsk uwolnił trzech "
           "obywateli USA.",
     [('pardon', 40, '2025-12-12', R), ('release', 3, None, R)]),
    ('lt', "Penktadienį Lukašenka pasigailėjo 40 nuteistųjų. Anksčiau Minskas paleido tris "
           "JAV piliečius.",
     [('pardon', 40, '2025-12-12', R), ('release', 3, None, R)]),
    ('nl', "Vrijdag verleende Loekasjenko 40 gevangenen gratie. Eerder liet Minsk drie "
           "Amerikanen vrij.",
     [('pardon', 40, '2025-12-12', R), ('release', 3, None, R)]),
    ('ar', "أصدر لوكاشينكو يوم الجمعة عفوا عن 40 سجينا. وفي وقت سابق، أفرجت مينسك عن ثلاثة "
           "أمريكيين.",
     [('pardon', 40, '2025-12-12', R), ('release', 3, None, R)]),
    # "earlier" with a date of its own keeps that date
    ('ru', "В субботу Лукашенко помиловал 123 человека. Ранее, в ноябре, он помиловал 31 "
           "гражданина Украины.",
     [('pardon', 123, '2025-12-13', R), ('pardon', 31, '2025-11-01', R)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), EARLIER)
def test_sweep14_earlier(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)
