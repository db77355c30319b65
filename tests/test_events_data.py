"""Events stage as data: pattern files, their cache, language cue files, schemas."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

from toolkit.events import consolidate_events, events_from_text, extract_events, load_patterns
from toolkit.events.patterns import PATTERNS_DIR
from toolkit.schema import CONSOLIDATED_EVENTS, EVENTS, validate

SAT = pd.Timestamp("2025-12-13 15:00", tz="UTC")


def _copy_en(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    target = folder / "en.json"
    target.write_text((PATTERNS_DIR / "en.json").read_text(encoding="utf-8"), encoding="utf-8")
    return target


def _add_trigger(path: Path, word: str) -> None:
    spec = json.loads(path.read_text(encoding="utf-8"))
    spec["triggers"].append({"type": "release", "form": "verb", "regex": rf"\b{word}\b",
                             "keywords": [word]})
    spec["trigger_keywords"] += f"|{word}"
    path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    # a later modification time even on file systems with coarse clocks
    stamp = path.stat().st_mtime_ns + 2_000_000_000
    os.utime(path, ns=(stamp, stamp))


def test_patterns_env_set_in_a_running_session_is_honoured(tmp_path, monkeypatch) -> None:
    sentence = "Belarus sprang 12 prisoners on Saturday."
    assert events_from_text(sentence, SAT) == []  # bundled patterns loaded and cached
    mine = _copy_en(tmp_path / "patterns")
    _add_trigger(mine, "sprang")
    monkeypatch.setenv("TOOLKIT_PATTERNS", str(mine.parent))
    rows = events_from_text(sentence, SAT)
    assert [(r["event_type"], r["count"]) for r in rows] == [("release", 12)]
    monkeypatch.delenv("TOOLKIT_PATTERNS")
    assert events_from_text(sentence, SAT) == []


def test_pattern_cache_notices_an_edited_file(tmp_path, monkeypatch) -> None:
    mine = _copy_en(tmp_path / "patterns")
    monkeypatch.setenv("TOOLKIT_PATTERNS", str(mine.parent))
    sentence = "Belarus unshackled 7 prisoners on Saturday."
    first = load_patterns("en")
    assert events_from_text(sentence, SAT) == []
    _add_trigger(mine, "unshackled")
    assert load_patterns("en") is not first
    assert [r["count"] for r in events_from_text(sentence, SAT)] == [7]


def test_unknown_event_type_in_a_pattern_file_is_named(tmp_path, monkeypatch) -> None:
    mine = _copy_en(tmp_path / "patterns")
    spec = json.loads(mine.read_text(encoding="utf-8"))
    spec["triggers"].append({"type": "detention", "form": "verb", "regex": r"\bdetained\b"})
    mine.write_text(json.dumps(spec), encoding="utf-8")
    monkeypatch.setenv("TOOLKIT_PATTERNS", str(mine.parent))
    with pytest.raises(ValueError, match="detention"):
        load_patterns("en")


def test_pattern_files_hold_no_month_or_weekday_tables() -> None:
    for path in PATTERNS_DIR.glob("*.json"):
        spec = json.loads(path.read_text(encoding="utf-8"))
        assert "months" not in spec and "weekdays" not in spec, path.name
    pats = load_patterns("ru")
    assert pats.months["сентября"] == 9 and pats.months["сентябре"] == 9
    assert "sat" not in load_patterns("en").weekdays  # too short: also a verb


def test_events_and_consolidated_events_are_validated_where_made() -> None:
    arts = pd.DataFrame({"text": ["Belarus freed 5 prisoners on Saturday."],
                         "published": [SAT], "language": ["en"]})
    events = extract_events(arts)
    validate(events, EVENTS)
    assert events["article_id"].tolist() == ["0"]  # the row label names an article without id
    validate(consolidate_events(events), CONSOLIDATED_EVENTS)
