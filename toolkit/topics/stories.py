"""Stories: copies of one article, found by the toolkit's one copy detector.

Topics fit one article per story, so twenty aggregator copies of a wire
report weigh as one; :func:`toolkit.sources.find_copies` decides what is a
copy, here as everywhere in the toolkit.
"""

from __future__ import annotations

import inspect
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from toolkit.parallel import compute, is_dask
from toolkit.sources import find_copies

#: Containment of the shorter article's word shingles in the other above
#: which :func:`toolkit.sources.find_copies` confirms two articles as copies
#: of one story (its own default): an aggregator page that wraps a wire
#: report in its own menus and teasers still contains most of the report.
DUPLICATE_THRESHOLD: float = inspect.signature(find_copies).parameters["threshold"].default

#: Columns of :func:`toolkit.sources.find_copies`'s table that stories read.
COPY_COLUMNS = ("article_id", "group", "original_id")

__all__ = ["COPY_COLUMNS", "DUPLICATE_THRESHOLD", "check_copies", "copy_links", "position_links"]


def check_copies(copies: Any) -> pd.DataFrame:
    """The columns stories read of a given ``copies`` frame, computed; a ValueError names what is wrong.

    ``copies`` is what :func:`toolkit.sources.find_copies` returned (pandas
    or Dask); an empty frame means no copies.
    """
    if not hasattr(copies, "columns"):
        raise ValueError(f"copies: expected the frame toolkit.find_copies returned, got {type(copies).__name__}")
    missing = [c for c in COPY_COLUMNS if c not in copies.columns]
    if missing:
        raise ValueError(f"copies: missing column(s) {missing} (expected the frame toolkit.find_copies returned)")
    table = copies[list(COPY_COLUMNS)]
    table = (compute(table) if is_dask(table) else table).reset_index(drop=True)
    empty = [c for c in COPY_COLUMNS if table[c].isna().any()]
    if empty:
        raise ValueError(f"copies: column(s) {empty} have empty values")
    return table


def copy_links(table: pd.DataFrame, found: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Positions of a checked ``copies`` table's rows: (first member of the group, member, originals).

    ``found`` has the ``position`` and ``article_id`` of the articles whose
    id ``table`` names; every id must name exactly one article, else a
    ValueError says which do not.
    """
    named = set(table["article_id"].astype(str)) | set(table["original_id"].astype(str))
    counts = found["article_id"].astype(str).value_counts()
    absent = sorted(named - set(counts.index))
    if absent:
        raise ValueError(f"copies: {len(absent)} article id(s) not in the articles, e.g. {absent[:3]} "
                         "(copies must be toolkit.find_copies of the same articles)")
    twice = sorted(set(counts.index[counts > 1]) & named)
    if twice:
        raise ValueError(f"copies: {len(twice)} article id(s) name several rows of the articles, e.g. "
                         f"{twice[:3]}, so they cannot be matched to one article")
    at = pd.Series(found["position"].to_numpy(dtype=np.int64), index=found["article_id"].astype(str).to_numpy())
    return position_links(pd.DataFrame({
        "article_id": at.loc[table["article_id"].astype(str).to_numpy()].to_numpy(),
        "group": table["group"].to_numpy(),
        "original_id": at.loc[table["original_id"].astype(str).to_numpy()].to_numpy(),
    }))


def position_links(table: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(first member of the group, member, originals) of a copies table whose ids are row positions.

    The one reading of :func:`toolkit.sources.find_copies`' groups into
    links between rows, for the detector run here and for a table a caller
    gives (:func:`copy_links`).
    """
    position = table["article_id"].astype(np.int64).to_numpy()
    first = pd.Series(position).groupby(table["group"].to_numpy()).transform("min").to_numpy()
    return first, position, np.unique(table["original_id"].astype(np.int64).to_numpy())


def _given_copies(frame: pd.DataFrame, copies: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`copy_links` of ``copies`` against the rows of ``frame``."""
    table = check_copies(copies)
    ids = frame["article_id"].astype("string").fillna("").to_numpy(dtype=object)
    keep = np.isin(ids, np.asarray(sorted(set(table["article_id"].astype(str)) | set(table["original_id"].astype(str))),
                                   dtype=object))
    found = pd.DataFrame({"position": np.flatnonzero(keep), "article_id": ids[keep]})
    return copy_links(table, found)


def _stories(frame: pd.DataFrame, threshold: float | None, copies: Any = None) -> np.ndarray:
    """Position of the row that stands for each row's story.

    A story is a connected group of copies: pairs that
    :func:`toolkit.sources.find_copies` confirms (MinHash LSH over word
    shingles, then containment of the shorter text's shingles of at least
    ``threshold``), or that ``duplicate_of`` links. The group's probable
    original (``find_copies``'s ``original_id``) stands for it; a group
    joined by ``duplicate_of`` only is stood for by its first row.
    ``threshold`` None, or above 1 (a containment no pair reaches), skips
    the text comparison. ``copies``, when given, is ``find_copies`` of
    these articles (checked, see :func:`check_copies`), used instead of
    running it again.
    """
    n = len(frame)
    pairs = _duplicate_links(frame)
    originals = np.zeros(0, dtype=np.int64)
    given = None if copies is None else _given_copies(frame, copies)  # checked even when not used
    if threshold is not None and threshold <= 1 and n > 1:
        if given is None:
            given = position_links(find_copies(_copy_input(frame), threshold=float(threshold)))
        first, position, originals = given
        pairs += list(zip(first.tolist(), position.tolist(), strict=True))
    r = np.asarray([a for a, _ in pairs], dtype=np.int64)
    c = np.asarray([b for _, b in pairs], dtype=np.int64)
    graph = sp.coo_matrix((np.ones(len(r)), (r, c)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    rows = np.arange(n)
    # an original named by find_copies stands for its group, else the first row
    rank = np.where(np.isin(rows, originals), rows - n, rows)
    best = pd.Series(rank).groupby(labels).transform("min").to_numpy()
    return np.where(best < 0, best + n, best)


def _copy_input(frame: pd.DataFrame) -> pd.DataFrame:
    """The columns :func:`~toolkit.sources.find_copies` reads; ids are row positions."""
    index = pd.RangeIndex(len(frame))
    out = pd.DataFrame({"article_id": pd.array([str(i) for i in index], dtype="string")}, index=index)
    out["outlet"] = (
        frame["outlet"].astype("string").to_numpy() if "outlet" in frame.columns else pd.NA
    )
    published = frame["published"].to_numpy() if "published" in frame.columns else pd.NaT
    out["published"] = pd.to_datetime(pd.Series(published, index=index), utc=True, errors="coerce")
    out["text"] = frame["text"].astype("string").fillna("").to_numpy()
    for column in ("wire", "n_words"):
        if column in frame.columns:
            out[column] = frame[column].to_numpy()
    return out


def _duplicate_links(frame: pd.DataFrame) -> list[tuple[int, int]]:
    if "duplicate_of" not in frame.columns:
        return []
    position = {aid: i for i, aid in enumerate(frame["article_id"].astype(str))}
    links = []
    for i, original in enumerate(frame["duplicate_of"].tolist()):
        if original is not None and not pd.isna(original) and str(original) in position:
            links.append((position[str(original)], i))
    return links
