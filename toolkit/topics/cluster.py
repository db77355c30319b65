"""The entry point: :func:`cluster_topics`, language by language.

Every language with at least ``min_language_articles`` articles gets topics
of its own, fitted on its own words with its own stop words; topics are
then numbered together, largest first. A language with fewer articles is
not folded into another language's topics: it is listed in
:attr:`TopicModel.languages`, a warning names it, and each of its articles
takes a topic only when it shares a story with an article of that topic (a
copy, or the same names and numbers in the lead: ``assigned_by="story"``;
see :mod:`toolkit.topics.links`), else topic -1; ``reason`` says which.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd

from toolkit.topics.assemble import assemble
from toolkit.topics.fit import fit_group
from toolkit.topics.links import StoryLinks
from toolkit.topics.model import (
    METHODS,
    Method,
    Part,
    TopicModel,
    article_languages,
    check_articles,
    global_weights,
    route_rows,
)
from toolkit.topics.plan import (
    MIN_LANGUAGE_ARTICLES,
    fit_stop_words,
    label_stop_words,
    plan_languages,
    plan_topics,
    warn_unclustered,
)
from toolkit.topics.select import K_RANGE, check_n_topics
from toolkit.topics.stories import DUPLICATE_THRESHOLD, _stories
from toolkit.topics.stream import cluster_minibatch
from toolkit.topics.text import _texts

__all__ = ["cluster_topics"]

def _fit_parts(
    texts: Sequence[str],
    langs: Sequence[str],
    is_rep: np.ndarray,
    plan: dict[str, list[int]],
    *,
    method: str,
    vectorizer_params: dict[str, Any] | None,
    n_terms: int,
) -> tuple[dict[str, Part], list, pd.DataFrame, dict[str, tuple[np.ndarray, Any]]]:
    """Fit every clustered language; topic ids are provisional (in fitting order).

    Also returns, per language, the rows fitted and their TF-IDF matrix.
    """
    label_stop = label_stop_words(langs)
    lang_array = np.asarray(langs, dtype=object)
    parts: dict[str, Part] = {}
    terms: list = []
    curves = []
    known = {}
    for lang, ks in plan.items():
        rows = np.flatnonzero(is_rep & (lang_array == lang))
        fit = fit_group(
            [texts[i] for i in rows],
            language=lang,
            method=method,
            ks=ks,
            vectorizer_params=vectorizer_params,
            stop=fit_stop_words(lang),
            label_stop=label_stop,
            n_terms=n_terms,
        )
        parts[lang] = Part(lang, method, fit.pipeline, np.arange(len(terms), len(terms) + len(fit.terms)))
        terms += fit.terms
        curves.append(fit.selection)
        known[lang] = (rows, fit.matrix)
    return parts, terms, pd.concat(curves, ignore_index=True), known


def cluster_topics(
    articles: pd.DataFrame,
    n_topics: int | Literal["auto"] = "auto",
    method: Method = "nmf",
    random_state: int = 0,
    *,
    k_range: tuple[int, int] = K_RANGE,
    duplicate_threshold: float | None = DUPLICATE_THRESHOLD,
    min_language_articles: int = MIN_LANGUAGE_ARTICLES,
    min_language_share: float | None = None,
    n_terms: int = 10,
    n_representatives: int = 3,
    vectorizer_params: dict[str, Any] | None = None,
    chunk_size: int = 5000,
    sample_size: int = 10_000,
    copies: Any = None,
) -> TopicModel:
    """Cluster articles into labelled topics, language by language, reproducibly.

    Parameters
    ----------
    articles : pandas.DataFrame or dask.dataframe.DataFrame
        Articles frame (:data:`toolkit.schema.ARTICLES`); needs
        ``article_id`` and ``text``; ``title``, ``language``, ``outlet``,
        ``published`` and ``duplicate_of`` are used when present. Not
        modified. A Dask frame is accepted by ``method="minibatch"`` only.
    n_topics : int or "auto"
        ``"auto"``: per language, the most stable number in ``k_range``
        (see :mod:`toolkit.topics.select`; the figures are in
        ``selection``). An int: the total number of topics, shared among
        the clustered languages in proportion to their stories.
    method : {"nmf", "kmeans", "minibatch"}
        NMF on TF-IDF; k-means on LSA; or the scalable path (hashing, LSA
        and k-means fitted on a hashed sample, then every article assigned
        chunk by chunk, or on the Dask workers partition by partition; see
        :mod:`toolkit.topics.stream`).
        Cross-seed agreement, measured: adjusted Rand index 1.000 between
        ``random_state`` 0, 1 and 2 for every method, with ``"auto"`` and
        at a fixed k, on the 1,010 pages of the extraction bench
        (``benchmarks/topics.py --bench``; plain TF-IDF + NMF 0.775,
        TF-IDF + MiniBatchKMeans 0.50 at the same k): no step depends on
        the seed (tree-started fits, fixed seeds
        for the resamples that choose k, the LSA and the minibatch sample).
        The minibatch sample is drawn by hashing article ids, so a corpus
        larger than ``sample_size`` gets the same topics from any seed too
        (tested); a Dask frame gives the same tables as a pandas frame of
        the same rows, however it is partitioned (tested).
    random_state : int
        Kept in ``params``; no result depends on it (see above).
    k_range : (int, int)
        Smallest and largest number of topics per language tried by ``"auto"``.
    duplicate_threshold : float or None
        Containment that :func:`toolkit.sources.find_copies` needs to
        confirm two articles as copies of one story; ``None`` (or a value
        above 1, which no pair reaches) uses only ``duplicate_of``.
    min_language_articles : int
        Articles a language needs to get topics of its own (the largest
        language always does).
    min_language_share : float, optional
        Also require this share of the corpus.
    n_terms, n_representatives : int
        Top terms and representative articles listed per topic.
    vectorizer_params : dict, optional
        Overrides for ``TfidfVectorizer`` (or ``HashingVectorizer`` for
        ``minibatch``), e.g. ``{"ngram_range": (1, 2)}`` for two-word phrases.
    chunk_size, sample_size : int
        ``minibatch`` only: rows of a pandas frame assigned at a time (a
        Dask frame goes by its partitions), and articles per language drawn
        (by hashing their ids) to fit IDF, LSA and k-means (and to choose
        ``n_topics`` when ``"auto"``).
    copies : pandas.DataFrame or dask.dataframe.DataFrame, optional
        The frame :func:`toolkit.sources.find_copies` returned for these
        same articles (:data:`toolkit.schema.COPIES`; ``article_id``,
        ``group`` and ``original_id`` are read), so the copy detector does
        not run a second time: the stories are built from it, with the same
        result as the default call when it was found with
        ``threshold=duplicate_threshold`` (its default) and the default
        outlet registry, or one that types none of these outlets differently.
        ``None`` (default): the detector runs here. Not used when
        ``duplicate_threshold`` is ``None`` or above 1 (still checked). On
        the minibatch path the detector still runs within each language's
        sample (at most ``sample_size`` articles), as without ``copies``.

    Returns
    -------
    TopicModel
        For a Dask frame, ``assignments`` is a Dask frame (kept on the
        workers); the other tables are pandas frames.

    Raises
    ------
    ValueError
        Empty frame, missing columns, no usable words, or fewer distinct
        stories than topics; ``copies`` lacking a column, with empty
        values, or naming an article id that is not in ``articles`` (or
        that several rows share).

    Examples
    --------
    >>> import pandas as pd
    >>> docs = ["striker goal league", "goal league coach striker",
    ...         "rent energy prices", "energy prices rent bills"]
    >>> frame = pd.DataFrame({"article_id": list("abcd"), "text": docs})
    >>> cluster_topics(frame, n_topics=2, method="kmeans").topics["size"].tolist()
    [2, 2]
    """
    if method not in METHODS:
        raise ValueError(f"method: expected one of {list(METHODS)}, got {method!r}")
    check_n_topics(n_topics)
    params = {
        "n_topics": n_topics, "method": method, "random_state": random_state, "k_range": tuple(k_range),
        "duplicate_threshold": duplicate_threshold, "min_language_articles": min_language_articles,
        "min_language_share": min_language_share, "n_terms": n_terms,
        "vectorizer_params": dict(vectorizer_params or {}),
    }
    if method == "minibatch":
        return cluster_minibatch(
            articles, n_topics=n_topics, params={**params, "chunk_size": chunk_size, "sample_size": sample_size},
            n_representatives=n_representatives, copies=copies,
        )
    frame = check_articles(articles, "articles").reset_index(drop=True)
    if len(frame) == 0:
        raise ValueError("articles: the frame is empty; nothing to cluster")
    if frame["article_id"].isna().any():
        raise ValueError("articles: column 'article_id' has empty values")
    texts = _texts(frame)
    langs = article_languages(frame)
    story = _stories(frame, duplicate_threshold, copies)
    is_rep = story == np.arange(len(frame))
    stories = Counter(lang for lang, rep in zip(langs, is_rep, strict=True) if rep)
    clustered = plan_languages(langs, stories, min_language_articles, min_language_share, n_topics == "auto")
    plan = plan_topics(n_topics, k_range, {lang: stories[lang] for lang in clustered})
    warn_unclustered(langs, clustered, min_language_articles)
    parts, terms, selection, known = _fit_parts(
        texts, langs, is_rep, plan, method=method,
        vectorizer_params=vectorizer_params, n_terms=n_terms,
    )
    route = route_rows(parts, langs, texts)
    weights, empty = global_weights(parts, texts, route, len(terms), known)
    fit_mask = is_rep & np.isin(np.asarray(langs, dtype=object), list(parts))
    links = StoryLinks(texts)
    return assemble(
        frame=frame, langs=langs, story=story, fit_mask=fit_mask, parts=parts, terms=terms,
        selection=selection, weights=weights, empty=empty, route=route, method=method, params=params,
        n_representatives=n_representatives, links=links, anchors=links.corpus_vectors,
    )
