"""A sentence that opens with the people of the family's last event ("Помилованные",
"Uwolnieni", "Puštene su osobe", "The pardoned persons") tells what happened to them next:
the opening word is a reference, no second pardon or release of its own.

Sentences written for the project; one row per act, the reference word adds none.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.events import events_from_text

PUB = pd.Timestamp("2025-11-22 12:00", tz="UTC")  # a Saturday

# (language, text, the pardon's trigger, the release's trigger, count)
CASES = [
    ("ru", "Лукашенко в субботу помиловал 31 гражданина Украины. Помилованные переданы "
           "украинской стороне.", "помиловал", "переданы", 31),
    ("ru", "Президент Беларуси в субботу помиловал 31 гражданина Украины, осужденных за "
           "совершение различных преступлений. Помилованные переданы украинской стороне.",
     "помиловал", "переданы", 31),
    ("ru", "Президент в субботу помиловал 16 человек. Помилованные освобождены из колоний.",
     "помиловал", "освобождены", 16),
    ("en", "Lukashenko pardoned 31 Ukrainian citizens on Saturday. The pardoned persons have "
           "been handed over to the Ukrainian side.", "pardoned", "handed over", 31),
]


@pytest.mark.parametrize(("language", "text", "pardon", "release", "count"), CASES,
                         ids=[c[1][:40] for c in CASES])
def test_the_reference_word_adds_no_row(language: str, text: str, pardon: str, release: str,
                                        count: int) -> None:
    found = events_from_text(text, PUB, language)
    rows = sorted((r["event_type"], r["trigger"], int(r["count"])) for r in found)
    assert rows == [("pardon", pardon, count), ("release", release, count)]
