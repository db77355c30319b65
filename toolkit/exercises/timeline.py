"""Exercise 2, ``02_release_timeline``: the Belarus story's releases and its disputed count.

Both checks grade against the answer key of the practice corpus
(``data/sample/labels.csv`` through :func:`toolkit.label_events`), never
against what the toolkit itself extracts: the releases and pardons the key
says happened on a given day, the articles it labels as the story, and, for a
disputed release, the numbers each outlet printed. Feedback says what is
wrong and where to look (a date, a column, a function), never the numbers
or outlets of the answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import pandas as pd

from toolkit.exercises.feedback import Feedback

__all__ = ["check_disputed", "check_timeline"]

_RELEASE_TYPES = ("release", "pardon")
# The story the exercise is about: a story of resources/stories.csv and the
# answer key's `topic` of its articles.
EXERCISE_STORY = "belarus"
# Days a timeline date may differ from the answer key's and still be the same release
# (outlets in other time zones date a night-time release a day apart).
_KEY_TOLERANCE_DAYS = 1


@lru_cache(maxsize=1)
def _answer_key() -> tuple[pd.DataFrame, frozenset[str], frozenset[str]]:
    """The key's releases and pardons that happened (reported, not a running total)
    with ``article_id``; the ids of the story's articles; the ids of all articles."""
    from toolkit.datasets import label_events, load_sample, load_sample_labels

    labels = load_sample_labels()
    articles = load_sample()
    ids = dict(zip(articles["file"].astype(str), articles["article_id"].astype(str), strict=True))
    key = label_events(labels)
    key = key[key["event_type"].isin(_RELEASE_TYPES) & key["modality"].eq("reported")
              & ~key["cumulative"].astype(bool) & key["date"].notna()]
    key = key.assign(article_id=key["file"].astype(str).map(ids))
    scope = frozenset(ids[f] for f in labels.loc[labels["topic"].eq(EXERCISE_STORY), "file"] if f in ids)
    return key, scope, frozenset(ids.values())


def _key_releases() -> tuple[list[pd.Timestamp], set[tuple[int, int]]]:
    """Days of the key's releases and pardons, and the months of those dated only to a month."""
    key, _, _ = _answer_key()
    days = sorted(set(key.loc[key["date_precision"].eq("day"), "date"]))
    months = {(d.year, d.month) for d in key.loc[key["date_precision"].eq("month"), "date"]}
    return days, months


def _unmatched(days: Iterable[pd.Timestamp], others: Iterable[pd.Timestamp]) -> list[pd.Timestamp]:
    """Days with no day of ``others`` within the tolerance."""
    others = list(others)
    return sorted(d for d in set(days)
                  if not any(abs((d - o).days) <= _KEY_TOLERANCE_DAYS for o in others))


def _day_groups(days: Iterable[pd.Timestamp]) -> list[list[pd.Timestamp]]:
    """Key days a day apart are one release, as articles date it (time zones, night)."""
    groups: list[list[pd.Timestamp]] = []
    for d in sorted(days):
        if groups and (d - groups[-1][-1]).days <= _KEY_TOLERANCE_DAYS:
            groups[-1].append(d)
        else:
            groups.append([d])
    return groups


def _articles_of(timeline: pd.DataFrame) -> list[frozenset[str] | None]:
    """Article ids behind each row: its ``article_id`` or the articles of its ``event_ids``."""
    if "article_id" in timeline:
        return [frozenset({str(a)}) for a in timeline["article_id"]]
    if "event_ids" not in timeline:
        return [None] * len(timeline)
    # a mention's id starts with its article's id ("<article_id>:<sentence>:<offset>:<type>")
    return [frozenset(str(i).split(":")[0] for i in ids) if isinstance(ids, list | tuple) else None
            for ids in timeline["event_ids"]]


def _timeline_frame_problem(fb: Feedback, timeline: Any) -> bool:
    """Record whether the timeline is missing or lacks columns; True when checking can go on."""
    if timeline is None or not isinstance(timeline, pd.DataFrame) or timeline.empty:
        fb.attempted = False
        fb.problems.append(("no timeline yet", "narrow the articles to the story, extract events, "
                            "keep releases and pardons, then consolidate them"))
        return False
    missing = [c for c in ("event_type", "date", "count") if c not in timeline]
    return fb.check(not missing, "columns", f"columns missing: {missing}",
                    "use the frame returned by toolkit.consolidate_events")


def check_timeline(timeline: pd.DataFrame | None) -> Feedback:
    """Check a release timeline of the Belarus story built from the practice corpus.

    Parameters
    ----------
    timeline : pandas.DataFrame or None
        Consolidated release and pardon events (``event_type``, ``date``,
        ``count``, ``n_mentions``, ``event_ids``, ...), sorted by date. None
        when not attempted.

    Returns
    -------
    Feedback
        Compared with the answer key of the practice corpus
        (:func:`toolkit.datasets.label_events`): every release or pardon it
        says happened on a given day must be in the timeline (a day apart is
        the same release); no row may come only from articles the key puts
        outside the Belarus story; and no row of the story may be a day the
        key has no release or pardon on (a month the key dates a release to
        only by its month counts as known).
    """
    fb = Feedback("build the release timeline")
    if not _timeline_frame_problem(fb, timeline):
        return fb
    kinds = set(timeline["event_type"].astype(str))
    fb.check(kinds <= set(_RELEASE_TYPES), "only releases and pardons",
             f"other event types present: {sorted(kinds - set(_RELEASE_TYPES))}",
             "keep rows whose event_type is 'release' or 'pardon' (before or after consolidating)")
    consolidated = "n_mentions" in timeline
    fb.check(consolidated, "consolidated",
             f"these look like {len(timeline)} mention(s), not consolidated events (no `n_mentions` column)",
             "call toolkit.consolidate_events on the mentions so that one real-world release is one row")
    if "cumulative" in timeline:
        fb.check(not timeline["cumulative"].fillna(False).astype(bool).any(), "no running totals",
                 "running totals ('more than 430 since July 2024') are in the timeline",
                 "a cumulative count is not one event: consolidate_events leaves them out for you")
    dates = pd.to_datetime(timeline["date"], utc=True)
    fb.check(dates.dropna().is_monotonic_increasing, "sorted by date", "the rows are not in date order",
             "timeline.sort_values('date')")
    _, scope, known = _answer_key()  # the answer key, not the toolkit's own output
    want, months = _key_releases()
    sources = _articles_of(timeline)
    outside = sorted(d for d, ids in zip(dates, sources, strict=True)
                     if ids and ids <= known and not ids & scope and pd.notna(d))
    fb.check(not outside, "the Belarus story only",
             f"{len(outside)} row(s) come only from articles outside the Belarus story, "
             f"e.g. on {outside[0].date()}" if outside else "",
             f"narrow the articles first: toolkit.exercises.story_articles(articles, {EXERCISE_STORY!r}), "
             "then extract and consolidate the events of those articles")
    got = [d for d in dates if pd.notna(d)]
    groups = _day_groups(want)
    lost = [g[0] for g in groups if not any(
        abs((d - o).days) <= _KEY_TOLERANCE_DAYS for d in g for o in got)]
    fb.check(not lost, "every release and pardon",
             f"{len(lost)} of {len(groups)} releases or pardons are missing, the first on {lost[0].date()}" if lost else "",
             "did you filter by count, outlet or language? keep every release and pardon the story's articles report")
    if consolidated:
        scoped = [d for d, ids in zip(dates, sources, strict=True)
                  if (ids is None or ids & scope) and pd.notna(d) and (d.year, d.month) not in months]
        extra = _unmatched(scoped, want)
        fb.check(not extra, "no extra rows", f"{len(extra)} rows are not releases or pardons of the corpus, e.g. on {extra[0].date()}" if extra else "",
                 "build the timeline with the default settings of extract_events and consolidate_events")
    return fb


# ------------------------------------------------------ the disputed count ---

# What a count with a qualifier allows: (lowest, highest) as factors or offsets of n.
_BOUNDS = {"exact": (0, 0), "at_least": (0, None), "more_than": (1, None), "up_to": (None, 0), "about": (-0.1, 0.1)}


def _interval(count: int, qualifier: Any) -> tuple[float, float]:
    low, high = _BOUNDS.get(str(qualifier) if pd.notna(qualifier) else "exact", (0, 0))
    scale = count if qualifier == "about" else 1
    return (0.0 if low is None else count + low * scale,
            float("inf") if high is None else count + high * scale)


def _is_disputed(rows: pd.DataFrame) -> bool:
    """Whether the counts of ``rows`` cannot all describe one group of people."""
    counted = rows[rows["count"].notna()]
    if counted.empty:
        return False
    bounds = [_interval(int(c), q) for c, q in zip(counted["count"], counted["count_qualifier"], strict=True)]
    return max(b[0] for b in bounds) > min(b[1] for b in bounds)


def _key_event(when: pd.Timestamp) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The key's rows of the release or pardon on ``when`` (a day apart counts), and
    the rows of the same month dated only to the month (they may be about it too)."""
    key, scope, _ = _answer_key()
    key = key[key["article_id"].isin(scope)]
    day = key[key["date_precision"].eq("day")]
    for group in _day_groups(set(day["date"])):
        if any(abs((d - when).days) <= _KEY_TOLERANCE_DAYS for d in group):
            months = {f"{d.year:04d}-{d.month:02d}" for d in group}
            month = key[key["date_precision"].eq("month") & key["date"].dt.strftime("%Y-%m").isin(months)]
            return day[day["date"].isin(group)], month
    return day.iloc[:0], day.iloc[:0]


def _counts_of(values: Iterable[Any]) -> set[int]:
    """Numbers in values such as ``"more than 50"`` or ``52`` (a string of several: ``"14, 52"``)."""
    if isinstance(values, str):
        return {int(n.replace(",", "")) for n in re.findall(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+", values)}
    out = set()
    for v in values:
        m = re.search(r"\d[\d,]*", str(v))
        if m:
            out.add(int(m.group(0).replace(",", "")))
    return out


def _as_printed_by(printed_by: Any) -> dict[int, set[str]]:
    """``{count: outlets}`` from a mapping or a frame with ``count`` and ``outlet`` columns."""
    if isinstance(printed_by, pd.DataFrame):
        if not {"count", "outlet"} <= set(printed_by.columns):
            raise ValueError("printed_by: a frame needs `count` and `outlet` columns (e.g. from toolkit.sources.reported_counts)")
        pairs = zip(printed_by["count"], printed_by["outlet"], strict=True)
        out: dict[int, set[str]] = {}
        for c, o in pairs:
            if pd.notna(c):
                out.setdefault(int(c), set()).add(str(o))
        return out
    return {int(c): {str(o) for o in ([outlets] if isinstance(outlets, str) else outlets)} for c, outlets in dict(printed_by).items()}


def _outlets_by_count(rows: pd.DataFrame) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for c, o in zip(rows["count"], rows["outlet"], strict=True):
        if pd.notna(c):
            out.setdefault(int(c), set()).add(str(o))
    return out


def _parse_day(date: Any) -> pd.Timestamp | None:
    if hasattr(date, "strftime"):  # a Timestamp or date copied from the timeline
        date = date.strftime("%Y-%m-%d")
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(date).strip()):
            return None
        return pd.Timestamp(str(date).strip(), tz="UTC")
    except (ValueError, TypeError):
        return None


def _printed_by_problems(want: dict[int, set[str]], allowed: dict[int, set[str]],
                         got: dict[int, set[str]]) -> list[str]:
    """What is wrong in ``got``, naming only the student's own numbers and wrong outlets."""
    problems = []
    for c in sorted(got):
        if c not in allowed:
            problems.append(f"{c} was not printed for that event")
            continue
        extra = sorted(got[c] - allowed[c])
        lacking = want.get(c, set()) - got[c]
        if extra:
            problems.append(f"{c}: {extra} did not print it")
        if lacking:
            problems.append(f"{c}: {len(lacking)} outlet(s) that printed it are missing")
    unlisted = [c for c in want if c not in got]
    if unlisted:
        problems.append(f"{len(unlisted)} number(s) printed for that event have no outlets in your answer")
    return problems


def check_disputed(
    date: str | None,
    counts: Iterable[int] | None,
    printed_by: dict[int, Iterable[str]] | pd.DataFrame | None = None,
) -> Feedback:
    """Check the answer to "which release has disputed counts, who printed which number?".

    Parameters
    ----------
    date : str, Timestamp or None
        Date of the event (``"YYYY-MM-DD"``).
    counts : iterable of int or None
        The different counts outlets reported for it.
    printed_by : dict or pandas.DataFrame, optional
        Which outlets printed which count: ``{number: [outlet, ...]}``, or a
        frame with ``count`` and ``outlet`` columns (one row per pair).
        Without it the exercise is not complete.

    Returns
    -------
    Feedback
        Compared with the answer key (:func:`toolkit.datasets.label_events`):
        the key's release or pardon on that day (a day apart counts) must have
        counts that cannot all be true of one group; the counts and the
        outlets per count must be those the key's articles dated to that day
        print (an article that dates the release only to its month may be
        named as well). Feedback never names a right number or outlet the
        answer lacks.
    """
    fb = Feedback("find the disputed count")
    if not date or counts is None:
        fb.attempted = False
        fb.problems.append(("no answer yet", "look for `disputed == True` in the consolidated timeline"))
        return fb
    when = _parse_day(date)
    if when is None:
        fb.check(False, "date", f"{date!r} is not a date written as YYYY-MM-DD",
                 "copy the `date` of the timeline row, written with .strftime('%Y-%m-%d')")
        return fb
    day, month = _key_event(when)
    shown = when.date()
    if not fb.check(not day.empty and _is_disputed(day), "date of a disputed event",
                    f"the answer key has no disputed release or pardon on {shown}",
                    "filter the timeline on its `disputed` column, take the row the most outlets "
                    "reported (`n_outlets`) and copy its `date`"):
        return fb
    want, also = _outlets_by_count(day), _outlets_by_count(month)
    allowed = {c: want.get(c, set()) | also.get(c, set()) for c in set(want) | set(also)}
    given = _counts_of(counts)
    not_printed = sorted(given - set(allowed))
    what = f"you listed {sorted(given)}; outlets printed {len(want)} different numbers for that event"
    if not_printed:
        what += f"; {not_printed} {'was' if len(not_printed) == 1 else 'were'} not printed for it"
    fb.check(set(want) <= given and not not_printed, "the counts reported", what,
             "read `counts_reported` of that timeline row, or the `count` of the mentions in its "
             "`event_ids`; keep each different number once, as an integer")
    if printed_by is None:
        fb.check(False, "who printed which number", "you have not said which outlets printed which number",
                 "pass printed_by={number: [outlets]} (toolkit.disputed_counts lists them for every disputed event)")
        return fb
    try:
        got = _as_printed_by(printed_by)
    except (TypeError, ValueError) as exc:
        fb.check(False, "who printed which number", f"printed_by cannot be read: {exc}",
                 "give a dict {number: [outlet, ...]}, one entry per number printed for the event")
        return fb
    problems = _printed_by_problems(want, allowed, got)
    fb.check(not problems, "who printed which number", "the outlets per number are not right: " + "; ".join(problems),
             f"take the mentions merged into the event on {shown} (its `event_ids`), keep those with a "
             "`count` and group their `outlet` by `count` (toolkit.disputed_counts does it for you)")
    return fb
