"""Arabic: the fourteenth-round sweep (blind development pages P89, P91: ar-c01 ... ar-c06).

Sentences written for the project, in the style of the pages' misses:

- "X و13 آخرين": a coordinator written onto the number ("و13") still joins the named
  person to "N others" (the digit view blanks the clitic; the joiner is read on the
  sentence as written), so the count is N + 1; the Belarus people are known in Arabic
  script (``gazetteer.csv``).
- "في اليوم الذي" (on the day when) is no "today": it is a same-time marker
  (``same_time_markers``), so a sentence that states its month keeps it.
- "وبعد ذلك بيومين" (two days after that) counts from the last date told, also across a
  paragraph; "وفي اليوم نفسه" (the same day) then takes the day counted.
- Aircraft are property, no count of a licence or a listing ("ثلاث طائرات"; the labels'
  rule): ``listings`` no longer holds them.
- "في أعقاب محادثات" / "عقب" (in the wake of talks) opens an after clause
  (``after_clause``): the talks take no date of the main clause.
Published on Saturday 2025-12-13 (``eventcases.SAT``) unless a case says otherwise.
"""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import as_labelled, stated

from toolkit.events import events_from_text

P, R, EASED, IMPOSED = "pardon", "release", "sanctions_eased", "sanctions_imposed"

OTHERS = [
    ("أفرجت السلطات البيلاروسية، الجمعة، عن الناشط الحقوقي أليس بيالياتسكي و9 سجناء آخرين.",
     [(R, 10, "2025-12-12")]),
    ("• 12 ديسمبر/كانون الأول: خروج ماريا كوليسنيكوفا و5 معتقلين آخرين من السجن.",
     [(R, 6, "2025-12-12")]),
    ("أطلقت مينسك الخميس سراح سيرغي تيخانوفسكي و13 آخرين.",
     [(R, 14, "2025-12-11")]),
    # no one named before the number: the count stays as written
    ("أفرجت السلطات الجمعة عن 9 سجناء آخرين.", [(R, 9, "2025-12-12")]),
]


@pytest.mark.parametrize(("text", "expected"), OTHERS, ids=[str(i) for i in range(len(OTHERS))])
def test_a_named_person_and_n_others_counts_the_person(text: str, expected: list) -> None:
    assert stated(text, "ar") == expected


def test_on_the_day_when_is_no_today() -> None:
    text = ("وكانت واشنطن قد خففت في أغسطس/آب العقوبات المفروضة على شركة الطيران، "
            "وذلك في اليوم الذي أطلقت فيه مينسك سراح 16 سجيناً.")
    assert as_labelled(text, "ar", precision=True) == [
        (R, "2025-08-01", "month", 16, "reported"),
        (EASED, "2025-08-01", "month", None, "reported")]


def test_today_is_still_today() -> None:
    assert stated("أفرجت السلطات البيلاروسية اليوم عن 12 سجيناً.", "ar") == [
        (R, 12, "2025-12-13")]


def test_two_days_after_that_counts_from_the_last_date_told() -> None:
    text = ("وقّع لوكاشينكو في 13 كانون الأول/ديسمبر مرسوماً بالعفو عن 123 سجيناً.\n\n"
            "وبعد ذلك بيومين، أصدرت وزارة الخزانة الأميركية ترخيصاً عاماً يسمح بالتعامل مع "
            "شركات البوتاس. وفي اليوم نفسه، وسّع الاتحاد الأوروبي عقوباته على مينسك.")
    published = pd.Timestamp("2025-12-20", tz="UTC")
    assert as_labelled(text, "ar", published) == [
        (P, "2025-12-13", 123, "reported"),
        (EASED, "2025-12-15", None, "reported"),
        (IMPOSED, "2025-12-15", None, "reported")]


def test_a_week_before_that_counts_back() -> None:
    text = ("أفرجت مينسك في 21 حزيران/يونيو عن 14 سجيناً.\n\n"
            "وقبل ذلك بأسبوع، التقى المبعوث الأميركي لوكاشينكو في مينسك.")
    published = pd.Timestamp("2025-06-25", tz="UTC")
    rows = {(r["event_type"], str(r["date"].date())) for r in
            events_from_text(text, published, "ar") if not pd.isna(r["date"])}
    assert ("talks", "2025-06-14") in rows


def test_a_count_after_the_verb_is_still_the_verb() -> None:
    assert stated("أصدر لوكاشينكو الأحد مرسوماً بالعفو عن 22 شخصاً، بينهم 15 امرأة.",
                  "ar") == [(P, 22, "2025-12-07")]


def test_aircraft_are_no_count_of_a_licence() -> None:
    text = "وأصدرت وزارة الخزانة الأمريكية الثلاثاء رخصة عامة تتيح التعامل مع أربع طائرات حكومية."
    assert stated(text, "ar") == [(EASED, None, "2025-12-09")]


def test_entities_are_still_counted() -> None:
    text = "فرضت الولايات المتحدة الثلاثاء عقوبات على سبعة كيانات وثلاثة أفراد."
    assert stated(text, "ar") == [(IMPOSED, 10, "2025-12-09")]


def test_talks_in_the_wake_clause_take_no_date_of_the_main_clause() -> None:
    text = ("أصدر لوكاشينكو في 13 كانون الأول/ديسمبر عفواً عن 123 سجيناً، وذلك في أعقاب "
            "محادثات استمرت يومين أجراها المبعوث الأميركي جون كول مع لوكاشينكو في مينسك.")
    assert as_labelled(text, "ar") == [(P, "2025-12-13", 123, "reported"),
                                       ("talks", None, None, "reported")]
