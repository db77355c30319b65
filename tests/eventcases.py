"""What the events stage finds in one sentence, as comparable tuples (shared by the recall tests)."""

from __future__ import annotations

import pandas as pd

from toolkit.events import events_from_text

SAT = pd.Timestamp("2025-12-13 15:00", tz="UTC")  # a Saturday


def _field(row: dict, name: str) -> object:
    value = row[name]
    if name == "date":
        return None if pd.isna(value) else str(value.date())
    if name == "count":
        return None if pd.isna(value) else int(value)
    return value if isinstance(value, str) else None


def summary(sentence: str, language: str, fields: tuple[str, ...], *,
            published: object = SAT, totals: bool = True) -> list[tuple]:
    """Sorted tuples of ``fields`` (EVENTS column names) of the events in ``sentence``.

    Dates are ISO days, counts ints, other missing values None; with
    ``totals=False`` running totals are left out.
    """
    return sorted(tuple(_field(r, f) for f in fields)
                  for r in events_from_text(sentence, published, language)
                  if totals or not r["cumulative"])


#: (type, date, precision, count, qualifier, modality): the fields the language tests compare.
DETAILED = ("event_type", "date", "date_precision", "count", "count_qualifier", "modality")


def found(sentence: str, language: str) -> list[tuple]:
    """Sorted (type, date, count, modality, actor) of the events in ``sentence``, published on ``SAT``."""
    return summary(sentence, language, ("event_type", "date", "count", "modality", "actor"))


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


def as_labelled(text: str, language: str, published: object = SAT, *,
                precision: bool = False) -> list[tuple]:
    """Sorted distinct (type, date or None[, precision], count, modality) of the events in
    ``text``, running totals kept, as the challenge labels read them: the date (and with
    ``precision`` its precision) is None where the text states none (an undated report
    takes the publication date)."""
    out = set()
    for r in events_from_text(text, published, language):
        unstated = pd.isna(r["date"]) or r["date_basis"] == "published"
        date = (None if unstated else str(r["date"].date()),)
        if precision:
            date += (None if unstated else r["date_precision"],)
        out.add((r["event_type"], *date, None if pd.isna(r["count"]) else int(r["count"]),
                 r["modality"]))
    return sorted(out, key=str)
