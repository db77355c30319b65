"""Seventh sweep of Croatian, Slovenian, Arabic and Japanese (blind development pages P49-P52).

What the pages written blind by others taught, in general form:

- the partners of a two-sided exchange are the run of coordinated parties nearest the
  verb; a party named later ("in a deal brokered by the UAE") is no partner;
- Arabic "the fifth of this month" (an ordinal day and a relative month) is a day;
- a noun trigger called new or latest that "comes after" an earlier event is the page's
  own event told again (``new_reference``); the earlier event keeps its own date;
- a clause whose only date lies ahead of publication ("next month") tells an expected
  event; a shift ("two days later") still counts from the event told before it;
- a named person joined by "te"/"ter" to "još/še N" counts too; a plural speech verb
  after a date ("so v četrtek sporočili") dates the saying, not the event; "the largest
  such move to date" is no running total;
- in a demand or an expectation, "them too" and "further/larger releases" stand for the
  people (``people_pronoun``);
- Japanese 緩める ("loosen") sanctions, also as an intention held or denied (考えはない);
- an open question after a pause (sl "kdo", "ali bo"; hr "tko", "hoće li") tells no event;
- a date inside a vague frame ("قبل نهاية الشهر المقبل", before the end of next month) is a
  deadline, not the event's date.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none,
published on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import found, stated


def _check(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


PARTNERS = [
    # the mediator named after the count is no party to the exchange
    ("ar", "تبادلت روسيا وأوكرانيا يوم الجمعة 84 أسيراً من كل جانب في صفقة بوساطة قطر.",
     [("release", 84, "2025-12-12", "reported")]),
    ("en", "Russia and Ukraine swapped 84 prisoners each on Friday in a deal brokered by "
           "the United Arab Emirates.",
     [("release", 84, "2025-12-12", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", PARTNERS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(PARTNERS)])
def test_partners_of_an_exchange(language: str, text: str, expected: list[tuple]) -> None:
    _check(language, text, expected)


@pytest.mark.parametrize("language, text", [
    ("ar", "تبادلت روسيا وأوكرانيا يوم الجمعة 84 أسيراً من كل جانب في صفقة بوساطة قطر."),
    ("en", "Russia and Ukraine swapped 84 prisoners each on Friday in a deal brokered by "
           "the United Arab Emirates."),
])
def test_both_sides_release_and_not_the_mediator(language: str, text: str) -> None:
    actors = sorted(r[4] for r in found(text, language))
    assert actors == ["Russia", "Ukraine"]


DAY_OF_THIS_MONTH = [
    ("ar", "أفرجت السلطات البيلاروسية في الثالث من الشهر الجاري عن 14 سجيناً سياسياً.",
     [("release", 14, "2025-12-03", "reported")]),
    # the date between the verb and its object, "last month"
    ("ar", "فرض الاتحاد الأوروبي في العاشر من الشهر الماضي عقوبات جديدة على 12 قاضياً "
           "بيلاروسياً.",
     [("sanctions_imposed", 12, "2025-11-10", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", DAY_OF_THIS_MONTH,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(DAY_OF_THIS_MONTH)])
def test_a_day_of_this_or_last_month(language: str, text: str, expected: list[tuple]) -> None:
    _check(language, text, expected)


SEQUEL = [
    # "the new pardon comes after ...": the page's own event; the earlier one keeps its date
    ("hr", "Novo pomilovanje uslijedilo je nakon što je u utorak pomilovano 40 zatvorenika.",
     [("pardon", 40, "2025-12-09", "reported")]),
    ("ar", "ويأتي العفو الجديد بعد أسبوعين من الإفراج عن 52 سجيناً في سبتمبر.",
     [("release", 52, "2025-09-01", "reported")]),
    ("en", "The latest pardon comes a week after 52 prisoners were freed in September.",
     [("release", 52, "2025-09-01", "reported")]),
    # "the largest such move to date" is no running total
    ("hr", "Nakon što je u utorak, u dosad najvećem takvom potezu, pomilovano 40 zatvorenika, "
           "oporba je zatražila više.",
     [("pardon", 40, "2025-12-09", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", SEQUEL,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(SEQUEL)])
def test_the_new_one_comes_after_an_earlier_one(language: str, text: str,
                                                expected: list[tuple]) -> None:
    _check(language, text, expected)


AHEAD = [
    # a clause dated only ahead of publication tells what is expected
    ("sl", "Pogovori med Minskom in Washingtonom naj bi se nadaljevali prihodnji mesec.",
     [("talks", None, "2026-01-01", "expected")]),
    ("sl", "Pogovori med Minskom in Washingtonom so se nadaljevali prejšnji mesec.",
     [("talks", None, "2025-11-01", "reported")]),
    # a shift counts from the event told before it: still a report of the past
    ("ru", "Лукашенко во вторник помиловал двух священников, а через два дня — ещё 31 "
           "гражданина Украины.",
     [("pardon", 2, "2025-12-09", "reported"), ("pardon", 31, "2025-12-11", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", AHEAD,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(AHEAD)])
def test_a_date_ahead_is_expected(language: str, text: str, expected: list[tuple]) -> None:
    _check(language, text, expected)


COUNTS_AND_DATES = [
    # a named person and "te/ter još/še N": N + 1
    ("hr", "Vlasti su u petak oslobodile oporbenu aktivisticu Mariju Kalesnikavu te još šest "
           "zatvorenika.",
     [("release", 7, "2025-12-12", "reported")]),
    ("sl", "Oblasti so v petek izpustile opozicijsko aktivistko Marijo Kalesnikavo ter še šest "
           "zapornikov.",
     [("release", 7, "2025-12-12", "reported")]),
    # a plural speech verb after its date: that date is the saying's
    ("hr", "Predsjednik je u utorak, kad se obilježava Dan ustavnosti, pomilovao 40 osuđenika, "
           "priopćili su u četvrtak iz njegova ureda.",
     [("pardon", 40, "2025-12-09", "reported")]),
    ("sl", "Predsednik je v torek, ko država praznuje dan ustavnosti, pomilostil 40 obsojencev, "
           "so v četrtek sporočili iz njegovega urada.",
     [("pardon", 40, "2025-12-09", "reported")]),
    # a collective numeral with "ih" and an adverb before the participle
    ("hr", "Sedmero ih je potom prebačeno u Litvu, a 40 predano Ukrajini.",
     [("release", 7, None, "reported"), ("release", 40, None, "reported")]),
]


@pytest.mark.parametrize("language, text, expected", COUNTS_AND_DATES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(COUNTS_AND_DATES)])
def test_counts_and_dates(language: str, text: str, expected: list[tuple]) -> None:
    _check(language, text, expected)


WORDING = [
    # leaving prison: the object before the verb (sl), the verb before it (ar)
    ("sl", "12 zapornikov je zapore zapustilo v sredo.",
     [("release", 12, "2025-12-10", "reported")]),
    ("ar", "غادر 12 معتقلاً السجن يوم الخميس.", [("release", 12, "2025-12-11", "reported")]),
    ("ar", "غادر الوزير مبنى السجن بعد الزيارة.", []),
    # ar: a new (another, earlier) exchange is a prisoner exchange; "before the end of next
    # month" is a deadline, no date
    ("ar", "ويتوقع مسؤول روسي أن تجري عملية تبادل جديدة قبل نهاية الشهر المقبل.",
     [("release", None, None, "expected")]),
    ("ar", "أعلن البنك المركزي عن عملية تبادل جديدة للعملات.", []),
    ("ar", "ناقش الطرفان تبادل جديد للآراء حول الأزمة.", []),
    # ja: a list of sanctioned persons, with its abbreviation in brackets
    ("ja", "米財務省は5日、ベラルーシの国営企業を制裁対象者リスト（ＳＤＮ）から削除した。",
     [("sanctions_lifted", None, "2025-12-05", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", WORDING,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(WORDING)])
def test_wording(language: str, text: str, expected: list[tuple]) -> None:
    _check(language, text, expected)


ASKED_FOR = [
    # "them too" in a demand stands for the people named before
    ("sl", "Svet Evrope je Minsk pozval, naj izpusti tudi njih.",
     [("release", None, None, "demanded")]),
    ("hr", "Vijeće Europe pozvalo je Minsk da oslobodi i njih.",
     [("release", None, None, "demanded")]),
    ("sl", "Minsk je v sredo izpustil tudi njih.", []),
    # ja: further or larger releases, asked for or awaited
    ("ja", "欧州連合はより大規模な釈放を求めている。", [("release", None, None, "demanded")]),
    ("ja", "外交筋は、来年にもさらなる釈放があるとの見方を示した。",
     [("release", None, None, "expected")]),
    ("ja", "政府は新作ゲームのさらなるリリースを発表した。", []),
]


QUESTION = [
    # an open question ("who was freed", "whether ... will") tells no event
    ("sl", "Aktivisti so v petek začeli zbirati podatke o tem, kdo je prišel na prostost.", []),
    ("sl", "Urad ni povedal, ali bo Minsk izpustil še koga.", []),
    ("hr", "Aktivisti još provjeravaju, tko je pušten na slobodu.", []),
    ("sl", "Minsk je v petek izpustil 12 zapornikov.", [("release", 12, "2025-12-12", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", QUESTION,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(QUESTION)])
def test_an_open_question(language: str, text: str, expected: list[tuple]) -> None:
    _check(language, text, expected)


LOOSEN = [
    # ja 緩める: part of the sanctions, an intention, no intention
    ("ja", "米国は見返りに制裁の一部を緩めた。", [("sanctions_eased", None, None, "reported")]),
    ("ja", "英国は制裁を緩める考えを示した。", [("sanctions_eased", None, None, "expected")]),
    ("ja", "ＥＵは全員が解放されるまで制裁を緩める考えはないとしている。",
     [("sanctions_eased", None, None, "denied")]),
    ("ja", "ＥＵは制裁を緩和する考えはないと述べた。", [("sanctions_eased", None, None, "denied")]),
]


@pytest.mark.parametrize("language, text, expected", LOOSEN,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(LOOSEN)])
def test_loosening_sanctions(language: str, text: str, expected: list[tuple]) -> None:
    _check(language, text, expected)


@pytest.mark.parametrize("language, text, expected", ASKED_FOR,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(ASKED_FOR)])
def test_people_asked_for_or_awaited(language: str, text: str, expected: list[tuple]) -> None:
    _check(language, text, expected)
