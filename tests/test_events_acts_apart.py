"""Two acts of one happening told on two days within one sentence.

"Belarus freed 52 prisoners on Friday, two days after Lukashenko pardoned them": the
pardon is counted back from the release's day (an offset marker between two triggers of
one family keeps them apart), and "them" are the same 52. Sentences written for the
project; published on Saturday 2025-12-13 (``eventcases.SAT``).
"""

from __future__ import annotations

import pytest
from eventcases import SAT, summary

FIELDS = ("event_type", "date", "date_precision", "count")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Belarus freed 52 political prisoners on Friday, two days after Lukashenko "
               "pardoned them.",
         [("pardon", "2025-12-10", "day", 52), ("release", "2025-12-12", "day", 52)]),
        ("en", "Lukashenko pardoned 52 prisoners on Wednesday and, two days later, they were "
               "freed and taken to Lithuania.",
         [("pardon", "2025-12-10", "day", 52), ("release", "2025-12-12", "day", 52)]),
        ("ru", "В пятницу на свободу вышли 52 политзаключённых — через два дня после того, как "
               "Лукашенко их помиловал.",
         [("pardon", "2025-12-10", "day", 52), ("release", "2025-12-12", "day", 52)]),
        ("uk", "У п’ятницю на волю вийшли 52 політв’язні — через два дні після того, як "
               "Лукашенко їх помилував.",
         [("pardon", "2025-12-10", "day", 52), ("release", "2025-12-12", "day", 52)]),
        # one act on one day: still one pardon and one release of the same people
        ("en", "Lukashenko pardoned and released 14 prisoners on Saturday.",
         [("pardon", "2025-12-13", "day", 14), ("release", "2025-12-13", "day", 14)]),
        # a named person freed on another day is not the counted group
        ("en", "In February Minsk freed three people, and in April it let go Youras "
               "Ziankovich, a US citizen.",
         [("release", "2025-02-01", "month", 3), ("release", "2025-04-01", "month", None)]),
    ],
)
def test_two_acts_two_days(language: str, text: str, expected: list[tuple]) -> None:
    assert summary(text, language, FIELDS, published=SAT, totals=False) == sorted(expected)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # "через 2 дня" is also read as a date ("in two days"); inside the marker it is the
        # marker, and the talks count forward from 4 June, the date after it
        ("ru", "Лукашенко встретился с посланником через два дня после того, как 4 июня "
               "освободили 14 заключённых.",
         [("release", "2025-06-04", "day", 14), ("talks", "2025-06-06", "day", None)]),
        ("uk", "Лукашенко зустрівся з посланцем через два дні після того, як 4 червня "
               "звільнили 14 в’язнів.",
         [("release", "2025-06-04", "day", 14), ("talks", "2025-06-06", "day", None)]),
    ],
)
def test_counted_from_a_later_clause(language: str, text: str, expected: list[tuple]) -> None:
    assert summary(text, language, FIELDS, published=SAT, totals=False) == sorted(expected)
