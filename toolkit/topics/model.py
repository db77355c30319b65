"""The result of topic clustering, and how it places new articles.

A :class:`TopicModel` holds one fitted scikit-learn ``Pipeline`` per
clustered language (a *part*); topic ids are global, largest topic first.
New articles go to their language's part; an article in a language that
was not clustered takes a topic only when it shares a story with an article
of that topic (see :mod:`toolkit.topics.links`), and an article without a
language goes to the part whose vocabulary covers most of its words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.pipeline import Pipeline

from toolkit.parallel import map_partitions
from toolkit.schema import TOPIC_ASSIGNMENTS, validate
from toolkit.topics.links import Placement
from toolkit.topics.text import _texts

__all__ = ["METHODS", "Method", "TopicModel"]

Method = Literal["nmf", "kmeans", "minibatch"]
METHODS = ("nmf", "kmeans", "minibatch")
#: Label of an article that shares nothing with the model.
NO_TOPIC = "(no shared terms)"


@dataclass
class Part:
    """One clustered language: its pipeline and where its components go."""

    language: str
    method: str
    pipeline: Pipeline
    order: np.ndarray  # component -> global topic id

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """Document vectors in the space the clustering works in."""
        if self.method == "minibatch":
            return np.asarray(self.pipeline[:-1].transform(texts))
        return self.vectors_of(self.pipeline[0].transform(texts))

    def vectors_of(self, tfidf: Any) -> np.ndarray:
        """:meth:`vectors` from the TF-IDF rows (``nmf`` and ``kmeans``)."""
        if self.method == "nmf":
            return np.asarray(self.pipeline[-1].transform(tfidf))
        return np.asarray(self.pipeline[1:-1].transform(tfidf))

    def weights(self, vectors: np.ndarray) -> np.ndarray:
        """NMF weights, or cosine similarity to each centroid, by component."""
        if self.method == "nmf":
            return vectors
        centers = self.pipeline[-1].cluster_centers_
        centers = centers / np.maximum(np.linalg.norm(centers, axis=1, keepdims=True), 1e-12)
        return vectors @ centers.T

    def empty(self, vectors: np.ndarray) -> np.ndarray:
        """Rows that share no term with the model."""
        if self.method == "nmf":
            return vectors.sum(axis=1) <= 0
        return np.linalg.norm(vectors, axis=1) <= 1e-12

    def coverage(self, texts: Sequence[str]) -> np.ndarray:
        """Vocabulary terms of this part found in each text."""
        counts = self.pipeline[0].transform(texts)
        if self.method == "minibatch":  # hashed, then the buckets in use
            counts = self.pipeline[1].transform(counts)
        return np.asarray(counts.getnnz(axis=1)).ravel()


@dataclass
class TopicModel:
    """What :func:`toolkit.topics.cluster_topics` found, and how to apply it to new articles.

    Attributes
    ----------
    assignments : pandas.DataFrame
        One row per input article, in input order
        (:data:`toolkit.schema.TOPIC_ASSIGNMENTS`): ``article_id``,
        ``topic`` (``-1`` when the article was given no topic), ``label``,
        ``weight``, ``story_id``, ``fitted``, ``assigned_by``
        (``"words"``, ``"story"`` or ``"none"``), ``reason`` (why that
        topic, or why none), ``x``, ``y``.
    topics : pandas.DataFrame
        One row per topic, largest first (:data:`toolkit.schema.TOPICS`):
        ``topic``, ``label``, ``language``, ``terms``, ``term_weights``,
        ``size``, ``n_stories``, ``representative_ids``,
        ``representative_titles``.
    pipeline : sklearn.pipeline.Pipeline
        The fitted pipeline of the largest clustered language
        (``pipelines`` holds every language's).
    selection : pandas.DataFrame
        How the number of topics was chosen, per language
        (:data:`toolkit.schema.TOPIC_SELECTION`).
    method : str
        ``"nmf"``, ``"kmeans"`` or ``"minibatch"``.
    params : dict
        The parameters the model was fitted with.
    languages : pandas.DataFrame
        One row per language of the corpus (:data:`toolkit.schema.TOPIC_LANGUAGES`):
        articles, stories, whether it was clustered, its topics, and how
        many of its articles share a story with another language's topics.
    timings : dict
        ``method="minibatch"``: wall seconds of each pass (``count``,
        ``stories``, ``sample``, ``fit``, ``assign``, ``tally``); empty
        for the other methods.
    """

    assignments: pd.DataFrame
    topics: pd.DataFrame
    pipeline: Pipeline
    selection: pd.DataFrame
    method: str
    params: dict[str, Any] = field(default_factory=dict)
    languages: pd.DataFrame = field(default_factory=pd.DataFrame)
    timings: dict[str, float] = field(default_factory=dict)
    _parts: dict[str, Part] = field(default_factory=dict, repr=False)
    _projection: PCA | None = field(default=None, repr=False)
    _placement: Placement | None = field(default=None, repr=False)

    @property
    def n_topics(self) -> int:
        """Number of topics."""
        return len(self.topics)

    @property
    def pipelines(self) -> dict[str, Pipeline]:
        """The fitted pipeline of each clustered language (``""``: no language given)."""
        return {lang: part.pipeline for lang, part in self._parts.items()}

    def __repr__(self) -> str:
        if is_dask(self.assignments):  # counted when fitted: repr computes nothing
            articles = int(self.languages["articles"].sum()) if len(self.languages) else 0
            stories = int(self.languages["stories"].sum()) if len(self.languages) else 0
            where = ", assignments=dask"
        else:
            articles = len(self.assignments)
            stories = self.assignments["story_id"].nunique() if "story_id" in self.assignments else 0
            where = ""
        return (
            f"TopicModel(method={self.method!r}, n_topics={self.n_topics}, "
            f"languages={sorted(self._parts)}, articles={articles}, stories={stories}{where})"
        )

    def transform(self, articles: pd.DataFrame) -> np.ndarray:
        """Topic weights of new articles, shape ``(n_articles, n_topics)``.

        Columns follow the topic ids of :attr:`topics` (largest topic first).
        NMF: non-negative weights; k-means: cosine similarity to each
        centroid. An article has weights only on its own language's topics.
        """
        if is_dask(articles):
            raise TypeError(
                "TopicModel.transform: returns one dense row of weights per article, for a pandas frame "
                "only; for a Dask frame use TopicModel.assign (a Dask frame of topics), or pass a pandas "
                "part of it"
            )
        frame = check_articles(articles, "articles")
        texts = _texts(frame)
        weights, _ = self._global_weights(texts, self._route(frame, texts))
        return weights

    def assign(self, articles: pd.DataFrame) -> pd.DataFrame:
        """Assign new articles to the fitted topics.

        Parameters
        ----------
        articles : pandas.DataFrame or dask.dataframe.DataFrame
            Articles with ``article_id`` and ``text`` (``title`` and
            ``language`` optional). Not modified. A Dask frame is assigned
            partition by partition on the workers (each row on its own, so
            the result is the same as for pandas).

        Returns
        -------
        pandas.DataFrame or dask.dataframe.DataFrame
            The same kind as ``articles``: ``article_id``, ``topic``,
            ``label``, ``weight``, ``assigned_by`` (``"words"``;
            ``"story"`` for an article in a language that was not
            clustered that shares a story with an article of the topic;
            ``"none"`` for topic -1), ``reason``, ``x``, ``y``.
        """
        if is_dask(articles):
            missing = [c for c in ("article_id", "text") if c not in articles.columns]
            if missing:
                raise ValueError(f"articles: missing column(s) {missing}")
            # the model without its assignments (a Dask model's are futures of this client)
            light = replace(self, assignments=pd.DataFrame())
            meta = TOPIC_ASSIGNMENTS.empty().drop(columns=["story_id", "fitted"])
            return map_partitions(articles, _assign_partition, light, meta=meta)
        frame = check_articles(articles, "articles").reset_index(drop=True)
        out = self._assign(frame, _texts(frame))
        return out.drop(columns=["story_id", "fitted"])

    # internals -----------------------------------------------------------

    def _route(self, frame: pd.DataFrame, texts: Sequence[str]) -> np.ndarray:
        return route_rows(self._parts, article_languages(frame), texts)

    def _global_weights(self, texts: Sequence[str], route: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return global_weights(self._parts, texts, route, self.n_topics)

    def _assign(self, frame: pd.DataFrame, texts: Sequence[str]) -> pd.DataFrame:
        route = self._route(frame, texts)
        weights, empty = self._global_weights(texts, route)
        best = weights.argmax(axis=1) if weights.shape[1] else np.zeros(len(weights), int)
        top = weights[np.arange(len(weights)), best] if weights.shape[1] else np.zeros(len(weights))
        if self.method == "nmf":
            total = weights.sum(axis=1)
            top = np.divide(top, total, out=np.zeros_like(top), where=total > 0)
        topic = np.where(empty, -1, best)
        by = np.where(topic >= 0, "words", "none").astype(object)
        langs = article_languages(frame)
        reason = word_reasons(langs, route, topic)
        rows = np.flatnonzero(pd.isna(route))
        topic[rows], by[rows] = -1, "none"
        if len(rows) and self._placement is not None:
            placed, similarity, why = self._placement.place(self._placement.links.vectors([texts[i] for i in rows]))
            topic[rows], top[rows] = placed, similarity
            by[rows] = np.where(placed >= 0, "story", "none")
            reason[rows] = why
        counts = dict(zip(self.languages["language"].fillna(""), self.languages["articles"], strict=True)) if len(
            self.languages) else {}
        for i in rows:
            if reason[i] is None:
                reason[i] = unclustered_reason(langs[i], counts.get(langs[i]), self.params.get("min_language_articles"))
                if self._placement is None:
                    reason[i] += " (this model keeps no story links: every language of its corpus was clustered)"
        return self._table(frame, topic, np.where(topic >= 0, top, 0.0), by, reason, weights)

    def _table(
        self, frame: pd.DataFrame, topic: np.ndarray, weight: np.ndarray, by: np.ndarray, reason: np.ndarray,
        weights: np.ndarray,
    ) -> pd.DataFrame:
        labels = dict(zip(self.topics["topic"], self.topics["label"], strict=True))
        xy = self._project(weights)
        ids = frame["article_id"].astype("string").to_numpy()
        out = pd.DataFrame(
            {
                "article_id": pd.array(ids, dtype="string"),
                "topic": pd.array(topic, dtype="Int64"),
                "label": pd.array([labels.get(t, NO_TOPIC) for t in topic], dtype="string"),
                "weight": np.round(weight.astype("float64"), 6),
                "story_id": pd.array(ids, dtype="string"),
                "fitted": np.zeros(len(frame), dtype=bool),
                "assigned_by": pd.array(by, dtype="string"),
                "reason": pd.array(reason, dtype="string"),
                "x": xy[:, 0],
                "y": xy[:, 1],
            }
        )
        return validate(out, TOPIC_ASSIGNMENTS)

    def _project(self, weights: np.ndarray) -> np.ndarray:
        if self._projection is None:
            return np.zeros((len(weights), 2))
        return np.round(self._projection.transform(map_space(weights)), 6)


def _assign_partition(partition: pd.DataFrame, model: TopicModel) -> pd.DataFrame:
    """:meth:`TopicModel.assign` of one partition, keeping the partition's index."""
    return model.assign(partition).set_axis(partition.index)


def word_reasons(langs: Sequence[str], route: np.ndarray, topic: np.ndarray) -> np.ndarray:
    """Why each row routed to a language's model has its topic (``None`` for the other rows)."""
    out = np.full(len(langs), None, dtype=object)
    for i, (lang, part) in enumerate(zip(langs, route, strict=True)):
        if part is None or pd.isna(part):
            continue
        model = f"the {part!r} model" if lang else f"no language given: the {part!r} model, which knows most of its words"
        out[i] = f"words of {model}" if topic[i] >= 0 else f"shares no term with {model}"
    return out


def unclustered_reason(lang: str, n_articles: int | None, min_articles: int | None) -> str:
    """Why an article of a language that was not clustered has no topic."""
    name = repr(lang) if lang else "(no language given)"
    count = f"{n_articles} article(s) when fitted" if n_articles is not None else "no articles when fitted"
    floor = f", fewer than {min_articles}" if min_articles is not None else ""
    return (f"language {name} has no topics of its own ({count}{floor}) and the article shares no story "
            "(copy, or names and numbers) with an article of another language's topic")


def route_rows(parts: dict[str, Part], langs: Sequence[str], texts: Sequence[str]) -> np.ndarray:
    """Language part of each row; ``None`` for a row of a language that was not clustered.

    A row without a language goes to the part whose vocabulary covers most
    of its words.
    """
    route = np.array([lang if lang in parts else None for lang in langs], dtype=object)
    unknown = np.flatnonzero([lang == "" and lang not in parts for lang in langs])
    if len(unknown) and parts:
        names = sorted(parts, key=lambda p: (-len(parts[p].order), p))
        cover = np.vstack([parts[p].coverage([texts[i] for i in unknown]) for p in names])
        route[unknown] = [names[j] for j in cover.argmax(axis=0)]
    return route


def global_weights(
    parts: dict[str, Part], texts: Sequence[str], route: np.ndarray, n_topics: int,
    known: dict[str, tuple[np.ndarray, Any]] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Weights of every row on every topic (zero off its language), and rows with no term.

    ``known`` maps a language to rows whose TF-IDF was computed when fitting,
    and that matrix (rows in the same order), so they are not vectorised twice.
    """
    n = len(texts)
    weights = np.zeros((n, n_topics))
    empty = np.ones(n, dtype=bool)
    for lang, part in parts.items():
        rows = np.flatnonzero(route == lang)
        done, matrix = (known or {}).get(lang, (np.zeros(0, dtype=int), None))
        for subset, vectors in (
            (done, part.vectors_of(matrix) if len(done) else None),
            (np.setdiff1d(rows, done), None),
        ):
            if not len(subset):
                continue
            if vectors is None:
                vectors = part.vectors([texts[i] for i in subset])
            weights[np.ix_(subset, part.order)] = part.weights(vectors)
            empty[subset] = part.empty(vectors)
    return weights, empty


def map_space(weights: np.ndarray) -> np.ndarray:
    """Rows the 2-D map is computed from: each article's mixture over all topics."""
    space = np.maximum(np.asarray(weights, dtype=np.float64), 0.0)
    total = space.sum(axis=1, keepdims=True)
    return np.divide(space, total, out=np.zeros_like(space), where=total > 0)


def fit_projection(weights: np.ndarray) -> PCA | None:
    """A 2-D PCA of topic mixtures, with the sign of each axis fixed so runs agree."""
    space = map_space(weights)
    if space.shape[0] < 2 or space.shape[1] < 2:
        return None
    pca = PCA(n_components=2, svd_solver="full").fit(space)
    signs = np.sign(pca.components_[np.arange(2), np.abs(pca.components_).argmax(axis=1)])
    pca.components_ = pca.components_ * signs[:, None]
    return pca


def is_dask(obj: Any) -> bool:
    """Whether ``obj`` is a Dask DataFrame."""
    return type(obj).__module__.startswith("dask") and hasattr(obj, "partitions")


def check_articles(articles: Any, name: str) -> pd.DataFrame:
    """The articles frame, or a clear error naming what is wrong with it."""
    if is_dask(articles):
        raise TypeError(
            f"{name}: a Dask DataFrame is clustered by method='minibatch' only; "
            "call .compute() first for 'nmf' or 'kmeans'"
        )
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(f"{name}: expected a pandas DataFrame of articles, got {type(articles).__name__}")
    missing = [c for c in ("article_id", "text") if c not in articles.columns]
    if missing:
        raise ValueError(
            f"{name}: missing column(s) {missing}; pass the frame returned by toolkit.load_articles"
        )
    return articles


def article_languages(frame: pd.DataFrame) -> list[str]:
    """Lower-cased ``language`` of each row; ``""`` when not given (or no column)."""
    if "language" not in frame.columns:
        return [""] * len(frame)
    return frame["language"].astype("string").fillna("").str.strip().str.lower().tolist()
