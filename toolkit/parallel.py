"""One engine for every stage: pandas in one process, or Dask on ``dask.distributed``.

Stage modules never write their own dispatch between pandas and Dask; they
call the helpers here:

- :func:`map_partitions` runs a pure frame function on a pandas frame, or
  on every partition of a Dask frame (``meta`` from a
  :class:`~toolkit.schema.TableSchema`), and returns the same kind.
- :func:`map_documents` maps a pure per-document function
  (``text -> dict`` or ``text -> list of dicts``) over a frame's rows and
  returns a schema-valid table of the same kind.
- :func:`reduce_partitions` computes a small value per partition and
  combines the values in a tree (counts, vocabularies, partial fits); it
  returns the combined value, computed, for pandas and Dask alike.
- :func:`toolkit.sampling.hash_sample` picks the same rows from a pandas or a Dask frame (by
  a stable hash of a key column), so a model fitted on a sample is the same
  model whichever kind of frame it came from.

The engine is ``dask.distributed``. Which client runs a Dask frame:

1. a ``Client`` (or a scheduler address) the caller passes;
2. else the current client (one the user made with ``Client(...)`` or with
   :func:`client`);
3. else, unless ``dask.config`` names another scheduler, an *embedded*
   ``LocalCluster`` the toolkit starts on first need (two worker processes,
   one thread and 4 GiB each), announces with its dashboard link on
   stderr, and closes at interpreter exit or on :func:`shutdown`.

A pandas frame never starts anything: it runs in the calling process.

(The module is a little over 600 lines: client handling, computing and the
mapping helpers are one engine, and splitting them would make stage modules
import two modules for one job.)

Examples
--------
>>> from toolkit import parallel
>>> with parallel.client(n_workers=2) as c:                       # doctest: +SKIP
...     events = toolkit.extract_events(read_store("store/")).compute()
>>> with parallel.client("tcp://scheduler.example:8786") as c:     # doctest: +SKIP
...     ...
"""

from __future__ import annotations

import atexit
import contextlib
import math
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import pandas as pd

from toolkit.schema import TableSchema, conform, validate

__all__ = [
    "DEFAULT_MEMORY_LIMIT",
    "DEFAULT_WORKERS",
    "client",
    "compute",
    "conform_partition",
    "ensure_client",
    "is_dask",
    "keep_objects",
    "map_documents",
    "map_partitions",
    "merge_attrs",
    "reduce_partitions",
    "same_kind",
    "shutdown",
    "to_dask",
]

#: Workers of the embedded cluster: one per core of a small machine.
DEFAULT_WORKERS = 2
#: Memory limit per worker of the embedded cluster. Dask spills to disk at
#: 60 %, pauses a worker at 80 % and restarts it at 95 % of this limit.
DEFAULT_MEMORY_LIMIT = "4GiB"
#: Partitions combined per step of a tree reduction (bounds the memory of
#: one combine and the depth of the tree).
_SPLIT_EVERY = 8

_EMBEDDED: dict[Any, Any] = {}
_LOCK = threading.Lock()


def is_dask(obj: Any) -> bool:
    """True for a Dask DataFrame or Series (checked without importing Dask).

    Parameters
    ----------
    obj : object
        Anything.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_dask(pd.DataFrame())
    False
    """
    return type(obj).__module__.startswith("dask") and hasattr(obj, "npartitions")


def _announce(dask_client: Any, what: str) -> None:
    link = getattr(dask_client, "dashboard_link", None)
    print(f"toolkit: {what}; dashboard: {link or 'none'}", file=sys.stderr, flush=True)


def _cluster_options(n_workers: int, threads_per_worker: int, memory_limit: str | int | None,
                     processes: bool, dashboard: bool) -> dict[str, Any]:
    return {
        "n_workers": n_workers,
        "threads_per_worker": threads_per_worker,
        "memory_limit": memory_limit,
        "processes": processes,
        # a free port: several people may run clusters on one machine
        "dashboard_address": ":0" if dashboard else None,
    }


@contextlib.contextmanager
def client(
    address: Any = None,
    *,
    n_workers: int = DEFAULT_WORKERS,
    threads_per_worker: int = 1,
    memory_limit: str | int | None = DEFAULT_MEMORY_LIMIT,
    processes: bool = True,
    dashboard: bool = True,
    quiet: bool = False,
) -> Iterator[Any]:
    """A ``distributed.Client`` for the ``with`` block, closed after it.

    Parameters
    ----------
    address : distributed.Client, str or None
        A client of your own (used as is and left open), a scheduler
        address such as ``"tcp://10.0.0.5:8786"`` (connected to, and the
        connection closed after the block; the cluster keeps running), or
        None to start a ``LocalCluster`` on this machine and close it after
        the block.
    n_workers, threads_per_worker, memory_limit, processes : optional
        The ``LocalCluster``'s workers when ``address`` is None: by default
        two processes with one thread and 4 GiB each. ``processes=False``
        runs the workers as threads of this process (quicker to start;
        pure-Python work then shares one interpreter lock).
    dashboard : bool
        Serve the dashboard on a free port (needs ``bokeh``).
    quiet : bool
        Do not print the dashboard link.

    Returns
    -------
    contextmanager yielding distributed.Client
        While the block runs it is the default client: ``.compute()`` on
        any Dask frame uses it, and so do the toolkit's stages.

    Examples
    --------
    >>> with client() as c:                                          # doctest: +SKIP
    ...     print(c.dashboard_link)
    """
    from distributed import Client, LocalCluster

    if isinstance(address, Client):
        yield address
        return
    if isinstance(address, str):
        connected = Client(address)
        if not quiet:
            _announce(connected, f"connected to {address}")
        try:
            yield connected
        finally:
            connected.close()
        return
    if address is not None:
        raise TypeError(f"client: expected a distributed.Client, an address or None, got {type(address).__name__}")
    options = _cluster_options(n_workers, threads_per_worker, memory_limit, processes, dashboard)
    cluster = LocalCluster(**options)
    local = Client(cluster)
    if not quiet:
        _announce(local, f"started a local Dask cluster ({_describe(options)})")
    try:
        yield local
    finally:
        local.close()
        cluster.close()


def _describe(options: Mapping[str, Any]) -> str:
    kind = "processes" if options["processes"] else "threads"
    return (f"{options['n_workers']} worker {kind}, {options['threads_per_worker']} thread(s) "
            f"and {options['memory_limit']} each")


def ensure_client(dask_client: Any = None) -> Any:
    """The client that runs Dask work, starting the embedded cluster if there is none.

    Parameters
    ----------
    dask_client : distributed.Client, str or None
        A client, a scheduler address, or None for the current client.

    Returns
    -------
    distributed.Client or None
        None only when ``dask.config`` names a scheduler other than
        distributed (e.g. ``dask.config.set(scheduler="synchronous")``):
        that choice is respected and no cluster is started.
    """
    import dask
    from distributed import Client

    if isinstance(dask_client, Client):
        return dask_client
    if isinstance(dask_client, str):
        return _connect(dask_client)
    if dask_client is not None:
        raise TypeError(f"expected a distributed.Client, an address or None, got {type(dask_client).__name__}")
    with contextlib.suppress(ValueError):
        return Client.current(allow_global=True)
    scheduler = dask.config.get("scheduler", None)
    if scheduler not in (None, "dask.distributed", "distributed"):
        return None
    return _embedded()


def _connect(address: str) -> Any:
    from distributed import Client

    with _LOCK:
        known = _EMBEDDED.get(("address", address))
        if known is None or known.status != "running":
            known = Client(address, set_as_default=False)
            _EMBEDDED[("address", address)] = known
    return known


def _embedded() -> Any:
    from distributed import Client, LocalCluster

    with _LOCK:
        running = _EMBEDDED.get("client")
        if running is not None and running.status == "running":
            return running
        options = _cluster_options(DEFAULT_WORKERS, 1, DEFAULT_MEMORY_LIMIT, True, True)
        cluster = LocalCluster(**options)
        started = Client(cluster)
        _EMBEDDED.update(cluster=cluster, client=started)
        _announce(started, f"started a local Dask cluster ({_describe(options)}); "
                           "toolkit.parallel.shutdown() stops it")
    return started


def shutdown() -> None:
    """Close the embedded cluster and any scheduler connections the toolkit opened.

    Clients passed in by the caller are left alone. Called at interpreter exit.
    """
    with _LOCK:
        items = list(_EMBEDDED.items())
        _EMBEDDED.clear()
    for key, value in items:
        if key == "cluster":
            continue
        with contextlib.suppress(Exception):
            value.close()
    for key, value in items:
        if key == "cluster":
            with contextlib.suppress(Exception):
                value.close()


atexit.register(shutdown)


def compute(obj: Any, *, dask_client: Any = None, progress: bool = False) -> Any:
    """Compute a Dask collection on the toolkit's client; anything else is returned as is.

    Parameters
    ----------
    obj : object
        A Dask collection, or an already computed value.
    dask_client : distributed.Client, str or None
        See :func:`ensure_client`.
    progress : bool
        Show ``distributed.progress`` (a text bar in a terminal, a widget
        in a notebook) while it runs.

    Returns
    -------
    object
        The computed value (a pandas frame for a Dask frame). A Dask frame's
        partitions are concatenated as Dask does, and their ``attrs`` are
        kept (see :func:`merge_attrs`): e.g. ``skipped_articles`` of
        :func:`toolkit.extract_events` lists the skipped articles of every
        partition, as on pandas.
    """
    if not hasattr(obj, "__dask_graph__"):
        return obj
    running = ensure_client(dask_client)
    if running is None:
        return obj.compute()
    frame = _is_dask_frame(obj)
    future = running.compute(obj.to_delayed() if frame else obj)
    if progress:
        from distributed import progress as show_progress

        show_progress(future)
    if not frame:
        return future.result()
    parts = running.gather(future)
    finalize, extra = obj.__dask_postcompute__()
    result = finalize(parts, *extra)
    result.attrs = merge_attrs([part.attrs for part in parts])
    return result


def _is_dask_frame(obj: Any) -> bool:
    """A Dask DataFrame (not a Series, nor a Delayed, which answers any attribute)."""
    import dask.dataframe as dd

    return isinstance(obj, dd.DataFrame)


def merge_attrs(attrs: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The ``attrs`` of a frame made of partitions whose ``attrs`` are ``attrs``.

    A key whose values are all lists gets their concatenation, in partition
    order (``skipped_articles``); a key with one value in every partition
    that has it keeps it; other keys are left out (as ``pandas.concat``
    does).

    Parameters
    ----------
    attrs : sequence of mapping
        Each partition's ``attrs``, in order.

    Returns
    -------
    dict

    Examples
    --------
    >>> merge_attrs([{"skipped": [1], "k": "a"}, {"skipped": [2], "k": "a"}])
    {'skipped': [1, 2], 'k': 'a'}
    """
    out: dict[str, Any] = {}
    for key in dict.fromkeys(k for a in attrs for k in a):
        values = [a[key] for a in attrs if key in a]
        if all(isinstance(v, list) for v in values):
            out[key] = [item for v in values for item in v]
        elif all(_equal(v, values[0]) for v in values):
            out[key] = values[0]
    return out


def _equal(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except (TypeError, ValueError):
        return False


def _meta(meta: TableSchema | pd.DataFrame) -> pd.DataFrame:
    return meta.empty() if isinstance(meta, TableSchema) else meta


def map_partitions(
    frame: Any,
    func: Callable[..., pd.DataFrame],
    *args: Any,
    meta: TableSchema | pd.DataFrame,
    dask_client: Any = None,
    **kwargs: Any,
) -> Any:
    """Run a pure frame function on a pandas frame, or on each partition of a Dask frame.

    Parameters
    ----------
    frame : pandas.DataFrame or dask.dataframe.DataFrame
        Input; not modified.
    func : callable
        ``func(partition, *args, **kwargs) -> pandas.DataFrame``, pure and
        importable (workers unpickle it by name).
    *args, **kwargs
        Passed to ``func``.
    meta : TableSchema or pandas.DataFrame
        What ``func`` returns: a schema (its typed empty frame is the Dask
        ``meta``) or an empty frame.
    dask_client : distributed.Client, str or None
        For a Dask frame: see :func:`ensure_client` (the embedded cluster
        starts here when there is no client).

    Returns
    -------
    pandas.DataFrame or dask.dataframe.DataFrame
        The same kind as ``frame``; a Dask result is lazy, one partition per
        input partition, in order.

    Examples
    --------
    >>> frame = pd.DataFrame({"text": ["a b", "c"]})
    >>> map_partitions(frame, lambda p: p.assign(n=p["text"].str.len()),
    ...                meta=pd.DataFrame({"text": [], "n": []}))["n"].tolist()
    [3, 1]
    """
    if is_dask(frame):
        ensure_client(dask_client)
        with keep_objects():
            return frame.map_partitions(func, *args, meta=_meta(meta), **kwargs)
    if isinstance(frame, pd.DataFrame):
        return func(frame, *args, **kwargs)
    raise TypeError(f"expected a pandas or Dask DataFrame, got {type(frame).__name__}")


def _plain(value: Any) -> Any:
    """None for pandas' missing markers, the value otherwise."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _documents(partition: pd.DataFrame, func: Callable[..., Any], columns: tuple[str, ...],
               carry: tuple[str, ...], schema: TableSchema, kwargs: Mapping[str, Any]) -> pd.DataFrame:
    """Apply ``func`` row by row and build one schema-valid table."""
    missing = [c for c in (*columns, *carry) if c not in partition.columns]
    if missing:
        raise ValueError(f"{schema.name}: the input frame has no column(s) {missing}")
    rows: list[dict[str, Any]] = []
    data = [partition[c].tolist() for c in columns]
    kept = [partition[c].tolist() for c in carry]
    for i, values in enumerate(zip(*data, strict=True)):
        out = func(*map(_plain, values), **kwargs)
        if out is None:
            continue
        for row in [out] if isinstance(out, Mapping) else out:
            row = dict(row)
            for name, column in zip(carry, kept, strict=True):
                row.setdefault(name, _plain(column[i]))
            rows.append(row)
    table = schema.from_records(rows) if rows else schema.empty()
    return validate(table, schema)


def map_documents(
    frame: Any,
    func: Callable[..., Mapping[str, Any] | Iterable[Mapping[str, Any]] | None],
    *,
    meta: TableSchema,
    columns: Sequence[str] = ("text",),
    carry: Sequence[str] = ("article_id",),
    dask_client: Any = None,
    **kwargs: Any,
) -> Any:
    """Map a pure per-document function over a frame's rows into one schema table.

    Parameters
    ----------
    frame : pandas.DataFrame or dask.dataframe.DataFrame
        Documents, one per row; not modified.
    func : callable
        ``func(*values, **kwargs)`` with the row's ``columns`` values in
        order (pandas' missing values as None); returns one output row (a
        dict), several (an iterable of dicts) or None.
    meta : TableSchema
        Schema of the output; rows are conformed to it and validated.
    columns : sequence of str
        Input columns passed to ``func``, positionally.
    carry : sequence of str
        Input columns copied into every output row (unless ``func`` set
        them), e.g. ``article_id``.
    dask_client : distributed.Client, str or None
        See :func:`map_partitions`.
    **kwargs
        Passed to ``func`` (keep them small and picklable).

    Returns
    -------
    pandas.DataFrame or dask.dataframe.DataFrame
        The same kind as ``frame``; rows in input order.

    Examples
    --------
    >>> from toolkit.schema import Column, TableSchema
    >>> WORDS = TableSchema("words", (Column("article_id", "string", "id"),
    ...                               Column("word", "string", "a word")))
    >>> frame = pd.DataFrame({"article_id": ["a"], "text": ["two words"]})
    >>> map_documents(frame, lambda t: [{"word": w} for w in t.split()], meta=WORDS)["word"].tolist()
    ['two', 'words']
    """
    return map_partitions(frame, _documents, func, tuple(columns), tuple(carry), meta, dict(kwargs),
                          meta=meta, dask_client=dask_client)


def _tree(values: list[Any], combine: Callable[[list[Any]], Any], split_every: int) -> Any:
    from dask import delayed

    while len(values) > 1:
        values = [delayed(combine)(values[i:i + split_every])
                  for i in range(0, len(values), split_every)]
    return values[0]


def reduce_partitions(
    frame: Any,
    chunk: Callable[..., Any],
    combine: Callable[[list[Any]], Any],
    *args: Any,
    dask_client: Any = None,
    split_every: int = _SPLIT_EVERY,
    progress: bool = False,
    **kwargs: Any,
) -> Any:
    """Compute ``chunk`` on every partition and ``combine`` the results in a tree.

    ``combine`` must be associative (it is given lists of ``chunk`` results
    or of its own results), e.g. summing term counts. The result is the
    same for a pandas frame (one chunk) and for any partitioning of a Dask
    frame when ``combine`` is order-insensitive or keeps partition order.

    Parameters
    ----------
    frame : pandas.DataFrame or dask.dataframe.DataFrame
        Input; not modified.
    chunk : callable
        ``chunk(partition, *args, **kwargs) -> value``.
    combine : callable
        ``combine(list_of_values) -> value``.
    dask_client : distributed.Client, str or None
        See :func:`ensure_client`.
    split_every : int
        Values combined per step.
    progress : bool
        Show a progress bar while a Dask reduction runs.

    Returns
    -------
    object
        The combined value, computed.

    Examples
    --------
    >>> frame = pd.DataFrame({"n": [1, 2, 3]})
    >>> reduce_partitions(frame, lambda p: int(p["n"].sum()), sum)
    6
    """
    if isinstance(frame, pd.DataFrame):
        return combine([chunk(frame, *args, **kwargs)])
    if not is_dask(frame):
        raise TypeError(f"expected a pandas or Dask DataFrame, got {type(frame).__name__}")
    from dask import delayed

    parts = [delayed(chunk)(part, *args, **kwargs) for part in frame.to_delayed()]
    if not parts:
        return combine([chunk(frame._meta, *args, **kwargs)])
    return compute(_tree(parts, combine, split_every), dask_client=dask_client, progress=progress)


def keep_objects() -> Any:
    """A ``dask.config`` context in which Dask keeps object columns as they are.

    By default Dask turns every object column of a frame it builds into
    Arrow strings, which would turn list columns (``authors``, ``related``,
    ``people``) into their text. Frames the toolkit builds are built inside
    this context; the choice is made when a frame is built, so computing it
    later needs no context.
    """
    import dask

    return dask.config.set({"dataframe.convert-string": False})


def to_dask(frame: pd.DataFrame, npartitions: int = 1) -> Any:
    """A Dask frame of a pandas frame, with list columns kept as lists.

    Use it instead of ``dask.dataframe.from_pandas`` for toolkit tables
    (see :func:`keep_objects`); rows keep their order (``sort=False``).

    Parameters
    ----------
    frame : pandas.DataFrame
        Any table, e.g. ARTICLES.
    npartitions : int
        Number of partitions.

    Returns
    -------
    dask.dataframe.DataFrame

    Examples
    --------
    >>> ddf = to_dask(pd.DataFrame({"authors": [["A. B."]]}))          # doctest: +SKIP
    >>> ddf.compute()["authors"][0]                                    # doctest: +SKIP
    ['A. B.']
    """
    import dask.dataframe as dd

    with keep_objects():
        return dd.from_pandas(frame, npartitions=max(1, npartitions), sort=False)


def same_kind(like: Any, frame: pd.DataFrame, npartitions: int | None = None) -> Any:
    """Return ``frame`` as the kind of ``like``: pandas stays pandas, Dask gets a Dask frame.

    For stages whose result is small (consolidated events, term tables)
    and is computed whole; the Dask result has ``npartitions`` partitions
    (default 1).

    Parameters
    ----------
    like : pandas.DataFrame or dask.dataframe.DataFrame
        The stage's input.
    frame : pandas.DataFrame
        The computed result.
    npartitions : int, optional
        Partitions of a Dask result.

    Returns
    -------
    pandas.DataFrame or dask.dataframe.DataFrame
    """
    if not is_dask(like):
        return frame
    return to_dask(frame, npartitions or 1)


def conform_partition(partition: pd.DataFrame, schema: TableSchema) -> pd.DataFrame:
    """``conform`` then ``validate`` one partition (a helper to map over Dask frames)."""
    return validate(conform(partition, schema), schema)
