"""Load articles from files, folders, globs, URL lists and exports into one frame."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

__all__ = ["decode_bytes"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'").lower()).name
    except LookupError:
        return None


def decode_bytes(data: bytes, *, http_charset: str | None = None) -> tuple[str, str]:
    """Decode page bytes to text, trying the evidence in order of trust.

    Order: byte-order mark, the HTTP ``Content-Type`` charset, the page's
    ``<meta charset>``, strict UTF-8, then statistical detection
    (charset-normalizer). A declared charset that fails to decode the
    bytes is skipped, not trusted.

    Parameters
    ----------
    data : bytes
        Raw bytes of a page or file.
    http_charset : str, optional
        Charset from the HTTP ``Content-Type`` header.

    Returns
    -------
    (str, str)
        The text and the name of the codec used.

    Raises
    ------
    UnicodeDecodeError
        Never for bytes that some codec decodes; binary data that no
        detection can decode raises ``ValueError`` naming the reason.

    Examples
    --------
    >>> decode_bytes("Привет".encode("cp1251"), http_charset="windows-1251")
    ('Привет', 'cp1251')
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec
    candidates = [_known(http_charset)]
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        candidates.append(_known(meta.group(1).decode("ascii", "ignore")))
    candidates.append("utf-8")
    for codec in candidates:
        if not codec:
            continue
        try:
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            continue
    if b"\x00" in data[:4096] and data.count(b"\x00") > len(data[:4096]) // 8:
        raise ValueError("binary data (NUL bytes), not text")
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is None:
        raise ValueError("no character encoding decodes these bytes as text")
    codec = _known(best.encoding) or best.encoding
    return data.decode(codec, errors="replace"), codec
