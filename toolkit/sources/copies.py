"""Syndication: near-duplicate articles, their probable original and what the copies changed.

:func:`find_copies` groups near-duplicate articles with MinHash/LSH
(datasketch) over word shingles, confirms each pair by exact containment,
names each group's probable original and measures how much each copy
changed; :func:`copy_groups` summarises one row per group. This is the one
copy detector of the toolkit: topics takes its story groups from here.

Per-article work (:func:`shingles`) is a pure function of one text, so it
maps over Dask partitions unchanged.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from toolkit.languages import words_all
from toolkit.parallel import is_dask, same_kind
from toolkit.schema import COPIES, COPY_GROUPS
from toolkit.sources.cues import letter_folding
from toolkit.sources.lsh import connected_partitions
from toolkit.sources.outlets import day_precision, lag_hours, outlet_registry
from toolkit.sources.shingling import (
    NUM_PERM,
    SHINGLE_WORDS,
    WORD,
    Signer,
    fold,
    may_contain,
    shingles,
    sketch_of,
)
from toolkit.sources.tables import typed

__all__ = [
    "CONFIRM_CONTAINMENT",
    "ORIGINATING_TYPES",
    "REPUBLISHING_TYPES",
    "SHINGLE_WORDS",
    "copy_groups",
    "find_copies",
    "fold",
    "shingles",
]

# Exact similarity (containment of the shorter text's shingles) that confirms a pair:
# a copy that cut the story short is still a copy.
CONFIRM_CONTAINMENT = 0.5
#: Outlet types (the registry's ``type``) whose articles others republish.
ORIGINATING_TYPES = ("wire",)
#: Outlet types that republish others' articles.
REPUBLISHING_TYPES = ("aggregator",)

_LETTERS = re.compile(r"[^\W\d_]+")












class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _credit_keys(outlet: str, name: Any, skip: frozenset[str]) -> set[str]:
    """Spellings under which an outlet may be credited: its name, the name's initials, the domain's stem.

    ``skip`` holds the words initials leave out (articles and connectives: "The European Ledger" -> "el").
    """
    keys = {outlet.casefold(), outlet.split(".")[0].replace("-", " ").casefold()}
    if isinstance(name, str) and name.strip():
        main = re.sub(r"\s*\(.*?\)", "", name).strip()
        for n in (name, main, *re.findall(r"\((.*?)\)", name)):
            keys.add(n.casefold())
            words = [w for w in _LETTERS.findall(n) if w.casefold() not in skip]
            if len(words) > 1:
                keys.add("".join(w[0] for w in words).casefold())
    return {k for k in keys if k}


def _initials_skip() -> frozenset[str]:
    """Words an outlet's initials leave out: every language's articles and phrase connectives."""
    return frozenset(w.casefold() for w in (*words_all("article_words"), *words_all("phrase_connectives")))


def _rank(group: pd.DataFrame, originating: Iterable[str], republishing: Iterable[str],
          skip: frozenset[str]) -> list[int]:
    """Rank of each member as the original: 0 credited by another member, 1 originating
    type, 2 any other outlet, 3 republishing type."""
    types = group["outlet_type"].astype("object").where(group["outlet_type"].notna(), None)
    credited: set[str] = set()
    if "wire" in group:
        credited = {str(w).strip().casefold() for w in group["wire"] if isinstance(w, str) and w.strip()}
    originating, republishing = set(originating), set(republishing)
    rank = []
    for idx in group.index:
        keys = _credit_keys(str(group.at[idx, "outlet"]), group.at[idx, "outlet_name"], skip)
        kind = types[idx]
        rank.append(0 if credited & keys else 1 if kind in originating else 3 if kind in republishing else 2)
    return rank


def _pick_original(group: pd.DataFrame, originating: Iterable[str], republishing: Iterable[str],
                   skip: frozenset[str]) -> Any:
    """Index of the probable original: by rank (see :func:`_rank`), then the earliest."""
    far = pd.Timestamp.max.tz_localize("UTC")
    published = group["published"].fillna(far)
    order = pd.DataFrame(
        {
            "rank": _rank(group, originating, republishing, skip),
            "day": published.dt.normalize(),
            # on the same day an article with a time of day goes before one without
            "t": [far if day_precision(t) else t for t in published],
            "n_words": group["n_words"] if "n_words" in group else 0,
        },
        index=group.index,
    )
    return order.sort_values(["rank", "day", "t", "n_words"], ascending=[True, True, True, False], kind="stable").index[0]




def _connected(texts: pd.Series, *, threshold: float, k: int, num_perm: int, seed: int,
               folding: dict[int, str]) -> tuple[np.ndarray, list[np.ndarray]]:
    """Union-find roots of the confirmed pairs, and each text's sorted shingle hashes."""
    signer = Signer(k, num_perm, seed, folding)
    lsh = signer.whole_index()
    lead_lsh = signer.lead_index()
    sets: list[np.ndarray] = []
    sketches: list[np.ndarray | None] = []
    uf = _UnionFind(len(texts))
    for i, text in enumerate(texts):
        hashes, whole, lead_values = signer.sign(text)
        sets.append(hashes)
        sketches.append(None if whole is None else sketch_of(whole))
        if whole is None:
            continue
        mh, lead = signer.minhash(whole), signer.minhash(lead_values, lead=True)
        for j in set(lsh.query(mh)) | set(lead_lsh.query(lead)):
            if uf.find(i) == uf.find(j):
                continue
            if not may_contain(sketches[i], len(hashes), sketches[j], len(sets[j]), threshold)[0]:
                continue
            shorter = min(len(hashes), len(sets[j]))
            common = len(np.intersect1d(hashes, sets[j], assume_unique=True))
            if common / shorter >= threshold:
                uf.union(i, j)
        lsh.insert(i, mh, check_duplication=False)
        lead_lsh.insert(i, lead, check_duplication=False)
    return np.array([uf.find(i) for i in range(len(texts))]), sets


def _group_rows(frame: pd.DataFrame, group: pd.DataFrame, group_no: int, orig: Any,
                sets: list[np.ndarray], folding: dict[int, str]) -> list[dict[str, Any]]:
    """One row per member of a copy group, measured against its original."""
    orig_text = frame.at[orig, "text"]
    orig_words = Counter(WORD.findall(fold(orig_text if isinstance(orig_text, str) else "", folding)))
    orig_set = sets[orig]
    orig_ts = frame.at[orig, "published"]
    rows = []
    for idx, row in group.iterrows():
        s = sets[idx]
        common = len(np.intersect1d(s, orig_set, assume_unique=True))
        union = len(s) + len(orig_set) - common
        text = row["text"] if isinstance(row["text"], str) else ""
        words = Counter(WORD.findall(fold(text, folding)))
        rows.append(
            {
                "article_id": row["article_id"],
                "outlet": row["outlet"],
                "published": row["published"],
                "group": group_no,
                "group_size": len(group),
                "original_id": frame.at[orig, "article_id"],
                "is_original": idx == orig,
                "similarity": round(common / union, 4) if union else 1.0,
                "containment": round(common / len(s), 4) if len(s) else 1.0,
                "words_added": int(sum((words - orig_words).values())),
                "words_removed": int(sum((orig_words - words).values())),
                "lag_hours": lag_hours(row["published"], orig_ts),
            }
        )
    return rows


def find_copies(
    articles: pd.DataFrame,
    *,
    threshold: float = CONFIRM_CONTAINMENT,
    k: int = SHINGLE_WORDS,
    num_perm: int = NUM_PERM,
    outlets: pd.DataFrame | str | os.PathLike | None = None,
    seed: int = 1,
    originating_types: Iterable[str] = ORIGINATING_TYPES,
    republishing_types: Iterable[str] = REPUBLISHING_TYPES,
) -> pd.DataFrame:
    """Group near-duplicate articles and name each group's probable original.

    Candidate pairs come from MinHash LSH (datasketch) over ``k``-word
    shingles, of the whole text and of its first ``LEAD_WORDS`` words (so an
    excerpt of the first paragraphs meets its original); each candidate pair
    is confirmed by the exact share of the shorter article's shingles found
    in the longer one (containment), so a copy that was cut short or padded
    with its own paragraphs still joins its group. Before that, a candidate
    whose MinHash sketch puts it far below the confirming containment is
    dropped (:func:`~toolkit.sources.shingling.may_contain`). Groups are the
    connected components of confirmed pairs.

    A Dask frame is processed partition by partition with the LSH bands
    shuffled between partitions (:mod:`toolkit.sources.lsh`), so copies in
    different partitions meet; the result is the same table as for the
    same rows in a pandas frame, as a one-partition Dask frame.

    The probable original is, in this order: the article of an outlet that
    another member credits (the ``wire`` column, e.g. "BelTelegraf" or "CP"
    for Continental Press), an article of an originating outlet type (a
    wire), any article not from a republishing type (an aggregator), an
    aggregator's article; the earliest within a rank. A time of exactly
    00:00 counts as a date without time of day: such an article is not taken
    as earlier than a same-day article with a time, and its lag is counted in
    whole days.

    Parameters
    ----------
    articles : pandas.DataFrame or dask.dataframe.DataFrame
        Articles (ARTICLES schema: ``article_id``, ``outlet``, ``published``, ``text``;
        ``wire`` and ``n_words`` are used when present).
    threshold : float
        Containment that confirms a pair (0-1).
    k : int
        Words per shingle.
    num_perm : int
        MinHash permutations of the whole text, in LSH bands of three rows
        (see :data:`~toolkit.sources.shingling.NUM_PERM`).
    outlets : pandas.DataFrame or path, optional
        Outlet registry (``outlet``, ``type``, optionally ``name``), as a frame
        or a CSV file. Default: the bundled registry ``data/outlets.csv``
        (:func:`toolkit.datasets.load_outlets`); when it is missing, a
        :class:`~toolkit.sources.outlets.MissingRegistryWarning` says so and
        originals are picked by credit and date alone. An empty frame
        (``pd.DataFrame(columns=["outlet", "type"])``) does that without a warning.
    seed : int
        MinHash seed; results are identical for identical inputs.
    originating_types, republishing_types : iterable of str
        Registry types whose articles others republish (default ``("wire",)``)
        and types that republish (default ``("aggregator",)``).

    Returns
    -------
    pandas.DataFrame
        COPIES schema, one row per article in a group of two or more:
        ``article_id``, ``outlet``, ``published``, ``group`` (0-based in order
        of the groups' first rows), ``group_size``, ``original_id``,
        ``is_original``, ``similarity`` (Jaccard of shingles with the
        original), ``containment`` (share of the copy's shingles found in the
        original), ``words_added`` and ``words_removed`` (word-level change
        against the original), and ``lag_hours`` (hours after the original).

    Raises
    ------
    ValueError
        For a threshold outside (0, 1].
    KeyError
        When the articles or the registry lack a column.
    FileNotFoundError
        When ``outlets`` names a file that does not exist.

    Examples
    --------
    >>> import pandas as pd
    >>> a = "Belarus freed 52 prisoners into Lithuania on Thursday after talks with a US envoy in Minsk."
    >>> frame = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["w.example", "x.example", "y.example"],
    ...     "published": pd.to_datetime(["2025-09-11", "2025-09-12", "2025-09-12"], utc=True),
    ...     "text": [a, a.replace("freed", "released"), "A football match ended in a draw."],
    ...     "n_words": [16, 16, 7]})
    >>> find_copies(frame, outlets=pd.DataFrame(columns=["outlet", "type"]))["article_id"].tolist()
    ['a', 'b']
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"find_copies: threshold must be in (0, 1], got {threshold!r}")
    missing = {"article_id", "outlet", "published", "text"} - set(articles.columns)
    if missing:
        raise KeyError(f"find_copies: articles lack column(s) {sorted(missing)}")
    registry = outlet_registry(outlets, caller="find_copies")
    folding = letter_folding()
    if is_dask(articles):
        frame, roots, sets = connected_partitions(articles, threshold=threshold, k=k, num_perm=num_perm,
                                                  seed=seed, folding=folding)
        table = _copies_table(frame, roots, sets, registry, originating_types, republishing_types, folding)
        return same_kind(articles, table)
    frame = articles.reset_index(drop=True)
    if frame.empty:
        return COPIES.empty()
    roots, sets = _connected(frame["text"].fillna(""), threshold=threshold, k=k, num_perm=num_perm,
                             seed=seed, folding=folding)
    return _copies_table(frame, pd.Series(roots, index=frame.index), sets, registry, originating_types,
                         republishing_types, folding)


def _copies_table(frame: pd.DataFrame, roots: pd.Series, sets: Any, registry: pd.DataFrame,
                  originating_types: Iterable[str], republishing_types: Iterable[str],
                  folding: dict[int, str]) -> pd.DataFrame:
    """The COPIES table of the groups ``roots`` name (articles whose root is shared)."""
    sizes = roots.value_counts()
    members = frame.assign(_root=roots)
    members = members[members["_root"].map(sizes) > 1]
    if members.empty:
        return COPIES.empty()
    registry = registry.drop_duplicates("outlet").set_index("outlet")
    members = members.assign(outlet_type=members["outlet"].map(registry["type"]),
                             outlet_name=members["outlet"].map(registry["name"]) if "name" in registry else None)
    rows = []
    skip = _initials_skip()
    for group_no, (_, group) in enumerate(sorted(members.groupby("_root"), key=lambda kv: kv[0])):
        orig = _pick_original(group, originating_types, republishing_types, skip)
        rows.extend(_group_rows(frame, group, group_no, orig, sets, folding))
    return typed(pd.DataFrame(rows, columns=COPIES.names), COPIES)


def copy_groups(copies: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per copy group: the original, who copied it and how much the copies changed.

    Parameters
    ----------
    copies : pandas.DataFrame
        Output of :func:`find_copies`.
    articles : pandas.DataFrame, optional
        Articles with ``article_id`` and ``title``, to show the original's title.

    Returns
    -------
    pandas.DataFrame
        COPY_GROUPS schema: ``group``, ``original_outlet``, ``original_title``
        (when ``articles`` has titles), ``published`` (the original's),
        ``copies`` (number of copies), ``copied_by`` (outlets, sorted,
        comma-separated), ``median_lag_hours``, ``mean_similarity`` (Jaccard
        of shingles with the original), ``median_words_added`` and
        ``median_words_removed``.
    """
    if copies.empty:
        return COPY_GROUPS.empty()
    rows = []
    for group, part in copies.groupby("group", sort=True):
        is_original = part["is_original"].astype(bool)
        orig = part[is_original].iloc[0]
        others = part[~is_original]
        rows.append(
            {
                "group": group,
                "original_id": orig["article_id"],
                "original_outlet": orig["outlet"],
                "published": orig["published"],
                "copies": len(others),
                "copied_by": ", ".join(sorted(set(others["outlet"].astype(str)))),
                "median_lag_hours": float(others["lag_hours"].median()) if others["lag_hours"].notna().any() else np.nan,
                "mean_similarity": round(float(others["similarity"].mean()), 2),
                "median_words_added": float(others["words_added"].median()),
                "median_words_removed": float(others["words_removed"].median()),
            }
        )
    out = pd.DataFrame(rows)
    if articles is not None and "title" in articles:
        titles = dict(zip(articles["article_id"], articles["title"], strict=False))
        out["original_title"] = out["original_id"].map(titles)
    else:
        out["original_title"] = None
    return typed(out[COPY_GROUPS.names], COPY_GROUPS)
