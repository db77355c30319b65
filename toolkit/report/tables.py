"""Tables a report used, written beside it as Parquet and CSV, and linked from the page.

A curated notebook ends a section with ``save_tables(data_out, corpus=articles,
events=events)``. ``data_out`` is a report parameter: None when the notebook
runs in JupyterLab or under ``make notebooks`` (nothing is written, nothing is
shown), a folder when ``toolkit report`` runs it. Files are named by their
content (``events-<hash>.parquet``), so a corpus several reports use is
written once. The cell's output (a small JSON bundle of type
:data:`TABLES_MIME`) tells :func:`toolkit.report.export_html` what to link.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["TABLES_MIME", "TablesWritten", "save_tables"]

#: Output type of :func:`save_tables` in an executed notebook.
TABLES_MIME = "application/vnd.toolkit.tables+json"


def _flat(value: Any) -> Any:
    if isinstance(value, list | tuple | np.ndarray):
        return "; ".join(map(str, value))
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return value


def _csv_bytes(frame: pd.DataFrame) -> bytes:
    flat = frame.copy()
    for column in flat.columns:
        if flat[column].dtype == object:
            flat[column] = flat[column].map(_flat)
    return flat.to_csv(index=False, lineterminator="\n").encode("utf-8")


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


@dataclass(frozen=True, slots=True)
class TablesWritten:
    """Files :func:`save_tables` wrote; shown in a notebook as a short list."""

    tables: tuple[dict[str, Any], ...]

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        text = "\n".join(f"{t['name']}: {t['rows']} rows -> {t['parquet']}, {t['csv']}" for t in self.tables)
        return {TABLES_MIME: {"tables": list(self.tables)}, "text/plain": text or "no tables written"}


def save_tables(folder: str | Path | None, **tables: pd.DataFrame | None) -> TablesWritten | None:
    """Write each table as ``<name>-<hash>.parquet`` and ``.csv`` in ``folder``.

    Parameters
    ----------
    folder : str or Path or None
        Where to write; None writes nothing and returns None (a notebook run
        outside ``toolkit report``).
    **tables : pandas.DataFrame or None
        Tables by name (``corpus=articles``, ``events=events``); None and
        missing tables are skipped. List columns are kept in Parquet and
        joined with ``"; "`` in CSV.

    Returns
    -------
    TablesWritten or None
        What was written (name, rows, columns, file paths), displayed in the
        notebook and linked by the HTML export.

    Examples
    --------
    >>> save_tables(None, corpus=pd.DataFrame({"a": [1]})) is None
    True
    """
    if folder is None:
        return None
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        if frame is None:
            continue
        if not isinstance(frame, pd.DataFrame):
            raise TypeError(f"save_tables: {name!r} is a {type(frame).__name__}, not a DataFrame")
        plain = frame.reset_index(drop=True).copy()
        plain.attrs = {}  # attrs may hold frames (load failures) Parquet metadata cannot store
        buffer = io.BytesIO()
        plain.to_parquet(buffer, index=False)
        parquet = buffer.getvalue()
        stem = f"{name}-{hashlib.sha256(parquet).hexdigest()[:12]}"
        parquet_path, csv_path = folder / f"{stem}.parquet", folder / f"{stem}.csv"
        if not parquet_path.exists():  # two reports run at once may write the same table: atomically
            _write_atomic(csv_path, _csv_bytes(plain))
            _write_atomic(parquet_path, parquet)
        written.append({"name": name, "rows": len(plain), "columns": [str(c) for c in plain.columns],
                        "parquet": str(parquet_path.resolve()), "csv": str(csv_path.resolve()),
                        "bytes": {"parquet": parquet_path.stat().st_size, "csv": csv_path.stat().st_size}})
    return TablesWritten(tuple(written))
