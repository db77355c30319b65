"""Ninth sweep of Arabic and Japanese (blind development pages P65-P68), general causes.

What the pages written blind by others taught, in general form, each tried first on an
inventory of the ways the press of the language says it:

- Arabic phone calls: "تحدث / تكلم ... هاتفياً مع" (spoke by phone with) are talks, as
  "اتصل" and "تحادث" were; an after clause with its own month dates them;
- Arabic "أطلق" with the prisoners as its object and no "سراح" ("أطلقت مينسك 14
  سجيناً", headline "بيلاروس تطلق 52 سجيناً") is a release; rockets, phones, fire and
  campaigns stay nothing;
- Arabic same-day anaphora: "في اليوم ذاته", "في ذات اليوم", "في اليوم عينه" date an event
  by the one told before, as "في اليوم نفسه" did;
- a part of the pardoned freed ("سيُفرج عن 87 من المشمولين بالعفو", "12 من المعفى عنهم"):
  the pardoned are people a release counts; a part of the released handed over
  ("تسعة من المفرج عنهم نُقلوا") stays no release of its own;
- a "since" cue does not make a running total of a count whose own date stands between
  them ("去年の夏以降、釈放が相次ぎ、ことし6月にも2人が釈放された", every language);
- Japanese: "制裁対象のリストから外した" (off the list of those under sanctions) is a
  lifting; a polite negation ("対象に含まれませんでした", "対象になりませんでした",
  "含まれていません") denies a release as the plain one did.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none,
published on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import stated


def _check(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


PHONE_TALKS = [
    ("تحدث الرئيس الأمريكي هاتفياً مع لوكاشينكو أمس.",
     [("talks", None, "2025-12-12", "reported")]),
    ("وتكلم الرئيس هاتفياً مع لوكاشينكو الخميس.", [("talks", None, "2025-12-11", "reported")]),
    ("تحدثت وزيرة الخارجية هاتفياً مع نظيرها الأوكراني في آب/أغسطس.",
     [("talks", None, "2025-08-01", "reported")]),
    # an after clause with its own month
    ("وجاء ذلك بعد أن تحدث الرئيس دونالد ترامب هاتفياً مع لوكاشينكو في آب/أغسطس.",
     [("talks", None, "2025-08-01", "reported")]),
    # speaking with players or to reporters is no call
    ("تحدث المدرب مع اللاعبين عن المباراة.", []),
    ("وتحدث الوزير للصحافيين في مينسك أمس.", []),
]


@pytest.mark.parametrize("text, expected", PHONE_TALKS,
                         ids=[str(i) for i in range(len(PHONE_TALKS))])
def test_arabic_phone_call_is_talks(text: str, expected: list[tuple]) -> None:
    _check("ar", text, expected)


RELEASE_ATLAQ = [
    ("وكانت مينسك قد أطلقت في حزيران/يونيو الماضي 14 سجيناً.",
     [("release", 14, "2025-06-01", "reported")]),
    ("أطلقت السلطات البيلاروسية أمس 52 معتقلاً سياسياً.",
     [("release", 52, "2025-12-12", "reported")]),
    ("وأطلقت كييف 22 أسيراً روسياً يوم الخميس.", [("release", 22, "2025-12-11", "reported")]),
    ("بيلاروس تطلق 52 سجيناً وواشنطن تخفف قيودها.", [("release", 52, None, "reported")]),
    ("وستطلق مينسك مزيداً من السجناء السياسيين الشهر المقبل.",
     [("release", None, "2026-01-01", "expected")]),
    # other things launched or fired
    ("أطلق الجيش 14 صاروخاً على المدينة أمس.", []),
    ("أطلقت الشركة 3 هواتف جديدة أمس.", []),
    ("أطلقت الشرطة النار على 3 متظاهرين أمس.", []),
    ("أطلقت الوكالة قمراً صناعياً أمس.", []),
    ("أطلقت الحكومة حملة للإفراج عن السجناء.", []),
]


@pytest.mark.parametrize("text, expected", RELEASE_ATLAQ,
                         ids=[str(i) for i in range(len(RELEASE_ATLAQ))])
def test_arabic_atlaqa_with_prisoners_is_a_release(text: str, expected: list[tuple]) -> None:
    _check("ar", text, expected)


SAME_DAY = [
    "أفرجت بيلاروسيا عن 52 سجيناً يوم الثلاثاء. وفي اليوم ذاته، خففت واشنطن بعض العقوبات على بيلافيا.",
    "أفرجت بيلاروسيا عن 52 سجيناً يوم الثلاثاء. وفي اليوم نفسه، خففت واشنطن بعض العقوبات على بيلافيا.",
    "أفرجت بيلاروسيا عن 52 سجيناً يوم الثلاثاء. وفي ذات اليوم، خففت واشنطن بعض العقوبات على بيلافيا.",
    "أفرجت بيلاروسيا عن 52 سجيناً يوم الثلاثاء. وفي اليوم عينه، خففت واشنطن بعض العقوبات على بيلافيا.",
    "أفرجت بيلاروسيا عن 52 سجيناً يوم الثلاثاء. وفي نفس اليوم، خففت واشنطن بعض العقوبات على بيلافيا.",
]


@pytest.mark.parametrize("text", SAME_DAY, ids=[str(i) for i in range(len(SAME_DAY))])
def test_arabic_same_day(text: str) -> None:
    _check("ar", text, [("release", 52, "2025-12-09", "reported"),
                        ("sanctions_eased", None, "2025-12-09", "reported")])


PARDONED_PART = [
    ("وبحسب البيان، سيُفرج عن 87 من المشمولين بالعفو خلال الأيام المقبلة.",
     [("release", 87, None, "expected")]),
    ("وأفرج أمس عن 40 من المشمولين بالعفو.", [("release", 40, "2025-12-12", "reported")]),
    ("وأطلق سراح 12 من المعفى عنهم يوم الجمعة.", [("release", 12, "2025-12-12", "reported")]),
    ("وغادر 19 من المشمولين بالعفو السجن أمس.", [("release", 19, "2025-12-12", "reported")]),
    # a part of the released handed over, and who the pardoned were, are no release
    ("وأفادت مصادر بأن تسعة من المفرج عنهم نُقلوا إلى فيلنيوس.", []),
    ("وكان 5 من المشمولين بالعفو أجانب.", []),
]


@pytest.mark.parametrize("text, expected", PARDONED_PART,
                         ids=[str(i) for i in range(len(PARDONED_PART))])
def test_arabic_part_of_the_pardoned_freed(text: str, expected: list[tuple]) -> None:
    _check("ar", text, expected)


SINCE_THEN_DATED = [
    ("ja", "ベラルーシでは去年の夏以降、アメリカの仲介などで受刑者の釈放が相次いでいて、"
           "ことし6月にも日本人2人が釈放されています。",
     [("release", 2, "2025-06-01", "reported")]),
    ("ja", "去年7月以降、釈放が続き、9月には52人が釈放された。",
     [("release", 52, "2025-09-01", "reported")]),
    ("ja", "去年の夏以降、釈放が相次ぎ、13日には123人が釈放された。",
     [("release", 123, "2025-12-13", "reported")]),
    ("ar", "ومنذ صيف العام الماضي تتوالى عمليات الإفراج، وفي حزيران/يونيو أفرجت مينسك عن 14 سجيناً.",
     [("release", 14, "2025-06-01", "reported")]),
    # running totals stay totals
    ("ja", "2024年7月以降に釈放された政治犯は430人を超える。", []),
    ("ja", "去年の夏以降、これまでに300人以上が釈放された。", []),
    ("ar", "وأفرجت السلطات منذ يوليو/تموز الماضي عن أكثر من 250 سجيناً.", []),
]


@pytest.mark.parametrize("language, text, expected", SINCE_THEN_DATED,
                         ids=[str(i) for i in range(len(SINCE_THEN_DATED))])
def test_since_cue_before_a_count_with_its_own_date(language: str, text: str,
                                                    expected: list[tuple]) -> None:
    _check(language, text, expected)


JA_LIST_REMOVAL = [
    ("アメリカは11月にも、国営航空会社ベラヴィアを制裁対象のリストから外していて、"
     "両国の接近が鮮明になっています。", [("sanctions_lifted", None, "2025-11-01", "reported")]),
    ("米財務省は4日、ベラヴィアを制裁対象のリストから外した。",
     [("sanctions_lifted", None, "2025-12-04", "reported")]),
    ("米財務省は4日、ベラヴィアを制裁対象者のリストから除外しました。",
     [("sanctions_lifted", None, "2025-12-04", "reported")]),
    ("ベラヴィアは4日、米国の制裁対象のリストから外された。",
     [("sanctions_lifted", None, "2025-12-04", "reported")]),
    ("米国はベラヴィアを制裁対象のリストから外していない。", []),
]


@pytest.mark.parametrize("text, expected", JA_LIST_REMOVAL,
                         ids=[str(i) for i in range(len(JA_LIST_REMOVAL))])
def test_japanese_off_the_sanctions_list(text: str, expected: list[tuple]) -> None:
    _check("ja", text, expected)


JA_POLITE_DENIAL = [
    ("ポチョブト氏は今回の釈放の対象に含まれませんでした。", [("release", None, None, "denied")]),
    ("ポチョブト氏は13日の恩赦の対象には含まれませんでした。",
     [("pardon", None, "2025-12-13", "denied")]),
    ("ポチョブト氏は今回の釈放の対象に含まれていません。", [("release", None, None, "denied")]),
    ("ポチョブト氏は今回の釈放の対象にはなりませんでした。", [("release", None, None, "denied")]),
    ("ポチョブト氏は釈放者に含まれていませんでした。", [("release", None, None, "denied")]),
    ("新作ゲームは今回の発売の対象に含まれませんでした。", []),
]


@pytest.mark.parametrize("text, expected", JA_POLITE_DENIAL,
                         ids=[str(i) for i in range(len(JA_POLITE_DENIAL))])
def test_japanese_polite_negation_denies(text: str, expected: list[tuple]) -> None:
    _check("ja", text, expected)
