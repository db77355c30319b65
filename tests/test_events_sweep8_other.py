"""Eighth sweep of Croatian, Slovenian, Arabic and Japanese (blind development pages P57-P60).

What the pages written blind by others taught, in general form:

- an Arabic agency dateline may join its place and its day with a date preposition
  ("مينسك في 22 نوفمبر (وكالة) -"); with the page's copyright year it dates the page;
- talks an after clause names with two states after the noun ("the swap comes days after
  talks between Russia and Ukraine") took place: reported, undated unless the clause
  dates them;
- Arabic "كل من X وY" ("each of X and Y") right after a verb that comes first: each
  party did it; "the two delegations" are two state parties;
- a period opened by a season ("since the summer of last year", "od ljeta prošle
  godine", "منذ صيف العام الماضي") is a period, not the event's date, and a count over it
  a running total;
- Japanese: the parts of a release just told ("釈放された123人のうち9人は…、残る114人は…",
  "釈放者の中には", "釈放されたのは…のほか") are no releases of their own (after a pardon
  alone, "恩赦を受けた人のうち9人が…移送され" still frees them); "was not among those released"
  (釈放の対象とならなかった, 釈放者に含まれていない) is a denied release; a release talked
  about (解放について話し合った) is only the talks' topic;
- hr, sl: "to continue with pardons" in an expectation stands for the people.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none,
published on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import found, stated

from toolkit.clean.pages import parse_text


def _check(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


_MENU = "الرئيسية | أخبار العالم | اقتصاد | رياضة\n\n"
_FOOT = "\n\nاقرأ أيضاً\n- خبر آخر\n\nجميع الحقوق محفوظة © 2025 وكالة النهار\n"

PAGE_DATES = [
    ("لوكاشينكو يعفو عن 20 سجيناً\n\nمينسك في 6 ديسمبر/كانون الأول (وكالة النهار) - أصدر "
     "الرئيس البيلاروسي ألكسندر لوكاشينكو اليوم السبت عفواً عن 20 سجيناً.", "2025-12-06"),
    ("الدوحة تستضيف محادثات\n\nالدوحة في 6 ديسمبر /قنا/ - استضافت الدوحة اليوم السبت "
     "محادثات بين وفدين روسي وأوكراني.", "2025-12-06"),
]


@pytest.mark.parametrize("text, day", PAGE_DATES, ids=[str(i) for i in range(len(PAGE_DATES))])
def test_arabic_dateline_with_a_date_preposition(text: str, day: str) -> None:
    assert parse_text(f"{_MENU}{text}{_FOOT}")["published"] == f"{day}T00:00:00+00:00"


def test_a_sentence_opening_with_a_date_is_no_dateline() -> None:
    text = "أصدر الرئيس في 6 ديسمبر عفواً - عن 20 سجيناً، بحسب الرئاسة."
    assert parse_text(f"{_MENU}عنوان الخبر\n\n{text}\n")["published"] is None


TALKS_AFTER = [
    ("ar", "ويأتي التبادل بعد أيام من جولة مفاوضات مباشرة بين وفدين روسي وأوكراني في إسطنبول.",
     [("talks", None, None, "reported")]),
    ("ar", "وجاء الإفراج بعد محادثات بين الولايات المتحدة وبيلاروس.",
     [("talks", None, None, "reported")]),
    # the after clause's own date is the talks'
    ("ar", "وجاءت الصفقة بعد مفاوضات بين روسيا وأوكرانيا يوم الخميس.",
     [("talks", None, "2025-12-11", "reported")]),
    ("ar", "وأفرجت بيلاروس يوم الجمعة عن 31 سجيناً بعد محادثات مع الولايات المتحدة.",
     [("release", 31, "2025-12-12", "reported"), ("talks", None, None, "reported")]),
    ("en", "The swap comes days after direct talks between Russian and Ukrainian delegations "
           "in Istanbul.",
     [("talks", None, None, "reported")]),
    # one party named with it: the meeting the page told ("came after talks with the envoy")
    ("ar", "وجاء أكبر إفراج منذ عام بعد محادثات مع المبعوث الأمريكي.", []),
    ("en", "The largest release in a year came after talks with the American envoy.", []),
    # a meeting of no states
    ("ar", "ويأتي ذلك بعد اجتماع بين أطباء المستشفى وإدارته.", []),
    ("ar", "وبعد جولة من المحادثات مع النادي، وقع اللاعب عقداً جديداً.", []),
]


@pytest.mark.parametrize("language, text, expected", TALKS_AFTER,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(TALKS_AFTER)])
def test_talks_in_an_after_clause(language: str, text: str, expected: list[tuple]) -> None:
    _check(language, text, expected)


EACH_OF = [
    ("أفرجت كل من موسكو وكييف عن 118 أسيراً يوم الجمعة.", 118),
    ("وأطلقت كل من روسيا وأوكرانيا سراح 90 أسيراً أمس.", 90),
]


@pytest.mark.parametrize("text, n", EACH_OF, ids=[str(i) for i in range(len(EACH_OF))])
def test_arabic_each_of_two_parties(text: str, n: int) -> None:
    assert found(text, "ar") == [("release", "2025-12-12", n, "reported", "Russia"),
                                 ("release", "2025-12-12", n, "reported", "Ukraine")]


def test_arabic_each_of_the_freed_is_no_party() -> None:
    text = "أفرجت السلطات عن كل من الصحفي إيهار لوسيك والناشط ميكولا ستاتكيفيتش أمس."
    assert [r[4] for r in found(text, "ar")] == [None]


TWO_DELEGATIONS = [
    ("ومن المتوقع أن يلتقي الوفدان مجدداً خلال الأسابيع المقبلة.",
     [("talks", None, None, "expected")]),
    ("والتقى الوفدان الرياضيان قبل المباراة يوم الجمعة.", []),
]


@pytest.mark.parametrize("text, expected", TWO_DELEGATIONS,
                         ids=[str(i) for i in range(len(TWO_DELEGATIONS))])
def test_arabic_the_two_delegations(text: str, expected: list[tuple]) -> None:
    _check("ar", text, expected)


SINCE_A_SEASON = [
    ("ar", "وأفرجت مينسك منذ صيف العام الماضي عن مئات السجناء.", []),
    ("ar", "ويأتي ذلك في سياق خطوات اتخذتها مينسك منذ صيف العام الماضي، أفرجت خلالها عن "
           "مئات السجناء.", []),
    ("ar", "وأفرجت مينسك منذ العام الماضي عن مئات السجناء.", []),
    ("hr", "Lukašenko od ljeta prošle godine u više navrata pomilovao je skupine osuđenika.", []),
    ("hr", "Lukašenko je od jeseni prošle godine pomilovao stotine ljudi.", []),
    ("sl", "Lukašenko je od poletja lani pomilostil več sto ljudi.", []),
    ("sl", "Lukašenko je od lanskega poletja večkrat pomilostil skupine obsojencev.", []),
]


@pytest.mark.parametrize("language, text, expected", SINCE_A_SEASON,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(SINCE_A_SEASON)])
def test_since_a_season_is_a_period(language: str, text: str, expected: list[tuple]) -> None:
    assert [r for r in stated(text, language, modality=True)] == expected


def test_a_season_without_since_still_dates() -> None:
    _check("ar", "وأفرجت مينسك في صيف العام الماضي عن 18 سجيناً.",
           [("release", 18, "2024-01-01", "reported")])


PARTS_OF_A_RELEASE = [
    "ルカシェンコ大統領は13日、123人を釈放した。釈放された123人のうち9人はリトアニアに、"
    "残る114人はウクライナに移送された。",
    "ルカシェンコ大統領は13日、123人を釈放した。解放された123人のうち9人はリトアニアに、"
    "114人はウクライナに引き渡された。",
]


@pytest.mark.parametrize("text", PARTS_OF_A_RELEASE,
                         ids=[str(i) for i in range(len(PARTS_OF_A_RELEASE))])
def test_japanese_parts_of_a_release(text: str) -> None:
    _check("ja", text, [("release", 123, "2025-12-13", "reported")])


def test_japanese_a_release_told_with_its_part() -> None:
    # "of the 52 freed the day before yesterday, 14 were foreigners": the release itself
    _check("ja", "一昨日釈放された52人のうち、14人は外国人だった。",
           [("release", 52, "2025-12-11", "reported")])


def test_japanese_handovers_after_a_pardon_are_the_releases() -> None:
    # no release told before: "of those pardoned, 9 were taken to Lithuania" frees them
    text = ("ルカシェンコ大統領は13日、123人に恩赦を与えた。恩赦を受けた人のうち9人がリトアニアに"
            "移送され、114人はウクライナ側に引き渡された。")
    _check("ja", text, [("pardon", 123, "2025-12-13", "reported"),
                        ("release", 9, "2025-12-13", "reported"),
                        ("release", 114, "2025-12-13", "reported")])


BREAKDOWNS = [
    "ルカシェンコ大統領は13日、14人を釈放した。釈放者の中には日本人2人が含まれている。",
    "ルカシェンコ大統領は13日、14人を釈放した。釈放されたのはベラルーシ人5人のほか、"
    "ポーランド人3人、ラトビア人2人。",
    "当局は13日、14人を釈放した。解放された人の中には日本人2人も含まれていた。",
]


@pytest.mark.parametrize("text", BREAKDOWNS, ids=[str(i) for i in range(len(BREAKDOWNS))])
def test_japanese_who_was_among_the_released(text: str) -> None:
    _check("ja", text, [("release", 14, "2025-12-13", "reported")])


NOT_AMONG_THE_RELEASED = [
    ("ポチョブト氏は今回も釈放の対象とならなかった。", [("release", None, None, "denied")]),
    ("ポチョブト氏は釈放の対象にならなかった。", [("release", None, None, "denied")]),
    ("ポチョブト氏は釈放者に含まれていない。", [("release", None, None, "denied")]),
    ("ポチョブト氏は釈放対象に含まれなかった。", [("release", None, None, "denied")]),
    ("新作ゲームは発売の対象とならなかった。", []),
]


@pytest.mark.parametrize("text, expected", NOT_AMONG_THE_RELEASED,
                         ids=[str(i) for i in range(len(NOT_AMONG_THE_RELEASED))])
def test_japanese_not_among_the_released(text: str, expected: list[tuple]) -> None:
    _check("ja", text, expected)


TOPIC = [
    "トランプ氏は、さらに1300人の解放についても話し合ったと明らかにした。",
    "会談では、1300人の追加釈放が議題となった。",
    "両氏は電話で、捕虜の交換について意見を交わした。",
]


@pytest.mark.parametrize("text", TOPIC, ids=[str(i) for i in range(len(TOPIC))])
def test_japanese_a_release_talked_about(text: str) -> None:
    _check("ja", text, [])


CONTINUE = [
    ("hr", "Minsk bi mogao nastaviti s oslobađanjem zatvorenika.",
     [("release", None, None, "expected")]),
    ("hr", "Očekuje se da će Lukašenko nastaviti s pomilovanjima.",
     [("pardon", None, None, "expected")]),
    ("hr", "Klub bi mogao nastaviti s pripremama u Zagrebu.", []),
    ("sl", "Minsk naj bi nadaljeval s pomilostitvami.", [("pardon", None, None, "expected")]),
    ("sl", "Pričakujejo, da bo Minsk nadaljeval z izpustitvami zapornikov.",
     [("release", None, None, "expected")]),
]


@pytest.mark.parametrize("language, text, expected", CONTINUE,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CONTINUE)])
def test_to_continue_with_pardons(language: str, text: str, expected: list[tuple]) -> None:
    _check(language, text, expected)
