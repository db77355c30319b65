"""Metadata of an HTML page: title, publication date, language, URL, caption, related links.

Each field is read in order of trust and the first good value wins; the
order and the reason for each source live in the tables below and in the
docstrings of :func:`page_title` and :func:`page_date`. Dates written in
words are read by :mod:`.dates` (month names of every language with data).
"""

from __future__ import annotations

import re
from datetime import datetime
from html import unescape
from urllib.parse import urljoin

from lxml import etree

from toolkit.clean.dates import text_date, to_datetime, url_date
from toolkit.clean.html_tree import collapse, in_foreign_block, logo_like, short_text
from toolkit.clean.metadata import declared_language

__all__ = ["page_caption", "page_date", "page_language", "page_related", "page_title", "page_url"]

# Meta tags naming the headline; OpenGraph first because sites fill it for
# social previews and rarely append their name to it.
_TITLE_META = ("og:title", "twitter:title", "dc.title", "dcterms.title", "title", "headline")
# Meta tags naming the publication time, most specific first.
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "published_time",
    "datepublished",
    "date.published",
    "publishdate",
    "publish-date",
    "publish_date",
    "published-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "dc.date.issued",
    "dc.date.created",
    "dc.date",
    "dc.created",
    "citation_publication_date",
    "citation_date",
    "date",
    "created",
    "release_date",
    "cxenseparse:recs:publishtime",
)
# Meta tags naming a later change: used only when nothing names the
# publication date, because a modification time is often the crawl day.
_MODIFIED_META = (
    "og:updated_time",
    "article:modified_time",
    "dateModified",
    "last-modified",
    "dcterms.modified",
    "dc.date.modified",
    "datemodified",
)
# Meta tags and attributes that declare the page's language.
_LANGUAGE_META = ("content-language", "language", "dc.language", "og:locale")
# Separators between a headline and the site name in <title>/og:title.
_TITLE_SEP = re.compile(r"\s+(?:[|–—»·•:~/]|-{1,2}|::|\\\\)\s+")
# Elements whose visible text may carry the date (bylines, date lines).
_DATE_TEXT_XPATH = etree.XPath(
    "//*[contains(@class,'date') or contains(@class,'byline') or contains(@id,'date')]"
    "[not(self::body or self::html)]"
)
_ITEMPROP_DATE = etree.XPath("//*[@itemprop='datePublished' or @itemprop='dateCreated']")
# Classes/ids of blocks that hold related links or teasers.
_RELATED_XPATH = etree.XPath(
    "//*[self::aside or self::section or self::div or self::ul or self::nav]"
    "[contains(@class,'related') or contains(@class,'Related') or contains(@id,'related') "
    "or contains(@class,'teaser') or contains(@class,'more-stories') "
    "or contains(@class,'recommended')]"
)
_MAX_RELATED = 30

# ---------------------------------------------------------------------------
# Title


def _squash(text: str) -> str:
    """Lower-case letters and digits only, for loose comparisons."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _is_site_part(part: str, sites: set[str], host: str) -> bool:
    """Whether a title part names the site (its og:site_name or its domain)."""
    key = _squash(part)
    if not key:
        return True
    if key in sites:
        return True
    return len(key) >= 4 and (key in host or (len(host) >= 4 and host in key))


def _strip_site(title: str, sites: set[str], host: str) -> str:
    """Remove " | Site name" suffixes (or prefixes) from a title."""
    parts = [p for p in _TITLE_SEP.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    kept = [p for p in parts if not _is_site_part(p, sites, host)]
    if kept and len(kept) < len(parts):
        parts = kept
        if len(parts) == 1:
            return parts[0]
    # The headline is the longest part; site names and sections are short.
    longest = max(parts, key=len)
    if len(longest) >= 0.5 * len(title) or len(parts) == 2:
        return longest
    return title


def _base_title(root, meta, ld) -> str:
    """The metadata title: a meta tag, else JSON-LD's headline, else <title>."""
    for key in _TITLE_META:
        if key in meta:
            return collapse(unescape(meta[key][0]))
    for obj in ld:
        head = obj.get("headline") or obj.get("name")
        if isinstance(head, str) and collapse(head):
            return collapse(unescape(head))
    title_el = root.find(".//title")
    return collapse(unescape(title_el.text_content())) if title_el is not None else ""


def page_title(root, meta: dict, ld: list[dict], site_names: list[str], url: str | None) -> str | None:
    """Headline: the metadata title without its site suffix, matched to an h1.

    Parameters
    ----------
    root : lxml.html.HtmlElement
        The parsed page.
    meta : dict
        :func:`~toolkit.clean.html_tree.meta_map` of the page.
    ld : list of dict
        :func:`~toolkit.clean.html_tree.jsonld` of the page.
    site_names : list of str
        Names the page gives itself (og:site_name, publisher).
    url : str or None
        The page's address (its host names the site too).

    Returns
    -------
    str or None
    """
    sites = {_squash(s) for s in site_names if s}
    host = _squash(re.sub(r"^(?:https?://)?(?:www\d?\.)?([^/:]+).*$", r"\1", url or "").rsplit(".", 1)[0])
    h1s = [collapse(" ".join(h.itertext())) for h in root.iter("h1") if not logo_like(h)]
    h1s = [h for h in h1s if 3 <= len(h) <= 300 and not _is_site_part(h, sites, host)]
    base = _base_title(root, meta, ld)
    if not base:
        return h1s[0] if h1s else None
    stripped = _strip_site(base, sites, host)
    key = _squash(stripped)
    for h in h1s:
        if _squash(h) == key:
            return h
    full = _squash(base)
    for h in h1s:
        hk = _squash(h)
        if hk and hk in full and len(hk) >= 0.4 * len(key):
            return h
    return stripped


# ---------------------------------------------------------------------------
# Date


def _first_date(values) -> datetime | None:
    for value in values:
        if isinstance(value, str):
            dt = to_datetime(value)
            if dt:
                return dt
    return None


def _markup_date(root, meta, ld) -> datetime | None:
    """A date the markup names: meta tags, JSON-LD, itemprop, <time> elements."""
    return (
        _first_date(v for key in _DATE_META for v in meta.get(key, ()))
        or _first_date(obj.get(k) for obj in ld for k in ("datePublished", "dateCreated", "uploadDate"))
        or _first_date(
            el.get("content") or el.get("datetime") or el.text_content() for el in _ITEMPROP_DATE(root)
        )
        or _first_date(
            el.get("datetime") or el.get("content")
            for el in sorted(
                (el for el in root.iter("time") if not in_foreign_block(el)),
                key=lambda el: el.get("pubdate") is None,
            )
        )
    )


def _visible_date(root) -> datetime | None:
    """A date written in the page: date and byline elements, near the headline."""
    for el in _DATE_TEXT_XPATH(root):
        text = short_text(el, 200)
        if text and len(text) >= 6 and not in_foreign_block(el):
            dt = text_date(text)
            if dt:
                return dt
    return _headline_region_date(root)


def page_date(root, meta: dict, ld: list[dict], url: str | None) -> tuple[datetime | None, str | None]:
    """Publication date and where it was read, most trusted source first.

    A full date in the URL path comes first: it is set when the article is
    published and never changes, while meta times are often rewritten on
    update. Meta tags come before JSON-LD: where the two disagree, the meta
    tag matched the visible date more often on the pages we checked.
    htmldate's extensive search runs only on pages where nothing else names
    a date; a modification time is the last resort.

    Parameters
    ----------
    root, meta, ld
        The parsed page, its meta map and JSON-LD objects.
    url : str or None
        The page's address.

    Returns
    -------
    tuple
        ``(datetime or None, "url" | "meta" | "text" | None)``.
    """
    dt = url_date(url)
    if dt:
        return dt, "url"
    dt = _markup_date(root, meta, ld)
    if dt:
        return dt, "meta"
    dt = _visible_date(root) or _htmldate(root)
    if dt:
        return dt, "text"
    dt = _first_date(
        [obj.get("dateModified") for obj in ld]
        + [v for key in _MODIFIED_META for v in meta.get(key.lower(), ())]
    )
    if dt:
        return dt, "meta"
    return None, None


def _headline_region_date(root) -> datetime | None:
    """First date written near the headline (the h1's container, first 600 characters)."""
    for h1 in root.iter("h1"):
        if logo_like(h1):
            continue
        node = h1
        for _ in range(3):
            parent = node.getparent()
            if parent is None or parent.tag == "body":
                break
            node = parent
        text = collapse(" ".join(node.itertext()))
        start = text.find(collapse(" ".join(h1.itertext())))
        return text_date(text[max(start, 0) : max(start, 0) + 600])
    return None


def _htmldate(root) -> datetime | None:
    """htmldate's search of the visible text, for pages whose markup names no date."""
    from htmldate import find_date

    try:
        found = find_date(
            root, original_date=True, extensive_search=True, outputformat="%Y-%m-%d"
        )
    except (ValueError, TypeError):
        return None
    return to_datetime(found) if found else None


# ---------------------------------------------------------------------------
# Other fields


def page_language(root, meta: dict) -> str | None:
    """The language the page declares (``<html lang>``, meta tags), ISO 639-1."""
    value = root.get("lang") or root.get("xml:lang")
    if not value:
        value = next((meta[key][0] for key in _LANGUAGE_META if key in meta), None)
    return declared_language(value) if value else None


def page_url(root, meta: dict, url: str | None) -> str | None:
    """The canonical URL (``<link rel=canonical>``, og:url), else ``url``."""
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href:
            return urljoin(url, href) if url else href
    if "og:url" in meta:
        href = meta["og:url"][0]
        return urljoin(url, href) if url else href
    return url


def page_caption(root) -> str | None:
    """The first non-empty ``<figcaption>``."""
    for fig in root.iter("figcaption"):
        text = collapse(fig.text_content())
        if text:
            return text
    return None


def page_related(root) -> list[dict]:
    """Teaser links of related-content blocks, each with its own summary line."""
    items: list[dict] = []
    seen: set[str] = set()
    for block in _RELATED_XPATH(root):
        for link in block.iter("a"):
            title = collapse(" ".join(link.itertext()))
            if len(title) < 15 or title in seen:
                continue
            seen.add(title)
            # the link's own teaser box: the largest ancestor below the block
            # that holds no other link
            box = link
            node = link.getparent()
            while node is not None and node is not block and len(node.findall(".//a")) == 1:
                box = node
                node = node.getparent()
            p = box.find(".//p") if box is not link else None
            summary = collapse(" ".join(p.itertext())) if p is not None else ""
            items.append({"title": title, "summary": summary if summary != title else ""})
        if len(items) >= _MAX_RELATED:
            break
    return items
