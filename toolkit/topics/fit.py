"""Fitting the topics of one language: TF-IDF, LSA, a tree start, NMF or k-means.

Every step is deterministic: the LSA and the tree sample use a fixed seed of
their own (``LSA_SEED``), as do the resamples that choose the number of
topics (:data:`toolkit.topics.select.RESAMPLE_SEED`); NMF and k-means start
from the cut of an average-linkage tree and run no random restarts, so the
grouping does not depend on the caller's ``random_state``. From random or SVD
starts both NMF and k-means split a large subject into its sub-stories
before they separate the small subjects; started from the tree they do not.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import scipy.linalg
import scipy.sparse as sp
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.cluster import KMeans
from sklearn.decomposition import NMF, TruncatedSVD
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import Normalizer

from toolkit.topics.select import fixed_selection, one_thread, stability_curve
from toolkit.topics.text import _vectorizer_params, content_word

__all__ = ["LSA_SEED", "GroupFit", "Seeds", "fit_group", "label"]

#: Seed of the randomized SVD behind the LSA and of the tree's sample. Fixed,
#: not the caller's ``random_state``: the trailing LSA components of a large
#: sparse matrix change with the seed, and the tree cut follows them.
LSA_SEED = 0
#: Stories in the average-linkage tree that starts k-means and NMF
#: (its distance matrix takes n*(n-1)/2 floats: 36 MB for 3000).
SEED_SAMPLE = 3000
#: NMF iterations: started from the tree's partition it converges in a few
#: dozen; the cap bounds the cost on corpora where it does not.
NMF_MAX_ITER = 300
#: Up to this many stories the LSA is computed exactly from the stories' Gram
#: matrix (n x n, 72 MB at 3000): on the 700 German pages of the extraction
#: bench in 0.2 s of CPU where the randomized SVD takes 1.3 s; above it, the
#: randomized SVD (its cost grows with n, the Gram matrix's with n squared).
GRAM_MAX = 3000


class Seeds:
    """Starting partitions for every k, cut from one average-linkage tree.

    Average-linkage agglomerative clustering (cosine distance between LSA
    vectors) keeps a large, cohesive subject together while it separates
    small, loose ones. The tree is built on at most ``SEED_SAMPLE`` stories;
    the others join the nearest centroid.
    """

    def __init__(self, lsa: np.ndarray) -> None:
        self.lsa = lsa
        n = len(lsa)
        rows = np.arange(n)
        if n > SEED_SAMPLE:
            rows = np.sort(np.random.RandomState(LSA_SEED).choice(n, SEED_SAMPLE, replace=False))
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


def kmeans_from(seeds: Seeds, k: int) -> KMeans:
    """k-means on the LSA vectors, started from the tree's partition."""
    start = seeds.partition(k)
    centers = np.vstack([seeds.lsa[start == j].mean(axis=0) for j in range(int(start.max()) + 1)])
    with one_thread():
        return KMeans(n_clusters=len(centers), init=centers, n_init=1).fit(seeds.lsa)


def kmeans_labels(seeds: Seeds, k: int) -> np.ndarray:
    """Labels of :func:`kmeans_from` (the grouping whose stability chooses k)."""
    return kmeans_from(seeds, k).labels_


def lsa(matrix: sp.csr_matrix) -> tuple[TruncatedSVD, np.ndarray]:
    """100-dimensional LSA (fewer for small inputs), rows L2-normalised.

    Exact (from the Gram matrix, see ``GRAM_MAX``) from more than twice as
    many rows as components up to ``GRAM_MAX`` rows, else scikit-learn's
    randomized ``TruncatedSVD``; either way the result is a fitted
    ``TruncatedSVD`` that transforms new rows.
    """
    n_components = max(1, min(100, matrix.shape[1] - 1, matrix.shape[0] - 1))
    svd = TruncatedSVD(n_components=n_components, random_state=LSA_SEED)
    # one thread: threads started for these few-hundred-row problems on the
    # shared cores cost several times the work (QR and LU of the randomized SVD)
    with warnings.catch_warnings(), one_thread():
        # explained_variance_ratio_ divides by zero on one- or two-row inputs
        warnings.simplefilter("ignore", RuntimeWarning)
        # with few rows per component the exact SVD keeps components of single
        # documents and can leave another document with an all-zero row
        if 2 * n_components < matrix.shape[0] <= GRAM_MAX:
            reduced = _gram_svd(svd, matrix)
        else:
            reduced = svd.fit_transform(matrix)
        reduced = Normalizer(copy=False).transform(reduced)
    return svd, reduced


def _gram_svd(svd: TruncatedSVD, matrix: sp.csr_matrix) -> np.ndarray:
    """Fit ``svd`` exactly from ``matrix @ matrix.T``; return the reduced rows.

    The leading eigenvectors ``U`` and eigenvalues ``s**2`` of the Gram
    matrix give the reduced rows ``U * s`` and the components
    ``U.T @ matrix / s`` that ``TruncatedSVD.transform`` projects new rows on.
    """
    gram = (matrix @ matrix.T).toarray()
    n = gram.shape[0]
    # only the leading eigenpairs (called on one thread, see lsa)
    values, vectors = scipy.linalg.eigh(gram, subset_by_index=[n - svd.n_components, n - 1], driver="evr")
    top = np.argsort(values)[::-1]
    singular = np.sqrt(np.maximum(values[top], 0.0))
    left = vectors[:, top]
    scale = np.divide(1.0, singular, out=np.zeros_like(singular), where=singular > 1e-12)
    # (matrix.T @ left).T scaled in place: a scaled copy of the n_terms x 100
    # product was the peak of the minibatch path (30 MB at 79,000 buckets)
    components = np.asarray(matrix.T @ left).T
    components *= scale[:, None]
    # a component's sign is arbitrary: fix it so the largest loading is positive
    # (row by row: np.abs of the whole matrix and its argmax across strides took two more copies)
    signs = np.sign(np.array([row[np.abs(row).argmax()] for row in components], dtype=components.dtype))
    signs[signs == 0] = 1.0
    components *= signs[:, None]
    reduced = left * singular * signs
    svd.components_ = components
    svd.singular_values_ = singular
    svd.explained_variance_ = reduced.var(axis=0)
    total = np.asarray(matrix.multiply(matrix).sum(axis=0)).ravel().sum() / matrix.shape[0] - float(
        np.square(np.asarray(matrix.mean(axis=0)).ravel()).sum())
    svd.explained_variance_ratio_ = svd.explained_variance_ / total if total > 0 else np.zeros(len(top))
    svd.n_features_in_ = matrix.shape[1]
    return reduced


def fit_nmf(k: int, matrix: sp.csr_matrix, seeds: Seeds) -> NMF:
    """NMF with ``k`` topics, started from the tree's partition."""
    start = seeds.partition(k)
    k = int(start.max()) + 1
    onehot = np.zeros((matrix.shape[0], k))
    onehot[np.arange(matrix.shape[0]), start] = 1.0
    means = np.vstack([np.asarray(matrix[start == j].mean(axis=0)).ravel() for j in range(k)])
    model = NMF(n_components=k, init="custom", max_iter=NMF_MAX_ITER, tol=1e-4)
    with warnings.catch_warnings(), one_thread():
        # started from a good partition, the last iterations change little
        warnings.simplefilter("ignore", ConvergenceWarning)
        # its loss takes sqrt of a difference that rounding can make -0.0
        warnings.simplefilter("ignore", RuntimeWarning)
        model.fit(matrix, W=onehot, H=np.maximum(means, 1e-12))
    return model


def term_rows(method: str, model: Any, matrix: sp.csr_matrix, labels: np.ndarray) -> np.ndarray:
    """One row of term weights per component: NMF's, or the members' mean TF-IDF."""
    if method == "nmf":
        return model.components_
    rows = np.zeros((model.n_clusters, matrix.shape[1]))
    for j in range(model.n_clusters):
        if (labels == j).any():
            rows[j] = np.asarray(matrix[labels == j].mean(axis=0)).ravel()
    return rows


def top_terms(
    rows: np.ndarray, names: Sequence[str], n_terms: int, stop: frozenset[str]
) -> list[tuple[list[str], list[float]]]:
    """The ``n_terms`` heaviest content terms of each row, with their weights."""
    out = []
    for row in rows:
        picked: list[int] = []
        for t in np.argsort(-row, kind="stable"):
            if row[t] <= 0 or len(picked) == n_terms:
                break
            if content_word(str(names[t]), stop):
                picked.append(int(t))
        out.append(([str(names[t]) for t in picked], [round(float(row[t]), 6) for t in picked]))
    return out


def label(terms: list[str]) -> str:
    """Up to three top terms, skipping a word already inside a picked phrase."""
    picked: list[str] = []
    for term in terms:
        if any(term in p.split() or p in term.split() for p in picked):
            continue
        picked.append(term)
        if len(picked) == 3:
            break
    return " / ".join(picked) if picked else "(empty)"


@dataclass
class GroupFit:
    """The fitted topics of one language."""

    pipeline: Pipeline
    terms: list[tuple[list[str], list[float]]]
    selection: pd.DataFrame
    matrix: sp.csr_matrix  # TF-IDF of the fitted stories (not transformed twice)


def vectorize(texts: Sequence[str], overrides: dict[str, Any] | None, stop: list[str]) -> tuple[TfidfVectorizer, sp.csr_matrix]:
    """TF-IDF of the stories; every term is kept when there are too few stories for the bounds."""
    vectorizer = TfidfVectorizer(**_vectorizer_params(len(texts), overrides, stop))
    try:
        return vectorizer, vectorizer.fit_transform(texts)
    except ValueError:
        vectorizer = TfidfVectorizer(
            **_vectorizer_params(len(texts), {**(overrides or {}), "min_df": 1, "max_df": 1.0}, stop)
        )
        try:
            return vectorizer, vectorizer.fit_transform(texts)
        except ValueError as exc:
            raise ValueError(f"articles: no usable words to cluster on ({exc})") from exc


def fit_group(
    texts: Sequence[str],
    *,
    language: str,
    method: str,
    ks: list[int],
    vectorizer_params: dict[str, Any] | None,
    stop: list[str],
    label_stop: frozenset[str],
    n_terms: int,
) -> GroupFit:
    """Fit one language's stories (``method`` ``"nmf"`` or ``"kmeans"``).

    ``ks`` holds one fixed number of topics or the candidates of
    ``n_topics="auto"`` (chosen by :func:`~toolkit.topics.select.stability_curve`).
    """
    vectorizer, matrix = vectorize(texts, vectorizer_params, stop)
    svd, reduced = lsa(matrix)
    seeds = Seeds(reduced)
    if len(ks) > 1:
        selection = stability_curve(reduced, ks, language, kmeans_labels, Seeds, matrix)
    else:
        selection = fixed_selection(ks[0], language)
    k = int(selection.loc[selection["chosen"], "n_topics"].iloc[0])
    if method == "nmf":
        model = fit_nmf(k, matrix, seeds)
        pipeline = Pipeline([("tfidf", vectorizer), ("nmf", model)])
        labels = model.transform(matrix).argmax(axis=1)
    else:
        model = kmeans_from(seeds, k)
        pipeline = Pipeline([("tfidf", vectorizer), ("svd", svd), ("normalize", Normalizer()), ("kmeans", model)])
        labels = model.labels_
    rows = term_rows(method, model, matrix, labels)
    terms = top_terms(rows, vectorizer.get_feature_names_out(), n_terms, label_stop)
    return GroupFit(pipeline=pipeline, terms=terms, selection=selection, matrix=matrix)
