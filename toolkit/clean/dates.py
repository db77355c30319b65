"""Reading calendar dates written in headers, bylines, URLs and page text.

Month and weekday names come from :func:`toolkit.languages.month_names` and
:func:`~toolkit.languages.weekday_names` (CLDR through babel, completed by
``months.tsv`` / ``weekdays.tsv``) for every language with data; ordinal
endings ("13th"), date labels ("Published:"), prepositions ("on", "at") and
year words ("2025 г.") are per-language lists too. Nothing here names a
language.

Two readers share those names:

- :func:`header_date` reads a line that is only a date (with a label and a
  clock time), or a date inside a header line, for page dumps. Numeric dates
  such as 05/07/2024 are read day first unless ``day_first=False``; a date
  that can only be month first (07/13/2024) is read so.
- :func:`text_date` finds the first date in running text or markup values,
  for HTML pages ("31.05.2012", "2012-05-31", "31 May 2012", "May 31, 2012",
  "31. Mai 2012", "31 de mayo de 2012").
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from toolkit.clean.vocab import (
    DATE_LABELS,
    DATE_PREPOSITIONS,
    alternation,
    phrases,
    weekday_names_all,
)
from toolkit.languages import month_names_all, table_all

__all__ = [
    "CLOCK_TIME",
    "COPYRIGHT_YEAR",
    "DATE_PHRASE",
    "MONTHS",
    "TEXT_DATE",
    "HEAD_LINE_PART",
    "WEEKDAY_CYCLE_YEARS",
    "YEAR",
    "YEAR_MARKS",
    "header_date",
    "stated_months",
    "text_date",
    "to_datetime",
    "url_date",
    "ymd",
]

#: Month names of every language with data (lower case) -> month number.
MONTHS: dict[str, int] = month_names_all()
_MONTH = alternation(MONTHS)
_MONTH_RE = rf"{_MONTH}\.?"
_WEEKDAY = alternation(weekday_names_all())
_ORDINAL = alternation(phrases("ordinal_suffixes"))
_YEAR_WORD = alternation(phrases("year_words"))
_DAY_WORD = alternation(phrases("day_words"))
_PARTICLE = alternation(phrases("date_particles"))
_DAY_RE = rf"(?:[0-3]?\d)(?:{_ORDINAL})?"
# "2025年12月14日": numbers each followed by its unit mark (date_unit_marks.tsv)
_UNIT = {part: alternation(m for m, p in table_all("date_unit_marks").items() if p == part)
         for part in ("year", "month", "day", "hour", "minute")}
#: The marks written after a year's number ("2025年"), to put a year before a year-less
#: date written with unit marks ("12月28日").
YEAR_MARKS: tuple[str, ...] = tuple(m for m, p in table_all("date_unit_marks").items() if p == "year")
#: A year written in digits ("2020", "In 2025").
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
#: A day of the year falls on every weekday within this many years: the years to try
#: for a year-less date written with its weekday.
WEEKDAY_CYCLE_YEARS = 12
#: The parts of a head line shared with other chrome ("četvrtak, 11. rujna | Pratite s
#: nama", "EN DIRECT · jeudi 6 novembre · mis à jour à 16h48").
HEAD_LINE_PART = re.compile(r"\s+[|•·]\s+")
#: A clock time on a date line ("11:20", "7h15", "21時30分").
CLOCK_TIME = re.compile(rf"(?<!\d)\d{{1,2}}(?:[:.h]|{_UNIT['hour']})\d{{2}}(?!\d)")
#: "Dec. 12", "12 December", "13 декабря 2025", "21.jūnijs", "13 de diciembre": a date phrase as datelines
#: carry it (use inside ``(?i:...)``).
DATE_PHRASE = (rf"(?:{_MONTH_RE}\s+{_DAY_RE}(?:\s*{_DAY_WORD}(?!\w))?"
               rf"|{_DAY_RE}(?:\.\s*|\s+)(?:{_PARTICLE}\s+)?{_MONTH_RE})"
               rf"(?:,?\s+(?:{_PARTICLE}\s+)?\d{{4}})?")
#: A line that is only a date phrase, maybe with its weekday before or after it
#: ("Penktadienis, rugsėjo 12 d.", "gruodžio 14 d., sekmadienis", "14 декабря, воскресенье").
YEARLESS_DATE_LINE = re.compile(rf"(?:(?:{_WEEKDAY})\.?\s*,?\s*)?(?:{DATE_PHRASE})"
                                rf"(?:\s*,?\s*(?:{_WEEKDAY})\.?)?\s*$", re.I)
#: The year of a page's copyright line ("© 2025 Northfield Media", "Copyright ©
#: 2019–2025", "© Northfield Media 2025"; of a span, its last year).
COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|\bcopyright\b)\s*(?:[^\n\d]{0,40}?)"
                            r"(?:(?:19|20)\d\d\s*[–-]\s*)?((?:19|20)\d\d)\b", re.IGNORECASE)
# A month with its year in running text ("since July 2024", "desde julio de 2024",
# "od lipca 2024 roku", "nuo 2024 m. liepos", "2024年7月").
_STATED_MONTH = re.compile(
    rf"(?<!\w)(?P<month>{_MONTH})\.?\s+(?:{_PARTICLE}\s+)?(?P<year>(?:19|20)\d{{2}})(?!\d)"
    rf"|(?<!\d)(?P<year2>(?:19|20)\d{{2}})\s*(?:{_YEAR_WORD}\s*)?(?P<month2>{_MONTH})(?!\w)"
    rf"|(?<!\d)(?P<year3>(?:19|20)\d{{2}})\s*{_UNIT['year']}\s*(?P<month3>[01]?\d)\s*{_UNIT['month']}",
    re.I)


def stated_months(text: str) -> list[datetime]:
    """The first day of each month ``text`` states with its year ("since July 2024").

    Examples
    --------
    >>> [d.strftime("%Y-%m") for d in stated_months("freed since July 2024, and in 2025年3月")]
    ['2024-07', '2025-03']
    """
    out = []
    for m in _STATED_MONTH.finditer(text):
        year = int(m.group("year") or m.group("year2") or m.group("year3"))
        month = int(m.group("month3")) if m.group("month3") else _month(m.group("month") or m.group("month2"))
        if 1 <= month <= 12:
            out.append(datetime(year, month, 1, tzinfo=UTC))
    return out


# ---------------------------------------------------------------------------
# Header dates (page dumps)
# Decimal digits of other scripts read as ASCII ones: Arabic-Indic, Eastern
# Arabic-Indic (Persian, Urdu), Devanagari and full-width ("٢٢ نوفمبر ٢٠٢٥").
# "19.10.19", "2/13/25": a two-digit year after dots or slashes, in a line that is only a
# date (with its label and clock time: "Posted 2/13/25 at 6:05 PM")
_SHORT_YEAR = r"|(?<=[./])\d{2}"
# "2025 12 16 08:15" (a Lithuanian page's "Paskelbta:" line): year, month and day
# parted by spaces, in a line that is only a date
_SPACED_ISO = r"|\x20"
# "13.IV.2025": a month in Roman numerals
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_CENTURY_PIVOT = 70  # a two-digit year below it is of this century
_ASCII_DIGITS = {base + i: ord("0") + i for base in (0x0660, 0x06F0, 0x0966, 0xFF10) for i in range(10)}
_DATE_CORE = rf"""(?:(?:{_WEEKDAY})\.?\s*,?\s*)?
    (?:(?P<mname>{_MONTH_RE})\s+(?P<mday>[0-3]?\d)(?:{_ORDINAL})?,?\s+(?P<myear>\d{{4}})
      |(?P<dday>[0-3]?\d)(?:(?:{_ORDINAL})?\s+|\.\s*)(?:{_PARTICLE}\s+)?(?P<dname>{_MONTH_RE})(?:[,،]?\s+|(?<=\.))(?:{_PARTICLE}\s+)?(?P<dyear>\d{{4}})(?:\s*{_YEAR_WORD}(?!\w)|\.(?!\d))?
      |(?P<yyear>\d{{4}})\.?\s*(?:{_YEAR_WORD}\s*)?(?P<yname>{_MONTH_RE})\s+(?P<yday>[0-3]?\d)(?:\s*{_DAY_WORD}(?!\w)|\.(?!\d))?
      |(?P<iyear>\d{{4}})(?P<isep>[-/.]{_SPACED_ISO})(?P<imonth>[01]?\d)(?P=isep)(?P<iday>[0-3]?\d)
      |(?P<uyear>\d{{4}})\s*{_UNIT["year"]}\s*(?P<umonth>[01]?\d)\s*{_UNIT["month"]}\s*(?P<uday>[0-3]?\d)\s*{_UNIT["day"]}
      |(?P<rday>[0-3]?\d)\.\s?(?P<rmonth>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.\s?(?P<ryear>\d{{4}})(?:\.(?!\d))?
      |(?P<eday>[0-3]?\d)(?:[./-]|\.\s)(?P<emonth>[0-3]?\d)(?:[./-]|\.\s)(?P<eyear>\d{{4}}{_SHORT_YEAR})(?:\.(?!\d))?)"""
# A line that is only a date, with an optional label and clock time:
# "Saturday, December 13, 2025", "Published: 2024-11-05 14:20", "Updated Dec 2, 2024, 5:04 PM EST",
# its weekday maybe after it in brackets ("2025年4月13日(日) 11:20", "13.04.2025 (So.)").
_HEADER_DATE = re.compile(
    rf"""^(?:{DATE_LABELS}\s*{DATE_PREPOSITIONS}?\s*:?\s*)?
    {_DATE_CORE}
    (?:\s*,?\s*(?:{_WEEKDAY})\.?(?!\w)|\s*[(（](?:{_WEEKDAY})\.?[)）])?
    (?:\s*(?:[|,·•@–—-]|{DATE_PREPOSITIONS})?\s*\d{{1,2}}(?:[:.]|{_UNIT["hour"]})\d{{2}}{_UNIT["minute"]}?(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s*\(?[A-Z]{{1,5}}\.?\)?)?)?\s*\.?$""",
    re.I | re.X,
)
# A date inside a header line shared with other chrome:
# "WORLDPULSE24 | Thu 11 Sep 2025 | Dubai 39°C", "13/12/2025  7°C Drizzle, London".
# (four-digit years only there: "Version 2.1.19" is no date); a full stop may close the
# date's sentence ("Paskelbta 2025-05-09. Visos teisės saugomos."), not go on into digits.
_DATE_IN_LINE = re.compile(rf"(?<![\w/.-]){_DATE_CORE.replace(_SHORT_YEAR, '').replace(_SPACED_ISO, '')}(?![\w/-]|\.[\w/.-])",
                           re.I | re.X)


def header_date(line: str, anywhere: bool = False, *, day_first: bool = True) -> str | None:
    """ISO UTC midnight of a date line ("Saturday, December 13, 2025"), else None.

    Parameters
    ----------
    line : str
        One line of a page header.
    anywhere : bool
        The date may sit inside a longer header line.
    day_first : bool
        Read an ambiguous numeric date (05/07/2024) day first, as in most of
        the world; False reads it month first. A date that can only be read
        one way (07/13/2024) is read that way.

    Returns
    -------
    str or None
        ``"YYYY-MM-DDT00:00:00+00:00"``.

    Examples
    --------
    >>> header_date("Published: 05/07/2024"), header_date("05/07/2024", day_first=False)
    ('2024-07-05T00:00:00+00:00', '2024-05-07T00:00:00+00:00')
    """
    if len(line) > (120 if anywhere else 60):
        return None
    m = (_DATE_IN_LINE.search if anywhere else _HEADER_DATE.match)(line.translate(_ASCII_DIGITS))
    if not m:
        return None
    return _date_iso(m, day_first)


def _month(name: str) -> int:
    return MONTHS[name.casefold().rstrip(".")]


def _date_iso(m: re.Match[str], day_first: bool) -> str | None:
    g = m.groupdict()
    try:
        if g["mname"]:
            year, month, day = int(g["myear"]), _month(g["mname"]), int(g["mday"])
        elif g["dname"]:
            year, month, day = int(g["dyear"]), _month(g["dname"]), int(g["dday"])
        elif g["yname"]:
            year, month, day = int(g["yyear"]), _month(g["yname"]), int(g["yday"])
        elif g["rmonth"]:
            year, month, day = int(g["ryear"]), _ROMAN_MONTHS.index(g["rmonth"].upper()) + 1, int(g["rday"])
        elif g["iyear"]:
            year, month, day = int(g["iyear"]), int(g["imonth"]), int(g["iday"])
        elif g["uyear"]:
            year, month, day = int(g["uyear"]), int(g["umonth"]), int(g["uday"])
        else:
            first, second = int(g["eday"]), int(g["emonth"])
            day, month = (first, second) if day_first else (second, first)
            if month > 12 >= day:
                day, month = month, day
            year = int(g["eyear"])
            if year < 100:  # "19.10.19": a two-digit year after dots
                year += 2000 if year < _CENTURY_PIVOT else 1900
        return datetime(year, month, day, tzinfo=UTC).isoformat()
    except (KeyError, ValueError):
        return None


# ---------------------------------------------------------------------------
# Dates in running text and markup values (HTML pages)

# /2012/05/31/ or /2012-05-31 or /20120531/ in a URL path.
_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[/_.-](?P<m>0?[1-9]|1[0-2])[/_.-](?P<d>0?[1-9]|[12]\d|3[01])(?!\d)"
    r"|/(?P<y2>(?:19|20)\d{2})(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01])/"
)
#: Dates written in running text: "31.05.2012", "2012-05-31", "31 May 2012",
#: "May 31, 2012", "31. Mai 2012", "31 de mayo de 2012".
TEXT_DATE = re.compile(
    r"(?<![\d.])(?P<d1>[0-3]?\d)\.\s?(?P<m1>[01]?\d)\.\s?(?P<y1>(?:19|20)\d{2})(?!\d)"
    r"|(?<!\d)(?P<y2>(?:19|20)\d{2})-(?P<m2>[01]\d)-(?P<d2>[0-3]\d)(?!\d)"
    rf"|(?<!\d)(?P<d3>[0-3]?\d)(?:\.|{_ORDINAL})?\s+(?:{_PARTICLE}\s+)?(?P<m3>{_MONTH})\.?,?\s+(?:{_PARTICLE}\s+)?(?P<y3>(?:19|20)\d{{2}})(?!\d)"
    rf"|\b(?P<m4>{_MONTH})\.?\s+(?P<d4>[0-3]?\d)(?:{_ORDINAL})?,?\s+(?P<y4>(?:19|20)\d{{2}})(?!\d)",
    re.I,
)


def ymd(y: str, m: str, d: str) -> datetime | None:
    """UTC midnight of a year, month and day given as digits, or None when invalid."""
    try:
        return datetime(int(y), int(m), int(d), tzinfo=UTC)
    except ValueError:
        return None


def text_date(text: str) -> datetime | None:
    """First calendar date written in ``text`` (any language with month names).

    Parameters
    ----------
    text : str
        Running text or an attribute value.

    Returns
    -------
    datetime or None
        UTC midnight of that day.

    Examples
    --------
    >>> text_date("Veröffentlicht am 3. März 2025 um 10:00").date().isoformat()
    '2025-03-03'
    """
    for m in TEXT_DATE.finditer(text):
        g = m.groupdict()
        if g["y1"]:
            dt = ymd(g["y1"], g["m1"], g["d1"])
        elif g["y2"]:
            dt = ymd(g["y2"], g["m2"], g["d2"])
        elif g["y3"]:
            dt = ymd(g["y3"], str(_month(g["m3"])), g["d3"])
        else:
            dt = ymd(g["y4"], str(_month(g["m4"])), g["d4"])
        if dt is not None:
            return dt
    return None


def to_datetime(value: str) -> datetime | None:
    """Parse an ISO-like or common date string to an aware datetime.

    The value's own UTC offset is kept (it fixes the calendar day the page
    states); a value without one is taken as UTC. Epoch seconds and
    milliseconds are read too; years outside 1990-2100 give None.

    Parameters
    ----------
    value : str
        A date as a page's markup gives it.

    Returns
    -------
    datetime or None
    """
    text = value.strip()
    if not text:
        return None
    if re.fullmatch(r"\d{10}(?:\d{3})?", text):  # epoch seconds or millis
        dt = datetime.fromtimestamp(int(text[:10]), tz=UTC)
        return dt if 1990 <= dt.year <= 2100 else None
    iso = text.replace("Z", "+00:00")
    if "T" not in iso and re.match(r"\d{4}-\d{2}-\d{2} \d", iso):
        iso = iso.replace(" ", "T", 1)
    iso = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", iso)
    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        dt = text_date(text)
        if dt is None:
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    if not 1990 <= dt.year <= 2100:
        return None
    return dt


def url_date(url: str | None) -> datetime | None:
    """A full date in a URL path (``/2012/05/31/``, ``/20120531/``), else None."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    if m.group("y"):
        return ymd(m.group("y"), m.group("m"), m.group("d"))
    return ymd(m.group("y2"), m.group("m2"), m.group("d2"))
