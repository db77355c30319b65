"""Bytes to text: BOMs, declared charsets, detection, binary files named.

:func:`decode_bytes` is the one decoder every input path uses (files,
fetched pages, archives). It lives low in the house so that loading,
extraction and fetching all import it without importing each other.

Undeclared legacy charsets
--------------------------
charset-normalizer is asked first. When it finds a multi-byte encoding
(Shift_JIS, GB18030, Big5, EUC-KR, ...) on enough evidence, that is the
answer. For single-byte text it is good at the script but often picks the
wrong member of a family (cp1252 for Lithuanian cp1257, cp1250 for Turkish
cp1254, koi8-r for cp1251 on a short snippet), so the choice among the
common single-byte codecs is made by how well each decoding fits a
language: per-language letter frequencies (``letter_frequency.tsv`` of every
language under ``toolkit/resources/lang/``, read through
:mod:`toolkit.languages`) plus penalties for shapes no language has (a
symbol glued to a word, scripts or case switching inside a word). The
Russian table is one of those tables: it decides only between decodings
that are both Cyrillic, i.e. a cp1251 / koi8-r tie.
"""

from __future__ import annotations

import codecs
import functools
import math
import re
from collections import Counter

import charset_normalizer

from toolkit.config import file_stamp
from toolkit.languages import LANG_DIR, available, table

#: Bytes looked at to detect a charset: enough for any realistic evidence,
#: and bounded so a big file is never scanned twice in full.
_DETECT_SAMPLE = 64 * 1024
#: Bytes of text the single-byte candidates are scored on: thousands of
#: letters, more than enough for letter statistics, and fast for 13 codecs.
_SCORE_SAMPLE = 16 * 1024
#: Characters the shape penalties (:func:`_shape_cost`) are counted on.
_SHAPE_SAMPLE = 4096


# Signatures of common binary files, to name them in error messages.
_MAGIC = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (also .docx, .xlsx, .epub)"),
    (b"PAR1", "Parquet file"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
)


GZIP_MAGIC = b"\x1f\x8b"


_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)|<\?xml[^>]+encoding\s*=\s*["']([-\w.:]+)""",
    re.I,
)


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# Labels that browsers read as windows-1252 (the WHATWG encoding standard):
# a page declaring latin-1 or ascii is in practice cp1252.
_AS_CP1252 = {"iso8859-1", "ascii", "latin-1"}


# Candidates for single-byte text without a usable declaration. Order breaks
# ties between identical decodings (plain English with curly quotes decodes
# the same in cp1252 and cp1251: call it cp1252; Czech without š or ž is
# the same in cp1250 and iso8859-2: call it cp1250, the web's usual one).
# koi8-u follows koi8-r: identical on Russian, right on Ukrainian letters.
# mac-cyrillic is left out: it is rare, and it reads cp1251 capitals as
# symbols often enough to win on short text.
_SINGLE_BYTE = ("cp1252", "cp1250", "cp1251", "koi8-r", "koi8-u", "cp1254", "cp1257", "iso8859-2",
                "cp1256", "cp1253", "cp1255", "iso8859-5", "cp866")


# Extra cost (bits per character) of codecs rarely met on the web: without it
# a single koi8-r word can read as a plausible iso8859-5 one ("чуть" -> "оеди").
_RARE_CODEC_BITS = {"iso8859-5": 2.0, "cp866": 2.0}


# Average cost (bits per non-ASCII character) above which no single-byte
# decoding fits any language, and charset-normalizer's answer is taken.
_MAX_SINGLE_BYTE_COST = 7.0


# Markup, scripts and styles: their ASCII letters say nothing of the text's language.
_MARKUP = re.compile(rb"<(script|style)\b.*?</\1\s*>|<[^>]*>|&[#\w]+;", re.I | re.S)


# Bits of an ASCII letter in a language written in another script (a Latin
# word or name on a Russian or Arabic page): about what it costs in English.
_FOREIGN_ASCII_BITS = 4.5


# charset-normalizer's multi-byte verdict is taken without a second opinion
# from this many non-ASCII bytes on; below, two or three Cyrillic words can
# look like one Big5 character to it.
_CN_MIN_HIGH_BYTES = 24


# ... and from this many on, a multi-byte verdict needs no second opinion at all.
_CN_SURE_HIGH_BYTES = 256


# Multi-byte encodings (charset-normalizer's names): their verdicts stand.
_MULTI_BYTE = re.compile(r"big5|cp9(?:32|49|50)|euc|gb|hz|iso2022|johab|shift_jis|utf", re.I)






Tables = tuple[dict[str, dict[str, float]], dict[str, float]]


def _tables() -> Tables:
    """Per language: the bits of each letter, and what its accented letters cost on average.

    The average says what a right decoding costs in that language;
    comparing what a decoding costs *above* it puts languages with many
    frequent accented letters (Lithuanian, Czech) and few rare ones
    (Spanish ñ, é) on one scale.
    """
    paths = tuple(LANG_DIR / lang / "letter_frequency.tsv" for lang in available("letter_frequency"))
    return _tables_of(file_stamp(paths))


@functools.lru_cache(maxsize=4)
def _tables_of(stamp: tuple) -> Tables:
    # ``stamp`` (paths and modification times) makes an edited table count
    bits_of: dict[str, dict[str, float]] = {}
    expected: dict[str, float] = {}
    for path, _ in stamp:
        lang = path.split("/")[-2]
        bits = {ch: -math.log2(float(p) / 100) for ch, p in table(lang, "letter_frequency").items()
                if float(p) > 0}
        high = {ch: 2.0 ** -b for ch, b in bits.items() if ord(ch) > 127}
        total = sum(high.values())
        bits_of[lang] = bits
        expected[lang] = sum(p * bits[ch] for ch, p in high.items()) / total if total else 0.0
    return bits_of, expected


# Punctuation that legacy encodings put in their upper half and text uses.
_COMMON_PUNCT = set("\u00a0\u00ad“”‘’‚„«»‹›–—…•№°©®™€£§¶·±¡¿")


_WORD = re.compile(r"[^\W\d_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


_GLUED_SYMBOL = re.compile(
    r"(?<=[^\W\d_])[^\w\s\x00-\x7f”’»«…—–\u00a0\u00ad·]|[^\w\s\x00-\x7f“‘’„«»—–\u00a0\u00ad·°¡¿](?=[^\W\d_])"
)


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'").lower()).name
    except LookupError:
        return None


def _other_cost(ch: str) -> float:
    """Cost of a non-ASCII character a language's letter table does not list."""
    if ch in _COMMON_PUNCT:
        return 4.0
    if ch == "\ufffd":
        return 20.0  # a byte this codec does not define
    if ch.isalpha():
        return 20.0  # a letter the language does not use: as bad as an undefined byte
    return 14.0  # box drawing, control characters, rare symbols


# Letter blocks of the scripts the single-byte codecs write.
_SCRIPTS = ((0x00C0, 0x024F, "Latin"), (0x0370, 0x03FF, "Greek"), (0x0400, 0x052F, "Cyrillic"),
            (0x0590, 0x05FF, "Hebrew"), (0x0600, 0x06FF, "Arabic"))


def _script(ch: str) -> str | None:
    """Script of a letter (Latin, Greek, Cyrillic, Hebrew, Arabic), else None."""
    if ch.isascii():
        return "Latin" if ch.isalpha() else None
    code = ord(ch)
    for low, high, name in _SCRIPTS:
        if low <= code <= high:
            return name
    return None


def _shape_cost(text: str) -> float:
    """Extra cost of shapes no language has, whatever the language.

    A symbol glued to a word ("¬ильнюс", "сегодн€"); words that mix scripts,
    switch from lower to upper case inside the word ("рТЙЧЕФ", koi8-r read
    as cp1251), are long and all upper case, or are Latin words made mostly
    of accented letters ("Ïðèâåò", cp1251 read as cp1252).
    """
    cost = 8.0 * len(_GLUED_SYMBOL.findall(text))
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        high = sum(ord(ch) > 127 for ch in word)
        cyr = sum("\u0400" <= ch <= "\u04ff" for ch in word)
        if len({_script(ch) for ch in word} - {None}) > 1:
            cost += 10.0 * high  # mixed scripts in one word ("prιs": cp1252 read as cp1253)
        if any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False)):
            cost += 8.0 * high
        if cyr == len(word) and len(word) >= 4 and word.isupper():
            cost += 2.0 * high
        latin = all(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in word)
        if latin and len(word) >= 4 and high / len(word) > 0.6:
            cost += 6.0 * high
    return cost


def _ascii_letter_bits(sample: bytes, tables: Tables) -> dict[str, float]:
    """Bits of the ASCII letters of ``sample`` in each language (the same in every decoding).

    They say which language a page is in before its accented letters are
    read: French running text in cp1250 ("trčs") has French ASCII letters,
    so it is judged as French with a wrong "č", not as Slovak. Languages
    written in another script cost ASCII letters at a flat
    :data:`_FOREIGN_ASCII_BITS` (Latin words and names are common in them).
    """
    counts: dict[str, int] = {}
    for byte in _MARKUP.sub(b" ", sample):  # tag and attribute names are not text
        if 65 <= byte <= 90 or 97 <= byte <= 122:
            letter = chr(byte | 0x20)
            counts[letter] = counts.get(letter, 0) + 1
    out = {}
    for lang, bits in tables[0].items():
        latin = "e" in bits
        out[lang] = sum(n * (bits.get(ch, 20.0) if latin else _FOREIGN_ASCII_BITS) for ch, n in counts.items())
    return out


def _letter_cost(text: str, tables: Tables, ascii_bits: dict[str, float] | None = None) -> tuple[float, float, int]:
    """How well a decoding's letters read as some language: ``(cost, excess, n)``, lower is better.

    ``cost`` is the information content of the decoding's letters (its
    ASCII letters too, see :func:`_ascii_letter_bits`) in the language that
    fits it best, per non-ASCII character: a letter of the language costs
    its bits, a letter it does not use 20, a symbol 14, punctuation 4; plus
    :func:`_shape_cost` (added by :func:`_single_byte_cost`). It ranks
    decodings of the same bytes; ``n`` is the number of non-ASCII characters.
    ``excess`` is the non-ASCII part less what a language's own accented
    letters cost on average (:func:`_tables`), in the language where
    that is least: it says whether the best decoding reads as a language at
    all, on one scale for languages with many frequent accented letters
    (Lithuanian) and with a few rare ones (Spanish).
    """
    counts = Counter(_NON_ASCII.findall(text))
    if not counts:
        return 0.0, 0.0, 0
    lowered = []
    for ch, n in counts.items():
        low = ch.lower()
        lowered.append((low[0] if len(low) > 1 else low, ch, n))  # "İ".lower() is two characters
    total = sum(counts.values())
    bits_of, expected = tables
    whole = excess = math.inf
    for lang, bits in bits_of.items():
        cost = known = 0.0
        for low, ch, n in lowered:
            if low in bits:
                cost += n * bits[low]
                known += n
            else:
                cost += n * _other_cost(ch)
        whole = min(whole, cost + (ascii_bits or {}).get(lang, 0.0))
        excess = min(excess, cost - known * expected[lang])
    return whole, max(0.0, excess), total


def _single_byte_cost(text: str, ascii_bits: dict[str, float] | None = None) -> tuple[float, float]:
    """``(cost, excess)`` of a decoding per non-ASCII character, shapes included (see :func:`_letter_cost`)."""
    whole, excess, total = _letter_cost(text, _tables(), ascii_bits)
    if not total:
        return 0.0, 0.0
    shape = _shape_cost(text)
    return (whole + shape) / total, (excess + shape) / total


@functools.lru_cache(maxsize=64)
def _ascii_compatible(codec: str) -> bool:
    """True when ``codec`` reads ASCII bytes as ASCII (not EBCDIC, not UTF-7)."""
    probe = bytes(range(0x20, 0x7F))
    try:
        return probe.decode(codec) == probe.decode("ascii")
    except (UnicodeDecodeError, LookupError):
        return False


def _best_single_byte(sample: bytes, extra: tuple[str, ...] = ()) -> tuple[float, str]:
    """(excess, codec) of the single-byte decoding of ``sample`` that reads best as a language."""
    letters: list[tuple[float, int, float, str, str]] = []
    seen: set[str] = set()
    tables = _tables()
    ascii_bits = _ascii_letter_bits(sample, tables)
    for order, codec in enumerate(_SINGLE_BYTE + tuple(c for c in extra if c not in _SINGLE_BYTE)):
        text = sample.decode(codec, errors="replace")
        if text not in seen:  # identical decodings: the first codec names it
            seen.add(text)
            whole, excess, total = _letter_cost(text, tables, ascii_bits)
            rare = _RARE_CODEC_BITS.get(codec, 0.0)
            total = max(total, 1)
            letters.append((whole / total + rare, order, excess / total + rare, codec, text))
    # Shapes only add cost: score them in order of letter cost, and stop at the
    # first decoding whose letters alone cost more than the best so far.
    letters.sort()
    best: tuple[float, int, float, str] | None = None
    for cost, order, excess, codec, text in letters:
        if best is not None and cost >= best[0]:
            break
        head = text[:_SHAPE_SAMPLE]  # shapes show in a few thousand characters
        shape = _shape_cost(head) / max(1, len(_NON_ASCII.findall(head)))
        if best is None or (cost + shape, order) < best[:2]:
            best = (cost + shape, order, excess + shape, codec)
    assert best is not None
    return best[2], best[3]


def _looks_utf16(data: bytes) -> str | None:
    """Return 'utf-16-le' / 'utf-16-be' for BOM-less UTF-16, else None.

    In UTF-16 text of any alphabetic script one byte of each pair is
    almost always small (0x00 for Latin, 0x04 for Cyrillic), the other not.
    """
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 4:
        return None
    halves = (sample[0::2], sample[1::2])
    small = [sum(b < 0x09 for b in half) / len(half) for half in halves]
    for codec, hi, lo in (("utf-16-le", 1, 0), ("utf-16-be", 0, 1)):
        if small[hi] >= 0.4 and small[lo] < 0.1:
            try:
                text = sample.decode(codec)
            except UnicodeDecodeError:
                continue
            printable = sum(ch.isprintable() or ch.isspace() for ch in text)
            if printable >= 0.97 * len(text):
                return codec
    return None


def _binary_kind(data: bytes) -> str | None:
    """Name binary data (by signature or control bytes), or None for text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    sample = data[:8192]
    if b"\x00" in sample:
        return "binary data"
    control = sum(b < 0x09 or 0x0E <= b < 0x1B or 0x1C <= b < 0x20 for b in sample)
    if sample and control > 0.01 * len(sample):
        return "binary data"
    return None


def _as_utf8(data: bytes) -> str | None:
    """UTF-8 text, tolerating a cut-off last character and rare stray bytes.

    A file truncated in the middle of a character, or a UTF-8 page with a
    stray legacy byte (at most one bad sequence per 50 multi-byte
    characters), is still UTF-8: the bad bytes become U+FFFD instead of the
    whole page being re-read in a legacy codec.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            head = data[: exc.start].decode("utf-8", errors="replace")
            # only when what precedes shows UTF-8: a few multi-byte characters
            # (one lone byte may be cp1251 "в"; koi8-r "нём" starts like "Σ")
            if sum(ord(ch) > 127 for ch in head) >= 4 and _as_utf8(data[: exc.start]) is not None:
                return head + "\ufffd"
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(ord(ch) > 127 for ch in text) - bad
    return text if multibyte >= 50 * bad else None


def decode_bytes(data: bytes, http_charset: str | None = None) -> tuple[str, str]:
    """Decode page bytes to text, trying the evidence in order of trust.

    Order: byte-order mark; BOM-less UTF-16 (by its byte pattern); the HTTP
    ``Content-Type`` charset; the page's ``<meta charset>`` (or XML
    declaration); strict UTF-8; then detection: charset-normalizer first
    (its multi-byte verdicts stand), and among the common single-byte
    codecs (cp1250-cp1257, iso8859-2, koi8-r, koi8-u, ...) the decoding
    that best fits some language's letter frequencies (see the module
    docstring).

    A declared charset that fails to decode the bytes is skipped, not
    trusted. Valid UTF-8 containing multi-byte sequences wins over a
    declared single-byte charset: that byte pattern does not occur by
    chance in legacy encodings, and servers often declare ISO-8859-1 for
    UTF-8 pages. ``latin-1`` and ``ascii`` declarations are read as
    cp1252, as browsers do.

    Parameters
    ----------
    data : bytes
        Raw bytes of a page or file.
    http_charset : str, optional
        Charset from the HTTP ``Content-Type`` header.

    Returns
    -------
    (str, str)
        The text and the Python name of the codec used (``"utf-8"``,
        ``"utf-8-sig"``, ``"utf-16"``, ``"utf-16-le"``, ``"cp1251"``,
        ``"koi8-r"``, ...).

    Raises
    ------
    ValueError
        For binary data (message ``"binary data (PNG image), not text"``
        and the like) or bytes no codec decodes as text.

    Examples
    --------
    >>> decode_bytes("Привет".encode("cp1251"), http_charset="windows-1251")
    ('Привет', 'cp1251')
    >>> decode_bytes("Привет, мир!".encode("koi8-r"))
    ('Привет, мир!', 'koi8-r')
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec
    utf16 = _looks_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    kind = _binary_kind(data)
    if kind:
        raise ValueError(f"{kind}, not text" if kind == "binary data" else f"binary data ({kind}), not text")

    as_utf8 = _as_utf8(data)
    multibyte_utf8 = as_utf8 is not None and any(b > 127 for b in data[:_DETECT_SAMPLE])

    declared = [_known(http_charset)]
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        label = (meta.group(1) or meta.group(2)).decode("ascii", "ignore")
        declared.append(_known(label))
    for codec in declared:
        if not codec or codec.startswith(("utf-16", "utf-32")):
            continue  # no BOM and no UTF-16 byte pattern: the label is wrong
        if codec in _AS_CP1252:
            codec = "cp1252"
        if multibyte_utf8 and codec not in ("utf-8", "utf-8-sig"):
            break
        try:
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            continue
    if as_utf8 is not None:
        return as_utf8, "utf-8"

    return _detect(data)


def _text_sample(data: bytes) -> bytes:
    """Up to :data:`_SCORE_SAMPLE` bytes of text: markup, scripts and styles taken out.

    A page's first kilobytes are often all head; the letters that tell a
    charset are in its text. Bytes with the high bit set never end a tag,
    so the markup can be taken out before decoding.
    """
    head = data[: 16 * _SCORE_SAMPLE]
    text = _MARKUP.sub(b" ", head) if b"<" in head else head
    return text[:_SCORE_SAMPLE] if any(b > 127 for b in text[:_SCORE_SAMPLE]) else head[:_SCORE_SAMPLE]


def _detect(data: bytes) -> tuple[str, str]:
    """Decode bytes with no usable declaration that are not UTF-8 (see the module docstring)."""
    sample = _text_sample(data)
    head = data[:200_000]
    match = charset_normalizer.from_bytes(head).best()  # asked first
    for cut in (1, 2, 3):  # a page cut inside a multi-byte character
        if match is not None or len(head) <= cut:
            break
        match = charset_normalizer.from_bytes(head[:-cut]).best()
    cn_codec = (_known(match.encoding) or match.encoding) if match is not None else None
    multi_byte = bool(cn_codec and _MULTI_BYTE.search(cn_codec))
    high = sum(b > 127 for b in sample)
    if multi_byte and high >= _CN_SURE_HIGH_BYTES:
        return data.decode(cn_codec, errors="replace"), cn_codec
    extra = (cn_codec,) if cn_codec and not multi_byte and _ascii_compatible(cn_codec) else ()
    best_cost, best_codec = _best_single_byte(sample, extra)
    # a multi-byte verdict stands unless a single-byte decoding reads as a
    # language (on a few words charset-normalizer can take Cyrillic for Big5)
    if multi_byte and (best_cost > _MAX_SINGLE_BYTE_COST
                       or high >= _CN_MIN_HIGH_BYTES and best_cost > _MAX_SINGLE_BYTE_COST / 2):
        return data.decode(cn_codec, errors="replace"), cn_codec
    if best_cost <= _MAX_SINGLE_BYTE_COST:
        return data.decode(best_codec, errors="replace"), best_codec
    if cn_codec:
        return data.decode(cn_codec, errors="replace"), cn_codec
    if best_cost < 12.0:
        return data.decode(best_codec, errors="replace"), best_codec
    raise ValueError("no character encoding decodes these bytes as text")
