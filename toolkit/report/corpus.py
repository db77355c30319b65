"""The corpus a report runs on: loaded with the report's filters, and identified for its footer.

A corpus is anything :func:`toolkit.load_articles` reads, or a corpus store
(a folder made by :func:`toolkit.store.write_store`), which is read as it is
(no parsing, no cleaning). ``toolkit report`` loads a corpus of pages (or the
bundled practice corpus) once, saves the loaded frame as a snapshot file for
the run (:func:`save_snapshot`), and every notebook reads the snapshot
instead of loading again; a store is read by each notebook directly.
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["CorpusInfo", "corpus_info", "is_store", "load_corpus", "save_snapshot", "store_articles"]

#: The file that makes a folder a corpus store (``toolkit.store``).
_MANIFEST = "_store.json"


def is_store(corpus: str | Path | None) -> bool:
    """True when ``corpus`` is a corpus store folder (it holds ``_store.json``)."""
    return bool(corpus) and Path(str(corpus)).is_dir() and (Path(str(corpus)) / _MANIFEST).is_file()


def store_articles(path: str | Path) -> int:
    """Articles in a store as :func:`toolkit.store.read_store` gives them (one per ``article_id``).

    Read from the manifest, without opening the data files.
    """
    import json

    manifest = json.loads((Path(path) / _MANIFEST).read_text(encoding="utf-8"))
    return sum(int(i.get("rows", 0)) - int(i.get("duplicates", 0)) for i in manifest.get("ingests", []))


def _warn_failures(failures: pd.DataFrame | list[dict[str, Any]]) -> None:
    failures = pd.DataFrame(failures, columns=None if len(failures) else ["input", "reason"])
    if len(failures):
        shown = "; ".join(f"{r.input}: {r.reason}" for r in failures.head(5).itertuples())
        more = f" (and {len(failures) - 5} more)" if len(failures) > 5 else ""
        warnings.warn(f"{len(failures)} inputs could not be loaded and are left out: {shown}{more}", stacklevel=3)


def save_snapshot(articles: pd.DataFrame, path: str | Path) -> Path:
    """Save a loaded corpus for the notebooks of one run (same frame, dtypes and ``attrs`` back).

    The file is pickled pandas: it is written and read by the same toolkit
    in one ``toolkit report`` run, in a folder only the user can read, and
    deleted at the end of the run. It is not a format to keep or share: a
    corpus store (:func:`toolkit.store.write_store`) is.

    Parameters
    ----------
    articles : pandas.DataFrame
        The loaded corpus.
    path : str or Path
        File to write.

    Returns
    -------
    Path
    """
    path = Path(path)
    articles.to_pickle(path)
    return path


def load_corpus(
    corpus: str | Path | None = None,
    start: str | None = None,
    end: str | None = None,
    outlets: Sequence[str] | None = None,
    snapshot: str | Path | None = None,
) -> pd.DataFrame:
    """Load the corpus a report runs on, filtered by date range and outlets.

    This is what every curated notebook's ``parameters`` cell feeds.

    Parameters
    ----------
    corpus : str or Path, optional
        Anything :func:`toolkit.load_articles` accepts, or a corpus store
        folder (read with :func:`toolkit.store.read_store`, one row per
        ``article_id``); None for the bundled practice corpus
        (:func:`toolkit.load_sample`).
    start, end : str, optional
        Inclusive ISO dates; articles without a date are kept.
    outlets : sequence of str, optional
        Keep only these outlets.
    snapshot : str or Path, optional
        The corpus as ``toolkit report`` loaded it once for the run
        (:func:`save_snapshot`); read instead of loading ``corpus`` again.

    Returns
    -------
    pandas.DataFrame
        Articles (ARTICLES schema), a new frame. Inputs of a user's corpus
        that fail to load are left out with a warning naming them; the
        failures are in ``attrs["failures"]``, one dict per input (a list,
        not a frame: pandas compares the ``attrs`` of frames it concatenates,
        and a frame there makes ``pd.concat`` of the articles' chunks fail).
    """
    from toolkit.datasets import load_sample
    from toolkit.load import load_articles

    if snapshot:
        articles = pd.read_pickle(snapshot)  # written by this run's toolkit report, see save_snapshot
        _warn_failures(articles.attrs.get("failures", []))
    elif corpus in (None, ""):
        articles = load_sample()
    elif is_store(corpus):
        from toolkit.schema import ARTICLES
        from toolkit.store import read_failures, read_store

        articles = read_store(corpus, engine="pandas", columns=ARTICLES.names)
        failures = read_failures(corpus)
        _warn_failures(failures)
        articles.attrs["failures"] = failures.to_dict("records")
    else:
        # A report on a user's corpus shows what loaded and says what did not.
        articles, failures = load_articles(corpus, errors="collect", progress=False)
        _warn_failures(failures)
        articles.attrs["failures"] = failures.to_dict("records")
    keep = pd.Series(True, index=articles.index)
    if start:
        keep &= articles["published"].isna() | (articles["published"] >= pd.Timestamp(start, tz="UTC"))
    if end:
        end_ts = pd.Timestamp(end, tz="UTC") + pd.Timedelta(days=1)
        keep &= articles["published"].isna() | (articles["published"] < end_ts)
    if outlets:
        keep &= articles["outlet"].isin(list(outlets))
    return articles.loc[keep].reset_index(drop=True)


@dataclass(frozen=True, slots=True)
class CorpusInfo:
    """What a report was run on: enough to reproduce it."""

    path: str
    sha256: str
    n_files: int
    n_articles: int | None

    def as_dict(self) -> dict[str, Any]:
        """Return the fields as a plain dict."""
        return {
            "path": self.path,
            "sha256": self.sha256,
            "n_files": self.n_files,
            "n_articles": self.n_articles,
        }


def _files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))


def corpus_info(corpus: str | Path | None = None, n_articles: int | None = None) -> CorpusInfo:
    """Hash a corpus folder or file: sha256 over relative paths and bytes.

    A corpus store is identified by its manifest (every committed ingest
    with its files and row counts), so its data files are not read.

    Parameters
    ----------
    corpus : str or Path, optional
        Folder, file or corpus store; None for the bundled practice corpus.
    n_articles : int, optional
        Article count to record (counted by loading when None).

    Returns
    -------
    CorpusInfo
    """
    from toolkit.datasets import data_home

    path = Path(corpus) if corpus else data_home() / "sample"
    digest = hashlib.sha256()
    if is_store(path):
        from toolkit.store import store_files

        digest.update((path / _MANIFEST).read_bytes())
        n = store_articles(path) if n_articles is None else n_articles
        return CorpusInfo(f"{corpus} (corpus store)", digest.hexdigest(), len(store_files(path)), n)
    files = _files(path)
    for f in files:
        rel = f.relative_to(path).as_posix() if path.is_dir() else f.name
        digest.update(rel.encode("utf-8") + b"\0")
        digest.update(f.read_bytes())
    if n_articles is None:
        n_articles = len(load_corpus(corpus))
    shown = str(corpus) if corpus else "bundled practice corpus (data/sample)"
    return CorpusInfo(shown, digest.hexdigest(), len(files), n_articles)
