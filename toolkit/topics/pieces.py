"""The scalable path's passes over a corpus, piece by piece: chunks of a pandas frame or a Dask frame's partitions.

Every function here works on one *piece* (a chunk of ``chunk_size`` rows
of a pandas frame, or one partition of a Dask frame) and the row offset of
its first row, so the same code gives the same values whichever way the
corpus is cut: a row is named by its position in the corpus, never by its
place in a piece. :class:`Pieces` runs a function on every piece, in this
process for pandas, as one task per partition on the ``dask.distributed``
workers for Dask, and only small values come back (counts, the sample,
the copy groups, a few candidate rows per topic).

The passes of :func:`toolkit.topics.stream.cluster_minibatch`:

1. :func:`count_piece`: rows and articles per language of each piece;
2. stories: copies found by :func:`toolkit.sources.find_copies` (on a Dask
   frame its banded LSH shuffled across partitions, so copies in different
   partitions meet) and ``duplicate_of`` links, joined into stories as in
   memory (:func:`story_table`);
3. :func:`sample_piece`: each clustered language's hashed sample and every
   row of the other languages (each language's sample
   is then fitted, one task per language, see
   :func:`toolkit.topics.stream._fit_one`);
4. :func:`assign_piece`: every row assigned by the fitted model (the only
   pass that reads every text), with the best story link of each article
   of a language that was not clustered;
5. :func:`tally_piece`: sizes, stories and representatives per topic, and
   the languages table, from the assigned pieces; :func:`finish_piece`
   writes the final assignments.
"""

from __future__ import annotations

import operator
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from toolkit.parallel import compute, ensure_client, is_dask, keep_objects
from toolkit.sampling import stable_hash
from toolkit.schema import TOPIC_ASSIGNMENTS, validate
from toolkit.sources import find_copies
from toolkit.topics.assemble import _first_pass as first_pass
from toolkit.topics.links import MIN_NAMES, MIN_SHARED, MIN_SIMILARITY, StoryLinks
from toolkit.topics.model import (
    NO_TOPIC,
    Part,
    article_languages,
    global_weights,
    map_space,
    route_rows,
    unclustered_reason,
    word_reasons,
)
from toolkit.topics.stories import _copy_input, check_copies, copy_links, position_links
from toolkit.topics.text import _texts

__all__ = [
    "Pieces",
    "assign_piece",
    "count_piece",
    "finish_piece",
    "sample_piece",
    "find_stories",
    "story_table",
    "tally_piece",
]

#: Columns the sample keeps (what fitting and the story links read).
SAMPLE_COLUMNS = ("article_id", "title", "text", "language", "outlet", "published", "wire", "n_words",
                  "duplicate_of")
#: Columns the assignment pass reads.
ASSIGN_COLUMNS = ("article_id", "title", "text", "language")
#: Rows vectorised at a time in the assignment pass: the hashed two-word
#: phrases of 2,000 news articles take some 50 MB.
BLOCK_ROWS = 2000


#: Arguments sent to the workers once, as one node of the graph, rather than
#: inside every partition's task (story tables, id arrays, the fitted model).
#: Not sets: ``Client.scatter`` sends a set item by item, so a task would get
#: a set of futures and find no id in it (pass ids as an array).
_LARGE = (pd.DataFrame, pd.Series, np.ndarray)


@dataclass
class Pieces:
    """A corpus cut into pieces with the position of each piece's first row.

    A pandas frame is cut into chunks of ``chunk_size`` rows and every
    function runs in this process; a Dask frame keeps its partitions and
    every function runs as one task per partition on the workers.
    """

    frame: Any
    chunk_size: int
    offsets: list[int] = field(default_factory=list)

    @property
    def dask(self) -> bool:
        return is_dask(self.frame)

    def _columns(self, columns: tuple[str, ...] | None) -> Any:
        if columns is None:
            return self.frame
        kept = [c for c in columns if c in self.frame.columns]
        return self.frame[kept]

    def parts(self, columns: tuple[str, ...] | None = None) -> list[Any]:
        """The pieces (pandas chunks, or Dask partitions as ``Delayed``)."""
        frame = self._columns(columns)
        if self.dask:
            return list(frame.to_delayed())
        return [frame.iloc[start:start + self.chunk_size] for start in range(0, max(len(frame), 1), self.chunk_size)]

    def map(self, func: Any, *args: Any, columns: tuple[str, ...] | None = None, numbered: bool = True) -> list[Any]:
        """``func(piece, offset, *args)`` (or ``func(piece, *args)``) of every piece, computed."""
        tasks = self.lazy(func, *args, columns=columns, numbered=numbered)
        if not self.dask:
            return tasks
        from dask import delayed

        return compute(delayed(list)(tasks))

    def lazy(self, func: Any, *args: Any, columns: tuple[str, ...] | None = None, numbered: bool = True) -> list[Any]:
        """As :meth:`map`, as ``Delayed`` tasks for a Dask frame (values for pandas)."""
        parts = self.parts(columns)
        if numbered and len(self.offsets) < len(parts):
            raise RuntimeError("pieces: row offsets are not known yet (count the pieces first)")
        if not self.dask:
            return [func(p, self.offsets[i], *args) if numbered else func(p, *args) for i, p in enumerate(parts)]
        from dask import delayed

        call = delayed(func, pure=True)
        args = tuple(shared(a, True) if isinstance(a, _LARGE) else a for a in args)
        return [call(p, self.offsets[i], *args) if numbered else call(p, *args) for i, p in enumerate(parts)]

    def count(self) -> Counter:
        """Articles per language (``""``: none given); sets the offsets."""
        counted = self.map(count_piece, columns=("language", "article_id"), numbered=False)
        lengths = [n for n, _ in counted]
        self.offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(int).tolist() if lengths else []
        total: Counter = Counter()
        for _, counts in counted:
            total.update(counts)
        return total


def shared(value: Any, dask: bool, broadcast: bool = True) -> Any:
    """``value`` sent to the workers once, or as is for pandas.

    With a ``distributed`` client it is scattered (to every worker when
    ``broadcast``), not sent through the scheduler: the fitted model can
    weigh a hundred MB; under another Dask scheduler it is one node of the
    task graph.
    """
    if not dask:
        return value
    running = ensure_client()
    if running is not None:
        return running.scatter(value, broadcast=broadcast, hash=False)
    from dask import delayed

    return delayed(value, name=f"topics-{uuid.uuid4().hex}")


def count_piece(piece: pd.DataFrame) -> tuple[int, Counter]:
    """Rows of one piece and its articles per language."""
    return len(piece), Counter(article_languages(piece))


# ------------------------------------------------------------------ stories ---


def _copy_piece(piece: pd.DataFrame, offset: int) -> pd.DataFrame:
    """:func:`~toolkit.topics.stories._copy_input` of one piece, ids and index the rows' positions."""
    out = _copy_input(piece)
    positions = offset + np.arange(len(piece))
    out.index = pd.Index(positions)
    out["article_id"] = pd.array([str(p) for p in positions], dtype="string")
    return out


def _duplicate_piece(piece: pd.DataFrame, offset: int) -> pd.DataFrame:
    """Position and ``duplicate_of`` of the rows that name an original."""
    values = piece["duplicate_of"].astype("string")
    keep = values.notna().to_numpy()
    return pd.DataFrame({"position": offset + np.flatnonzero(keep), "original": values[keep].to_numpy(dtype=object)})


def _ids_piece(piece: pd.DataFrame, offset: int, positions: np.ndarray) -> pd.DataFrame:
    """Position and id of the rows whose position is in ``positions``."""
    aid = piece["article_id"].astype("string").fillna("").to_numpy(dtype=object)
    at = offset + np.arange(len(piece))
    keep = np.isin(at, positions)
    return pd.DataFrame({"position": at[keep], "article_id": aid[keep]})


def _given_pairs(pieces: Pieces, copies: Any) -> tuple[list[np.ndarray], np.ndarray]:
    """:func:`_copy_pairs` from a ``copies`` table given by the caller (checked against the articles' ids)."""
    table = check_copies(copies)
    named = np.unique(np.concatenate([table["article_id"].astype(str).to_numpy(dtype=object),
                                      table["original_id"].astype(str).to_numpy(dtype=object)]))
    found = pd.concat(pieces.map(_named_piece, named, columns=("article_id",)), ignore_index=True)
    first, position, originals = copy_links(table, found)
    return ([np.column_stack([first, position])] if len(position) else []), originals


def _named_piece(piece: pd.DataFrame, offset: int, ids: np.ndarray) -> pd.DataFrame:
    """Position and id of the rows whose id is in ``ids`` (an array: a set would be scattered item by item)."""
    aid = piece["article_id"].astype("string").fillna("").to_numpy(dtype=object)
    keep = pd.Index(aid).isin(ids)
    return pd.DataFrame({"position": offset + np.flatnonzero(keep), "article_id": aid[keep]})


def _copy_pairs(pieces: Pieces, threshold: float | None, n: int,
                copies: Any = None) -> tuple[list[np.ndarray], np.ndarray]:
    """Pairs (first member, member) of the copy groups and the groups' originals, by position.

    ``copies`` (``find_copies`` of these articles), when given, is used
    instead of running the detector.
    """
    given = None if copies is None else _given_pairs(pieces, copies)
    if threshold is None or threshold > 1 or n <= 1:
        return [], np.zeros(0, dtype=np.int64)
    if given is not None:
        return given
    columns = ("outlet", "published", "text", "wire", "n_words")
    if pieces.dask:
        import dask.dataframe as dd

        frame = pieces._columns(columns)
        meta = _copy_piece(frame._meta, 0)
        with keep_objects():
            lazy = dd.from_delayed(pieces.lazy(_copy_piece, columns=columns), meta=meta, verify_meta=False)
        copies = compute(find_copies(lazy, threshold=float(threshold)))
    else:
        copies = find_copies(_copy_piece(pieces._columns(columns), 0), threshold=float(threshold))
    if not len(copies):
        return [], np.zeros(0, dtype=np.int64)
    first, position, originals = position_links(copies)
    return [np.column_stack([first, position])], originals


def _duplicate_pairs(pieces: Pieces) -> list[np.ndarray]:
    """Pairs (original, row) that ``duplicate_of`` links; an id held by several rows means its last."""
    if "duplicate_of" not in pieces.frame.columns:
        return []
    named = pd.concat(pieces.map(_duplicate_piece, columns=("duplicate_of",)), ignore_index=True)
    if not len(named):
        return []
    originals = np.unique(named["original"].to_numpy(dtype=object))
    found = pd.concat(pieces.map(_named_piece, originals, columns=("article_id",)), ignore_index=True)
    last = found.groupby("article_id")["position"].max()
    named = named[named["original"].isin(last.index)]
    return [np.column_stack([last.loc[named["original"]].to_numpy(), named["position"].to_numpy()])]


#: The last story table of a Dask frame, by the frame's graph name: fitting
#: twice on one frame (another ``random_state``, another ``n_topics``) does
#: not run the copy detector twice. Holds one small table.
_LAST_STORIES: dict[tuple[Any, ...], pd.DataFrame] = {}


def story_table(pieces: Pieces, threshold: float | None, n: int, copies: Any = None) -> pd.DataFrame:
    """:func:`find_stories`, remembered for the last Dask frame (see ``_LAST_STORIES``).

    With ``copies`` given nothing is remembered nor looked up: the table is
    checked and used every time.
    """
    name = getattr(pieces.frame, "_name", None) if pieces.dask else None
    if name is None or copies is not None:
        return find_stories(pieces, threshold, n, copies)
    key = (name, threshold, n, tuple(pieces.offsets))
    if key not in _LAST_STORIES:
        found = find_stories(pieces, threshold, n)
        _LAST_STORIES.clear()
        _LAST_STORIES[key] = found
    return _LAST_STORIES[key]


def find_stories(pieces: Pieces, threshold: float | None, n: int, copies: Any = None) -> pd.DataFrame:
    """The story of every row that shares one with another row, indexed by position.

    The rule of the in-memory path (:func:`toolkit.topics.stories._stories`):
    a story is a connected group of copies confirmed by
    :func:`toolkit.sources.find_copies` or linked by ``duplicate_of``; the
    group's probable original (``original_id``) stands for it, else its
    first row. Columns ``story`` (position of the row that stands for it)
    and ``story_id`` (its ``article_id``); a row not listed is a story of
    its own. Copies in different partitions of a Dask frame meet: the
    detector shuffles its LSH bands across partitions. ``copies``, when
    given, is ``find_copies`` of these articles, used instead of the detector.
    """
    pairs, originals = _copy_pairs(pieces, threshold, n, copies)
    pairs = [p for p in pairs + _duplicate_pairs(pieces) if len(p)]
    if not pairs:
        return pd.DataFrame({"story": np.zeros(0, dtype=np.int64), "story_id": pd.array([], dtype="string")},
                            index=pd.Index(np.zeros(0, dtype=np.int64)))
    joined = np.vstack(pairs).astype(np.int64)
    nodes = np.unique(joined)
    local = np.searchsorted(nodes, joined)
    graph = sp.coo_matrix((np.ones(len(local)), (local[:, 0], local[:, 1])), shape=(len(nodes), len(nodes)))
    _, labels = connected_components(graph, directed=False)
    # an original named by find_copies stands for its group, else the first row
    rank = np.where(np.isin(nodes, originals), nodes - n, nodes)
    best = pd.Series(rank).groupby(labels).transform("min").to_numpy()
    story = np.where(best < 0, best + n, best)
    ids = pd.concat(pieces.map(_ids_piece, np.unique(story), columns=("article_id",)), ignore_index=True)
    id_of = ids.drop_duplicates("position").set_index("position")["article_id"]
    return pd.DataFrame({"story": story, "story_id": pd.array(id_of.reindex(story).to_numpy(), dtype="string")},
                        index=pd.Index(nodes))


def _stories_of(positions: np.ndarray, ids: np.ndarray, stories: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Story position and story id of rows at ``positions`` with ids ``ids``."""
    if not len(stories):
        return positions.copy(), ids.copy()
    at = stories.index.get_indexer(positions)
    known = at >= 0
    story, story_id = positions.copy(), ids.copy()
    story[known] = stories["story"].to_numpy()[at[known]]
    story_id[known] = stories["story_id"].to_numpy(dtype=object)[at[known]]
    return story, story_id


# ------------------------------------------------------------------- sample ---


def sample_piece(piece: pd.DataFrame, offset: int, fraction: dict[str, float], seed: int) -> pd.DataFrame:
    """Rows of one piece drawn into the sample, and every row of a language not clustered.

    A row of a clustered language is drawn when the hash of its
    ``article_id`` (``seed``) falls below its language's ``fraction`` (all
    rows at 1): the same rows whatever the pieces. Copies are drawn like any
    row; the fit keeps one row per story of the sample. Adds ``_position``.
    """
    positions = offset + np.arange(len(piece))
    ids = piece["article_id"].astype("string").fillna("").to_numpy(dtype=object)
    lang = np.asarray(article_languages(piece), dtype=object)
    share = np.array([fraction.get(x, -1.0) for x in lang], dtype=float)
    clustered = share >= 0
    draw = stable_hash(ids.tolist(), seed) / 2.0**64
    keep = (clustered & ((share >= 1.0) | (draw < share))) | ~clustered
    return piece[keep].assign(_position=positions[keep])


# ------------------------------------------------------------------- assign ---


@dataclass
class Fitted:
    """What every piece needs to assign its rows (sent to each worker once)."""

    parts: dict[str, Part]
    n_topics: int
    projection: Any
    stories: pd.DataFrame
    sample: np.ndarray  # positions of the rows fitted on, sorted
    counts: dict[str, int]
    min_articles: int | None
    links: StoryLinks | None = None
    queries: sp.csr_matrix | None = None  # anchors of the rows of languages not clustered


def _best_links(links: StoryLinks, queries: sp.csr_matrix, targets: sp.csr_matrix,
                positions: np.ndarray) -> list[tuple[int, int, float, list[str]]]:
    """Per query row, the most similar target it shares a story with (rule of
    :meth:`~toolkit.topics.links.StoryLinks.best`), ties to the smaller position.

    Returns (query row, target row, similarity, shared anchors, names first).
    """
    out: list[tuple[int, int, float, list[str]]] = []
    if not queries.shape[0] or not targets.shape[0]:
        return out
    similarity = (queries @ targets.T).toarray()
    q_bin, t_bin = (queries > 0).astype(np.int32), (targets > 0).astype(np.int32)
    shared_all = (q_bin @ t_bin.T).toarray()
    shared_names = (q_bin[:, links.is_name] @ t_bin[:, links.is_name].T).toarray()
    ok = (shared_all >= MIN_SHARED) & (shared_names >= MIN_NAMES) & (similarity >= MIN_SIMILARITY)
    for i in np.flatnonzero(ok.any(axis=1)):
        cols = np.flatnonzero(ok[i])
        sims = similarity[i, cols]
        best = cols[sims == sims.max()]
        j = int(best[np.argmin(positions[best])])
        common = np.intersect1d(queries.indices[queries.indptr[i]:queries.indptr[i + 1]],
                                targets.indices[targets.indptr[j]:targets.indptr[j + 1]])
        order = common[np.argsort(~links.is_name[common], kind="stable")]  # names first
        out.append((int(i), j, float(similarity[i, j]), [str(links.features[t]) for t in order]))
    return out


def assign_piece(piece: pd.DataFrame, offset: int, fitted: Fitted) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every row of one piece assigned by its language's model, and the piece's best story links.

    Returns the rows (provisional topic ids; columns of
    :data:`~toolkit.schema.TOPIC_ASSIGNMENTS` and ``_position``,
    ``_story``, ``_grouped``, ``_language``, ``_route``, ``_title``) and,
    for each row of a language that was not clustered (``fitted.queries``),
    its best links to rows of this piece placed by words. The rows are
    vectorised ``BLOCK_ROWS`` at a time (each row is assigned on its own,
    so blocks change nothing but the memory a partition needs).
    """
    frame = piece.reset_index(drop=True)
    done = [_assign_block(frame.iloc[start:start + BLOCK_ROWS].reset_index(drop=True), offset + start, fitted)
            for start in range(0, max(len(frame), 1), BLOCK_ROWS)]
    links = [d[1] for d in done if len(d[1])]
    return (pd.concat([d[0] for d in done]) if len(done) > 1 else done[0][0],
            pd.concat(links, ignore_index=True) if links else done[0][1])


def _assign_block(frame: pd.DataFrame, offset: int, fitted: Fitted) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`assign_piece` of one block of rows (``frame`` indexed from 0)."""
    texts = _texts(frame)
    langs = article_languages(frame)
    positions = offset + np.arange(len(frame))
    ids = frame["article_id"].astype("string").fillna("").to_numpy(dtype=object)
    route = route_rows(fitted.parts, langs, texts)
    weights, empty = global_weights(fitted.parts, texts, route, fitted.n_topics)
    topic, top, by = first_pass(weights, empty, route, "minibatch")
    reason = word_reasons(langs, route, topic)
    for i in np.flatnonzero(pd.isna(route)):
        reason[i] = unclustered_reason(langs[i], fitted.counts.get(langs[i]), fitted.min_articles)
    xy = (np.zeros((len(frame), 2)) if fitted.projection is None
          else np.round(fitted.projection.transform(map_space(weights)), 6))
    story, story_id = _stories_of(positions, ids, fitted.stories)
    title = frame["title"].astype("string") if "title" in frame.columns else pd.Series(
        pd.NA, index=frame.index, dtype="string")
    out = pd.DataFrame(
        {
            "article_id": pd.array(ids, dtype="string"),
            "topic": topic.astype(np.int64),
            "weight": np.round(np.where(topic >= 0, top, 0.0).astype("float64"), 6),
            "story_id": pd.array(story_id, dtype="string"),
            "fitted": np.isin(positions, fitted.sample),
            "assigned_by": by.astype(object),
            "reason": reason.astype(object),
            "x": xy[:, 0],
            "y": xy[:, 1],
            "_position": positions,
            "_story": story,
            "_grouped": fitted.stories.index.get_indexer(positions) >= 0 if len(fitted.stories) else np.zeros(
                len(frame), dtype=bool),
            "_language": np.asarray(langs, dtype=object),
            "_route": np.asarray([None if pd.isna(r) else r for r in route], dtype=object),
            "_title": title.to_numpy(dtype=object),
        },
        index=pd.Index(positions),
    )
    links = pd.DataFrame(columns=["query", "position", "similarity", "topic", "target_id", "shared"])
    targets = np.flatnonzero((by == "words") & (topic >= 0))
    if fitted.links is not None and fitted.queries is not None and fitted.queries.shape[0] and len(targets):
        vectors = fitted.links.vectors([texts[i] for i in targets])
        found = _best_links(fitted.links, fitted.queries, vectors, positions[targets])
        links = pd.DataFrame(
            [(q, int(positions[targets[j]]), s, int(topic[targets[j]]), str(ids[targets[j]]), shared)
             for q, j, s, shared in found],
            columns=["query", "position", "similarity", "topic", "target_id", "shared"],
        )
    return out, links


def best_links(found: list[pd.DataFrame]) -> pd.DataFrame:
    """The best link of each query over every piece: highest similarity, then smallest position."""
    joined = pd.concat([f for f in found if len(f)], ignore_index=True) if any(len(f) for f in found) else None
    if joined is None:
        return pd.DataFrame(columns=["query", "position", "similarity", "topic", "target_id", "shared"])
    joined = joined.sort_values(["query", "similarity", "position"], ascending=[True, False, True], kind="stable")
    return joined.drop_duplicates("query").set_index("query")


def copy_sources(piece: pd.DataFrame, stories: np.ndarray) -> pd.DataFrame:
    """Rows placed by words whose story is in ``stories`` (position, story, topic, id)."""
    keep = (piece["assigned_by"] == "words").to_numpy() & (piece["topic"].to_numpy() >= 0) & np.isin(
        piece["_story"].to_numpy(), stories)
    return piece.loc[keep, ["_position", "_story", "topic", "article_id"]]


# ------------------------------------------------------------------ tallies ---


def patched(piece: pd.DataFrame, patch: pd.DataFrame) -> pd.DataFrame:
    """``piece`` with the rows of ``patch`` (indexed by position) replaced: placed by a shared story."""
    if not len(patch):
        return piece
    at = patch.index.intersection(piece.index)
    if not len(at):
        return piece
    piece = piece.copy()
    for column in ("topic", "weight", "assigned_by", "reason"):
        piece.loc[at, column] = patch.loc[at, column].to_numpy()
    return piece


def tally_piece(piece: pd.DataFrame, patch: pd.DataFrame, n_topics: int, n_representatives: int) -> dict[str, Any]:
    """Sizes, stories and representative candidates per topic, and counts per language, of one piece."""
    piece = patched(piece, patch)
    topic = piece["topic"].to_numpy(dtype=np.int64)
    is_story = piece["_story"].to_numpy() == piece["_position"].to_numpy()
    assigned = topic >= 0
    sizes = np.bincount(topic[assigned], minlength=n_topics)
    stories = np.bincount(topic[assigned & is_story], minlength=n_topics)
    reps = piece[assigned & is_story].sort_values(
        ["fitted", "weight", "article_id", "_position"], ascending=[False, False, True, True], kind="stable")
    reps = reps.groupby("topic", sort=False).head(n_representatives)[
        ["topic", "fitted", "weight", "article_id", "_position", "_title"]]
    languages: dict[str, list[Any]] = {}
    for lang, group in piece.groupby("_language", sort=False):
        grouped = group["_grouped"].to_numpy()
        languages[str(lang)] = [
            len(group), int((~grouped).sum()), set(group["_story"].to_numpy()[grouped].tolist()),
            int((group["topic"] >= 0).sum()), int((group["topic"] < 0).sum()),
        ]
    routed = Counter(r for r in piece["_route"].tolist() if r is not None)
    return {"sizes": sizes, "stories": stories, "reps": reps, "languages": languages, "routed": routed}


def finish_piece(piece: pd.DataFrame, patch: pd.DataFrame, rank: np.ndarray, labels: list[str]) -> pd.DataFrame:
    """The final assignments of one piece (:data:`~toolkit.schema.TOPIC_ASSIGNMENTS`), validated."""
    piece = patched(piece, patch)
    topic = piece["topic"].to_numpy(dtype=np.int64)
    final = np.where(topic >= 0, rank[np.maximum(topic, 0)], -1)
    out = pd.DataFrame(
        {
            "article_id": piece["article_id"].astype("string"),
            "topic": pd.array(final, dtype="Int64"),
            "label": pd.array([labels[t] if t >= 0 else NO_TOPIC for t in final], dtype="string"),
            "weight": piece["weight"].astype("float64").to_numpy(),
            "story_id": piece["story_id"].astype("string"),
            "fitted": piece["fitted"].astype(bool).to_numpy(),
            "assigned_by": pd.array(piece["assigned_by"].to_numpy(dtype=object), dtype="string"),
            "reason": pd.array(piece["reason"].to_numpy(dtype=object), dtype="string"),
            "x": piece["x"].astype("float64").to_numpy(),
            "y": piece["y"].astype("float64").to_numpy(),
        },
        index=piece.index,
    )
    return validate(out, TOPIC_ASSIGNMENTS)


def take(value: tuple[Any, ...], i: int) -> Any:
    """``value[i]`` (a task that splits a piece's tuple result)."""
    return operator.getitem(value, i)
