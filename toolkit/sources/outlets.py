"""The outlet registry joined to any table with an ``outlet`` column, and lags between reports.

:func:`join_outlets` adds the registry's name, type, country, language and
state affiliation, so every table (articles, copies, attributions, reported
counts) can be grouped by outlet type or country. The lag helpers count hours
between two publication times, in whole days when either has no time of day.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "join_outlets",
]


def _day_precision(ts: Any) -> bool:
    """A time of exactly 00:00:00 is read as a date without a time of day."""
    return bool(pd.notna(ts) and ts.hour == 0 and ts.minute == 0 and ts.second == 0 and ts.microsecond == 0)


def _lag_hours(copy_ts: Any, orig_ts: Any) -> float:
    """Hours from the original to the copy; whole days when either date has no time of day."""
    if pd.isna(copy_ts) or pd.isna(orig_ts):
        return np.nan
    if _day_precision(copy_ts) or _day_precision(orig_ts):
        return float((copy_ts.normalize() - orig_ts.normalize()).days * 24)
    return round((copy_ts - orig_ts).total_seconds() / 3600, 2)


def _default_outlets() -> pd.DataFrame:
    try:
        from toolkit.datasets import load_outlets

        return load_outlets()
    except (ImportError, FileNotFoundError, AttributeError):
        return pd.DataFrame(columns=["outlet", "type"])


def join_outlets(frame: pd.DataFrame, outlets: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return ``frame`` with the outlet registry's columns joined on ``outlet``.

    Adds ``outlet_name``, ``outlet_type``, ``outlet_country``,
    ``outlet_language`` and ``state_affiliated``; outlets missing from the
    registry get ``outlet_type`` and ``outlet_country`` ``"unknown"``.
    Registry columns the frame already has are replaced. The input is not
    modified. Works on any frame with an ``outlet`` column (articles,
    copies, attributions, reported counts), so every chart can group by
    outlet type or country.

    Examples
    --------
    >>> import pandas as pd
    >>> registry = pd.DataFrame({"outlet": ["a.example"], "type": ["wire"], "country": ["GB"]})
    >>> join_outlets(pd.DataFrame({"outlet": ["a.example", "b.example"]}), registry)["outlet_type"].tolist()
    ['wire', 'unknown']
    """
    registry = _default_outlets() if outlets is None else outlets
    registry = registry.rename(
        columns={"name": "outlet_name", "type": "outlet_type", "country": "outlet_country", "language": "outlet_language"}
    )
    keep = [c for c in ["outlet", "outlet_name", "outlet_type", "outlet_country", "outlet_language", "state_affiliated"] if c in registry]
    # registry columns already in the frame are replaced, never suffixed
    base = frame.drop(columns=[c for c in keep if c != "outlet" and c in frame])
    out = base.merge(registry[keep].drop_duplicates("outlet"), on="outlet", how="left")
    for column in ("outlet_type", "outlet_country"):
        if column in out:
            out[column] = out[column].fillna("unknown")
    return out
