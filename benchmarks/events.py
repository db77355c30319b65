"""Benchmark: event extraction speed (articles per second, one process).

With ``--bench`` (the extraction bench's folder) the articles are N
distinct ones recombined from the bench's real sentences in its languages,
with planted event sentences (``benchmarks/scale_corpus.py``): the cost on
text the extractor has not seen over and over. Without it, the practice
corpus's Belarus articles (``toolkit.load_sample``) are replicated to N
articles (the seed article when the sample is not available): dense in
events, but replicas, so a cost per distinct text it is not. Times
``extract_events`` on the whole frame; loading is not timed.

Usage::

    .venv/bin/python benchmarks/events.py --bench ../shared/extraction-bench --n 5000
    .venv/bin/python benchmarks/events.py --n 2000     # replicated practice articles
    .venv/bin/python benchmarks/events.py --n 2000 --repeat 4   # and the best of 4 runs

With ``--repeat K`` the extraction runs K times; the first run's figures are
printed as without it, then the fastest run's CPU figure (on a shared machine
the CPU time of one run varies with the load on the other cores).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

import pandas as pd

from toolkit.events import consolidate_events, extract_events, load_patterns
from toolkit.events.lemmas import tokens
from toolkit.gazetteer import load_gazetteer


def corpus(n: int) -> tuple[pd.DataFrame, str]:
    try:
        from toolkit.datasets import load_sample

        base = load_sample("belarus")
        label = f"practice corpus (belarus, {len(base)} articles) replicated"
    except Exception as exc:  # noqa: BLE001 - say why and fall back
        from toolkit.datasets import load_seed

        base = load_seed()
        label = f"seed article replicated (sample unavailable: {exc})"
    reps = -(-n // len(base))
    frame = pd.concat([base] * reps, ignore_index=True).iloc[:n].copy()
    frame["article_id"] = [f"{a}-{i}" for i, a in enumerate(frame["article_id"])]
    return frame, label


def distinct(n: int, bench: str, seed: int = 0) -> tuple[pd.DataFrame, str]:
    """``n`` distinct articles recombined from the bench's sentences (see scale_corpus)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from scale_corpus import TRUTH_COLUMNS, CorpusSpec, build_pools, make_articles, plan_copies

    pools = Path(tempfile.mkdtemp(prefix="events-bench-")) / "pools.json"
    build_pools(bench, pools)
    frame = make_articles(0, n, plan_copies(n, seed)[:n], CorpusSpec(str(pools), seed, n))
    frame = frame.drop(columns=TRUTH_COLUMNS)
    if "n_words" not in frame:
        frame["n_words"] = frame["text"].str.split().str.len()
    languages = ", ".join(f"{k} {v:,}" for k, v in frame["language"].value_counts().head(6).items())
    return frame, f"{n:,} distinct articles from the extraction bench's sentences ({languages})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="number of articles")
    parser.add_argument("--bench", help="extraction-bench folder: distinct articles instead of replicas")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run the extraction this many times; also print the fastest run")
    args = parser.parse_args()
    frame, label = distinct(args.n, args.bench) if args.bench else corpus(args.n)
    # warm the caches (pattern compilation, gazetteer, the lemma dictionaries of the
    # corpus's languages: a once-per-process cost, timed and printed apart)
    warm_start = time.process_time()
    for lang in frame["language"].dropna().unique():
        try:
            load_patterns(str(lang))
        except KeyError:
            pass
        tokens("Warm", str(lang))  # loads simplemma's dictionary of the language
    load_gazetteer()
    warm = time.process_time() - warm_start
    words = int(frame["n_words"].sum())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start, cpu_start = time.perf_counter(), time.process_time()
        events = extract_events(frame)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        cpus = [cpu]
        for _ in range(args.repeat - 1):
            cpu_start = time.process_time()
            extract_events(frame)
            cpus.append(time.process_time() - cpu_start)
    start = time.perf_counter()
    merged = consolidate_events(events)
    consolidate = time.perf_counter() - start
    print(f"corpus: {label}")
    print(f"articles: {len(frame):,}  words: {words:,}  mentions: {len(events):,}")
    print(f"extract_events: {elapsed:.2f} s wall  ->  {len(frame) / elapsed:,.0f} articles/s "
          f"({words / elapsed:,.0f} words/s)")
    print(f"extract_events: {cpu:.2f} s CPU   ->  {len(frame) / cpu:,.0f} articles/s per CPU second "
          f"(wall and CPU differ when other processes share the cores; load average "
          f"{os.getloadavg()[0]:.1f})")
    if args.repeat > 1:
        print(f"extract_events, fastest of {args.repeat} runs: {min(cpus):.2f} s CPU  ->  "
              f"{len(frame) / min(cpus):,.0f} articles/s per CPU second (runs: "
              + ", ".join(f"{len(frame) / c:,.0f}" for c in cpus) + ")")
    print(f"once per process, not in the figures above: {warm:.2f} s CPU to compile the "
          f"patterns and load the gazetteer and lemma dictionaries")
    print(f"consolidate_events: {consolidate:.2f} s for {len(events):,} mentions "
          f"-> {len(merged):,} events")


if __name__ == "__main__":
    main()
