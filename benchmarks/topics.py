"""Wall time and peak memory of topic clustering on 10,000 and 100,000 articles.

The corpus is the bundled practice corpus (``toolkit.load_sample()``, or
``--corpus PATH`` read with ``toolkit.load_articles``) replicated with
variation: every copy drops 15 % of its words at random, shuffles its
paragraphs, and gets its own id, outlet and date, so no two rows are the same
text. CPU time (``time.process_time``, all threads) is reported beside wall
time because the benchmark machine may be shared. Each (size, method) runs
in a fresh process, so the peak resident set
size (``resource.getrusage`` maxrss) belongs to that run alone; it includes
the generated corpus, which is also reported on its own. ``--tracemalloc``
adds the peak of Python/NumPy allocations made inside ``cluster_topics``
(slower: tracing costs time, so its wall time is not the one to report).

Targets (issue 5): 100,000 articles in <= 60 s and <= 4 GiB on 2 cores.

Usage::

    .venv/bin/python benchmarks/topics.py                        # 10k and 100k, minibatch
    .venv/bin/python benchmarks/topics.py --sizes 10000 --methods nmf kmeans minibatch
    .venv/bin/python benchmarks/topics.py --tracemalloc
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc

import numpy as np
import pandas as pd

DROPOUT = 0.15
OUTLETS = [f"outlet{i:03d}.example" for i in range(200)]


def _base(corpus: str | None) -> pd.DataFrame:
    import toolkit

    if corpus:
        return toolkit.load_articles(corpus, progress=False)
    return toolkit.load_sample()


def replicate(base: pd.DataFrame, n: int, seed: int = 0) -> pd.DataFrame:
    """``n`` rows drawn from ``base`` in turn, each copy varied (see module docstring)."""
    rng = np.random.RandomState(seed)
    texts = base["text"].astype("string").fillna("").tolist()
    titles = base["title"].astype("string").fillna("").tolist()
    languages = base["language"].astype("string").fillna("en").tolist()
    paragraphs = [t.split("\n\n") for t in texts]
    start = pd.Timestamp("2024-07-01", tz="UTC")
    rows_text, rows_title, rows_lang = [], [], []
    for i in range(n):
        j = i % len(base)
        paras = list(paragraphs[j])
        rng.shuffle(paras)
        words = "\n\n".join(paras).split(" ")
        keep = rng.random_sample(len(words)) >= DROPOUT
        rows_text.append(" ".join(w for w, k in zip(words, keep, strict=True) if k))
        rows_title.append(titles[j])
        rows_lang.append(languages[j])
    return pd.DataFrame(
        {
            "article_id": pd.array([f"a{i:07d}" for i in range(n)], dtype="string"),
            "outlet": pd.array(rng.choice(OUTLETS, n), dtype="string"),
            "title": pd.array(rows_title, dtype="string"),
            "published": start + pd.to_timedelta(rng.randint(0, 540, n), unit="D"),
            "text": pd.array(rows_text, dtype="string"),
            "language": pd.array(rows_lang, dtype="string"),
        }
    )


def _maxrss_mib() -> float:
    # Linux reports kilobytes
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(size: int, method: str, corpus: str | None, trace: bool) -> dict:
    from toolkit.topics import cluster_topics

    base = _base(corpus)
    articles = replicate(base, size)
    rss_corpus = _maxrss_mib()
    if trace:
        tracemalloc.start()
    t0, c0 = time.perf_counter(), time.process_time()
    model = cluster_topics(articles, n_topics="auto", method=method, random_state=0)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    traced = None
    if trace:
        traced = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return {
        "size": size,
        "method": method,
        "base_articles": len(base),
        "wall_s": round(wall, 1),
        "cpu_s": round(cpu, 1),
        "load_avg_1min": round(os.getloadavg()[0], 1),
        "peak_rss_mib": round(_maxrss_mib(), 0),
        "rss_after_corpus_mib": round(rss_corpus, 0),
        "traced_peak_mib": None if traced is None else round(traced, 0),
        "n_topics": model.n_topics,
        "stories": int(model.assignments["story_id"].nunique()),
        "cpu_count": os.cpu_count(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--methods", nargs="+", default=["minibatch"])
    parser.add_argument("--corpus", help="folder/glob/file to replicate instead of the bundled sample")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python/NumPy allocations")
    parser.add_argument("--one", nargs=2, metavar=("SIZE", "METHOD"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        result = run_one(int(args.one[0]), args.one[1], args.corpus, args.tracemalloc)
        print(json.dumps(result))
        return 0
    print(
        "| articles | method | wall (s) | CPU (s) | load avg | peak RSS (MiB) | RSS after corpus (MiB) "
        "| traced peak (MiB) | topics | stories |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        for method in args.methods:
            cmd = [sys.executable, __file__, "--one", str(size), method]
            if args.corpus:
                cmd += ["--corpus", args.corpus]
            if args.tracemalloc:
                cmd.append("--tracemalloc")
            done = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(f"| {size} | {method} | failed: {done.stderr.strip().splitlines()[-1]} |||||||")
                continue
            r = json.loads(done.stdout.strip().splitlines()[-1])
            print(
                f"| {r['size']:,} | {r['method']} | {r['wall_s']} | {r['cpu_s']} | {r['load_avg_1min']} "
                f"| {r['peak_rss_mib']:.0f} | "
                f"{r['rss_after_corpus_mib']:.0f} | {r['traced_peak_mib'] or '-'} | {r['n_topics']} | {r['stories']:,} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
