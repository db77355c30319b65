"""Dates: finding date expressions in a sentence and resolving them to days.

Which of them dates a mention (and what an undated one takes) is
:mod:`toolkit.events.mention_dates`.

A :class:`DateHit` is a date expression of one of four kinds: ``absolute``
("12 December 2025", "September 2025"), ``weekday`` ("on Saturday"),
``relative`` ("last week", "three days ago") or ``offset`` ("two days after
<another date>"). A day of the month stated alone (Japanese "28日": a date
regex with a ``day`` group and no ``month`` group) is the nearest such day
of the publication month or the one before; a date regex may name its year
relative to publication (groups ``last_year``, ``this_year``, ``next_year``:
"昨年12月"), or count it in a calendar era (groups ``era`` and ``era_year``,
"令和7年12月14日", with the era's first year in ``resources/lang/<code>/eras.tsv``).
Year-less and relative
expressions are resolved against
the article's publication day; a date that cannot be resolved is empty
with a reason, never guessed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date as _date
from datetime import timedelta
from typing import Any

import pandas as pd

from toolkit.events import prefilter as _rx
from toolkit.events.counts import parse_number
from toolkit.events.numbers import digit_view
from toolkit.events.patterns import Patterns
from toolkit.events.relative import by_cue_word

__all__ = ["DateHit", "find_dates", "one_day", "own_dates", "told_dates"]

#: the few characters and the space after a date ("Thursday's "), where a dated noun starts
_NEXT_GAP = re.compile(r"\S{0,3}\s+")


@dataclass
class DateHit:
    """A date expression found in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    text: str
    kind: str  # "absolute", "weekday", "relative"
    parts: dict[str, Any]
    precision: str
    since: bool = False
    speech: bool = False

    def resolve(self, published: pd.Timestamp | None, forward: bool = False
                ) -> tuple[list[tuple[pd.Timestamp, str]], str | None]:
        """Return ``([(date, precision), ...], reason_if_empty)``."""
        return _resolve(self, published, forward)

    def ahead(self) -> bool:
        """A relative date after publication ("next month", "tomorrow")."""
        return _ahead(self)


@functools.lru_cache(maxsize=65536)
def _utc_day(y: int, m: int, d: int = 1) -> pd.Timestamp | None:
    try:
        return pd.Timestamp(_date(y, m, d)).tz_localize("UTC")
    except ValueError:
        return None


def _closest_year(month: int, day: int, pub: _date, forward: bool) -> int:
    best = pub.year
    best_gap = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cand = _date(year, month, day)
        except ValueError:
            continue
        gap = (cand - pub).days
        # past events: a date up to two days after publication is a time-zone slip
        penalty = abs(gap) if (forward or gap <= 2) else abs(gap) + 400
        if best_gap is None or penalty < best_gap:
            best, best_gap = year, penalty
    return best


def _closest_month(day: int, pub: _date, forward: bool) -> tuple[int, int]:
    """Year and month of a day of the month stated alone ("28日"): the publication month,
    else the month before (past events) or after (expected ones) that has the day."""
    step = 1 if forward else -1
    index = pub.year * 12 + pub.month - 1
    if (day > pub.day + 2) if not forward else (day < pub.day):
        index += step  # a day after publication is last month's (a little slip allowed)
    while _utc_day(index // 12, index % 12 + 1, day) is None and 1 <= day <= 31:
        index += step  # "31日" in a month of 30 days: the nearest month that has it
    return index // 12, index % 12 + 1


class Months(int):
    """An offset's days when its unit is the calendar month (a unit of 30 days in
    time_units.tsv: "two months later" is -60 or 60, counted in months)."""


def count_from(value: tuple[pd.Timestamp, str], days: int) -> tuple[pd.Timestamp, str] | None:
    """The date an offset of ``days`` gives from a resolved ``(date, precision)``.

    A day counts on from a day; calendar months (:class:`Months`, "two months later")
    count from a day or a month and give a month. Anything else: None.
    """
    day, precision = value
    if isinstance(days, Months):
        if precision not in ("day", "month"):
            return None
        first = pd.Timestamp(day).replace(day=1)
        return first + pd.DateOffset(months=int(days) // 30), "month"
    if precision != "day":
        return None
    return day + pd.Timedelta(days=days), "day"


def _resolve(hit: DateHit, published: pd.Timestamp | None, forward: bool
             ) -> tuple[list[tuple[pd.Timestamp, str]], str | None]:
    p = hit.parts
    pub = published.date() if published is not None and not pd.isna(published) else None
    if hit.kind == "offset":
        if p["days"] is None:
            return [], f"{hit.text!r} does not say how long before or after"
        values, reason = p["anchor"].resolve(published, forward)
        counted = count_from(values[0], p["days"]) if values else None
        if counted is None:
            return [], reason or f"{hit.text!r} is counted from a date that is not a day"
        return [counted], None
    if hit.kind == "absolute":
        if p.get("ambiguous"):
            return [], f"{hit.text!r} may be read day first or month first"
        year = p.get("year")
        month = p["month"]
        if year is None and p.get("year_shift") is not None and pub is not None:
            year = pub.year + p["year_shift"]  # "昨年12月": December of last year
        if hit.precision == "year":
            return [(_utc_day(year, 1), "year")], None
        if year is None and pub is None:
            return [], f"{hit.text!r} has no year and the article has no publication date"
        if hit.precision == "month":
            if year is None:
                if forward:
                    year = pub.year if month >= pub.month else pub.year + 1
                else:
                    year = pub.year if month <= pub.month else pub.year - 1
            return [(_utc_day(year, month), "month")], None
        days = [p["day"], *([p["day2"]] if p.get("day2") else [])]
        if month is None and p.get("month_shift") is not None and pub is not None:
            index = pub.year * 12 + pub.month - 1 + p["month_shift"]  # "先月13日"
            year, month = index // 12, index % 12 + 1
        if month is None:  # "28日", "on the 13th": the nearest such day of a month
            year, month = _closest_month(days[0], pub, forward)
        if year is None:
            year = _closest_year(month, days[0], pub, forward)
        out = [(_utc_day(year, month, d), "day") for d in days]
        if any(ts is None for ts, _ in out):
            return [], f"{hit.text!r} is not a valid calendar date"
        return out, None
    if pub is None:
        return [], f"{hit.text!r} is relative and the article has no publication date"
    if hit.kind == "weekday":
        out = []
        for wd in p["weekdays"]:
            delta = (wd - pub.weekday()) % 7 if forward else -((pub.weekday() - wd) % 7)
            if delta == 0 and p.get("last"):
                delta = -7  # "السبت الماضي" (a group ``last``) written on a Saturday
            day = pub + timedelta(days=delta)
            out.append((_utc_day(day.year, day.month, day.day), "day"))
        return out, None
    rel = p["resolve"]
    if rel in _DAY_SHIFTS or rel == "days_ago":
        shift = _DAY_SHIFTS.get(rel, -p.get("n", 0))
        day = pub + timedelta(days=shift)
        return [(_utc_day(day.year, day.month, day.day), "day")], None
    if rel in ("this_week", "last_week"):
        monday = pub - timedelta(days=pub.weekday() + (7 if rel == "last_week" else 0))
        return [(_utc_day(monday.year, monday.month, monday.day), "week")], None
    if rel in _MONTH_SHIFTS:
        return [_shifted(pub, "month", _MONTH_SHIFTS[rel])], None
    if rel in _YEAR_SHIFTS:
        return [_shifted(pub, "year", _YEAR_SHIFTS[rel])], None
    if rel == "shift":
        return [_shifted(pub, p["unit"], p["shift"])], None
    return [], f"no rule resolves {hit.text!r}"


def _shifted(pub: _date, unit: str, k: int) -> tuple[pd.Timestamp, str]:
    """The publication day moved ``k`` days, weeks (to that week's Monday), months or years."""
    if unit == "day":
        day = pub + timedelta(days=k)
        return _utc_day(day.year, day.month, day.day), "day"
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=k)
        return _utc_day(monday.year, monday.month, monday.day), "week"
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + k
        return _utc_day(index // 12, index % 12 + 1), "month"
    return _utc_day(pub.year + k, 1), "year"


_WORD = re.compile(r"[^\W\d_]+")
# Groups of a date regex naming its year relative to publication ("昨年12月", "December
# last year") and the years they shift by.
_YEAR_SHIFTS = {"last_year": -1, "this_year": 0, "next_year": 1}
# ... and groups naming the month of a day stated without one ("先月13日": the 13th of last month).
_MONTH_SHIFTS = {"last_month": -1, "this_month": 0, "next_month": 1}
# Relative words of the pattern files (``resolve``) that point ahead of publication.
_AHEAD = frozenset({"tomorrow", "day_after_tomorrow", "next_week", "next_month", "next_year"})


def _ahead(hit: DateHit) -> bool:
    """A relative date after publication ("next month", "tomorrow"): never when an
    expected event was said, so it dates the event wherever it stands."""
    parts = hit.parts or {}
    return hit.kind == "relative" and (parts.get("resolve") in _AHEAD or (
        parts.get("resolve") == "shift" and (parts.get("shift") or 0) > 0))


# Relative day words of the pattern files (``resolve``) and their shift in days.
_DAY_SHIFTS = {"today": 0, "yesterday": -1, "tomorrow": 1, "day_before_yesterday": -2,
               "day_after_tomorrow": 2}


def _dateparser_relative(sentence: str, free: Callable[[int, int], bool], language: str,
                         own_view: bool = False) -> list[DateHit]:
    """Relative dates in dateparser's words for the language ("la semaine dernière");
    with ``own_view``, ``sentence`` is known to be its own digit view."""
    out: list[DateHit] = []
    index = by_cue_word(language)
    words = set(_WORD.findall(sentence.casefold()))
    candidates = [d for w in words & index.keys() for d in index[w]] + list(index.get("", ()))
    view = None
    for det in sorted(candidates, key=lambda d: -len(d.regex.pattern)):
        if det.shift is None and view is None:
            # "il y a deux semaines", "vor zwei Wochen": number words read as digits
            # (the view keeps every offset)
            view = sentence if own_view else digit_view(sentence, language)[0]
        for m in _rx.finditer(det.regex, sentence if det.shift is not None else view):
            if not free(m.start(), m.end()) or any(m.start() < h.end and h.start < m.end()
                                                    for h in out):
                continue
            n = m.groupdict().get("n")
            shift = det.shift if det.shift is not None else det.sign * int(n or 0)
            out.append(DateHit(m.start(), m.end(), m.group(0), "relative",
                               {"resolve": "shift", "unit": det.unit, "shift": shift}, det.unit))
    return out


def _either_order(g: dict[str, Any]) -> dict[str, Any]:
    """Day and month of an all-digit date its language writes both ways (en "05/07/2024"):
    a number above 12 is the day; when both could be months the date is ambiguous."""
    first, second = int(g["day"]), int(g["month"])
    if second > 12 >= first:
        return {"day": second, "month": first}
    return {"day": first, "month": second, "ambiguous": first != second and second <= 12
            and first <= 12}


def _era_year(g: Mapping[str, Any], pats: Patterns) -> int | None:
    """The Gregorian year of a year counted in a calendar era ("令和7年" = 2025)."""
    first = pats.eras.get(g.get("era") or "")
    return first + int(g["era_year"]) - 1 if first and g.get("era_year") else None


def find_dates(sentence: str, pats: Patterns, *, own_view: bool = False) -> list[DateHit]:
    """Every date expression in a sentence, longest first, no overlaps.

    ``own_view``: the caller knows that ``sentence`` reads the same in its digit view
    (:func:`toolkit.events.numbers.digit_view`), so it is not made again.
    """
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    lowered = sentence.casefold()
    if not _rx.search(pats.date_keywords, lowered):
        return hits

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    has_month = _rx.search(pats.month_word, sentence) is not None
    has_weekday = _rx.search(pats.weekday_word, sentence) is not None
    for regex, precision, needs_month, needs_weekday in pats.dates:
        if (needs_month and not has_month) or (needs_weekday and not has_weekday):
            continue
        for m in _rx.finditer(regex, sentence):
            if not free(m.start(), m.end()):
                continue
            g = m.groupdict()
            if g.get("weekday"):
                days = [pats.weekdays[g["weekday"].casefold()]]
                if g.get("weekday2"):
                    days.append(pats.weekdays[g["weekday2"].casefold()])
                hit = DateHit(m.start(), m.end(), m.group(0), "weekday",
                              {"weekdays": days, "last": bool(g.get("last"))}, "day")
            else:
                month_text = (g.get("month") or "").casefold().rstrip(".")
                parts: dict[str, Any] = {
                    "year": int(g["year"]) if g.get("year") else _era_year(g, pats),
                    "year_shift": next((shift for name, shift in _YEAR_SHIFTS.items()
                                        if g.get(name)), None),
                    "month_shift": next((shift for name, shift in _MONTH_SHIFTS.items()
                                         if g.get(name)), None),
                    "month": int(month_text) if month_text.isdigit() and 1 <= int(month_text) <= 12
                    else pats.months.get(month_text),
                    "day": pats.day_number(g.get("day")),
                    "day2": int(g["day2"]) if g.get("day2") else None,
                }
                if "either" in regex.groupindex:
                    parts.update(_either_order(g))  # "05/07/2024": day or month first
                if "follows" in regex.groupindex:
                    parts["follows"] = True  # "y a otros 20 el 28": only after a date
                day_only = "month" not in regex.groupindex and parts["day"] is not None
                if precision != "year" and parts["month"] is None and not day_only:
                    continue
                if parts["day"] is not None and not 1 <= parts["day"] <= 31:
                    continue
                if parts["day2"] is not None and not (parts["day"] or 0) < parts["day2"] <= 31:
                    continue  # "freed 14 and on 13 December 10 more": no span of days
                hit = DateHit(m.start(), m.end(), m.group(0), "absolute", parts, precision)
            hits.append(hit)
            taken.append((m.start(), m.end()))
    relative = []
    for regex, resolve, keywords in pats.relative:
        if not any(k in lowered for k in keywords):
            continue
        for m in _rx.finditer(regex, sentence):
            parts = {"resolve": resolve}
            if m.groupdict().get("n"):
                parts["n"] = parse_number(m.group("n"), pats) or 0
            precision = ("year" if resolve.endswith("_year") else "month"
                         if resolve.endswith("_month") else "week"
                         if resolve.endswith("_week") else "day")
            relative.append(DateHit(m.start(), m.end(), m.group(0), "relative", parts, precision))
    relative += _dateparser_relative(sentence, free, pats.language, own_view)
    # the longest phrase wins: "the day before yesterday" over "yesterday"
    for hit in sorted(relative, key=lambda h: h.start - h.end):
        if free(hit.start, hit.end):
            hits.append(hit)
            taken.append((hit.start, hit.end))
    # "Friday, Dec. 12, 2025": the weekday only repeats the date that follows it
    days = {h.start for h in hits if h.kind == "absolute" and h.precision == "day"}
    hits = [h for h in hits if not (h.kind == "weekday" and any(
        0 < d - h.end <= 3 and not sentence[h.end:d].strip(" ,") for d in days))]
    # "في اليوم نفسه" (on the same day): a day word inside a same-time marker is no date
    same = [m.span() for m in _rx.finditer(pats.same_time_markers, sentence)]
    hits = [h for h in hits if not any(a <= h.start and h.end <= b for a, b in same)]
    for hit in hits:
        before = sentence[max(0, hit.start - 80): hit.start]
        hit.since = bool(_rx.search(pats.since, before))
        hit.speech = bool(_rx.search(pats.speech_date, before)
                          or pats.speech_after.match(sentence, hit.end))
        if hit.speech:
            # "said Thursday's pardon of 31": a date that dates a noun (``dated_noun``) is
            # the noun's, not the saying's
            gap = _NEXT_GAP.match(sentence, hit.end)
            hit.speech = not (gap and _rx.search(pats.dated_noun, sentence, hit.start, gap.end()))
        # "since July 2024": the match may itself start with the cue word
        if not hit.since and _rx.search(pats.since, sentence[max(0, hit.start - 80): hit.start]
                                               + hit.text.split(" ", 1)[0] + " "):
            hit.since = True
        if hit.since and pats.since_when.match(sentence, hit.end):
            hit.since = False  # "the first since June, when 14 were freed": June dates them
    hits.sort(key=lambda h: h.start)
    return _month_of_bare_days(hits)


def _month_of_bare_days(hits: list[DateHit]) -> list[DateHit]:
    """A day stated alone after a date with a month takes that month and year.

    "Diciembre. Se indulta a 29 reclusos el día 9 y a otros 20 el 28", "En noviembre, 31
    indultados el día 7": each day is of the month named before it, and a month that its
    days complete no longer dates the sentence by itself. A day regex with a ``follows``
    group ("el 28") stands only so; without a month before it, it is no date.
    """
    month_at: DateHit | None = None
    completed: set[int] = set()
    out = []
    for hit in hits:
        p = hit.parts if hit.kind == "absolute" else {}
        bare = p.get("day") is not None and p.get("month") is None and \
            p.get("month_shift") is None
        if bare and month_at is not None and not hit.since:
            q = month_at.parts
            hit = replace(hit, parts={**p, "month": q["month"], "year": q.get("year"),
                                      "year_shift": q.get("year_shift")})
            if month_at.precision == "month":
                completed.add(id(month_at))
        elif p.get("follows"):
            continue  # "el 28" with no month before it: a number, not a date
        elif p.get("month") is not None and not hit.since:
            month_at = hit
        out.append(hit)
    return [h for h in out if id(h) not in completed]



def told_dates(text: str, pats: Patterns) -> list[DateHit]:
    """The dates ``text`` states of what it tells: :func:`find_dates` on its digit view
    (number words read as digits), without a date of the saying or a "since" date.

    Parameters
    ----------
    text : str
        A sentence other than the one being read (the one before, or after, it).
    pats : Patterns
        The language's patterns.

    Returns
    -------
    list of DateHit
        In the order they stand; offsets are ``text``'s.
    """
    view, _ = digit_view(text, pats.language)
    return [h for h in find_dates(view, pats, own_view=view == text)
            if not h.speech and not h.since]


def own_dates(d: Mapping[str, Any]) -> set[str]:
    a, b = d["seg"]
    return {h.text.strip().casefold() for h in d["stated"] if a <= h.start < b and not h.speech}


def one_day(dates: Sequence[DateHit], seg: tuple[int, int]) -> bool:
    """Whether the trigger's clause names the one day it happened ("W sobotę na wolność
    wyszło łącznie 14 osób", "on Saturday a total of 14 were freed"): a total told there is
    that day's, not a running total (``counts.is_cumulative``); a period ("since July") is not
    one day."""
    a, b = seg
    mine = [h for h in dates if a <= h.start < b]
    return not any(h.since for h in mine) and any(
        h.kind in ("weekday", "absolute") and h.precision == "day" and not h.speech
        for h in mine)
