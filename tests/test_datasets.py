"""The bundled datasets load, agree with their answer key and follow the reference."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

import toolkit
from toolkit.clean import sentence_spans
from toolkit.datasets import data_home, label_events, sample_files
from toolkit.schema import ARTICLES, LABELS, OUTLETS, REFERENCE_EVENTS, validate
from toolkit.urls import canonical_url

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"
FORMAT_OF = {".html": "html", ".htm": "html", ".txt": "txt", ".jsonl": "jsonl", ".json": "json", ".csv": "csv"}
FAMILY = {"release": "people", "pardon": "people", "sanctions_imposed": "sanctions",
          "sanctions_eased": "sanctions", "sanctions_lifted": "sanctions", "talks": "talks"}


@pytest.fixture(scope="module")
def loaded() -> tuple[pd.DataFrame, pd.DataFrame]:
    return toolkit.load_sample(errors="collect")


@pytest.fixture(scope="module")
def articles(loaded) -> pd.DataFrame:
    return loaded[0]


@pytest.fixture(scope="module")
def labels() -> pd.DataFrame:
    return toolkit.load_sample_labels()


@pytest.fixture(scope="module")
def merged(articles, labels) -> pd.DataFrame:
    return articles.merge(labels, on="file", how="outer", suffixes=("", "_label"), indicator=True)


# --------------------------------------------------------------------------- corpus


def test_corpus_loads_without_failures(loaded):
    articles, failures = loaded
    assert failures.empty, failures.to_string()
    validate(articles, ARTICLES)


def test_corpus_size_and_variety(articles):
    assert len(articles) >= 90
    assert articles["outlet"].nunique() >= 6
    assert articles["format"].nunique() >= 3
    assert articles["language"].nunique() >= 2
    assert "unknown" not in set(articles["outlet"])
    belarus = articles[articles["file"].str.startswith("belarus/")]
    assert (belarus["format"] == "txt").sum() >= 12
    assert (belarus["format"] == "html").sum() >= 22
    assert (belarus["file"].str.startswith("belarus/api_export.jsonl#")).sum() >= 20
    assert {"ru", "en"} <= set(belarus["language"]) and belarus["language"].nunique() >= 3


def test_sources_are_relative_and_ids_unique(articles):
    assert articles["article_id"].is_unique
    assert all(s.startswith("sample/") for s in articles["source"])


def test_part_filter_and_unknown_part():
    belarus = toolkit.load_sample("belarus")
    assert belarus["file"].str.startswith("belarus/").all()
    with pytest.raises(ValueError, match="unknown sample part"):
        toolkit.load_sample("nonsense")


def test_top_level_files_are_not_articles():
    files = {p.relative_to(SAMPLE).as_posix() for p in sample_files()}
    assert "labels.csv" not in files and "build_labels.py" not in files
    assert all("/" in f for f in files)


# --------------------------------------------------------------------------- corpus vs labels


def test_every_article_has_one_label_row_and_back(merged, labels):
    assert labels["file"].is_unique
    unmatched = merged[merged["_merge"] != "both"]
    assert unmatched.empty, unmatched[["file", "_merge"]].to_string()


def test_counts_per_file_match(articles, labels):
    loaded_counts = articles["file"].str.split("#").str[0].value_counts().sort_index()
    label_counts = labels["file"].str.split("#").str[0].value_counts().sort_index()
    pd.testing.assert_series_equal(loaded_counts, label_counts, check_names=False)


def test_formats_match_file_kinds(articles):
    expected = articles["file"].str.split("#").str[0].map(lambda f: FORMAT_OF[Path(f).suffix])
    assert (articles["format"] == expected).all()


def test_outlets_and_languages_match_labels(merged):
    assert (merged["outlet"] == merged["outlet_label"]).all(), merged.loc[
        merged["outlet"] != merged["outlet_label"], ["file", "outlet", "outlet_label"]].to_string()
    wrong = merged[merged["language"] != merged["language_label"]]
    assert wrong.empty, wrong[["file", "language", "language_label"]].to_string()


def test_urls_match_labels(merged):
    with_url = merged[merged["url"].notna()]
    assert len(with_url) >= 0.8 * len(merged)
    bad = with_url[with_url["url"] != with_url["url_label"].map(canonical_url)]
    assert bad.empty, bad[["file", "url", "url_label"]].to_string()


def test_copies_point_to_articles_in_the_corpus(articles, labels):
    copies = labels[labels["copy_of"].notna()]
    assert len(copies) >= 10
    label_urls = {canonical_url(u) for u in labels["url"].dropna()}
    loaded_urls = set(articles["url"].dropna())
    for key, target in zip(copies["file"], copies["copy_of"], strict=True):
        assert canonical_url(target) in label_urls, f"{key}: copy_of {target} is not in the corpus"
        assert canonical_url(target) in loaded_urls, f"{key}: copy_of {target} was not loaded with that URL"
    belarus_copies = copies[copies["topic"] == "belarus"]
    assert belarus_copies["copy_of"].value_counts().max() >= 3  # one wire story, several aggregator copies


# --------------------------------------------------------------------------- aggregator dumps

_LINK_LINE = re.compile(r"^(Go to Source|Source: .+|Continue reading at the source.*)$")
_TEASER_SUFFIX = re.compile(r"\s*(Read More( »)?|Continue reading)$")
_DATELINE = re.compile(r"^([A-Z]{3,}[A-Z .'-]*(?:,[^:—–(\n]{0,30})?)\s*(?:\([^)]{1,30}\))?\s*[:—–-]\s")


def _dump_parts(raw: str) -> dict:
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    title_at = next(i for i in range(len(lines) - 1) if lines[i] == lines[i + 1])
    link_at = next(i for i in range(title_at + 3, len(lines)) if _LINK_LINE.match(lines[i]))
    return {
        "header": lines[:title_at],
        "title": lines[title_at],
        "caption": lines[title_at + 2],
        "body": lines[title_at + 3:link_at],
        "tail": lines[link_at:],
    }


def _dumps(articles: pd.DataFrame) -> pd.DataFrame:
    return articles[articles["format"] == "txt"]


def test_there_are_enough_dumps(articles):
    assert len(_dumps(articles)) >= 12


def test_dumps_meet_the_seed_standard(articles):
    for row in _dumps(articles).itertuples():
        raw = (SAMPLE / row.file).read_text(encoding="utf-8")
        parts = _dump_parts(raw)
        text = row.text
        where = row.file
        # title once, out of the text; header (date, weather, place, site name) out
        assert row.title == parts["title"], where
        assert not text.startswith(parts["title"]), where
        for line in parts["header"]:
            assert line not in text, f"{where}: header line {line!r} in text"
        # caption split out
        assert pd.notna(row.caption) and parts["caption"][:40] in row.caption, where
        assert parts["caption"] not in text, where
        # link line, teasers and section headings out of the text, teasers in related
        for line in parts["tail"]:
            line = _TEASER_SUFFIX.sub("", line)
            if len(line) > 20:
                assert line not in text, f"{where}: chrome or teaser {line!r} in text"
        assert "Read More" not in text and "Go to Source" not in text, where
        assert len(row.related) >= 2, where
        # dateline split out when the body opens with one
        match = _DATELINE.match(parts["body"][0])
        if match:
            place = match.group(1).split(",")[0].strip()
            assert pd.notna(row.dateline) and row.dateline.upper().startswith(place.upper()), where
            assert not text.upper().startswith(place.upper()), where
        # repeated sentences once, nothing else lost
        sentences = [text[a:b] for a, b in sentence_spans(text)]
        repeated = {s for s in sentences if sentences.count(s) > 1 and len(s) > 30}
        assert not repeated, f"{where}: repeated {sorted(repeated)[:2]}"
        body_words = sum(len(line.split()) for line in parts["body"])
        assert row.n_words >= 0.6 * body_words, where


def test_dumps_have_the_aggregator_faults_they_should(articles):
    raws = [(SAMPLE / f).read_text(encoding="utf-8") for f in _dumps(articles)["file"]]
    joined = "\n".join(raws)
    assert re.search(r"[a-z]\.[A-Z][a-z]", joined)  # missing space after a full stop
    for spelling in ("Lukashenka", "Tsikhnouskaya", "Mink "):
        assert spelling in joined
    with_repeats = 0
    for raw in raws:
        body = " ".join(_dump_parts(raw)["body"])
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", body) if len(s) > 40]
        with_repeats += len(sentences) != len(set(sentences))
    assert with_repeats >= 5


# --------------------------------------------------------------------------- answer key


def test_labels_follow_the_schema(labels):
    validate(labels, LABELS)
    assert set(labels["topic"]) >= {"belarus"} and labels["topic"].nunique() >= 5
    for events in labels["events"]:
        assert isinstance(json.loads(events), list)


def test_every_belarus_article_states_events(labels):
    events = label_events(labels)
    belarus = labels[labels["topic"] == "belarus"]
    assert set(belarus["file"]) <= set(events["file"])
    assert set(events["event_type"]) == set(FAMILY)
    assert {"reported", "expected", "demanded", "denied"} <= set(events["modality"])
    assert events["cumulative"].sum() >= 10
    cumulative = events[events["cumulative"]]
    assert cumulative["period_start"].notna().all() and cumulative["count"].notna().all()


def test_reported_events_are_not_after_publication(articles, labels):
    events = label_events(labels).merge(articles[["file", "published"]], on="file")
    dated = events[events["date"].notna() & events["published"].notna() & (events["modality"] == "reported")]
    assert len(dated) >= 150
    late = dated[dated["date"] > dated["published"]]
    assert late.empty, late[["file", "event_type", "date", "published"]].to_string()


def test_labelled_events_follow_the_reference(labels):
    reference = toolkit.load_reference_events()
    events = label_events(labels)
    events = events[(events["modality"] == "reported") & ~events["cumulative"] & events["date"].notna()]
    for event in events.itertuples():
        family = FAMILY[event.event_type]
        if event.date_precision == "day":
            near = reference[(reference["date"] - event.date).abs() <= pd.Timedelta(days=2)]
        else:
            freq = "M" if event.date_precision == "month" else "Y"
            near = reference[reference["date"].dt.tz_localize(None).dt.to_period(freq) == event.date.tz_localize(None).to_period(freq)]
        if family != "talks":
            near = near[near["event_type"].map(lambda t: FAMILY.get(t)) == family]
        assert not near.empty, f"{event.file}: {event.event_type} {event.date:%Y-%m-%d} not in the reference"


# --------------------------------------------------------------------------- reference, outlets, seed


def test_reference_loads_with_the_schema():
    reference = toolkit.load_reference_events()
    validate(reference, REFERENCE_EVENTS)
    assert len(reference) >= 40 and reference["ref_id"].is_unique
    assert reference["date"].min() >= pd.Timestamp("2024-07-01", tz="UTC")
    assert reference["date"].max() <= pd.Timestamp("2025-12-31", tz="UTC")
    assert reference["evidence_urls"].map(len).min() >= 1
    disagreements = reference[reference["disagreement"]]
    assert len(disagreements) >= 2
    several = reference["count_text"].fillna("").str.contains("/")
    assert reference.loc[several, "count"].isna().all() and reference.loc[several, "disagreement"].all()
    assert {"high", "medium", "low"} == set(reference["confidence"])


def test_outlets_cover_every_outlet_in_the_corpus(articles, labels):
    outlets = toolkit.load_outlets()
    validate(outlets, OUTLETS)
    assert outlets["outlet"].is_unique
    registry = outlets.set_index("outlet")
    missing = (set(articles["outlet"]) | set(labels["outlet"])) - set(registry.index)
    assert not missing, f"outlets missing from data/outlets.csv: {sorted(missing)}"
    for outlet, kind in labels[["outlet", "outlet_type"]].drop_duplicates().itertuples(index=False):
        assert registry.loc[outlet, "type"] == kind, outlet
    assert registry["state_affiliated"].any() and not registry["state_affiliated"].all()


def test_seed_loads_as_one_article():
    seed = toolkit.load_seed()
    validate(seed, ARTICLES)
    assert len(seed) == 1
    assert seed.loc[0, "format"] == "txt" and seed.loc[0, "source"] == "seeds/000_75a6d9dd27e3569d.txt"
    assert "123" in seed.loc[0, "text"]


# --------------------------------------------------------------------------- data home


def test_data_home_from_environment(tmp_path, monkeypatch):
    shutil.copy(data_home() / "outlets.csv", tmp_path / "outlets.csv")
    with (tmp_path / "outlets.csv").open("a", encoding="utf-8") as handle:
        handle.write("mine.example,My Outlet,broadsheet,FR,fr,False\n")
    monkeypatch.setenv("TOOLKIT_DATA", str(tmp_path))
    assert data_home() == tmp_path
    assert "mine.example" in set(toolkit.load_outlets()["outlet"])


def test_missing_data_home_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_DATA", str(tmp_path / "nowhere"))
    with pytest.raises(FileNotFoundError, match="TOOLKIT_DATA"):
        toolkit.load_reference_events()


def test_non_article_file_in_the_corpus_is_an_error(tmp_path, monkeypatch):
    folder = tmp_path / "sample" / "belarus" / "x.example"
    folder.mkdir(parents=True)
    (folder / "notes.md").write_text("notes", encoding="utf-8")
    (tmp_path / "sample" / "labels.csv").write_text("file\n", encoding="utf-8")
    monkeypatch.setenv("TOOLKIT_DATA", str(tmp_path))
    with pytest.raises(ValueError, match="not an article format"):
        sample_files()


def test_bad_outlet_registry_is_reported(tmp_path, monkeypatch):
    (tmp_path / "outlets.csv").write_text(
        "outlet,name,type,country,language,state_affiliated\na.example,A,wire,GB,en,yes\n", encoding="utf-8"
    )
    monkeypatch.setenv("TOOLKIT_DATA", str(tmp_path))
    with pytest.raises(ValueError, match="state_affiliated"):
        toolkit.load_outlets()
