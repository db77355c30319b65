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
result and is read instead on later runs), pages without text are dropped,
and each run below goes in a fresh process for each seed of ``--seeds``
(default 0, 1, 2): ``cluster_topics`` with each method and
``n_topics="auto"``; the same at the total k it chose with copy grouping
on, and off (the like-for-like cost: the three rows split what choosing k
and finding copies add); plain TF-IDF + NMF and TF-IDF +
MiniBatchKMeans (scikit-learn defaults, ``random_state`` = seed) at that
same k. Every run imports the same modules and reads the same frame before
its clock starts. Reported: wall time per seed, median CPU time, peak RSS
and the RSS the clustering added (peak minus RSS before it), topics,
cross-seed ARI (mean and lowest over the pairs of seeds), ARI between topic
and language, articles with topic -1, and the language target of issue 13:
topics whose articles are > 90 % one language that hold > 5 % of another
language's articles ("leaks"; in brackets, those left when the articles
that share a story with the topic are not counted). Then the ratios to
plain scikit-learn, the k chosen per language, and every story link made
(article, and the reason it gives) so that each can be checked by eye.

Usage::

    .venv/bin/python benchmarks/topics.py                        # 10k and 100k, minibatch
    .venv/bin/python benchmarks/topics.py --sizes 10000 --methods nmf kmeans minibatch
    .venv/bin/python benchmarks/topics.py --tracemalloc
    .venv/bin/python benchmarks/topics.py --bench ../shared/extraction-bench --cache /tmp/bench.parquet
    .venv/bin/python benchmarks/topics.py --bench ../shared/extraction-bench --cache /tmp/bench.parquet \
        --methods nmf --seeds 0 1
    # in shorter calls: each keeps its runs in --runs, the last prints the table of all
    .venv/bin/python benchmarks/topics.py --bench ../shared/extraction-bench --cache /tmp/bench.parquet \
        --runs /tmp/topics_runs --methods nmf
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


def _current_rss_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _reset_peak_rss() -> bool:
    """Reset the kernel's peak-RSS mark (``VmHWM``) to the current RSS (Linux >= 4.0).

    Without it the peak read after the work is the process's lifetime peak,
    which may have been set before the clock started (reading the frame):
    the RSS the work added would then be overstated for a light run.
    """
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
    except OSError:
        return False
    return True


def _peak_rss_mib() -> float:
    """``VmHWM`` (peak RSS since the last :func:`_reset_peak_rss`), else the lifetime ``ru_maxrss``."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return _maxrss_mib()


def run_real(spec: dict) -> dict:
    """One clustering of the bench texts (see the module docstring).

    Every kind imports the same modules and reads the same frame before the
    clock starts, so wall time and the RSS added (peak minus RSS before the
    work) compare the clustering alone. The peak is the kernel's ``VmHWM``,
    reset right before the clock (:func:`_reset_peak_rss`), so a peak
    reached while the frame was read is not counted as the work's.
    """
    import warnings

    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    from toolkit.topics import cluster_topics

    articles = pd.read_parquet(spec["data"])
    texts = (articles["title"].fillna("") + "\n\n" + articles["text"].fillna("")).tolist()
    rss_before = _current_rss_mib()
    peak_reset = _reset_peak_rss()
    out: dict = {}
    t0, c0 = time.perf_counter(), time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if spec["kind"] == "tfidf+nmf":
            matrix = TfidfVectorizer().fit_transform(texts)
            labels = NMF(n_components=spec["k"], random_state=spec["seed"]).fit_transform(matrix).argmax(axis=1)
        elif spec["kind"] == "tfidf+minibatchkmeans":
            matrix = TfidfVectorizer().fit_transform(texts)
            labels = MiniBatchKMeans(n_clusters=spec["k"], random_state=spec["seed"]).fit_predict(matrix)
        else:
            extra = {} if spec["k"] == "auto" or spec.get("copies") else {"duplicate_threshold": None}
            model = cluster_topics(articles, n_topics=spec["k"], method=spec["kind"], random_state=spec["seed"], **extra)
            a = model.assignments
            labels = a["topic"].to_numpy(dtype="int64", na_value=-1)
            out["by"] = a["assigned_by"].astype(str).tolist()
            story = a["assigned_by"] == "story"
            out["links"] = [[i, r] for i, r in zip(a.loc[story, "article_id"], a.loc[story, "reason"], strict=True)]
            chosen = model.selection[model.selection["chosen"]]
            out["k_by_language"] = {str(lang): int(k) for lang, k in zip(chosen["language"], chosen["n_topics"], strict=True)}
            out["criteria"] = sorted(set(chosen["criterion"].astype(str)))
            out["chosen"] = [f"{lang} k={int(k)} ({c}: stability {st:.3f} +- {se:.3f}, silhouette {sc:.4f})"
                             for lang, k, c, st, se, sc in zip(chosen["language"], chosen["n_topics"],
                                                                chosen["criterion"], chosen["stability"],
                                                                chosen["stability_se"], chosen["score"], strict=True)]
            best = model.selection.groupby("language", sort=False)["stability"].max()
            out["best_stability"] = {str(lang): round(float(v), 3) for lang, v in best.items()}
    out.update({"wall_s": round(time.perf_counter() - t0, 2), "cpu_s": round(time.process_time() - c0, 2),
                "peak_rss_mib": round(_peak_rss_mib()), "rss_added_mib": round(_peak_rss_mib() - rss_before),
                "peak_reset": peak_reset,
                "labels": [int(x) for x in labels]})
    return out


def leaks(labels: np.ndarray, language: pd.Series, by: list[str] | None = None) -> tuple[int, int]:
    """Topics > 90 % one language holding > 5 % of another language's articles.

    Returns the number of such (topic, other language) pairs, and how many of
    them remain when the articles that share a story with the topic
    (``assigned_by == "story"``) are not counted. Topic -1 is no topic.
    """
    lang = language.fillna("?").to_numpy()
    totals = pd.Series(lang).value_counts()
    counted = np.ones(len(labels), dtype=bool) if by is None else np.asarray(by) != "story"
    found = [0, 0]
    for topic in np.unique(labels[labels >= 0]):
        members = labels == topic
        share = pd.Series(lang[members]).value_counts()
        main = share.index[0]
        if share.iloc[0] / members.sum() <= 0.9:
            continue
        for which, mask in enumerate((members, members & counted)):
            other = pd.Series(lang[mask]).value_counts().drop(main, errors="ignore")
            found[which] += int(((other / totals[other.index]) > 0.05).sum())
    return found[0], found[1]


def _row(title: str, k: object, results: list[dict], language: pd.Series) -> dict:
    from itertools import combinations

    from sklearn.metrics import adjusted_rand_score

    labels = [np.asarray(r["labels"]) for r in results]
    cross = [adjusted_rand_score(a, b) for a, b in combinations(labels, 2)]
    found, unshared = leaks(labels[0], language, results[0].get("by"))
    return {
        "title": title, "k": k, "walls": [r["wall_s"] for r in results],
        "wall": float(np.median([r["wall_s"] for r in results])),
        "cpu": float(np.median([r["cpu_s"] for r in results])),
        "peak": max(r["peak_rss_mib"] for r in results), "added": max(r["rss_added_mib"] for r in results),
        "topics": len(set(labels[0].tolist()) - {-1}), "cross": float(np.mean(cross)) if cross else float("nan"),
        "cross_min": float(np.min(cross)) if cross else float("nan"),
        "language_ari": adjusted_rand_score(language.fillna("?"), labels[0]),
        "leaks": found, "unshared": unshared, "no_topic": int((labels[0] < 0).sum()),
        "load": [r.get("load_avg_1min") for r in results],
    }


def bench_main(args: argparse.Namespace) -> int:
    """Side-by-side table on the extraction bench (see the module docstring)."""
    import tempfile

    articles = load_bench_articles(args.bench, args.cache)
    data = args.cache or str(Path(tempfile.mkdtemp()) / "bench.parquet")
    if not args.cache:
        articles.to_parquet(data)
    language = articles["language"].astype("string")
    print(f"{len(articles)} pages with text; languages: "
          + ", ".join(f"{k} {v}" for k, v in language.fillna("?").value_counts().items()), flush=True)
    done: dict[tuple, dict] = {}

    def run(kind: str, k: object, seed: int, copies: bool = False) -> dict:
        key = (kind, k, seed, copies)
        kept = Path(args.runs) / f"{kind}_{k}{'_copies' if copies else ''}_{seed}.json" if args.runs else None
        if key not in done and kept is not None and kept.exists():
            done[key] = json.loads(kept.read_text())
        if key not in done:
            spec = json.dumps({"data": data, "kind": kind, "k": k, "seed": seed, "copies": copies})
            proc = subprocess.run([sys.executable, __file__, "--real", spec], capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                raise RuntimeError(proc.stderr.strip().splitlines()[-1])
            done[key] = json.loads(proc.stdout.strip().splitlines()[-1])
            done[key]["load_avg_1min"] = round(os.getloadavg()[0], 1)
            if kept is not None:
                kept.parent.mkdir(parents=True, exist_ok=True)
                kept.write_text(json.dumps(done[key]))
        return done[key]

    seeds = args.seeds
    rows, notes = [], []
    for method in args.methods:
        auto = [run(method, "auto", seed) for seed in seeds]
        k = len(set(auto[0]["labels"]) - {-1})
        notes.append(f"{method} auto, seed {seeds[0]}: k per language {auto[0]['k_by_language']} "
                     f"({', '.join(auto[0]['criteria'])}); seeds {seeds}: total k "
                     f"{[len(set(r['labels']) - {-1}) for r in auto]}; chosen: {'; '.join(auto[0]['chosen'])}")
        for link in auto[0]["links"]:
            notes.append(f"{method} story link: {link[0]} ({language[articles['article_id'] == link[0]].iloc[0]}): {link[1]}")
        fixed = [run(method, k, seed) for seed in seeds]
        copies = [run(method, k, seed, copies=True) for seed in seeds]
        rows += [_row(f"{method} auto", "auto", auto, language), _row(f"{method}, k fixed, copies on", k, copies, language),
                 _row(f"{method}, k fixed, copies off", k, fixed, language)]
        baselines = ["tfidf+nmf", "tfidf+minibatchkmeans"] if method != "minibatch" else ["tfidf+minibatchkmeans"]
        for base in baselines:
            plain = [run(base, k, seed) for seed in seeds]
            rows.append(_row(f"{base} (k of {method})", k, plain, language))
        print(f"done: {method}", flush=True)
    _print(rows, notes, seeds)
    return 0


def _print(rows: list[dict], notes: list[str], seeds: list[int]) -> None:
    print(f"\n| run | k | wall s (seeds {'/'.join(map(str, seeds))}) | CPU s (median) | peak RSS MiB | RSS added MiB "
          "| topics | cross-seed ARI (mean, min) | ARI with language | leaks (not via a shared story) | topic -1 |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['title']} | {r['k']} | {' / '.join(str(w) for w in r['walls'])} | {r['cpu']:.1f} | {r['peak']} "
              f"| {r['added']} | {r['topics']} | {r['cross']:.3f}, {r['cross_min']:.3f} | {r['language_ari']:.3f} "
              f"| {r['leaks']} ({r['unshared']}) | {r['no_topic']} |")
    print()
    loads = [x for r in rows for x in r["load"] if x is not None]
    if loads:
        print(f"Load average (1 min) after the runs: {min(loads)}-{max(loads)} on {os.cpu_count()} cores "
              "(other work shares the machine: CPU time is the steadier figure).\n")
    by_title = {r["title"]: r for r in rows}
    for r in rows:
        if not r["title"].endswith("copies off"):
            continue
        method = r["title"].split(",")[0]
        for base in ("tfidf+nmf", "tfidf+minibatchkmeans"):
            plain = by_title.get(f"{base} (k of {method})")
            if plain:
                print(f"- {method} at k={r['k']} (copies off) vs {base} at the same k: "
                      f"wall x{r['wall'] / plain['wall']:.2f}, "
                      f"CPU x{r['cpu'] / plain['cpu']:.2f}, RSS added x{r['added'] / max(plain['added'], 1):.2f}")
        auto, copies = by_title[f"{method} auto"], by_title.get(f"{method}, k fixed, copies on")
        print(f"- {method} auto (k chosen, copies found) costs x{auto['wall'] / r['wall']:.2f} the wall time, "
              f"x{auto['cpu'] / r['cpu']:.2f} the CPU time and x{auto['added'] / max(r['added'], 1):.2f} the RSS added "
              f"of {method} at fixed k without copies (+{auto['cpu'] - r['cpu']:.1f} s CPU, "
              f"{auto['added'] - r['added']:+d} MiB)")
        if copies:
            print(f"  - of which finding copies (k fixed, copies on - off): +{copies['cpu'] - r['cpu']:.1f} s CPU, "
                  f"{copies['added'] - r['added']:+d} MiB; choosing k (auto - k fixed, copies on): "
                  f"+{auto['cpu'] - copies['cpu']:.1f} s CPU, {auto['added'] - copies['added']:+d} MiB")
    for note in notes:
        print(f"- {note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--methods", nargs="+", default=["minibatch"])
    parser.add_argument("--corpus", help="folder/glob/file to replicate instead of the bundled sample")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python/NumPy allocations")
    parser.add_argument("--one", nargs=2, metavar=("SIZE", "METHOD"), help=argparse.SUPPRESS)
    parser.add_argument("--bench", help="extraction-bench folder: compare with plain scikit-learn on its pages")
    parser.add_argument("--cache", help="with --bench: parquet file that keeps the extracted pages")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2], help="with --bench: random_state values")
    parser.add_argument("--runs", help="with --bench: folder that keeps each run's result; a later call reuses "
                        "them (so the runs can be made in several shorter calls) and prints the table of all")
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
