"""Tests of the clean stage: tidy_article, parse_text, sentence_spans."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from toolkit.clean import (
    dedupe_sentences,
    fix_sentence_spacing,
    normalize_text,
    parse_text,
    sentence_spans,
    split_dateline,
    tidy_article,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_75a6d9dd27e3569d.txt"
DUMPS = Path(__file__).resolve().parent / "fixtures" / "dumps"

SEED_TITLE = "Belarusian leader pardons 123 prisoners in exchange for lifting of some sanctions"


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


# ---------------------------------------------------------------------------
# The seed page dump


@pytest.fixture(scope="module")
def seed() -> dict:
    return parse_text(SEED.read_text(encoding="utf-8"))


def test_seed_is_one_article_with_title_once(seed):
    assert isinstance(seed, dict)  # one record, not a list
    assert seed["title"] == SEED_TITLE
    assert SEED_TITLE not in seed["text"]


def test_seed_published_from_header(seed):
    assert seed["published"] == "2025-12-13T00:00:00+00:00"
    assert seed["published_from"] == "header"


def test_seed_dateline_moved_out_of_text(seed):
    assert seed["dateline"] == "VILNIUS, LITHUANIA"
    assert "VILNIUS" not in seed["text"]
    assert seed["text"].startswith("Belarus’ authoritarian leader Alexander Lukashenko has pardoned 123")


def test_seed_caption_with_credit_not_in_text(seed):
    assert seed["caption"].startswith("In this photo released by Belarusian presidential press service")
    assert seed["caption"].endswith("(Belarusian Presidential Press Service via AP)")
    assert "shake hands" not in seed["text"]
    assert "via AP" not in seed["text"]


def test_seed_wire_is_ap(seed):
    assert seed["wire"] == "AP"


@pytest.mark.parametrize(
    "sentence",
    [
        "A close ally of Russia, Minsk has faced Western isolation and sanctions for years.",
        "Lukashenko has ruled the nation of 9.5 million with an iron fist for more than three decades",
    ],
)
def test_seed_repeated_sentences_once(seed, sentence):
    assert seed["text"].count(sentence) == 1


def test_seed_glued_sentences_split(seed):
    sentences = _sentences(seed["text"])
    first = [s for s in sentences if "July 2024." in s]
    second = [s for s in sentences if "John Coale" in s]
    assert first and second
    assert first[0].endswith("since July 2024.")
    assert second[0].startswith("John Coale, the U.S. special envoy")
    assert "2024.John" not in seed["text"]


@pytest.mark.parametrize(
    "chrome",
    ["17.1 C", "New Delhi", "Go to Source", "Hot this week", "Topics", "Related Articles", "Read More"],
)
def test_seed_no_chrome_in_text(seed, chrome):
    assert chrome not in seed["text"]


@pytest.mark.parametrize(
    "teaser", ["Messi", "Gurjit Singh", "Raed Saed", "Ram Mandir", "Dubai", "Musk", "Seattle"]
)
def test_seed_no_teasers_in_text_but_in_related(seed, teaser):
    assert teaser not in seed["text"]
    assert any(teaser in (item["title"] or "") + (item["summary"] or "") for item in seed["related"])


def test_seed_text_ends_with_putin_quotation(seed):
    assert seed["text"].endswith("“Naturally, President Putin may accept some advice and not others,” Coale said.")


def test_seed_related_items_once_with_title_and_summary(seed):
    titles = [item["title"] for item in seed["related"]]
    assert len(titles) == len(set(titles)) == 8
    assert all(item["title"] and item["summary"] for item in seed["related"])
    messi = next(i for i in seed["related"] if i["title"].startswith("Rahul Gandhi Joins Lionel Messi"))
    assert messi["summary"].startswith("Rahul Gandhi met Lionel Messi in Hyderabad")
    assert messi["summary"].endswith("the football legend.")  # "Read More" stripped


def test_seed_language_and_word_count(seed):
    assert seed["language"] == "en"
    assert seed["n_words"] == len(re.findall(r"\w+(?:[-'’.]\w+)*", seed["text"]))
    assert 400 < seed["n_words"] < 560


def test_seed_record_validates_against_schema(seed):
    from toolkit.schema import ARTICLES, validate

    row = {**seed, "article_id": "x", "outlet": "aggregator.example", "source": str(SEED.name)}
    frame = ARTICLES.from_records([row])
    validate(frame, ARTICLES)
    assert str(frame.loc[0, "published"]) == "2025-12-13 00:00:00+00:00"
