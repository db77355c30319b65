"""The state of one load: options, the rows made so far and every failure.

Part of :mod:`toolkit.load`; the names here are package internals.
:class:`Loader` turns one input at a time (a page, a file of export
records, a fetched URL) into ARTICLES rows, or records why it could not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import pandas as pd

from toolkit.errors import LoadError
from toolkit.load.fields import field_map, no_text_reason, record_row, url_column
from toolkit.load.inputs import Failure, Input, format_of
from toolkit.load.links import Link, Listing
from toolkit.load.reading import (
    MAX_DOCUMENT_BYTES,
    decode,
    frame_records,
    json_records,
    jsonl_records,
    open_maybe_gzip,
    read_bytes,
    read_csv,
    read_parquet,
    sniff,
    url_list,
)
from toolkit.load.warc import WarcPage, warc_pages
from toolkit.urls import article_id, canonical_url, outlet_from_url

if TYPE_CHECKING:
    from toolkit.load.crawl import Crawl, Planned

#: The ``format`` of an article fetched from a link, by the kind of list it was in.
_LINK_FORMATS = {"urls": "url", "feed": "feed", "sitemap": "sitemap"}

__all__ = ["Loader", "parse_html", "parse_text"]


def parse_html(html: str, url: str | None = None) -> dict:
    """:func:`toolkit.extract.parse_html`, imported when first needed."""
    from toolkit.extract import parse_html as parse

    return parse(html, url=url)


def parse_text(text: str, url: str | None = None) -> dict:
    """:func:`toolkit.clean.parse_text`, imported when first needed."""
    from toolkit.clean import parse_text as parse

    return parse(text, url=url)


def _tidy(raw: dict[str, Any]) -> dict[str, Any]:
    from toolkit.clean import tidy_article

    return tidy_article(raw)


class Loader:
    """State of one ``load_articles`` call: options, rows and failures."""

    __slots__ = ("errors", "outlet", "language", "rows", "failures", "skipped")

    def __init__(self, errors: str, outlet: str | None, language: str | None) -> None:
        self.errors = errors
        self.outlet = outlet
        self.language = language
        self.rows: list[dict[str, Any]] = []
        self.failures: list[Failure] = []
        self.skipped: list[Failure] = []

    def fail(self, failure: Failure | LoadError) -> None:
        """Raise (``errors="raise"``) or keep the failure (``"collect"``).

        Inputs that are skipped on purpose (a file of an unsupported type,
        the non-page records of an archive: reason ``"skipped: ..."``) are
        kept in ``skipped`` in raise mode, for one warning at the end.
        """
        if isinstance(failure, LoadError):
            failure = Failure(failure.input, failure.stage, failure.reason)
        if self.errors == "raise":
            if failure.reason.startswith("skipped"):
                self.skipped.append(failure)
                return
            raise failure.error()
        self.failures.append(failure)

    def add(self, record: Mapping[str, Any], *, name: str, source: str, fmt: str,
            declared_outlet: bool = False) -> None:
        """Finish a parsed record into a schema row, or record why not."""
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            self.fail(Failure(name, "parse", "no article text found"))
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
            "dateline_date": record.get("dateline_date"),
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
             url: str | None = None, source: str | None = None,
             hints: Mapping[str, Any] | None = None) -> None:
        """Parse one page (HTML or dump); ``name`` is the file or the URL as given.

        ``hints`` are metadata from where the page was listed (a feed, a
        sitemap, a URL list, an archive record): see :meth:`_apply_hints`.
        """
        try:
            record = parse(text, url=url)
        except Exception as exc:  # noqa: BLE001 - any parser crash is this input's failure
            reason = f"could not parse ({type(exc).__name__}: {exc})"
            if self.errors == "raise":
                raise LoadError(name, reason, "parse") from exc
            self.fail(Failure(name, "parse", reason))
            return
        if url and not record.get("url"):
            record = {**record, "url": url}
        if hints:
            record = _apply_hints(record, hints)
        self.add(record, name=name, source=source or name, fmt=fmt)

    def records(self, records: Iterable[tuple[str, Any]], *, name: str, source: str,
                fmt: str) -> None:
        """Export records ``(label, record)``; fields are mapped by each record's own keys."""
        seen = False
        for label, record in records:
            seen = True
            if isinstance(record, Failure):
                self.fail(record)
                continue
            if not isinstance(record, Mapping):
                self.fail(Failure(label, "parse", f"not a record (a JSON {type(record).__name__})"))
                continue
            # each record by its own keys: a key missing from one record
            # (no "published" in the first line) says nothing of the next
            self._record(label, record, field_map(record.keys()), source=source, fmt=fmt)
        if not seen:
            self.fail(Failure(name, "parse", "no records in file"))

    def _record(self, label: str, record: Mapping[str, Any], mapping: Mapping[str, str], *,
                source: str, fmt: str) -> None:
        if "text" not in mapping:
            self.fail(Failure(label, "parse", no_text_reason(record.keys(), "field")))
            return
        try:
            raw = record_row(record, mapping)
            tidy = _tidy(raw)
        except ValueError as exc:
            self.fail(Failure(label, "parse", str(exc)))
            return
        except Exception as exc:  # noqa: BLE001
            self.fail(Failure(label, "clean", f"could not clean ({type(exc).__name__}: {exc})"))
            return
        # the export's own values win over what cleaning derived
        for key in ("published", "published_from", "outlet"):
            tidy[key] = raw[key]
        if not isinstance(tidy.get("authors"), list):
            tidy["authors"] = raw["authors"]
        if not tidy.get("related"):
            tidy["related"] = raw["related"]
        tidy.setdefault("url", raw["url"])
        self.add(tidy, name=label, source=source, fmt=fmt, declared_outlet=True)

    def file(self, item: Input, crawl: Crawl, planned: Planned) -> None:
        """Load one file, whatever its format (lists were read by ``crawl.plan``)."""
        assert item.path is not None
        name = item.name
        if name in planned:
            self.listing(planned[name], crawl, set())
            return
        fmt = format_of(item.path) or _sniff_file(item)
        if fmt == "warc":
            self.warc(item)
            return
        if fmt == "parquet":
            data = b""
        elif fmt == "jsonl":  # streamed line by line below; only check it is not empty
            if item.path.stat().st_size == 0:
                raise LoadError(name, "empty file")
            data = b""
        else:
            data = read_bytes(item.path, name, MAX_DOCUMENT_BYTES if fmt in ("html", "txt") else None)
        if fmt == "html":
            self.page(parse_html, decode(data, name), name=name, fmt="html")
        elif fmt == "txt":
            text = decode(data, name)
            if url_list(text) is not None:  # a list of blank and comment lines only
                raise LoadError(name, "empty file (only blank and comment lines)")
            self.page(parse_text, text, name=name, fmt="txt")
        elif fmt == "jsonl":
            self.records(jsonl_records(item.path, name), name=name, source=name, fmt="jsonl")
        elif fmt == "json":
            self.records(json_records(data, name), name=name, source=name, fmt="json")
        elif fmt in ("csv", "parquet"):
            frame = read_csv(data, name) if fmt == "csv" else read_parquet(item.path, name)
            if "text" not in field_map(frame.columns):
                raise LoadError(name, _no_text_hint(frame.columns), "parse")
            self.records(frame_records(frame, name, "row"), name=name, source=name, fmt=fmt)

    def warc(self, item: Input) -> None:
        """Every HTML response of a WARC archive, as pages."""
        assert item.path is not None
        for found in warc_pages(item.path, item.name):
            if not isinstance(found, WarcPage):
                self.fail(found)
                continue
            try:
                text = decode(found.body, found.label, found.charset)
            except LoadError as exc:
                self.fail(exc)
                continue
            self.page(parse_html, text, name=found.label, fmt="warc", url=found.url,
                      source=item.name, hints=found.hints())

    def url(self, url: str, crawl: Crawl, link: Link | None = None, seen: set[str] | None = None) -> None:
        """Load a fetched URL: a page, or the feed or sitemap it turned out to be."""
        seen = set() if seen is None else seen
        listing = crawl.listings.get(url)
        if listing is not None:
            if url in seen:
                self.fail(Failure(url, "parse", "sitemap index names itself (directly or through another index)"))
                return
            self.listing(listing, crawl, seen | {url})
            return
        result = crawl.fetched.get(url)
        if result is None:
            self.fail(Failure(url, "fetch", "not fetched: sitemap indexes nested deeper than 5 levels"))
            return
        if not getattr(result, "ok", False) or not result.html:
            reason = getattr(result, "error", None) or f"HTTP {getattr(result, 'status', '?')}"
            self.fail(Failure(url, "fetch", str(reason)))
            return
        self.page(parse_html, result.html, name=url, fmt=_LINK_FORMATS[link.format] if link else "url",
                  url=getattr(result, "final_url", None) or url, hints=link.hints() if link else None)

    def listing(self, listing: Listing | LoadError, crawl: Crawl, seen: set[str]) -> None:
        """The pages a URL list, feed or sitemap names (a feed's own items unless they are followed)."""
        if isinstance(listing, LoadError):
            self.fail(listing)
            return
        for failure in listing.failures:
            self.fail(failure)
        if not listing.links and not listing.sitemaps:
            if not listing.failures:
                self.fail(Failure(listing.name, "parse", f"{listing.what} names no pages"))
            return
        for child in listing.sitemaps:
            self.url(child, crawl, None, seen)
        if listing.kind == "feed" and not crawl.follow_feeds:
            self._feed_items(listing)
            return
        for link in listing.links:
            self.url(link.url, crawl, link, seen)

    def _feed_items(self, listing: Listing) -> None:
        """A feed's items as articles of their own text (title, date, summary or content)."""
        for number, link in enumerate(listing.links, start=1):
            label = f"{listing.name} item {number}"
            if not link.summary:
                self.fail(Failure(label, "parse", "feed item has no summary or content "
                                                  "(fetch_feed_items=True loads its page instead)"))
                continue
            self._record(label, link.record(), field_map(link.record()), source=listing.name, fmt="feed")


def _no_text_hint(columns: Iterable[Any]) -> str:
    """No text column; and how to fetch the pages instead when there is a URL column."""
    reason = no_text_reason(columns)
    column = url_column(columns)
    if column is not None:
        reason += f"; to fetch the pages of its {column!r} column as a URL list, pass url_column={column!r}"
    return reason


def _sniff_file(item: Input) -> str:
    """Format of a file without a known extension, from its first 64 kB."""
    assert item.path is not None
    try:
        with open(item.path, "rb") as raw:
            head = open_maybe_gzip(raw).read(65536)
    except (OSError, EOFError) as exc:
        raise LoadError(item.name, f"cannot read file ({exc})") from exc
    if not head:
        raise LoadError(item.name, "empty file")
    return sniff(head)


def _apply_hints(record: Mapping[str, Any], hints: Mapping[str, Any]) -> dict[str, Any]:
    """Fill a parsed page's gaps from where it was listed.

    A title, language or author list fills a gap. A date declared by the publisher or the
    user (a feed, a sitemap, a URL list's date column: ``published_from``
    ``"feed"`` or ``"user"``) wins over the page's own, as an export's date
    does; a date only recorded by an archive (``"crawl"``) fills a gap.
    """
    out = dict(record)
    if hints.get("title") and not out.get("title"):
        out["title"] = hints["title"]
    stamp = hints.get("published")
    if stamp is not None and not pd.isna(stamp):
        missing = out.get("published") is None or pd.isna(out.get("published"))
        if missing or hints.get("published_from") in ("feed", "user"):
            out["published"] = stamp
            out["published_from"] = hints.get("published_from")
    if hints.get("language") and not out.get("language"):
        out["language"] = hints["language"]
    if hints.get("authors") and not out.get("authors"):
        out["authors"] = list(hints["authors"])
    return out
