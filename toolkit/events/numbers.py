"""Numbers written in words, approximate and vague quantities.

Three sources, in this order:

- ``text2num`` (:func:`text_to_num.find_numbers`) reads number words in the
  languages it covers (English, French, Spanish, Portuguese, German,
  Italian, Dutch): "fifty-two", "dreiundzwanzig", "cinquenta e dois";
- for other languages, ``resources/lang/<code>/number_words.tsv`` lists the
  words in the case forms news text uses (``word<TAB>value``, ``*N`` for a
  multiplier such as "тысяча"), so "pięćdziesięciu" and "двадцати" are read;
- ``number_joiners.txt`` lists the words that may join tens and units
  ("pedeset i dva" = 52 in Croatian);
- ``number_spellings.tsv`` gives, for a language text2num reads, spellings
  it does not know and the spelling it reads for them (``word<TAB>spelling``:
  Spanish "veintiún" before a noun is "veintiuno", and "veintidos" written
  without its accent is "veintidós");
- ``quantity_words.tsv`` lists phrases such as "a dozen" (12), "une
  trentaine de" (about 30) and vague ones such as "dozens of" or "a group
  of", which give no count; their words are kept.

A single isolated "one" (an article in most languages: "un", "ein") is not
read as a number. In a language written without spaces between words
(``writing.tsv``: ``spaces_between_words<TAB>no``, Japanese) the number words
of the table are found anywhere in the text ("五十二人" = 52), not as whole
words; a small multiplier multiplies the digit before it only ("三百五十" =
350). Marks a language writes only now and then (``optional_marks.txt``:
Arabic short vowels, tanween, shadda, tatweel) are moved to the end of their
word in the view, as spaces, so that "سجيناً" and "أُطلق" read as "سجينا"
and "أطلق"; a prefix of ``clitic_prefixes.txt`` written onto a number ("و7")
becomes a space. :func:`digit_view` returns the sentence with each number
phrase replaced by its digits, padded with spaces to the same length, so
that every regular expression of the pattern files sees digits and every
offset still points into the original sentence.

Examples
--------
>>> view, found = digit_view("Belarus freed fifty-two prisoners.", "en")
>>> view
'Belarus freed 52        prisoners.'
>>> [(q.value, q.qualifier) for q in found]
[(52, None)]
"""

from __future__ import annotations

import functools
import re
import time
from dataclasses import dataclass
from pathlib import Path

from text_to_num import alpha2digit, find_numbers

from toolkit import languages
from toolkit.config import file_stamp
from toolkit.events import prefilter as _rx

__all__ = ["Quantity", "digit_view", "lang_file_stamp", "quantities"]

# Word tokens (with inner hyphens and apostrophes: "fifty-two", "п'ять").
_TOKEN = re.compile(r"\w+(?:[-'’ʼ]\w+)*", re.UNICODE)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})
# text2num reads isolated numbers from this value up ("two"), not "one" or "un".
_THRESHOLD = 2


@dataclass(frozen=True)
class Quantity:
    """A number phrase of a sentence.

    ``value`` is None for a vague quantity ("dozens of"); ``qualifier`` is
    ``about`` for an approximate one ("une trentaine de").
    """

    start: int
    end: int
    value: int | None
    qualifier: str | None
    text: str

    @property
    def vague(self) -> bool:
        """True when the phrase gives no number ("hundreds of", "a group of")."""
        return self.value is None


class _Token:
    """The token protocol of ``text_to_num.find_numbers``."""

    __slots__ = ("_text", "end", "start")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self.start, self.end = text, start, end

    def text(self) -> str:
        return self._text

    def nt_separated(self, previous: _Token) -> bool:  # noqa: ARG002 - protocol
        return False

    def not_a_number_part(self) -> bool:
        return False


@functools.lru_cache(maxsize=64)
def _text2num_reads(language: str) -> bool:
    try:
        find_numbers([], language)
    except ValueError:
        return False
    return True


# How long (seconds) a file's modification time is trusted before it is read again:
# an edited table is noticed within this time, without a stat per sentence.
_STAMP_SECONDS = 1.0
_stamps: dict[Path, tuple[float, tuple]] = {}


def _stamp(path: Path) -> tuple:
    now = time.monotonic()
    seen = _stamps.get(path)
    if seen is None or now - seen[0] > _STAMP_SECONDS:
        seen = (now, file_stamp([path]))
        _stamps[path] = seen
    return seen[1]


def _lang_file(language: str, name: str) -> Path:
    return _joined(languages.LANG_DIR, language, name)


@functools.lru_cache(maxsize=256)
def _joined(folder: Path, language: str, name: str) -> Path:
    return folder / language / name


def lang_file_stamp(language: str, name: str) -> tuple:
    """The modification stamp of ``resources/lang/<language>/<name>``, looked at no more
    than once a second (a cache key for tables read from the file).

    Parameters
    ----------
    language : str
        ISO 639-1 code.
    name : str
        File name (``number_words.tsv``).

    Returns
    -------
    tuple
        :func:`toolkit.config.file_stamp` of the file.
    """
    return _stamp(_lang_file(language, name))


def _table(language: str) -> dict[str, tuple[int, bool]]:
    """``number_words.tsv`` as ``{word: (value, is_multiplier)}`` (read again when edited)."""
    return _table_at(language, _stamp(_lang_file(language, "number_words.tsv")))


@functools.lru_cache(maxsize=64)
def _table_at(language: str, stamp: tuple) -> dict[str, tuple[int, bool]]:  # noqa: ARG001
    out = {}
    for word, value in languages.table(language, "number_words").items():
        multiplier = value.startswith("*")
        out[word.casefold().translate(_APOSTROPHES)] = (int(value.lstrip("*")), multiplier)
    return out


def _compose(values: list[tuple[int, bool]]) -> int:
    """"две тысячи двести" = 2 x 1000 + 200; "du šimtai" = 2 x 100; "三百五十" = 3 x 100 +
    5 x 10 (a multiplier under a thousand multiplies what follows the last one only)."""
    total = current = unit = 0
    for value, multiplier in values:
        if multiplier and value >= 1000:
            total, current, unit = total + ((current + unit) or 1) * value, 0, 0
        elif multiplier:
            current, unit = current + (unit or 1) * value, 0
        else:
            unit += value
    return total + current + unit


def _unspaced(language: str) -> bool:
    """True for a language written without spaces between words (``writing.tsv``)."""
    return _writing_at(language, _stamp(_lang_file(language, "writing.tsv")))


@functools.lru_cache(maxsize=64)
def _writing_at(language: str, stamp: tuple) -> bool:  # noqa: ARG001
    return languages.table(language, "writing").get("spaces_between_words", "yes") == "no"


@functools.lru_cache(maxsize=64)
def _word_finder(language: str, stamp: tuple) -> re.Pattern:  # noqa: ARG001
    """The number words of an unspaced language, found anywhere (longest first)."""
    words = sorted(_table(language), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or r"(?!)", re.IGNORECASE)


def _table_numbers(sentence: str, language: str) -> list[Quantity]:
    table = _table(language)
    if not table:
        return []
    joiners = _joiners(language)
    out: list[Quantity] = []
    run: list[tuple[re.Match, tuple[int, bool]]] = []
    finder = _word_finder(language, _stamp(_lang_file(language, "number_words.tsv"))) \
        if _unspaced(language) else _TOKEN
    for m in [*finder.finditer(sentence), None]:
        entry = None
        if m is not None and not m.group(0).isdigit():
            word = m.group(0).casefold().translate(_APOSTROPHES)
            entry = table.get(word)
            if entry is None and word in joiners and run and _joins(run[-1][1]):
                continue  # "pedeset i dva": the joiner stays inside the number
        gap = sentence[run[-1][0].end(): m.start()].strip() if run and m is not None else ""
        if gap and entry is not None and gap.casefold() in joiners and \
                _continues(run[-1][1], entry):
            gap = ""  # a unit after the tens and their joiner, or the tens after hundreds
        if entry is not None and (not run or not gap):
            run.append((m, entry))
            continue
        if run:
            value = _compose([e for _, e in run])
            if len(run) > 1 or value >= _THRESHOLD:
                start, end = run[0][0].start(), run[-1][0].end()
                out.append(Quantity(start, end, value, None, sentence[start:end]))
        run = [(m, entry)] if entry is not None else []
    return out


def _joiners(language: str) -> frozenset[str]:
    """``number_joiners.txt``: words between tens and units ("pedeset i dva" = 52)."""
    return _joiners_at(language, _stamp(_lang_file(language, "number_joiners.txt")))


@functools.lru_cache(maxsize=64)
def _joiners_at(language: str, stamp: tuple) -> frozenset[str]:  # noqa: ARG001
    return frozenset(w.casefold() for w in languages.words(language, "number_joiners"))


def _joins(entry: tuple[int, bool]) -> bool:
    """Whether a joiner may follow ``entry``: tens, hundreds or thousands ("двеста и")."""
    value, multiplier = entry
    return _tens(entry) or (value >= 1000 if multiplier else 100 <= value <= 1000
                            and value % 100 == 0)


def _continues(before: tuple[int, bool], entry: tuple[int, bool]) -> bool:
    """Whether ``entry`` continues a number after ``before`` and a joiner: a unit after
    tens ("pedeset i dva"), or what is less than the hundreds or thousands before it
    (Bulgarian puts "и" before the last part: "двеста и петдесет" = 250, "хиляда и
    двеста" = 1200)."""
    value, multiplier = entry
    if multiplier:
        return False
    if _tens(before):
        return value < 10
    limit = 1000 if before[1] or before[0] >= 1000 else 100
    return _joins(before) and value < limit


def _tens(entry: tuple[int, bool]) -> bool:
    value, multiplier = entry
    return not multiplier and 20 <= value < 100 and value % 10 == 0


def _spellings(language: str) -> tuple[dict[str, str], re.Pattern | None]:
    """``number_spellings.tsv``: spellings text2num does not read, and the one it reads."""
    return _spellings_at(language, _stamp(_lang_file(language, "number_spellings.tsv")))


@functools.lru_cache(maxsize=64)
def _spellings_at(language: str, stamp: tuple  # noqa: ARG001
                  ) -> tuple[dict[str, str], re.Pattern | None]:
    table = {k.casefold(): v for k, v in languages.table(language, "number_spellings").items()}
    if not table:
        return table, None
    alternation = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return table, re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE | re.UNICODE)


def _text2num_numbers(sentence: str, language: str) -> list[Quantity]:
    spellings, spelled = _spellings(language)
    if alpha2digit(sentence, language, threshold=_THRESHOLD) == sentence and (
            spelled is None or spelled.search(sentence) is None):
        return []  # no number word (a fast first pass; find_numbers then gives positions)
    tokens = [_Token(spellings.get(m.group(0).casefold(), m.group(0)), m.start(), m.end())
              for m in _TOKEN.finditer(sentence)]
    out = []
    for occ in find_numbers(tokens, language, threshold=_THRESHOLD):
        if occ.is_ordinal or occ.value != int(occ.value):
            continue
        start, end = tokens[occ.start].start, tokens[occ.end - 1].end
        if sentence[start:end].isdigit():
            continue  # digits are read by the pattern files
        out.append(Quantity(start, end, int(occ.value), None, sentence[start:end]))
    return out


def _phrases(language: str) -> tuple[re.Pattern | None, dict[str, str]]:
    return _phrases_at(language, _stamp(_lang_file(language, "quantity_words.tsv")))


@functools.lru_cache(maxsize=64)
def _phrases_at(language: str, stamp: tuple) -> tuple[re.Pattern | None, dict[str, str]]:  # noqa: ARG001
    table = {k.casefold(): v for k, v in languages.table(language, "quantity_words").items()}
    if not table:
        return None, table
    alternation = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE | re.UNICODE), table


def quantities(sentence: str, language: str) -> list[Quantity]:
    """Every number phrase written in words, and every quantity phrase, in ``sentence``.

    Parameters
    ----------
    sentence : str
        Any text.
    language : str
        ISO 639-1 code.

    Returns
    -------
    list of Quantity
        Sorted by position, without overlaps (a quantity phrase wins over
        the number words inside it, "une trentaine de", unless the number
        is longer: "две тысячи" is 2000, not the vague "тысячи").
    """
    reader = _text2num_numbers if _text2num_reads(language) else _table_numbers
    numbers = reader(sentence, language)
    regex, table = _phrases(language)
    phrases: list[Quantity] = []
    if regex is not None:
        for m in _rx.finditer(regex, sentence):
            spec = table[m.group(0).casefold()]
            value = None if spec == "-" else int(spec.lstrip("~"))
            phrases.append(Quantity(m.start(), m.end(), value,
                                    "about" if spec.startswith("~") else None, m.group(0)))
    found = []
    for p in phrases:
        over = [q for q in numbers if q.start < p.end and p.start < q.end]
        if any(q.end - q.start > p.end - p.start for q in over):
            continue  # "две тысячи": the number is longer than the phrase "тысячи"
        numbers = [q for q in numbers if q not in over]
        found.append(p)
    return sorted(found + numbers, key=lambda q: q.start)


@functools.lru_cache(maxsize=64)
def _marks_at(language: str, stamp: tuple  # noqa: ARG001
              ) -> tuple[re.Pattern, dict[int, None]] | None:
    marks = "".join(languages.words(language, "optional_marks"))
    if not marks:
        return None
    cls = re.escape(marks)
    return re.compile(rf"[\w{cls}]*[{cls}][\w{cls}]*", re.UNICODE), str.maketrans("", "", marks)


@functools.lru_cache(maxsize=64)
def _clitics_at(language: str, stamp: tuple) -> re.Pattern | None:  # noqa: ARG001
    clitics = sorted(languages.words(language, "clitic_prefixes"), key=len, reverse=True)
    if not clitics:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, clitics)) + r")(?=\d)")


def _without_marks(sentence: str, language: str) -> str:
    """``sentence`` with the language's optional marks (``optional_marks.txt``) moved to
    the end of their word as spaces, and a prefix of ``clitic_prefixes.txt`` written onto
    a number ("و7 كيانات") made a space: the same length, every word where it was."""
    found = _marks_at(language, _stamp(_lang_file(language, "optional_marks.txt")))
    if found is not None:
        regex, table = found
        sentence = regex.sub(lambda m: m.group(0).translate(table).ljust(len(m.group(0))),
                             sentence)
    clitics = _clitics_at(language, _stamp(_lang_file(language, "clitic_prefixes.txt")))
    if clitics is not None:
        sentence = clitics.sub(lambda m: " " * len(m.group(0)), sentence)
    return sentence


def digit_view(sentence: str, language: str) -> tuple[str, list[Quantity]]:
    """``sentence`` with number words replaced by digits (same length), and the phrases.

    Returns
    -------
    (str, list of Quantity)
        The view (offsets unchanged) and what :func:`quantities` found. A
        vague phrase is left as written; a number whose digits are longer
        than its words is left too.
    """
    sentence = _without_marks(sentence, language)
    found = quantities(sentence, language)
    if not found:
        return sentence, found
    parts = []
    pos = 0
    for q in found:
        digits = str(q.value) if q.value is not None else ""
        if not digits or len(digits) > q.end - q.start:
            continue
        parts.append(sentence[pos:q.start])
        parts.append(digits.ljust(q.end - q.start))
        pos = q.end
    parts.append(sentence[pos:])
    return "".join(parts), found
