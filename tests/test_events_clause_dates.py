"""A date across a clause break dates the next clause, not the event before the break.

The break is a comma or semicolon followed by one of the language's
``coordinators`` (``resources/lang/<code>/coordinators.txt``). Sentences written
for these tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.events import events_from_text

PUB = pd.Timestamp("2025-10-02", tz="UTC")


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "In June, after a long visit to Minsk by the American envoy, 14 prisoners were "
           "freed, and in September the envoy came back."),
    ("de", "Im Juni, nach einem langen Besuch des amerikanischen Gesandten in Minsk, kamen "
           "14 Gefangene frei, und im September kehrte der Gesandte zurück."),
    ("en", "In June, after a long visit to Minsk by the American envoy, 14 prisoners were "
           "freed; in September the envoy came back."),
])
def test_the_fronted_date_dates_the_event(lang: str, sentence: str) -> None:
    rows = [r for r in events_from_text(sentence, PUB, lang) if r["event_type"] == "release"]
    assert [(str(r["date"].date()), r["count"]) for r in rows] == [("2025-06-01", 14)]


def test_a_comma_without_a_coordinator_is_no_break() -> None:
    (row,) = events_from_text("Belarus freed 14 prisoners, most of them women, in June.", PUB)
    assert str(row["date"].date()) == "2025-06-01"
