"""What a fitted topic model sampled or capped, as a table a report shows beside its charts.

:func:`topic_samples` reads a :class:`toolkit.topics.TopicModel` (its
parameters, its languages, its fitted pipelines) and the sample sizes the
topics stage documents as module constants, and says, per language and step,
how many of how many were used and why. Nothing in a topic report is then
sampled in silence.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["topic_samples"]


def _row(language: str, step: str, used: int, of: int, why: str) -> dict[str, Any]:
    return {"language": language, "step": step, "used": int(used), "of": int(of),
            "all used": bool(used >= of), "why": why}


def _vocabulary(pipeline: Any) -> tuple[int, int] | None:
    """Terms kept by a fitted vectorizer and its cap (``max_features``), if it has a vocabulary."""
    vectorizer = pipeline[0]
    vocabulary = getattr(vectorizer, "vocabulary_", None)
    cap = getattr(vectorizer, "max_features", None)
    if vocabulary is None or cap is None:
        return None
    return len(vocabulary), int(cap)


def topic_samples(model: Any) -> pd.DataFrame:
    """Per clustered language and step: how many items the topic fit used, of how many, and why.

    Parameters
    ----------
    model : toolkit.topics.TopicModel
        A fitted model.

    Returns
    -------
    pandas.DataFrame
        ``language``, ``step``, ``used``, ``of``, ``all used``, ``why``;
        one row per step that can sample or cap, whether or not it did on
        this corpus.

    Examples
    --------
    >>> import toolkit                                              # doctest: +SKIP
    >>> topic_samples(toolkit.cluster_topics(toolkit.load_sample()))  # doctest: +SKIP
    """
    from toolkit.topics.fit import SEED_SAMPLE
    from toolkit.topics.select import RESAMPLE_SHARE, RESAMPLES, SILHOUETTE_SAMPLE

    params = model.params
    auto = params.get("n_topics") == "auto"
    rows = []
    languages = model.languages if len(model.languages) else pd.DataFrame(columns=["language", "articles",
                                                                                    "stories", "clustered"])
    for lang in languages.itertuples(index=False):
        if not lang.clustered:
            rows.append(_row(lang.language, "articles fitted", 0, lang.articles,
                             f"fewer than {params.get('min_language_articles', 20)} articles: not clustered; "
                             "an article takes a topic only when it shares a story with one"))
            continue
        rows.append(_row(lang.language, "stories fitted (one article per story)", lang.stories, lang.articles,
                         "copies of one story count once"))
        if model.method == "minibatch":
            size = int(params.get("sample_size", lang.stories))
            rows.append(_row(lang.language, "articles sampled for IDF, LSA and the first k-means",
                             min(size, lang.articles), lang.articles,
                             f"sample_size={size:,}; the rest are streamed through MiniBatchKMeans"))
        else:
            rows.append(_row(lang.language, "stories in the tree that starts the fit", min(SEED_SAMPLE, lang.stories),
                             lang.stories, f"at most {SEED_SAMPLE:,}: the tree's distances grow with the square; "
                                           "the others join the nearest centroid"))
            fitted = model.pipelines.get(lang.language)
            vocab = _vocabulary(fitted) if fitted is not None else None
            if vocab is not None:
                kept, cap = vocab
                row = _row(lang.language, "terms in the vocabulary", kept, kept,
                           f"at most the {cap:,} most frequent terms (max_features)"
                           + ("; the cap was reached, rarer terms were left out" if kept >= cap else ""))
                rows.append({**row, "all used": kept < cap})
        if auto:
            share = int(RESAMPLE_SHARE * 100)
            rows.append(_row(lang.language, "stories scored for choosing the number of topics",
                             min(SILHOUETTE_SAMPLE, lang.stories), lang.stories,
                             f"{RESAMPLES} resamples of {share} % of the stories per k; silhouette on at most "
                             f"{SILHOUETTE_SAMPLE:,} stories"))
    return pd.DataFrame(rows, columns=["language", "step", "used", "of", "all used", "why"])
