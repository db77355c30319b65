"""Finding what to load: files, folders, globs and URLs, each named as the user gave it.

Part of :mod:`toolkit.load`; the names here are package internals.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from toolkit.errors import LoadError
from toolkit.urls import is_url

__all__ = ["FORMATS", "Failure", "Input", "Source", "expand", "format_of"]

#: File-name endings read as each format. ``.gz`` may follow any of them.
#: ``xml`` is sniffed into ``feed`` or ``sitemap`` by its root element.
FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "txt",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".parquet": "parquet",
    ".warc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "xml",
}
# Directories never descended into when a folder is loaded.
_SKIP_DIRS = {".git", ".ipynb_checkpoints", "__pycache__", ".venv", "node_modules"}

Source = str | os.PathLike | Sequence[str | os.PathLike]


@dataclass(frozen=True)
class Input:
    """One thing to load: a file (``path``) or a URL; ``name`` is shown to users."""

    name: str
    path: Path | None = None
    url: str | None = None


@dataclass
class Failure:
    """One input (file, URL, record) that could not be loaded, and why."""

    input: str
    stage: str
    reason: str

    def error(self) -> LoadError:
        """Return the :class:`LoadError` raised for this failure."""
        return LoadError(self.input, self.reason, self.stage)


def format_of(path: Path) -> str | None:
    """Format of a file from its name: ``.html.gz`` -> ``html``; None if unknown."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return FORMATS.get(suffixes[-1]) if suffixes else None


def _join(given: str, rel: str) -> str:
    return given.rstrip("/\\") + "/" + rel if given not in ("", ".") else rel


def _walk(folder: Path, given: str) -> Iterator[Input | Failure]:
    """Files under ``folder``, recursively, sorted by relative path."""
    found: list[tuple[str, Path]] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d not in _SKIP_DIRS and not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            path = Path(root) / name
            found.append((path.relative_to(folder).as_posix(), path))
    for rel, path in sorted(found):
        name = _join(given, rel)
        if format_of(path) is None:
            suffix = "".join(path.suffixes[-2:]) or "no extension"
            yield Failure(name, "read", f"skipped: not a supported input type ({suffix})")
        else:
            yield Input(name, path=path)


def _glob(given: str) -> list[Input | Failure]:
    files = [m for m in sorted(glob.glob(given, recursive=True)) if Path(m).is_file()]
    if not files:
        return [Failure(given, "read", "no files match this pattern")]
    out: list[Input | Failure] = []
    for match in files:
        if format_of(Path(match)) is None:
            out.append(Failure(match, "read", "skipped: not a supported input type"))
        else:
            out.append(Input(match, path=Path(match)))
    return out


def _expand_one(item: str | os.PathLike) -> list[Input | Failure]:
    given = os.fspath(item)
    if not isinstance(given, str):
        raise TypeError(f"source items must be paths or URLs, got {type(item).__name__}")
    stripped = given.strip()
    if is_url(stripped):
        return [Input(stripped, url=stripped)]
    path = Path(given)
    if path.is_dir():
        found = list(_walk(path, given))
        return found or [Failure(given, "read", "folder has no files")]
    if path.is_file():
        return [Input(given, path=path)]
    if glob.has_magic(given):
        return _glob(given)
    if stripped.lower().startswith(("http:", "https:", "www.")):
        return [Failure(given, "read", "not a valid http(s) URL")]
    return [Failure(given, "read", "no such file or folder")]


def expand(source: Source) -> list[Input | Failure]:
    """Every input a source names, in order; what cannot be read is a Failure.

    Parameters
    ----------
    source : str, path, or list of them
        As for :func:`toolkit.load.load_articles`.

    Returns
    -------
    list of Input or Failure
    """
    if isinstance(source, (str, os.PathLike)):
        items: list[Any] = [source]
    elif isinstance(source, Iterable) and not isinstance(source, (bytes, Mapping, pd.DataFrame)):
        items = list(source)
    else:
        raise TypeError(
            "source must be a path, folder, glob, URL or a list of them; "
            f"got {type(source).__name__} (for a DataFrame of records use records_to_articles)"
        )
    out: list[Input | Failure] = []
    for item in items:
        out.extend(_expand_one(item))
    return out
