"""English events: a fourth sweep, second pass (headline-ese, timelines, month offsets).

Sentences written for the project in the style of English timelines, headlines, live
blogs and analysis; each checks one construction the first pass
(``test_events_sweep4_en.py``) did not cover: a bare count before a participle ("31
pardoned", "Belarus: 40 freed", "12 granted clemency", "another 25 walked free"), the
part after it ("20 pardoned, 9 of them women"), "freed 14 of them", a headline
participle after the measures ("airline curbs eased"), a headline's comma for "and"
("Armenia, Azerbaijan swap 6 detainees each"), month offsets ("Two months
earlier", "three months later") and "this morning". Published on Saturday 2025-12-13
(see ``eventcases.SAT``).
"""

from __future__ import annotations

import pytest
from eventcases import DETAILED, SAT, summary

from toolkit.events import events_from_text


def detailed(text: str) -> list[tuple]:
    """Sorted (type, date, precision, count, qualifier, modality), running totals left out."""
    return summary(text, "en", DETAILED, published=SAT, totals=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare count before a participle, in timeline lines and headlines
        ("Oct. 3 — 31 pardoned ahead of the holiday",
         [("pardon", "2025-10-03", "day", 31, "exact", "reported")]),
        ("March 2025: 12 granted clemency, the press service says",
         [("pardon", "2025-03-01", "month", 12, "exact", "reported")]),
        ("Belarus: 40 freed after envoy's visit",
         [("release", "2025-12-13", "day", 40, "exact", "reported")]),
        ("Nov. 2 — 17 released, including two priests",
         [("release", "2025-11-02", "day", 17, "exact", "reported")]),
        # the part after the count is no count
        ("May 2025: 20 pardoned, 9 of them women",
         [("pardon", "2025-05-01", "month", 20, "exact", "reported")]),
        # a count of "them" after the verb
        ("In April he freed 11 of them.",
         [("release", "2025-04-01", "month", 11, "exact", "reported")]),
    ],
)
def test_bare_counts(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Two months earlier" / "three months later": a month, counted from the date before
        ("Minsk freed 40 prisoners on Tuesday. Two months earlier, Lukashenko had pardoned "
         "25 people.",
         [("pardon", "2025-10-01", "month", 25, "exact", "reported"),
          ("release", "2025-12-09", "day", 40, "exact", "reported")]),
        ("In May he pardoned 20 prisoners; three months later another 25 walked free.",
         [("pardon", "2025-05-01", "month", 20, "exact", "reported"),
          ("release", "2025-08-01", "month", 25, "exact", "reported")]),
        # "this morning" is the day of publication
        ("Lukashenko met the envoy in Minsk this morning, state media report.",
         [("talks", "2025-12-13", "day", None, None, "reported")]),
    ],
)
def test_month_offsets_and_this_morning(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


def test_this_morning_is_stated() -> None:
    """"this morning" dates the talks itself (not the publication-day fallback)."""
    rows = events_from_text("Lukashenko met the envoy in Minsk this morning.", SAT, "en")
    assert [(r["event_type"], r["date_basis"], r["date_text"]) for r in rows] == [
        ("talks", "stated", "this morning")]


def test_headline_swap_parties() -> None:
    rows = events_from_text("Armenia, Azerbaijan swap 6 detainees each", SAT, "en")
    assert sorted(r["actor"] for r in rows) == ["Armenia", "Azerbaijan"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline participle after the measures
        ("Airline curbs eased as Minsk frees prisoners",
         [("sanctions_eased", "2025-12-13", "day", None, None, "reported")]),
        # a headline's comma for "and": one release per side of a swap "each"
        ("Armenia, Azerbaijan swap 6 detainees each",
         [("release", "2025-12-13", "day", 6, "exact", "reported"),
          ("release", "2025-12-13", "day", 6, "exact", "reported")]),
        # quiet: a hospital discharge, a software version
        ("8 injured, 2 released from hospital after tram collision", []),
        ("Version 3.0 released with 40 fixes", []),
        # "the 40 freed" is the group told before
        ("The 40 freed on Tuesday were driven to the border.", []),
    ],
)
def test_headline_participles_and_quiet(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected
