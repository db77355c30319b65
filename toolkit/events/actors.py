"""Actors, targets, places and people of an event mention.

Names come from the gazetteer (:mod:`toolkit.gazetteer`); which name plays
which part is read from its position relative to the trigger and from the
language's prepositions in the pattern file ("against", "on", "into").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from toolkit.events.countries import adjective_mentions, country_mentions
from toolkit.events.counts import PAUSE
from toolkit.events.patterns import Patterns, Trigger
from toolkit.events.registry import EventType
from toolkit.gazetteer import NAME_RUN, Gazetteer

__all__ = [
    "entities", "has_state_party", "names_party", "partners", "pick_actor", "pick_people", "pick_place",
    "pick_targets", "unknown_name", "name_before_verb",
]


# Added to the distance of a country named by an adjective, so that a named one wins.
_ADJECTIVE_PENALTY = 2000
# Taken from the distance of a name the pattern file's ``subject_after`` marks as subject.
_SUBJECT_BONUS = 500


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


# A number right before a nationality noun: the people counted ("3 Americans").
_COUNTED = re.compile(r"\d\s+$")


def _of_people(sentence: str, ent: Mapping[str, Any], pats: Patterns) -> bool:
    """A nationality of people ("French citizens", "citoyens américains"), not an actor."""
    if not ent.get("nationality"):
        return False
    if _COUNTED.search(sentence, max(0, ent["start"] - 16), ent["start"]):
        return True  # "two Americans walked free" (number words are digits in the view)
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
    preposition ("freed by Belarus"), else, for a two-sided trigger (a swap), the
    first-named party of the clause; ``imposer``: the nearest party not
    named as the object of the action ("sanctions on Belarus"), preferring
    the trigger's own clause.
    """
    if etype.actor == "parties":
        return _parties(sentence, seg, ents, pats)
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
        # a name marked as the subject (Japanese "EUは", "米大統領が") wins over a nearer one
        marked = _SUBJECT_BONUS if pats.subject_after.match(sentence, ent["end"]) else 0
        if etype.actor == "agent":
            if ent["end"] <= trig.start and ent["start"] >= a and \
                    not pats.subject_preposition.search(before) and \
                    not pats.not_agent_after.match(sentence, ent["end"]) and \
                    (marked or not pats.after_clause.search(sentence, ent["end"], trig.start)):
                # not the subject of a main clause before "after ..." ("X freed 9 after Y
                # pardoned them"), unless marked as the topic (Japanese "Xは…後、")
                first = _first_conjunct(sentence, ent, ents, pats)
                candidates.append((trig.start - ent["end"] + weaker - marked,
                                   _entity_country(first) or country))
            elif ent["start"] < b and _verb_subject(sentence, trig, ent, pats):
                # "Am Samstag ließ Lukaschenko ... frei", "Na overleg met Coale liet
                # Loekasjenko ... vrij": where the finite verb comes second, the name right
                # after it is the subject, whatever stands before
                second = _SUBJECT_BONUS if pats.verb_second else 0
                candidates.append((ent["start"] - trig.start + weaker - second, country))
            elif trig.end <= ent["start"] < b and pats.agent_before.search(before):
                candidates.append((ent["start"] - trig.end + 1000 + weaker, country))
        elif not pats.sanction_object_preposition.search(before) and not \
                pats.sanction_object_case.search(sentence, max(0, ent["start"] - 40), ent["end"]) \
                and not pats.sanction_object_after.match(sentence, ent["end"]):
            # not "sanctions on Belarus", nor a bare dative ("sankcije Bjelorusiji")
            if ent["kind"] == "org" and ent["role"] != "government":
                continue  # a sanctioned firm ("Belavia") is a target, whatever its country
            # a party named inside the trigger ("lifting of some U.S. sanctions") imposed them
            inside_trigger = trig.start <= ent["start"] < trig.end
            if inside_trigger and _names_object(sentence, trig, ent, before, pats):
                continue  # "broadened its own Belarus sanctions": whom they target
            distance = 0 if inside_trigger else min(abs(ent["start"] - trig.end),
                                                    abs(trig.start - ent["end"]))
            candidates.append((distance + weaker - marked + _owner_penalty(sentence, ent, pats)
                               + (0 if a <= ent["start"] < b else 10000), country))
    if not candidates and etype.actor == "agent" and pats.two_sided.search(trig.text):
        return _first_party(sentence, seg, ents, pats)
    return min(candidates)[1] if candidates else None


def _first_party(sentence: str, seg: tuple[int, int], ents: list[dict[str, Any]],
                 pats: Patterns) -> str | None:
    """The first-named party of a two-sided event (the pattern file's ``two_sided``
    triggers: "the exchange of prisoners between Russia and Ukraine" -> Russia)."""
    a, b = seg
    for ent in ents:
        country = _entity_country(ent)
        if country and a <= ent["start"] < b and not ent.get("nationality") and \
                not (ent["kind"] == "org" and ent["role"] != "government") and \
                not _of_people(sentence, ent, pats):
            return country
    return None


# A name followed by the last word of its trigger only: it modifies that word.
_LAST_WORD = re.compile(r"[\s-]*\w+")


def _names_object(sentence: str, trig: Trigger, ent: dict[str, Any], before: str,
                  pats: Patterns) -> bool:
    """A name that modifies the last word of a verb trigger, after its verb ("imposed
    new Belarus sanctions", "broadened its own Belarus sanctions"), is part of the
    object, so the target, never the imposer; unless an agent preposition introduces
    it ("lifted by the US"). A subject after an inverted verb ("versoepelden de
    Verenigde Staten dinsdag ... de sancties") has more words after it and stays a
    candidate."""
    if trig.form != "verb" or ent["start"] <= trig.start or pats.agent_before.search(before):
        return False
    if _verb_subject(sentence, trig, ent, pats):
        return False  # "رفعت الولايات المتحدة العقوبات": the subject after its verb
    if _LAST_WORD.fullmatch(trig.text, ent["end"] - trig.start) is not None:
        return True
    # a country adjective inside the object ("removed the Belarusian flag carrier from
    # the list"), not beside officials ("الحكومة الأمريكية", the US government, acts)
    return bool(ent.get("nationality")) and not _of_officials(ent, sentence, pats)


def _verb_subject(sentence: str, trig: Trigger, ent: dict[str, Any], pats: Patterns) -> bool:
    """A name after the first word of its trigger with only the words the pattern file's
    ``subject_after_verb`` allows between (no preposition): the subject of a verb that
    comes first (Arabic "أفرجت بيلاروسيا عن", "عفا لوكاشينكو أمس عن"), or of a verbal
    noun ("إطلاق حماس سراح")."""
    verb_end = _WORD_AT.match(sentence, trig.start).end()
    return ent["start"] >= verb_end and ent["start"] - verb_end <= _SUBJECT_REACH and \
        pats.subject_after_verb.fullmatch(sentence, verb_end, ent["start"]) is not None


# How far (characters) after its verb a subject may be named.
_SUBJECT_REACH = 40
# The word a trigger starts with (the whole word: "سلمت" where the trigger matched "سلم").
_WORD_AT = re.compile(r"\S*")


# Words a conjunct may have besides its conjunction ("Russia and the Ukraine").
_CONJUNCT_WORDS = 2


def _first_conjunct(sentence: str, ent: dict[str, Any], ents: list[dict[str, Any]],
                    pats: Patterns) -> dict[str, Any]:
    """The first of coordinated subjects ("Moscow and Kyiv swapped"): the first-named
    party acts for both; the conjunctions are the language's ``coordinators``."""
    for other in reversed([e for e in ents if e["end"] <= ent["start"]]):
        words = sentence[other["end"]: ent["start"]].split()
        if words and len(words) <= _CONJUNCT_WORDS and \
                words[0].lower() in pats.coordinators and _entity_country(other) and \
                not other.get("nationality"):  # not "ten Americans and El Salvador"
            return _first_conjunct(sentence, other, ents, pats)
        break
    return ent


def partners(sentence: str, seg: tuple[int, int], trig: Trigger, actor: str | None,
             ents: list[dict[str, Any]], pats: Patterns) -> list[str]:
    """The parties coordinated with ``actor`` as subjects before the trigger
    ("Moscow and Kyiv swapped 390 prisoners each": Ukraine for Russia).

    Parameters
    ----------
    sentence : str
    seg : tuple of int
        The trigger's clause.
    trig : Trigger
    actor : str or None
        The actor picked (:func:`pick_actor`).
    ents : list of dict
        The sentence's entities.
    pats : Patterns
        The language's patterns (its ``coordinators``).

    Returns
    -------
    list of str
        The other parties, in order; empty when none is coordinated with ``actor``.
    """
    # a noun names the exchange first: its parties may follow it ("swap between X and Y");
    # a verb-first clause names them after the verb ("تبادلت روسيا وأوكرانيا ...")
    end = trig.start if trig.form == "verb" else seg[1]
    for k, (lo, hi) in enumerate(((seg[0], end), (trig.start, seg[1]))):
        runs = _coordinated(sentence, [e for e in ents if lo <= e["start"] and e["end"] <= hi
                                       and _entity_country(e) and not e.get("nationality")],
                            pats)
        # the run nearest the verb: the last before it, the first after it (a party named
        # later, "... mediated by the UAE", is no partner)
        for chain in (reversed(runs) if k == 0 else runs):
            if actor in chain:
                return [c for c in chain if c != actor]
    return []


def _coordinated(sentence: str, found: list[dict[str, Any]], pats: Patterns) -> list[list[str]]:
    """The countries of each run of entities joined by coordinators ("X and Y"), in order."""
    runs: list[list[str]] = []
    chain: list[str] = []
    for left, right in zip(found, found[1:], strict=False):
        words = sentence[left["end"]: right["start"]].split()
        # a headline's comma stands for "and" when the text opens with the first party
        # ("Russia, Ukraine swap 84 POWs each")
        headline = words == [","] and not sentence[:left["start"]].strip()
        if headline or (words and len(words) <= _CONJUNCT_WORDS
                        and words[0].lower() in pats.coordinators):
            chain += [c for c in (_entity_country(left), _entity_country(right)) if c not in chain]
        elif chain:
            runs.append(chain)
            chain = []
    return runs + [chain] if chain else runs


# Added to the distance of a country named as the owner or the seat of what is sanctioned
# ("Belarus' state airline", "entities in Belarus"), so that any other party wins.
_OWNER_PENALTY = 5000


def _owner_penalty(sentence: str, ent: Mapping[str, Any], pats: Patterns) -> int:
    """``_OWNER_PENALTY`` when a country is named as an owner or a seat (the pattern
    file's ``owner_after``: "Belarus' airline"; ``owner_before``: "firms in Belarus"),
    else 0."""
    if pats.owner_after.match(sentence, ent["end"]) or pats.owner_before.search(
            sentence, max(0, ent["start"] - 40), ent["start"]):
        return _OWNER_PENALTY
    return 0


def _parties(sentence: str, seg: tuple[int, int], ents: list[dict[str, Any]],
             pats: Patterns) -> str | None:
    a, b = seg
    countries: list[str] = []
    for ent in [e for e in ents if a <= e["start"] < b] or ents:
        c = _entity_country(ent)
        if not c or ent["kind"] == "org" and ent["role"] != "government":
            continue
        if ent.get("nationality") and not _of_officials(ent, sentence, pats):
            continue  # "driven to the Lithuanian border": no party
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


# How far (characters) from its trigger a party of talks may be named.
_PARTY_DISTANCE = 80


# ... and how far after a noun trigger ("a meeting with X"): a name further on belongs
# to another clause ("the meeting with Rohrabacher and claimed ... an emissary of Trump").
_PARTY_AFTER_NOUN = 60


def _near(ent: dict[str, Any], trig: Trigger) -> bool:
    if trig.start <= ent["start"] < trig.end:
        return True
    if ent["start"] >= trig.end:
        reach = _PARTY_AFTER_NOUN if trig.form == "noun" else _PARTY_DISTANCE
        return ent["start"] - trig.end <= reach
    return trig.start - ent["end"] <= _PARTY_DISTANCE


def _state_party(ent: dict[str, Any], sentence: str, pats: Patterns) -> bool:
    """An official, or a country or place not named as an object ("taken to Israel",
    "Kiptoo of Kenya" are not parties)."""
    if ent["role"] == "government":
        return True
    if ent.get("nationality"):
        return _of_officials(ent, sentence, pats)
    return ent["kind"] in ("country", "place") and not pats.subject_preposition.search(
        sentence, max(0, ent["start"] - 40), ent["start"])


# Up to three words between a country adjective and the officials it describes
# ("the Armenian and Azerbaijani leaders", "les dirigeants arménien et azerbaïdjanais").
_FEW_WORDS = re.compile(r"^[\s,]*(?:[\w’'-]+[\s,]+){0,3}?$", re.UNICODE)


def _of_officials(ent: dict[str, Any], sentence: str, pats: Patterns) -> bool:
    """A country adjective names a party only beside officials (the pattern file's
    ``officials``): "Iranian diplomats", not "German athletes" or "the young Briton"."""
    after = pats.officials.search(sentence, ent["end"], ent["end"] + 60)
    if after and _FEW_WORDS.match(sentence[ent["end"]: after.start()]):
        return True
    lo = max(0, ent["start"] - 60)
    return any(_FEW_WORDS.match(sentence[m.end(): ent["start"]])
               for m in pats.officials.finditer(sentence, lo, ent["start"]))


def names_party(sentence: str, span: tuple[int, int], ents: list[dict[str, Any]],
                pats: Patterns) -> bool:
    """Whether ``span`` names a party (a country, organisation or person the gazetteer
    knows, not a nationality of people, or officials): "The US lifted", "Die Behörden
    ließen ... frei" name who acted, where "the released", "die begnadigten" point back.

    Parameters
    ----------
    sentence : str
    span : tuple of int
        Start and end offsets in ``sentence``.
    ents : list of dict
        The sentence's names (:func:`entities`).
    pats : Patterns

    Returns
    -------
    bool
    """
    a, b = span
    if pats.officials.search(sentence, a, b):
        return True
    return any(a <= e["start"] < b and not _of_people(sentence, e, pats) for e in ents)


def has_state_party(sentence: str, trig: Trigger, seg: tuple[int, int],
                     ents: list[dict[str, Any]], pats: Patterns) -> bool:
    """A state party near the trigger in its clause; a noun's possessor, when named, must
    be one ("Assange's meeting with ..." is not talks between states)."""
    a, b = seg
    if trig.form == "noun":
        owner = pats.possessor.search(sentence, max(a, trig.start - 60), trig.start)
        if owner and not any(owner.start() <= e["start"] < owner.end() and
                             _state_party(e, sentence, pats) for e in ents):
            return False
    return any(_state_party(e, sentence, pats) for e in ents
               if a <= e["start"] < b and _near(e, trig))


def unknown_name(sentence: str, seg: tuple[int, int], ents: list[dict[str, Any]],
                  pats: Patterns) -> bool:
    """A name the gazetteer does not know ("Cecilia Sala"): two or more capitalised words
    in the clause that are no known country, place or organisation, in a language whose
    pattern file says capitals mark names (``capitalised_names``; not German)."""
    if not pats.capitalised_names:
        return False
    a, b = seg
    for run in NAME_RUN.finditer(sentence, a, b):
        # the words after a known name in the run: "гражданку США Анастасию Нухфер"
        start = max([run.start()] + [e["end"] for e in ents
                                     if run.start() < e["end"] and e["start"] < run.end()])
        words = sentence[start:run.end()].split()
        if len(words) < 2 or any(start < e["end"] and e["start"] < run.end() for e in ents):
            continue
        if any(w.casefold().strip(".,") in pats.months or w.casefold().strip(".,") in
               pats.weekdays for w in words):
            continue  # "On Thursday", "Samedi Minsk"
        before = (max(0, start - 40), start)
        speaker = pats.speech_cue.search(sentence[run.end(): run.end() + 40]) or \
            pats.speech_date.search(sentence, *before)
        if not speaker and not pats.subject_preposition.search(sentence, *before):
            return True  # not "said Ona Vaitkute", not "of Open Door"
    return False


# How far (characters) before a verb trigger, in its own clause, an unknown name is read
# as who was freed, when only auxiliaries stand between ("Cecilia Sala a été libérée",
# "Alberto Trentini è stato scarcerato"): the subject of a passive.
_NAME_BEFORE = 45


def name_before_verb(sentence: str, trig: Trigger, a: int, ents: list[dict[str, Any]],
                     pats: Patterns) -> bool:
    """An unknown name right before a verb trigger, with only the language's
    ``passive_auxiliary`` between: the person the passive verb tells was freed ("Cecilia
    Sala a été libérée vendredi", "Alberto Trentini è stato scarcerato"; not "Ross
    County have freed two players", whose freed are the object)."""
    lo = max(a, trig.start - _NAME_BEFORE)
    pause = [m.end() for m in PAUSE.finditer(sentence, lo, trig.start)]
    lo = pause[-1] if pause else lo
    runs = list(NAME_RUN.finditer(sentence, lo, trig.start))
    run = runs[-1] if runs else None
    if run is None or not pats.passive_auxiliary.fullmatch(sentence, run.end(), trig.start):
        return False
    return unknown_name(sentence, (run.start(), run.end()), ents, pats)
