"""English whole pages, fifteenth-round sweep.

Sentences written for the project in the shapes the blind development pages
(``pages_p97``, ``pages_p98``) showed:

- a release to come told of the people a count names with "the" or "all" before it
  ("The 37 will be released in the coming days", "the 22 would be freed before the
  holidays"): an expected release of that many, undated by a vague time; a past tense
  with "the" still points back ("The 37 were released on Monday": no event);
- a date inside a relative clause after a lifting ("lifted sanctions on three banks that
  it had blacklisted two years ago") is the clause's, not the lifting's;
- a modal passive whose subject runs longer than six words ("travel restrictions on a
  group of Coravian ministers could also be relaxed"): an expected easing;
- a release thanked for in a sentence with a date of its own ("Last month Trump ...
  thanked him for releasing 16 prisoners") takes neither that date nor the day an
  earlier sentence of the paragraph gave another release;
- a lifting and its denial are still read ("has no plans to lift", "removed ... from its
  sanctions list").
- a licence to come ("the formal licence ... is expected to be issued", "expected to
  publish ..., a licence for ...") is an expected easing.
- a denial with the day it was made between the verb and "that" ("denied on Wednesday
  that any exchange of prisoners was being prepared") is a denial, and that day is the
  saying's, not the event's.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.events import events_from_text

PUB = pd.Timestamp("2025-10-08", tz="UTC")


def _rows(text: str, published: pd.Timestamp = PUB) -> list[dict]:
    return events_from_text(text, published, "en", "t")


def _day(row: dict) -> str | None:
    return None if pd.isna(row["date"]) else str(pd.Timestamp(row["date"]).date())


# (sentence, count of the expected release)
FUTURE_OF_THE_COUNTED = [
    ("The 40 will be released over the coming weeks, the prison service said.", 40),
    ("Officials said the 18 would be freed before Christmas.", 18),
    ("All 25 will be set free once the paperwork is signed, a lawyer said.", 25),
    ("The statement said the 12 could be released as early as next month.", 12),
]


@pytest.mark.parametrize(("sentence", "count"), FUTURE_OF_THE_COUNTED)
def test_the_counted_people_to_be_freed_are_an_expected_release(sentence, count):
    rows = [r for r in _rows(sentence) if r["event_type"] == "release"]
    assert len(rows) == 1
    assert rows[0]["modality"] == "expected"
    assert rows[0]["count"] == count


def test_a_vague_time_leaves_the_expected_release_undated():
    rows = [r for r in _rows("The 40 will be released over the coming weeks.")
            if r["event_type"] == "release"]
    assert [_day(r) for r in rows] == [None]


@pytest.mark.parametrize("sentence", [
    "The 40 were released on Monday.",
    "The 40 have been freed, the prison service said.",
])
def test_the_counted_people_freed_in_the_past_still_point_back(sentence):
    assert not [r for r in _rows(sentence) if r["event_type"] == "release"]


def test_a_relative_clause_date_is_not_the_liftings():
    text = ("The government of Norvale released 40 prisoners on Tuesday. Within hours, its "
            "neighbour lifted sanctions on four Norvalian state firms that it had "
            "blacklisted three years ago.")
    rows = [r for r in _rows(text) if r["event_type"] == "sanctions_lifted"]
    assert len(rows) == 1
    assert rows[0]["count"] == 4
    assert _day(rows[0]) == "2025-10-07"


@pytest.mark.parametrize("sentence", [
    "An official said visa restrictions on a group of Norvalian judges could also be "
    "relaxed next year if the releases continued.",
    "He said restrictions on the airline and its subsidiaries would soon be eased.",
])
def test_a_long_subject_before_a_modal_passive_is_an_expected_easing(sentence):
    rows = [r for r in _rows(sentence) if r["event_type"] == "sanctions_eased"]
    assert len(rows) == 1
    assert rows[0]["modality"] == "expected"


def test_a_past_passive_easing_stays_reported():
    rows = [r for r in _rows("Restrictions on the state airline were eased on Monday.")
            if r["event_type"] == "sanctions_eased"]
    assert [(r["modality"], _day(r)) for r in rows] == [("reported", "2025-10-06")]


def test_a_release_thanked_for_takes_no_earlier_release_day():
    text = ("The deal built on smaller steps. In May, 11 people were freed after a visit by "
            "an American envoy. Last month the president phoned Lukashenko and thanked him "
            "for releasing nine prisoners.")
    rows = [r for r in _rows(text) if r["event_type"] == "release"]
    by_count = {r["count"]: _day(r) for r in rows}
    assert by_count[11] == "2025-05-01"
    assert by_count[9] is None


@pytest.mark.parametrize(("sentence", "kind", "modality"), [
    ("The bloc has no plans to lift its own sanctions on fertiliser.", "sanctions_lifted",
     "denied"),
    ("On Tuesday the Treasury removed the carrier from its sanctions list.", "sanctions_lifted",
     "reported"),
])
def test_a_lifting_and_its_denial_are_still_read(sentence, kind, modality):
    rows = [r for r in _rows(sentence) if r["event_type"] == kind]
    assert [r["modality"] for r in rows] == [modality]


# A licence to come: "the licence ... is expected to be issued", "was expected to publish
# ..., a licence for ...": an expected easing, undated by a vague time; a licence called
# for "not to issue" is no event, and a licence issued keeps its day.
@pytest.mark.parametrize("sentence", [
    "The formal licence for the airline is expected to be issued in the coming days, an "
    "official said.",
    "Diplomats said the Treasury was expected to publish the paperwork, a licence for the "
    "fertiliser firms, within days.",
])
def test_a_licence_to_come_is_an_expected_easing(sentence):
    rows = [r for r in _rows(sentence) if r["event_type"] == "sanctions_eased"]
    assert [(r["modality"], _day(r)) for r in rows] == [("expected", None)]


def test_a_licence_asked_not_to_be_issued_is_no_event():
    assert not _rows("Exiled activists urged Washington not to issue a licence to the firms.")


def test_a_licence_issued_keeps_its_day():
    rows = [r for r in _rows("The Treasury issued a licence for the airline on Monday.")
            if r["event_type"] == "sanctions_eased"]
    assert [(r["modality"], _day(r)) for r in rows] == [("reported", "2025-10-06")]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The interior ministry denied on Tuesday that any swap of prisoners with its neighbour "
     "was being prepared.", "release"),
    ("The government flatly denied that sanctions on the state airline would be lifted.",
     "sanctions_lifted"),
])
def test_a_denial_with_its_day_before_that_is_an_undated_denial(sentence, kind):
    rows = [r for r in _rows(sentence) if r["event_type"] == kind]
    assert [(r["modality"], _day(r)) for r in rows] == [("denied", None)]


def test_a_day_before_another_verb_still_dates_the_release():
    rows = [r for r in _rows("On Monday the court rejected the appeal and the prisoners were "
                             "released.") if r["event_type"] == "release"]
    assert [(r["modality"], _day(r)) for r in rows] == [("reported", "2025-10-06")]
