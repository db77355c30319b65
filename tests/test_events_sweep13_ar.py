"""Arabic: the fifteenth-round sweep (blind development pages P97: ar-ab01 ... ar-ab04).

Sentences written for the project, in the style of the pages' misses:

- The plural noun "إفراجات" (releases) is a release trigger, and, like "releases" in
  English, stands for its people where more are awaited ("ويتوقع ... مزيداً من
  الإفراجات"): ``self_anchoring``; told as a past wave with no count it is no event.
- "يأمل ... أن ..." (hopes that ...) marks what is awaited (``modality.expected``).
- "في ظل وجود أكثر من N معتقل" (with more than N held): who is held, no count of the
  event (``status_before``).
- "تخفيف للعقوبات" (an easing of the sanctions, with the preposition): an easing, and
  "لم ... أي" (did not ... any) before it denies it (``modality.denied``).
- "لم يكن X، ...، ضمن المفرج عنهم" (X was not among the freed) with a long aside
  between the verb and "among": a denied release.
- "N أوكرانياً سُلّموا إلى كييف" (N Ukrainians handed over to Kyiv): the hand-over is a
  release of the pardoned, who are counted with it.
- "ومنذ ذلك الحين" (since then): a count after it is a running total, no event.
- "منذ بدء موجة الإفراجات في صيف العام الماضي" (since the start of the wave of releases
  last summer): the season's date is a "since" date (``since``), not the day of the
  sentence's events, so a pardon and the release of the same people stay one happening
  and share the count; "موجة الإفراجات" (the wave of releases) is no trigger.
- "وأُطلق سراح المعفى عنهم في اليوم ذاته" (freed were the pardoned, the same day): where
  the verb opens the sentence, the reference to the people of the family's last counted
  event (``family_reference``) follows it; the release takes their count
  (``mention_dates.told_count``).
- "إطلاق سراح المواطنة الأمريكية X" (the release of the American citizen X): a national
  named by a nisba after the release noun is someone named (``person_name``, as fr "un
  ressortissant français"), so the release stands without a count; a speaker so named
  ("وتقول ناشطة بيلاروسية") is not.
Published on Saturday 2025-12-13 (``eventcases.SAT``).
"""

from __future__ import annotations

from eventcases import as_labelled, stated

P, R, EASED = "pardon", "release", "sanctions_eased"


def test_more_releases_awaited_is_an_expected_release() -> None:
    text = "ويتوقع دبلوماسيون غربيون مزيداً من الإفراجات في الأسابيع المقبلة."
    assert as_labelled(text, "ar") == [(R, None, None, "expected")]


def test_a_past_wave_of_releases_without_a_count_is_no_event() -> None:
    assert as_labelled("وكانت موجة الإفراجات قد بدأت في يوليو/تموز 2024.", "ar") == []


def test_since_the_start_of_the_wave_is_no_date_of_the_pardon_and_release() -> None:
    text = ("عفا لوكاشينكو الجمعة عن 40 معتقلاً، وأُفرج عنهم في اليوم ذاته، في أكبر دفعة منذ "
            "بدء موجة الإفراجات في صيف العام الماضي.")
    assert stated(text, "ar") == [(P, 40, "2025-12-12"), (R, 40, "2025-12-12")]

def test_hope_that_marks_an_awaited_release_and_the_held_count_is_not_its_count() -> None:
    text = ("وتأمل عائلات المعتقلين أن تشهد الأسابيع المقبلة إفراجات أخرى، في ظل وجود نحو "
            "900 معتقل سياسي في السجون.")
    assert as_labelled(text, "ar") == [(R, None, None, "expected")]


def test_no_easing_announced_is_a_denied_easing() -> None:
    assert as_labelled("ولم تعلن بروكسل عن أي تخفيف للعقوبات المفروضة على مينسك.", "ar") == [
        (EASED, None, None, "denied")]


def test_an_easing_of_the_sanctions_with_the_preposition_is_an_easing() -> None:
    text = "وأعلنت واشنطن الثلاثاء عن تخفيف للعقوبات المفروضة على شركة الطيران البيلاروسية."
    assert as_labelled(text, "ar") == [(EASED, "2025-12-09", None, "reported")]


def test_not_among_the_freed_after_a_long_aside_is_a_denied_release() -> None:
    text = "ولم تكن الناشطة النقابية المعروفة، التي اعتقلت قبل ثلاث سنوات، ضمن المفرج عنهم."
    assert as_labelled(text, "ar") == [(R, None, None, "denied")]


def test_pardoned_people_handed_over_to_kyiv_are_released() -> None:
    assert stated("وعفا لوكاشينكو الأربعاء عن 17 أوكرانياً سُلّموا إلى كييف.", "ar") == [
        (P, 17, "2025-12-10"), (R, 17, "2025-12-10")]


def test_a_count_since_then_is_a_running_total() -> None:
    text = ("وأُطلق سراح 14 سجيناً في يونيو/حزيران. ومنذ ذلك الحين، يقول ناشطون إن أكثر من "
            "300 شخص غادروا السجون.")
    assert stated(text, "ar") == [(R, 14, "2025-06-01")]


def test_the_verb_before_the_pardoned_takes_their_count() -> None:
    text = ("عفا الرئيس البيلاروسي الأربعاء عن 25 معتقلاً.\n\n"
            "وأُطلق سراح المعفى عنهم في اليوم ذاته، ووصل بعضهم إلى فيلنيوس.")
    assert as_labelled(text, "ar") == [(P, "2025-12-10", 25, "reported"),
                                       (R, "2025-12-10", 25, "reported")]


def test_the_release_of_a_national_named_by_nationality_is_a_release() -> None:
    text = "وجاء ذلك بعد أسابيع من إطلاق سراح الصحفي الياباني ماساكي تاناكا في أكتوبر/تشرين الأول."
    assert as_labelled(text, "ar") == [(R, "2025-10-01", None, "reported")]


def test_a_speaker_named_by_nationality_is_no_released_person() -> None:
    assert as_labelled("وتقول ناشطة بيلاروسية تقيم في ريغا: نفرح لكل من يُفرج عنه.", "ar") == []
