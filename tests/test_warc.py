"""WARC and WARC.gz archives as inputs (fixture tests/fixtures/warc/crawl.warc.gz, written by make_crawl.py)."""

from __future__ import annotations

import gzip
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.errors import LoadError
from toolkit.load import load_articles
from toolkit.load.inputs import Failure
from toolkit.load.warc import WarcPage, warc_pages
from toolkit.schema import ARTICLES, FAILURES, validate

CRAWL = Path(__file__).resolve().parent / "fixtures" / "warc" / "crawl.warc.gz"
URLS = [
    "https://harbour-news.example/2025/03/10/westmere-library",
    "https://gorod-vesti.example/news/parom",
    "https://quay-times.example/bakery-prize",
]


def _load(source, **kwargs):
    return load_articles(str(source), progress=False, **kwargs)


def test_warc_gz_pages_with_record_url_and_date(tmp_path):
    articles, failures = _load(CRAWL, errors="collect")
    validate(articles, ARTICLES)
    assert articles["url"].tolist() == URLS
    assert articles["title"].tolist() == ["Westmere opens its rebuilt library", "Паром будет ходить чаще",
                                          "Пекарня получила премию"]
    assert (articles["format"] == "warc").all() and (articles["source"] == str(CRAWL)).all()
    assert articles["outlet"].tolist() == ["harbour-news.example", "gorod-vesti.example", "quay-times.example"]
    # the page's own date wins; the crawl date only fills a gap, and says so
    assert articles.loc[0, "published_from"] != "crawl"
    assert articles.loc[0, "published"].date() == pd.Timestamp("2025-03-10").date()
    assert articles["published"].tolist()[1:] == [pd.Timestamp("2025-03-11 06:30", tz="UTC"),
                                                  pd.Timestamp("2025-03-09 16:00", tz="UTC")]
    assert articles["published_from"].tolist()[1:] == ["crawl", "crawl"]
    # windows-1251 declared in the record's HTTP header; koi8-r declared nowhere
    assert "каждые два часа" in articles.loc[1, "text"]
    assert "ржаной хлеб" in articles.loc[2, "text"]
    assert failures.to_dict("records") == [
        {"input": f"{CRAWL} record 11 (https://quay-times.example/empty)", "stage": "read", "reason": "empty page"},
        {"input": str(CRAWL), "stage": "read",
         "reason": "skipped: 4 record(s) that are not HTML pages (image/jpeg: 1, HTTP 301: 1, HTTP 404: 1, revisit: 1)"},
    ]


def test_uncompressed_warc_and_a_folder(tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "crawl.warc").write_bytes(gzip.decompress(CRAWL.read_bytes()))
    articles, _ = _load(folder, errors="collect")
    assert articles["url"].tolist() == URLS
    assert (articles["source"] == f"{folder}/crawl.warc").all()


def test_raise_mode_names_the_record_and_warns_about_skipped_ones():
    with pytest.raises(LoadError, match=r"crawl.warc.gz record 11 \(https://quay-times.example/empty\): empty page"):
        _load(CRAWL)


def test_raise_mode_warns_about_records_that_are_not_pages(tmp_path):
    data = gzip.decompress(CRAWL.read_bytes())
    cut = data.index(b"WARC/1.0", data.index(b"https://quay-times.example/empty") - 400)
    path = tmp_path / "no-empty.warc"
    path.write_bytes(data[:cut])  # ends before the empty page
    with pytest.warns(UserWarning, match=r"skipped: 4 record\(s\) that are not HTML pages"):
        articles = _load(path)
    assert articles["url"].tolist() == URLS[:2]


def test_truncated_warc_gz_keeps_the_records_before_the_cut(tmp_path):
    data = CRAWL.read_bytes()
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) - 300])
    articles, failures = _load(path, errors="collect")
    assert articles["url"].tolist() == URLS[:2]
    reasons = failures["reason"].tolist()
    assert "truncated WARC file (it ends inside the record after record 12)" in reasons, reasons
    # uncompressed, cut inside the last record
    raw = tmp_path / "cut.warc"
    raw.write_bytes(gzip.decompress(data)[:-300])
    articles, failures = _load(raw, errors="collect")
    assert articles["url"].tolist() == URLS[:2]
    assert {"input": f"{raw} record 13 ({URLS[2]})", "stage": "read",
            "reason": "truncated WARC file (it ends inside record 13)"} in failures.to_dict("records")


def test_record_larger_than_the_limit_fails_clearly():
    found = list(warc_pages(CRAWL, "crawl.warc.gz", limit=300))
    pages = [f for f in found if isinstance(f, WarcPage)]
    too_big = [f for f in found if isinstance(f, Failure) and f.reason == "page larger than 0.0 MB"]
    assert not pages and len(too_big) == 3


def test_not_a_warc(tmp_path):
    path = tmp_path / "x.warc"
    path.write_text("hello, this is not an archive\n")
    articles, failures = _load(path, errors="collect")
    assert articles.empty
    assert failures["reason"].tolist() == ["not a WARC file (it does not start with a WARC/1.x record)"]
    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(gzip.compress(b""))
    _, failures = _load(empty, errors="collect")
    assert failures["reason"].tolist() == ["not a WARC file (it does not start with a WARC/1.x record)"]


def test_warc_without_extension_is_sniffed(tmp_path):
    path = tmp_path / "CC-NEWS-20250311"
    shutil.copy(CRAWL, path)
    # a name with no known extension is sniffed (gzip, then "WARC/")
    articles, _ = load_articles([str(path)], errors="collect", progress=False)
    assert articles["url"].tolist() == URLS


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=600), st.binary(max_size=600).map(lambda b: b"WARC/1.0\r\n" + b)),
       st.sampled_from([".warc", ".warc.gz"]))
def test_collect_never_raises_on_any_archive_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"crawl{suffix}"
        path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
        articles, failures = load_articles(str(path), errors="collect", progress=False)
        validate(articles, ARTICLES)
        validate(failures, FAILURES)
        assert len(articles) + len(failures) >= 1
