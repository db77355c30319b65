"""Every stage on the practice corpus, as pandas and as Dask, gives the same table.

A real ``distributed.LocalCluster`` with two worker processes runs the Dask
side; the corpus is cut into several partitions so that copies, events and
terms of one story sit in different partitions.
"""

from __future__ import annotations

import pandas as pd
import pytest

import toolkit
from toolkit import parallel

pytest.importorskip("distributed")

PARTITIONS = 5


@pytest.fixture(scope="module")
def dask_client():
    with parallel.client(n_workers=2, processes=True, dashboard=False, quiet=True) as running:
        yield running


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return toolkit.load_sample()


@pytest.fixture(scope="module")
def ddf(articles: pd.DataFrame, dask_client):
    return parallel.to_dask(articles, PARTITIONS)


@pytest.fixture(scope="module")
def events(articles: pd.DataFrame) -> pd.DataFrame:
    return toolkit.extract_events(articles)


@pytest.fixture(scope="module")
def consolidated(events: pd.DataFrame) -> pd.DataFrame:
    return toolkit.consolidate_events(events)


def same(lazy, expected: pd.DataFrame) -> None:
    """``lazy`` is a Dask frame whose rows equal ``expected``'s."""
    assert parallel.is_dask(lazy), type(lazy)
    got = parallel.compute(lazy).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected.reset_index(drop=True))


def test_find_copies(articles, ddf) -> None:
    expected = toolkit.find_copies(articles)
    assert expected["group"].nunique() >= 5
    same(toolkit.find_copies(ddf), expected)
    same(toolkit.find_copies(parallel.to_dask(articles, 1)), expected)


def test_find_copies_joins_partitions_without_changing_groups(articles, monkeypatch) -> None:
    """Many small partitions are joined (adjacent ones, rows in order) before the LSH shuffle."""
    from toolkit.sources import lsh

    many = parallel.to_dask(articles, 16)
    assert lsh.coalesced(many).npartitions == 16  # not above JOIN_FLOOR
    joined = lsh.coalesced(many, floor=4)
    assert joined.npartitions == 8
    pd.testing.assert_frame_equal(parallel.compute(joined), parallel.compute(many))
    assert lsh.coalesced(parallel.to_dask(articles, 3), floor=2).npartitions == 3
    monkeypatch.setattr(lsh, "JOIN_FLOOR", 4)
    same(toolkit.find_copies(many), toolkit.find_copies(articles))


def test_extract_events(articles, ddf, events) -> None:
    assert len(events) > 20
    same(toolkit.extract_events(ddf), events)


def test_extract_attributions(articles, ddf) -> None:
    expected = toolkit.extract_attributions(articles)
    assert len(expected) > 20
    same(toolkit.extract_attributions(ddf), expected)


def test_attention_over_time(articles, ddf) -> None:
    for freq, by in (("W", "outlet"), ("D", "language")):
        expected = toolkit.attention_over_time(articles, freq=freq, by=by)
        assert expected["articles"].sum() == articles["published"].notna().sum()
        same(toolkit.attention_over_time(ddf, freq=freq, by=by), expected)


def test_event_coverage(events, consolidated) -> None:
    from toolkit.sources import event_coverage

    expected = event_coverage(events, consolidated)
    assert len(expected) > 5
    same(event_coverage(parallel.to_dask(events, 4), consolidated), expected)
    same(event_coverage(parallel.to_dask(events, 3), parallel.to_dask(consolidated, 2)), expected)


def test_reported_counts(events, consolidated) -> None:
    expected = toolkit.reported_counts(events, consolidated)
    assert len(expected) > 5
    same(toolkit.reported_counts(parallel.to_dask(events, 4), consolidated), expected)


def test_distinctive_terms(articles, ddf) -> None:
    expected = toolkit.distinctive_terms(articles)  # a: the most frequent outlet
    assert expected["significant"].any()
    same(toolkit.distinctive_terms(ddf), expected)
    outlets = articles["outlet"].value_counts().index.tolist()
    for kwargs in ({"a": outlets[:3], "b": outlets[3:8], "ngram": 2, "min_count": 2},
                   {"by": "language", "a": "en"}):
        expected = toolkit.distinctive_terms(articles, **kwargs)
        same(toolkit.distinctive_terms(ddf, **kwargs), expected)


def test_band_keys_meet_where_datasketch_lsh_does(articles) -> None:
    import numpy as np
    from datasketch import MinHash

    from toolkit.sources.cues import letter_folding
    from toolkit.sources.shingling import Signer, identity

    signer = Signer(3, 192, 1, letter_folding())
    whole_index, lead_index = signer.whole_index(), signer.lead_index()
    signed, keys = [], []
    for n, text in enumerate(articles["text"].head(60)):
        hashes, whole, lead = signer.sign(text)
        reference = MinHash(num_perm=192, seed=1, hashfunc=identity)
        reference.update_batch((hashes >> np.uint64(32)).tolist())
        assert np.array_equal(whole, reference.hashvalues)  # the vectorised MinHash is datasketch's
        signed.append((signer.minhash(whole), signer.minhash(lead, lead=True)))
        keys.append(set(signer.band_keys(whole, lead).tolist()))
        whole_index.insert(n, signed[-1][0])
        lead_index.insert(n, signed[-1][1])
    for n, (whole, lead) in enumerate(signed):
        by_lsh = set(whole_index.query(whole)) | set(lead_index.query(lead))
        by_keys = {m for m, other in enumerate(keys) if other & keys[n]}
        assert by_keys == by_lsh
    assert sum(len(k) for k in keys) == 60 * (64 + 16)


def test_consolidate_events(events, consolidated) -> None:
    assert len(consolidated) > 5
    for partitions in (1, 3, 7):
        lazy = toolkit.consolidate_events(parallel.to_dask(events, partitions))
        same(lazy, consolidated)
        assert parallel.compute(lazy).attrs["left_out"] == consolidated.attrs["left_out"]
    # families of one type merged or not, and a narrower and a wider window
    for kwargs in ({"merge_related_types": False}, {"window_days": 1}, {"window_days": 10}):
        expected = toolkit.consolidate_events(events, **kwargs)
        same(toolkit.consolidate_events(parallel.to_dask(events, 4), **kwargs), expected)


def test_consolidate_events_blocks_meet_across_partitions(events) -> None:
    """Mentions of one event in different partitions, in shuffled order, still merge as in pandas."""
    shuffled = events.sample(frac=1.0, random_state=3).reset_index(drop=True)
    expected = toolkit.consolidate_events(shuffled)
    assert (expected["n_mentions"] > 1).any()
    same(toolkit.consolidate_events(parallel.to_dask(shuffled, 6)), expected)


def test_extract_events_lists_skipped_articles_on_partitions(articles) -> None:
    """Articles in a language without event patterns are listed, not dropped, on Dask too."""
    from toolkit.events import UnsupportedLanguageWarning, unsupported_articles

    mixed = articles.head(60).copy()
    mixed.loc[mixed.index[::5], "language"] = "ko"
    mixed.loc[mixed.index[1::7], "language"] = "sw"
    with pytest.warns(UnsupportedLanguageWarning):
        expected = toolkit.extract_events(mixed)
    skipped = expected.attrs["skipped_articles"]
    marked = set(mixed.loc[mixed.index[::5].union(mixed.index[1::7]), "article_id"])
    assert marked <= {s["article_id"] for s in skipped}
    with pytest.warns(UnsupportedLanguageWarning, match="sw: "):
        lazy = toolkit.extract_events(parallel.to_dask(mixed, 4))
    got = parallel.compute(lazy)
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected.reset_index(drop=True))
    assert got.attrs["skipped_articles"] == skipped
    listed = parallel.compute(unsupported_articles(parallel.to_dask(mixed, 4)))
    assert sorted(listed["article_id"]) == sorted(s["article_id"] for s in skipped)


def test_compute_keeps_partition_attrs() -> None:
    assert parallel.merge_attrs([{"s": [1], "k": 1, "x": 1}, {"s": [], "k": 1, "x": 2}, {"s": [3]}]) == \
        {"s": [1, 3], "k": 1}


# ------------------------------------------------------------------ topics ---


@pytest.fixture(scope="module")
def topics_pandas(articles: pd.DataFrame):
    return toolkit.cluster_topics(articles, method="minibatch")


def same_topics(model, expected) -> None:
    """A model fitted on a Dask frame equals the one fitted on pandas, table by table."""
    assert parallel.is_dask(model.assignments)
    same(model.assignments, expected.assignments)
    for name in ("topics", "selection", "languages"):
        pd.testing.assert_frame_equal(getattr(model, name), getattr(expected, name), obj=name)
    assert model.n_topics == expected.n_topics


@pytest.mark.parametrize("partitions", [1, 3, 7])
def test_cluster_topics_minibatch(articles, topics_pandas, dask_client, partitions) -> None:
    expected = topics_pandas
    assert expected.n_topics >= 3 and set(expected.assignments["assigned_by"]) >= {"words", "story"}
    ddf = parallel.to_dask(articles, partitions)
    model = toolkit.cluster_topics(ddf, method="minibatch")
    same_topics(model, expected)
    assert "assignments=dask" in repr(model)
    # new articles: a Dask frame is assigned on the workers, as pandas is in memory
    same(model.assign(ddf), expected.assign(articles))
    with pytest.raises(TypeError, match="TopicModel.transform"):
        model.transform(ddf)
    from toolkit.topics import topics_over_time

    with pytest.raises(TypeError, match="topics_over_time / topics_by_outlet"):
        topics_over_time(model, articles)
    shares = topics_over_time(parallel.compute(model.assignments), articles)
    pd.testing.assert_frame_equal(shares, topics_over_time(expected, articles))


def test_cluster_topics_minibatch_on_a_sample(articles, dask_client, monkeypatch) -> None:
    """A sample smaller than the corpus (drawn by hashing ids): fitted on it, every article assigned.

    The pandas side is cut into chunks of 25 rows, vectorised 7 rows at a time."""
    from toolkit.topics import pieces

    with monkeypatch.context() as patched:
        patched.setattr(pieces, "BLOCK_ROWS", 7)
        expected = toolkit.cluster_topics(articles, method="minibatch", sample_size=40, chunk_size=25)
    assert 0 < expected.assignments["fitted"].sum() < len(articles)
    for partitions in (3, 7):
        got = toolkit.cluster_topics(parallel.to_dask(articles, partitions), method="minibatch", sample_size=40)
        same_topics(got, expected)


def test_topics_copies_in_other_partitions_share_a_story_and_a_topic(articles, dask_client) -> None:
    """Copies far from their original (other partitions) share its story and topic; a copy in a
    language too small to cluster takes the original's topic as a copy."""
    english = articles[articles["language"] == "en"]
    source = english.iloc[0]
    copies = []
    for j, lang in enumerate(["en", "en", "lt"]):
        row = source.copy()
        row["article_id"] = f"copy-{j}"
        row["outlet"] = f"aggregator{j}.example"
        row["text"] = f"Subscribe to our newsletter. {source['text']} Read more on site {j}. Share this."
        row["language"] = lang
        copies.append(row)
    frame = pd.concat([articles[articles["article_id"] == source["article_id"]],
                       articles[articles["article_id"] != source["article_id"]], pd.DataFrame(copies)],
                      ignore_index=True)
    expected = toolkit.cluster_topics(frame, method="minibatch")
    ddf = parallel.to_dask(frame, 4)
    assert ddf.get_partition(0).compute()["article_id"].iloc[0] == source["article_id"]
    assert set(ddf.get_partition(3).compute()["article_id"]) >= {"copy-0", "copy-1", "copy-2"}
    model = toolkit.cluster_topics(ddf, method="minibatch")
    same_topics(model, expected)
    a = parallel.compute(model.assignments).set_index("article_id")
    ids = ["copy-0", "copy-1", "copy-2"]
    assert set(a.loc[ids, "story_id"]) == {source["article_id"]}
    assert set(a.loc[ids, "topic"]) == {a.loc[source["article_id"], "topic"]} and a.loc[ids[0], "topic"] >= 0
    assert not a.loc[ids, "fitted"].any() and a.loc[source["article_id"], "fitted"]
    assert a.loc["copy-2", "assigned_by"] == "story"
    assert a.loc["copy-2", "reason"] == f"copy of {source['article_id']} (toolkit.sources.find_copies)"


def test_topics_duplicate_of_links_are_followed_on_partitions(articles, dask_client) -> None:
    """A ``duplicate_of`` link to an article in another partition joins its story, as in pandas."""
    frame = articles.copy()
    frame["duplicate_of"] = pd.array([None] * len(frame), dtype="string")
    first, last = frame["article_id"].iloc[0], frame["article_id"].iloc[-1]
    frame.loc[frame.index[-1], "duplicate_of"] = first  # the last row names the first as its original
    expected = toolkit.cluster_topics(frame, method="minibatch")
    assert expected.assignments.set_index("article_id").loc[last, "story_id"] == first
    model = toolkit.cluster_topics(parallel.to_dask(frame, 3), method="minibatch")
    same_topics(model, expected)


def test_topics_fitted_twice_on_one_frame_find_copies_once(articles, dask_client, monkeypatch) -> None:
    """Another seed on the same Dask frame reuses its stories (the copy detector is the costly pass)."""
    from toolkit.topics import pieces

    calls = []
    real = pieces.find_stories
    monkeypatch.setattr(pieces, "_LAST_STORIES", {})
    monkeypatch.setattr(pieces, "find_stories", lambda *args: calls.append(1) or real(*args))
    ddf = parallel.to_dask(articles, 2)
    first, second = (toolkit.cluster_topics(ddf, method="minibatch", random_state=seed) for seed in (0, 1))
    assert len(calls) == 1
    same(second.assignments, parallel.compute(first.assignments))
    toolkit.cluster_topics(parallel.to_dask(articles.head(100), 2), method="minibatch")
    assert len(calls) == 2  # another frame: found again


@pytest.mark.parametrize("as_dask", [True, False])
def test_topics_minibatch_with_copies_given(articles, topics_pandas, dask_client, monkeypatch, as_dask) -> None:
    """``copies=find_copies(ddf)`` (Dask, or computed) gives the default model without running
    the detector over the corpus again; a copies frame of other articles is refused."""
    from toolkit.topics import pieces

    ddf = parallel.to_dask(articles, 3)
    copies = toolkit.find_copies(ddf)
    assert parallel.is_dask(copies)
    if not as_dask:
        copies = parallel.compute(copies)
    with monkeypatch.context() as patched:
        patched.setattr(pieces, "_LAST_STORIES", {})
        patched.setattr(pieces, "find_copies", lambda *a, **k: (_ for _ in ()).throw(AssertionError("ran")))
        model = toolkit.cluster_topics(ddf, method="minibatch", copies=copies)
        same_topics(model, topics_pandas)
        computed = copies if not as_dask else parallel.compute(copies)
        wrong = computed.assign(article_id=computed["article_id"].where(computed.index != 0, "nowhere"))
        with pytest.raises(ValueError, match=r"copies: 1 article id\(s\) not in the articles, e\.g\. \['nowhere'\]"):
            toolkit.cluster_topics(ddf, method="minibatch", copies=parallel.to_dask(wrong, 2) if as_dask else wrong)
        with pytest.raises(ValueError, match=r"copies: missing column\(s\) \['original_id'\]"):
            toolkit.cluster_topics(ddf, method="minibatch", copies=copies.drop(columns=["original_id"]))
