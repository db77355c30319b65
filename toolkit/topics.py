"""Topic clustering of an articles frame: reproducible, labelled, explainable.

:func:`cluster_topics` turns an articles frame (see
:data:`toolkit.schema.ARTICLES`) into a :class:`TopicModel`: one topic per
article with a weight, a labelled topics table, the fitted scikit-learn
``Pipeline`` for new articles, and the curve used to choose the number of
topics. :func:`topics_over_time` and :func:`topics_by_outlet` turn the
assignments into tidy share tables for :mod:`toolkit.plots`.

How it works (defaults chosen for news):

1. **Text.** Title and body are joined, lower-cased, URLs removed and
   Cyrillic transliterated to Latin (so ``Лукашенко`` and ``Lukashenko``
   are one term). Words of two or more characters that start with a letter
   are kept; English, German and Russian function words and news
   boilerplate (``said``, ``told``, ``according``, ``read more``, wire
   credits, weekdays) are removed. Unigrams and bigrams shared by at least
   three stories (a name seen in one or two stories describes a story, not
   a topic), TF-IDF with sublinear term frequency.
2. **Syndication.** Copies of one story (confirmed by
   :func:`toolkit.sources.find_copies`, the one copy detector of the
   toolkit, or linked by ``duplicate_of``) form one *story*; only one
   article per story is used to fit, so twenty aggregator copies of one wire report cannot become a topic of their own.
   Every article is then assigned by the fitted pipeline.
3. **Languages.** Articles in languages that make up less than
   ``min_language_share`` of the corpus are not used to fit (they would
   form topics of their own, by language rather than subject). They are
   assigned afterwards by character 3-5-grams: each topic's centroid is the
   mean character n-gram vector of its fitted stories, and after
   transliteration an article in another language shares pieces of names
   and cognates with it (``gaze``/``gaza``, ``inflyatsiya``/``inflation``,
   ``polizei``/``police``). ``assigned_by`` says which articles were placed
   this way. (The ``minibatch`` path keeps no texts and assigns them by
   whole words only.) An article sharing nothing gets topic ``-1``.
4. **Model.** ``method="nmf"``: NMF on TF-IDF, topic = largest component.
   ``method="kmeans"``: k-means on LSA (TruncatedSVD then L2
   normalisation). Both start from an average-linkage tree of the stories
   (cosine), cut into k groups (see ``_Seeds``): from random or SVD starts
   both split a large subject into its sub-stories before they separate the
   small subjects. ``method="minibatch"``: the scalable path, see below.
5. **Number of topics.** ``n_topics="auto"`` fits every ``k`` in
   ``k_range`` and scores it by the mean silhouette coefficient (cosine
   distance between the stories' TF-IDF vectors, hard topic labels). It
   keeps the smallest ``k`` within one standard error of the best score
   (the one-standard-error rule), because on text the silhouette keeps
   creeping up as topics split into single stories. The curve is in
   :attr:`TopicModel.selection` and is drawn by
   :func:`toolkit.plots.topic_selection_chart`.

Scalable path (``method="minibatch"``): a ``HashingVectorizer`` (no
vocabulary in memory), IDF and a 100-dimensional LSA fitted on a sample of
``sample_size`` articles, then the corpus is streamed in chunks of
``chunk_size`` rows (or partition by partition for a Dask DataFrame): each
chunk is hashed and projected, and ``MiniBatchKMeans.partial_fit`` is fed the
projected chunks. Copies are found as in memory, but only between rows of
one chunk (copies of a story are usually published together, so a corpus
sorted by date keeps most of them in one chunk); the copies of a story
share a weight of one. Only the small LSA matrix (100 floats per
article) is kept; the result object is the same.

Examples
--------
>>> import pandas as pd
>>> from toolkit.topics import cluster_topics
>>> docs = ["Goal striker league match win", "League match goal coach striker",
...         "Inflation prices rent energy bills", "Energy bills rent prices inflation rise"]
>>> articles = pd.DataFrame({"article_id": list("abcd"), "title": [""] * 4, "text": docs})
>>> model = cluster_topics(articles, n_topics=2)
>>> model.assignments["topic"].tolist()
[1, 1, 0, 0]
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse.csgraph import connected_components
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.decomposition import NMF, PCA, TruncatedSVD
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import (
    ENGLISH_STOP_WORDS,
    HashingVectorizer,
    TfidfTransformer,
    TfidfVectorizer,
)
from sklearn.metrics import silhouette_samples
from sklearn.metrics.pairwise import cosine_distances
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import Normalizer

from toolkit.sources import CONFIRM_CONTAINMENT, find_copies

__all__ = [
    "NEWS_STOP_WORDS",
    "TopicModel",
    "cluster_topics",
    "news_preprocessor",
    "stop_words",
    "topics_by_outlet",
    "topics_over_time",
]

Method = Literal["nmf", "kmeans", "minibatch"]
METHODS = ("nmf", "kmeans", "minibatch")

#: News boilerplate: reporting verbs, web chrome, wire credits, weekdays.
#: These words occur in every topic, so left in they pull unrelated stories
#: together and end up in every topic label.
NEWS_STOP_WORDS = frozenset(
    """
    said says say saying told tell tells telling reported reports reporting according
    added adding noted stated statement spokesperson spokesman spokeswoman
    read click subscribe newsletter sign advertisement advert cookie cookies
    copyright rights reserved photo photos image images video videos caption credit getty
    file share shares comment comments follow updated update published story stories
    ap afp reuters associated press dpa tass wire
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    week weeks month months year years day days time times
    mr mrs ms dr also just like new news really way ve ll re don didn doesn isn wasn
    """.split()
)

# Common function words of German and Russian (written for this project):
# without them, two German articles on unrelated subjects look alike.
_GERMAN_STOP_WORDS = frozenset(
    """
    aber alle allem allen aller alles als also am an andere anderen auch auf aus bei beim
    bin bis bisher bist da dabei dadurch damit dann darauf darin das dass dem den denen der
    des deshalb die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem
    einen einer eines er es etwa euch gegen gewesen hab habe haben hat hatte hatten hier
    ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ins ist jedoch jetzt kann kein keine
    konnte man mehr mich mit muss nach nicht noch nun nur ob oder ohne schon sehr sei seid
    sein seine seinem seinen seiner seit sich sie sind so soll sollen sowie ueber um und
    uns unter vom von vor wahrend war waren warum was weil welche wenn wer werden wie wieder
    will wir wird wo wurde wurden zu zum zur zwei zwischen sagte sagten teilte mit laut
    heute gestern jahr jahre jahren
    """.split()
)
_RUSSIAN_STOP_WORDS_CYRILLIC = """
    а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да
    даже для до его ее её если есть еще ещё же за здесь и из или им их к как когда кто ли
    либо мне может мы на над надо наш не него нее неё нет ни них но ну о об однако он она
    они оно от очень по под после при про с со так также такой там те тем то того тоже
    той только том ты у уже хотя чего чей чем что чтобы эта эти это этого этой этом этот я
    заявил заявила сообщил сообщила сообщает сказал сказала году год года также который
    которая которые которых
"""

# Cyrillic to Latin, close to the BGN/PCGN romanisation of Russian and
# Belarusian names as English-language news spells them (Lukashenko,
# Tikhanovskaya, Minsk); soft and hard signs are dropped.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ў": "u", "ї": "yi", "є": "ye", "ґ": "g",
}
_TRANSLIT = str.maketrans({**_CYRILLIC, **{k.upper(): v for k, v in _CYRILLIC.items()}})
_GERMAN_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_URL = re.compile(r"https?://\S+|www\.\S+")
_NEEDS_FOLDING = re.compile("[" + "".join(_CYRILLIC) + "äöüß]")
#: Tokens: two or more letters/digits starting with a letter (no bare numbers,
#: which are mostly dates and counts shared by every topic).
TOKEN_PATTERN = r"(?u)\b[^\W\d_][^\W_]+\b"

#: Containment of the shorter article's word shingles in the other above
#: which :func:`toolkit.sources.find_copies` confirms two articles as copies
#: of one story (its own default): an aggregator page that wraps a wire
#: report in its own menus and teasers still contains most of the report.
DUPLICATE_THRESHOLD = CONFIRM_CONTAINMENT
#: Languages with a smaller share of the corpus are assigned, not fitted.
MIN_LANGUAGE_SHARE = 0.2
#: Range of topic numbers tried by ``n_topics="auto"``.
K_RANGE = (2, 12)
#: Character n-grams that place articles in languages the model was not
#: fitted on (see ``_fit_bridge``). Word-boundary grams of 3-5 characters.
_BRIDGE_PARAMS: dict[str, Any] = {
    "analyzer": "char_wb",
    "ngram_range": (3, 5),
    "sublinear_tf": True,
    "max_df": 0.9,
    "max_features": 200_000,
}
#: Stories in the average-linkage tree that seeds k-means and NMF
#: (its distance matrix takes n*(n-1)/2 floats: 36 MB for 3000).
_SEED_SAMPLE = 3000
#: Stories scored by the silhouette coefficient (it is quadratic in n).
_SILHOUETTE_SAMPLE = 5000


def news_preprocessor(text: str) -> str:
    """Lower-case, drop URLs, transliterate Cyrillic and fold German umlauts.

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
    if _NEEDS_FOLDING.search(text):  # most English texts skip the two translations
        text = text.translate(_TRANSLIT).translate(_GERMAN_FOLD)
    return text


def stop_words() -> list[str]:
    """Return the sorted stop list: English, news boilerplate, German, Russian.

    Russian words are transliterated like the text, so the list matches what
    :func:`news_preprocessor` produces.

    Examples
    --------
    >>> {"said", "the", "und", "chto"} <= set(stop_words())
    True
    """
    russian = {news_preprocessor(w) for w in _RUSSIAN_STOP_WORDS_CYRILLIC.split()}
    german = {w.translate(_GERMAN_FOLD) for w in _GERMAN_STOP_WORDS}
    return sorted(set(ENGLISH_STOP_WORDS) | NEWS_STOP_WORDS | german | russian)


# ----------------------------------------------------------------- result ---


@dataclass
class TopicModel:
    """What :func:`cluster_topics` found, and how to apply it to new articles.

    Attributes
    ----------
    assignments : pandas.DataFrame
        One row per input article, in input order: ``article_id``,
        ``topic`` (Int64, ``-1`` when the article shares no term with the
        model), ``label``, ``weight`` (share of the article's NMF weight on
        its topic, or cosine similarity to the k-means centroid; for
        articles placed by character n-grams, cosine similarity to the
        topic's character centroid), ``assigned_by`` (``"words"``,
        ``"characters"`` or ``"none"``), ``story_id``
        (``article_id`` of the copy that stands for its near-duplicate
        group), ``fitted`` (whether the article was used to fit), and ``x``,
        ``y`` (2-D projection for the topic map).
    topics : pandas.DataFrame
        One row per topic, largest first: ``topic``, ``label`` (top three
        terms), ``terms`` and ``term_weights`` (lists, top ``n_terms``),
        ``size`` (articles), ``n_stories`` (distinct stories),
        ``representative_ids`` and ``representative_titles`` (lists: the
        stories most typical of the topic).
    pipeline : sklearn.pipeline.Pipeline
        The fitted text pipeline; ``pipeline.transform(texts)`` gives the
        NMF weights (``nmf``) or distances to centroids (k-means).
    selection : pandas.DataFrame
        The curve used by ``n_topics="auto"``: ``n_topics``, ``score``
        (mean silhouette), ``se`` (its standard error), ``criterion``,
        ``chosen``. One row when ``n_topics`` was given.
    method : str
        ``"nmf"``, ``"kmeans"`` or ``"minibatch"``.
    params : dict
        The parameters the model was fitted with.
    """

    assignments: pd.DataFrame
    topics: pd.DataFrame
    pipeline: Pipeline
    selection: pd.DataFrame
    method: str
    params: dict[str, Any] = field(default_factory=dict)
    _order: np.ndarray = field(default=None, repr=False)  # model component -> topic id
    _projection: PCA | None = field(default=None, repr=False)
    _languages: frozenset[str] | None = field(default=None, repr=False)  # fitted languages
    _bridge: TfidfVectorizer | None = field(default=None, repr=False)  # character n-grams
    _bridge_centers: np.ndarray | None = field(default=None, repr=False)  # one row per topic

    @property
    def n_topics(self) -> int:
        """Number of topics."""
        return len(self.topics)

    def __repr__(self) -> str:
        stories = self.assignments["story_id"].nunique() if "story_id" in self.assignments else 0
        return (
            f"TopicModel(method={self.method!r}, n_topics={self.n_topics}, "
            f"articles={len(self.assignments)}, stories={stories})"
        )

    def transform(self, articles: pd.DataFrame) -> np.ndarray:
        """Topic weights of new articles, shape ``(n_articles, n_topics)``.

        Columns follow the topic ids of :attr:`topics` (largest topic first).
        NMF: non-negative weights; k-means: cosine similarity to each
        centroid.
        """
        vectors = self._vectors(_texts(_check_articles(articles, "articles")))
        return self._weights(vectors)

    def assign(self, articles: pd.DataFrame) -> pd.DataFrame:
        """Assign new articles to the fitted topics.

        Parameters
        ----------
        articles : pandas.DataFrame
            Articles with ``article_id`` and ``text`` (``title`` optional).
            Not modified.

        Returns
        -------
        pandas.DataFrame
            ``article_id``, ``topic``, ``label``, ``weight``,
            ``assigned_by`` (``"words"``; ``"characters"`` for articles in a
            language the model was not fitted on; ``"none"`` for topic -1),
            ``x``, ``y``.
        """
        frame = _check_articles(articles, "articles")
        texts = _texts(frame)
        out = self._assign_vectors(frame["article_id"], self._vectors(texts))
        return self._apply_bridge(frame, texts, out)

    # internals -----------------------------------------------------------

    def _vectors(self, texts: Sequence[str]) -> np.ndarray:
        """Document vectors in the space the clustering works in."""
        steps = self.pipeline
        if self.method == "nmf":
            return steps.transform(texts)
        return steps[:-1].transform(texts)

    def _weights(self, vectors: np.ndarray) -> np.ndarray:
        if self.method == "nmf":
            weights = vectors
        else:
            centers = self.pipeline[-1].cluster_centers_
            centers = centers / np.maximum(np.linalg.norm(centers, axis=1, keepdims=True), 1e-12)
            weights = vectors @ centers.T
        return np.asarray(weights)[:, self._order]

    def _assign_vectors(self, ids: pd.Series, vectors: np.ndarray) -> pd.DataFrame:
        weights = self._weights(vectors)
        best = weights.argmax(axis=1) if weights.shape[1] else np.zeros(len(weights), int)
        if self.method == "nmf":
            total = weights.sum(axis=1)
            top = weights[np.arange(len(weights)), best]
            weight = np.divide(top, total, out=np.zeros_like(top), where=total > 0)
            empty = total <= 0
        else:
            weight = weights[np.arange(len(weights)), best]
            empty = np.linalg.norm(vectors, axis=1) <= 1e-12
        topic = np.where(empty, -1, best)
        labels = dict(zip(self.topics["topic"], self.topics["label"], strict=True))
        xy = self._project(vectors)
        return pd.DataFrame(
            {
                "article_id": pd.array(ids.to_numpy(), dtype="string"),
                "topic": pd.array(topic, dtype="Int64"),
                "label": pd.array([labels.get(t, "(no shared terms)") for t in topic], dtype="string"),
                "weight": np.round(weight.astype("float64"), 6),
                "assigned_by": pd.array(np.where(topic >= 0, "words", "none"), dtype="string"),
                "x": xy[:, 0],
                "y": xy[:, 1],
            }
        )

    def _bridge_rows(self, frame: pd.DataFrame) -> np.ndarray:
        """Rows in a language the model was not fitted on (when it knows)."""
        if self._bridge is None:
            return np.zeros(len(frame), dtype=bool)
        return _other_language_rows(frame, self._languages)

    def _apply_bridge(self, frame: pd.DataFrame, texts: Sequence[str], out: pd.DataFrame) -> pd.DataFrame:
        """Assign rows in other languages by character n-grams (see ``_fit_bridge``)."""
        rows = np.flatnonzero(self._bridge_rows(frame))
        if not len(rows):
            return out
        sims = np.asarray(
            self._bridge.transform([texts[i] for i in rows]) @ self._bridge_centers.T
        ).reshape(len(rows), -1)
        best = sims.argmax(axis=1)
        top = sims[np.arange(len(rows)), best]
        topic = np.where(top > 0, best, -1)
        labels = dict(zip(self.topics["topic"], self.topics["label"], strict=True))
        out = out.copy()
        position = out.columns.get_loc
        out.iloc[rows, position("topic")] = topic
        out.iloc[rows, position("label")] = [labels.get(t, "(no shared terms)") for t in topic]
        out.iloc[rows, position("weight")] = np.round(top.astype("float64"), 6)
        out.iloc[rows, position("assigned_by")] = np.where(topic >= 0, "characters", "none")
        return out

    def _project(self, vectors: np.ndarray) -> np.ndarray:
        if self._projection is None:
            return np.zeros((len(vectors), 2))
        return np.round(self._projection.transform(_map_space(vectors, self.method)), 6)


# ------------------------------------------------------------------ input ---


def _check_articles(articles: Any, name: str) -> pd.DataFrame:
    if _is_dask(articles):
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


def _texts(frame: pd.DataFrame) -> list[str]:
    text = frame["text"].astype("string").fillna("")
    if "title" in frame.columns:
        title = frame["title"].astype("string").fillna("")
        text = title + "\n\n" + text
    return text.tolist()


def _vectorizer_params(n_docs: int, overrides: dict[str, Any] | None) -> dict[str, Any]:
    # min_df: a topic word is shared by several stories; a name or typo seen
    # in one or two stories describes a story, not a topic. Three stories
    # once there are 30, 0.05 % of them in large corpora. max_df: terms in
    # almost every story carry no topic.
    min_df: int = 1 if n_docs < 10 else 2 if n_docs < 30 else max(3, int(0.0005 * n_docs))
    params: dict[str, Any] = {
        "preprocessor": news_preprocessor,
        "token_pattern": TOKEN_PATTERN,
        "stop_words": stop_words(),
        "ngram_range": (1, 2),
        "min_df": min_df,
        "max_df": 0.9 if n_docs >= 10 else 1.0,
        "sublinear_tf": True,
        "max_features": 50_000,
        "dtype": np.float64,
    }
    params.update(overrides or {})
    return params


# ------------------------------------------------------------- duplicates ---


def _stories(frame: pd.DataFrame, threshold: float | None) -> np.ndarray:
    """Position of the row that stands for each row's story.

    A story is a connected group of copies: pairs that
    :func:`toolkit.sources.find_copies` confirms (MinHash LSH over word
    shingles, then containment of the shorter text's shingles of at least
    ``threshold``), or that ``duplicate_of`` links. The group's probable
    original (``find_copies``'s ``original_id``) stands for it; a group
    joined by ``duplicate_of`` only is stood for by its first row.
    ``threshold`` None, or above 1 (a containment no pair reaches), skips
    the text comparison.
    """
    n = len(frame)
    pairs = _duplicate_links(frame)
    originals: list[int] = []
    if threshold is not None and threshold <= 1 and n > 1:
        copies = find_copies(_copy_input(frame), threshold=float(threshold))
        if len(copies):
            position = copies["article_id"].astype(int).to_numpy()
            originals = sorted(set(copies["original_id"].astype(int).tolist()))
            first = pd.Series(position).groupby(copies["group"].to_numpy()).transform("min")
            pairs += list(zip(first.tolist(), position.tolist(), strict=True))
    r = np.asarray([a for a, _ in pairs], dtype=np.int64)
    c = np.asarray([b for _, b in pairs], dtype=np.int64)
    graph = sp.coo_matrix((np.ones(len(r)), (r, c)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    rows = np.arange(n)
    # an original named by find_copies stands for its group, else the first row
    rank = np.where(np.isin(rows, originals), rows - n, rows)
    best = pd.Series(rank).groupby(labels).transform("min").to_numpy()
    return np.where(best < 0, best + n, best)


def _copy_input(frame: pd.DataFrame) -> pd.DataFrame:
    """The columns :func:`~toolkit.sources.find_copies` reads; ids are row positions."""
    index = pd.RangeIndex(len(frame))
    out = pd.DataFrame({"article_id": pd.array([str(i) for i in index], dtype="string")}, index=index)
    out["outlet"] = (
        frame["outlet"].astype("string").to_numpy() if "outlet" in frame.columns else pd.NA
    )
    published = frame["published"].to_numpy() if "published" in frame.columns else pd.NaT
    out["published"] = pd.to_datetime(pd.Series(published, index=index), utc=True, errors="coerce")
    out["text"] = frame["text"].astype("string").fillna("").to_numpy()
    for column in ("wire", "n_words"):
        if column in frame.columns:
            out[column] = frame[column].to_numpy()
    return out


def _duplicate_links(frame: pd.DataFrame) -> list[tuple[int, int]]:
    if "duplicate_of" not in frame.columns:
        return []
    position = {aid: i for i, aid in enumerate(frame["article_id"].astype(str))}
    links = []
    for i, original in enumerate(frame["duplicate_of"].tolist()):
        if original is not None and not pd.isna(original) and str(original) in position:
            links.append((position[str(original)], i))
    return links


# ------------------------------------------------------------------ model ---


class _Seeds:
    """Starting partitions for every k, cut from one average-linkage tree.

    Average-linkage agglomerative clustering (cosine distance between LSA
    vectors) keeps a large, cohesive subject together while it separates
    small, loose ones; k-means or NMF started from it then refine the
    partition. Started from random or SVD-based points, both split the
    largest subject into its sub-stories before they separate the small
    subjects. The tree is built on at most ``_SEED_SAMPLE`` stories; the
    others join the nearest centroid.
    """

    def __init__(self, lsa: np.ndarray, seed: int) -> None:
        self.lsa = lsa
        n = len(lsa)
        rows = np.arange(n)
        if n > _SEED_SAMPLE:
            rows = np.sort(np.random.RandomState(seed).choice(n, _SEED_SAMPLE, replace=False))
        self.rows = rows
        self.tree = linkage(lsa[rows], method="average", metric="cosine") if len(rows) > 1 else None

    def partition(self, k: int) -> np.ndarray:
        """Labels 0..k'-1 (k' <= k) of every story."""
        if self.tree is None or k <= 1:
            return np.zeros(len(self.lsa), dtype=int)
        cut = fcluster(self.tree, t=k, criterion="maxclust") - 1
        centers = np.vstack([self.lsa[self.rows][cut == j].mean(axis=0) for j in np.unique(cut)])
        centers /= np.maximum(np.linalg.norm(centers, axis=1, keepdims=True), 1e-12)
        labels = (self.lsa @ centers.T).argmax(axis=1)
        labels[self.rows] = np.unique(cut, return_inverse=True)[1]
        return np.unique(labels, return_inverse=True)[1]


def _fit_one(method: str, k: int, matrix: sp.csr_matrix, lsa: np.ndarray, seeds: _Seeds, seed: int) -> Any:
    """NMF or k-means with ``k`` topics, started from the seed partition."""
    start = seeds.partition(k)
    k = int(start.max()) + 1
    if method == "nmf":
        onehot = np.zeros((matrix.shape[0], k))
        onehot[np.arange(matrix.shape[0]), start] = 1.0
        means = np.vstack([np.asarray(matrix[start == j].mean(axis=0)).ravel() for j in range(k)])
        model = NMF(n_components=k, init="custom", random_state=seed, max_iter=1000, tol=1e-4)
        with warnings.catch_warnings():
            # started from a good partition, the last iterations change little
            warnings.simplefilter("ignore", ConvergenceWarning)
            # its loss takes sqrt of a difference that rounding can make -0.0
            warnings.simplefilter("ignore", RuntimeWarning)
            model.fit(matrix, W=onehot, H=np.maximum(means, 1e-12))
        return model
    centers = np.vstack([lsa[start == j].mean(axis=0) for j in range(k)])
    return KMeans(n_clusters=k, init=centers, n_init=1, random_state=seed).fit(lsa)


def _hard_labels(method: str, model: Any, matrix: sp.csr_matrix, lsa: np.ndarray | None) -> np.ndarray:
    if method == "nmf":
        return model.transform(matrix).argmax(axis=1)
    return model.labels_


def _lsa(matrix: sp.csr_matrix, seed: int) -> tuple[TruncatedSVD, np.ndarray]:
    n_components = max(1, min(100, matrix.shape[1] - 1, matrix.shape[0] - 1))
    svd = TruncatedSVD(n_components=n_components, random_state=seed)
    with warnings.catch_warnings():
        # explained_variance_ratio_ divides by zero on one- or two-row inputs
        warnings.simplefilter("ignore", RuntimeWarning)
        reduced = Normalizer(copy=False).transform(svd.fit_transform(matrix))
    return svd, reduced


def _map_space(vectors: np.ndarray, method: str) -> np.ndarray:
    """Rows the 2-D map is computed from: topic mixture (NMF) or LSA vector."""
    vectors = np.asarray(vectors, dtype=np.float64)
    if method == "nmf":
        total = vectors.sum(axis=1, keepdims=True)
        return np.divide(vectors, total, out=np.zeros_like(vectors), where=total > 0)
    return vectors


def _fit_projection(vectors: np.ndarray, method: str) -> PCA | None:
    space = _map_space(vectors, method)
    if space.shape[0] < 2 or space.shape[1] < 2:
        return None
    pca = PCA(n_components=2, svd_solver="full").fit(space)
    # fix the sign of each axis (largest loading positive) so runs agree
    signs = np.sign(pca.components_[np.arange(2), np.abs(pca.components_).argmax(axis=1)])
    pca.components_ = pca.components_ * signs[:, None]
    return pca


def _selection_curve(
    k_values: Sequence[int],
    labels_for: Callable[[int], np.ndarray],
    space: Any,
    seed: int,
    criterion: str = "silhouette",
) -> pd.DataFrame:
    """Silhouette curve over ``k_values`` and the one-standard-error choice.

    For each k: the mean silhouette coefficient (cosine distance in
    ``space``) of the stories' hard topic labels, and its standard error
    (standard deviation of the per-story coefficients over the square root
    of their number). The chosen k is the smallest whose mean lies within
    one standard error of the best mean: the silhouette of text clusters
    keeps creeping up as topics split into single stories, so the simplest
    model that is not measurably worse is kept (the "one-standard-error
    rule" of Breiman et al., 1984).
    """
    n = space.shape[0]
    rows = np.arange(n)
    if n > _SILHOUETTE_SAMPLE:
        rows = np.sort(np.random.RandomState(seed).choice(n, _SILHOUETTE_SAMPLE, replace=False))
    distances = cosine_distances(space[rows])  # once for every k
    np.fill_diagonal(distances, 0.0)
    means, errors = [], []
    for k in k_values:
        labels = np.asarray(labels_for(k))[rows]
        if len(np.unique(labels)) < 2:
            means.append(np.nan)
            errors.append(np.nan)
            continue
        values = silhouette_samples(distances, labels, metric="precomputed")
        means.append(float(values.mean()))
        errors.append(float(values.std() / np.sqrt(len(values))))
    curve = pd.DataFrame(
        {
            "n_topics": pd.array(list(k_values), dtype="Int64"),
            "score": np.round(np.asarray(means, dtype="float64"), 6),
            "se": np.round(np.asarray(errors, dtype="float64"), 6),
            "criterion": pd.array([criterion] * len(k_values), dtype="string"),
        }
    )
    chosen = 0
    if curve["score"].notna().any():
        best = int(curve["score"].idxmax())
        floor = curve.loc[best, "score"] - curve.loc[best, "se"]
        chosen = int(curve.index[(curve["score"] >= floor).fillna(False)].min())
    curve["chosen"] = curve.index == chosen
    return curve


def _fixed_selection(k: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "n_topics": pd.array([k], dtype="Int64"),
            "score": [np.nan],
            "se": [np.nan],
            "criterion": pd.array(["fixed"], dtype="string"),
            "chosen": [True],
        }
    )


def _k_values(n_topics: int | str, k_range: tuple[int, int], n_stories: int) -> list[int]:
    if isinstance(n_topics, str):
        if n_topics != "auto":
            raise ValueError(f"n_topics: expected a positive integer or 'auto', got {n_topics!r}")
        low, high = k_range
        high = min(high, n_stories - 1)
        if n_stories < 3 or high < max(2, low):
            raise ValueError(
                f"articles: n_topics='auto' needs at least 3 distinct stories, found {n_stories}; "
                "pass a fixed n_topics or more articles"
            )
        return list(range(max(2, low), high + 1))
    if isinstance(n_topics, bool) or not isinstance(n_topics, int | np.integer) or n_topics < 1:
        raise ValueError(f"n_topics: expected a positive integer or 'auto', got {n_topics!r}")
    if n_topics > n_stories:
        raise ValueError(
            f"n_topics: asked for {n_topics} topics but the articles hold only {n_stories} "
            "distinct stories (copies are counted once)"
        )
    return [int(n_topics)]


def _fit_languages(frame: pd.DataFrame, min_share: float | None) -> np.ndarray:
    """Mask of articles whose language is common enough to fit on."""
    n = len(frame)
    if min_share is None or "language" not in frame.columns:
        return np.ones(n, bool)
    lang = frame["language"].astype("string").fillna("").str.lower()
    shares = lang.value_counts(normalize=True)
    common = set(shares[shares >= min_share].index) | {""}
    mask = lang.isin(common).to_numpy()
    return mask if mask.any() else np.ones(n, bool)


def _term_table(
    method: str,
    model: Any,
    vectorizer: TfidfVectorizer | TfidfTransformer,
    feature_names: np.ndarray | None,
    matrix: sp.csr_matrix,
    labels: np.ndarray,
    k: int,
    n_terms: int,
) -> list[tuple[list[str], list[float]]]:
    out = []
    for j in range(k):
        if method == "nmf":
            row = model.components_[j]
        else:
            members = labels == j
            row = np.asarray(matrix[members].mean(axis=0)).ravel() if members.any() else np.zeros(matrix.shape[1])
        top = np.argsort(-row, kind="stable")[:n_terms]
        top = top[row[top] > 0]
        names = [str(feature_names[t]) if feature_names is not None else f"#{t}" for t in top]
        out.append((names, [round(float(row[t]), 6) for t in top]))
    return out


def _label(terms: list[str]) -> str:
    picked: list[str] = []
    for term in terms:
        # skip a unigram already inside a picked bigram and vice versa
        if any(term in p.split() or p in term.split() for p in picked):
            continue
        picked.append(term)
        if len(picked) == 3:
            break
    return " / ".join(picked) if picked else "(empty)"


# -------------------------------------------------------------- public API ---


def cluster_topics(
    articles: pd.DataFrame,
    n_topics: int | Literal["auto"] = "auto",
    method: Method = "nmf",
    random_state: int = 0,
    *,
    k_range: tuple[int, int] = K_RANGE,
    duplicate_threshold: float | None = DUPLICATE_THRESHOLD,
    min_language_share: float | None = MIN_LANGUAGE_SHARE,
    n_terms: int = 10,
    n_representatives: int = 3,
    vectorizer_params: dict[str, Any] | None = None,
    chunk_size: int = 5000,
    sample_size: int = 10_000,
) -> TopicModel:
    """Cluster articles into labelled topics, reproducibly.

    Parameters
    ----------
    articles : pandas.DataFrame or dask.dataframe.DataFrame
        Articles frame (:data:`toolkit.schema.ARTICLES`); needs
        ``article_id`` and ``text``; ``title``, ``language`` and
        ``duplicate_of`` are used when present. Not modified. A Dask frame
        is accepted by ``method="minibatch"`` only.
    n_topics : int or "auto"
        Number of topics, or ``"auto"`` to choose in ``k_range``: the
        smallest number whose mean silhouette coefficient (cosine, on the
        stories' TF-IDF vectors) is within one standard error of the best;
        the curve is returned in ``selection``.
    method : {"nmf", "kmeans", "minibatch"}
        NMF on TF-IDF; k-means on LSA; or the scalable path (hashing,
        sample-fitted LSA, ``MiniBatchKMeans.partial_fit`` over chunks).
    random_state : int
        Seed for every random step; equal inputs give equal outputs.
    k_range : (int, int)
        Smallest and largest number of topics tried by ``"auto"``.
    duplicate_threshold : float or None
        Containment that :func:`toolkit.sources.find_copies` needs to
        confirm two articles as copies of one story; ``None`` (or a value
        above 1, which no pair reaches) uses only ``duplicate_of``.
    min_language_share : float or None
        Languages below this share of the corpus are assigned but not
        fitted; ``None`` fits every article.
    n_terms, n_representatives : int
        Top terms and representative articles listed per topic.
    vectorizer_params : dict, optional
        Overrides for ``TfidfVectorizer`` (or ``HashingVectorizer`` for
        ``minibatch``), e.g. ``{"ngram_range": (1, 1)}``.
    chunk_size, sample_size : int
        ``minibatch`` only: rows per chunk, and rows used to fit IDF and LSA
        (and to choose ``n_topics`` when ``"auto"``).

    Returns
    -------
    TopicModel

    Raises
    ------
    ValueError
        Empty frame, missing columns, no usable words, or fewer distinct
        stories than topics.

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
    if method == "minibatch":
        return _cluster_minibatch(
            articles,
            n_topics=n_topics,
            random_state=random_state,
            k_range=k_range,
            duplicate_threshold=duplicate_threshold,
            min_language_share=min_language_share,
            n_terms=n_terms,
            n_representatives=n_representatives,
            vectorizer_params=vectorizer_params,
            chunk_size=chunk_size,
            sample_size=sample_size,
        )
    frame = _check_articles(articles, "articles")
    if len(frame) == 0:
        raise ValueError("articles: the frame is empty; nothing to cluster")
    if frame["article_id"].isna().any():
        raise ValueError("articles: column 'article_id' has empty values")
    texts = _texts(frame)
    n = len(texts)

    # 1. stories: near-duplicate copies and duplicate_of links
    story = _stories(frame.reset_index(drop=True), duplicate_threshold)
    is_rep = story == np.arange(n)
    common = _fit_languages(frame, min_language_share)
    fit_mask = is_rep & common
    languages: frozenset[str] | None = None
    if not fit_mask.any():
        fit_mask = is_rep
    elif "language" in frame.columns and not common.all():
        languages = frozenset(frame["language"].astype("string").fillna("").str.lower()[common])
    fit_texts = [t for t, m in zip(texts, fit_mask, strict=True) if m]
    n_stories = len(fit_texts)
    k_values = _k_values(n_topics, k_range, n_stories)

    # 2. vectorise the stories
    vectorizer = TfidfVectorizer(**_vectorizer_params(n_stories, vectorizer_params))
    try:
        matrix = vectorizer.fit_transform(fit_texts)
    except ValueError:
        # too few stories for min_df/max_df: keep every term
        vectorizer = TfidfVectorizer(
            **_vectorizer_params(n_stories, {**(vectorizer_params or {}), "min_df": 1, "max_df": 1.0})
        )
        try:
            matrix = vectorizer.fit_transform(fit_texts)
        except ValueError as exc:
            raise ValueError(f"articles: no usable words to cluster on ({exc})") from exc
    svd, lsa = _lsa(matrix, random_state)
    seeds = _Seeds(lsa, random_state)

    # 3. number of topics, then the final model
    if len(k_values) > 1:
        selection = _selection_curve(
            k_values,
            lambda k: _hard_labels(method, _fit_one(method, k, matrix, lsa, seeds, random_state), matrix, lsa),
            matrix,
            random_state,
        )
    else:
        selection = _fixed_selection(k_values[0])
    k = int(selection.loc[selection["chosen"], "n_topics"].iloc[0])
    model = _fit_one(method, k, matrix, lsa, seeds, random_state)
    k = model.n_components if method == "nmf" else model.n_clusters
    if method == "nmf":
        pipeline = Pipeline([("tfidf", vectorizer), ("nmf", model)])
    else:
        pipeline = Pipeline(
            [("tfidf", vectorizer), ("svd", svd), ("normalize", Normalizer()), ("kmeans", model)]
        )
    fit_labels = _hard_labels(method, model, matrix, lsa)
    terms = _term_table(method, model, vectorizer, vectorizer.get_feature_names_out(), matrix, fit_labels, k, n_terms)
    return _finish(
        frame=frame,
        method=method,
        pipeline=pipeline,
        selection=selection,
        terms=terms,
        story=story,
        fit_mask=fit_mask,
        all_vectors_fn=lambda: (
            pipeline.transform(texts) if method == "nmf" else pipeline[:-1].transform(texts)
        ),
        fit_vectors_index=np.flatnonzero(fit_mask),
        n_representatives=n_representatives,
        texts=texts,
        languages=languages,
        params={
            "n_topics": n_topics,
            "method": method,
            "random_state": random_state,
            "k_range": tuple(k_range),
            "duplicate_threshold": duplicate_threshold,
            "min_language_share": min_language_share,
            "n_terms": n_terms,
            "vectorizer_params": dict(vectorizer_params or {}),
        },
    )


def _finish(
    *,
    frame: pd.DataFrame,
    method: str,
    pipeline: Pipeline,
    selection: pd.DataFrame,
    terms: list[tuple[list[str], list[float]]],
    story: np.ndarray,
    fit_mask: np.ndarray,
    all_vectors_fn: Any,
    fit_vectors_index: np.ndarray,
    n_representatives: int,
    params: dict[str, Any],
    vectors: np.ndarray | None = None,
    texts: Sequence[str] | None = None,
    languages: frozenset[str] | None = None,
) -> TopicModel:
    """Assign every article, order topics by size, build the tables."""
    k = len(terms)
    provisional = TopicModel(
        assignments=pd.DataFrame(),
        topics=pd.DataFrame({"topic": range(k), "label": [_label(t) for t, _ in terms]}),
        pipeline=pipeline,
        selection=selection,
        method=method,
        params=params,
        _order=np.arange(k),
    )
    if vectors is None:
        vectors = np.asarray(all_vectors_fn())
    raw = provisional._weights(vectors)
    best = raw.argmax(axis=1)
    has_terms = (raw.sum(axis=1) > 0) if method == "nmf" else (np.linalg.norm(vectors, axis=1) > 1e-12)
    component = np.where(has_terms, best, -1)
    bridge, centers = None, None
    if languages is not None and texts is not None:
        other = _other_language_rows(frame, languages)
        if other.any():
            bridge, centers = _fit_bridge(texts, component, fit_mask, k)
            sims = np.asarray(bridge.transform([texts[i] for i in np.flatnonzero(other)]) @ centers.T)
            component[other] = np.where(sims.max(axis=1) > 0, sims.argmax(axis=1), -1)
    assigned = component >= 0
    sizes = np.bincount(component[assigned], minlength=k)
    stories = np.bincount(component[assigned & (story == np.arange(len(story)))], minlength=k)
    labels = [_label(t) for t, _ in terms]
    # largest topic first; ties by label, then by component, so the order is stable
    order = np.array(sorted(range(k), key=lambda j: (-sizes[j], labels[j], j)), dtype=int)
    model = TopicModel(
        assignments=pd.DataFrame(),
        topics=pd.DataFrame({"topic": range(k), "label": [labels[j] for j in order]}),
        pipeline=pipeline,
        selection=selection,
        method=method,
        params=params,
        _order=order,
        _projection=_fit_projection(vectors[fit_vectors_index], method),
        _languages=languages if bridge is not None else None,
        _bridge=bridge,
        _bridge_centers=None if centers is None else centers[order],
    )
    ids = frame["article_id"].astype("string").reset_index(drop=True)
    assignments = model._assign_vectors(ids, vectors)
    if bridge is not None:
        assignments = model._apply_bridge(frame.reset_index(drop=True), texts, assignments)
    assignments.insert(4, "story_id", pd.array(ids.to_numpy()[story], dtype="string"))
    assignments.insert(5, "fitted", fit_mask.astype(bool))
    titles = (
        frame["title"].astype("string").reset_index(drop=True)
        if "title" in frame.columns
        else pd.Series(pd.NA, index=ids.index, dtype="string")
    )
    rows = []
    for topic, j in enumerate(order):
        members = assignments["topic"].to_numpy(dtype="int64", na_value=-1) == topic
        # typical: fitted stories with the highest weight (an article in a
        # minority language can weigh 1.0 on the strength of two names)
        reps = assignments[members & (story == np.arange(len(story)))]
        reps = reps.sort_values(
            ["fitted", "weight", "article_id"], ascending=[False, False, True], kind="stable"
        )
        top = reps.index[:n_representatives]
        rows.append(
            {
                "topic": topic,
                "label": labels[j],
                "terms": terms[j][0],
                "term_weights": terms[j][1],
                "size": int(members.sum()),
                "n_stories": int(stories[j]) if members.any() else 0,
                "representative_ids": [str(v) for v in ids.iloc[top]],
                "representative_titles": [None if pd.isna(v) else str(v) for v in titles.iloc[top]],
            }
        )
    topics = pd.DataFrame(rows)
    topics["topic"] = topics["topic"].astype("Int64")
    topics["label"] = topics["label"].astype("string")
    topics["size"] = topics["size"].astype("Int64")
    topics["n_stories"] = topics["n_stories"].astype("Int64")
    model.assignments = assignments
    model.topics = topics
    return model


def _other_language_rows(frame: pd.DataFrame, languages: frozenset[str] | None) -> np.ndarray:
    """Rows whose ``language`` is known and not one of ``languages``."""
    if languages is None or "language" not in frame.columns:
        return np.zeros(len(frame), dtype=bool)
    lang = frame["language"].astype("string").fillna("").str.lower()
    return (~lang.isin(languages | {""})).to_numpy()


def _fit_bridge(
    texts: Sequence[str], component: np.ndarray, fit_mask: np.ndarray, k: int
) -> tuple[TfidfVectorizer, np.ndarray]:
    """Character n-gram centroids of the topics, to place articles in other languages.

    An article in a language the model was not fitted on shares few whole
    words with its vocabulary, but after transliteration it shares pieces of
    words: names in another case (``gaze``/``gaza``), cognates
    (``inflyatsiya``/``inflation``, ``polizei``/``police``). Each topic's
    centroid is the mean 3-5 character n-gram TF-IDF vector of its fitted
    stories; such an article goes to the most similar centroid.
    """
    vectorizer = TfidfVectorizer(
        **_BRIDGE_PARAMS, preprocessor=news_preprocessor, min_df=2 if len(texts) >= 10 else 1
    )
    matrix = vectorizer.fit_transform(texts)
    centers = np.zeros((k, matrix.shape[1]))
    for j in range(k):
        members = fit_mask & (component == j)
        if members.any():
            centers[j] = np.asarray(matrix[members].mean(axis=0)).ravel()
    norms = np.linalg.norm(centers, axis=1, keepdims=True)
    centers = np.divide(centers, norms, out=np.zeros_like(centers), where=norms > 0)
    return vectorizer, centers


def _with_articles(assignments: pd.DataFrame, articles: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    missing = [c for c in columns if c not in articles.columns]
    if missing:
        raise ValueError(f"articles: missing column(s) {missing}")
    meta = articles[["article_id", *columns]].copy()
    meta["article_id"] = meta["article_id"].astype("string")
    meta = meta.drop_duplicates("article_id")
    return assignments.merge(meta, on="article_id", how="left", validate="many_to_one")


def _assignments_of(model: TopicModel | pd.DataFrame) -> pd.DataFrame:
    if isinstance(model, TopicModel):
        return model.assignments
    if isinstance(model, pd.DataFrame) and {"article_id", "topic", "label"} <= set(model.columns):
        return model
    raise TypeError("model: expected a TopicModel or its assignments frame")


def topics_over_time(
    model: TopicModel | pd.DataFrame,
    articles: pd.DataFrame,
    freq: Literal["W", "M"] = "W",
) -> pd.DataFrame:
    """Share of each topic per week or month, as a tidy table.

    Parameters
    ----------
    model : TopicModel or pandas.DataFrame
        The model, or its ``assignments``.
    articles : pandas.DataFrame
        The articles it was fitted on (for ``published``). Not modified.
    freq : {"W", "M"}
        Weeks (starting Monday) or calendar months.

    Returns
    -------
    pandas.DataFrame
        ``period`` (start, UTC), ``topic``, ``label``, ``n_articles``,
        ``share`` (of that period's dated articles), one row per period and
        topic, zeros included. Articles without a date are left out.
    """
    if freq not in ("W", "M"):
        raise ValueError(f"freq: expected 'W' (weeks) or 'M' (months), got {freq!r}")
    table = _with_articles(_assignments_of(model), articles, ["published"])
    published = pd.to_datetime(table["published"], utc=True)
    table = table[published.notna()].copy()
    published = published[published.notna()]
    naive = published.dt.tz_localize(None)
    if freq == "W":
        start = naive.dt.normalize() - pd.to_timedelta(naive.dt.day_of_week, unit="D")
    else:
        start = naive.dt.to_period("M").dt.start_time
    table["period"] = start.dt.tz_localize("UTC").astype("datetime64[ns, UTC]")
    return _shares(table, "period")


def topics_by_outlet(model: TopicModel | pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Share of each topic in each outlet's articles, as a tidy table.

    Returns
    -------
    pandas.DataFrame
        ``outlet``, ``topic``, ``label``, ``n_articles``, ``share`` (of the
        outlet's articles), one row per outlet and topic, zeros included.
    """
    table = _with_articles(_assignments_of(model), articles, ["outlet"])
    table["outlet"] = table["outlet"].astype("string").fillna("(unknown)")
    return _shares(table, "outlet")


def _shares(table: pd.DataFrame, by: str) -> pd.DataFrame:
    labels = table[["topic", "label"]].drop_duplicates("topic").sort_values("topic")
    counts = table.groupby([by, "topic"], observed=True).size().rename("n_articles")
    full = pd.MultiIndex.from_product(
        [sorted(table[by].dropna().unique()), labels["topic"].tolist()], names=[by, "topic"]
    )
    counts = counts.reindex(full, fill_value=0).reset_index()
    totals = counts.groupby(by)["n_articles"].transform("sum")
    counts["share"] = np.round(counts["n_articles"] / totals.where(totals > 0), 6)
    counts = counts.merge(labels, on="topic", how="left")
    counts["topic"] = counts["topic"].astype("Int64")
    counts["n_articles"] = counts["n_articles"].astype("Int64")
    return counts[[by, "topic", "label", "n_articles", "share"]]


def _chunks(frame: pd.DataFrame, size: int) -> Iterator[pd.DataFrame]:
    for start in range(0, len(frame), size):
        yield frame.iloc[start : start + size]


# ---------------------------------------------------------- scalable path ---

#: Hash buckets of the scalable path: 2**18 keeps the 100 LSA components at
#: 200 MB while collisions stay rare for news vocabularies.
HASH_FEATURES = 2**18
#: Hash buckets kept for the LSA (most frequent in the sample).
_MAX_BUCKETS = 50_000


def _is_dask(obj: Any) -> bool:
    return type(obj).__module__.startswith("dask") and hasattr(obj, "partitions")


def _frame_chunks(articles: Any, size: int) -> Iterator[pd.DataFrame]:
    """Chunks of at most ``size`` rows, partition by partition for Dask."""
    if _is_dask(articles):
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


def _sample_rows(articles: Any, n: int, size: int, seed: int, chunk_size: int) -> pd.DataFrame:
    rng = np.random.RandomState(seed)
    if not _is_dask(articles):
        take = np.sort(rng.choice(n, size=min(n, size), replace=False))
        return articles.iloc[take]
    fraction = min(1.0, size / max(n, 1))
    parts = []
    for chunk in _frame_chunks(articles, chunk_size):
        keep = rng.random_sample(len(chunk)) < fraction
        parts.append(chunk[keep])
    return pd.concat(parts) if parts else articles.head(0)


def _hashed_terms(hasher: HashingVectorizer, texts: Sequence[str]) -> dict[int, str]:
    """Bucket -> most frequent term of the sample texts that hashes there."""
    analyzer = hasher.build_analyzer()
    counts: dict[str, int] = {}
    for text in texts:
        for term in analyzer(text):
            counts[term] = counts.get(term, 0) + 1
    terms = sorted(counts, key=lambda t: (-counts[t], t))
    if not terms:
        return {}
    single = HashingVectorizer(
        analyzer=_identity, n_features=hasher.n_features, alternate_sign=False, norm=None
    )
    buckets = single.transform([[t] for t in terms]).tocsr().indices
    names: dict[int, str] = {}
    for bucket, term in zip(buckets.tolist(), terms, strict=True):
        names.setdefault(bucket, term)
    return names


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


def _cluster_minibatch(
    articles: Any,
    *,
    n_topics: int | str,
    random_state: int,
    k_range: tuple[int, int],
    duplicate_threshold: float | None,
    min_language_share: float | None,
    n_terms: int,
    n_representatives: int,
    vectorizer_params: dict[str, Any] | None,
    chunk_size: int,
    sample_size: int,
) -> TopicModel:
    if _is_dask(articles):
        missing = [c for c in ("article_id", "text") if c not in articles.columns]
        if missing:
            raise ValueError(f"articles: missing column(s) {missing}")
        n = int(len(articles))
    else:
        _check_articles(articles, "articles")
        n = len(articles)
    if n == 0:
        raise ValueError("articles: the frame is empty; nothing to cluster")
    if chunk_size < 1 or sample_size < 2:
        raise ValueError("chunk_size must be >= 1 and sample_size >= 2")
    threshold = duplicate_threshold

    hash_params: dict[str, Any] = {
        "preprocessor": news_preprocessor,
        "token_pattern": TOKEN_PATTERN,
        "stop_words": stop_words(),
        "ngram_range": (1, 2),
        "n_features": HASH_FEATURES,
        "alternate_sign": False,
        "norm": None,
        "dtype": np.float32,
    }
    hash_params.update(vectorizer_params or {})
    hasher = HashingVectorizer(**hash_params)

    # 1. fit IDF and LSA on a sample of the stories in common languages
    sample = _sample_rows(articles, n, sample_size, random_state, chunk_size)
    common_rows = _fit_languages(sample, min_language_share)
    # languages judged on the sample, not chunk by chunk (a chunk may be all Russian)
    fit_languages = (
        frozenset(sample["language"].astype("string").fillna("").str.lower()[common_rows])
        if "language" in sample.columns and not common_rows.all()
        else None
    )
    sample = sample[common_rows]
    sample_texts = _texts(sample)
    sample_counts = hasher.transform(sample_texts)
    sample_story = _chunk_stories(sample, 0, threshold)
    reps = np.flatnonzero(sample_story == np.arange(len(sample_story)))
    sample_counts = sample_counts[reps]
    n_stories = len(reps)
    k_values = _k_values(n_topics, k_range, n_stories)
    # keep buckets seen in at least 2 sample stories and at most 90 % of them
    df = np.bincount(sample_counts.indices, minlength=hasher.n_features)
    min_df = 1 if n_stories < 20 else 2
    usable = (df >= min_df) & (df <= max(1, 0.9 * n_stories))
    if usable.sum() > _MAX_BUCKETS:  # keep the most frequent: bounds the LSA's size
        usable &= df >= np.sort(df[usable])[-_MAX_BUCKETS]
    active = np.flatnonzero(usable)
    if not len(active):
        raise ValueError("articles: no usable words to cluster on in the sample")
    select = _Columns(active)
    tfidf = TfidfTransformer(sublinear_tf=True).fit(select.transform(sample_counts))
    sample_tfidf = tfidf.transform(select.transform(sample_counts))
    svd, sample_lsa = _lsa(sample_tfidf, random_state)
    sample_lsa = sample_lsa.astype(np.float32)

    # 2. number of topics on the sample, starting centres for the stream
    seeds = _Seeds(sample_lsa.astype(np.float64), random_state)

    def fit_k(k: int) -> KMeans:
        # full k-means on the (small) sample; the stream refines it below
        start = seeds.partition(k)
        centers = np.vstack([sample_lsa[start == j].mean(axis=0) for j in range(int(start.max()) + 1)])
        return KMeans(n_clusters=len(centers), init=centers, n_init=1, random_state=random_state).fit(sample_lsa)

    if len(k_values) > 1:
        selection = _selection_curve(k_values, lambda k: fit_k(k).labels_, sample_tfidf, random_state)
    else:
        selection = _fixed_selection(k_values[0])
    k = int(selection.loc[selection["chosen"], "n_topics"].iloc[0])
    on_sample = fit_k(k)
    k = on_sample.n_clusters
    # no reassignment of "empty" centres: a chunk that holds one subject only
    # (a corpus sorted by section or date) must not pull the others onto it
    kmeans = MiniBatchKMeans(
        n_clusters=k,
        init=on_sample.cluster_centers_,
        n_init=1,
        random_state=random_state,
        batch_size=2048,
        reassignment_ratio=0.0,
    )

    # 3. stream: hash, project, partial_fit; keep only the LSA vectors
    normalizer = Normalizer()
    lsa_parts: list[np.ndarray] = []
    story_parts: list[np.ndarray] = []
    fit_parts: list[np.ndarray] = []
    meta_parts: list[pd.DataFrame] = []
    offset = 0
    meta_columns = ["article_id", "title", "language", "duplicate_of"]
    for chunk in _frame_chunks(articles, chunk_size):
        texts = _texts(chunk)
        weighted = tfidf.transform(select.transform(hasher.transform(texts)))
        story = _chunk_stories(chunk, offset, threshold)
        vectors = normalizer.transform(svd.transform(weighted)).astype(np.float32)
        fit_mask = ~_other_language_rows(chunk, fit_languages)
        # copies share a weight of one; other languages and empty rows weigh 0
        local = story - offset
        group_size = np.bincount(local, minlength=len(chunk))[local]
        weight = np.where(fit_mask, 1.0 / group_size, 0.0)
        weight[np.linalg.norm(vectors, axis=1) <= 1e-12] = 0.0
        if weight.any():
            kmeans.partial_fit(vectors, sample_weight=weight)
        lsa_parts.append(vectors)
        story_parts.append(story)
        fit_parts.append(fit_mask)
        meta_parts.append(chunk[[c for c in meta_columns if c in chunk.columns]].copy())
        offset += len(chunk)
    if not hasattr(kmeans, "cluster_centers_"):  # nothing to stream: keep the sample's fit
        kmeans = on_sample
    vectors = np.vstack(lsa_parts)
    story = np.concatenate(story_parts)
    fit_mask = np.concatenate(fit_parts)
    frame = pd.concat(meta_parts, ignore_index=True)
    if "text" not in frame.columns:
        frame["text"] = ""

    # 4. top terms: centroids mapped back to the hashed term space
    names = _hashed_terms(hasher, _texts(sample.iloc[:5000]))
    term_space = kmeans.cluster_centers_ @ svd.components_
    terms = []
    for j in range(k):
        row = term_space[j]
        candidates = [
            t for t in np.argsort(-row, kind="stable")[: n_terms * 5]
            if row[t] > 0 and int(active[t]) in names
        ]
        top = candidates[:n_terms]
        terms.append(([names[int(active[t])] for t in top], [round(float(row[t]), 6) for t in top]))

    pipeline = Pipeline(
        [
            ("hash", hasher),
            ("select", select),
            ("tfidf", tfidf),
            ("svd", svd),
            ("normalize", Normalizer()),
            ("kmeans", kmeans),
        ]
    )
    fit_rows = np.flatnonzero(fit_mask)
    if len(fit_rows) > sample_size:
        fit_rows = np.sort(np.random.RandomState(random_state).choice(fit_rows, sample_size, replace=False))
    return _finish(
        frame=frame,
        method="minibatch",
        pipeline=pipeline,
        selection=selection,
        terms=terms,
        story=story,
        fit_mask=fit_mask,
        all_vectors_fn=None,
        fit_vectors_index=fit_rows,
        n_representatives=n_representatives,
        params={
            "n_topics": n_topics,
            "method": "minibatch",
            "random_state": random_state,
            "k_range": tuple(k_range),
            "duplicate_threshold": duplicate_threshold,
            "min_language_share": min_language_share,
            "n_terms": n_terms,
            "vectorizer_params": dict(vectorizer_params or {}),
            "chunk_size": chunk_size,
            "sample_size": sample_size,
        },
        vectors=vectors,
    )
