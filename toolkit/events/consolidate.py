"""Consolidation: event mentions merged into real-world events.

Mentions of one family of events (pardon and release; eased and lifted)
whose dates are close and whose counts are compatible become one event;
every count reported for it is kept, and incompatible same-day counts
mark it ``disputed``.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from toolkit.events.registry import event_types, with_registry_types
from toolkit.languages import table
from toolkit.parallel import ensure_client, is_dask, keep_objects
from toolkit.schema import CONSOLIDATED_EVENTS, validate

__all__ = ["consolidate_events", "counts_compatible", "disputed_counts"]

# Language of the labels in ``counts_reported`` ("more than 50"); its
# count_qualifier_labels.tsv maps each qualifier to its words.
_LABEL_LANGUAGE = "en"


def _interval(count: Any, qualifier: Any) -> tuple[float, float] | None:
    if count is None or pd.isna(count):
        return None
    v = float(count)
    q = qualifier if isinstance(qualifier, str) else "exact"
    if q == "more_than":
        return v + 1, float("inf")
    if q == "at_least":
        return v, float("inf")
    if q == "about":
        return v * 0.9 - 1, v * 1.1 + 1
    if q == "up_to":
        return 0.0, v
    return v, v


def counts_compatible(a: tuple[Any, Any], b: tuple[Any, Any]) -> bool:
    """True when two ``(count, qualifier)`` pairs can describe the same number.

    Examples
    --------
    >>> counts_compatible((50, "more_than"), (52, "exact"))
    True
    >>> counts_compatible((14, "exact"), (52, "exact"))
    False
    """
    ia, ib = _interval(*a), _interval(*b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def _pair(count: Any, qualifier: Any) -> tuple[int, str] | None:
    if count is None or pd.isna(count):
        return None
    return int(count), qualifier if isinstance(qualifier, str) else "exact"


@functools.lru_cache(maxsize=65536)
def _compatible(a: tuple[int, str], b: tuple[int, str]) -> bool:
    return counts_compatible(a, b)


def _count_label(count: Any, qualifier: Any) -> str:
    q = qualifier if isinstance(qualifier, str) else "exact"
    words = table(_LABEL_LANGUAGE, "count_qualifier_labels").get(q, "")
    return f"{words} {int(count)}" if words else str(int(count))


def _report_order(published: Any) -> pd.Timestamp:
    """Sort key for "who reported first".

    A time of exactly midnight is read as a date without a time (page headers,
    date-only meta tags): such a report happened some time that day, so it
    sorts after reports of the same day that carry a real time.
    """
    if published is None or pd.isna(published):
        return pd.Timestamp.max.tz_localize("UTC")
    ts = pd.Timestamp(published)
    if ts == ts.normalize():
        return ts + pd.Timedelta(days=1) - pd.Timedelta(microseconds=1)
    return ts


def _mode(values: Iterable[Any]) -> Any:
    vals = [v for v in values if v is not None and not (isinstance(v, float) and pd.isna(v))
            and v is not pd.NA]
    if not vals:
        return None
    counts = Counter(vals)
    top = max(counts.values())
    return next(v for v in vals if counts[v] == top)


def consolidate_events(events: pd.DataFrame, *, window_days: int = 3,
                       merge_related_types: bool = True) -> pd.DataFrame:
    """Merge event mentions into real-world events.

    Only mentions that report an event as having happened, with a date, and
    that are not running totals are merged (``modality == 'reported'``,
    ``cumulative`` False, ``date`` present). The rest are kept out on
    purpose, since an expected release or a running total is not an event
    on the timeline; how many were kept out, and why, is in
    ``result.attrs["left_out"]`` (a dict reason -> number of mentions).

    Two mentions belong to the same event when they are of the same type
    (with ``merge_related_types`` pardon/release and eased/lifted count as
    one type, since outlets name the same act differently), their dates are
    within ``window_days`` (a month-precision mention joins an event in that
    month) and their counts are compatible with a count already reported for
    it ("more than 50" and 52 are; 14 and 52 are not), or their dates differ
    by at most one day, in which case disagreeing counts mark the event
    ``disputed``.

    On a Dask frame the result is a lazy one-partition Dask frame equal to
    the pandas result: the mentions are routed to partitions by family and
    date block (dates of one family chained by gaps of at most
    ``window_days``, found by a reduction across partitions), merged there,
    and the events gathered (see the notes above ``_consolidate_partitions``).

    Parameters
    ----------
    events : pandas.DataFrame or dask.dataframe.DataFrame
        EVENTS table from :func:`extract_events`; not modified.
    window_days : int
        Largest gap in days between mentions of one event.
    merge_related_types : bool
        Treat pardon/release and sanctions eased/lifted as one type.

    Returns
    -------
    pandas.DataFrame or dask.dataframe.DataFrame
        CONSOLIDATED_EVENTS schema, sorted by date; the same kind as ``events``.
    """
    missing = [c for c in ("event_id", "event_type", "date", "modality", "cumulative")
               if c not in events.columns]
    if missing:
        raise ValueError(f"consolidate_events: the events frame lacks columns {missing}; "
                         "pass the output of extract_events")
    if is_dask(events):
        return _consolidate_partitions(events, window_days, merge_related_types)
    use, left_out = _usable(events, merge_related_types)
    rows = [_cluster_row(cl) for cl in _clusters(use, window_days)]
    return _table(rows, left_out)


def _usable(events: pd.DataFrame, merge_related_types: bool) -> tuple[pd.DataFrame, dict[str, int]]:
    """The mentions that are merged (with their family ``_key`` and precision ``_rank``),
    and how many were left out, by reason."""
    frame = events.copy()
    reported = frame["modality"].fillna("reported").eq("reported")
    cumulative = frame["cumulative"].fillna(False).astype(bool)
    dated = frame["date"].notna()
    left_out = {
        "not reported as happened (expected, demanded, denied)": int((~reported).sum()),
        "running total (cumulative)": int((reported & cumulative).sum()),
        "no date": int((reported & ~cumulative & ~dated).sum()),
    }
    use = frame[reported & ~cumulative & dated].copy()
    rank = {"day": 0, "week": 1, "month": 2, "year": 3}
    use["_rank"] = use["date_precision"].map(rank).fillna(3)
    types = event_types()
    unknown = sorted(set(use["event_type"]) - set(types))
    if unknown:
        raise ValueError(f"consolidate_events: event types {unknown} are not in the registry "
                         f"({sorted(types)}); see toolkit.events.registry")
    use["_key"] = [types[t].family if merge_related_types else t for t in use["event_type"]]
    return use, left_out


def _clusters(use: pd.DataFrame, window_days: int,
              order: tuple[str, ...] = ("_rank", "date", "published")) -> list[dict[str, Any]]:
    """Mentions merged one by one (most precise first, then by date and publication)."""
    use = use.sort_values(list(order), kind="stable")
    clusters: list[dict[str, Any]] = []
    for rec in use.to_dict("records"):
        best = _best_cluster(rec, [cl for cl in clusters if cl["key"] == rec["_key"]], window_days)
        if best is None:
            best = {"key": rec["_key"], "members": [], "counts": [], "distinct": set(), "days": [],
                    "day_set": set(), "months": set(), "years": set()}
            clusters.append(best)
        _add(best, rec)
    return clusters


def _table(rows: list[dict[str, Any]], left_out: dict[str, int]) -> pd.DataFrame:
    """The CONSOLIDATED_EVENTS table of cluster rows given in the order they were made."""
    seen: Counter = Counter()
    for row in rows:
        seen[row["event_key"]] += 1
        if seen[row["event_key"]] > 1:
            row["event_key"] += f":{seen[row['event_key']]}"
    result = CONSOLIDATED_EVENTS.from_records(rows)
    result = result.sort_values(["date", "event_type"], kind="stable").reset_index(drop=True)
    validate(result, with_registry_types(CONSOLIDATED_EVENTS))
    result.attrs["left_out"] = left_out
    return result


# ---------------------------------------------------------------------------
# On partitions
#
# Two mentions can only end in one event when they have the same family and
# their date intervals (a day; a week's seven days; a month's or a year's
# days) lie within ``window_days`` of each other. So the intervals of each
# family are reduced across partitions into disjoint *blocks* (intervals
# chained by gaps of at most ``window_days``); every mention is routed to
# the partition of its block, where the same one-by-one merge as in pandas
# runs (ordered as pandas orders them, ties broken by input position); the
# events of all blocks are gathered into one partition (the table is
# small), numbered and sorted as in pandas. Blocks never share a date, so
# the order of events with equal keys or equal dates is their order in one
# block, as in pandas.
# ---------------------------------------------------------------------------

_ORDER = ("_rank", "date", "published", "_part", "_row")


def _date_interval(rec_date: pd.Timestamp, precision: Any) -> tuple[int, int]:
    """First and last day (ordinals) a mention's date may stand for."""
    day = rec_date.toordinal()
    if precision == "week":
        return day, day + 6
    if precision == "month":
        return rec_date.replace(day=1).toordinal(), (rec_date + pd.offsets.MonthEnd(0)).toordinal()
    if precision == "year":
        return rec_date.replace(month=1, day=1).toordinal(), rec_date.replace(month=12, day=31).toordinal()
    return day, day


def _prepare(part: pd.DataFrame, number: int, merge_related_types: bool) -> tuple[pd.DataFrame, dict]:
    """One partition's merged mentions with their position and date interval; left-out counts."""
    use, left_out = _usable(part.assign(_row=np.arange(len(part))), merge_related_types)
    use["_part"] = number
    bounds = [_date_interval(d, p) for d, p in zip(use["date"], use["date_precision"], strict=True)]
    use["_start"] = [b[0] for b in bounds]
    use["_end"] = [b[1] for b in bounds]
    return use, left_out


def _spans(use: pd.DataFrame, window_days: int) -> dict[str, list[tuple[int, int]]]:
    return _merge_spans([{key: list(zip(g["_start"], g["_end"], strict=True))
                          for key, g in use.groupby("_key", sort=False)}], window_days)


def _merge_spans(values: list[dict[str, list[tuple[int, int]]]],
                 window_days: int) -> dict[str, list[tuple[int, int]]]:
    """Intervals per family merged into disjoint spans more than ``window_days`` apart."""
    out: dict[str, list[tuple[int, int]]] = {}
    for key in sorted({k for v in values for k in v}):
        merged: list[list[int]] = []
        for start, end in sorted(i for v in values for i in v.get(key, ())):
            if merged and start <= merged[-1][1] + window_days:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        out[key] = [(a, b) for a, b in merged]
    return out


def _route(use: pd.DataFrame, spans: dict[str, list[tuple[int, int]]], n: int) -> tuple[pd.DataFrame, ...]:
    """Split one partition's mentions by the partition of their block."""
    base, blocks = 0, {}
    for key in sorted(spans):
        blocks[key] = (base, np.asarray([s for s, _ in spans[key]]))
        base += len(spans[key])
    block = [blocks[k][0] + int(np.searchsorted(blocks[k][1], s, side="right")) - 1
             for k, s in zip(use["_key"], use["_start"], strict=True)]
    use = use.assign(_block=np.asarray(block, dtype=np.int64))
    target = use["_block"].to_numpy() % n
    return tuple(use[target == b] for b in range(n))


def _cluster_blocks(window_days: int, *pieces: pd.DataFrame) -> list[tuple[int, int, dict[str, Any]]]:
    """Merge one partition's blocks; each event as (block, position made in it, row)."""
    use = pd.concat(pieces)
    out, made = [], Counter()
    for cl in _clusters(use, window_days, _ORDER):
        block = int(cl["members"][0]["_block"])
        out.append((block, made[block], _cluster_row(cl)))
        made[block] += 1
    return out


def _gather(left_outs: list[dict[str, int]], *blocks: list) -> pd.DataFrame:
    left_out = {reason: sum(v[reason] for v in left_outs) for reason in left_outs[0]}
    rows = [row for _, _, row in sorted((r for b in blocks for r in b), key=lambda r: (r[0], r[1]))]
    return _table(rows, left_out)


def _consolidate_partitions(events: Any, window_days: int, merge_related_types: bool) -> Any:
    """:func:`consolidate_events` on a Dask frame: a lazy one-partition Dask frame."""
    import dask.dataframe as dd
    from dask import delayed

    ensure_client()
    parts = events.to_delayed()
    n = len(parts)
    prepared = [delayed(_prepare, nout=2)(part, p, merge_related_types) for p, part in enumerate(parts)]
    spans = [delayed(_spans)(use, window_days) for use, _ in prepared]
    while len(spans) > 1:
        spans = [delayed(_merge_spans)(spans[i:i + 8], window_days) for i in range(0, len(spans), 8)]
    routed = [delayed(_route, nout=n)(use, spans[0], n) for use, _ in prepared]
    blocks = [delayed(_cluster_blocks)(window_days, *[r[b] for r in routed]) for b in range(n)]
    final = delayed(_gather)([left for _, left in prepared], *blocks)
    with keep_objects():
        return dd.from_delayed([final], meta=CONSOLIDATED_EVENTS.empty(), verify_meta=False)


def _best_cluster(rec: Mapping[str, Any], clusters: list[dict[str, Any]],
                  window_days: int) -> dict[str, Any] | None:
    """The closest event ``rec`` may join: near in date, with a compatible count
    (or reported within a day, when the counts disagree)."""
    best = None
    best_gap = None
    pair = _pair(rec["count"], rec["count_qualifier"])
    for cl in clusters:
        gap = _date_gap(rec, cl)
        if gap is None or gap > window_days:
            continue
        if pair is None and gap > 1:
            continue  # a report without a count says nothing that ties it to another day
        compatible = pair is None or not cl["distinct"] or any(
            _compatible(pair, c) for c in cl["distinct"])
        coarse = rec["date_precision"] != "day"
        if not compatible and (gap > 1 or coarse):
            continue  # only same-day reports may disagree and still be one event
        if best_gap is None or gap < best_gap:
            best, best_gap = cl, gap
    return best


def _add(cl: dict[str, Any], rec: dict[str, Any]) -> None:
    cl["members"].append(rec)
    pair = _pair(rec["count"], rec["count_qualifier"])
    if pair is not None:
        cl["counts"].append(pair)
        cl["distinct"].add(pair)
    if rec["date_precision"] == "day":
        cl["days"].append(rec["date"])
        cl["day_set"].add(rec["date"].toordinal())
    cl["months"].add((rec["date"].year, rec["date"].month))
    if rec["date_precision"] == "year":
        cl["years"].add(rec["date"].year)


def _date_gap(rec: Mapping[str, Any], cl: Mapping[str, Any]) -> float | None:
    when = rec["date"]
    precision = rec["date_precision"]
    if precision == "day":
        if cl["day_set"]:
            day = when.toordinal()
            return min(abs(day - d) for d in cl["day_set"])
        return 0 if (when.year, when.month) in cl["months"] else None
    if precision == "month":
        return 0 if (when.year, when.month) in cl["months"] else None
    if precision == "week":
        day = when.toordinal()
        return 0 if any(0 <= d - day < 7 for d in cl["day_set"]) else None
    if precision == "year":
        # a year says too little to join a dated event; it joins other year-only reports
        return 0 if when.year in cl["years"] else None
    return None


def _cluster_row(cl: Mapping[str, Any]) -> dict[str, Any]:
    members = cl["members"]
    days = cl["days"]
    if days:
        counts = Counter(days)
        top = max(counts.values())
        when = min(d for d in days if counts[d] == top)
        precision = "day"
    else:
        when = min(m["date"] for m in members)
        precision = members[0]["date_precision"]
    pairs = [(int(c), q if isinstance(q, str) else "exact") for c, q in cl["counts"]]
    count = qualifier = None
    if pairs:
        tally = Counter(pairs)
        top = max(tally.values())
        leaders = [p for p in pairs if tally[p] == top]
        count, qualifier = next((p for p in leaders if p[1] == "exact"), leaders[0])
    distinct = sorted(set(pairs))
    disputed = any(not _compatible(a, b) for i, a in enumerate(distinct) for b in distinct[i + 1:])
    first = min(members, key=lambda m: _report_order(m["published"]))
    types = [m["event_type"] for m in members]
    event_type = _mode(types)
    people: list[str] = []
    for m in members:
        for p in m.get("people") or []:
            if p not in people:
                people.append(p)
    outlets = sorted({m["outlet"] for m in members if isinstance(m.get("outlet"), str)})
    articles = {m["article_id"] for m in members}
    return {
        "event_key": f"{event_type}:{when:%Y-%m-%d}:{count if count is not None else 'na'}",
        "event_type": event_type,
        "date": when,
        "date_precision": precision,
        "types_reported": sorted(set(types)),
        "actor": _mode(m["actor"] for m in members),
        "target": _mode(m["target"] for m in members),
        "count": count,
        "count_qualifier": qualifier,
        "counts_reported": sorted({_count_label(c, q) for c, q in pairs},
                                  key=lambda s: (int(s.split()[-1]), s)),
        "disputed": disputed,
        "people": people,
        "place": _mode(m["place"] for m in members),
        "evidence": first["evidence"],
        "n_mentions": len(members),
        "n_articles": len(articles),
        "n_outlets": len(outlets),
        "outlets": outlets,
        "first_outlet": first["outlet"],
        "first_reported": first["published"],
        "event_ids": [m["event_id"] for m in members],
    }


def disputed_counts(consolidated: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Who reported which number, for every event whose counts disagree.

    Parameters
    ----------
    consolidated : pandas.DataFrame
        Output of :func:`consolidate_events`.
    mentions : pandas.DataFrame
        The EVENTS table it was built from.

    Returns
    -------
    pandas.DataFrame
        One row per (event, count reported): ``date``, ``event_type``,
        ``count_reported`` (e.g. 'more than 50'), ``outlets`` (comma-separated),
        ``n_articles``, ``first_reported``. Sorted by date, then count.
    """
    disputed = consolidated[consolidated["disputed"].fillna(False).astype(bool)]
    by_id = mentions.set_index("event_id")
    rows = []
    for ev in disputed.itertuples(index=False):
        part = by_id.loc[[i for i in ev.event_ids if i in by_id.index]]
        part = part[part["count"].notna()]
        labels = [_count_label(c, q) for c, q in zip(part["count"], part["count_qualifier"],
                                                      strict=True)]
        part = part.assign(count_reported=labels)
        for label, group in part.groupby("count_reported", sort=False):
            rows.append({
                "date": ev.date, "event_type": ev.event_type, "count_reported": label,
                "outlets": ", ".join(sorted(group["outlet"].dropna().astype(str).unique())),
                "n_articles": group["article_id"].nunique(),
                "first_reported": group["published"].min(),
                "_n": int(label.split()[-1]),
            })
    out = pd.DataFrame(rows, columns=["date", "event_type", "count_reported", "outlets",
                                      "n_articles", "first_reported", "_n"])
    out = out.sort_values(["date", "_n", "count_reported"], kind="stable").drop(columns="_n")
    return out.reset_index(drop=True)
