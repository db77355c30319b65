"""The corpus a report runs on: loaded with the report's filters, and identified for its footer."""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["CorpusInfo", "corpus_info", "load_corpus"]


def load_corpus(
    corpus: str | Path | None = None,
    start: str | None = None,
    end: str | None = None,
    outlets: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Load the corpus a report runs on, filtered by date range and outlets.

    This is what every curated notebook's ``parameters`` cell feeds.

    Parameters
    ----------
    corpus : str or Path, optional
        Anything :func:`toolkit.load_articles` accepts; None for the bundled
        practice corpus (:func:`toolkit.load_sample`).
    start, end : str, optional
        Inclusive ISO dates; articles without a date are kept.
    outlets : sequence of str, optional
        Keep only these outlets.

    Returns
    -------
    pandas.DataFrame
        Articles (ARTICLES schema), a new frame. Inputs of a user's corpus
        that fail to load are left out with a warning naming them; the
        failures table is in ``attrs["failures"]``.
    """
    from toolkit.datasets import load_sample
    from toolkit.load import load_articles

    if corpus in (None, ""):
        articles = load_sample()
    else:
        # A report on a user's corpus shows what loaded and says what did not.
        articles, failures = load_articles(corpus, errors="collect", progress=False)
        if len(failures):
            shown = "; ".join(f"{r.input}: {r.reason}" for r in failures.head(5).itertuples())
            more = f" (and {len(failures) - 5} more)" if len(failures) > 5 else ""
            warnings.warn(f"{len(failures)} inputs could not be loaded and are left out: {shown}{more}", stacklevel=2)
        articles.attrs["failures"] = failures
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

    Parameters
    ----------
    corpus : str or Path, optional
        Folder or file; None for the bundled practice corpus.
    n_articles : int, optional
        Article count to record (counted by loading when None).

    Returns
    -------
    CorpusInfo
    """
    from toolkit.datasets import data_home

    path = Path(corpus) if corpus else data_home() / "sample"
    digest = hashlib.sha256()
    files = _files(path)
    for f in files:
        rel = f.relative_to(path).as_posix() if path.is_dir() else f.name
        digest.update(rel.encode("utf-8") + b"\0")
        digest.update(f.read_bytes())
    if n_articles is None:
        n_articles = len(load_corpus(corpus))
    shown = str(corpus) if corpus else "bundled practice corpus (data/sample)"
    return CorpusInfo(shown, digest.hexdigest(), len(files), n_articles)
