"""Accuracy of the sources stage on the practice corpus, against its answer key.

Copy groups: ``find_copies`` never sees the labels; the groups it finds are
compared here with the groups the answer key implies (an article and the one
it republishes, ``copy_of``, are in one group; transitively), pair by pair.

Attribution: a handful of corpus articles were read by hand and every
attributed statement written down below as (speaker_norm, speaker_type, cue,
direct); the test asserts the recall of those tuples.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pandas as pd
import pytest

from toolkit.sources import extract_attributions, find_copies

datasets = pytest.importorskip("toolkit.datasets")

F1_FLOOR = 0.9


def _pairs(groups: dict[str, list[str]]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for members in groups.values():
        out.update(itertools.combinations(sorted(members), 2))
    return out


def _label_groups(labels: pd.DataFrame) -> dict[str, list[str]]:
    """Groups implied by ``copy_of``: union-find over file -> file of the copied URL."""
    url_file = dict(zip(labels["url"], labels["file"], strict=True))
    parent = {f: f for f in labels["file"]}

    def find(f: str) -> str:
        while parent[f] != f:
            f = parent[f]
        return f

    for f, target in zip(labels["file"], labels["copy_of"], strict=True):
        if isinstance(target, str) and target:
            assert target in url_file, f"answer key: {f} copies {target}, which is not in the corpus"
            a, b = find(f), find(url_file[target])
            if a != b:
                parent[a] = b
    groups: dict[str, list[str]] = {}
    for f in labels["file"]:
        groups.setdefault(find(f), []).append(f)
    return {k: v for k, v in groups.items() if len(v) > 1}


@pytest.fixture(scope="module")
def corpus() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    articles = datasets.load_sample()
    labels = datasets.load_sample_labels()
    found = find_copies(articles)
    found = found.merge(articles[["article_id", "file"]], on="article_id", how="left")
    return articles, labels, found


def _scores(found: pd.DataFrame, labels: pd.DataFrame) -> dict[str, float]:
    truth = _pairs(_label_groups(labels))
    got = _pairs({str(g): list(part["file"]) for g, part in found.groupby("group")})
    tp = len(got & truth)
    precision = tp / len(got) if got else 0.0
    recall = tp / len(truth) if truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "found": len(got), "expected": len(truth),
            "false": sorted(got - truth)[:5], "missed": sorted(truth - got)[:5]}


def test_answer_key_has_copy_groups(corpus) -> None:
    _, labels, _ = corpus
    assert len(_pairs(_label_groups(labels))) >= 10


def test_copy_group_pairwise_f1(corpus) -> None:
    _, labels, found = corpus
    s = _scores(found, labels)
    assert s["f1"] >= F1_FLOOR, s


def test_every_aggregator_copy_joins_its_original(corpus) -> None:
    # the aggregators' rewrites (new headline, cut paragraphs, changed words, teasers) of the wire stories
    _, labels, found = corpus
    url_file = dict(zip(labels["url"], labels["file"], strict=True))
    group_of = dict(zip(found["file"], found["group"], strict=True))
    copies = labels[labels["copy_of"].notna() & labels["outlet_type"].eq("aggregator")]
    assert len(copies) >= 10
    for f, target in zip(copies["file"], copies["copy_of"], strict=True):
        assert f in group_of and group_of[f] == group_of.get(url_file[target]), f


def test_probable_original_is_the_copied_article(corpus) -> None:
    # the answer key names what each copy republishes: a wire's article, or the article credited
    _, labels, found = corpus
    url_file = dict(zip(labels["url"], labels["file"], strict=True))
    file_of = dict(zip(found["article_id"], found["file"], strict=True))
    original_of = {f: file_of[o] for f, o in zip(found["file"], found["original_id"], strict=True)}
    copies = labels[labels["copy_of"].notna()]
    right = sum(original_of.get(f) == url_file[t] for f, t in zip(copies["file"], copies["copy_of"], strict=True))
    assert right == len(copies), [(f, original_of.get(f)) for f in copies["file"]]
    originals = found[found["file"].eq(found["original_id"].map(file_of))]
    assert set(originals["outlet"]) <= {"contipress.example", "beltelegraf.example", "svabodny-hlas.example"}


def test_copies_of_wire_stories_show_lag_and_change(corpus) -> None:
    _, _, found = corpus
    copies = found[~found["is_original"]]
    assert (copies["lag_hours"].dropna() >= 0).all()  # no copy before its original
    assert (copies["words_removed"] + copies["words_added"] > 0).all()
    assert copies["containment"].between(0.5, 1.0).all()


SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_75a6d9dd27e3569d.txt"


def test_rewritten_aggregator_copies_of_the_seed_story_join_its_group() -> None:
    import toolkit

    raw = SEED.read_text(encoding="utf-8")
    clean = toolkit.parse_text(raw)["text"]
    sentences = [s for s in clean.split(". ") if s]
    # an aggregator rewrite: first two thirds only, a few words changed, its own teaser at the end
    cut = ". ".join(sentences[: 2 * len(sentences) // 3])
    rewrite = (cut.replace("pardoned", "freed").replace("prisoners", "detainees").replace("said", "stated")
               + ". Read more: ten things to know about Belarus.")
    other = toolkit.load_sample("other")
    arts = pd.DataFrame(
        {
            "article_id": ["wire", "dump", "rewrite"],
            "outlet": ["wire.example", "agg.example", "agg2.example"],
            "published": pd.to_datetime(["2025-12-13 10:00", "2025-12-13", "2025-12-14"], utc=True, format="mixed"),
            "text": [clean, raw, rewrite],
        }
    )
    arts = pd.concat([arts, other[["article_id", "outlet", "published", "text"]]], ignore_index=True)
    registry = pd.DataFrame({"outlet": ["wire.example", "agg.example", "agg2.example"],
                             "type": ["wire", "aggregator", "aggregator"]})
    found = find_copies(arts, outlets=registry)
    group = found[found["original_id"] == "wire"]
    assert set(group["article_id"]) == {"wire", "dump", "rewrite"}  # and no unrelated article
    assert bool(group.set_index("article_id").at["wire", "is_original"])
