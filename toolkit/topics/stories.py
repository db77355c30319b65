"""Stories: copies of one article, found by the toolkit's one copy detector.

Topics fit one article per story, so twenty aggregator copies of a wire
report weigh as one; :func:`toolkit.sources.find_copies` decides what is a
copy, here as everywhere in the toolkit.
"""

from __future__ import annotations

import inspect

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from toolkit.sources import find_copies

#: Containment of the shorter article's word shingles in the other above
#: which :func:`toolkit.sources.find_copies` confirms two articles as copies
#: of one story (its own default): an aggregator page that wraps a wire
#: report in its own menus and teasers still contains most of the report.
DUPLICATE_THRESHOLD: float = inspect.signature(find_copies).parameters["threshold"].default

__all__ = ["DUPLICATE_THRESHOLD"]


def _stories(frame: pd.DataFrame, threshold: float | None) -> np.ndarray:
    """Position of the row that stands for each row's story.

    A story is a connected group of copies: pairs that
    :func:`toolkit.sources.find_copies` confirms (MinHash LSH over word
    shingles, then containment of the shorter text's shingles of at least
    ``threshold``), or that ``duplicate_of`` links. The group's probable
    original (``find_copies``'s ``original_id``) stands for it; a group
    joined by ``duplicate_of`` only is stood for by its first row.
    ``threshold`` None, or above 1 (a containment no pair reaches), skips
    the text comparison.
    """
    n = len(frame)
    pairs = _duplicate_links(frame)
    originals: list[int] = []
    if threshold is not None and threshold <= 1 and n > 1:
        copies = find_copies(_copy_input(frame), threshold=float(threshold))
        if len(copies):
            position = copies["article_id"].astype(int).to_numpy()
            originals = sorted(set(copies["original_id"].astype(int).tolist()))
            first = pd.Series(position).groupby(copies["group"].to_numpy()).transform("min")
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
