"""Sentences: offsets for the events and sources stages, and repeated sentences.

The splitter's language knowledge is data: abbreviations (``abbreviations.txt``,
``ending_abbreviations.txt``), words that open a sentence
(``sentence_openers.txt``) and verbs of saying (``speech_verbs.txt``), of
every language with such a file; and, for a text of a known language, the
marks that language writes after a number to make it an ordinal
(``ordinal_marks.txt``: ``.`` in German "das 17. Sanktionspaket") or after a
year (``year_marks.txt``: ``.`` in Croatian "srpnja 2024.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.clean.datelines import split_dateline
from toolkit.clean.text import UPPER, caseless
from toolkit.clean.vocab import SPEECH_VERBS
from toolkit.languages import available, words, words_all

__all__ = ["dedupe_sentences", "sentence_key", "sentence_spans"]

# Abbreviations after which a full stop does not end a sentence (compared
# case-sensitively on the word before the stop).
_ABBREVIATIONS = frozenset(words_all("abbreviations"))
# Abbreviations that can also end a sentence ("... sanctions on the U.S.
# The EU ..."): split after them only before a word that usually opens one.
_ENDING_ABBREVIATIONS = frozenset(words_all("ending_abbreviations"))
_SENTENCE_OPENERS = frozenset(words_all("sentence_openers"))
# Languages that write an ordinal number with a dot after it ("17." = 17th), and
# those that write a year so too ("srpnja 2024.", year_marks.txt).
_ORDINAL_DOT_LANGS = frozenset(c for c in available("ordinal_marks") if "." in words(c, "ordinal_marks"))
_YEAR_DOT_LANGS = frozenset(c for c in available("year_marks") if "." in words(c, "year_marks"))
# A candidate boundary: . ! ? or … (with closing quotes/brackets, English “…”,
# German „…“, Russian «…») then space then an opening quote/bracket (French
# "« " with its space inside, Croatian and Slovenian »…«), an
# upper-case letter or a digit; or a full-width stop of the scripts written
# without spaces (。！？, Japanese and Chinese), with its closing brackets,
# before any next character.
_BOUNDARY = re.compile(
    rf"(?<=[.!?…])[\"'”’»“‘)\]]*\s+(?=(?:[\"'“‘„‚(\[»]|«\s?)?[{UPPER}0-9])"
    r"|(?<=[。！？])[」』）〕】]*\s*(?=\S)"
    # in a script without letter case, any letter after the stop (checked in _line_spans)
    r"|(?<=[.!?؟…])[\"'”’»)\]]*\s+(?=[\"'«(\[]?(?P<caseless>[^\W\d_]))"
)
# After a quoted question or exclamation, a short attribution ("“Why?” Coale
# asked.", "«Когда?» — спросил он.") continues the sentence.
_ATTRIBUTION_AFTER = re.compile(
    rf"(?:[—–-]\s*)?(?:[{UPPER}][\w'’.-]*\s+){{1,4}}{SPEECH_VERBS}\b[^.!?\n]{{0,60}}[.!?]",
)
# Every boundary follows one of these stops (each branch of _BOUNDARY opens with a
# look-behind for one): the engine is tried only right after one (_boundaries).
_STOP = re.compile(r"[.!?…。！？؟]")
_WORD_BEFORE = re.compile(r"([\w.\-]+)[.!?…]*[\"'”’»)\]]*$")
_NEXT_WORD = re.compile(r"[\"'“‘«(\[]?(\w+)")
_INITIAL = re.compile(rf"^[{UPPER}]$")
# A number of one to three digits right before the stop: an ordinal in the
# languages that write ordinals with a dot ("am 3. Juli", "das 17. Paket").
_ORDINAL_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}\.$")
_YEAR_NUMBER = re.compile(r"(?<![\w.,])(?:1[89]|20)\d\d\.$")


def _is_ordinal(text: str, end: int, next_start: int, lang: str | None) -> bool:
    """Return True when the stop just before ``end`` marks an ordinal number."""
    ordinal = lang in _ORDINAL_DOT_LANGS and _ORDINAL_NUMBER.search(text, max(0, end - 5), end)
    year = lang in _YEAR_DOT_LANGS and _YEAR_NUMBER.search(text, max(0, end - 6), end)
    if not (ordinal or year):
        return False
    return not _opens_sentence(text, next_start)


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


def _boundaries(text: str, pos: int, end: int) -> Iterator[re.Match]:
    """``_BOUNDARY.finditer(text, pos, end)``, tried only right after a stop.

    A match starts right after a stop (its look-behind sees the stop, also one just
    before ``pos``), so the places after the stops are all the engine needs to try; of
    overlapping places, the next is tried after the last match's end (after an empty
    one, one on), as ``finditer`` does.
    """
    cur = pos
    for stop in _STOP.finditer(text, max(pos - 1, 0), end):
        place = stop.end()
        if place < cur:
            continue
        m = _BOUNDARY.match(text, place, end)
        if m is not None:
            yield m
            cur = m.end() if m.end() > place else place + 1


def _line_spans(text: str, pos: int, line_end: int, spans: list[tuple[int, int]],
                lang: str | None = None) -> None:
    """Append the sentences of ``text[pos:line_end]`` (one line) to ``spans``."""
    start = pos
    for m in _boundaries(text, pos, line_end):
        # m spans closing quotes + white space; the sentence ends after the quotes
        punct_end = m.start()
        end = punct_end
        while end < m.end() and not text[end].isspace():
            end += 1
        if end == punct_end and (_is_abbreviation(text, punct_end, m.end())
                                 or _is_ordinal(text, punct_end, m.end(), lang)):
            continue
        if m.group("caseless") is not None:
            letter = m.group("caseless")
            before = _WORD_BEFORE.search(text, pos, punct_end)
            if not caseless(letter) or (before and len(before.group(1).strip(".")) < 2):
                continue  # a lower-case word goes on; "د. محمد": a one-letter abbreviation
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


def sentence_spans(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` character offsets of the sentences of ``text``.

    Offsets index into ``text`` itself, so ``text[start:end]`` is the
    sentence without surrounding white space. A sentence never crosses a
    line break. Full stops of abbreviations (``Dr.``, ``Jan.``, ``U.S.``,
    ``г.``), initials (``John F. Kennedy``) and decimals (``9.5``) do not
    end a sentence; a closing quotation mark after the stop stays with its
    sentence. When ``lang`` is given and that language writes ordinals with
    a dot (its ``ordinal_marks.txt``), the dot after a number of up to three
    digits ("am 3. Juli", "das 17. Sanktionspaket"), or after a year where the
    language writes one so (its ``year_marks.txt``: "srpnja 2024."), does not
    end a sentence either, unless a word that opens sentences follows.

    Parameters
    ----------
    text : str
        Clean text, e.g. the ``text`` field of :func:`~toolkit.clean.tidy_article`.
    lang : str, optional
        ISO 639-1 code of the text's language, for its ordinal marks.

    Returns
    -------
    list of (int, int)

    Examples
    --------
    >>> t = "Belta said so. Dr. Coale met the U.S. envoy in Minsk. “We agree.” He left."
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['Belta said so.', 'Dr. Coale met the U.S. envoy in Minsk.', '“We agree.”', 'He left.']
    >>> t = "政治犯123人を釈放した。米政府は9月、制裁を解除した。"
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['政治犯123人を釈放した。', '米政府は9月、制裁を解除した。']
    >>> t = "Die EU beschloss das 17. Sanktionspaket. Es gilt ab dem 3. Juli."
    >>> [t[a:b] for a, b in sentence_spans(t, "de")]
    ['Die EU beschloss das 17. Sanktionspaket.', 'Es gilt ab dem 3. Juli.']
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        _line_spans(text, pos, line_end, spans, lang)
        pos = line_end + 1
    return spans


_KEY_STRIP = ".!?…,;:\"'“”‘’«»„‚()[]-–— "


def sentence_key(sentence: str) -> str:
    """The repeat key of a sentence: case and spacing folded, closing
    punctuation and quotes ignored."""
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

    Parameters
    ----------
    paragraphs : list of str
        The paragraphs of one text, in order.
    min_words : int
        Shorter sentences are never dropped.

    Returns
    -------
    list of str
        A new list.

    Examples
    --------
    >>> dedupe_sentences(["Minsk freed ten prisoners. It was a start.",
    ...                   "Minsk freed ten prisoners. More may follow soon."])
    ['Minsk freed ten prisoners. It was a start.', 'More may follow soon.']
    """
    seen: set[str] = set()
    out: list[str] = []
    for para in paragraphs:
        kept: list[str] = []
        dropped = False
        for a, b in sentence_spans(para):
            sentence = para[a:b]
            key = sentence_key(split_dateline(sentence)[2])
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
