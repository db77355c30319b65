"""Framing words: terms that set one group of outlets apart, and how outlets name the key actors.

:func:`distinctive_terms` is the log-odds ratio with an informative
Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words");
:func:`actor_naming` reads the title or epithet written before a name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from toolkit.sources.copies import _fold

__all__ = [
    "actor_naming",
    "distinctive_terms",
]


_TERM = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]", re.UNICODE)


def _counts(texts: Iterable[str], ngram: int, stop: frozenset[str]) -> Counter[str]:
    total: Counter[str] = Counter()
    for text in texts:
        words = [w.replace("’", "'") for w in _TERM.findall(_fold(text or ""))]
        if ngram == 1:
            total.update(w for w in words if w not in stop)
        else:
            total.update(
                " ".join(words[i : i + ngram])
                for i in range(len(words) - ngram + 1)
                if words[i] not in stop and words[i + ngram - 1] not in stop
            )
    return total


def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


def distinctive_terms(
    articles: pd.DataFrame,
    by: str = "outlet",
    a: str | Sequence[str] | None = None,
    b: str | Sequence[str] | None = None,
    *,
    ngram: int = 1,
    prior_scale: float = 1.0,
    min_count: int = 3,
    stop_words: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Words that set group ``a`` apart from group ``b``: "Fightin' Words" log-odds.

    The log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi
    and Quinn 2008, eq. 16-22): with counts ``y_a``, ``y_b``, totals ``n_a``,
    ``n_b`` and prior pseudo-counts ``alpha_w`` proportional to the term's
    count in the whole corpus (summing to ``alpha_0``),

    ``delta_w = log((y_aw + alpha_w) / (n_a + alpha_0 - y_aw - alpha_w))
    - log((y_bw + alpha_w) / (n_b + alpha_0 - y_bw - alpha_w))``,

    ``var(delta_w) ~ 1 / (y_aw + alpha_w) + 1 / (y_bw + alpha_w)`` and
    ``z = delta_w / sqrt(var)``. Positive z leans to ``a``.

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles with ``text`` and the ``by`` column.
    by : str
        Column that defines the groups (``"outlet"``, ``"outlet_type"``, ...).
    a, b : str or sequence of str, optional
        Values of ``by`` in each group. ``b`` defaults to every other row;
        ``a`` defaults to the most frequent value.
    ngram : int
        1 for words, 2 for two-word phrases.
    prior_scale : float
        ``alpha_0`` as a multiple of the corpus size in tokens (1.0: the
        corpus counts themselves are the prior).
    min_count : int
        Drop terms seen fewer times than this in a and b together.
    stop_words : iterable of str, optional
        Terms to ignore (default: scikit-learn's English list).

    Returns
    -------
    pandas.DataFrame
        ``term``, ``count_a``, ``count_b``, ``delta``, ``se``, ``z``, ``leans``
        (``a`` or ``b``), sorted by ``z`` descending.
    """
    if by not in articles:
        raise KeyError(f"distinctive_terms: no column {by!r}; use one of {list(articles.columns)}")
    values = articles[by].astype("string")
    a_vals = [a] if isinstance(a, str) else list(a) if a is not None else [values.value_counts().index[0]]
    in_a = values.isin(a_vals).fillna(False).to_numpy(bool)
    if b is None:
        in_b = ~in_a
    else:
        b_vals = [b] if isinstance(b, str) else list(b)
        in_b = values.isin(b_vals).fillna(False).to_numpy(bool)
    if not in_a.any() or not in_b.any():
        raise ValueError(f"distinctive_terms: group {'a' if not in_a.any() else 'b'} has no articles in column {by!r}")
    stop = frozenset(stop_words) if stop_words is not None else _stop_words()
    texts = articles["text"].fillna("")
    prior = _counts(texts, ngram, stop)
    ya = _counts(texts[in_a], ngram, stop)
    yb = _counts(texts[in_b], ngram, stop)
    terms = sorted(t for t in prior if ya.get(t, 0) + yb.get(t, 0) >= min_count)
    if not terms:
        return pd.DataFrame(columns=["term", "count_a", "count_b", "delta", "se", "z", "leans"])
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
    return out.sort_values(["z", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)


# Words that may stand before a name as its title or epithet ("authoritarian leader Alexander Lukashenko").
_EPITHET = re.compile(
    r"((?:[\w’'-]+\s){0,3}?(?:leader|president|ruler|dictator|strongman|head|envoy|chief|minister|"
    r"spokesman|spokeswoman|spokesperson|official|opposition\sleader|laureate|activist|politician)"
    r"(?:\s(?:of|for)\s[\w’'-]+)?)\s+$",
    re.I,
)


def actor_naming(articles: pd.DataFrame, names: dict[str, Sequence[str]], by: str = "outlet") -> pd.DataFrame:
    """How each outlet names the key actors: the title or epithet before the name.

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles with ``text`` and the ``by`` column.
    names : dict
        Canonical actor -> spellings to look for, e.g.
        ``{"Alexander Lukashenko": ["Lukashenko", "Lukashenka"]}``.
    by : str
        Grouping column.

    Returns
    -------
    pandas.DataFrame
        ``by`` value, ``actor``, ``naming`` (e.g. ``"authoritarian leader"``,
        ``"President"``, or ``"(name only)"``), ``mentions``.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"outlet": ["a.example"], "text": ["Belarus' authoritarian leader Alexander Lukashenko met him."]})
    >>> actor_naming(df, {"Lukashenko": ["Lukashenko"]})["naming"].tolist()
    ['authoritarian leader']
    """
    rows = []
    for actor, spellings in names.items():
        alts = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
        pattern = re.compile(rf"(?:\b[A-Z][a-z]+\s)?\b(?:{alts})\b")
        for group, text in zip(articles[by], articles["text"].fillna(""), strict=True):
            for m in pattern.finditer(text):
                before = text[max(0, m.start() - 80) : m.start()]
                before = re.split(r"[.!?;:,\"“”()]", before)[-1]
                e = _EPITHET.search(before + " ")
                if e:
                    # "on the phone with Belarusian leader": the epithet starts after the last preposition
                    naming = re.split(r"\b(?:with|by|to|on|in|at|from|and|that|as|when|after|before|than)\s+", e.group(1).strip())[-1]
                    naming = re.sub(r"^(?:the|a|an|belarus[’']?s?|belarusian)\s+", "", naming, flags=re.I)
                    naming = naming.strip() or "(name only)"
                else:
                    naming = "(name only)"
                rows.append({by: group, "actor": actor, "naming": naming})
    frame = pd.DataFrame(rows, columns=[by, "actor", "naming"])
    out = frame.groupby([by, "actor", "naming"]).size().rename("mentions").reset_index()
    return out.sort_values([by, "actor", "mentions", "naming"], ascending=[True, True, False, True], kind="stable").reset_index(drop=True)
