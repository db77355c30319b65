"""The parsed page that the HTML readers share: parsing, meta tags, JSON-LD, blocks.

One lxml tree per page; the metadata readers (:mod:`.html_metadata`,
:mod:`.html_authors`) and the body extractor (:mod:`.html`) read it and never
change it. Everything here is about markup (tags, attributes, schema.org
types, class names), not about a language.
"""

from __future__ import annotations

import json
import re
from typing import Any

import lxml.html
from lxml import etree

from toolkit.encoding import decode_bytes

__all__ = [
    "as_text",
    "collapse",
    "in_foreign_block",
    "jsonld",
    "logo_like",
    "meta_map",
    "parse",
    "short_text",
]

# One parser for every page: comments and processing instructions never carry
# article content, and dropping them at parse time is cheaper than later.
_PARSER = lxml.html.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False
)
# Markup that says "this is HTML" in the first few kilobytes.
_LOOKS_HTML = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|meta|title|div|p|article)\b", re.I)
# Control characters other than tab/newline/carriage return: a sign of binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# JSON-LD types that describe the article itself (schema.org).
_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "scholarlyarticle",
    "techarticle",
    "report",
    "webpage",
    "itempage",
    "creativework",
    "videoobject",
    "review",
    "recipe",
    "event",
    "product",
    "medicalwebpage",
    "qapage",
    "discussionforumposting",
}
# Ancestors whose bylines and dates belong to someone else (comments,
# sidebars, teasers): a class or id token counts when its first or last
# hyphen/underscore part is one of these markup names, so "comment-author"
# and "post-comments" count while WordPress's "tag-politics" or
# "header-footer-group" do not.
_FOREIGN_PARTS = frozenset(
    """comment comments commentlist sidebar widget related teaser teasers
    recommended recommendations popular reply respond share sharing social nav navbar
    navigation menu breadcrumb breadcrumbs tags tagcloud caption credit avatar more""".split()
)
_PARTS = re.compile(r"[_-]+")
# Class and id fragments of a site's logo or name block.
_LOGO_ATTRS = ("logo", "site-title", "site-name", "brand", "blog-title", "sitename")


def as_text(html: str | bytes) -> str:
    """Return the page as text, or raise ValueError saying why it is not HTML."""
    if isinstance(html, bytes | bytearray):
        if not html.strip():
            raise ValueError("empty input: no bytes to parse")
        try:
            html, _codec = decode_bytes(bytes(html))
        except ValueError as err:
            raise ValueError(f"not HTML: {err}") from err
    elif not isinstance(html, str):
        raise ValueError(f"not HTML: expected str or bytes, got {type(html).__name__}")
    if not html.strip():
        raise ValueError("empty input: the page has no characters")
    head = html[:8192]
    if len(_CONTROL.findall(head)) > max(8, len(head) // 100):
        raise ValueError("not HTML: the input looks binary (control characters)")
    if not _LOOKS_HTML.search(head) and not _LOOKS_HTML.search(html[:200_000]):
        raise ValueError("not HTML: no HTML markup found")
    return html


def parse(html: str) -> lxml.html.HtmlElement:
    """The lxml document of a page's text; ValueError when lxml cannot read it."""
    data = html.encode("utf-8", errors="replace")
    try:
        root = lxml.html.document_fromstring(data, parser=_PARSER)
    except (etree.ParserError, ValueError) as err:
        raise ValueError(f"not HTML: lxml could not parse it ({err})") from err
    if root is None:
        raise ValueError("not HTML: lxml found no document")
    return root


def collapse(text: str | None) -> str:
    """``text`` with runs of white space collapsed to single spaces."""
    return " ".join((text or "").split())


def short_text(el, limit: int) -> str | None:
    """The element's text with white space collapsed, or None when longer than ``limit``.

    Stops reading as soon as the limit is passed, so a container that happens
    to match a byline XPath does not cost a walk over the whole article.
    """
    parts: list[str] = []
    size = 0
    for piece in el.itertext():
        size += len(piece.strip()) + 1
        if size > limit * 2 + 40:
            return None
        parts.append(piece)
    text = collapse(" ".join(parts))
    return text if len(text) <= limit else None


def meta_map(root: lxml.html.HtmlElement) -> dict[str, list[str]]:
    """Map lower-cased meta names/properties/itemprops to their contents."""
    out: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        content = el.get("content")
        if content is None:
            continue
        content = collapse(content)
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                out.setdefault(key.strip().lower(), []).append(content)
    return out


def _jsonld_walk(obj: Any, found: list[dict]) -> None:
    if isinstance(obj, list):
        for item in obj:
            _jsonld_walk(item, found)
    elif isinstance(obj, dict):
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
            found.append(obj)
        if "@graph" in obj:
            _jsonld_walk(obj["@graph"], found)
        main = obj.get("mainEntity")
        if isinstance(main, dict | list):
            _jsonld_walk(main, found)


def jsonld(root: lxml.html.HtmlElement) -> list[dict]:
    """Return the JSON-LD objects of the page that describe an article."""
    found: list[dict] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:
                data = json.loads(re.sub(r"[\x00-\x1f]", " ", raw))
            except ValueError:
                continue
        _jsonld_walk(data, found)
    # Article-like types before generic pages.
    found.sort(key=lambda o: 0 if "article" in str(o.get("@type", "")).lower()
               or "posting" in str(o.get("@type", "")).lower() else 1)
    return found


def _foreign_attrs(attrs: str) -> bool:
    for token in attrs.lower().split():
        parts = _PARTS.split(token)
        if parts[0] in _FOREIGN_PARTS or parts[-1] in _FOREIGN_PARTS:
            return True
    return False


def in_foreign_block(el) -> bool:
    """Whether ``el`` sits in a comment, sidebar, navigation or teaser block."""
    node = el
    for _ in range(12):
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return False
        if node.tag in ("aside", "nav"):
            return True
        attrs = (node.get("class") or "") + " " + (node.get("id") or "")
        if attrs.strip() and _foreign_attrs(attrs):
            return True
    return False


def logo_like(el) -> bool:
    """An h1 that holds the site's logo or name rather than the headline."""
    for node in (el, el.getparent()):
        if node is None:
            continue
        attrs = ((node.get("class") or "") + " " + (node.get("id") or "")).lower()
        if any(w in attrs for w in _LOGO_ATTRS):
            return True
    return False
