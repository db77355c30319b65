"""Text for topic clustering: normalisation, stop words per language, TF-IDF settings.

Stop words come from the stopwords-iso collection (package
``stopwordsiso``, 58 languages, MIT licence), completed by the project's
``toolkit/resources/lang/<code>/stop_words.txt`` (news boilerplate such as
"said", "reuters", "sagten", "заявил"), read through
:mod:`toolkit.languages`. Transliteration of Cyrillic and the folding of
German letters are data too (``transliteration.tsv`` and
``transliteration_dropped.txt`` per language), so that ``Лукашенко`` and
``Lukashenko`` are one term. The files are read once per process;
:func:`reload` reads them again.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd
import stopwordsiso

from toolkit import languages

__all__ = [
    "NEWS_STOP_WORDS",
    "TOKEN_PATTERN",
    "content_word",
    "news_preprocessor",
    "reload",
    "stop_words",
]

#: Tokens: two or more letters/digits starting with a letter (no bare numbers,
#: which are mostly dates and counts shared by every topic).
TOKEN_PATTERN = r"(?u)\b[^\W\d_][^\W_]+\b"
_TOKEN = re.compile(TOKEN_PATTERN)
_URL = re.compile(r"https?://\S+|www\.\S+")

#: English news boilerplate (reporting verbs, web chrome, wire credits,
#: weekdays): ``resources/lang/en/stop_words.txt``.
NEWS_STOP_WORDS = frozenset(languages.words("en", "stop_words"))


def _translation(items: tuple[tuple[str, str], ...]) -> tuple[dict[int, str], re.Pattern[str] | None]:
    table = str.maketrans(dict(items)) if items else {}
    letters = "".join(sorted({k for k, _ in items}))
    return table, (re.compile(f"[{re.escape(letters)}]") if letters else None)


@functools.lru_cache(maxsize=1)
def _folding() -> tuple[dict[int, str], re.Pattern[str] | None]:
    pairs = dict(languages.table_all("transliteration"))
    pairs.update({letter: "" for letter in languages.words_all("transliteration_dropped")})
    return _translation(tuple(sorted(pairs.items())))


def reload() -> None:
    """Read the transliteration and stop-word files again on next use.

    They are read once per process (the preprocessor runs once per
    document); call this after editing them in a running session.
    """
    languages.reload()
    _folding.cache_clear()
    _language_stop_words.cache_clear()


def news_preprocessor(text: str) -> str:
    """Lower-case, drop URLs, transliterate Cyrillic and fold German letters.

    Parameters
    ----------
    text : str
        Any article text.

    Returns
    -------
    str

    Examples
    --------
    >>> news_preprocessor("Лукашенко pardoned 52, see https://x.example/a")
    'lukashenko pardoned 52, see  '
    """
    text = str(text).lower()
    if "http" in text or "www." in text:
        text = _URL.sub(" ", text)
    table, needs = _folding()
    if needs is not None:
        # only the letters to fold are replaced: str.translate with a dict
        # looks up every character (0.29 s against 0.03 s on the bench's pages)
        text = needs.sub(lambda match: table[ord(match.group())], text)
    return text


@functools.lru_cache(maxsize=256)
def _language_stop_words(lang: str) -> frozenset[str]:
    raw = set(languages.words(lang, "stop_words"))
    if stopwordsiso.has_lang(lang):
        raw |= set(stopwordsiso.stopwords(lang))
    # the same normalisation and tokens as the texts ("don't" -> "don")
    return frozenset(t for w in raw for t in _TOKEN.findall(news_preprocessor(w)))


def stop_words(langs: str | Iterable[str] | None = None) -> list[str]:
    """The sorted stop list of one or more languages, as the texts are normalised.

    Parameters
    ----------
    langs : str or iterable of str, optional
        ISO 639-1 codes. Default: every language that has a list (the 58
        of stopwords-iso and any with a ``stop_words.txt`` of the project).

    Returns
    -------
    list of str
        Words passed through :func:`news_preprocessor` (Russian words are
        transliterated like the text).

    Examples
    --------
    >>> {"said", "the", "und", "dass", "chto"} <= set(stop_words())
    True
    >>> "und" in stop_words("en")
    False
    """
    if langs is None:
        langs = sorted(set(stopwordsiso.langs()) | set(languages.available("stop_words")))
    elif isinstance(langs, str):
        langs = [langs]
    out: set[str] = set()
    for lang in langs:
        out |= _language_stop_words(str(lang).lower())
    return sorted(out)


def content_word(term: str, stop: frozenset[str] | set[str]) -> bool:
    """Whether every word of ``term`` (a word or phrase) is a content word.

    Parameters
    ----------
    term : str
        A vocabulary entry: one word or a space-separated phrase.
    stop : set of str
        Normalised stop words (see :func:`stop_words`).

    Returns
    -------
    bool
    """
    return all(w not in stop for w in term.split())


def _texts(frame: pd.DataFrame) -> list[str]:
    """Title and body joined, one string per row."""
    text = frame["text"].astype("string").fillna("")
    if "title" in frame.columns:
        title = frame["title"].astype("string").fillna("")
        text = title + "\n\n" + text
    return text.tolist()


def _vectorizer_params(
    n_docs: int, overrides: dict[str, Any] | None, stop: list[str] | None = None
) -> dict[str, Any]:
    # min_df: a topic word is shared by several stories; a name or typo seen
    # in one or two stories describes a story, not a topic. Three stories
    # once there are 30, 0.05 % of them in large corpora. max_df: terms in
    # almost every story carry no topic.
    min_df: int = 1 if n_docs < 10 else 2 if n_docs < 30 else max(3, int(0.0005 * n_docs))
    params: dict[str, Any] = {
        "preprocessor": news_preprocessor,
        "token_pattern": TOKEN_PATTERN,
        "stop_words": stop if stop is not None else stop_words(),
        # words only: two-word phrases took 1.5 s of the 4.3 s of CPU on the
        # extraction bench (scikit-learn sorts every phrase before min_df
        # prunes them) and changed no grouping of the practice corpus
        "ngram_range": (1, 1),
        "min_df": min_df,
        "max_df": 0.9 if n_docs >= 10 else 1.0,
        "sublinear_tf": True,
        "max_features": 50_000,
        "dtype": np.float64,
    }
    params.update(overrides or {})
    return params
