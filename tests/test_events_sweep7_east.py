"""Seventh sweep of Russian, Ukrainian, Polish and Lithuanian (and Belarusian where the same
cause holds): what the blind development pages P51 taught, as general causes.

The pages (ru-v, uk-v, pl-v, lt-v) were written by people who never saw the extractor. Their
misses came from constructions that recur on other pages too: a total told for one named day
("W sobotę na wolność wyszło łącznie 14 osób") read as a running total; an offset in the
instrumental case ("Двумя днями ранее"); a singular noun after a number ending in one ("31
людину", "21 žmogus"); "not among those freed" told with the negation after the group
("Wśród uwolnionych w sobotę nie było ..."); a demand for "his release" read as a reference
back; "the pardoned were handed over" without the pardon's count; and statements that say
what a sentence does not tell to have happened ("Tai nereiškia, kad ...", a petition for a
pardon, an open question: "будут ли новые помилования").
The last cases of each table are the quiet ones.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none,
published on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import stated

R = "reported"
N = "denied"
D = "demanded"

ONE_DAY_TOTALS = [
    # a total told for one named day is that day's count, not a running total
    ('pl', "W piątek na wolność wyszło łącznie 16 osób, w tym dwóch Litwinów.",
     [('release', 16, '2025-12-12', R)]),
    ('ru', "В пятницу на свободу вышли в общей сложности 16 человек.",
     [('release', 16, '2025-12-12', R)]),
    ('lt', "Penktadienį iš viso paleista 16 kalinių.",
     [('release', 16, '2025-12-12', R)]),
    ('en', "On Friday a total of 16 prisoners were freed, among them two Lithuanians.",
     [('release', 16, '2025-12-12', R)]),
    # a period keeps the running total out
    ('pl', "Od lipca łącznie uwolniono ponad 300 osób.", []),
    ('ru', "С июля 2024 года в общей сложности освобождены 300 человек.", []),
]

OFFSETS = [
    # an offset in the instrumental case counts back from the day told before
    ('ru', "В среду Лукашенко помиловал 25 человек. Тремя днями ранее он помиловал двух "
           "священников.",
     [('pardon', 2, '2025-12-07', R), ('pardon', 25, '2025-12-10', R)]),
    ('uk', "У середу Лукашенко помилував 25 людей. Двома днями раніше він помилував двох "
           "священників.",
     [('pardon', 2, '2025-12-08', R), ('pardon', 25, '2025-12-10', R)]),
    ('be', "У сераду Лукашэнка памілаваў 25 чалавек. Двума днямі раней ён памілаваў двух "
           "святароў.",
     [('pardon', 2, '2025-12-08', R), ('pardon', 25, '2025-12-10', R)]),
]

SINGULAR_NOUNS = [
    # after a number ending in one the noun is singular
    ('uk', "У четвер Лукашенко помилував 21 людину.", [('pardon', 21, '2025-12-11', R)]),
    ('lt', "Ketvirtadienį paleistas 21 žmogus.", [('release', 21, '2025-12-11', R)]),
    ('lt', "Lukašenka ketvirtadienį pasigailėjo 31 žmogaus.", [('pardon', 31, '2025-12-11', R)]),
]

LT_WORDS = [
    # "N iš jų ... išėjo į laisvę": the part of a pardon that walked free, on its own day
    ('lt', "Prezidentas penktadienį pasigailėjo 120 nuteistųjų. 40 iš jų jau šeštadienį išėjo "
           "į laisvę.",
     [('pardon', 120, '2025-12-12', R), ('release', 40, '2025-12-13', R)]),
    # the impersonal passive "pasigailėta"; "pernai" is last year
    ('lt', "Pernai panašiu dekretu pasigailėta daugiau nei 300 nuteistųjų.",
     [('pardon', 300, '2024-01-01', R)]),
    # the pardoned as a noun is no pardon of its own
    ('lt', "Tarp pasigailėtųjų yra ir vienas Lietuvos pilietis.", []),
]

NOT_AMONG = [
    # "not among those freed" with the negation after the group: a denial on the group's day
    ('pl', "Wśród ułaskawionych w piątek nie było Andrzeja Poczobuta.",
     [('pardon', None, '2025-12-12', N)]),
    ('pl', "Wśród uwolnionych w piątek nie znalazł się Andrzej Poczobut.",
     [('release', None, '2025-12-12', N)]),
    ('uk', "Андрій Почобут серед тих, кого звільнили в п'ятницю, не опинився.",
     [('release', None, '2025-12-12', N)]),
    ('ru', "Среди отпущенных в пятницу Андрея Почобута не было.",
     [('release', None, '2025-12-12', N)]),
    ('lt', "Tarp paleistųjų penktadienį nebuvo Andrzejaus Počobuto.",
     [('release', None, '2025-12-12', N)]),
    # who is among those freed is still part of an event told elsewhere
    ('pl', "Wśród uwolnionych w piątek są dwaj obywatele Polski.", []),
]

DEMANDS = [
    # "called for his release": a demand, not a reference back to an event told before
    ('pl', "Litewskie MSZ wezwało Mińsk do jej natychmiastowego uwolnienia.",
     [('release', None, None, D)]),
    ('ru', "Европарламент потребовал его немедленного освобождения.",
     [('release', None, None, D)]),
    ('uk', "Посольство закликало Мінськ до його негайного звільнення.",
     [('release', None, None, D)]),
    ('lt', "Seimas paragino Minską juos nedelsiant paleisti.",
     [('release', None, None, D)]),
    ('ru', "Ватикан попросил о помиловании двух священников.",
     [('pardon', 2, None, D)]),
    # after their release: the release was told before
    ('pl', "Po ich uwolnieniu wyjechali do Wilna.", []),
    ('ru', "После его освобождения он уехал в Вильнюс.", []),
]

TOLD_COUNT = [
    # "the pardoned were handed over": the people of the pardon just told, its count
    ('ru', "В пятницу Лукашенко помиловал 26 граждан Литвы. Помилованные уже переданы "
           "литовской стороне.",
     [('pardon', 26, '2025-12-12', R), ('release', 26, '2025-12-12', R)]),
    ('uk', "У п'ятницю Лукашенко помилував 26 громадян Литви. Помилуваних уже передали Литві.",
     [('pardon', 26, '2025-12-12', R), ('release', 26, '2025-12-12', R)]),
    ('pl', "W piątek Łukaszenka ułaskawił 26 obywateli Litwy. Ułaskawionych przekazano już "
           "stronie litewskiej.",
     [('pardon', 26, '2025-12-12', R), ('release', 26, '2025-12-12', R)]),
    # no earlier count: nothing to take
    ('uk', "Помилуваних уже передали Литві.", []),
]

# a part of them is not all of them: no release of the pardon's 26
PARTS = [
    ('ru', "В пятницу Лукашенко помиловал 26 граждан Литвы. Двое помилованных уже переданы "
           "литовской стороне."),
    ('pl', "W piątek Łukaszenka ułaskawił 26 obywateli Litwy. Część ułaskawionych przekazano "
           "już stronie litewskiej."),
]

NOT_TOLD = [
    # "this does not mean that ...": what follows is not told to have happened
    ('lt', "Tai nereiškia, kad bendrovė išbraukta iš sankcijų sąrašo.", []),
    ('ru', "Это не означает, что санкции с калийной отрасли сняты.", []),
    ('uk', "Це не означає, що санкції з калійної галузі зняли.", []),
    ('pl', "To nie oznacza, że sankcje zostały zniesione.", []),
    # a petition for a pardon is not a pardon
    ('uk', "Він відмовився просити про помилування.", []),
    ('ru', "Она отказалась подавать прошение о помиловании.", []),
    ('pl', "Odmówił złożenia prośby o ułaskawienie.", []),
    # an act before the cue keeps its event
    ('lt', "Penktadienį Lukašenka paleido 30 kalinių, tačiau tai nereiškia, kad JAV panaikins "
           "sankcijas.",
     [('release', 30, '2025-12-12', R)]),
]


QUESTIONS = [
    # an open question ("whether ...") is no event, not even an expected one
    ('ru', "Власти не уточнили, будут ли помилованы ещё 20 человек.", []),
    ('uk', "Невідомо, чи звільнять ще 20 людей до кінця року.", []),
    ('pl', "Nie wiadomo, czy Mińsk uwolni kolejnych 20 więźniów.", []),
    ('lt', "Neaišku, ar Minskas paleis dar 20 kalinių.", []),
    # an act told before the question keeps its event
    ('ru', "В субботу Лукашенко помиловал 18 человек; будут ли новые помилования, неясно.",
     [('pardon', 18, '2025-12-13', R)]),
    ('uk', "У суботу звільнили 12 людей, але чи будуть нові звільнення, невідомо.",
     [('release', 12, '2025-12-13', R)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), ONE_DAY_TOTALS)
def test_sweep7_east_one_day_totals(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), OFFSETS)
def test_sweep7_east_instrumental_offsets(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), SINGULAR_NOUNS)
def test_sweep7_east_singular_nouns(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), LT_WORDS)
def test_sweep7_east_lithuanian_words(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), NOT_AMONG)
def test_sweep7_east_not_among_those_freed(language: str, text: str,
                                           expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), DEMANDS)
def test_sweep7_east_demands_for_his_release(language: str, text: str,
                                             expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), TOLD_COUNT)
def test_sweep7_east_the_pardoned_handed_over(language: str, text: str,
                                              expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text"), PARTS)
def test_sweep7_east_a_part_of_the_pardoned(language: str, text: str) -> None:
    assert ('release', 26, '2025-12-12', R) not in stated(text, language, modality=True)


@pytest.mark.parametrize(("language", "text", "expected"), NOT_TOLD)
def test_sweep7_east_not_told_to_happen(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), QUESTIONS)
def test_sweep7_east_open_questions(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)
