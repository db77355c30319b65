"""One function per chart: each takes tidy frames and returns a plotly figure.

No function here calls ``.show()``, writes files or changes its inputs.
Sections: articles, events, topics, sources.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

__all__: list[str] = []

# ---------------------------------------------------------------- articles ---

# ------------------------------------------------------------------ events ---

# ------------------------------------------------------------------ topics ---

# ----------------------------------------------------------------- sources ---

__all__ += [
    "attention_chart",
    "copy_matrix_chart",
    "reported_counts_chart",
    "distinctive_terms_chart",
    "speaker_share_chart",
]


def _escape(values: pd.Series) -> pd.Series:
    """Article-derived strings shown in hover labels are text, never markup."""
    import html

    return values.astype("string").fillna("").map(html.escape)


def attention_chart(attention: pd.DataFrame, by: str = "outlet", title: str = "Articles per week") -> go.Figure:
    """Stacked bars of articles per period and group (from ``sources.attention_over_time``)."""
    fig = go.Figure()
    for group, part in attention.groupby(by, sort=True):
        fig.add_bar(x=part["period"], y=part["articles"], name=str(group))
    fig.update_layout(barmode="stack", title=title, xaxis_title="period", yaxis_title="articles", legend_title=by)
    return fig


def copy_matrix_chart(copies: pd.DataFrame, title: str = "Who copies whom") -> go.Figure:
    """Heat map: rows copy, columns are the originals' outlets; cells count copied articles.

    ``copies`` is the output of ``sources.find_copies``.
    """
    orig_outlet = copies.loc[copies["is_original"], ["group", "outlet"]].rename(columns={"outlet": "original_outlet"})
    pairs = copies.loc[~copies["is_original"]].merge(orig_outlet, on="group")
    matrix = pd.crosstab(pairs["outlet"], pairs["original_outlet"]) if len(pairs) else pd.DataFrame()
    fig = go.Figure(
        go.Heatmap(
            z=matrix.to_numpy(),
            x=[str(c) for c in matrix.columns],
            y=[str(i) for i in matrix.index],
            colorscale="Blues",
            hovertemplate="%{y} copied %{z} article(s) from %{x}<extra></extra>",
        )
    )
    fig.update_layout(title=title, xaxis_title="original from", yaxis_title="copy in")
    return fig


def reported_counts_chart(counts: pd.DataFrame, title: str = "Counts each outlet reported") -> go.Figure:
    """Dot plot: for each event (y), the counts each outlet printed (x), qualifier in the label.

    ``counts`` is the output of ``sources.reported_counts``.
    """
    frame = counts.assign(
        event=counts["date"].dt.strftime("%Y-%m-%d").fillna("undated") + " " + counts["event_type"].astype(str)
    )
    fig = go.Figure()
    for outlet, part in frame.groupby("outlet", sort=True):
        fig.add_scatter(
            x=part["count"].astype(float),
            y=part["event"],
            mode="markers",
            name=str(outlet),
            marker={"size": 10 + 3 * part["articles"].astype(float).clip(upper=5)},
            text=_escape(part["reported"]),
            hovertemplate="%{y}<br>" + str(outlet).replace("%", "%%") + ": %{text}<extra></extra>",
        )
    fig.update_layout(title=title, xaxis_title="count reported", yaxis_title="event", legend_title="outlet")
    return fig


def distinctive_terms_chart(terms: pd.DataFrame, a_label: str, b_label: str, n: int = 15, title: str | None = None) -> go.Figure:
    """Horizontal bars of the ``n`` most distinctive terms each way (z-scores from ``distinctive_terms``)."""
    top = pd.concat([terms.head(n), terms.tail(n).iloc[::-1]]).drop_duplicates("term")
    top = top.sort_values("z", kind="stable")
    fig = go.Figure(
        go.Bar(
            x=top["z"],
            y=_escape(top["term"]),
            orientation="h",
            marker_color=["#1f77b4" if z >= 0 else "#d62728" for z in top["z"]],
            hovertemplate="%{y}: z = %{x:.2f}<extra></extra>",
        )
    )
    fig.update_layout(
        title=title or f"Words that set {a_label} (right) apart from {b_label} (left)",
        xaxis_title="z-score of the log-odds ratio (informative Dirichlet prior)",
        height=max(400, 22 * len(top)),
    )
    return fig


def speaker_share_chart(shares: pd.DataFrame, by: str = "outlet", title: str = "Whom the articles cite") -> go.Figure:
    """Stacked bars of the share of statements by speaker type per group (from ``sources.speaker_shares``)."""
    fig = go.Figure()
    for kind, part in shares.groupby("speaker_type", sort=True):
        fig.add_bar(x=part[by], y=part["share"], name=str(kind), customdata=part["statements"],
                    hovertemplate="%{x}: %{y:.0%} (%{customdata} statements)<extra>" + str(kind) + "</extra>")
    fig.update_layout(barmode="stack", title=title, yaxis_tickformat=".0%", yaxis_title="share of statements", legend_title="speaker type")
    return fig
