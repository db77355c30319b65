""""Last Thursday" written on a Thursday is a week back, in every language.

A weekday with its word for "last" ("last Thursday", "w zeszły czwartek", "jeudi
dernier", "am vergangenen Donnerstag") is the most recent such day before the day of
writing: on a Thursday, the Thursday before. A bare weekday on its own day is that day.
Sentences written for the project; published on Thursday 2025-09-18.
"""

from __future__ import annotations

import pytest
from eventcases import summary

THURSDAY = "2025-09-18"
FIELDS = ("event_type", "date", "count")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Belarus freed 52 prisoners last Thursday."),
        ("pl", "W zeszły czwartek uwolniono 52 więźniów."),
        ("ru", "В прошлый четверг освободили 52 заключённых."),
        ("uk", "Минулого четверга звільнили 52 в’язнів."),
        ("de", "Am vergangenen Donnerstag kamen 52 Gefangene frei."),
        ("nl", "Vorige donderdag kwamen 52 gevangenen vrij."),
        ("fr", "Jeudi dernier, 52 prisonniers ont été libérés."),
        ("it", "Giovedì scorso sono stati liberati 52 prigionieri."),
        ("es", "El jueves pasado fueron liberados 52 presos."),
        ("pt", "Na quinta-feira passada foram libertados 52 presos."),
        ("lt", "Praėjusį ketvirtadienį buvo paleisti 52 kaliniai."),
        ("hr", "Prošlog četvrtka pušteno je 52 zatvorenika."),
        ("sl", "Prejšnji četrtek so izpustili 52 zapornikov."),
    ],
)
def test_last_weekday_on_that_weekday_is_a_week_back(language: str, text: str) -> None:
    assert summary(text, language, FIELDS, published=THURSDAY) == [("release", "2025-09-11", 52)]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("Belarus freed 52 prisoners on Thursday.", THURSDAY, "2025-09-18"),
        # written on a Friday, "last Thursday" is the day before
        ("Belarus freed 52 prisoners last Thursday.", "2025-09-19", "2025-09-18"),
    ],
)
def test_plain_weekday_and_last_weekday_the_day_after(text: str, published: str, day: str) -> None:
    assert summary(text, "en", FIELDS, published=published) == [("release", day, 52)]
