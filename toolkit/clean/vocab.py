"""Language cues of the clean stage, read once from the per-language data files.

Every word list the cleaning rules use lives in
``toolkit/resources/lang/<code>/<kind>.txt`` and is read through
:mod:`toolkit.languages`; this module turns those lists into the compiled
patterns the rules share, so that the page-dump path (:mod:`.pages`), the
HTML path (:mod:`.html`) and the finishing step (:mod:`.tidy`) read the same
knowledge. A cue is added by adding a line to a data file, never here.

Every language with a file of a kind contributes to it: the text's language
is not known before cleaning, and a German teaser heading in an English page
dump is still a teaser heading.

Two shapes of data file are read:

- **phrases** (most kinds): one word or phrase per line, matched as a whole
  word; a space matches any run of white space.
- **regular expressions** (``interface_lines``, ``interface_labels``,
  ``calls_to_action``, ``teaser_heading_prefixes``, ``read_more``,
  ``source_links``, ``caption_leads``, ``caption_tags``; and the keys of
  ``wire_signoffs.tsv``, read by :mod:`.wire`): the file's header says so;
  they are joined into one alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from toolkit.languages import available, weekday_names, words_all

__all__ = [
    "AUTHOR_JOINERS",
    "AUTHOR_PREFIXES",
    "BYLINE_AFFILIATIONS",
    "BYLINE_DESKS",
    "BYLINE_LABELS",
    "BYLINE_ROLES",
    "CALL_TO_ACTION",
    "CAPTION_LEADS",
    "CAPTION_TAGS",
    "CREDENTIALS",
    "CREDIT_LINKS",
    "DATE_LABELS",
    "DATE_PREPOSITIONS",
    "INTERFACE_LABEL",
    "INTERFACE_LINE",
    "NOT_NAME_WORDS",
    "PHOTO_CREDIT_WORDS",
    "PHOTO_LABELS",
    "READ_MORE",
    "SOURCE_LINK",
    "SPEECH_VERBS",
    "TEASER_HEADINGS",
    "TEASER_LABELS",
    "TEASER_LABEL_LINES",
    "TEASER_PREFIX",
    "alternation",
    "heading_key",
    "link_credit",
    "phrases",
    "regex_lines",
    "weekday_names_all",
]


def _trie_pattern(node: dict) -> str:
    """The regex of a character trie; the longest branch is tried first."""
    ends = "" in node
    branches = []
    for char in sorted(k for k in node if k):
        head = r"\s+" if char == " " else re.escape(char)
        branches.append(head + _trie_pattern(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        body = f"(?:{body})?"
    return body


def alternation(items: Iterable[str]) -> str:
    """One regex (a trie of alternatives) matching any of ``items`` literally.

    A space in an item matches any run of white space. The result holds no
    capturing group and is wrapped in ``(?:...)``; it matches nothing when
    ``items`` is empty. A trie keeps a long alternation fast: the regex engine
    tries one branch per character instead of every word in turn.

    Examples
    --------
    >>> import re
    >>> bool(re.fullmatch(alternation(["read more", "read next"]), "read   next"))
    True
    """
    trie: dict = {}
    for item in items:
        if not item:
            continue
        node = trie
        for char in " ".join(item.split()):
            node = node.setdefault(char, {})
        node[""] = {}
    if not trie:
        return "(?!)"
    return f"(?:{_trie_pattern(trie)})"


def phrases(kind: str, *, fold: bool = True) -> tuple[str, ...]:
    """The ``kind`` list of every language, lower-cased unless ``fold=False``."""
    items = words_all(kind)
    return tuple(dict.fromkeys(i.lower() for i in items)) if fold else items


def regex_lines(kind: str) -> str:
    """The ``kind`` regular expressions of every language as one alternation."""
    lines = words_all(kind)
    return "(?:" + "|".join(f"(?:{line})" for line in lines) + ")" if lines else "(?!)"


def weekday_names_all() -> dict[str, int]:
    """Weekday names (CLDR and ``weekdays.tsv``) of every language with data."""
    out: dict[str, int] = {}
    for lang in available():
        for name, number in weekday_names(lang).items():
            out.setdefault(name, number)
    return out


def _credit_groups(kind: str) -> str:
    """Regex lines of ``kind`` whose ``credit`` groups are numbered apart."""
    lines = []
    for i, line in enumerate(words_all(kind)):
        lines.append(f"(?:{line.replace('(?P<credit>', f'(?P<credit{i}>')})")
    return "(?:" + "|".join(lines) + ")" if lines else "(?!)"


def link_credit(m: re.Match[str]) -> str | None:
    """The name a source line gives ("Source: Reuters | Go to original" -> "Reuters")."""
    credit = next((v for k, v in m.groupdict().items() if k.startswith("credit") and v), None)
    if not credit:
        return None
    credit = re.split(r"\s+[|•·–—-]\s+|\s*\|\s*", credit)[0].strip(" .,;")
    return credit or None


# ---------------------------------------------------------------------------
# Teasers and interface text (page dumps and HTML alike)

def heading_key(line: str) -> str:
    """A line as compared with :data:`TEASER_HEADINGS`: case-folded, without
    a trailing colon or arrow."""
    return line.casefold().replace("’", "'").strip().rstrip(":»›>→ ").strip()


#: Headings that open a block of teasers, case-folded (exact lines).
TEASER_HEADINGS = frozenset(h.casefold().replace("’", "'") for h in phrases("teaser_headings"))
#: A line opening like a teaser heading that names a section ("More from X").
TEASER_PREFIX = re.compile(rf"^{regex_lines('teaser_heading_prefixes')}\b", re.I)
#: Labels that put a link to another story on the same line (an alternation).
TEASER_LABELS = alternation(phrases("teaser_labels"))
#: The same labels as whole lines, compared as :func:`heading_key` gives them: such a
#: line alone ("Leia também", "Más noticias") heads teasers at a page's foot, but may
#: stand inside a body too, before one teaser and more article.
TEASER_LABEL_LINES = frozenset(heading_key(label) for label in phrases("teaser_labels"))
# "Read more" markers at the end of a teaser summary, after its last sentence
# or a separator ("... legend. Read More", "... | Continue reading »").
READ_MORE = re.compile(
    r"(?:^|(?<=[.!?…\"”’»)])\s+|\s*[-–—|·»›]\s*)"
    rf"{regex_lines('read_more')}\s*[»›→>.…]*\s*$",
    re.I,
)
#: A line that points to the original page; groups ``credit*`` hold the name.
SOURCE_LINK = re.compile(rf"^{_credit_groups('source_links')}$", re.I)
_INTERFACE_LABELS = regex_lines("interface_labels")
#: A paragraph that is only interface text (a whole line, or a label alone).
INTERFACE_LINE = re.compile(
    rf"^(?:{regex_lines('interface_lines')}|{_INTERFACE_LABELS}\b\W{{0,3}})$", re.I
)
#: A short paragraph that opens with an interface label (HTML bodies).
INTERFACE_LABEL = re.compile(rf"^{_INTERFACE_LABELS}\b\W{{0,3}}(?:\S.{{0,60}})?$", re.I)
#: A call to subscribe or follow, or a copyright notice, anywhere in a paragraph.
CALL_TO_ACTION = re.compile(rf"\b{regex_lines('calls_to_action')}\b", re.I)

# ---------------------------------------------------------------------------
# Bylines

_PREFIX_WORDS = phrases("author_prefixes")
#: Words that open a byline, also in running text ("by", "von", "written by"):
#: author_prefixes, and byline labels that end with one of them.
AUTHOR_PREFIXES = alternation(
    _PREFIX_WORDS
    + tuple(label for label in phrases("byline_labels") if label.rsplit(None, 1)[-1] in _PREFIX_WORDS)
)
#: Every label that can stand before the names inside a byline element.
BYLINE_LABELS = alternation(_PREFIX_WORDS + phrases("byline_labels"))
#: Words that join names ("and", "und", "и").
AUTHOR_JOINERS = alternation(phrases("author_joiners"))
BYLINE_ROLES = alternation(phrases("byline_roles"))
#: Desks and groups that sign instead of a person ("Moscow Bureau").
BYLINE_DESKS = alternation(phrases("byline_desks"))
BYLINE_AFFILIATIONS = alternation(phrases("byline_affiliations"))
DATE_LABELS = alternation(phrases("date_labels"))
DATE_PREPOSITIONS = alternation(phrases("date_prepositions"))
SPEECH_VERBS = alternation(phrases("speech_verbs"))
#: Academic suffixes, each full stop optional ("Ph.D", "PhD").
CREDENTIALS = "(?:" + "|".join(
    [r"\.?".join(map(re.escape, c.split("."))) for c in phrases("credentials")] or ["(?!)"]
) + ")"
NOT_NAME_WORDS = frozenset(phrases("not_name_words"))

# ---------------------------------------------------------------------------
# Photo captions

PHOTO_LABELS = alternation(phrases("photo_labels"))
PHOTO_CREDIT_WORDS = alternation(phrases("photo_credit_words"))
#: Matched as written (lower case): "via", not "Via Rail".
CREDIT_LINKS = alternation(phrases("credit_links", fold=False))
CAPTION_LEADS = regex_lines("caption_leads")
CAPTION_TAGS = regex_lines("caption_tags")
