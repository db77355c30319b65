"""RSS and Atom feeds as inputs: items as articles, or their pages fetched on request.

Fixtures in tests/fixtures/feeds (written for the project); feeds given as
URLs and the pages they name are served by a loopback server.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newssite import FIXTURES, PAGES, copy_filled, news_site

from toolkit.errors import LoadError
from toolkit.load import load_articles, read_links
from toolkit.load.feeds import html_to_text
from toolkit.schema import ARTICLES, FAILURES, LINKS, validate

FEEDS = FIXTURES / "feeds"
OPTIONS = {"delay": 0, "timeout": 2, "retries": 0}


@pytest.fixture(scope="module")
def site():
    server = news_site()
    yield server
    server.stop()


def _load(source, tmp_path, **kwargs):
    return load_articles(source, progress=False, cache_dir=tmp_path / "cache", fetch_options=OPTIONS, **kwargs)


def test_rss_file_items_are_articles(site, tmp_path):
    path = copy_filled("feeds/rss.xml", site.url(""), tmp_path)
    articles, failures = _load(str(path), tmp_path, errors="collect")
    validate(articles, ARTICLES)
    assert articles["title"].tolist() == [
        "Ferry timetable changes for the spring season",
        "Bakery on Quay Street wins regional bread prize",
    ]
    assert (articles["format"] == "feed").all() and (articles["source"] == str(path)).all()
    first, second = (articles.iloc[i] for i in range(2))
    # the full content (content:encoded) wins over the one-line description
    assert first["text"].startswith("The island ferry will run two extra crossings on weekends from April")
    assert "shortly before midnight" in first["text"]
    assert first["published"] == pd.Timestamp("2025-03-11 08:15", tz="UTC")
    assert first["published_from"] == "feed"
    assert first["authors"] == ["Lena Marsh"] and first["language"] == "en"
    assert first["url"] == site.url("/news/ferry-timetable")
    # an HTML description becomes paragraphs of text; "email (Name)" gives the name
    assert second["text"] == ("A family bakery in the old port has won the regional prize for its rye loaf.\n\n"
                              "The jury tasted more than forty breads over two days.")
    assert second["published"] == pd.Timestamp("2025-03-09 16:40", tz="UTC")
    assert second["authors"] == ["Tom Reyes"]
    # a relative link in a file has no address to be resolved against (the
    # channel's <link> is not one the RSS spec gives); an item without any
    # text is a failure that says what to do
    assert failures.to_dict("records") == [
        {"input": f"{path} item 4", "stage": "parse",
         "reason": "feed item has relative link 'news/relative-item' (no base URL)"},
        {"input": f"{path} item 3", "stage": "parse",
         "reason": "feed item has no summary or content (fetch_feed_items=True loads its page instead)"}]
    assert site.hits["/news/ferry-timetable"] == 0  # nothing was fetched


def test_feed_url_with_its_pages_fetched(site, tmp_path):
    articles, failures = _load(site.url("/rss.xml"), tmp_path, errors="collect", fetch_feed_items=True)
    validate(articles, ARTICLES)
    expected = [PAGES[p][0] for p in ("/news/ferry-timetable", "/news/bakery-prize", "/news/council-thursday")]
    assert articles["title"].tolist() == expected
    assert articles["source"].tolist() == [site.url(p) for p in
                                           ("/news/ferry-timetable", "/news/bakery-prize", "/news/council-thursday")]
    assert (articles["format"] == "feed").all()
    # the page text, with the feed's date and author filling the page's gaps
    assert articles.loc[0, "text"].startswith("The island ferry will run two extra crossings")
    assert articles.loc[0, "published"] == pd.Timestamp("2025-03-11 08:15", tz="UTC")
    assert articles.loc[0, "published_from"] == "feed"
    assert articles.loc[0, "authors"] == ["Lena Marsh"]
    assert articles.loc[2, "published"] == pd.Timestamp("2025-03-10 12:00", tz="UTC")
    assert failures.to_dict("records") == [
        {"input": site.url("/news/relative-item"), "stage": "fetch", "reason": "HTTP 404"}]


def test_atom_feed_in_german(tmp_path):
    articles = _load(str(FEEDS / "atom.xml"), tmp_path)
    assert articles["title"].tolist() == ["Stadtbibliothek öffnet nach drei Jahren wieder",
                                          "Hafenfest fällt wegen Sturmwarnung aus"]
    assert articles["authors"].tolist() == [["Jana Vogel", "Peter Brandt"], ["Jana Vogel"]]
    # <published> when given, else <updated>; offsets to UTC
    assert articles["published"].tolist() == [pd.Timestamp("2025-03-10 06:00", tz="UTC"),
                                              pd.Timestamp("2025-03-12 08:30", tz="UTC")]
    assert articles["language"].tolist() == ["de", "de"]
    assert articles.loc[0, "text"].startswith("Die Stadtbibliothek hat am Montag in einem Neubau")
    assert articles.loc[1, "url"] == "https://lindenburger-anzeiger.example/lokales/hafenfest"


def test_feed_in_windows_1251_declared_in_the_xml_declaration(tmp_path):
    assert b"windows-1251" in (FEEDS / "rss_cp1251.xml").read_bytes()[:60]
    [row] = _load(str(FEEDS / "rss_cp1251.xml"), tmp_path).to_dict("records")
    assert row["title"] == "В Вестмире открылась новая библиотека"
    assert row["text"].startswith("В прибрежном городке Вестмир в понедельник")
    assert row["language"] == "ru"


def test_read_links_of_a_feed(site, tmp_path):
    links, failures = read_links([site.url("/rss.xml"), str(FEEDS / "atom.xml")], errors="collect",
                                 cache_dir=tmp_path / "cache", fetch_options=OPTIONS, progress=False)
    validate(links, LINKS)
    validate(failures, FAILURES)
    assert len(links) == 6 and failures.empty
    assert links["url"].tolist()[:3] == [site.url(p) for p in
                                         ("/news/ferry-timetable", "/news/bakery-prize", "/news/council-thursday")]
    assert (links["format"] == "feed").all()
    assert links["source"].tolist() == [site.url("/rss.xml")] * 4 + [str(FEEDS / "atom.xml")] * 2
    assert links.loc[4, "modified"] == pd.Timestamp("2025-03-10 08:00", tz="UTC")
    assert pd.isna(links.loc[2, "summary"]) and links.loc[2, "title"] == "Council meeting moved to Thursday"


def test_relative_link_in_a_feed_file_without_base(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
                    "<item><title>Relative</title><link>/news/1</link><description>Text of it.</description></item>"
                    "</channel></rss>")
    articles, failures = _load(str(path), tmp_path, errors="collect")
    assert articles.empty
    assert failures.to_dict("records") == [
        {"input": f"{path} item 1", "stage": "parse", "reason": "feed item has relative link '/news/1' (no base URL)"}]


def test_not_a_feed(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text('<?xml version="1.0"?><catalogue><book>Not news</book></catalogue>')
    with pytest.raises(LoadError, match=r"feed.xml: not an RSS/Atom feed or a sitemap"):
        _load(str(path), tmp_path)
    broken = tmp_path / "broken.rss"
    broken.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</ti')
    articles, failures = _load(str(broken), tmp_path, errors="collect")
    assert articles.empty and len(failures) == 1
    assert failures.loc[0, "input"] == str(broken)


def test_html_to_text():
    assert html_to_text("<p>One <b>bold</b> line.</p><p>Two<br>lines.</p>") == "One bold line.\n\nTwo\nlines."
    assert html_to_text("plain   text") == "plain text"
    assert html_to_text("  ") is None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=400), st.text(max_size=400).map(
    lambda t: f'<?xml version="1.0"?><rss version="2.0"><channel><item><title>{t}</title>'
              f"<link>https://a.example/{len(t)}</link><description>{t}</description></item></channel></rss>"
    .encode())), st.sampled_from([".rss", ".atom", ".xml", ".xml.gz"]))
def test_collect_never_raises_on_any_feed_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"feed{suffix}"
        path.write_bytes(data)
        articles, failures = load_articles(str(path), errors="collect", progress=False,
                                           cache_dir=Path(folder) / "c", fetch_options={"robots": False})
        validate(articles, ARTICLES)
        validate(failures, FAILURES)
        assert len(articles) + len(failures) >= 1
