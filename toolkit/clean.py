"""Clean article text: small pure ``str -> str`` and ``str -> dict`` steps.

Three public entry points:

- :func:`tidy_article` (``dict -> dict``): the finishing step every
  extractor calls last (HTML extraction, page dumps, JSON/CSV records). It
  normalises the text, splits off the dateline, the wire credit and photo
  captions, drops a repeated title and repeated sentences, and fills
  ``n_words`` and ``language``.
- :func:`parse_text` (``str -> dict``): reads an aggregator's page dump
  (header chrome, repeated title, caption, body, "Go to Source" links,
  teaser sections) into one article record, then calls :func:`tidy_article`.
- :func:`sentence_spans` (``str -> list[(start, end)]``): sentence offsets,
  shared by the events and sources stages.

Everything is decided by general rules on the shape of lines (length,
final punctuation, repetition, position) and by small vocabularies kept as
module constants below, each with the reason it exists. Regexes are compiled
once at import; the language model is loaded once per process, on first use.

Examples
--------
>>> rec = tidy_article({"title": "Minsk frees prisoners",
...                     "text": "MINSK, Belarus (AP) — Belarus freed 52 prisoners on Thursday."})
>>> rec["dateline"], rec["wire"], rec["text"]
('MINSK, Belarus', 'AP', 'Belarus freed 52 prisoners on Thursday.')
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from functools import lru_cache

__all__ = [
    "DAY_FIRST",
    "SECTION_HEADINGS",
    "TEXT_FIELDS",
    "WIRE_AGENCIES",
    "dedupe_sentences",
    "fix_sentence_spacing",
    "make_pipeline",
    "normalize_text",
    "parse_text",
    "sentence_spans",
    "split_dateline",
    "tidy_article",
    "wire_from_text",
]

# ---------------------------------------------------------------------------
# Character classes. ``re`` has no \p{Lu}: these list the upper- and
# lower-case letters of Latin (with Latin-1 and Extended-A/B: Lithuanian,
# Polish, German), Greek and Cyrillic (Russian, Belarusian, Ukrainian).
_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper())
_LO = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.islower())

# ---------------------------------------------------------------------------
# Unicode and white space
# Spaces that look like a blank but break word splitting and regexes (tabs,
# no-break, thin, ideographic); a run of any of them becomes one space.
_ODD_SPACE_CHARS = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_SPACES = re.compile(rf"[ {_ODD_SPACE_CHARS}]{{2,}}|[{_ODD_SPACE_CHARS}]")
# Removed outright: control characters (keeps \n), C1 controls, lone
# surrogates (they cannot be encoded to UTF-8 and would break Arrow-backed
# string columns), and invisible characters (zero-width, BOM, soft hyphen).
_REMOVE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\u00ad\u200b-\u200d\u2060\ufeff]")
# Line and paragraph separators of every kind become a newline.
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_LINE_EDGES = re.compile(r" ?\n ?")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#x[0-9a-fA-F]{2,6});")
# Anything the steps below would change; most strings have none of it.
_DIRTY = re.compile(
    rf"[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\u00ad\u200b-\u200d\u2060\ufeff\u2028\u2029{_ODD_SPACE_CHARS[1:]}]"
    r"|  | \n|\n |\n\n\n"
)
_BLANK_LINES = re.compile(r"\n{3,}")
# Width range of hard-wrapped prose lines (e-mail and terminal text wrap at 60-80).
_WRAP_MIN, _WRAP_MAX = 40, 100
# A line that opens a list item ("1. ", "2) ", "• ") starts a new paragraph.
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[.)]|[•·▪►▶*»›-])\s")
# A line ends a sentence or a paragraph when it ends like this.
_TERMINAL_END = re.compile(r"[.!?:;…\"”’»)\]]\s*$")


def normalize_text(text: str) -> str:
    """Return ``text`` in NFC with plain spaces, clean line ends and no controls.

    HTML character references (``&amp;``, ``&#8217;``) are decoded, odd
    spaces (no-break, thin, tabs) become a space, invisible characters
    and control characters are removed, every kind of line break becomes
    ``\\n``, runs of spaces collapse, lines are stripped and runs of blank
    lines collapse to one. Curly quotes and dashes are kept.

    Examples
    --------
    >>> normalize_text("  Minsk\\u00a0 says\\r\\n\\r\\n\\r\\nyes\\u200b ")
    'Minsk says\\n\\nyes'
    """
    if not text:
        return ""
    # exports and feeds keep "&amp;", "&#8217;", even "&amp;amp;": decode until
    # nothing changes (each round shortens the text, so this ends)
    # (only references closed by ";", so "?a=1&para=2" in a link stays)
    while "&" in text and _ENTITY.search(text):
        decoded = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
        if decoded == text:
            break
        text = decoded
    if not _DIRTY.search(text) and (text.isascii() or unicodedata.is_normalized("NFC", text)):
        return text.strip()
    text = _LINE_BREAKS.sub("\n", text)
    text = _REMOVE.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    text = _LINE_EDGES.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def _starts_lower(line: str) -> bool:
    return bool(line) and line[0].islower()


def _paragraphs(text: str) -> list[str]:
    """Split normalised text into paragraphs.

    A blank line always separates paragraphs. A single newline separates
    them too, unless it is a soft wrap: the line before does not end like a
    sentence, the next line is not a list item or a "Read more" marker, and
    either the next line starts in lower case or the block is hard-wrapped
    prose and the next line's first word would not have fitted on the line
    before (what a greedy line wrapper does; headings, teaser titles and
    chrome lines stop short of the width).
    """
    paras: list[str] = []
    for block in text.split("\n\n"):
        lines = [line for line in block.split("\n") if line]
        width = _wrap_width(lines)
        current = ""
        previous = ""
        for line in lines:
            if current and _soft_wrap(previous, line, width):
                current = f"{current} {line}"
            else:
                if current:
                    paras.append(current)
                current = line
            previous = line
        if current:
            paras.append(current)
    return paras


def _wrap_width(lines: list[str]) -> int | None:
    """The width a block of three or more lines seems wrapped at, if any."""
    if len(lines) < 3:
        return None
    width = max(map(len, lines))
    if width > _WRAP_MAX or sum(len(line) >= _WRAP_MIN for line in lines) < 2:
        return None
    return width


def _soft_wrap(previous: str, line: str, width: int | None) -> bool:
    if _TERMINAL_END.search(previous) or _LIST_ITEM.match(line) or _READ_MORE.match(line):
        return False
    if _starts_lower(line):
        return True
    if width is None or len(previous) < _WRAP_MIN:
        return False
    return len(previous) + 1 + len(line.split(" ", 1)[0]) > width


# ---------------------------------------------------------------------------
# Sentences
# Abbreviations after which a full stop does not end a sentence: titles,
# months, corporate and address words, Latin shorthand, Russian shorthand
# (г. year/city, гг., т.е., т.д., млн., ...). Compared case-sensitively on
# the word before the stop.
_ABBREVIATIONS = frozenset(
    """Mr Mrs Ms Mx Dr Prof St Mt Ft Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Sen Rep Gov
    Pres Amb Rev Fr Hon Jr Sr Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues
    Wed Thu Thur Thurs Fri Sat Sun No Nos Nr Vol Art Fig p pp ca approx Inc Corp Co Ltd Bros
    Dept Univ Ave Blvd Rd vs etc al cf e.g i.e a.m p.m U.S т.ч т.н U.K U.N E.U U.S.A U.A.E D.C
    г гг т.е т.д т.п т.к др им ул пр просп пл д кв стр млн млрд тыс руб коп см чел св
    ст тов гос обл р-н""".split()
)
# Abbreviations that can also end a sentence ("... sanctions on the U.S.
# The EU ..."): split after them only before a word that usually opens one.
_ENDING_ABBREVIATIONS = frozenset(
    {"U.S", "U.K", "U.N", "E.U", "U.S.A", "U.A.E", "D.C", "etc", "al", "Inc", "Corp", "Co", "Ltd", "a.m", "p.m"}
)
_SENTENCE_OPENERS = frozenset(
    """The A An In On At It Its He She They We I You But And Or So Yet This That These Those
    There Their His Her Our After Before When While If As For From Since During Meanwhile
    However Still Also Then Now Last Next Some Many Most Several Both Each Officials""".split()
)
# A candidate boundary: . ! ? or … (with closing quotes/brackets, English “…”,
# German „…“, Russian «…») then space then an opening quote/bracket, an
# upper-case letter or a digit.
_BOUNDARY = re.compile(
    rf"(?<=[.!?…])[\"'”’»“‘)\]]*\s+(?=[\"'“‘«„‚(\[]?[{_UP}0-9])"
)
# After a quoted question or exclamation, a short attribution ("“Why?” Coale
# asked.", "«Когда?» — спросил он.") continues the sentence.
_SPEECH_VERBS = (
    "said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|shouted|"
    "cried|exclaimed|wondered|insisted|sang|сказал|сказала|спросил|спросила|заявил|"
    "заявила|добавил|добавила|ответил|ответила|написал|написала"
)
_ATTRIBUTION_AFTER = re.compile(
    rf"(?:[—–-]\s*)?(?:[{_UP}][\w'’.-]*\s+){{1,4}}(?:{_SPEECH_VERBS})\b[^.!?\n]{{0,60}}[.!?]",
)
_WORD_BEFORE = re.compile(r"([\w.\-]+)[.!?…]*[\"'”’»)\]]*$")
_NEXT_WORD = re.compile(r"[\"'“‘«(\[]?(\w+)")
_INITIAL = re.compile(rf"^[{_UP}]$")


def _is_abbreviation(text: str, end: int, next_start: int) -> bool:
    """Return True when the stop just before ``end`` belongs to an abbreviation."""
    tail = text[max(0, end - 24) : end]
    if not tail.endswith("."):
        return False
    m = _WORD_BEFORE.search(tail)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if _INITIAL.match(word):
        # an initial ("John F. Kennedy", "А. Лукашенко"), unless a sentence
        # plainly starts after it ("... vitamin D. The study ...")
        return not _opens_sentence(text, next_start)
    if word in _ENDING_ABBREVIATIONS or ("." in word and _INITIAL.match(word.rsplit(".", 1)[-1])):
        # "U.S.", "E.U.", "a.m.", "Inc." end sentences too
        return not _opens_sentence(text, next_start)
    return word in _ABBREVIATIONS


def _opens_sentence(text: str, start: int) -> bool:
    m = _NEXT_WORD.match(text, start)
    return bool(m) and m.group(1) in _SENTENCE_OPENERS


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` character offsets of the sentences of ``text``.

    Offsets index into ``text`` itself, so ``text[start:end]`` is the
    sentence without surrounding white space. A sentence never crosses a
    line break. Full stops of abbreviations (``Dr.``, ``Jan.``, ``U.S.``,
    ``г.``), initials (``John F. Kennedy``) and decimals (``9.5``) do not
    end a sentence; a closing quotation mark after the stop stays with its
    sentence.

    Parameters
    ----------
    text : str
        Clean text, e.g. the ``text`` field of :func:`tidy_article`.

    Returns
    -------
    list of (int, int)

    Examples
    --------
    >>> t = "Belta said so. Dr. Coale met the U.S. envoy in Minsk. “We agree.” He left."
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['Belta said so.', 'Dr. Coale met the U.S. envoy in Minsk.', '“We agree.”', 'He left.']
    """
    spans: list[tuple[int, int]] = []
    if not text:
        return spans
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        start = pos
        for m in _BOUNDARY.finditer(text, pos, line_end):
            # m spans closing quotes + white space; the sentence ends after the quotes
            punct_end = m.start()
            end = punct_end
            while end < m.end() and not text[end].isspace():
                end += 1
            if end == punct_end and _is_abbreviation(text, punct_end, m.end()):
                continue
            if end > punct_end and text[punct_end - 1] in "?!" and _ATTRIBUTION_AFTER.match(text, m.end(), line_end):
                continue  # “Why?” Coale asked. -- the attribution belongs to the quote
            while start < end and text[start].isspace():
                start += 1
            if end > start:
                spans.append((start, end))
            start = m.end()
        while start < line_end and text[start].isspace():
            start += 1
        end = line_end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
        pos = line_end + 1
    return spans


# A full stop glued to the next sentence ("July 2024.John Coale"): a lower-case
# letter, digit, % or ) before it, an upper-case letter then a lower-case one
# after it. "U.S." (capital before), "9.5" (digit after) and "PDF" do not match.
_GLUED = re.compile(rf"([.!?]+[\"”’»]?)(?=[{_UP}][{_LO}])")
_GLUED_BEFORE = frozenset(
    "abcdefghijklmnopqrstuvwxyz0123456789%)" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.islower())
)
# Tokens that legitimately contain ".X": web addresses, e-mail, file names.
_URLISH = re.compile(r"(?:://|www\.|@|\.(?:com|org|net|gov|edu|info|io|by|ru|ua|uk|de|fr|example)\b)", re.I)


def fix_sentence_spacing(text: str) -> str:
    """Insert the missing space between two glued sentences.

    Examples
    --------
    >>> fix_sentence_spacing("since July 2024.John Coale said 9.5 of U.S. visit.See www.x.example/Page")
    'since July 2024. John Coale said 9.5 of U.S. visit. See www.x.example/Page'
    """
    if "." not in text and "!" not in text and "?" not in text:
        return text

    def _repl(m: re.Match[str]) -> str:
        s = m.string
        if m.start() == 0 or s[m.start() - 1] not in _GLUED_BEFORE:
            return m.group(1)
        a = s.rfind(" ", 0, m.start()) + 1
        b = s.find(" ", m.end())
        token = s[a : b if b >= 0 else len(s)]
        if _URLISH.search(token):
            return m.group(1)
        return m.group(1) + " "

    return _GLUED.sub(_repl, text)


_KEY_STRIP = ".!?…,;:\"'“”‘’«»„‚()[]-–— "


def _sentence_key(sentence: str) -> str:
    # case and spacing folded, closing punctuation and quotes ignored
    return " ".join(sentence.casefold().split()).strip(_KEY_STRIP)


def dedupe_sentences(paragraphs: list[str], min_words: int = 4) -> list[str]:
    """Drop sentences already seen earlier in the text (first occurrence kept).

    Sentences are compared case-insensitively on their words, each without
    a dateline it may open with (a repeated lead paragraph comes with or
    without its dateline). The key of a sentence does not depend on where
    it stands, so dropping a sentence never changes how the sentences after
    it compare: a second pass finds nothing more to drop. Sentences of
    fewer than ``min_words`` words ("He said no.") may repeat legitimately
    and are kept. Paragraphs left empty are dropped.

    Examples
    --------
    >>> dedupe_sentences(["Minsk freed ten prisoners. It was a start.",
    ...                   "Minsk freed ten prisoners. More may follow soon."])
    ['Minsk freed ten prisoners. It was a start.', 'More may follow soon.']
    """
    seen: set[str] = set()
    out: list[str] = []
    for para in paragraphs:
        spans = sentence_spans(para)
        kept: list[str] = []
        dropped = False
        for a, b in spans:
            sentence = para[a:b]
            key = _sentence_key(split_dateline(sentence)[2])
            if key.count(" ") + 1 >= min_words:
                if key in seen:
                    dropped = True
                    continue
                seen.add(key)
            kept.append(sentence)
        if not dropped:
            out.append(para)
        elif kept:
            out.append(" ".join(kept))
    return out


# ---------------------------------------------------------------------------
# News agencies: canonical name -> spellings, matched case-sensitively so that
# "AP" is not found in "ap" or "dpa" in "DPAs". Used for datelines "(AP)",
# bylines "By Reuters", caption credits "via AP", and "Source: AFP" lines.
WIRE_AGENCIES: dict[str, tuple[str, ...]] = {
    "AP": ("AP", "Associated Press", "The Associated Press", "ASSOCIATED PRESS"),
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA",),
    "Xinhua": ("Xinhua", "XINHUA"),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap",),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "ANI": ("ANI",),
    "UPI": ("UPI", "United Press International"),
    "Bloomberg": ("Bloomberg",),
    "PAP": ("PAP",),
    "TASS": ("TASS", "ТАСС"),
    "Interfax": ("Interfax", "INTERFAX", "Интерфакс", "ИНТЕРФАКС"),
    "RIA Novosti": ("RIA Novosti", "РИА Новости"),
    "BelTA": ("BelTA", "Belta", "BELTA", "БелТА", "БЕЛТА"),
    "Ukrinform": ("Ukrinform", "Укрінформ"),
    "UNIAN": ("UNIAN", "УНІАН"),
}
_ALIAS_TO_WIRE = {alias: name for name, aliases in WIRE_AGENCIES.items() for alias in aliases}
_WIRE_ANY = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(map(re.escape, _ALIAS_TO_WIRE), key=len, reverse=True)) + r")(?![\w-])"
)


def _wire_name(value: str | None) -> str | None:
    """Canonical agency name for an exact spelling (``"Associated Press"`` -> ``"AP"``)."""
    if not value:
        return None
    value = value.strip().strip("/()").strip()
    return _ALIAS_TO_WIRE.get(value) or _ALIAS_TO_WIRE.get(value.removeprefix("the ").strip())


def _dateline_wire(agency: str | None) -> str | None:
    """The agency a dateline credits: a known one by its usual name, another
    as written when it is shaped like a name ("(CP)", "(Baltic Wire)")."""
    if not agency:
        return None
    known = _wire_name(agency)
    if known:
        return known
    agency = agency.strip()
    if len(agency.split()) <= 4 and agency[:1].isupper() and agency.split()[0].upper() not in _KICKERS:
        return agency
    return None


def _wire_in(text: str) -> str | None:
    m = _WIRE_ANY.search(text)
    return _ALIAS_TO_WIRE[m.group(1)] if m else None


# Sign-off lines by which agencies close a story: "(Reporting by ...; Editing
# by ...)" and "Associated Press writer X contributed to this report".
_SIGNOFF_REPORTING = re.compile(r"^\(?\s*(?:Additional )?[Rr]eporting by .{2,200}(?:[Ee]diting|[Ww]riting) by .{2,120}\)?\s*$")
_SIGNOFF_CONTRIB = re.compile(r"\b(?P<agency>[A-Z][\w.\- ]{1,40}?) (?:writers?|reporters?|correspondents?|journalists?) .{0,160}\bcontributed\b")


def wire_from_text(text: str) -> str | None:
    """Return the agency named by a story's sign-off line, if any.

    Looks at the last paragraphs only: a "(Reporting by ...; Editing by
    ...)" line is Reuters' sign-off; "<Agency> writer X contributed to this
    report" names the agency. An agency merely quoted in the body ("told
    The Associated Press") is not a credit and is ignored.

    Examples
    --------
    >>> wire_from_text("Body.\\n\\nAssociated Press writer Jan Novak in Riga contributed to this report.")
    'AP'
    """
    for para in text.rsplit("\n\n", 3)[-3:][::-1]:
        if "eporting by" in para and _SIGNOFF_REPORTING.match(para):
            return "Reuters"
        m = _SIGNOFF_CONTRIB.search(para) if "contributed" in para else None
        if m:
            name = _wire_in(m.group("agency"))
            if name:
                return name
    return None


# ---------------------------------------------------------------------------
# Datelines: "VILNIUS, LITHUANIA:", "MINSK, Belarus (AP) —", "LONDON (Reuters) -",
# "KYIV, Ukraine, Dec. 12 (Reuters) -", "МИНСК, 13 декабря. /ТАСС/.", "(AP) —".
_MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        "january jan янв январь января студзеня",
        "february feb фев февраль февраля лютага",
        "march mar мар март марта сакавіка",
        "april apr апр апрель апреля красавіка",
        "may май мая траўня",
        "june jun июн июнь июня чэрвеня",
        "july jul июл июль июля ліпеня",
        "august aug авг август августа жніўня",
        "september sep sept сен сент сентябрь сентября верасня",
        "october oct окт октябрь октября кастрычніка",
        "november nov ноя нояб ноябрь ноября лістапада",
        "december dec дек декабрь декабря снежня",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _i
_MONTH_RE = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_RE = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_DATE_PHRASE = rf"(?:{_MONTH_RE}\s+{_DAY_RE}|{_DAY_RE}\s+{_MONTH_RE})(?:,?\s+\d{{4}})?"
_CAPS_WORD = rf"[{_UP}][{_UP}'’.\-]+"
_TITLE_WORD = rf"[{_UP}][\w'’.\-]*"
_REGION = rf"(?:,\s*{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,3}})"


def _agency_group(n: int) -> str:
    # "(AP)" or "/TASS/": the agency after a dateline, in named groups a{n}, b{n}
    return rf"(?:\s*\((?P<a{n}>[^()\n]{{2,40}})\)|\s*/(?P<b{n}>[^/\n]{{2,40}})/\.?)"


_DL_SEP = r"\s*(?:[—–]|-{1,2}|:)\s*"
_DATELINE = re.compile(
    rf"""^(?:
        (?P<caps>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}{_REGION}{{0,2}})
            (?:,\s*(?i:{_DATE_PHRASE}))?\.?{_agency_group(1)}?{_DL_SEP}
      | (?P<titled>{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,3}}{_REGION}{{0,2}})
            (?:,\s*(?i:{_DATE_PHRASE}))?\.?{_agency_group(2)}{_DL_SEP}
      | \((?P<agency3>[^()\n]{{2,40}})\){_DL_SEP}
      | (?P<slashed>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}{_REGION}{{0,2}})
            (?:,\s*(?i:{_DATE_PHRASE}))?\.?\s*/(?P<b3>[^/\n]{{2,40}})/\.?(?:{_DL_SEP}|\s+)
    )""",
    re.X,
)
# All-caps labels that open a paragraph like a dateline but are not places.
_KICKERS = frozenset(
    """BREAKING UPDATE UPDATED EXCLUSIVE WATCH LIVE ANALYSIS OPINION EDITORIAL COMMENT FILE
    PHOTO PHOTOS VIDEO NOTE CORRECTION CLARIFICATION EDITOR'S EDITORS READ ALSO
    WARNING ALERT URGENT FLASH FACT SOURCE SOURCES""".split()
)


def split_dateline(paragraph: str) -> tuple[str | None, str | None, str]:
    """Split a dateline off the start of a paragraph.

    Returns ``(place, agency, rest)``; ``place`` and ``agency`` are None when
    absent, and ``rest`` is the paragraph without the dateline. A dateline is
    an all-capitals place (optionally with region, date and agency) ended by
    a colon or a dash, or a place in any case followed by an agency in
    brackets. All-capitals labels such as "UPDATE:" are not places.

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
    place = m.group("caps") or m.group("titled") or m.group("slashed")
    agency_text = next(filter(None, (m.group(g) for g in ("a1", "b1", "a2", "b2", "agency3", "b3"))), None)
    if place:
        first = place.split(",")[0].split()[0].strip(".")
        if first.upper() in _KICKERS or (not m.group("titled") and len(first.replace(".", "")) < 3 and not agency_text):
            return None, None, paragraph
        place = place.strip().rstrip(",")
        last = place.rsplit(None, 1)[-1].rsplit(",", 1)[-1]
        if last.endswith(".") and last.count(".") == 1 and len(last) > 6:
            place = place[:-1]  # a full stop after a name; "Wash." and "N.Y." keep theirs
    agency = _wire_name(agency_text) if agency_text else None
    if m.group("agency3") and agency is None:
        return None, None, paragraph
    rest = paragraph[m.end() :].lstrip()
    if not rest and not agency_text and m.group(0).rstrip().endswith(":"):
        return None, None, paragraph  # "NOTE:" alone on a line is a label, not a dateline
    return place, agency or (agency_text.strip() if agency_text else None), rest


def _strip_datelines(paras: list[str], i: int) -> tuple[str | None, str | None]:
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


# ---------------------------------------------------------------------------
# Photo captions
# A caption opens with a photo cue ("In this photo ...", "FILE - ...") or ends
# with a credit in brackets that names a photo ("(AP Photo/Jo Smith)",
# "(Press Service via AP)", "(Photo: Jane Doe/Agency)").
_CAPTION_LEAD = re.compile(
    r"^(?:In this (?:handout |undated |file |pool |video |screen ?grab )?(?:photo|image|picture|photograph|video|frame|screenshot|handout)\b"
    r"|This (?:handout |undated |file )?(?:photo|image|picture|photograph)\b"
    r"|A handout (?:photo|image|picture)\b|FILE\s*(?:PHOTO)?\s*[-–—:]|FILE PHOTO\b"
    r"|\(?(?:Photo|Image|Foto|Фото|Фото и видео|Иллюстрация)\s*:)",
)
_CAPTION_CREDIT = re.compile(r"\((?P<credit>[^()\n]{2,120})\)\s*$")
_PHOTO_WORDS = re.compile(
    r"\b(?:via|(?i:photos?|photograph|fotos?|images?|pictures?|pool|handout|file|getty|shutterstock))\b|\w/\w"
)
# A credit after the caption without brackets: "... in Minsk. Photo: Jane Doe /
# Agency", "Photo by X", "Фото: X", or the Indian-aggregator tag
# "Dubai skyline/Representative Image".
_CAPTION_TAIL = re.compile(
    r"(?:^|[.!?…]\s+|\s[|–—-]\s)(?P<credit>(?:Photo|Photos|Photograph|Picture|Image|Foto|Фото|Illustration|Иллюстрация)"
    r"(?:\s+by|\s*:|\s+credit:?)\s*[^.!?\n]{2,100})$"
    r"|(?:^|[\s/])(?P<tag>(?:Representative|Representational|File|Stock|Archive) (?:Image|Photo|Picture)s?)$",
    re.I,
)
# A bracketed credit that is only a name ("(Continental Press)"): a caption
# when it closes a short paragraph that stands before the dateline.
_NAME_CREDIT = re.compile(rf"\((?P<credit>[{_UP}][\w.&'’-]*(?:\s+(?:of\s+|for\s+)?[{_UP}][\w.&'’-]*){{0,5}})\)\s*$")
_MAX_CAPTION_WORDS = 120
_DATELINE_SEARCH = 4  # paragraphs: up to three captions may stand before the dateline
_MAX_PRE_DATELINE_WORDS = 60  # a caption before the dateline is short


def _is_name_credit_caption(paragraph: str) -> bool:
    return len(paragraph.split()) <= _MAX_PRE_DATELINE_WORDS and bool(_NAME_CREDIT.search(paragraph))


def _caption_credit(paragraph: str) -> str | None:
    m = _CAPTION_CREDIT.search(paragraph)
    if m and _PHOTO_WORDS.search(m.group("credit")):
        return m.group("credit")
    m = _CAPTION_TAIL.search(paragraph)
    if m:
        return m.group("credit") or m.group("tag")
    return None


def _credit_of(caption: str) -> str:
    """The credit part of a caption ("Belarusian Presidential Press Service via AP")."""
    credit = _caption_credit(caption)
    if credit:
        return credit
    m = _NAME_CREDIT.search(caption)
    return m.group("credit") if m else ""


def _is_caption(paragraph: str) -> bool:
    if len(paragraph.split()) > _MAX_CAPTION_WORDS:
        return False
    return bool(_CAPTION_LEAD.match(paragraph) or _caption_credit(paragraph))


# ---------------------------------------------------------------------------
# Chrome lines that can sit anywhere in extracted text: dropped when a whole
# paragraph is nothing else. Kept strict (full-line match, short) so that a
# sentence mentioning "advertisement" is never touched.
_CHROME_PATTERNS = (
    r"advertisement", r"advertisement\W+scroll to continue", r"scroll to continue(?: with content)?",
    r"ad", r"sponsored(?: content)?",
    r"share(?: this| the)?(?: article| story| post| page)?(?: on| via)?(?: \w+)?\W*",
    r"(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|e-mail|print|copy link|vk)"
    r"(?:\W+(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|e-mail|print|copy link|vk))*",
    r"(?:click|tap) here to .{0,80}", r"subscribe(?: now| to .{0,60})?", r"sign up .{0,60}",
    r"follow us .{0,60}", r"(?:©|\(c\)|copyright)\s.{0,120}", r"all rights reserved.{0,60}",
    r"tags?:.{0,200}", r"filed under:?.{0,200}", r"listen to (?:this|the) (?:article|story).{0,40}",
    r"\d+ min(?:ute)?s? read", r"reading time:.{0,20}", r"comments?(?: \(\d+\))?", r"\d+ comments?",
    r"leave a (?:comment|reply)", r"print this (?:article|page)",
    r"реклама", r"поделиться", r"подписывайтесь.{0,60}",
)
_CHROME_LINE = re.compile("^(?:" + "|".join(_CHROME_PATTERNS) + ")$", re.I)


# ---------------------------------------------------------------------------
# Language
_LETTER = re.compile(rf"[{_UP}{_LO}]|[^\W\d_]")
_MIN_LETTERS_FOR_LANGUAGE = 12  # fewer letters than this is a guess, not an identification
_TRUST_DETECTION_LETTERS = 60  # from about ten words on, the text outranks a declared language
_LANGUAGE_SAMPLE = 400  # characters (~65 words): all 87 practice-corpus texts (en, ru, de, lt) right from 150 on; cost grows with length


@lru_cache(maxsize=1)
def _language_identifier():
    # py3langid ships its model inside the wheel; built once per process.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


def _count_letters(sample: str, enough: int) -> int:
    letters = 0
    for _ in _LETTER.finditer(sample):
        letters += 1
        if letters >= enough:
            break
    return letters


def _detect_language(text: str) -> str | None:
    sample = text[:_LANGUAGE_SAMPLE]
    if _count_letters(sample, _MIN_LETTERS_FOR_LANGUAGE) < _MIN_LETTERS_FOR_LANGUAGE:
        return None
    lang, _score = _language_identifier().classify(sample)
    return str(lang) if lang and lang != "und" else None


def _declared_language(value: object) -> str | None:
    """ISO 639-1 code from a declared value ("en-GB", "RU", "ru_RU")."""
    if not isinstance(value, str):
        return None
    code = re.split(r"[-_,;\s]", value.strip().lower(), maxsplit=1)[0]
    return code if re.fullmatch(r"[a-z]{2}", code) else None


def _language(text: str, title: str | None, declared: object) -> str | None:
    """The language of the text as measured; the declared one (page ``lang``,
    export field) only when the text is too short to measure, since page
    templates often declare one language for every page."""
    if _count_letters(text[:_LANGUAGE_SAMPLE], _TRUST_DETECTION_LETTERS) >= _TRUST_DETECTION_LETTERS:
        return _detect_language(text)
    return _declared_language(declared) or _detect_language(text or title or "")


# ---------------------------------------------------------------------------
# Records
#: Fields of the articles schema that cleaning fills (the loader adds
#: article_id, outlet, source, format and duplicate_of).
TEXT_FIELDS = (
    "url",
    "title",
    "published",
    "published_from",
    "authors",
    "language",
    "dateline",
    "wire",
    "caption",
    "text",
    "n_words",
    "related",
)
# A token of punctuation alone ("—", "•") is not a word.
_PUNCT_TOKEN = re.compile(r"(?<!\S)[^\w\s]+(?!\S)")


def _count_words(text: str) -> int:
    """Number of white-space separated tokens that hold a letter or digit."""
    return len(text.split()) - len(_PUNCT_TOKEN.findall(text))


_BY_PREFIX = re.compile(r"^(?:by|от|автор:?)\s+", re.I)
# Byline pieces that are roles, desks or sources, not people ("Staff Writer",
# "Moscow Bureau", "and agencies"), and pieces no name has (times, dates,
# e-mail, links). User names with digits ("delta201") are kept: blogs sign so.
_NOT_A_NAME = re.compile(
    r"\b(?:writer|writers|correspondent|correspondents|reporter|reporters|editor|editors|staff|"
    r"contributor|contributors|columnist|bureau|desk|newsroom|agencies|updated|published|"
    r"корреспондент|редакция|агентства)\b|\d{1,2}:\d{2}|\d{4}-\d{2}|@|https?:|www\.",
    re.I,
)
_MAX_NAME_WORDS = 5


def _clean_str(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        try:
            if value != value:  # NaN
                return None
        except (TypeError, ValueError):
            return None
        value = str(value)
    value = normalize_text(value)
    return value or None


def _clean_title(value: object) -> str | None:
    title = _clean_str(value)
    return " ".join(title.split()) if title else None


_WORDS = re.compile(r"\w+")


def _key(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def _as_list(value: object) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable) and not isinstance(value, (bytes, dict)):
        return list(value)
    return []


def _clean_authors(value: object) -> tuple[list[str], str | None]:
    """Strip "By"; drop empties, duplicates, roles and desks; move agencies to the wire."""
    authors: list[str] = []
    wire = None
    for item in _as_list(value):
        name = _clean_title(item) if isinstance(item, str) else None
        if not name:
            continue
        name = _BY_PREFIX.sub("", name).strip(" ,;")
        # "Jane Roe, Staff Writer" / "Jane Roe | Reuters": keep the person
        pieces = [name] if _is_name(name) or _wire_name(name) else re.split(r"\s*[,|–—]\s*|\s-\s", name)
        for piece in pieces:
            agency = _wire_name(piece)
            if agency:
                wire = wire or agency
            elif _is_name(piece) and piece not in authors:
                authors.append(piece)
    return authors, wire


def _is_name(piece: str) -> bool:
    return bool(piece) and _n_words(piece) <= _MAX_NAME_WORDS and not _NOT_A_NAME.search(piece)


def _clean_related(value: object) -> list[dict]:
    items: list[dict] = []
    seen: dict[str, dict] = {}
    for item in _as_list(value):
        if isinstance(item, dict):
            title, summary = _clean_title(item.get("title")), _clean_title(item.get("summary"))
        elif isinstance(item, str):
            title, summary = _clean_title(item), None
        else:
            continue
        if not title and not summary:
            continue
        k = _key(title or summary or "")
        if k in seen:
            if summary and not seen[k]["summary"]:
                seen[k]["summary"] = summary
            continue
        seen[k] = {"title": title, "summary": summary}
        items.append(seen[k])
    return items


def _published_value(value: object) -> str | None:
    """ISO 8601 in UTC for datetimes (naive ones taken as UTC), dates, numpy
    and pandas timestamps; strings pass through for the schema to parse;
    missing values (None, NaN, NaT) and bare numbers become None."""
    if value is None or isinstance(value, (bool, int, float)):
        return None
    try:
        if value != value:  # NaN, NaT
            return None
    except (TypeError, ValueError):
        return None
    if isinstance(value, str):
        return _clean_title(value)
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        value = value.to_pydatetime()
    elif hasattr(value, "astype") and hasattr(value, "dtype"):  # numpy datetime64
        try:
            value = value.astype("datetime64[us]").item()
        except (TypeError, ValueError):
            return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC).isoformat()
    return None


def tidy_article(record: dict) -> dict:
    """Finish a raw extracted record: clean its body and derive the text fields.

    The finishing step shared by every extractor (:func:`toolkit.extract.parse_html`,
    :func:`parse_text`, JSON/CSV records), so every input kind is cleaned by
    the same rules, in this order:

    1. normalise unicode and white space in title, text, caption;
       join soft-wrapped lines; drop chrome-only paragraphs ("Advertisement");
    2. drop leading paragraphs that repeat the title;
    3. move photo captions (with their credit) from the text to ``caption``;
    4. insert the missing space between glued sentences ("2024.John");
    5. drop repeated sentences, keeping the first occurrence;
    6. split the dateline off the opening paragraph into ``dateline`` and its
       agency into ``wire`` (a short paragraph before it that ends with a
       bracketed name credit is a caption);
    7. find the wire credit (record, dateline, byline, sign-off, caption
       credit, in that order of trust);
    8. count words and identify the language (ISO 639-1, py3langid; None
       for texts with too few letters to tell).

    Parameters
    ----------
    record : dict
        Raw fields; ``text`` is required in spirit but may be missing or
        empty. Other keys (``article_id``, ``source``, ...) pass through.

    Returns
    -------
    dict
        A new dict (the input is not modified) with at least the keys of
        :data:`TEXT_FIELDS`; ``text`` is a str (paragraphs separated by a
        blank line), ``authors`` and ``related`` are lists.

    Examples
    --------
    >>> rec = tidy_article({"title": "Talks end", "text": "Talks end\\n\\nLONDON (Reuters) - They ended.It rained."})
    >>> rec["text"], rec["dateline"], rec["wire"], rec["n_words"]
    ('They ended. It rained.', 'LONDON', 'Reuters', 4)
    """
    if not isinstance(record, Mapping):
        raise TypeError(f"tidy_article expects a dict record, got {type(record).__name__}")
    out = dict(record)
    title = _clean_title(out.get("title"))
    caption = _clean_str(out.get("caption"))
    dateline = _clean_title(out.get("dateline"))
    wire = _wire_name(_clean_title(out.get("wire"))) or _clean_title(out.get("wire"))
    authors, byline_wire = _clean_authors(out.get("authors"))

    paras = [p for p in _paragraphs(_clean_str(out.get("text")) or "") if not _CHROME_LINE.match(p)]

    # 2-3: repeated title and captions (a caption may sit between two titles)
    captions = [caption] if caption else []
    caption_keys = {_key(c) for c in captions}
    title_key = _key(title) if title else None
    kept: list[str] = []
    for para in paras:
        k = _key(para)
        if title_key and not kept and k == title_key:
            continue
        if k in caption_keys:
            continue
        if _is_caption(para):
            captions.append(para)
            caption_keys.add(k)
            continue
        kept.append(para)
    paras = kept

    # 4-5: glued sentences, repeats (before the dateline, so that a repeated
    # lead paragraph goes with its dateline)
    paras = dedupe_sentences([fix_sentence_spacing(p) for p in paras])

    # 6: dateline. It opens the story: it is looked for in the first
    # paragraph, or after short paragraphs that end with a bracketed name
    # credit, which are then captions. A dateline alone on its line goes.
    dateline_agency = None
    for i, para in enumerate(paras[:_DATELINE_SEARCH]):
        if i and not _is_name_credit_caption(paras[i - 1]):
            break
        place, agency, _rest = split_dateline(para)
        if not (place or agency):
            continue
        captions.extend(paras[:i])
        del paras[:i]
        i = 0
        place, agency = _strip_datelines(paras, i)
        dateline = dateline or place
        dateline_agency = agency
        # a page that repeats the lead paragraph repeats its dateline too
        for j in range(i + 1, len(paras)):
            again, _, rest_j = split_dateline(paras[j])
            if again and place and again == place and rest_j:
                paras[j] = rest_j
        break

    text = "\n\n".join(paras)

    # 7: wire credit, most trusted evidence first
    if not wire:
        wire = (
            _dateline_wire(dateline_agency)
            or byline_wire
            or wire_from_text(text)
            or next(filter(None, (_wire_in(_credit_of(c)) for c in captions)), None)
        )

    out.update(
        {
            "url": _clean_title(out.get("url")),
            "title": title,
            "published": _published_value(out.get("published")),
            "published_from": _clean_title(out.get("published_from")),
            "authors": authors,
            "dateline": dateline,
            "wire": wire,
            "caption": "\n\n".join(captions) if captions else None,
            "text": text,
            "n_words": _count_words(text),
            "language": _language(text, title, out.get("language")),
            "related": _clean_related(out.get("related")),
        }
    )
    if out["published"] is None:
        out["published_from"] = None
    return out


def make_pipeline(*steps: Callable[[str], str]) -> Callable[[str], str]:
    """Chain ``str -> str`` steps into one function, applied left to right.

    Examples
    --------
    >>> clean = make_pipeline(normalize_text, fix_sentence_spacing)
    >>> clean("It ended  in 2024.Then  it rained.")
    'It ended in 2024. Then it rained.'
    """

    def pipeline(text: str) -> str:
        for step in steps:
            text = step(text)
        return text

    return pipeline


# ---------------------------------------------------------------------------
# Page dumps
# Headings that open a block of teasers at the foot of an aggregator page.
# Everything after the first of them is related material, not the article.
# Compared after case folding, with trailing ":" and arrows removed.
SECTION_HEADINGS = frozenset(
    {
        # "what else to read" blocks
        "hot this week", "trending", "trending now", "trending news", "trending stories",
        "most read", "most popular", "most viewed", "most shared", "popular", "popular now",
        "popular stories", "popular posts", "top stories", "top news", "top picks",
        "related", "related articles", "related stories", "related news", "related posts",
        "related content", "related coverage", "related topics", "topics", "more stories",
        "more news", "more", "recommended", "recommended for you", "recommended stories",
        "you may also like", "you might also like", "you may like", "also read", "read next",
        "read more", "more to read", "what to read next", "editor's picks", "editors' picks",
        "editor's choice", "don't miss", "must read", "in case you missed it", "latest",
        "latest news", "latest stories", "latest posts", "recent posts", "recent news",
        "up next", "explore more", "more to explore", "from the web", "around the web",
        "promoted stories", "sponsored stories", "news in brief", "also in the news",
        # Russian and Belarusian equivalents (the running case is partly in Russian)
        "читайте также", "смотрите также", "популярное", "самое читаемое", "новости по теме",
        "похожие новости", "по теме", "последние новости", "главное", "еще по теме",
        "ещё по теме", "чытайце таксама", "галоўнае",
    }
)
# Heading shapes that take a name: "More from Riverton", "Trending in World".
_HEADING_PREFIX = re.compile(
    r"^(?:more (?:from|in|on|about|stories from|news from)|trending in|latest (?:from|in)"
    r"|also (?:on|in)|top \d+|top stories (?:in|from)|other stories|stories you may)\b",
    re.I,
)
# Lines that point to the original page; they close the article body and are
# never part of it. "Source: X" may name the wire.
_SOURCE_LINK = re.compile(
    r"^(?:go to (?:the )?source|source link|view (?:the )?(?:source|original)(?: article| story)?"
    r"|read (?:the )?(?:original|full|complete)(?: article| story| report)?(?: (?:at|on|here) .{0,80})?"
    r"|(?:continue )?read(?:ing)? (?:the rest |more )?(?:at|on) .{1,80}"
    r"|originally (?:published|appeared) .{0,120}|(?:this (?:article|story) )?(?:was )?first (?:published|appeared) .{0,120}"
    r"|source:\s*(?P<source>.{1,80})|источник:?\s*(?P<source_ru>.{0,80})|оригинал (?:статьи|материала)?.{0,80}"
    r"|читать (?:полностью|далее|на сайте).{0,80}|перейти к источнику)$",
    re.I,
)
# "Read More"-style markers that end a teaser summary. They stand after the
# summary's last sentence or a separator ("... legend. Read More",
# "... | Continue reading »"); "more" alone only with an arrow ("More »"), so
# that a sentence ending "... could rise even more." is not taken for one.
_READ_MORE = re.compile(
    r"(?:^|(?<=[.!?…\"”’»)])\s+|\s*[-–—|·»›]\s*)"
    r"(?:(?:read more|continue reading|read full (?:story|article)|read the full (?:story|article)"
    r"|читать далее|подробнее)\s*[»›→>.…]*|more\s*[»›→>]+)\s*$",
    re.I,
)
# In-body pointers to another story ("Also read: ...", "READ MORE: ..."):
# moved to related.
_INLINE_TEASER = re.compile(r"^(?:also read|read also|read more|related|see also|watch|читайте также|по теме)\s*[:|\-–—]\s*(?P<title>.+)$", re.I)
# Header lines: weather ("17.1 C", "23°F Sunny"), clocks, "Last updated".
_WEATHER = re.compile(r"^(?:[^\d\n]{0,30}\s)?[-+−]?\d{1,3}(?:[.,]\d+)?\s*°?\s*[CF]\b[^\n]{0,30}$")
_CLOCK = re.compile(r"^(?:[^\n]{0,20}\s)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,5})?$")
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье"
_DATE_CORE = rf"""(?:(?:{_WEEKDAY})\s*,?\s*)?
    (?:(?P<mname>{_MONTH_RE})\s+(?P<mday>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<myear>\d{{4}})
      |(?P<dday>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<dname>{_MONTH_RE}),?\s+(?P<dyear>\d{{4}})(?:\s*(?:г\.|года))?
      |(?P<iyear>\d{{4}})-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d)
      |(?P<eday>[0-3]?\d)[./-](?P<emonth>[0-3]?\d)[./-](?P<eyear>\d{{4}}))"""
# A line that is only a date, with an optional label and clock time:
# "Saturday, December 13, 2025", "Published: 2024-11-05 14:20", "Updated Dec 2, 2024, 5:04 PM EST".
_HEADER_DATE = re.compile(
    rf"""^(?:(?:published|updated|last\s+updated|posted|date|опубликовано|обновлено)\s*(?:on|at)?\s*:?\s*)?
    {_DATE_CORE}
    (?:\s*(?:[|,·•@–—-]|at)?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*\(?[A-Z]{{2,5}}\)?)?)?\s*\.?$""",
    re.I | re.X,
)
# A date inside a header line shared with other chrome:
# "WORLDPULSE24 | Thu 11 Sep 2025 | Dubai 39°C", "13/12/2025  7°C Drizzle, London".
_DATE_IN_LINE = re.compile(rf"(?<![\w/.-]){_DATE_CORE}(?![\w/.-])", re.I | re.X)
# Numeric dates such as 05/07/2024 are read day first, as in most of the
# world (and in the British and Indian aggregators this targets); a date that
# can only be month first (07/13/2024) is read so.
DAY_FIRST = True
_BYLINE = re.compile(
    rf"^(?:by|written by|posted by|от|автор:?)\s+(?P<names>[{_UP}][^\n]{{1,120}})$",
    re.I,
)
_BYLINE_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bи\b)\s*")
_BYLINE_TAIL = re.compile(r"\s*(?:[|•·–—]|\s-\s).*$")
# Navigation bars: three or more short items separated by | · • / or »
# ("Home | World | Business").
_NAV = re.compile(r"^[^|•·»/\n]{1,30}(?:\s*[|•·»/]\s*[^|•·»/\n]{1,30}){2,}$")
_NUMBERED = re.compile(r"^(?:\d{1,2}[.)]|[•·▪►▶*»›-])\s+")
_QUOTED_SENTENCE_END = re.compile(r"[.!?…][\"”’»]\s*$")
_PROSE_END = re.compile(r"[.;,:]\s*$")  # headlines do not end so
_SENTENCE_END = re.compile(r"[.!?…\"”]\s*$")
_MAX_TITLE_WORDS = 30
_MAX_TEASER_WORDS = 80  # a teaser summary is a sentence or two; body paragraphs after a "heading" mean it was not one
_MAX_HEADER_WORDS = 6  # header chrome (place, weather, edition) is a few words a line
_MAX_MASTHEAD_WORDS = 12  # a site name with its tagline, above a repeated headline
_TITLE_SEARCH_UNITS = 10  # the title sits among the first lines of a dump


def _header_date(line: str, anywhere: bool = False) -> str | None:
    """ISO UTC midnight of a date line ("Saturday, December 13, 2025"), else None.

    With ``anywhere``, the date may sit inside a longer header line.
    """
    if len(line) > (120 if anywhere else 60):
        return None
    m = (_DATE_IN_LINE.search if anywhere else _HEADER_DATE.match)(line)
    if not m:
        return None
    return _date_iso(m)


def _date_iso(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    try:
        if g["mname"]:
            year, month, day = int(g["myear"]), _MONTHS[g["mname"].lower().rstrip(".")], int(g["mday"])
        elif g["dname"]:
            year, month, day = int(g["dyear"]), _MONTHS[g["dname"].lower().rstrip(".")], int(g["dday"])
        elif g["iyear"]:
            year, month, day = int(g["iyear"]), int(g["imonth"]), int(g["iday"])
        else:
            first, second = int(g["eday"]), int(g["emonth"])
            day, month = (first, second) if DAY_FIRST else (second, first)
            if month > 12 >= day:
                day, month = month, day
            year = int(g["eyear"])
        return datetime(year, month, day, tzinfo=UTC).isoformat()
    except (KeyError, ValueError):
        return None


def _heading_key(line: str) -> str:
    return line.casefold().replace("’", "'").strip().rstrip(":»›>→ ").strip()


def _is_heading(line: str) -> bool:
    if len(line) > 60:
        return False
    return _heading_key(line) in SECTION_HEADINGS or bool(_HEADING_PREFIX.match(line) and len(line.split()) <= 6)


def _n_words(line: str) -> int:
    return line.count(" ") + 1 if line else 0


def _is_title_like(line: str) -> bool:
    """A headline: a few words, not ending like a prose sentence."""
    n = _n_words(line)
    if n < 2 or n > _MAX_TITLE_WORDS or _READ_MORE.search(line) or _NAV.match(line):
        return False
    if _QUOTED_SENTENCE_END.search(line) and not line.endswith("?’"):
        return False  # a quoted sentence, not a headline
    return not _PROSE_END.search(line) or line.endswith("...")


def _is_title_candidate(line: str, min_words: int) -> bool:
    """Headline-shaped and none of the other things a short top line can be."""
    return (
        _n_words(line) >= min_words
        and _is_title_like(line)
        and not _header_date(line)
        and not _is_heading(line)
        and not _CHROME_LINE.match(line)
        and not _SOURCE_LINK.match(line)
        and not _byline_names(line)
    )


def _is_header_chrome(line: str) -> bool:
    return bool(
        _header_date(line)
        or _WEATHER.match(line)
        or _CLOCK.match(line)
        or _NAV.match(line)
        or _CHROME_LINE.match(line)
        or (_n_words(line) <= _MAX_HEADER_WORDS and not _TERMINAL_END.search(line))
    )


def _is_header_line(line: str) -> bool:
    """Chrome, or a masthead with its tagline ("HEADLINE HUB - News from around the web")."""
    return _is_header_chrome(line) or (
        _n_words(line) <= _MAX_MASTHEAD_WORDS and not _SENTENCE_END.search(line)
    )


def _link_credit(m: re.Match[str]) -> str | None:
    """The name a source line gives ("Source: Reuters | Go to original" -> "Reuters")."""
    credit = m.group("source") or m.group("source_ru")
    if not credit:
        return None
    credit = re.split(r"\s+[|•·–—-]\s+|\s*\|\s*", credit)[0].strip(" .,;")
    return credit or None


def _byline_names(line: str) -> list[str] | None:
    if _n_words(line) > 14:
        return None
    m = _BYLINE.match(line)
    if not m:
        return None
    names = _BYLINE_TAIL.sub("", m.group("names"))
    return [n for n in _BYLINE_SPLIT.split(names) if n]


def _parse_teasers(units: list[str]) -> list[dict]:
    """Pair teaser titles with their summaries; headings and links are skipped."""
    items: list[dict] = []
    pending: str | None = None
    for unit in units:
        if _is_heading(unit) or _SOURCE_LINK.match(unit) or _CHROME_LINE.match(unit):
            if pending:
                items.append({"title": pending, "summary": None})
                pending = None
            continue
        unit = _NUMBERED.sub("", unit)
        summary = _READ_MORE.sub("", unit).strip()
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


def _trailing_teasers(units: list[str]) -> int:
    """Index where a heading-less run of "... Read More" teasers starts at the end."""
    i = len(units)
    while i > 0 and _READ_MORE.search(units[i - 1]) and _n_words(units[i - 1]) <= 80:
        i -= 1
        if i > 0 and _is_title_like(units[i - 1]) and not _READ_MORE.search(units[i - 1]):
            i -= 1
    return i


def parse_text(text: str, url: str | None = None) -> dict:
    """Read a plain-text article or an aggregator's page dump into one record.

    Rules, by the shape of lines rather than by any site's wording:

    - **header**: a run of short lines before the headline (date, weather,
      place, edition). A date line gives ``published`` (UTC midnight of that
      day) with ``published_from="header"``.
    - **title**: a headline-shaped line (a few words, no final full stop)
      among the first lines, preferring one the page repeats; kept once.
    - **byline**: "By Jane Doe and John Roe" near the title -> ``authors``
      (an agency named there becomes the ``wire``).
    - **end of body**: a link to the original ("Go to Source", "Read the
      original article", "Source: X") or a teaser-section heading from
      :data:`SECTION_HEADINGS` ("Hot this week", "Related Articles", ...).
    - **teasers**: after that point, headline lines paired with the summary
      that follows (a trailing "Read More" stripped) -> ``related``,
      deduplicated; a heading-less run of "... Read More" teasers at the
      end, and "Also read: ..." lines in the body, go there too.

    The body then goes through :func:`tidy_article` (caption, dateline,
    wire, repeated sentences, language). A text without any chrome comes
    through intact; a leading headline line becomes ``title``.

    Parameters
    ----------
    text : str
        Decoded page text.
    url : str, optional
        Where it came from; kept in ``url``.

    Returns
    -------
    dict
        Keys of :data:`TEXT_FIELDS` (all articles-schema columns).

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
    units = _paragraphs(normalize_text(text))
    published: str | None = None
    authors: list[str] = []
    credits: list[str] = []  # names given by "Source: X" lines
    related: list[dict] = []

    # title: a repeated headline among the first lines wins; else the first
    # headline-shaped line after header chrome, if body follows it
    limit = min(len(units), _TITLE_SEARCH_UNITS)
    title_idx: int | None = None
    for j in range(limit):
        if j and not _is_header_line(units[j - 1]):
            break
        u = units[j]
        if _is_title_candidate(u, min_words=2):
            k = _key(u)
            if any(_key(v) == k for v in units[j + 1 : j + 4]):
                title_idx = j
                break
    if title_idx is None:
        for j in range(limit):
            u = units[j]
            if _is_title_candidate(u, min_words=3) and j + 1 < len(units) and not _is_heading(units[j + 1]):
                title_idx = j
                break
            if not _is_header_chrome(u):
                break

    title: str | None = None
    header: list[str] = []
    if title_idx is not None:
        header = units[:title_idx]
        title = units[title_idx]
        body = units[title_idx + 1 :]
    else:
        # no headline: only a header that is evidently chrome (has a date or
        # weather line) is taken off; otherwise the text is all body
        i = 0
        while i < len(units) and i < _TITLE_SEARCH_UNITS and _is_header_chrome(units[i]):
            i += 1
        if any(_header_date(u) or _WEATHER.match(u) for u in units[:i]) and i < len(units):
            header, body = units[:i], units[i:]
        else:
            body = units

    for u in header:
        published = published or _header_date(u, anywhere=True)
        names = _byline_names(u)
        if names:
            authors.extend(names)

    # lines right after the title: repeats of it, byline, date, credit line
    title_key = _key(title) if title else None
    j = 0
    while j < len(body) and j < 5:
        u = body[j]
        names = _byline_names(u)
        d = _header_date(u)
        link = _SOURCE_LINK.match(u) if _n_words(u) <= 12 else None
        if title_key and _key(u) == title_key:
            body.pop(j)
        elif names:
            authors.extend(names)
            body.pop(j)
        elif d:
            published = published or d
            body.pop(j)
        elif link:
            credits.append(_link_credit(link))
            body.pop(j)
        elif title is not None and (_NAV.match(u) or _CHROME_LINE.match(u)):
            body.pop(j)
        else:
            j += 1

    # end of the body: the first source link or section heading after some
    # body that only short teaser-sized lines follow
    end = len(body)
    longest_after = [0] * (len(body) + 1)
    for j in range(len(body) - 1, -1, -1):
        longest_after[j] = max(longest_after[j + 1], _n_words(body[j]))
    for j, u in enumerate(body):
        if (
            j > 0
            and _n_words(u) <= 25
            and (_SOURCE_LINK.match(u) or _is_heading(u))
            and longest_after[j + 1] <= _MAX_TEASER_WORDS
        ):
            end = j
            break
    tail = body[end:]
    body = body[:end]
    start_teasers = _trailing_teasers(body)
    if start_teasers > 0:
        tail = body[start_teasers:] + tail
        body = body[:start_teasers]

    for u in tail:
        m = _SOURCE_LINK.match(u)
        if m:
            credits.append(_link_credit(m))
    related.extend(_parse_teasers(tail))

    kept: list[str] = []
    for u in body:
        m = _INLINE_TEASER.match(u)
        if m and _n_words(u) <= _MAX_TITLE_WORDS:
            related.append({"title": _READ_MORE.sub("", m.group("title")).strip(), "summary": None})
        elif _n_words(u) <= 25 and (m := _SOURCE_LINK.match(u)):
            credits.append(_link_credit(m))
        else:
            kept.append(u)

    credits = [c for c in credits if c]
    wire = next(filter(None, map(_wire_name, credits)), None)

    record = {
        "url": url,
        "title": title,
        "published": published,
        "published_from": "header" if published else None,
        "authors": authors,
        "wire": wire,
        "text": "\n\n".join(kept),
        "related": related,
    }
    out = tidy_article(record)
    return {k: out.get(k) for k in TEXT_FIELDS}
