"""Placing articles of a language that was not clustered, by character n-grams.

A language with too few articles to be clustered on its own is not fitted.
Its articles share few whole words with another language's topics, but
after transliteration they share pieces of words: names in another case
(``gaze``/``gaza``), cognates (``inflyatsiya``/``inflation``,
``polizei``/``police``). Each topic's centroid is the mean character 3-5-gram
TF-IDF vector of (up to ``PER_TOPIC`` of) its fitted stories; an article goes
to the most similar centroid when the cosine similarity reaches
``MIN_SIMILARITY``, and gets no topic (-1) otherwise, so an article on an
unrelated subject is not folded into another language's topic.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer

from toolkit.topics.text import news_preprocessor

__all__ = ["MIN_SIMILARITY", "Bridge"]

#: Cosine similarity to a topic's character centroid needed to place an
#: article there. On the practice corpus, German, Russian and Lithuanian
#: articles reach their own subject's English topic at 0.054-0.15 (16 of 19
#: right, the weakest a Russian text at 0.03 in the tests); texts sharing no script or alphabet with the topic stay under
#: 0.01. It does not keep out unrelated pages of a related language: on the
#: extraction bench, Portuguese and Finnish pages reach Spanish or German
#: topics at 0.1-0.28 (see the README's language figures).
MIN_SIMILARITY = 0.02
#: Stories per topic that make its centroid (bounds the cost on large topics).
PER_TOPIC = 200
#: Characters of each text used (the lead carries the names).
MAX_CHARS = 3000
_HASH = HashingVectorizer(
    analyzer="char_wb",
    ngram_range=(3, 5),
    preprocessor=news_preprocessor,
    n_features=2**20,
    alternate_sign=False,
    norm=None,
    dtype=np.float64,
)


class Bridge:
    """Character n-gram centroids of the topics.

    Parameters
    ----------
    texts : sequence of str
        Texts of fitted stories.
    topic : numpy.ndarray
        Global topic id of each text (``-1``: none).
    n_topics : int
        Number of topics.
    min_similarity : float
        See ``MIN_SIMILARITY``.
    """

    def __init__(
        self, texts: Sequence[str], topic: np.ndarray, n_topics: int, min_similarity: float = MIN_SIMILARITY
    ) -> None:
        self.min_similarity = min_similarity
        keep = np.zeros(len(texts), dtype=bool)
        for j in range(n_topics):
            keep[np.flatnonzero(topic == j)[:PER_TOPIC]] = True
        rows = np.flatnonzero(keep)
        counts = _HASH.transform([str(texts[i])[:MAX_CHARS] for i in rows])
        self.tfidf = TfidfTransformer(sublinear_tf=True).fit(counts)
        matrix = self.tfidf.transform(counts)
        centers = np.zeros((n_topics, matrix.shape[1]))
        for j in range(n_topics):
            members = topic[rows] == j
            if members.any():
                centers[j] = np.asarray(matrix[members].mean(axis=0)).ravel()
        norms = np.linalg.norm(centers, axis=1, keepdims=True)
        self.centers = np.divide(centers, norms, out=np.zeros_like(centers), where=norms > 0)

    def similarity(self, texts: Sequence[str]) -> np.ndarray:
        """Cosine similarity of each text to each topic centroid."""
        if not len(texts):
            return np.zeros((0, len(self.centers)))
        vectors = self.tfidf.transform(_HASH.transform([str(t)[:MAX_CHARS] for t in texts]))
        return np.asarray(vectors @ self.centers.T).reshape(len(texts), -1)

    def place(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Topic (``-1`` below ``min_similarity``) and similarity of each text."""
        sims = self.similarity(texts)
        if not sims.size:
            return np.full(len(texts), -1), np.zeros(len(texts))
        best = sims.argmax(axis=1)
        top = sims[np.arange(len(texts)), best]
        return np.where(top >= self.min_similarity, best, -1), top
