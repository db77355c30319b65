"""Lines of a page that date or tell the sentences under them: a live blog's
time-stamped entries and key-events list (:func:`stamped`), and a timeline's
elliptical entries ("4 сентября — ещё 30.") that go on telling the event of the entry
above (:func:`timeline_runs`). Read by :mod:`toolkit.events.extract`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolkit.events import prefilter as _rx
from toolkit.events.dates import DateHit
from toolkit.events.docdate import entry_date
from toolkit.events.patterns import Patterns

__all__ = ["entry_day", "stamped", "timeline_runs"]


# A live blog's time stamp: a key-event line that opens with a bullet and a clock time
# ("- 13:15 Kellogg meets Lukashenko in Minsk"), or an entry under a line that is only a
# clock time ("13:15 BST" / "Kellogg meets Lukashenko"). A page shape (a single line with
# a clock time, as a challenge item gives it, is no entry of a dated page).
_STAMPED_LINE = re.compile(r"[ \t]*[-–—•*▪][ \t]*\d{1,2}[:.]\d{2}\b")
# An entry may also open with its clock time on its own line, without a bullet ("13:30
# Bjelorusija je pustila ...", "18h40 - O Departamento ...", "16:05 | Oficialu: ...",
# "+++ 11.40 Uhr: Lukaschenko empfängt ... +++"); a point between hour and minute then
# needs a short word and a colon after it, as "12.07 – ..." is a timeline's day and month.
# Only on a page with two such lines at least: one text that opens with a clock time is a
# single report (a challenge item's "14:05 Lukashenko has pardoned ..."), no dated blog.
_INLINE_STAMP = re.compile(r"""^[ \t]*(?:\+{2,3}[ \t]*)?(?:\d{1,2}[:h]\d{2}(?![\d:.])
    |\d{1,2}\.\d{2}[ \t]*[^\W\d_]{1,5}[ \t]*:)""", re.X | re.M)
_STAMP_ONLY = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[A-Za-z.]{1,5})?[ \t]*\n")
_BULLET = re.compile(r"[ \t]*[-–—•*▪][ \t]")
# A short question that opens an entry ("Where did they go? Of the 123 people pardoned,
# nine ..."): the entry's story starts in the sentence after it.
_KICKER = re.compile(r"[ \t]*[^\n.!?？؟]{1,60}[?？؟][ \t]*")
# How many lines above a bullet the heading of its list ("Key events") is looked for.
_LIST_LINES = 12


def stamped(text: str, start: int, pats: Patterns) -> bool:
    """Whether the sentence at ``start`` opens a time-stamped entry of a live blog (its
    first sentence: a background sentence further on may tell an older event), or a
    bullet of the blog's key-events list (the language's ``key_events`` heading).

    Parameters
    ----------
    text : str
        The whole page.
    start : int
        Where the sentence starts in ``text``.
    pats : Patterns
        The language's patterns (``key_events``).

    Returns
    -------
    bool
    """
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip(" \t-–—•*▪") and not _KICKER.fullmatch(text, line, start):
        return False  # not the entry's first sentence, nor the one after its question
    if _STAMPED_LINE.match(text, line) or _INLINE_STAMP.match(text, line) and _inline_blog(text):
        return True
    end = line - 1
    while end > 0 and text[end - 1] in " \t\n":  # a page reader's blank lines
        end -= 1
    above = text.rfind("\n", 0, end) + 1
    if line > 0 and _STAMP_ONLY.fullmatch(text, above, end + 1):
        return True
    if not _BULLET.match(text, line):
        return False
    for _ in range(_LIST_LINES):  # up the list, past its other bullets, to its heading
        if line <= 0:
            return False
        end = line - 1
        line = text.rfind("\n", 0, end) + 1
        row = text[line:end].strip()
        if row and not _BULLET.match(text, line):
            return bool(_rx.search(pats.key_events, row))
    return False


@lru_cache(maxsize=8)
def _inline_blog(text: str) -> bool:
    """Whether two lines of ``text`` open with a clock time (a live blog's entries)."""
    return sum(1 for _ in zip(range(2), _INLINE_STAMP.finditer(text), strict=False)) == 2


def entry_day(text: str, start: int, pats: Patterns) -> DateHit | None:
    """The date a bulleted timeline entry opens with, for a later sentence of the entry
    ("- 11 September 2025: Coale meets Lukashenko in Minsk. 52 prisoners are released."),
    else None.

    Parameters
    ----------
    text : str
        The whole page.
    start : int
        Where the sentence starts in ``text``.
    pats : Patterns
        The language's patterns.

    Returns
    -------
    DateHit or None
    """
    line = text.rfind("\n", 0, start) + 1
    if not text[line:start].strip() or not _BULLET.match(text, line):
        return None
    end = text.find("\n", start)
    return entry_date(text[line:len(text) if end < 0 else end], pats)


# A timeline entry opens its line with its date, and a dash follows the date soon
# ("4 сентября — ещё 30.", "16 сентября, накануне Дня народного единства, — 37.").
_ENTRY_DASH = re.compile(r"[^\n]{0,60}?\s[—–-]\s")


def _asks_for_list(lead: str, pats: Patterns) -> bool:
    """Whether ``lead`` ends with a colon right after the language's demand cue ("calls on
    the government of Nicaragua to:"): the list under it says what is demanded."""
    lead = lead.rstrip()
    demanded = dict(pats.modality).get("demanded")
    return lead.endswith(":") and demanded is not None and \
        _rx.search(demanded, lead[:-1].rstrip()) is not None


def timeline_runs(text: str, spans: list[tuple[int, int]], pats: Patterns, lowered: str,
                  folded: str) -> list[tuple[int, int, bool]]:
    """``spans`` with the elliptical entries of a timeline joined to the entry before,
    each with whether it holds a trigger's keyword (``trigger_keywords``).

    A line that opens with its date and a dash and names no event ("4 сентября — ещё
    30.") goes on telling the event of the entry above it ("16 августа — помилованы 30
    человек."), also across a blank line (a page reader gives every line a paragraph of
    its own): it joins that entry's sentence, where its line break stands as a clause
    break for the language's further-happening counts (``own_event``).

    Parameters
    ----------
    text : str
        The whole page.
    spans : list of (int, int)
        Its sentences.
    pats : Patterns
        The language's patterns.
    lowered, folded : str
        ``text`` lower-cased, and folded for the pre-filter (:func:`prefilter.fold`).

    Returns
    -------
    list of (int, int, bool)
        Start, end and whether a trigger's keyword stands in it.
    """
    out: list[tuple[int, int, bool]] = []
    told = False  # the last kept span is a dated entry that names an event

    def entry(start: int, end: int) -> bool:
        return (start == 0 or text[start - 1] == "\n") and bool(
            _ENTRY_DASH.match(text, start, end)) and entry_date(text[start:end], pats) is not None

    for start, end in spans:
        names = _rx.exists(pats.trigger_keywords, lowered, start, end, folded=folded)
        if out and _BULLET.match(text, start, end) and _asks_for_list(text[out[-1][0]:out[-1][1]],
                                                                      pats):
            # "calls on the authorities to:" / "- release all political prisoners ...": the
            # list's first entry completes the demand of its lead-in
            out[-1] = (out[-1][0], end, names or out[-1][2])
            told = False
            continue
        if not names and told and not text[out[-1][1]:start].strip() and entry(start, end):
            out[-1] = (out[-1][0], end, True)
            continue
        out.append((start, end, names))
        told = names and entry(start, end)
    return out
