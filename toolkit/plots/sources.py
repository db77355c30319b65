"""Source charts: attention, who copies whom, counts each outlet printed, framing words, voices."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from toolkit.plots._common import (
    OTHER,
    count_axis,
    describe,
    escape,
    join_note,
    pool_groups,
    pool_shares,
)

__all__ = [
    "attention_chart",
    "copy_matrix_chart",
    "reported_counts_chart",
    "distinctive_terms_chart",
    "speaker_share_chart",
]

#: Groups (outlets) drawn one by one in charts by group; the rest are pooled.
TOP_GROUPS = 20
#: Events drawn in the counts chart (disputed first, then those most outlets printed).
MAX_EVENTS = 40
#: Two-sided 5% level of a standard normal z-score: Monroe, Colaresi and
#: Quinn (2008) treat terms under it as not distinguishable.
Z_THRESHOLD = 1.96


def _subtitle(title: str, note: str) -> str:
    return f"{title}<br><sup>{note.split(' (')[0].split(',')[0]}</sup>" if note else title


def attention_chart(attention: pd.DataFrame, by: str = "outlet", title: str = "Articles per week",
                    *, top: int | None = TOP_GROUPS, source: str | None = None) -> go.Figure:
    """Stacked bars of articles per period and group (from ``sources.attention_over_time``).

    Parameters
    ----------
    attention : pandas.DataFrame
        ``period``, the ``by`` column, ``articles``.
    by : str
        Grouping column (one colour each).
    title : str
        Chart title.
    top : int or None
        Groups drawn one by one (those with most articles); the others are
        stacked together as one, and the title and caption say how many.
    source : str, optional
        How the table was made (e.g. ``"attention_over_time(freq='M')"``), for the caption.

    Returns
    -------
    plotly.graph_objects.Figure
    """
    frame, pooled = pool_groups(attention, by, top, weight="articles")
    if pooled:
        frame = frame.groupby(["period", by], sort=False)["articles"].sum().reset_index()
    fig = go.Figure()
    for group, part in frame.groupby(by, sort=True):
        fig.add_bar(x=part["period"], y=part["articles"], name=str(group))
    fig.update_layout(barmode="stack", title=_subtitle(title, pooled), xaxis_title="period", yaxis_title="articles",
                      legend_title=by)
    data = frame.sort_values([by, "period"], kind="stable")[["period", by, "articles"]]
    caption = join_note(f"Data: {int(attention['articles'].sum())} dated articles (sources.attention_over_time)",
                        f"bar: articles per period, stacked by {by}", pooled,
                        "undated articles are left out") + "."
    return describe(fig, data, caption, f"attention-by-{by}", source=source)


def copy_matrix_chart(copies: pd.DataFrame, by: str = "outlet", title: str = "Who copies whom",
                      *, top: int | None = TOP_GROUPS, source: str | None = None) -> go.Figure:
    """Heat map: rows copy, columns are the originals' outlets (or ``by`` groups); cells count copied articles.

    Parameters
    ----------
    copies : pandas.DataFrame
        The output of ``sources.find_copies`` (after ``sources.join_outlets``
        for ``by="outlet_type"`` or ``"outlet_country"``).
    by : str
        Column naming the rows and columns.
    title : str
        Chart title.
    top : int or None
        Groups shown as rows and columns one by one (those in most copy
        pairs); the others are pooled into one row and column, and the
        title and caption say how many.
    source : str, optional
        How the copies were found, for the caption.

    Returns
    -------
    plotly.graph_objects.Figure
        One heat map; each cell is labelled with its count.
    """
    if by not in copies:
        raise KeyError(f"copy_matrix_chart: no column {by!r}; join the outlet registry first (sources.join_outlets)")
    orig_outlet = copies.loc[copies["is_original"], ["group", by]].rename(columns={by: "_original"})
    pairs = copies.loc[~copies["is_original"]].merge(orig_outlet, on="group")
    both = pd.concat([pairs[by], pairs["_original"]]).astype("string").fillna("unknown").to_frame(by)
    _pooled, pooled = pool_groups(both, by, top)
    if pooled:
        kept = set(_pooled[by]) - {OTHER}
        pairs = pairs.assign(**{col: pairs[col].astype("string").fillna("unknown").where(
            lambda v: v.isin(kept), OTHER) for col in (by, "_original")})
    matrix = pd.crosstab(pairs[by].astype(str), pairs["_original"].astype(str)) if len(pairs) else pd.DataFrame()
    fig = go.Figure(
        go.Heatmap(
            z=matrix.to_numpy(),
            x=[str(c) for c in matrix.columns],
            y=[str(i) for i in matrix.index],
            colorscale="Blues",
            texttemplate="%{z}",
            hovertemplate="%{y} copied %{z} article(s) from %{x}<extra></extra>",
        )
    )
    fig.update_layout(title=_subtitle(title, pooled), xaxis_title=f"original from ({by})",
                      yaxis_title=f"copy in ({by})")
    cells = matrix.rename_axis(index="copy_in", columns="original_from").stack().rename("articles").reset_index() \
        if len(matrix) else pd.DataFrame(columns=["copy_in", "original_from", "articles"])
    caption = join_note(
        f"Data: {len(pairs)} copies in {copies['group'].nunique()} copy groups (sources.find_copies)",
        f"cell: copied articles by {by} of the copy (row) and of the probable original (column)",
        pooled.replace("drawn one by one (the largest)", "shown one by one (those in most copy pairs)")) + "."
    return describe(fig, cells, caption, f"copies-by-{by}", empty="No copies found.", source=source)


def _top_events(frame: pd.DataFrame, by: str, n: int | None) -> tuple[pd.DataFrame, str]:
    """The ``n`` events to draw: disputed first, then those the most groups printed, then the latest."""
    events = frame.groupby("event").agg(disputed=("disputed", "any"), groups=(by, "nunique"))
    if n is None or len(events) <= n:
        return frame, ""
    events = events.reset_index().sort_values(["disputed", "groups", "event"], ascending=[False, False, False],
                                              kind="stable")
    kept = set(events["event"].head(n))
    note = (f"{n} of {len(events)} events drawn: the disputed ones first, then those printed by the most "
            f"{by.replace('_', ' ')}s")
    return frame[frame["event"].isin(kept)], note


def reported_counts_chart(counts: pd.DataFrame, by: str = "outlet", title: str = "Counts each outlet reported",
                          *, max_events: int | None = MAX_EVENTS, source: str | None = None) -> go.Figure:
    """Dot plot: for each event (y), the counts each outlet (or ``by`` group) printed (x).

    The count axis turns logarithmic when one count dwarfs the rest (see
    :func:`toolkit.plots._common.count_axis`), so a single figure of 2,000
    does not press every other dot onto the axis. A grey line spans the
    range of counts printed for an event; it is red when the event is
    disputed.

    Parameters
    ----------
    counts : pandas.DataFrame
        The output of ``sources.reported_counts`` (after ``sources.join_outlets``
        for ``by="outlet_type"``).
    by : str
        Column of the groups (one colour each).
    title : str
        Chart title.
    max_events : int or None
        Events drawn (one row each): the disputed ones first, then those
        printed by the most groups; the title and caption say how many of how many.
    source : str, optional
        How the counts were made, for the caption.

    Returns
    -------
    plotly.graph_objects.Figure
        One trace per group; ranges are layout shapes.
    """
    if by not in counts:
        raise KeyError(f"reported_counts_chart: no column {by!r}; join the outlet registry first (sources.join_outlets)")
    disputed = counts["disputed"].fillna(False).astype(bool) if "disputed" in counts else pd.Series(False, index=counts.index)
    frame = counts.assign(
        event=counts["date"].dt.strftime("%Y-%m-%d").fillna("undated") + " " + counts["event_type"].astype(str)
        + disputed.map({True: " (disputed)", False: ""}),
        disputed=disputed,
    )
    frame = (frame.groupby(["event", by, "count", "reported", "disputed"], sort=True, dropna=False)["articles"]
             .sum().reset_index())
    frame, capped = _top_events(frame, by, max_events)
    fig = go.Figure()
    for outlet, part in frame.groupby(by, sort=True):
        fig.add_scatter(
            x=part["count"].astype(float),
            y=part["event"],
            mode="markers",
            name=str(outlet),
            marker={"size": 10 + 3 * part["articles"].astype(float).clip(upper=5)},
            text=escape(part["reported"]),
            hovertemplate="%{y}<br>" + str(outlet).replace("%", "%%") + ": %{text}<extra></extra>",
        )
    spans = frame.groupby("event", sort=True).agg(low=("count", "min"), high=("count", "max"), disputed=("disputed", "any"))
    spans = spans[spans["low"] < spans["high"]]
    for event, span in spans.iterrows():
        fig.add_shape(type="line", xref="x", yref="y", x0=float(span["low"]), x1=float(span["high"]), y0=event, y1=event,
                      layer="below", line={"color": "#d62728" if span["disputed"] else "#bbbbbb", "width": 3})
    xaxis, note = count_axis(frame["count"], "count reported")
    events = sorted(frame["event"].astype(str).unique(), reverse=True)  # earliest at the top
    fig.update_layout(title=_subtitle(title, capped), xaxis=xaxis, legend_title=by,
                      yaxis={"title": "event", "categoryorder": "array", "categoryarray": events, "dtick": 1},
                      height=max(420, 140 + 24 * len(events)))
    caption = join_note(
        f"Data: {len(frame)} (event, {by}, count) rows from {int(frame['articles'].sum())} article mentions "
        "(sources.reported_counts)",
        capped,
        f"dot size: articles that printed the count (capped at 5); line: range of counts printed, red for the "
        f"{int(spans['disputed'].sum())} disputed events",
        note,
    )
    data = frame.rename(columns={"articles": "articles_printing"})
    return describe(fig, data, caption + ".", f"reported-counts-by-{by}", empty="No counts reported.", source=source)


def distinctive_terms_chart(terms: pd.DataFrame, a_label: str, b_label: str, n: int = 15, title: str | None = None,
                            *, z_threshold: float = Z_THRESHOLD, source: str | None = None) -> go.Figure:
    """Horizontal bars of the ``n`` most distinctive *significant* terms each way.

    Only terms whose z-score clears the threshold are drawn: the
    ``significant`` column of :func:`toolkit.sources.distinctive_terms` when
    it has one, else ``|z| >= z_threshold``. With no significant term the
    chart says "No significant differences" and draws no bar.

    Parameters
    ----------
    terms : pandas.DataFrame
        Output of ``sources.distinctive_terms`` (``term``, ``z``, ...), sorted by z.
    a_label, b_label : str
        Names of the two groups (positive z leans to ``a``).
    n : int
        Most terms drawn each way.
    title : str, optional
        Chart title (default says what is compared and at which level).
    z_threshold : float
        Smallest ``|z|`` drawn when ``terms`` has no ``significant`` column
        (1.96: two-sided 5% level); with the column, the level it was made
        at (``distinctive_terms(z_threshold=...)``), stated in the title.
    source : str, optional
        How the terms were made, for the caption.

    Returns
    -------
    plotly.graph_objects.Figure
        One bar trace (empty when nothing is significant).
    """
    threshold = float(terms.attrs.get("z_threshold", z_threshold)) if "significant" in terms else z_threshold
    significant = (terms["significant"].fillna(False).astype(bool) if "significant" in terms
                   else terms["z"].abs() >= threshold)
    kept = terms[significant].sort_values("z", ascending=False, kind="stable")
    top = pd.concat([kept[kept["z"] > 0].head(n), kept[kept["z"] < 0].tail(n)]).drop_duplicates("term")
    top = top.sort_values("z", kind="stable")
    level = f"|z| ≥ {threshold:g}"
    fig = go.Figure(
        go.Bar(
            x=top["z"],
            y=escape(top["term"]),
            orientation="h",
            marker_color=["#1f77b4" if z >= 0 else "#d62728" for z in top["z"]],
            hovertemplate="%{y}: z = %{x:.2f}<extra></extra>",
        )
    )
    a, b = escape(pd.Series([a_label, b_label])).tolist()
    if top.empty:
        default = f"No significant differences in wording between {a} and {b} ({level})"
    else:
        default = f"Words that set {a} (right) apart from {b} (left), significant at {level}"
    for x in (-threshold, threshold):
        fig.add_vline(x=x, line={"color": "#999999", "dash": "dot", "width": 1})
    fig.update_layout(
        title=title or default,
        xaxis_title="z-score of the log-odds ratio (informative Dirichlet prior)",
        height=max(400, 22 * len(top)),
    )
    caption = (f"Data: {len(terms)} terms (sources.distinctive_terms); method: log-odds ratio with an informative "
               f"Dirichlet prior (Monroe, Colaresi and Quinn 2008); shown: terms with {level} (1.96 is the two-sided "
               f"5% level), at most {n} each way; {int(significant.sum())} of {len(terms)} terms significant.")
    cols = [c for c in ("term", "count_a", "count_b", "delta", "se", "z", "leans", "significant") if c in top]
    return describe(fig, top[cols], caption, "distinctive-terms", source=source,
                    empty=f"No significant differences ({level}): no term is drawn.")


def speaker_share_chart(shares: pd.DataFrame, by: str = "outlet", title: str = "Whom the articles cite",
                        *, top: int | None = TOP_GROUPS, source: str | None = None) -> go.Figure:
    """Stacked bars of the share of statements by speaker type per group (from ``sources.speaker_shares``).

    Parameters
    ----------
    shares : pandas.DataFrame
        ``by`` column, ``speaker_type``, ``statements``, ``share``.
    by : str
        Grouping column (one bar each).
    title : str
        Chart title.
    top : int or None
        Groups drawn one by one (those with most statements); the others
        as one bar, their shares recomputed from the statements; the title
        and caption say how many.
    source : str, optional
        How the shares were made, for the caption.

    Returns
    -------
    plotly.graph_objects.Figure
    """
    total = int(shares["statements"].sum())
    shares, pooled = pool_shares(shares, by, top, count="statements", keys=("speaker_type",))
    fig = go.Figure()
    for kind, part in shares.groupby("speaker_type", sort=True):
        fig.add_bar(x=part[by], y=part["share"], name=str(kind), customdata=part["statements"],
                    hovertemplate="%{x}: %{y:.0%} (%{customdata} statements)<extra>" + str(kind) + "</extra>")
    fig.update_layout(barmode="stack", title=_subtitle(title, pooled), yaxis_tickformat=".0%",
                      yaxis_title="share of statements", legend_title="speaker type")
    cols = [c for c in (by, "speaker_type", "statements", "share") if c in shares]
    data = shares.sort_values(["speaker_type", by], kind="stable")[cols].round({"share": 4})
    caption = join_note(f"Data: {total} attributed statements (sources.extract_attributions, "
                        f"sources.speaker_shares)", f"bar: share of each {by}'s statements by speaker type",
                        pooled) + "."
    return describe(fig, data, caption, f"speakers-by-{by}", source=source)
