"""Event types as data: the registry, a user-defined type end to end, no type in code."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pandas as pd
import pytest

from toolkit.events import consolidate_events, extract_events
from toolkit.events.registry import (
    CAMEO,
    COLOURS,
    REGISTRY_PATH,
    event_type,
    event_types,
    with_registry_types,
)
from toolkit.gazetteer import load_gazetteer
from toolkit.schema import EVENT_TYPES, EVENTS, SchemaError, validate

SAT = pd.Timestamp("2025-12-13 15:00", tz="UTC")
EVENTS_PKG = Path(__file__).resolve().parents[1] / "toolkit" / "events"
HEADER = next(line for line in REGISTRY_PATH.read_text(encoding="utf-8").splitlines()
              if line.startswith("type,"))


def _arrest_folder(folder: Path) -> Path:
    folder.mkdir()
    labels = ",".join(["arrest", "арест", "арешт", "aresztowanie", "Festnahme", "arrestation",
                       "arresto", "detención", "detenção", "sulaikymas"])
    (folder / "types.csv").write_text(
        f"{HEADER}\narrest,arrest,1711,people,agent,freed,,no,yes,people,#8c564b,{labels}\n",
        encoding="utf-8")
    (folder / "en.json").write_text(json.dumps({
        "extends": True,
        "triggers": [{"type": "arrest", "form": "verb",
                      "regex": r"\b(?:arrested|detained|rounded\s+up)\b",
                      "keywords": ["arrest", "detain", "rounded up"]}],
    }), encoding="utf-8")
    return folder


def test_bundled_registry_is_the_schema_vocabulary() -> None:
    assert tuple(event_types()) == EVENT_TYPES
    assert CAMEO["pardon"] == "0841" and event_type("sanctions_eased").family == "relief"
    assert COLOURS["talks"].startswith("#")
    assert event_type("release").label("pl") == "uwolnienie"


def test_user_defined_event_type_works_from_data_alone(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TOOLKIT_PATTERNS", str(_arrest_folder(tmp_path / "mine")))
    arts = pd.DataFrame({
        "article_id": ["a1", "a2"], "outlet": ["x.example", "y.example"],
        "published": [SAT, SAT + pd.Timedelta(hours=3)], "language": ["en", "en"],
        "text": ["Police in Minsk arrested 12 protesters on Saturday.",
                 "Belarus detained 12 people on Saturday. Belarus freed 5 prisoners on Friday."],
    })
    events = extract_events(arts)
    arrests = events[events["event_type"].eq("arrest")]
    assert arrests["count"].tolist() == [12, 12]
    assert set(arrests["cameo"]) == {"1711"}
    assert set(arrests["date"]) == {pd.Timestamp("2025-12-13", tz="UTC")}
    assert events["event_type"].eq("release").sum() == 1  # the bundled patterns still work
    timeline = consolidate_events(events)
    row = timeline[timeline["event_type"].eq("arrest")].iloc[0]
    assert row["n_articles"] == 2 and row["count"] == 12
    assert COLOURS["arrest"] == "#8c564b" and event_type("arrest").label("de") == "Festnahme"
    with pytest.raises(SchemaError):  # the bundled schema alone does not know the type
        validate(events, EVENTS)
    validate(events, with_registry_types(EVENTS))
    monkeypatch.delenv("TOOLKIT_PATTERNS")
    assert "arrest" not in event_types()


def test_bad_registry_row_is_named(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "types.csv").write_text(
        f"{HEADER}\narrest,arrest,1711,people,whoever,freed,,no,yes,people,#8c564b\n",
        encoding="utf-8")
    monkeypatch.setenv("TOOLKIT_PATTERNS", str(folder))
    with pytest.raises(ValueError, match="actor is 'whoever'"):
        event_types()


def test_trigger_of_an_unregistered_type_is_named(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "en.json").write_text(json.dumps({"extends": True, "triggers": [
        {"type": "arrest", "form": "verb", "regex": r"\barrested\b"}]}), encoding="utf-8")
    monkeypatch.setenv("TOOLKIT_PATTERNS", str(folder))
    with pytest.raises(ValueError, match="not in the event-type registry"):
        extract_events(pd.DataFrame({"text": ["Police arrested 3 people."]}))


def _code_strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
                  and node.body and isinstance(node.body[0], ast.Expr)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings]


def test_no_event_type_or_country_named_in_events_code() -> None:
    types = event_types()
    names = set(types) | {t.family for t in types.values()}
    gaz = load_gazetteer()
    countries = {e.canonical for e in gaz.entries.values() if e.kind == "country"}
    found = [f"{path.name}:{line} {value!r}" for path in EVENTS_PKG.glob("*.py")
             for line, value in _code_strings(path) if value in names | countries]
    assert not found, found
