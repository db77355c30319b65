"""Text rules: unicode and white space, paragraphs, glued sentences, word counts.

Small pure ``str -> str`` steps that name no language. :func:`normalize_text`
and :func:`fix_sentence_spacing` can be chained with :func:`make_pipeline`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

from toolkit.clean.dates import HEAD_LINE_PART, YEARLESS_DATE_LINE, header_date
from toolkit.clean.vocab import DATE_LABELS, READ_MORE

__all__ = [
    "LOWER",
    "TERMINAL_END",
    "UPPER",
    "caseless",
    "count_words",
    "fix_sentence_spacing",
    "make_pipeline",
    "n_words",
    "normalize_text",
    "paragraphs",
]

# ---------------------------------------------------------------------------
# Character classes. ``re`` has no \p{Lu}: these list the upper- and
# lower-case letters of Latin (with Latin-1 and Extended-A/B: Lithuanian,
# Polish, German), Greek and Cyrillic (Russian, Belarusian, Ukrainian).
#: Upper-case letters, for use inside ``[...]``.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper())
#: Lower-case letters, for use inside ``[...]``.
LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.islower())

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
#: A line ends a sentence or a paragraph when it ends like this.
# (full stops of scripts written without spaces too: "。", "！", "？", and "؟", "।")
TERMINAL_END = re.compile(r"[.!?:;…\"”’»)\]。！？．؟।]\s*$")


def normalize_text(text: str) -> str:
    """Return ``text`` in NFC with plain spaces, clean line ends and no controls.

    HTML character references (``&amp;``, ``&#8217;``) are decoded, odd
    spaces (no-break, thin, tabs) become a space, invisible characters
    and control characters are removed, every kind of line break becomes
    ``\\n``, runs of spaces collapse, lines are stripped and runs of blank
    lines collapse to one. Curly quotes and dashes are kept.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str

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


def paragraphs(text: str) -> list[str]:
    """Split normalised text into paragraphs.

    A blank line always separates paragraphs. A single newline separates
    them too, unless it is a soft wrap: the line before does not end like a
    sentence, the next line is not a list item or a "Read more" marker, and
    either the next line starts in lower case or the block is hard-wrapped
    prose and the next line's first word would not have fitted on the line
    before (what a greedy line wrapper does; headings, teaser titles and
    chrome lines stop short of the width).

    Parameters
    ----------
    text : str
        Text as :func:`normalize_text` returns it.

    Returns
    -------
    list of str
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


# A short line that is only a year-less date, maybe with its weekday and other chrome
# after a bar ("gruodžio 14 d., sekmadienis | Vilnius −2 °C", "Penktadienis, rugsėjo 12 d.
# | Vilnius"), is a date line of the page's head, not the tail of the line before.
_DATE_LINE_MAX = 60
# A full date line under a headline, the widest line of its block, is no wrapped tail
# either when a label opens it ("Stand: 13.12.2025, 19:48 Uhr", "Опубликовано 13 декабря
# 2025 в 19:48", "Published 13 December 2025") or it opens with the date's digits and a
# clock time closes it ("12.09.2025 07:15", "13 dicembre 2025, ore 19:42"); a bare "12
# September 2025." or "... am 12.09.2025 um 10:00" may end a hard-wrapped sentence.
_LABEL_LED = re.compile(rf"^\W{{0,3}}(?:{DATE_LABELS})\b", re.I)
_CLOCK_END = re.compile(r"^\d.*\d{1,2}[:.h]\d{2}(?:\s*[^\W\d_]{1,5})?\s*$")


def _is_date_line(line: str) -> bool:
    """Also a byline with its date after a bar ("di Marta Rinaldi | 13 dicembre 2025, ore
    19:42"), which starts in lower case like the tail of a wrapped standfirst, and a
    labelled or timed full date line ("Stand: 13.12.2025, 19:48 Uhr")."""
    if len(line) > _DATE_LINE_MAX:
        return False
    first, *rest = HEAD_LINE_PART.split(line)
    return bool(YEARLESS_DATE_LINE.match(first)) or any(header_date(p, anywhere=True) for p in rest) \
        or bool((_LABEL_LED.match(first) or _CLOCK_END.match(first)) and header_date(first, anywhere=True))


def _soft_wrap(previous: str, line: str, width: int | None) -> bool:
    if TERMINAL_END.search(previous) or _LIST_ITEM.match(line) or READ_MORE.match(line) \
            or _is_date_line(line):
        return False
    if line[:1].islower():
        return True
    if width is None or len(previous) < _WRAP_MIN:
        return False
    return len(previous) + 1 + len(line.split(" ", 1)[0]) > width


# ---------------------------------------------------------------------------
# Glued sentences
# A full stop glued to the next sentence ("July 2024.John Coale"): a lower-case
# letter, digit, % or ) before it, an upper-case letter then a lower-case one
# after it. "U.S." (capital before), "9.5" (digit after) and "PDF" do not match.
_GLUED = re.compile(rf"([.!?]+[\"”’»]?)(?=[{UPPER}][{LOWER}])")
_GLUED_BEFORE = frozenset(
    "abcdefghijklmnopqrstuvwxyz0123456789%)" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.islower())
)
def caseless(text: str) -> bool:
    """Whether ``text`` has letters and none of them has a case (Arabic, Hebrew, CJK).

    >>> caseless("مينسك"), caseless("Minsk"), caseless("2025")
    (True, False, False)
    """
    return any(c.isalpha() for c in text) and text.lower() == text.upper()


# In a script without letter case ("الفاتيكان.وكانت"): a full stop between two letters.
_GLUED_CASELESS = re.compile(r"(?<=[^\W\d_])([.!?؟]+)(?=[^\W\d_])")
# Tokens that legitimately contain ".X": web addresses, e-mail, file names.
_URLISH = re.compile(r"(?:://|www\.|@|\.(?:com|org|net|gov|edu|info|io|by|ru|ua|uk|de|fr|example)\b)", re.I)


def fix_sentence_spacing(text: str) -> str:
    """Insert the missing space between two glued sentences.

    Parameters
    ----------
    text : str
        One paragraph or more.

    Returns
    -------
    str

    Examples
    --------
    >>> fix_sentence_spacing("since July 2024.John Coale said 9.5 of U.S. visit.See www.x.example/Page")
    'since July 2024. John Coale said 9.5 of U.S. visit. See www.x.example/Page'
    >>> fix_sentence_spacing("تجاه الفاتيكان.وكانت الوزارة")
    'تجاه الفاتيكان. وكانت الوزارة'
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

    def _caseless(m: re.Match[str]) -> str:
        if not (caseless(m.string[m.start() - 1]) and caseless(m.string[m.end()])):
            return m.group(1)  # a letter with case on either side: the rule above decides
        return m.group(1) + " "

    return _GLUED_CASELESS.sub(_caseless, _GLUED.sub(_repl, text))


def make_pipeline(*steps: Callable[[str], str]) -> Callable[[str], str]:
    """Chain ``str -> str`` steps into one function, applied left to right.

    Parameters
    ----------
    *steps : callable
        Functions from str to str.

    Returns
    -------
    callable
        ``str -> str``.

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
# Counting
# A token of punctuation alone ("—", "•") is not a word.
_PUNCT_TOKEN = re.compile(r"(?<!\S)[^\w\s]+(?!\S)")


def count_words(text: str) -> int:
    """Number of white-space separated tokens that hold a letter or digit."""
    return len(text.split()) - len(_PUNCT_TOKEN.findall(text))


def n_words(line: str) -> int:
    """Number of space-separated pieces of a normalised line (0 when empty)."""
    return line.count(" ") + 1 if line else 0
