"""Tenth sweep of Arabic and Japanese (blind development pages P73-P76), general causes.

What the pages written blind by others taught, in general form, each tried first on an
inventory of the ways the press of the language says it:

- Arabic part-of-month adverbs without a preposition ("مطلع نوفمبر", "أواخر يوليو/تموز",
  "منتصف سبتمبر") and a month with "الماضي / المقبل" ("سبتمبر الماضي", "يناير المقبل")
  date an event to the month, as "في مطلع نوفمبر" did;
- Arabic dual and plural verbs of a swap ("تتبادلان", "تبادلا", "يتبادلان"), a singular
  noun after a count ("300 أسير") and "لكل منهما" (for each of them) as the distributive;
- Arabic nominal releases without "سراح": "إطلاق 52 سجيناً", "إطلاق ثلاثة سجناء" and
  "خروج ... من السجن" (a timeline entry's noun); rockets, apps and crowds stay nothing;
- Arabic "بينهم" (among them) opens a subgroup, and an Arabic comma closes it: the
  count of the next clause is that clause's own ("..., بينهم 14 امرأة، فيما أُفرج ... عن 18");
- Arabic easing of restrictions imposed on someone ("خففت بعض القيود المفروضة على
  بيلافيا") is an easing of sanctions; travel or gathering restrictions are not;
- Arabic pledges and intentions in the present tense ("تتعهد برفع", "تنوي تخفيف",
  "ينوي العفو") are expectations; petitions for a pardon ("التماسات العفو") and habits
  ("بشكل دوري", "دورياً") are no events;
- Japanese demands with the addressee between the object and the verb ("全員の即時釈放を
  当局に求めている"), "全員の" (all of them) as the people of a demand, and "釈放された中には
  ... 含まれ" (among the freed) as no release of its own.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none,
published on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import found, stated


def _check(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


MONTH_ADVERBS = [
    ("وكانت واشنطن قد شطبت الشركة مطلع نوفمبر/تشرين الثاني من قائمة العقوبات.",
     [("sanctions_lifted", None, "2025-11-01", "reported")]),
    ("وأفرجت السلطات منتصف سبتمبر عن 52 سجيناً.", [("release", 52, "2025-09-01", "reported")]),
    ("وعفا لوكاشينكو أواخر يوليو/تموز عن 16 سجيناً.",
     [("pardon", 16, "2025-07-01", "reported")]),
    ("وأطلقت مينسك سراح 14 معتقلاً أوائل يونيو الماضي.",
     [("release", 14, "2025-06-01", "reported")]),
    ("وكانت السلطات قد أفرجت سبتمبر الماضي عن 52 سجيناً.",
     [("release", 52, "2025-09-01", "reported")]),
    ("ومن المقرر أن يلتقي المبعوث لوكاشينكو يناير المقبل.",
     [("talks", None, "2026-01-01", "expected")]),
    ("وفرض الاتحاد الأوروبي نهاية أغسطس/آب 2024 عقوبات جديدة على 28 مسؤولاً.",
     [("sanctions_imposed", 28, "2024-08-01", "reported")]),
    ("وأُفرج عن 18 سجيناً أواخر الشهر الماضي.", [("release", 18, "2025-11-01", "reported")]),
    # a month without an event
    ("وتشهد البلاد منتصف سبتمبر احتفالات بيوم الوحدة.", []),
]


@pytest.mark.parametrize("text, expected", MONTH_ADVERBS,
                         ids=[str(i) for i in range(len(MONTH_ADVERBS))])
def test_arabic_month_adverbs_without_preposition(text: str, expected: list[tuple]) -> None:
    _check("ar", text, expected)


SWAPS = [
    ("روسيا وأوكرانيا تتبادلان 112 أسيراً من كل جانب بوساطة إماراتية",
     [("release", 112, None, "reported")]),
    ("وتبادلت روسيا وأوكرانيا الخميس 112 أسيراً لكل منهما.",
     [("release", 112, "2025-12-11", "reported")]),
    ("موسكو وكييف تتبادلان 300 أسير", [("release", 300, None, "reported")]),
    # shirts, staff and blame are no prisoners
    ("وتبادل الفريقان القمصان بعد المباراة.", []),
    ("وتبادلت الشركتان 20 موظفاً.", []),
    ("ويتبادلان التهم منذ أشهر.", []),
]


@pytest.mark.parametrize("text, expected", SWAPS, ids=[str(i) for i in range(len(SWAPS))])
def test_arabic_dual_swap_verbs(text: str, expected: list[tuple]) -> None:
    _check("ar", text, expected)


def test_arabic_dual_swap_with_its_own_month() -> None:
    got = stated("وكان البلدان قد تبادلا في أواخر أغسطس/آب 84 أسيراً لكل منهما.", "ar",
                 modality=True)
    assert got == [("release", 84, "2025-08-01", "reported")]


NOMINAL_RELEASES = [
    ("وكانت واشنطن قد خففت بعض العقوبات بالتزامن مع إطلاق 52 سجيناً في سبتمبر.",
     [("release", 52, "2025-09-01", "reported"),
      ("sanctions_eased", None, "2025-09-01", "reported")]),
    ("• 12 فبراير/شباط 2025: إطلاق ثلاثة سجناء، بينهم الصحافي أندريه كوزنيتشيك.",
     [("release", 3, "2025-02-12", "reported")]),
    ("وأعلنت الرئاسة إطلاق 14 معتقلاً يوم الخميس.", [("release", 14, "2025-12-11", "reported")]),
    ("• 21 يونيو/حزيران 2025: خروج سيرغي تيخانوفسكي من السجن.",
     [("release", None, "2025-06-21", "reported")]),
    ("وتطالب المعارضة بإطلاق جميع المعتقلين السياسيين.", [("release", None, None, "demanded")]),
    # a process, rockets, apps and crowds
    ("منذ أن شرعت مينسك في إطلاق معتقلين على مراحل.", []),
    ("إطلاق 3 صواريخ على المدينة.", []),
    ("إطلاق 5 تطبيقات جديدة للهواتف.", []),
    ("خروج 20 ألف متظاهر إلى الشوارع.", []),
]


@pytest.mark.parametrize("text, expected", NOMINAL_RELEASES,
                         ids=[str(i) for i in range(len(NOMINAL_RELEASES))])
def test_arabic_nominal_release(text: str, expected: list[tuple]) -> None:
    _check("ar", text, expected)


SUBGROUPS = [
    ("وفي منتصف أغسطس/آب، عفا لوكاشينكو عن 30 مداناً آخرين، بينهم 14 امرأة، فيما أُفرج في "
     "مطلع يوليو/تموز عن 18 سجيناً.",
     [("pardon", 30, "2025-08-01", "reported"), ("release", 18, "2025-07-01", "reported")]),
    ("أفرجت السلطات أمس عن 52 سجيناً، بينهم 14 أجنبياً.",
     [("release", 52, "2025-12-12", "reported")]),
    ("عفا الرئيس عن 37 شخصاً بينهم ست نساء أمس.", [("pardon", 37, "2025-12-12", "reported")]),
]


@pytest.mark.parametrize("text, expected", SUBGROUPS, ids=[str(i) for i in range(len(SUBGROUPS))])
def test_arabic_among_them_is_a_subgroup(text: str, expected: list[tuple]) -> None:
    _check("ar", text, expected)


RESTRICTIONS = [
    ("وكانت واشنطن قد خففت في سبتمبر/أيلول الماضي بعض القيود المفروضة على شركة الطيران "
     "الوطنية «بيلافيا».", [("sanctions_eased", None, "2025-09-01", "reported")]),
    ("ويتوقع دبلوماسيون غربيون أن تخفف واشنطن بعض القيود المفروضة على شركة الطيران "
     "الوطنية \"بيلافيا\".", [("sanctions_eased", None, None, "expected")]),
    ("وخففت وزارة الخزانة أمس القيود على صادرات البوتاس البيلاروسي.",
     [("sanctions_eased", None, "2025-12-12", "reported")]),
    # restrictions that stay, a tightening, and travel restrictions
    ("كما تبقى القيود الأوروبية والبريطانية المفروضة عليها سارية.", []),
    ("بعد سنوات من القيود التي أبقت جزءاً من أسطولها على الأرض.", []),
    ("وخففت الحكومة القيود المفروضة على السفر بعد تراجع الإصابات.", []),
]


@pytest.mark.parametrize("text, expected", RESTRICTIONS,
                         ids=[str(i) for i in range(len(RESTRICTIONS))])
def test_arabic_eased_restrictions(text: str, expected: list[tuple]) -> None:
    _check("ar", text, expected)


PLEDGES_AND_HABITS = [
    ("واشنطن تتعهد برفع العقوبات عن البوتاس البيلاروسي",
     [("sanctions_lifted", None, None, "expected")]),
    ("ويتعهد الاتحاد الأوروبي بفرض عقوبات جديدة على مينسك.",
     [("sanctions_imposed", None, None, "expected")]),
    ("وتنوي واشنطن تخفيف العقوبات على بيلافيا.", [("sanctions_eased", None, None, "expected")]),
    ("وينوي لوكاشينكو العفو عن مزيد من السجناء.", [("pardon", None, None, "expected")]),
    ("ورفعت واشنطن العقوبات عن البوتاس أمس.",
     [("sanctions_lifted", None, "2025-12-12", "reported")]),
    # petitions for a pardon, and habits
    ("وكان لوكاشينكو قد صرّح بأنه مستعد للنظر في التماسات العفو التي يقدمها المدانون.", []),
    ("ويتبادل البلدان الأسرى بشكل دوري منذ اندلاع الحرب في فبراير/شباط 2022.", []),
    ("وتفرج السلطات دورياً عن دفعات من السجناء.", []),
]


@pytest.mark.parametrize("text, expected", PLEDGES_AND_HABITS,
                         ids=[str(i) for i in range(len(PLEDGES_AND_HABITS))])
def test_arabic_pledges_petitions_and_habits(text: str, expected: list[tuple]) -> None:
    _check("ar", text, expected)


JAPANESE_DEMANDS = [
    ("人権団体は全員の即時釈放をベラルーシ当局に求めている。", [("release", None, None, "demanded")]),
    ("野党は政治犯の即時釈放を政府に要求した。", [("release", None, None, "demanded")]),
    ("野党はベラルーシ当局に対し全員の釈放を呼びかけた。", [("release", None, None, "demanded")]),
    ("人権団体は全員の釈放を求めている。", [("release", None, None, "demanded")]),
    ("人権団体は拘束者全員の無条件釈放を要求している。", [("release", None, None, "demanded")]),
    # among the freed, and a demand of something else
    ("釈放された中には日本人2人が含まれており、日本政府関係者が明らかにした。", []),
    ("解放された中にはジャーナリストも含まれている。", []),
    ("チームは全員の参加を求めている。", []),
    ("当局は11日、政治犯ら14人を釈放した。", [("release", 14, "2025-12-11", "reported")]),
]


@pytest.mark.parametrize("text, expected", JAPANESE_DEMANDS,
                         ids=[str(i) for i in range(len(JAPANESE_DEMANDS))])
def test_japanese_demands_and_among_the_freed(text: str, expected: list[tuple]) -> None:
    _check("ja", text, expected)


@pytest.mark.parametrize("text", [
    "روسيا وأوكرانيا تتبادلان 112 أسيراً من كل جانب بوساطة إماراتية",
    "وتبادلت روسيا وأوكرانيا الخميس 112 أسيراً لكل منهما.",
])
def test_arabic_dual_swap_has_both_sides(text: str) -> None:
    assert {row[4] for row in found(text, "ar")} == {"Russia", "Ukraine"}


DEFINITE_NUMBERS = [
    ("وقالت الرئاسة إن لوكاشينكو عفا عن الأجانب الأربعة عشر.", [("pardon", 14, None, "reported")]),
    ("وأفرجت السلطات عن السجناء الثلاثة يوم الخميس.", [("release", 3, "2025-12-11", "reported")]),
    ("وأطلقت مينسك سراح المعتقلين الخمسة أمس.", [("release", 5, "2025-12-12", "reported")]),
    # the three prisoners in good health, and three countries: no event, no count
    ("وقالت الرئاسة إن السجناء الثلاثة في صحة جيدة.", []),
    ("وأفرجت الدول الثلاث عن أموال مجمدة أمس.", []),
]


@pytest.mark.parametrize("text, expected", DEFINITE_NUMBERS,
                         ids=[str(i) for i in range(len(DEFINITE_NUMBERS))])
def test_arabic_number_after_a_definite_noun(text: str, expected: list[tuple]) -> None:
    _check("ar", text, expected)


LISTINGS = [
    # a listing noun whose listed people take a long aside before the list
    ("ويأتي المرسوم الجديد بعد نحو شهر من إدراج الاتحاد الأوروبي 28 مسؤولاً بيلاروسياً، بينهم "
     "قضاة ومدعون عامون ومسؤولون في إدارات السجون، على قائمة عقوباته.",
     [("sanctions_imposed", 28, None, "reported")]),
    ("وجاء ذلك بعد إدراج واشنطن 16 مسؤولاً بيلاروسياً، بينهم وزير الداخلية ونائبه ورئيس جهاز "
     "الأمن، على قائمتها السوداء.", [("sanctions_imposed", 16, None, "reported")]),
    ("وقرر المجلس إدراج شركة بيلافيا على لائحة العقوبات يوم الخميس.",
     [("sanctions_imposed", None, "2025-12-11", "reported")]),
    ("وتم إدراج اللاعب في قائمة المنتخب للمباراة المقبلة.", []),
]


@pytest.mark.parametrize("text, expected", LISTINGS, ids=[str(i) for i in range(len(LISTINGS))])
def test_arabic_listing_noun_with_a_long_aside(text: str, expected: list[tuple]) -> None:
    _check("ar", text, expected)
