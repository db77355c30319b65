"""Relative date words of every language, from dateparser's locale data.

dateparser keeps, for 200+ locales, the words of relative dates ("вчера",
"la semaine dernière", "hace 3 días", "w przyszłym tygodniu") generated
from CLDR plus a short hand-written file per language. This module reads
that data (``relative-type`` and ``relative-type-regex`` of each locale)
and turns it into detectors of day, week, month and year expressions, so a
language needs no relative-date patterns of its own. Resolution against
the publication day stays with :mod:`toolkit.events.dates` (weeks resolve
to their Monday with week precision, months and years to their first day).

Examples
--------
>>> [(d.unit, d.shift) for d in detectors("fr") if d.regex.search("la semaine dernière")]
[('week', -1)]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

__all__ = ["RelativeDetector", "by_cue_word", "detectors"]

# "1 day ago", "in 2 week", "0 month ago" (keys of dateparser's relative-type)
_KEY = re.compile(r"^(?:(?P<future>in) )?(?P<n>\d+|\\1) (?P<unit>day|week|month|year)"
                  r"(?P<past> ago)?$")
# dateparser's number group, with possessive quantifiers
_NUMBER_GROUP = re.compile(r"\(\\d\+\+\[\.,\]\?\\d\*\+\)")


@dataclass(frozen=True)
class RelativeDetector:
    """A relative date phrase: ``shift`` units from the publication day (None: read ``n``).

    ``sign`` is -1 for the past ("3 days ago") and +1 for the future.
    """

    regex: re.Pattern
    unit: str
    shift: int | None
    sign: int


def _phrase_regex(phrase: str) -> str:
    parts = _NUMBER_GROUP.split(phrase)
    escaped = [r"\s+".join(re.escape(w) for w in part.split()) for part in parts]
    body = r"\s*(?P<n>\d+)\s*".join(escaped)
    return rf"(?<!\w){body}(?!\w)"


@functools.lru_cache(maxsize=64)
def by_cue_word(language: str) -> dict[str, tuple[RelativeDetector, ...]]:
    """Detectors by the longest word of their phrase: a sentence without that word
    cannot match them (a cheap pre-filter)."""
    out: dict[str, list[RelativeDetector]] = {}
    for d in detectors(language):
        words = re.findall(r"[^\W\d_]+", d.regex.pattern.replace("(?P<n>", ""))
        key = max(words, key=len).casefold() if words else ""
        out.setdefault(key, []).append(d)
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=64)
def detectors(language: str) -> tuple[RelativeDetector, ...]:
    """The relative-date detectors of ``language`` (empty when dateparser lacks it).

    Parameters
    ----------
    language : str
        ISO 639-1 code.

    Returns
    -------
    tuple of RelativeDetector
        Longest phrases first, so "la semaine dernière" wins over "semaine".
    """
    try:
        from dateparser.languages.loader import default_loader

        info = default_loader.get_locale(language).info
    except (ValueError, KeyError, ImportError):
        return ()
    found: list[tuple[int, RelativeDetector]] = []
    for table in ("relative-type", "relative-type-regex"):
        for key, phrases in (info.get(table) or {}).items():
            m = _KEY.match(key)
            if m is None or not (m["future"] or m["past"]):
                continue
            sign = 1 if m["future"] else -1
            shift = None if m["n"] == "\\1" else sign * int(m["n"])
            for phrase in phrases:
                regex = re.compile(_phrase_regex(phrase), re.IGNORECASE | re.UNICODE)
                found.append((len(phrase), RelativeDetector(regex, m["unit"], shift, sign)))
    found.sort(key=lambda item: -item[0])
    return tuple(d for _, d in found)
