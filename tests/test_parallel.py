"""The engine: clients, pandas/Dask dispatch, reductions and samples on a real LocalCluster.

The cluster is a real ``distributed.LocalCluster`` with two worker
processes (one thread each), started once for the module and closed after.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit import parallel, sampling
from toolkit.schema import Column, TableSchema

distributed = pytest.importorskip("distributed")
dd = pytest.importorskip("dask.dataframe")

WORDS = TableSchema(
    "words",
    (
        Column("article_id", "string", "Article.", nullable=False),
        Column("word", "string", "A word of it.", nullable=False),
        Column("position", "Int64", "Word number."),
    ),
    "One word per row.",
)


@pytest.fixture(scope="module")
def dask_client():
    with parallel.client(n_workers=2, processes=True, dashboard=False, quiet=True) as running:
        yield running


@pytest.fixture()
def frame() -> pd.DataFrame:
    texts = ["one two three", "", "four", None, "five six", "seven eight nine ten", "eleven"]
    return pd.DataFrame({
        "article_id": pd.array([f"a{i}" for i in range(len(texts))], dtype="string"),
        "text": pd.array(texts, dtype="string"),
        "authors": [["A. B."], [], ["C. D.", "E. F."], [], [], ["G."], []],
    })


def _words(text: str | None, *, upper: bool = False) -> list[dict]:
    words = (text or "").split()
    return [{"word": w.upper() if upper else w, "position": n} for n, w in enumerate(words)]


def _lengths(partition: pd.DataFrame) -> pd.DataFrame:
    return partition.assign(n=partition["text"].fillna("").str.len().astype("int64"))


def _count(partition: pd.DataFrame) -> dict[str, int]:
    counts: dict[str, int] = {}
    for text in partition["text"].fillna(""):
        for word in text.split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def _merge(parts: list[dict[str, int]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in parts:
        for key, value in part.items():
            out[key] = out.get(key, 0) + value
    return out


# These two run first, before the module's cluster exists: they need a
# process with no current client.


def _current_client():
    try:
        return distributed.Client.current(allow_global=True)
    except ValueError:
        return None


def test_a_configured_scheduler_is_respected() -> None:
    import dask

    if _current_client() is not None:
        pytest.skip("an earlier test module left a Dask client open")
    with dask.config.set(scheduler="synchronous"):
        assert parallel.ensure_client() is None


def test_a_dask_frame_without_a_client_gets_the_embedded_cluster(capsys) -> None:
    if _current_client() is not None:
        pytest.skip("an earlier test module left a Dask client open")
    frame = pd.DataFrame({"article_id": ["a", "b"], "text": ["x y", "z"]})
    try:
        out = parallel.map_partitions(parallel.to_dask(frame, 2), _lengths,
                                      meta=_lengths(frame.iloc[:0]))
        running = distributed.Client.current()
        assert len(running.scheduler_info()["workers"]) == parallel.DEFAULT_WORKERS
        assert parallel.compute(out)["n"].tolist() == [3, 1]
        assert "started a local Dask cluster" in capsys.readouterr().err
    finally:
        parallel.shutdown()
    assert running.status == "closed"


def test_client_starts_two_worker_processes_and_closes_them() -> None:
    with parallel.client(dashboard=False, quiet=True) as running:
        info = running.scheduler_info()
        assert len(info["workers"]) == 2
        limits = {w["memory_limit"] for w in info["workers"].values()}
        assert limits == {4 * 2**30}
        pids = set(running.run(lambda: __import__("os").getpid()).values())
        assert len(pids) == 2 and __import__("os").getpid() not in pids
        cluster = running.cluster
    assert running.status == "closed"
    assert cluster.status.name == "closed"


def test_a_users_client_is_used_and_left_open(dask_client) -> None:
    with parallel.client(dask_client) as running:
        assert running is dask_client
    assert dask_client.status == "running"
    assert parallel.ensure_client(dask_client) is dask_client


def test_a_scheduler_address_is_connected_to(dask_client, capsys) -> None:
    address = dask_client.scheduler.address
    with parallel.client(address) as connected:
        assert connected.scheduler.address == address
        assert connected.submit(sum, [1, 2]).result() == 3
    assert connected.status == "closed"
    assert dask_client.status == "running"  # the cluster itself keeps running
    assert f"connected to {address}" in capsys.readouterr().err


def test_a_pandas_frame_stays_pandas(frame: pd.DataFrame) -> None:
    out = parallel.map_partitions(frame, _lengths, meta=_lengths(frame.iloc[:0]))
    assert isinstance(out, pd.DataFrame)
    assert out["n"].tolist() == [13, 0, 4, 0, 8, 20, 6]
    assert "n" not in frame.columns


def test_map_partitions_gives_the_same_rows_on_dask(dask_client, frame: pd.DataFrame) -> None:
    ddf = parallel.to_dask(frame, npartitions=3)
    out = parallel.map_partitions(ddf, _lengths, meta=_lengths(frame.iloc[:0]))
    assert parallel.is_dask(out)
    got = parallel.compute(out).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, _lengths(frame))


def test_map_documents_both_ways(dask_client, frame: pd.DataFrame) -> None:
    expected = parallel.map_documents(frame, _words, meta=WORDS, upper=True)
    assert expected["word"].tolist()[:4] == ["ONE", "TWO", "THREE", "FOUR"]
    assert expected["article_id"].tolist()[:4] == ["a0", "a0", "a0", "a2"]
    ddf = parallel.to_dask(frame, npartitions=4)
    got = parallel.map_documents(ddf, _words, meta=WORDS, upper=True)
    assert list(got.dtypes.astype(str)) == ["string", "string", "Int64"]
    pd.testing.assert_frame_equal(parallel.compute(got).reset_index(drop=True), expected)


def test_map_documents_names_a_missing_column(frame: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="no column"):
        parallel.map_documents(frame.drop(columns="text"), _words, meta=WORDS)


def test_reduce_partitions_is_the_same_for_any_partitioning(dask_client, frame: pd.DataFrame) -> None:
    expected = parallel.reduce_partitions(frame, _count, _merge)
    assert expected["one"] == 1 and sum(expected.values()) == 11
    for n in (1, 3, 7):
        got = parallel.reduce_partitions(parallel.to_dask(frame, n), _count, _merge, split_every=2)
        assert got == expected


def test_hash_sample_picks_the_same_rows(dask_client) -> None:
    frame = pd.DataFrame({"article_id": [f"id{i}" for i in range(200)], "x": range(200)})
    expected = sampling.hash_sample(frame, 25, seed=3)
    assert len(expected) == 25 and expected["article_id"].is_unique
    got = sampling.hash_sample(parallel.to_dask(frame, 6), 25, seed=3)
    pd.testing.assert_frame_equal(got, expected)
    assert not sampling.hash_sample(frame, 25, seed=4)["article_id"].equals(expected["article_id"])
    assert len(sampling.hash_sample(frame, 500)) == 200


def test_to_dask_keeps_list_columns(dask_client, frame: pd.DataFrame) -> None:
    got = parallel.compute(parallel.to_dask(frame, 2))
    assert got["authors"].tolist() == frame["authors"].tolist()


def test_same_kind(frame: pd.DataFrame) -> None:
    assert parallel.same_kind(frame, frame) is frame
    ddf = parallel.same_kind(parallel.to_dask(frame, 2), frame)
    assert parallel.is_dask(ddf) and ddf.npartitions == 1


def test_progress_is_shown_on_request(dask_client, frame: pd.DataFrame, capfd) -> None:
    ddf = parallel.map_partitions(parallel.to_dask(frame, 3), _lengths, meta=_lengths(frame.iloc[:0]))
    parallel.compute(ddf, progress=True)
    assert "100%" in capfd.readouterr().out


def test_wrong_inputs_say_what_to_pass() -> None:
    with pytest.raises(TypeError, match="pandas or Dask"):
        parallel.map_partitions([1, 2], _lengths, meta=pd.DataFrame())
    with pytest.raises(TypeError, match="Client, an address or None"), parallel.client(42):
        pass
