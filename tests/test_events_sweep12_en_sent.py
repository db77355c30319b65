"""English events: the fourteenth-round sweep of the English challenge sentences (the
development halves of sets A-I), general causes.

Sentences written for the project; each table checks one cause. Counts of people joined
by a coordinator add up ("eight women and eight men" is 16, "two Lithuanians and three
Poles" is 5), while a comma after a count of people opens its breakdown ("16 people,
eight women and eight men": 16) and a part ("including 14 foreigners and two Americans")
is no count of its own; more of them ("12 Lithuanians and 9 more Poles") are a further
group. Published on Thursday 2025-07-03.
"""

from __future__ import annotations

import pytest
from eventcases import as_labelled

PUB = "2025-07-03"  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lukashenko on Wednesday pardoned eight women and eight men convicted of extremism.",
         [("pardon", "2025-07-02", 16, "reported")]),
        ("Lukashenko has pardoned 16 people, his office said. The decree signed on "
         "Wednesday covers eight women and eight men.",
         [("pardon", "2025-07-02", 16, "reported")]),
        ("Belarus on Wednesday freed five women and three men jailed over the 2020 protests.",
         [("release", "2025-07-02", 8, "reported")]),
        ("Belarus released two Lithuanians and three Poles on Wednesday.",
         [("release", "2025-07-02", 5, "reported")]),
        ("Belarus on Wednesday released 114 Ukrainians and nine foreigners.",
         [("release", "2025-07-02", 123, "reported")]),
        # a total and its breakdown after a comma: the total
        ("Lukashenko pardoned 16 people, eight women and eight men, on Wednesday.",
         [("pardon", "2025-07-02", 16, "reported")]),
        ("Belarus freed 18 political prisoners, 13 men and five women, on Wednesday.",
         [("release", "2025-07-02", 18, "reported")]),
        # parts of a total: the total
        ("Belarus freed 52 prisoners on Wednesday, including 14 foreigners and two Americans.",
         [("release", "2025-07-02", 52, "reported")]),
        ("Belarus freed 52 prisoners on Wednesday, among them six women and three foreigners.",
         [("release", "2025-07-02", 52, "reported")]),
        # more of them: a further group, not a part of one
        ("Minsk let go 14 Latvians and 6 more Lithuanians.",
         [("release", None, 14, "reported")]),
        # counts of two events: each its own
        ("Belarus freed 20 people on Wednesday and the EU listed 5 individuals on Monday.",
         [("release", "2025-07-02", 20, "reported"),
          ("sanctions_imposed", "2025-06-30", 5, "reported")]),
    ],
)
def test_coordinated_counts_of_people_add_up(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected

