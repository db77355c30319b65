"""Reading files safely: size limits, gzip, decoding, and the record formats.

Part of :mod:`toolkit.load`; the names here are package internals. Every
function raises :class:`~toolkit.errors.LoadError` naming the input and the
reason, or yields ``(label, Failure)`` for one bad record among good ones.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import re
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd

from toolkit.encoding import GZIP_MAGIC, decode_bytes
from toolkit.errors import LoadError
from toolkit.load.inputs import Failure
from toolkit.urls import is_url

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "decode",
    "frame_records",
    "json_records",
    "jsonl_records",
    "mb",
    "open_maybe_gzip",
    "read_bytes",
    "read_csv",
    "read_parquet",
    "sniff",
    "url_list",
    "xml_bytes",
    "xml_kind",
]

#: Largest single page (HTML, text dump, feed) read, in bytes, after gzip.
#: News pages are well under 5 MB; a bigger "page" is a dump or a mistake,
#: and parsing it would take minutes and gigabytes, so it fails clearly.
MAX_DOCUMENT_BYTES = 25 * 2**20
# Keys under which JSON exports keep their list of records.
_LIST_KEYS = ("articles", "items", "records", "data", "results")
# Root elements of the XML inputs (local name, namespace ignored).
_XML_ROOTS = {"rss": "feed", "feed": "feed", "rdf": "feed", "urlset": "sitemap", "sitemapindex": "sitemap"}
_XML_ROOT = re.compile(rb"<(?![?!])(?:[\w.-]+:)?([\w.-]+)")
_XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")


def mb(n: int) -> str:
    """``n`` bytes as megabytes for messages: ``"25.0 MB"``."""
    return f"{n / 2**20:.1f} MB"


def read_bytes(path: Path, name: str, limit: int | None) -> bytes:
    """Read a file (gunzipping it if needed) with a size limit; raise LoadError."""
    try:
        size = path.stat().st_size
        if size == 0:
            raise LoadError(name, "empty file")
        if limit is not None and size > limit and not path.name.lower().endswith(".gz"):
            raise LoadError(name, f"file too large for one page ({mb(size)} > {mb(limit)} limit)")
        with open(path, "rb") as handle:
            head = handle.read(2)
            handle.seek(0)
            if head != GZIP_MAGIC:
                if path.name.lower().endswith(".gz"):
                    raise LoadError(name, "not a gzip file, although its name ends in .gz")
                return handle.read()
            return _gunzip(handle, name, limit)
    except OSError as exc:
        raise LoadError(name, f"cannot read file ({exc.strerror or exc})") from exc


def _gunzip(handle: BinaryIO, name: str, limit: int | None) -> bytes:
    cap = limit if limit is not None else 2**31
    try:
        with gzip.GzipFile(fileobj=handle) as gz:
            data = gz.read(cap + 1)
    except EOFError as exc:
        raise LoadError(name, "truncated gzip file (it ends before the compressed data does)") from exc
    except (OSError, zlib.error) as exc:
        raise LoadError(name, f"corrupt gzip file ({exc})") from exc
    if len(data) > cap:
        raise LoadError(name, f"file too large once decompressed (more than {mb(cap)})")
    if not data:
        raise LoadError(name, "empty file (after gzip decompression)")
    return data


def open_maybe_gzip(raw: BinaryIO) -> BinaryIO:
    """``raw`` itself, or a gzip reader over it when it starts with the gzip magic."""
    gzipped = raw.read(2) == GZIP_MAGIC
    raw.seek(0)
    return gzip.GzipFile(fileobj=raw) if gzipped else raw


def decode(data: bytes, name: str, http_charset: str | None = None) -> str:
    """Text of ``data`` (see :func:`toolkit.encoding.decode_bytes`); LoadError if none."""
    try:
        text, _ = decode_bytes(data, http_charset)
    except ValueError as exc:
        raise LoadError(name, str(exc), "decode") from exc
    if not text.strip():
        raise LoadError(name, "empty file (only white space)")
    return text


def xml_kind(data: bytes | str) -> str | None:
    """``"feed"`` or ``"sitemap"`` from the root element of XML, else None."""
    head = data[:4096].encode("utf-8", "replace") if isinstance(data, str) else data[:4096]
    head = re.sub(rb"<!--.*?-->", b"", head, flags=re.S)
    match = _XML_ROOT.search(head)
    return _XML_ROOTS.get(match.group(1).decode("ascii", "replace").lower()) if match else None


def xml_bytes(text: str) -> bytes:
    """Decoded XML as UTF-8 bytes with a matching declaration, for XML parsers.

    The text was decoded already (with the declaration's charset); parsers
    given the old declaration with new bytes would decode it again.
    """
    body = _XML_DECLARATION.sub("", text, count=1)
    return b'<?xml version="1.0" encoding="utf-8"?>' + body.encode("utf-8")


def sniff(data: bytes) -> str:
    """Format of a file without a known extension, from its first bytes."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<?xml", b"<rss", b"<feed", b"<urlset", b"<sitemapindex")):
        kind = xml_kind(data)
        if kind:
            return kind
    if head.startswith((b"<!doctype", b"<html", b"<head", b"<body", b"<?xml", b"<!--")):
        return "html"
    if head.startswith((b"[", b"{")):
        return "jsonl" if head.startswith(b"{") and b"}\n{" in data[:65536] else "json"
    if head.startswith(b"warc/"):
        return "warc"
    return "txt"


def url_list(text: str) -> list[str] | None:
    """URLs of a URL-list file (every non-blank, non-# line a URL), else None."""
    lines = [line.strip() for line in text.splitlines()]
    content = [line for line in lines if line and not line.startswith("#")]
    if all(is_url(line) for line in content):
        return content
    return None


def jsonl_records(path: Path, name: str) -> Iterator[tuple[str, Any]]:
    """Records of a JSON Lines file (UTF-8, maybe gzipped), read line by line."""
    with open(path, "rb") as raw:
        handle = open_maybe_gzip(raw)
        number = 0
        try:
            for number, line in enumerate(handle, start=1):  # noqa: B007 - used after the loop
                if number == 1 and line.startswith(codecs.BOM_UTF8):
                    line = line[3:]
                if not line.strip():
                    continue
                label = f"{name} line {number}"
                try:
                    yield label, json.loads(line.rstrip(b"\r\n"))
                except UnicodeDecodeError as exc:
                    yield label, Failure(label, "decode", f"not UTF-8 ({exc.reason} at byte {exc.start})")
                except ValueError as exc:
                    yield label, Failure(label, "parse", f"invalid JSON ({exc})")
        except EOFError:
            yield f"{name} line {number + 1}", Failure(
                name, "read", f"truncated gzip file (it ends after line {number})")
        except (OSError, zlib.error) as exc:
            yield name, Failure(name, "read", f"corrupt gzip file ({exc})")


def json_records(data: bytes, name: str) -> Iterator[tuple[str, Any]]:
    """Records of a JSON file: a list, or a dict holding the list under a usual key."""
    text = decode(data, name)
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise LoadError(name, f"invalid JSON ({exc})", "parse") from exc
    if isinstance(doc, Mapping):
        for key in _LIST_KEYS:
            if isinstance(doc.get(key), list):
                doc = doc[key]
                break
        else:
            doc = [doc]
    if not isinstance(doc, list):
        raise LoadError(name, 'expected a list of records or {"articles": [...]}', "parse")
    for number, record in enumerate(doc, start=1):
        yield f"{name} record {number}", record


def _delimiter(text: str, name: str) -> str:
    """Tab for ``.tsv`` files and tab-separated exports (GDELT), else comma."""
    if name.lower().removesuffix(".gz").endswith(".tsv"):
        return "\t"
    first = text[: text.find("\n")] if "\n" in text else text
    return "\t" if first.count("\t") > first.count(",") else ","


def read_csv(data: bytes, name: str) -> pd.DataFrame:
    """A CSV (or TSV) export as a frame of strings; LoadError if unreadable."""
    text = decode(data, name)
    try:
        return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False,
                           sep=_delimiter(text, name), quoting=csv.QUOTE_MINIMAL)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        raise LoadError(name, f"invalid CSV ({str(exc).strip()})", "parse") from exc


def read_parquet(path: Path, name: str) -> pd.DataFrame:
    """A Parquet export as a frame; LoadError if unreadable."""
    try:
        if path.stat().st_size == 0:
            raise LoadError(name, "empty file")
        return pd.read_parquet(path)
    except LoadError:
        raise
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several kinds
        raise LoadError(name, f"not a readable Parquet file ({exc})", "parse") from exc


def frame_records(frame: pd.DataFrame, name: str, unit: str) -> Iterator[tuple[str, Any]]:
    """``(label, record dict)`` for each row of a frame; labels like ``"x.csv row 3"``."""
    columns = list(frame.columns)
    for number, values in enumerate(frame.itertuples(index=False, name=None), start=1):
        yield f"{name} {unit} {number}", dict(zip(columns, values, strict=True))
