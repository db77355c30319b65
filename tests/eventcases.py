"""What the events stage finds in one sentence, as comparable tuples (shared by the recall tests)."""

from __future__ import annotations

import pandas as pd

from toolkit.events import events_from_text

SAT = pd.Timestamp("2025-12-13 15:00", tz="UTC")  # a Saturday


def found(sentence: str, language: str) -> list[tuple]:
    """Sorted (type, date, count, modality, actor) of the events in ``sentence``, published on ``SAT``."""
    return sorted(
        (r["event_type"],
         None if pd.isna(r["date"]) else str(r["date"].date()),
         None if pd.isna(r["count"]) else int(r["count"]),
         r["modality"], r["actor"])
        for r in events_from_text(sentence, SAT, language))
