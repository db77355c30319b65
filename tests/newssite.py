"""A small fictional news site on a loopback host, serving the feed, sitemap and URL-list fixtures.

The fixture files under ``tests/fixtures/{feeds,sitemaps,urllists}`` hold
``@BASE@`` where the site's address goes; :func:`news_site` serves them with
it filled in, with three article pages they name (``/news/missing-page`` is
left out: it answers 404).
"""

from __future__ import annotations

import gzip
from pathlib import Path

from httpserver import LoopbackServer, page

__all__ = ["FIXTURES", "PAGES", "copy_filled", "fill", "news_site"]

FIXTURES = Path(__file__).resolve().parent / "fixtures"

#: Path -> (title, body) of the article pages the lists name.
PAGES = {
    "/news/ferry-timetable": (
        "Ferry timetable changes for the spring season",
        "The island ferry will run two extra crossings on weekends from April, the harbour authority "
        "said on Tuesday. The first boat will leave Westmere at six in the morning and the last one will "
        "return from the island shortly before midnight. Tickets bought before the change remain valid.",
    ),
    "/news/bakery-prize": (
        "Bakery on Quay Street wins regional bread prize",
        "A family bakery in the old port has won the regional prize for its rye loaf. The jury tasted "
        "more than forty breads over two days and praised the crust, said the head of the jury, a "
        "retired baker from the next valley.",
    ),
    "/news/council-thursday": (
        "Council meeting moved to Thursday",
        "The town council has moved its monthly meeting to Thursday evening so that residents who work "
        "on the ferries can attend. The agenda includes the harbour wall repairs and the new bus timetable.",
    ),
}


def _article(title: str, text: str) -> str:
    # no date in the page: a date the list declares is then the only one
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1><p>{text}</p></article></body></html>")


def fill(name: str, base: str) -> bytes:
    """The fixture file ``name`` (relative to tests/fixtures) with ``@BASE@`` replaced by ``base``."""
    return (FIXTURES / name).read_bytes().replace(b"@BASE@", base.encode("ascii"))


def news_site(host: str = "127.0.0.2") -> LoopbackServer:
    """A started server with the article pages, the feeds and the sitemaps (stop it when done)."""
    server = LoopbackServer(host=host).start()
    base = server.url("")
    routes = {path: page(_article(title, text)) for path, (title, text) in PAGES.items()}
    xml = "application/xml; charset=utf-8"
    routes["/rss.xml"] = page(fill("feeds/rss.xml", base), content_type="application/rss+xml")
    routes["/sitemap.xml"] = page(fill("sitemaps/sitemap.xml", base), content_type=xml)
    routes["/news_sitemap.xml"] = page(fill("sitemaps/news_sitemap.xml", base), content_type=xml)
    routes["/news_sitemap.xml.gz"] = page(gzip.compress(fill("sitemaps/news_sitemap.xml", base), mtime=0),
                                          content_type="application/x-gzip")
    routes["/sitemap_index.xml"] = page(fill("sitemaps/sitemap_index.xml", base), content_type=xml)
    routes["/nested_index.xml"] = page(fill("sitemaps/nested_index.xml", base), content_type=xml)
    server.routes.update(routes)
    return server


def copy_filled(name: str, base: str, target: Path) -> Path:
    """Write the filled fixture ``name`` into folder ``target``; return its path."""
    path = target / Path(name).name
    path.write_bytes(fill(name, base))
    return path
