"""Numbers: which count each outlet printed for each event (who printed 52, who "more than 50")."""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = [
    "format_count",
    "reported_counts",
    "reported_counts_table",
]


_QUALIFIER_WORDS = {
    "exact": "",
    "more_than": "more than ",
    "at_least": "at least ",
    "about": "about ",
    "up_to": "up to ",
}


def format_count(count: Any, qualifier: Any) -> str | None:
    """Render a count with its qualifier, e.g. ``"more than 50"``."""
    if count is None or pd.isna(count):
        return None
    q = qualifier if isinstance(qualifier, str) else "exact"
    return f"{_QUALIFIER_WORDS.get(q, '')}{int(count)}"


def reported_counts_table(counts: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Wide view of :func:`reported_counts`: one row per event, one column per outlet (or ``by`` group).

    Each cell lists what that outlet printed, e.g. ``"52; more than 50"``; a
    cell is empty when the outlet reported no count for the event.
    """
    if counts.empty:
        return pd.DataFrame()
    frame = counts.assign(
        event=counts["date"].dt.strftime("%Y-%m-%d").fillna("undated") + " " + counts["event_type"].astype(str)
    )
    cells = (
        frame.sort_values(["count", "reported"], kind="stable")
        .groupby(["event", by], sort=True)["reported"]
        .agg(lambda values: "; ".join(dict.fromkeys(values)))
    )
    return cells.unstack(by).fillna("").rename_axis(columns=None)


def reported_counts(events: pd.DataFrame, consolidated: pd.DataFrame) -> pd.DataFrame:
    """The counts each outlet printed for each consolidated event.

    Returns
    -------
    pandas.DataFrame
        ``event_key``, ``event_type``, ``date``, ``outlet``, ``count``,
        ``count_qualifier``, ``reported`` (e.g. ``"more than 50"``),
        ``articles`` (how many of the outlet's articles said so) and
        ``disputed`` (from the consolidated event).
    """
    link = consolidated[["event_key", "event_type", "date", "disputed", "event_ids"]].explode("event_ids")
    link = link.rename(columns={"event_ids": "event_id", "date": "event_date"})
    cols = ["event_id", "article_id", "outlet", "count", "count_qualifier"]
    merged = link.merge(events[cols], on="event_id", how="inner")
    merged = merged[merged["count"].notna()]
    merged["count_qualifier"] = merged["count_qualifier"].fillna("exact")
    out = (
        merged.groupby(["event_key", "event_type", "event_date", "outlet", "count", "count_qualifier", "disputed"], dropna=False)
        .agg(articles=("article_id", "nunique"))
        .reset_index()
        .rename(columns={"event_date": "date"})
    )
    out["reported"] = [format_count(c, q) for c, q in zip(out["count"], out["count_qualifier"], strict=True)]
    order = ["event_key", "event_type", "date", "outlet", "count", "count_qualifier", "reported", "articles", "disputed"]
    return out[order].sort_values(["date", "event_key", "outlet", "count"], kind="stable").reset_index(drop=True)
