"""Photo captions: paragraphs that describe a picture rather than tell the story.

A caption opens with a photo cue ("In this photo ...", "FILE - ...",
"Photo: ...") or ends with a credit that names a photo: in brackets
("(AP Photo/Jo Smith)", "(Press Service via AP)", "(Photo: Jane Doe/Agency)")
or after the caption ("... Photo: Jane Doe / Agency", "Фото: X"). The cue
words are data: ``caption_leads.txt``, ``photo_labels.txt``,
``photo_credit_words.txt``, ``credit_links.txt``, ``caption_tags.txt``,
``name_connectors.txt``.
"""

from __future__ import annotations

import re

from toolkit.clean.text import UPPER
from toolkit.clean.vocab import (
    AUTHOR_PREFIXES,
    CAPTION_LEADS,
    CAPTION_TAGS,
    CREDIT_LINKS,
    PHOTO_CREDIT_WORDS,
    PHOTO_LABELS,
    alternation,
    phrases,
)

__all__ = ["MAX_PRE_DATELINE_WORDS", "credit_of", "is_caption", "is_name_credit_caption"]

_CAPTION_LEAD = re.compile(rf"^(?:{CAPTION_LEADS}|\(?(?i:{PHOTO_LABELS})\s*:)")
_CAPTION_CREDIT = re.compile(r"\((?P<credit>[^()\n]{2,120})\)\s*$")
# Words that make a bracketed credit a photo credit ("via" as written).
_PHOTO_WORDS = re.compile(rf"\b(?:{CREDIT_LINKS}|(?i:{PHOTO_LABELS}|{PHOTO_CREDIT_WORDS}))\b|\w/\w")
# A credit after the caption without brackets: "... in Minsk. Photo: Jane Doe /
# Agency", "Photo by X", "Фото: X", or a tag such as "Dubai skyline/Representative Image".
_CAPTION_TAIL = re.compile(
    rf"(?:^|[.!?…]\s+|\s[|–—-]\s)(?P<credit>{PHOTO_LABELS}"
    rf"(?:\s*:|\s+(?:{AUTHOR_PREFIXES}|{PHOTO_CREDIT_WORDS}|{CREDIT_LINKS})\b:?)\s*[^.!?\n]{{2,100}})$"
    rf"|(?:^|[\s/])(?P<tag>{CAPTION_TAGS})$",
    re.I,
)
# A bracketed credit that is only a name ("(Continental Press)"): a caption
# when it closes a short paragraph that stands before the dateline.
_CONNECTOR = alternation(phrases("name_connectors", fold=False))
_NAME_CREDIT = re.compile(rf"\((?P<credit>[{UPPER}][\w.&'’-]*(?:\s+(?:{_CONNECTOR}\s+)?[{UPPER}][\w.&'’-]*){{0,5}})\)\s*$")
_MAX_CAPTION_WORDS = 120
#: A caption before the dateline is short (words).
MAX_PRE_DATELINE_WORDS = 60


def is_name_credit_caption(paragraph: str) -> bool:
    """A short paragraph closed by a bracketed name ("... (Continental Press)")."""
    return len(paragraph.split()) <= MAX_PRE_DATELINE_WORDS and bool(_NAME_CREDIT.search(paragraph))


def _caption_credit(paragraph: str) -> str | None:
    m = _CAPTION_CREDIT.search(paragraph)
    if m and _PHOTO_WORDS.search(m.group("credit")):
        return m.group("credit")
    m = _CAPTION_TAIL.search(paragraph)
    if m:
        return m.group("credit") or m.group("tag")
    return None


def credit_of(caption: str) -> str:
    """The credit part of a caption ("Belarusian Presidential Press Service via AP").

    Parameters
    ----------
    caption : str
        One caption paragraph.

    Returns
    -------
    str
        Empty when the caption names no credit.
    """
    credit = _caption_credit(caption)
    if credit:
        return credit
    m = _NAME_CREDIT.search(caption)
    return m.group("credit") if m else ""


def is_caption(paragraph: str) -> bool:
    """Whether a paragraph is a photo caption (a photo cue or a photo credit).

    Parameters
    ----------
    paragraph : str
        One paragraph.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_caption("FILE - Cranes stand idle. (AP Photo/Jo Smith, File)")
    True
    >>> is_caption("The port reopened on Monday.")
    False
    """
    if len(paragraph.split()) > _MAX_CAPTION_WORDS:
        return False
    return bool(_CAPTION_LEAD.match(paragraph) or _caption_credit(paragraph))
