"""Putting the languages' fits together: one topic numbering, the tables, the map.

Each clustered language contributes its components; an article of a
language that was not clustered takes the topic of an article it shares a
story with (a copy, or the same names and numbers in the lead: see
:mod:`toolkit.topics.links`), or none. Topics are numbered largest first
over all languages; every table is validated against its schema in
:mod:`toolkit.schema` here, where it is made.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from toolkit.schema import TOPIC_ASSIGNMENTS, TOPIC_LANGUAGES, TOPICS, validate
from toolkit.topics.fit import label
from toolkit.topics.links import Placement, StoryLinks
from toolkit.topics.model import Part, TopicModel, fit_projection, unclustered_reason, word_reasons

__all__ = ["assemble", "languages_table", "topics_table"]


def _first_pass(
    weights: np.ndarray, empty: np.ndarray, route: np.ndarray, method: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Provisional topic, weight and ``assigned_by`` of every row, from its language's model."""
    n, k = weights.shape
    best = weights.argmax(axis=1) if k else np.zeros(n, int)
    top = weights[np.arange(n), best] if k else np.zeros(n)
    if method == "nmf":
        total = weights.sum(axis=1)
        top = np.divide(top, total, out=np.zeros_like(top), where=total > 0)
    topic = np.where(empty, -1, best)
    by = np.where(topic >= 0, "words", "none").astype(object)
    other = pd.isna(route)
    topic[other] = -1
    by[other] = "none"
    return topic, top, by


def _representatives(assignments: pd.DataFrame, topic: int, is_story: np.ndarray, n: int) -> pd.Index:
    members = assignments["topic"].to_numpy(dtype="int64", na_value=-1) == topic
    # typical: fitted stories with the highest weight (an article placed by a
    # shared story is not typical of the topic's words)
    reps = assignments[members & is_story].sort_values(
        ["fitted", "weight", "article_id"], ascending=[False, False, True], kind="stable"
    )
    return reps.index[:n]


def _topics_table(
    assignments: pd.DataFrame,
    frame: pd.DataFrame,
    terms: list[tuple[list[str], list[float]]],
    topic_language: list[str],
    story: np.ndarray,
    n_representatives: int,
) -> pd.DataFrame:
    is_story = story == np.arange(len(story))
    topic_ids = assignments["topic"].to_numpy(dtype="int64", na_value=-1)
    titles = (
        frame["title"].astype("string").reset_index(drop=True)
        if "title" in frame.columns
        else pd.Series(pd.NA, index=assignments.index, dtype="string")
    )
    rows = []
    for j, (names, weights) in enumerate(terms):
        members = topic_ids == j
        top = _representatives(assignments, j, is_story, n_representatives)
        rows.append(
            {
                "topic": j,
                "label": label(names),
                "language": topic_language[j] or None,
                "terms": names,
                "term_weights": weights,
                "size": int(members.sum()),
                "n_stories": int((members & is_story).sum()),
                "representative_ids": [str(v) for v in assignments["article_id"].iloc[top]],
                "representative_titles": [None if pd.isna(v) else str(v) for v in titles.iloc[top]],
            }
        )
    return topics_table(rows)


def topics_table(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The topics table (:data:`toolkit.schema.TOPICS`) of one dict per topic, validated."""
    table = pd.DataFrame(rows, columns=TOPICS.names)
    for column in ("topic", "size", "n_stories"):
        table[column] = table[column].astype("Int64")
    for column in ("label", "language"):
        table[column] = table[column].astype("string")
    return validate(table, TOPICS)


def _languages_table(
    langs: Sequence[str], story: np.ndarray, topic: np.ndarray, by: np.ndarray, parts: dict[str, Part]
) -> pd.DataFrame:
    frame = pd.DataFrame({"language": list(langs), "story": story, "topic": topic, "by": by})
    rows = []
    for lang, group in frame.groupby("language", sort=False):
        clustered = lang in parts
        rows.append(
            {
                "language": lang or None,
                "articles": len(group),
                "stories": group["story"].nunique(),
                "clustered": clustered,
                "n_topics": len(parts[lang].order) if clustered else 0,
                "placed": 0 if clustered else int((group["topic"] >= 0).sum()),
                "unplaced": int((group["topic"] < 0).sum()),
            }
        )
    return languages_table(rows)


def languages_table(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The languages table (:data:`toolkit.schema.TOPIC_LANGUAGES`) of one dict per language, validated."""
    table = pd.DataFrame(rows, columns=TOPIC_LANGUAGES.names).sort_values(
        ["articles", "language"], ascending=[False, True], kind="stable"
    )
    for column in ("articles", "stories", "n_topics", "placed", "unplaced"):
        table[column] = table[column].astype("Int64")
    table["language"] = table["language"].astype("string")
    table["clustered"] = table["clustered"].astype(bool)
    return validate(table.reset_index(drop=True), TOPIC_LANGUAGES)


def _place_copies(
    other: np.ndarray, story: np.ndarray, topic: np.ndarray, by: np.ndarray, ids: np.ndarray
) -> dict[int, int]:
    """Rows of ``other`` that are copies of an article placed by words: row -> that article's row."""
    placed = np.flatnonzero((by == "words") & (topic >= 0))
    source: dict[int, int] = {}
    for row in placed[np.argsort(placed != story[placed], kind="stable")]:  # the story's own row first
        source.setdefault(int(story[row]), int(row))
    return {int(i): source[int(story[i])] for i in other if int(story[i]) in source}


def _place_other(
    other: np.ndarray, story: np.ndarray, topic: np.ndarray, top: np.ndarray, by: np.ndarray,
    reason: np.ndarray, ids: np.ndarray, links: StoryLinks, anchors: sp.csr_matrix,
) -> None:
    """Give rows of languages that were not clustered the topic of a story they share (in place)."""
    for row, src in _place_copies(other, story, topic, by, ids).items():
        topic[row], top[row], by[row] = topic[src], 1.0, "story"
        reason[row] = f"copy of {ids[src]} (toolkit.sources.find_copies)"
    rest = other[topic[other] < 0]
    targets = np.flatnonzero((by == "words") & (topic >= 0))
    if len(rest) and len(targets):
        placement = Placement(links, anchors[targets], topic[targets], ids[targets])
        placed, similarity, why = placement.place(anchors[rest])
        hit = placed >= 0
        topic[rest[hit]], top[rest[hit]], by[rest[hit]] = placed[hit], similarity[hit], "story"
        reason[rest[hit]] = np.asarray(why, dtype=object)[hit]


def assemble(
    *,
    frame: pd.DataFrame,
    langs: Sequence[str],
    story: np.ndarray,
    fit_mask: np.ndarray,
    parts: dict[str, Part],
    terms: list[tuple[list[str], list[float]]],
    selection: pd.DataFrame,
    weights: np.ndarray,
    empty: np.ndarray,
    route: np.ndarray,
    method: str,
    params: dict[str, Any],
    n_representatives: int,
    links: StoryLinks | None,
    anchors: sp.csr_matrix | None,
) -> TopicModel:
    """Number the topics largest first and build the model's tables.

    ``parts`` carry provisional topic ids (``order``), ``terms`` and the
    columns of ``weights`` follow them; ``route`` names each row's part
    (``None``: a language that was not clustered); ``anchors`` holds the
    names-and-numbers vector of every row (``links.vectors``); both are
    ``None`` when no row needs them (every language was clustered).
    """
    k = len(terms)
    topic, top, by = _first_pass(weights, empty, route, method)
    reason = word_reasons(langs, route, topic)
    ids = frame["article_id"].astype(str).to_numpy(dtype=object)
    other = np.flatnonzero(pd.isna(route))
    if len(other) and k and links is not None and anchors is not None:
        _place_other(other, story, topic, top, by, reason, ids, links, anchors)
    counts = Counter(langs)
    for i in other[topic[other] < 0]:
        reason[i] = unclustered_reason(langs[i], counts[langs[i]], params.get("min_language_articles"))
    labels = [label(names) for names, _ in terms]
    sizes = np.bincount(topic[topic >= 0], minlength=k)
    # largest topic first; ties by label, then by provisional id, so the order is stable
    order = np.array(sorted(range(k), key=lambda j: (-sizes[j], labels[j], j)), dtype=int)
    rank = np.empty(k, dtype=int)
    rank[order] = np.arange(k)
    for part in parts.values():
        part.order = rank[part.order]
    topic = np.where(topic >= 0, rank[np.maximum(topic, 0)], -1)
    targets = np.flatnonzero((by == "words") & (topic >= 0))
    weights = weights[:, order]
    language_of = [""] * k
    for lang, part in parts.items():
        for j in part.order:
            language_of[j] = lang
    largest = max(parts, key=lambda p: (int((np.asarray(route) == p).sum()), p))
    model = TopicModel(
        assignments=pd.DataFrame(),
        topics=pd.DataFrame({"topic": range(k), "label": [labels[j] for j in order]}),
        pipeline=parts[largest].pipeline,
        selection=selection,
        method=method,
        params=params,
        _parts=parts,
        _projection=fit_projection(weights[fit_mask]),
        _placement=None if links is None or anchors is None else Placement(
            links, anchors[targets], topic[targets], ids[targets]),
    )
    assignments = model._table(frame, topic, np.where(topic >= 0, top, 0.0), by, reason, weights)
    ids = assignments["article_id"].to_numpy()
    assignments["story_id"] = pd.array(ids[story], dtype="string")
    assignments["fitted"] = np.asarray(fit_mask, dtype=bool)
    model.assignments = validate(assignments, TOPIC_ASSIGNMENTS)
    model.topics = _topics_table(
        model.assignments, frame, [terms[j] for j in order], language_of, story, n_representatives
    )
    model.languages = _languages_table(langs, story, topic, by, parts)
    return model


def _tallies(tallies: list[dict[str, Any]], k: int, n_representatives: int) -> dict[str, Any]:
    """The pieces' tallies added up (:func:`toolkit.topics.pieces.tally_piece`)."""
    sizes, stories = np.zeros(k, dtype=np.int64), np.zeros(k, dtype=np.int64)
    languages: dict[str, list[Any]] = {}
    routed: Counter = Counter()
    for t in tallies:
        sizes += t["sizes"][:k]
        stories += t["stories"][:k]
        routed.update(t["routed"])
        for lang, (articles, single, grouped, placed, unplaced) in t["languages"].items():
            known = languages.setdefault(lang, [0, 0, set(), 0, 0])
            known[0] += articles
            known[1] += single
            known[2] |= grouped
            known[3] += placed
            known[4] += unplaced
    reps = pd.concat([t["reps"] for t in tallies if len(t["reps"])] or [tallies[0]["reps"]], ignore_index=True)
    reps = reps.sort_values(["fitted", "weight", "article_id", "_position"], ascending=[False, False, True, True],
                            kind="stable").groupby("topic", sort=False).head(n_representatives)
    return {"sizes": sizes, "stories": stories, "languages": languages, "routed": routed, "reps": reps}


def _model_tables(total: dict[str, Any], terms: list, parts: dict[str, Part]) -> tuple[np.ndarray, pd.DataFrame,
                                                                                       pd.DataFrame]:
    """Rank of each provisional topic (largest first, ties by label then id), and the
    topics and languages tables. Renumbers the parts' topics (in place)."""
    k = len(terms)
    labels = [label(names) for names, _ in terms]
    sizes = total["sizes"]
    order = np.array(sorted(range(k), key=lambda j: (-sizes[j], labels[j], j)), dtype=int)
    rank = np.empty(k, dtype=int)
    rank[order] = np.arange(k)
    language_of = [""] * k
    for lang, part in parts.items():
        for j in part.order:
            language_of[j] = lang
        part.order = rank[part.order]
    reps = total["reps"]
    rows = []
    for j in order:
        top = reps[reps["topic"] == j]
        rows.append({
            "topic": int(rank[j]), "label": labels[j], "language": language_of[j] or None,
            "terms": terms[j][0], "term_weights": terms[j][1], "size": int(sizes[j]),
            "n_stories": int(total["stories"][j]),
            "representative_ids": [str(v) for v in top["article_id"]],
            "representative_titles": [None if pd.isna(v) else str(v) for v in top["_title"]],
        })
    languages = [
        {"language": lang or None, "articles": articles, "stories": single + len(grouped),
         "clustered": lang in parts, "n_topics": len(parts[lang].order) if lang in parts else 0,
         "placed": 0 if lang in parts else placed, "unplaced": unplaced}
        for lang, (articles, single, grouped, placed, unplaced) in total["languages"].items()
    ]
    return rank, topics_table(rows), languages_table(languages)
