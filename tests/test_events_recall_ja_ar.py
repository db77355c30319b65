"""Japanese and Arabic events: the general causes of their misses, each with new sentences.

Japanese writes no spaces between words (``resources/lang/ja/writing.tsv``), so kanji
numerals are read anywhere in the text, names are found inside a clause, and a day of
the month is often stated alone ("12日"); qualifiers follow the number ("40人以上").
Arabic writes short vowels and tanween only now and then (``optional_marks.txt``) and
attaches conjunctions and prepositions to the next word (``clitic_prefixes.txt``).
"""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import summary

from toolkit.events import events_from_text
from toolkit.events.countries import caseless_mentions
from toolkit.events.numbers import digit_view
from toolkit.gazetteer import load_gazetteer

PUB = "2025-12-13"
_FIELDS = ("event_type", "date", "count", "count_qualifier", "modality")


def _found(sentence: str, language: str, published: str = PUB) -> list[tuple]:
    return summary(sentence, language, _FIELDS, published=published, totals=False)


# ------------------------------------------------------------------ numbers ---

@pytest.mark.parametrize(("language", "text", "value"), [
    ("ja", "受刑者三百五十人", 350),      # a small multiplier multiplies its own digit
    ("ja", "活動家二十八人", 28),
    ("ja", "政治犯九十九名", 99),
    ("ru", "две тысячи двести человек", 2200),  # larger multipliers as before
    ("lt", "du šimtai kalinių", 200),
    ("ar", "نحو ألفي معتقل", 2000),         # the dual of a thousand
    ("ar", "ألف ومئة سجين", 1100),
])
def test_number_words(language: str, text: str, value: int) -> None:
    view, found = digit_view(text, language)
    assert len(view) == len(text)
    assert [q.value for q in found if q.value is not None] == [value]


def test_japanese_words_with_a_lone_numeral_are_not_numbers() -> None:
    view, found = digit_view("一部の制裁は一時的に緩和された", "ja")
    assert found == [] and view == "一部の制裁は一時的に緩和された"


def test_arabic_marks_leave_the_words_where_they_were() -> None:
    text = "أُفرج عن ثمانيةَ عشرَ معتقلاً"
    view, _ = digit_view(text, "ar")
    assert len(view) == len(text)
    assert view.split() == ["أفرج", "عن", "18", "معتقلا"]


# ------------------------------------------------------------------ Japanese ---

@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # kanji numerals before the counter
    ("当局は9日、受刑者十七人を釈放した。", PUB, [("release", "2025-12-09", 17, "exact", "reported")]),
    # a day stated alone after the publication day is last month's
    ("ベラルーシは29日、政治犯24人を恩赦した。", "2025-12-02",
     [("pardon", "2025-11-29", 24, "exact", "reported")]),
    ("当局は今月4日、囚人12人を解放した。", PUB, [("release", "2025-12-04", 12, "exact", "reported")]),
    # the day before yesterday
    ("一昨日、記者5人が釈放された。", PUB, [("release", "2025-12-11", 5, "exact", "reported")]),
    # qualifiers written after the number
    ("ベラルーシは10日、政治犯40人以上を釈放した。", PUB,
     [("release", "2025-12-10", 40, "at_least", "reported")]),
    ("先週、ベラルーシで受刑者60人余りが釈放された。", PUB,
     [("release", "2025-12-01", 60, "more_than", "reported")]),
    # a date comma inside the sanctions phrase, a passive re-imposition
    ("欧州連合の対ロシア制裁が11日、再発動された。", PUB,
     [("sanctions_imposed", "2025-12-11", None, None, "reported")]),
    # handed over to a country named in katakana: a release, joined to the pardon
    ("当局は8日、受刑者19人を恩赦し、リトアニア側に引き渡した。", PUB,
     [("pardon", "2025-12-08", 19, "exact", "reported"),
      ("release", "2025-12-08", 19, "exact", "reported")]),
    # talks: the parties are found inside the clause
    ("ウクライナとロシアの代表団は10日、トルコで協議した。", PUB,
     [("talks", "2025-12-10", None, None, "reported")]),
    # expected: "…を発表する見通し" after a noun trigger
    ("英国政府はベラルーシに対する追加制裁を発表する見通しだ。", PUB,
     [("sanctions_imposed", None, None, None, "expected")]),
    # the verb ends the clause: an expected event takes the date before it ...
    ("当局はあす、受刑者8人を釈放する予定だ。", PUB,
     [("release", "2025-12-14", 8, "exact", "expected")]),
    # ... unless it is the date of the saying
    ("首相は11日、制裁を解除する方針を表明した。", PUB,
     [("sanctions_lifted", None, None, None, "expected")]),
    # a month in last year, this year
    ("米国は昨年8月、ベラルーシへの制裁を緩和した。", PUB,
     [("sanctions_eased", "2024-08-01", None, None, "reported")]),
    ("政府は今年3月、受刑者70人あまりを恩赦した。", PUB,
     [("pardon", "2025-03-01", 70, "more_than", "reported")]),
    # prisoners of war exchanged; a place between the partner and the verb of meeting
    ("両国は7日、捕虜それぞれ45人を交換した。", PUB,
     [("release", "2025-12-07", 45, "exact", "reported")]),
    ("ルカシェンコ氏は6日、米国の特使とミンスクで会った。", PUB,
     [("talks", "2025-12-06", None, None, "reported")]),
    # talking on the phone; announcing sanctions (the date is the event's, not a saying's)
    ("ロシアのプーチン大統領は9日、トルコの大統領と電話で話した。", PUB,
     [("talks", "2025-12-09", None, None, "reported")]),
    ("カナダ政府は10日、イランに対する追加制裁を発表した。", PUB,
     [("sanctions_imposed", "2025-12-10", None, None, "reported")]),
    # native verbs of sanctions: 解く (lift), 緩める (ease), 加える (impose)
    ("カナダは10日、イランへの制裁を解いた。", PUB,
     [("sanctions_lifted", "2025-12-10", None, None, "reported")]),
    ("ロシアに対する制裁が9日、緩められた。", PUB,
     [("sanctions_eased", "2025-12-09", None, None, "reported")]),
    ("豪州は8日、イランの企業に制裁を加えた。", PUB,
     [("sanctions_imposed", "2025-12-08", None, None, "reported")]),
    # a denial dated by when it was explained; taken off the sanctions list
    ("当局は11日、受刑者を釈放していないと説明した。", PUB,
     [("release", None, None, None, "denied")]),
    ("英国は8日、ベラルーシの銀行を制裁対象から外した。", PUB,
     [("sanctions_lifted", "2025-12-08", None, None, "reported")]),
])
def test_japanese(sentence: str, published: str, expected: list[tuple]) -> None:
    assert _found(sentence, "ja", published) == expected


@pytest.mark.parametrize("sentence", [
    "試合が終わり、選手たちは解放感を味わった。",
    "十分な準備をしたうえで、新作ゲームを来週リリースする。",
    "大雨で住民約300人が避難した。",
    # the talks are the topic ("over the summit"), not an event reported
    "5月3日の首脳会談をめぐって、両国の世論は大きく割れた。",
])
def test_japanese_other_subjects(sentence: str) -> None:
    assert _found(sentence, "ja") == []


def test_japanese_names_inside_a_clause() -> None:
    found = caseless_mentions("米国とウクライナの代表はルカシェンコ氏と会談した", "ja", load_gazetteer())
    assert [(e["as_written"], e["canonical"]) for e in found] == [
        ("米国", "US"), ("ウクライナ", "Ukraine"), ("ルカシェンコ", "Alexander Lukashenko")]


# -------------------------------------------------------------------- Arabic ---

@pytest.mark.parametrize(("sentence", "expected"), [
    # short vowels inside a passive verb, tanween on the counted noun
    ("أُطلق سراح خمسة عشر معتقلاً يوم الخميس.", [("release", "2025-12-11", 15, "exact", "reported")]),
    ("عفا الرئيس أمس عن ٤٤ محكوماً.", [("pardon", "2025-12-12", 44, "exact", "reported")]),
    # a qualifier after the counted noun
    ("أفرجت السلطات أمس عن ٢٠ سجيناً على الأقل.", [("release", "2025-12-12", 20, "at_least", "reported")]),
    # an exchange with the singular counted noun and a longer gap
    ("تبادلت أوكرانيا وروسيا يوم الأربعاء الماضي ٤٨ أسيراً.",
     [("release", "2025-12-10", 48, "exact", "reported")]),
    # ending a sanctions programme is lifting
    ("أنهت الحكومة الكندية أمس برنامج العقوبات على ميانمار.",
     [("sanctions_lifted", "2025-12-12", None, None, "reported")]),
    # a masdar with its preposition written on, after a demand
    ("طالبت المعارضة برفع العقوبات عن القطاع الزراعي.",
     [("sanctions_lifted", None, None, None, "demanded")]),
    # a future verb just before the trigger
    ("ستقوم السلطات بالإفراج عن ٣٠ سجيناً.", [("release", None, 30, "exact", "expected")]),
    ("ومن المقرر أن تفرج السلطات غداً عن أحد عشر معتقلاً.",
     [("release", "2025-12-14", 11, "exact", "expected")]),
    # "last Saturday" written on a Saturday is a week back
    ("أفرجت مينسك السبت الماضي عن ١٧ سجيناً.", [("release", "2025-12-06", 17, "exact", "reported")]),
    # a country adjective beside officials names a party of talks
    ("بحث وزير الخارجية التركي مع نظيره الإيراني أمس الملف النووي.",
     [("talks", "2025-12-12", None, None, "reported")]),
    # a denial a few words before the noun; renewed sanctions
    ("نفت الحكومة البيلاروسية رسميا الإفراج عن أي معتقلين.",
     [("release", None, None, None, "denied")]),
    ("جدد الاتحاد الأوروبي العقوبات على إيران أمس.",
     [("sanctions_imposed", "2025-12-12", None, None, "reported")]),
    # "... then N others": a second act of the same verb
    ("عفا الرئيس في أكتوبر عن ٤٠ سجيناً ثم عن ١٢ آخرين.",
     [("pardon", "2025-10-01", 12, "exact", "reported"),
      ("pardon", "2025-10-01", 40, "exact", "reported")]),
    # the dual of a counted noun is two
    ("أفرجت السلطات أمس عن سجينين أمريكيين.", [("release", "2025-12-12", 2, "exact", "reported")]),
    ("أُطلق سراح شخصين يوم الخميس.", [("release", "2025-12-11", 2, "exact", "reported")]),
    # leaving prison; a phone call
    ("خرج ٢١ سجيناً من السجون البيلاروسية يوم الأربعاء.",
     [("release", "2025-12-10", 21, "exact", "reported")]),
    ("اتصل الرئيس الفرنسي هاتفيا بنظيره الأوكراني أمس.",
     [("talks", "2025-12-12", None, None, "reported")]),
    # Amnesty International is no pardon: the call for a release governs
    ("طالبت منظمة العفو الدولية بالإفراج عن المعتقلين.",
     [("release", None, None, None, "demanded")]),
])
def test_arabic(sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, "ar") == expected


def test_arabic_thanks_for_an_earlier_release() -> None:
    # a release one thanks for is an earlier one: the talks' date is not its date, and the
    # sentence states a date, so the release is undated with a reason, not given the day of
    # publication (README_a: an event mentioned in passing, "thanked him for ...", is undated)
    rows = events_from_text("التقى المبعوث الأمريكي لوكاشينكو يوم الجمعة وشكره على الإفراج "
                            "عن ٩ معتقلين.", PUB, "ar")
    got = {r["event_type"]: (None if pd.isna(r["date"]) else str(r["date"].date()),
                             r["date_basis"], r["count"]) for r in rows}
    assert got == {"talks": ("2025-12-12", "stated", None),
                   "release": (None, "none", 9)}
    release = next(r for r in rows if r["event_type"] == "release")
    assert release["date_reason"] == "an event in an after clause with no date of its own"


@pytest.mark.parametrize("sentence", [
    "سمع السكان إطلاق نار كثيف قرب المطار.",
    "أطلقت الشركة أمس نسخة جديدة من تطبيقها.",
])
def test_arabic_other_subjects(sentence: str) -> None:
    assert _found(sentence, "ar") == []


def test_arabic_names_after_a_clitic() -> None:
    found = caseless_mentions("واتصل ترامب بلوكاشينكو والولايات المتحدة", "ar", load_gazetteer())
    assert [(e["as_written"], e["canonical"]) for e in found] == [
        ("ترامب", "Donald Trump"), ("لوكاشينكو", "Alexander Lukashenko"),
        ("الولايات المتحدة", "US")]


# ------------------------------------------- rules added for unseen wording ---

def _with_actor(sentence: str, language: str, published: str = PUB) -> list[tuple]:
    rows = events_from_text(sentence, published, language)
    return sorted(
        (r["event_type"],
         None if pd.isna(r["date"]) else str(r["date"].date()),
         None if pd.isna(r["count"]) else int(r["count"]),
         r["modality"], (r["actor"] or "").split("/")[0] or None)  # the first-named party
        for r in rows if not r["cumulative"])


@pytest.mark.parametrize(("sentence", "expected"), [
    # weekday names (土曜日, 木曜 without 日) and "last <weekday>" (先週金曜日)
    ("当局は水曜日、受刑者15人を釈放した。", [("release", "2025-12-10", 15, "exact", "reported")]),
    ("当局は木曜に、活動家6人を釈放した。", [("release", "2025-12-11", 6, "exact", "reported")]),
    ("政府は先週金曜日、囚人9人を恩赦した。", [("pardon", "2025-12-12", 9, "exact", "reported")]),
    # 赦免 (pardon), 保釈 (bail), 自由の身となる (walked free)
    ("大統領は10日、受刑者30人を赦免した。", [("pardon", "2025-12-10", 30, "exact", "reported")]),
    ("裁判所は8日、活動家2人を保釈した。", [("release", "2025-12-08", 2, "exact", "reported")]),
    ("拘束されていた記者3人が9日、自由の身となった。",
     [("release", "2025-12-09", 3, "exact", "reported")]),
    # adopting a package, adding to the sanctions list; removal from it (as set F and the
    # reference table label an SDN removal)
    ("欧州連合は11日、ロシアに対する新たな制裁パッケージを採択した。",
     [("sanctions_imposed", "2025-12-11", None, None, "reported")]),
    ("カナダは10日、イランの高官5人を制裁リストに加えた。",
     [("sanctions_imposed", "2025-12-10", 5, "exact", "reported")]),
    ("米財務省は9日、同国の航空会社を制裁対象から除外した。",
     [("sanctions_lifted", "2025-12-09", None, None, "reported")]),
    # an exchange named by its noun is two-sided: no number or name needed
    ("両国は7日、捕虜の交換を行った。", [("release", "2025-12-07", None, None, "reported")]),
    # a custom (通例) is no event; "not among those freed" is a denial of a release
    ("政府は祝日に受刑者を恩赦するのが通例だ。", []),
    ("同氏は12日の釈放対象に含まれなかった。", [("release", "2025-12-12", None, None, "denied")]),
    # the day of the saying before a clause ending in と発表した does not date the event
    # (the publication date stands in, date_basis "published")
    ("当局は11日、受刑者7人を釈放したと発表した。", [("release", PUB, 7, "exact", "reported")]),
])
def test_japanese_unseen_wording(sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, "ja") == expected


@pytest.mark.parametrize(("sentence", "actor"), [
    # the doer is marked by は/が; a name before で (where), の (whose), 産/国籍/人 (what, who),
    # に/への/に対する (on whom) is not
    ("カナダ政府は9日、ロシアの企業4社に制裁を科した。", "Canada"),
    ("英国は10日、イラン産原油への制裁を解除した。", "UK"),
    ("ベラルーシで11日、受刑者8人が釈放された。", None),
    ("ベラルーシは12日、ポーランド国籍の2人を釈放した。", "Belarus"),
    # coordinated subjects: the first-named acts
    ("ロシアとウクライナは12日、捕虜90人を交換した。", "Russia"),
    # names written in Japanese (names.tsv) and one-letter abbreviations before an office
    ("トランプ米大統領は11日、シリアへの制裁を緩和した。", "US"),
    ("ハマスは10日、人質4人を解放した。", "Hamas"),
    ("露外務省は10日、米国人2人を解放したと明らかにした。", "Russia"),
    ("ＥＵは９日、ベラルーシの当局者ら十人に制裁を科した。", "EU"),
])
def test_japanese_actors(sentence: str, actor: str | None) -> None:
    assert {row[-1] for row in _with_actor(sentence, "ja")} == {actor}


def test_japanese_abbreviations_only_before_an_office_or_a_name() -> None:
    gaz = load_gazetteer()
    found = caseless_mentions("日韓両政府と米露首脳は、米の価格と英語の授業について同日米国で話した",
                              "ja", gaz)
    assert [(e["as_written"], e["canonical"]) for e in found] == [
        ("日", "Japan"), ("韓", "South Korea"), ("米", "US"), ("露", "Russia"), ("米国", "US")]
    # a CLDR name with another in brackets ("ミャンマー (ビルマ)") is found by either
    found = caseless_mentions("ミャンマー軍事政権とビルマ", "ja", gaz)
    assert [e["canonical"] for e in found] == ["Myanmar", "Myanmar"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a longer subject between the verb and the pardon
    ("أصدر الرئيس الأوكراني فولوديمير زيلينسكي أمس عفواً عن ١٨ سجيناً.",
     [("pardon", "2025-12-12", 18, "reported", "Ukraine")]),
    # a pronoun written onto the preposition ("عفا عنهم")
    ("عفا عنهم بوتين يوم الأربعاء.", []),
    ("عفا بوتين يوم الأربعاء عن ٣٣ سجيناً ثم عفا عنهم مجدداً.",
     [("pardon", "2025-12-10", 33, "reported", "Russia")]),
    # sanctions with a possessive suffix ("عقوباته"), adding to a blacklist
    ("جدد الاتحاد الأوروبي عقوباته على إيران أمس.",
     [("sanctions_imposed", "2025-12-12", None, "reported", "EU")]),
    ("أضافت بريطانيا أمس ١٢ شخصاً وثلاث جهات إلى لائحتها السوداء.",
     [("sanctions_imposed", "2025-12-12", 15, "reported", "UK")]),
    # held talks; a phone call between two presidents named by their adjectives
    ("عقد وزيرا خارجية تركيا وإيران محادثات في أنقرة أمس.",
     [("talks", "2025-12-12", None, "reported", "Türkiye")]),
    # an exchange named by its noun is two-sided
    ("أجرت أرمينيا وأذربيجان أمس عملية تبادل للأسرى.",
     [("release", "2025-12-12", None, "reported", "Armenia")]),
    # expectations ("وسط توقعات بأن"); a demand "دعت ... إلى" many words before, with no date
    ("وسط توقعات بأن ترفع كندا العقوبات عن القطاع المصرفي.",
     [("sanctions_lifted", None, None, "expected", "Canada")]),
    ("دعت منظمات حقوقية السلطات الفنزويلية في بيان مشترك إلى الإفراج عن ناشطين اثنين "
     "اعتقلا الأسبوع الماضي.",
     [("release", None, 2, "demanded", "Venezuela")]),
])
def test_arabic_unseen_wording(sentence: str, expected: list[tuple]) -> None:
    assert [row for row in _with_actor(sentence, "ar")] == expected


@pytest.mark.parametrize(("sentence", "actor"), [
    # the subject after a verb that comes first (VSO), also inside the trigger's words
    ("أفرجت فنزويلا الخميس عن ستة سجناء.", "Venezuela"),
    ("خففت بريطانيا العقوبات على قطاع الطيران السوري.", "UK"),
    ("أطلقت حركة حماس أمس سراح أربع رهائن.", "Hamas"),
    # a name after a preposition is no subject
    ("أُفرج أمس عن ١٢ سجيناً في إيران.", None),
    # coordinated subjects: the first-named acts
    ("تبادلت أرمينيا وأذربيجان أمس ١٠ أسرى.", "Armenia"),
    # the subject after a verb whose match is shorter than its word ("سلّمت")
    ("سلّمت بيلاروس إلى ليتوانيا ١٤ سجيناً أمس.", "Belarus"),
])
def test_arabic_actors(sentence: str, actor: str | None) -> None:
    assert {row[-1] for row in _with_actor(sentence, "ar")} == {actor}


def test_arabic_after_clause_keeps_its_count_and_date() -> None:
    # "freed 900 after Hamas released ...": the count and the day belong to the main clause;
    # a day inside an after-clause that follows the trigger dates that clause's event only
    got = _with_actor("أفرجت إسرائيل أمس عن نحو ٩٠٠ أسير بعد أن عفا الرئيس السبت عن ٥ معتقلين.",
                      "ar")
    assert ("release", "2025-12-12", 900, "reported", "Israel") in got
    assert ("pardon", "2025-12-13", 5, "reported", None) in got


@pytest.mark.parametrize(("sentence", "expected"), [
    # signing a pardon decree is a pardon, joined to the release it led to
    ("大統領は11日、恩赦令に署名し、受刑者40人が釈放された。",
     [("pardon", "2025-12-11", 40, "exact", "reported"),
      ("release", "2025-12-11", 40, "exact", "reported")]),
    # suspending sanctions eases them; listing for an asset freeze imposes them
    ("英国は9日、シリアの銀行に対する制裁を停止した。",
     [("sanctions_eased", "2025-12-09", None, None, "reported")]),
    ("豪州政府は8日、イランの団体を資産凍結の対象に加えた。",
     [("sanctions_imposed", "2025-12-08", None, None, "reported")]),
    # talks of "both countries" need no named state
    ("両国の首相は10日、電話で協議した。", [("talks", "2025-12-10", None, None, "reported")]),
    # a day of last / next month (先月13日, 来月5日)
    ("当局は先月20日、受刑者11人を釈放した。", [("release", "2025-11-20", 11, "exact", "reported")]),
    ("政府は来月5日に制裁を解除する予定だ。",
     [("sanctions_lifted", "2026-01-05", None, None, "expected")]),
])
def test_japanese_more_wording(sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, "ja") == expected


def test_japanese_a_demand_names_whom_it_asks() -> None:
    # "XはYに対し…釈放を求めた": Y is asked to free them (the challenge labels' actor)
    got = _with_actor("欧州連合はイランに対し、拘束中の記者の解放を求めた。", "ja")
    assert got == [("release", None, None, "demanded", "Iran")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a package with more words before "of sanctions"; "adopted" (أقر, تبنى)
    ("أقر مجلس الاتحاد الأوروبي الحزمة العشرين الجديدة من العقوبات أمس.",
     [("sanctions_imposed", "2025-12-12", None, "reported", "EU")]),
    ("تبنت كندا عقوبات إضافية على ميانمار يوم الخميس.",
     [("sanctions_imposed", "2025-12-11", None, "reported", "Canada")]),
    # discussed in a phone call; two ministers (a dual) named by their adjectives
    ("ناقش بوتين وأردوغان في اتصال هاتفي أمس الوضع في المنطقة.",
     [("talks", "2025-12-12", None, "reported", "Russia")]),
    ("أجرى الوزيران الفرنسي والألماني محادثات في برلين أمس.",
     [("talks", "2025-12-12", None, "reported", "France")]),
    ("عقد وزيرا خارجية البلدين اجتماعا أمس.", [("talks", "2025-12-12", None, "reported", None)]),
    # "it is awaited that ..." (من المنتظر أن)
    ("من المنتظر أن تفرج السلطات عن عشرات المعتقلين.",
     [("release", None, None, "expected", None)]),
])
def test_arabic_more_wording(sentence: str, expected: list[tuple]) -> None:
    assert _with_actor(sentence, "ar") == expected


@pytest.mark.parametrize("sentence", [
    "ناقش الطلاب في لقاء مع المعلمين خطة الدراسة.",
    "両チームの選手は試合後、記者会見で話した。",
])
def test_no_talks_between_people_of_no_state(sentence: str) -> None:
    lang = "ar" if sentence.isascii() is False and "ا" in sentence else "ja"
    assert _found(sentence, lang) == []


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    # talked it over (話し合った) somewhere or with someone; came to talks (会談に臨んだ)
    ("ja", "英国とフランスの外相は11日、ロンドンで話し合った。",
     [("talks", "2025-12-11", None, None, "reported")]),
    ("ja", "両国の首脳は10日、会談に臨んだ。", [("talks", "2025-12-10", None, None, "reported")]),
    # deciding a pardon (恩赦を決定した) is one
    ("ja", "大統領は9日、受刑者18人の恩赦を決定した。",
     [("pardon", "2025-12-09", 18, "exact", "reported")]),
    # regained their freedom (استعادوا حريتهم)
    ("ar", "استعاد ١١ معتقلاً حريتهم يوم الأربعاء.",
     [("release", "2025-12-10", 11, "exact", "reported")]),
])
def test_freedom_talks_and_decided_pardons(language: str, sentence: str,
                                            expected: list[tuple]) -> None:
    assert _found(sentence, language) == expected


@pytest.mark.parametrize(("language", "sentence"), [
    ("ja", "選手たちは12日、ロッカールームで話し合った。"),
    ("ar", "استعاد الفريق حريته في اللعب بعد الإصابة."),
])
def test_freedom_and_talks_of_no_state(language: str, sentence: str) -> None:
    assert _found(sentence, language) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a headline ends its clauses with the noun (体言止め): the noun is the predicate, and
    # a one-letter country abbreviation opens a clause ("米は", "米、")
    ("ベラルーシが受刑者30人釈放、英は制裁緩和",
     [("release", PUB, 30, "exact", "reported", "Belarus"),
      ("sanctions_eased", PUB, None, None, "reported", "UK")]),
    ("日韓首脳が電話会談", [("talks", PUB, None, None, "reported", "Japan")]),
    # "…へ": heading for it, an expected event
    ("仏、対イラン制裁強化へ", [("sanctions_imposed", None, None, None, "expected", "France")]),
])
def test_japanese_headlines(sentence: str, expected: list[tuple]) -> None:
    rows = events_from_text(sentence, PUB, "ja")
    got = sorted((r["event_type"], None if pd.isna(r["date"]) else str(r["date"].date()),
                  None if pd.isna(r["count"]) else int(r["count"]), r["count_qualifier"],
                  r["modality"], (r["actor"] or "").split("/")[0] or None) for r in rows)
    assert got == expected


def test_japanese_one_letter_abbreviations_stay_words_elsewhere() -> None:
    found = caseless_mentions("この日は米価が上がり、プロ選手は英会話を学んだ", "ja", load_gazetteer())
    assert found == []


def test_japanese_a_release_thanked_for_is_earlier() -> None:
    # the talks' day does not date the release the envoy thanked them for
    rows = events_from_text("米特使は11日、ルカシェンコ氏と会談し、受刑者10人の釈放に感謝した。",
                            PUB, "ja")
    got = {r["event_type"]: (str(r["date"].date()), r["date_basis"], r["count"]) for r in rows}
    assert got == {"talks": ("2025-12-11", "stated", None),
                   "release": ("2025-12-13", "published", 10)}


def test_arabic_sanctions_with_an_adjective_before_new() -> None:
    assert _with_actor("فرضت كندا أمس عقوبات أوروبية جديدة على إيران.", "ar") == [
        ("sanctions_imposed", "2025-12-12", None, "reported", "Canada")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "Britain" (بريطانيا) is a name, not only the stem of an adjective; a country adjective
    # after a number and a noun describes the object, never the subject
    ("أدرجت بريطانيا أمس 7 كيانات روسية على قائمة العقوبات.",
     [("sanctions_imposed", "2025-12-12", 7, "reported", "UK")]),
    # suspending sanctions eases them; approving a package imposes them
    ("أوقفت كندا أمس العمل ببعض العقوبات على سوريا.",
     [("sanctions_eased", "2025-12-12", None, "reported", "Canada")]),
    ("وافق الاتحاد الأوروبي أمس على الحزمة الجديدة من العقوبات ضد إيران.",
     [("sanctions_imposed", "2025-12-12", None, "reported", "EU")]),
])
def test_arabic_listing_suspending_approving(sentence: str, expected: list[tuple]) -> None:
    assert _with_actor(sentence, "ar") == expected


def test_arabic_a_stopping_train_is_no_event() -> None:
    assert _found("توقف القطار أمس في المحطة.", "ar") == []
