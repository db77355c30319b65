"""RSS and Atom feeds (and RDF/RSS 1.0): item URLs, titles, dates, authors and summaries.

Parsed with feedparser, which knows the dialects, date formats and HTML
sanitising of real feeds. It is always handed the bytes: given a string,
feedparser would open it as a URL or a file name itself, past our cache,
robots.txt and size limits.

Part of :mod:`toolkit.load`; the names here are package internals.
"""

from __future__ import annotations

import calendar
import io
import re
from typing import Any

import feedparser
import lxml.html
import pandas as pd
from lxml import etree

from toolkit.errors import LoadError
from toolkit.load.fields import timestamp
from toolkit.load.inputs import Failure
from toolkit.load.links import Link, Listing
from toolkit.load.reading import xml_bytes
from toolkit.urls import is_url

__all__ = ["feed_listing", "html_to_text"]

# Elements after which a summary's text breaks into a new paragraph or line.
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"}


def html_to_text(fragment: str | None) -> str | None:
    """Plain text of an HTML fragment (a feed summary): paragraphs kept, tags dropped."""
    if not fragment or not fragment.strip():
        return None
    if "<" not in fragment:
        text = fragment
    else:
        try:
            root = lxml.html.fragment_fromstring(fragment, create_parent="div")
        except (etree.ParserError, ValueError):
            return re.sub(r"<[^>]+>", " ", fragment).strip() or None
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            if element.tag == "br":
                element.tail = "\n" + (element.tail or "")
            elif element.tag in _BLOCKS:
                element.tail = "\n\n" + (element.tail or "")
        text = root.text_content()
    paragraphs = ["\n".join(" ".join(line.split()) for line in p.splitlines() if line.strip())
                  for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p) or None


def _stamp(entry: Any, parsed_key: str, raw_key: str) -> pd.Timestamp | None:
    # dict.get: feedparser's own get maps a missing "updated" to "published"
    # (with a DeprecationWarning); a missing date here stays missing
    parsed = dict.get(entry, parsed_key)
    if parsed:
        return pd.Timestamp(calendar.timegm(parsed), unit="s", tz="UTC")
    return timestamp(dict.get(entry, raw_key))


def _summary(entry: Any) -> str | None:
    """The longest text the item carries: full content (content:encoded) or its summary."""
    texts = [c.get("value") for c in entry.get("content") or [] if c.get("value")]
    texts.append(entry.get("summary"))
    texts = [html_to_text(t) for t in texts if t]
    texts = [t for t in texts if t]
    return max(texts, key=len) if texts else None


_EMAIL_NAME = re.compile(r"\s*\S+@\S+\s*\(([^()]+)\)\s*")
_EMAIL = re.compile(r"\s*\S+@\S+\s*")


def _authors(entry: Any) -> tuple[str, ...]:
    """Author names; an RSS ``<author>`` is ``email (Name)``, read here (feedparser 6
    splits some of those wrongly: "editor@harbour-news.example (Tom Reyes)" gives
    the name "ple (Tom Reyes")."""
    raw = entry.get("author") or ""
    match = _EMAIL_NAME.fullmatch(raw)
    if match and len(entry.get("authors") or []) <= 1:
        return (" ".join(match.group(1).split()),)
    names = [a.get("name") for a in entry.get("authors") or [] if a.get("name")]
    if not names and raw:
        names = [raw]
    return tuple(" ".join(n.split()) for n in names if n and n.strip() and not _EMAIL.fullmatch(n))


def _language(code: str | None) -> str | None:
    """``en-us`` -> ``en``; None for an empty or odd value."""
    if not code:
        return None
    head = re.split(r"[-_]", code.strip().lower())[0]
    return head if re.fullmatch(r"[a-z]{2,3}", head) else None


def feed_listing(text: str, name: str, base_url: str | None = None) -> Listing:
    """The items of an RSS/Atom feed as links.

    Parameters
    ----------
    text : str
        The feed, decoded.
    name : str
        The file or URL it came from, for labels and messages.
    base_url : str, optional
        Where the feed was fetched, to resolve relative item links.

    Returns
    -------
    Listing
        One link per item; items without a usable link are failures
        naming the item.

    Raises
    ------
    LoadError
        When the text is not a readable feed.
    """
    headers = {"content-location": base_url} if base_url else {}
    parsed = feedparser.parse(io.BytesIO(xml_bytes(text)), response_headers=headers,
                              sanitize_html=True, resolve_relative_uris=True)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({str(problem).strip()})" if problem else ""
        raise LoadError(name, f"not a readable RSS or Atom feed{detail}", "parse")
    language = _language(parsed.feed.get("language"))
    listing = Listing("feed", name)
    for number, entry in enumerate(parsed.entries, start=1):
        link = (entry.get("link") or "").strip()
        if not is_url(link):
            what = f"relative link {link!r} (no base URL)" if link else "no link"
            listing.failures.append(Failure(f"{name} item {number}", "parse", f"feed item has {what}"))
            continue
        published = _stamp(entry, "published_parsed", "published") or _stamp(entry, "updated_parsed", "updated")
        listing.links.append(Link(
            link, name, "feed",
            title=" ".join((entry.get("title") or "").split()) or None,
            published=published,
            published_from="feed" if published is not None else None,
            modified=_stamp(entry, "updated_parsed", "updated"),
            summary=_summary(entry),
            authors=_authors(entry),
            language=_language(entry.get("language")) or language,
        ))
    return listing
