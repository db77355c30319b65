"""Record fields other than the body: titles, authors, related items, dates, language.

Per-value steps used by :func:`~toolkit.clean.tidy.tidy_article` and the
extractors. Byline words (prefixes, joiners, roles, date labels) are data in
the per-language files, read through :mod:`.vocab`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from functools import lru_cache

from toolkit.clean.text import LOWER, UPPER, n_words, normalize_text
from toolkit.clean.vocab import AUTHOR_PREFIXES, BYLINE_DESKS, BYLINE_ROLES, DATE_LABELS
from toolkit.clean.wire import wire_name

__all__ = [
    "TEXT_FIELDS",
    "as_list",
    "clean_authors",
    "clean_related",
    "clean_str",
    "clean_title",
    "declared_language",
    "detect_language",
    "is_name",
    "language_of",
    "published_value",
    "text_key",
]

#: Fields of the articles schema that cleaning fills (the loader adds
#: article_id, outlet, source, format and duplicate_of).
TEXT_FIELDS = (
    "url",
    "title",
    "published",
    "published_from",
    "authors",
    "language",
    "dateline",
    "dateline_date",
    "wire",
    "caption",
    "text",
    "n_words",
    "related",
)


def clean_str(value: object) -> str | None:
    """A normalised string (:func:`~toolkit.clean.text.normalize_text`), None when empty or missing (None, NaN)."""
    if value is None:
        return None
    if not isinstance(value, str):
        try:
            if value != value:  # NaN
                return None
        except (TypeError, ValueError):
            return None
        value = str(value)
    value = normalize_text(value)
    return value or None


def clean_title(value: object) -> str | None:
    """Like :func:`clean_str`, on one line with single spaces."""
    title = clean_str(value)
    return " ".join(title.split()) if title else None


_WORDS = re.compile(r"\w+")


def text_key(text: str) -> str:
    """Case-folded words of ``text`` joined by single spaces, for comparisons."""
    return " ".join(_WORDS.findall(text.casefold()))


def as_list(value: object) -> list:
    """A list from a list-like value, ``[value]`` from a string, else ``[]``."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable) and not isinstance(value, (bytes, dict)):
        return list(value)
    return []


# ---------------------------------------------------------------------------
# Authors
_BY_PREFIX = re.compile(rf"^(?:{AUTHOR_PREFIXES}):?\s+", re.I)
# Byline pieces that are roles, desks or sources, not people ("Staff Writer",
# "Moscow Bureau", "and agencies"), and pieces no name has (times, dates,
# e-mail, links). User names with digits ("delta201") are kept: blogs sign so.
_NOT_A_NAME = re.compile(
    rf"\b(?:{BYLINE_ROLES}|{BYLINE_DESKS}|{DATE_LABELS})\b|\d{{1,2}}:\d{{2}}|\d{{4}}-\d{{2}}|@|https?:|www\.",
    re.I,
)
_MAX_NAME_WORDS = 5


def is_name(piece: str) -> bool:
    """A byline piece that can be a person: a few words, no role, date or link."""
    return bool(piece) and n_words(piece) <= _MAX_NAME_WORDS and not _NOT_A_NAME.search(piece)


def clean_authors(value: object) -> tuple[list[str], str | None]:
    """Strip "By"; drop empties, duplicates, roles and desks; move agencies to the wire.

    Parameters
    ----------
    value : str, list of str or None
        An authors field as extracted or exported.

    Returns
    -------
    tuple
        ``(authors, wire)``: the people, in order, and the first agency named
        (None when none is).

    Examples
    --------
    >>> clean_authors(["By Jane Roe", "Staff Writer", "AFP", "Lena Ostrova, Staff Correspondent"])
    (['Jane Roe', 'Lena Ostrova'], 'AFP')
    """
    authors: list[str] = []
    wire = None
    for item in as_list(value):
        name = clean_title(item) if isinstance(item, str) else None
        if not name:
            continue
        name = _BY_PREFIX.sub("", name).strip(" ,;")
        # "Jane Roe, Staff Writer" / "Jane Roe | Reuters": keep the person
        pieces = [name] if is_name(name) or wire_name(name) else re.split(r"\s*[,|–—]\s*|\s-\s", name)
        for piece in pieces:
            agency = wire_name(piece)
            if agency:
                wire = wire or agency
            elif is_name(piece) and piece not in authors:
                authors.append(piece)
    return authors, wire


# ---------------------------------------------------------------------------
# Related items and publication dates


def clean_related(value: object) -> list[dict]:
    """Teaser items as ``{"title", "summary"}`` dicts, cleaned and deduplicated.

    Parameters
    ----------
    value : list of dict or str, or None
        Items with ``title`` / ``summary`` keys, or bare titles.

    Returns
    -------
    list of dict
        One item per distinct title (a later summary fills an empty one).
    """
    items: list[dict] = []
    seen: dict[str, dict] = {}
    for item in as_list(value):
        if isinstance(item, dict):
            title, summary = clean_title(item.get("title")), clean_title(item.get("summary"))
        elif isinstance(item, str):
            title, summary = clean_title(item), None
        else:
            continue
        if not title and not summary:
            continue
        k = text_key(title or summary or "")
        if k in seen:
            if summary and not seen[k]["summary"]:
                seen[k]["summary"] = summary
            continue
        seen[k] = {"title": title, "summary": summary}
        items.append(seen[k])
    return items


def published_value(value: object) -> str | None:
    """ISO 8601 text of a publication date, for the schema to parse.

    Datetimes (naive ones taken as UTC), dates, numpy and pandas timestamps
    become ISO 8601 in UTC; strings pass through (cleaned); missing values
    (None, NaN, NaT) and bare numbers become None.

    Parameters
    ----------
    value : object
        A date as extracted or exported.

    Returns
    -------
    str or None
    """
    if value is None or isinstance(value, (bool, int, float)):
        return None
    try:
        if value != value:  # NaN, NaT
            return None
    except (TypeError, ValueError):
        return None
    if isinstance(value, str):
        return clean_title(value)
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        value = value.to_pydatetime()
    elif hasattr(value, "astype") and hasattr(value, "dtype"):  # numpy datetime64
        try:
            value = value.astype("datetime64[us]").item()
        except (TypeError, ValueError):
            return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC).isoformat()
    return None


# ---------------------------------------------------------------------------
# Language
_LETTER = re.compile(rf"[{UPPER}{LOWER}]|[^\W\d_]")
_MIN_LETTERS_FOR_LANGUAGE = 12  # fewer letters than this is a guess, not an identification
_TRUST_DETECTION_LETTERS = 60  # from about ten words on, the text outranks a declared language
# characters (~200 words). All 87 practice-corpus texts (en, ru, de, lt) are right from
# 150 on, but close languages need more: of the 400-character windows of the Croatian
# development pages py3langid read 7 % as Bosnian, of 1,200-character windows 0.7 %
# (0.35 -> 0.55 ms an article).
_LANGUAGE_SAMPLE = 1200


@lru_cache(maxsize=1)
def _language_identifier():
    # py3langid ships its model inside the wheel; built once per process.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


def _count_letters(sample: str, enough: int) -> int:
    letters = 0
    for _ in _LETTER.finditer(sample):
        letters += 1
        if letters >= enough:
            break
    return letters


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` by py3langid, None for too few letters to tell."""
    sample = text[:_LANGUAGE_SAMPLE]
    if _count_letters(sample, _MIN_LETTERS_FOR_LANGUAGE) < _MIN_LETTERS_FOR_LANGUAGE:
        return None
    lang, _score = _language_identifier().classify(sample)
    return str(lang) if lang and lang != "und" else None


def declared_language(value: object) -> str | None:
    """ISO 639-1 code from a declared value ("en-GB", "RU", "ru_RU"), else None."""
    if not isinstance(value, str):
        return None
    code = re.split(r"[-_,;\s]", value.strip().lower(), maxsplit=1)[0]
    return code if re.fullmatch(r"[a-z]{2}", code) else None


def language_of(text: str, title: str | None, declared: object) -> str | None:
    """The language of the text as measured; the declared one (page ``lang``,
    export field) only when the text is too short to measure, since page
    templates often declare one language for every page."""
    if _count_letters(text[:_LANGUAGE_SAMPLE], _TRUST_DETECTION_LETTERS) >= _TRUST_DETECTION_LETTERS:
        return detect_language(text)
    return declared_language(declared) or detect_language(text or title or "")
