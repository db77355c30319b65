"""Bytes to text: BOMs, declared charsets, detection, binary files named.

:func:`decode_bytes` is the one decoder every input path uses (files,
fetched pages, archives). It lives low in the house so that loading,
extraction and fetching all import it without importing each other.
"""

from __future__ import annotations

import codecs
import functools
import math
import re

import charset_normalizer

from toolkit.languages import table

#: Bytes looked at to detect a charset: enough for any realistic evidence,
#: and bounded so a big file is never scanned twice in full.
_DETECT_SAMPLE = 64 * 1024


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
# the same in cp1252 and cp1251: call it cp1252).
# koi8-u follows koi8-r: identical on Russian, right on Ukrainian letters.
# mac-cyrillic is left out: it is rare, and it reads cp1251 capitals as
# symbols often enough to win on short text.
_SINGLE_BYTE = ("cp1252", "cp1251", "koi8-r", "koi8-u", "iso8859-5", "cp866")


# Extra cost (bits per character) of codecs rarely met on the web: without it
# a single koi8-r word can read as a plausible iso8859-5 one ("чуть" -> "оеди").
_RARE_CODEC_BITS = {"iso8859-5": 2.0, "cp866": 2.0}


# Average cost (bits per non-ASCII character) above which none of those fits
# and charset-normalizer is asked instead (Greek, Central European, CJK ...).
_MAX_SINGLE_BYTE_COST = 7.0






@functools.lru_cache(maxsize=1)
def _ru_bits() -> dict[str, float]:
    # information content (bits) of each letter in Russian text
    return {ch: -math.log2(float(p) / 100) for ch, p in table("ru", "letter_frequency").items()}


# Punctuation that legacy encodings put in their upper half and text uses.
_COMMON_PUNCT = set("\u00a0“”‘’„«»–—…•№°©®™€§·±")


_WORD = re.compile(r"[^\W\d_]+")


_GLUED_SYMBOL = re.compile(
    r"(?<=[^\W\d_])[^\w\s\x00-\x7f”’»…—–\u00a0]|[^\w\s\x00-\x7f“‘„«—–\u00a0°](?=[^\W\d_])"
)


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'").lower()).name
    except LookupError:
        return None


def _char_cost(ch: str) -> float:
    """Bits-like cost of one character decoded from a non-ASCII byte."""
    low = ch.lower()
    bits = _ru_bits()
    if low in bits:
        return bits[low]
    if "\u0400" <= ch <= "\u04ff":
        return 13.0  # Cyrillic letters Russian hardly uses (Macedonian, Serbian)
    if ch in _COMMON_PUNCT:
        return 4.0
    if ch.isalpha() and ch <= "\u024f":
        return 7.0  # Latin letters with diacritics: plausible, not frequent
    if ch == "\ufffd":
        return 20.0  # a byte this codec does not define
    return 14.0  # box drawing, control characters, rare symbols


def _single_byte_cost(text: str) -> float:
    """Average implausibility of the non-ASCII characters of a decoding.

    Lower is better. Letter costs follow Russian letter frequencies; words
    that mix Latin and Cyrillic, switch from lower to upper case inside the
    word ("рТЙЧЕФ", koi8-r read as cp1251), are long and all upper case, or
    are Latin words made mostly of accented letters ("Ïðèâåò", cp1251 read
    as cp1252) cost extra.
    """
    chars = [ch for ch in text if ord(ch) > 127]
    if not chars:
        return 0.0
    cost = sum(_char_cost(ch) for ch in chars)
    # A symbol glued to a word ("¬ильнюс", "сегодн€") is implausible;
    # quotes, dashes and no-break spaces are not.
    cost += 8.0 * len(_GLUED_SYMBOL.findall(text))
    for match in _WORD.finditer(text):
        word = match.group()
        high = sum(ord(ch) > 127 for ch in word)
        if not high:
            continue
        cyr = sum("\u0400" <= ch <= "\u04ff" for ch in word)
        if cyr and cyr < len(word):
            cost += 10.0 * high  # mixed scripts in one word
        if any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False)):
            cost += 8.0 * high
        if cyr == len(word) and len(word) >= 4 and word.isupper():
            cost += 2.0 * high
        if not cyr and len(word) >= 4 and high / len(word) > 0.6:
            cost += 6.0 * high
    return cost / len(chars)


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
    declaration); strict UTF-8; then, for single-byte text, a scorer over
    cp1252, cp1251, koi8-r, koi8-u, iso8859-5 and cp866 that uses
    Russian letter frequencies and letter case (reliable on a sentence or
    two, where statistical detectors confuse koi8-r and cp1251); and last
    charset-normalizer for other scripts.

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

    sample = data[:_DETECT_SAMPLE]
    scored = []
    for codec in _SINGLE_BYTE:
        cost = _single_byte_cost(sample.decode(codec, errors="replace"))
        scored.append((cost + _RARE_CODEC_BITS.get(codec, 0.0), codec))
    best_cost, best_codec = min(scored, key=lambda pair: pair[0])
    if best_cost <= _MAX_SINGLE_BYTE_COST:
        return data.decode(best_codec, errors="replace"), best_codec
    match = charset_normalizer.from_bytes(data[:200_000]).best()
    if match is None:
        if best_cost < 12.0:
            return data.decode(best_codec, errors="replace"), best_codec
        raise ValueError("no character encoding decodes these bytes as text")
    codec = _known(match.encoding) or match.encoding
    return data.decode(codec, errors="replace"), codec
