"""Loading files on Dask workers: :func:`toolkit.load_articles`, in parallel.

The files are planned into tasks of about ``FILES_PER_TASK`` files (or
``BYTES_PER_TASK`` bytes), each task loads its files on a worker, and
duplicates are flagged across tasks as one load does: the same rows, ids
and failures as :func:`toolkit.load_articles`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from typing import Any

import pandas as pd

from toolkit.errors import LoadError
from toolkit.load import flag_duplicates, load_articles
from toolkit.load.inputs import Failure, Input, expand
from toolkit.parallel import ensure_client, is_dask, keep_objects, to_dask
from toolkit.schema import ARTICLES, FAILURES, conform, validate

__all__ = ["FILES_PER_TASK", "BYTES_PER_TASK", "describe_source", "load_parallel"]

#: Files one loading task reads (and their total size): enough work per task
#: that scheduling costs little, small enough that one task's pages fit a
#: worker many times over and two workers stay busy on a few hundred files.
FILES_PER_TASK = 200


BYTES_PER_TASK = 64 * 2**20


def describe_source(source: Any) -> list[str] | str:
    if isinstance(source, pd.DataFrame):
        return "pandas DataFrame"
    if is_dask(source):
        return "Dask DataFrame"
    if isinstance(source, (str, os.PathLike)):
        return [os.fspath(source)]
    return [os.fspath(s) for s in source]


def _plan_tasks(items: list[Input | Failure], files_per_task: int,
                bytes_per_task: int) -> list[list[str] | Failure]:
    """Inputs in order, as runs of file names (one task each) and failures.

    A run of URLs given directly stays one task, so they are fetched as one
    batch (per-site delays, one cache), as ``load_articles`` fetches them.
    """
    tasks: list[list[str] | Failure] = []
    run: list[str] = []
    kind, size = "", 0
    for item in items:
        if isinstance(item, Failure):
            if run:
                tasks.append(run)
            tasks.append(item)
            run, kind, size = [], "", 0
            continue
        this = "url" if item.url is not None else "file"
        weight = item.path.stat().st_size if item.path is not None and item.path.exists() else 0
        full = this == "file" and (len(run) >= files_per_task or size + weight > bytes_per_task)
        if run and (this != kind or full):
            tasks.append(run)
            run, size = [], 0
        run.append(item.name if item.url is None else item.url)
        kind, size = this, size + weight
    if run:
        tasks.append(run)
    return tasks


def _load_task(names: list[str], options: dict[str, Any]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``load_articles`` on one run of inputs, on a worker; never raises for an input."""
    try:
        return load_articles(names, errors="collect", progress=False, **options)
    except LoadError as exc:  # e.g. a file removed since the inputs were listed
        return ARTICLES.empty(), FAILURES.from_records([{"input": exc.input, "stage": exc.stage,
                                                         "reason": exc.reason}])


def _text_key(text: Any) -> str | None:
    """What ``flag_duplicates`` compares texts by (white space collapsed), as a short digest."""
    if not isinstance(text, str):
        return None
    return hashlib.blake2b(" ".join(text.split()).encode("utf-8"), digest_size=16).hexdigest()


def _keys(loaded: tuple[pd.DataFrame, pd.DataFrame]) -> pd.DataFrame:
    articles = loaded[0]
    return pd.DataFrame({"article_id": articles["article_id"].astype("object"),
                         "url": articles["url"].astype("object"),
                         "text": [_text_key(t) for t in articles["text"]]})


def _failures_of(loaded: tuple[pd.DataFrame, pd.DataFrame]) -> pd.DataFrame:
    return loaded[1]


def _with_flags(loaded: tuple[pd.DataFrame, pd.DataFrame], ids: list[str],
                duplicates: list[str | None]) -> pd.DataFrame:
    articles = loaded[0].copy()
    articles["article_id"] = pd.array(ids, dtype="string")
    articles["duplicate_of"] = pd.array(duplicates, dtype="string")
    return validate(articles, ARTICLES)


def _ordered_failures(tasks: list[list[str] | Failure], gathered: Iterator[pd.DataFrame]) -> pd.DataFrame:
    frames = []
    for task in tasks:
        if isinstance(task, Failure):
            frames.append(FAILURES.from_records([{"input": task.input, "stage": task.stage,
                                                  "reason": task.reason}]))
        else:
            frames.append(next(gathered))
    frames = [f for f in frames if len(f)]
    joined = pd.concat(frames, ignore_index=True) if frames else FAILURES.empty()
    return validate(conform(joined, FAILURES), FAILURES)


def load_parallel(
    source: Any,
    *,
    dask_client: Any = None,
    files_per_task: int = FILES_PER_TASK,
    bytes_per_task: int = BYTES_PER_TASK,
    **options: Any,
) -> tuple[Any, pd.DataFrame]:
    """:func:`toolkit.load_articles` with the files read by the Dask workers.

    The inputs are listed here, cut into runs of about ``files_per_task``
    files, and each run is loaded by ``load_articles`` on a worker. Then
    duplicates are flagged across all runs exactly as one ``load_articles``
    call flags them (``duplicate_of``, ``-2`` suffixes, in input order), so
    the rows, ids and failures are the same as
    ``load_articles(source, errors="collect")`` gives.

    Parameters
    ----------
    source : str, path, or list of them
        As for :func:`toolkit.load_articles`. Files must be readable by the
        workers under the same paths (always so on a ``LocalCluster``).
        A URL list or feed file is fetched by the worker that reads it.
    dask_client : distributed.Client, str or None
        See :func:`toolkit.parallel.ensure_client`.
    files_per_task, bytes_per_task : int
        Size of one task.
    **options
        Other :func:`toolkit.load_articles` options (``outlet``,
        ``language``, ``cache_dir``, ``fetch_options``, ...).

    Returns
    -------
    (dask.dataframe.DataFrame, pandas.DataFrame)
        The articles (held by the workers, one partition per task, in input
        order) and every failure (FAILURES schema, in input order).

    Raises
    ------
    LoadError
        When the source matches nothing at all (as ``load_articles`` does).

    Examples
    --------
    >>> articles, failures = load_parallel("scrape/")                # doctest: +SKIP
    """
    items = expand(source)
    if not any(isinstance(item, Input) for item in items):
        load_articles(source, errors="collect", progress=False, **options)  # raises its error
    running = ensure_client(dask_client)
    if running is None:  # dask.config names a local scheduler: load here
        articles, failures = load_articles(source, errors="collect", progress=False, **options)
        return to_dask(articles, 1), failures
    tasks = _plan_tasks(items, files_per_task, bytes_per_task)
    runs = [task for task in tasks if not isinstance(task, Failure)]
    loaded = [running.submit(_load_task, names, options, pure=False) for names in runs]
    keys = running.gather([running.submit(_keys, f) for f in loaded])
    failures = _ordered_failures(tasks, iter(running.gather([running.submit(_failures_of, f) for f in loaded])))
    flagged = flag_duplicates(pd.concat(keys, ignore_index=True)) if keys else _keys((ARTICLES.empty(), None))
    parts, start = [], 0
    for future, part in zip(loaded, keys, strict=True):
        stop = start + len(part)
        parts.append(running.submit(_with_flags, future, flagged["article_id"].iloc[start:stop].tolist(),
                                    flagged["duplicate_of"].astype("object").iloc[start:stop].tolist()))
        start = stop
    import dask.dataframe as dd

    with keep_objects():
        return dd.from_delayed(parts, meta=ARTICLES.empty(), verify_meta=False), failures
