"""Page dates written without a year, or only in a page's lead: a dateline's day
("MINSK, 13 April (Wire) -"), a year-less head line ("zondag 13 april, 11:20",
"gruodžio 14 d., sekmadienis", "12月28日 21時30分") and a headline that opens with the day
it covers ("ОНЛАЙН 13 грудня: ..."), each given its year by the page's copyright line,
the weekday the page names, or the months it states (:mod:`toolkit.clean.pages` asks
them in turn when a page has no full date line).
"""

from __future__ import annotations

import re

from toolkit.clean.datelines import dateline_date, split_dateline
from toolkit.clean.dates import (
    CLOCK_TIME,
    COPYRIGHT_YEAR,
    DATE_PHRASE,
    HEAD_LINE_PART,
    WEEKDAY_CYCLE_YEARS,
    YEAR,
    YEAR_MARKS,
    header_date,
    stated_months,
    to_datetime,
)
from toolkit.clean.text import n_words
from toolkit.clean.vocab import alternation, weekday_names_all
from toolkit.languages import available, weekday_names

__all__ = [
    "LONG_PARAGRAPH_WORDS", "MAX_DATE_LINE_WORDS", "WEEKDAY_LED", "dateline_day", "title_day",
    "weekday_body_day", "yearless_head_day",
]

# "Mittwoch, 8. Juli 2020" at a site's top: often the day the page was seen
WEEKDAY_LED = re.compile(rf"^\W*(?:{alternation(weekday_names_all())})\b", re.I)
# ... or one that ends with it ("gruodžio 14 d., sekmadienis", "14 декабря, воскресенье")
_WEEKDAY_TAILED = re.compile(rf",?\s*\b(?:{alternation(weekday_names_all())})\W*$", re.I)
# A title that opens with the day it covers, before a colon: a live page's or a day's
# digest ("ОНЛАЙН 13 грудня: Лукашенко помилував ...", "Новости 13 декабря: ...").
_TITLE_DAY = re.compile(rf"^\W*(?:[^\W\d]+\W+){{0,3}}?(?P<date>{DATE_PHRASE})\s*:", re.I)
# Weekday names that pin a year-less dateline's year; shorter names are often other
# words in another language ("di", "so", "mar").
_WEEKDAYS = {n: d for n, d in weekday_names_all().items() if len(n) >= 5}
_WEEKDAY_WORD = re.compile(rf"(?<!\w){alternation(_WEEKDAYS)}(?!\w)", re.I)


def _named_days() -> dict[str, set[int]]:
    """Every weekday a name stands for in some language ("so": Sonntag, sobota)."""
    out: dict[str, set[int]] = {}
    for lang in available():
        for name, day in weekday_names(lang).items():
            out.setdefault(name.casefold(), set()).add(day)
    return out


_NAMED_DAYS = _named_days()
# The lead, with its dateline, is among the first paragraphs of the body, or is the
# first or second long one (a cookie notice may be the first) when a breadcrumb, a
# repeated headline, a standfirst, a byline, a caption and a "Reposted from" line come
# before it; never further down than this many units.
_DATELINE_SEARCH_UNITS = 4
_DATELINE_SEARCH_MAX = 12
_DATELINE_LONG_UNITS = 2
# A clock time and what follows it on a date line ("zondag 13 april, 11:20").
_CLOCK_TAIL = re.compile(r"[\s,·|•–—-]*\d{1,2}[:.h]\d{2}\b.*$")
# The head of a page ends at its first paragraph of this many words.
LONG_PARAGRAPH_WORDS = 25
# A date line is short: a label, the date, a clock time, an author's name.
MAX_DATE_LINE_WORDS = 14


def dateline_day(body: list[str], units: list[str], day_first: bool) -> str | None:
    """The date of the lead's dateline ("VILNIUS, Dec 12 (Wire) -").

    A dateline without a year ("13 DIC") takes the year of the page's
    copyright line ("© 2025 ..."), the last one on the page; without such a
    line, the year the lead's weekday gives (:func:`_year_by_weekday`); else
    no date.
    """
    # the lead opens the body or follows a standfirst and a caption, or chrome (a long
    # cookie notice too): the units up to the second long one, or all the first ones
    longs = [i for i, u in enumerate(body[:_DATELINE_SEARCH_MAX]) if n_words(u) >= LONG_PARAGRAPH_WORDS]
    last = longs[_DATELINE_LONG_UNITS - 1] + 1 if len(longs) >= _DATELINE_LONG_UNITS else _DATELINE_SEARCH_MAX
    at, written = next(((i, d) for i, u in enumerate(body[:max(_DATELINE_SEARCH_UNITS, last)])
                        if (d := dateline_date(u))), (None, None))
    if written is None:
        return None
    lead = body[at]
    if not split_dateline(lead)[2] and at + 1 < len(body):
        lead = f"{lead} {body[at + 1]}"  # a dateline alone on its line: the lead follows
    if d := header_date(written, day_first=day_first):
        return d
    if year := _copyright_year(units):
        return _with_year(written, year, day_first)
    return _year_by_weekday(written, lead, units, day_first)


def _copyright_year(units: list[str]) -> str | None:
    """The year of the page's last copyright line ("© 2025 ..."), else None."""
    years = [m.group(1) for u in units for m in COPYRIGHT_YEAR.finditer(u)]
    return years[-1] if years else None


def _with_year(written: str, year: int | str, day_first: bool) -> str | None:
    """A year-less date ("13 April", "balandžio 13 d.") with ``year``, written
    after it or, as some languages write it, before it."""
    return (header_date(f"{written} {year}", day_first=day_first)
            or header_date(f"{year} {written}", day_first=day_first)
            or next(filter(None, (header_date(f"{year}{mark}{written}", day_first=day_first)
                                  for mark in YEAR_MARKS)), None))


def _year_by_weekday(written: str, lead: str, units: list[str], day_first: bool,
                     own: bool = False) -> str | None:
    """A year-less dateline date ("Vilna, 21 jun (Wire).-") with the year its
    lead's one weekday ("liberaron este sábado") gives.

    The first year, from the latest one the page states, on which that day
    is that weekday. When the page states months with their years ("since
    July 2024"), the date is on or after the latest of them: of the first
    two years that allow, the one on which the date is the lead's weekday,
    else the first (the lead's "freed on Saturday" then tells of a day
    before a Sunday's dateline). With ``own``, the weekday is the date's own
    ("zondag 13 april"): only a year on which the date is that weekday is taken.
    Without a stated year or with two weekdays in the lead, None."""
    weekdays = {_WEEKDAYS[m.group(0).casefold()] for m in _WEEKDAY_WORD.finditer(lead)}
    years = [int(y) for u in units for y in YEAR.findall(u)]
    if len(weekdays) != 1 or not years:
        return None
    latest = max((d for u in units for d in stated_months(u)), default=None)
    days = [to_datetime(d) for year in range(max(years), max(years) + WEEKDAY_CYCLE_YEARS)
            if (d := _with_year(written, year, day_first))]
    days = [d for d in days if latest is None or d >= latest]
    weekday = weekdays.pop()
    same = [d for d in (days if latest is None else days[:2]) if d.weekday() == weekday]
    if same:
        return same[0].isoformat()
    return days[0].isoformat() if latest is not None and days and not own else None


def yearless_head_day(units: list[str], day_first: bool) -> str | None:
    """A year-less date line in the page's head ("zondag 13 april, 11:20",
    "lunedì 16 settembre · 21:10") with the year of the page's copyright line
    when the line's weekday falls on that day then, else the year its weekday
    gives (:func:`_year_by_weekday`). A line that is only a year-less date and a
    clock time, with no weekday ("12月28日 21時30分"), takes the copyright line's
    year, else the year of the latest month the page states with its year ("2025年6月")
    or the next one, whichever puts the date on or after that month; else None."""
    year = _copyright_year(units)
    for u in units:
        if n_words(u) >= LONG_PARAGRAPH_WORDS:
            break
        # the part that is the date ("EN DIRECT · jeudi 6 novembre · mis à jour à 16h48")
        parts = HEAD_LINE_PART.split(u)
        u = next((part for part in parts if WEEKDAY_LED.match(part)), parts[0])
        if n_words(u) > MAX_DATE_LINE_WORDS or YEAR.search(u):
            continue
        if not (WEEKDAY_LED.match(u) or _WEEKDAY_TAILED.search(u)):
            # any part may be the date and its clock ("By Anna Green | 13 April, 11:20")
            for part in parts:
                if (CLOCK_TIME.search(part) and not YEAR.search(part)
                        and (d := _clocked_head_day(part, units, year, day_first))):
                    return d
            continue
        written = _CLOCK_TAIL.sub("", u).strip(" ,·|•–—-")
        weekdays = {_WEEKDAYS[m.group(0).casefold()] for m in _WEEKDAY_WORD.finditer(written)}
        # a short name that leads the line ("Sun 13 Apr, 11:20", "So., 13. Apr.") is checked
        # against the copyright line's year only, never searched for a year of its own
        led = WEEKDAY_LED.match(written)
        short = _NAMED_DAYS.get(led.group(0).strip(" .,").casefold(), set()) if led else set()
        # the date without its weekday ("Penktadienis, rugsėjo 12 d.", "22 ноября, суббота")
        date = WEEKDAY_LED.sub("", _WEEKDAY_TAILED.sub("", written)).lstrip(" ,.").rstrip(" ,") or written
        d = _with_year(date, year, day_first) if year else None
        if d and to_datetime(d).weekday() in weekdays | short:
            return d
        if d := _year_by_weekday(date, written, units, day_first, own=True):
            return d
    return None


def title_day(title: str | None, units: list[str], day_first: bool) -> str | None:
    """The day a headline opens with before a colon ("ОНЛАЙН 13 грудня: ..."): the
    title's or, when the title found is the site's name, a line of the page's head;
    with the year of the page's copyright line when it states none; else None."""
    head = [title or ""]
    for u in units:
        if n_words(u) >= LONG_PARAGRAPH_WORDS:
            break
        head.append(u)
    m = next(filter(None, map(_TITLE_DAY.match, head)), None)
    if not m:
        return None
    if d := header_date(m.group("date"), day_first=day_first):
        return d
    year = _copyright_year(units)
    return _with_year(m.group("date"), year, day_first) if year else None


def _clocked_head_day(line: str, units: list[str], year: str | None,
                      day_first: bool) -> str | None:
    """A line that is only a year-less date and a clock time, with ``year`` (the
    copyright line's) or the year of the latest month the page states ("2025年6月")
    or the one after it, whichever puts the date on or after that month; else None. The
    clock time is left out for that ("13 April, 11:20" is 13 April 2025)."""
    line = _CLOCK_TAIL.sub("", line).strip(" ,·|•–—-") or line
    if year:
        return _with_year(line, year, day_first)
    latest = max((d for u in units for d in stated_months(u)), default=None)
    if latest is None:
        return None
    for y in (latest.year, latest.year + 1):
        if (d := _with_year(line, y, day_first)) and to_datetime(d) >= latest:
            return d
    return None


# A weekday right before a year-less date in running text ("on Monday, 23 June",
# "lundi 23 juin", "в понедельник, 23 июня").
_WEEKDAY_DATE = re.compile(rf"(?<!\w)(?P<weekday>{alternation(_WEEKDAYS)})\.?,?\s+(?P<date>{DATE_PHRASE})",
                           re.I)


# A word and a comma right before the weekday: the date is an apposition to that word.
_APPOSITION = re.compile(r"\w,\s*$")
# A line that is only a year: a timeline's year heading ("2024", "2025:").
_YEAR_LINE = re.compile(r"^\s*(?:19|20)\d\d\s*:?\s*$")


def weekday_body_day(body: list[str], units: list[str], day_first: bool) -> str | None:
    """The latest year-less date the body writes with its weekday ("Speaking to the Echo
    on Monday, 23 June, she said ..."), in the year of the page's copyright line ("(c)
    2025 Wearside Echo Media", in the foot the body no longer holds), when the date falls
    on that weekday in that year; else None. Only for a body that states no full date
    and no year heading: the events stage, which reads the body alone, then has no year
    for its year-less dates (with one, it dates the page itself, "Ce mardi" and "gisteren,
    zondag 28 december" included)."""
    year = _copyright_year(units)
    # a body that states a full date or a year heading gives the events stage a year of
    # its own, and with it the day its lead calls "today" or "this Tuesday"
    if not year or any(header_date(u, anywhere=True, day_first=day_first) or _YEAR_LINE.match(u)
                       for u in body):
        return None
    days = []
    for u in body:
        for m in _WEEKDAY_DATE.finditer(u):
            # "gisteren, zondag 28 december": an apposition to a day word ("yesterday")
            # that only the events stage reads; the page's day is not the date's
            if YEAR.search(m.group("date")) or _APPOSITION.search(u, 0, m.start()):
                continue
            d = _with_year(m.group("date"), year, day_first)
            if d and to_datetime(d).weekday() == _WEEKDAYS[m.group("weekday").casefold()]:
                days.append(d)
    return max(days) if days else None
