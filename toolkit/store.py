"""A corpus store: articles as a Parquet dataset partitioned by month of publication.

:func:`write_store` ingests anything :func:`toolkit.load_articles` reads (or
an ARTICLES frame, pandas or Dask) into a folder; :func:`read_store` gives it
back as a Dask frame (or a pandas frame for small stores) with the
STORED_ARTICLES schema: the ARTICLES columns plus ``ingest`` (which
``write_store`` call added the row) and ``duplicate_in_store``.

Layout
------
::

    store/
      _store.json                  the manifest: every committed ingest and its files
      _store.lock                  held by a writer while it writes
      _failures/<ingest>.parquet   inputs an ingest could not load (FAILURES + ingest)
      month=2025-09/part-<ingest>-<part>-<n>.parquet
      month=unknown/...            articles without a publication date

Appending never rewrites an earlier file. A row whose ``article_id`` is
already in the store (from an earlier ingest, or earlier in the same one) is
written and flagged ``duplicate_in_store=True``; :func:`read_store` leaves
such rows out unless asked (``duplicates="keep"``), so a store read back
has one row per ``article_id``.

An ingest is all or nothing. Files are written under temporary names
(``.part-....tmp``, which Parquet readers skip), flushed to disk, renamed
into place, and only then is the ingest committed by atomically replacing
``_store.json``. Readers list files from the manifest, so files of an ingest
that was killed before its commit are never read; the next ``write_store``
deletes them. ``related`` (a list of dicts) is kept as JSON text in the
files and decoded on reading.

:func:`toolkit.parallel_load.load_parallel` (re-exported here) is
:func:`toolkit.load_articles` with the files read by the Dask workers;
``write_store(source, path, parallel=True)`` ingests through it.

Examples
--------
>>> from toolkit.store import read_store, write_store
>>> write_store("my_scrape/", "corpus_store")                    # doctest: +SKIP
>>> articles = read_store("corpus_store")          # dask.dataframe  # doctest: +SKIP
>>> small = read_store("corpus_store", engine="pandas")            # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from toolkit.errors import LoadError
from toolkit.load import load_articles
from toolkit.parallel import compute, is_dask, keep_objects
from toolkit.parallel_load import describe_source, load_parallel
from toolkit.schema import (
    ARTICLES,
    FAILURES,
    STORED_ARTICLES,
    UTC_DATETIME,
    SchemaError,
    TableSchema,
    conform,
    validate,
)

__all__ = ["Ingest", "StoreError", "load_parallel", "read_failures", "read_store", "store_files",
           "write_store"]

MANIFEST = "_store.json"
LOCK = "_store.lock"
FAILURES_DIR = "_failures"
#: Rows per Parquet file, and per Dask partition when reading: about 60 MB
#: of text at 3 KB an article, small enough for a 4 GiB worker to run any
#: stage on one partition, large enough that task overhead stays small.
ROWS_PER_FILE = 20_000
UNKNOWN_MONTH = "unknown"
_FORMAT = "toolkit-store"
_VERSION = 1


class StoreError(ValueError):
    """A folder is not a corpus store, or its manifest is unreadable."""


def _arrow_type(name: str, dtype: str) -> pa.DataType:
    if name == "related":
        return pa.string()  # JSON: the dicts' keys vary between inputs
    if name == "authors":
        return pa.list_(pa.string())
    return {
        "string": pa.string(),
        UTC_DATETIME: pa.timestamp("ns", tz="UTC"),
        "Int64": pa.int64(),
        "boolean": pa.bool_(),
    }[dtype]


#: Every file of every store has exactly this Arrow schema.
ARROW_SCHEMA = pa.schema([pa.field(c.name, _arrow_type(c.name, c.dtype), nullable=True)
                          for c in STORED_ARTICLES.columns])
_TO_PANDAS = {pa.string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}


@dataclass(frozen=True, eq=False)
class Ingest:
    """What one :func:`write_store` call added.

    Attributes
    ----------
    ingest : str
        Id of the ingest (the ``ingest`` column of its rows).
    path : str
        The store.
    rows : int
        Rows written (duplicates included).
    duplicates : int
        Rows flagged ``duplicate_in_store``.
    files : tuple of str
        Files written, relative to the store.
    failures : pandas.DataFrame
        Inputs that could not be loaded (FAILURES columns plus ``ingest``);
        also written to ``_failures/<ingest>.parquet``.
    """

    ingest: str
    path: str
    rows: int
    duplicates: int
    files: tuple[str, ...]
    failures: pd.DataFrame = field(repr=False)

    def as_dict(self) -> dict[str, Any]:
        """The counts as plain values (failures as a count)."""
        return {"ingest": self.ingest, "path": self.path, "rows": self.rows,
                "duplicates": self.duplicates, "files": len(self.files),
                "failures": len(self.failures)}


# ---------------------------------------------------------------------------
# Manifest and lock
# ---------------------------------------------------------------------------


def _read_manifest(root: Path) -> dict[str, Any]:
    path = root / MANIFEST
    if not path.exists():
        return {"format": _FORMAT, "version": _VERSION, "ingests": []}
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"{path}: unreadable store manifest ({exc})") from exc
    if manifest.get("format") != _FORMAT:
        raise StoreError(f"{path}: not a toolkit corpus store manifest")
    return manifest


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    _sync_dir(path.parent)


def _sync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _locked(root: Path) -> Iterator[None]:
    """Hold the store's writer lock (released by the OS if the writer dies)."""
    with open(root / LOCK, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _open_store(path: str | os.PathLike) -> Path:
    root = Path(path)
    if root.exists() and not root.is_dir():
        raise StoreError(f"{root}: exists and is not a folder")
    if root.is_dir() and not (root / MANIFEST).exists():
        stray = [p.name for p in root.iterdir() if p.name != LOCK]
        if stray:
            raise StoreError(f"{root}: folder is not empty and is not a corpus store "
                             f"(found {', '.join(sorted(stray)[:5])}); give a new or empty folder")
    root.mkdir(parents=True, exist_ok=True)
    return root


def _committed(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for ingest in manifest["ingests"] for f in ingest["files"]]


def _remove_orphans(root: Path, manifest: dict[str, Any]) -> list[str]:
    """Delete files of ingests that never committed (the writer was killed)."""
    known = {f["path"] for f in _committed(manifest)}
    known |= {f"{FAILURES_DIR}/{i['ingest']}.parquet" for i in manifest["ingests"]}
    removed = []
    for folder in [*root.glob("month=*"), root / FAILURES_DIR]:
        if not folder.is_dir():
            continue
        for item in folder.iterdir():
            rel = f"{folder.name}/{item.name}"
            ours = item.name.endswith(".tmp") or item.name.startswith("part-") or folder.name == FAILURES_DIR
            if ours and rel not in known and item.is_file():
                item.unlink()
                removed.append(rel)
    return removed


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------


def _months(published: pd.Series) -> pd.Series:
    months = published.dt.strftime("%Y-%m")
    return months.astype("object").where(published.notna(), UNKNOWN_MONTH)


def _related_json(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    return json.dumps(list(value), ensure_ascii=False, default=str)


def _to_arrow(frame: pd.DataFrame) -> pa.Table:
    arrays = []
    for column in STORED_ARTICLES.columns:
        values = frame[column.name]
        if column.name == "related":
            values = values.map(_related_json)
        elif column.name == "authors":
            values = values.map(lambda v: None if v is None or isinstance(v, float) else list(v))
        arrays.append(pa.Array.from_pandas(values, type=ARROW_SCHEMA.field(column.name).type))
    return pa.Table.from_arrays(arrays, schema=ARROW_SCHEMA)


def _write_table(table: pa.Table, tmp: Path) -> None:
    tmp.parent.mkdir(parents=True, exist_ok=True)
    with open(tmp, "wb") as handle:
        pq.write_table(table, handle, compression="zstd")
        handle.flush()
        os.fsync(handle.fileno())


def _as_articles(frame: pd.DataFrame) -> pd.DataFrame:
    missing = [c for c in ("article_id", "text") if c not in frame.columns]
    if missing:
        raise SchemaError(f"write_store: the frame has no column(s) {missing}; give load_articles' "
                          "output, or turn export records into articles with records_to_articles")
    articles = frame[[c for c in ARTICLES.names if c in frame.columns]]
    try:
        return validate(articles, ARTICLES).copy()
    except SchemaError:  # e.g. columns read back as other dtypes: cast, then check again
        return validate(conform(articles, ARTICLES), ARTICLES)


def _write_part(frame: pd.DataFrame, root: str, ingest: str, label: str,
                rows_per_file: int) -> list[dict[str, Any]]:
    """Write one partition's rows as temporary files, one or more per month."""
    articles = _as_articles(frame)
    articles["ingest"] = pd.array([ingest] * len(articles), dtype="string")
    articles["duplicate_in_store"] = pd.array([False] * len(articles), dtype="boolean")
    written = []
    for month, rows in articles.groupby(_months(articles["published"]), sort=True):
        for n, start in enumerate(range(0, len(rows), rows_per_file)):
            piece = rows.iloc[start:start + rows_per_file]
            name = f"part-{ingest}-{label}-{n:03d}.parquet"
            tmp = Path(root) / f"month={month}" / f".{name}.tmp"
            _write_table(_to_arrow(piece), tmp)
            written.append({"path": f"month={month}/{name}", "month": month, "rows": len(piece),
                            "tmp": str(tmp), "ids": piece["article_id"].tolist()})
    return written


def _write_parts(articles: Any, root: Path, ingest: str, rows_per_file: int,
                 dask_client: Any, progress: bool) -> list[dict[str, Any]]:
    if not is_dask(articles):
        return _write_part(articles, str(root), ingest, "00000", rows_per_file)
    from dask import delayed

    tasks = [delayed(_write_part)(part, str(root), ingest, f"{i:05d}", rows_per_file)
             for i, part in enumerate(articles.to_delayed())]
    parts = compute(delayed(list)(tasks), dask_client=dask_client, progress=progress)
    return [item for part in parts for item in part]


def _known_ids(root: Path, manifest: dict[str, Any]) -> set[str]:
    files = [root / f["path"] for f in _committed(manifest)]
    if not files:
        return set()
    return set(pq.read_table(files, columns=["article_id"]).column("article_id").to_pylist())


def _flag_duplicates(written: list[dict[str, Any]], known: set[str]) -> int:
    """Rewrite (still temporary) files holding ids seen before; return how many rows."""
    seen = set(known)
    total = 0
    for item in written:
        flags = []
        for ident in item.pop("ids"):
            flags.append(ident in seen)
            seen.add(ident)
        if any(flags):
            total += sum(flags)
            tmp = Path(item["tmp"])
            table = pq.read_table(tmp)
            position = table.schema.get_field_index("duplicate_in_store")
            table = table.set_column(position, ARROW_SCHEMA.field(position), pa.array(flags, pa.bool_()))
            _write_table(table, tmp)
    return total


def _failures_table(failures: pd.DataFrame, ingest: str) -> pd.DataFrame:
    out = validate(conform(failures, FAILURES), FAILURES)[FAILURES.names].copy()
    out["ingest"] = pd.array([ingest] * len(out), dtype="string")
    return out


def _new_ingest_id() -> str:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{stamp}-{secrets.token_hex(3)}"


def _load(source: Any, errors: str, parallel: bool, dask_client: Any,
          load_options: dict[str, Any]) -> tuple[Any, pd.DataFrame]:
    if isinstance(source, pd.DataFrame) or is_dask(source):
        if load_options:
            raise TypeError(f"write_store: {sorted(load_options)} apply to loading files, not to a frame")
        return source, FAILURES.empty()
    if parallel:
        load_options.pop("progress", None)
        articles, failures = load_parallel(source, dask_client=dask_client, **load_options)
        if errors == "raise" and len(failures):
            first = failures.iloc[0]
            raise LoadError(first["input"], first["reason"], first["stage"])
        return articles, failures
    if errors == "raise":
        return load_articles(source, errors="raise", **load_options), FAILURES.empty()
    return load_articles(source, errors="collect", **load_options)


def write_store(
    source_or_articles: Any,
    path: str | os.PathLike,
    *,
    errors: Literal["collect", "raise"] = "collect",
    rows_per_file: int = ROWS_PER_FILE,
    parallel: bool = False,
    dask_client: Any = None,
    progress: bool = False,
    **load_options: Any,
) -> Ingest:
    """Add articles to a corpus store (created if needed), all or nothing.

    Parameters
    ----------
    source_or_articles : path, URL, list of them, or DataFrame
        Anything :func:`toolkit.load_articles` reads (files, folders, globs,
        URLs), or an ARTICLES frame (pandas, or Dask: each partition is
        then written by a worker, which must see ``path``).
    path : str or path
        The store's folder (new, empty, or an existing store).
    errors : {"collect", "raise"}
        ``"collect"`` (default): inputs that cannot be loaded are returned
        in :attr:`Ingest.failures` and written to
        ``_failures/<ingest>.parquet`` (see :func:`read_failures`).
        ``"raise"``: the first one raises and nothing is written.
    rows_per_file : int
        Largest Parquet file, in rows.
    parallel : bool
        Load files on the Dask workers (:func:`load_parallel`; the same
        rows, ids and failures as loading here) and write from there.
    dask_client : distributed.Client, str or None
        For ``parallel`` and Dask frames: see
        :func:`toolkit.parallel.ensure_client`.
    progress : bool
        Progress bar while a Dask frame is written.
    **load_options
        Passed to :func:`toolkit.load_articles` (``outlet``, ``language``,
        ``cache_dir``, ``fetch_options``, ``progress``).

    Returns
    -------
    Ingest
        What was added: rows, rows flagged as duplicates, files, failures.

    Raises
    ------
    StoreError
        ``path`` is a non-empty folder that is not a store.
    SchemaError
        A frame is not an ARTICLES frame.

    Examples
    --------
    >>> result = write_store("scrape/", "corpus_store")              # doctest: +SKIP
    >>> result.rows, result.duplicates, len(result.failures)         # doctest: +SKIP
    """
    if rows_per_file < 1:
        raise ValueError(f"write_store: rows_per_file must be at least 1, not {rows_per_file}")
    if errors not in ("collect", "raise"):
        raise ValueError(f"write_store: errors must be 'collect' or 'raise', not {errors!r}")
    root = _open_store(path)
    articles, failures = _load(source_or_articles, errors, parallel, dask_client, load_options)
    ingest = _new_ingest_id()
    with _locked(root):
        manifest = _read_manifest(root)
        _remove_orphans(root, manifest)
        written = _write_parts(articles, root, ingest, rows_per_file, dask_client, progress)
        duplicates = _flag_duplicates(written, _known_ids(root, manifest))
        for item in written:
            os.replace(item.pop("tmp"), root / item["path"])
        for folder in {(root / item["path"]).parent for item in written}:
            _sync_dir(folder)
        failed = _failures_table(failures, ingest)
        if len(failed):
            (root / FAILURES_DIR).mkdir(exist_ok=True)
            _write_table(pa.Table.from_pandas(failed, preserve_index=False),
                         root / FAILURES_DIR / f".{ingest}.parquet.tmp")
            os.replace(root / FAILURES_DIR / f".{ingest}.parquet.tmp",
                       root / FAILURES_DIR / f"{ingest}.parquet")
        manifest["ingests"].append({
            "ingest": ingest,
            "written": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "source": describe_source(source_or_articles),
            "rows": sum(item["rows"] for item in written),
            "duplicates": duplicates,
            "failures": len(failed),
            "files": written,
        })
        # the commit point: until this rename the ingest does not exist
        _write_atomic(root / MANIFEST, json.dumps(manifest, indent=1).encode("utf-8"))
    return Ingest(ingest, str(root), manifest["ingests"][-1]["rows"], duplicates,
                  tuple(item["path"] for item in written), failed)




# ---------------------------------------------------------------------------
# Loading files on the workers
# ---------------------------------------------------------------------------


















# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


def store_files(path: str | os.PathLike, months: Sequence[str] | None = None) -> pd.DataFrame:
    """The committed files of a store, in reading order.

    Parameters
    ----------
    path : str or path
        The store.
    months : sequence of str, optional
        Only these months (``"2025-09"``, ``"unknown"``).

    Returns
    -------
    pandas.DataFrame
        ``path`` (absolute), ``month``, ``rows``, ``ingest``; sorted by
        month (``unknown`` last), then ingest order, then part.
    """
    root = Path(path)
    if not (root / MANIFEST).exists():
        raise StoreError(f"{root}: not a corpus store (no {MANIFEST}); create one with write_store")
    manifest = _read_manifest(root)
    rows = [{"path": str(root / f["path"]), "month": f["month"], "rows": f["rows"],
             "ingest": ingest["ingest"], "order": n}
            for n, ingest in enumerate(manifest["ingests"]) for f in ingest["files"]]
    files = pd.DataFrame(rows, columns=["path", "month", "rows", "ingest", "order"])
    if months is not None:
        files = files[files["month"].isin(list(months))]
    files = files.sort_values(["month", "order"], kind="stable")
    return files.drop(columns="order").reset_index(drop=True)


def _decode_related(value: Any) -> Any:
    return None if value is None else json.loads(value)


def _from_arrow(table: pa.Table, columns: list[str], duplicates: str) -> pd.DataFrame:
    frame = table.to_pandas(types_mapper=_TO_PANDAS.get)
    if duplicates == "drop":
        frame = frame[~frame["duplicate_in_store"].astype(bool)]
    if "authors" in frame:
        frame["authors"] = [None if v is None else list(v) for v in frame["authors"]]
    if "related" in frame:
        frame["related"] = [_decode_related(v) for v in frame["related"]]
    frame = frame[columns].reset_index(drop=True)
    if columns == STORED_ARTICLES.names:
        return validate(conform(frame, STORED_ARTICLES), STORED_ARTICLES)
    for name in columns:
        frame[name] = conform(frame[[name]], _subset(name))[name]
    return frame


def _subset(name: str) -> TableSchema:
    return TableSchema(STORED_ARTICLES.name, (STORED_ARTICLES[name],))


def _read_files(paths: Sequence[str], columns: list[str], duplicates: str) -> pd.DataFrame:
    wanted = list(dict.fromkeys([*columns, *(["duplicate_in_store"] if duplicates == "drop" else [])]))
    if not paths:
        return _from_arrow(ARROW_SCHEMA.empty_table().select(wanted), columns, duplicates)
    tables = [pq.read_table(p, columns=wanted, schema=ARROW_SCHEMA) for p in paths]
    return _from_arrow(pa.concat_tables(tables), columns, duplicates)


def _groups(files: pd.DataFrame, rows_per_partition: int) -> list[list[str]]:
    """Consecutive files joined until a group holds about ``rows_per_partition`` rows."""
    groups: list[list[str]] = []
    size = 0
    for path, rows in zip(files["path"], files["rows"], strict=True):
        if not groups or size + rows > rows_per_partition:
            groups.append([])
            size = 0
        groups[-1].append(path)
        size += rows
    return groups


def read_store(
    path: str | os.PathLike,
    *,
    engine: Literal["dask", "pandas"] = "dask",
    columns: Sequence[str] | None = None,
    months: Sequence[str] | None = None,
    duplicates: Literal["drop", "keep"] = "drop",
    rows_per_partition: int = ROWS_PER_FILE,
) -> Any:
    """Read a corpus store as a Dask frame (default) or a pandas frame.

    Parameters
    ----------
    path : str or path
        The store (made by :func:`write_store`).
    engine : {"dask", "pandas"}
        ``"dask"``: a lazy ``dask.dataframe`` (small files of a month are
        joined into partitions of about ``rows_per_partition`` rows).
        ``"pandas"``: everything in memory, for small stores.
    columns : sequence of str, optional
        Only these STORED_ARTICLES columns (default all).
    months : sequence of str, optional
        Only these months, e.g. ``["2025-09", "unknown"]``.
    duplicates : {"drop", "keep"}
        ``"drop"`` (default): rows flagged ``duplicate_in_store`` are left
        out, so each ``article_id`` appears once. ``"keep"``: every row.
    rows_per_partition : int
        Target partition size for ``engine="dask"``.

    Returns
    -------
    dask.dataframe.DataFrame or pandas.DataFrame
        STORED_ARTICLES schema (or the chosen columns), rows by month
        (``unknown`` last), then in the order they were written. Both
        engines give the same rows in the same order.

    Examples
    --------
    >>> articles = read_store("corpus_store", columns=["article_id", "text"])  # doctest: +SKIP
    """
    if engine not in ("dask", "pandas"):
        raise ValueError(f"read_store: engine must be 'dask' or 'pandas', not {engine!r}")
    if duplicates not in ("drop", "keep"):
        raise ValueError(f"read_store: duplicates must be 'drop' or 'keep', not {duplicates!r}")
    names = list(columns) if columns is not None else STORED_ARTICLES.names
    unknown = [c for c in names if c not in STORED_ARTICLES]
    if unknown:
        raise ValueError(f"read_store: no column(s) {unknown} in a store; "
                         f"columns are {STORED_ARTICLES.names}")
    files = store_files(path, months)
    if engine == "pandas":
        return _read_files(files["path"].tolist(), names, duplicates)
    import dask.dataframe as dd

    groups = _groups(files, rows_per_partition) or [[]]
    meta = _read_files([], names, duplicates)
    with keep_objects():
        return dd.from_map(_read_files, groups, columns=names, duplicates=duplicates, meta=meta,
                           enforce_metadata=False, label="read-store")


def read_failures(path: str | os.PathLike) -> pd.DataFrame:
    """Inputs the store's ingests could not load.

    Parameters
    ----------
    path : str or path
        The store.

    Returns
    -------
    pandas.DataFrame
        FAILURES columns (input, stage, reason) plus ``ingest``, in ingest order.
    """
    root = Path(path)
    manifest = _read_manifest(root)
    frames = [pd.read_parquet(root / FAILURES_DIR / f"{i['ingest']}.parquet")
              for i in manifest["ingests"] if i["failures"]]
    if not frames:
        return _failures_table(FAILURES.empty(), "")
    joined = pd.concat(frames, ignore_index=True)
    out = validate(conform(joined, FAILURES), FAILURES)
    out["ingest"] = out["ingest"].astype("string")
    return out
