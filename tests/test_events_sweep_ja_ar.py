"""Japanese and Arabic events: a sweep of how each press words the event types.

Every sentence here was written for these tests, in the style of news reporting.
Each expected event is ``(type, date, count, qualifier, modality)``; running totals
are left out.

Japanese: a day after an inner subject (``…が13日、…したと発表した``) dates the inner
clause, not the announcement; a clause-final verb takes the count before it, not the
next clause's (``9人が移送され、114人は引き渡された``); ``恩赦を受けた人のうち`` and
``恩赦の対象には…も含まれる`` point back to a pardon reported elsewhere; ``以降`` /
``以来`` near a count make it a running total; captives ``帰還`` / ``帰国``; ``会合``.

Arabic: handing over with an attached pronoun or a counted people noun
(``ويسلّمهم إلى كييف``, ``وجرى تسليم 114 سجينا إلى``), receiving captives
(``تسلمت أوكرانيا 150 أسيرا``), coming home (``عاد 150 أسيرا إلى ديارهم``),
listing officials (``أدرج ... ثمانية وعشرين مسؤولا``), receiving an envoy and a call
(``استقبل ... المبعوث``, ``تلقى اتصالا هاتفيا``), talk of a deal (``حديث عن``) as
not yet an event, and the dual of nouns with a broken plural (``كاهنين``: two priests).
Teaser blocks at the foot of a page (``おすすめ記事``, ``اقرأ أيضاً``) are not article text.
"""

from __future__ import annotations

import pytest
from eventcases import summary

from toolkit.clean.vocab import TEASER_HEADINGS, heading_key
from toolkit.events import events_from_text

PUB = "2025-12-13"
_FIELDS = ("event_type", "date", "count", "count_qualifier", "modality")
FRI = "2025-12-12"


def _found(sentence: str, language: str, published: str = PUB) -> list[tuple]:
    return summary(sentence, language, _FIELDS, published=published, totals=False)


JA = [
    # the day after an inner subject dates the inner clause, not the announcement
    ("ベラルーシ大統領府は、ルカシェンコ大統領が12日、123人に恩赦を与える大統領令に署名したと"
     "発表した。", [("pardon", FRI, 123, "exact", "reported")]),
    ("外務省は、ロシアが12日、日本人男性2人を解放したと明らかにした。",
     [("release", FRI, 2, "exact", "reported")]),
    # each clause-final verb keeps the count before it
    ("同省によると、恩赦を受けた人のうち9人がリトアニアに移送され、114人はウクライナ側に"
     "引き渡された。", [("release", PUB, 9, "exact", "reported"),
                       ("release", PUB, 114, "exact", "reported")]),
    ("12日に政治犯20人が釈放され、30人はリトアニアに移送された。",
     [("release", FRI, 20, "exact", "reported"), ("release", FRI, 30, "exact", "reported")]),
    # captives coming home
    ("ウクライナ人捕虜150人が12日、帰還した。", [("release", FRI, 150, "exact", "reported")]),
    ("人質5人が12日、無事に帰国した。", [("release", FRI, 5, "exact", "reported")]),
    # a meeting held
    ("米国とウクライナの高官が12日、フロリダで会合を開いた。", [("talks", FRI, None, None, "reported")]),
    ("米国とウクライナは12日、閣僚会合を開いた。", [("talks", FRI, None, None, "reported")]),
    # kanji numerals, full-width digits, counters 人 and 名
    ("ルカシェンコ大統領は十二日、政治犯五十二人を釈放した。",
     [("release", FRI, 52, "exact", "reported")]),
    ("当局は１２日、受刑者１６名を釈放した。", [("release", FRI, 16, "exact", "reported")]),
    # a renewal of existing measures is no event (README_a: "Renewing or extending
    # existing measures is not labelled"), as in every other language
    ("EUは12日、ベラルーシへの制裁を1年間延長した。", []),
    ("米財務省は12日、ベラビアを制裁対象から除外した。",
     [("sanctions_lifted", FRI, None, None, "reported")]),
    ("トランプ氏は12日、プーチン氏と電話会談した。", [("talks", FRI, None, None, "reported")]),
]

JA_QUIET = [
    "恩赦の対象には日本人男性1人も含まれているという。",     # part of a pardon told elsewhere
    "恩赦を受けた人のうち3人はジャーナリストだった。",
    "宇宙飛行士3人が12日、地球に帰還した。",               # not captives
    "首相は12日、欧州歴訪を終えて帰国した。",
    "住民説明会の会合が12日、開かれた。",                   # no state party
]

AR = [
    ("لوكاشينكو يعفو عن ٣١ أوكرانياً ويسلّمهم إلى كييف",
     [("pardon", PUB, 31, "exact", "reported"), ("release", PUB, 31, "exact", "reported")]),
    ("وجرى تسليم 114 سجينا إلى أوكرانيا الجمعة.", [("release", FRI, 114, "exact", "reported")]),
    ("تسلمت أوكرانيا الجمعة 150 أسيرا من روسيا.", [("release", FRI, 150, "exact", "reported")]),
    ("عاد 150 أسيرا أوكرانيا إلى ديارهم الجمعة في إطار صفقة تبادل.",
     [("release", FRI, 150, "exact", "reported")]),
    ("وكان الاتحاد قد أدرج في أغسطس ٢٠٢٤ ثمانية وعشرين مسؤولاً بيلاروسياً.",
     [("sanctions_imposed", "2024-08-01", 28, "exact", "reported")]),
    ("استقبل لوكاشينكو الجمعة المبعوث الأمريكي في مينسك.",
     [("talks", FRI, None, None, "reported")]),
    ("تلقى الرئيس الجمعة اتصالا هاتفيا من نظيره الأمريكي.",
     [("talks", FRI, None, None, "reported")]),
    ("عفا لوكاشينكو الجمعة عن كاهنين كاثوليكيين.", [("pardon", FRI, 2, "exact", "reported")]),
    ("وسط حديث عن صفقة أوسع تشمل تخفيف العقوبات الأمريكية.",
     [("sanctions_eased", None, None, None, "expected")]),
    # verb forms with attached conjunctions and Arabic-Indic digits
    ("فأفرجت السلطات الجمعة عن ثلاثة صحفيين.", [("release", FRI, 3, "exact", "reported")]),
    ("أفرجت بيلاروس يوم ١٢ فبراير عن ٣ سجناء.", [("release", "2025-02-12", 3, "exact", "reported")]),
    ("أصدر الرئيس البيلاروسي الجمعة قرارا بالعفو عن 30 مدانا.",
     [("pardon", FRI, 30, "exact", "reported")]),
]

AR_QUIET = [
    "سلّم الوزير رسالة إلى الجانب الأوكراني.",           # a letter handed over
    "عاد الوزير إلى بلاده الجمعة بعد جولة في أوروبا.",    # a minister coming home
    "أدرجت وزارة الصحة الجمعة 20 شركة أدوية في قائمة الموردين.",  # not a sanctions list
    "أطلق الجيش النار على المتظاهرين.",
]


@pytest.mark.parametrize(("sentence", "expected"), JA)
def test_japanese_constructions(sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, "ja") == sorted(expected)


@pytest.mark.parametrize("sentence", JA_QUIET)
def test_japanese_other_senses_stay_quiet(sentence: str) -> None:
    assert _found(sentence, "ja") == []


def test_japanese_running_total_since() -> None:
    rows = events_from_text("人権団体によると、2024年7月以降に釈放された政治犯は430人を超えた。",
                            PUB, "ja")
    assert [(r["event_type"], r["count"], r["count_qualifier"], r["cumulative"])
            for r in rows] == [("release", 430, "more_than", True)]


@pytest.mark.parametrize(("sentence", "expected"), AR)
def test_arabic_constructions(sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, "ar") == sorted(expected)


@pytest.mark.parametrize("sentence", AR_QUIET)
def test_arabic_other_senses_stay_quiet(sentence: str) -> None:
    assert _found(sentence, "ar") == []


@pytest.mark.parametrize("line", ["おすすめ記事", "関連記事", "اقرأ أيضاً", "اقرأ أيضا",
                                  "أخبار ذات صلة", "الأكثر قراءة"])
def test_teaser_headings(line: str) -> None:
    assert heading_key(line) in TEASER_HEADINGS
