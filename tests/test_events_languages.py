"""Ten languages through the same cases: inflected forms found by lemma, number words,
weekdays, countries beyond the gazetteer; unsupported languages reported on Dask too."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from toolkit.events import (
    UnsupportedLanguageWarning,
    available_languages,
    events_from_text,
    extract_events,
    unsupported_articles,
)

SAT = pd.Timestamp("2025-12-13 15:00", tz="UTC")  # a Saturday
LANGUAGES = ["en", "ru", "uk", "pl", "de", "fr", "it", "es", "pt", "lt"]

# (language, sentence, type, count, date): a release or pardon with a number and a weekday
CASES = [
    ("en", "On Thursday Belarus freed fifty-two political prisoners.", "release", 52, "2025-12-11"),
    ("ru", "В четверг Беларусь освободила 52 политзаключённых.", "release", 52, "2025-12-11"),
    ("uk", "У четвер Білорусь звільнила п'ятдесят два політв'язні.", "release", 52, "2025-12-11"),
    ("pl", "W czwartek Białoruś uwolniła pięćdziesięciu dwóch więźniów politycznych.", "release",
     52, "2025-12-11"),
    ("de", "Belarus hat am Donnerstag 52 politische Gefangene freigelassen.", "release", 52,
     "2025-12-11"),
    ("fr", "Jeudi, le Bélarus a libéré cinquante-deux prisonniers politiques.", "release", 52,
     "2025-12-11"),
    ("it", "Giovedì la Bielorussia ha liberato cinquantadue prigionieri politici.", "release", 52,
     "2025-12-11"),
    ("es", "El jueves, Bielorrusia liberó a cincuenta y dos presos políticos.", "release", 52,
     "2025-12-11"),
    ("pt", "Na quinta-feira, a Bielorrússia libertou cinquenta e dois presos políticos.",
     "release", 52, "2025-12-11"),
    ("lt", "Ketvirtadienį Baltarusija paleido 52 politinius kalinius.", "release", 52,
     "2025-12-11"),
    ("pl", "Łukaszenka ułaskawił w piątek 30 osób.", "pardon", 30, "2025-12-12"),
    ("uk", "У п'ятницю Лукашенко помилував 30 засуджених.", "pardon", 30, "2025-12-12"),
    ("fr", "Le président a gracié vendredi trente personnes.", "pardon", 30, "2025-12-12"),
    ("es", "El presidente indultó el viernes a treinta personas.", "pardon", 30, "2025-12-12"),
]


def test_ten_languages_have_patterns() -> None:
    assert set(available_languages()) >= set(LANGUAGES)


@pytest.mark.parametrize(("language", "sentence", "event_type", "count", "date"), CASES)
def test_every_language_reads_type_count_and_date(language, sentence, event_type, count,
                                                  date) -> None:
    rows = [r for r in events_from_text(sentence, SAT, language) if r["event_type"] == event_type]
    assert [(r["count"], str(r["date"].date())) for r in rows] == [(count, date)], rows


@pytest.mark.parametrize(
    ("language", "sentence", "actor"),
    [
        ("en", "Venezuela released 10 American citizens on Friday.", "Venezuela"),
        ("fr", "Vendredi, le Venezuela a relâché dix citoyens américains.", "Venezuela"),
        ("pl", "Iran uwolnił w piątek dwóch obywateli Francji.", "Iran"),
    ],
)
def test_countries_beyond_the_gazetteer_are_actors(language, sentence, actor) -> None:
    rows = events_from_text(sentence, SAT, language)
    assert [r["actor"] for r in rows if r["event_type"] == "release"] == [actor]


def test_inflected_trigger_forms_match_by_lemma() -> None:
    for sentence in ("Białoruś uwolniła 12 więźniów w sobotę.",
                     "W sobotę uwolniono 12 więźniów.",
                     "12 więźniów zostało uwolnionych w sobotę."):
        rows = events_from_text(sentence, SAT, "pl")
        assert [r["count"] for r in rows if r["event_type"] == "release"] == [12], sentence


def test_unsupported_language_is_reported_on_dask_too() -> None:
    dd = pytest.importorskip("dask.dataframe")
    arts = pd.DataFrame({"article_id": ["a", "b"], "language": ["en", "hu"],
                         "published": [SAT, SAT],
                         "text": ["Belarus freed 5 prisoners on Saturday.",
                                  "Fehéroroszország 5 foglyot engedett szabadon."]})
    frame = dd.from_pandas(arts, npartitions=2)
    with pytest.warns(UnsupportedLanguageWarning, match="hu: 1"):
        events = extract_events(frame)
    assert events.compute()["article_id"].tolist() == ["a"]
    assert unsupported_articles(frame).compute()["article_id"].tolist() == ["b"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        extract_events(frame, warn=False)
