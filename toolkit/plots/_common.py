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

__all__ = ["DERIVED", "META_KEY", "count_axis", "describe", "figure_caption", "figure_data"]

#: Key of the toolkit's entry in ``layout.meta``.
META_KEY = "toolkit"
#: ``meta`` of a trace that repeats marks other traces draw (not a row of its own).
DERIVED = "derived"
#: A count axis turns logarithmic when the largest value is at least this many
#: times the median: one figure of 2,000 among counts of 10-50 would otherwise
#: press every other mark onto the axis.
LOG_SPREAD = 10.0


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
        fig.add_annotation(
            text=html.escape(empty or "Nothing to draw: no rows."), showarrow=False,
            xref="paper", yref="paper", x=0.5, y=0.5, font={"size": 15, "color": "#555555"},
        )
    if source:
        caption = f"{caption.rstrip('.')}; input: {source}."
    fig.update_layout(meta={META_KEY: {"caption": caption, "name": name, "rows": len(data), "csv": _csv(data)}})
    return fig


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
