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

Real text (``--bench PATH``, the extraction-bench folder: ``index.jsonl`` and
``html/*.html.gz``): every page is extracted with
:func:`toolkit.extract.parse_html` (once; ``--cache FILE.parquet`` keeps the
result), pages without text are dropped, and each run below goes in a fresh
process for seeds 0, 1 and 2: ``cluster_topics`` with each method and
``n_topics="auto"``; the same at the k it chose with copy grouping off (the
like-for-like cost); plain TF-IDF + NMF and TF-IDF + MiniBatchKMeans
(scikit-learn defaults, ``random_state`` = seed) at that same k. Reported:
wall time, peak RSS, topics, cross-seed ARI (mean over the three pairs of
seeds), ARI between topic and language, and the language target: topics
whose articles are > 90 % one language that hold > 5 % of another
language's articles ("leaks"; -1 articles are not a topic).

Usage::

    .venv/bin/python benchmarks/topics.py                        # 10k and 100k, minibatch
    .venv/bin/python benchmarks/topics.py --sizes 10000 --methods nmf kmeans minibatch
    .venv/bin/python benchmarks/topics.py --tracemalloc
    .venv/bin/python benchmarks/topics.py --bench ../shared/extraction-bench --cache /tmp/bench.parquet
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
from pathlib import Path

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


def load_bench_articles(path: str, cache: str | None = None) -> pd.DataFrame:
    """Articles extracted from the bench's pages (``article_id``, ``url``, ``title``, ``text``, ``language``)."""
    import gzip
    import warnings
    from pathlib import Path

    if cache and Path(cache).exists():
        return pd.read_parquet(cache)
    from toolkit.extract import parse_html

    rows = []
    folder = Path(path)
    for line in (folder / "index.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        raw = gzip.decompress((folder / record["html_path"]).read_bytes())
        html = raw.decode(record.get("encoding") or "utf-8", errors="replace")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                page = parse_html(html, url=record["url"])
            except ValueError:
                continue
        if (page.get("text") or "").strip():
            rows.append({"article_id": record["id"], "url": record["url"], "title": page.get("title"),
                         "text": page["text"], "language": page.get("language")})
    frame = pd.DataFrame(rows)
    for column in frame.columns:
        frame[column] = frame[column].astype("string")
    if cache:
        frame.to_parquet(cache)
    return frame


def run_real(spec: dict) -> dict:
    """One clustering of the bench texts (see the module docstring)."""
    import warnings

    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    articles = pd.read_parquet(spec["data"])
    texts = (articles["title"].fillna("") + "\n\n" + articles["text"].fillna("")).tolist()
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if spec["kind"] == "tfidf+nmf":
            matrix = TfidfVectorizer().fit_transform(texts)
            labels = NMF(n_components=spec["k"], random_state=spec["seed"]).fit_transform(matrix).argmax(axis=1)
        elif spec["kind"] == "tfidf+minibatchkmeans":
            matrix = TfidfVectorizer().fit_transform(texts)
            labels = MiniBatchKMeans(n_clusters=spec["k"], random_state=spec["seed"]).fit_predict(matrix)
        else:
            from toolkit.topics import cluster_topics

            extra = {} if spec["k"] == "auto" else {"duplicate_threshold": None}
            model = cluster_topics(articles, n_topics=spec["k"], method=spec["kind"], random_state=spec["seed"], **extra)
            labels = model.assignments["topic"].to_numpy(dtype="int64", na_value=-1)
    wall = time.perf_counter() - t0
    return {"wall_s": round(wall, 2), "peak_rss_mib": round(_maxrss_mib()), "labels": [int(x) for x in labels]}


def _leaks(labels: np.ndarray, language: pd.Series) -> int:
    table = pd.crosstab(pd.Series(labels, name="topic"), language.fillna("?").to_numpy())
    table = table[table.index >= 0]
    totals = language.fillna("?").value_counts()
    leaks = 0
    for _, row in table.iterrows():
        if row.sum() and row.max() / row.sum() > 0.9:
            main = row.idxmax()
            leaks += int(sum(1 for lang, n in row.items() if lang != main and n / totals[lang] > 0.05))
    return leaks


def bench_main(args: argparse.Namespace) -> int:
    """Side-by-side table on the extraction bench."""
    import tempfile
    from itertools import combinations

    from sklearn.metrics import adjusted_rand_score

    articles = load_bench_articles(args.bench, args.cache)
    data = args.cache or str(Path(tempfile.mkdtemp()) / "bench.parquet")
    if not args.cache:
        articles.to_parquet(data)
    language = articles["language"].astype("string")
    print(f"{len(articles)} pages with text; languages: "
          + ", ".join(f"{k} {v}" for k, v in language.fillna("?").value_counts().items()))

    def run(kind: str, k: object, seed: int) -> dict:
        spec = json.dumps({"data": data, "kind": kind, "k": k, "seed": seed})
        done = subprocess.run([sys.executable, __file__, "--real", spec], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip().splitlines()[-1])
        return json.loads(done.stdout.strip().splitlines()[-1])

    print("| method | k | wall s (seeds 0/1/2) | peak RSS MiB | topics | cross-seed ARI | ARI with language | leaks |")
    print("|---|---|---|---:|---:|---:|---:|---:|")
    for method in args.methods:
        rows = {"auto": [run(method, "auto", seed) for seed in (0, 1, 2)]}
        k = len(set(rows["auto"][0]["labels"]) - {-1})
        rows["fixed"] = [run(method, k, seed) for seed in (0, 1, 2)]
        baselines = ["tfidf+nmf", "tfidf+minibatchkmeans"] if method != "minibatch" else ["tfidf+minibatchkmeans"]
        for base in baselines:
            rows[base] = [run(base, k, seed) for seed in (0, 1, 2)]
        for name, results in rows.items():
            labels = [np.asarray(r["labels"]) for r in results]
            cross = np.mean([adjusted_rand_score(a, b) for a, b in combinations(labels, 2)])
            title = f"{method} ({name})" if name in ("auto", "fixed") else f"{name} (k of {method})"
            print(f"| {title} | {'auto' if name == 'auto' else k} | "
                  f"{' / '.join(str(r['wall_s']) for r in results)} | {max(r['peak_rss_mib'] for r in results)} | "
                  f"{len(set(labels[0]) - {-1})} | {cross:.3f} | "
                  f"{adjusted_rand_score(language.fillna('?'), labels[0]):.3f} | {_leaks(labels[0], language)} |", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--methods", nargs="+", default=["minibatch"])
    parser.add_argument("--corpus", help="folder/glob/file to replicate instead of the bundled sample")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python/NumPy allocations")
    parser.add_argument("--one", nargs=2, metavar=("SIZE", "METHOD"), help=argparse.SUPPRESS)
    parser.add_argument("--bench", help="extraction-bench folder: compare with plain scikit-learn on its pages")
    parser.add_argument("--cache", help="with --bench: parquet file that keeps the extracted pages")
    parser.add_argument("--real", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.real:
        print(json.dumps(run_real(json.loads(args.real))))
        return 0
    if args.bench:
        if args.methods == ["minibatch"] and "--methods" not in (argv or sys.argv):
            args.methods = ["nmf", "kmeans", "minibatch"]
        return bench_main(args)
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
