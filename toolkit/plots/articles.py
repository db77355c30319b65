"""Corpus charts: articles per day and outlet, languages, text lengths, what cleaning removed.

The tables come from :mod:`toolkit.report.overview` (``corpus_overview``,
``cleaning_removed``); each function here only draws.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from toolkit.plots._common import count_axis, describe, escape, join_note, pool_groups, sample_rows

__all__ = [
    "articles_per_day_chart",
    "languages_chart",
    "text_lengths_chart",
    "cleaning_removed_chart",
]

#: Articles drawn as dots on the text-length chart; beyond it a sample (stated).
LENGTH_POINTS = 5_000
#: Outlets drawn one by one in charts by outlet; the others are pooled (stated).
TOP_OUTLETS = 20
# One colour per cleaning rule, in the order the rules run.
_RULE_COLORS = ("#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#1f77b4", "#ff7f0e", "#2ca02c")


def articles_per_day_chart(per_day: pd.DataFrame, title: str = "Articles per day and outlet",
                           *, source: str | None = None) -> go.Figure:
    """One row per outlet, one dot per day with articles, its area growing with their number.

    Parameters
    ----------
    per_day : pandas.DataFrame
        ``day`` (UTC timestamp), ``outlet``, ``articles``
        (``toolkit.report.corpus_overview(...).per_day``); ``attrs`` may hold
        ``undated`` and ``other_outlets`` for the caption.
    title : str
        Chart title.
    source : str, optional
        What the corpus is, for the caption.

    Returns
    -------
    plotly.graph_objects.Figure
        One trace; caption and drawn rows in ``layout.meta``.
    """
    data = per_day.sort_values(["outlet", "day"], kind="stable").reset_index(drop=True)
    outlets = sorted(data["outlet"].astype(str).unique())
    fig = go.Figure(go.Scatter(
        x=data["day"], y=escape(data["outlet"]), mode="markers",
        marker={"size": (data["articles"].astype(float) ** 0.5 * 7).clip(upper=40).tolist(),
                "color": "#1f77b4", "opacity": 0.7, "line": {"width": 1, "color": "#1f4e79"}},
        customdata=data["articles"], hovertemplate="%{y}<br>%{x|%Y-%m-%d}: %{customdata} article(s)<extra></extra>",
    ))
    fig.update_layout(title=title, xaxis_title="day (UTC)",
                      yaxis={"title": "", "categoryorder": "array", "categoryarray": outlets[::-1],
                             "dtick": 1, "automargin": True},
                      height=max(320, 110 + 24 * len(outlets)), showlegend=False)
    undated = int(per_day.attrs.get("undated", 0))
    other = int(per_day.attrs.get("other_outlets", 0))
    caption = join_note(
        f"Data: {int(data['articles'].sum())} dated articles from {len(outlets)} outlets",
        "dot: a day (UTC) with articles, its area grows with their number",
        f"{undated} articles without a date are not drawn" if undated else "",
        f"the {other} smallest outlets are drawn together as 'other outlets'" if other else "",
    )
    return describe(fig, data, caption + ".", "articles-per-day", empty="No dated articles.", source=source)


def languages_chart(languages: pd.DataFrame, title: str = "Languages", *, source: str | None = None) -> go.Figure:
    """Bars of articles per language, largest first.

    Parameters
    ----------
    languages : pandas.DataFrame
        ``language`` (ISO 639-1 or ``"unknown"``), ``name``, ``articles``,
        ``share`` (``toolkit.report.corpus_overview(...).languages``).
    title : str
        Chart title.
    source : str, optional
        What the corpus is, for the caption.

    Returns
    -------
    plotly.graph_objects.Figure
    """
    data = languages.sort_values(["articles", "language"], ascending=[False, True], kind="stable").reset_index(drop=True)
    labels = (data["name"].astype("string").fillna(data["language"]) + " (" + data["language"].astype(str) + ")")
    fig = go.Figure(go.Bar(
        x=escape(labels), y=data["articles"], marker_color="#1f77b4", customdata=(data["share"] * 100).round(1),
        hovertemplate="%{x}: %{y} articles (%{customdata}%)<extra></extra>",
    ))
    yaxis, note = count_axis(data["articles"], "articles")
    fig.update_layout(title=title, xaxis_title="language", yaxis=yaxis, height=360)
    caption = join_note(
        f"Data: {int(data['articles'].sum())} articles",
        "language: identified from each clean text when loading (py3langid; 'unknown' when the text has too "
        "few letters to tell)",
        note,
    )
    return describe(fig, data, caption + ".", "languages", empty="No articles.", source=source)


def text_lengths_chart(lengths: pd.DataFrame, title: str = "Text length per outlet",
                       *, max_points: int | None = LENGTH_POINTS, top_outlets: int | None = TOP_OUTLETS,
                       source: str | None = None) -> go.Figure:
    """Box plot of words per article for each outlet, with every article drawn as a point.

    A large corpus is drawn from a random sample of ``max_points`` articles
    (in proportion per outlet), and outlets beyond the ``top_outlets``
    largest are drawn together; the title and caption say so.

    Parameters
    ----------
    lengths : pandas.DataFrame
        ``article_id``, ``outlet``, ``n_words`` (``toolkit.report.corpus_overview(...).lengths``).
    title : str
        Chart title.
    max_points : int or None
        Most articles drawn (None: all).
    top_outlets : int or None
        Outlets drawn one by one (None: all).
    source : str, optional
        What the corpus is, for the caption.

    Returns
    -------
    plotly.graph_objects.Figure
        One box trace; the word axis is logarithmic when lengths span a wide range.
    """
    pooled_frame, pooled = pool_groups(lengths, "outlet", top_outlets)
    sampled_frame, sampled = sample_rows(pooled_frame, max_points, by="outlet", what="articles")
    data = sampled_frame.sort_values(["outlet", "n_words", "article_id"], kind="stable").reset_index(drop=True)
    fig = go.Figure(go.Box(
        x=data["n_words"], y=escape(data["outlet"]), orientation="h", boxpoints="all", jitter=0.4, pointpos=0,
        marker={"size": 5, "opacity": 0.6}, line={"width": 1}, fillcolor="rgba(31,119,180,0.15)",
        customdata=escape(data["article_id"]), name="words",
        hovertemplate="%{y}: %{x} words<br>%{customdata}<extra></extra>",
    ))
    xaxis, note = count_axis(data["n_words"], "words per article")
    n_outlets = data["outlet"].nunique()
    shown = title + (f"<br><sup>{sampled.split(',')[0]}</sup>" if sampled else "")
    fig.update_layout(title=shown, xaxis=xaxis, yaxis={"title": "", "autorange": "reversed", "dtick": 1, "automargin": True},
                      height=max(320, 110 + 26 * n_outlets), showlegend=False)
    caption = join_note(
        f"Data: {len(data)} articles from {lengths['outlet'].nunique()} outlets",
        f"drawn: {sampled}" if sampled else "",
        pooled,
        "words in the clean text (n_words); box: quartiles and median, whiskers up to 1.5 IQR; dot: one article",
        note,
    )
    return describe(fig, data, caption + ".", "text-lengths", empty="No articles.", source=source)


def cleaning_removed_chart(removed: pd.DataFrame, measure: str = "characters", title: str | None = None,
                           *, top_outlets: int | None = TOP_OUTLETS, source: str | None = None) -> go.Figure:
    """Stacked bars per outlet: how much text each cleaning rule took out of the raw input.

    Parameters
    ----------
    removed : pandas.DataFrame
        ``outlet``, ``rule``, ``articles``, ``characters``, ``lines``
        (``toolkit.report.cleaning_removed``); ``attrs["raw"]`` may hold the
        raw characters and lines per outlet.
    measure : {"characters", "lines"}
        What the bars count.
    title : str, optional
        Chart title.
    top_outlets : int or None
        Outlets drawn one by one (those with most removed); the others are
        added up as one bar, and the caption says how many.
    source : str, optional
        What the corpus is, for the caption.

    Returns
    -------
    plotly.graph_objects.Figure
        One bar trace per rule, in the order the rules run.
    """
    if measure not in ("characters", "lines"):
        raise ValueError(f"cleaning_removed_chart: measure must be 'characters' or 'lines', not {measure!r}")
    rules = list(dict.fromkeys(removed["rule"].astype(str)))
    pooled_frame, pooled = pool_groups(removed, "outlet", top_outlets, weight=measure)
    if pooled:
        pooled_frame = (pooled_frame.groupby(["outlet", "rule"], sort=False)[["articles", "characters", "lines"]]
                        .sum().reset_index())
    data = pooled_frame[pooled_frame[measure] > 0].sort_values(["outlet"], kind="stable")
    data = data.assign(_order=data["rule"].map({r: i for i, r in enumerate(rules)})).sort_values(
        ["_order", "outlet"], kind="stable").drop(columns="_order").reset_index(drop=True)
    fig = go.Figure()
    for i, rule in enumerate(rules):
        part = data[data["rule"].eq(rule)]
        if part.empty:
            continue
        fig.add_bar(x=part[measure], y=escape(part["outlet"]), orientation="h", name=rule,
                    marker_color=_RULE_COLORS[i % len(_RULE_COLORS)], customdata=part["articles"],
                    hovertemplate="%{y}: %{x:,} " + measure + " (%{customdata} articles)<extra>" + rule + "</extra>")
    n_outlets = pooled_frame["outlet"].nunique()
    fig.update_layout(barmode="stack", title=title or f"What cleaning removed ({measure})",
                      xaxis_title=f"{measure} removed from the raw input",
                      yaxis={"title": "", "autorange": "reversed", "dtick": 1, "automargin": True},
                      legend={"title": {"text": "rule"}, "traceorder": "normal"}, height=max(340, 130 + 26 * n_outlets))
    total = int(data[measure].sum())
    untouched = sorted(set(pooled_frame["outlet"].astype(str)) - set(data["outlet"].astype(str)))
    measured = removed.attrs.get("articles")
    of = removed.attrs.get("of")
    unmeasured = int(removed.attrs.get("unmeasured", 0) or 0)
    caption = join_note(
        f"Data: {measured if measured is not None else 'the'} articles"
        + (f" (a sample of {of})" if of and measured is not None and of > measured + unmeasured else "")
        + f" from {removed['outlet'].nunique()} outlets, {total:,} {measure} removed (toolkit.report.cleaning_removed)",
        "method: each article's raw input (page text, dump or export field) beside its clean record, "
        "the difference split by where it went",
        f"{unmeasured} articles have no raw input to read again (fetched, generated or moved) and are not measured"
        if unmeasured else "",
        pooled,
        f"nothing removed from {', '.join(untouched[:10])}" + (f" and {len(untouched) - 10} more" if len(untouched) > 10 else "")
        if untouched else "",
    )
    caption += "."
    if measured == 0:
        empty = (f"Nothing measured: none of the {unmeasured} articles read has a raw input file to compare with "
                 "(the corpus was fetched, generated or moved since it was loaded).")
    else:
        empty = "Cleaning removed nothing."
    return describe(fig, data, caption, f"cleaning-removed-{measure}", empty=empty, source=source)
