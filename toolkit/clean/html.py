"""Turn one saved HTML page into one article record: :func:`parse_html`.

The page is parsed once with lxml (:mod:`.html_tree`); the metadata is read
from it (:mod:`.html_metadata`, :mod:`.html_authors`), trafilatura extracts
the body from the same tree, teaser blocks and interface lines are dropped
by the shared language cues of :mod:`.vocab` (the same teaser headings the
page-dump path reads), and :func:`~toolkit.clean.tidy.tidy_article` finishes
the record. Nothing is cached across pages.
"""

from __future__ import annotations

import re

from toolkit.clean.html_authors import page_authors
from toolkit.clean.html_metadata import (
    page_caption,
    page_date,
    page_language,
    page_related,
    page_title,
    page_url,
)
from toolkit.clean.html_tree import as_text, collapse, jsonld, meta_map, parse
from toolkit.clean.tidy import tidy_article
from toolkit.clean.vocab import (
    CALL_TO_ACTION,
    INTERFACE_LABEL,
    TEASER_HEADINGS,
    TEASER_LABELS,
    TEASER_PREFIX,
    heading_key,
)

__all__ = ["parse_html"]

# trafilatura's fast pass skips its fallback extractors (readability, jusText);
# when the fast text is shorter than this many characters the full pass runs.
# Tuned on the extraction bench: below 1,000 characters about one page in
# eight is re-run and body F1 matches the full pass on every page.
_FULL_PASS_BELOW = 1000
# One-line teasers: "Read more: Headline", "Lea también: Headline".
_TEASER_INLINE = re.compile(rf"^{TEASER_LABELS}\s*[:|»>]\s*\S", re.I)
# A heading that names a section after its opening words ("Read more on this
# topic", "Lesen Sie auch"): at most five words follow, then optional punctuation.
_TEASER_HEAD = re.compile(TEASER_PREFIX.pattern + r"(?:\s+[^\s:]+){0,5}\s*[:.?!]?$", re.I)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]?$")
_SHORT = 160  # characters: a teaser heading or a teaser line is shorter
_INTERFACE_MAX = 100  # characters of a paragraph that an interface label opens
_CTA_MAX = 250  # characters of a paragraph that holds a call to action


def _is_teaser_head(para: str) -> bool:
    """A teaser heading: one of the headings alone, or an opening such as
    "Lesen Sie auch" followed by at most five words."""
    return heading_key(para.rstrip(".?! ")) in TEASER_HEADINGS or bool(_TEASER_HEAD.match(para))


def _drop_chrome(paras: list[str]) -> list[str]:
    """Drop interface lines and teaser blocks that survived body extraction.

    A teaser heading ("Read more", "Lesen Sie auch", ...) is dropped with the
    headline-like lines that follow it (short, no closing full stop); a short
    line that is only interface text (share, comments, category, newsletter)
    is dropped alone.
    """
    kept: list[str] = []
    in_teasers = False
    for para in paras:
        short = len(para) < _SHORT
        if short and _TEASER_INLINE.match(para):
            continue
        if short and _is_teaser_head(para):
            in_teasers = True
            continue
        if in_teasers:
            if short and not _SENTENCE_END.search(para):
                continue
            in_teasers = False
        if len(para) < _INTERFACE_MAX and INTERFACE_LABEL.match(para):
            continue
        if len(para) < _CTA_MAX and CALL_TO_ACTION.search(para):
            continue
        kept.append(para)
    return kept


def _body(root, url) -> str:
    """Body paragraphs: trafilatura's fast pass, its full pass when that is short."""
    import trafilatura

    options = {"url": url, "include_comments": False, "include_tables": True}
    text = trafilatura.extract(root, fast=True, **options) or ""
    if len(text) < _FULL_PASS_BELOW:
        text = trafilatura.extract(root, **options) or text
    if not text:
        return ""
    paras = [collapse(line) for line in text.split("\n")]
    return "\n\n".join(_drop_chrome([p for p in paras if p]))


def parse_html(html: str | bytes, url: str | None = None) -> dict:
    """Extract one article record from the HTML of a page.

    The page is parsed once; metadata comes from JSON-LD, OpenGraph and other
    meta tags, ``<time>`` elements, bylines, the URL and, last, the visible
    text; trafilatura extracts the body from the same tree. The record is
    finished by :func:`~toolkit.clean.tidy.tidy_article`.

    Parameters
    ----------
    html : str or bytes
        The page. Bytes are decoded with :func:`toolkit.encoding.decode_bytes`
        (byte-order mark, ``<meta charset>``, UTF-8, then detection).
    url : str, optional
        Where the page came from; used for relative links, a date in the
        path, and as ``url`` when the page names no canonical URL.

    Returns
    -------
    dict
        ARTICLES fields: ``url`` (canonical), ``title``, ``published`` (ISO
        8601 string with the page's own UTC offset, so that its calendar day
        is the one the page states; UTC when the page gives no offset; None
        when no date is found; :func:`toolkit.schema.conform` stores it as
        UTC), ``published_from`` (``"meta"``, ``"url"``, ``"text"`` or None),
        ``authors`` (list of str), ``language``, ``caption``, ``text``,
        ``related`` (list of dicts with ``title`` and ``summary``), plus what
        :func:`~toolkit.clean.tidy.tidy_article` adds.

    Raises
    ------
    ValueError
        Empty input, binary data, or text without HTML markup.

    Examples
    --------
    >>> page = ('<html lang="en"><head><title>Talks resume | Daily Example</title>'
    ...         '<meta property="article:published_time" content="2025-06-21T10:00:00Z">'
    ...         '</head><body><article><h1>Talks resume</h1>'
    ...         '<p>Officials met in Minsk on Saturday to discuss the release of prisoners '
    ...         'and the easing of sanctions on the national airline.</p></article></body></html>')
    >>> rec = parse_html(page, url="https://daily.example/news/talks")
    >>> rec["title"], rec["published"], rec["published_from"], rec["language"]
    ('Talks resume', '2025-06-21T10:00:00+00:00', 'meta', 'en')
    """
    root = parse(as_text(html))
    meta = meta_map(root)
    ld = jsonld(root)
    site_names = [*meta.get("og:site_name", ()), *meta.get("application-name", ())]
    for obj in ld:
        pub = obj.get("publisher")
        if isinstance(pub, dict) and isinstance(pub.get("name"), str):
            site_names.append(pub["name"])
    published, published_from = page_date(root, meta, ld, url)
    record = {
        "url": page_url(root, meta, url),
        "title": page_title(root, meta, ld, site_names, url),
        "published": published.isoformat() if published else None,
        "published_from": published_from,
        "authors": page_authors(root, meta, ld, site_names),
        "language": page_language(root, meta),
        "caption": page_caption(root),
        "related": page_related(root),
    }
    body = _body(root, url)
    caption = record["caption"]
    if caption and body:
        body = "\n\n".join(p for p in body.split("\n\n") if p != caption)
    record["text"] = body
    return tidy_article(record)
