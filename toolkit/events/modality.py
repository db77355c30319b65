"""Modality of an event mention: reported, expected, demanded or denied.

The cues are data (each language's pattern file, read through
:mod:`toolkit.events.patterns`); this module only decides which cue governs
a trigger: the strongest cue in a window before it, a future form of the
trigger itself, or, for a noun, a cue just after it.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from toolkit.events import prefilter as _rx
from toolkit.events.dates import DateHit
from toolkit.events.patterns import Patterns, Trigger

__all__ = ["NO_EVENT", "modality_of", "told_in_present"]

# How far (characters) modality cues may sit before a trigger.
_MODALITY_WINDOW = 60
# Which modality cue governs when several occur: "denied that ... preparing to". An aim
# ("хотят добиться ослабления санкций", "siekia, jog Vašingtonas atšauktų") governs
# every other cue: what a party strives for is no event, whatever the modal verbs; so does
# an open question ("did not say whether further swaps were planned", "is testing whether
# releases can buy relief"): what is asked about is not told to have happened. So does a
# topic of talks ("обсуждали возможное освобождение ещё 1300", "ont discuté de la libération
# de 1 300 autres"): what was talked about, whatever "possible" or "will" stand with it.
# A caution ("must not lift its sanctions", "no debe relajar sus sanciones", "ne smiju biti
# razlog za ublažavanje") tells a step that ought not to come: no event, not a denial.
# So does a condition ("mientras no haya liberaciones masivas": what must come first) and
# what a measure does not do ("la licencia no retira a la compañía de la lista": its scope).
NO_EVENT = frozenset({"aim", "question", "topic", "caution", "condition", "scope"})
_MODALITY_RANK = {**dict.fromkeys(NO_EVENT, -1), "denied": 0, "demanded": 1, "expected": 2}
# How far (characters) a verb of demanding or a modal verb may govern the clause that
# holds the trigger (the language's ``demanded_far`` and ``expected_far``).
_FAR_REACH = 160
# How far (characters) after a trigger a condition ("if Minsk frees more") keeps an
# announced possibility expected (the language's ``possibility``).
_CONDITION_REACH = 80


def modality_of(sentence: str, trig: Trigger, floor: int, ceiling: int,
                pats: Patterns) -> tuple[str, str | None]:
    """Modality of one trigger and the cue that set it.

    Cues just before the trigger decide (the strongest governs), or, for a
    noun, cues just after it ("further releases could follow"); a negation
    between a separable verb and its particle ("ließ ... nicht frei") denies it.

    Parameters
    ----------
    sentence : str
        The sentence.
    trig : Trigger
        The trigger found in it.
    floor, ceiling : int
        The trigger's clause: cues outside it are not read.
    pats : Patterns
        The language's patterns.

    Returns
    -------
    tuple of (str, str or None)
        ``"reported"``, ``"expected"``, ``"demanded"`` or ``"denied"``, and the cue;
        ``"topic"`` (what talks were about), ``"aim"`` (what a party strives
        for) or ``"question"`` (what is asked about: "whether ...") when the
        trigger tells of no event.
    """
    if trig.form == "verb" and " " in trig.text:
        inside = pats.negation_inside.search(trig.text)
        if inside:
            return "denied", inside.group(0)
    if floor and not sentence[floor: trig.start].strip():
        # "muss neue Sanktionen verhängen", "moet nieuwe sancties opleggen": a verb right
        # after another trigger (its object) shares the cues told before that one
        floor = max(0, floor - _MODALITY_WINDOW)
    lo = max(floor, trig.start - _MODALITY_WINDOW)
    window = sentence[lo: trig.start]
    first = trig.text.split(None, 1)[0].rstrip(":")  # "to:" heading a list of demands
    if trig.form == "verb" and len(trig.text.split()) > 1 and \
            first.casefold() in pats.modal_auxiliaries:
        window = window + first  # the trigger itself starts with "will", "to", ...
    found = []
    for name, regex in pats.modality:
        # an open question governs every trigger it holds, also one after another trigger
        # that opened a clause of its own ("testing whether releases can buy relief"); a
        # topic's verb may be a talks trigger itself ("стороны обсуждали возможное
        # освобождение", "omawiali możliwe uwolnienie")
        m = _rx.search(regex, sentence[max(0, trig.start - _MODALITY_WINDOW): trig.start]
                       if name in ("question", "topic") else window)
        if m:
            found.append((m.start(), name, m.group(0).strip()))
    if found:
        _, name, cue = min(found, key=lambda f: (_MODALITY_RANK.get(f[1], 3), f[0]))
        if name == "expected" and trig.form == "noun":
            # "kwam ook de mogelijke vrijlating van nog eens 1.300 gevangenen ter sprake": a
            # possible step that came up in talks is what they were about
            topic = next((m for after, regex in pats.modality_after if after == "topic"
                          and (m := _rx.search(regex, sentence[trig.end: ceiling]))), None)
            if topic:
                return "topic", topic.group(0).strip()
        if name == "expected" and _rx.search(pats.announcement, sentence, max(0, lo - 80),
                                             trig.start) \
                and not _rx.search(pats.possibility, sentence, lo,
                                   min(len(sentence), trig.end + _CONDITION_REACH)):
            # "announced ... that the US would lift sanctions": the announcement is the event;
            # not so "announced that the US could lift more, if Minsk frees ..." (possibility)
            return "reported", None
        return name, cue
    reach = (max(floor, trig.start - _FAR_REACH), trig.start)
    far = _rx.search(pats.demanded_far, sentence, *reach)
    if far:  # "urged X, all ... still held ... to free": a demand governs its complement clause
        return "demanded", far.group(0).split(None, 1)[0]
    far = _rx.search(pats.expected_far, sentence, *reach) if trig.form == "verb" else None
    if far:  # "wollen die Strafmaßnahmen gegen ... fallen lassen": a modal verb's bracket
        return "expected", far.group(0).split(None, 1)[0]
    if pats.expected_trigger.search(trig.text):
        return "expected", trig.text.split(None, 1)[0]  # a future form: "libérera", "zniesie"
    if trig.form == "noun":
        tail = sentence[trig.end: ceiling]
        after = [(name, m) for name, regex in pats.modality_after
                 if (m := _rx.search(regex, tail))]
        # a negation of the modal after the noun denies it ("о снятии санкций не может
        # быть и речи": not "может", a possibility)
        after.sort(key=lambda f: f[0] != "denied")
        if after:
            return after[0][0], after[0][1].group(0).strip()
    else:
        # "Снимать санкции Брюссель не собирается", "Znosić sankcji Bruksela nie zamierza":
        # an infinitive put first waits for its negated intention at the clause's end
        m = pats.denied_after_verb.match(sentence, trig.end, ceiling)
        if m:
            return "denied", m.group(0).strip()
    return "reported", None


def told_in_present(sentence: str, trig: Trigger, cue: str | None, seg: tuple[int, int],
                    dates: Sequence[DateHit], pub: pd.Timestamp | None, pats: Patterns) -> bool:
    """Whether an expected mention is a present passive told of a past day: "12. Februar
    2025 – In Minsk werden drei Menschen freigelassen", "Am 11. September werden 52
    Gefangene freigelassen". The language's ``present_passive`` matches the cue's
    auxiliary and the trigger's participle ("werden ... freigelassen"); a day or month
    of the clause named by the calendar (not a weekday, not "next week") and before
    publication, read as near as it can be, makes it a report ("Am kommenden Montag
    werden ... freigelassen", "Am 20. Januar werden ..." in December, "Die Gefangenen
    werden freigelassen" stay expected; so does "wird ... freilassen")."""
    if not cue or pub is None or not pats.present_passive.search(
            f"{cue.split(None, 1)[0]} {trig.text.split()[-1]}"):
        return False
    a, b = seg
    for h in dates:
        if a <= h.start < b and h.kind == "absolute" and not h.since and not h.speech:
            values, _ = h.resolve(pub, True)  # the nearer reading: "am 20. Januar" is ahead
            if values and all(v is not None and v < pub.normalize() for v, _ in values):
                return True
    return False
