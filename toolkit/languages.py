"""Language knowledge: the one loader of the per-language data files.

Everything the toolkit knows about a language (month and weekday names,
teaser headings, interface lines, reporting verbs, modal words, number
words, unit prefixes, letter frequencies, ...) lives in data files under
``toolkit/resources/lang/<code>/``, one file per kind of knowledge, never in
Python code. Adding a language is adding a folder; adding a cue is adding a
line. This module is the only reader of those files.

File shapes
-----------
``<kind>.txt``
    A list: one entry per line. Blank lines and lines starting with ``#``
    are skipped; entries keep their case.
``<kind>.tsv``
    A mapping: ``key<TAB>value`` per line, with the same comment rules.

Month and weekday names come first from CLDR (through :mod:`babel`: wide
and abbreviated, format and stand-alone forms, lower-cased) and are
completed by ``months.tsv`` / ``weekdays.tsv`` for spellings CLDR lacks
(``Sept.``, ``сент``), the way dateparser keeps a short hand-written file per
language on top of CLDR.

The files are read once and cached; an edited file is read again (the cache
is keyed by the file's modification time), and :func:`reload` drops the
cache outright.

Examples
--------
>>> month_names("lt")["rugsėjo"]
9
>>> "said" in words("en", "reporting_verbs")
True
"""

from __future__ import annotations

import functools
import warnings
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names

__all__ = [
    "LANG_DIR",
    "available",
    "month_names",
    "month_names_all",
    "reload",
    "table",
    "table_all",
    "unsupported_counts",
    "warn_skipped",
    "weekday_names",
    "words",
    "words_all",
]

#: Folder of the per-language data files (one sub-folder per ISO 639-1 code).
LANG_DIR = Path(__file__).parent / "resources" / "lang"


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except FileNotFoundError:
        return -1


@functools.lru_cache(maxsize=1024)
def _read_lines(path: Path, mtime: int) -> tuple[str, ...]:
    if mtime < 0:
        return ()
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


def _lines(path: Path) -> tuple[str, ...]:
    return _read_lines(path, _mtime(path))


def reload() -> None:
    """Forget every cached language file (they are read again on next use)."""
    _read_lines.cache_clear()
    month_names.cache_clear()
    weekday_names.cache_clear()


def available(kind: str | None = None) -> list[str]:
    """Language codes that have data, or that have a file of ``kind``.

    Parameters
    ----------
    kind : str, optional
        A kind of knowledge (file name without its ending), e.g. ``"hedges"``.

    Returns
    -------
    list of str
        Sorted ISO 639-1 codes.
    """
    if not LANG_DIR.is_dir():
        return []
    codes = []
    for folder in sorted(p for p in LANG_DIR.iterdir() if p.is_dir()):
        if kind is None or any((folder / f"{kind}{ext}").exists() for ext in (".txt", ".tsv")):
            codes.append(folder.name)
    return codes


def words(lang: str, kind: str) -> tuple[str, ...]:
    """The list of ``kind`` for language ``lang`` (empty when there is none).

    Parameters
    ----------
    lang : str
        ISO 639-1 code, e.g. ``"en"``.
    kind : str
        File name without ``.txt``, e.g. ``"teaser_headings"``.

    Returns
    -------
    tuple of str
    """
    return _lines(LANG_DIR / lang / f"{kind}.txt")


def words_all(kind: str, langs: Iterable[str] | None = None) -> tuple[str, ...]:
    """The lists of ``kind`` of several languages (default: all), joined.

    Order is kept (languages in code order, then file order); duplicates go.
    """
    seen: dict[str, None] = {}
    for lang in available(kind) if langs is None else langs:
        for item in words(lang, kind):
            seen.setdefault(item, None)
    return tuple(seen)


def table(lang: str, kind: str) -> dict[str, str]:
    """The mapping of ``kind`` for language ``lang`` (``key<TAB>value`` lines).

    Parameters
    ----------
    lang : str
        ISO 639-1 code.
    kind : str
        File name without ``.tsv``.

    Returns
    -------
    dict of str to str
        Empty when the language has no such file.

    Raises
    ------
    ValueError
        When a line has no tab: the message names the file and the line.
    """
    path = LANG_DIR / lang / f"{kind}.tsv"
    out: dict[str, str] = {}
    for line in _lines(path):
        key, sep, value = line.partition("\t")
        if not sep:
            raise ValueError(f"{path}: line {line!r} has no tab between key and value")
        out[key.strip()] = value.strip()
    return out


def table_all(kind: str, langs: Iterable[str] | None = None) -> dict[str, str]:
    """The mappings of ``kind`` of several languages (default: all), merged.

    A key defined by two languages keeps the first language's value.
    """
    out: dict[str, str] = {}
    for lang in available(kind) if langs is None else langs:
        for key, value in table(lang, kind).items():
            out.setdefault(key, value)
    return out


def _locale(lang: str) -> Locale | None:
    try:
        return Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return None


def _cldr_names(getter, lang: str) -> dict[str, int]:
    locale = _locale(lang)
    out: dict[str, int] = {}
    if locale is None:
        return out
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in getter(width, context, locale).items():
                out.setdefault(name.casefold(), int(number))
                out.setdefault(name.casefold().rstrip("."), int(number))
    return out


@functools.lru_cache(maxsize=256)
def month_names(lang: str) -> dict[str, int]:
    """Month names of ``lang`` (lower-cased) mapped to month numbers 1-12.

    CLDR's wide and abbreviated names, in format and stand-alone forms
    (so both "сентября" and "сентябрь"), each also without its final full
    stop, then the extra spellings of ``resources/lang/<lang>/months.tsv``.
    """
    out = _cldr_names(get_month_names, lang)
    for name, number in table(lang, "months").items():
        out.setdefault(name.casefold(), int(number))
    return out


@functools.lru_cache(maxsize=256)
def weekday_names(lang: str) -> dict[str, int]:
    """Weekday names of ``lang`` (lower-cased) mapped to 0 (Monday) - 6 (Sunday).

    CLDR's wide and abbreviated names, then ``weekdays.tsv``.
    """
    out = _cldr_names(get_day_names, lang)
    for name, number in table(lang, "weekdays").items():
        out.setdefault(name.casefold(), int(number))
    return out


def month_names_all(langs: Iterable[str] | None = None) -> dict[str, int]:
    """Month names of several languages (default: every language with data)."""
    out: dict[str, int] = {}
    for lang in available() if langs is None else langs:
        for name, number in month_names(lang).items():
            out.setdefault(name, number)
    return out



def unsupported_counts(articles: Any, supported: Iterable[str], default: str | None = None) -> Counter:
    """Articles per language outside ``supported``, read from the ``language`` column.

    The one count behind the "articles skipped" warnings of the stages that
    read only some languages (events, attributions); on a Dask frame it is
    one pass over ``language``.

    Parameters
    ----------
    articles : pandas.DataFrame or dask.dataframe.DataFrame
        Articles; ``language`` is read when present.
    supported : iterable of str
        Language codes the stage reads.
    default : str, optional
        Language of an article whose ``language`` is missing or blank (and
        of every article when there is no such column); ``None`` leaves those
        articles out of the count.

    Returns
    -------
    collections.Counter
        Unsupported language code -> number of articles.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"language": ["en", "hu", None, "hu"]})
    >>> sorted(unsupported_counts(frame, ["en"], default="xx").items())
    [('hu', 2), ('xx', 1)]
    """
    if "language" in articles.columns:
        langs = articles["language"].astype("object").fillna("").astype(str).str.strip()
        counts = langs.replace("", default) if default is not None else langs[langs != ""]
        counts = counts.value_counts()
        counts = counts.compute() if hasattr(counts, "compute") else counts
    else:
        counts = {} if default is None else {default: int(len(articles))}
    keep = set(supported)
    return Counter({str(k): int(v) for k, v in counts.items() if str(k) not in keep})


def warn_skipped(stage: str, counts: Counter, reason: str, advice: str,
                 category: type[Warning], stacklevel: int = 3) -> None:
    """The one "articles skipped" warning of the stages that read only some languages.

    Parameters
    ----------
    stage : str
        The function that skipped them ("extract_events").
    counts : collections.Counter
        Skipped articles per language (:func:`unsupported_counts`); nothing
        is said when it is empty.
    reason : str
        Why, as "no event patterns for their language".
    advice : str
        Where to see them and which languages the stage reads.
    category : type of Warning
        The stage's warning class.
    stacklevel : int
        As :func:`warnings.warn`, counted from this function (the stage's
        caller is 3 when the stage calls this directly).
    """
    if not counts:
        return
    listing = ", ".join(f"{lang}: {n}" for lang, n in sorted(counts.items()))
    warnings.warn(f"{stage}: {sum(counts.values())} article(s) skipped, {reason} ({listing}); {advice}",
                  category, stacklevel=stacklevel)
