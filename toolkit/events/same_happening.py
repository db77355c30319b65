"""Triggers of one sentence that tell the same happening: one mention, or two apart.

"Lukashenko pardoned 52, who were freed on Thursday" is one happening told by two
triggers of one family (a pardon and a release of the same people), so the
events stage keeps one mention that carries both; "pardoned him in late July,
and on 1 August he was freed" is two, each on its own day. The rules read the
clause breaks, dates and after clauses between the triggers (the pattern
file's ``after_clause``, ``relative_clause``, ``offset_marker``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from toolkit.events import prefilter as _rx
from toolkit.events.dates import own_dates
from toolkit.events.mention_dates import clause_breaks
from toolkit.events.patterns import Patterns, Trigger

__all__ = ["drop_continued", "gapped_clause_end", "merge_same_family"]

# How far (characters) before and after a trigger the language's ``continuation``
# ("again", "continue", "resumed") is read as that trigger's.
_CONTINUATION_SPAN = 40


def _clause_apart(sentence: str, one: Trigger, other: Trigger, pats: Patterns) -> bool:
    """Whether a clause break stands between two triggers of the sentence and the later
    clause names its own subject (a capitalised word, where capitals mark names)."""
    lo, hi = (one.end, other.start) if one.start < other.start else (other.end, one.start)
    return pats.capitalised_names and any(
        any(w[:1].isupper() for w in sentence[m.end():hi].split())
        for m in clause_breaks(sentence, lo, hi, pats))


def _dated_apart(sentence: str, o: dict[str, Any], d: dict[str, Any], pats: Patterns) -> bool:
    """Whether a clause break stands between two triggers, a date opens the later clause
    before its trigger, and another date stands before the break."""
    first, second = sorted((o["trig"], d["trig"]), key=lambda t: t.start)
    if _rx.search(pats.offset_marker, sentence, first.end, second.start):
        return True  # "freed 52 on Friday, two days after Lukashenko pardoned them": two days
    breaks = clause_breaks(sentence, first.end, second.start, pats)
    if not breaks:
        return False
    # the later clause's own date, before its trigger or after it ("pardoned him on
    # Monday, and he was freed on Wednesday"; "pomilovao u ponedjeljak, a na slobodu je
    # izašao u srijedu")
    end = (d if d["trig"] is second else o)["seg"][1]
    later = {h.text.casefold() for h in d["stated"]
             if not h.speech and breaks[-1].end() <= h.start < end}
    return bool(later) and any(h.end <= breaks[0].start() and h.text.casefold() not in later
                               for h in d["stated"])


def _after_apart(sentence: str, o: dict[str, Any], d: dict[str, Any], pats: Patterns) -> bool:
    """Whether the later of two triggers stands in an after clause (the language's
    ``after_clause``) with no date of its own while the sentence dates the earlier one's
    clause: "ont recouvré la liberté samedi après avoir été graciés" (the pardon came
    before the Saturday, on a day the sentence does not give)."""
    first, second = sorted((o["trig"], d["trig"]), key=lambda t: t.start)
    m = _rx.search(pats.after_clause, sentence, first.end, second.start)
    if m is None or _rx.search(pats.relative_clause, sentence, first.end, m.start()):
        return False  # "памілаваў 16, якіх пасля вызвалілі": "then" in a relative clause
    stated = [h for h in d["stated"] if not h.speech]
    return any(h.end <= m.start() for h in stated) and \
        not any(h.start >= m.start() for h in stated)


def _after_dated(sentence: str, o: dict[str, Any], d: dict[str, Any], pats: Patterns) -> bool:
    """Whether the later of two triggers stands in an after clause that states a date of
    its own: "Pomilovanje je uslijedilo nakon što je Minsk 11. rujna oslobodio 52
    zatvorenika" (the release on its day, the pardon later)."""
    first, second = sorted((o["trig"], d["trig"]), key=lambda t: t.start)
    m = _rx.search(pats.after_clause, sentence, first.end, second.start)
    if m is None or _rx.search(pats.relative_clause, sentence, first.end, m.start()):
        return False
    return any(m.start() <= h.start < second.start for h in d["stated"] if not h.speech)


def _kin_dated_apart(o: dict[str, Any], d: dict[str, Any], pats: Patterns) -> bool:
    ot, dt = pats.types[o["trig"].event_type], pats.types[d["trig"].event_type]
    return ot.family == dt.family and o["modality"] == d["modality"] and (
        _dated_apart(d["sentence"], o, d, pats) or _after_apart(d["sentence"], o, d, pats))


def gapped_clause_end(sentence: str, trig_end: int, seg: tuple[int, int], later: int,
                      dates: Sequence[Any]) -> tuple[int, int]:
    """A trigger's stretch cut at the break before a gapped clause of its own kind.

    "Početkom prosinca Lukašenko je pomilovao 29 osoba, a sredinom studenoga 30": the verb's
    clause ends at the comma when a date stands on each side of it, so the first pardon keeps
    its own month rather than the nearer one of the further happening.

    Parameters
    ----------
    sentence : str
        The sentence (digit view).
    trig_end : int
        End of the trigger whose verb the gapped clause shares.
    seg : tuple of int
        The trigger's stretch of the sentence.
    later : int
        Start of the gapped clause's count.
    dates : sequence of DateHit
        The dates of the sentence.

    Returns
    -------
    tuple of int
        ``seg``, ended at the break when both clauses are dated.
    """
    cut = max(sentence.rfind(",", trig_end, later), sentence.rfind(";", trig_end, later))
    if cut < 0 or not any(cut < h.start < later for h in dates) or \
            not any(seg[0] <= h.start < cut for h in dates):
        return seg
    return seg[0], cut


def _same_happening(o: dict[str, Any], d: dict[str, Any], pats: Patterns) -> bool:
    ot, dt = pats.types[o["trig"].event_type], pats.types[d["trig"].event_type]
    if ot.family != dt.family or o["modality"] != d["modality"]:
        return False
    if ot.name != dt.name and not (ot.merge_in_sentence and dt.merge_in_sentence):
        return False  # "eased ... in September, removed ... in November": two steps
    if own_dates(o) and own_dates(d) and own_dates(o) != own_dates(d):
        return False  # "three in February ... and one in April": two events
    if _dated_apart(d["sentence"], o, d, pats):
        return False  # "pardoned him in late July, and on 1 August he was freed": two days
    if ot.name != dt.name and _after_apart(d["sentence"], o, d, pats):
        return False  # "freed on Saturday after being pardoned": the pardon's day is not given
    if _after_dated(d["sentence"], o, d, pats):
        return False  # "the pardon came after Minsk freed 52 on 11 September": two days
    if o["cumulative"] != d["cumulative"]:
        return False
    if "doer" in o or "doer" in d:
        return False  # "pardoned 30 on 4 September, and in mid-August 30 too": a gapped clause
    if ot.name == dt.name and o["trig"].form == d["trig"].form == "verb" and \
            _clause_apart(d["sentence"], o["trig"], d["trig"], pats):
        return False  # "Caracas freed six Americans, and Washington released a businessman"
    oc, dc = o["count"], d["count"]
    return oc is None or dc is None or (oc.value == dc.value and oc.qualifier == dc.qualifier)


def merge_same_family(drafts: list[dict[str, Any]], pats: Patterns) -> list[dict[str, Any]]:
    """Merge the drafts of one sentence that tell the same happening.

    One sentence naming a pardon and a release of the same people is one mention:
    the first-named draft keeps the count and the other trigger (``also``); drafts
    of one family standing on days of their own stay apart.

    Parameters
    ----------
    drafts : list of dict
        The sentence's draft mentions, in text order (as ``extract`` drafts them).
    pats : Patterns
        The language's patterns.

    Returns
    -------
    list of dict
        The drafts kept, merged ones marked ``merged``.
    """
    out: list[dict[str, Any]] = []
    for d in drafts:
        twin = next((o for o in out if _same_happening(o, d, pats)), None)
        if twin is None:
            for o in out:  # "pardoned him in late July, and on 1 August he was freed": each
                if _kin_dated_apart(o, d, pats):  # stands on its own day, people shared
                    o["needs_twin"] = d["needs_twin"] = False
                    if _after_apart(d["sentence"], o, d, pats):
                        # the after clause's event takes neither the sentence's date nor
                        # the one its twin has just given the paragraph
                        max((o, d), key=lambda x: x["trig"].start)["after_twin"] = True
                    bare = o if o["count"] is None else d
                    if (o["count"] is None) != (d["count"] is None) and not bare["named"] \
                            and o["trig"].event_type != d["trig"].event_type \
                            and o["cumulative"] == d["cumulative"]:
                        # "freed 52 on Friday, two days after he pardoned them": the same 52
                        bare["count"] = o["count"] or d["count"]
            out.append(d)
            continue
        twin["merged"] = True
        twin["named"] = twin["named"] or d["named"]  # "Swap in Ankara: freed, among others, X"
        if twin["count"] is None and d["count"] is not None:
            # the count moves to the first-named event
            twin["count"] = d["count"]
            twin["cumulative"] = d["cumulative"]
        twin["seg"] = (min(d["seg"][0], twin["seg"][0]), max(d["seg"][1], twin["seg"][1]))
        if d["trig"].event_type != twin["trig"].event_type:
            twin.setdefault("also", []).append(d["trig"])  # "pardoned and released": both
    # a mention kept only for its twin stands when it merged with one
    return [d for d in out if not d.get("needs_twin") or d.get("merged")]


def drop_continued(made: list[tuple[dict[str, Any], list[dict[str, Any]]]],
                   sentence: str, pats: Patterns) -> list[dict[str, Any]]:
    """The rows of a sentence's mentions, less the second day of a happening it dates.

    A mention the language's ``continuation`` marks ("are due to meet again today",
    "talks that are due to continue today", "are meeting again this morning, after a
    first round of talks yesterday") whose day is the day after another mention of its
    type in the same sentence carries that happening on: one happening, told on its
    first day. A later day ("agreed to meet again next month", "met again on
    Thursday" after Monday) is a happening of its own.

    Parameters
    ----------
    made : list of (dict, list of dict)
        Each kept draft with its EVENTS rows, in text order.
    sentence : str
        The sentence the drafts were read from (the digit view).
    pats : Patterns
        The language's patterns.

    Returns
    -------
    list of dict
        The rows kept.
    """
    def days(rows: list[dict[str, Any]]) -> set[pd.Timestamp]:
        return {pd.Timestamp(r["date"]) for r in rows
                if r["date"] is not None and r["date_precision"] == "day"}

    def continues(d: dict[str, Any], rows: list[dict[str, Any]]) -> bool:
        trig, (a, b) = d["trig"], d["seg"]
        if d["count"] is not None or not _rx.search(
                pats.continuation, sentence, max(a, trig.start - _CONTINUATION_SPAN),
                min(b, trig.end + _CONTINUATION_SPAN)):
            return False
        before = set().union(*(days(theirs) for o, theirs in made
                               if o is not d and o["trig"].event_type == trig.event_type))
        return any(pd.Timedelta(0) < day - e <= pd.Timedelta(days=1)
                   for day in days(rows) for e in before)

    return [r for d, rows in made if not continues(d, rows) for r in rows]
