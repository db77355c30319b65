"""Whether a trigger tells a new happening, and who is its subject.

The per-sentence tests :mod:`toolkit.events.extract` asks of each trigger before it
becomes a mention: a habit, a reference back to a happening told before or the start
of a period is no new event (:func:`not_new`); a noun called new that says what it
came after is the page's own event (``_sequel``); talks named in an after clause with
two states happened (:func:`talks_after`); "each" makes every coordinated subject a
doer (:func:`distributive_subject`); one person told with the indefinite article is
news of its own (:func:`someone`). All knowledge of a language comes from its
:class:`~toolkit.events.patterns.Patterns`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from toolkit.events import prefilter as _rx
from toolkit.events.actors import has_state_party, names_party
from toolkit.events.counts import PAUSE, Count
from toolkit.events.patterns import Patterns, Trigger

__all__ = ["DISTRIBUTIVE_AFTER", "NEAR", "distributive_count", "distributive_subject", "in_force",
           "not_new", "partitive_reference", "quoted_term", "someone", "talks_after"]

# How far (characters) around a trigger habit and reference-back cues are looked for.
NEAR = 40
# How far (characters) past a two-sided trigger's count "each" may stand when the
# trigger's clause ends before it ("Exchange ...: Moscow and Kyiv freed 175 each").
DISTRIBUTIVE_AFTER = 30
# How far (characters) before a count its distributive word may stand ("по 103", "po 146").
_DISTRIBUTIVE_BEFORE = 4


def not_new(sentence: str, trig: Trigger, seg: tuple[int, int], count: Count | None,
             modality: str, pats: Patterns, ents: list[dict[str, Any]] = ()) -> bool:
    """True when the trigger names a habit, a reference back or the start of a period."""
    a, b = seg
    near = (max(a, trig.start - NEAR), min(b, trig.end + NEAR))
    other = _rx.search(pats.not_events, sentence, max(0, trig.start - 2 * NEAR),
                       trig.end + 2 * NEAR)
    if other is not None and not _past_a_pause(sentence, trig, other, pats):
        return True  # "released the names of", "pardon the pun": another sense of the word
    habit = _rx.search(pats.generic, sentence, *near) if modality == "reported" else None
    if habit is not None and not (habit.start() >= trig.end
                                  and PAUSE.search(sentence, trig.end, habit.start())):
        # "repeatedly sanctioned": a habit, not an event (not "had pardoned 20, in the
        # autumn it was again and again groups of 30": a habit told in the next clause)
        return True
    if _rx.search(pats.since_clause, sentence, max(0, trig.start - 50), trig.start):
        return True  # "since Belarus began freeing prisoners": the start of a period
    before = (max(a, trig.start - NEAR), trig.start)
    if trig.form == "verb":
        if modality != "denied" and _rx.search(pats.anaphora_subset, sentence, *before):
            # "among those pardoned": part of an event reported elsewhere (not "Među
            # oslobođenima nije bio X": who was left out, told after the verb)
            return True
        back = _rx.search(pats.anaphora, sentence, *before) if count is None else None
        if back is not None and back.end() == trig.start and pats.subject_first.match(trig.text):
            back = None  # "The sanctions on X were lifted": the article is the subject's own
        # "the released" points back; "The US lifted", "Die Behörden ließen" name the doer
        return back is not None and not names_party(sentence, (back.start(), trig.start),
                                                    ents, pats)
    if modality != "demanded" and _rx.search(pats.possessive_before_noun, sentence, *before):
        return True  # "after their release" (not "called for his release": not told before)
    if _sequel(sentence, trig, seg, pats):
        return True  # "the new pardon comes weeks after ...": the event the page told
    # "the pardons came after talks": the event was reported earlier
    return count is None and modality != "demanded" and bool(
        pats.self_anchoring.fullmatch(trig.text)) and bool(_rx.search(pats.anaphora, sentence,
                                                                      *before))


def partitive_reference(sentence: str, trig: Trigger, seg: tuple[int, int],
                         count: Count | None, pats: Patterns) -> bool:
    """Whether the trigger describes the group a part is taken from, right after the
    language's ``partitive_reference`` ("nine of the prisoners pardoned today are now in
    Vilnius", "Neuf des détenus graciés ont été conduits en Lituanie", "Of those
    pardoned, 41 have been released"): the group's happening was told before; the part's
    own happening, if any, is the sentence's other trigger. A count phrase that holds the
    trigger and names what the part underwent ("Twelve of the released detainees were
    driven to Vilnius", the language's ``count_patterns``) keeps it, and so does a count
    of the group told before the part; a trigger of several words is a verb phrase, the
    part's own happening ("Nueve de los presos fueron trasladados a Lituania")."""
    if count is not None and count.pattern and count.start < trig.start < count.end:
        return False
    if len(trig.text.split()) > 1:
        return False  # "Nove dos presos foram levados para a Lituânia": the part's own verb
    m = _rx.search(pats.partitive_reference, sentence, max(seg[0], trig.start - 2 * NEAR),
                   trig.start)
    # a count the sentence gave the group before the part ("granting clemency to 25
    # people ...; twelve of those pardoned are women") is the trigger's own
    return m is not None and (count is None or count.start >= m.start())


def talks_after(sentence: str, trig: Trigger, seg: tuple[int, int],
                 ents: Sequence[dict[str, Any]], pats: Patterns) -> tuple[int, int] | None:
    """The after clause ("the swap comes days after talks between Russia and Ukraine",
    "بعد أيام من جولة مفاوضات بين وفدين روسي وأوكراني") that names a meeting with two
    states after the noun, before any pause: talks that took place, told here. Not "after
    the meeting, Coale said": a meeting told before, its parties not named with it."""
    if trig.form != "noun" or pats.types[trig.event_type].needs != "state":
        return None
    after = _rx.search(pats.after_clause, sentence, seg[0], trig.start)
    if after is None:  # also past a word of the same time: "dans la foulée d'une rencontre
        return None  # entre A et B", "précédée, le même jour, d'un entretien entre A et B"
    stop = PAUSE.search(sentence, trig.end, seg[1])
    end = seg[1] if stop is None else stop.start()
    # two states named with it ("talks between Russian and Ukrainian delegations"; not
    # "the release came after talks with the US envoy", the talks the page told), after
    # the noun or, where the parties of a noun stand before it, between the after word
    # and the noun ("po dvi dienas trukusių JAV pasiuntinio ir A. Lukašenkos derybų")
    states = {e["canonical"] if e["kind"] == "country" else e.get("country")
              for e in ents if after.start() <= e["start"] < end and not
              trig.start <= e["start"] < trig.end}
    if len(states - {None}) < 2 or not has_state_party(sentence, trig, (after.start(), end),
                                                       ents, pats):
        return None
    return after.start(), end


def _sequel(sentence: str, trig: Trigger, seg: tuple[int, int], pats: Patterns) -> bool:
    """Whether a noun trigger called new or latest (the language's ``new_reference``) is
    the subject of a clause that says what it came after ("The new pardon comes weeks
    after the release of 18", "Novo pomilovanje stiglo je nakon što je 13. prosinca ...",
    "ويأتي قرار العفو الجديد بعد ..."): the page's own event, told before, set against an
    earlier one. A count of its own before the after-clause keeps it ("a new pardon of
    22 came after ...")."""
    a, b = seg
    stop = PAUSE.search(sentence, trig.end, b)  # the after clause stands before any pause
    after = _rx.search(pats.after_clause, sentence, trig.end, b if stop is None else stop.start())
    if after is None or after.start() > trig.end + NEAR:
        return False
    # the offset's own number ("comes two weeks after", "llega dos semanas después de",
    # a time unit of the language's) is no count of the trigger's
    between = sentence[trig.end:after.start()]
    offset = _OFFSET_NUMBER.search(between)
    if offset is not None and (not offset.group(1) or any(
            offset.group(1).casefold().startswith(unit) for unit in pats.time_units)):
        between = between[:offset.start()]
    return not any(ch.isdigit() for ch in between) and bool(
        _rx.search(pats.new_reference, sentence, max(a, trig.start - 20), after.start()))


# A number closing the words before an after clause, with the word after it: the offset's
# ("two weeks after", "dos semanas después de").
_OFFSET_NUMBER = re.compile(r"\d[\d.,]*\s*(\w*)\s*$")


def distributive_subject(sentence: str, trig: Trigger, seg: tuple[int, int],
                          pats: Patterns) -> bool:
    """Whether the language's ``distributive`` word stands right before a verb trigger
    ("Russia and Ukraine each released 185"), or right after a verb that comes first
    ("أفرجت كل من موسكو وكييف"): every coordinated subject did it."""
    if trig.form != "verb":
        return False
    m = _rx.search(pats.distributive, sentence, max(seg[0], trig.start - NEAR), trig.start)
    if m is not None and not sentence[m.end():trig.start].strip():
        return True
    # a verb that comes first, "each of" right after it: "أفرجت كل من موسكو وكييف عن 118"
    verb_end = _VERB_WORD.match(sentence, trig.start).end()
    m = _rx.search(pats.distributive, sentence, verb_end, min(seg[1], verb_end + NEAR))
    return m is not None and not sentence[verb_end:m.start()].strip()


# The word a verb trigger starts with.
_VERB_WORD = re.compile(r"\S*")


# The first word of a stretch, and how far (characters) a people noun may stand after it
# ("a jailed Belarusian-American journalist").
_FIRST_WORD = re.compile(r"\W*(\w+)")
_SOMEONE_SPAN = 45


def someone(sentence: str, trig: Trigger, seg: tuple[int, int], pats: Patterns) -> bool:
    """Whether a verb's object, or the subject its clause opens with, is someone told with
    the language's indefinite article and a people noun ("freed a Lithuanian citizen",
    "A German national ... was pardoned", "released a group of activists"): the happening
    of one person or of an uncounted group, news of its own even without a number or a
    date (README_a: one person has no count)."""
    if trig.form != "verb":
        return False
    for lo, hi in ((trig.end, seg[1]), (seg[0], trig.start)):
        m = _FIRST_WORD.match(sentence, lo, hi)
        if m is None or m.group(1).casefold() not in pats.indefinite:
            continue
        end = min(hi, m.end() + _SOMEONE_SPAN)
        pause = PAUSE.search(sentence, m.end(), end)
        noun = _rx.search(pats.people_noun, sentence, m.end(), pause.start() if pause else end)
        # a word that says who between the article and the noun ("a Lithuanian citizen"),
        # not a bare "un homme" questioned by the police
        if noun is not None and sentence[m.end():noun.start()].strip():
            return True
    return False


def _past_a_pause(sentence: str, trig: Trigger, other: re.Match, pats: Patterns) -> bool:
    """Whether a look-alike (``not_events``) is the other sense of another trigger word,
    after the trigger past a pause ("ont échangé ... des prisonniers de guerre, grâce à une
    médiation": "grâce à" is no pardon, and says nothing of the swap); a word that tells
    the subject ("..., s katerimi se uvajajo sankcije ...: globa ...") still does."""
    return other.start() >= trig.end and PAUSE.search(sentence, trig.end, other.start()) \
        is not None and bool(pats.trigger_keywords.search(other.group(0).casefold()))


def in_force(sentence: str, trig: Trigger, seg: tuple[int, int], dates: Sequence[Any],
             pats: Patterns) -> bool:
    """Whether the trigger tells a measure still in force, by the language's ``in_force``
    right beside it with no pause between ("Die EU-Sanktionen gegen Kali bleiben in
    Kraft", "el potasio sigue sometido a las sanciones", "A UE mantém as sanções impostas
    ao regime desde 2020", "aktywa przewoźnika pozostają zamrożone"): a state that holds,
    no happening. A date of the clause's own (not a "since") keeps it: "Sankcje nałożone
    w 2020 roku pozostają w mocy" tells the imposition of 2020."""
    a, b = seg
    cue = _rx.search(pats.in_force, sentence, max(a, trig.start - NEAR),
                     min(b, trig.end + NEAR))
    if cue is None:
        return False
    lo, hi = (cue.end(), trig.start) if cue.end() <= trig.start else (trig.end, cue.start())
    if lo < hi and PAUSE.search(sentence, lo, hi):
        return False  # "imposed sanctions on 25, while older measures remain in force"
    return not any(a <= h.start < b and not h.speech and not h.since for h in dates)


# Quotation marks that open and close a quoted term ("…", „…", «…», ‘…’, 「…」); a
# straight apostrophe is left out (it elides: "d'alléger", "l'UE").
_OPEN_QUOTES = "\"“„«‘‚「『"
_CLOSE_QUOTES = "\"”“»’‘」』"


def quoted_term(sentence: str, trig: Trigger) -> bool:
    """Whether the trigger is a quoted term, a quotation mark right before it and right
    after it (Coale said the US was "lifting sanctions", but ...; "Coale ha parlato di
    sanzioni «revocate», ma tecnicamente ...", "mówili o „zniesieniu sankcji”, w
    praktyce ..."): a word someone used for a happening, which the sentence names in its
    own words, or corrects; no happening of its own."""
    before = sentence[max(0, trig.start - 2):trig.start].rstrip()
    after = sentence[trig.end:trig.end + 2].lstrip()
    return bool(before and after) and before[-1] in _OPEN_QUOTES and after[0] in _CLOSE_QUOTES


def distributive_count(sentence: str, trig: Trigger, count: Count, pats: Patterns) -> bool:
    """Whether the language's ``distributive`` word stands by the count of a verb that
    comes after it ("Москва и Киев освободили по 103 пленных", "Moskwa i Kijów uwolniły po
    146 jeńców"): with coordinated subjects (:func:`toolkit.events.actors.partners`), each side freed that many."""
    return trig.form == "verb" and count.start >= trig.end and _rx.search(
        pats.distributive, sentence, max(trig.end, count.start - _DISTRIBUTIVE_BEFORE),
        min(len(sentence), count.end + DISTRIBUTIVE_AFTER)) is not None
