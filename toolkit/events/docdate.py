"""The date of a document that has no publication date.

Saved pages and exports often lack a publication date. Relative and
year-less dates ("on Saturday", "on December 13", "on Sept. 11") then have
nothing to resolve against, so the document's own date is inferred, in
this order:

``dateline``
    a full date in the dateline ("KYIV, Ukraine, Dec. 12, 2025 (Reuters) -"),
    given as the article's ``dateline`` field or standing at the head of
    the text before its dash or colon;
``visible_date``
    the first short line that holds a full date ("13 December 2025",
    "Published 12.12.2025"), as pages show it near the title or byline
    (in a page dump it often follows the site's menus, so it is looked for
    in every line, not only the first ones); a day and month without a year
    that the lead calls today ("Сегодня, 28 декабря, ...") is one more clue
    of this kind, with the latest year the page states (its copyright line,
    a year heading, a full date);
``latest_date_in_text``
    the latest full date (day, month and year) the text states; a day and
    month under a year heading of a timeline ("2025" on its own line, then
    "2 July - 16 pardoned") take the heading's year (:func:`year_sections`).

The name of the inference becomes the ``date_basis`` of every mention
dated with its help.

A page that has a publication date may still tell its story from an
earlier day: an aggregator reposts wire copy days later, and its dateline
("VILNIUS, Sept 11 (Northline) -") keeps the story's day. Its "yesterday"
and "on Thursday" count from that day (:func:`story_day`).
"""

from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd

from toolkit.clean.datelines import dateline_date
from toolkit.clean.dates import COPYRIGHT_YEAR, WEEKDAY_CYCLE_YEARS, YEAR
from toolkit.clean.text import paragraphs
from toolkit.clean.vocab import alternation, weekday_names_all
from toolkit.events import prefilter as _rx
from toolkit.events.dates import DateHit, find_dates
from toolkit.events.patterns import Patterns

__all__ = ["ANCHORS", "document_date", "entry_date", "lead_dates", "story_day", "with_year",
           "year_sections"]

#: The inferences, in the order they are tried (the ``date_basis`` values they give).
ANCHORS = ("dateline", "visible_date", "latest_date_in_text")

# The head of a text that may hold a dateline: up to its first dash or colon.
_HEAD = re.compile(r"^[^\n]{0,120}?(?:\s[—–-]\s|:\s|\)\s*[—–-])")
# A dateline opens the lead, among the first paragraphs of a saved page's text.
_LEAD_PARAGRAPHS = 6
_LEAD_CHARS = 3000  # and within the text's first characters (no need to split the rest)
# A repost keeps its story's day at most this long after it; a dateline further back
# is more likely a misread than a story held for weeks.
_REPOST_DAYS = 31
# A timeline's year heading: a line that is a year and nothing else ("2025", "2024:").
_YEAR_HEADING = re.compile(r"^[ \t]*((?:19|20)\d\d)[ \t]*:?[ \t]*$", re.MULTILINE)
# A timeline entry opens with its date ("16 August - ...", "Aug. 16: ..."): within this
# many characters of its line's start, and within the line's first characters.
_ENTRY_DATE_AT = 3
_ENTRY_CHARS = 60
# A line this short that holds a full date is a visible date line. On the extraction
# bench's real pages (benchmarks/docdate.py, development half of the page dumps) taking
# the first such line anywhere gave 0.50 right and 0.14 wrong, against 0.43 and 0.21
# when only the first four lines were read.
_VISIBLE_MAX_CHARS = 48
# "Сегодня, 28 декабря": the day word and the date it names are this close.
_TODAY_GAP = 3
# Days from the day the lead names to the page's day: "today" is the page's, "yesterday"
# the day before it.
_DAYS_BACK = {"today": 0, "yesterday": 1}
# A weekday written right before a year-less date ("Samedi 13 décembre", "zondag 28 december").
_WEEKDAY_SPAN = 16
_WEEKDAY_BEFORE = re.compile(rf"\b({alternation(weekday_names_all())})\.?,?\s+$", re.IGNORECASE)
# A weekday name, as it may stand between the day word and the date.
_WEEKDAY_WORD = re.compile(rf"\b(?:{alternation(weekday_names_all())})\b\.?", re.IGNORECASE)


def _day_hits(text: str, pats: Patterns) -> list[DateHit]:
    """The dates of ``text`` that name a day ("Nov 22", "22 ноября")."""
    return [h for h in find_dates(text, pats) if h.kind == "absolute" and h.precision == "day"]


def _full_dates(text: str, pats: Patterns) -> list[DateHit]:
    """The day dates of ``text`` that state their year."""
    return [h for h in _day_hits(text, pats) if h.parts.get("year")]


def _day(hit: DateHit) -> pd.Timestamp | None:
    values, _ = hit.resolve(None)
    return values[0][0] if values else None


def document_date(text: str, pats: Patterns, dateline: str | None = None
                  ) -> tuple[pd.Timestamp | None, str | None]:
    """Infer the date of a document from its dateline, a visible date or its latest date.

    Parameters
    ----------
    text : str
        Article body.
    pats : Patterns
        The patterns of the article's language (:func:`load_patterns`).
    dateline : str, optional
        The article's dateline field, when the loader split it off.

    Returns
    -------
    (pandas.Timestamp or None, str or None)
        Midnight UTC of the inferred day and the name of the inference
        (one of :data:`ANCHORS`), or ``(None, None)``.
    """
    head = _HEAD.match(text)
    for candidate in (dateline or "", head.group(0) if head else ""):
        hits = _full_dates(candidate, pats)
        if hits:
            return _day(hits[0]), "dateline"
    for line in text.splitlines():
        line = line.strip()
        if line and len(line) <= _VISIBLE_MAX_CHARS:
            hits = _full_dates(line, pats)
            if hits and not _tells_event(line, hits[0], pats):
                return _day(hits[0]), "visible_date"
    own = _today_day(text, pats)
    if own is not None:
        return own, "visible_date"
    days = [d for d in (_day(h) for h in _full_dates(text, pats)) if d is not None]
    for start, end, year in year_sections(text, pats):
        days += [d for h in find_dates(text[start:end], pats) if h.kind == "absolute"
                 and h.precision == "day" and (d := _day(with_year(h, year))) is not None]
    days += _weekday_dates(text, pats)
    if days:
        return _this_weekday(text, pats, max(days)), "latest_date_in_text"
    return None, None


def _this_weekday(text: str, pats: Patterns, latest: pd.Timestamp) -> pd.Timestamp:
    """The page's day from its latest date and the weekday it calls this one ("Ce mardi,
    plusieurs ONG ont appelé ...", "an diesem Dienstag"; ``today_weekday`` of the
    pattern file): the first such weekday on or after ``latest``; else ``latest``."""
    m = _rx.search(pats.today_weekday, text)
    if m is None or not m.groupdict().get("weekday"):
        return latest
    weekday = pats.weekdays.get(m.group("weekday").casefold())
    return latest if weekday is None else latest + pd.Timedelta(days=(weekday - latest.weekday()) % 7)


def _weekday_dates(text: str, pats: Patterns) -> list[pd.Timestamp]:
    """The year-less dates the text writes with their weekday ("Samedi 13 décembre,
    Alexandre Loukachenko a gracié ..."), each on the first year, from the latest one
    the page states, on which it falls on that weekday."""
    years = None
    days = []
    for hit in find_dates(text, pats):
        if hit.kind != "absolute" or hit.precision != "day" or hit.parts.get("year") \
                or not hit.parts.get("month"):
            continue
        named = _WEEKDAY_BEFORE.search(text, max(0, hit.start - _WEEKDAY_SPAN), hit.start)
        if named is None:
            continue
        years = _stated_years(text, pats) if years is None else years
        if not years:
            return []
        weekday = weekday_names_all()[named.group(1).rstrip(".").casefold()]
        if (day := _weekday_year_day(hit, weekday, years[:1])) is not None:
            days.append(day)
    return days


def _stated_years(text: str, pats: Patterns) -> list[int]:
    """The years a page states of itself: its copyright line, year headings, full dates."""
    years = {int(m.group(1)) for m in COPYRIGHT_YEAR.finditer(text)}
    years |= {int(m.group(1)) for m in _YEAR_HEADING.finditer(text)}
    years |= {h.parts["year"] for h in _full_dates(text, pats)}
    return sorted(years, reverse=True)


def _today_day(text: str, pats: Patterns) -> pd.Timestamp | None:
    """A day that the lead calls today or yesterday ("Сегодня, 28 декабря, ...",
    "Today, 28 December,", "Yesterday, Saturday 28 December 2024,"): the page's day is
    that day, or the day after it; a day without a year takes the latest year the page
    states. Else None."""
    years = None
    for para in paragraphs(text[:_LEAD_CHARS])[:_LEAD_PARAGRAPHS]:
        hits = find_dates(para, pats)
        for a, b in zip(hits, hits[1:], strict=False):
            back = [_DAYS_BACK[_day_word(h)] for h in (a, b) if h.kind == "relative"
                    and _day_word(h) in _DAYS_BACK]
            date = [h for h in (a, b) if h.kind == "absolute" and h.precision == "day"
                    and h.parts.get("month")]
            # a weekday may stand between ("Yesterday, Saturday 28 December 2024")
            gap = _WEEKDAY_WORD.sub("", para[a.end:b.start], count=1)
            if not (back and date) or gap.strip(" ,") or len(gap) > _TODAY_GAP:
                continue
            named = _WEEKDAY_WORD.search(para[a.end:b.start])
            if date[0].parts.get("year"):
                day = _day(date[0])
            elif named:
                years = _stated_years(text, pats) if years is None else years
                day = _weekday_year_day(date[0], weekday_names_all()[named.group(0).rstrip(".").casefold()],
                                        years or [int(y) for y in YEAR.findall(text)])
            else:
                years = _stated_years(text, pats) if years is None else years
                day = _day(with_year(date[0], years[0])) if years else None
            if day is not None:
                return day + pd.Timedelta(days=back[0])
    return None


def _weekday_year_day(hit: DateHit, weekday: int, years: list[int]) -> pd.Timestamp | None:
    """The year-less ``hit`` on the first year, from the latest of ``years``, on which
    it falls on ``weekday`` ("Ieri, venerdì 16 agosto" on a page that names 2020 only:
    16 August 2024); None without years or when no year within a cycle fits."""
    if not years:
        return None
    for year in range(max(years), max(years) + WEEKDAY_CYCLE_YEARS):
        day = _day(with_year(hit, year))
        if day is not None and day.weekday() == weekday:
            return day
    return None


def _day_word(hit: DateHit) -> str | None:
    """"today" or "yesterday" for a relative hit that names one of them, else None."""
    resolve = hit.parts.get("resolve")
    if resolve == "shift" and hit.parts.get("unit") == "day":
        return {0: "today", -1: "yesterday"}.get(hit.parts.get("shift"))
    return resolve


def story_day(text: str, pats: Patterns, published: pd.Timestamp,
              dateline: str | None = None) -> pd.Timestamp | None:
    """The day a dated dateline gives when it is before the publication date.

    Parameters
    ----------
    text : str
        Article body.
    pats : Patterns
        The patterns of the article's language.
    published : pandas.Timestamp
        The publication date (UTC).
    dateline : str, optional
        The article's dateline field, when the loader split it off.

    Returns
    -------
    pandas.Timestamp or None
        Midnight UTC of the dateline's day ("Sept 11" takes the year that puts
        it closest before ``published``) when it is one to ``_REPOST_DAYS``
        days before the publication day; else None.

    Examples
    --------
    >>> from toolkit.events import load_patterns
    >>> pub = pd.Timestamp("2025-09-16", tz="UTC")
    >>> story_day("VILNIUS, Sept 11 (Northline) - Belarus freed 52 prisoners.",
    ...           load_patterns("en"), pub)
    Timestamp('2025-09-11 00:00:00+0000', tz='UTC')
    >>> story_day("Belarus freed 52 prisoners.", load_patterns("en"), pub) is None
    True
    """
    written = [dateline] if dateline else []
    head = paragraphs(text[:_LEAD_CHARS])[:_LEAD_PARAGRAPHS]
    written += [d for p in head if (d := dateline_date(p))]
    for candidate in written:
        hits = _day_hits(candidate, pats)
        if not hits:
            continue
        values, _ = hits[0].resolve(published)
        day = values[0][0] if values else None
        if day is not None and 0 < (published.normalize() - day).days <= _REPOST_DAYS:
            return day
        return None
    return None


def lead_dates(text: str, pats: Patterns, dateline: str | None) -> tuple[DateHit, ...]:
    """The date of a dateline the loader split off the lead, read as if it still stood
    before the lead ("MINSK, 22 November -- The president pardoned 31 ...").

    A dateline left in the text dates the sentence it opens; one the loader took into the
    article's ``dateline`` field dates that sentence the same way when it states no date
    of its own. The hits stand at the sentence's start (offset 0, no width); none when the
    dateline states no date or the text still opens with a dated dateline of its own.

    Parameters
    ----------
    text : str
        Article body.
    pats : Patterns
        The patterns of the article's language.
    dateline : str or None
        The article's dateline field, its date with it ("MINSK, 22 November").

    Returns
    -------
    tuple of DateHit
        The dateline's day-precise dates, at offset 0.

    Examples
    --------
    >>> from toolkit.events import load_patterns
    >>> [h.text for h in lead_dates("The president pardoned 31.", load_patterns("en"),
    ...                            "MINSK, Nov 22")]
    ['Nov 22']
    >>> lead_dates("MINSK, Nov 22 (AP) - The president pardoned 31.", load_patterns("en"),
    ...            "MINSK, Nov 22")
    ()
    """
    if not dateline or dateline_date(text[:_LEAD_CHARS]) is not None:
        return ()
    return tuple(replace(h, start=0, end=0) for h in _day_hits(dateline, pats))



def year_sections(text: str, pats: Patterns) -> list[tuple[int, int, int]]:
    """The stretches of a timeline that a year heading dates.

    A line that holds only a year ("2024") heads the lines after it that open
    with a date without a year ("16 August - Lukashenko pardons 30 people");
    the first line that does not ends its stretch.

    Returns
    -------
    list of (int, int, int)
        ``(start, end, year)``: character offsets in ``text`` and the year.

    Examples
    --------
    >>> from toolkit.events import load_patterns
    >>> text = "KEY DATES\\n2024\\n16 August - 30 pardoned.\\n28 December - 20 more.\\nRead more"
    >>> [(text[a:b], y) for a, b, y in year_sections(text, load_patterns("en"))]
    [('16 August - 30 pardoned.\\n28 December - 20 more.', 2024)]
    """
    if not _YEAR_HEADING.search(text):
        return []
    out = []
    for m in _YEAR_HEADING.finditer(text):
        start = end = m.end() + 1
        while end < len(text):
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            line = text[end:line_end]
            if line.strip():
                first = entry_date(line, pats)
                if first is None or first.parts.get("year"):
                    break
            end = line_end + 1
        end = min(end, len(text))
        if text[start:end].strip():
            out.append((start, end - (text[end - 1:end] == "\n"), int(m.group(1))))
    return out


# "18 January 2025 - 23 pardoned.": a timeline entry, short as a date line, tells an event
# after its date and a dash ("13 Dec 2025 - 18:05 CET" is a date line).
_ENTRY_REST = re.compile(r"\s*[—–-]\s+\S")


def _tells_event(line: str, hit: DateHit, pats: Patterns) -> bool:
    """Whether a short line is a timeline entry: its date, a dash, then an event's word."""
    return bool(_ENTRY_REST.match(line, hit.end)) and bool(
        pats.trigger_keywords.search(line[hit.end:].casefold()))


def entry_date(line: str, pats: Patterns) -> DateHit | None:
    """The date a timeline entry's line opens with ("16 August - 30 pardoned"), else None."""
    first = next(iter(find_dates(line[:_ENTRY_CHARS], pats)), None)
    return first if first is not None and first.start <= _ENTRY_DATE_AT \
        and first.kind == "absolute" else None


def with_year(hit: DateHit, year: int | None) -> DateHit:
    """``hit`` with ``year`` where it names a day or month without one."""
    if year is None or hit.kind != "absolute" or hit.parts.get("year") is not None:
        return hit
    return replace(hit, parts={**hit.parts, "year": year})
