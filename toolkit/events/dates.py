"""Dates: finding date expressions in a sentence and resolving them to days.

A :class:`DateHit` is a date expression of one of four kinds: ``absolute``
("12 December 2025", "September 2025"), ``weekday`` ("on Saturday"),
``relative`` ("last week", "three days ago") or ``offset`` ("two days after
<another date>"). A day of the month stated alone (Japanese "28日": a date
regex with a ``day`` group and no ``month`` group) is the nearest such day
of the publication month or the one before; a date regex may name its year
relative to publication (groups ``last_year``, ``this_year``, ``next_year``:
"昨年12月"). Year-less and relative
expressions are resolved against
the article's publication day; a date that cannot be resolved is empty
with a reason, never guessed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date as _date
from datetime import timedelta
from typing import Any

import pandas as pd

from toolkit.events import prefilter as _rx
from toolkit.events.counts import parse_number
from toolkit.events.patterns import Patterns, Trigger
from toolkit.events.relative import by_cue_word

__all__ = ["DateContext", "DateHit", "DatedMention", "choose_date", "clause_breaks",
           "date_mention", "find_dates", "own_dates", "period_start"]


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


def _resolve(hit: DateHit, published: pd.Timestamp | None, forward: bool
             ) -> tuple[list[tuple[pd.Timestamp, str]], str | None]:
    p = hit.parts
    pub = published.date() if published is not None and not pd.isna(published) else None
    if hit.kind == "offset":
        if p["days"] is None:
            return [], f"{hit.text!r} does not say how long before or after"
        values, reason = p["anchor"].resolve(published, forward)
        if not values or values[0][1] != "day":
            return [], reason or f"{hit.text!r} is counted from a date that is not a day"
        return [(values[0][0] + pd.Timedelta(days=p["days"]), "day")], None
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
    if rel in ("this_month", "last_month"):
        y, m = pub.year, pub.month
        if rel == "last_month":
            y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        return [(_utc_day(y, m), "month")], None
    if rel in ("this_year", "last_year"):
        return [(_utc_day(pub.year - (rel == "last_year"), 1), "year")], None
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


def _dateparser_relative(sentence: str, free: Callable[[int, int], bool], language: str
                         ) -> list[DateHit]:
    """Relative dates in dateparser's words for the language ("la semaine dernière")."""
    out: list[DateHit] = []
    index = by_cue_word(language)
    words = set(_WORD.findall(sentence.casefold()))
    candidates = [d for w in words & index.keys() for d in index[w]] + list(index.get("", ()))
    for det in sorted(candidates, key=lambda d: -len(d.regex.pattern)):
        for m in _rx.finditer(det.regex, sentence):
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


def find_dates(sentence: str, pats: Patterns) -> list[DateHit]:
    """Every date expression in a sentence, longest first, no overlaps."""
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
                    "year": int(g["year"]) if g.get("year") else None,
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
                day_only = "month" not in regex.groupindex and parts["day"] is not None
                if precision != "year" and parts["month"] is None and not day_only:
                    continue
                if parts["day"] is not None and not 1 <= parts["day"] <= 31:
                    continue
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
    relative += _dateparser_relative(sentence, free, pats.language)
    # the longest phrase wins: "the day before yesterday" over "yesterday"
    for hit in sorted(relative, key=lambda h: h.start - h.end):
        if free(hit.start, hit.end):
            hits.append(hit)
            taken.append((hit.start, hit.end))
    # "Friday, Dec. 12, 2025": the weekday only repeats the date that follows it
    days = {h.start for h in hits if h.kind == "absolute" and h.precision == "day"}
    hits = [h for h in hits if not (h.kind == "weekday" and any(
        0 < d - h.end <= 3 and not sentence[h.end:d].strip(" ,") for d in days))]
    for hit in hits:
        before = sentence[max(0, hit.start - 80): hit.start]
        hit.since = bool(_rx.search(pats.since, before))
        hit.speech = bool(_rx.search(pats.speech_date, before)
                          or pats.speech_after.match(sentence, hit.end))
        # "since July 2024": the match may itself start with the cue word
        if not hit.since and _rx.search(pats.since, sentence[max(0, hit.start - 80): hit.start]
                                               + hit.text.split(" ", 1)[0] + " "):
            hit.since = True
        if hit.since and pats.since_when.match(sentence, hit.end):
            hit.since = False  # "the first since June, when 14 were freed": June dates them
    hits.sort(key=lambda h: h.start)
    return hits


def own_dates(d: Mapping[str, Any]) -> set[str]:
    a, b = d["seg"]
    return {h.text.strip().casefold() for h in d["stated"] if a <= h.start < b and not h.speech}


# A clause break candidate: a semicolon, or a comma and the word after it.
_BREAK = re.compile(r";|,\s*(\w+)")
# A pause between two words (a clause or phrase boundary).
_PAUSE = re.compile(r"[,;:،、，；—–]")
# Words that may stand before a date that opens its sentence ("Le", "Na", "On").
_FRONTED_WORDS = 2
# A clause break where the verb ends its clause (Japanese 、).
_VERB_FINAL_BREAK = re.compile(r"[、,，;；]")


def clause_breaks(sentence: str, lo: int, hi: int, pats: Patterns) -> list[re.Match]:
    """The clause breaks between ``lo`` and ``hi``: a semicolon, or a comma and one of
    the language's ``coordinators`` ("and", "und", "и").

    Parameters
    ----------
    sentence : str
    lo, hi : int
        Where to look.
    pats : Patterns
        The language's patterns (its ``coordinators``).

    Returns
    -------
    list of re.Match
        One per break; ``m.end()`` is where the next clause's words start.
    """
    return [m for m in _BREAK.finditer(sentence, lo, hi)
            if m.group(1) is None or m.group(1).casefold() in pats.coordinators]


def _other_clause(sentence: str, trig: Trigger, hit: DateHit, pats: Patterns) -> bool:
    """Whether a clause break stands between the trigger and the date, and the date does
    not open the sentence ("On Thursday, ..." dates what follows it, break or not)."""
    lo, hi = (trig.end, hit.start) if hit.start >= trig.end else (hit.end, trig.start)
    if pats.verb_final and hit.start >= trig.end:
        # "6月、14人を釈放し、9月にも52人を解放した": where the verb ends its clause, a date
        # after the verb and a comma belongs to the next clause
        return bool(_VERB_FINAL_BREAK.search(sentence, lo, hi))
    return len(sentence[:hit.start].split()) > _FRONTED_WORDS and \
        bool(clause_breaks(sentence, lo, hi, pats))


def choose_date(d: dict[str, Any], pats: Patterns) -> tuple[DateHit | None, str]:
    """The date expression that dates a drafted mention, and where it stands.

    Returns ``(hit, basis)``: basis ``stated`` (in the event's own clause),
    ``sentence`` (elsewhere in the sentence), ``cumulative`` (a running
    total, dated as of publication) or ``none``.
    """
    trig = d["trig"]
    a, b = d["seg"]

    def distance(h: DateHit) -> int:
        return min(abs(h.start - trig.end), abs(trig.start - h.end))

    if d["modality"] == "demanded":
        # "urged Tehran to free two journalists detained last month": a demand has no date
        # of its own, only a deadline ahead ("by Friday")
        ahead = [h for h in d["stated"] if not h.speech and a <= h.start < b and _ahead(h)]
        return (min(ahead, key=distance), "stated") if ahead else (None, "none")
    if d["modality"] != "reported":
        # a date before "expected to be released" is when it was said, not when it happens;
        # where the verb ends its clause (writing.tsv: verb_position final, Japanese) every
        # date comes before it, and a date of the saying is marked ``speech``
        after = [h for h in d["stated"] if not h.speech and trig.end <= h.start < b]
        if not after and pats.verb_final:
            after = [h for h in d["stated"] if not h.speech and a <= h.start < trig.start]
        if not after:  # "Minsk příští měsíc propustí": a date ahead is when it happens
            after = [h for h in d["stated"] if not h.speech and a <= h.start < trig.start
                     and _ahead(h)]
        if not after and d["modality"] == "expected" and d.get("cue"):
            # "soll am Freitag ... zusammentreffen": a date between the modal and its verb
            cue_at = d["sentence"].rfind(d["cue"], a, trig.start)
            after = [h for h in d["stated"] if not h.speech and 0 <= cue_at < h.start < trig.start]
        return (min(after, key=distance), "stated") if after else (None, "none")
    # "Через два дня США смягчили санкции": in a report of the past a shift ahead of the
    # day of writing ("in two days") counts from the event told before, not from publication
    usable = [h for h in d["stated"] if h.kind != "relative" or h.parts.get("shift", 0) <= 0]
    after = _rx.search(pats.after_clause, d["sentence"], a, trig.start)
    if after:  # "después de que Washington levantara las sanciones": only the clause's own date
        # ("Kort nadat Washington ... had verlicht, zette Minsk donderdag ...": a verb's clause
        # ends at its pause, the next clause's date is not its own)
        stop = _PAUSE.search(d["sentence"], trig.end) if trig.form == "verb" else None
        usable = [h for h in usable if after.start() <= h.start
                  and (stop is None or h.start < stop.start())]
    # "handed 31 over after Lukashenko pardoned them on Saturday": a date in an after-clause
    # that follows the trigger dates that clause's event
    usable = [h for h in usable if h.start < trig.end or not _rx.search(
        pats.after_clause, d["sentence"], trig.end, h.start)]
    # "pardoned X, whom a court sentenced in June": so does the date of a relative clause
    # after a verb (not one anchoring "on the eve of the holiday, which falls on ...")
    usable = [h for h in usable if h.start < trig.end or trig.form != "verb" or not _rx.search(
        pats.relative_clause, d["sentence"], trig.end, h.start) or _rx.search(
        pats.offset_marker, d["sentence"], trig.end, h.start) or _rx.search(
        pats.vague_dates, d["sentence"], trig.end, h.start)]
    if pats.thanks_after.match(d["sentence"], trig.end):
        # "…16人の釈放に謝意を示した": a release thanked for is an earlier one; only a date of
        # its own clause dates it
        usable = [h for h in usable if a <= h.start < b]
    offset = _offset_hit(d, pats)
    if offset is not None:
        return offset, "sentence"
    inside = [h for h in usable if a <= h.start < b and not h.speech]
    if inside and all(h.precision == "year" for h in inside) and any(
            h.precision != "year" and not h.speech for h in usable):
        inside = []  # "lifted sanctions ..., the largest group this year": a finer date exists
    if d["cumulative"]:
        return None, "cumulative"  # a running total is dated as of publication
    if inside:
        # "In June, 14 were freed ..., and in September 52 more": a date across a clause
        # break (a comma or semicolon and a coordinator) dates the next clause
        own = [h for h in inside if not _other_clause(d["sentence"], trig, h, pats)]
        # "13日、2020年の大統領選を巡り…恩赦を与えた": beside a day or month of the same
        # clause, a bare year describes something else
        own = [h for h in own if h.precision != "year"] or own
        if own:  # else "freed 52 on Thursday, and the US eased ...": that date is not this one's
            return min(own, key=distance), "stated"
    # where the verb ends its clause (Japanese "7日、…恩赦したと発表した") a date marked as the
    # saying's stands before the whole report: it is not the event's
    if pats.verb_final or pats.speech_apart:
        usable = [h for h in usable if not h.speech]
    # "freed 52 on Thursday, and the US eased ...": another clause's date across a clause
    # break dates this event only when it opens the sentence ("On Thursday, ..."), or when
    # the event's clause points back to it ("in September he met Lukashenko, and then 52 ...")
    usable = [h for h in usable if not _other_clause(d["sentence"], trig, h, pats) or (
        h.end <= trig.start and _rx.search(pats.same_time_markers, d["sentence"], h.end,
                                           trig.start))]
    if usable:
        plain = [h for h in usable if not h.speech] or usable
        fine = [h for h in plain if h.precision != "year"] or plain
        return min(fine, key=distance), "sentence"
    return None, "none"


def _offset_hit(d: dict[str, Any], pats: Patterns) -> DateHit | None:
    """"two days after the government freed 123": a date counted from another date."""
    trig = d["trig"]
    a, b = d["seg"]
    sentence = d["sentence"]
    markers = list(_rx.finditer(pats.offset_marker, sentence, a, trig.start))
    trailing = not markers
    if trailing:
        # "held talks two days after ... took office on 4 June": a marker after the trigger
        # counts from a date after it, when the trigger has no date of its own
        m = _rx.search(pats.offset_marker, sentence, trig.end, b)
        if m is None or not pats.offset_trailing.search(m.group(0)) or any(
                h.start < m.end() for h in d["stated"] if not h.speech):
            return None
        markers = [m]
    m = markers[-1]
    if not trailing and pats.offset_trailing.search(m.group(0)) and \
            not _PAUSE.search(sentence, m.end(), trig.start) and any(
                h.start >= trig.end and not h.speech and not _PAUSE.search(
                    sentence, trig.end, h.start) for h in d["stated"]):
        return None  # "weeks after the US took Belavia off the list earlier this month": the
        # trigger is the happening counted from, and the date after it is its own
    # the date counted from is outside the stretch "<marker> ... <trigger>"
    anchors = [h for h in d["stated"] if not h.speech and not (m.start() <= h.start < trig.start)
               and (trailing or h.start < m.start())]  # a date after the trigger is its own
    if not anchors:
        return None
    anchor = min(anchors, key=lambda h: abs(h.start - m.start()))
    return DateHit(m.start(), m.end(), f"{m.group(0)} {anchor.text.strip()}", "offset",
                    {"anchor": anchor, "days": _offset_days(m, pats, trailing)}, "day")


def _offset_days(m: re.Match[str], pats: Patterns, trailing: bool) -> int | None:
    """Days an offset marker ("two days later", "a week after") counts, or None."""
    g = m.groupdict()
    # a third spelling (``unit3``, ``dir3``) for a language's other word order ("am Folgetag")
    direction = g.get("dir") or g.get("dir2") or g.get("dir3") or ""
    unit = g.get("unit") or g.get("unit2") or g.get("unit3") or ""
    if g.get("n"):
        n = parse_number(g["n"], pats)
    elif g.get("unit2") or g.get("unit3") or m.group(0).split()[0].casefold() in pats.indefinite:
        n = 1  # "the day after", "a week later"
    else:
        n = None  # "several days later"
    size = next((days for prefix, days in pats.time_units.items()
                 if unit.casefold().startswith(prefix)), None)
    if size == 0:
        return 0  # "a few hours later" (a unit of 0 days in time_units.tsv): the same day
    if n is None or size is None:
        return None
    sign = -1 if direction.casefold() in pats.offset_before_anchor else 1
    return (-sign if trailing else sign) * n * size  # "two days after <date>" adds two


def _context_offset(d: dict[str, Any], pats: Patterns, context: DateContext, para: int
                    ) -> DatedMention | None:
    """"Belarus freed 16 on Wednesday. Two days later, the US eased ...": a marker that
    stands alone counts from the last date of an event in the same paragraph; one tied to
    the trigger ("بعد يومين من عفو ...", two days after a pardon) counts back from it."""
    m = _rx.search(pats.offset_marker, d["sentence"], d["seg"][0], d["trig"].start)
    tied = m is not None and bool(pats.offset_trailing.search(m.group(0)))
    if context.last is None or m is None or (context.last[2] != para and not tied) or (
            tied and d["sentence"][m.end():d["trig"].start].strip()):
        return None  # "two days after the talks, ...": counted from another happening
    (day, precision), *_ = context.last[0]
    if day is None or precision != "day":
        return None
    days = _offset_days(m, pats, False)
    if days is None:
        return None
    return _dated([(day + pd.Timedelta(days=days), "day")],
                  f"{m.group(0)} ({context.last[1]})", None, "context")


@dataclass
class DateContext:
    """Dates stated earlier in an article, for sentences that state none.

    ``by_family`` holds the last resolved date of each event family with its
    paragraph; ``last`` the last resolved date of any event.
    """

    by_family: dict[str, tuple[list[tuple[pd.Timestamp, str]], str, int]] = field(
        default_factory=dict)
    last: tuple[list[tuple[pd.Timestamp, str]], str, int] | None = None
    #: the first day-precise date a reported event of each family was given (the news peg)
    peg_by_family: dict[str, tuple[list[tuple[pd.Timestamp, str]], str, int]] = field(
        default_factory=dict)
    #: (family, (date, precision)) of every mention dated so far
    told: set[tuple[str, tuple[pd.Timestamp, str]]] = field(default_factory=set)
    #: how the day dates resolve against was inferred (toolkit.events.docdate), when the
    #: article has no publication date; None when it has one
    anchor: str | None = None


@dataclass
class DatedMention:
    """Where a mention's date came from: values, the words, a reason when empty, basis."""

    values: list[tuple[pd.Timestamp | None, str | None]]
    text: str | None
    reason: str | None
    basis: str
    #: dated by its family's news peg, not by anything the sentence says
    peg: bool = False


def date_mention(d: dict[str, Any], dates: list[DateHit], pats: Patterns,
                 pub: pd.Timestamp | None, context: DateContext, family: str,
                 para: int, past: bool) -> DatedMention:
    """Resolve the date of a drafted mention.

    In order: a date the sentence states (:func:`choose_date`); for a
    running total, the publication day; a date stated earlier in the same
    paragraph for the same family of events; a date of any event when the
    sentence says "at the time"; else, unless the sentence refers back to an
    earlier event, the day the article first gave a reported event of the
    same family (its news peg: "Nine of them were taken to Lithuania" after
    "pardoned 123 on Saturday"; not "30 more were pardoned"; ``basis="context"``),
    or the publication day
    (``basis="published"``). Otherwise the date is empty and ``reason`` says why.
    """
    hit, basis = choose_date(d, pats)
    since = [h for h in dates if h.since and h.precision == "day" and d["seg"][0] <= h.start <
             d["seg"][1] and not _PAUSE.match(d["sentence"][h.end:h.end + 3].lstrip() or ",")]
    if hit is None and since and d["modality"] == "reported" and not d["cumulative"]:
        hit, basis = since[0], "sentence"  # "die seit gestern verhandeln": since that day
    published = context.anchor or "published"
    if hit is not None:
        values, reason = hit.resolve(pub, d["modality"] == "expected")
        text = " ".join(hit.text.split())
        if values:
            context.by_family[family] = (values, text, para)
            context.last = (values, text, para)
            if d["modality"] == "reported" and values[0][1] == "day" and not d["cumulative"]:
                context.peg_by_family.setdefault(family, (values, text, para))
        if context.anchor and _needs_anchor(hit):
            basis = context.anchor  # "on Saturday" read against an inferred document date
        return _dated(list(values), text, reason, basis)
    if d["modality"] != "reported":
        return _dated([], None, f"{d['modality']} event: no date stated", basis)
    if basis == "cumulative":
        if pub is None:
            return _dated([], None, "running total in an article without a publication date",
                          basis)
        return _dated([(pub.normalize(), "day")], "as of publication", None, published)
    a, b = d["seg"]
    vague = _rx.search(pats.vague_dates, d["sentence"], a, b)
    if vague:
        return _dated([], vague.group(0), f"{vague.group(0)!r} cannot be resolved to a day, "
                      "month or year", basis)
    if (counted := _context_offset(d, pats, context, para)) is not None:
        return counted
    earlier = context.by_family.get(family)
    if earlier is not None and (earlier[2] == para or _rx.search(
            pats.family_reference, d["sentence"], 0, d["trig"].start)):
        # "Most of the pardoned, 114 people, were handed to Ukraine": the people of the
        # family's last dated event, told in an earlier paragraph too
        return _dated(list(earlier[0]), earlier[1], None, "context")
    if context.last is not None and _rx.search(pats.same_time_markers, d["sentence"]):
        return _dated(list(context.last[0]), context.last[1], None, "context")
    if past:
        return _dated([], None, "refers to an earlier event without stating its date", basis)
    if not d.get("incremental") and (peg := context.peg_by_family.get(family)) is not None:
        return DatedMention(list(peg[0]), peg[1], None, "context", peg=True)
    if pub is not None:
        return _dated([(pub.normalize(), "day")], "publication date" if published == "published"
                      else f"document date ({published})", None, published)
    return _dated([], None, "no date in the sentence and no publication date", basis)


def _needs_anchor(hit: DateHit) -> bool:
    return hit.kind != "absolute" or hit.parts.get("year") is None


def _dated(values: list, text: str | None, reason: str | None, basis: str) -> DatedMention:
    if not values:
        return DatedMention([(None, None)], text, reason, "none")
    return DatedMention(values, text, None, basis)


def period_start(d: dict[str, Any], dates: list[DateHit],
                 pub: pd.Timestamp | None) -> pd.Timestamp | None:
    """Start of the period a running total covers ("since July 2024"), else None."""
    if not d["cumulative"]:
        return None
    a, b = d["seg"]
    since = [h for h in dates if h.since] or [
        h for h in dates if a <= h.start < b and h.precision in ("month", "year")]
    if since:
        values, _ = since[0].resolve(pub, False)
        if values:
            return values[0][0]
    return None
