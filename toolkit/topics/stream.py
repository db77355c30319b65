"""The scalable path (``method="minibatch"``): hashing, a sampled LSA, streamed k-means.

Per clustered language: a ``HashingVectorizer`` (no vocabulary in memory),
IDF and a 100-dimensional LSA fitted on a sample of ``sample_size`` of its
articles, and a ``MiniBatchKMeans`` started from a k-means on that sample.
The corpus is then streamed once in chunks of ``chunk_size`` rows (or
partition by partition for a Dask DataFrame): each chunk's rows are hashed
and projected in their language's space and fed to its
``partial_fit``. Copies are found as in memory (:func:`toolkit.sources.find_copies`),
between rows of one chunk (copies of a story are usually published
together, so a corpus sorted by date keeps most of them in one chunk);
the copies of a story share a weight of one. Only the LSA vectors (100
floats per article) and the names-and-numbers vector of each lead (a few
dozen entries) are kept. An article of a language that was not clustered
takes the topic of an article it shares a story with, as in memory (see
:mod:`toolkit.topics.links`; which words are names, and how rare each
anchor is, are learnt from the samples and those articles), else -1.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.cluster import MiniBatchKMeans
from sklearn.feature_extraction.text import (
    HashingVectorizer,
    TfidfTransformer,
)
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import Normalizer

from toolkit.sampling import stable_hash
from toolkit.topics.assemble import assemble
from toolkit.topics.fit import Seeds, kmeans_from, kmeans_labels, lsa
from toolkit.topics.links import StoryLinks
from toolkit.topics.model import Part, TopicModel, article_languages, check_articles, is_dask
from toolkit.topics.plan import (
    fit_stop_words,
    label_stop_words,
    plan_languages,
    plan_topics,
    warn_unclustered,
)
from toolkit.topics.select import fixed_selection, one_thread, stability_curve
from toolkit.topics.stories import _stories
from toolkit.topics.text import TOKEN_PATTERN, _texts, content_word, news_preprocessor

__all__ = ["HASH_FEATURES", "SAMPLE_SEED", "cluster_minibatch"]


def _chunks(frame: pd.DataFrame, size: int) -> Iterator[pd.DataFrame]:
    for start in range(0, len(frame), size):
        yield frame.iloc[start : start + size]


#: Hash buckets of the scalable path: 2**18 keeps the 100 LSA components at
#: 200 MB while collisions stay rare for news vocabularies.
HASH_FEATURES = 2**18


#: Seed of the hash that draws each language's sample (of article ids). Fixed,
#: not the caller's ``random_state``: a sample that changes with the seed
#: changes k and the topics (see :data:`toolkit.topics.select.RESAMPLE_SEED`).
SAMPLE_SEED = 0
#: Hash buckets kept for the LSA (most frequent in the sample).
_MAX_BUCKETS = 50_000
#: Texts analysed at a time when the sample is hashed.
_BLOCK = 50
#: Sample texts whose terms name the hash buckets.
_NAMED = 5000


def _frame_chunks(articles: Any, size: int) -> Iterator[pd.DataFrame]:
    """Chunks of at most ``size`` rows, partition by partition for Dask."""
    if is_dask(articles):
        for i in range(articles.npartitions):
            part = articles.partitions[i].compute()
            yield from _chunks(part, size)
    else:
        yield from _chunks(articles, size)


def _chunk_stories(chunk: pd.DataFrame, offset: int, threshold: float | None) -> np.ndarray:
    """Story (global row of the row that stands for it) of each row of one chunk.

    The same rule as the in-memory path (:func:`_stories`), applied between
    rows of one chunk.
    """
    return _stories(chunk.reset_index(drop=True), threshold) + offset


def _language_counts(articles: Any, chunk_size: int) -> Counter:
    """Articles per language (``""``: none given), in one pass."""
    counts: Counter = Counter()
    for chunk in _frame_chunks(articles, chunk_size):
        counts.update(article_languages(chunk))
    return counts


def _samples(
    articles: Any, counts: Counter, langs: list[str], size: int, chunk_size: int
) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """About ``size`` rows of each language in ``langs`` (all when fewer), and every
    row of the other languages.

    A row is drawn when the hash of its ``article_id`` (seed ``SAMPLE_SEED``)
    falls below the language's share: the same articles give the same
    sample whatever ``random_state``, chunking or partitioning.
    """
    fraction = {lang: min(1.0, size / max(counts[lang], 1)) for lang in langs}
    parts: dict[str, list[pd.DataFrame]] = {lang: [] for lang in langs}
    others = []
    for chunk in _frame_chunks(articles, chunk_size):
        lang = np.asarray(article_languages(chunk), dtype=object)
        draw = stable_hash(chunk["article_id"].astype("string").fillna("").tolist(), SAMPLE_SEED) / 2.0**64
        for name in langs:
            parts[name].append(chunk[(lang == name) & (draw < fraction[name])])
        others.append(chunk[~np.isin(lang, langs)])
    samples = {lang: pd.concat(p) if p else articles.head(0) for lang, p in parts.items()}
    return samples, pd.concat(others) if others else articles.head(0)


def _hashed_terms(counts: Counter, n_features: int, floor: int) -> dict[int, str]:
    """Bucket -> most frequent term (seen at least ``floor`` times) that hashes there.

    From 20 texts on, terms seen once are left out (``floor`` 2): their
    buckets are not used (the sample keeps buckets of two or more stories)
    and they made most of the cost (hashing and sorting every two-word
    phrase).
    """
    terms = [t for t, n in counts.items() if n >= floor]
    if not terms:
        return {}
    single = HashingVectorizer(analyzer=_identity, n_features=n_features, alternate_sign=False, norm=None)
    buckets = single.transform([[t] for t in terms]).tocsr().indices
    frequency = np.array([counts[t] for t in terms])
    names: dict[int, str] = {}
    for i in np.lexsort((np.array(terms, dtype=object).astype(str), -frequency)):  # most frequent, then a-z
        names.setdefault(int(buckets[i]), terms[i])
    return names


def _hash_counts(hasher: HashingVectorizer, texts: Sequence[str], named: int) -> tuple[sp.csr_matrix, Counter]:
    """``hasher.transform(texts)``, and the term counts of the first ``named`` texts.

    Each text is analysed once (words and phrases are the cost), a block of
    texts at a time so the token lists stay small.
    """
    analyzer = hasher.build_analyzer()
    params = hasher.get_params()
    by_tokens = HashingVectorizer(
        analyzer=_identity, n_features=params["n_features"], alternate_sign=params["alternate_sign"],
        norm=params["norm"], binary=params["binary"], dtype=params["dtype"],
    )
    counts: Counter = Counter()
    blocks = []
    for start in range(0, len(texts), _BLOCK):
        tokens = [analyzer(t) for t in texts[start:start + _BLOCK]]
        for i, doc in enumerate(tokens, start):
            if i < named:
                counts.update(doc)
        blocks.append(by_tokens.transform(tokens))
    matrix = sp.vstack(blocks, format="csr") if blocks else by_tokens.transform([])
    return matrix, counts


def _identity(doc: Any) -> Any:
    return doc


class _Columns(TransformerMixin, BaseEstimator):
    """Keep the given columns of a sparse matrix (the hash buckets in use)."""

    def __init__(self, columns: np.ndarray) -> None:
        self.columns = columns

    def fit(self, X: Any, y: Any = None) -> _Columns:  # noqa: N803 (scikit-learn names)
        return self

    def transform(self, X: Any) -> sp.csr_matrix:  # noqa: N803
        return sp.csr_matrix(X)[:, self.columns]




@dataclass
class _Space:
    """One language on the scalable path: hashing, IDF and LSA from its sample, then k-means."""

    hasher: HashingVectorizer
    select: _Columns
    tfidf: TfidfTransformer
    svd: Any
    kmeans: Any
    names: dict[int, str]
    active: np.ndarray
    selection: pd.DataFrame
    #: article id -> row of ``known_counts``: the sample's hashed rows (bucket
    #: columns kept), reused by the stream instead of hashing them again
    known: dict[str, int] | None = None
    known_counts: sp.csr_matrix | None = None

    def project(self, texts: Sequence[str], ids: Sequence[str] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Normalised LSA vectors and the number of known buckets of each text.

        Rows whose id is in ``known`` take the sample's hashed row.
        """
        hit = np.array([self.known.get(i, -1) for i in ids], dtype=np.int64) if (
            ids is not None and self.known) else np.full(len(texts), -1, dtype=np.int64)
        miss = np.flatnonzero(hit < 0)
        blocks = [self.known_counts[hit[hit >= 0]]] if len(miss) < len(hit) else []
        if len(miss) or not blocks:
            blocks.append(self.select.transform(self.hasher.transform([texts[i] for i in miss])))
        counts = sp.vstack(blocks, format="csr")
        if len(blocks) > 1:  # back to the order of the texts
            counts = counts[np.argsort(np.concatenate([np.flatnonzero(hit >= 0), miss]), kind="stable")]
        vectors = Normalizer().transform(self.svd.transform(self.tfidf.transform(counts)))
        return vectors.astype(np.float32), np.asarray(counts.getnnz(axis=1)).ravel()

    def pipeline(self) -> Pipeline:
        return Pipeline(
            [("hash", self.hasher), ("select", self.select), ("tfidf", self.tfidf), ("svd", self.svd),
             ("normalize", Normalizer()), ("kmeans", self.kmeans)]
        )


def _fit_sample(sample: pd.DataFrame, lang: str, ks: list[int], params: dict[str, Any], whole: bool) -> _Space:
    """IDF, LSA and the starting k-means of one language, on its sample's stories.

    ``whole``: the sample holds every article of the language; its hashed
    rows are then kept for the stream (:attr:`_Space.known`).
    """
    hash_params: dict[str, Any] = {
        "preprocessor": news_preprocessor, "token_pattern": TOKEN_PATTERN, "stop_words": fit_stop_words(lang),
        "ngram_range": (1, 2), "n_features": HASH_FEATURES, "alternate_sign": False, "norm": None,
        "dtype": np.float32,
    }
    hasher = HashingVectorizer(**{**hash_params, **params["vectorizer_params"]})
    texts = _texts(sample)
    story = _chunk_stories(sample, 0, params["duplicate_threshold"])
    reps = np.flatnonzero(story == np.arange(len(story)))
    hashed, term_counts = _hash_counts(hasher, texts, _NAMED)
    # bucket names now: the term counts are the largest object, freed before the LSA
    names = _hashed_terms(term_counts, hasher.n_features, 2 if min(len(texts), _NAMED) >= 20 else 1)
    del term_counts
    every_row = len(reps) == hashed.shape[0]
    # keep buckets seen in at least 2 sample stories and at most 90 % of them
    df = np.bincount((hashed if every_row else hashed[reps]).indices, minlength=hasher.n_features)
    usable = (df >= (1 if len(reps) < 20 else 2)) & (df <= max(1, 0.9 * len(reps)))
    if usable.sum() > _MAX_BUCKETS:  # keep the most frequent: bounds the LSA's size
        usable &= df >= np.sort(df[usable])[-_MAX_BUCKETS]
    active = np.flatnonzero(usable)
    if not len(active):
        raise ValueError("articles: no usable words to cluster on in the sample")
    select = _Columns(active)
    kept = select.transform(hashed)  # the bucket columns in use, every sample row
    del hashed
    counts = kept if every_row else kept[reps]
    tfidf = TfidfTransformer(sublinear_tf=True).fit(counts)
    sample_tfidf = tfidf.transform(counts)
    del counts
    svd, sample_lsa = lsa(sample_tfidf)
    if len(ks) > 1:
        selection = stability_curve(sample_lsa, ks, lang, kmeans_labels, Seeds, sample_tfidf)
    else:
        selection = fixed_selection(ks[0], lang)
    k = int(selection.loc[selection["chosen"], "n_topics"].iloc[0])
    on_sample = kmeans_from(Seeds(sample_lsa), k)
    # no reassignment of "empty" centres: a chunk that holds one subject only
    # (a corpus sorted by section or date) must not pull the others onto it
    kmeans = MiniBatchKMeans(
        n_clusters=on_sample.n_clusters, init=on_sample.cluster_centers_, n_init=1,
        random_state=params["random_state"], batch_size=2048, reassignment_ratio=0.0,
    )
    kmeans._on_sample = on_sample  # kept when nothing is streamed
    space = _Space(hasher, select, tfidf, svd, kmeans, names, active, selection)
    ids = sample["article_id"].astype(str).tolist()
    if whole and len(set(ids)) == len(ids):  # the stream will meet every sample row again
        space.known, space.known_counts = {aid: i for i, aid in enumerate(ids)}, kept
    return space


def _space_terms(space: _Space, n_terms: int, stop: frozenset[str]) -> list[tuple[list[str], list[float]]]:
    """Top content terms of each centroid, mapped back to the hashed term space."""
    term_space = space.kmeans.cluster_centers_ @ space.svd.components_
    out = []
    for row in term_space:
        top = [
            t for t in np.argsort(-row, kind="stable")[: n_terms * 5]
            if row[t] > 0 and int(space.active[t]) in space.names
            and content_word(space.names[int(space.active[t])], stop)
        ][:n_terms]
        out.append(([space.names[int(space.active[t])] for t in top], [round(float(row[t]), 6) for t in top]))
    return out


def _partial_fit(kmeans: MiniBatchKMeans, rows: np.ndarray, weight: np.ndarray) -> None:
    """``kmeans.partial_fit`` on one chunk's rows of a language, on one thread.

    A chunk may hold fewer rows of a language than it has topics, which
    ``partial_fit`` refuses: the starting centres are then added with weight
    0 (they move nothing).
    """
    short = kmeans.n_clusters - len(rows)
    if short > 0:
        pad = np.asarray(kmeans.init, dtype=rows.dtype)[:short]
        rows, weight = np.vstack([rows, pad]), np.concatenate([weight, np.zeros(len(pad))])
    with one_thread():  # a chunk is small work: threads wait for the shared cores
        kmeans.partial_fit(rows, sample_weight=weight)


def _stream(
    articles: Any, spaces: dict[str, _Space], links: StoryLinks | None, params: dict[str, Any]
) -> dict[str, Any]:
    """One pass: stories, routing, projection, ``partial_fit`` and anchors chunk by chunk.

    Anchors (names and numbers of each lead) are read only when ``links`` is
    given, that is when the corpus holds articles of a language that was not
    clustered: they cost about 1 s of CPU per 10,000 articles.
    """
    vectors: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {lang: [] for lang in spaces}
    stories, langs, meta, anchors = [], [], [], []
    offset = 0
    names = list(spaces)  # largest language first
    for chunk in _frame_chunks(articles, params["chunk_size"]):
        texts = _texts(chunk)
        ids = chunk["article_id"].astype(str).tolist()
        story = _chunk_stories(chunk, offset, params["duplicate_threshold"])
        lang = np.asarray(article_languages(chunk), dtype=object)
        route = np.array([x if x in spaces else None for x in lang], dtype=object)
        unknown = np.flatnonzero((lang == "") & pd.isna(route))
        if len(unknown):  # no language given: the space that knows most of its words
            cover = np.vstack([spaces[p].project([texts[i] for i in unknown])[1] for p in names])
            route[unknown] = [names[j] for j in cover.argmax(axis=0)]
        local = story - offset
        group_size = np.bincount(local, minlength=len(chunk))[local]
        for name, space in spaces.items():
            rows = np.flatnonzero(route == name)
            if not len(rows):
                continue
            projected, _ = space.project([texts[i] for i in rows], [ids[i] for i in rows])
            # copies share a weight of one; rows of another language's route and empty rows weigh 0
            weight = np.where(lang[rows] == name, 1.0 / group_size[rows], 0.0)
            weight[np.linalg.norm(projected, axis=1) <= 1e-12] = 0.0
            if weight.any():
                _partial_fit(space.kmeans, projected, weight)
            vectors[name].append((rows + offset, projected))
        stories.append(story)
        if links is not None:
            anchors.append(links.vectors(texts))
        langs += lang.tolist()
        meta.append(chunk[[c for c in ("article_id", "title", "language") if c in chunk.columns]].copy())
        offset += len(chunk)
    for space in spaces.values():
        space.known = space.known_counts = None  # the stream is done with the sample's rows
        if not hasattr(space.kmeans, "cluster_centers_"):  # nothing streamed: keep the sample's fit
            space.kmeans = space.kmeans._on_sample
    return {"vectors": vectors, "story": np.concatenate(stories), "langs": langs,
            "frame": pd.concat(meta, ignore_index=True),
            "anchors": sp.vstack(anchors, format="csr") if anchors else None}


def cluster_minibatch(
    articles: Any, *, n_topics: int | str, params: dict[str, Any], n_representatives: int
) -> TopicModel:
    """Cluster on the scalable path (see the module docstring); the result is the same object."""
    if is_dask(articles):
        missing = [c for c in ("article_id", "text") if c not in articles.columns]
        if missing:
            raise ValueError(f"articles: missing column(s) {missing}")
    else:
        check_articles(articles, "articles")
    if params["chunk_size"] < 1 or params["sample_size"] < 2:
        raise ValueError("chunk_size must be >= 1 and sample_size >= 2")
    counts = _language_counts(articles, params["chunk_size"])
    if not counts:
        raise ValueError("articles: the frame is empty; nothing to cluster")
    langs_all = list(counts.elements())
    clustered = plan_languages(langs_all, counts, params["min_language_articles"],
                               params["min_language_share"], n_topics == "auto")
    samples, others = _samples(articles, counts, clustered, params["sample_size"], params["chunk_size"])
    stories = {lang: int(len(samples[lang])) for lang in clustered}
    plan = plan_topics(n_topics, params["k_range"], stories)
    warn_unclustered(langs_all, clustered, params["min_language_articles"])
    spaces = {lang: _fit_sample(samples[lang], lang, plan[lang], params, len(samples[lang]) == counts[lang])
              for lang in clustered}
    links = StoryLinks([t for frame in [*samples.values(), others] for t in _texts(frame)]) if len(others) else None
    streamed = _stream(articles, spaces, links, params)
    label_stop = label_stop_words(streamed["langs"])
    parts, terms = {}, []
    for lang, space in spaces.items():
        found = _space_terms(space, params["n_terms"], label_stop)
        parts[lang] = Part(lang, "minibatch", space.pipeline(), np.arange(len(terms), len(terms) + len(found)))
        terms += found
    n = len(streamed["langs"])
    weights, empty = np.zeros((n, len(terms))), np.ones(n, dtype=bool)
    route = np.full(n, None, dtype=object)
    for lang, chunks in streamed["vectors"].items():
        for rows, projected in chunks:
            weights[np.ix_(rows, parts[lang].order)] = parts[lang].weights(projected)
            empty[rows] = parts[lang].empty(projected)
            route[rows] = lang
    story = streamed["story"]
    fit_mask = (story == np.arange(n)) & np.isin(np.asarray(streamed["langs"], dtype=object), list(parts))
    return assemble(
        frame=streamed["frame"], langs=streamed["langs"], story=story, fit_mask=fit_mask,
        parts=parts, terms=terms, selection=pd.concat([s.selection for s in spaces.values()], ignore_index=True),
        weights=weights, empty=empty, route=route, method="minibatch", params=params,
        n_representatives=n_representatives, links=links, anchors=streamed["anchors"],
    )
