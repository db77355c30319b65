"""Actors, targets, places and people of an event mention.

Names come from the gazetteer (:mod:`toolkit.gazetteer`); which name plays
which part is read from its position relative to the trigger and from the
language's prepositions in the pattern file ("against", "on", "into").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from toolkit.events.countries import adjective_mentions, country_mentions
from toolkit.events.patterns import Patterns, Trigger
from toolkit.events.registry import EventType
from toolkit.gazetteer import Gazetteer

__all__ = ["entities", "pick_actor", "pick_people", "pick_place", "pick_targets"]


# Added to the distance of a country named by an adjective, so that a named one wins.
_ADJECTIVE_PENALTY = 2000


def entities(gaz: Gazetteer, sentence: str, language: str) -> list[dict[str, Any]]:
    """Names in ``sentence``: the gazetteer's, then countries named in the language
    (:mod:`toolkit.events.countries`) where the gazetteer found nothing."""
    found = gaz.find(sentence)
    names = country_mentions(sentence, language, gaz)
    adjectives = adjective_mentions(sentence, language, gaz)
    spans = {(a["start"], a["end"]) for a in adjectives} - \
        {(n["start"], n["end"]) for n in names}  # "Polska" is a name, though an adjective
    for ent in found:
        if ent["kind"] == "country" and (ent["start"], ent["end"]) in spans:
            ent["nationality"] = True  # the gazetteer's "Belarusian" is an adjective too
    for ent in [*names, *adjectives]:
        if not any(ent["start"] < f["end"] and f["start"] < ent["end"] for f in found):
            found.append(ent)
    return sorted(found, key=lambda e: e["start"])


def _of_people(sentence: str, ent: Mapping[str, Any], pats: Patterns) -> bool:
    """A nationality of people ("French citizens", "citoyens américains"), not an actor."""
    if not ent.get("nationality"):
        return False
    if pats.people_noun.match(sentence, ent["end"] + 1) and \
            not sentence[ent["end"]: ent["end"] + 1].strip():
        return True
    before = sentence[max(0, ent["start"] - 40): ent["start"]].rstrip()
    return any(m.end() == len(before) for m in pats.people_noun.finditer(before))


def _entity_country(ent: Mapping[str, Any]) -> str | None:
    if ent["kind"] == "country":
        return ent["canonical"]
    return ent.get("country") or None


def _is_speaker(sentence: str, ent: Mapping[str, Any], pats: Patterns) -> bool:
    tail = sentence[ent["end"]: ent["end"] + 40]
    # skip an apposition: "Tsikhanouskaya, the opposition leader, said"
    return bool(pats.speech_cue.search(tail) or pats.speech_cue.search(tail.lstrip(",; ")))


def pick_actor(etype: EventType, sentence: str, seg: tuple[int, int], trig: Trigger,
               ents: list[dict[str, Any]], pats: Patterns) -> str | None:
    """Who acted, by the type's ``actor`` rule (see the registry).

    ``parties``: every state named in the clause (else the sentence),
    joined with "/"; ``agent``: the nearest country before the trigger that
    is not an object ("freed into Lithuania"), else one after an agent
    preposition ("freed by Belarus"); ``imposer``: the nearest party not
    named as the object of the action ("sanctions on Belarus"), preferring
    the trigger's own clause.
    """
    if etype.actor == "parties":
        return _parties(seg, ents)
    candidates = []
    a, b = seg
    for ent in ents:
        country = _entity_country(ent)
        if not country or ent["role"] == "state_media" or (
                ent["kind"] == "org" and ent["role"] in ("wire", "rights_group")):
            continue  # news agencies and rights groups report, they do not act
        if _of_people(sentence, ent, pats):
            continue  # "two French citizens": whom it was done to
        before = sentence[max(0, ent["start"] - 40): ent["start"]]
        # an adjective ("the Belarusian journalist", "entités bélarusses") only when no
        # country or body is named
        weaker = _ADJECTIVE_PENALTY if ent.get("nationality") else 0
        if etype.actor == "agent":
            if ent["end"] <= trig.start and ent["start"] >= a and \
                    not pats.subject_preposition.search(before):
                candidates.append((trig.start - ent["end"] + weaker, country))
            elif trig.end <= ent["start"] < b and pats.agent_before.search(before):
                candidates.append((ent["start"] - trig.end + 1000 + weaker, country))
        elif not pats.sanction_object_preposition.search(before):
            # a party named inside the trigger ("lifting of some U.S. sanctions") imposed them
            inside_trigger = trig.start <= ent["start"] < trig.end
            distance = 0 if inside_trigger else min(abs(ent["start"] - trig.end),
                                                    abs(trig.start - ent["end"]))
            candidates.append((distance + weaker + (0 if a <= ent["start"] < b else 10000),
                               country))
    return min(candidates)[1] if candidates else None


def _parties(seg: tuple[int, int], ents: list[dict[str, Any]]) -> str | None:
    a, b = seg
    countries: list[str] = []
    for ent in [e for e in ents if a <= e["start"] < b] or ents:
        c = _entity_country(ent)
        if not c or ent["kind"] == "org" and ent["role"] != "government":
            continue
        if c not in countries:
            countries.append(c)
    return "/".join(countries) or None


def pick_place(etype: EventType, sentence: str, seg: tuple[int, int], trig: Trigger,
               ents: list[dict[str, Any]], pats: Patterns) -> str | None:
    """Where, by the type's ``place`` rule: a ``destination`` ("freed into
    Lithuania") or a ``venue`` ("talks in Minsk"); towns before countries."""
    if etype.place is None:
        return None
    venue = etype.place == "venue"
    preposition = pats.place_preposition if venue else pats.release_place_preposition
    a, b = seg
    options = []
    for ent in ents:
        if ent["kind"] not in ("place", "country") or not (a <= ent["start"] < b) or \
                ent.get("nationality"):
            continue  # an adjective ("Lithuanian") is no place
        if not preposition.search(sentence[max(0, ent["start"] - 40): ent["start"]]):
            continue
        # destinations after the verb first ("freed ... into Lithuania"), then before it
        # ("į Lietuvą išleido")
        before_trigger = not venue and ent["start"] < trig.start
        options.append((before_trigger, ent["kind"] != "place", ent["start"], ent["canonical"]))
    return min(options)[3] if options else None


def pick_targets(etype: EventType, sentence: str, seg: tuple[int, int],
                 ents: list[dict[str, Any]], pats: Patterns) -> str | None:
    """What the action is about (the pattern file's targets, then named firms), when
    the type reads targets."""
    if not etype.targets:
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


def pick_people(etype: EventType, sentence: str, seg: tuple[int, int],
                ents: list[dict[str, Any]], pats: Patterns) -> tuple[list[str], list[str]]:
    """Named people (normalised, and as written), by the type's ``people`` rule:
    ``all`` in the sentence; ``clause``: in the clause, not speakers; ``freed``:
    also not officials."""
    a, b = seg
    people: list[str] = []
    written: list[str] = []
    for ent in ents:
        if ent["kind"] != "person":
            continue
        if etype.people != "all":
            if not (a <= ent["start"] < b) or _is_speaker(sentence, ent, pats):
                continue
            if etype.people == "freed" and ent["role"] == "government":
                continue
        if ent["canonical"] not in people:
            people.append(ent["canonical"])
            written.append(ent["as_written"])
    return people, written
