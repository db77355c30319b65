"""Events stage: prisoner releases, pardons, sanctions actions and talks.

Three steps, each a plain function:

- :func:`events_from_text` reads one article (a ``str`` plus its publication
  time) and returns one dict per *event mention*: the sentence that states
  the event, its type and CAMEO code, the resolved date, the count and how it
  is hedged, whether it is a running total, who acted, on what, where, which
  people are named, and whether the event is reported, expected, demanded or
  denied. :func:`extract_events` maps it over a frame (or a Dask frame).
- :func:`consolidate_events` merges mentions into real-world events and
  keeps every count that was reported.
- :func:`compare_to_reference` scores events against a reference timeline.

Language-specific knowledge (trigger words, month names, number words,
hedges, modality cues) lives in ``toolkit/resources/patterns/<lang>.json``;
names live in the gazetteer ``toolkit/resources/gazetteer.csv``
(:class:`Gazetteer`, also used by the sources stage). The code here only
interprets those files, so adding a language is data plus tests.

Examples
--------
>>> import pandas as pd
>>> rows = events_from_text(
...     "Lukashenko pardoned 123 prisoners on Saturday.",
...     pd.Timestamp("2025-12-13", tz="UTC"))
>>> [(r["event_type"], r["count"], str(r["date"].date())) for r in rows]
[('pardon', 123, '2025-12-13')]
"""

from __future__ import annotations

import functools
import json
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date as _date
from datetime import timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from toolkit.clean import sentence_spans
from toolkit.config import RESOURCES, env_paths
from toolkit.gazetteer import Gazetteer, load_gazetteer
from toolkit.schema import CONSOLIDATED_EVENTS, EVENTS, REFERENCE_EVENTS

__all__ = [
    "CAMEO",
    "ReferenceComparison",
    "UnsupportedLanguageWarning",
    "available_languages",
    "compare_to_reference",
    "consolidate_events",
    "counts_compatible",
    "disputed_counts",
    "events_from_text",
    "extract_events",
    "load_patterns",
    "labels_to_events",
    "score_mentions",
    "unsupported_articles",
]

PATTERNS_DIR = RESOURCES / "patterns"
#: Environment variable naming an extra folder of ``<lang>.json`` pattern files.
PATTERNS_ENV = "TOOLKIT_PATTERNS"

#: CAMEO codes per event type (0841 release of persons, 085 ease economic
#: sanctions, 163 impose embargo/sanctions, 043 host or 040 consult).
CAMEO = {
    "release": "0841",
    "pardon": "0841",
    "sanctions_eased": "085",
    "sanctions_lifted": "085",
    "sanctions_imposed": "163",
    "talks": "043",
}
# Types that describe the same kind of real-world happening; one sentence
# naming both ("pardoned 123, who were freed") is one mention, and
# consolidation merges across the pair.
_FAMILY = {
    "release": "release",
    "pardon": "release",
    "sanctions_eased": "relief",
    "sanctions_lifted": "relief",
    "sanctions_imposed": "imposed",
    "talks": "talks",
}
_COUNT_NOUNS_FOR = {"release": "people", "pardon": "people",
                    "sanctions_eased": "listings", "sanctions_lifted": "listings",
                    "sanctions_imposed": "listings"}
# How far (characters) modality cues may sit before a trigger.
_MODALITY_WINDOW = 60


class UnsupportedLanguageWarning(UserWarning):
    """Some articles are in a language that has no event patterns."""


# --------------------------------------------------------------- gazetteer ---
















# ---------------------------------------------------------------- patterns ---


@dataclass
class _Patterns:
    """Compiled per-language patterns (built from a JSON file)."""

    language: str
    months: dict[str, int]
    weekdays: dict[str, int]
    number_words: dict[str, int]
    dates: list[tuple[re.Pattern, str, bool, bool]]
    month_word: re.Pattern
    weekday_word: re.Pattern
    relative: list[tuple[re.Pattern, str, tuple[str, ...]]]
    since: re.Pattern
    speech_date: re.Pattern
    triggers: list[tuple[re.Pattern, str, str, tuple[str, ...]]]
    count_nouns: dict[str, re.Pattern]
    number: re.Pattern
    count_gap_words: int
    qualifiers: list[tuple[str, re.Pattern]]
    modality: list[tuple[str, re.Pattern]]
    cumulative: re.Pattern
    generic: re.Pattern
    past_markers: re.Pattern
    place_preposition: re.Pattern
    release_place_preposition: re.Pattern
    anaphora: re.Pattern
    anaphora_subset: re.Pattern
    possessive_before_noun: re.Pattern
    status_after: re.Pattern
    status_before: re.Pattern
    incremental: re.Pattern
    incremental_after: re.Pattern
    since_near_count: re.Pattern
    since_clause: re.Pattern
    speech_after: re.Pattern
    announcement: re.Pattern
    count_patterns: list[tuple[re.Pattern, bool]]
    count_before_noun_trigger: re.Pattern
    modality_after: list[tuple[str, re.Pattern]]
    count_gap_stop: re.Pattern
    same_time_markers: re.Pattern
    self_anchoring: re.Pattern
    trigger_keywords: re.Pattern
    date_keywords: re.Pattern
    offset_marker: re.Pattern
    offset_before_anchor: tuple[str, ...]
    subject_preposition: re.Pattern
    sanction_object_preposition: re.Pattern
    speech_cue: re.Pattern
    targets: list[tuple[str, re.Pattern]]
    source: str = ""


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _compile(regex: str, subs: Mapping[str, str]) -> re.Pattern:
    for key, value in subs.items():
        regex = regex.replace("{" + key + "}", value)
    return re.compile(regex, re.IGNORECASE | re.UNICODE)


def _pattern_files() -> dict[str, Path]:
    files = {p.stem: p for p in sorted(PATTERNS_DIR.glob("*.json"))}
    for folder in env_paths(PATTERNS_ENV):
        files.update({p.stem: p for p in sorted(folder.glob("*.json"))})
    return files


def available_languages() -> list[str]:
    """Languages that have event patterns (bundled plus ``TOOLKIT_PATTERNS``)."""
    return sorted(_pattern_files())


@functools.lru_cache(maxsize=16)
def load_patterns(language: str) -> _Patterns:
    """Load and compile the event patterns of one language.

    Raises
    ------
    KeyError
        When no ``<language>.json`` pattern file exists; the message lists
        the languages that do.
    """
    files = _pattern_files()
    if language not in files:
        raise KeyError(f"no event patterns for language {language!r}; available: {sorted(files)}")
    path = files[language]
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"pattern file {path.name!r} is not valid JSON: {exc}") from exc
    number_alt = spec["number_digits"] + "|" + _alternation(spec["number_words"])
    subs = {
        "MONTH": _alternation(spec["months"]),
        "WEEKDAY": _alternation(spec["weekdays"]),
        "NUMBER": number_alt,
    }
    # each trigger may list plain keywords; its (slower) regex only runs when one occurs
    triggers = [(_compile(t["regex"], subs), t["type"], t["form"],
                 tuple(k.casefold() for k in t.get("keywords") or [""]))
                for t in spec["triggers"]]
    return _Patterns(
        language=language,
        months={k.casefold(): v for k, v in spec["months"].items()},
        weekdays={k.casefold(): v for k, v in spec["weekdays"].items()},
        number_words={k.casefold(): v for k, v in spec["number_words"].items()},
        # each date pattern with whether it needs a month name / a weekday name
        dates=[(_compile(d["regex"], subs), d["precision"], "{MONTH}" in d["regex"]
                and "(?:{MONTH})" not in d["regex"].split("(?P<month>")[0],
                "(?P<weekday>{WEEKDAY})" in d["regex"]) for d in spec["dates"]],
        month_word=_compile(r"\b(?:" + subs["MONTH"] + r")\b", subs),
        weekday_word=_compile(r"\b(?:" + subs["WEEKDAY"] + r")\b", subs),
        relative=[(_compile(d["regex"], subs), d["resolve"],
                   tuple(k.casefold() for k in d.get("keywords") or [""]))
                  for d in spec["relative_dates"]],
        since=_compile(spec["since"], subs),
        speech_date=_compile(spec["speech_date"], subs),
        triggers=triggers,
        count_nouns={k: _compile(v, subs) for k, v in spec["count_nouns"].items()},
        number=_compile(r"(?<![\w.,])(?P<num>" + number_alt + r")", subs),
        count_gap_words=int(spec.get("count_gap_words", 3)),
        qualifiers=[(k, _compile(v, subs)) for k, v in spec["qualifiers"].items()],
        modality=[(k, _compile(v, subs)) for k, v in spec["modality"].items()],
        cumulative=_compile(spec["cumulative"], subs),
        generic=_compile(spec["generic"], subs),
        past_markers=_compile(spec["past_markers"], subs),
        place_preposition=_compile(spec["place_preposition"], subs),
        release_place_preposition=_compile(spec["release_place_preposition"], subs),
        anaphora=_compile(spec["anaphora"], subs),
        anaphora_subset=_compile(spec["anaphora_subset"], subs),
        possessive_before_noun=_compile(spec["possessive_before_noun"], subs),
        status_after=_compile(spec["status_after"], subs),
        status_before=_compile(spec["status_before"], subs),
        incremental=_compile(spec["incremental"], subs),
        incremental_after=_compile(spec["incremental_after"], subs),
        since_near_count=_compile(spec["since_near_count"], subs),
        since_clause=_compile(spec["since_clause"], subs),
        speech_after=_compile(spec["speech_after"], subs),
        announcement=_compile(spec["announcement"], subs),
        count_patterns=[(_compile(c["regex"], subs), bool(c.get("explicit")))
                        for c in spec.get("count_patterns", [])],
        count_before_noun_trigger=_compile(spec["count_before_noun_trigger"], subs),
        modality_after=[(k, _compile(v, subs)) for k, v in spec.get("modality_after", {}).items()],
        count_gap_stop=_compile(spec["count_gap_stop"], subs),
        same_time_markers=_compile(spec["same_time_markers"], subs),
        self_anchoring=_compile(spec["self_anchoring"], subs),
        # cheap pre-filters: a sentence without any of these words cannot match
        trigger_keywords=re.compile(spec["trigger_keywords"].casefold()),
        date_keywords=re.compile(spec["date_keywords"].casefold()),
        offset_marker=_compile(spec["offset_marker"], subs),
        offset_before_anchor=tuple(w.casefold() for w in spec.get("offset_before_anchor", [])),
        subject_preposition=_compile(spec["subject_preposition"], subs),
        sanction_object_preposition=_compile(spec["sanction_object_preposition"], subs),
        speech_cue=_compile(spec["speech_cue"], subs),
        targets=[(k, _compile(v, subs)) for k, v in spec["targets"].items()],
        source=path.name,
    )


# ------------------------------------------------------------------- dates ---


@dataclass
class _DateHit:
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


def _resolve(hit: _DateHit, published: pd.Timestamp | None, forward: bool
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
        year = p.get("year")
        month = p["month"]
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
            day = pub + timedelta(days=delta)
            out.append((_utc_day(day.year, day.month, day.day), "day"))
        return out, None
    rel = p["resolve"]
    if rel in ("today", "yesterday", "tomorrow", "days_ago"):
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}.get(rel, -p.get("n", 0))
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
    return [], f"no rule resolves {hit.text!r}"


def _parse_number(text: str, pats: _Patterns) -> int | None:
    t = text.strip().casefold()
    if t in pats.number_words:
        return pats.number_words[t]
    digits = re.sub(r"[,\s\u00a0\u202f]", "", t)
    return int(digits) if digits.isdigit() else None


def _find_dates(sentence: str, pats: _Patterns) -> list[_DateHit]:
    """Every date expression in a sentence, longest first, no overlaps."""
    hits: list[_DateHit] = []
    taken: list[tuple[int, int]] = []
    lowered = sentence.casefold()
    if not pats.date_keywords.search(lowered):
        return hits

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    has_month = pats.month_word.search(sentence) is not None
    has_weekday = pats.weekday_word.search(sentence) is not None
    for regex, precision, needs_month, needs_weekday in pats.dates:
        if (needs_month and not has_month) or (needs_weekday and not has_weekday):
            continue
        for m in regex.finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            g = m.groupdict()
            if g.get("weekday"):
                days = [pats.weekdays[g["weekday"].casefold()]]
                if g.get("weekday2"):
                    days.append(pats.weekdays[g["weekday2"].casefold()])
                hit = _DateHit(m.start(), m.end(), m.group(0), "weekday", {"weekdays": days}, "day")
            else:
                month_text = (g.get("month") or "").casefold().rstrip(".")
                parts: dict[str, Any] = {
                    "year": int(g["year"]) if g.get("year") else None,
                    "month": int(month_text) if month_text.isdigit() and 1 <= int(month_text) <= 12
                    else pats.months.get(month_text),
                    "day": int(g["day"]) if g.get("day") else None,
                    "day2": int(g["day2"]) if g.get("day2") else None,
                }
                if precision != "year" and parts["month"] is None:
                    continue
                if parts["day"] is not None and not 1 <= parts["day"] <= 31:
                    continue
                hit = _DateHit(m.start(), m.end(), m.group(0), "absolute", parts, precision)
            hits.append(hit)
            taken.append((m.start(), m.end()))
    for regex, resolve, keywords in pats.relative:
        if not any(k in lowered for k in keywords):
            continue
        for m in regex.finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            parts = {"resolve": resolve}
            if m.groupdict().get("n"):
                parts["n"] = _parse_number(m.group("n"), pats) or 0
            precision = ("year" if resolve.endswith("_year") else "month"
                         if resolve.endswith("_month") else "week"
                         if resolve.endswith("_week") else "day")
            hits.append(_DateHit(m.start(), m.end(), m.group(0), "relative", parts, precision))
            taken.append((m.start(), m.end()))
    # "Friday, Dec. 12, 2025": the weekday only repeats the date that follows it
    days = {h.start for h in hits if h.kind == "absolute" and h.precision == "day"}
    hits = [h for h in hits if not (h.kind == "weekday" and any(
        0 < d - h.end <= 3 and not sentence[h.end:d].strip(" ,") for d in days))]
    for hit in hits:
        before = sentence[max(0, hit.start - 80): hit.start]
        hit.since = bool(pats.since.search(before))
        hit.speech = bool(pats.speech_date.search(before)
                          or pats.speech_after.match(sentence, hit.end))
        # "since July 2024": the match may itself start with the cue word
        if not hit.since and pats.since.search(sentence[max(0, hit.start - 80): hit.start]
                                               + hit.text.split(" ", 1)[0] + " "):
            hit.since = True
    hits.sort(key=lambda h: h.start)
    return hits


# ------------------------------------------------------------------ counts ---


@dataclass
class _Count:
    start: int
    end: int
    value: int | None
    qualifier: str | None
    text: str
    noun_class: str
    explicit: bool = False
    status: bool = False  # "1,400 people still held": who remains, not who was freed
    pattern: bool = False  # found by a count phrase, which may contain the trigger


@functools.lru_cache(maxsize=16)
def _count_after(language: str, noun_class: str) -> re.Pattern:
    pats = load_patterns(language)
    gap = "{0," + str(pats.count_gap_words) + "}"
    return re.compile(
        r"(?:\s+|-)(?:[\w’'-]+\s+)" + gap + r"?(?:" + pats.count_nouns[noun_class].pattern + r")\b",
        re.IGNORECASE | re.UNICODE,
    )


def _qualifier(sentence: str, start: int, pats: _Patterns) -> str:
    before = sentence[max(0, start - 30): start]
    for name, regex in pats.qualifiers:
        if regex.search(before):
            return name
    return "exact"


def _find_counts(sentence: str, a: int, b: int, noun_class: str, pats: _Patterns) -> list[_Count]:
    """Counts of people (or listings) between ``a`` and ``b``: a number before a count noun,
    or one of the language's count phrases ("put the number ... at 14", "63 more")."""
    after = _count_after(pats.language, noun_class)
    out: list[_Count] = []
    for m in pats.number.finditer(sentence, a, b):
        num = m.group("num")
        n_end = m.start("num") + len(num)
        tail = after.match(sentence, n_end)
        if tail is None or tail.end() > b + 40:
            continue
        if pats.number.search(sentence, n_end + 1, tail.end()) is not None:
            continue  # "one of 14 people": the count is the second number
        if pats.count_gap_stop.search(sentence, n_end, tail.end()):
            continue  # "one door and new people": the number counts something else
        value = _parse_number(num, pats)
        if value is None:
            continue
        out.append(_Count(m.start("num"), tail.end(), value,
                          _qualifier(sentence, m.start("num"), pats),
                          sentence[m.start("num"): tail.end()], noun_class,
                          status=bool(pats.status_after.match(sentence, tail.end())
                                      or pats.status_before.search(
                                          sentence, max(0, m.start("num") - 40), m.start("num")))))
    for regex, explicit in pats.count_patterns:
        for m in regex.finditer(sentence, a, b):
            if any(c.start <= m.start("num") < c.end for c in out):
                continue
            value = _parse_number(m.group("num"), pats)
            if value is None:
                continue
            out.append(_Count(m.start("num"), m.end(), value,
                              _qualifier(sentence, m.start("num"), pats),
                              sentence[m.start("num"): m.end()], noun_class, explicit=explicit,
                              pattern=True))
    return out


# -------------------------------------------------------------- extraction ---

# A full stop glued to the next sentence ("since July 2024.John Coale") still
# ends a sentence when a lower-case letter or digit precedes it and a
# capitalised word follows.
_GLUED_STOP = re.compile(r"(?<=[a-zа-яё0-9)])[.!?](?=[A-ZА-ЯЁ][a-zа-яё])")


def _sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start, end in sentence_spans(text):
        cut = start
        for m in _GLUED_STOP.finditer(text, start, end):
            spans.append((cut, m.end()))
            cut = m.end()
        spans.append((cut, end))
    return spans


@dataclass
class _Trigger:
    start: int
    end: int
    event_type: str
    form: str
    text: str


def _find_triggers(sentence: str, pats: _Patterns) -> list[_Trigger]:
    found: list[_Trigger] = []
    lowered = sentence.casefold()
    for regex, event_type, form, keywords in pats.triggers:
        if not any(k in lowered for k in keywords):
            continue
        for m in regex.finditer(sentence):
            found.append(_Trigger(m.start(), m.end(), event_type, form, m.group(0)))
    # keep the longest match where matches overlap; verb forms win ties
    found.sort(key=lambda t: (t.start, -(t.end - t.start), t.form != "verb"))
    kept: list[_Trigger] = []
    for trig in found:
        if any(trig.start < k.end and k.start < trig.end for k in kept):
            continue
        kept.append(trig)
    kept.sort(key=lambda t: t.start)
    return kept


@functools.lru_cache(maxsize=16)
def _people_noun_cached(language: str) -> re.Pattern:
    pats = load_patterns(language)
    return re.compile(r"\b(?:" + pats.count_nouns["people"].pattern + r")\b",
                      re.IGNORECASE | re.UNICODE)


def _people_noun(pats: _Patterns) -> re.Pattern:
    return _people_noun_cached(pats.language)


def _modality(sentence: str, trig: _Trigger, floor: int, ceiling: int,
              pats: _Patterns) -> tuple[str, str | None]:
    """Modality from cues just before the trigger (the left-most cue governs), or,
    for a noun, just after it ("further releases could follow")."""
    lo = max(floor, trig.start - _MODALITY_WINDOW)
    window = sentence[lo: trig.start]
    first = trig.text.split(None, 1)[0]
    if trig.form == "verb" and len(trig.text.split()) > 1 and first.casefold() in {
        "will", "would", "to", "could", "may", "might"
    }:
        window = window + first
    found = []
    for name, regex in pats.modality:
        m = regex.search(window)
        if m:
            found.append((m.start(), name, m.group(0).strip()))
    if found:
        # the strongest cue governs: "denied that ... preparing to", "would push for"
        rank = {"denied": 0, "demanded": 1, "expected": 2}
        _, name, cue = min(found, key=lambda f: (rank.get(f[1], 3), f[0]))
        if name == "expected" and pats.announcement.search(sentence, max(0, lo - 80), trig.start):
            # "announced ... that the US would lift sanctions": the announcement is the event
            return "reported", None
        return name, cue
    if trig.form == "noun":
        tail = sentence[trig.end: ceiling]
        for name, regex in pats.modality_after:
            m = regex.search(tail)
            if m:
                return name, m.group(0).strip()
    return "reported", None


def _entities(gaz: Gazetteer, sentence: str, cache: dict) -> list[dict[str, Any]]:
    if "ents" not in cache:
        cache["ents"] = gaz.find(sentence)
    return cache["ents"]


def _entity_country(ent: Mapping[str, Any]) -> str | None:
    if ent["kind"] == "country":
        return ent["canonical"]
    return ent.get("country") or None


def _is_speaker(sentence: str, ent: Mapping[str, Any], pats: _Patterns) -> bool:
    tail = sentence[ent["end"]: ent["end"] + 40]
    # skip an apposition: "Tsikhanouskaya, the opposition leader, said"
    return bool(pats.speech_cue.search(tail) or pats.speech_cue.search(tail.lstrip(",; ")))


def _pick_actor(event_type: str, sentence: str, seg: tuple[int, int], trig: _Trigger,
                ents: list[dict[str, Any]], pats: _Patterns) -> str | None:
    a, b = seg
    if event_type == "talks":
        countries: list[str] = []
        inside = [e for e in ents if a <= e["start"] < b] or ents
        for ent in inside:
            c = _entity_country(ent)
            if not c or ent["kind"] == "org" and ent["role"] != "government":
                continue
            if c not in countries:
                countries.append(c)
        return "/".join(countries) or None
    family = _FAMILY[event_type]
    candidates = []
    for ent in ents:
        country = _entity_country(ent)
        if not country or ent["kind"] == "org" and ent["role"] in ("wire", "rights_group"):
            continue
        if ent["role"] == "state_media":
            continue
        before = sentence[max(0, ent["start"] - 40): ent["start"]]
        if family == "release":
            object_like = bool(pats.subject_preposition.search(before))
        else:
            object_like = bool(pats.sanction_object_preposition.search(before))
        if family == "release":
            if ent["end"] <= trig.start and ent["start"] >= a and not object_like:
                candidates.append((trig.start - ent["end"], country))
            elif ent["start"] >= trig.end and ent["start"] < b and re.search(
                r"\bby\s+(?:the\s+)?(?:\w+\s+){0,2}?$", before, re.I
            ):
                candidates.append((ent["start"] - trig.end + 1000, country))
        else:
            if country == "Belarus" or object_like:
                continue
            inside = a <= ent["start"] < b
            distance = min(abs(ent["start"] - trig.end), abs(trig.start - ent["end"]))
            candidates.append((distance + (0 if inside else 10000), country))
    if not candidates:
        return None
    return min(candidates)[1]


def _pick_place(event_type: str, sentence: str, seg: tuple[int, int], trig: _Trigger,
                ents: list[dict[str, Any]], pats: _Patterns) -> str | None:
    if event_type not in ("release", "pardon", "talks"):
        return None
    a, b = seg
    options = []
    for ent in ents:
        if ent["kind"] not in ("place", "country") or not (a <= ent["start"] < b):
            continue
        if event_type == "talks" and ent["start"] < a:
            continue
        before = sentence[max(0, ent["start"] - 40): ent["start"]]
        preposition = (pats.place_preposition if event_type == "talks"
                       else pats.release_place_preposition)
        if not preposition.search(before):
            continue
        # places after a release verb first ("freed ... into Lithuania"), then before it
        # ("į Lietuvą išleido"); towns before countries
        before_trigger = event_type != "talks" and ent["start"] < trig.start
        options.append((before_trigger, ent["kind"] != "place", ent["start"], ent["canonical"]))
    if not options:
        return None
    return min(options)[3]


def _pick_targets(event_type: str, sentence: str, seg: tuple[int, int],
                  ents: list[dict[str, Any]], pats: _Patterns) -> str | None:
    if _FAMILY[event_type] not in ("relief", "imposed"):
        return None
    a, b = seg
    hits: list[tuple[int, str]] = []
    for name, regex in pats.targets:
        m = regex.search(sentence, a, b)
        if m:
            hits.append((m.start(), name))
    for ent in ents:
        if ent["kind"] == "org" and ent["role"] == "other" and a <= ent["start"] < b:
            hits.append((ent["start"], ent["canonical"]))
    names: list[str] = []
    for _, name in sorted(hits):
        if name not in names:
            names.append(name)
    return "; ".join(names) or None


def _pick_people(event_type: str, sentence: str, seg: tuple[int, int],
                 ents: list[dict[str, Any]], pats: _Patterns) -> tuple[list[str], list[str]]:
    a, b = seg
    people: list[str] = []
    written: list[str] = []
    for ent in ents:
        if ent["kind"] != "person":
            continue
        if event_type != "talks":
            if not (a <= ent["start"] < b) or _is_speaker(sentence, ent, pats):
                continue
            if _FAMILY[event_type] == "release" and ent["role"] == "government":
                continue
        if ent["canonical"] not in people:
            people.append(ent["canonical"])
            written.append(ent["as_written"])
    return people, written


def events_from_text(text: str, published: Any = None, language: str = "en",
                     article_id: str | None = None, outlet: str | None = None,
                     *, gazetteer: Gazetteer | None = None) -> list[dict[str, Any]]:
    """Extract event mentions from one article's text.

    A pure function of its arguments: map it over a list, a pandas column or
    a Dask partition. Offsets index into ``text``.

    Parameters
    ----------
    text : str
        Clean article body.
    published : timestamp-like, optional
        Publication time; relative dates ("Saturday", "last month") are
        resolved against its UTC calendar day. Without it they stay empty,
        with a reason.
    language : str
        Pattern language (``'en'``, ``'ru'``); see :func:`available_languages`.
    article_id, outlet : str, optional
        Copied into every row.
    gazetteer : Gazetteer, optional
        Names to normalise with; defaults to :func:`load_gazetteer`.

    Returns
    -------
    list of dict
        One dict per event mention with the columns of
        :data:`toolkit.schema.EVENTS`, plus ``date_basis`` (``stated``,
        ``sentence``, ``context``, ``published`` or ``none``).

    Raises
    ------
    KeyError
        When ``language`` has no pattern file.

    Examples
    --------
    >>> rows = events_from_text("Belarus freed more than 50 political prisoners into "
    ...                         "Lithuania in September 2025.", "2025-12-13")
    >>> r = rows[0]
    >>> r["event_type"], r["count"], r["count_qualifier"], r["place"], r["date_precision"]
    ('release', 50, 'more_than', 'Lithuania', 'month')
    """
    if not isinstance(text, str):
        raise TypeError(f"events_from_text: text must be a str, got {type(text).__name__}")
    pats = load_patterns(language)
    gaz = gazetteer or load_gazetteer()
    pub = pd.Timestamp(published) if published is not None and not pd.isna(published) else None
    if pub is not None:
        pub = pub.tz_localize("UTC") if pub.tzinfo is None else pub.tz_convert("UTC")
    rows: list[dict[str, Any]] = []
    context: dict[str, tuple[list[tuple[pd.Timestamp, str]], str, int]] = {}
    paragraph_of = _paragraph_index(text)
    lowered = text.casefold()
    if len(lowered) != len(text):
        lowered = text.lower()  # keep offsets aligned (casefold can lengthen "ß")
    if not pats.trigger_keywords.search(lowered):
        return rows
    for s_start, s_end in _sentences(text):
        sentence = text[s_start:s_end]
        if not pats.trigger_keywords.search(lowered, s_start, s_end):
            continue
        para = paragraph_of(s_start)
        rows.extend(_sentence_events(sentence, s_start, pats, gaz, pub, context, para,
                                     article_id, outlet))
    return rows


def _paragraph_index(text: str):
    breaks = [m.start() for m in re.finditer(r"\n\s*\n", text)]

    def index(pos: int) -> int:
        return sum(1 for b in breaks if b < pos)

    return index


def _sentence_events(sentence: str, offset: int, pats: _Patterns, gaz: Gazetteer,
                     pub: pd.Timestamp | None, context: dict, para: int,
                     article_id: str | None, outlet: str | None) -> list[dict[str, Any]]:
    triggers = _find_triggers(sentence, pats)
    if not triggers:
        return []
    dates = _find_dates(sentence, pats)
    ents = _entities(gaz, sentence, {})
    past = bool(pats.past_markers.search(sentence))
    segs = [(triggers[i - 1].end if i else 0,
             triggers[i + 1].start if i + 1 < len(triggers) else len(sentence))
            for i in range(len(triggers))]
    counts, adjectival, extra = _assign_counts(sentence, triggers, segs, pats)
    drafts: list[dict[str, Any]] = []
    jobs = [(i, counts.get(i)) for i in range(len(triggers))] + extra
    for i, count in jobs:
        trig = triggers[i]
        a, b = segs[i]
        et = trig.event_type
        modality, cue = _modality(sentence, trig, a, b, pats)
        if count is not None and count.status and modality != "demanded":
            count = None
        near = (max(a, trig.start - 40), min(b, trig.end + 40))
        if modality == "reported" and pats.generic.search(sentence, *near):
            continue  # "repeatedly sanctioned": a habit, not an event
        if pats.since_clause.search(sentence, max(0, trig.start - 50), trig.start):
            continue  # "since Belarus began freeing prisoners": the start of a period
        before = (max(a, trig.start - 40), trig.start)
        if trig.form == "verb":
            if pats.anaphora_subset.search(sentence, *before):
                continue  # "among those pardoned": part of an event reported elsewhere
            if count is None and pats.anaphora.search(sentence, *before):
                continue  # "the freed prisoners": a reference back, not a new report
        elif pats.possessive_before_noun.search(sentence, *before):
            continue  # "after their release"
        elif count is None and pats.self_anchoring.fullmatch(trig.text) and \
                pats.anaphora.search(sentence, *before):
            continue  # "the pardons came after talks": the event was reported earlier
        if i in adjectival and count is None:
            continue  # "two other released men"
        named = any(e["kind"] == "person" and e["role"] != "government" and a <= e["start"] < b
                    for e in ents)
        if _FAMILY[et] == "release" and count is None:
            self_anchored = trig.form == "noun" and pats.self_anchoring.fullmatch(trig.text)
            if not (self_anchored or named or _people_noun(pats).search(sentence, a, b)):
                continue
            if trig.form == "noun" and modality == "reported" and not named:
                continue  # "the release of prisoners was announced": no number, nobody named
        if et == "talks" and not any(
                e["role"] == "government" or e["kind"] in ("country", "place") for e in ents):
            continue  # a meeting with no state party ("met their relatives") is not talks
        drafts.append({
            "trig": trig, "seg": (a, b), "modality": modality, "cue": cue, "count": count,
            "sentence": sentence, "named": named,
            "cumulative": count is not None and _is_cumulative(sentence, count, pats),
            "stated": [d for d in dates if not d.since],
        })
    # noun forms need an anchor: a count, a stated date, a dated verb-form event in the
    # same sentence, or a modality cue ("called for the release of")
    has_verb_anchor = any(d["trig"].form == "verb" and d["modality"] == "reported"
                          for d in drafts)
    has_date = any(not d.speech for d in dates if not d.since)
    kept = []
    for d in drafts:
        trig = d["trig"]
        announced = bool(pats.announcement.search(sentence, max(0, trig.start - 40), trig.start))
        if trig.form == "noun" and not (
            d["count"] is not None or has_date or d["modality"] != "reported" or announced
            or (has_verb_anchor and d["modality"] == "reported")
        ):
            continue
        kept.append(d)
    kept = _merge_same_family(kept)
    rows = []
    for d in kept:
        rows.extend(_finish(d, sentence, offset, dates, pats, ents, pub, context, para,
                            past, article_id, outlet))
    return rows


def _assign_counts(sentence: str, triggers: list[_Trigger], segs: list[tuple[int, int]],
                   pats: _Patterns) -> tuple[dict[int, _Count], set[int], list[tuple[int, _Count]]]:
    """Give each count to the nearest trigger that can take it (verbs win ties)."""
    best: dict[int, tuple[int, int, _Count]] = {}
    adjectival: set[int] = set()
    for i, trig in enumerate(triggers):
        noun_class = _COUNT_NOUNS_FOR.get(trig.event_type)
        if not noun_class:
            continue
        a, b = segs[i]
        found = _find_counts(sentence, a, b, noun_class, pats)
        if trig.form == "noun":
            m = pats.count_before_noun_trigger.search(sentence, max(a, trig.start - 30), trig.start)
            if m and not any(c.start == m.start("num") for c in found):
                value = _parse_number(m.group("num"), pats)
                if value is not None:
                    found.append(_Count(m.start("num"), trig.end, value,
                                        _qualifier(sentence, m.start("num"), pats),
                                        sentence[m.start("num"): trig.end], noun_class,
                                        pattern=True))
        for c in found:
            if c.start < trig.start < c.end and not c.pattern:
                adjectival.add(i)  # the trigger sits inside the counted phrase
                continue
            distance = min(abs(c.start - trig.end), abs(trig.start - c.end))
            distance += 0 if trig.form == "verb" else 5
            if c.start not in best or distance < best[c.start][0]:
                best[c.start] = (distance, i, c)
    counts: dict[int, _Count] = {}
    extra: list[tuple[int, _Count]] = []
    for _distance, i, c in sorted(best.values(), key=lambda x: x[0]):
        if i not in counts:
            counts[i] = c
        elif c.explicit:
            extra.append((i, c))  # "it knew of eight releases ... put the number at 10"
    return counts, adjectival, extra


def _is_cumulative(sentence: str, count: _Count, pats: _Patterns) -> bool:
    """A running total: a cue ("since July", "in total", "altogether") close to the count,
    with no other number in between, and no sign of an increment ("another 30", "20 more")."""
    num_end = count.start + len(count.text.split()[0]) if count.text else count.start
    if pats.incremental.search(sentence, max(0, count.start - 20), count.start) or \
            pats.incremental_after.match(sentence, num_end):
        return False
    for cue in (pats.since_near_count, pats.cumulative):
        for m in cue.finditer(sentence, max(0, count.start - 90), min(len(sentence), count.end + 70)):
            lo, hi = (m.end(), count.start) if m.end() <= count.start else (count.end, m.start())
            if lo <= hi and pats.number.search(sentence, lo, hi) is None:
                return True
    return False


def _own_dates(d: Mapping[str, Any]) -> set[str]:
    a, b = d["seg"]
    return {h.text.strip().casefold() for h in d["stated"] if a <= h.start < b and not h.speech}


def _merge_same_family(drafts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One sentence naming a pardon and a release of the same people is one mention."""
    out: list[dict[str, Any]] = []
    for d in drafts:
        fam = _FAMILY[d["trig"].event_type]
        twin = None
        for o in out:
            if _FAMILY[o["trig"].event_type] != fam or o["modality"] != d["modality"]:
                continue
            if fam != "release" and o["trig"].event_type != d["trig"].event_type:
                continue  # "eased ... in September, removed ... in November": two steps
            if _own_dates(o) and _own_dates(d) and _own_dates(o) != _own_dates(d):
                continue  # "three in February ... and one in April": two events
            if o["cumulative"] != d["cumulative"]:
                continue
            oc, dc = o["count"], d["count"]
            if oc is None or dc is None or (oc.value == dc.value and oc.qualifier == dc.qualifier):
                twin = o
                break
        if twin is None:
            out.append(d)
            continue
        if twin["count"] is None and d["count"] is not None:
            # the count moves to the first-named event; its segment widens
            twin["count"] = d["count"]
            twin["cumulative"] = d["cumulative"]
            twin["seg"] = (min(d["seg"][0], twin["seg"][0]), max(d["seg"][1], twin["seg"][1]))
        else:
            twin["seg"] = (min(d["seg"][0], twin["seg"][0]), max(d["seg"][1], twin["seg"][1]))
    return out


def _choose_dates(d: dict[str, Any], dates: list[_DateHit], pats: _Patterns,
                  pub: pd.Timestamp | None) -> tuple[_DateHit | None, str]:
    trig = d["trig"]
    a, b = d["seg"]

    def distance(h: _DateHit) -> int:
        return min(abs(h.start - trig.end), abs(trig.start - h.end))

    if d["modality"] != "reported":
        # a date before "expected to be released" is when it was said, not when it happens
        after = [h for h in d["stated"] if not h.speech and trig.end <= h.start < b]
        return (min(after, key=distance), "stated") if after else (None, "none")
    usable = d["stated"]
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
        return min(inside, key=distance), "stated"
    if usable:
        plain = [h for h in usable if not h.speech] or usable
        fine = [h for h in plain if h.precision != "year"] or plain
        return min(fine, key=distance), "sentence"
    return None, "none"


def _offset_hit(d: dict[str, Any], pats: _Patterns) -> _DateHit | None:
    """"two days after the government freed 123": a date counted from another date."""
    trig = d["trig"]
    a, _ = d["seg"]
    sentence = d["sentence"]
    markers = list(pats.offset_marker.finditer(sentence, a, trig.start))
    if not markers:
        return None
    m = markers[-1]
    # the date counted from is outside the stretch "<marker> ... <trigger>"
    anchors = [h for h in d["stated"] if not h.speech and not (m.start() <= h.start < trig.start)]
    if not anchors:
        return None
    anchor = min(anchors, key=lambda h: abs(h.start - m.start()))
    g = m.groupdict()
    direction = g.get("dir") or g.get("dir2") or ""
    unit = g.get("unit") or g.get("unit2") or ""
    n = _parse_number(g["n"], pats) if g.get("n") else (1 if not g.get("n") and (
        g.get("unit2") or m.group(0).split()[0].casefold() in ("a", "one")) else None)
    days = None
    if n is not None:
        size = 1 if unit.casefold().startswith(("day", "дн", "ден", "tag", "dien")) else 7
        sign = -1 if direction.casefold() in pats.offset_before_anchor else 1
        days = sign * n * size
    return _DateHit(m.start(), m.end(), f"{m.group(0)} {anchor.text.strip()}", "offset",
                    {"anchor": anchor, "days": days}, "day")


def _finish(d: dict[str, Any], sentence: str, offset: int, dates: list[_DateHit],
            pats: _Patterns, ents: list[dict[str, Any]], pub: pd.Timestamp | None,
            context: dict, para: int, past: bool, article_id: str | None,
            outlet: str | None) -> list[dict[str, Any]]:
    trig: _Trigger = d["trig"]
    et = trig.event_type
    fam = _FAMILY[et]
    forward = d["modality"] == "expected"
    hit, basis = _choose_dates(d, dates, pats, pub)
    resolved: list[tuple[pd.Timestamp | None, str | None]] = []
    date_text: str | None = None
    reason: str | None = None
    if hit is not None:
        values, reason = hit.resolve(pub, forward)
        date_text = hit.text.strip()
        resolved = list(values)
        if values:
            context[fam] = (values, date_text, para)
            context["any"] = (values, date_text, para)
    elif d["modality"] != "reported":
        reason = f"{d['modality']} event: no date stated"
    elif basis == "cumulative":
        if pub is not None:
            resolved = [(pub.normalize(), "day")]
            date_text = "as of publication"
            basis = "published"
        else:
            reason = "running total in an article without a publication date"
    elif fam in context and context[fam][2] == para:
        resolved = list(context[fam][0])
        date_text = context[fam][1]
        basis = "context"
    elif "any" in context and pats.same_time_markers.search(sentence):
        resolved = list(context["any"][0])
        date_text = context["any"][1]
        basis = "context"
    elif past:
        reason = "refers to an earlier event without stating its date"
    elif pub is not None:
        resolved = [(pub.normalize(), "day")]
        date_text = "publication date"
        basis = "published"
    else:
        reason = "no date in the sentence and no publication date"
    if basis == "published" and fam == "release" and d["count"] is None and not d["named"]:
        return []  # "prisoner releases", "welcomed the release": no number, no date, no new event
    if not resolved:
        resolved = [(None, None)]
        basis = "none"
    period_start = None
    if d["cumulative"]:
        a, b = d["seg"]
        since = [h for h in dates if h.since] or [
            h for h in dates if a <= h.start < b and h.precision in ("month", "year")]
        if since:
            values, _ = since[0].resolve(pub, False)
            if values:
                period_start = values[0][0]
    count = d["count"]
    seg = d["seg"]
    people, written = _pick_people(et, sentence, seg, ents, pats)
    base = {
        "article_id": article_id,
        "outlet": outlet,
        "published": pub,
        "event_type": et,
        "cameo": CAMEO[et],
        "date_text": date_text,
        "date_reason": reason if resolved[0][0] is None else None,
        "date_basis": basis,
        "count": count.value if count else None,
        "count_qualifier": count.qualifier if count else None,
        "count_text": count.text if count else None,
        "cumulative": bool(d["cumulative"]),
        "period_start": period_start,
        "actor": _pick_actor(et, sentence, seg, trig, ents, pats),
        "target": _pick_targets(et, sentence, seg, ents, pats),
        "place": _pick_place(et, sentence, seg, trig, ents, pats),
        "people": people,
        "people_as_written": written,
        "modality": d["modality"],
        "modality_cue": d["cue"],
        "trigger": trig.text,
        "evidence": sentence,
        "start": offset,
        "end": offset + len(sentence),
        "language": pats.language,
    }
    rows = []
    for k, (when, precision) in enumerate(resolved):
        row = dict(base)
        row["date"] = when
        row["date_precision"] = precision
        row["event_id"] = f"{article_id or 'text'}:{offset}:{offset + trig.start}:{et}" + (
            f":{k}" if len(resolved) > 1 else "")
        rows.append(row)
    return rows


# ------------------------------------------------------------ frame level ---


def _article_rows(frame: pd.DataFrame, gazetteer: Gazetteer, default_language: str,
                  languages: set[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    n = len(frame)
    texts = frame["text"].tolist()
    ids = frame["article_id"].tolist() if "article_id" in frame else [None] * n
    outlets = frame["outlet"].tolist() if "outlet" in frame else [None] * n
    pubs = frame["published"].tolist() if "published" in frame else [None] * n
    langs = frame["language"].tolist() if "language" in frame else [None] * n
    for text, aid, outlet, pub, lang in zip(texts, ids, outlets, pubs, langs, strict=True):
        aid = None if aid is None or pd.isna(aid) else str(aid)
        outlet = None if outlet is None or pd.isna(outlet) else str(outlet)
        lang = default_language if lang is None or pd.isna(lang) else str(lang)
        if text is None or pd.isna(text):
            continue
        if lang not in languages:
            skipped.append({"article_id": aid, "outlet": outlet, "language": lang,
                            "reason": f"no event patterns for language {lang!r}"})
            continue
        rows.extend(events_from_text(str(text), pub, lang, aid, outlet, gazetteer=gazetteer))
    return rows, skipped


def _events_frame(frame: pd.DataFrame, gazetteer: Gazetteer | None = None,
                  default_language: str = "en") -> pd.DataFrame:
    gaz = gazetteer or load_gazetteer()
    rows, skipped = _article_rows(frame, gaz, default_language, set(available_languages()))
    out = EVENTS.from_records(rows)
    out.attrs["skipped_articles"] = skipped
    return out


def extract_events(articles: Any, *, gazetteer: Gazetteer | None = None,
                   default_language: str = "en", warn: bool = True) -> pd.DataFrame:
    """Extract event mentions from an articles frame.

    Maps :func:`events_from_text` over the rows; the input is not modified.
    Articles whose ``language`` has no pattern file are not silently
    dropped: they are listed in ``result.attrs["skipped_articles"]`` (dicts
    with ``article_id``, ``outlet``, ``language``, ``reason``), and an
    :class:`UnsupportedLanguageWarning` names the languages and counts.

    Parameters
    ----------
    articles : pandas.DataFrame or dask.dataframe.DataFrame
        Needs ``text``; uses ``article_id``, ``outlet``, ``published`` and
        ``language`` when present (ARTICLES schema). A Dask frame is mapped
        partition by partition and a Dask frame is returned.
    gazetteer : Gazetteer, optional
        Name normalisation; defaults to :func:`load_gazetteer` (bundled file
        plus ``TOOLKIT_GAZETTEER``).
    default_language : str
        Language assumed where ``language`` is missing.
    warn : bool
        Emit the warning about unsupported languages.

    Returns
    -------
    pandas.DataFrame
        EVENTS schema, one row per mention.

    Examples
    --------
    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a1"], "outlet": ["x.example"],
    ...     "published": [pd.Timestamp("2025-12-13", tz="UTC")], "language": ["en"],
    ...     "text": ["Belarus pardoned 123 prisoners on Saturday."]})
    >>> extract_events(arts)[["event_type", "count"]].to_dict("records")
    [{'event_type': 'pardon', 'count': 123}]
    """
    if hasattr(articles, "map_partitions") and not isinstance(articles, pd.DataFrame):
        if "text" not in articles.columns:
            raise ValueError("extract_events: the articles frame has no 'text' column")
        return articles.map_partitions(_events_frame, gazetteer, default_language,
                                       meta=EVENTS.empty())
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(
            f"extract_events: expected a pandas or Dask DataFrame, got {type(articles).__name__}; "
            "for one text use events_from_text(text, published)"
        )
    if "text" not in articles.columns:
        raise ValueError(
            "extract_events: the articles frame has no 'text' column "
            f"(columns: {list(articles.columns)}); load articles with toolkit.load_articles"
        )
    out = _events_frame(articles, gazetteer, default_language)
    skipped = out.attrs["skipped_articles"]
    if skipped and warn:
        by_lang = Counter(s["language"] for s in skipped)
        listing = ", ".join(f"{lang}: {n}" for lang, n in sorted(by_lang.items()))
        warnings.warn(
            f"{len(skipped)} article(s) skipped, no event patterns for their language ({listing}); "
            f"see result.attrs['skipped_articles']; available: {available_languages()}",
            UnsupportedLanguageWarning, stacklevel=2,
        )
    return out


# ----------------------------------------------------------- consolidation ---


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


_QUAL_WORDS = {"exact": "", "more_than": "more than ", "at_least": "at least ",
               "about": "about ", "up_to": "up to "}


def _count_label(count: Any, qualifier: Any) -> str:
    q = qualifier if isinstance(qualifier, str) else "exact"
    return f"{_QUAL_WORDS.get(q, '')}{int(count)}"


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

    Parameters
    ----------
    events : pandas.DataFrame
        EVENTS table from :func:`extract_events`; not modified.
    window_days : int
        Largest gap in days between mentions of one event.
    merge_related_types : bool
        Treat pardon/release and sanctions eased/lifted as one type.

    Returns
    -------
    pandas.DataFrame
        CONSOLIDATED_EVENTS schema, sorted by date.
    """
    missing = [c for c in ("event_id", "event_type", "date", "modality", "cumulative")
               if c not in events.columns]
    if missing:
        raise ValueError(f"consolidate_events: the events frame lacks columns {missing}; "
                         "pass the output of extract_events")
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
    use = use.sort_values(["_rank", "date", "published"], kind="stable")
    clusters: list[dict[str, Any]] = []
    for rec in use.to_dict("records"):
        key = _FAMILY[rec["event_type"]] if merge_related_types else rec["event_type"]
        best = None
        best_gap = None
        for cl in clusters:
            if cl["key"] != key:
                continue
            gap = _date_gap(rec, cl)
            if gap is None or gap > window_days:
                continue
            pair = _pair(rec["count"], rec["count_qualifier"])
            compatible = pair is None or not cl["distinct"] or any(
                _compatible(pair, c) for c in cl["distinct"])
            coarse = rec["date_precision"] != "day"
            if not compatible and (gap > 1 or coarse):
                continue  # only same-day reports may disagree and still be one event
            if best_gap is None or gap < best_gap:
                best, best_gap = cl, gap
        if best is None:
            best = {"key": key, "members": [], "counts": [], "distinct": set(), "days": [],
                    "day_set": set(), "months": set(), "years": set()}
            clusters.append(best)
        best["members"].append(rec)
        pair = _pair(rec["count"], rec["count_qualifier"])
        if pair is not None:
            best["counts"].append(pair)
            best["distinct"].add(pair)
        if rec["date_precision"] == "day":
            best["days"].append(rec["date"])
            best["day_set"].add(rec["date"].toordinal())
        best["months"].add((rec["date"].year, rec["date"].month))
        if rec["date_precision"] == "year":
            best["years"].add(rec["date"].year)
    out = [_cluster_row(cl) for cl in clusters]
    seen: Counter = Counter()
    for row in out:
        seen[row["event_key"]] += 1
        if seen[row["event_key"]] > 1:
            row["event_key"] += f":{seen[row['event_key']]}"
    result = CONSOLIDATED_EVENTS.from_records(out)
    result = result.sort_values(["date", "event_type"], kind="stable").reset_index(drop=True)
    result.attrs["left_out"] = left_out
    return result


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


def unsupported_articles(articles: pd.DataFrame, default_language: str = "en") -> pd.DataFrame:
    """Articles whose language has no event patterns (``article_id``, ``outlet``, ``language``).

    Examples
    --------
    >>> import pandas as pd
    >>> unsupported_articles(pd.DataFrame({"article_id": ["a"], "language": ["fr"],
    ...                                    "text": ["Belarus ..."]}))["language"].tolist()
    ['fr']
    """
    langs = articles["language"] if "language" in articles else pd.Series(
        [default_language] * len(articles), index=articles.index)
    langs = langs.astype("object").where(langs.notna(), default_language)
    mask = ~langs.isin(available_languages())
    cols = [c for c in ("article_id", "outlet", "language") if c in articles.columns]
    out = articles.loc[mask, cols].copy()
    out["language"] = langs[mask].astype("string")
    return out.reset_index(drop=True)


# ------------------------------------------------------------- evaluation ---


@dataclass
class ReferenceComparison:
    """Extracted events scored against a reference timeline.

    Attributes
    ----------
    matched : pandas.DataFrame
        One row per matched pair: reference columns prefixed ``ref_``,
        extracted columns prefixed ``ext_``, ``days_apart`` and
        ``count_agrees``.
    missed : pandas.DataFrame
        Reference events nothing matched.
    extra : pandas.DataFrame
        Extracted events that match no reference event.
    precision, recall, f1 : float
        Share of extracted events matched, share of reference events found,
        and their harmonic mean (NaN when undefined).
    """

    matched: pd.DataFrame
    missed: pd.DataFrame
    extra: pd.DataFrame
    precision: float
    recall: float
    f1: float

    def summary(self) -> pd.DataFrame:
        """One-row table: matched, missed, extra, precision, recall, f1."""
        return pd.DataFrame([{
            "matched": len(self.matched), "missed": len(self.missed), "extra": len(self.extra),
            "precision": round(self.precision, 3), "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }])

    def as_dict(self) -> dict[str, Any]:
        """The scores and table sizes as a plain dict."""
        return self.summary().iloc[0].to_dict()


def _same_when(a: pd.Timestamp, a_prec: Any, b: pd.Timestamp, b_prec: Any,
               tolerance_days: int) -> float | None:
    """Days apart when two dates agree at the coarser precision, else None."""
    if a is None or b is None or pd.isna(a) or pd.isna(b):
        return None
    coarse = {a_prec, b_prec}
    if "year" in coarse:
        return 0.0 if a.year == b.year else None
    if "month" in coarse:
        return 0.0 if (a.year, a.month) == (b.year, b.month) else None
    if "week" in coarse:
        return 0.0 if abs((a - b).days) <= 6 + tolerance_days else None
    gap = abs((a - b).days)
    return float(gap) if gap <= tolerance_days else None


def compare_to_reference(events: pd.DataFrame, reference: pd.DataFrame | None = None, *,
                         tolerance_days: int = 1, related_types: bool = False,
                         start: Any = None, end: Any = None) -> ReferenceComparison:
    """Score extracted events against a reference timeline.

    Parameters
    ----------
    events : pandas.DataFrame
        Consolidated events (CONSOLIDATED_EVENTS), or mentions (EVENTS),
        which are consolidated first with :func:`consolidate_events`.
    reference : pandas.DataFrame, optional
        REFERENCE_EVENTS table; defaults to ``toolkit.load_reference_events()``.
        Rows of type ``other`` and rows that only record a disagreement are
        not events to find and are left out.
    tolerance_days : int
        Largest date difference for a match at day precision (month- or
        year-precision dates are compared at that precision).
    related_types : bool
        Let pardon match release and sanctions eased match lifted.
    start, end : date-like, optional
        Compare only events (both sides) within this period, e.g. the period
        a corpus covers.

    Returns
    -------
    ReferenceComparison
        ``matched``, ``missed`` and ``extra`` tables, ``precision``,
        ``recall`` and ``f1``.
    """
    if "event_key" not in events.columns:
        events = consolidate_events(events)
    if reference is None:
        from toolkit.datasets import load_reference_events

        reference = load_reference_events()
    missing = [c for c in ("date", "event_type") if c not in reference.columns]
    if missing:
        raise ValueError(f"compare_to_reference: the reference lacks columns {missing}; "
                         f"expected the {REFERENCE_EVENTS.name} schema")
    ref = reference[reference["event_type"].isin(list(CAMEO))].copy()
    if "disagreement" in ref.columns:
        ref = ref[~ref["disagreement"].fillna(False).astype(bool)]
    ext = events.copy()
    for bound, op in ((start, "ge"), (end, "le")):
        if bound is not None:
            ts = pd.Timestamp(bound)
            ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
            ref = ref[getattr(ref["date"], op)(ts)]
            ext = ext[getattr(ext["date"], op)(ts).fillna(False)]
    ref = ref.sort_values("date", kind="stable").reset_index(drop=True)
    ext = ext.reset_index(drop=True)
    used: set[int] = set()
    pairs: list[dict[str, Any]] = []
    missed_idx: list[int] = []
    for i, r in ref.iterrows():
        best = None
        for j, e in ext.iterrows():
            if j in used:
                continue
            same = r["event_type"] == e["event_type"] or (
                related_types and _FAMILY[r["event_type"]] == _FAMILY[e["event_type"]])
            if not same:
                continue
            gap = _same_when(r["date"], "day", e["date"], e["date_precision"], tolerance_days)
            if gap is None:
                continue
            agrees = counts_compatible((r.get("count"), r.get("count_qualifier")),
                                       (e.get("count"), e.get("count_qualifier")))
            score = (gap, not agrees)
            if best is None or score < best[0]:
                best = (score, j, gap, agrees)
        if best is None:
            missed_idx.append(i)
            continue
        _, j, gap, agrees = best
        used.add(j)
        pair = {f"ref_{k}": v for k, v in r.items()}
        pair.update({f"ext_{k}": v for k, v in ext.loc[j].items()})
        pair["days_apart"] = gap
        pair["count_agrees"] = agrees
        pairs.append(pair)
    matched = pd.DataFrame(pairs)
    missed = ref.loc[missed_idx].reset_index(drop=True)
    extra = ext.loc[[j for j in range(len(ext)) if j not in used]].reset_index(drop=True)
    precision = len(pairs) / len(ext) if len(ext) else float("nan")
    recall = len(pairs) / len(ref) if len(ref) else float("nan")
    f1 = (2 * precision * recall / (precision + recall)
          if precision and recall and precision + recall else float("nan"))
    return ReferenceComparison(matched, missed, extra, precision, recall, f1)


def labels_to_events(labels: pd.DataFrame, key: str = "file") -> pd.DataFrame:
    """Explode an answer key's JSON ``events`` column into one row per labelled event.

    Parameters
    ----------
    labels : pandas.DataFrame
        LABELS table (``events`` holds a JSON list of ``{type, date, count,
        qualifier, cumulative, modality}``).
    key : str
        Column identifying the article.

    Returns
    -------
    pandas.DataFrame
        Columns ``key, event_type, date, date_precision, count,
        count_qualifier, cumulative, modality``.
    """
    rows = []
    for k, raw in zip(labels[key], labels["events"], strict=True):
        if raw is None or (not isinstance(raw, list) and pd.isna(raw)):
            continue
        items = json.loads(raw) if isinstance(raw, str) else raw
        for item in items:
            when = item.get("date")
            precision = None
            if when:
                precision = {4: "year", 7: "month"}.get(len(str(when)), "day")
            rows.append({
                "key": k,
                "event_type": item.get("type"),
                "date": pd.Timestamp(str(when)).tz_localize("UTC") if when else pd.NaT,
                "date_precision": precision,
                "count": item.get("count"),
                "count_qualifier": item.get("qualifier") or (
                    "exact" if item.get("count") is not None else None),
                "cumulative": bool(item.get("cumulative", False)),
                "modality": item.get("modality") or "reported",
            })
    out = pd.DataFrame(rows, columns=["key", "event_type", "date", "date_precision", "count",
                                      "count_qualifier", "cumulative", "modality"])
    out["count"] = out["count"].astype("Int64")
    out["date"] = pd.to_datetime(out["date"], utc=True)
    return out


def _norm_count(v: Any) -> int | None:
    return None if v is None or pd.isna(v) else int(v)


def _norm_qual(count: Any, q: Any) -> str | None:
    if count is None or pd.isna(count):
        return None
    return q if isinstance(q, str) else "exact"


def score_mentions(predicted: pd.DataFrame, expected: pd.DataFrame, *,
                   key: str = "key", tolerance_days: int = 1) -> dict[str, Any]:
    """Precision and recall of extracted mentions against labelled events, per article.

    Both tables have a ``key`` column naming the article. Within an article,
    repeated mentions of the same event are counted once. A predicted event
    matches a labelled one when type, ``cumulative`` and ``modality`` are
    equal, count and qualifier are equal, and the dates agree within
    ``tolerance_days`` (a month- or year-precision label is compared at
    that precision; an undated label matches only an undated prediction).

    Returns
    -------
    dict
        ``precision``, ``recall``, ``tp``, ``n_predicted``, ``n_expected``,
        and ``misses`` / ``extras`` (lists of dicts) to inspect.
    """
    def dedup(frame: pd.DataFrame) -> list[dict[str, Any]]:
        seen = set()
        out = []
        for rec in frame.to_dict("records"):
            when = rec.get("date")
            when = None if when is None or pd.isna(when) else pd.Timestamp(when)
            count = _norm_count(rec.get("count"))
            sig = (rec[key], rec["event_type"], when, rec.get("date_precision") if when else None,
                   count, _norm_qual(count, rec.get("count_qualifier")),
                   bool(rec.get("cumulative")), rec.get("modality") or "reported")
            if sig in seen:
                continue
            seen.add(sig)
            out.append(dict(zip(("key", "event_type", "date", "date_precision", "count",
                                 "count_qualifier", "cumulative", "modality"), sig, strict=True)))
        return out

    pred = dedup(predicted)
    exp = dedup(expected)
    used: set[int] = set()
    misses = []
    for e in exp:
        hit = None
        for j, p in enumerate(pred):
            if j in used or p["key"] != e["key"]:
                continue
            if (p["event_type"], p["cumulative"], p["modality"], p["count"],
                    p["count_qualifier"]) != (e["event_type"], e["cumulative"], e["modality"],
                                              e["count"], e["count_qualifier"]):
                continue
            if e["date"] is None:
                ok = p["date"] is None
            else:
                ok = _same_when(e["date"], e["date_precision"], p["date"],
                                p["date_precision"] or "day", tolerance_days) is not None
                if ok and e["date_precision"] == "day" and p["date_precision"] not in ("day",):
                    ok = False
            if ok:
                hit = j
                break
        if hit is None:
            misses.append(e)
        else:
            used.add(hit)
    tp = len(used)
    extras = [p for j, p in enumerate(pred) if j not in used]
    return {
        "precision": tp / len(pred) if pred else float("nan"),
        "recall": tp / len(exp) if exp else float("nan"),
        "tp": tp, "n_predicted": len(pred), "n_expected": len(exp),
        "misses": misses, "extras": extras,
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
