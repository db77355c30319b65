"""Attention and timing: how many articles each outlet ran, and how soon after the first report."""

from __future__ import annotations

from functools import partial
from typing import Any

import pandas as pd

from toolkit.parallel import compute, reduce_partitions, same_kind
from toolkit.schema import ATTENTION, EVENT_COVERAGE
from toolkit.sources.outlets import lag_hours
from toolkit.sources.tables import typed

__all__ = [
    "attention_over_time",
    "event_coverage",
]


def _period_counts(articles: pd.DataFrame, freq: str, by: str) -> pd.DataFrame:
    """Articles per period and ``by`` value in one frame (or partition)."""
    dated = articles[articles["published"].notna()]
    period = dated["published"].dt.tz_convert(None).dt.to_period(freq).dt.start_time.dt.tz_localize("UTC")
    return dated.assign(period=period).groupby(["period", by], observed=True).size().rename("articles").reset_index()


def _add_counts(parts: list[pd.DataFrame], by: str) -> pd.DataFrame:
    return pd.concat(parts, ignore_index=True).groupby(["period", by], observed=True)["articles"].sum().reset_index()


def attention_over_time(articles: Any, freq: str = "W", by: str = "outlet") -> Any:
    """Count articles per period and group (outlet by default).

    Parameters
    ----------
    articles : pandas.DataFrame or dask.dataframe.DataFrame
        Articles with ``published`` and the ``by`` column. A Dask frame is
        counted partition by partition and the counts added.
    freq : str
        pandas period alias: ``"D"``, ``"W"``, ``"M"``.
    by : str
        Grouping column (``"outlet"``, or ``"outlet_type"`` after :func:`join_outlets`).

    Returns
    -------
    pandas.DataFrame or dask.dataframe.DataFrame
        The same kind as ``articles``. ATTENTION schema: ``period`` (start
        of the period, UTC), the ``by`` value, ``articles``. Articles
        without a date are left out.
    """
    for column in ("published", by):
        if column not in articles.columns:
            raise KeyError(f"attention_over_time: no column {column!r}; use one of {list(articles.columns)}")
    counts = reduce_partitions(articles[["published", by]], _period_counts, partial(_add_counts, by=by), freq, by)
    counts = counts.sort_values(["period", by], kind="stable").reset_index(drop=True)
    return same_kind(articles, typed(counts, ATTENTION))


def _coverage_part(events: pd.DataFrame, link: pd.DataFrame) -> pd.DataFrame:
    merged = link.merge(events[["event_id", "outlet", "published"]], on="event_id", how="inner")
    return (
        merged.groupby(["event_key", "event_type", "event_date", "outlet"], dropna=False)
        .agg(first_seen=("published", "min"), mentions=("event_id", "size"))
        .reset_index()
    )


def _add_coverage(parts: list[pd.DataFrame]) -> pd.DataFrame:
    return (
        pd.concat(parts, ignore_index=True)
        .groupby(["event_key", "event_type", "event_date", "outlet"], dropna=False)
        .agg(first_seen=("first_seen", "min"), mentions=("mentions", "sum"))
        .reset_index()
    )


def event_coverage(events: Any, consolidated: Any) -> Any:
    """Which outlets reported each consolidated event, and how long after the first report.

    Parameters
    ----------
    events : pandas.DataFrame or dask.dataframe.DataFrame
        Event mentions (EVENTS schema). A Dask frame is joined partition by
        partition with the (small) consolidated table.
    consolidated : pandas.DataFrame or dask.dataframe.DataFrame
        Consolidated events (CONSOLIDATED_EVENTS schema) whose ``event_ids``
        list the mentions merged.

    Returns
    -------
    pandas.DataFrame or dask.dataframe.DataFrame
        The same kind as ``events``. EVENT_COVERAGE schema, one row per
        event and outlet: ``event_key``, ``event_type``, ``date``,
        ``outlet``, ``first_seen`` (that outlet's earliest article),
        ``mentions``, ``lag_hours`` after the event's first report.
    """
    consolidated = compute(consolidated)
    link = consolidated[["event_key", "event_type", "date", "event_ids"]].explode("event_ids")
    link = link.rename(columns={"event_ids": "event_id", "date": "event_date"})
    per = reduce_partitions(events[["event_id", "outlet", "published"]], _coverage_part, _add_coverage, link)
    first = per.groupby("event_key")["first_seen"].transform("min")
    # a date without time of day (00:00) counts in whole days, as in find_copies
    per["lag_hours"] = [lag_hours(t, f) for t, f in zip(per["first_seen"], first, strict=True)]
    per["lag_hours"] = per["lag_hours"].astype(float).round(1)
    per = per.rename(columns={"event_date": "date"})
    out = per.sort_values(["date", "event_key", "lag_hours", "outlet"], kind="stable").reset_index(drop=True)
    return same_kind(events, typed(out, EVENT_COVERAGE))
