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
   are kept; each language's stop words (stopwords-iso, plus the project's
   ``resources/lang/<code>/stop_words.txt``: ``said``, ``told``,
   ``according``, wire credits) and English ones are removed. Words shared
   by at least three stories (a name seen in one or two stories describes a
   story, not a topic), TF-IDF with sublinear term frequency (the
   ``minibatch`` path hashes words and two-word phrases); labels use
   content words only.
2. **Syndication.** Copies of one story (confirmed by
   :func:`toolkit.sources.find_copies`, the one copy detector of the
   toolkit, or linked by ``duplicate_of``) form one *story*; only one
   article per story is used to fit, so twenty aggregator copies of one wire report cannot become a topic of their own.
   Every article is then assigned by the fitted pipeline.
3. **Languages.** Every language with at least ``min_language_articles``
   articles (20) gets topics of its own, fitted on its own words and stop
   words. A smaller language is reported (a warning,
   :attr:`TopicModel.languages`) and never folded into another language's
   topic because it looks alike: each of its articles takes a topic only
   when it shares a story with an article of that topic, a copy
   (:func:`toolkit.sources.find_copies`) or the same names and numbers in
   the lead (see :mod:`toolkit.topics.links`), and gets topic ``-1``
   otherwise. ``assigned_by`` (``"words"``, ``"story"``, ``"none"``) and
   ``reason`` say which, and with which article.
4. **Model.** ``method="nmf"``: NMF on TF-IDF, topic = largest component.
   ``method="kmeans"``: k-means on LSA (TruncatedSVD then L2
   normalisation). Both start from an average-linkage tree of the stories
   (cosine), cut into k groups (see :class:`toolkit.topics.fit.Seeds`):
   from random or SVD starts both split a large subject into its
   sub-stories before they separate the small subjects. No step depends on
   ``random_state``: the resamples that choose k draw from a fixed seed. ``method="minibatch"``: the scalable
   path, see below.
5. **Number of topics.** ``n_topics="auto"`` tries every ``k`` in
   ``k_range`` (at most one per five stories) per language and keeps the
   most stable: each ``k`` is clustered again on ten random 80 % subsets of
   the stories, and scored by the adjusted Rand index with the full
   grouping; among the ``k`` reaching 0.9, the smallest within one
   standard error of the best silhouette; when none reaches it (real web
   pages: the extraction bench's German pages reach 0.34 at best), the
   ``k`` with the highest stability minus its standard error, ties to the
   smaller ``k`` (see :mod:`toolkit.topics.select`). The figures are in
   :attr:`TopicModel.selection`, drawn by
   :func:`toolkit.plots.topic_selection_chart` (stability with its error,
   the chosen k, the silhouette). A fixed ``n_topics`` is
   shared among the languages in proportion to their stories.

Scalable path (``method="minibatch"``): a ``HashingVectorizer`` (no
vocabulary in memory), IDF, a 100-dimensional LSA and the k-means fitted on a
sample of ``sample_size`` articles per language, drawn by hashing article
ids (the same sample whatever ``random_state`` or partitioning); then every
article is assigned by the fitted pipelines, ``chunk_size`` rows at a time,
or partition by partition on the ``dask.distributed`` workers for a Dask
DataFrame (``assignments`` is then a Dask frame; the other tables are
small and computed). Copies are found across the whole corpus by
:func:`toolkit.sources.find_copies` (on Dask, its LSH shuffled across
partitions), so copies in different partitions share a story and a topic.
A pandas and a Dask frame of the same rows give the same tables; see
:mod:`toolkit.topics.stream` for what each pass costs.

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

from toolkit.topics.cluster import cluster_topics
from toolkit.topics.model import TopicModel
from toolkit.topics.shares import topics_by_outlet, topics_over_time
from toolkit.topics.text import NEWS_STOP_WORDS, news_preprocessor, stop_words

__all__ = [
    "NEWS_STOP_WORDS",
    "TopicModel",
    "cluster_topics",
    "news_preprocessor",
    "stop_words",
    "topics_by_outlet",
    "topics_over_time",
]
