"""Attention and timing: how many articles each outlet ran, and how soon after the first report."""

from __future__ import annotations

import pandas as pd

from toolkit.schema import ATTENTION, EVENT_COVERAGE
from toolkit.sources.outlets import lag_hours
from toolkit.sources.tables import typed

__all__ = [
    "attention_over_time",
    "event_coverage",
]


def attention_over_time(articles: pd.DataFrame, freq: str = "W", by: str = "outlet") -> pd.DataFrame:
    """Count articles per period and group (outlet by default).

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles with ``published`` and the ``by`` column.
    freq : str
        pandas period alias: ``"D"``, ``"W"``, ``"M"``.
    by : str
        Grouping column (``"outlet"``, or ``"outlet_type"`` after :func:`join_outlets`).

    Returns
    -------
    pandas.DataFrame
        ATTENTION schema: ``period`` (start of the period, UTC), the ``by``
        value, ``articles``. Articles without a date are left out.
    """
    for column in ("published", by):
        if column not in articles:
            raise KeyError(f"attention_over_time: no column {column!r}; use one of {list(articles.columns)}")
    dated = articles[articles["published"].notna()]
    period = dated["published"].dt.tz_convert(None).dt.to_period(freq).dt.start_time.dt.tz_localize("UTC")
    counts = dated.assign(period=period).groupby(["period", by], observed=True).size().rename("articles").reset_index()
    return typed(counts.sort_values(["period", by], kind="stable").reset_index(drop=True), ATTENTION)


def event_coverage(events: pd.DataFrame, consolidated: pd.DataFrame) -> pd.DataFrame:
    """Which outlets reported each consolidated event, and how long after the first report.

    Parameters
    ----------
    events : pandas.DataFrame
        Event mentions (EVENTS schema).
    consolidated : pandas.DataFrame
        Consolidated events (CONSOLIDATED_EVENTS schema) whose ``event_ids``
        list the mentions merged.

    Returns
    -------
    pandas.DataFrame
        EVENT_COVERAGE schema, one row per event and outlet: ``event_key``,
        ``event_type``, ``date``, ``outlet``, ``first_seen`` (that outlet's
        earliest article), ``mentions``, ``lag_hours`` after the event's
        first report.
    """
    link = consolidated[["event_key", "event_type", "date", "event_ids"]].explode("event_ids")
    link = link.rename(columns={"event_ids": "event_id", "date": "event_date"})
    merged = link.merge(events[["event_id", "outlet", "published"]], on="event_id", how="inner")
    per = (
        merged.groupby(["event_key", "event_type", "event_date", "outlet"], dropna=False)
        .agg(first_seen=("published", "min"), mentions=("event_id", "size"))
        .reset_index()
    )
    first = per.groupby("event_key")["first_seen"].transform("min")
    # a date without time of day (00:00) counts in whole days, as in find_copies
    per["lag_hours"] = [lag_hours(t, f) for t, f in zip(per["first_seen"], first, strict=True)]
    per["lag_hours"] = per["lag_hours"].astype(float).round(1)
    per = per.rename(columns={"event_date": "date"})
    out = per.sort_values(["date", "event_key", "lag_hours", "outlet"], kind="stable").reset_index(drop=True)
    return typed(out, EVENT_COVERAGE)
