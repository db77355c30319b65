"""Sitemaps, news sitemaps and sitemap index files, read with lxml.

Why not ultimate-sitemap-parser (installed): it fetches sitemaps itself,
with its own HTTP client, so our cache, robots.txt decisions, size cap and
per-site delay would not apply; it also guesses and requests well-known
sitemap paths, which a researcher did not ask for. The format is small
(``urlset/url/loc``, ``sitemapindex/sitemap/loc``, and the news extension's
title, publication date and language), so reading it here is a page of code.
The parser resolves no entities and opens no network (no XXE), and element
names are matched without their namespace, as sitemaps in the wild often get
it wrong.

Part of :mod:`toolkit.load`; the names here are package internals.
"""

from __future__ import annotations

from lxml import etree

from toolkit.errors import LoadError
from toolkit.load.fields import timestamp
from toolkit.load.inputs import Failure
from toolkit.load.links import Link, Listing
from toolkit.load.reading import xml_bytes
from toolkit.urls import is_url

__all__ = ["sitemap_listing"]

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                          remove_comments=True, remove_pis=True)


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname.lower() if isinstance(element.tag, str) else ""


def _child_text(element: etree._Element, *path: str) -> str | None:
    """Text of the first descendant along local names ``path`` (``news``, ``title``)."""
    current = [element]
    for name in path:
        current = [c for parent in current for c in parent if _local(c) == name]
        if not current:
            return None
    text = (current[0].text or "").strip()
    return " ".join(text.split()) or None


def _language(code: str | None) -> str | None:
    if not code:
        return None
    return code.split("-")[0].strip().lower() or None


def sitemap_listing(text: str, name: str) -> Listing:
    """The pages (``urlset``) or sitemaps (``sitemapindex``) a sitemap names.

    Parameters
    ----------
    text : str
        The sitemap XML, decoded.
    name : str
        The file or URL it came from, for labels and messages.

    Returns
    -------
    Listing
        ``links`` for a urlset (with the news extension's title, publication
        date and language as hints, ``lastmod`` as ``modified``),
        ``sitemaps`` for an index; entries without an absolute http(s)
        ``loc`` are failures naming the entry.

    Raises
    ------
    LoadError
        When the text is not well-formed XML or not a sitemap.
    """
    try:
        root = etree.fromstring(xml_bytes(text), _PARSER)
    except etree.XMLSyntaxError as exc:
        raise LoadError(name, f"not a readable sitemap (XML error: {exc})", "parse") from exc
    kind = _local(root)
    if kind not in ("urlset", "sitemapindex"):
        raise LoadError(name, f"not a sitemap (root element <{kind}>, expected <urlset> or <sitemapindex>)", "parse")
    listing = Listing("sitemap", name)
    entry_name = "url" if kind == "urlset" else "sitemap"
    for number, entry in enumerate((e for e in root if _local(e) == entry_name), start=1):
        loc = _child_text(entry, "loc")
        if not loc or not is_url(loc):
            reason = f"not an absolute http(s) URL: {loc!r}" if loc else "no <loc>"
            listing.failures.append(Failure(f"{name} entry {number}", "parse", reason))
            continue
        if kind == "sitemapindex":
            listing.sitemaps.append(loc)
            continue
        published = timestamp(_child_text(entry, "news", "publication_date"))
        listing.links.append(Link(
            loc, name, "sitemap",
            title=_child_text(entry, "news", "title"),
            published=published,
            published_from="feed" if published is not None else None,
            modified=timestamp(_child_text(entry, "lastmod")),
            language=_language(_child_text(entry, "news", "publication", "language")),
        ))
    return listing
