"""Numbers: which count each outlet printed for each event (who printed 52, who "more than 50")."""

from __future__ import annotations

from typing import Any

import pandas as pd

from toolkit.languages import table
from toolkit.parallel import compute, reduce_partitions, same_kind
from toolkit.schema import REPORTED_COUNTS
from toolkit.sources.tables import typed

__all__ = [
    "format_count",
    "reported_counts",
    "reported_counts_table",
]

#: Language of the words that render a count's qualifier ("more than 50").
LABEL_LANGUAGE = "en"


def format_count(count: Any, qualifier: Any, lang: str = LABEL_LANGUAGE) -> str | None:
    """Render a count with its qualifier, e.g. ``"more than 50"``.

    Parameters
    ----------
    count : int or None
        The count; None or NA gives None.
    qualifier : str or None
        A COUNT_QUALIFIERS value (None: exact).
    lang : str
        Language of the words, from its ``count_qualifier_labels.tsv``.

    Returns
    -------
    str or None

    Examples
    --------
    >>> format_count(50, "more_than")
    'more than 50'
    """
    if count is None or pd.isna(count):
        return None
    q = qualifier if isinstance(qualifier, str) else "exact"
    words = table(lang, "count_qualifier_labels").get(q, "")
    return f"{words} {int(count)}" if words else str(int(count))


def reported_counts_table(counts: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Wide view of :func:`reported_counts`: one row per event, one column per outlet (or ``by`` group).

    Each cell lists what that outlet printed, e.g. ``"52; more than 50"``; a
    cell is empty when the outlet reported no count for the event. A display
    table (its columns are the outlets), so it has no schema.

    Parameters
    ----------
    counts : pandas.DataFrame
        Output of :func:`reported_counts` (after :func:`~toolkit.sources.join_outlets`
        for ``by="outlet_type"``).
    by : str
        Column whose values become the columns.

    Returns
    -------
    pandas.DataFrame
        Index ``"<date> <event type>"``, one string column per ``by`` value.
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


_COUNT_KEYS = ["event_key", "event_type", "event_date", "outlet", "count", "count_qualifier", "disputed"]


def _counts_part(events: pd.DataFrame, link: pd.DataFrame) -> pd.DataFrame:
    """Distinct (event, outlet, count, article) rows of one frame (or partition)."""
    cols = ["event_id", "article_id", "outlet", "count", "count_qualifier"]
    merged = link.merge(events[cols], on="event_id", how="inner")
    merged = merged[merged["count"].notna()]
    merged["count_qualifier"] = merged["count_qualifier"].fillna("exact")
    return merged[[*_COUNT_KEYS, "article_id"]].drop_duplicates()


def _join_parts(parts: list[pd.DataFrame]) -> pd.DataFrame:
    return pd.concat(parts, ignore_index=True).drop_duplicates()


def reported_counts(events: Any, consolidated: Any, *, lang: str = LABEL_LANGUAGE) -> Any:
    """The counts each outlet printed for each consolidated event.

    Parameters
    ----------
    events : pandas.DataFrame or dask.dataframe.DataFrame
        Event mentions (EVENTS schema). A Dask frame is joined partition by
        partition with the (small) consolidated table.
    consolidated : pandas.DataFrame or dask.dataframe.DataFrame
        Consolidated events (CONSOLIDATED_EVENTS schema) whose ``event_ids``
        list the mentions merged.
    lang : str
        Language of the ``reported`` words (see :func:`format_count`).

    Returns
    -------
    pandas.DataFrame or dask.dataframe.DataFrame
        The same kind as ``events``. REPORTED_COUNTS schema: ``event_key``,
        ``event_type``, ``date``, ``outlet``, ``count``,
        ``count_qualifier``, ``reported`` (e.g. ``"more than 50"``),
        ``articles`` (how many of the outlet's articles said so) and
        ``disputed`` (from the consolidated event).
    """
    consolidated = compute(consolidated)
    link = consolidated[["event_key", "event_type", "date", "disputed", "event_ids"]].explode("event_ids")
    link = link.rename(columns={"event_ids": "event_id", "date": "event_date"})
    cols = ["event_id", "article_id", "outlet", "count", "count_qualifier"]
    merged = reduce_partitions(events[cols], _counts_part, _join_parts, link)
    out = (
        merged.groupby(_COUNT_KEYS, dropna=False)
        .agg(articles=("article_id", "nunique"))
        .reset_index()
        .rename(columns={"event_date": "date"})
    )
    out["reported"] = [format_count(c, q, lang) for c, q in zip(out["count"], out["count_qualifier"], strict=True)]
    out = out[REPORTED_COUNTS.names].sort_values(["date", "event_key", "outlet", "count"], kind="stable")
    return same_kind(events, typed(out.reset_index(drop=True), REPORTED_COUNTS))
