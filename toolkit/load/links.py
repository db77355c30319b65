"""Links: page URLs named by a feed, a sitemap or a URL list, with what the list says of them.

Part of :mod:`toolkit.load`; the names here are package internals, except
that :func:`links_frame` makes the LINKS table :func:`toolkit.load.read_links`
returns. A :class:`Link` carries the metadata its list gives (title, date,
summary) as *hints* for the page once fetched; a :class:`Listing` is what
one feed, sitemap or URL list holds.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from toolkit.errors import LoadError
from toolkit.load.fields import field_map, name_of, scalar, timestamp, url_column
from toolkit.load.inputs import Failure
from toolkit.load.reading import decode
from toolkit.schema import LINKS, validate
from toolkit.urls import is_url

__all__ = ["Link", "Listing", "csv_header", "csv_listing", "links_frame", "txt_listing"]

# What a list is called in messages, by its kind.
_KIND_NAMES = {"feed": "feed", "sitemap": "sitemap", "urls": "URL list"}


@dataclass(frozen=True, slots=True)
class Link:
    """One page a list names, and what the list says about it."""

    url: str
    source: str
    format: str  # "feed", "sitemap" or "urls"
    title: str | None = None
    published: pd.Timestamp | None = None
    published_from: str | None = None
    modified: pd.Timestamp | None = None
    summary: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None

    def hints(self) -> dict[str, Any]:
        """Metadata for the page once fetched (see ``Loader.page``)."""
        return {"title": self.title, "published": self.published, "published_from": self.published_from,
                "language": self.language, "authors": list(self.authors)}

    def record(self) -> dict[str, Any]:
        """The link as an export record, for feeds read without fetching their pages."""
        return {"url": self.url, "title": self.title, "text": self.summary, "published": self.published,
                "published_from": self.published_from, "authors": list(self.authors),
                "language": self.language}

    def row(self) -> dict[str, Any]:
        """The link as a LINKS row."""
        return {"url": self.url, "title": self.title, "published": self.published,
                "published_from": self.published_from if self.published is not None else None,
                "modified": self.modified, "summary": self.summary, "authors": list(self.authors),
                "language": self.language, "source": self.source, "format": self.format}


@dataclass(slots=True)
class Listing:
    """What one feed, sitemap or URL list holds.

    ``links`` are pages; ``sitemaps`` are further sitemaps a sitemap index
    names (fetched and read in turn); ``failures`` are entries that could
    not be read (a missing or relative URL).
    """

    kind: str
    name: str
    links: list[Link] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    @property
    def what(self) -> str:
        """``"feed"``, ``"sitemap"`` or ``"URL list"``, for messages."""
        return _KIND_NAMES.get(self.kind, self.kind)


def txt_listing(urls: Iterable[str], name: str) -> Listing:
    """A listing of a plain URL-list file (its lines already checked to be URLs)."""
    return Listing("urls", name, [Link(url, name, "urls") for url in urls])


def csv_header(data: bytes, name: str) -> list[str]:
    """Column names of a CSV/TSV file from its first line (the file is not parsed)."""
    text = decode(data[: 64 * 1024], name)
    first = text.splitlines()[0] if text.splitlines() else ""
    delimiter = "\t" if first.count("\t") > first.count(",") or name.lower().removesuffix(".gz").endswith(".tsv") else ","
    return next(csv.reader(io.StringIO(first), delimiter=delimiter), [])


def csv_listing(frame: pd.DataFrame, name: str, column: str | None = None) -> Listing:
    """A listing of a CSV URL list (GDELT, Media Cloud, ...): one link per row.

    Parameters
    ----------
    frame : pandas.DataFrame
        The file's rows, as strings.
    name : str
        The file, for labels and messages.
    column : str, optional
        The URL column named by the user; else a recognised name (url,
        link, DocumentIdentifier, SOURCEURL, ...).

    Returns
    -------
    Listing
        Rows without an http(s) URL are failures naming the row.

    Raises
    ------
    LoadError
        When the URL column is not found.
    """
    found = url_column(frame.columns, column)
    if found is None:
        have = ", ".join(map(str, frame.columns[:12])) or "none"
        wanted = f"column {column!r}" if column else "a URL column (url, link, DocumentIdentifier, SOURCEURL, ...)"
        raise LoadError(name, f"no text column and no {wanted}; found: {have} "
                              "(name the URL column with url_column=...)", "parse")
    mapping = field_map(c for c in frame.columns if c != found)
    listing = Listing("urls", name)
    for number, row in enumerate(frame.to_dict("records"), start=1):
        url = name_of(row.get(found))
        if not url or not is_url(url):
            listing.failures.append(Failure(f"{name} row {number}", "parse", f"not an http(s) URL: {url!r}"))
            continue
        published = timestamp(row.get(mapping["published"])) if "published" in mapping else None
        listing.links.append(Link(
            url.strip(), name, "urls",
            title=name_of(row.get(mapping["title"])) if "title" in mapping else None,
            published=published,
            published_from="user" if published is not None else None,
            language=name_of(scalar(row.get(mapping["language"]))) if "language" in mapping else None,
        ))
    return listing


def links_frame(links: Iterable[Link]) -> pd.DataFrame:
    """A LINKS-schema frame (:mod:`toolkit.schema`), one row per link, validated."""
    frame = LINKS.from_records([link.row() for link in links])
    return validate(frame, LINKS)
