"""Event charts: releases and pardons on a timeline, running totals, sanctions, the reference."""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go

from toolkit.events.registry import COLOURS
from toolkit.plots._common import DERIVED, count_axis, describe, hover_lines, join_note

__all__ = [
    "release_timeline_chart",
    "cumulative_releases_chart",
    "sanctions_actions_chart",
    "timeline_vs_reference_chart",
]

# chart colour per event type, read from the event-type registry at each lookup
_EVENT_COLORS = COLOURS
_NUMBER = re.compile(r"\d[\d,]*")


def _plain(value: object) -> str:
    """A cell as plain text: lists joined with commas, missing values empty."""
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value))
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _hovers(frame: pd.DataFrame, parts: list) -> list[str]:
    """One wrapped, escaped hover label per row; ``parts`` are functions of a row giving plain lines."""
    return [hover_lines([part(row) for part in parts]) for row in frame.to_dict("records")]


def _numbers(reported: object) -> list[int]:
    """The numbers in ``counts_reported`` ("more than 50" -> 50)."""
    if not isinstance(reported, list | tuple):
        return []
    return [int(m.replace(",", "")) for text in reported for m in _NUMBER.findall(str(text))]


def count_range(events: pd.DataFrame) -> pd.DataFrame:
    """Lowest and highest count reported per event (``count_low``, ``count_high``), a new frame.

    Events without a reported number take ``count`` for both (NA when absent).
    """
    numbers = events["counts_reported"].map(_numbers) if "counts_reported" in events else None
    count = events["count"].astype("Float64")
    low = numbers.map(lambda n: min(n) if n else None) if numbers is not None else count
    high = numbers.map(lambda n: max(n) if n else None) if numbers is not None else count
    return events.assign(
        count_low=pd.array(low, dtype="Float64").fillna(count).astype("Int64"),
        count_high=pd.array(high, dtype="Float64").fillna(count).astype("Int64"),
    )


def _range_label(low: object, high: object) -> str:
    return "" if pd.isna(low) or pd.isna(high) or low == high else f"{int(low):,}–{int(high):,}"


def release_timeline_chart(events: pd.DataFrame, title: str = "Prisoner releases and pardons",
                           *, source: str | None = None) -> go.Figure:
    """Releases and pardons on a timeline, markers sized by the number of people.

    Disputed events are labelled with the range of counts reported
    ("14–52"); the hover label lists every count and who reported it.

    Parameters
    ----------
    events : pandas.DataFrame
        Consolidated events (``toolkit.consolidate_events``); rows of type
        release and pardon with a date are drawn. Events without a count are
        drawn small and hollow.
    title : str
        Chart title.
    source : str, optional
        How the input was made (function and parameters), for the caption.

    Returns
    -------
    plotly.graph_objects.Figure
        One trace per type; the caption and drawn rows in ``layout.meta``.
    """
    rows = count_range(events[events["event_type"].isin(["release", "pardon"]) & events["date"].notna()])
    rows = rows.sort_values(["event_type", "date"], kind="stable")
    fig = go.Figure()
    for kind in ("pardon", "release"):
        part = rows[rows["event_type"].eq(kind)]
        if part.empty:
            continue
        counts = part["count"].astype("Float64")
        size = (counts.fillna(0).astype(float) ** 0.5 * 3 + 8).clip(upper=60)
        ranges = [_range_label(lo, hi) for lo, hi in zip(part["count_low"], part["count_high"], strict=True)]
        notes = {i: f" (disputed: {r})" if r and bool(d) else (f" (range {r})" if r else "")
                 for i, r, d in zip(part.index, ranges, part["disputed"], strict=True)}
        hover = _hovers(part.assign(_note=pd.Series(notes)), [
            lambda r, kind=kind: f"{r['date']:%Y-%m-%d} {kind}",
            lambda r: "count: " + (_plain(r["counts_reported"]) or "not stated") + r["_note"],
            lambda r: f"outlets ({r['n_outlets']}): {_plain(r['outlets'])}",
            lambda r: _plain(r["evidence"]) or "(no evidence sentence)",
        ])
        fig.add_trace(go.Scatter(
            x=part["date"], y=[kind] * len(part), mode="markers+text", name=kind,
            marker={"size": size.tolist(), "color": _EVENT_COLORS[kind], "opacity": 0.75,
                    "line": {"width": 1, "color": "#333333"},
                    "symbol": ["circle" if pd.notna(c) else "circle-open" for c in counts]},
            text=[r if bool(d) else "" for r, d in zip(ranges, part["disputed"], strict=True)],
            textposition="top center", textfont={"size": 11, "color": "#8b0000"},
            customdata=hover, hovertemplate="%{customdata}<extra></extra>",
        ))
    fig.update_layout(title=title, xaxis_title="date", yaxis_title="", height=360,
                      legend_title_text="type", hoverlabel={"align": "left"})
    n_disputed = int(rows["disputed"].fillna(False).astype(bool).sum())
    caption = join_note(
        f"Data: {len(rows)} dated release and pardon events of {len(events)} consolidated events "
        "(toolkit.consolidate_events)",
        "marker area grows with the most reported count (square root, capped); hollow: no count stated",
        f"{n_disputed} disputed events labelled with the range of counts reported" if n_disputed else "",
    )
    cols = ["date", "event_type", "count", "count_low", "count_high", "counts_reported", "disputed",
            "n_outlets", "outlets", "evidence"]
    return describe(fig, rows[[c for c in cols if c in rows]], caption + ".", "release-timeline",
                    empty="No dated releases or pardons to draw.", source=source)


def cumulative_releases_chart(events: pd.DataFrame, mentions: pd.DataFrame | None = None,
                              title: str = "People freed, running total", *, source: str | None = None) -> go.Figure:
    """Running total of people freed (sum of event counts), with reported totals.

    Where counts are disputed, a band runs from the sum of the lowest to the
    sum of the highest counts reported.

    Parameters
    ----------
    events : pandas.DataFrame
        Consolidated events; release and pardon counts are summed by date
        (events without a count add nothing, so the line is a lower bound).
    mentions : pandas.DataFrame, optional
        Event mentions (``toolkit.extract_events``); running totals the
        articles themselves state (``cumulative``) are drawn as points.
    title : str
        Chart title.
    source : str, optional
        How the input was made (function and parameters), for the caption.

    Returns
    -------
    plotly.graph_objects.Figure
        The caption and drawn rows (one per day of the line, one per stated
        total) in ``layout.meta``.
    """
    rows = events[events["event_type"].isin(["release", "pardon"]) & events["date"].notna()
                  & events["count"].notna()].sort_values("date", kind="stable")
    rows = count_range(rows)
    fig = go.Figure()
    drawn = []
    has_band = False
    if not rows.empty:
        by_day = rows.groupby("date", sort=True)[["count", "count_low", "count_high"]].sum().astype(int).cumsum()
        has_band = bool((by_day["count_low"] != by_day["count_high"]).any())
        if has_band:
            for column, fill in (("count_high", None), ("count_low", "tonexty")):
                fig.add_trace(go.Scatter(
                    x=by_day.index, y=by_day[column].tolist(), mode="lines", line_shape="hv",
                    line={"width": 0}, fill=fill, fillcolor="rgba(31,119,180,0.18)", meta=DERIVED,
                    name="range of counts reported" if fill else "", showlegend=bool(fill), hoverinfo="skip",
                ))
        fig.add_trace(go.Scatter(
            x=by_day.index, y=by_day["count"].tolist(), mode="lines+markers", line_shape="hv",
            name="sum of extracted events", line={"color": "#1f77b4"},
            customdata=by_day[["count_low", "count_high"]].to_numpy(),
            hovertemplate="%{x|%Y-%m-%d}: %{y:,} in total (reported counts give %{customdata[0]:,}"
                          "–%{customdata[1]:,})<extra></extra>",
        ))
        drawn.append(pd.DataFrame({"series": "sum of extracted events", "date": by_day.index,
                                   "people": by_day["count"].to_numpy(), "low": by_day["count_low"].to_numpy(),
                                   "high": by_day["count_high"].to_numpy()}))
    n_stated = 0
    if mentions is not None and not mentions.empty:
        tot = mentions[mentions["cumulative"].fillna(False).astype(bool) & mentions["count"].notna()
                       & mentions["date"].notna() & mentions["modality"].eq("reported")]
        if not tot.empty:
            n_stated = len(tot)
            hover = _hovers(tot, [
                lambda r: f"{_plain(r['outlet']) or '?'}: {_plain(r['count_text'])}"
                          + (f" since {r['period_start']:%Y-%m}" if pd.notna(r["period_start"]) else ""),
                lambda r: _plain(r["evidence"]),
            ])
            fig.add_trace(go.Scatter(
                x=tot["date"], y=tot["count"].astype(int).tolist(), mode="markers",
                name="running total stated in an article",
                marker={"symbol": "diamond", "size": 9, "color": "#d62728"},
                text=hover, hovertemplate="%{text}<extra></extra>",
            ))
            drawn.append(pd.DataFrame({"series": "running total stated in an article", "date": tot["date"].to_numpy(),
                                       "people": tot["count"].astype(int).to_numpy(),
                                       "outlet": tot["outlet"].to_numpy(), "evidence": tot["evidence"].to_numpy()}))
    data = pd.concat(drawn, ignore_index=True) if drawn else pd.DataFrame(columns=["series", "date", "people"])
    yaxis, note = count_axis(data["people"], "people")
    fig.update_layout(title=title, xaxis_title="date", yaxis=yaxis, height=380, hoverlabel={"align": "left"})
    caption = join_note(
        f"Data: {len(rows)} release and pardon events with a count (toolkit.consolidate_events)"
        + (f" and {n_stated} running totals stated in articles (cumulative mentions)" if n_stated else ""),
        "line: running sum of the most reported count per event, a lower bound (events without a count add nothing)",
        "band: running sums of the lowest and highest counts reported" if has_band else "",
        note,
    )
    return describe(fig, data, caption + ".", "cumulative-releases", empty="No release or pardon with a count.",
                    source=source)


def sanctions_actions_chart(events: pd.DataFrame, title: str = "Sanctions actions by actor",
                            *, source: str | None = None) -> go.Figure:
    """Sanctions imposed, eased and lifted, one row per actor (US, EU, ...).

    Parameters
    ----------
    events : pandas.DataFrame
        Consolidated events; rows of the three sanctions types with a date.
        Events whose actor was not found are drawn on an 'unknown' row.
    title : str
        Chart title.
    source : str, optional
        How the input was made (function and parameters), for the caption.

    Returns
    -------
    plotly.graph_objects.Figure
        One trace per action; caption and drawn rows in ``layout.meta``.
    """
    kinds = ("sanctions_imposed", "sanctions_eased", "sanctions_lifted")
    rows = events[events["event_type"].isin(kinds) & events["date"].notna()].copy()
    rows["actor_row"] = rows["actor"].astype("string").fillna("unknown")
    fig = go.Figure()
    symbols = {"sanctions_imposed": "triangle-up", "sanctions_eased": "triangle-down",
               "sanctions_lifted": "x"}
    drawn = []
    for kind in kinds:
        part = rows[rows["event_type"].eq(kind)]
        if part.empty:
            continue
        drawn.append(part)
        hover = _hovers(part, [
            lambda r, kind=kind: f"{r['date']:%Y-%m-%d} {kind.replace('_', ' ')}",
            lambda r: f"actor: {r['actor_row']}",
            lambda r: f"target: {_plain(r['target']) or 'not stated'}",
            lambda r: f"outlets ({r['n_outlets']}): {_plain(r['outlets'])}",
            lambda r: _plain(r["evidence"]),
        ])
        fig.add_trace(go.Scatter(
            x=part["date"], y=part["actor_row"].tolist(), mode="markers",
            name=kind.replace("_", " "),
            marker={"symbol": symbols[kind], "size": 13, "color": _EVENT_COLORS[kind],
                    "line": {"width": 1, "color": "#333333"}},
            text=hover, hovertemplate="%{text}<extra></extra>",
        ))
    fig.update_layout(title=title, xaxis_title="date", yaxis_title="actor", height=340,
                      legend_title_text="action", hoverlabel={"align": "left"})
    data = pd.concat(drawn) if drawn else rows
    cols = ["date", "event_type", "actor_row", "target", "n_outlets", "outlets", "evidence"]
    caption = (f"Data: {len(data)} dated sanctions events (imposed, eased, lifted) of {len(events)} consolidated "
               "events (toolkit.consolidate_events); one row per actor named, 'unknown' when none was found.")
    return describe(fig, data[[c for c in cols if c in data]].rename(columns={"actor_row": "actor"}),
                    caption, "sanctions-actions", empty="No dated sanctions actions to draw.", source=source)


def timeline_vs_reference_chart(events: pd.DataFrame, reference: pd.DataFrame,
                                title: str = "Extracted timeline beside the reference",
                                *, source: str | None = None) -> go.Figure:
    """Extracted events and reference events on two rows, coloured by type.

    Parameters
    ----------
    events : pandas.DataFrame
        Consolidated events.
    reference : pandas.DataFrame
        Reference timeline (``toolkit.load_reference_events``); rows of type
        ``other`` and rows that only record a disagreement are left out.
    title : str
        Chart title.
    source : str, optional
        How the input was made (function and parameters), for the caption.

    Returns
    -------
    plotly.graph_objects.Figure
        Caption and drawn rows (with a ``row`` column: reference or extracted)
        in ``layout.meta``.
    """
    ref = reference[reference["event_type"].isin(list(_EVENT_COLORS))]
    if "disagreement" in ref.columns:
        ref = ref[~ref["disagreement"].fillna(False).astype(bool)]
    ext = events[events["date"].notna()]
    fig = go.Figure()
    drawn = []
    for label, frame in (("reference", ref), ("extracted", ext)):
        for kind, color in _EVENT_COLORS.items():
            part = frame[frame["event_type"].eq(kind)]
            if part.empty:
                continue
            count = part["count"].astype("Int64").astype("string").fillna("-")
            drawn.append(pd.DataFrame({"row": label, "date": part["date"].to_numpy(), "event_type": kind,
                                       "count": part["count"].astype("Int64").to_numpy()}))
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
    data = pd.concat(drawn, ignore_index=True) if drawn else pd.DataFrame(columns=["row", "date", "event_type", "count"])
    caption = (f"Data: {len(ref)} reference events (toolkit.load_reference_events, disagreement notes left out) "
               f"and {len(ext)} dated extracted events (toolkit.consolidate_events), by type and date.")
    return describe(fig, data, caption, "timeline-vs-reference", empty="No events to draw.", source=source)
