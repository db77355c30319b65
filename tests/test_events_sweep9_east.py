"""Ninth sweep of Russian, Ukrainian, Polish and Lithuanian: what the blind development pages
P65, P67 and P68 taught, as general causes.

The pages (ru-d, uk-d, pl-d, lt-d) were written by people who never saw the extractor. Their
misses came from constructions that recur in other wordings: talks named in a bare
prepositional after-phrase ("после переговоров", "po rozmowach", "po ... derybų"), which the
labels leave undated and which, without a date or a verb of their own, gave no talks at all;
"on the day when" pointing back to the day of an event told before ("в день, коли");
and "there is no question of" after a noun ("о смягчении санкций речи не идет"). The last
cases of the first table are the ones that keep their date.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none,
published on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import stated

R = "reported"
N = "denied"

AFTER_PHRASE = [
    # talks in a bare after-phrase: told, undated (the main clause's date is not theirs)
    ('ru', "Решение было принято после переговоров Лукашенко с американским посланником.",
     [('talks', None, None, R)]),
    ('ru', "Указ подписан после двухдневных переговоров Лукашенко с посланником США в Минске.",
     [('talks', None, None, R)]),
    ('ru', "В пятницу, после переговоров с посланником США, Лукашенко освободил 52 заключенных.",
     [('release', 52, '2025-12-12', R), ('talks', None, None, R)]),
    ('uk', "Указ підписано після дводенних переговорів Лукашенка з посланцем США в Мінську.",
     [('talks', None, None, R)]),
    ('uk', "У п'ятницю, після переговорів з посланцем США, Лукашенко звільнив 52 в'язнів.",
     [('release', 52, '2025-12-12', R), ('talks', None, None, R)]),
    ('pl', "Decyzja zapadła po dwudniowych rozmowach Łukaszenki z amerykańskim wysłannikiem "
           "w Mińsku.",
     [('talks', None, None, R)]),
    ('pl', "W piątek, po rozmowach z wysłannikiem USA, Łukaszenka uwolnił 52 więźniów.",
     [('release', 52, '2025-12-12', R), ('talks', None, None, R)]),
    ('lt', "Sprendimas paskelbtas po dvi dienas trukusių JAV pasiuntinio ir A. Lukašenkos "
           "derybų Minske.",
     [('talks', None, None, R)]),
    ('lt', "Sprendimas paskelbtas po JAV ir Baltarusijos derybų.",
     [('talks', None, None, R)]),
    ('lt', "Penktadienį po derybų su JAV pasiuntiniu A. Lukašenka paleido 52 kalinius.",
     [('release', 52, '2025-12-12', R), ('talks', None, None, R)]),
    # a verb after a fronted date and an after-phrase keeps the date; talks told with a
    # date of their own keep it
    ('uk', "У лютому після візиту Коула до Мінська Білорусь звільнила трьох людей.",
     [('release', 3, '2025-02-01', R)]),
    ('ru', "В сентябре после визита Коула в Минск Беларусь освободила 52 человека.",
     [('release', 52, '2025-09-01', R)]),
    ('pl', "We wrześniu po wizycie Coale'a w Mińsku Białoruś zwolniła 52 osoby.",
     [('release', 52, '2025-09-01', R)]),
    ('ru', "В пятницу после обеда Лукашенко провел переговоры с посланником США.",
     [('talks', None, '2025-12-12', R)]),
    ('pl', "W piątek po południu Łukaszenka spotkał się z wysłannikiem USA.",
     [('talks', None, '2025-12-12', R)]),
    ('lt', "Penktadienį A. Lukašenka surengė derybas su JAV pasiuntiniu.",
     [('talks', None, '2025-12-12', R)]),
]

SAME_DAY_WHEN = [
    # "on the day when": the day of the event told before
    ('uk', "У п'ятницю Білорусь звільнила 14 в'язнів. Звільнення відбулося в день, коли "
           "Лукашенко прийняв у Мінську посланця США.",
     [('release', 14, '2025-12-12', R), ('talks', None, '2025-12-12', R)]),
    ('ru', "В пятницу Беларусь освободила 14 заключенных. Освобождение произошло в день, когда "
           "Лукашенко принял в Минске посланника США.",
     [('release', 14, '2025-12-12', R), ('talks', None, '2025-12-12', R)]),
    ('pl', "W piątek Białoruś uwolniła 14 więźniów. Uwolnienie nastąpiło w dniu, w którym "
           "Łukaszenka przyjął w Mińsku wysłannika USA.",
     [('release', 14, '2025-12-12', R), ('talks', None, '2025-12-12', R)]),
    ('pl', "W piątek Białoruś uwolniła 14 więźniów. Stało się to w dniu, kiedy Łukaszenka "
           "spotkał się z wysłannikiem USA.",
     [('release', 14, '2025-12-12', R), ('talks', None, '2025-12-12', R)]),
    ('lt', "Penktadienį Baltarusija paleido 14 kalinių. Paleidimas įvyko tą dieną, kai "
           "A. Lukašenka Minske priėmė JAV pasiuntinį.",
     [('release', 14, '2025-12-12', R), ('talks', None, '2025-12-12', R)]),
]

NO_QUESTION_OF = [
    # "there is no question of": a noun said not to be on the table
    ('uk', "За словами посадовця, про послаблення санкцій ЄС наразі не йдеться.",
     [('sanctions_eased', None, None, N)]),
    ('uk', "Про зняття санкцій з «Белавіа» мова поки що не йде.",
     [('sanctions_lifted', None, None, N)]),
    ('uk', "Про скасування санкцій не може бути й мови.",
     [('sanctions_lifted', None, None, N)]),
    ('ru', "О смягчении санкций ЕС речи пока не идет.",
     [('sanctions_eased', None, None, N)]),
    ('ru', "О снятии санкций не может быть и речи.",
     [('sanctions_lifted', None, None, N)]),
    ('pl', "O złagodzeniu sankcji UE na razie nie ma mowy.",
     [('sanctions_eased', None, None, N)]),
    ('pl', "O zniesieniu sankcji wobec Belavii nie może być mowy.",
     [('sanctions_lifted', None, None, N)]),
    ('pl', "Nie ma mowy o złagodzeniu sankcji UE.",
     [('sanctions_eased', None, None, N)]),
    ('lt', "Apie ES sankcijų sušvelninimą kalbos kol kas nėra.",
     [('sanctions_eased', None, None, N)]),
    ('lt', "Apie sankcijų panaikinimą nekalbama.",
     [('sanctions_lifted', None, None, N)]),
    # a statement that speaks of it stays reported
    ('uk', "У п'ятницю США послабили санкції проти «Белавіа», про що йдеться в заяві OFAC.",
     [('sanctions_eased', None, '2025-12-12', R)]),
]

@pytest.mark.parametrize(("language", "text", "expected"), AFTER_PHRASE)
def test_sweep9_east_talks_in_an_after_phrase(language: str, text: str,
                                              expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), SAME_DAY_WHEN)
def test_sweep9_east_on_the_day_when(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), NO_QUESTION_OF)
def test_sweep9_east_no_question_of(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)
