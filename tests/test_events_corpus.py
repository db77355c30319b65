"""Accuracy of the events stage on the practice corpus, against its answer key.

The extractor never sees the labels: articles are extracted first, then the
mentions are scored here. A labelled event is found when an extracted mention
of the same article has the same type, modality, ``cumulative`` flag, count
and qualifier, and a date within one day (a month-precision label is
compared at month level); repeated mentions of one event count once.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from toolkit.events import extract_events, score_mentions

datasets = pytest.importorskip("toolkit.datasets")

FLOOR = 0.95


@pytest.fixture(scope="module")
def scored() -> dict:
    articles = datasets.load_sample()  # the whole corpus: other topics are labelled too
    expected = datasets.label_events()
    expected = expected[expected["file"].isin(set(articles["file"]))]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # unsupported languages are counted as misses below
        events = extract_events(articles)
    skipped = list(events.attrs.get("skipped_articles", []))
    events = events.merge(articles[["article_id", "file"]].drop_duplicates("article_id"),
                          on="article_id", how="left")
    overall = score_mentions(events, expected, key="file")
    by_language = {}
    languages = dict(zip(articles["file"], articles["language"], strict=True))
    for language, part in expected.groupby("language"):
        files = {f for f, lang in languages.items() if lang == language} | set(part["file"])
        by_language[language] = score_mentions(events[events["file"].isin(files)], part,
                                               key="file")
    return {"overall": overall, "by_language": by_language,
            "skipped": skipped}


def _summary(scored: dict) -> str:
    lines = [f"overall P={scored['overall']['precision']:.3f} R={scored['overall']['recall']:.3f}"]
    for language, s in sorted(scored["by_language"].items()):
        lines.append(f"{language}: P={s['precision']:.3f} R={s['recall']:.3f} "
                     f"({s['tp']}/{s['n_expected']} found, {s['n_predicted']} extracted)")
    misses = scored["overall"]["misses"][:10]
    lines += [f"missed: {m['key']} {m['event_type']} {m['date']} {m['count']}" for m in misses]
    return "\n".join(lines)


def test_answer_key_has_events(scored: dict) -> None:
    assert scored["overall"]["n_expected"] >= 100
    assert scored["overall"]["n_predicted"] >= 100


def test_event_recall_on_practice_corpus(scored: dict) -> None:
    assert scored["overall"]["recall"] >= FLOOR, _summary(scored)


def test_event_precision_on_practice_corpus(scored: dict) -> None:
    assert scored["overall"]["precision"] >= FLOOR, _summary(scored)


def test_every_labelled_language_has_patterns(scored: dict) -> None:
    skipped = pd.DataFrame(scored["skipped"], columns=["article_id", "outlet", "language", "reason"])
    assert skipped.empty, f"articles without event patterns:\n{skipped.to_string()}"
