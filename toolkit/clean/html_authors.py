"""Authors of an HTML page: JSON-LD, meta tags, byline elements, then a byline in the text.

The XPaths are markup knowledge and live here; the words of a byline
(labels such as "Post author" or "Veröffentlicht von", joiners such as
"and", roles, date labels, weekday names, words that are never part of a
name) are per-language data read through :mod:`.vocab` and :mod:`.dates`,
the same lists the page-dump path reads.
"""

from __future__ import annotations

import re
from html import unescape

from lxml import etree

from toolkit.clean.dates import TEXT_DATE
from toolkit.clean.html_tree import collapse, in_foreign_block, short_text
from toolkit.clean.text import UPPER
from toolkit.clean.vocab import (
    AUTHOR_JOINERS,
    AUTHOR_PREFIXES,
    BYLINE_AFFILIATIONS,
    BYLINE_DESKS,
    BYLINE_LABELS,
    BYLINE_ROLES,
    CREDENTIALS,
    DATE_LABELS,
    DATE_PREPOSITIONS,
    NOT_NAME_WORDS,
    SPEECH_VERBS,
    alternation,
    weekday_names_all,
)

__all__ = ["clean_name", "page_authors"]

# Meta tags naming people who wrote the article.
_AUTHOR_META = (
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
    "byl",
    "twitter:creator",
)
# Labels in front of a byline ("By", "Post author", "Veröffentlicht von", ...),
# stripped repeatedly because sites stack them ("Post author By Jane Doe").
_BY = re.compile(rf"^\s*{BYLINE_LABELS}\b\s*[:|]?\s*", re.I)
# Separators between several names.
_NAME_SPLIT = re.compile(rf"\s*(?:,|;|&|\||·|•|/|\+)\s*|\s+{AUTHOR_JOINERS}\s+", re.I)
# What follows a name in a byline: a date cue, a verb of saying, a role, an
# outlet. Prepositions and verbs count in lower case only ("Le Pen").
_NAME_TAIL = re.compile(
    rf"\s+(?:(?-i:{DATE_PREPOSITIONS}|{SPEECH_VERBS})|{DATE_LABELS}|{BYLINE_AFFILIATIONS}|{BYLINE_ROLES})\b.*$",
    re.I,
)
# Weekday abbreviations left at the end once a date is removed ("Jane Doe Fr");
# of two or three letters, since one letter at the end of a name is an initial.
_WEEKDAY_TAIL = re.compile(
    rf"\s+{alternation(w for w in weekday_names_all() if 2 <= len(w.rstrip('.')) <= 3)}\.?$", re.I
)
# Academic and professional suffixes that are not part of a name.
_CREDENTIAL = re.compile(rf",?\s+{CREDENTIALS}\.?$", re.I)
_EMAIL = re.compile(r"\S+@\S+")
_URLISH = re.compile(r"https?://|www\.|\.(?:com|org|net|de|fr|uk|ru|by|at|ch|it|es)\b", re.I)
_HANDLE = re.compile(r"@\w+")
# Bracketed asides, times and bare numbers (not digits inside user names).
_ASIDES = re.compile(r"\(.*?\)|\[.*?\]|(?<!\w)\d[\d:.,/h-]*(?:\s*[ap]\.?m\b\.?)?(?!\w)")
# One name token: letters with O'Brien, Jean-Luc, J. and particles (de, van).
_NAME_TOKEN = re.compile(r"^(?:[^\W\d_][\w'’.\-]*|[^\W\d_]\.)$")
# A desk or group signs the piece, not a person ("National Desk").
_DESK = re.compile(rf"\b{BYLINE_DESKS}\b", re.I)
_MAX_NAMES = 4
# Bylines in the page: attributes that name the author, most specific first.
_BYLINE_XPATHS = (
    etree.XPath(
        "//*[@rel='author' or @itemprop='author' or @itemprop='creator']"
        "[not(self::meta or self::link)]"
    ),
    etree.XPath(
        "//*[contains(@class,'author') or contains(@class,'Author') or contains(@id,'author') "
        "or contains(@class,'byline') or contains(@class,'Byline') or @class='byl' "
        "or contains(@class,'writer')][not(self::body or self::html or self::meta or self::link)]"
    ),
)
# Byline elements whose own class or id says they hold something else.
_NOT_BYLINE_ATTRS = re.compile(r"comment|avatar|bio|box|description|about", re.I)
# Byline XPaths after trafilatura's AUTHOR_XPATHS (specific, generic, last
# resort), written with contains() instead of EXSLT regular expressions.
_TRAF_AUTHOR_XPATHS = (
    etree.XPath(
        "//*[self::a or self::address or self::div or self::link or self::p or self::span "
        "or self::strong][@rel='author' or @id='author' or @class='author' "
        "or @itemprop='author name' or @rel='me' or @data-testid='AuthorCard' "
        "or @data-testid='AuthorURL' or contains(@class,'authorname') "
        "or contains(@class,'author-name') or contains(@class,'AuthorName') "
        "or contains(@class,'authorName')]|//author"
    ),
    etree.XPath(
        "//*[self::a or self::div or self::h3 or self::h4 or self::p or self::span]"
        "[@class='byline' or @class='username' or @class='byl' or @class='BBL' "
        "or contains(@itemprop,'author') or contains(@id,'author') or contains(@id,'zuozhe') "
        "or contains(@id,'bianji') or contains(@id,'xiaobian') or contains(@class,'author') "
        "or contains(@class,'channel-name') or contains(@class,'zuozhe') "
        "or contains(@class,'bianji') or contains(@class,'xiaobian') "
        "or contains(@class,'submitted-by') or contains(@class,'posted-by') "
        "or contains(@class,'journalist-name')]"
    ),
    etree.XPath(
        "//*[contains(@data-component,'Byline') or contains(@itemprop,'author') "
        "or contains(@id,'author') or contains(@id,'Author') or contains(@class,'author') "
        "or contains(@class,'Author') or contains(@class,'screenname') "
        "or contains(@class,'writer') or contains(@class,'byline') or contains(@class,'Byline')]"
    ),
)
# Nodes trafilatura prunes before looking for a byline (comments, sidebars,
# quotes, dates, figures), after its AUTHOR_DISCARD_XPATHS.
_TRAF_AUTHOR_DISCARD = (
    etree.XPath(
        "//*[self::a or self::div or self::section or self::span][@id='comments' "
        "or @class='comments' or @class='title' or @class='date' "
        "or starts-with(@id,'comments') or contains(@id,'commentlist') "
        "or contains(@id,'comment-list') or contains(@id,'commentslist') "
        "or contains(@id,'ProductReviews') or starts-with(@class,'comments') "
        "or starts-with(@class,'Comments') or contains(@class,'commentlist') "
        "or contains(@class,'comments-list') or contains(@class,'sidebar') "
        "or contains(@class,'is-hidden') or contains(@class,'quote') "
        "or contains(@class,'embedly-instagram') or contains(@class,'article-share') "
        "or contains(@class,'article-support') or contains(@class,'print') "
        "or contains(@class,'category') or contains(@class,'meta-date') "
        "or contains(@class,'meta-reviewer') or contains(@data-component,'Figure')]"
    ),
    etree.XPath("//time|//figure"),
)
# A byline inside running text: a byline prefix ("by", "von", "written by";
# lower case, optionally after a date cue) followed by a capitalised word;
# only short lines are examined.
_BYLINE_TEXT = re.compile(rf"(?:^|\s){AUTHOR_PREFIXES}\s+(?=[{UPPER}])")
_SHORT_TEXT_XPATH = etree.XPath("//body//*[self::p or self::div or self::span or self::li][not(*[self::p or self::div])]")


def _strip_part(part: str) -> str:
    """A byline piece without labels, tails, weekday, credentials and edge punctuation."""
    part = collapse(part)
    for _ in range(3):
        stripped = _BY.sub("", part)
        if stripped == part:
            break
        part = stripped
    part = _NAME_TAIL.sub("", part)
    part = _WEEKDAY_TAIL.sub("", part)
    part = _CREDENTIAL.sub("", part)
    return collapse(re.sub(r"^[\W_]+|[^\w.]+$", "", part))


def _is_person(part: str) -> bool:
    """1-4 name-shaped tokens, none a label word, one capitalised when several."""
    if not part or _URLISH.search(part) or _DESK.search(part):
        return False
    tokens = part.split()
    if not 1 <= len(tokens) <= 4:
        return False
    if not all(_NAME_TOKEN.match(t) for t in tokens):
        return False
    if any(t.lower().strip(".") in NOT_NAME_WORDS for t in tokens):
        return False
    if len(tokens) == 1 and len(part) < 2:
        return False
    return len(tokens) == 1 or any(t[0].isupper() for t in tokens)


def clean_name(raw: str) -> list[str]:
    """Split a byline into clean personal names (no labels, roles, dates, emails).

    Parameters
    ----------
    raw : str
        A byline as the page gives it.

    Returns
    -------
    list of str

    Examples
    --------
    >>> clean_name("Von Max Muster, Redakteur")
    ['Max Muster']
    """
    text = collapse(unescape(raw))
    text = re.sub(r"https?://\S+|www\.\S+", " ", text)
    text = _EMAIL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = TEXT_DATE.sub(" ", text)
    text = _ASIDES.sub(" ", text)
    names = []
    for part in _NAME_SPLIT.split(text):
        part = _strip_part(part)
        if _is_person(part):
            names.append(part)
    return names


def _byline_names(root) -> list[str]:
    """Names from byline elements of the page (not in comments or sidebars)."""
    for xpath in _BYLINE_XPATHS:
        for el in xpath(root):
            own = (el.get("class") or "") + " " + (el.get("id") or "")
            if _NOT_BYLINE_ATTRS.search(own):
                continue
            name_el = el.find(".//*[@itemprop='name']")
            text = short_text(name_el if name_el is not None else el, 120)
            if not text or len(text) < 2:
                continue
            if in_foreign_block(el):
                continue
            names = clean_name(text)
            if names and len(names) <= _MAX_NAMES:
                return names
    return []


def _raw_authors(meta: dict, ld: list[dict]) -> list[str]:
    """Author values as JSON-LD (people, not organisations) or meta tags give them."""
    raw: list[str] = []
    for obj in ld:
        author = obj.get("author") or obj.get("creator")
        for item in author if isinstance(author, list) else [author]:
            if isinstance(item, dict):
                if str(item.get("@type", "")).lower() == "organization":
                    continue
                name = item.get("name")
                if isinstance(name, str):
                    raw.append(name)
            elif isinstance(item, str):
                raw.append(item)
        if raw:
            return raw
    for key in _AUTHOR_META:
        values = [v for v in meta.get(key, ()) if not _URLISH.search(v)]
        if values:
            return values
    return raw


def page_authors(root, meta: dict, ld: list[dict], site_names: list[str]) -> list[str]:
    """Authors from JSON-LD, then meta tags, then the page's byline.

    Parameters
    ----------
    root, meta, ld
        The parsed page, its meta map and JSON-LD objects.
    site_names : list of str
        Names the page gives itself; never taken for an author.

    Returns
    -------
    list of str
    """
    sites = {collapse(s).lower() for s in site_names if s}
    names: list[str] = []
    for value in _raw_authors(meta, ld):
        for name in clean_name(value):
            if name.lower() not in sites and name not in names:
                names.append(name)
    for finder in (_byline_names, _trafilatura_author, _text_byline):
        if names:
            break
        names = [n for n in finder(root) if n.lower() not in sites]
    return names


def _text_byline(root) -> list[str]:
    """A short line such as "Published 3 March 2025 by Jane Doe" in the page text."""
    for el in _SHORT_TEXT_XPATH(root):
        text = short_text(el, 150)
        if not text or len(text) < 6:
            continue
        m = _BYLINE_TEXT.search(text)
        if m and not in_foreign_block(el):
            names = clean_name(text[m.end() :])
            if names and len(names) <= _MAX_NAMES:
                return names
    return []


def _trafilatura_author(root) -> list[str]:
    """Names from trafilatura-style byline XPaths, skipping what it would prune.

    The XPaths follow trafilatura's ``AUTHOR_XPATHS`` and
    ``AUTHOR_DISCARD_XPATHS`` with ``contains()`` in place of EXSLT regular
    expressions (several times faster); discarded nodes are skipped rather
    than pruned from a copy, so the shared tree is neither copied nor changed.
    """
    discard: set | None = None
    for xpath in _TRAF_AUTHOR_XPATHS:
        for el in xpath(root):
            if discard is None:  # computed only when there is a candidate
                discard = {node for dx in _TRAF_AUTHOR_DISCARD for node in dx(root)}
            text = short_text(el, 120)
            if not text or len(text) < 2:
                continue
            if el in discard or any(a in discard for a in el.iterancestors()):
                continue
            names = clean_name(text)
            if names and len(names) <= _MAX_NAMES:
                return names
    return []
