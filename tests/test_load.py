"""Tests of toolkit.load: every input kind and format, duplicates, errors, schema.

URLs are served by a loopback HTTP server on 127.0.0.1 that each test
starts and stops; nothing reaches the internet.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path

import pandas as pd
import pytest
from httpserver import LoopbackServer, page, status
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import toolkit
from toolkit.load import LoadError, flag_duplicates, load_articles, records_to_articles
from toolkit.schema import ARTICLES, FAILURES, validate
from toolkit.urls import article_id, canonical_url

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "load"
EN_URL = "https://harbour-news.example/2025/03/10/westmere-library-reopens"
RU_URL = "https://gorod-vesti.example/news/2025/03/10/biblioteka"


@pytest.fixture
def fixtures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the fixtures in tmp_path, with the working folder set there."""
    target = tmp_path / "in"
    shutil.copytree(FIXTURES, target)
    monkeypatch.chdir(tmp_path)
    return target


def _values(series: pd.Series) -> list:
    """Values with missing ones as None (string columns hold pd.NA)."""
    return [None if pd.isna(v) else v for v in series]


def _load(source, **kwargs):
    return load_articles(source, progress=False, **kwargs)


def _article(title: str, sentences: int = 6, url: str | None = None) -> str:
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    body = "\n".join(
        f"<p>{title} was discussed again on day {i}, and residents of the harbour town "
        f"asked the council about it at length during meeting number {i}.</p>"
        for i in range(1, sentences + 1)
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{canonical}"
        f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    )


# ---------------------------------------------------------------- single files


def test_html_page(fixtures: Path) -> None:
    articles = _load("in/page_en.html")
    validate(articles, ARTICLES)
    assert len(articles) == 1
    row = articles.iloc[0]
    assert row["title"] == "Westmere opens its rebuilt library"
    assert row["url"] == EN_URL
    assert row["outlet"] == "harbour-news.example"
    assert row["source"] == "in/page_en.html"
    assert row["format"] == "html"
    assert row["article_id"] == article_id(EN_URL)
    assert "rebuilt public library on Monday" in row["text"]
    assert row["n_words"] == len(row["text"].split())
    assert pd.isna(row["duplicate_of"])


@pytest.mark.parametrize("name", ["page_ru_cp1251.html", "page_ru_koi8r.html"])
def test_russian_pages_in_legacy_charsets(fixtures: Path, name: str) -> None:
    row = _load(f"in/{name}").iloc[0]
    assert row["title"] == "В Вестмире открылась новая библиотека"
    assert "публичная библиотека" in row["text"]
    assert row["language"] == "ru"


def test_gzipped_html_equals_plain(fixtures: Path) -> None:
    data = (fixtures / "page_en.html").read_bytes()
    (fixtures / "page_en.html.gz").write_bytes(gzip.compress(data))
    plain = _load("in/page_en.html").iloc[0]
    packed = _load("in/page_en.html.gz").iloc[0]
    assert packed["text"] == plain["text"]
    assert packed["format"] == "html"
    assert packed["source"] == "in/page_en.html.gz"


def test_txt_page_dump(fixtures: Path) -> None:
    articles = _load("in/dump_en.txt")
    assert len(articles) == 1
    row = articles.iloc[0]
    assert row["format"] == "txt"
    assert row["source"] == "in/dump_en.txt"
    assert row["title"] == "Westmere opens its rebuilt library three years after the flood"
    assert "Go to Source" not in row["text"]
    assert "rebuilt public library" in row["text"]
    # no URL in a dump: the id comes from the text, the outlet is unknown
    assert row["article_id"] == article_id(None, row["text"])
    assert row["outlet"] == "unknown"
    assert "Ferry timetable changes for the spring season" in [r["title"] for r in row["related"]]


def test_jsonl_export_maps_fields(fixtures: Path) -> None:
    articles = _load("in/export.jsonl")
    validate(articles, ARTICLES)
    assert articles["title"].tolist() == [
        "Ferry timetable changes for the spring season",
        "В Вестмире открылась новая библиотека",
        "Bakery on Quay Street wins regional bread prize",
    ]
    assert (articles["format"] == "jsonl").all()
    assert (articles["source"] == "in/export.jsonl").all()
    assert (articles["published_from"] == "user").all()
    # RFC 2822 date, offset date and plain date all read, in UTC
    assert articles["published"].tolist() == [
        pd.Timestamp("2025-03-11 08:15", tz="UTC"),
        pd.Timestamp("2025-03-10 09:00", tz="UTC"),
        pd.Timestamp("2025-03-09", tz="UTC"),
    ]
    # declared outlets: a name is kept, a domain or URL becomes the registered domain
    assert articles["outlet"].tolist() == ["Harbour News", "gorod-vesti.example", "quay-times.example"]
    assert articles["authors"].tolist() == [["Lena Marsh"], [], ["Tom Reyes", "Mia Chen"]]
    assert articles.loc[1, "language"] == "ru"


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_fields_are_mapped_by_each_records_own_keys(tmp_path: Path, fmt: str) -> None:
    # 14 records; the first has no "published" key, the 13 others do
    records = [{"url": "https://quay-times.example/0", "title": "Story 0",
                "text": "The first story has no date at all in this export."}]
    for i in range(1, 14):
        records.append({"url": f"https://quay-times.example/{i}", "title": f"Story {i}",
                        "text": f"Story number {i} of the export was published in March.",
                        "published": f"2025-03-{i:02d}T10:00:00Z"})
    # and a later record that names its date differently again
    records[7] = {"link": records[7]["url"], "headline": records[7]["title"],
                  "body": records[7]["text"], "pubDate": records[7]["published"]}
    path = tmp_path / f"export.{fmt}"
    if fmt == "jsonl":
        path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    else:
        path.write_text(json.dumps(records), encoding="utf-8")
    articles = _load(str(path))
    assert len(articles) == 14
    assert pd.isna(articles.loc[0, "published"]) and pd.isna(articles.loc[0, "published_from"])
    assert articles["published"].iloc[1:].tolist() == [
        pd.Timestamp(f"2025-03-{i:02d} 10:00", tz="UTC") for i in range(1, 14)]
    assert (articles["published_from"].iloc[1:] == "user").all()
    assert articles["title"].tolist() == [f"Story {i}" for i in range(14)]


def test_csv_export(fixtures: Path) -> None:
    articles = _load("in/export.csv")
    assert articles["url"].tolist() == [EN_URL, "https://quay-times.example/market-hall"]
    # an empty 'source' cell falls back to the URL's domain
    assert articles["outlet"].tolist() == ["harbour-news.example", "Quay Times"]
    assert (articles["format"] == "csv").all()
    assert articles.loc[0, "published"] == pd.Timestamp("2025-03-10 09:30", tz="UTC")


def test_json_export_with_articles_key(fixtures: Path) -> None:
    articles, failures = _load("in/export.json", errors="collect")
    assert articles["title"].tolist() == ["Lighthouse to be repainted"]
    assert articles.loc[0, "authors"] == ["Lena Marsh"]
    # the record without text is a failure row, not a vanished row
    assert failures.to_dict("records") == [
        {"input": "in/export.json record 2", "stage": "parse", "reason": "no text (field 'text' is empty)"}
    ]


def test_json_list_of_records(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"headline": "A", "content": "Alpha text here."},
                                {"headline": "B", "content": "Beta text here."}]))
    articles = _load(path)
    assert articles["title"].tolist() == ["A", "B"]
    assert (articles["format"] == "json").all()
    assert (articles["source"] == str(path)).all()


def test_parquet_export(tmp_path: Path) -> None:
    frame = pd.DataFrame({
        "link": ["https://www.a.example/1", "https://b.example/2"],
        "title": ["One", "Two"],
        "body": ["First body text, long enough.", "Second body text, long enough."],
        "date": pd.to_datetime(["2025-01-02T10:00:00Z", "2025-01-03T11:00:00Z"]),
        "authors": [["Ann Lee"], ["Bo Kim", "Cy Park"]],
    })
    frame.to_parquet(tmp_path / "export.parquet")
    articles = _load(tmp_path / "export.parquet")
    validate(articles, ARTICLES)
    assert articles["url"].tolist() == ["https://a.example/1", "https://b.example/2"]
    assert articles["authors"].tolist() == [["Ann Lee"], ["Bo Kim", "Cy Park"]]
    assert articles["published"].tolist() == [
        pd.Timestamp("2025-01-02 10:00", tz="UTC"), pd.Timestamp("2025-01-03 11:00", tz="UTC")]
    assert (articles["format"] == "parquet").all()


def test_utf16_page_and_cp1251_csv(fixtures: Path) -> None:
    html = (fixtures / "page_ru_cp1251.html").read_bytes().decode("cp1251")
    html = html.replace('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "")
    Path("utf16.html").write_bytes(html.encode("utf-16"))
    Path("utf16le.html").write_bytes(html.encode("utf-16-le"))
    Path("export_cp1251.csv").write_bytes(
        "url,title,text\nhttps://r.example/1,Итоги,Переговоры шли два дня в Минске.\n".encode("cp1251"))
    articles = _load(["utf16.html", "utf16le.html", "export_cp1251.csv"])
    assert articles["title"].tolist() == ["В Вестмире открылась новая библиотека"] * 2 + ["Итоги"]
    assert "публичная библиотека" in articles.loc[0, "text"]
    assert articles.loc[2, "text"] == "Переговоры шли два дня в Минске."


def test_file_without_extension_is_sniffed(fixtures: Path) -> None:
    shutil.copy(fixtures / "page_en.html", "saved_page")
    row = _load("saved_page").iloc[0]
    assert row["title"] == "Westmere opens its rebuilt library"
    assert row["format"] == "html"


def test_declared_outlet_and_language(fixtures: Path) -> None:
    articles = _load(["in/page_en.html", "in/export.jsonl"], outlet="My Corpus", language="xx")
    assert (articles["outlet"] == "My Corpus").all()
    assert (articles["language"] == "xx").all()


# ---------------------------------------------------------------- folders, globs, lists


def test_folder_is_recursive_and_sorted(fixtures: Path) -> None:
    sub = fixtures / "deeper" / "deepest"
    sub.mkdir(parents=True)
    (sub / "z.html").write_text(_article("Pier lights"), encoding="utf-8")
    (fixtures / ".hidden.html").write_text(_article("Hidden page"), encoding="utf-8")
    articles, failures = _load("in", errors="collect")
    validate(articles, ARTICLES)
    validate(failures, FAILURES)
    expected_sources = sorted({
        "in/deeper/deepest/z.html", "in/dump_en.txt", "in/export.csv", "in/export.json",
        "in/export.jsonl", "in/page_en.html", "in/page_ru_cp1251.html", "in/page_ru_koi8r.html",
        "in/text_en.txt", "in/text_ru.txt",
    })
    assert list(dict.fromkeys(articles["source"])) == expected_sources
    assert "Hidden page" not in set(articles["title"].dropna())
    # the README is not an input, and says so
    assert {"input": "in/README.md", "stage": "read",
            "reason": "skipped: not a supported input type (.md)"} in failures.to_dict("records")


def test_folder_in_raise_mode_warns_about_skipped_files(fixtures: Path) -> None:
    (fixtures / "export.json").unlink()  # it has a record without text
    with pytest.warns(UserWarning, match=r"skipped 1 file\(s\) of unsupported type: in/README.md"):
        articles = _load("in")
    assert len(articles) == 11


def test_glob(fixtures: Path) -> None:
    articles = _load("in/**/*.html")
    assert articles["source"].tolist() == [
        "in/page_en.html", "in/page_ru_cp1251.html", "in/page_ru_koi8r.html"]


def test_list_keeps_given_order(fixtures: Path) -> None:
    articles = _load(["in/export.csv", Path("in/page_en.html"), "in/dump_en.txt"])
    assert articles["format"].tolist() == ["csv", "csv", "html", "txt"]


# ---------------------------------------------------------------- URLs


@pytest.fixture
def server():
    srv = LoopbackServer({
        "/a": page(_article("Ferry timetable")),
        "/b": page(_article("Bakery prize")),
        "/ru": page(
            _article("Библиотека открылась снова").encode("cp1251"),
            content_type="text/html; charset=windows-1251",
        ),
        "/missing": status(404),
    })
    with srv:
        yield srv


def _fetch_options() -> dict:
    return {"delay": 0, "timeout": 2, "retries": 0}


def test_url_list_file(server: LoopbackServer, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(
        "# pages to load\n\n"
        f"{server.url('/a')}\n{server.url('/ru')}\n{server.url('/missing')}\n{server.url('/b')}\n"
    )
    articles, failures = _load(urls, errors="collect", cache_dir=tmp_path / "cache",
                               fetch_options=_fetch_options())
    validate(articles, ARTICLES)
    assert articles["title"].tolist() == ["Ferry timetable", "Библиотека открылась снова", "Bakery prize"]
    assert articles["source"].tolist() == [server.url("/a"), server.url("/ru"), server.url("/b")]
    assert (articles["format"] == "url").all()
    assert articles["url"].tolist() == [canonical_url(server.url(p)) for p in ("/a", "/ru", "/b")]
    assert (articles["outlet"] == "127.0.0.1").all()
    assert failures.to_dict("records") == [
        {"input": server.url("/missing"), "stage": "fetch", "reason": "HTTP 404"}]


def test_url_list_error_raises(server: LoopbackServer, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{server.url('/a')}\n{server.url('/missing')}\n")
    with pytest.raises(LoadError, match=r"/missing: HTTP 404"):
        _load(urls, cache_dir=tmp_path / "cache", fetch_options=_fetch_options())


def test_single_url_and_mixed_list(server: LoopbackServer, fixtures: Path, tmp_path: Path) -> None:
    one = _load(server.url("/b"), cache_dir=tmp_path / "cache", fetch_options=_fetch_options())
    assert one["title"].tolist() == ["Bakery prize"]
    mixed = _load(["in/page_en.html", server.url("/a")], cache_dir=tmp_path / "cache",
                  fetch_options=_fetch_options())
    assert mixed["format"].tolist() == ["html", "url"]


def test_url_is_served_from_cache_the_second_time(server: LoopbackServer, tmp_path: Path) -> None:
    kwargs = {"cache_dir": tmp_path / "cache", "fetch_options": _fetch_options()}
    first = _load(server.url("/a"), **kwargs)
    server.stop()
    second = _load(server.url("/a"), **kwargs)
    pd.testing.assert_frame_equal(first, second)


# ---------------------------------------------------------------- CSV URL lists (GDELT, Media Cloud)


@pytest.fixture(scope="module")
def news():
    from newssite import news_site

    srv = news_site(host="127.0.0.4")
    yield srv
    srv.stop()


def _filled(news: LoopbackServer, name: str, tmp_path: Path) -> str:
    from newssite import copy_filled

    return str(copy_filled(f"urllists/{name}", news.url(""), tmp_path))


def test_gdelt_gkg_url_list(news: LoopbackServer, tmp_path: Path) -> None:
    path = _filled(news, "gdelt_gkg.csv", tmp_path)  # tab-separated, named .csv, as GDELT's are
    articles, failures = _load(path, errors="collect", cache_dir=tmp_path / "cache", fetch_options=_fetch_options())
    validate(articles, ARTICLES)
    assert articles["source"].tolist() == [news.url("/news/ferry-timetable"), news.url("/news/bakery-prize")]
    assert (articles["format"] == "url").all()
    # the list's DATE (YYYYMMDDHHMMSS, UTC) is the declared date
    assert articles["published"].tolist() == [pd.Timestamp("2025-03-11 08:15", tz="UTC"),
                                              pd.Timestamp("2025-03-09 17:40", tz="UTC")]
    assert (articles["published_from"] == "user").all()
    assert failures.to_dict("records") == [
        {"input": f"{path} row 3", "stage": "parse", "reason": "not an http(s) URL: 'not-a-url'"}]


def test_media_cloud_story_list(news: LoopbackServer, tmp_path: Path) -> None:
    articles = _load(_filled(news, "mediacloud.csv", tmp_path), cache_dir=tmp_path / "cache",
                     fetch_options=_fetch_options())
    assert articles["title"].tolist() == ["Council meeting moved to Thursday",
                                          "Ferry timetable changes for the spring season"]
    assert articles["published"].tolist() == [pd.Timestamp("2025-03-10 12:00", tz="UTC"),
                                              pd.Timestamp("2025-03-11 08:15", tz="UTC")]


def test_url_column_named_by_the_user(news: LoopbackServer, tmp_path: Path) -> None:
    path = _filled(news, "pages.csv", tmp_path)
    with pytest.raises(LoadError, match=r"no text column"):
        _load(path)
    articles = _load(path, url_column="page", cache_dir=tmp_path / "cache", fetch_options=_fetch_options())
    assert articles["source"].tolist() == [news.url("/news/bakery-prize"), news.url("/news/council-thursday")]
    # the list's own title fills nothing the page has; an empty one is no title
    assert articles["title"].tolist() == ["Bakery on Quay Street wins regional bread prize",
                                          "Council meeting moved to Thursday"]
    with pytest.raises(LoadError, match=r"pages.csv: no text column and no column 'link'; found: page, headline, seen"):
        _load(path, url_column="link")


def test_csv_with_a_url_column_but_no_text_says_how_to_fetch_it(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("url,title\nhttps://a.example/1,One\n")
    with pytest.raises(LoadError, match=r"pass url_column='url'"):
        _load(path)


# ---------------------------------------------------------------- duplicates and ids


def test_duplicates_are_flagged_not_dropped(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(_article("Pier", url="https://www.pier.example/story"))
    (tmp_path / "b.html").write_text(_article("Pier", url="https://pier.example/story/"))
    (tmp_path / "c.html").write_text(_article("Quay", url="https://quay.example/1"))
    (tmp_path / "d.html").write_text(_article("Quay", url="https://other.example/copy"))
    articles = _load(tmp_path)
    assert len(articles) == 4
    first = article_id("https://pier.example/story")
    assert articles["article_id"].tolist()[:2] == [first, f"{first}-2"]
    assert articles["article_id"].is_unique
    quay = article_id("https://quay.example/1")
    # same canonical URL (www or not) -> duplicate; same text under another URL -> duplicate
    assert _values(articles["duplicate_of"]) == [None, first, None, quay]


def test_flag_duplicates_is_idempotent_and_pure() -> None:
    frame = pd.DataFrame({"article_id": ["a", "a", "b"], "url": ["https://x.example/1"] * 2 + [None],
                          "text": ["One.", "One.", "Two."]})
    before = frame.copy()
    once = flag_duplicates(frame)
    pd.testing.assert_frame_equal(frame, before)
    pd.testing.assert_frame_equal(flag_duplicates(once), once)
    assert once["article_id"].tolist() == ["a", "a-2", "b"]


def test_article_ids_are_stable_across_processes(fixtures: Path) -> None:
    code = (
        "import toolkit; a = toolkit.load_articles('in', errors='collect', progress=False)[0]; "
        "print(','.join(a['article_id']))"
    )
    runs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             env=env, check=True, cwd=fixtures.parent)
        runs.add(out.stdout.strip())
    assert len(runs) == 1
    here = _load("in", errors="collect")[0]
    assert runs == {",".join(here["article_id"])}


# ---------------------------------------------------------------- records_to_articles


def test_records_to_articles_is_pure_and_typed() -> None:
    frame = pd.DataFrame({
        "Link": ["https://www.a.example/x", "https://a.example/x", None],
        "Headline": ["X", "X again", "No url"],
        "Body": ["Text of x.", "Text of x, edited.", ""],
        "published_at": ["2025-05-01 10:00", None, "2025-05-02"],
    })
    before = frame.copy()
    articles, failures = records_to_articles(frame, source="feed", errors="collect")
    pd.testing.assert_frame_equal(frame, before)
    validate(articles, ARTICLES)
    assert articles["title"].tolist() == ["X", "X again"]
    assert _values(articles["duplicate_of"]) == [None, articles.loc[0, "article_id"]]
    assert _values(articles["published_from"]) == ["user", None]
    assert (articles["format"] == "records").all()
    assert failures.to_dict("records") == [
        {"input": "feed row 3", "stage": "parse", "reason": "no text (field 'Body' is empty)"}]
    with pytest.raises(LoadError, match="feed row 3: no text"):
        records_to_articles(frame, source="feed")


def test_records_to_articles_over_dask_partitions() -> None:
    dd = pytest.importorskip("dask.dataframe")
    frame = pd.DataFrame({"url": [f"https://n.example/{i}" for i in range(6)],
                          "text": [f"Story number {i} about the harbour." for i in range(6)]})
    ddf = dd.from_pandas(frame, npartitions=3)
    out = ddf.map_partitions(records_to_articles, meta=ARTICLES.empty()).compute()
    out = out.reset_index(drop=True)
    pd.testing.assert_frame_equal(out, records_to_articles(frame), check_dtype=True)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_round_trip_of_own_export(fixtures: Path, fmt: str) -> None:
    """A frame saved as the CLI saves it loads back with the same content."""
    articles = _load(["in/page_en.html", "in/dump_en.txt", "in/export.jsonl"])
    path = Path(f"saved.{fmt}")
    if fmt == "jsonl":
        articles.to_json(path, orient="records", lines=True, date_format="iso")
    elif fmt == "csv":
        articles.to_csv(path, index=False)
    else:
        articles.to_parquet(path, index=False)
    again = _load(path)
    kept = ["article_id", "url", "outlet", "title", "published", "published_from", "authors",
            "language", "dateline", "dateline_date", "wire", "caption", "text", "n_words", "related"]
    pd.testing.assert_frame_equal(again[kept], articles[kept])
    assert (again["source"] == str(path)).all()


def test_no_text_column(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("url,title\nhttps://a.example/1,One\n")
    with pytest.raises(LoadError, match=r"export.csv: no text column; expected one of text, body, content"):
        _load(path)
    with pytest.raises(LoadError, match="no text column"):
        records_to_articles(pd.DataFrame({"title": ["x"]}))


# ---------------------------------------------------------------- bad inputs


def test_load_error_is_a_value_error() -> None:
    assert issubclass(LoadError, ValueError)
    assert toolkit.load_articles is load_articles


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.html", b"", "empty.html: empty file"),
        ("blank.txt", b"  \n\n ", "blank.txt: empty file (only white space)"),
        ("comments.txt", b"# nothing yet\n\n", "comments.txt: empty file (only blank and comment lines)"),
        ("image.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "image.html: binary data (PNG image), not text"),
        ("noise.bin.html", bytes(range(256)) * 4, "noise.bin.html: binary data, not text"),
        ("fake.html.gz", b"<html>not gzip</html>", "fake.html.gz: not a gzip file"),
        ("bad.json", b'{"articles": [', "bad.json: invalid JSON"),
        ("broken.parquet", b"PAR1 this is not parquet", "broken.parquet: not a readable Parquet file"),
        ("title-only.html", b"<html><head><title>Only a title</title></head><body></body></html>",
         "title-only.html: no article text found"),
    ],
)
def test_bad_file_raises_naming_input_and_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  name: str, content: bytes, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    Path(name).write_bytes(content)
    with pytest.raises(LoadError) as info:
        _load(name)
    assert str(info.value).startswith(message)
    articles, failures = _load(name, errors="collect")
    assert articles.empty
    validate(articles, ARTICLES)
    assert failures["input"].tolist() == [name]
    assert str(info.value) == f"{name}: {failures.loc[0, 'reason']}"


def test_jsonl_bad_line_names_the_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    lines = [json.dumps({"url": f"https://f.example/{i}", "text": f"Story {i} text."}) for i in range(8)]
    lines[6] = '{"url": "https://f.example/6", "text": '
    Path("feed.jsonl").write_text("\n".join(lines) + "\n")
    with pytest.raises(LoadError, match=r"^feed.jsonl line 7: invalid JSON \("):
        _load("feed.jsonl")
    articles, failures = _load("feed.jsonl", errors="collect")
    assert len(articles) == 7
    assert failures[["input", "stage"]].values.tolist() == [["feed.jsonl line 7", "parse"]]


def test_missing_path_and_empty_glob_raise_in_both_modes(tmp_path: Path) -> None:
    for errors in ("raise", "collect"):
        with pytest.raises(LoadError, match="no such file or folder"):
            _load(tmp_path / "nope.html", errors=errors)
        with pytest.raises(LoadError, match="no files match this pattern"):
            _load(str(tmp_path / "*.html"), errors=errors)


def test_missing_item_in_a_list_is_a_failure_row(fixtures: Path) -> None:
    articles, failures = _load(["in/page_en.html", "in/nope.html"], errors="collect")
    assert len(articles) == 1
    assert failures.to_dict("records") == [
        {"input": "in/nope.html", "stage": "read", "reason": "no such file or folder"}]


def test_invalid_errors_argument() -> None:
    with pytest.raises(ValueError, match="errors must be 'raise' or 'collect'"):
        load_articles("x", errors="ignore")


def test_dataframe_source_points_to_records_to_articles() -> None:
    with pytest.raises(TypeError, match="records_to_articles"):
        load_articles(pd.DataFrame({"text": ["x"]}))


def test_truncated_html_keeps_what_is_there(tmp_path: Path) -> None:
    html = _article("Harbour wall repairs", sentences=10)
    cut = html[: int(len(html) * 0.6)]
    assert "</html>" not in cut
    (tmp_path / "cut.html").write_text(cut, encoding="utf-8")
    row = _load(tmp_path / "cut.html").iloc[0]
    assert "meeting number 1." in row["text"]
    assert "meeting number 10." not in row["text"]


def test_truncated_gzip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    data = gzip.compress(_article("Harbour wall repairs").encode())
    Path("cut.html.gz").write_bytes(data[: len(data) // 2])
    with pytest.raises(LoadError, match=r"^cut.html.gz: truncated gzip file"):
        _load("cut.html.gz")
    lines = "".join(json.dumps({"text": f"Story {i}."}) + "\n" for i in range(2000))
    data = gzip.compress(lines.encode())
    Path("feed.jsonl.gz").write_bytes(data[: len(data) // 2])
    articles, failures = _load("feed.jsonl.gz", errors="collect")
    assert 0 < len(articles) < 2000
    assert failures["reason"].str.startswith("truncated gzip file").tolist() == [True]


def test_50mb_html_page_fails_clearly_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    chunk = _article("Harbour", sentences=50).encode()
    with open(path, "wb") as handle:
        while handle.tell() < 50 * 2**20:
            handle.write(chunk)
    tracemalloc.start()
    try:
        with pytest.raises(LoadError, match=r"file too large for one page \(50\.\d MB > 25\.0 MB limit\)"):
            _load(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5 * 2**20


def test_gzip_bomb_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html.gz"
    with gzip.open(path, "wb") as handle:
        block = b"<p>" + b"a" * 1_000_000 + b"</p>"
        for _ in range(30):
            handle.write(block)
    with pytest.raises(LoadError, match="file too large once decompressed"):
        _load(path)


@pytest.mark.slow
def test_50mb_jsonl_export_loads(tmp_path: Path) -> None:
    """A 50 MB export (raw HTML kept beside each body, as crawlers do) is streamed."""
    path = tmp_path / "crawl.jsonl"
    raw_html = "<div>" + "x" * 100_000 + "</div>"
    n = 0
    with open(path, "w", encoding="utf-8") as handle:
        while handle.tell() < 50 * 2**20:
            handle.write(json.dumps({"url": f"https://crawl.example/{n}", "raw_html": raw_html,
                                     "text": f"Story {n} about the harbour wall."}) + "\n")
            n += 1
    assert path.stat().st_size >= 50 * 2**20
    articles = _load(path)
    assert len(articles) == n
    assert articles["url"].iloc[-1] == f"https://crawl.example/{n - 1}"
    assert "raw_html" not in articles.columns


@settings(max_examples=max(40, settings.default.max_examples), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=600),
        st.text(max_size=600).map(lambda t: t.encode("utf-8")),
        st.lists(st.dictionaries(st.sampled_from(["url", "title", "text", "body", "date", "authors"]),
                                 st.one_of(st.none(), st.text(max_size=40), st.integers())),
                 max_size=4).map(lambda rows: "\n".join(json.dumps(r) for r in rows).encode()),
    ),
    st.sampled_from([".html", ".txt", ".json", ".jsonl", ".csv", ".html.gz", ".parquet"]),
)
def test_collect_never_raises_and_always_returns_valid_tables(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        articles, failures = _load(path, errors="collect")
        validate(articles, ARTICLES)
        validate(failures, FAILURES)
        assert len(articles) + len(failures) >= 1  # nothing vanishes silently


# ---------------------------------------------------------------- progress


def test_no_progress_bar_for_a_short_load(fixtures: Path, capsys: pytest.CaptureFixture) -> None:
    load_articles("in/page_en.html")
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""


def test_progress_bar_when_asked(fixtures: Path, capsys: pytest.CaptureFixture) -> None:
    load_articles("in/page_en.html", progress=True)
    assert "loading" in capsys.readouterr().err
