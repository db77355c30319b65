"""The same sample from a pandas or a Dask frame, chosen by hashing a key.

``hash_sample`` keeps the rows whose key hashes lowest, so a sample does not
depend on how the rows are partitioned or ordered.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from toolkit.parallel import _plain, compute, is_dask, map_partitions, reduce_partitions

__all__ = ["hash_sample", "stable_hash"]


def stable_hash(values: Iterable[Any], seed: int = 0) -> np.ndarray:
    """A 64-bit hash of each value's text, the same in every process and run.

    Python's ``hash`` of a string changes between processes; this does not.

    Parameters
    ----------
    values : iterable
        Values (str() of each is hashed; missing values hash as "").
    seed : int
        Another seed gives another, independent hash.

    Returns
    -------
    numpy.ndarray of uint64

    Examples
    --------
    >>> int(stable_hash(["a"])[0]) == int(stable_hash(["a"])[0])
    True
    """
    salt = str(seed).encode()
    out = [int.from_bytes(hashlib.blake2b(("" if _plain(v) is None else str(v)).encode(),
                                          digest_size=8, salt=salt[:16]).digest(), "little")
           for v in values]
    return np.asarray(out, dtype=np.uint64)


def _hashes(partition: pd.DataFrame, key: str, seed: int) -> np.ndarray:
    return stable_hash(partition[key].tolist(), seed)


def _smallest(values: list[np.ndarray], n: int) -> np.ndarray:
    joined = np.concatenate(values) if values else np.empty(0, dtype=np.uint64)
    return np.sort(joined)[:n]


def _below(partition: pd.DataFrame, key: str, seed: int, threshold: int) -> pd.DataFrame:
    keep = _hashes(partition, key, seed) <= np.uint64(threshold)
    return partition.loc[keep]


def hash_sample(frame: Any, n: int, *, key: str = "article_id", seed: int = 0,
                dask_client: Any = None) -> pd.DataFrame:
    """The ``n`` rows with the smallest stable hash of ``key``, as a pandas frame.

    The same rows, in the same order (ascending hash), come out of a pandas
    frame and of any partitioning of the same rows as a Dask frame, so a
    model fitted on the sample does not depend on the frame's kind. Rows
    with equal keys are all kept when their hash is at the cut.

    Parameters
    ----------
    frame : pandas.DataFrame or dask.dataframe.DataFrame
        Input; not modified.
    n : int
        Rows wanted (all rows when the frame is smaller).
    key : str
        Column hashed (unique ids give exactly ``n`` rows).
    seed : int
        Another seed draws another sample.
    dask_client : distributed.Client, str or None
        See :func:`ensure_client`.

    Returns
    -------
    pandas.DataFrame
        With a fresh RangeIndex.

    Examples
    --------
    >>> frame = pd.DataFrame({"article_id": list("abcdef")})
    >>> len(hash_sample(frame, 3))
    3
    """
    smallest = reduce_partitions(frame, _hashes, lambda parts: _smallest(parts, n), key, seed,
                                 dask_client=dask_client)
    if len(smallest) == 0:
        return (frame._meta if is_dask(frame) else frame).iloc[:0].reset_index(drop=True)
    picked = map_partitions(frame, _below, key, seed, int(smallest[-1]),
                            meta=frame._meta if is_dask(frame) else frame.iloc[:0],
                            dask_client=dask_client)
    picked = compute(picked, dask_client=dask_client)
    order = np.argsort(_hashes(picked, key, seed), kind="stable")
    return picked.iloc[order].reset_index(drop=True)
