"""What every chart shares: its caption and the rows it draws, count axes, safe hover text.

A chart function ends with :func:`describe`, which stores in the figure's
``layout.meta`` a one-line caption (which data, which method, which
parameters) and the rows the figure draws as CSV. The figure carries both
wherever it goes: a notebook output, ``fig.write_json``, an HTML report,
where :mod:`toolkit.report` turns them into a caption and a "download data
(CSV)" link. :func:`figure_caption` and :func:`figure_data` read them back.

Traces that draw again what other traces drew (a highlight of the chosen
point, the band of a range) are marked :data:`DERIVED`, so that the marks of
the other traces are exactly the rows of the data.
"""

from __future__ import annotations

import html
import io
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

__all__ = [
    "DERIVED",
    "HOVER_WIDTH",
    "META_KEY",
    "OTHER",
    "count_axis",
    "describe",
    "figure_caption",
    "figure_data",
    "hover_lines",
    "pool_groups",
    "pool_shares",
    "sample_rows",
]

#: Key of the toolkit's entry in ``layout.meta``.
META_KEY = "toolkit"
#: ``meta`` of a trace that repeats marks other traces draw (not a row of its own).
DERIVED = "derived"
#: A count axis turns logarithmic when the largest value is at least this many
#: times the median: one figure of 2,000 among counts of 10-50 would otherwise
#: press every other mark onto the axis.
LOG_SPREAD = 10.0
#: Characters per line of a hover label: about 420 px in plotly's 13 px font,
#: so a label fits beside a point on a 1,366 px wide screen (one unwrapped
#: line of outlets and evidence ran to 1,300-1,400 px and was cut off).
HOVER_WIDTH = 60
#: Label of the pooled groups beyond a chart's top N.
OTHER = "other outlets"


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple | np.ndarray):
        return "; ".join(map(str, value))
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return value


def _csv(data: pd.DataFrame) -> str:
    out = data.reset_index(drop=True).copy()
    for column in out.columns:
        if out[column].dtype == object:
            out[column] = out[column].map(_cell)
    return out.to_csv(index=False, lineterminator="\n")


def describe(
    fig: go.Figure,
    data: pd.DataFrame,
    caption: str,
    name: str,
    empty: str | None = None,
    source: str | None = None,
) -> go.Figure:
    """Store the caption and the drawn rows in ``fig.layout.meta`` and return ``fig``.

    Parameters
    ----------
    fig : plotly.graph_objects.Figure
        The chart, changed in place (it is the function's own new figure).
    data : pandas.DataFrame
        Exactly the rows the figure draws, one per mark.
    caption : str
        One line: which data, which method, which parameters.
    name : str
        Short file-name stem for the data (``"distinctive-terms"``).
    empty : str, optional
        What to say on the chart when ``data`` has no rows (default: "nothing to draw").
    source : str, optional
        How the caller made the input (function and parameters), added to the caption.

    Returns
    -------
    plotly.graph_objects.Figure
        ``fig``.
    """
    if data.empty:
        said = [empty or "Nothing to draw: no rows."]
        if source:  # say what the chart was drawn from, so an empty chart explains itself
            said.append(f"Input: {source}.")
        fig.add_annotation(
            text=hover_lines(said, width=80, bold_first=False), showarrow=False,
            xref="paper", yref="paper", x=0.5, y=0.5, font={"size": 15, "color": "#555555"},
        )
    if source:
        caption = f"{caption.rstrip('.')}; input: {source}."
    fig.update_layout(meta={META_KEY: {"caption": caption, "name": name, "rows": len(data), "csv": _csv(data)}})
    return fig


def hover_lines(lines: Iterable[str | None], width: int = HOVER_WIDTH, bold_first: bool = True) -> str:
    """One hover label from plain-text lines: escaped, each wrapped at ``width`` characters with ``<br>``.

    Parameters
    ----------
    lines : iterable of str
        Lines of the label (article text allowed: it is escaped); None and
        empty lines are skipped.
    width : int
        Longest line, in characters.
    bold_first : bool
        Set the first line in bold (the label's heading).

    Returns
    -------
    str
        Safe HTML for plotly's hover label.

    Examples
    --------
    >>> hover_lines(["2025-09-11 release", "outlets: " + ", ".join(["a.example"] * 8)], width=40)
    '<b>2025-09-11 release</b><br>outlets: a.example, a.example,<br>a.example, a.example, a.example,<br>a.example, a.example, a.example'
    """
    import textwrap

    out = []
    for i, line in enumerate(line for line in lines if line):
        wrapped = "<br>".join(html.escape(part) for part in textwrap.wrap(str(line), width) or [""])
        out.append(f"<b>{wrapped}</b>" if i == 0 and bold_first else wrapped)
    return "<br>".join(out)


def pool_groups(frame: pd.DataFrame, column: str, top: int | None, weight: str | None = None,
                label: str = OTHER) -> tuple[pd.DataFrame, str]:
    """Keep the ``top`` largest groups of ``column`` and relabel the rest ``label``.

    Parameters
    ----------
    frame : pandas.DataFrame
        Rows to draw; not modified.
    column : str
        The group column (e.g. ``"outlet"``).
    top : int or None
        Groups kept by name; None keeps all.
    weight : str, optional
        Column whose sum ranks the groups (default: rows per group). Ties
        are broken by name.
    label : str
        Name of the pooled group.

    Returns
    -------
    (pandas.DataFrame, str)
        The relabelled frame (a new one) and a note for the caption, empty
        when nothing was pooled (e.g. "20 of 300 outlets drawn one by one,
        the other 280 together as 'other outlets'").
    """
    keys = frame[column].astype("string").fillna("unknown")
    sizes = (frame.assign(_k=keys).groupby("_k")[weight].sum() if weight else keys.value_counts())
    sizes = sizes.sort_index(kind="stable").sort_values(ascending=False, kind="stable")
    if top is None or len(sizes) <= top:
        return frame, ""
    kept = set(sizes.index[:top])
    out = frame.assign(**{column: keys.where(keys.isin(kept), label)})
    noun = column.replace("_", " ")
    return out, (f"{top} of {len(sizes)} {noun}s drawn one by one (the largest), "
                 f"the other {len(sizes) - top} together as '{label}'")


def sample_rows(frame: pd.DataFrame, n: int | None, by: str | None = None, random_state: int = 0,
                what: str = "rows") -> tuple[pd.DataFrame, str]:
    """At most ``n`` rows, drawn at random (in proportion within each ``by`` group), in their order.

    Parameters
    ----------
    frame : pandas.DataFrame
        Rows to draw; not modified.
    n : int or None
        Most rows kept; None keeps all.
    by : str, optional
        Stratify: every group keeps its share of the sample (at least one row).
    random_state : int
        Seed of the draw.
    what : str
        Noun for the note ("articles").

    Returns
    -------
    (pandas.DataFrame, str)
        The rows and a note for the caption, empty when nothing was left out
        (e.g. "a random sample of 5,000 of 100,000 articles, in proportion per topic").
    """
    if n is None or len(frame) <= n:
        return frame, ""
    if by is None:
        picked = frame.sample(n=n, random_state=random_state)
    else:
        share = n / len(frame)
        parts = [g.sample(n=max(1, int(round(len(g) * share))), random_state=random_state)
                 for _, g in frame.groupby(by, sort=True, dropna=False)]
        picked = pd.concat(parts)
    picked = picked.loc[frame.index.intersection(picked.index)]
    note = f"a random sample of {len(picked):,} of {len(frame):,} {what}" + (
        f", in proportion per {by.replace('_', ' ')}" if by else "")
    return picked, note


def _meta(fig: go.Figure | Mapping[str, Any]) -> dict[str, Any]:
    layout = fig.get("layout", {}) if isinstance(fig, Mapping) else fig.layout.to_plotly_json()
    meta = layout.get("meta") or {}
    entry = meta.get(META_KEY) if isinstance(meta, Mapping) else None
    return dict(entry) if isinstance(entry, Mapping) else {}


def figure_caption(fig: go.Figure | Mapping[str, Any]) -> str | None:
    """The one-line caption a toolkit chart carries (None for other figures).

    Parameters
    ----------
    fig : plotly Figure or its JSON dict
        A figure made by a :mod:`toolkit.plots` function.

    Returns
    -------
    str or None
    """
    return _meta(fig).get("caption")


def figure_data(fig: go.Figure | Mapping[str, Any]) -> pd.DataFrame | None:
    """The rows a toolkit chart draws, as a new frame (None for other figures).

    Parameters
    ----------
    fig : plotly Figure or its JSON dict
        A figure made by a :mod:`toolkit.plots` function.

    Returns
    -------
    pandas.DataFrame or None
        Read back from the CSV the figure carries, so values are as written
        there (dates as text).

    Examples
    --------
    >>> from toolkit import plots
    >>> fig = plots.languages_chart(pd.DataFrame({"language": ["en"], "name": ["English"],
    ...                                           "articles": [3], "share": [1.0]}))
    >>> figure_data(fig)["articles"].tolist()
    [3]
    """
    text = _meta(fig).get("csv")
    if text is None:
        return None
    if not text.strip():
        return pd.DataFrame()
    return pd.read_csv(io.StringIO(text))


def count_axis(values: Iterable[float], title: str) -> tuple[dict[str, Any], str]:
    """Axis settings for counts: logarithmic when one value dwarfs the rest.

    Parameters
    ----------
    values : iterable of float
        The counts the axis shows.
    title : str
        Axis title.

    Returns
    -------
    (dict, str)
        The axis dict for ``update_layout`` and a note for the caption (empty
        for a linear axis), e.g. ``"log scale: counts from 2 to 2,000"``.
    """
    v = pd.to_numeric(pd.Series(list(values), dtype="float64"), errors="coerce").dropna()
    v = v[v > 0]
    if len(v) >= 2 and v.max() >= LOG_SPREAD * v.median() and v.max() > 1:
        note = f"log scale: values from {v.min():,.0f} to {v.max():,.0f}"
        return {"title": f"{title} (log scale)", "type": "log"}, note
    return {"title": title}, ""


def escape(values: pd.Series) -> pd.Series:
    """Article-derived strings shown in hover labels are text, never markup."""
    return values.astype("string").fillna("").map(html.escape)


def join_note(*parts: str) -> str:
    """Join caption parts with '; ', skipping empty ones."""
    return "; ".join(p for p in parts if p)


def pool_shares(shares: pd.DataFrame, by: str, top: int | None, count: str = "n_articles",
                keys: tuple[str, ...] = ("topic", "label")) -> tuple[pd.DataFrame, str]:
    """Shares of the ``top`` largest groups of ``by``; the others pooled, their shares recomputed from counts.

    Parameters
    ----------
    shares : pandas.DataFrame
        Tidy shares: ``by``, the ``keys`` columns, ``count`` and ``share``.
    by : str
        The group column (``"outlet"``).
    top : int or None
        Groups kept by name (None keeps all).
    count : str
        The count behind each share.
    keys : tuple of str
        The columns a share is of (``topic`` and ``label``).

    Returns
    -------
    (pandas.DataFrame, str)
        New shares and a caption note (empty when nothing was pooled).
    """
    pooled, note = pool_groups(shares, by, top, weight=count)
    if not note:
        return shares, ""
    keys = [k for k in keys if k in pooled]
    out = pooled.groupby([by, *keys], sort=False, dropna=False)[count].sum().reset_index()
    totals = out.groupby(by)[count].transform("sum")
    out["share"] = (out[count] / totals.where(totals > 0)).fillna(0.0)
    return out, note
