"""From export records (JSON, CSV, Parquet, feed items) to raw schema fields.

Part of :mod:`toolkit.load`; the names here are package internals.

The field-name table :data:`FIELDS` is knowledge about export *formats*
(NewsAPI, GDELT, Media Cloud, newspaper/trafilatura dumps, our own
ARTICLES frame), not about a language, so it stays here as one table next to
the code that reads it. Words that join or introduce author names ("and",
"by", "und", ...) are language knowledge and are read from the per-language
data files ``author_joiners.txt`` and ``author_prefixes.txt``.
"""

from __future__ import annotations

import ast
import functools
import json
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from toolkit.languages import words_all
from toolkit.schema import DATE_SOURCES
from toolkit.urls import is_url, outlet_from_url

__all__ = [
    "FIELDS",
    "MAX_RECORD_CHARS",
    "URL_LIST_COLUMNS",
    "authors",
    "field_map",
    "name_of",
    "no_text_reason",
    "record_row",
    "scalar",
    "timestamp",
    "url_column",
    "url_list_column",
]

#: Largest text of one export record, in characters: a bigger "article" is
#: a dump or a mistake, and cleaning it would take minutes.
MAX_RECORD_CHARS = 5 * 2**20

#: Export field names for each schema field, in order of preference; keys
#: are compared lower-cased without '_', '-' or spaces, so ``publishedAt``,
#: ``published_at`` and ``Published At`` all match ``publishedat``.
FIELDS: dict[str, tuple[str, ...]] = {
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
    "dateline_date": ("datelinedate",),
    "wire": ("wire", "agency"),
    "published_from": ("publishedfrom",),
    "related": ("related",),
}

#: Columns that make a CSV/TSV without text a URL list on their own: GDELT's
#: ``DocumentIdentifier`` (GKG), ``SOURCEURL`` (events), ``MentionIdentifier``
#: (mentions). A plain ``url`` column is not enough (a broken export of
#: articles has one too, and fetching its URLs is not what was asked) ...
URL_LIST_COLUMNS: tuple[str, ...] = ("documentidentifier", "sourceurl", "mentionidentifier")
#: ... unless the file has the columns of a Media Cloud story list with it.
MEDIA_CLOUD_COLUMNS: frozenset[str] = frozenset({"medianame", "mediaurl", "storiesid", "mediaid"})


def _key(name: Any) -> str:
    return re.sub(r"[\s_\-]", "", str(name)).lower()


@functools.lru_cache(maxsize=4096)
def _field_map(keys: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    by_key: dict[str, str] = {}
    for key in keys:
        by_key.setdefault(_key(key), key)
    mapping = []
    for field, names in FIELDS.items():
        for candidate in names:
            if candidate in by_key:
                mapping.append((field, by_key[candidate]))
                break
    return tuple(mapping)


def field_map(keys: Iterable[Any]) -> dict[str, str]:
    """Map schema fields to the first matching key among ``keys``.

    Parameters
    ----------
    keys : iterable
        The keys of one record (or the columns of a frame).

    Returns
    -------
    dict of str to str
        Schema field -> the key holding it; fields with no key are absent.

    Examples
    --------
    >>> field_map(["link", "Headline", "pub_date", "body"])
    {'url': 'link', 'title': 'Headline', 'text': 'body', 'published': 'pub_date'}
    """
    return dict(_field_map(tuple(str(k) for k in keys)))


def url_column(columns: Iterable[Any], given: str | None = None) -> str | None:
    """The URL column: ``given`` when the file has it, else the first usual URL name."""
    columns = [str(c) for c in columns]
    if given is not None:
        return given if given in columns else None
    by_key = {_key(c): c for c in reversed(columns)}
    for candidate in (*URL_LIST_COLUMNS, *FIELDS["url"]):
        if candidate in by_key:
            return by_key[candidate]
    return None


def url_list_column(columns: Iterable[Any]) -> str | None:
    """The URL column of a CSV that is a URL list by its columns alone, else None.

    Examples
    --------
    >>> url_list_column(["GKGRECORDID", "DATE", "DocumentIdentifier"])
    'DocumentIdentifier'
    >>> url_list_column(["stories_id", "media_name", "url", "title"])
    'url'
    >>> url_list_column(["url", "title"]) is None
    True
    """
    columns = [str(c) for c in columns]
    by_key = {_key(c): c for c in reversed(columns)}
    for candidate in URL_LIST_COLUMNS:
        if candidate in by_key:
            return by_key[candidate]
    if "url" in by_key and MEDIA_CLOUD_COLUMNS & set(by_key):
        return by_key["url"]
    return None


def no_text_reason(keys: Iterable[Any], what: str = "column") -> str:
    """Why a record or frame cannot be read: no text field, and what it has."""
    have = ", ".join(sorted(map(str, keys))[:12]) or "none"
    return f"no text {what}; expected one of {', '.join(FIELDS['text'])} (found: {have})"


def scalar(value: Any) -> Any:
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


def name_of(value: Any) -> str | None:
    """A string from a value that may be a dict like NewsAPI's ``{"name": ...}``."""
    value = scalar(value)
    if isinstance(value, Mapping):
        for key in ("name", "title", "id", "domain", "url"):
            if scalar(value.get(key)) is not None:
                return str(value[key]).strip()
        return None
    return None if value is None else str(value).strip()


@functools.lru_cache(maxsize=1)
def _author_patterns() -> tuple[re.Pattern, re.Pattern]:
    joiners = sorted(words_all("author_joiners"), key=len, reverse=True)
    prefixes = sorted(words_all("author_prefixes"), key=len, reverse=True)
    words = "|".join(re.escape(w) for w in joiners)
    split = re.compile(r"\s*(?:;|\||,|&" + (rf"|\b(?:{words})\b" if words else "") + r")\s*", re.I)
    lead = "|".join(re.escape(w) for w in prefixes)
    prefix = re.compile(rf"^\s*(?:{lead})\s+", re.I) if lead else re.compile(r"(?!)")
    return split, prefix


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


def authors(value: Any) -> list[str]:
    """Author names from a list, a list of ``{"name": ...}``, or "A, B and C".

    Examples
    --------
    >>> authors("By Tom Reyes and Mia Chen")
    ['Tom Reyes', 'Mia Chen']
    """
    items = _listlike(value)
    if items is not None:
        names = [name_of(v) for v in items]
    else:
        value = name_of(value)
        if value is None:
            return []
        split, prefix = _author_patterns()
        names = split.split(prefix.sub("", value))
    return [n.strip() for n in names if n and n.strip()]


def _outlet_value(value: Any) -> str | None:
    """Declared outlet: a URL or domain becomes its registered domain."""
    name = name_of(value)
    if not name:
        return None
    if is_url(name):
        return outlet_from_url(name)
    if re.fullmatch(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+", name.lower()):
        return outlet_from_url("https://" + name.lower())
    return name


def timestamp(value: Any) -> pd.Timestamp | None:
    """Parse an export date; naive times are taken as UTC; None if unreadable."""
    value = scalar(value)
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


def record_row(record: Mapping[str, Any], mapping: Mapping[str, str]) -> dict[str, Any]:
    """Raw fields of one export record, ready for ``tidy_article``; raises ValueError."""
    raw = {field: scalar(record.get(key)) for field, key in mapping.items()}
    text = raw.get("text")
    if text is None:
        raise ValueError(f"no text (field {mapping['text']!r} is empty)")
    text = str(text)
    if len(text) > MAX_RECORD_CHARS:
        raise ValueError(f"text too large for one article ({len(text):,} characters)")
    published = timestamp(raw.get("published"))
    # An export of our own ARTICLES frame keeps where its dates came from.
    date_source = name_of(raw.get("published_from"))
    if date_source not in DATE_SOURCES:
        date_source = "user"
    related = _listlike(record.get(mapping["related"])) if "related" in mapping else []
    return {
        "url": name_of(raw.get("url")),
        "title": name_of(raw.get("title")),
        "text": text,
        "published": published,
        "published_from": date_source if published is not None else None,
        "authors": authors(record.get(mapping["authors"])) if "authors" in mapping else [],
        "outlet": _outlet_value(raw.get("outlet")),
        "language": name_of(raw.get("language")),
        "caption": name_of(raw.get("caption")),
        "dateline": name_of(raw.get("dateline")),
        "dateline_date": name_of(raw.get("dateline_date")),
        "wire": name_of(raw.get("wire")),
        "related": [item for item in (related or []) if isinstance(item, Mapping)],
    }
