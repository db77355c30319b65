"""The scalable path (``method="minibatch"``): hashing, a model fitted on a hashed sample, assignment piece by piece.

The same algorithm runs on a pandas frame (cut into chunks of
``chunk_size`` rows, in this process) and on a Dask frame (its partitions,
as tasks on the ``dask.distributed`` workers), and gives the same tables;
the passes are in :mod:`toolkit.topics.pieces`:

1. **count**: articles per language (and rows per piece, so that every row
   has a position in the corpus whatever the partitioning);
2. **stories**: copies found by :func:`toolkit.sources.find_copies` (on a
   Dask frame its banded MinHash LSH, shuffled across partitions, so copies
   in different partitions meet) and ``duplicate_of`` links, joined into
   stories as in memory; only the rows that share a story come back;
3. **sample**: per clustered language, the articles whose ``article_id``
   hashes (seed ``SAMPLE_SEED``) below ``sample_size`` over the language's
   articles, so the sample does not depend on ``random_state`` nor on the
   partitioning (all of them when the language has no more); the fit keeps
   one article per story of the sample (copies found among the sample, as
   in memory); and every article of a language that is not clustered
   (fewer than ``min_language_articles``);
4. **fit**, on the samples only (:func:`_fit_one`; for a Dask frame one
   task per language on the workers, so languages fit side by side): per
   language a ``HashingVectorizer`` (no vocabulary in memory), IDF and a
   100-dimensional LSA on the bucket columns the sample uses, the number
   of topics (``"auto"``: stability on the sample) and a k-means started
   from the tree of the sample (:func:`_fit_sample`); then, in this
   process, the 2-D map (a PCA of the sample's topic mixtures) and the
   story links of the languages not clustered, learnt from the samples and
   those articles;
5. **assign**: every article, piece by piece, by its language's pipeline
   (:meth:`TopicModel.assign`'s rules: cosine to the nearest centroid,
   ``-1`` when it shares no term); for each article of a language not
   clustered, the best story link among each piece's articles placed by
   words (highest similarity, ties to the earlier row). On Dask the
   assigned pieces are persisted on the workers;
6. **tally**: topic sizes, stories and representatives, and the languages
   table, added up over the pieces; topics are numbered largest first and
   the assignments written with their final ids.

A corpus no larger than ``sample_size`` per language is its own sample. The
seed (``random_state``) changes nothing: every step is deterministic.

What a model fitted on a Dask frame holds, in this process: the per-language
pipelines (hashing, LSA components of 100 x at most ``_MAX_BUCKETS``
floats and the IDF of those buckets, the centroids), the topics, selection
and languages tables, the map's PCA, and the anchor vectors of the sampled
articles placed by words (for new articles of a language not clustered).
``assignments`` is a Dask frame whose pieces are kept on the workers (one
row of about fifteen short columns per article, a few hundred bytes);
computing it costs no further pass over the articles. No per-article data
is held in this process but the rows that share a story (position and
story id, about 40 bytes each), the samples (about ``sample_size``
articles per language, sent to the workers to be fitted, and their topic
weights) and the articles of the languages not clustered. A pass over the
corpus costs: counting (one column), the copy detector (its shuffle), the
sample's filter (hashing each id), and the assignment (hashing and
projecting each text; reading the lead's names and numbers too when a
language is not clustered). Measured on 20,000 articles of the scale
benchmark (two workers, ``benchmarks/scale.py --n 20000 --stages
topics``): stories 34 s, fit 80-197 s (bounded by ``sample_size``),
assignment 9-11 s wall; the client grew by 470 MB. A model with Dask
assignments refers to data of the running client: compute the assignments
before closing the client or pickling the model.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import (
    HashingVectorizer,
    TfidfTransformer,
)
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import Normalizer

from toolkit.parallel import compute, keep_objects
from toolkit.schema import TOPIC_ASSIGNMENTS
from toolkit.topics.assemble import (
    _first_pass,
    _model_tables,
    _tallies,
)
from toolkit.topics.fit import Seeds, kmeans_from, kmeans_labels, lsa
from toolkit.topics.links import Placement, StoryLinks
from toolkit.topics.model import (
    Part,
    TopicModel,
    article_languages,
    check_articles,
    fit_projection,
    is_dask,
)
from toolkit.topics.pieces import (
    ASSIGN_COLUMNS,
    BLOCK_ROWS,
    SAMPLE_COLUMNS,
    Fitted,
    Pieces,
    _stories_of,
    assign_piece,
    best_links,
    copy_sources,
    finish_piece,
    sample_piece,
    shared,
    story_table,
    take,
    tally_piece,
)
from toolkit.topics.plan import (
    fit_stop_words,
    label_stop_words,
    plan_languages,
    plan_topics,
    warn_unclustered,
)
from toolkit.topics.select import fixed_selection, stability_curve
from toolkit.topics.stories import _stories
from toolkit.topics.text import TOKEN_PATTERN, _texts, content_word, news_preprocessor

__all__ = ["HASH_FEATURES", "SAMPLE_SEED", "cluster_minibatch"]


#: Hash buckets of the scalable path. The LSA keeps 100 float32 loadings per
#: bucket in use (30 MB for the 79,231 of the extraction bench's 699 German
#: pages). Collisions are not rare at this size: those pages hold 268,014
#: distinct words and two-word phrases, and 79,231 buckets pass the
#: document-frequency bounds where 28,570 would without collisions (2**22
#: buckets): most are two phrases each seen once that share a bucket.
HASH_FEATURES = 2**18


#: Seed of the hash that draws each language's sample (of article ids). Fixed,
#: not the caller's ``random_state``: a sample that changes with the seed
#: changes k and the topics (see :data:`toolkit.topics.select.RESAMPLE_SEED`).
SAMPLE_SEED = 0
#: Hash buckets kept for the LSA (most frequent in the sample). Buckets tied
#: at the cut are all kept, so more may pass (79,231 on the German pages
#: above, where the cut falls among buckets of two stories).
_MAX_BUCKETS = 50_000
#: Texts analysed at a time when the sample is hashed.
_BLOCK = 50
#: Sample texts whose terms name the hash buckets.
_NAMED = 5000


def _chunk_stories(chunk: pd.DataFrame, offset: int, threshold: float | None) -> np.ndarray:
    """Story (global row of the row that stands for it) of each row of one chunk.

    The same rule as the in-memory path (:func:`_stories`), applied between
    rows of one chunk.
    """
    return _stories(chunk.reset_index(drop=True), threshold) + offset


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

    def pipeline(self) -> Pipeline:
        return Pipeline(
            [("hash", self.hasher), ("select", self.select), ("tfidf", self.tfidf), ("svd", self.svd),
             ("normalize", Normalizer()), ("kmeans", self.kmeans)]
        )


def _fit_sample(sample: pd.DataFrame, lang: str, ks: list[int], params: dict[str, Any]
                ) -> tuple[_Space, np.ndarray]:
    """IDF, LSA and the k-means of one language, fitted on its sample's stories;
    and the story (row that stands for it) of each sample row."""
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
    kmeans = kmeans_from(Seeds(sample_lsa), k)
    return _Space(hasher, select, tfidf, svd, kmeans, names, active, selection), story


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




def _check(articles: Any, params: dict[str, Any]) -> None:
    if is_dask(articles):
        missing = [c for c in ("article_id", "text") if c not in articles.columns]
        if missing:
            raise ValueError(f"articles: missing column(s) {missing}")
    else:
        check_articles(articles, "articles")
    if params["chunk_size"] < 1 or params["sample_size"] < 2:
        raise ValueError("chunk_size must be >= 1 and sample_size >= 2")


def _draw(pieces: Pieces, counts: Counter, clustered: list[str],
          size: int) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Each clustered language's sample (about ``size`` articles; all when the language has
    no more) and every row of the other languages, in row order."""
    fraction = {lang: min(1.0, size / max(counts[lang], 1)) for lang in clustered}
    drawn = [d for d in pieces.map(sample_piece, fraction, SAMPLE_SEED, columns=SAMPLE_COLUMNS) if len(d)]
    frame = pd.concat(drawn, ignore_index=True) if drawn else pieces.frame.head(0).assign(_position=0)
    lang = np.asarray(article_languages(frame), dtype=object)
    samples = {name: frame[lang == name].reset_index(drop=True) for name in clustered}
    return samples, frame[~np.isin(lang, clustered)].reset_index(drop=True)


def _fit_one(sample: pd.DataFrame, lang: str, ks: list[int], params: dict[str, Any],
             label_stop: frozenset[str]) -> tuple[Part, list, pd.DataFrame, np.ndarray, np.ndarray, np.ndarray]:
    """One language fitted on its sample (topic ids 0..k-1); the sample rows' weights and
    emptiness, and which rows stand for their story in the sample (the rows fitted on).

    A pure function of the sample: on Dask it runs on a worker, one task per language.
    """
    plain = sample.drop(columns="_position")
    space, story = _fit_sample(plain, lang, ks, params)
    terms = _space_terms(space, params["n_terms"], label_stop)
    part = Part(lang, "minibatch", space.pipeline(), np.arange(len(terms)))
    texts = _texts(sample)
    weights, empty = [np.zeros((0, len(terms)))], [np.zeros(0, dtype=bool)]
    for start in range(0, len(texts), BLOCK_ROWS):
        vectors = part.vectors(texts[start:start + BLOCK_ROWS])
        weights.append(part.weights(vectors))
        empty.append(part.empty(vectors))
    return part, terms, space.selection, np.vstack(weights), np.concatenate(empty), story == np.arange(len(story))


def _fit(pieces: Pieces, samples: dict[str, pd.DataFrame], plan: dict[str, list[int]], params: dict[str, Any],
         label_stop: frozenset[str]) -> tuple[dict[str, Part], list, pd.DataFrame, dict[str, Any]]:
    """One part per clustered language, fitted on its sample (provisional topic ids), on the
    workers for a Dask frame (a task per language); and the sample's weights on every topic."""
    jobs = [(samples[lang], lang, plan[lang], params, label_stop) for lang in samples]
    if pieces.dask:
        from dask import delayed

        # the samples are scattered, not sent through the scheduler in the graph
        done = compute(delayed(list)([delayed(_fit_one, pure=True)(shared(job[0], True, broadcast=False), *job[1:])
                                      for job in jobs]))
    else:
        done = [_fit_one(*job) for job in jobs]
    parts: dict[str, Part] = {}
    terms: list = []
    for (part, found, *_), lang in zip(done, samples, strict=True):
        part.order = np.arange(len(terms), len(terms) + len(found))
        parts[lang] = part
        terms += found
    rows = pd.concat([samples[lang][["_position"]].assign(_lang=lang) for lang in samples], ignore_index=True)
    order = np.argsort(rows["_position"].to_numpy(), kind="stable")  # row order of the corpus
    weights = np.zeros((len(rows), len(terms)))
    empty = np.concatenate([d[4] for d in done]) if done else np.zeros(0, dtype=bool)
    start = 0
    for part, _, _, local, *_ in done:
        weights[start:start + len(local), part.order] = local
        start += len(local)
    route = rows["_lang"].to_numpy(dtype=object)
    fitted = np.concatenate([d[5] for d in done]) if done else np.zeros(0, dtype=bool)
    positions = rows["_position"].to_numpy()
    sample = {"weights": weights[order], "empty": empty[order], "route": route[order], "order": order,
              "fitted": fitted[order], "positions": positions[order]}
    return parts, terms, pd.concat([d[2] for d in done], ignore_index=True), sample


def _assign_all(pieces: Pieces, fitted: Fitted) -> tuple[list[Any], list[pd.DataFrame]]:
    """The assigned pieces (persisted on the workers for Dask) and every piece's story links."""
    if not pieces.dask:
        done = pieces.lazy(assign_piece, fitted, columns=ASSIGN_COLUMNS)
        return [d[0] for d in done], [d[1] for d in done]
    import dask
    from dask import delayed

    tasks = pieces.lazy(assign_piece, shared(fitted, True), columns=ASSIGN_COLUMNS)
    frames = [delayed(take, pure=True)(t, 0) for t in tasks]
    found = [delayed(take, pure=True)(t, 1) for t in tasks]
    kept = dask.persist(*frames, *found)
    return list(kept[:len(tasks)]), compute(delayed(list)(list(kept[len(tasks):])))


def _over(pieces: Pieces, frames: list[Any], func: Any, *args: Any) -> list[Any]:
    """``func(frame, *args)`` of every assigned piece, computed."""
    if not pieces.dask:
        return [func(f, *args) for f in frames]
    from dask import delayed

    args = tuple(shared(a, True) if isinstance(a, pd.DataFrame | np.ndarray) else a for a in args)
    return compute(delayed(list)([delayed(func, pure=True)(f, *args) for f in frames]))


def _place_others(pieces: Pieces, frames: list[Any], others: pd.DataFrame, stories: pd.DataFrame,
                  found: list[pd.DataFrame]) -> pd.DataFrame:
    """Topic, weight, ``assigned_by`` and reason of the rows of languages not clustered that
    share a story: a copy of a row placed by words, else the best link of names and numbers
    (as in memory, :func:`toolkit.topics.assemble._place_other`). Indexed by position."""
    columns = {"topic": [], "weight": [], "assigned_by": [], "reason": []}
    index: list[int] = []
    if not len(others):
        return pd.DataFrame(columns, index=pd.Index(index, dtype=np.int64))
    positions = others["_position"].to_numpy()
    story, _ = _stories_of(positions, others["article_id"].astype("string").fillna("").to_numpy(dtype=object),
                           stories)
    grouped = np.unique(story[np.isin(positions, stories.index)])
    source: dict[int, tuple[int, str]] = {}
    if len(grouped):
        rows = pd.concat(_over(pieces, frames, copy_sources, grouped), ignore_index=True)
        rows = rows.assign(_own=rows["_position"] != rows["_story"]).sort_values(["_own", "_position"], kind="stable")
        for s, t, aid in zip(rows["_story"], rows["topic"], rows["article_id"], strict=True):
            source.setdefault(int(s), (int(t), str(aid)))
    links = best_links(found)
    for i, (p, s) in enumerate(zip(positions.tolist(), story.tolist(), strict=True)):
        if s in source:
            topic, aid = source[s]
            row = (topic, 1.0, "story", f"copy of {aid} (toolkit.sources.find_copies)")
        elif i in links.index:
            hit = links.loc[i]
            shared_ = list(hit["shared"])
            row = (int(hit["topic"]), round(float(hit["similarity"]), 6), "story",
                   f"shares a story with {hit['target_id']}: {len(shared_)} names and numbers in common "
                   f"({', '.join(shared_[:6])}{', ...' if len(shared_) > 6 else ''})")
        else:
            continue
        index.append(p)
        for name, value in zip(columns, row, strict=True):
            columns[name].append(value)
    return pd.DataFrame(columns, index=pd.Index(index, dtype=np.int64))






def _sample_map(samples: dict[str, pd.DataFrame], sample: dict[str, Any],
                links: StoryLinks | None) -> tuple[Any, dict[str, Any] | None]:
    """The 2-D map fitted on the sample's topic mixtures (rows in corpus order), and the sample
    rows placed by words (provisional topics, ids, anchor vectors) for new articles' story links."""
    projection = fit_projection(sample["weights"][sample["fitted"]])
    if links is None:
        return projection, None
    rows = pd.concat(list(samples.values()), ignore_index=True).iloc[sample["order"]]
    topic, _, by = _first_pass(sample["weights"], sample["empty"], sample["route"], "minibatch")
    targets = np.flatnonzero((by == "words") & (topic >= 0))
    texts = _texts(rows.iloc[targets])
    return projection, {"topic": topic[targets], "ids": rows["article_id"].astype(str).to_numpy(dtype=object)[targets],
                        "vectors": links.vectors(texts) if len(targets) else sp.csr_matrix((0, len(links.features)))}


class _Clock:
    """Wall seconds of each pass (:attr:`TopicModel.timings`)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.seconds[name] = round(now - self._last, 2)
        self._last = now


def cluster_minibatch(
    articles: Any, *, n_topics: int | str, params: dict[str, Any], n_representatives: int, copies: Any = None
) -> TopicModel:
    """Cluster on the scalable path (see the module docstring); the result is the same object.

    ``copies`` (``find_copies`` of these articles), when given, makes the stories instead of the detector.

    For a Dask frame, every pass over the articles runs on the workers and
    ``assignments`` is a Dask frame (its pieces kept on the workers).
    """
    _check(articles, params)
    clock = _Clock()
    pieces = Pieces(articles, params["chunk_size"])
    counts = pieces.count()
    clock.lap("count")
    if not counts:
        raise ValueError("articles: the frame is empty; nothing to cluster")
    n = sum(counts.values())
    langs_all = list(counts.elements())
    clustered = plan_languages(langs_all, counts, params["min_language_articles"],
                               params["min_language_share"], n_topics == "auto")
    stories = story_table(pieces, params["duplicate_threshold"], n, copies)
    clock.lap("stories")
    samples, others = _draw(pieces, counts, clustered, params["sample_size"])
    clock.lap("sample")
    plan = plan_topics(n_topics, params["k_range"], {lang: len(samples[lang]) for lang in clustered})
    warn_unclustered(langs_all, clustered, params["min_language_articles"])
    parts, terms, selection, sample = _fit(pieces, samples, plan, params, label_stop_words(list(counts)))
    k = len(terms)
    links = StoryLinks([t for frame in [*samples.values(), others] for t in _texts(frame)]) if len(others) else None
    projection, targets = _sample_map(samples, sample, links)
    clock.lap("fit")
    fitted = Fitted(
        parts=parts, n_topics=k, projection=projection, stories=stories,
        sample=np.sort(sample["positions"][sample["fitted"]]),
        counts=dict(counts), min_articles=params["min_language_articles"], links=links,
        queries=links.vectors(_texts(others)) if links is not None else None,
    )
    frames, found = _assign_all(pieces, fitted)
    clock.lap("assign")
    patch = _place_others(pieces, frames, others, stories, found) if k else _place_others(
        pieces, frames, others.head(0), stories, [])
    total = _tallies(_over(pieces, frames, tally_piece, patch, k, n_representatives), k, n_representatives)
    rank, topics, languages = _model_tables(total, terms, parts)
    clock.lap("tally")
    labels = topics["label"].tolist()
    largest = max(parts, key=lambda p: (total["routed"].get(p, 0), p))
    placement = None if targets is None else Placement(
        links, targets["vectors"], rank[targets["topic"]], targets["ids"])
    if pieces.dask:
        import dask.dataframe as dd
        from dask import delayed

        patch_node = shared(patch, True)
        done = [delayed(finish_piece, pure=True)(f, patch_node, rank, labels) for f in frames]
        with keep_objects():
            assignments = dd.from_delayed(done, meta=TOPIC_ASSIGNMENTS.empty(), verify_meta=False)
    else:
        assignments = finish_piece(pd.concat(frames), patch, rank, labels).reset_index(drop=True)
    return TopicModel(
        assignments=assignments, topics=topics, pipeline=parts[largest].pipeline, selection=selection,
        method="minibatch", params=params, languages=languages, _parts=parts, _projection=projection,
        _placement=placement, timings=clock.seconds,
    )
