"""Tests for toolkit.extract.parse_html on small fixture pages written for the project.

The pages in tests/fixtures/html/ are fictional outlets on .example domains with
realistic page chrome (navigation, cookie banner, share bar, related links,
comments, footer).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from toolkit.extract import parse_html
from toolkit.schema import ARTICLES

FIXTURES = Path(__file__).parent / "fixtures" / "html"
ARTICLE_URL = "https://daily.example/world/2025/rail-link-talks-resume?utm_source=feed"
BLOG_URL = "https://harbour-notes.example/2024/11/05/notes-from-the-harbour-archive/"
LOCAL_URL = "https://stadtanzeiger.example/lokales/buslinie"


def _page(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def article() -> dict:
    return parse_html(_page("daily_example_article.html"), url=ARTICLE_URL)


@pytest.fixture(scope="module")
def blog() -> dict:
    return parse_html(_page("url_date_blog.html"), url=BLOG_URL)


@pytest.fixture(scope="module")
def local() -> dict:
    return parse_html(_page("text_date_page.html"), url=LOCAL_URL)


# --- title ---------------------------------------------------------------------------------


def test_title_without_site_suffix(article):
    assert article["title"] == "Rail link talks resume after two-year pause"


def test_title_not_the_logo_h1(blog):
    # the blog's first <h1> is its name; the <title> ends in " - Harbour Notes"
    assert blog["title"] == "Notes from the harbour archive"


def test_title_with_double_colon_separator(local):
    assert local["title"] == "Neue Buslinie verbindet Altstadt und Hafen"


def test_title_appears_once_not_repeated_in_text(article):
    assert article["title"] not in article["text"]


# --- dates -----------------------------------------------------------------------------------


def test_date_from_meta_keeps_the_page_offset(article):
    assert article["published"] == "2025-06-21T00:30:00+02:00"
    assert article["published_from"] == "meta"
    # the same instant in UTC once the frame is typed
    frame = ARTICLES.from_records([{**article, "article_id": "a", "outlet": "daily.example",
                                    "source": "test", "n_words": article["n_words"]}])
    assert frame.loc[0, "published"] == pd.Timestamp("2025-06-20T22:30:00Z")


def test_modified_time_is_not_the_publication_date(article):
    assert not article["published"].startswith("2025-06-23")


def test_date_only_in_url(blog):
    assert blog["published"].startswith("2024-11-05")
    assert blog["published_from"] == "url"


def test_date_only_in_text(local):
    assert local["published"].startswith("2025-03-03")
    assert local["published_from"] == "text"


def test_no_date_anywhere_gives_none():
    page = ("<html><head><title>Garden notes</title></head><body><article><h1>Garden notes</h1>"
            "<p>Tomatoes need sun, water and patience; this year the first fruit came late "
            "because the spring was cold and wet in the valley.</p></article></body></html>")
    rec = parse_html(page, url="https://garden.example/notes/tomatoes")
    assert rec["published"] is None
    assert rec["published_from"] is None


# --- authors ---------------------------------------------------------------------------------


def test_authors_cleaned_of_by_role_and_outlet(article):
    # JSON-LD says "By Jane Doe, Staff Reporter" plus the outlet as an Organization
    assert article["authors"] == ["Jane Doe"]


def test_authors_from_byline_element(blog):
    assert blog["authors"] == ["Anna Berg"]


def test_authors_from_byline_in_text(local):
    assert local["authors"] == ["Max Beispielmann"]


@pytest.mark.parametrize(
    ("meta_author", "expected"),
    [
        ("By JANE DOE and John Roe", ["JANE DOE", "John Roe"]),
        ("Von Max Muster, Redakteur", ["Max Muster"]),
        ("Jane Doe (jane.doe@daily.example)", ["Jane Doe"]),
        ("Jane Doe | 21 June 2025", ["Jane Doe"]),
        ("Daily Example", []),
        ("https://daily.example/staff/jane", []),
    ],
)
def test_author_meta_cleaning(meta_author, expected):
    page = (
        '<html><head><title>A story</title><meta property="og:site_name" content="Daily Example">'
        f'<meta name="author" content="{meta_author}"></head><body><article><h1>A story</h1>'
        "<p>The council approved the new budget on Tuesday after a long debate about school "
        "repairs, bus routes and the cost of winter road maintenance.</p></article></body></html>"
    )
    assert parse_html(page, url="https://daily.example/a-story")["authors"] == expected


# --- url, language, caption, related --------------------------------------------------------


def test_canonical_url_from_link(article):
    assert article["url"] == "https://daily.example/world/2025/rail-link-talks-resume"


def test_url_falls_back_to_given_url(blog):
    assert blog["url"] == BLOG_URL


def test_relative_canonical_is_resolved():
    page = ('<html><head><title>T</title><link rel="canonical" href="/news/t"></head>'
            "<body><p>Some words here for the body of the page that is short.</p></body></html>")
    assert parse_html(page, url="https://paper.example/x?y=1")["url"] == "https://paper.example/news/t"


def test_language_from_html_lang(article, local):
    assert article["language"] == "en"
    assert local["language"] == "de"


def test_caption_with_credit_kept_out_of_text(article):
    assert article["caption"] == (
        "Delegates arrive at the central station in Northport on Friday. "
        "(Photo: Sam Lee / Daily Example)"
    )
    assert "Delegates arrive" not in article["text"]
    assert "Sam Lee" not in article["text"]


def test_related_links_exposed_with_their_own_summary(article):
    assert article["related"] == [
        {"title": "Ferry fares rise for the third year running", "summary": "Operators blame fuel costs."},
        {"title": "A short history of the estuary bridge plans", "summary": None},
    ]


# --- body text -------------------------------------------------------------------------------


def test_body_paragraphs_separated_by_blank_lines(article):
    paras = article["text"].split("\n\n")
    assert len(paras) == 5
    assert paras[0].startswith("Negotiators from the two port cities")
    assert paras[-1].endswith("makes daily travel unreliable.")


@pytest.mark.parametrize(
    "chrome",
    [
        "cookies",  # cookie banner
        "Business",  # navigation
        "Share on Facebook",  # share bar
        "Ferry fares rise",  # related links
        "Related stories",
        "waited years for a train",  # comments
        "Reader42",
        "All rights reserved",  # footer
        "Privacy policy",
        "By Jane Doe",  # byline
    ],
)
def test_chrome_out_of_text(article, chrome):
    assert chrome not in article["text"]


def test_blog_chrome_out_of_text(blog):
    assert "Share this" not in blog["text"]
    assert "Archive" not in blog["text"]
    assert blog["text"].startswith("The harbour archive opened its reading room")


def test_teaser_heading_and_link_out_of_text(local):
    assert "Lesen Sie auch" not in local["text"]
    assert "Parkhaus" not in local["text"]
    assert "Impressum" not in local["text"]
    assert local["text"].endswith("nach sechs Monaten auswerten.")


def test_record_has_article_fields(article):
    for name in ("url", "title", "published", "published_from", "authors", "language",
                 "caption", "text", "related", "n_words"):
        assert name in article
    assert article["n_words"] == len(article["text"].split())


# --- bytes and charsets ----------------------------------------------------------------------


def test_bytes_with_meta_charset_cp1251():
    page = (
        '<html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "<title>Новый мост через реку | Пример</title></head><body><article><h1>Новый мост через реку</h1>"
        "<p>Строительство нового моста через реку начнётся весной, сообщили в городской "
        "администрации во вторник. Мост соединит два района города.</p>"
        "<p>Движение по старому мосту будет ограничено на время работ, добавили в администрации.</p>"
        "</article></body></html>"
    )
    rec = parse_html(page.encode("cp1251"), url="https://primer.example/news/most")
    assert rec["title"] == "Новый мост через реку"
    assert "Строительство нового моста" in rec["text"]
    assert rec["language"] == "ru"


def test_bytes_utf8_with_bom():
    page = _page("daily_example_article.html").encode("utf-8-sig")
    assert parse_html(page, url=ARTICLE_URL)["title"] == "Rail link talks resume after two-year pause"


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        (b"", "empty"),
        (b"\x00\x01\x02\x03\x04\x05" * 200, "not HTML"),
        ("Just a line of plain text, no markup at all.", "not HTML"),
        (12345, "not HTML"),
    ],
)
def test_bad_input_raises_clear_error(bad, reason):
    with pytest.raises(ValueError, match=reason):
        parse_html(bad)


def test_input_is_not_modified():
    page = _page("url_date_blog.html")
    before = str(page)
    parse_html(page, url=BLOG_URL)
    assert page == before


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jane Doe Fr.", ["Jane Doe"]),  # a weekday left behind by a removed date
        ("Jane K.", ["Jane K."]),  # one letter at the end is an initial, never a weekday
        ("Deutscher Caritasverband e. V.", ["Deutscher Caritasverband e. V."]),
        ("National Desk", []),  # a desk, not a person
        ("Post author: Anna Berg", ["Anna Berg"]),
        ("Jane Doe on 3 May 2024", ["Jane Doe"]),
    ],
)
def test_byline_cleaning_words_come_from_language_data(raw, expected):
    from toolkit.clean.html_authors import clean_name

    assert clean_name(raw) == expected
