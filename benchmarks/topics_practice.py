"""Topic quality on the practice corpus: adjusted Rand index against the answer key.

The practice corpus (``toolkit.load_sample()``, 114 articles in English,
German, Russian and Lithuanian) has one answer-key topic per file
(``toolkit.load_sample_labels()``). Each method is run with
``n_topics="auto"`` and ``n_topics=5``, and scored as
``tests/test_topics.py`` scores it: adjusted Rand index between the key and
``assignments["topic"]`` over every article, topic -1 (no topic) counted as
one group. Also printed: the topics found, the articles left at -1, the
ARI over the English articles only (the one clustered language) and the
seconds taken.

Usage::

    .venv/bin/python benchmarks/topics_practice.py
    .venv/bin/python benchmarks/topics_practice.py --methods nmf --seeds 0 1 2
"""

from __future__ import annotations

import argparse
import time
import warnings

import pandas as pd
from sklearn.metrics import adjusted_rand_score


def practice_corpus() -> tuple[pd.DataFrame, pd.Series]:
    """The practice articles and their answer-key topic, joined on ``file``."""
    import toolkit

    articles = toolkit.load_sample()
    labels = toolkit.load_sample_labels()
    truth = articles["file"].map(labels.drop_duplicates("file").set_index("file")["topic"])
    if truth.isna().any():
        raise ValueError(f"practice corpus: {int(truth.isna().sum())} articles have no answer-key topic")
    return articles, truth


def score(method: str, n_topics: int | str, seed: int, articles: pd.DataFrame, truth: pd.Series) -> dict:
    """One run: ARI over all articles and over English ones, topics, -1 count, seconds."""
    from toolkit.topics import cluster_topics

    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the small languages are reported by a warning
        model = cluster_topics(articles, n_topics=n_topics, method=method, random_state=seed)
    seconds = time.perf_counter() - t0
    topic = model.assignments["topic"].to_numpy(dtype="int64", na_value=-1)
    english = (articles["language"] == "en").to_numpy()
    return {
        "method": method,
        "n_topics": n_topics,
        "seed": seed,
        "ari": adjusted_rand_score(truth, topic),
        "ari_en": adjusted_rand_score(truth[english], topic[english]),
        "topics": model.n_topics,
        "no_topic": int((topic < 0).sum()),
        "seconds": seconds,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--methods", nargs="+", default=["nmf", "kmeans", "minibatch"])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0])
    args = parser.parse_args(argv)
    articles, truth = practice_corpus()
    print(f"{len(articles)} articles; languages: "
          + ", ".join(f"{k} {v}" for k, v in articles["language"].value_counts().items()))
    print("| method | n_topics | seed | ARI (all) | ARI (English) | topics | topic -1 | seconds |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for method in args.methods:
        for n_topics in ("auto", 5):
            for seed in args.seeds:
                r = score(method, n_topics, seed, articles, truth)
                print(f"| {r['method']} | {r['n_topics']} | {r['seed']} | {r['ari']:.3f} | {r['ari_en']:.3f} "
                      f"| {r['topics']} | {r['no_topic']} | {r['seconds']:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
