"""Load articles from files, folders, globs, URL lists and exports into one frame.

:func:`load_articles` is the one call a researcher needs: point it at what
was scraped and get one ARTICLES-schema frame back (see
:mod:`toolkit.schema`). This module only orchestrates: HTML pages go through
:func:`toolkit.extract.parse_html`, page dumps through
:func:`toolkit.clean.parse_text`, export records through
:func:`toolkit.clean.tidy_article`, URLs through :func:`toolkit.fetch.fetch_urls`.
What it owns is finding the inputs, reading bytes safely (size limits,
gzip, binary and truncated files), decoding them (:func:`decode_bytes`),
mapping export fields to the schema (:func:`records_to_articles`), flagging
duplicates (:func:`flag_duplicates`) and reporting every failure.

Examples
--------
>>> import toolkit
>>> articles = toolkit.load_articles("my_scrape/")                     # doctest: +SKIP
>>> articles, failures = toolkit.load_articles("my_scrape/", errors="collect")  # doctest: +SKIP
"""

from __future__ import annotations

import ast
import codecs
import glob
import gzip
import io
import json
import math
import os
import re
import warnings
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from toolkit.encoding import GZIP_MAGIC, decode_bytes
from toolkit.errors import LoadError
from toolkit.schema import ARTICLES, DATE_SOURCES, FAILURES, conform, validate
from toolkit.urls import article_id, canonical_url, is_url, outlet_from_url

__all__ = [
    "LoadError",
    "decode_bytes",
    "flag_duplicates",
    "load_articles",
    "records_to_articles",
]

# ---------------------------------------------------------------------------
# Limits and vocabularies (each with its reason)
# ---------------------------------------------------------------------------

#: Largest single page (HTML or text dump) read, in bytes, after gzip.
#: News pages are well under 5 MB; a bigger "page" is a dump or a mistake,
#: and parsing it would take minutes and gigabytes, so it fails clearly.
MAX_DOCUMENT_BYTES = 25 * 2**20
#: Largest text of one export record, in characters, for the same reason.
MAX_RECORD_CHARS = 5 * 2**20
#: With ``progress=None``, a bar appears only when a load takes longer than this.
_PROGRESS_DELAY_S = 2.0

# File-name endings read as each format. ``.gz`` may follow any of them.
_FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "txt",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
}
# Directories never descended into when a folder is loaded.
_SKIP_DIRS = {".git", ".ipynb_checkpoints", "__pycache__", ".venv", "node_modules"}

# Export field names (lower-cased, without '_', '-' or spaces) for each
# schema field, in order of preference.
_FIELDS: dict[str, tuple[str, ...]] = {
    "url": ("url", "link", "canonicalurl", "articleurl", "weburl", "href", "permalink"),
    "title": ("title", "headline", "heading"),
    "text": ("text", "body", "content", "maintext", "fulltext", "articletext", "articlebody", "article"),
    "published": (
        "published", "publishedat", "pubdate", "date", "datepublished", "datepublish",
        "publishdate", "publicationdate", "publishedtime", "datetime", "seendate", "time",
        "timestamp",
    ),
    "outlet": ("outlet", "source", "site", "domain", "sourcedomain", "publisher", "sitename", "website"),
    "authors": ("authors", "author", "byline", "creator", "creators"),
    "language": ("language", "lang"),
    "caption": ("caption",),
    "dateline": ("dateline",),
    "wire": ("wire", "agency"),
    "published_from": ("publishedfrom",),
    "related": ("related",),
}
_LIST_KEYS = ("articles", "items", "records", "data", "results")





# ---------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------


















# ---------------------------------------------------------------------------
# Finding inputs
# ---------------------------------------------------------------------------

Source = str | os.PathLike | Sequence[str | os.PathLike]


@dataclass(frozen=True)
class _Input:
    """One thing to load: a file (``path``) or a URL; ``name`` is shown to users."""

    name: str
    path: Path | None = None
    url: str | None = None


@dataclass
class _Failure:
    input: str
    stage: str
    reason: str

    def error(self) -> LoadError:
        return LoadError(self.input, self.reason, self.stage)


def _format_of(path: Path) -> str | None:
    """Format of a file from its name: ``.html.gz`` -> ``html``; None if unknown."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return _FORMATS.get(suffixes[-1]) if suffixes else None


def _join(given: str, rel: str) -> str:
    return given.rstrip("/\\") + "/" + rel if given not in ("", ".") else rel


def _walk(folder: Path, given: str) -> Iterator[_Input | _Failure]:
    """Files under ``folder``, recursively, sorted by relative path."""
    found: list[tuple[str, Path]] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d not in _SKIP_DIRS and not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            path = Path(root) / name
            found.append((path.relative_to(folder).as_posix(), path))
    for rel, path in sorted(found):
        name = _join(given, rel)
        if _format_of(path) is None:
            suffix = "".join(path.suffixes[-2:]) or "no extension"
            yield _Failure(name, "read", f"skipped: not a supported input type ({suffix})")
        else:
            yield _Input(name, path=path)


def _expand_one(item: str | os.PathLike) -> list[_Input | _Failure]:
    given = os.fspath(item)
    if not isinstance(given, str):
        raise TypeError(f"source items must be paths or URLs, got {type(item).__name__}")
    stripped = given.strip()
    if is_url(stripped):
        return [_Input(stripped, url=stripped)]
    path = Path(given)
    if path.is_dir():
        found = list(_walk(path, given))
        if not found:
            return [_Failure(given, "read", "folder has no files")]
        return found
    if path.is_file():
        return [_Input(given, path=path)]
    if glob.has_magic(given):
        matches = sorted(glob.glob(given, recursive=True))
        files = [m for m in matches if Path(m).is_file()]
        if not files:
            return [_Failure(given, "read", "no files match this pattern")]
        out: list[_Input | _Failure] = []
        for match in files:
            if _format_of(Path(match)) is None:
                out.append(_Failure(match, "read", "skipped: not a supported input type"))
            else:
                out.append(_Input(match, path=Path(match)))
        return out
    if stripped.lower().startswith(("http:", "https:", "www.")):
        return [_Failure(given, "read", "not a valid http(s) URL")]
    return [_Failure(given, "read", "no such file or folder")]


def _expand(source: Source) -> list[_Input | _Failure]:
    if isinstance(source, (str, os.PathLike)):
        items: list[Any] = [source]
    elif isinstance(source, Iterable) and not isinstance(source, (bytes, Mapping, pd.DataFrame)):
        items = list(source)
    else:
        raise TypeError(
            "source must be a path, folder, glob, URL or a list of them; "
            f"got {type(source).__name__} (for a DataFrame of records use records_to_articles)"
        )
    out: list[_Input | _Failure] = []
    for item in items:
        out.extend(_expand_one(item))
    return out


# ---------------------------------------------------------------------------
# Reading bytes
# ---------------------------------------------------------------------------


def _read_bytes(path: Path, name: str, limit: int | None) -> bytes:
    """Read a file (gunzipping it if needed) with a size limit; raise LoadError."""
    try:
        size = path.stat().st_size
        if size == 0:
            raise LoadError(name, "empty file")
        if limit is not None and size > limit and not path.name.lower().endswith(".gz"):
            raise LoadError(name, f"file too large for one page ({_mb(size)} > {_mb(limit)} limit)")
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


def _gunzip(handle: io.BufferedReader, name: str, limit: int | None) -> bytes:
    cap = limit if limit is not None else 2**31
    try:
        with gzip.GzipFile(fileobj=handle) as gz:
            data = gz.read(cap + 1)
    except EOFError as exc:
        raise LoadError(name, "truncated gzip file (it ends before the compressed data does)") from exc
    except (OSError, zlib.error) as exc:
        raise LoadError(name, f"corrupt gzip file ({exc})") from exc
    if len(data) > cap:
        raise LoadError(name, f"file too large once decompressed (more than {_mb(cap)})")
    if not data:
        raise LoadError(name, "empty file (after gzip decompression)")
    return data


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f} MB"


def _decode(data: bytes, name: str, http_charset: str | None = None) -> str:
    try:
        text, _ = decode_bytes(data, http_charset)
    except ValueError as exc:
        raise LoadError(name, str(exc), "decode") from exc
    if not text.strip():
        raise LoadError(name, "empty file (only white space)")
    return text


def _sniff(data: bytes) -> str:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype", b"<html", b"<head", b"<body", b"<?xml", b"<!--")):
        return "html"
    if head.startswith((b"[", b"{")):
        return "jsonl" if head.startswith(b"{") and b"}\n{" in data[:65536] else "json"
    return "txt"


# ---------------------------------------------------------------------------
# From export records to schema rows
# ---------------------------------------------------------------------------


def _key(name: str) -> str:
    return re.sub(r"[\s_\-]", "", str(name)).lower()


def _field_map(keys: Iterable[str]) -> dict[str, str]:
    """Map schema fields to the first matching export key."""
    by_key: dict[str, str] = {}
    for key in keys:
        by_key.setdefault(_key(key), key)
    mapping = {}
    for field, names in _FIELDS.items():
        for candidate in names:
            if candidate in by_key:
                mapping[field] = by_key[candidate]
                break
    return mapping


def _no_text_reason(keys: Iterable[str], what: str = "column") -> str:
    have = ", ".join(sorted(map(str, keys))[:12]) or "none"
    return f"no text {what}; expected one of {', '.join(_FIELDS['text'])} (found: {have})"


def _scalar(value: Any) -> Any:
    """Plain value or None for missing / NaN / empty."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _name_of(value: Any) -> str | None:
    """A string from a value that may be a dict like NewsAPI's ``{"name": ...}``."""
    value = _scalar(value)
    if isinstance(value, Mapping):
        for key in ("name", "title", "id", "domain", "url"):
            if _scalar(value.get(key)) is not None:
                return str(value[key]).strip()
        return None
    return None if value is None else str(value).strip()


_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||,|\band\b|&)\s*")


def _listlike(value: Any) -> list | None:
    """A list from a list, array, or a string holding a JSON / Python list."""
    if hasattr(value, "tolist") and not isinstance(value, str):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, str) and value.strip().startswith("[") and value.strip().endswith("]"):
        for parse in (json.loads, ast.literal_eval):
            try:
                parsed = parse(value)
            except (ValueError, SyntaxError):
                continue
            if isinstance(parsed, list):
                return parsed
    return None


def _authors(value: Any) -> list[str]:
    """Author names from a list, a list of ``{"name": ...}``, or "A, B and C"."""
    items = _listlike(value)
    if items is not None:
        names = [_name_of(v) for v in items]
    else:
        value = _name_of(value)
        if value is None:
            return []
        value = re.sub(r"^\s*by\s+", "", value, flags=re.I)
        names = _AUTHOR_SPLIT.split(value)
    return [n.strip() for n in names if n and n.strip()]


def _outlet_value(value: Any) -> str | None:
    """Declared outlet: a URL or domain becomes its registered domain."""
    name = _name_of(value)
    if not name:
        return None
    if is_url(name):
        return outlet_from_url(name)
    if re.fullmatch(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+", name.lower()):
        return outlet_from_url("https://" + name.lower())
    return name


def _timestamp(value: Any) -> pd.Timestamp | None:
    """Parse an export date; naive times are taken as UTC; None if unreadable."""
    value = _scalar(value)
    if value is None:
        return None
    try:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            unit = "ms" if abs(value) > 1e11 else "s"
            stamp = pd.to_datetime(value, unit=unit, utc=True)
        else:
            stamp = pd.to_datetime(value, utc=True, format="mixed")
    except (ValueError, TypeError, OverflowError):
        return None
    return None if pd.isna(stamp) else stamp


def _record_row(record: Mapping[str, Any], mapping: Mapping[str, str]) -> dict[str, Any]:
    """Raw fields of one export record, ready for ``tidy_article``; raises ValueError."""
    raw = {field: _scalar(record.get(key)) for field, key in mapping.items()}
    text = raw.get("text")
    if text is None:
        raise ValueError(f"no text (field {mapping['text']!r} is empty)")
    text = str(text)
    if len(text) > MAX_RECORD_CHARS:
        raise ValueError(f"text too large for one article ({len(text):,} characters)")
    published = _timestamp(raw.get("published"))
    # An export of our own ARTICLES frame keeps where its dates came from.
    date_source = _name_of(raw.get("published_from"))
    if date_source not in DATE_SOURCES:
        date_source = "user"
    related = _listlike(record.get(mapping["related"])) if "related" in mapping else []
    return {
        "url": _name_of(raw.get("url")),
        "title": _name_of(raw.get("title")),
        "text": text,
        "published": published,
        "published_from": date_source if published is not None else None,
        "authors": _authors(record.get(mapping["authors"])) if "authors" in mapping else [],
        "outlet": _outlet_value(raw.get("outlet")),
        "language": _name_of(raw.get("language")),
        "caption": _name_of(raw.get("caption")),
        "dateline": _name_of(raw.get("dateline")),
        "wire": _name_of(raw.get("wire")),
        "related": [item for item in related if isinstance(item, Mapping)],
    }


# ---------------------------------------------------------------------------
# The loader
# ---------------------------------------------------------------------------


class _Loader:
    """State of one ``load_articles`` call: options, rows and failures."""

    __slots__ = ("errors", "outlet", "language", "rows", "failures")

    def __init__(self, errors: str, outlet: str | None, language: str | None) -> None:
        self.errors = errors
        self.outlet = outlet
        self.language = language
        self.rows: list[dict[str, Any]] = []
        self.failures: list[_Failure] = []

    def fail(self, failure: _Failure | LoadError) -> None:
        if isinstance(failure, LoadError):
            failure = _Failure(failure.input, failure.stage, failure.reason)
        if self.errors == "raise":
            raise failure.error()
        self.failures.append(failure)

    def add(self, record: Mapping[str, Any], *, name: str, source: str, fmt: str,
            declared_outlet: bool = False) -> None:
        """Finish a parsed record into a schema row, or record why not."""
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            self.fail(_Failure(name, "parse", "no article text found"))
            return
        url = canonical_url(record.get("url"))
        outlet = self.outlet
        if outlet is None and declared_outlet:
            outlet = record.get("outlet")
        if outlet is None:
            outlet = outlet_from_url(url) or record.get("outlet") or "unknown"
        related = record.get("related")
        authors = record.get("authors")
        row = {
            "article_id": article_id(url, text),
            "url": url,
            "outlet": outlet,
            "title": record.get("title"),
            "published": record.get("published"),
            "published_from": record.get("published_from"),
            "authors": list(authors) if isinstance(authors, (list, tuple)) else [],
            "language": self.language or record.get("language"),
            "dateline": record.get("dateline"),
            "wire": record.get("wire"),
            "caption": record.get("caption"),
            "text": text,
            "n_words": record.get("n_words") or len(text.split()),
            "source": source,
            "format": fmt,
            "related": list(related) if isinstance(related, (list, tuple)) else [],
            "duplicate_of": None,
        }
        if row["published"] is None or pd.isna(row["published"]):
            row["published_from"] = None
        self.rows.append(row)

    # -- one input kind per method ------------------------------------------

    def page(self, parse: Callable[..., dict], text: str, *, name: str, fmt: str,
             url: str | None = None) -> None:
        """Parse one page (HTML or dump); ``name`` is the file or the URL as given."""
        try:
            record = parse(text, url=url)
        except Exception as exc:  # noqa: BLE001 - any parser crash is this input's failure
            if self.errors == "raise":
                raise LoadError(name, f"could not parse ({type(exc).__name__}: {exc})", "parse") from exc
            self.fail(_Failure(name, "parse", f"could not parse ({type(exc).__name__}: {exc})"))
            return
        if url and not record.get("url"):
            record = {**record, "url": url}
        self.add(record, name=name, source=name, fmt=fmt)

    def records(self, records: Iterable[tuple[str, Any]], *, name: str, source: str,
                fmt: str) -> None:
        """Export records ``(label, record)``; fields are mapped by each record's keys."""
        from toolkit.clean import tidy_article

        mapping: dict[str, str] | None = None
        seen = False
        for label, record in records:
            seen = True
            if isinstance(record, _Failure):
                self.fail(record)
                continue
            if not isinstance(record, Mapping):
                self.fail(_Failure(label, "parse", f"not a record (a JSON {type(record).__name__})"))
                continue
            if mapping is None or any(k not in record for k in mapping.values()):
                mapping = _field_map(record.keys())
            if "text" not in mapping:
                self.fail(_Failure(label, "parse", _no_text_reason(record.keys(), "field")))
                continue
            try:
                raw = _record_row(record, mapping)
                tidy = tidy_article(raw)
            except ValueError as exc:
                self.fail(_Failure(label, "parse", str(exc)))
                continue
            except Exception as exc:  # noqa: BLE001
                self.fail(_Failure(label, "clean", f"could not clean ({type(exc).__name__}: {exc})"))
                continue
            # the export's own values win over what cleaning derived
            for key in ("published", "published_from", "outlet"):
                tidy[key] = raw[key]
            if not isinstance(tidy.get("authors"), list):
                tidy["authors"] = raw["authors"]
            if not tidy.get("related"):
                tidy["related"] = raw["related"]
            tidy.setdefault("url", raw["url"])
            self.add(tidy, name=label, source=source, fmt=fmt, declared_outlet=True)
        if not seen:
            self.fail(_Failure(name, "parse", "no records in file"))

    def file(self, item: _Input, fetched: Mapping[str, Any]) -> None:
        assert item.path is not None
        name = item.name
        fmt = _format_of(item.path)
        if fmt == "parquet":
            data = b""
        elif fmt == "jsonl":  # streamed line by line below; only check it is not empty
            if item.path.stat().st_size == 0:
                raise LoadError(name, "empty file")
            data = b""
        else:
            limit = MAX_DOCUMENT_BYTES if fmt in ("html", "txt", None) else None
            data = _read_bytes(item.path, name, limit)
        if fmt is None:
            fmt = _sniff(data)
        if fmt == "html":
            self.page(_parse_html, _decode(data, name), name=name, fmt="html")
        elif fmt == "txt":
            text = _decode(data, name)
            urls = _url_list(text)
            if urls is None:
                self.page(_parse_text, text, name=name, fmt="txt")
            elif not urls:
                raise LoadError(name, "empty file (only blank and comment lines)")
            else:
                for url in urls:
                    self.url(url, fetched)
        elif fmt == "jsonl":
            self.records(_jsonl_records(item.path, name), name=name, source=name, fmt="jsonl")
        elif fmt == "json":
            self.records(_json_records(data, name), name=name, source=name, fmt="json")
        elif fmt == "csv":
            frame = _read_csv(data, name)
            if "text" not in _field_map(frame.columns):
                raise LoadError(name, _no_text_reason(frame.columns), "parse")
            self.records(_frame_records(frame, name, "row"), name=name, source=name, fmt="csv")
        elif fmt == "parquet":
            frame = _read_parquet(item.path, name)
            if "text" not in _field_map(frame.columns):
                raise LoadError(name, _no_text_reason(frame.columns), "parse")
            self.records(_frame_records(frame, name, "row"), name=name, source=name, fmt="parquet")

    def url(self, url: str, fetched: Mapping[str, Any]) -> None:
        result = fetched[url]
        if not getattr(result, "ok", False) or not result.html:
            reason = getattr(result, "error", None) or f"HTTP {getattr(result, 'status', '?')}"
            self.fail(_Failure(url, "fetch", str(reason)))
            return
        self.page(_parse_html, result.html, name=url, fmt="url",
                  url=getattr(result, "final_url", None) or url)


def _parse_html(html: str, url: str | None = None) -> dict:
    from toolkit.extract import parse_html

    return parse_html(html, url=url)


def _parse_text(text: str, url: str | None = None) -> dict:
    from toolkit.clean import parse_text

    return parse_text(text, url=url)


def _url_list(text: str) -> list[str] | None:
    """URLs of a URL-list file (every non-blank, non-# line a URL), else None."""
    lines = [line.strip() for line in text.splitlines()]
    content = [line for line in lines if line and not line.startswith("#")]
    if all(is_url(line) for line in content):
        return content
    return None


def _jsonl_records(path: Path, name: str) -> Iterator[tuple[str, Any]]:
    """Records of a JSON Lines file (UTF-8, maybe gzipped), read line by line."""
    with open(path, "rb") as raw:
        gzipped = raw.read(2) == GZIP_MAGIC
        raw.seek(0)
        handle: Any = gzip.GzipFile(fileobj=raw) if gzipped else raw
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
                    yield label, _Failure(label, "decode", f"not UTF-8 ({exc.reason} at byte {exc.start})")
                except ValueError as exc:
                    yield label, _Failure(label, "parse", f"invalid JSON ({exc})")
        except EOFError:
            yield f"{name} line {number + 1}", _Failure(
                name, "read", f"truncated gzip file (it ends after line {number})")
        except (OSError, zlib.error) as exc:
            yield name, _Failure(name, "read", f"corrupt gzip file ({exc})")


def _json_records(data: bytes, name: str) -> Iterator[tuple[str, Any]]:
    text = _decode(data, name)
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


def _read_csv(data: bytes, name: str) -> pd.DataFrame:
    text = _decode(data, name)
    try:
        return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        raise LoadError(name, f"invalid CSV ({str(exc).strip()})", "parse") from exc


def _read_parquet(path: Path, name: str) -> pd.DataFrame:
    try:
        if path.stat().st_size == 0:
            raise LoadError(name, "empty file")
        return pd.read_parquet(path)
    except LoadError:
        raise
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several kinds
        raise LoadError(name, f"not a readable Parquet file ({exc})", "parse") from exc


def _frame_records(frame: pd.DataFrame, name: str, unit: str) -> Iterator[tuple[str, Any]]:
    columns = list(frame.columns)
    for number, values in enumerate(frame.itertuples(index=False, name=None), start=1):
        yield f"{name} {unit} {number}", dict(zip(columns, values, strict=True))


# ---------------------------------------------------------------------------
# Duplicates and the public functions
# ---------------------------------------------------------------------------


def flag_duplicates(articles: pd.DataFrame) -> pd.DataFrame:
    """Flag exact duplicates and make ``article_id`` unique; return a new frame.

    A row is a duplicate of the first earlier row with the same canonical
    URL (``www.`` or not, tracking parameters dropped) or the same text
    (compared with white space collapsed). Its ``duplicate_of`` is that
    row's ``article_id``; originals get NA. No row is dropped.

    Rows that share an ``article_id`` (the same URL loaded twice, or the
    same text without a URL) keep it on the first row; later rows get
    ``"<id>-2"``, ``"<id>-3"``, ... in row order, so ids are unique and the
    same on every run for the same inputs in the same order. Calling it
    again on its own output gives the same result. The input is not modified.

    Parameters
    ----------
    articles : pandas.DataFrame
        ARTICLES-schema frame.

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"article_id": ["a", "a", "b"], "url": ["https://x.example/1"] * 2 + [None],
    ...                       "text": ["One.", "One.", "One."]})
    >>> out = flag_duplicates(frame)
    >>> out["article_id"].tolist(), out["duplicate_of"].tolist()
    (['a', 'a-2', 'b'], [<NA>, 'a', 'a'])
    """
    out = articles.copy()
    base = [str(i).split("-", 1)[0] for i in out["article_id"]]
    urls = out["url"] if "url" in out else pd.Series([None] * len(out), index=out.index)
    first_url: dict[str, str] = {}
    first_text: dict[str, str] = {}
    counts: dict[str, int] = {}
    ids: list[str] = []
    dups: list[str | None] = []
    for ident, url, text in zip(base, urls, out["text"], strict=True):
        counts[ident] = counts.get(ident, 0) + 1
        ids.append(ident if counts[ident] == 1 else f"{ident}-{counts[ident]}")
        canon = canonical_url(url) if isinstance(url, str) else None
        norm = " ".join(text.split()) if isinstance(text, str) else None
        original = first_url.get(canon) if canon else None
        if original is None and norm:
            original = first_text.get(norm)
        dups.append(original)
        if canon:
            first_url.setdefault(canon, ident)
        if norm:
            first_text.setdefault(norm, ident)
    out["article_id"] = pd.array(ids, dtype="string")
    out["duplicate_of"] = pd.array(dups, dtype="string")
    return out


def _finish(rows: list[dict[str, Any]]) -> pd.DataFrame:
    frame = ARTICLES.from_records(rows) if rows else ARTICLES.empty()
    # a date that did not parse has no source either
    frame["published_from"] = frame["published_from"].mask(frame["published"].isna())
    frame = flag_duplicates(frame)
    return validate(conform(frame, ARTICLES), ARTICLES)


def _failures_frame(failures: list[_Failure]) -> pd.DataFrame:
    frame = FAILURES.from_records(
        [{"input": f.input, "stage": f.stage, "reason": f.reason} for f in failures]
    )
    return validate(frame, FAILURES)


def _check_errors(errors: str) -> None:
    if errors not in ("raise", "collect"):
        raise ValueError(f"errors must be 'raise' or 'collect', not {errors!r}")


def records_to_articles(
    frame: pd.DataFrame,
    *,
    outlet: str | None = None,
    language: str | None = None,
    source: str = "records",
    errors: Literal["raise", "collect"] = "raise",
) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame]:
    """Turn a frame of export records into an ARTICLES frame.

    Columns are matched by common names, case and ``_``/``-`` ignored:
    url/link, title/headline, text/body/content, published/date/
    publishedAt/pubDate, outlet/source/site/domain, author/authors/byline,
    language/lang. Each text goes through :func:`toolkit.clean.tidy_article`;
    dates given by the export get ``published_from = "user"`` (naive times
    are read as UTC); the outlet is the declared one (argument, then the
    record's field, a domain or URL reduced to its registered domain), else
    the URL's registered domain, else ``"unknown"``. Duplicates within the
    frame are flagged (see :func:`flag_duplicates`).

    A pure frame function: the input is not modified, so it maps over Dask
    partitions unchanged, e.g.
    ``ddf.map_partitions(records_to_articles, meta=ARTICLES.empty())``
    (duplicates are then flagged within each partition only; call
    :func:`flag_duplicates` on the computed frame for the whole corpus).

    Parameters
    ----------
    frame : pandas.DataFrame
        One record per row.
    outlet, language : str, optional
        Declared for every row, overriding the records and detection.
    source : str
        Value of the ``source`` column (e.g. the export's file name).
    errors : {"raise", "collect"}
        ``"raise"``: a row without text raises :class:`LoadError`.
        ``"collect"``: return ``(articles, failures)``.

    Returns
    -------
    pandas.DataFrame or (pandas.DataFrame, pandas.DataFrame)

    Examples
    --------
    >>> import pandas as pd
    >>> export = pd.DataFrame({"link": ["https://www.news.example/a"], "headline": ["Talks end"],
    ...                        "body": ["Talks ended on Friday in Minsk."], "pubDate": ["2025-09-11"]})
    >>> row = records_to_articles(export).iloc[0]
    >>> row["outlet"], row["published_from"], str(row["published"].date())
    ('news.example', 'user', '2025-09-11')
    """
    _check_errors(errors)
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"records_to_articles takes a DataFrame, got {type(frame).__name__}")
    loader = _Loader(errors, outlet, language)
    if len(frame) and "text" not in _field_map(frame.columns):
        loader.fail(_Failure(source, "parse", _no_text_reason(frame.columns)))
    else:
        loader.records(_frame_records(frame, source, "row"), name=source, source=source,
                       fmt="records")
    articles = _finish(loader.rows)
    if errors == "collect":
        return articles, _failures_frame(loader.failures)
    return articles


def load_articles(
    source: Source,
    *,
    errors: Literal["raise", "collect"] = "raise",
    outlet: str | None = None,
    language: str | None = None,
    progress: bool | None = None,
    cache_dir: str | os.PathLike | None = None,
    fetch_options: Mapping[str, Any] | None = None,
) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame]:
    """Load articles from files, folders, globs, URL lists and URLs into one frame.

    Parameters
    ----------
    source : str, path, or list of them
        A file; a folder (read recursively, files in sorted order; hidden
        files and folders skipped); a glob (``"scrape/**/*.html"``); an
        http(s) URL; or a list mixing these (kept in the given order).
        Formats by name: ``.html``/``.htm`` (pages, parsed by
        :func:`toolkit.parse_html`), ``.txt`` (a page dump parsed by
        :func:`toolkit.parse_text`, or a list of URLs when every non-blank
        line not starting with ``#`` is a URL), ``.json`` (a list of
        records or ``{"articles": [...]}``), ``.jsonl``, ``.csv`` and
        ``.parquet`` exports (see :func:`records_to_articles` for the field
        names understood). Any of them may be gzipped (``.html.gz``).
    errors : {"raise", "collect"}
        ``"raise"`` (default): the first bad input raises :class:`LoadError`
        naming it and the reason. ``"collect"``: load everything that can
        be loaded and return ``(articles, failures)``, failures being a
        FAILURES frame (input, stage, reason). Files a folder holds that are
        not a supported type are failures with reason ``"skipped: ..."``
        (in raise mode they are skipped with a warning). A source that
        matches nothing at all (a missing path, a glob with no match)
        raises in both modes.
    outlet : str, optional
        Declared outlet for every article; otherwise the export's outlet
        field, else the URL's registered domain (``"unknown"`` when neither
        exists).
    language : str, optional
        Declared ISO 639-1 code for every article, instead of detection.
    progress : bool, optional
        Progress bar (``tqdm.auto``, notebook-aware). None: shown only when
        the load takes longer than two seconds. Pass False in notebooks
        whose outputs are committed.
    cache_dir : str or path, optional
        Cache of fetched pages, passed to :func:`toolkit.fetch_urls`.
    fetch_options : dict, optional
        Other :func:`toolkit.fetch_urls` options (``timeout``, ``retries``,
        ``delay``, ``user_agent``).

    Returns
    -------
    pandas.DataFrame or (pandas.DataFrame, pandas.DataFrame)
        One ARTICLES row per article (schema-valid, every column typed),
        in input order. ``source`` is the file path as given (a folder's
        files as ``folder/relative/path``) or the URL; every row of an
        export has the export's path.

    Notes
    -----
    ``article_id`` comes from the canonical URL, else from the text, so it
    is the same on every run. Exact duplicates (same canonical URL with or
    without ``www.``, or identical text) are kept and flagged:
    ``duplicate_of`` holds the first row's id. When two rows share an id,
    the first keeps it and later ones get ``-2``, ``-3``, ... appended in
    row order (see :func:`flag_duplicates`).

    Single pages larger than 25 MB (after gzip) fail with a clear reason
    instead of being parsed; exports of any size are read (memory about
    three times the file).

    Raises
    ------
    LoadError
        With ``errors="raise"``, for the first input that cannot be loaded;
        in both modes when the source matches nothing.

    Examples
    --------
    >>> articles = load_articles("seeds/")                          # doctest: +SKIP
    >>> articles, failures = load_articles(["a.html", "urls.txt"], errors="collect")  # doctest: +SKIP
    """
    _check_errors(errors)
    items = _expand(source)
    inputs = [item for item in items if isinstance(item, _Input)]
    if not inputs:
        real = [item for item in items if not item.reason.startswith("skipped")]
        if real or not items:
            raise (real[0] if real else _Failure(str(source), "read", "nothing to load")).error()
        shown = ", ".join(item.input for item in items[:5])
        raise LoadError(str(os.fspath(source)) if isinstance(source, (str, os.PathLike)) else "source",
                        f"no supported files ({', '.join(sorted(_FORMATS))}, optionally .gz); found {shown}")
    loader = _Loader(errors, outlet, language)

    # URL lists are read first so that every URL is fetched in one batch
    # (fetch_urls spaces requests per domain and shares one cache).
    urls: list[str] = [item.url for item in inputs if item.url]
    for item in inputs:
        if item.path is not None and _format_of(item.path) == "txt":
            try:
                text = _decode(_read_bytes(item.path, item.name, MAX_DOCUMENT_BYTES), item.name)
            except LoadError:
                continue  # reported in order below
            urls.extend(_url_list(text) or [])
    fetched = _fetch(urls, cache_dir=cache_dir, options=fetch_options, progress=progress)

    bar = _progress(len(items), progress)
    skipped: list[str] = []
    try:
        for item in items:
            if bar is not None:
                bar.update(1)
            if isinstance(item, _Failure):
                if item.reason.startswith("skipped") and errors == "raise":
                    skipped.append(item.input)
                else:
                    loader.fail(item)
                continue
            try:
                if item.url is not None:
                    loader.url(item.url, fetched)
                else:
                    loader.file(item, fetched)
            except LoadError as exc:
                loader.fail(exc)
    finally:
        if bar is not None:
            bar.close()
    if skipped:
        shown = ", ".join(skipped[:5]) + (", ..." if len(skipped) > 5 else "")
        warnings.warn(f"skipped {len(skipped)} file(s) of unsupported type: {shown}",
                      UserWarning, stacklevel=2)
    articles = _finish(loader.rows)
    if errors == "collect":
        return articles, _failures_frame(loader.failures)
    return articles


def _fetch(urls: list[str], *, cache_dir: Any, options: Mapping[str, Any] | None,
           progress: bool | None) -> dict[str, Any]:
    unique = list(dict.fromkeys(urls))
    if not unique:
        return {}
    from toolkit.fetch import fetch_urls

    kwargs = dict(options or {})
    kwargs.setdefault("progress", progress)
    if cache_dir is not None:
        kwargs["cache_dir"] = cache_dir
    results = fetch_urls(unique, **kwargs)
    return dict(zip(unique, results, strict=True))


def _progress(total: int, progress: bool | None) -> Any:
    """A manually updated bar, or None.

    Updated by hand rather than by wrapping the iterable: tqdm's notebook
    bar shows itself when an exception passes through its iterator, even
    within ``delay``; a short load that fails should print nothing.
    """
    if progress is False or not total:
        return None
    from tqdm.auto import tqdm

    delay = _PROGRESS_DELAY_S if progress is None else 0.0
    return tqdm(total=total, desc="loading", unit="input", delay=delay, leave=progress is True)
