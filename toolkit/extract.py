"""Turn one saved HTML page into one article record.

:func:`parse_html` parses the page once with lxml, reads the metadata itself
(JSON-LD, OpenGraph and other meta tags, ``<time>`` elements, bylines, the
URL, then the visible text), hands the same tree to trafilatura for the body,
and finishes with :func:`toolkit.clean.tidy_article`.

Metadata is read in order of trust and the first good value wins; the order
and the reason for each source live in the tables at module top and in the
docstrings of ``_date``, ``_title`` and ``_authors``. Body text is
trafilatura's fast pass (its full pass with fallback extractors only when the
fast text is short), then teaser blocks and interface lines are dropped by the
multilingual patterns below. Nothing is cached across pages.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from html import unescape as _unescape
from typing import Any
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from toolkit.clean import tidy_article
from toolkit.encoding import decode_bytes

__all__ = ["parse_html"]

# ---------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------

# One parser for every page: comments and processing instructions never carry
# article content, and dropping them at parse time is cheaper than later.
_PARSER = lxml.html.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False
)
# Markup that says "this is HTML" in the first few kilobytes.
_LOOKS_HTML = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|meta|title|div|p|article)\b", re.I)
# Control characters other than tab/newline/carriage return: a sign of binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

# ---------------------------------------------------------------------------
# Metadata sources, in order of trust
# ---------------------------------------------------------------------------

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

# ---------------------------------------------------------------------------
# Titles
# ---------------------------------------------------------------------------

# Separators between a headline and the site name in <title>/og:title.
_TITLE_SEP = re.compile(r"\s+(?:[|–—»·•:~/]|-{1,2}|::|\\\\)\s+")

# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

# /2012/05/31/ or /2012-05-31 or /20120531/ in a URL path.
_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[/_.-](?P<m>0?[1-9]|1[0-2])[/_.-](?P<d>0?[1-9]|[12]\d|3[01])(?!\d)"
    r"|/(?P<y2>(?:19|20)\d{2})(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01])/"
)
_MONTHS = {
    # English
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8,
    "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6,
    "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # Spanish / Portuguese / Italian
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6,
    "julho": 7, "setembro": 9, "outubro": 10, "dezembro": 12, "gennaio": 1,
    "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    # Russian (genitive, as in dates)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}
_MONTH_WORD = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
# Dates written in running text: "31.05.2012", "2012-05-31", "31 May 2012",
# "May 31, 2012", "31. Mai 2012".
_TEXT_DATE = re.compile(
    r"(?<![\d.])(?P<d1>[0-3]?\d)\.\s?(?P<m1>[01]?\d)\.\s?(?P<y1>(?:19|20)\d{2})(?!\d)"
    r"|(?<!\d)(?P<y2>(?:19|20)\d{2})-(?P<m2>[01]\d)-(?P<d2>[0-3]\d)(?!\d)"
    rf"|(?<!\d)(?P<d3>[0-3]?\d)(?:\.|st|nd|rd|th)?\s+(?:de\s+)?(?P<m3>{_MONTH_WORD})\.?,?\s+(?:de\s+)?(?P<y3>(?:19|20)\d{{2}})(?!\d)"
    rf"|\b(?P<m4>{_MONTH_WORD})\.?\s+(?P<d4>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y4>(?:19|20)\d{{2}})(?!\d)",
    re.I,
)

# ---------------------------------------------------------------------------
# Authors
# ---------------------------------------------------------------------------

# Labels in front of a byline ("By", "Post author", "Veröffentlicht von", ...),
# stripped repeatedly because sites stack them ("Post author By Jane Doe").
_BY = re.compile(
    r"^\s*(?:(?:post|article|story|beitrags?|artikel)\s*)?"
    r"(?:authors?|autor(?:in|en)?|auteur|autore|redakteur(?:in)?|reporter|writer|"
    r"text|texte|words|foto|photos?|interview|"
    r"(?:written|posted|published|reported|submitted|created|compiled|edited)\s+by|"
    r"(?:geschrieben|verfasst|veröffentlicht|eingestellt|erstellt|publiziert|ein beitrag|"
    r"beitrag|artikel)\s+von|publié\s+par|écrit\s+par|publicado\s+por|escrito\s+por|"
    r"pubblicato\s+da|scritto\s+da|"
    r"by|von|vom|par|por|di|door|av|af|przez|автор|от)\b\s*[:|]?\s*",
    re.I,
)
# Separators between several names.
_NAME_SPLIT = re.compile(
    r"\s*(?:,|;|&|\||·|•|/|\+)\s*|\s+(?:and|und|et|y|e|i|и|en|og|och)\s+", re.I
)
# What follows a name in a byline: a date cue, a verb of saying, a role.
_NAME_TAIL = re.compile(
    r"\s+(?:(?-i:am|on|um|le|el|il|den|vom|at)|published|posted|updated|aktualisiert|"
    r"veröffentlicht|stand|says|said|sagt|schreibt|wrote|schrieb|dit|dice|"
    r"for|für|pour|para|per|from|aus|de\s+la|of\s+the|"
    r"staff|senior|chief|editor|correspondent|reporter|writer|contributor|columnist|"
    r"journalist|photographer|redakteur(?:in)?|korrespondent(?:in)?|freelance)\b.*$",
    re.I,
)
# Weekday abbreviations left at the end once a date is removed ("Jane Doe Fr").
_WEEKDAY_TAIL = re.compile(
    r"\s+(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)\.?$",
    re.I,
)
# Academic and professional suffixes that are not part of a name.
_CREDENTIAL = re.compile(r",?\s+(?:ph\.?d|m\.?d|m\.?sc|b\.?sc|mba|rd|rdn|cpt)\.?$", re.I)
_EMAIL = re.compile(r"\S+@\S+")
_URLISH = re.compile(r"https?://|www\.|\.(?:com|org|net|de|fr|uk|ru|by|at|ch|it|es)\b", re.I)
_HANDLE = re.compile(r"@\w+")
# One name token: letters with O'Brien, Jean-Luc, J. and particles (de, van).
_NAME_TOKEN = re.compile(r"^(?:[^\W\d_][\w'’.\-]*|[^\W\d_]\.)$")
# Words that show a candidate is interface text or a label, not a name.
_NOT_NAME = frozenset(
    """posted published publiziert veröffentlicht eingestellt name follow folgen author
    authors autor autoren says sagt comment comments kommentar kommentare share teilen
    read more mehr lesen home menu login anmelden search suche unknown none keine
    admin administrator webmaster redaktion editorial newsroom staff team desk uhr
    minuten min lesezeit foto photo bild image copyright all rights reserved about
    über profil profile view alle beiträge posts articles artikel website contact
    kontakt email mail twitter facebook instagram linkedin subscribe abonnieren
    newsletter anonymous anonym guest gast user benutzer member mitglied um vor
    datum date stand updated aktualisiert phd md contributor contributer http https
    edit bearbeiten archiv archive anzeigen theme designed powered wordpress""".split()
)
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
# A byline inside running text: "by"/"von"/"par" (optionally after a date cue)
# followed by a capitalised word; only short lines are examined.
_BYLINE_TEXT = re.compile(
    r"(?:^|\s)(?:(?:written|posted|published)\s+by|by|von|par|por|door)\s+(?=[A-ZÀ-ÖØ-ÞА-Я])"
)
_SHORT_TEXT_XPATH = etree.XPath("//body//*[self::p or self::div or self::span or self::li][not(*[self::p or self::div])]")
# Ancestors whose bylines belong to someone else (comments, sidebars, teasers):
# a class or id token counts when its first or last hyphen/underscore part is
# one of these words, so "comment-author" and "post-comments" count while
# WordPress's "tag-politics" or "header-footer-group" do not.
_FOREIGN_PARTS = frozenset(
    """comment comments commentlist sidebar widget related teaser teasers
    recommended recommendations popular reply respond share sharing social nav navbar
    navigation menu breadcrumb breadcrumbs tags tagcloud caption credit avatar more""".split()
)
_PARTS = re.compile(r"[_-]+")

# ---------------------------------------------------------------------------
# Body chrome
# ---------------------------------------------------------------------------

# trafilatura's fast pass skips its fallback extractors (readability, jusText);
# when the fast text is shorter than this many characters the full pass runs.
# Tuned on the extraction bench: below 1,000 characters about one page in
# eight is re-run and body F1 matches the full pass on every page.
_FULL_PASS_BELOW = 1000
# Headings that open a block of teaser links (several languages); the block's
# headline-like lines are dropped with them.
_TEASER_HEAD = re.compile(
    r"^(?:read (?:more|also|next)|related(?: articles?| stories| posts| content| coverage| news)?|"
    r"more (?:on this|from|stories|news|articles)|see also|you (?:may|might) also like|"
    r"recommended(?: for you| stories| articles)?|most (?:read|popular)|trending|"
    r"lesen sie (?:auch|mehr|hier)|auch interessant|das könnte (?:sie|dich) (?:auch )?interessieren|"
    r"weitere (?:artikel|beiträge|themen|nachrichten|meldungen|informationen|news)|"
    r"mehr zum thema|mehr (?:dazu|zu diesem thema)|zum (?:weiterlesen|thema)|empfohlene beiträge|"
    r"ähnliche (?:artikel|beiträge)|schon gelesen|top-themen|meistgelesen|"
    r"(?:à )?lire (?:aussi|également)|voir aussi|sur le même sujet|"
    r"le puede interesar|te puede interesar|lea también|lee también|contenido relacionado|"
    r"notas relacionadas|noticias relacionadas|más sobre|también te puede interesar|"
    r"leggi anche|potrebbe interessarti|czytaj (?:też|także|również)|"
    r"читайте также|по теме|смотрите также)\b(?:\s+[^\s:]+){0,5}\s*[:.?!]?$",
    re.I,
)
# One-line teasers: "Read more: Headline", "Lea también: Headline".
_TEASER_INLINE = re.compile(
    r"^(?:read (?:more|also)|see also|related|lesen sie (?:auch|mehr)|auch lesen|mehr dazu|"
    r"mehr zum thema|auch interessant|weiterlesen|lea también|lee también|vea también|"
    r"lea|mire|mira|puedes ver|te puede interesar|le puede interesar|à lire aussi|"
    r"lire aussi|leggi anche|czytaj (?:też|także)|читайте также)\s*[:|»>]\s*\S",
    re.I,
)
# Interface lines: share bars, comment prompts, category labels, newsletters.
_CHROME_LINE = re.compile(
    r"^(?:share(?: this)?(?: article| story| post)?|teilen(?: mit)?|follow us|folgen sie uns|"
    r"(?:view|show|load|read|\d+) comments?|comments?|kommentare?|"
    r"(?:leave|post|write) a (?:comment|reply)|schreib(?:e|en sie)? einen kommentar|"
    r"kommentar (?:schreiben|verfassen)|deja tu comentario|dejá tu comentario|"
    r"laisser un commentaire|categor(?:y|ies)|kategorien?|tags?|schlagwörter|schlagworte|"
    r"last (?:modified|updated)|zuletzt (?:aktualisiert|geändert)|"
    r"bild anzeigen|inhaltsverzeichnis|table of contents|"
    r"(?:sign up|subscribe)(?: to| for| now)?\b.*newsletter.*|newsletter(?: abonnieren)?|"
    r"(?:jetzt )?abonnieren|print(?: this)?(?: article)?|drucken|"
    r"advertisement|anzeige|werbung|publicidad|publicité|wird geladen|loading|"
    r"(?:mehr|weitere) themen|temas|lust auf mehr|aktualisiert am|veröffentlicht am)"
    r"\b\W{0,3}(?:\S.{0,60})?$",
    re.I,
)
# Calls to subscribe, follow or download, and copyright notices: dropped when
# they stand alone in a paragraph of modest length.
_CTA_LINE = re.compile(
    r"\b(?:subscribe|sign(?:ing)? up (?:for|to)|newsletter|follow (?:us|[\w ]{1,30} on "
    r"(?:twitter|facebook|instagram))|download (?:the|our) [\w ]{0,40}apps?|"
    r"all rights reserved|alle rechte vorbehalten|copyrighted property|"
    r"written permission|abonnier\w*|jetzt (?:anmelden|registrieren))\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]?$")
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


def _as_text(html: str | bytes) -> str:
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


def _parse(html: str) -> lxml.html.HtmlElement:
    data = html.encode("utf-8", errors="replace")
    try:
        root = lxml.html.document_fromstring(data, parser=_PARSER)
    except (etree.ParserError, ValueError) as err:
        raise ValueError(f"not HTML: lxml could not parse it ({err})") from err
    if root is None:
        raise ValueError("not HTML: lxml found no document")
    return root


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _short_text(el, limit: int) -> str | None:
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
    text = _clean(" ".join(parts))
    return text if len(text) <= limit else None


def _meta_map(root: lxml.html.HtmlElement) -> dict[str, list[str]]:
    """Map lower-cased meta names/properties/itemprops to their contents."""
    out: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        content = el.get("content")
        if content is None:
            continue
        content = _clean(content)
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                out.setdefault(key.strip().lower(), []).append(content)
    return out


def _jsonld(root: lxml.html.HtmlElement) -> list[dict]:
    """Return the JSON-LD objects of the page that describe an article."""
    found: list[dict] = []

    def walk(obj: Any) -> None:
        if isinstance(obj, list):
            for item in obj:
                walk(item)
        elif isinstance(obj, dict):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
                found.append(obj)
            if "@graph" in obj:
                walk(obj["@graph"])
            main = obj.get("mainEntity")
            if isinstance(main, dict | list):
                walk(main)

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
        walk(data)
    # Article-like types before generic pages.
    found.sort(key=lambda o: 0 if "article" in str(o.get("@type", "")).lower()
               or "posting" in str(o.get("@type", "")).lower() else 1)
    return found


# ---------------------------------------------------------------------------
# Title
# ---------------------------------------------------------------------------


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


def _logo_like(el) -> bool:
    """An h1 that holds the site's logo or name rather than the headline."""
    for node in (el, el.getparent()):
        if node is None:
            continue
        attrs = ((node.get("class") or "") + " " + (node.get("id") or "")).lower()
        if any(w in attrs for w in ("logo", "site-title", "site-name", "brand", "blog-title", "sitename")):
            return True
    return False


def _title(root, meta, ld, site_names, url) -> str | None:
    """Headline: the metadata title without its site suffix, matched to an h1."""
    sites = {_squash(s) for s in site_names if s}
    host = _squash(re.sub(r"^(?:https?://)?(?:www\d?\.)?([^/:]+).*$", r"\1", url or "").rsplit(".", 1)[0])
    h1s = [
        _clean(" ".join(h.itertext())) for h in root.iter("h1") if not _logo_like(h)
    ]
    h1s = [h for h in h1s if 3 <= len(h) <= 300 and not _is_site_part(h, sites, host)]
    base = None
    for key in _TITLE_META:
        if key in meta:
            base = _clean(_unescape(meta[key][0]))
            break
    if not base:
        for obj in ld:
            head = obj.get("headline") or obj.get("name")
            if isinstance(head, str) and _clean(head):
                base = _clean(_unescape(head))
                break
    title_el = root.find(".//title")
    doc_title = _clean(_unescape(title_el.text_content())) if title_el is not None else ""
    base = base or doc_title
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
# ---------------------------------------------------------------------------


def _to_datetime(value: str) -> datetime | None:
    """Parse an ISO-like or common date string to an aware datetime.

    The page's own UTC offset is kept (it fixes the calendar day the page
    states); a value without one is taken as UTC.
    """
    text = value.strip()
    if not text:
        return None
    if re.fullmatch(r"\d{10}(?:\d{3})?", text):  # epoch seconds or millis
        dt = datetime.fromtimestamp(int(text[:10]), tz=UTC)
        return dt if 1990 <= dt.year <= 2100 else None
    iso = text.replace("Z", "+00:00")
    if "T" not in iso and re.match(r"\d{4}-\d{2}-\d{2} \d", iso):
        iso = iso.replace(" ", "T", 1)
    iso = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", iso)
    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        dt = _text_date(text)
        if dt is None:
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    if not 1990 <= dt.year <= 2100:
        return None
    return dt


def _ymd(y: str, m: str, d: str) -> datetime | None:
    try:
        return datetime(int(y), int(m), int(d), tzinfo=UTC)
    except ValueError:
        return None


def _text_date(text: str) -> datetime | None:
    """First calendar date written in ``text`` (several languages)."""
    for m in _TEXT_DATE.finditer(text):
        g = m.groupdict()
        if g["y1"]:
            dt = _ymd(g["y1"], g["m1"], g["d1"])
        elif g["y2"]:
            dt = _ymd(g["y2"], g["m2"], g["d2"])
        elif g["y3"]:
            dt = _ymd(g["y3"], str(_MONTHS[g["m3"].lower()]), g["d3"])
        else:
            dt = _ymd(g["y4"], str(_MONTHS[g["m4"].lower()]), g["d4"])
        if dt is not None:
            return dt
    return None


def _url_date(url: str | None) -> datetime | None:
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    if m.group("y"):
        return _ymd(m.group("y"), m.group("m"), m.group("d"))
    return _ymd(m.group("y2"), m.group("m2"), m.group("d2"))


def _first_date(values) -> datetime | None:
    for value in values:
        if isinstance(value, str):
            dt = _to_datetime(value)
            if dt:
                return dt
    return None


def _date(root, meta, ld, url) -> tuple[datetime | None, str | None]:
    """Publication date and where it was read, most trusted source first.

    A full date in the URL path comes first: it is set when the article is
    published and never changes, while meta times are often rewritten on
    update. Meta tags come before JSON-LD: where the two disagree, the meta
    tag matched the visible date more often on the pages we checked. htmldate's extensive search runs only on pages where nothing
    else names a date.
    """
    dt = _url_date(url)
    if dt:
        return dt, "url"
    dt = _first_date(v for key in _DATE_META for v in meta.get(key, ()))
    if dt:
        return dt, "meta"
    dt = _first_date(obj.get(k) for obj in ld for k in ("datePublished", "dateCreated", "uploadDate"))
    if dt:
        return dt, "meta"
    dt = _first_date(
        el.get("content") or el.get("datetime") or el.text_content()
        for el in _ITEMPROP_DATE(root)
    )
    if dt:
        return dt, "meta"
    times = [el for el in root.iter("time") if not _in_foreign_block(el)]
    dt = _first_date(
        el.get("datetime") or el.get("content")
        for el in sorted(times, key=lambda el: el.get("pubdate") is None)
    )
    if dt:
        return dt, "meta"
    for el in _DATE_TEXT_XPATH(root):
        text = _short_text(el, 200)
        if text and len(text) >= 6 and not _in_foreign_block(el):
            dt = _text_date(text)
            if dt:
                return dt, "text"
    dt = _headline_region_date(root)
    if dt:
        return dt, "text"
    dt = _htmldate(root)
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
        if _logo_like(h1):
            continue
        node = h1
        for _ in range(3):
            parent = node.getparent()
            if parent is None or parent.tag == "body":
                break
            node = parent
        text = _clean(" ".join(node.itertext()))
        start = text.find(_clean(" ".join(h1.itertext())))
        return _text_date(text[max(start, 0) : max(start, 0) + 600])
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
    return _to_datetime(found) if found else None


# ---------------------------------------------------------------------------
# Authors
# ---------------------------------------------------------------------------


def _clean_name(raw: str) -> list[str]:
    """Split a byline into clean personal names (no labels, roles, dates, emails)."""
    text = _clean(_unescape(raw))
    text = re.sub(r"https?://\S+|www\.\S+", " ", text)
    text = _EMAIL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = _TEXT_DATE.sub(" ", text)
    # bracketed asides, times and bare numbers (not digits inside user names)
    text = re.sub(r"\(.*?\)|\[.*?\]|(?<!\w)\d[\d:.,/h-]*(?:\s*[ap]\.?m\b\.?)?(?!\w)", " ", text)
    names = []
    for part in _NAME_SPLIT.split(text):
        part = _clean(part)
        for _ in range(3):
            stripped = _BY.sub("", part)
            if stripped == part:
                break
            part = stripped
        part = _NAME_TAIL.sub("", part)
        part = _WEEKDAY_TAIL.sub("", part)
        part = _CREDENTIAL.sub("", part)
        part = _clean(re.sub(r"^[\W_]+|[^\w.]+$", "", part))
        if not part or _URLISH.search(part):
            continue
        tokens = part.split()
        if not 1 <= len(tokens) <= 4:
            continue
        if not all(_NAME_TOKEN.match(t) for t in tokens):
            continue
        if any(t.lower().strip(".") in _NOT_NAME for t in tokens):
            continue
        if len(tokens) == 1 and len(part) < 2:
            continue
        if len(tokens) > 1 and not any(t[0].isupper() for t in tokens):
            continue
        names.append(part)
    return names


def _foreign_attrs(attrs: str) -> bool:
    for token in attrs.lower().split():
        parts = _PARTS.split(token)
        if parts[0] in _FOREIGN_PARTS or parts[-1] in _FOREIGN_PARTS:
            return True
    return False


def _in_foreign_block(el) -> bool:
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


def _byline_names(root) -> list[str]:
    """Names from byline elements of the page (not in comments or sidebars)."""
    for xpath in _BYLINE_XPATHS:
        for el in xpath(root):
            own = (el.get("class") or "") + " " + (el.get("id") or "")
            if re.search(r"comment|avatar|bio|box|description|about", own, re.I):
                continue
            name_el = el.find(".//*[@itemprop='name']")
            text = _short_text(name_el if name_el is not None else el, 120)
            if not text or len(text) < 2:
                continue
            if _in_foreign_block(el):
                continue
            names = _clean_name(text)
            if names and len(names) <= 4:
                return names
    return []


def _authors(root, meta, ld, site_names) -> list[str]:
    """Authors from JSON-LD, then meta tags, then the page's byline."""
    raw: list[str] = []
    for obj in ld:
        author = obj.get("author") or obj.get("creator")
        items = author if isinstance(author, list) else [author]
        for item in items:
            if isinstance(item, dict):
                if str(item.get("@type", "")).lower() == "organization":
                    continue
                name = item.get("name")
                if isinstance(name, str):
                    raw.append(name)
            elif isinstance(item, str):
                raw.append(item)
        if raw:
            break
    if not raw:
        for key in _AUTHOR_META:
            values = [v for v in meta.get(key, ()) if not _URLISH.search(v)]
            if values:
                raw.extend(values)
                break
    sites = {_clean(s).lower() for s in site_names if s}
    names: list[str] = []
    for value in raw:
        for name in _clean_name(value):
            if name.lower() not in sites and name not in names:
                names.append(name)
    if not names:
        names = [n for n in _byline_names(root) if n.lower() not in sites]
    if not names:
        names = [n for n in _trafilatura_author(root) if n.lower() not in sites]
    if not names:
        names = [n for n in _text_byline(root) if n.lower() not in sites]
    return names


def _text_byline(root) -> list[str]:
    """A short line such as "Published 3 March 2025 by Jane Doe" in the page text."""
    for el in _SHORT_TEXT_XPATH(root):
        text = _short_text(el, 150)
        if not text or len(text) < 6:
            continue
        m = _BYLINE_TEXT.search(text)
        if m and not _in_foreign_block(el):
            names = _clean_name(text[m.end() :])
            if names and len(names) <= 4:
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
            text = _short_text(el, 120)
            if not text or len(text) < 2:
                continue
            if el in discard or any(a in discard for a in el.iterancestors()):
                continue
            names = _clean_name(text)
            if names and len(names) <= 4:
                return names
    return []


# ---------------------------------------------------------------------------
# Other fields
# ---------------------------------------------------------------------------


def _language(root, meta) -> str | None:
    value = root.get("lang") or root.get("xml:lang")
    if not value:
        for key in ("content-language", "language", "dc.language", "og:locale"):
            if key in meta:
                value = meta[key][0]
                break
    if not value:
        return None
    code = re.split(r"[-_,;\s]", value.strip().lower())[0]
    return code if re.fullmatch(r"[a-z]{2}", code) else None


def _canonical(root, meta, url) -> str | None:
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href:
            return urljoin(url, href) if url else href
    if "og:url" in meta:
        href = meta["og:url"][0]
        return urljoin(url, href) if url else href
    return url


def _caption(root) -> str | None:
    for fig in root.iter("figcaption"):
        text = _clean(fig.text_content())
        if text:
            return text
    return None


def _related(root) -> list[dict]:
    """Teaser links of related-content blocks, each with its own summary line."""
    items: list[dict] = []
    seen: set[str] = set()
    for block in _RELATED_XPATH(root):
        for link in block.iter("a"):
            title = _clean(" ".join(link.itertext()))
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
            summary = _clean(" ".join(p.itertext())) if p is not None else ""
            items.append({"title": title, "summary": summary if summary != title else ""})
        if len(items) >= 30:
            break
    return items


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
        short = len(para) < 160
        if short and _TEASER_INLINE.match(para):
            continue
        if short and _TEASER_HEAD.match(para):
            in_teasers = True
            continue
        if in_teasers:
            if short and not _SENTENCE_END.search(para):
                continue
            in_teasers = False
        if len(para) < 100 and _CHROME_LINE.match(para):
            continue
        if len(para) < 250 and _CTA_LINE.search(para):
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
    paras = [_clean(line) for line in text.split("\n")]
    return "\n\n".join(_drop_chrome([p for p in paras if p]))


def parse_html(html: str | bytes, url: str | None = None) -> dict:
    """Extract one article record from the HTML of a page.

    The page is parsed once; metadata comes from JSON-LD, OpenGraph and other
    meta tags, ``<time>`` elements, bylines, the URL and, last, the visible
    text; trafilatura extracts the body from the same tree. The record is
    finished by :func:`toolkit.clean.tidy_article`.

    Parameters
    ----------
    html : str or bytes
        The page. Bytes are decoded with :func:`toolkit.load.decode_bytes`
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
        UTC), ``published_from`` (``"meta"``, ``"url"``, ``"text"`` or None), ``authors`` (list of str), ``language``,
        ``caption``, ``text``, ``related`` (list of dicts with ``title`` and
        ``summary``), plus what :func:`~toolkit.clean.tidy_article` adds.

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
    text = _as_text(html)
    root = _parse(text)
    meta = _meta_map(root)
    ld = _jsonld(root)
    site_names = [*meta.get("og:site_name", ()), *meta.get("application-name", ())]
    for obj in ld:
        pub = obj.get("publisher")
        if isinstance(pub, dict) and isinstance(pub.get("name"), str):
            site_names.append(pub["name"])
    published, published_from = _date(root, meta, ld, url)
    record = {
        "url": _canonical(root, meta, url),
        "title": _title(root, meta, ld, site_names, url),
        "published": published.isoformat() if published else None,
        "published_from": published_from,
        "authors": _authors(root, meta, ld, site_names),
        "language": _language(root, meta),
        "caption": _caption(root),
        "related": _related(root),
    }
    body = _body(root, url)
    caption = record["caption"]
    if caption and body:
        body = "\n\n".join(p for p in body.split("\n\n") if p != caption)
    record["text"] = body
    return tidy_article(record)
