"""Fourth sweep of Arabic and Japanese: news wording the earlier sweeps lacked.

Arabic: a weekday, a date or a long subject between the verb and its object
("عفا الرئيس ... ، الأربعاء، عن", "أطلقت السلطات ... قبل يومين سراح", "أصدرت الوزارة ... يوم
الاثنين ترخيصاً عاماً", "أدرج الاتحاد ... في ٢٧ آذار/مارس ٢٥ فرداً ... على قائمته السوداء");
"للإدراج على قائمة العقوبات"; "تحادث الرئيسان ... هاتفياً"; "نالت / حصل ... على عفو";
"لم يكن ... بين المُفرج عنهم" (a denied release); "بطلب عفو" and "مقابل تخفيف العقوبات"
(a petition, a counterpart: no event); "امس" without hamza; "أن واشنطن قد تخفف" and a
conditional "إذا أفرجت" (expected) beside the pluperfect "كانت ... قد أفرجت" (reported);
"لا يزال ١١٣٥ سجيناً" and a year before a noun trigger are no counts.

Japanese: "特別指定国民（SDN）リストから削除した", "制裁を１年間延長した" (a renewal: no event),
"政治犯は１１３５人に上り" (who is held), "12、13両日" (the first day); "مع ١١ معتقلاً آخرين"
(with 11 others: the one named counts too).

Shared: a date in the after-clause of a mention's own twin dates the pair ("أفرجت ... عن
كاهنين بعد أن عفا عنهما ... الخميس", "liberó ... después de que los indultara el jueves");
a count read by a language's count pattern is checked for who is held.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none,
published on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import stated

WORDING = [
    ('ar', 'عفا الرئيس البيلاروسي ألكسندر لوكاشينكو، الثلاثاء، عن أربعين سجيناً.',
     [('pardon', 40, '2025-12-09', 'reported')]),
    ('ar', 'وكان لوكاشينكو قد عفا في الثاني من تشرين الأول/أكتوبر عن ١٧ مداناً.',
     [('pardon', 17, '2025-10-02', 'reported')]),
    ('ar', 'أطلقت السلطات البيلاروسية قبل ثلاثة أيام سراح صحافي بولندي.',
     [('release', None, '2025-12-10', 'reported')]),
    ('ar', 'أصدرت وزارة الخزانة الأمريكية يوم الخميس ترخيصاً عاماً لشركة الطيران.',
     [('sanctions_eased', None, '2025-12-11', 'reported')]),
    ('ar', 'وأدرجت كندا في ٣ شباط/فبراير ١١ فرداً وأربعة كيانات على قائمتها السوداء.',
     [('sanctions_imposed', 15, '2025-02-03', 'reported')]),
    ('ar', 'وصادق المجلس أمس على معيار جديد للإدراج على قائمة العقوبات.',
     [('sanctions_imposed', None, '2025-12-12', 'reported')]),
    ('ar', 'تحادث الزعيمان الروسي والتركي هاتفياً يوم الأربعاء.',
     [('talks', None, '2025-12-10', 'reported')]),
    ('ar', 'نالت ١٢ سجينة عفواً رئاسياً يوم الاثنين.',
     [('pardon', 12, '2025-12-08', 'reported')]),
    ('ar', 'وحصل ٤٠ معتقلاً على عفو رئاسي امس.',
     [('pardon', 40, '2025-12-12', 'reported')]),
    # released "with 11 other detainees": the one named counts too
    ('ar', 'أُطلق سراح الناشط أمس مع ١١ معتقلاً آخرين.',
     [('release', 12, '2025-12-12', 'reported')]),
]

DENIED_AND_EXPECTED = [
    ('ar', 'ولم تكن الناشطة المعروفة بين المُفرج عنهم يوم الخميس.',
     [('release', None, '2025-12-11', 'denied')]),
    ('ar', 'ويرى محللون أن لندن قد تخفف بعض عقوباتها إذا أفرجت طهران عن المعتقلين.',
     [('release', None, None, 'expected'), ('sanctions_eased', None, None, 'expected')]),
    ('ar', 'وأفادت الخارجية أن مينسك كانت قد أفرجت عن ١٥ سجيناً يوم الثلاثاء.',
     [('release', 15, '2025-12-09', 'reported')]),
]

QUIET = [
    # a petition for a pardon, and the counterpart of a deal, are no events of their own
    ('ar', 'وقد رفض المعارض التقدم بطلب عفو.', []),
    ('ar', 'أفرجت مينسك عن ٢٠ سجيناً يوم الجمعة مقابل تخفيف العقوبات على مصارفها.',
     [('release', 20, '2025-12-12', 'reported')]),
    # who is held, and a year before a noun trigger, are no counts
    ('ar', 'لا يزال ٩٠٠ سجين سياسي خلف القضبان، فيما أُفرج عن ٣٠٠ منذ آب ٢٠٢٤ بموجب عفو.', []),
    # a meeting with the press is no talks between parties
    ('ar', 'واجتمع الرئيس التونسي بالامس مع ممثلي الصحافة المحلية.', []),
    ('ja', 'ＥＵは、ロシアに対する制裁を６カ月延長した。', []),
    ('ja', '人権団体によると、政治犯は９００人に上り、２０２４年８月以降に恩赦で釈放されたのは３００人だった。', []),
]

JAPANESE = [
    ('ja', '米財務省は10日、イランの海運会社を特別指定国民（SDN）リストから削除した。',
     [('sanctions_lifted', None, '2025-12-10', 'reported')]),
    ('ja', 'ロシアとウクライナの代表団は10、11両日、イスタンブールで協議した。',
     [('talks', None, '2025-12-10', 'reported')]),
]

TWINS = [
    ('ar', 'أفرجت السلطات عن سجينين بعد أن عفا عنهما الرئيس يوم الثلاثاء.',
     [('pardon', 2, '2025-12-09', 'reported'), ('release', 2, '2025-12-09', 'reported')]),
    ('es', 'Las autoridades liberaron a dos presos después de que el presidente los indultara el martes.',
     [('pardon', 2, '2025-12-09', 'reported'), ('release', 2, '2025-12-09', 'reported')]),
]


@pytest.mark.parametrize("language, text, expected", WORDING,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(WORDING)])
def test_wording(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize("language, text, expected", DENIED_AND_EXPECTED,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(DENIED_AND_EXPECTED)])
def test_denied_and_expected(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize("language, text, expected", QUIET,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(QUIET)])
def test_quiet(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize("language, text, expected", JAPANESE,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(JAPANESE)])
def test_japanese(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize("language, text, expected", TWINS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(TWINS)])
def test_twin_in_after_clause(language: str, text: str, expected: list[tuple]) -> None:
    """A date in the after-clause of the mention's own twin dates the pair."""
    assert stated(text, language, modality=True) == sorted(expected, key=str)
