"""Sitemaps, news sitemaps and sitemap indexes as inputs (fixtures in tests/fixtures/sitemaps)."""

from __future__ import annotations

import pandas as pd
import pytest
from newssite import FIXTURES, PAGES, copy_filled, news_site

from toolkit.errors import LoadError
from toolkit.load import load_articles, read_links
from toolkit.load.sitemaps import sitemap_listing
from toolkit.schema import ARTICLES, LINKS, validate

OPTIONS = {"delay": 0, "timeout": 2, "retries": 0}


@pytest.fixture(scope="module")
def site():
    server = news_site(host="127.0.0.3")
    yield server
    server.stop()


def test_sitemap_index_is_followed_and_every_page_loaded(site, tmp_path):
    articles, failures = load_articles(site.url("/sitemap_index.xml"), errors="collect", progress=False,
                                       cache_dir=tmp_path / "cache", fetch_options=OPTIONS)
    validate(articles, ARTICLES)
    paths = ["/news/ferry-timetable", "/news/bakery-prize", "/news/council-thursday"]
    assert articles["source"].tolist() == [site.url(p) for p in paths]
    assert articles["title"].tolist() == [PAGES[p][0] for p in paths]
    assert (articles["format"] == "sitemap").all()
    # the news sitemap's publication date is the page's date; lastmod is not a publication date
    assert articles["published"].isna().tolist() == [True, True, False]
    assert articles.loc[2, "published"] == pd.Timestamp("2025-03-10 12:00", tz="UTC")
    assert articles.loc[2, "published_from"] == "feed"
    base = site.url("")
    assert failures.to_dict("records") == [
        {"input": f"{base}/sitemap.xml entry 3", "stage": "parse",
         "reason": "not an absolute http(s) URL: '/news/relative-path'"},
        {"input": f"{base}/sitemap.xml entry 4", "stage": "parse", "reason": "no <loc>"},
        {"input": f"{base}/news/missing-page", "stage": "fetch", "reason": "HTTP 404"},
        {"input": f"{base}/sitemap_index.xml", "stage": "parse",
         "reason": "sitemap index names itself (directly or through another index)"},
    ]
    # every sitemap and page fetched once, the gzipped news sitemap included
    for path in ("/sitemap_index.xml", "/sitemap.xml", "/news_sitemap.xml.gz", "/nested_index.xml", *paths):
        assert site.hits[path] == 1, path


def test_read_links_of_a_sitemap_index(site, tmp_path):
    links, failures = read_links(site.url("/sitemap_index.xml"), errors="collect", progress=False,
                                 cache_dir=tmp_path / "cache", fetch_options=OPTIONS)
    validate(links, LINKS)
    assert links["url"].tolist() == [site.url(p) for p in (
        "/news/ferry-timetable", "/news/bakery-prize", "/news/council-thursday", "/news/missing-page")]
    assert links["source"].tolist() == [site.url("/sitemap.xml")] * 2 + [site.url("/news_sitemap.xml.gz")] * 2
    assert links["modified"].tolist()[:2] == [pd.Timestamp("2025-03-11 10:00", tz="UTC"),
                                              pd.Timestamp("2025-03-09", tz="UTC")]
    assert links["title"].tolist()[2:] == ["Council meeting moved to Thursday", "A page the site no longer has"]
    assert links["language"].tolist()[2:] == ["en", "en"]
    assert links["published_from"].tolist()[2:] == ["feed", "feed"]
    assert len(failures) == 3  # two bad entries and the cycle; no page was fetched
    assert site.hits["/news/missing-page"] <= 1  # (only by the test above, if it ran)


def test_sitemap_file_with_urls_on_the_server(site, tmp_path):
    path = copy_filled("sitemaps/news_sitemap.xml", site.url(""), tmp_path)
    articles, failures = load_articles(str(path), errors="collect", progress=False,
                                       cache_dir=tmp_path / "cache", fetch_options=OPTIONS)
    assert articles["title"].tolist() == ["Council meeting moved to Thursday"]
    assert articles.loc[0, "language"] == "en"
    assert failures["reason"].tolist() == ["HTTP 404"]


def test_sitemap_listing_reads_namespaces_loosely():
    text = ("<urlset><url><loc>https://a.example/1</loc><lastmod>2025-03-01</lastmod></url>"
            "<url><loc> https://a.example/2 </loc></url></urlset>")
    listing = sitemap_listing(text, "plain.xml")
    assert [link.url for link in listing.links] == ["https://a.example/1", "https://a.example/2"]
    assert listing.links[0].modified == pd.Timestamp("2025-03-01", tz="UTC")


def test_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("https://leak.example/secret")
    text = (f'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY x SYSTEM "file://{secret}">]>'
            "<urlset><url><loc>&x;</loc></url></urlset>")
    listing = sitemap_listing(text, "evil.xml")
    assert not listing.links
    assert [f.reason for f in listing.failures] == ["no <loc>"]


def test_bad_sitemaps(tmp_path):
    broken = tmp_path / "sitemap.xml"
    broken.write_text('<?xml version="1.0"?><urlset><url><loc>https://a.example/1</loc></url>')
    with pytest.raises(LoadError, match=r"sitemap.xml: not a readable sitemap \(XML error"):
        load_articles(str(broken), progress=False)
    empty = tmp_path / "empty.xml"
    empty.write_text('<?xml version="1.0"?><urlset></urlset>')
    with pytest.raises(LoadError, match=r"empty.xml: sitemap names no pages"):
        load_articles(str(empty), progress=False)


def test_fixture_files_are_well_formed():
    for name in ("sitemap.xml", "news_sitemap.xml", "sitemap_index.xml", "nested_index.xml"):
        listing = sitemap_listing((FIXTURES / "sitemaps" / name).read_text().replace("@BASE@", "http://x.example"),
                                  name)
        assert listing.links or listing.sitemaps
