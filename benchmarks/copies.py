"""Benchmark copy detection (``toolkit.sources.find_copies``) on a replicated corpus.

Each replicate of the corpus gets its own random word-for-word substitution
(a permutation of the vocabulary), so copies inside a replicate stay copies
while replicates share almost no shingles: the copy structure grows with the
corpus instead of collapsing into giant groups. Reports wall time, peak
memory and CPU time (the machine may be shared, so wall time alone
overstates the cost) and, against the structure of the original corpus, pairwise
precision/recall of the groups found.

Run by hand, one process::

    python benchmarks/copies.py --n 10000 --n 100000
"""

from __future__ import annotations

import argparse
import itertools
import re
import resource
import time

import numpy as np
import pandas as pd

import toolkit
from toolkit.sources import find_copies

_WORD = re.compile(r"\w+")


def replicate(articles: pd.DataFrame, n: int, seed: int = 0) -> pd.DataFrame:
    """Return ``n`` articles: replicates of ``articles`` with per-replicate vocabularies."""
    rng = np.random.default_rng(seed)
    vocab = sorted({w for t in articles["text"] for w in _WORD.findall(t)})
    reps = -(-n // len(articles))
    frames = []
    for r in range(reps):
        mapping = dict(zip(vocab, rng.permutation(vocab), strict=True)) if r else {w: w for w in vocab}
        texts = [_WORD.sub(lambda m, table=mapping: table[m.group(0)], t) for t in articles["text"]]
        frames.append(articles.assign(text=texts, article_id=[f"{a}-{r}" for a in articles["article_id"]], replicate=r))
    return pd.concat(frames, ignore_index=True).head(n)


def pairs(groups: pd.DataFrame) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for _, g in groups.groupby("group"):
        out.update(itertools.combinations(sorted(g["article_id"]), 2))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, action="append", help="corpus sizes (repeatable)")
    args = parser.parse_args()
    sizes = args.n or [10_000]
    sample = toolkit.load_sample()
    registry = toolkit.load_outlets()  # the bundled registry, read once and passed to every run
    base = find_copies(sample, outlets=registry)
    base_pairs = pairs(base)
    print(f"sample: {len(sample)} articles, {base['group'].nunique()} copy groups, {len(base_pairs)} copy pairs")
    print("| articles | wall s | CPU s | articles/CPU s | peak RSS (MiB) | groups | pair precision | pair recall |")
    print("|---|---|---|---|---|---|---|---|")
    for n in sizes:
        corpus = replicate(sample, n)
        t0, c0 = time.perf_counter(), time.process_time()
        found = find_copies(corpus, outlets=registry)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        # expected: the sample's pairs, within every complete or partial replicate
        expected = set()
        ids = set(corpus["article_id"])
        for r in range(int(corpus["replicate"].max()) + 1):
            expected.update((f"{a}-{r}", f"{b}-{r}") for a, b in base_pairs if f"{a}-{r}" in ids and f"{b}-{r}" in ids)
        got = pairs(found)
        tp = len(got & expected)
        precision = tp / len(got) if got else 1.0
        recall = tp / len(expected) if expected else 1.0
        print(f"| {n:,} | {seconds:.1f} | {cpu:.1f} | {n / cpu:,.0f} | {rss:,.0f} | {found['group'].nunique():,} | {precision:.3f} | {recall:.3f} |")


if __name__ == "__main__":
    main()
