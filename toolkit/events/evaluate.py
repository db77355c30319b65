"""Evaluation: extracted events scored against a reference timeline or an answer key."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pandas as pd

from toolkit.events.consolidate import consolidate_events, counts_compatible
from toolkit.events.registry import event_types
from toolkit.schema import REFERENCE_EVENTS

__all__ = ["ReferenceComparison", "compare_to_reference", "labels_to_events", "score_mentions"]


@dataclass
class ReferenceComparison:
    """Extracted events scored against a reference timeline.

    Attributes
    ----------
    matched : pandas.DataFrame
        One row per matched pair: reference columns prefixed ``ref_``,
        extracted columns prefixed ``ext_``, ``days_apart`` and
        ``count_agrees``.
    missed : pandas.DataFrame
        Reference events nothing matched.
    extra : pandas.DataFrame
        Extracted events that match no reference event.
    precision, recall, f1 : float
        Share of extracted events matched, share of reference events found,
        and their harmonic mean (NaN when undefined).
    """

    matched: pd.DataFrame
    missed: pd.DataFrame
    extra: pd.DataFrame
    precision: float
    recall: float
    f1: float

    def summary(self) -> pd.DataFrame:
        """One-row table: matched, missed, extra, precision, recall, f1."""
        return pd.DataFrame([{
            "matched": len(self.matched), "missed": len(self.missed), "extra": len(self.extra),
            "precision": round(self.precision, 3), "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }])

    def as_dict(self) -> dict[str, Any]:
        """The scores and table sizes as a plain dict."""
        return self.summary().iloc[0].to_dict()


def _same_when(a: pd.Timestamp, a_prec: Any, b: pd.Timestamp, b_prec: Any,
               tolerance_days: int) -> float | None:
    """Days apart when two dates agree at the coarser precision, else None."""
    if a is None or b is None or pd.isna(a) or pd.isna(b):
        return None
    coarse = {a_prec, b_prec}
    if "year" in coarse:
        return 0.0 if a.year == b.year else None
    if "month" in coarse:
        return 0.0 if (a.year, a.month) == (b.year, b.month) else None
    if "week" in coarse:
        return 0.0 if abs((a - b).days) <= 6 + tolerance_days else None
    gap = abs((a - b).days)
    return float(gap) if gap <= tolerance_days else None


def compare_to_reference(events: pd.DataFrame, reference: pd.DataFrame | None = None, *,
                         tolerance_days: int = 1, related_types: bool = False,
                         start: Any = None, end: Any = None) -> ReferenceComparison:
    """Score extracted events against a reference timeline.

    Parameters
    ----------
    events : pandas.DataFrame
        Consolidated events (CONSOLIDATED_EVENTS), or mentions (EVENTS),
        which are consolidated first with :func:`consolidate_events`.
    reference : pandas.DataFrame, optional
        The timeline to score against (REFERENCE_EVENTS schema: ``date``,
        ``event_type``, ``count``, ``count_qualifier``, ``disagreement``).
        Default: the bundled reference timeline of the Belarus story,
        :func:`toolkit.datasets.load_reference_events` -- pass your own for
        any other story. Rows of type ``other`` and rows that only record a
        disagreement are not events to find and are left out.
    tolerance_days : int
        Largest date difference for a match at day precision (month- or
        year-precision dates are compared at that precision).
    related_types : bool
        Let pardon match release and sanctions eased match lifted.
    start, end : date-like, optional
        Compare only events (both sides) within this period, e.g. the period
        a corpus covers.

    Returns
    -------
    ReferenceComparison
        ``matched``, ``missed`` and ``extra`` tables, ``precision``,
        ``recall`` and ``f1``.
    """
    if "event_key" not in events.columns:
        events = consolidate_events(events)
    if reference is None:
        from toolkit.datasets import load_reference_events

        reference = load_reference_events()
    ref, ext = _in_period(_events_to_find(reference), events.copy(), start, end)
    ref = ref.sort_values("date", kind="stable").reset_index(drop=True)
    ext = ext.reset_index(drop=True)
    used: set[int] = set()
    pairs: list[dict[str, Any]] = []
    missed_idx: list[int] = []
    for i, r in ref.iterrows():
        best = _best_match(r, ext, used, tolerance_days, related_types)
        if best is None:
            missed_idx.append(i)
            continue
        j, gap, agrees = best
        used.add(j)
        pair = {f"ref_{k}": v for k, v in r.items()}
        pair.update({f"ext_{k}": v for k, v in ext.loc[j].items()})
        pair["days_apart"] = gap
        pair["count_agrees"] = agrees
        pairs.append(pair)
    matched = pd.DataFrame(pairs)
    missed = ref.loc[missed_idx].reset_index(drop=True)
    extra = ext.loc[[j for j in range(len(ext)) if j not in used]].reset_index(drop=True)
    precision = len(pairs) / len(ext) if len(ext) else float("nan")
    recall = len(pairs) / len(ref) if len(ref) else float("nan")
    f1 = (2 * precision * recall / (precision + recall)
          if precision and recall and precision + recall else float("nan"))
    return ReferenceComparison(matched, missed, extra, precision, recall, f1)


def _events_to_find(reference: pd.DataFrame) -> pd.DataFrame:
    if not isinstance(reference, pd.DataFrame):
        raise TypeError("compare_to_reference: reference must be a DataFrame "
                        f"({REFERENCE_EVENTS.name} schema), got {type(reference).__name__}")
    missing = [c for c in ("date", "event_type") if c not in reference.columns]
    if missing:
        raise ValueError(f"compare_to_reference: the reference lacks columns {missing}; "
                         f"expected the {REFERENCE_EVENTS.name} schema")
    ref = reference[reference["event_type"].isin(list(event_types()))].copy()
    if "disagreement" in ref.columns:
        ref = ref[~ref["disagreement"].fillna(False).astype(bool)]
    return ref


def _in_period(ref: pd.DataFrame, ext: pd.DataFrame, start: Any, end: Any
               ) -> tuple[pd.DataFrame, pd.DataFrame]:
    for bound, op in ((start, "ge"), (end, "le")):
        if bound is not None:
            ts = pd.Timestamp(bound)
            ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
            ref = ref[getattr(ref["date"], op)(ts)]
            ext = ext[getattr(ext["date"], op)(ts).fillna(False)]
    return ref, ext


def _family(name: str) -> str:
    types = event_types()
    return types[name].family if name in types else name


def _best_match(r: pd.Series, ext: pd.DataFrame, used: set[int], tolerance_days: int,
                related_types: bool) -> tuple[int, float, bool] | None:
    """The unused extracted event closest in date to reference row ``r`` (counts that
    agree break ties): ``(row, days apart, counts agree)``, or None."""
    best = None
    for j, e in ext.iterrows():
        if j in used:
            continue
        same = r["event_type"] == e["event_type"] or (
            related_types and _family(r["event_type"]) == _family(e["event_type"]))
        if not same:
            continue
        gap = _same_when(r["date"], "day", e["date"], e["date_precision"], tolerance_days)
        if gap is None:
            continue
        agrees = counts_compatible((r.get("count"), r.get("count_qualifier")),
                                   (e.get("count"), e.get("count_qualifier")))
        score = (gap, not agrees)
        if best is None or score < best[0]:
            best = (score, j, gap, agrees)
    return None if best is None else best[1:]


def labels_to_events(labels: pd.DataFrame, key: str = "file") -> pd.DataFrame:
    """Explode an answer key's JSON ``events`` column into one row per labelled event.

    Parameters
    ----------
    labels : pandas.DataFrame
        LABELS table (``events`` holds a JSON list of ``{type, date, count,
        qualifier, cumulative, modality}``).
    key : str
        Column identifying the article.

    Returns
    -------
    pandas.DataFrame
        Columns ``key, event_type, date, date_precision, count,
        count_qualifier, cumulative, modality``.
    """
    rows = []
    for k, raw in zip(labels[key], labels["events"], strict=True):
        if raw is None or (not isinstance(raw, list) and pd.isna(raw)):
            continue
        items = json.loads(raw) if isinstance(raw, str) else raw
        for item in items:
            when = item.get("date")
            precision = None
            if when:
                precision = {4: "year", 7: "month"}.get(len(str(when)), "day")
            rows.append({
                "key": k,
                "event_type": item.get("type"),
                "date": pd.Timestamp(str(when)).tz_localize("UTC") if when else pd.NaT,
                "date_precision": precision,
                "count": item.get("count"),
                "count_qualifier": item.get("qualifier") or (
                    "exact" if item.get("count") is not None else None),
                "cumulative": bool(item.get("cumulative", False)),
                "modality": item.get("modality") or "reported",
            })
    out = pd.DataFrame(rows, columns=["key", "event_type", "date", "date_precision", "count",
                                      "count_qualifier", "cumulative", "modality"])
    out["count"] = out["count"].astype("Int64")
    out["date"] = pd.to_datetime(out["date"], utc=True)
    return out


def _norm_count(v: Any) -> int | None:
    return None if v is None or pd.isna(v) else int(v)


def _norm_qual(count: Any, q: Any) -> str | None:
    if count is None or pd.isna(count):
        return None
    return q if isinstance(q, str) else "exact"


def score_mentions(predicted: pd.DataFrame, expected: pd.DataFrame, *,
                   key: str = "key", tolerance_days: int = 1) -> dict[str, Any]:
    """Precision and recall of extracted mentions against labelled events, per article.

    Both tables have a ``key`` column naming the article. Within an article,
    repeated mentions of the same event are counted once. A predicted event
    matches a labelled one when type, ``cumulative`` and ``modality`` are
    equal, count and qualifier are equal, and the dates agree within
    ``tolerance_days`` (a month- or year-precision label is compared at
    that precision; an undated label matches only an undated prediction).

    Returns
    -------
    dict
        ``precision``, ``recall``, ``tp``, ``n_predicted``, ``n_expected``,
        and ``misses`` / ``extras`` (lists of dicts) to inspect.
    """
    def dedup(frame: pd.DataFrame) -> list[dict[str, Any]]:
        seen = set()
        out = []
        for rec in frame.to_dict("records"):
            when = rec.get("date")
            when = None if when is None or pd.isna(when) else pd.Timestamp(when)
            count = _norm_count(rec.get("count"))
            sig = (rec[key], rec["event_type"], when, rec.get("date_precision") if when else None,
                   count, _norm_qual(count, rec.get("count_qualifier")),
                   bool(rec.get("cumulative")), rec.get("modality") or "reported")
            if sig in seen:
                continue
            seen.add(sig)
            out.append(dict(zip(("key", "event_type", "date", "date_precision", "count",
                                 "count_qualifier", "cumulative", "modality"), sig, strict=True)))
        return out

    pred = dedup(predicted)
    exp = dedup(expected)
    used: set[int] = set()
    misses = []
    for e in exp:
        hit = None
        for j, p in enumerate(pred):
            if j in used or p["key"] != e["key"]:
                continue
            if (p["event_type"], p["cumulative"], p["modality"], p["count"],
                    p["count_qualifier"]) != (e["event_type"], e["cumulative"], e["modality"],
                                              e["count"], e["count_qualifier"]):
                continue
            if e["date"] is None:
                ok = p["date"] is None
            else:
                ok = _same_when(e["date"], e["date_precision"], p["date"],
                                p["date_precision"] or "day", tolerance_days) is not None
                if ok and e["date_precision"] == "day" and p["date_precision"] not in ("day",):
                    ok = False
            if ok:
                hit = j
                break
        if hit is None:
            misses.append(e)
        else:
            used.add(hit)
    tp = len(used)
    extras = [p for j, p in enumerate(pred) if j not in used]
    return {
        "precision": tp / len(pred) if pred else float("nan"),
        "recall": tp / len(exp) if exp else float("nan"),
        "tp": tp, "n_predicted": len(pred), "n_expected": len(exp),
        "misses": misses, "extras": extras,
    }
