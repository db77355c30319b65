"""Framing words: terms that set one group of outlets apart, and how outlets name the key actors.

:func:`distinctive_terms` is the log-odds ratio with an informative
Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words"), with a
``significant`` flag at a stated level; :func:`actor_naming` reads the title
or epithet written before a name (``epithets.txt`` of each language).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from toolkit.gazetteer import load_gazetteer
from toolkit.languages import available, words
from toolkit.parallel import reduce_partitions, same_kind
from toolkit.schema import ACTOR_NAMING, DISTINCTIVE_TERMS
from toolkit.sources.copies import fold
from toolkit.sources.cues import LOWER, UPPER, letter_folding, phrase_pattern
from toolkit.sources.tables import typed

__all__ = [
    "Z_THRESHOLD",
    "actor_naming",
    "distinctive_terms",
]

#: Default |z| for a significant term: Monroe et al.'s two-sided 5% level.
Z_THRESHOLD = 1.96

_TERM = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]", re.UNICODE)
# Characters before a name searched for its epithet, and what ends a clause there.
_EPITHET_WINDOW = 80
_CLAUSE_END = re.compile(r"[.!?;:,\"“”()]")
_NAMING_ONLY = "(name only)"


def _terms(text: str, ngram: int, stop: frozenset[str], folding: dict[int, str]) -> list[str]:
    """The counted terms of one text, in order."""
    words = [w.replace("’", "'") for w in _TERM.findall(fold(text or "", folding))]
    if ngram == 1:
        return [w for w in words if w not in stop]
    return [
        " ".join(words[i : i + ngram])
        for i in range(len(words) - ngram + 1)
        if words[i] not in stop and words[i + ngram - 1] not in stop
    ]


def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


def distinctive_terms(
    articles: Any,
    by: str = "outlet",
    a: str | Sequence[str] | None = None,
    b: str | Sequence[str] | None = None,
    *,
    ngram: int = 1,
    prior_scale: float = 1.0,
    min_count: int = 3,
    stop_words: Iterable[str] | None = None,
    z_threshold: float = Z_THRESHOLD,
) -> Any:
    """Words that set group ``a`` apart from group ``b``: "Fightin' Words" log-odds.

    The log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi
    and Quinn 2008, eq. 16-22): with counts ``y_a``, ``y_b``, totals ``n_a``,
    ``n_b`` and prior pseudo-counts ``alpha_w`` proportional to the term's
    count in the whole corpus (summing to ``alpha_0``),

    ``delta_w = log((y_aw + alpha_w) / (n_a + alpha_0 - y_aw - alpha_w))
    - log((y_bw + alpha_w) / (n_b + alpha_0 - y_bw - alpha_w))``,

    ``var(delta_w) ~ 1 / (y_aw + alpha_w) + 1 / (y_bw + alpha_w)`` and
    ``z = delta_w / sqrt(var)``. Positive z leans to ``a``.

    A term is ``significant`` when ``|z| >= z_threshold``. Monroe et al. treat
    terms with ``|z| < 1.96`` (a two-sided 5% level) as not distinguishable,
    so the default keeps their level; a chart of "distinctive" words should
    draw only significant terms. The level is per term: with thousands of
    terms tested, some pass by chance (raise ``z_threshold``, e.g. to 3.29
    for 0.1%, to be stricter).

    Parameters
    ----------
    articles : pandas.DataFrame or dask.dataframe.DataFrame
        Articles with ``text`` and the ``by`` column. A Dask frame's term
        counts are made partition by partition and added before the
        log-odds are computed.
    by : str
        Column that defines the groups (``"outlet"``, ``"outlet_type"``, ...).
    a, b : str or sequence of str, optional
        Values of ``by`` in each group. ``b`` defaults to every other row;
        ``a`` defaults to the most frequent value (of equally frequent
        ones, the first to appear).
    ngram : int
        1 for words, 2 for two-word phrases.
    prior_scale : float
        ``alpha_0`` as a multiple of the corpus size in tokens (1.0: the
        corpus counts themselves are the prior).
    min_count : int
        Drop terms seen fewer times than this in a and b together.
    stop_words : iterable of str, optional
        Terms to ignore (default: scikit-learn's English stop list,
        ``sklearn.feature_extraction.text.ENGLISH_STOP_WORDS``; pass a list
        for other languages, e.g. ``toolkit.languages.words("ru", ...)``).
    z_threshold : float
        ``|z|`` at or above which a term is ``significant`` (default 1.96).

    Returns
    -------
    pandas.DataFrame or dask.dataframe.DataFrame
        The same kind as ``articles``. DISTINCTIVE_TERMS schema: ``term``, ``count_a``, ``count_b``,
        ``delta``, ``se``, ``z`` (rounded to 3 decimals), ``leans`` (``a`` or
        ``b``) and ``significant`` (``|z| >= z_threshold``, on the rounded z
        shown), sorted by ``z`` descending.

    Raises
    ------
    KeyError
        When ``by`` is not a column.
    ValueError
        When a group has no articles, or ``z_threshold`` is negative or not finite.

    Examples
    --------
    >>> import pandas as pd
    >>> arts = pd.DataFrame({"outlet": ["a", "a", "b", "b"],
    ...     "text": ["regime regime prisoners", "regime prisoners", "president prisoners", "president president prisoners"]})
    >>> distinctive_terms(arts, a="a", b="b", min_count=1, stop_words=[])[["term", "leans", "significant"]].values.tolist()
    [['regime', 'a', False], ['prisoners', 'a', False], ['president', 'b', False]]
    """
    if not np.isfinite(z_threshold) or z_threshold < 0:
        raise ValueError(f"distinctive_terms: z_threshold must be a finite number >= 0, got {z_threshold!r}")
    if by not in articles.columns:
        raise KeyError(f"distinctive_terms: no column {by!r}; use one of {list(articles.columns)}")
    columns = articles[[by, "text"]]
    a_vals = [a] if isinstance(a, str) else list(a) if a is not None else [_most_frequent(columns, by)]
    b_vals = None if b is None else [b] if isinstance(b, str) else list(b)
    stop = frozenset(stop_words) if stop_words is not None else _stop_words()
    n_a, n_b, prior, ya, yb = reduce_partitions(columns, _group_counts, _add_group_counts, by, a_vals, b_vals,
                                                ngram, stop, letter_folding())
    if not n_a or not n_b:
        raise ValueError(f"distinctive_terms: group {'a' if not n_a else 'b'} has no articles in column {by!r}")
    return same_kind(articles, _log_odds(prior, ya, yb, prior_scale, min_count, z_threshold))


def _values(frame: pd.DataFrame, by: str) -> dict[Any, int]:
    """Rows per value of ``by``, in order of first appearance."""
    return frame[by].astype("string").value_counts(sort=False, dropna=True).to_dict()


def _add_values(parts: list[dict[Any, int]]) -> dict[Any, int]:
    total: dict[Any, int] = {}
    for part in parts:
        for value, n in part.items():
            total[value] = total.get(value, 0) + n
    return total


def _most_frequent(frame: Any, by: str) -> Any:
    """The most frequent value of ``by``; of equally frequent ones, the first to appear."""
    counts = reduce_partitions(frame, _values, _add_values, by)
    if not counts:
        raise ValueError(f"distinctive_terms: column {by!r} has no values")
    return max(counts.items(), key=lambda item: item[1])[0]


def _group_counts(frame: pd.DataFrame, by: str, a_vals: list[Any], b_vals: list[Any] | None, ngram: int,
                  stop: frozenset[str], folding: dict[int, str]) -> tuple[int, int, Counter, Counter, Counter]:
    """Rows in a and b, and the term counts of all rows, of a and of b, in one frame (or partition)."""
    values = frame[by].astype("string")
    in_a = values.isin(a_vals).fillna(False).to_numpy(bool)
    in_b = ~in_a if b_vals is None else values.isin(b_vals).fillna(False).to_numpy(bool)
    prior, ya, yb = Counter(), Counter(), Counter()
    for text, is_a, is_b in zip(frame["text"].fillna(""), in_a, in_b, strict=True):
        terms = _terms(text, ngram, stop, folding)
        prior.update(terms)
        if is_a:
            ya.update(terms)
        if is_b:
            yb.update(terms)
    return int(in_a.sum()), int(in_b.sum()), prior, ya, yb


def _add_group_counts(parts: list[tuple[int, int, Counter, Counter, Counter]]) -> tuple[int, int, Counter, Counter, Counter]:
    n_a, n_b, prior, ya, yb = 0, 0, Counter(), Counter(), Counter()
    for part in parts:
        n_a, n_b = n_a + part[0], n_b + part[1]
        prior.update(part[2])
        ya.update(part[3])
        yb.update(part[4])
    return n_a, n_b, prior, ya, yb


def _log_odds(prior: Counter, ya: Counter, yb: Counter, prior_scale: float, min_count: int,
              z_threshold: float) -> pd.DataFrame:
    """The DISTINCTIVE_TERMS table from the corpus, a and b term counts."""
    terms = sorted(t for t in prior if ya.get(t, 0) + yb.get(t, 0) >= min_count)
    if not terms:
        return DISTINCTIVE_TERMS.empty()
    total_prior = sum(prior.values())
    alpha0 = prior_scale * total_prior
    alpha = np.array([prior[t] for t in terms], float) * (alpha0 / total_prior)
    ca = np.array([ya.get(t, 0) for t in terms], float)
    cb = np.array([yb.get(t, 0) for t in terms], float)
    na, nb = float(sum(ya.values())), float(sum(yb.values()))
    delta = np.log((ca + alpha) / (na + alpha0 - ca - alpha)) - np.log((cb + alpha) / (nb + alpha0 - cb - alpha))
    se = np.sqrt(1.0 / (ca + alpha) + 1.0 / (cb + alpha))
    z = delta / se
    out = pd.DataFrame(
        {"term": terms, "count_a": ca.astype(int), "count_b": cb.astype(int), "delta": delta.round(4), "se": se.round(4), "z": z.round(3)}
    )
    out["leans"] = np.where(out["z"] >= 0, "a", "b")
    out["significant"] = out["z"].abs() >= z_threshold
    out = out.sort_values(["z", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return typed(out, DISTINCTIVE_TERMS)


def _langs(kind: str, langs: Iterable[str] | None) -> list[str]:
    return list(available(kind) if langs is None else langs)


def _epithet_pattern(langs: list[str]) -> re.Pattern[str] | None:
    """Up to three words, an epithet, and an optional link ("head of state"), right before the name."""
    epithets = [e for lang in langs for e in words(lang, "epithets")]
    if not epithets:
        return None
    links = "|".join(re.escape(w) for lang in langs for w in words(lang, "affiliation_prepositions")) or "(?!)"
    alts = "|".join(phrase_pattern(e) for e in sorted(dict.fromkeys(epithets), key=len, reverse=True))
    return re.compile(rf"((?:[\w’'-]+\s){{0,3}}?(?:{alts})(?:\s(?:{links})\s[\w’'-]+)?)\s+$", re.IGNORECASE)


def _naming(before: str, epithet: re.Pattern[str] | None, boundary: re.Pattern[str] | None,
            leading: frozenset[str], possessive: tuple[str, ...]) -> str:
    """The epithet at the end of ``before`` (the text before a name), or "(name only)"."""
    before = _CLAUSE_END.split(before)[-1]
    e = epithet.search(before + " ") if epithet is not None else None
    if not e:
        return _NAMING_ONLY
    # "on the phone with Belarusian leader": the epithet starts after the last preposition
    naming = boundary.split(e.group(1).strip())[-1] if boundary is not None else e.group(1).strip()
    first, *rest = naming.split(None, 1)
    if rest and _is_leading(first, leading, possessive):
        naming = rest[0]  # "the", "Belarusian", "Belarus’": an article or a country, not the epithet
    return naming.strip() or _NAMING_ONLY


def _is_leading(word: str, articles: frozenset[str], possessive: tuple[str, ...]) -> bool:
    if word.casefold() in articles:
        return True
    gazetteer = load_gazetteer()
    bare = word
    for suffix in possessive:
        if bare.endswith(suffix):
            bare = bare[: -len(suffix)]
            break
    for candidate in (word, bare, bare.rstrip("’'")):
        entry = gazetteer.lookup(candidate)
        if entry is not None and entry.kind == "country":
            return True
    return False


def actor_naming(articles: pd.DataFrame, names: dict[str, Sequence[str]], by: str = "outlet",
                 *, langs: Iterable[str] | None = None) -> pd.DataFrame:
    """How each outlet names the key actors: the title or epithet before the name.

    The epithet is up to three words ending in one of the language's
    ``epithets.txt`` entries right before the name (and its first name), in
    the same clause; a leading article or country name ("Belarusian
    leader") is left out.

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles with ``text`` and the ``by`` column.
    names : dict
        Canonical actor -> spellings to look for, e.g.
        ``{"Alexander Lukashenko": ["Lukashenko", "Lukashenka"]}``.
    by : str
        Grouping column.
    langs : iterable of str, optional
        Languages whose epithets are read (default: every language with an
        ``epithets.txt``).

    Returns
    -------
    pandas.DataFrame
        ACTOR_NAMING schema: the ``by`` value, ``actor``, ``naming`` (e.g.
        ``"authoritarian leader"``, ``"President"``, or ``"(name only)"``),
        ``mentions``.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"outlet": ["a.example"], "text": ["Belarus' authoritarian leader Alexander Lukashenko met him."]})
    >>> actor_naming(df, {"Lukashenko": ["Lukashenko"]})["naming"].tolist()
    ['authoritarian leader']
    """
    for column in (by, "text"):
        if column not in articles:
            raise KeyError(f"actor_naming: no column {column!r}; use one of {list(articles.columns)}")
    codes = _langs("epithets", langs)
    epithet = _epithet_pattern(codes)
    bounds = [w for lang in codes for w in words(lang, "epithet_boundaries")]
    boundary = re.compile(r"\b(?:" + "|".join(map(re.escape, bounds)) + r")\s+") if bounds else None
    leading = frozenset(w.casefold() for lang in codes for w in words(lang, "article_words"))
    possessive = tuple(sorted({w for lang in codes for w in words(lang, "possessive_suffixes")}, key=len, reverse=True))
    rows = []
    for actor, spellings in names.items():
        alts = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
        # the name with the first name before it ("Alexander Lukashenko")
        pattern = re.compile(rf"(?:\b{UPPER}{LOWER}+\s)?\b(?:{alts})\b")
        for group, text in zip(articles[by], articles["text"].fillna(""), strict=True):
            for m in pattern.finditer(text):
                before = text[max(0, m.start() - _EPITHET_WINDOW) : m.start()]
                rows.append({by: group, "actor": actor, "naming": _naming(before, epithet, boundary, leading, possessive)})
    frame = pd.DataFrame(rows, columns=[by, "actor", "naming"])
    out = frame.groupby([by, "actor", "naming"]).size().rename("mentions").reset_index()
    out = out.sort_values([by, "actor", "mentions", "naming"], ascending=[True, True, False, True], kind="stable")
    return typed(out.reset_index(drop=True), ACTOR_NAMING)
