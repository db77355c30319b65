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


def stated(sentence: str, language: str, *, modality: bool = False) -> list[tuple]:
    """Sorted distinct (type, count, date[, modality]) of the events in ``sentence``,
    published on ``SAT``, running totals left out; the date is None where the
    sentence states none (an undated report takes the publication date)."""
    out = set()
    for r in events_from_text(sentence, SAT, language):
        if r["cumulative"]:
            continue
        unstated = pd.isna(r["date"]) or r["date_basis"] == "published"
        row = (r["event_type"], None if pd.isna(r["count"]) else int(r["count"]),
               None if unstated else str(r["date"].date()))
        out.add((*row, r["modality"]) if modality else row)
    return sorted(out, key=str)
