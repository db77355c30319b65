"""Topic charts: the topic map, top terms, shares over time and per outlet, choosing the number."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from toolkit.plots._common import (
    DERIVED,
    OTHER,
    describe,
    hover_lines,
    join_note,
    pool_shares,
    sample_rows,
)
from toolkit.topics.select import STABLE

__all__ = [
    "MAP_POINTS",
    "topic_map",
    "topic_terms_chart",
    "topic_shares_over_time_chart",
    "topic_shares_by_outlet_chart",
    "topic_selection_chart",
]

# What a term's weight is, by topic method (``TopicModel.method``).
_TERM_WEIGHT = {
    "nmf": "the term's weight in the topic's NMF component (TF-IDF scale)",
    "kmeans": "the term's TF-IDF weight in the topic's k-means centroid",
    "minibatch": "the term's weight in the topic's centroid, mapped back from the LSA space",
}
_TERM_WEIGHT_ANY = "the term's weight in the topic (NMF component or k-means centroid of TF-IDF vectors)"


def _topic_color(topic: int) -> str:
    from plotly.colors import qualitative

    palette = qualitative.Plotly + qualitative.D3
    return "#999999" if topic < 0 else palette[topic % len(palette)]


#: Most points drawn on the topic map by default: beyond it a sample in
#: proportion per topic (stated in the caption). 5,000 points with hover
#: labels are about 1.5 MB of page; 100,000 would be 20-30 MB.
MAP_POINTS = 5_000


def topic_map(
    assignments: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    title: str = "Topic map of articles",
    *,
    max_points: int | None = MAP_POINTS,
    source: str | None = None,
) -> go.Figure:
    """Articles as points on the 2-D topic map, coloured by topic.

    A corpus of more than ``max_points`` articles is drawn as a random
    sample in proportion per topic (every topic keeps at least one point);
    the title and caption say how many of how many.

    Parameters
    ----------
    assignments : pandas.DataFrame
        ``TopicModel.assignments`` (``article_id``, ``topic``, ``label``,
        ``weight``, ``x``, ``y``).
    articles : pandas.DataFrame, optional
        The articles, for ``title`` and ``outlet`` in the hover label.
    title : str
        Chart title.
    max_points : int or None
        Most points drawn (None: every article).
    source : str, optional
        How the model was made (e.g. ``"cluster_topics(method='nmf')"``), for the caption.

    Returns
    -------
    plotly.graph_objects.Figure
        One trace per topic; caption and drawn points in ``layout.meta``.
    """
    points, sampled = sample_rows(assignments, max_points, by="topic", what="articles")
    if articles is not None:
        extra = [c for c in ("title", "outlet") if c in articles.columns and c not in assignments.columns]
        meta = articles[["article_id", *extra]].drop_duplicates("article_id")
        points = points.merge(meta, on="article_id", how="left")
    fig = go.Figure()
    drawn = []
    for topic, group in points.groupby("topic", sort=True):
        drawn.append(group)
        titles = group["title"] if "title" in group else group["article_id"]
        outlets = group["outlet"] if "outlet" in group else pd.Series("", index=group.index)
        hover = [hover_lines([t if isinstance(t, str) and t else a, o if isinstance(o, str) else "", f"weight {w:.2f}"])
                 for t, a, o, w in zip(titles, group["article_id"], outlets, group["weight"], strict=True)]
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
        title=title + (f"<br><sup>{len(points):,} of {len(assignments):,} articles, a random sample per topic</sup>"
                       if sampled else ""),
        xaxis={"title": "map axis 1", "zeroline": False},
        yaxis={"title": "map axis 2", "zeroline": False},
        legend={"title": {"text": "topic"}},
        hoverlabel={"align": "left"},
    )
    data = pd.concat(drawn) if drawn else points
    cols = [c for c in ("article_id", "title", "outlet", "topic", "label", "weight", "x", "y") if c in data]
    caption = join_note(
        f"Data: {len(data)} articles in {data['topic'].nunique()} topics (toolkit.cluster_topics)",
        f"drawn: {sampled} (the map stays readable and the page small)" if sampled else "",
        "position: 2-D principal-component projection of each article's topic weights; colour: topic; "
        "weight: share of the article's weight on its topic") + "."
    return describe(fig, data[cols].round({"x": 4, "y": 4, "weight": 4}), caption, "topic-map", source=source)


def topic_terms_chart(
    topics: pd.DataFrame,
    n_terms: int = 8,
    title: str = "Top terms per topic",
    *,
    method: str | None = None,
    source: str | None = None,
) -> go.Figure:
    """Horizontal bars of each topic's top terms and weights (``TopicModel.topics``).

    Parameters
    ----------
    topics : pandas.DataFrame
        ``TopicModel.topics`` (``topic``, ``label``, ``terms``, ``term_weights``).
    n_terms : int
        Terms per topic.
    title : str
        Chart title; a second line says what the weight is.
    method : str, optional
        The model's method (``"nmf"``, ``"kmeans"``, ``"minibatch"``): says what the weight is.
    source : str, optional
        How the model was made, for the caption.

    Returns
    -------
    plotly.graph_objects.Figure
        One bar trace per topic; caption and drawn bars in ``layout.meta``.
    """
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
    drawn = []
    for i, row in enumerate(topics.itertuples(index=False)):
        terms = list(row.terms)[:n_terms]
        weights = [round(float(w), 4) for w in list(row.term_weights)[:n_terms]]
        drawn.append(pd.DataFrame({"topic": int(row.topic), "label": row.label, "rank": range(1, len(terms) + 1),
                                   "term": terms, "weight": weights}))
        fig.add_trace(
            go.Bar(x=weights[::-1], y=terms[::-1], orientation="h", marker_color=_topic_color(int(row.topic)),
                   showlegend=False, hovertemplate="%{y}: weight %{x}<extra></extra>"),
            row=i // cols + 1,
            col=i % cols + 1,
        )
    weight = _TERM_WEIGHT.get(str(method), _TERM_WEIGHT_ANY)
    fig.update_layout(title={"text": f"{title}<br><sup>bar length: {weight}</sup>"}, height=max(320, 260 * rows))
    fig.update_annotations(font_size=11)
    data = pd.concat(drawn, ignore_index=True) if drawn else pd.DataFrame(columns=["topic", "label", "rank", "term", "weight"])
    caption = (f"Data: the top {n_terms} terms of {n} topics (toolkit.cluster_topics, TopicModel.topics); "
               f"weight: {weight}; terms ranked by weight, not tested for significance.")
    return describe(fig, data, caption, "topic-terms", source=source)


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
    n_keys = shares[by].nunique()
    fig.update_layout(
        title=title,
        barmode="stack",
        legend={"title": {"text": "topic"}},
        # every outlet labelled: one row of at least 22 px each
        **({"xaxis": share_axis, "height": max(420, 120 + 22 * n_keys),
            "yaxis": {"title": axis_title, "autorange": "reversed", "dtick": 1, "automargin": True}}
           if orientation == "h" else {"yaxis": share_axis, "xaxis": {"title": axis_title}}),
    )
    return fig


def _shares_data(shares: pd.DataFrame, by: str) -> pd.DataFrame:
    cols = [c for c in (by, "topic", "label", "n_articles", "share") if c in shares]
    return shares.sort_values(["topic", by], kind="stable")[cols].round({"share": 4})


def topic_shares_over_time_chart(shares: pd.DataFrame, title: str = "Topic shares over time",
                                 *, source: str | None = None) -> go.Figure:
    """Stacked bars of topic shares per period (``topics.topics_over_time``).

    Parameters
    ----------
    shares : pandas.DataFrame
        ``period``, ``topic``, ``label``, ``n_articles``, ``share``.
    title : str
        Chart title.
    source : str, optional
        How the shares were made, for the caption.

    Returns
    -------
    plotly.graph_objects.Figure
    """
    frame = shares.assign(period=shares["period"].dt.strftime("%Y-%m-%d"))
    fig = _stacked_shares(frame, "period", "v", title, "period starting")
    caption = (f"Data: {shares['period'].nunique()} periods "
               "(toolkit.topics_over_time); bar: share of the period's dated articles assigned to each topic; "
               "articles without a date are left out.")
    return describe(fig, _shares_data(frame, "period"), caption, "topic-shares-over-time", source=source)




def topic_shares_by_outlet_chart(shares: pd.DataFrame, title: str = "Topic shares per outlet",
                                 *, top_outlets: int | None = 20, source: str | None = None) -> go.Figure:
    """Stacked horizontal bars of topic shares per outlet (``topics.topics_by_outlet``).

    Parameters
    ----------
    shares : pandas.DataFrame
        ``outlet``, ``topic``, ``label``, ``n_articles``, ``share``.
    title : str
        Chart title.
    top_outlets : int or None
        Outlets drawn one by one (those with most articles); the others are
        drawn together as one bar, and the title and caption say how many.
    source : str, optional
        How the shares were made, for the caption.

    Returns
    -------
    plotly.graph_objects.Figure
        Every bar labelled on the axis.
    """
    frame, pooled = pool_shares(shares, "outlet", top_outlets)
    n_outlets = shares["outlet"].nunique()
    shown = title + (f"<br><sup>{top_outlets} of {n_outlets} outlets, the rest as '{OTHER}'</sup>" if pooled else "")
    fig = _stacked_shares(frame, "outlet", "h", shown, "outlet")
    caption = join_note(f"Data: {n_outlets} outlets (toolkit.topics_by_outlet)", pooled,
                        "bar: share of the outlet's articles assigned to each topic") + "."
    return describe(fig, _shares_data(frame, "outlet"), caption, "topic-shares-by-outlet", source=source)


def _selection_note(curve: pd.DataFrame) -> str:
    """One caption phrase per language: the rule, the chosen k and its figures."""
    lang = str(curve["language"].iloc[0]) if "language" in curve and pd.notna(curve["language"].iloc[0]) else ""
    row = curve[curve["chosen"]].iloc[0] if curve["chosen"].any() else curve.iloc[0]
    criterion = str(row.get("criterion", ""))
    k = int(row["n_topics"])
    name = f"{lang or '(no language)'}: "
    if criterion == "fixed":
        return name + f"k={k} asked for"
    figures = f"stability {row['stability']:.2f} +- {row['stability_se']:.2f}, silhouette {row['score']:.3f}"
    if criterion == "stable silhouette":
        rule = f"among the k with stability >= {STABLE}, the smallest within one SE of the best silhouette"
    else:
        rule = f"no k reached stability {STABLE}; the highest stability minus its SE, ties to the smaller k"
    return name + f"k={k} ({figures}; {rule})"


def topic_selection_chart(selection: pd.DataFrame, title: str = "Choosing the number of topics",
                          *, source: str | None = None) -> go.Figure:
    """The figures ``n_topics="auto"`` chose from, with the chosen number marked (``TopicModel.selection``).

    Per language: the stability of each candidate ``k`` (mean adjusted Rand
    index over the resamples, error bars one standard error, left axis), the
    chosen ``k`` as a star on it, and the silhouette score (dashed, right
    axis, with its own star); the dotted line is the stability a ``k`` needs
    to count as stable (:data:`toolkit.topics.select.STABLE`). See
    :mod:`toolkit.topics.select` for the rule.

    Parameters
    ----------
    selection : pandas.DataFrame
        ``language``, ``n_topics``, ``score``, ``se``, ``stability``,
        ``stability_se``, ``criterion``, ``chosen``
        (:data:`toolkit.schema.TOPIC_SELECTION`; ``language``, ``stability``
        and ``stability_se`` may be missing: one curve, the score only).
    title : str
        Chart title.
    source : str, optional
        How the model was made, for the caption.

    Returns
    -------
    plotly.graph_objects.Figure
        Per language the stability curve (one mark per row of the figure's
        data), then its chosen point; then the silhouette curves and their
        chosen points, marked as drawn from the same rows.
    """
    frame = selection.copy()
    if "language" not in frame:
        frame["language"] = ""
    if "stability" not in frame:  # an older table: the score is all there is
        frame["stability"], frame["stability_se"] = frame["score"], frame.get("se", float("nan"))
    frame["language"] = frame["language"].astype("string").fillna("")
    curves = [group for _, group in frame.groupby("language", sort=False)]
    colour = {str(c["language"].iloc[0]): _topic_color(i) for i, c in enumerate(curves)}  # one per language
    fig = go.Figure()
    for curve in curves:
        lang = str(curve["language"].iloc[0])
        prefix = f"{lang}: " if lang else ""
        fig.add_trace(go.Scatter(
            x=curve["n_topics"].astype("int64"), y=curve["stability"].round(4), mode="lines+markers",
            line={"color": colour[lang]},
            error_y={"type": "data", "array": curve["stability_se"].fillna(0).round(4), "visible": True},
            name=f"{prefix}stability", legendgroup=lang,
        ))
        chosen = curve[curve["chosen"]]
        fig.add_trace(go.Scatter(
            x=chosen["n_topics"].astype("int64"), y=chosen["stability"].round(4), mode="markers",
            marker={"size": 14, "symbol": "star", "color": "crimson"}, name=f"{prefix}chosen k",
            legendgroup=lang, meta=DERIVED,
        ))
    for curve in curves:
        lang = str(curve["language"].iloc[0])
        prefix = f"{lang}: " if lang else ""
        fig.add_trace(go.Scatter(
            x=curve["n_topics"].astype("int64"), y=curve["score"].round(4), mode="lines+markers",
            line={"dash": "dash", "color": colour[lang]}, name=f"{prefix}silhouette (score)", legendgroup=lang, yaxis="y2",
            meta=DERIVED,  # a second column (score) of the rows the stability curve draws
        ))
        chosen = curve[curve["chosen"]]
        fig.add_trace(go.Scatter(
            x=chosen["n_topics"].astype("int64"), y=chosen["score"].round(4), mode="markers",
            marker={"size": 11, "symbol": "star-open", "color": "crimson"}, name=f"{prefix}chosen k (score)",
            legendgroup=lang, showlegend=False, yaxis="y2", meta=DERIVED,
        ))
    fig.add_hline(y=STABLE, line={"dash": "dot", "color": "grey"}, annotation_text=f"stable ({STABLE})")
    fig.update_layout(
        title=title,
        xaxis={"title": "number of topics", "dtick": 1},
        yaxis={"title": "stability (mean ARI over resamples, higher is better)", "range": [-0.05, 1.05]},
        yaxis2={"title": "silhouette (cosine)", "overlaying": "y", "side": "right", "showgrid": False},
    )
    cols = [c for c in ("language", "n_topics", "stability", "stability_se", "score", "se", "criterion", "chosen")
            if c in frame]
    caption = (f"Data: {len(frame)} candidate numbers of topics (TopicModel.selection); "
               + "; ".join(_selection_note(c) for c in curves) + ".")
    return describe(fig, frame[cols].round({"score": 4, "se": 4, "stability": 4, "stability_se": 4}), caption,
                    "topic-selection", source=source)
