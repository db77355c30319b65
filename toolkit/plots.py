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

__all__ += [
    "release_timeline_chart",
    "cumulative_releases_chart",
    "sanctions_actions_chart",
    "timeline_vs_reference_chart",
]

_EVENT_COLORS = {
    "release": "#1f77b4",
    "pardon": "#2ca02c",
    "sanctions_eased": "#ff7f0e",
    "sanctions_lifted": "#d62728",
    "sanctions_imposed": "#7f7f7f",
    "talks": "#9467bd",
}


def _event_text(values: pd.Series, width: int = 90) -> pd.Series:
    """Evidence sentences as safe, wrapped hover text."""
    import html
    import textwrap

    return values.astype("string").fillna("").map(
        lambda s: "<br>".join(textwrap.wrap(html.escape(s), width)) or "(none)"
    )


def _joined(values: pd.Series) -> pd.Series:
    import html

    return values.map(lambda v: html.escape(", ".join(map(str, v))) if isinstance(v, list | tuple) else "")


def release_timeline_chart(events: pd.DataFrame, title: str = "Prisoner releases and pardons") -> go.Figure:
    """Releases and pardons on a timeline, markers sized by the number of people.

    Parameters
    ----------
    events : pandas.DataFrame
        Consolidated events (``toolkit.consolidate_events``); rows of type
        release and pardon with a date are drawn. Events without a count are
        drawn small and hollow.
    """
    rows = events[events["event_type"].isin(["release", "pardon"]) & events["date"].notna()]
    fig = go.Figure()
    for kind in ("pardon", "release"):
        part = rows[rows["event_type"].eq(kind)]
        if part.empty:
            continue
        counts = part["count"].astype("Float64")
        size = (counts.fillna(0).astype(float) ** 0.5 * 3 + 8).clip(upper=60)
        hover = (
            "<b>" + part["date"].dt.strftime("%Y-%m-%d").astype(str) + " " + kind + "</b>"
            + "<br>count: " + part["counts_reported"].map(lambda v: ", ".join(v) if isinstance(v, list) and v else "not stated")
            + part["disputed"].map(lambda d: " (disputed)" if bool(d) else "")
            + "<br>outlets (" + part["n_outlets"].astype(str) + "): " + _joined(part["outlets"])
            + "<br>" + _event_text(part["evidence"])
        )
        fig.add_trace(go.Scatter(
            x=part["date"], y=[kind] * len(part), mode="markers", name=kind,
            marker={"size": size.tolist(), "color": _EVENT_COLORS[kind], "opacity": 0.75,
                    "line": {"width": 1, "color": "#333333"},
                    "symbol": ["circle" if pd.notna(c) else "circle-open" for c in counts]},
            text=hover.tolist(), hovertemplate="%{text}<extra></extra>",
        ))
    fig.update_layout(title=title, xaxis_title="date", yaxis_title="", height=360,
                      legend_title_text="type")
    return fig


def cumulative_releases_chart(events: pd.DataFrame, mentions: pd.DataFrame | None = None,
                              title: str = "People freed, running total") -> go.Figure:
    """Running total of people freed (sum of event counts), with reported totals.

    Parameters
    ----------
    events : pandas.DataFrame
        Consolidated events; release and pardon counts are summed by date
        (events without a count add nothing, so the line is a lower bound).
    mentions : pandas.DataFrame, optional
        Event mentions (``toolkit.extract_events``); running totals the
        articles themselves state (``cumulative``) are drawn as points.
    """
    rows = events[events["event_type"].isin(["release", "pardon"]) & events["date"].notna()
                  & events["count"].notna()].sort_values("date", kind="stable")
    fig = go.Figure()
    if not rows.empty:
        by_day = rows.groupby("date", sort=True)["count"].sum().astype(int)
        fig.add_trace(go.Scatter(
            x=by_day.index, y=by_day.cumsum().tolist(), mode="lines+markers", line_shape="hv",
            name="sum of extracted events",
            hovertemplate="%{x|%Y-%m-%d}: %{y} in total<extra></extra>",
        ))
    if mentions is not None and not mentions.empty:
        tot = mentions[mentions["cumulative"].fillna(False).astype(bool) & mentions["count"].notna()
                       & mentions["date"].notna() & mentions["modality"].eq("reported")]
        if not tot.empty:
            hover = ((tot["outlet"].astype("string").fillna("?") + ": ")
                     + tot["count_text"].astype("string").fillna("")
                     + tot["period_start"].dt.strftime(" since %Y-%m").astype("string").fillna("")
                     + "<br>" + _event_text(tot["evidence"]))
            fig.add_trace(go.Scatter(
                x=tot["date"], y=tot["count"].astype(int).tolist(), mode="markers",
                name="running total stated in an article",
                marker={"symbol": "diamond", "size": 9, "color": "#d62728"},
                text=hover.tolist(), hovertemplate="%{text}<extra></extra>",
            ))
    fig.update_layout(title=title, xaxis_title="date", yaxis_title="people", height=380)
    return fig


def sanctions_actions_chart(events: pd.DataFrame, title: str = "Sanctions actions by actor") -> go.Figure:
    """Sanctions imposed, eased and lifted, one row per actor (US, EU, ...).

    Parameters
    ----------
    events : pandas.DataFrame
        Consolidated events; rows of the three sanctions types with a date.
        Events whose actor was not found are drawn on an 'unknown' row.
    """
    kinds = ("sanctions_imposed", "sanctions_eased", "sanctions_lifted")
    rows = events[events["event_type"].isin(kinds) & events["date"].notna()].copy()
    rows["actor_row"] = rows["actor"].astype("string").fillna("unknown")
    fig = go.Figure()
    symbols = {"sanctions_imposed": "triangle-up", "sanctions_eased": "triangle-down",
               "sanctions_lifted": "x"}
    for kind in kinds:
        part = rows[rows["event_type"].eq(kind)]
        if part.empty:
            continue
        hover = ("<b>" + part["date"].dt.strftime("%Y-%m-%d").astype(str) + " "
                 + kind.replace("_", " ") + "</b><br>actor: " + part["actor_row"].astype(str)
                 + "<br>target: " + part["target"].astype("string").fillna("not stated").astype(str)
                 + "<br>outlets (" + part["n_outlets"].astype(str) + "): " + _joined(part["outlets"])
                 + "<br>" + _event_text(part["evidence"]))
        fig.add_trace(go.Scatter(
            x=part["date"], y=part["actor_row"].tolist(), mode="markers",
            name=kind.replace("_", " "),
            marker={"symbol": symbols[kind], "size": 13, "color": _EVENT_COLORS[kind],
                    "line": {"width": 1, "color": "#333333"}},
            text=hover.tolist(), hovertemplate="%{text}<extra></extra>",
        ))
    fig.update_layout(title=title, xaxis_title="date", yaxis_title="actor", height=340,
                      legend_title_text="action")
    return fig


def timeline_vs_reference_chart(events: pd.DataFrame, reference: pd.DataFrame,
                                title: str = "Extracted timeline beside the reference") -> go.Figure:
    """Extracted events and reference events on two rows, coloured by type.

    Parameters
    ----------
    events : pandas.DataFrame
        Consolidated events.
    reference : pandas.DataFrame
        Reference timeline (``toolkit.load_reference_events``); rows of type
        ``other`` and rows that only record a disagreement are left out.
    """
    ref = reference[reference["event_type"].isin(list(_EVENT_COLORS))]
    if "disagreement" in ref.columns:
        ref = ref[~ref["disagreement"].fillna(False).astype(bool)]
    ext = events[events["date"].notna()]
    fig = go.Figure()
    for label, frame in (("reference", ref), ("extracted", ext)):
        for kind, color in _EVENT_COLORS.items():
            part = frame[frame["event_type"].eq(kind)]
            if part.empty:
                continue
            count = part["count"].astype("Int64").astype("string").fillna("-")
            hover = (label + ": " + part["date"].dt.strftime("%Y-%m-%d").astype(str) + " "
                     + kind + ", count " + count.astype(str))
            fig.add_trace(go.Scatter(
                x=part["date"], y=[label] * len(part), mode="markers", name=kind,
                legendgroup=kind, showlegend=label == "reference",
                marker={"size": 11, "color": color, "opacity": 0.8,
                        "symbol": "square" if label == "reference" else "circle"},
                text=hover.tolist(), hovertemplate="%{text}<extra></extra>",
            ))
    fig.update_layout(title=title, xaxis_title="date", yaxis_title="", height=300,
                      legend_title_text="type")
    return fig

# ------------------------------------------------------------------ topics ---

__all__ += [
    "topic_map",
    "topic_terms_chart",
    "topic_shares_over_time_chart",
    "topic_shares_by_outlet_chart",
    "topic_selection_chart",
]


def _topic_color(topic: int) -> str:
    from plotly.colors import qualitative

    palette = qualitative.Plotly + qualitative.D3
    return "#999999" if topic < 0 else palette[topic % len(palette)]


def _topic_hover(values: pd.Series) -> pd.Series:
    """Titles and outlets in hover labels are shown as text, never markup."""
    import html

    return values.astype("string").fillna("").map(html.escape)


def topic_map(
    assignments: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    title: str = "Topic map of articles",
) -> go.Figure:
    """Articles as points on the 2-D topic map, coloured by topic.

    Parameters
    ----------
    assignments : pandas.DataFrame
        ``TopicModel.assignments`` (``article_id``, ``topic``, ``label``,
        ``weight``, ``x``, ``y``).
    articles : pandas.DataFrame, optional
        The articles, for ``title`` and ``outlet`` in the hover label.
    """
    points = assignments
    if articles is not None:
        extra = [c for c in ("title", "outlet") if c in articles.columns and c not in assignments.columns]
        meta = articles[["article_id", *extra]].drop_duplicates("article_id")
        points = assignments.merge(meta, on="article_id", how="left")
    fig = go.Figure()
    for topic, group in points.groupby("topic", sort=True):
        hover = "<b>" + _topic_hover(group.get("title", group["article_id"])) + "</b>"
        if "outlet" in group.columns:
            hover = hover + "<br>" + _topic_hover(group["outlet"])
        hover = hover + "<br>weight " + group["weight"].round(2).astype(str)
        fig.add_trace(
            go.Scatter(
                x=group["x"].round(4),
                y=group["y"].round(4),
                mode="markers",
                name=f"{int(topic)}: {group['label'].iloc[0]}",
                marker={"color": _topic_color(int(topic)), "size": 9, "opacity": 0.8},
                text=hover,
                hoverinfo="text",
            )
        )
    fig.update_layout(
        title=title,
        xaxis={"title": "map axis 1", "zeroline": False},
        yaxis={"title": "map axis 2", "zeroline": False},
        legend={"title": {"text": "topic"}},
    )
    return fig


def topic_terms_chart(topics: pd.DataFrame, n_terms: int = 8, title: str = "Top terms per topic") -> go.Figure:
    """Horizontal bars of each topic's top terms and weights (``TopicModel.topics``)."""
    from plotly.subplots import make_subplots

    n = len(topics)
    cols = min(3, max(1, n))
    rows = max(1, -(-n // cols))
    fig = make_subplots(
        rows=rows,
        cols=cols,
        subplot_titles=[f"{int(t)}: {lab}" for t, lab in zip(topics["topic"], topics["label"], strict=True)],
        horizontal_spacing=0.15,
        vertical_spacing=max(0.04, 0.3 / rows),
    )
    for i, row in enumerate(topics.itertuples(index=False)):
        terms = list(row.terms)[:n_terms][::-1]
        weights = [round(float(w), 4) for w in list(row.term_weights)[:n_terms]][::-1]
        fig.add_trace(
            go.Bar(x=weights, y=terms, orientation="h", marker_color=_topic_color(int(row.topic)), showlegend=False),
            row=i // cols + 1,
            col=i % cols + 1,
        )
    fig.update_layout(title=title, height=max(320, 260 * rows))
    fig.update_annotations(font_size=11)
    return fig


def _stacked_shares(shares: pd.DataFrame, by: str, orientation: str, title: str, axis_title: str) -> go.Figure:
    fig = go.Figure()
    for topic, group in shares.groupby("topic", sort=True):
        values = (group["share"].fillna(0) * 100).round(1)
        keys = group[by]
        fig.add_trace(
            go.Bar(
                x=values if orientation == "h" else keys,
                y=keys if orientation == "h" else values,
                orientation=orientation,
                name=f"{int(topic)}: {group['label'].iloc[0]}",
                marker_color=_topic_color(int(topic)),
                customdata=group["n_articles"].astype("int64"),
                hovertemplate="%{fullData.name}<br>%{" + ("x" if orientation == "h" else "y")
                + "}% (%{customdata} articles)<extra></extra>",
            )
        )
    share_axis = {"title": "share of articles (%)", "range": [0, 100]}
    fig.update_layout(
        title=title,
        barmode="stack",
        legend={"title": {"text": "topic"}},
        **({"xaxis": share_axis, "yaxis": {"title": axis_title, "autorange": "reversed"}} if orientation == "h"
           else {"yaxis": share_axis, "xaxis": {"title": axis_title}}),
    )
    return fig


def topic_shares_over_time_chart(shares: pd.DataFrame, title: str = "Topic shares over time") -> go.Figure:
    """Stacked bars of topic shares per period (``topics.topics_over_time``)."""
    frame = shares.assign(period=shares["period"].dt.strftime("%Y-%m-%d"))
    return _stacked_shares(frame, "period", "v", title, "period starting")


def topic_shares_by_outlet_chart(shares: pd.DataFrame, title: str = "Topic shares per outlet") -> go.Figure:
    """Stacked horizontal bars of topic shares per outlet (``topics.topics_by_outlet``)."""
    return _stacked_shares(shares, "outlet", "h", title, "outlet")


def topic_selection_chart(selection: pd.DataFrame, title: str = "Choosing the number of topics") -> go.Figure:
    """The curve ``n_topics="auto"`` used, with the chosen number marked (``TopicModel.selection``)."""
    criterion = str(selection["criterion"].iloc[0]) if len(selection) else ""
    fig = go.Figure(
        go.Scatter(
            x=selection["n_topics"].astype("int64"),
            y=selection["score"].round(4),
            mode="lines+markers",
            name=criterion,
        )
    )
    chosen = selection[selection["chosen"]]
    fig.add_trace(
        go.Scatter(
            x=chosen["n_topics"].astype("int64"),
            y=chosen["score"].round(4),
            mode="markers",
            marker={"size": 14, "symbol": "star", "color": "crimson"},
            name="chosen",
        )
    )
    fig.update_layout(
        title=title,
        xaxis={"title": "number of topics", "dtick": 1},
        yaxis={"title": f"score ({criterion}, higher is better)"},
    )
    return fig


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


def copy_matrix_chart(copies: pd.DataFrame, by: str = "outlet", title: str = "Who copies whom") -> go.Figure:
    """Heat map: rows copy, columns are the originals' outlets (or ``by`` groups); cells count copied articles.

    ``copies`` is the output of ``sources.find_copies`` (after ``sources.join_outlets``
    for ``by="outlet_type"`` or ``"outlet_country"``).
    """
    if by not in copies:
        raise KeyError(f"copy_matrix_chart: no column {by!r}; join the outlet registry first (sources.join_outlets)")
    orig_outlet = copies.loc[copies["is_original"], ["group", by]].rename(columns={by: "_original"})
    pairs = copies.loc[~copies["is_original"]].merge(orig_outlet, on="group")
    matrix = pd.crosstab(pairs[by].astype(str), pairs["_original"].astype(str)) if len(pairs) else pd.DataFrame()
    fig = go.Figure(
        go.Heatmap(
            z=matrix.to_numpy(),
            x=[str(c) for c in matrix.columns],
            y=[str(i) for i in matrix.index],
            colorscale="Blues",
            hovertemplate="%{y} copied %{z} article(s) from %{x}<extra></extra>",
        )
    )
    fig.update_layout(title=title, xaxis_title=f"original from ({by})", yaxis_title=f"copy in ({by})")
    return fig


def reported_counts_chart(counts: pd.DataFrame, by: str = "outlet", title: str = "Counts each outlet reported") -> go.Figure:
    """Dot plot: for each event (y), the counts each outlet (or ``by`` group) printed (x), qualifier in the label.

    ``counts`` is the output of ``sources.reported_counts`` (after ``sources.join_outlets``
    for ``by="outlet_type"``).
    """
    if by not in counts:
        raise KeyError(f"reported_counts_chart: no column {by!r}; join the outlet registry first (sources.join_outlets)")
    frame = counts.assign(
        event=counts["date"].dt.strftime("%Y-%m-%d").fillna("undated") + " " + counts["event_type"].astype(str)
    )
    frame = frame.groupby(["event", by, "count", "reported"], sort=True, dropna=False)["articles"].sum().reset_index()
    fig = go.Figure()
    for outlet, part in frame.groupby(by, sort=True):
        fig.add_scatter(
            x=part["count"].astype(float),
            y=part["event"],
            mode="markers",
            name=str(outlet),
            marker={"size": 10 + 3 * part["articles"].astype(float).clip(upper=5)},
            text=_escape(part["reported"]),
            hovertemplate="%{y}<br>" + str(outlet).replace("%", "%%") + ": %{text}<extra></extra>",
        )
    fig.update_layout(title=title, xaxis_title="count reported", yaxis_title="event", legend_title=by)
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
