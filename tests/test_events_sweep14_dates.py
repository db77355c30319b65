"""Event dates in every language: the sixteenth-round sweep of date resolution.

Sentences written for the project; each table checks one cause.

A month or a day named with its year relative to publication ("in August last year",
"в августе прошлого года", "im August vergangenen Jahres", "torik u serpni") is that
month of the year before (or this year, or the next), not the nearest August before
publication: the toolkit read the year word in Spanish, Italian, Dutch, Croatian and a
few others (English since 0f180a4), and dropped it in German, Russian, Ukrainian, Polish,
the other Slavic languages and Arabic, where "August of last year" written in December
was dated this August. Published on Tuesday 2025-12-16, so the nearest August and the one of last
year differ.
"""

from __future__ import annotations

import pytest
from eventcases import as_labelled

PUB = "2025-12-16"  # a Tuesday


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Am 16. August des Vorjahres begnadigte Lukaschenko 30 Gefangene.",
         [("pardon", "2024-08-16", "day", 30, "reported")]),
        ("de", "Letztes Jahr im August verhängte die EU Sanktionen gegen 12 Richter.",
         [("sanctions_imposed", "2024-08-01", "month", 12, "reported")]),
        ("ru", "В августе прошлого года Евросоюз ввёл санкции против 12 судей.",
         [("sanctions_imposed", "2024-08-01", "month", 12, "reported")]),
        ("ru", "В прошлом году в июле Лукашенко помиловал 18 человек.",
         [("pardon", "2024-07-01", "month", 18, "reported")]),
        ("uk", "Торік у серпні Лукашенко помилував 30 осіб.",
         [("pardon", "2024-08-01", "month", 30, "reported")]),
        ("pl", "16 sierpnia ub.r. Łukaszenka ułaskawił 30 osób.",
         [("pardon", "2024-08-16", "day", 30, "reported")]),
        ("pl", "W zeszłym roku w lipcu Łukaszenka ułaskawił 18 więźniów.",
         [("pardon", "2024-07-01", "month", 18, "reported")]),
        ("cs", "Loni v srpnu Lukašenko omilostnil 30 lidí.",
         [("pardon", "2024-08-01", "month", 30, "reported")]),
        ("sk", "V auguste minulého roka Lukašenko omilostil 30 ľudí.",
         [("pardon", "2024-08-01", "month", 30, "reported")]),
        ("bg", "През август миналата година Лукашенко помилва 30 души.",
         [("pardon", "2024-08-01", "month", 30, "reported")]),
        ("be", "У жніўні мінулага года Лукашэнка памілаваў 30 чалавек.",
         [("pardon", "2024-08-01", "month", 30, "reported")]),
        ("ar", "في أغسطس/آب من العام الماضي، عفا لوكاشينكو عن 30 شخصا.",
         [("pardon", "2024-08-01", "month", 30, "reported")]),
        ("nl", "In augustus van vorig jaar kregen 30 gevangenen gratie.",
         [("pardon", "2024-08-01", "month", 30, "reported")]),
        ("fr", "En août l'an dernier, Loukachenko a gracié 30 prisonniers.",
         [("pardon", "2024-08-01", "month", 30, "reported")]),
        # a year-less month stays the nearest one before publication
        ("de", "Im August verhängte die EU Sanktionen gegen 12 Richter.",
         [("sanctions_imposed", "2025-08-01", "month", 12, "reported")]),
        ("ru", "В августе Евросоюз ввёл санкции против 12 судей.",
         [("sanctions_imposed", "2025-08-01", "month", 12, "reported")]),
    ],
)
def test_a_year_named_relative_to_publication(language: str, text: str,
                                              expected: list[tuple]) -> None:
    assert as_labelled(text, language, PUB, precision=True) == expected



# Russian "накануне" opening a sentence is the day before publication ("Накануне Минск
# освободил ...") also when a subject stands between it and the verb; followed by a noun
# in the genitive it is the eve of something else ("накануне Дня Независимости",
# "накануне выборов", "накануне Нового года") and dates nothing. Published Tuesday
# 2025-10-14.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Накануне президент Белоруссии подписал указ о помиловании 16 человек.",
         [("pardon", "2025-10-13", 16, "reported")]),
        ("Накануне Лукашенко помиловал 18 заключённых.",
         [("pardon", "2025-10-13", 18, "reported")]),
        ("Накануне власти Белоруссии освободили 12 политзаключённых.",
         [("release", "2025-10-13", 12, "reported")]),
        ("Накануне ЕС ввёл санкции против 12 судей.",
         [("sanctions_imposed", "2025-10-13", 12, "reported")]),
        ("Накануне Белоруссия освободила 16 человек.",
         [("release", "2025-10-13", 16, "reported")]),
        # the eve of something else: no date
        ("Накануне Дня Независимости Лукашенко помиловал 16 человек.",
         [("pardon", None, 16, "reported")]),
        ("Накануне выборов президент помиловал 23 человека.",
         [("pardon", None, 23, "reported")]),
        ("Накануне Нового года Лукашенко помиловал 22 человека.",
         [("pardon", None, 22, "reported")]),
        ("Накануне визита американского посланника Минск освободил 14 человек.",
         [("release", None, 14, "reported")]),
    ],
)
def test_nakanune_with_a_subject_is_the_day_before(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "ru", "2025-10-14") == expected
