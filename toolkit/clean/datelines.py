"""Datelines: "VILNIUS, LITHUANIA:", "MINSK, Belarus (AP) —", "LONDON (Reuters) -",
"KYIV, Ukraine, Dec. 12 (Reuters) -", "МИНСК, 13 декабря. /ТАСС/.", "(AP) —",
"مينسك - 22 نوفمبر (وكالة) -" (a place in a script without letter case, then an agency),
"مينسك في 22 نوفمبر (وكالة) -" (such a place, a date preposition, a date and an agency),
"Viļņa, 21.jūnijs, LETA." (place, date, agency in capitals, full stop),
"Madrid, 22 nov (Iberpress)." (place, date, agency in brackets, full stop),
"KYIV/MOSCOW, Dec 13 (Reuters) -" (two places a slash joins).

The shapes are general (capitals, brackets, slashes, dashes); the words are
data: month names through :mod:`.dates`, all-capitals labels that are not
places ("UPDATE:") in ``kickers.txt``, agencies in ``wire_agencies.csv``.
"""

from __future__ import annotations

import re

from toolkit.clean.dates import DATE_PHRASE
from toolkit.clean.text import UPPER, caseless
from toolkit.clean.vocab import DATE_PREPOSITIONS
from toolkit.clean.wire import wire_name
from toolkit.languages import words_all

__all__ = ["KICKERS", "dateline_date", "dateline_wire", "split_dateline", "strip_datelines"]

_CAPS_WORD = rf"[{UPPER}][{UPPER}'’.\-]+"
_TITLE_WORD = rf"[{UPPER}][\w'’.\-]*"
_REGION = rf"(?:,\s*{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,3}})"


def _agency_group(n: int) -> str:
    # "(AP)" or "/TASS/": the agency after a dateline, in named groups a{n}, b{n}
    return rf"(?:\s*\((?P<a{n}>[^()\n]{{2,40}})\)|\s*/(?P<b{n}>[^/\n]{{2,40}})/\.?)"


_DL_SEP = r"\s*\.?\s*(?:[—–]|-{1,2}|:)\s*"  # "(EFE).-" too
_DATELINE = re.compile(
    rf"""^(?:
        (?P<caps>{_CAPS_WORD}(?:(?:\s+|/){_CAPS_WORD}){{0,3}}{_REGION}{{0,2}})
            (?:,\s*(?i:{DATE_PHRASE}))?\.?{_agency_group(1)}?{_DL_SEP}
      | (?P<titled>{_TITLE_WORD}(?:(?:\s+|/){_TITLE_WORD}){{0,3}}{_REGION}{{0,2}})
            (?:,\s*(?i:{DATE_PHRASE}))?\.?{_agency_group(2)}{_DL_SEP}
      | \((?P<agency3>[^()\n]{{2,40}})\){_DL_SEP}
      | (?P<slashed>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}{_REGION}{{0,2}})
            (?:,\s*(?i:{DATE_PHRASE}))?\.?\s*/(?P<b3>[^/\n]{{2,40}})/\.?(?:{_DL_SEP}|\s+)
      | (?P<titled5>{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,3}}),\s*(?i:{DATE_PHRASE}),\s*
            (?P<a5>[{UPPER}]{{2,}}(?:[-\s][{UPPER}]{{2,}})?)\.\s
      | (?P<caseless>[^\W\d_]+(?:\s[^\W\d_]+){{0,2}})(?:\s*(?:[—–-]|[,،])\s*
            (?:(?i:{DATE_PHRASE})(?:/[^()/\n]{{1,20}})?\s*)?
            | \s+(?:{DATE_PREPOSITIONS})\s+(?i:{DATE_PHRASE})(?:/[^()/\n]{{1,20}})?\s*)
            {_agency_group(4)}{_DL_SEP}
      | (?P<titled6>{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,3}}{_REGION}{{0,2}}),\s*(?i:{DATE_PHRASE})
            \s*\((?P<a6>[^()\n]{{2,40}})\)\.(?:\s+|$)
    )""",
    re.X,
)
_DATE_IN_DATELINE = re.compile(rf"(?i:{DATE_PHRASE})")
_LEADING_AGENCY = re.compile(rf"^\([^()\n]{{2,40}}\){_DL_SEP}(?={_CAPS_WORD})")
#: All-capitals labels that open a paragraph like a dateline but are not places.
KICKERS = frozenset(k.upper() for k in words_all("kickers"))


def split_dateline(paragraph: str) -> tuple[str | None, str | None, str]:
    """Split a dateline off the start of a paragraph.

    A dateline is an all-capitals place (optionally with region, date and
    agency) ended by a colon or a dash, or a place in any case followed by
    an agency in brackets. All-capitals labels such as "UPDATE:" are not
    places.

    Parameters
    ----------
    paragraph : str
        One paragraph.

    Returns
    -------
    tuple
        ``(place, agency, rest)``; ``place`` and ``agency`` are None when
        absent, and ``rest`` is the paragraph without the dateline.

    Examples
    --------
    >>> split_dateline("VILNIUS, LITHUANIA: Belarus freed 123 prisoners.")
    ('VILNIUS, LITHUANIA', None, 'Belarus freed 123 prisoners.')
    >>> split_dateline("LONDON (Reuters) - Talks ended.")
    ('LONDON', 'Reuters', 'Talks ended.')
    >>> split_dateline("Speaking in Minsk, Coale said: yes.")
    (None, None, 'Speaking in Minsk, Coale said: yes.')
    """
    m = _DATELINE.match(paragraph)
    if not m:
        return None, None, paragraph
    place = (m.group("caps") or m.group("titled") or m.group("slashed") or m.group("titled5")
             or m.group("caseless") or m.group("titled6"))
    if m.group("caseless") and not caseless(place):
        return None, None, paragraph  # a place in a script without letter case only
    agency_text = next(filter(None, (m.group(g) for g in
                                     ("a1", "b1", "a2", "b2", "agency3", "b3", "a4", "b4", "a5", "a6"))), None)
    if place:
        first = place.split(",")[0].split()[0].strip(".")
        if first.upper() in KICKERS or (not m.group("titled") and len(first.replace(".", "")) < 3 and not agency_text):
            return None, None, paragraph
        place = place.strip().rstrip(",")
        last = place.rsplit(None, 1)[-1].rsplit(",", 1)[-1]
        if last.endswith(".") and last.count(".") == 1 and len(last) > 6:
            place = place[:-1]  # a full stop after a name; "Wash." and "N.Y." keep theirs
    agency = wire_name(agency_text) if agency_text else None
    if m.group("agency3") and agency is None:
        return None, None, paragraph
    rest = paragraph[m.end() :].lstrip()
    if not rest and not agency_text and m.group(0).rstrip().endswith(":"):
        return None, None, paragraph  # "NOTE:" alone on a line is a label, not a dateline
    return place, agency or (agency_text.strip() if agency_text else None), rest


def dateline_date(paragraph: str) -> str | None:
    """The date a dateline opening ``paragraph`` carries, as written, or None.

    Examples
    --------
    >>> dateline_date("VILNIUS, Dec 12 (Northline) - Belarus freed 14 prisoners.")
    'Dec 12'
    >>> dateline_date("KYIV, Ukraine, Dec. 12, 2025 (Reuters) - Talks ended.")
    'Dec. 12, 2025'
    >>> dateline_date("LONDON (Reuters) - Talks ended.") is None
    True
    """
    # a doubled dateline, its agency unknown: "(Italnews) - VILNIUS, 13 DIC - ..."
    paragraph = _LEADING_AGENCY.sub("", paragraph, count=1)
    for _ in range(3):
        place, agency, rest = split_dateline(paragraph)
        if not (place or agency):
            return None
        found = _DATE_IN_DATELINE.search(paragraph[: len(paragraph) - len(rest)])
        if found:
            return found.group(0)
        paragraph = rest
    return None


def strip_datelines(paras: list[str], i: int) -> tuple[str | None, str | None]:
    """Strip the dateline opening ``paras[i]`` in place; return (place, agency).

    A dateline alone on its line is dropped with its line, and a doubled
    dateline ("(AP) — MINSK, Belarus (AP) —"), on one line or two, goes whole.
    """
    place = agency = None
    for _ in range(4):
        if i >= len(paras):
            break
        p, a, rest = split_dateline(paras[i])
        if not (p or a):
            break
        place, agency = place or p, agency or a
        if rest:
            paras[i] = rest
        else:
            paras.pop(i)
    return place, agency


def dateline_wire(agency: str | None) -> str | None:
    """The agency a dateline credits: a known one by its usual name, another
    as written when it is shaped like a name ("(CP)", "(Baltic Wire)")."""
    if not agency:
        return None
    known = wire_name(agency)
    if known:
        return known
    agency = agency.strip()
    # capitalised, or in a script without letter case ("(وكالة الأنباء)")
    named = agency[:1].isupper() or caseless(agency[:1])
    if len(agency.split()) <= 4 and named and agency.split()[0].upper() not in KICKERS:
        return agency
    return None
