"""Event extraction over a frame of articles (pandas or Dask).

:func:`extract_events` maps the per-article function
:func:`toolkit.events.extract.text_events` over the rows (or over the
partitions of a Dask frame) and lists the articles whose language has no
patterns instead of dropping them silently.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pandas as pd

from toolkit.events.extract import text_events
from toolkit.events.patterns import Patterns, available_languages, load_patterns, readable_languages
from toolkit.events.registry import with_registry_types
from toolkit.gazetteer import Gazetteer, load_gazetteer
from toolkit.languages import unsupported_counts, warn_skipped
from toolkit.schema import EVENTS, validate

__all__ = ["UnsupportedLanguageWarning", "extract_events", "unsupported_articles"]


class UnsupportedLanguageWarning(UserWarning):
    """Some articles are in a language that has no event patterns."""


def _column(frame: pd.DataFrame, name: str) -> list[Any]:
    return frame[name].tolist() if name in frame else [None] * len(frame)


def _text_or_none(value: Any) -> str | None:
    return None if value is None or pd.isna(value) else str(value)


def _article_rows(frame: pd.DataFrame, gazetteer: Gazetteer, default_language: str
                  ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    supported = set(readable_languages())
    patterns: dict[str, Patterns] = {}
    # without an article_id column, the row label names the article
    ids = _column(frame, "article_id") if "article_id" in frame else [str(i) for i in frame.index]
    for text, aid, outlet, pub, lang, place, day in zip(
            frame["text"].tolist(), ids, _column(frame, "outlet"), _column(frame, "published"),
            _column(frame, "language"), _column(frame, "dateline"), _column(frame, "dateline_date"),
            strict=True):
        # the dateline as written, its day with it ("VILNIUS, Sept 11")
        dateline = ", ".join(filter(None, (_text_or_none(place), _text_or_none(day)))) or None
        aid, outlet = _text_or_none(aid), _text_or_none(outlet)
        lang = _text_or_none(lang) or default_language
        if text is None or pd.isna(text):
            continue
        if lang not in supported:
            skipped.append({"article_id": aid, "outlet": outlet, "language": lang,
                            "reason": f"no event patterns for language {lang!r}"})
            continue
        if lang not in patterns:
            patterns[lang] = load_patterns(lang)
        rows.extend(text_events(str(text), pub, patterns[lang], gazetteer, aid, outlet,
                                 dateline))
    return rows, skipped


def _events_frame(frame: pd.DataFrame, gazetteer: Gazetteer | None = None,
                  default_language: str = "en") -> pd.DataFrame:
    rows, skipped = _article_rows(frame, gazetteer or load_gazetteer(), default_language)
    schema = with_registry_types(EVENTS)
    out = validate(EVENTS.from_records(rows), schema)
    out.attrs["skipped_articles"] = skipped
    return out


def extract_events(articles: Any, *, gazetteer: Gazetteer | None = None,
                   default_language: str = "en", warn: bool = True) -> pd.DataFrame:
    """Extract event mentions from an articles frame.

    Maps :func:`events_from_text` over the rows; the input is not modified.
    Articles whose ``language`` has no pattern file are not silently
    dropped: they are listed in ``result.attrs["skipped_articles"]`` (dicts
    with ``article_id``, ``outlet``, ``language``, ``reason``), and an
    :class:`UnsupportedLanguageWarning` names the languages and counts
    (on a Dask frame too: the ``language`` column is counted first; the
    articles themselves are listed by :func:`unsupported_articles`). The
    result is validated against :data:`toolkit.schema.EVENTS`.

    Parameters
    ----------
    articles : pandas.DataFrame or dask.dataframe.DataFrame
        Needs ``text``; uses ``article_id`` (else the row label),
        ``outlet``, ``published`` and ``language`` when present (ARTICLES
        schema). A Dask frame is mapped partition by partition and a Dask
        frame is returned.
    gazetteer : Gazetteer, optional
        Name normalisation; defaults to :func:`load_gazetteer` (bundled file
        plus ``TOOLKIT_GAZETTEER``).
    default_language : str
        Language assumed where ``language`` is missing.
    warn : bool
        Emit the warning about unsupported languages.

    Returns
    -------
    pandas.DataFrame
        EVENTS schema, one row per mention.

    Examples
    --------
    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a1"], "outlet": ["x.example"],
    ...     "published": [pd.Timestamp("2025-12-13", tz="UTC")], "language": ["en"],
    ...     "text": ["Belarus pardoned 123 prisoners on Saturday."]})
    >>> extract_events(arts)[["event_type", "count"]].to_dict("records")
    [{'event_type': 'pardon', 'count': 123}]
    """
    if hasattr(articles, "map_partitions") and not isinstance(articles, pd.DataFrame):
        if "text" not in articles.columns:
            raise ValueError("extract_events: the articles frame has no 'text' column")
        if warn:
            _warn_unsupported(unsupported_counts(articles, readable_languages(), default_language))
        return articles.map_partitions(_events_frame, gazetteer, default_language,
                                       meta=EVENTS.empty())
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(
            f"extract_events: expected a pandas or Dask DataFrame, got {type(articles).__name__}; "
            "for one text use events_from_text(text, published)"
        )
    if "text" not in articles.columns:
        raise ValueError(
            "extract_events: the articles frame has no 'text' column "
            f"(columns: {list(articles.columns)}); load articles with toolkit.load_articles"
        )
    out = _events_frame(articles, gazetteer, default_language)
    if warn:
        _warn_unsupported(Counter(s["language"] for s in out.attrs["skipped_articles"]))
    return out


def _warn_unsupported(by_lang: Counter) -> None:
    warn_skipped("extract_events", by_lang, "no event patterns for their language",
                 "see result.attrs['skipped_articles'] (pandas) or toolkit.events.unsupported_articles(articles) "
                 f"(pandas or Dask); available: {available_languages()}",
                 UnsupportedLanguageWarning, stacklevel=4)


def unsupported_articles(articles: pd.DataFrame, default_language: str = "en") -> pd.DataFrame:
    """Articles whose language has no event patterns.

    Parameters
    ----------
    articles : pandas.DataFrame or dask.dataframe.DataFrame
        ARTICLES table (``language`` is read; missing means ``default_language``);
        a Dask frame gives a Dask frame.
    default_language : str
        Language assumed where ``language`` is missing.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``outlet`` (when present) and ``language`` of each
        such article.

    Examples
    --------
    >>> import pandas as pd
    >>> unsupported_articles(pd.DataFrame({"article_id": ["a"], "language": ["xx"],
    ...                                    "text": ["Belarus ..."]}))["language"].tolist()
    ['xx']
    """
    if hasattr(articles, "map_partitions") and not isinstance(articles, pd.DataFrame):
        cols = [c for c in ("article_id", "outlet", "language") if c in articles.columns]
        meta = pd.DataFrame({c: pd.Series(dtype="string" if c == "language" else "object")
                             for c in ("article_id", "outlet", "language") if c in cols
                             or c == "language"})
        return articles.map_partitions(unsupported_articles, default_language, meta=meta)
    langs = articles["language"] if "language" in articles else pd.Series(
        [default_language] * len(articles), index=articles.index)
    langs = langs.astype("object").where(langs.notna(), default_language)
    mask = ~langs.isin(readable_languages())
    cols = [c for c in ("article_id", "outlet", "language") if c in articles.columns]
    out = articles.loc[mask, cols].copy()
    out["language"] = langs[mask].astype("string")
    return out.reset_index(drop=True)
