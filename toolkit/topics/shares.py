"""toolkit.topics.shares."""

from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd

from toolkit.topics.model import TopicModel, is_dask


def _with_articles(assignments: pd.DataFrame, articles: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    missing = [c for c in columns if c not in articles.columns]
    if missing:
        raise ValueError(f"articles: missing column(s) {missing}")
    meta = articles[["article_id", *columns]].copy()
    meta["article_id"] = meta["article_id"].astype("string")
    meta = meta.drop_duplicates("article_id")
    return assignments.merge(meta, on="article_id", how="left", validate="many_to_one")


def _assignments_of(model: TopicModel | pd.DataFrame) -> pd.DataFrame:
    if isinstance(model, TopicModel) and is_dask(model.assignments):
        raise TypeError(
            "topics_over_time / topics_by_outlet: the model was fitted on a Dask frame and its assignments "
            "are a Dask frame; these share tables are made in memory: pass "
            "toolkit.parallel.compute(model.assignments) and the articles' 'article_id' and 'published' "
            "(or 'outlet') columns as pandas frames"
        )
    if isinstance(model, TopicModel):
        return model.assignments
    if isinstance(model, pd.DataFrame) and {"article_id", "topic", "label"} <= set(model.columns):
        return model
    raise TypeError("model: expected a TopicModel or its assignments frame")


def topics_over_time(
    model: TopicModel | pd.DataFrame,
    articles: pd.DataFrame,
    freq: Literal["W", "M"] = "W",
) -> pd.DataFrame:
    """Share of each topic per week or month, as a tidy table.

    Parameters
    ----------
    model : TopicModel or pandas.DataFrame
        The model, or its ``assignments``.
    articles : pandas.DataFrame
        The articles it was fitted on (for ``published``). Not modified.
    freq : {"W", "M"}
        Weeks (starting Monday) or calendar months.

    Returns
    -------
    pandas.DataFrame
        ``period`` (start, UTC), ``topic``, ``label``, ``n_articles``,
        ``share`` (of that period's dated articles), one row per period and
        topic, zeros included. Articles without a date are left out.
    """
    if freq not in ("W", "M"):
        raise ValueError(f"freq: expected 'W' (weeks) or 'M' (months), got {freq!r}")
    table = _with_articles(_assignments_of(model), articles, ["published"])
    published = pd.to_datetime(table["published"], utc=True)
    table = table[published.notna()].copy()
    published = published[published.notna()]
    naive = published.dt.tz_localize(None)
    if freq == "W":
        start = naive.dt.normalize() - pd.to_timedelta(naive.dt.day_of_week, unit="D")
    else:
        start = naive.dt.to_period("M").dt.start_time
    table["period"] = start.dt.tz_localize("UTC").astype("datetime64[ns, UTC]")
    return _shares(table, "period")


def topics_by_outlet(model: TopicModel | pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Share of each topic in each outlet's articles, as a tidy table.

    Returns
    -------
    pandas.DataFrame
        ``outlet``, ``topic``, ``label``, ``n_articles``, ``share`` (of the
        outlet's articles), one row per outlet and topic, zeros included.
    """
    table = _with_articles(_assignments_of(model), articles, ["outlet"])
    table["outlet"] = table["outlet"].astype("string").fillna("(unknown)")
    return _shares(table, "outlet")


def _shares(table: pd.DataFrame, by: str) -> pd.DataFrame:
    labels = table[["topic", "label"]].drop_duplicates("topic").sort_values("topic")
    counts = table.groupby([by, "topic"], observed=True).size().rename("n_articles")
    full = pd.MultiIndex.from_product(
        [sorted(table[by].dropna().unique()), labels["topic"].tolist()], names=[by, "topic"]
    )
    counts = counts.reindex(full, fill_value=0).reset_index()
    totals = counts.groupby(by)["n_articles"].transform("sum")
    counts["share"] = np.round(counts["n_articles"] / totals.where(totals > 0), 6)
    counts = counts.merge(labels, on="topic", how="left")
    counts["topic"] = counts["topic"].astype("Int64")
    counts["n_articles"] = counts["n_articles"].astype("Int64")
    return counts[[by, "topic", "label", "n_articles", "share"]]
