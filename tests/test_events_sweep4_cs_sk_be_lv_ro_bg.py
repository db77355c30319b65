"""Fourth sweep, Czech, Slovak, Belarusian, Latvian, Romanian and Bulgarian.

A weekday with the language's word for "last" written on that weekday is a week back;
"a few hours later" keeps the day and "праз дзень" counts one on; lifting "further" or
"other" sanctions is an easing; tankers and vessels are what a listing counts; prisoners
handed "to the Ukrainian side" are released. Sentences written for the project.
"""

from __future__ import annotations

import pytest
from eventcases import summary

THURSDAY = "2025-09-18"
FIELDS = ("event_type", "date", "count", "modality")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "Minulý čtvrtek propustili z vězení 40 lidí."),
        ("cs", "V minulý čtvrtek bylo propuštěno 40 vězňů."),
        ("sk", "Minulý štvrtok prepustili z väzenia 40 ľudí."),
        ("be", "У мінулы чацвер на волю выйшлі 40 палітвязняў."),
        ("lv", "Pagājušajā ceturtdienā tika atbrīvoti 40 ieslodzītie."),
        ("ro", "Joia trecută au fost eliberați 40 de deținuți."),
        ("bg", "Миналия четвъртък бяха освободени 40 затворници."),
    ],
)
def test_last_weekday_on_that_weekday_is_a_week_back(language: str, text: str) -> None:
    assert summary(text, language, FIELDS, published=THURSDAY) == [
        ("release", "2025-09-11", 40, "reported")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "Ve čtvrtek propustili z vězení 40 lidí."),
        ("ro", "Joi au fost eliberați 40 de deținuți."),
        ("bg", "В четвъртък бяха освободени 40 затворници."),
    ],
)
def test_plain_weekday_on_that_weekday_is_that_day(language: str, text: str) -> None:
    assert summary(text, language, FIELDS, published=THURSDAY) == [
        ("release", "2025-09-18", 40, "reported")]


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("cs", "Vyslanec se ve středu setkal s Lukašenkem. Několik hodin nato bylo propuštěno "
               "40 vězňů.", "2025-09-17"),
        ("sk", "Vyslanec sa v stredu stretol s Lukašenkom. Pár hodín nato prepustili 40 väzňov.",
         "2025-09-17"),
        ("be", "Пасланнік у сераду сустрэўся з Лукашэнкам. Праз дзень на волю выйшлі 40 "
               "палітвязняў.", "2025-09-18"),
    ],
)
def test_hours_later_and_a_day_later(language: str, text: str, day: str) -> None:
    assert ("release", day, 40, "reported") in summary(text, language, FIELDS,
                                                        published=THURSDAY)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "Washington může zrušit další sankce proti Minsku."),
        ("sk", "Washington môže zrušiť ďalšie sankcie voči Minsku."),
        ("lv", "Vašingtona varētu atcelt vēl citas sankcijas pret Minsku."),
        ("ro", "Washingtonul ar putea ridica alte sancțiuni impuse Minskului."),
        ("bg", "Вашингтон може да отмени още санкции срещу Минск."),
    ],
)
def test_lifting_further_sanctions_is_an_easing(language: str, text: str) -> None:
    assert summary(text, language, ("event_type", "modality"), published=THURSDAY) == [
        ("sanctions_eased", "expected")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "Británie ve středu uvalila sankce na třicet tankerů."),
        ("lv", "Lielbritānija trešdien noteica sankcijas 30 tankkuģiem."),
        ("bg", "Великобритания наложи в сряда санкции на 30 танкера."),
    ],
)
def test_tankers_are_counted_in_a_listing(language: str, text: str) -> None:
    assert summary(text, language, FIELDS, published=THURSDAY) == [
        ("sanctions_imposed", "2025-09-17", 30, "reported")]


def test_handed_to_the_ukrainian_side_is_a_release() -> None:
    text = "Дваццаць вязняў памілавалі ў сераду і перадалі ўкраінскаму боку."
    assert summary(text, "be", FIELDS, published=THURSDAY) == [
        ("pardon", "2025-09-17", 20, "reported"), ("release", "2025-09-17", 20, "reported")]



@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Мяркуецца, што неўзабаве на волю выйдуць яшчэ 30 палітвязняў.", "expected"),
        ("Мы патрабуем ад мінскіх улад неадкладна і безумоўна вызваліць усіх палітвязняў.",
         "demanded"),
    ],
)
def test_belarusian_future_release_and_first_person_demand(text: str, modality: str) -> None:
    assert [m for _, m in summary(text, "be", ("event_type", "modality"),
                                  published=THURSDAY)] == [modality]
