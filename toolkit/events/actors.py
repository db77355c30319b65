"""Actors, targets, places and people of an event mention.

Names come from the gazetteer (:mod:`toolkit.gazetteer`); which name plays
which part is read from its position relative to the trigger and from the
language's prepositions in the pattern file ("against", "on", "into").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from toolkit.events.patterns import Patterns, Trigger
from toolkit.events.registry import FAMILY
from toolkit.gazetteer import Gazetteer

__all__ = ["entities", "pick_actor", "pick_people", "pick_place", "pick_targets"]


def entities(gaz: Gazetteer, sentence: str, cache: dict) -> list[dict[str, Any]]:
    if "ents" not in cache:
        cache["ents"] = gaz.find(sentence)
    return cache["ents"]


def _entity_country(ent: Mapping[str, Any]) -> str | None:
    if ent["kind"] == "country":
        return ent["canonical"]
    return ent.get("country") or None


def _is_speaker(sentence: str, ent: Mapping[str, Any], pats: Patterns) -> bool:
    tail = sentence[ent["end"]: ent["end"] + 40]
    # skip an apposition: "Tsikhanouskaya, the opposition leader, said"
    return bool(pats.speech_cue.search(tail) or pats.speech_cue.search(tail.lstrip(",; ")))


def pick_actor(event_type: str, sentence: str, seg: tuple[int, int], trig: Trigger,
                ents: list[dict[str, Any]], pats: Patterns) -> str | None:
    a, b = seg
    if event_type == "talks":
        countries: list[str] = []
        inside = [e for e in ents if a <= e["start"] < b] or ents
        for ent in inside:
            c = _entity_country(ent)
            if not c or ent["kind"] == "org" and ent["role"] != "government":
                continue
            if c not in countries:
                countries.append(c)
        return "/".join(countries) or None
    family = FAMILY[event_type]
    candidates = []
    for ent in ents:
        country = _entity_country(ent)
        if not country or ent["kind"] == "org" and ent["role"] in ("wire", "rights_group"):
            continue
        if ent["role"] == "state_media":
            continue
        before = sentence[max(0, ent["start"] - 40): ent["start"]]
        if family == "release":
            object_like = bool(pats.subject_preposition.search(before))
        else:
            object_like = bool(pats.sanction_object_preposition.search(before))
        if family == "release":
            if ent["end"] <= trig.start and ent["start"] >= a and not object_like:
                candidates.append((trig.start - ent["end"], country))
            elif ent["start"] >= trig.end and ent["start"] < b and pats.agent_before.search(
                before
            ):
                candidates.append((ent["start"] - trig.end + 1000, country))
        else:
            if country == "Belarus" or object_like:
                continue
            inside = a <= ent["start"] < b
            distance = min(abs(ent["start"] - trig.end), abs(trig.start - ent["end"]))
            candidates.append((distance + (0 if inside else 10000), country))
    if not candidates:
        return None
    return min(candidates)[1]


def pick_place(event_type: str, sentence: str, seg: tuple[int, int], trig: Trigger,
                ents: list[dict[str, Any]], pats: Patterns) -> str | None:
    if event_type not in ("release", "pardon", "talks"):
        return None
    a, b = seg
    options = []
    for ent in ents:
        if ent["kind"] not in ("place", "country") or not (a <= ent["start"] < b):
            continue
        if event_type == "talks" and ent["start"] < a:
            continue
        before = sentence[max(0, ent["start"] - 40): ent["start"]]
        preposition = (pats.place_preposition if event_type == "talks"
                       else pats.release_place_preposition)
        if not preposition.search(before):
            continue
        # places after a release verb first ("freed ... into Lithuania"), then before it
        # ("į Lietuvą išleido"); towns before countries
        before_trigger = event_type != "talks" and ent["start"] < trig.start
        options.append((before_trigger, ent["kind"] != "place", ent["start"], ent["canonical"]))
    if not options:
        return None
    return min(options)[3]


def pick_targets(event_type: str, sentence: str, seg: tuple[int, int],
                  ents: list[dict[str, Any]], pats: Patterns) -> str | None:
    if FAMILY[event_type] not in ("relief", "imposed"):
        return None
    a, b = seg
    hits: list[tuple[int, str]] = []
    for name, regex in pats.targets:
        m = regex.search(sentence, a, b)
        if m:
            hits.append((m.start(), name))
    for ent in ents:
        if ent["kind"] == "org" and ent["role"] == "other" and a <= ent["start"] < b:
            hits.append((ent["start"], ent["canonical"]))
    names: list[str] = []
    for _, name in sorted(hits):
        if name not in names:
            names.append(name)
    return "; ".join(names) or None


def pick_people(event_type: str, sentence: str, seg: tuple[int, int],
                 ents: list[dict[str, Any]], pats: Patterns) -> tuple[list[str], list[str]]:
    a, b = seg
    people: list[str] = []
    written: list[str] = []
    for ent in ents:
        if ent["kind"] != "person":
            continue
        if event_type != "talks":
            if not (a <= ent["start"] < b) or _is_speaker(sentence, ent, pats):
                continue
            if FAMILY[event_type] == "release" and ent["role"] == "government":
                continue
        if ent["canonical"] not in people:
            people.append(ent["canonical"])
            written.append(ent["as_written"])
    return people, written
