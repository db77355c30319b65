"""Everything a load must fetch, fetched in as few batches as possible.

A load names URLs directly, in URL lists (``.txt``, ``.csv``), in feeds and
in sitemaps. :func:`plan` reads the local lists first; :class:`Crawl` then
fetches every URL they name in one batch (so :func:`toolkit.fetch.fetch_urls`
spreads the work over sites and shares one cache), reads the fetched bodies
that turn out to be feeds or sitemaps, and fetches what those name in the
next batch, until nothing new is named (sitemap indexes are followed at most
:data:`MAX_DEPTH` levels deep).

Part of :mod:`toolkit.load`; the names here are package internals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from toolkit.errors import LoadError
from toolkit.load.feeds import feed_listing
from toolkit.load.fields import field_map, url_list_column
from toolkit.load.inputs import Input, format_of
from toolkit.load.links import Listing, csv_header, csv_listing, txt_listing
from toolkit.load.reading import (
    MAX_DOCUMENT_BYTES,
    decode,
    read_bytes,
    read_csv,
    sniff,
    url_list,
    xml_kind,
)
from toolkit.load.sitemaps import sitemap_listing

__all__ = ["MAX_DEPTH", "MAX_LISTING_BYTES", "Crawl", "plan", "read_listing"]

#: Levels of sitemap indexes (an index naming indexes ...) followed.
MAX_DEPTH = 5
#: Largest feed or sitemap file read: the sitemap protocol allows 50 MB.
MAX_LISTING_BYTES = 50 * 2**20

Planned = dict[str, "Listing | LoadError"]


def read_listing(text: str, name: str, base_url: str | None = None) -> Listing | None:
    """A feed or sitemap read from its text, or None when the text is neither."""
    kind = xml_kind(text)
    if kind == "feed":
        return feed_listing(text, name, base_url)
    if kind == "sitemap":
        return sitemap_listing(text, name)
    return None


def _plan_file(item: Input, url_column: str | None) -> Listing | None:
    """The listing a file holds, or None when it holds pages or records; raises LoadError."""
    assert item.path is not None
    fmt = format_of(item.path)
    if fmt == "csv":
        data = read_bytes(item.path, item.name, None)
        header = csv_header(data, item.name)
        column = url_column
        if column is None and "text" not in field_map(header):
            column = url_list_column(header)
        if column is None:
            return None  # an export of articles (or of nothing: reported when it is read)
        return csv_listing(read_csv(data, item.name), item.name, column)
    if fmt in ("txt", "feed", "xml", None):
        limit = MAX_DOCUMENT_BYTES if fmt == "txt" else MAX_LISTING_BYTES
        data = read_bytes(item.path, item.name, limit)
        kind = sniff(data) if fmt is None else fmt
        if kind == "txt":
            urls = url_list(decode(data, item.name))
            return txt_listing(urls, item.name) if urls else None
        if kind in ("feed", "sitemap", "xml"):
            listing = read_listing(decode(data, item.name), item.name)
            if listing is None:
                raise LoadError(item.name, "not an RSS/Atom feed or a sitemap (unknown root element)", "parse")
            return listing
    return None


def plan(inputs: Iterable[Input], url_column: str | None = None) -> Planned:
    """Read every URL list, feed and sitemap file among ``inputs``.

    Returns
    -------
    dict
        Input name -> its Listing, or the LoadError that reading it raised
        (reported in input order later). Files of pages and records are
        not in it.
    """
    planned: Planned = {}
    for item in inputs:
        if item.path is None or item.name in planned:
            continue
        try:
            listing = _plan_file(item, url_column)
        except LoadError as exc:
            planned[item.name] = exc
            continue
        if listing is not None:
            planned[item.name] = listing
    return planned


class Crawl:
    """URLs fetched for one load, and the feeds and sitemaps found among them.

    Parameters
    ----------
    fetch : callable
        List of URLs -> dict URL -> FetchResult (:func:`toolkit.fetch.fetch_urls`).
    follow_feeds : bool
        Fetch the pages feed items link to (else the items' own text is used).
    pages : bool
        Fetch pages at all; False when only links are wanted (``read_links``).
    """

    __slots__ = ("fetch", "follow_feeds", "pages", "fetched", "listings")

    def __init__(self, fetch: Callable[[list[str]], Mapping[str, Any]], *, follow_feeds: bool = False,
                 pages: bool = True) -> None:
        self.fetch = fetch
        self.follow_feeds = follow_feeds
        self.pages = pages
        self.fetched: dict[str, Any] = {}
        self.listings: dict[str, Listing | LoadError] = {}

    def wanted(self, listing: Listing | LoadError) -> list[str]:
        """URLs a listing makes us fetch: its sitemaps, and its pages when they are loaded."""
        if isinstance(listing, LoadError):
            return []
        urls = list(listing.sitemaps)
        if self.pages and (listing.kind != "feed" or self.follow_feeds):
            urls += [link.url for link in listing.links]
        return urls

    def run(self, urls: Iterable[str], planned: Planned) -> None:
        """Fetch ``urls`` and everything the planned and fetched listings name, batch by batch."""
        pending = list(urls)
        for listing in planned.values():
            pending += self.wanted(listing)
        for depth in range(MAX_DEPTH + 1):
            new = [url for url in dict.fromkeys(pending) if url not in self.fetched]
            if not new:
                return
            self.fetched.update(self.fetch(new))
            pending = []
            for url in new:
                listing = self._read(url)
                if listing is not None and depth < MAX_DEPTH:
                    pending += self.wanted(listing)

    def _read(self, url: str) -> Listing | LoadError | None:
        """Read a fetched body that is a feed or sitemap; None for a page or a failure."""
        result = self.fetched[url]
        if not getattr(result, "ok", False) or not xml_kind(result.html):
            return None
        try:
            listing = read_listing(result.html, url, getattr(result, "final_url", None) or url)
        except LoadError as exc:
            listing = exc
        if listing is not None:
            self.listings[url] = listing
        return listing
