"""Copies on a partitioned corpus: banded MinHash LSH with the bands shuffled across partitions.

:func:`toolkit.sources.find_copies` calls :func:`connected_partitions` for a
Dask frame. It finds the same groups as the in-memory detector, because
both take their shingles, signatures, LSH bands and sketch test from
:mod:`toolkit.sources.shingling`, and groups are the connected components of
the confirmed pairs whatever order pairs are found in:

1. **sign** (one task per partition): each article's shingle set size, the
   sketch of its MinHash signature (:func:`~toolkit.sources.shingling.sketch_of`), and one 64-bit
   key per LSH band (datasketch's bands: whole text and lead), sent to one
   of ``n`` buckets by key;
2. **bucket** (one task per bucket, gathering that bucket from every
   partition: the shuffle): articles sharing a key are candidate pairs,
   wherever they sit;
3. **sketch test** (one task per partition of the pair's first article):
   pairs whose MinHash sketches rule out the confirming containment are
   dropped (:func:`~toolkit.sources.shingling.may_contain`);
4. **confirm**: the shingle sets of the remaining candidates (a few per cent
   of a corpus) are computed where their partitions are and the pairs are
   confirmed by exact containment; groups are the connected components.

An article is named by ``partition << 32 | row``, which sorts like the
frame's rows, so groups come out in the same order as from pandas.

The bucket and block steps make tasks for every pair of partitions, so a
frame of more than ``JOIN_FLOOR`` partitions has its adjacent partitions
joined into ``max(JOIN_FLOOR, ceil(2 * sqrt(n)))`` of them first
(:func:`coalesced`): a frame of 1,243 partitions (a store's files read one
per partition) gives 71 partitions and 2,556 blocks instead of 773,146,
which the scheduler, not the work, would spend its time on. Joining
adjacent partitions keeps the rows' order, so the result does not change.
Partitions are never joined below ``JOIN_FLOOR``: every task holds one or
two whole partitions' signatures, so fewer, larger partitions cost memory
(the 50 partitions of 20,000 rows :func:`toolkit.store.read_store` makes of
a million articles joined into 15 pushed a 4 GiB worker over its limit).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from toolkit.parallel import compute
from toolkit.sources.shingling import SKETCH_PERM, Signer, may_contain, shingle_hashes, sketch_of

__all__ = ["JOIN_FLOOR", "coalesced", "connected_partitions"]

#: Fewest partitions :func:`coalesced` joins a frame into.
JOIN_FLOOR = 64
_ROW_BITS = 32
_ROW_MASK = np.int64((1 << _ROW_BITS) - 1)


def coalesced(articles: Any, floor: int | None = None) -> Any:
    """``articles`` with adjacent partitions joined into ``max(floor, ceil(2 * sqrt(n)))`` of ``n``.

    Parameters
    ----------
    articles : dask.dataframe.DataFrame
        Any Dask frame.
    floor : int, optional
        Fewest partitions to join into (default ``JOIN_FLOOR``); a frame of
        at most that many is returned as it is.

    Returns
    -------
    dask.dataframe.DataFrame
        The same rows in the same order.
    """
    n = articles.npartitions
    target = max(JOIN_FLOOR if floor is None else floor, math.ceil(2 * math.sqrt(n)))
    return articles.repartition(npartitions=target) if target < n else articles


def _sign(part: pd.DataFrame, n_buckets: int, k: int, num_perm: int, seed: int,
          folding: dict[int, str]) -> tuple[Any, ...]:
    """Sketches and set sizes of one partition, then its band keys and rows by bucket."""
    signer = Signer(k, num_perm, seed, folding)
    texts = part["text"].tolist()
    sketch = np.zeros((len(texts), SKETCH_PERM), dtype=np.uint8)
    sizes = np.zeros(len(texts), dtype=np.int64)
    signed, wholes, leads = [], [], []
    for row, text in enumerate(texts):
        hashes, whole, lead = signer.sign(text if isinstance(text, str) else "")
        sizes[row] = len(hashes)
        if whole is None:
            continue
        sketch[row] = sketch_of(whole)
        signed.append(row)
        wholes.append(whole)
        leads.append(lead)
    keys = np.empty(0, np.uint64)
    rows = np.empty(0, np.uint32)
    if signed:
        band = signer.band_keys(np.stack(wholes), np.stack(leads))
        keys = band.ravel()
        rows = np.repeat(np.asarray(signed, dtype=np.uint32), band.shape[1])
    bucket = (keys % np.uint64(n_buckets)).astype(np.int64)
    order = np.argsort(bucket, kind="stable")
    bounds = np.searchsorted(bucket[order], np.arange(n_buckets + 1))
    keys, rows = keys[order], rows[order]
    # one output per bucket, so that each is freed as soon as its bucket task has it
    return (sketch, sizes), *((keys[bounds[b]:bounds[b + 1]].copy(), rows[bounds[b]:bounds[b + 1]].copy())
                              for b in range(n_buckets))


def _pairs(*pieces: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Every pair (first < second) of articles that share a band key in this bucket.

    ``pieces[p]`` holds partition ``p``'s keys of this bucket and their rows.
    """
    keys = np.concatenate([piece[0] for piece in pieces]) if pieces else np.empty(0, np.uint64)
    ids = np.concatenate([(np.int64(p) << _ROW_BITS) + piece[1].astype(np.int64)
                          for p, piece in enumerate(pieces)]) if pieces else np.empty(0, np.int64)
    if len(keys) < 2:
        return np.empty((0, 2), dtype=np.int64)
    order = np.lexsort((ids, keys))
    keys, ids = keys[order], ids[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    ends = np.r_[starts[1:], len(keys)]
    out = []
    for start, end in zip(starts[ends - starts > 1], ends[ends - starts > 1], strict=True):
        members = np.unique(ids[start:end])
        if len(members) > 1:
            first, second = np.triu_indices(len(members), k=1)
            out.append(np.stack([members[first], members[second]], axis=1))
    if not out:
        return np.empty((0, 2), dtype=np.int64)
    return np.unique(np.concatenate(out), axis=0)


def _by_partition(pairs: np.ndarray, n_parts: int) -> tuple[np.ndarray, ...]:
    """``pairs`` split by the partition of their first article."""
    part = pairs[:, 0] >> _ROW_BITS if len(pairs) else np.empty(0, np.int64)
    return tuple(pairs[part == p] for p in range(n_parts))


def _by_second(pairs: np.ndarray, n_parts: int) -> tuple[np.ndarray, ...]:
    """``pairs`` split by the partition of their second article."""
    part = pairs[:, 1] >> _ROW_BITS if len(pairs) else np.empty(0, np.int64)
    return tuple(pairs[part == p] for p in range(n_parts))


def _lookup(sketches: Sequence[tuple[np.ndarray, np.ndarray]], ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    parts, rows = ids >> _ROW_BITS, ids & _ROW_MASK
    sketch = np.zeros((len(ids), SKETCH_PERM), dtype=np.uint8)
    sizes = np.zeros(len(ids), dtype=np.int64)
    for p in np.unique(parts):
        mask = parts == p
        sketch[mask] = sketches[p][0][rows[mask]]
        sizes[mask] = sketches[p][1][rows[mask]]
    return sketch, sizes


def _test(threshold: float, *args: Any) -> np.ndarray:
    """The pairs of one partition's articles that pass the sketch test.

    ``args``: this partition's pairs from every bucket, then every partition's sketches.
    """
    half = len(args) // 2
    pieces, sketches = args[:half], args[half:]
    pairs = np.concatenate(pieces) if pieces else np.empty((0, 2), np.int64)
    if not len(pairs):
        return pairs
    pairs = np.unique(pairs, axis=0)
    left, left_size = _lookup(sketches, pairs[:, 0])
    right, right_size = _lookup(sketches, pairs[:, 1])
    return pairs[may_contain(left, left_size, right, right_size, threshold)]


def _short_sets(part: pd.DataFrame, number: int, *pieces: np.ndarray, k: int,
                folding: dict[int, str]) -> dict[int, np.ndarray]:
    """The shingle sets of this partition's articles named in ``pieces``, as sorted 32-bit values.

    Cutting a hash to its top 32 bits can make two shingles one, never one
    shingle two, so the number of values two such sets share (counted with
    repeats) is at least the number of shingles the full sets share: a pair
    that fails on these sets fails on the full ones.
    """
    wanted = np.unique(np.concatenate([p.ravel() for p in pieces])) if pieces else np.empty(0, np.int64)
    rows = wanted[(wanted >> _ROW_BITS) == number] & _ROW_MASK
    texts = part["text"].tolist()
    vocabulary: dict[str, int] = {}
    out = {}
    for row in rows.tolist():
        text = texts[row] if isinstance(texts[row], str) else ""
        full = np.unique(shingle_hashes(text, k, vocabulary, folding))
        out[(number << _ROW_BITS) + row] = np.sort((full >> np.uint64(32)).astype(np.uint32))
    return out


def _shared_at_least(a: np.ndarray, b: np.ndarray) -> int:
    """Values two sorted arrays share, with repeats counted (a multiset intersection)."""
    va, ca = np.unique(a, return_counts=True)
    vb, cb = np.unique(b, return_counts=True)
    _, ia, ib = np.intersect1d(va, vb, assume_unique=True, return_indices=True)
    return int(np.minimum(ca[ia], cb[ib]).sum())


def _block(threshold: float, pairs: np.ndarray, left: dict[int, np.ndarray], right: dict[int, np.ndarray],
           left_sketch: tuple[np.ndarray, np.ndarray], right_sketch: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """The pairs of one block of partitions whose 32-bit sets may reach the containment.

    The containment is taken against the full sets' sizes (from the sign step).
    """
    keep = []
    left_sizes, right_sizes = left_sketch[1], right_sketch[1]
    for i, j in pairs.tolist():
        shorter = min(int(left_sizes[i & _ROW_MASK]), int(right_sizes[j & _ROW_MASK]))
        if shorter and _shared_at_least(left[i], right[j]) >= threshold * shorter:
            keep.append((i, j))
    return np.asarray(keep, dtype=np.int64).reshape(-1, 2)


def _exact(part: pd.DataFrame, number: int, wanted: np.ndarray, columns: list[str], k: int,
           folding: dict[int, str]) -> pd.DataFrame:
    """The wanted rows of one partition with their sorted shingle hashes, indexed by article number."""
    rows = (wanted[(wanted >> _ROW_BITS) == number] & _ROW_MASK).astype(np.int64)
    picked = part.iloc[rows][columns].copy()
    picked.index = pd.Index((np.int64(number) << _ROW_BITS) + rows, name=None)
    vocabulary: dict[str, int] = {}
    picked["_hashes"] = [np.unique(shingle_hashes(t if isinstance(t, str) else "", k, vocabulary, folding))
                         for t in picked["text"]]
    return picked


def _components(pairs: np.ndarray, sets: pd.Series, threshold: float) -> pd.Series:
    """Union-find roots (the smallest member) of confirmed pairs, for every candidate."""
    parent = {int(i): int(i) for i in sets.index}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs.tolist():
        a, b = find(i), find(j)
        if a == b:
            continue
        left, right = sets[i], sets[j]
        shorter = min(len(left), len(right))
        if shorter and len(np.intersect1d(left, right, assume_unique=True)) / shorter >= threshold:
            parent[max(a, b)] = min(a, b)
    return pd.Series({i: find(i) for i in parent}, dtype="int64").reindex(sets.index)


def _candidates(articles: Any, *, threshold: float, k: int, num_perm: int, seed: int,
                folding: dict[int, str], dask_client: Any) -> np.ndarray:
    """Pairs that share an LSH band, pass the sketch test and may reach the containment on 32-bit sets."""
    from dask import delayed

    parts = articles[["text"]].to_delayed()
    n = len(parts)
    signed = [delayed(_sign, nout=n + 1)(part, n, k, num_perm, seed, folding) for part in parts]
    sketches = [s[0] for s in signed]
    buckets = [delayed(_pairs)(*[s[b + 1] for s in signed]) for b in range(n)]
    routed = [delayed(_by_partition, nout=n)(pairs, n) for pairs in buckets]
    tested = [delayed(_test)(threshold, *[r[p] for r in routed], *sketches) for p in range(n)]
    # block (p, q): pairs whose first article is in p and second in q (p <= q)
    blocks = [delayed(_by_second, nout=n)(t, n) for t in tested]
    named = [[blocks[p][q] for q in range(n)] for p in range(n)]
    short = [delayed(_short_sets)(part, p, *named[p], *[named[q][p] for q in range(n)], k=k, folding=folding)
             for p, part in enumerate(parts)]
    kept = [delayed(_block)(threshold, named[p][q], short[p], short[q], sketches[p], sketches[q])
            for p in range(n) for q in range(p, n)]
    found = compute(delayed(list)(kept), dask_client=dask_client)
    return np.concatenate(found) if found else np.empty((0, 2), np.int64)


def connected_partitions(articles: Any, *, threshold: float, k: int, num_perm: int, seed: int,
                         folding: dict[int, str], dask_client: Any = None
                         ) -> tuple[pd.DataFrame, pd.Series, pd.Series]:
    """Candidate articles of a Dask frame, their copy-group roots and shingle sets.

    Parameters
    ----------
    articles : dask.dataframe.DataFrame
        Articles with ``article_id``, ``outlet``, ``published``, ``text``
        (``wire``, ``n_words`` used when present).
    threshold, k, num_perm, seed
        As for :func:`toolkit.sources.find_copies`.
    folding : dict
        Letter folding table.
    dask_client : distributed.Client, str or None
        See :func:`toolkit.parallel.ensure_client`.

    Returns
    -------
    (pandas.DataFrame, pandas.Series, pandas.Series)
        The rows of every article in a candidate pair that passed the sketch
        and 32-bit tests, indexed by article number (``partition << 32 |
        row``); the root of each one's group (the smallest number in it);
        each one's sorted shingle hashes.
    """
    from dask import delayed

    articles = coalesced(articles)
    pairs = _candidates(articles, threshold=threshold, k=k, num_perm=num_perm, seed=seed, folding=folding,
                        dask_client=dask_client)
    wanted = np.unique(pairs)
    columns = [c for c in ("article_id", "outlet", "published", "wire", "n_words", "text") if c in articles.columns]
    frames = [delayed(_exact)(part, p, wanted, columns, k, folding)
              for p, part in enumerate(articles[columns].to_delayed())]
    found = compute(delayed(list)(frames), dask_client=dask_client)
    frame = pd.concat(found) if found else pd.DataFrame(columns=[*columns, "_hashes"])
    frame = frame.sort_index()
    sets = frame.pop("_hashes")
    return frame, _components(pairs, sets, threshold), sets
