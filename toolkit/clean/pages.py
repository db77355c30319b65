"""Page dumps: an aggregator's page as plain text, read into one article record.

:func:`parse_text` decides by the shape of lines (length, final punctuation,
repetition, position) and by the shared language cues of :mod:`.vocab`
(teaser headings, interface lines, "Read more" markers, source links, byline
prefixes), the same cues the HTML path reads. The body then goes through
:func:`~toolkit.clean.tidy.tidy_article`.
"""

from __future__ import annotations

import re

from toolkit.clean.captions import is_name_credit_caption
from toolkit.clean.dates import (
    header_date,
    to_datetime,
)
from toolkit.clean.metadata import TEXT_FIELDS, text_key
from toolkit.clean.text import TERMINAL_END, UPPER, n_words, normalize_text, paragraphs
from toolkit.clean.tidy import tidy_article
from toolkit.clean.vocab import (
    AUTHOR_JOINERS,
    AUTHOR_PREFIXES,
    DATE_LABELS,
    INTERFACE_LINE,
    READ_MORE,
    SOURCE_LINK,
    TEASER_HEADINGS,
    TEASER_LABEL_LINES,
    TEASER_LABELS,
    TEASER_PREFIX,
    heading_key,
    link_credit,
)
from toolkit.clean.wire import wire_name
from toolkit.clean.yearless import (
    LONG_PARAGRAPH_WORDS,
    MAX_DATE_LINE_WORDS,
    WEEKDAY_LED,
    dateline_day,
    title_day,
    weekday_body_day,
    yearless_head_day,
)

__all__ = ["SECTION_HEADINGS", "parse_text"]

#: Headings that open a block of teasers at the foot of a page, case-folded
#: (``teaser_headings.txt`` of every language). Everything after the first
#: of them is related material, not the article.
SECTION_HEADINGS = TEASER_HEADINGS

# In-body pointers to another story ("Also read: ...", "READ MORE: ..."):
# moved to related.
_INLINE_TEASER = re.compile(rf"^{TEASER_LABELS}\s*[:|\-–—]\s*(?P<title>.+)$", re.I)
# Header lines: weather ("17.1 C", "23°F Sunny"), clocks, "Last updated".
_WEATHER = re.compile(r"^(?:[^\d\n]{0,30}\s)?[-+−]?\d{1,3}(?:[.,]\d+)?\s*°?\s*[CF]\b[^\n]{0,30}$")
_CLOCK = re.compile(r"^(?:[^\n]{0,20}\s)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,5})?$")
# "By Jane Doe and John Roe": a byline prefix, then names that start with a
# capital letter ("Von der Leyen visits Kyiv" is not a byline).
_BYLINE = re.compile(rf"^(?:{AUTHOR_PREFIXES}):?\s+(?P<names>(?-i:[{UPPER}])[^\n]{{1,120}})$", re.I)
_BYLINE_SPLIT = re.compile(rf"\s*(?:,|&|\b{AUTHOR_JOINERS}\b)\s*")
# A name in a byline: a few words, the first and last capitalised, no symbols
# ("Ludwig van Beethoven", not "«ganz normalem Deutsch»" or "Foto: © GEPA").
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")
_MAX_NAME_WORDS = 5
_BYLINE_TAIL = re.compile(r"\s*(?:[|•·–—]|\s-\s).*$")
# A navigation bar: three or more items of at most 30 characters separated by | · • /
# or » ("Home | World | Business"). Read by splitting, not by one regular expression:
# the expression this replaced backtracked exponentially on a long line of spaced items.
# A line that opens with a date label ("Published:", "First published on", "Опубліковано").
# A part also opens after a sentence's end: a foot line of short sentences ("© 2025 Miesto
# televizija. Atnaujinta 2025-05-09 17:48. Visos teisės saugomos.").
_LABELLED_DATE = re.compile(rf"(?:^|[|•·–—]|[.!?](?=\s))\W{{0,3}}((?:{DATE_LABELS})\b[^|•·–—]*)", re.I)
_SEEN_DAY_SPAN = 120  # days an article line may precede a site's today-line
# A saved page's address at the top of its dump (alone on its line, or closing a line of
# menus the dump joined it to), with the day in its path
# (".../monde/2025/06/22/bielorussie-...", ".../2025-06-22/..."), with or without its
# scheme ("riversidecourier.example/sport/2025/10/14/...": a host name, a dot, letters).
_URL_DATE = re.compile(r"(?:^|(?<=\s))(?:https?://|www\.|[^\W_][\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,}/)\S*?[/_-]((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)\S*$")
# A press release's sign-off: a place, a comma and the full date, alone on a line
# ("Den Haag, 30 december 2025", "Paris, le 12 septembre 2025").
_SIGN_OFF = re.compile(rf"^(?-i:[{UPPER}])[^\W\d_][\w'’.\- ]{{0,30}},\s+(?P<date>[^,]{{6,40}})$")
_COMMA = re.compile(r",\s+")  # a clause's comma ends a labelled date's part
_NAV_SEPARATOR = re.compile(r"[|•·»/]")
_NAV_ITEM = 30


def _is_nav(line: str) -> bool:
    """Whether ``line`` is a navigation line of three or more short separated items."""
    parts = _NAV_SEPARATOR.split(line[:-1] if line.endswith("\n") else line)
    if len(parts) < 3 or any(not part for part in parts):
        return False
    # each item is at most 30 characters and no line break; space around a separator is free
    first, *middle, last = parts
    inner = (p.strip() or next((c for c in p if c != "\n"), p) for p in middle)
    items = [first.rstrip() or first[:1], *inner, last.lstrip() or last[-1:]]
    return all(len(item) <= _NAV_ITEM and "\n" not in item for item in items)


_NUMBERED = re.compile(r"^(?:\d{1,2}[.)]|[•·▪►▶*»›-])\s+")
_QUOTED_SENTENCE_END = re.compile(r"[.!?…][\"”’»]\s*$")
_PROSE_END = re.compile(r"[.;,:。、，؛،]\s*$")  # headlines do not end so
_SENTENCE_END = re.compile(r"[.!?…\"”。！？؟।]\s*$")
_MAX_TITLE_WORDS = 30
_PROSE_WORDS = 20  # a line this long is prose (an article's or a teaser's), not chrome
_MAX_TEASER_WORDS = 80  # a teaser summary is a sentence or two; body paragraphs after a "heading" mean it was not one
_MAX_HEADER_WORDS = 6  # header chrome (place, weather, edition) is a few words a line
_MAX_MASTHEAD_WORDS = 12  # a site name with its tagline, above a repeated headline
_MAX_HEADING_WORDS = 6  # "More from Riverton", "Trending in World"
_TITLE_SEARCH_UNITS = 10  # the title sits among the first lines of a dump
_HEAD_LINES = 5  # byline, date and credit lines follow the title closely
_TITLE_DATE_GAP = 2  # a headline's date or byline line is one of the two lines after it
_DATED_TITLE_WORDS = 6  # so long a line, not a byline's "Par Claire Monestier (Varsovie)"


def _is_heading(line: str) -> bool:
    if len(line) > 60:
        return False
    return heading_key(line) in TEASER_HEADINGS or bool(
        TEASER_PREFIX.match(line) and n_words(line) <= _MAX_HEADING_WORDS
    )


def _is_title_like(line: str) -> bool:
    """A headline: a few words, not ending like a prose sentence."""
    n = n_words(line)
    if n < 2 or n > _MAX_TITLE_WORDS or READ_MORE.search(line) or _is_nav(line):
        return False
    if _QUOTED_SENTENCE_END.search(line) and not line.endswith("?’"):
        return False  # a quoted sentence, not a headline
    return not _PROSE_END.search(line) or line.endswith("...")


def _is_title_candidate(line: str, min_words: int) -> bool:
    """Headline-shaped and none of the other things a short top line can be."""
    return (
        n_words(line) >= min_words
        and _is_title_like(line)
        and not header_date(line)
        and not _is_heading(line)
        and not INTERFACE_LINE.match(line)
        and not SOURCE_LINK.match(line)
        and not _byline_names(line)
    )


def _is_header_chrome(line: str) -> bool:
    return bool(
        header_date(line)
        or _WEATHER.match(line)
        or _CLOCK.match(line)
        or _is_nav(line)
        or INTERFACE_LINE.match(line)
        or (n_words(line) <= _MAX_HEADER_WORDS and not TERMINAL_END.search(line))
    )


def _is_header_line(line: str) -> bool:
    """Chrome, or a masthead with its tagline ("HEADLINE HUB - News from around the web")."""
    return _is_header_chrome(line) or (
        n_words(line) <= _MAX_MASTHEAD_WORDS and not _SENTENCE_END.search(line)
    )


def _byline_names(line: str) -> list[str] | None:
    if n_words(line) > 14:
        return None
    m = _BYLINE.match(line)
    if not m:
        return None
    # pieces with digits are dates and times ("By Jane Doe, August 14, 2021")
    pieces = _BYLINE_SPLIT.split(_BYLINE_TAIL.sub("", m.group("names")))
    names = [n for n in pieces if n and not any(c.isdigit() for c in n)]
    return names if names and all(map(_looks_like_name, names)) else None


def _looks_like_name(name: str) -> bool:
    tokens = name.split()
    return (
        len(tokens) <= _MAX_NAME_WORDS
        and all(_NAME_WORD.match(t) for t in tokens)
        and tokens[0][0].isupper()
        and tokens[-1][0].isupper()
    )


def _find_title(units: list[str], day_first: bool = True) -> int | None:
    """Index of the headline among the first lines, or None.

    A repeated headline among the first lines wins; then a headline-shaped
    line that a date or byline line follows closely ("Published: 14 Sep
    2025"), not the site's name and tagline above the menus; else the first
    headline-shaped line after header chrome, if body follows it.
    """
    limit = min(len(units), _TITLE_SEARCH_UNITS)
    for j in range(limit):
        if j and not _is_header_line(units[j - 1]):
            break
        u = units[j]
        if _is_title_candidate(u, min_words=2):
            k = text_key(u)
            if any(text_key(v) == k for v in units[j + 1 : j + 4]):
                return j
    prose = 0
    for j in range(limit):
        if _is_heading(units[j]) or prose > 1:
            break  # past the article's start (a notice is one prose line) or into teasers
        if _is_title_candidate(units[j], min_words=_DATED_TITLE_WORDS) and any(
                header_date(v, anywhere=True, day_first=day_first) or _byline_names(v)
                for v in units[j + 1 : j + 1 + _TITLE_DATE_GAP]):
            return j
        prose += n_words(units[j]) >= _PROSE_WORDS
    for j in range(limit):
        u = units[j]
        if _is_title_candidate(u, min_words=3) and j + 1 < len(units) and not _is_heading(units[j + 1]):
            return j
        if not _is_header_chrome(u):
            break
    return None


def _split_head(units: list[str], day_first: bool) -> tuple[str | None, list[str], list[str]]:
    """``(title, header lines, body lines)`` of a dump.

    Without a headline, only a header that is evidently chrome (has a date
    or weather line) is taken off; otherwise the text is all body.
    """
    title_idx = _find_title(units, day_first)
    if title_idx is not None:
        return units[title_idx], units[:title_idx], units[title_idx + 1 :]
    i = 0
    while i < len(units) and i < _TITLE_SEARCH_UNITS and _is_header_chrome(units[i]):
        i += 1
    if any(header_date(u, day_first=day_first) or _WEATHER.match(u) for u in units[:i]) and i < len(units):
        return None, units[:i], units[i:]
    return None, [], list(units)  # a copy: the head lines read off the body stay in units


def _read_head_lines(body: list[str], title: str | None, found: dict, day_first: bool) -> None:
    """Take repeats of the title, bylines, dates and credit lines right after
    the title off ``body`` (in place), into ``found``."""
    title_key = text_key(title) if title else None
    j = 0
    while j < len(body) and j < _HEAD_LINES:
        u = body[j]
        names = _byline_names(u)
        d = header_date(u, day_first=day_first)
        link = SOURCE_LINK.match(u) if n_words(u) <= 12 else None
        if title_key and text_key(u) == title_key:
            body.pop(j)
        elif names:
            found["authors"].extend(names)
            # "By Jane Roe | Apr 9, 2025 | 5 min read": the byline's date is the page's
            found["published"] = found["published"] or header_date(u, anywhere=True, day_first=day_first)
            body.pop(j)
        elif d:
            found["published"] = found["published"] or d
            body.pop(j)
        elif (j < _TITLE_DATE_GAP and n_words(u) <= MAX_DATE_LINE_WORDS
              and not _SENTENCE_END.search(u) and not is_name_credit_caption(u)
              and (d := header_date(u, anywhere=True, day_first=day_first))):
            # the date line that made this line the title ("E-Paper · Nr. 291 · Montag,
            # 15. Dezember 2025"), as _find_title read it
            found["published"] = found["published"] or d
            body.pop(j)
        elif link:
            found["credits"].append(link_credit(link))
            body.pop(j)
        elif title is not None and (_is_nav(u) or INTERFACE_LINE.match(u)):
            body.pop(j)
        else:
            j += 1


def _body_end(body: list[str]) -> int:
    """Where the article ends: the first source link or section heading
    after some body that only short teaser-sized lines follow; then a
    heading-less run of "... Read More" teasers at the end."""
    end = len(body)
    longest_after = [0] * (len(body) + 1)
    for j in range(len(body) - 1, -1, -1):
        longest_after[j] = max(longest_after[j + 1], n_words(body[j]))
    # prose words up to each line: what follows a source line that ends the article is less
    # than the article before it ("Source: Wire | 4 min read" above short paragraphs is no end)
    prose_before = [0] * (len(body) + 1)
    for j, u in enumerate(body):
        prose_before[j + 1] = prose_before[j] + (n_words(u) if n_words(u) >= _PROSE_WORDS else 0)
    for j, u in enumerate(body):
        if (
            j > 0
            and n_words(u) <= 25
            and (SOURCE_LINK.match(u) or _is_heading(u))
            and longest_after[j + 1] <= _MAX_TEASER_WORDS
            and (_is_heading(u) or prose_before[-1] - prose_before[j + 1] < prose_before[j])
        ) or (j > 0 and heading_key(u) in TEASER_LABEL_LINES
              and all(n_words(v) < _PROSE_WORDS or _is_title_like(v) for v in body[j + 1:])):
            # a teaser label alone on its line ends the body when only headlines and
            # short lines follow ("Leia também" over teaser titles and the copyright line)
            end = j
            break
    i = end
    while i > 0 and READ_MORE.search(body[i - 1]) and n_words(body[i - 1]) <= _MAX_TEASER_WORDS:
        i -= 1
        if i > 0 and _is_title_like(body[i - 1]) and not READ_MORE.search(body[i - 1]):
            i -= 1
    return i if i > 0 else end  # a body of teasers only is kept as body


def _parse_teasers(units: list[str]) -> list[dict]:
    """Pair teaser titles with their summaries; headings and links are skipped."""
    items: list[dict] = []
    pending: str | None = None
    for unit in units:
        if (_is_heading(unit) or heading_key(unit) in TEASER_LABEL_LINES
                or SOURCE_LINK.match(unit) or INTERFACE_LINE.match(unit)):
            if pending:
                items.append({"title": pending, "summary": None})
                pending = None
            continue
        unit = _NUMBERED.sub("", unit)
        summary = READ_MORE.sub("", unit).strip()
        has_marker = summary != unit
        if not summary:
            continue
        if pending is None:
            if _is_title_like(summary) and not has_marker:
                pending = summary
            else:
                items.append({"title": None, "summary": summary})
        elif _is_title_like(summary) and not has_marker:
            items.append({"title": pending, "summary": None})
            pending = summary
        else:
            items.append({"title": pending, "summary": summary})
            pending = None
    if pending:
        items.append({"title": pending, "summary": None})
    return items


def _lower_date_line(units: list[str], body: list[str], tail: list[str], day_first: bool) -> str | None:
    """The page's date from its other date lines, when the header gave none.

    In this order: a date in a short line of the page's head (every line
    before the first long paragraph: bylines, "Comunicado | 27 de março de
    2025 | 16:05", "Autor: Anna Nowak, 21.11.2025 r."); a body line that is
    only a date ("13.12.2025 14:05"); a line anywhere, the foot included,
    whose part opens with a date label ("First published on Thu 13 Feb
    2025", "... | Publié le 16/09/2024 à 18h32"). An unlabelled date among
    the teasers at the foot is another story's, so it is not read.
    """
    for u in units:
        if n_words(u) >= LONG_PARAGRAPH_WORDS:
            break
        # a chrome line, not a sentence ("The talks ended on December 13, 2025.")
        line_like = not _SENTENCE_END.search(u)
        if d := header_date(u, day_first=day_first) or (
                line_like and header_date(u, anywhere=True, day_first=day_first)):
            return d
    for u in body:
        if n_words(u) <= MAX_DATE_LINE_WORDS and (d := header_date(u, day_first=day_first)):
            return d
    for u in body + tail:
        if n_words(u) <= MAX_DATE_LINE_WORDS and (d := _labelled_date(u, day_first)):
            return d
    for u in units:
        if n_words(u) >= LONG_PARAGRAPH_WORDS:
            break
        if m := _URL_DATE.search(u):  # alone, or closing a line of menus
            if d := header_date("-".join(m.groups()), day_first=False):
                return d
    for u in body + tail:
        if (m := _SIGN_OFF.match(u)) and (d := header_date(m.group("date"), day_first=day_first)):
            return d
    return None


def _labelled_date(line: str, day_first: bool) -> str | None:
    """The date of the first part of ``line`` that opens with a date label, else None.

    A part that is only the label, the date and a clock time may write the year with two
    digits ("Posted 2/13/25 at 6:05 PM | Updated ..."); inside a longer part only a
    four-digit year is read. A part ends where a clause of its own begins (a comma
    before a lower-case word): "Issued on Tuesday, the licence runs until 22 June 2025."
    opens with a participle, and its date is the licence's, not the page's."""
    return next(filter(None, (header_date(part.strip(), day_first=day_first)
                              or header_date(part, anywhere=True, day_first=day_first)
                              for part in map(_label_clause, _LABELLED_DATE.findall(line)))), None)


def _label_clause(part: str) -> str:
    """``part`` up to its first comma that a lower-case word follows."""
    for m in _COMMA.finditer(part):
        if part[m.end():m.end() + 1].islower():
            return part[:m.start()]
    return part


def _article_day(published: str, units: list[str], tail: list[str],
                 day_first: bool) -> str:
    """The article's own date when ``published`` came from a site's today-line.

    Many sites print the current day at their top ("Miércoles 4 de Mayo de
    2022"): a page saved later shows the day it was seen, not the article's.
    When the line ``published`` was read from opens with a weekday and a
    later date-only line of the article ("03/05/2022 22:46") or a labelled
    one anywhere ("Publié sur 18/02/2020") gives an earlier day, no more than
    ``_SEEN_DAY_SPAN`` days before, that day is the article's.
    """
    first = next((i for i, u in enumerate(units)
                  if header_date(u, anywhere=True, day_first=day_first) == published), None)
    if first is None or not WEEKDAY_LED.match(units[first]):
        return published
    teasers = set(tail)
    for u in units[first + 1:]:
        if n_words(u) > MAX_DATE_LINE_WORDS or WEEKDAY_LED.match(u):
            continue
        # an unlabelled date among the teasers is another story's
        d = (None if u in teasers else header_date(u, day_first=day_first)) or \
            _labelled_date(u, day_first)
        if d:
            gap = (to_datetime(published) - to_datetime(d)).days
            return d if 0 < gap <= _SEEN_DAY_SPAN else published
    return published


def _body_lines(body: list[str], found: dict) -> list[str]:
    """The body without "Also read: ..." pointers (to related) and source
    lines (their credit noted)."""
    kept: list[str] = []
    for u in body:
        m = _INLINE_TEASER.match(u)
        if m and n_words(u) <= _MAX_TITLE_WORDS:
            found["related"].append({"title": READ_MORE.sub("", m.group("title")).strip(), "summary": None})
        elif n_words(u) <= 25 and (m := SOURCE_LINK.match(u)):
            found["credits"].append(link_credit(m))
        else:
            kept.append(u)
    return kept


def parse_text(text: str, url: str | None = None, *, day_first: bool = True) -> dict:
    """Read a plain-text article or an aggregator's page dump into one record.

    Rules, by the shape of lines rather than by any site's wording:

    - **header**: a run of short lines before the headline (date, weather,
      place, edition). A date line gives ``published`` (UTC midnight of that
      day) with ``published_from="header"``; without one, the date of the
      byline ("By Jane Doe | Apr 9, 2025"), else a date-only line of the body,
      else a labelled date line anywhere, the foot included ("First published
      on 13 Feb 2025"), else the lead's dateline ("VILNIUS, Dec 12 (Wire) -";
      without a year, the year of the page's copyright line) does (also
      ``"header"``: the page's own date lines). A weekday-led date line
      ("Miércoles 4 de Mayo de 2022", often a site's today-line, the day the
      page was seen) gives way to an earlier date line of the article below
      it (:func:`_article_day`).
    - **title**: a headline-shaped line (a few words, no final full stop)
      among the first lines, preferring one the page repeats; kept once.
    - **byline**: "By Jane Doe and John Roe" near the title -> ``authors``
      (an agency named there becomes the ``wire``).
    - **end of body**: a link to the original ("Go to Source", "Read the
      original article", "Source: X") or a teaser-section heading from
      :data:`SECTION_HEADINGS` ("Hot this week", "Related Articles",
      "Lesen Sie auch", ...).
    - **teasers**: after that point, headline lines paired with the summary
      that follows (a trailing "Read More" stripped) -> ``related``,
      deduplicated; a heading-less run of "... Read More" teasers at the
      end, and "Also read: ..." lines in the body, go there too.

    The body then goes through :func:`~toolkit.clean.tidy.tidy_article`
    (caption, dateline, wire, repeated sentences, language). A text without
    any chrome comes through intact; a leading headline line becomes ``title``.

    Parameters
    ----------
    text : str
        Decoded page text.
    url : str, optional
        Where it came from; kept in ``url``.
    day_first : bool
        Read an ambiguous numeric header date (05/07/2024) day first, as in
        most of the world and in the British and Indian aggregators this
        reads (default); False reads it month first.

    Returns
    -------
    dict
        Keys of :data:`TEXT_FIELDS` (all articles-schema columns).

    Raises
    ------
    TypeError
        When ``text`` is not a str.

    Examples
    --------
    >>> dump = "Monday, March 3, 2025\\n9 C\\nRiverton\\n\\nPort strike ends\\n\\nPort strike ends\\n\\n" \\
    ...        "The strike ended on Monday.\\n\\nGo to Source\\n\\nTrending\\n\\nCats win a prize\\n\\nThey did. Read More"
    >>> rec = parse_text(dump)
    >>> rec["title"], rec["published"], rec["text"]
    ('Port strike ends', '2025-03-03T00:00:00+00:00', 'The strike ended on Monday.')
    >>> rec["related"]
    [{'title': 'Cats win a prize', 'summary': 'They did.'}]
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_text expects str, got {type(text).__name__}")
    units = paragraphs(normalize_text(text))
    title, header, body = _split_head(units, day_first)
    found: dict = {"published": None, "authors": [], "credits": [], "related": []}
    for u in header:
        found["published"] = found["published"] or header_date(u, anywhere=True, day_first=day_first)
        found["authors"].extend(_byline_names(u) or [])
    _read_head_lines(body, title, found, day_first)
    end = _body_end(body)
    tail, body = body[end:], body[:end]
    for u in tail:
        m = SOURCE_LINK.match(u)
        if m:
            found["credits"].append(link_credit(m))
    found["related"].extend(_parse_teasers(tail))
    found["published"] = (found["published"] or _lower_date_line(units, body, tail, day_first)
                          or dateline_day(body, units, day_first)
                          or yearless_head_day(units, day_first)
                          or title_day(title, units, day_first)
                          or weekday_body_day(body, units, day_first))
    if found["published"]:
        found["published"] = _article_day(found["published"], units, tail, day_first)
    kept = _body_lines(body, found)
    credits = [c for c in found["credits"] if c]
    record = {
        "url": url,
        "title": title,
        "published": found["published"],
        "published_from": "header" if found["published"] else None,
        "authors": found["authors"],
        "wire": next(filter(None, map(wire_name, credits)), None),
        "text": "\n\n".join(kept),
        "related": found["related"],
    }
    out = tidy_article(record)
    return {k: out.get(k) for k in TEXT_FIELDS}
