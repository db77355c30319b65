"""Events stage: dates, counts, modality, names, the seed's expectations, consolidation."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

from toolkit.clean import parse_text
from toolkit.events import (
    UnsupportedLanguageWarning,
    available_languages,
    compare_to_reference,
    consolidate_events,
    counts_compatible,
    events_from_text,
    extract_events,
    labels_to_events,
    score_mentions,
    unsupported_articles,
)
from toolkit.gazetteer import Gazetteer, load_gazetteer, normalize_name
from toolkit.schema import CONSOLIDATED_EVENTS, EVENTS, validate

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_75a6d9dd27e3569d.txt"
SAT = pd.Timestamp("2025-12-13 15:00", tz="UTC")  # a Saturday


def day(s: str) -> pd.Timestamp:
    return pd.Timestamp(s, tz="UTC")


def one(text: str, published=SAT, language: str = "en") -> dict:
    rows = events_from_text(text, published, language)
    assert len(rows) == 1, [(r["event_type"], r["evidence"]) for r in rows]
    return rows[0]


# ------------------------------------------------------------------ seed ---


@pytest.fixture(scope="module")
def seed_events() -> pd.DataFrame:
    rec = parse_text(SEED.read_text(encoding="utf-8"))
    frame = pd.DataFrame([{**rec, "article_id": "seed", "outlet": "seed.example"}])
    frame["published"] = pd.to_datetime(frame["published"], utc=True)
    return extract_events(frame)


def _find(ev: pd.DataFrame, **conds) -> pd.DataFrame:
    mask = pd.Series(True, index=ev.index)
    for col, value in conds.items():
        mask &= ev[col].astype(object).eq(value)
    return ev[mask]


def test_seed_table_matches_schema(seed_events: pd.DataFrame) -> None:
    validate(seed_events, EVENTS)


def test_seed_pardon_of_123_on_13_december(seed_events: pd.DataFrame) -> None:
    hit = _find(seed_events, event_type="pardon", count=123, count_qualifier="exact",
                modality="reported", cumulative=False)
    assert len(hit) >= 1
    row = hit.iloc[0]
    assert row["date"] == day("2025-12-13") and row["date_precision"] == "day"
    assert row["actor"] == "Belarus"
    assert row["cameo"] == "0841"


def test_seed_us_sanctions_relief_on_13_december(seed_events: pd.DataFrame) -> None:
    relief = seed_events[seed_events["event_type"].isin(["sanctions_lifted", "sanctions_eased"])
                         & seed_events["date"].eq(day("2025-12-13"))
                         & seed_events["modality"].eq("reported")]
    assert len(relief) >= 1
    assert "US" in set(relief["actor"].dropna())
    assert set(relief["cameo"]) == {"085"}


def test_seed_september_release_into_lithuania_and_easing(seed_events: pd.DataFrame) -> None:
    rel = _find(seed_events, event_type="release", count=50, count_qualifier="more_than",
                cumulative=False)
    assert len(rel) == 1
    row = rel.iloc[0]
    assert row["date"] == day("2025-09-01") and row["date_precision"] == "month"
    assert row["place"] == "Lithuania"
    eased = _find(seed_events, event_type="sanctions_eased", date_precision="month")
    assert len(eased) == 1
    assert eased.iloc[0]["date"] == day("2025-09-01")
    assert eased.iloc[0]["actor"] == "US"


def test_seed_running_total_is_cumulative(seed_events: pd.DataFrame) -> None:
    tot = _find(seed_events, count=430)
    assert len(tot) == 1
    row = tot.iloc[0]
    assert bool(row["cumulative"]) is True
    assert row["count_qualifier"] == "more_than"
    assert row["period_start"] == day("2024-07-01")
    assert row["event_type"] == "release"


def test_seed_talks_on_friday_and_saturday_in_minsk(seed_events: pd.DataFrame) -> None:
    talks = seed_events[seed_events["event_type"].eq("talks")
                        & seed_events["place"].eq("Minsk")]
    dates = set(talks["date"])
    assert {day("2025-12-12"), day("2025-12-13")} <= dates
    row = talks[talks["date"].eq(day("2025-12-12"))].iloc[0]
    assert "Alexander Lukashenko" in row["people"] and "John Coale" in row["people"]
    assert set(row["actor"].split("/")) == {"US", "Belarus"}


def test_seed_expected_group_is_not_a_release(seed_events: pd.DataFrame) -> None:
    exp = seed_events[seed_events["evidence"].str.contains("another large group", regex=False)
                      & seed_events["event_type"].eq("release")]
    assert len(exp) == 1
    assert exp.iloc[0]["modality"] == "expected"
    assert pd.isna(exp.iloc[0]["date"]) and exp.iloc[0]["date_reason"]
    merged = consolidate_events(seed_events)
    assert merged.attrs["left_out"]["not reported as happened (expected, demanded, denied)"] >= 1
    releases = merged[merged["event_type"].isin(["release", "pardon"])]
    assert all(pd.notna(releases["count"]))


def test_seed_evidence_offsets_point_into_text(seed_events: pd.DataFrame) -> None:
    text = parse_text(SEED.read_text(encoding="utf-8"))["text"]
    for row in seed_events.itertuples():
        assert text[row.start:row.end] == row.evidence


def test_seed_no_events_from_generic_or_hypothetical_sentences(seed_events: pd.DataFrame) -> None:
    # "repeatedly sanctioned", "could lead to the release": not events that happened
    bad = seed_events[seed_events["evidence"].str.contains("repeatedly sanctioned|could lead to")
                      & seed_events["modality"].eq("reported")]
    assert bad.empty, bad[["event_type", "evidence"]]


# ----------------------------------------------------------------- dates ---


@pytest.mark.parametrize(
    ("phrase", "expected", "precision"),
    [
        ("on Saturday", "2025-12-13", "day"),
        ("on Friday", "2025-12-12", "day"),
        ("on Monday", "2025-12-08", "day"),
        ("on Dec. 12", "2025-12-12", "day"),
        ("on December 12", "2025-12-12", "day"),
        ("on 12 December 2025", "2025-12-12", "day"),
        ("in September 2025", "2025-09-01", "month"),
        ("in July 2024", "2024-07-01", "month"),
        ("in September", "2025-09-01", "month"),
        ("earlier this month", "2025-12-01", "month"),
        ("last month", "2025-11-01", "month"),
        ("last week", "2025-12-01", "week"),
        ("yesterday", "2025-12-12", "day"),
        ("three days ago", "2025-12-10", "day"),
    ],
)
def test_dates_resolve_against_publication(phrase: str, expected: str, precision: str) -> None:
    row = one(f"Belarus freed 12 prisoners {phrase}.")
    assert row["date"] == day(expected), row["date_text"]
    assert row["date_precision"] == precision


def test_month_without_year_in_january_is_last_year() -> None:
    row = one("Belarus freed 12 prisoners on Dec. 28.", published=day("2026-01-03"))
    assert row["date"] == day("2025-12-28")


def test_relative_date_without_publication_stays_empty_with_reason() -> None:
    row = one("Belarus freed 12 prisoners on Saturday.", published=None)
    assert pd.isna(row["date"])
    assert "publication date" in row["date_reason"]


def test_undated_past_reference_is_not_guessed() -> None:
    row = one("Belarus had previously released 14 prisoners.")
    assert row["date"] is None and "earlier" in row["date_reason"]


def test_undated_report_uses_publication_day_and_says_so() -> None:
    row = one("Belarus has pardoned 31 Ukrainians.")
    assert row["date"] == day("2025-12-13") and row["date_basis"] == "published"


def test_two_weekdays_give_two_mentions() -> None:
    rows = events_from_text("Coale held talks with Lukashenko in Minsk on Friday and Saturday.", SAT)
    assert sorted(str(r["date"].date()) for r in rows) == ["2025-12-12", "2025-12-13"]
    assert {r["place"] for r in rows} == {"Minsk"}


def test_since_date_is_period_start_not_event_date() -> None:
    row = one("In total, Belarus has freed more than 430 political prisoners since July 2024.")
    assert row["cumulative"] and row["period_start"] == day("2024-07-01")
    assert row["date_basis"] == "published"


def test_speech_date_not_used_for_expected_event() -> None:
    row = one("Tsikhanouskaya said on Saturday that more prisoners were expected to be freed.")
    assert row["modality"] == "expected" and row["date"] is None


# ---------------------------------------------------------------- counts ---


@pytest.mark.parametrize(
    ("phrase", "count", "qualifier"),
    [
        ("123 prisoners", 123, "exact"),
        ("more than 50 political prisoners", 50, "more_than"),
        ("at least 10 ill political prisoners", 10, "at_least"),
        ("about 30 people", 30, "about"),
        ("up to 20 detainees", 20, "up_to"),
        ("two Catholic priests", 2, "exact"),
        ("1,200 people", 1200, "exact"),
        ("over 100 prisoners", 100, "more_than"),
    ],
)
def test_counts_and_qualifiers(phrase: str, count: int, qualifier: str) -> None:
    row = one(f"Belarus released {phrase} on Saturday.")
    assert (row["count"], row["count_qualifier"]) == (count, qualifier)


def test_vague_count_is_empty() -> None:
    row = one("Belarus has released dozens of prisoners on Saturday.")
    assert row["count"] is None


def test_count_goes_to_its_own_event_in_a_two_event_sentence() -> None:
    rows = events_from_text(
        "Washington eased sanctions on Belavia while Belarus freed 52 prisoners into Lithuania "
        "on Thursday.", SAT)
    by_type = {r["event_type"]: r for r in rows}
    assert by_type["release"]["count"] == 52
    assert by_type["sanctions_eased"]["count"] is None
    assert by_type["sanctions_eased"]["target"] == "Belavia"
    assert by_type["sanctions_eased"]["actor"] == "US"
    assert by_type["release"]["place"] == "Lithuania"


def test_people_still_held_are_not_a_release_count() -> None:
    rows = events_from_text(
        "The amnesty excludes protesters, so most of the roughly 1,400 political prisoners "
        "cannot benefit from it. The EU will judge Minsk by the 1,100 people still held, "
        "not by a handful of releases.", SAT)
    assert all(r["count"] is None for r in rows), [(r["event_type"], r["count"]) for r in rows]


def test_one_of_fourteen_counts_fourteen() -> None:
    row = one("He was one of 14 people released on Saturday.")
    assert row["count"] == 14


# -------------------------------------------------------------- modality ---


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("More prisoners are expected to be released next week.", "expected"),
        ("Lukashenko will pardon 20 more prisoners next week.", "expected"),
        ("Tsikhanouskaya called for the release of 1,100 political prisoners on Saturday.",
         "demanded"),
        ("The authorities have not released 20 prisoners, Viasna said on Saturday.", "denied"),
        ("Belarus released 20 prisoners on Saturday.", "reported"),
    ],
)
def test_modality(sentence: str, modality: str) -> None:
    assert one(sentence)["modality"] == modality


def test_photo_released_by_is_not_a_release() -> None:
    rows = events_from_text("In this photo released by the presidential press service, "
                            "Lukashenko and Coale shake hands.", SAT)
    assert [r["event_type"] for r in rows] == []


def test_generic_sanctions_are_not_events() -> None:
    assert events_from_text("The country has been repeatedly sanctioned by Western countries.",
                            SAT) == []


def test_references_back_are_not_new_events() -> None:
    assert events_from_text("Among those freed was Ihar Losik, a journalist.", SAT) == []


# ----------------------------------------------------------------- names ---


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Lukashenka", "Alexander Lukashenko"),
        ("Tikhanovskaya", "Sviatlana Tsikhanouskaya"),
        ("Tsikhnouskaya", "Sviatlana Tsikhanouskaya"),
        ("Kolesnikova", "Maria Kalesnikava"),
        ("Babariko", "Viktar Babaryka"),
        ("Mink", "Minsk"),
        ("Byalyatski", "Ales Bialiatski"),
        ("Лукашенко", "Alexander Lukashenko"),
    ],
)
def test_names_normalise(written: str, canonical: str) -> None:
    assert normalize_name(written)[0] == canonical


def test_unknown_name_is_returned_unchanged() -> None:
    assert normalize_name("Gurjit Singh") == ("Gurjit Singh", None)


def test_people_keep_spelling_as_written() -> None:
    row = one("Belarus freed Maria Kolesnikova and Viktor Babariko on Saturday.")
    assert row["people"] == ["Maria Kalesnikava", "Viktar Babaryka"]
    assert row["people_as_written"] == ["Maria Kolesnikova", "Viktor Babariko"]


def test_gazetteer_extends_from_argument_and_env(tmp_path: Path, monkeypatch) -> None:
    extra = tmp_path / "mine.csv"
    extra.write_text("canonical,variant,kind,role,country\n"
                     "Darya Ostrouskaya,Ostrovskaya,person,rights_group,Belarus\n", encoding="utf-8")
    assert load_gazetteer(extra).normalize("Ostrovskaya")[0] == "Darya Ostrouskaya"
    monkeypatch.setenv("TOOLKIT_GAZETTEER", str(extra))
    assert Gazetteer().normalize("Ostrovskaya")[0] == "Darya Ostrouskaya"


def test_bad_gazetteer_file_names_the_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,kind\nX,person\n", encoding="utf-8")
    with pytest.raises(ValueError, match="lacks columns"):
        Gazetteer(extra=[bad])


# ------------------------------------------------------------- languages ---


def test_russian_patterns() -> None:
    text = ("Президент Беларуси Александр Лукашенко помиловал 123 человека. Об этом в субботу "
            "сообщила пресс-служба. Переговоры в Минске с Джоном Коулом прошли 12 и 13 декабря. "
            "Напомним, в сентябре глава государства помиловал 14 иностранных граждан, после чего "
            "США ослабили санкции в отношении авиакомпании «Белавиа».")
    rows = events_from_text(text, SAT, "ru")
    got = {(r["event_type"], str(r["date"])[:10], r["count"]) for r in rows}
    assert ("pardon", "2025-12-13", 123) in got
    assert ("talks", "2025-12-12", None) in got and ("talks", "2025-12-13", None) in got
    assert ("pardon", "2025-09-01", 14) in got
    eased = [r for r in rows if r["event_type"] == "sanctions_eased"]
    assert eased and eased[0]["actor"] == "US" and eased[0]["target"] == "Belavia"


def test_unsupported_language_is_reported_not_skipped_silently() -> None:
    arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["x", "y"],
                         "published": [SAT, SAT], "language": ["en", "hu"],
                         "text": ["Belarus freed 5 prisoners on Saturday.",
                                  "Fehéroroszország szombaton 123 foglyot engedett szabadon."]})
    # Hungarian: a language without event patterns (French and Croatian, the earlier
    # examples, have them now)
    with pytest.warns(UnsupportedLanguageWarning, match="hu: 1"):
        ev = extract_events(arts)
    assert ev.attrs["skipped_articles"] == [
        {"article_id": "b", "outlet": "y", "language": "hu",
         "reason": "no event patterns for language 'hu'"}]
    assert ev["article_id"].tolist() == ["a"]
    assert unsupported_articles(arts)["article_id"].tolist() == ["b"]
    assert set(available_languages()) >= {"en", "ru", "de", "lt"}


def test_german_and_lithuanian_patterns() -> None:
    de = events_from_text(
        "Belarus hat am Samstag 123 Gefangene freigelassen. Vorausgegangen waren Gespräche "
        "zwischen Lukaschenko und dem US-Gesandten John Coale am Freitag und Samstag in Minsk. "
        "Seit Juli 2024 hat Minsk mehr als 430 politische Gefangene freigelassen.", SAT, "de")
    got = {(r["event_type"], str(r["date"])[:10], r["count"], r["cumulative"]) for r in de}
    assert ("release", "2025-12-13", 123, False) in got
    assert ("talks", "2025-12-12", None, False) in got and ("talks", "2025-12-13", None, False) in got
    assert ("release", "2025-12-13", 430, True) in got
    lt = events_from_text(
        "Baltarusija šeštadienį paleido 123 politinius kalinius. Rugsėjį Baltarusija į Lietuvą "
        "išleido 52 kalinius, o JAV sušvelnino sankcijas aviakompanijai „Belavia“.", SAT, "lt")
    got = {(r["event_type"], str(r["date"])[:10], r["count"]) for r in lt}
    assert ("release", "2025-12-13", 123) in got
    assert ("release", "2025-09-01", 52) in got
    assert ("sanctions_eased", "2025-09-01", None) in got
    assert {r["place"] for r in lt if r["count"] == 52} == {"Lithuania"}


def test_extract_events_leaves_input_alone_and_checks_columns() -> None:
    arts = pd.DataFrame({"article_id": ["a"], "text": ["Belarus freed 5 prisoners on Saturday."],
                         "published": [SAT]})
    before = arts.copy()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        extract_events(arts)
    pd.testing.assert_frame_equal(arts, before)
    with pytest.raises(ValueError, match="no 'text' column"):
        extract_events(pd.DataFrame({"body": ["x"]}))
    with pytest.raises(TypeError, match="events_from_text"):
        extract_events(["Belarus freed 5 prisoners."])


def test_dask_partitions_give_the_same_rows() -> None:
    dd = pytest.importorskip("dask.dataframe")
    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(4)],
                         "published": [SAT] * 4, "language": ["en"] * 4,
                         "text": [f"Belarus freed {i + 2} prisoners on Saturday." for i in range(4)]})
    got = extract_events(dd.from_pandas(arts, npartitions=2)).compute()
    assert sorted(got["count"].tolist()) == [2, 3, 4, 5]


# ---------------------------------------------------------- consolidation ---


def _mentions() -> pd.DataFrame:
    def art(aid, outlet, pub, text):
        return {"article_id": aid, "outlet": outlet, "published": day(pub), "language": "en",
                "text": text}
    arts = pd.DataFrame([
        art("a1", "wire.example", "2025-09-11 18:00", "Belarus freed 52 prisoners on Thursday."),
        art("a2", "daily.example", "2025-09-12 08:00",
            "Belarus released more than 50 political prisoners on Thursday."),
        art("a3", "state.example", "2025-09-11 20:00", "Lukashenko pardoned 14 foreigners on Thursday."),
        art("a4", "weekly.example", "2025-09-16 10:00", "Lukashenko pardoned 25 prisoners on Tuesday."),
        art("a5", "daily.example", "2025-09-12 09:00",
            "More prisoners are expected to be released soon. In total, Belarus has freed more than "
            "430 political prisoners since July 2024."),
    ])
    return extract_events(arts)


def test_consolidation_merges_and_flags_disputes() -> None:
    merged = consolidate_events(_mentions())
    validate(merged, CONSOLIDATED_EVENTS)
    sept11 = merged[merged["date"].eq(day("2025-09-11"))]
    assert len(sept11) == 1
    row = sept11.iloc[0]
    assert row["n_articles"] == 3 and row["n_outlets"] == 3
    assert row["counts_reported"] == ["14", "more than 50", "52"]
    assert bool(row["disputed"]) is True
    assert row["first_outlet"] == "wire.example"
    assert row["first_reported"] == day("2025-09-11 18:00")
    assert sorted(row["types_reported"]) == ["pardon", "release"]
    # five days later, a different count: a separate event
    assert merged["date"].eq(day("2025-09-16")).sum() == 1
    assert merged.attrs["left_out"] == {
        "not reported as happened (expected, demanded, denied)": 1,
        "running total (cumulative)": 1, "no date": 0}


def test_counts_compatible() -> None:
    assert counts_compatible((50, "more_than"), (52, "exact"))
    assert not counts_compatible((50, "more_than"), (50, "exact"))
    assert counts_compatible((10, "at_least"), (18, "exact"))
    assert not counts_compatible((14, "exact"), (52, "exact"))
    assert counts_compatible((None, None), (52, "exact"))


def test_compare_to_reference() -> None:
    ref = pd.DataFrame({
        "date": [day("2025-09-11"), day("2025-09-16"), day("2025-12-13")],
        "event_type": ["release", "pardon", "pardon"],
        "count": pd.array([52, 25, 123], dtype="Int64"),
        "count_qualifier": ["exact", "exact", "exact"],
        "disagreement": [False, False, False],
    })
    result = compare_to_reference(_mentions(), ref)
    assert len(result.matched) == 2 and len(result.missed) == 1 and len(result.extra) == 0
    assert result.recall == pytest.approx(2 / 3) and result.precision == pytest.approx(1.0)
    assert result.missed.iloc[0]["count"] == 123
    assert result.summary().loc[0, "matched"] == 2


def test_score_mentions_counts_each_event_once_per_article() -> None:
    labels = pd.DataFrame({"file": ["a1"], "events": [
        '[{"type": "release", "date": "2025-09-11", "count": 52, "qualifier": "exact", '
        '"cumulative": false, "modality": "reported"}, '
        '{"type": "release", "date": "2025-09", "count": null, "qualifier": null, '
        '"cumulative": false, "modality": "reported"}]']})
    expected = labels_to_events(labels)
    assert expected["date_precision"].tolist() == ["day", "month"]
    predicted = pd.DataFrame({
        "key": ["a1", "a1", "a1"], "event_type": ["release"] * 3,
        "date": [day("2025-09-12"), day("2025-09-12"), day("2025-09-01")],
        "date_precision": ["day", "day", "month"], "count": [52, 52, None],
        "count_qualifier": ["exact", "exact", None], "cumulative": [False] * 3,
        "modality": ["reported"] * 3})
    score = score_mentions(predicted, expected)
    assert (score["tp"], score["n_predicted"], score["n_expected"]) == (2, 2, 2)
    predicted.loc[0:1, "count"] = 51
    assert score_mentions(predicted, expected)["recall"] == 0.5


def test_first_report_prefers_a_timed_report_over_a_date_only_one_of_the_same_day() -> None:
    from toolkit.events import consolidate_events, extract_events

    sentence = "Belarus pardoned 123 prisoners on Saturday, the state news agency said."
    arts = pd.DataFrame(
        {
            "article_id": ["dump", "wire"],
            "outlet": ["aggregator.example", "wire.example"],
            # the aggregator page only gives a date (midnight); the wire gives a time
            "published": pd.to_datetime(["2025-12-13 00:00", "2025-12-13 09:31"], utc=True),
            "language": ["en", "en"],
            "text": [sentence, sentence],
        }
    )
    timeline = consolidate_events(extract_events(arts))
    row = timeline[timeline["event_type"] == "pardon"].iloc[0]
    assert row["first_outlet"] == "wire.example"
