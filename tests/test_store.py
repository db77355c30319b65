"""The corpus store: month partitions, appends, duplicates, failures, killed writers."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

from toolkit import parallel
from toolkit.schema import ARTICLES, STORED_ARTICLES, SchemaError, validate
from toolkit.store import (
    StoreError,
    load_parallel,
    read_failures,
    read_store,
    store_files,
    write_store,
)

distributed = pytest.importorskip("distributed")


def _articles(n: int, start: int = 0, *, undated_every: int = 7) -> pd.DataFrame:
    rows = []
    for i in range(start, start + n):
        published = None if i % undated_every == 3 else pd.Timestamp("2025-01-15", tz="UTC") + pd.Timedelta(days=9 * i)
        rows.append({
            "article_id": f"{i:016x}",
            "url": f"https://news{i % 3}.example/story/{i}",
            "outlet": f"news{i % 3}.example",
            "title": f"Story {i}",
            "published": published,
            "published_from": "meta" if published is not None else None,
            "authors": [f"Writer {i % 4}"] if i % 2 else [],
            "language": "en",
            "text": f"Story number {i} says something.\n\nA second paragraph {i}.",
            "n_words": 8,
            "source": f"scrape/{i}.html",
            "format": "html",
            "related": [{"title": f"Related {i}", "summary": "More."}] if i % 5 == 0 else [],
        })
    return validate(ARTICLES.from_records(rows), ARTICLES)


def _in_store_order(frame: pd.DataFrame) -> pd.DataFrame:
    month = frame["published"].dt.strftime("%Y-%m").astype("object").where(frame["published"].notna(), "unknown")
    return frame.iloc[month.argsort(kind="stable")].reset_index(drop=True)


def _digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in root.glob("month=*/*")}


@pytest.fixture(scope="module")
def dask_client():
    with parallel.client(n_workers=2, processes=True, dashboard=False, quiet=True) as running:
        yield running


def test_round_trip_by_month_with_the_schema(tmp_path: Path) -> None:
    articles = _articles(60)
    result = write_store(articles, tmp_path / "store", rows_per_file=4)
    assert result.rows == 60 and result.duplicates == 0 and len(result.failures) == 0
    folders = sorted(p.name for p in (tmp_path / "store").glob("month=*"))
    assert "month=unknown" in folders and "month=2025-01" in folders
    assert all(p.name.startswith("month=") for p in (tmp_path / "store").iterdir()
               if p.is_dir() and not p.name.startswith("_"))
    back = read_store(tmp_path / "store", engine="pandas")
    validate(back, STORED_ARTICLES)
    assert set(back["ingest"]) == {result.ingest}
    pd.testing.assert_frame_equal(back[ARTICLES.names], _in_store_order(articles))
    assert back["published"].isna().sum() == articles["published"].isna().sum() > 0


def test_dask_and_pandas_read_the_same_rows(tmp_path: Path, dask_client) -> None:
    write_store(_articles(50), tmp_path, rows_per_file=6)
    write_store(_articles(30, start=50), tmp_path, rows_per_file=6)
    expected = read_store(tmp_path, engine="pandas")
    files = store_files(tmp_path)
    assert files["month"].is_monotonic_increasing and files["month"].iloc[-1] == "unknown"
    assert files["rows"].sum() == 80
    lazy = read_store(tmp_path, rows_per_partition=15)
    assert parallel.is_dask(lazy) and lazy.npartitions > 3
    got = parallel.compute(lazy).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected)
    assert got["authors"].map(type).eq(list).all()  # lists stay lists, not their text
    some = parallel.compute(read_store(tmp_path, columns=["article_id", "text"], months=["unknown"]))
    assert list(some.columns) == ["article_id", "text"]
    assert len(some) == int(expected["published"].isna().sum())


def test_append_adds_files_and_flags_duplicates(tmp_path: Path) -> None:
    first = write_store(_articles(40), tmp_path, rows_per_file=5)
    before = _digests(tmp_path)
    second = write_store(_articles(20, start=30), tmp_path, rows_per_file=5)  # 10 seen, 10 new
    after = _digests(tmp_path)
    assert all(after[name] == digest for name, digest in before.items())  # nothing rewritten
    assert set(after) - set(before) == set(second.files)
    assert second.rows == 20 and second.duplicates == 10
    kept = read_store(tmp_path, engine="pandas", duplicates="keep")
    assert len(kept) == 60
    flagged = kept[kept["duplicate_in_store"]]
    assert set(flagged["ingest"]) == {second.ingest}
    assert sorted(flagged["article_id"]) == [f"{i:016x}" for i in range(30, 40)]
    dropped = read_store(tmp_path, engine="pandas")
    assert len(dropped) == 50 and dropped["article_id"].is_unique
    assert not dropped["duplicate_in_store"].any()
    manifest = json.loads((tmp_path / "_store.json").read_text())
    assert [i["ingest"] for i in manifest["ingests"]] == [first.ingest, second.ingest]
    assert manifest["ingests"][1]["duplicates"] == 10


def test_duplicates_within_one_ingest_are_flagged_too(tmp_path: Path) -> None:
    articles = _articles(6)
    twice = pd.concat([articles, articles.iloc[[1, 4]]], ignore_index=True)
    assert write_store(twice, tmp_path).duplicates == 2
    assert len(read_store(tmp_path, engine="pandas")) == 6


def test_files_are_loaded_and_failures_kept(tmp_path: Path) -> None:
    scrape = tmp_path / "scrape"
    scrape.mkdir()
    records = [{"url": f"https://wire.example/a/{i}", "title": f"T{i}", "date": f"2025-0{i + 1}-02",
                "text": f"Officials met in Vilnius on day {i}. They talked for hours."} for i in range(3)]
    records.append({"url": "https://wire.example/a/none", "title": "no text"})
    (scrape / "export.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    (scrape / "empty.html").write_bytes(b"")
    (scrape / "notes.docx").write_bytes(b"PK\x03\x04")
    result = write_store(scrape, tmp_path / "store")
    assert result.rows == 3
    assert len(result.failures) == 3
    assert set(result.failures["ingest"]) == {result.ingest}
    stored = read_failures(tmp_path / "store")
    pd.testing.assert_frame_equal(stored, result.failures)
    assert any("empty" in r for r in stored["reason"])
    assert sorted(p.name for p in (tmp_path / "store").glob("month=*")) == [
        "month=2025-01", "month=2025-02", "month=2025-03"]
    with pytest.raises(Exception, match="empty"):
        write_store(scrape, tmp_path / "store", errors="raise")
    assert len(read_store(tmp_path / "store", engine="pandas")) == 3  # the failed ingest wrote nothing


def test_a_dask_frame_is_written_by_the_workers(tmp_path: Path, dask_client) -> None:
    articles = _articles(45)
    from_pandas = write_store(articles, tmp_path / "a", rows_per_file=4)
    ddf = parallel.to_dask(pd.concat([articles, articles.iloc[:5]], ignore_index=True), 4)
    from_dask = write_store(ddf, tmp_path / "b", rows_per_file=4)
    assert (from_pandas.rows, from_dask.rows, from_dask.duplicates) == (45, 50, 5)
    a = read_store(tmp_path / "a", engine="pandas").drop(columns="ingest")
    b = read_store(tmp_path / "b", engine="pandas").drop(columns="ingest")
    pd.testing.assert_frame_equal(a.sort_values("article_id", ignore_index=True),
                                  b.sort_values("article_id", ignore_index=True))


def test_bad_targets_and_frames_say_what_is_wrong(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not a corpus store"):
        write_store(_articles(2), tmp_path)
    with pytest.raises(SchemaError, match="records_to_articles"):
        write_store(pd.DataFrame({"body": ["x"]}), tmp_path / "new")
    with pytest.raises(StoreError, match="write_store"):
        read_store(tmp_path)
    with pytest.raises(ValueError, match="no column"):
        read_store(tmp_path / "new", columns=["body"])


# ---------------------------------------------------------------------------
# Interrupted ingests: a writer killed at any point leaves the store as it was
# ---------------------------------------------------------------------------

_WRITER = textwrap.dedent("""
    import os, signal, sys
    import pandas as pd
    sys.path.insert(0, {tests!r})
    from test_store import _articles
    from toolkit.store import write_store

    mode = sys.argv[1]
    if mode == "after-first-rename":
        real = os.replace
        calls = []
        def replace(src, dst):
            real(src, dst)
            calls.append(dst)
            if len(calls) == 2:  # one part file is in place, nothing committed
                os.kill(os.getpid(), signal.SIGKILL)
        os.replace = replace
    print("writing", flush=True)
    write_store(_articles(int(sys.argv[3]), start=1000), sys.argv[2], rows_per_file=int(sys.argv[4]))
""")


def _writer(tmp_path: Path, mode: str, store: Path, n: int, rows_per_file: int) -> subprocess.Popen:
    script = tmp_path / "writer.py"
    script.write_text(_WRITER.format(tests=str(Path(__file__).parent)))
    return subprocess.Popen([sys.executable, str(script), mode, str(store), str(n), str(rows_per_file)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _assert_untouched(store: Path, expected: pd.DataFrame, digests: dict[str, str]) -> None:
    back = read_store(store, engine="pandas")
    pd.testing.assert_frame_equal(back, expected)
    for name, digest in digests.items():
        assert hashlib.sha1((store / name).read_bytes()).hexdigest() == digest


def test_a_writer_killed_after_renaming_a_part_commits_nothing(tmp_path: Path) -> None:
    store = tmp_path / "store"
    write_store(_articles(20), store, rows_per_file=5)
    expected, digests = read_store(store, engine="pandas"), _digests(store)
    proc = _writer(tmp_path, "after-first-rename", store, 30, 5)
    proc.wait(timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read()
    orphans = set(_digests(store)) - set(digests)
    assert orphans  # files of the killed ingest are on disk ...
    _assert_untouched(store, expected, digests)  # ... and never read
    after = write_store(_articles(3, start=5000), store)
    left = set(_digests(store)) - set(digests) - set(after.files)
    assert not left  # the next writer removed them
    assert len(read_store(store, engine="pandas")) == 23


def test_a_writer_killed_mid_ingest_leaves_no_half_written_partition(tmp_path: Path) -> None:
    store = tmp_path / "store"
    write_store(_articles(20), store, rows_per_file=5)
    expected, digests = read_store(store, engine="pandas"), _digests(store)
    proc = _writer(tmp_path, "plain", store, 3000, 1)  # one file per row: a slow ingest
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list(store.glob("month=*/.part-*.tmp")):
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert list(store.glob("month=*/.part-*.tmp"))  # killed while writing
    _assert_untouched(store, expected, digests)
    for path in store.glob("month=*/part-*.parquet"):  # what is in place is whole
        pd.read_parquet(path)
    write_store(_articles(2, start=9000), store)
    assert not list(store.glob("month=*/.*.tmp"))
    assert len(read_store(store, engine="pandas")) == 22
    assert os.path.getsize(store / "_store.json") > 0


# ---------------------------------------------------------------------------
# Loading files on the workers
# ---------------------------------------------------------------------------


def _scrape(folder: Path) -> Path:
    folder.mkdir()
    story = "Officials met in Vilnius on Tuesday. They talked for {n} hours about trade and borders."
    for f in range(5):
        records = [{"url": f"https://wire{f}.example/a/{i}", "title": f"T{f}-{i}", "date": f"2025-0{f + 1}-1{i}",
                    "text": story.format(n=10 * f + i)} for i in range(4)]
        (folder / f"export{f}.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    # the same URL again, and the same text under another URL, in later files
    again = [{"url": "https://wire0.example/a/1", "title": "again", "date": "2025-03-01",
              "text": "A different text for a URL loaded before. It has two sentences."},
             {"url": "https://mirror.example/copy", "title": "mirror", "date": "2025-03-02",
              "text": story.format(n=21)}]
    (folder / "export9.jsonl").write_text("\n".join(json.dumps(r) for r in again) + "\n")
    for n in range(3):
        (folder / f"page{n}.txt").write_text(f"Headline {n}\n\nA plain text dump number {n}. It says little more.\n")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "slides.pptx").write_bytes(b"PK")
    return folder


def test_load_parallel_gives_what_load_articles_gives(tmp_path: Path, dask_client) -> None:
    import toolkit

    scrape = _scrape(tmp_path / "scrape")
    expected, expected_failures = toolkit.load_articles(scrape, errors="collect", progress=False)
    assert expected["duplicate_of"].notna().sum() >= 2 and len(expected_failures) == 2
    lazy, failures = load_parallel(scrape, files_per_task=2)
    assert lazy.npartitions > 3
    got = parallel.compute(lazy).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected)
    pd.testing.assert_frame_equal(failures, expected_failures)


def test_write_store_loads_on_the_workers(tmp_path: Path, dask_client) -> None:
    scrape = _scrape(tmp_path / "scrape")
    here = write_store(scrape, tmp_path / "here")
    there = write_store(scrape, tmp_path / "there", parallel=True)
    assert (here.rows, here.duplicates) == (there.rows, there.duplicates)
    pd.testing.assert_frame_equal(here.failures.drop(columns="ingest"), there.failures.drop(columns="ingest"))
    a = read_store(tmp_path / "here", engine="pandas", duplicates="keep").drop(columns="ingest")
    b = read_store(tmp_path / "there", engine="pandas", duplicates="keep").drop(columns="ingest")
    pd.testing.assert_frame_equal(a, b)
