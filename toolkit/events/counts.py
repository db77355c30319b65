"""Counts: how many people (or sanctions listings) an event concerns.

A count is a number (digits or number words) followed, within a few words,
by a count noun of the event type's class ("52 political prisoners", "14
individuals"), or one of the language's count phrases ("put the number at
14", "63 more"). Each count goes to the nearest trigger that can take it.
Hedges ("more than", "about") become the count qualifier; a count near a
running-total cue ("since July 2024", "in total") is cumulative.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from toolkit.events import prefilter as _rx
from toolkit.events.numbers import Quantity
from toolkit.events.patterns import Patterns, Trigger
from toolkit.gazetteer import NAME_RUN

__all__ = [
    "PAUSE", "Count", "assign_counts", "clause_breaks", "find_counts", "is_cumulative", "is_incremental", "parse_number",
    "plus_named"]


def parse_number(text: str, pats: Patterns) -> int | None:
    """The value of a number in digits ("1,200", "1 200", "1.200"), else None.

    Number words are turned into digits before (:func:`toolkit.events.numbers.digit_view`);
    a pattern file may still list its own ``number_words``.
    """
    t = text.strip().casefold()
    if t in pats.number_words:
        return pats.number_words[t]
    digits = re.sub(r"[,.\s\u00a0\u202f]", "", t)
    return int(digits) if digits.isdigit() else None


@dataclass
class Count:
    """A count of people (or listings) in a sentence; ``value`` None for "dozens of"."""

    start: int
    end: int
    value: int | None
    qualifier: str | None
    text: str
    noun_class: str
    explicit: bool = False
    status: bool = False  # "1,400 people still held": who remains, not who was freed
    pattern: bool = False  # found by a count phrase, which may contain the trigger
    own_event: bool = False  # "and another 16 in June": a further happening, not a second figure


def _qualifier(sentence: str, start: int, pats: Patterns,
               quantities: Sequence[Quantity] = (), end: int | None = None) -> str:
    """The hedge of the count at ``start``: a qualifier regex ending just before it, or,
    for a qualifier named ``<name>_after`` ("10人以上", "30 شخصا على الأقل"), one matching
    just after the count (which ends at ``end``)."""
    before = sentence[max(0, start - 30): start]
    for name, regex in pats.qualifiers:
        if name.endswith("_after"):
            if end is not None and regex.match(sentence, end):
                return name[:-len("_after")]
        elif regex.search(before):
            return name
    if any(q.start == start and q.qualifier for q in quantities):
        return "about"  # "une trentaine de"
    return "exact"


def _status(sentence: str, start: int, end: int, pats: Patterns) -> bool:
    return bool(pats.status_after.match(sentence, end)
                or pats.status_before.search(sentence, max(0, start - 40), start))


def _partitive(sentence: str, count: Count, pats: Patterns,
               quantities: Sequence[Quantity]) -> Count:
    """"only 50 of more than 600 prisoners were released": the count is 50, the part
    the verb is said of; "one of 14 people released": the group, 14."""
    m = pats.partitive.search(sentence, max(0, count.start - 40), count.start)
    if m is None or not pats.partitive_head.match(sentence, count.end):
        return count
    value = parse_number(m.group("num"), pats)
    if value is None:
        return count
    start = m.start("num")
    return Count(start, count.end, value, _qualifier(sentence, start, pats, quantities, count.end),
                 sentence[start:count.end], count.noun_class, count.explicit, count.status)


def _summed(sentence: str, counts: list[Count], pats: Patterns,
            commas: bool = True) -> list[Count]:
    """"48 individuals and 35 entities": one listing of 83 (noun classes the pattern
    file names in ``summed_count_nouns``); without ``commas``, only counts a coordinator
    joins add up ("eight women and eight men": 16; ``coordinated_count_nouns``)."""
    out: list[Count] = []
    for c in sorted([*_elided(sentence, counts, pats), *counts], key=lambda c: c.start):
        prev = out[-1] if out else None
        gap = sentence[prev.end:c.start] if prev is not None else ""
        if prev is not None and prev.value is not None and c.value is not None and \
                pats.count_sum_joiner.match(gap) and (commas or not _further(sentence, c, gap, pats)):
            out[-1] = Count(prev.start, c.end, prev.value + c.value, prev.qualifier,
                            sentence[prev.start:c.end], c.noun_class, status=prev.status)
        else:
            out.append(c)
    return out


def _further(sentence: str, count: Count, gap: str, pats: Patterns) -> bool:
    """Whether ``count`` does not add to the count before it, ``gap`` apart, as a part of one
    group: a comma stands between them, or it counts more of them ("12 Lithuanians and 9
    more Poles": a further group; not "114 Ukrainians and nine other prisoners")."""
    after = _NEXT_WORD.match(sentence, count.start + len(count.text.split()[0]))
    return "," in gap or (is_incremental(sentence, count, pats) and not (
        after is not None and after.group(1).casefold() in pats.others_words))


# A number, one word and what joins it to a counted number: "56 фізичних та [12 юридичних осіб]".
_ELIDED_GAP = re.compile(r"\s+(\w{3,})(\s*\S{0,3}\s*)")
_NEXT_WORD = re.compile(r"\s*(\w+)")


def _elided(sentence: str, counts: list[Count], pats: Patterns) -> list[Count]:
    """Numbers whose count noun is left out before a counted number of the same kind:
    "56 фізичних та 12 юридичних осіб", "25 fizinių ir 7 juridiniams asmenims" (the word
    after each number ends alike: an adjective agreeing with the one noun)."""
    out = []
    for c in counts:
        nums = [m for m in pats.number.finditer(sentence, max(0, c.start - 40), c.start)
                if m.end() <= c.start]
        own = pats.number.match(sentence, c.start)
        if not nums or own is None or c.value is None:
            continue
        n = nums[-1]
        gap = _ELIDED_GAP.fullmatch(sentence, n.end("num"), c.start)
        after = _NEXT_WORD.match(sentence, own.end("num"))
        if gap is None or after is None or not pats.count_sum_joiner.match(gap.group(2)) or \
                gap.group(1)[-2:].casefold() != after.group(1)[-2:].casefold() or \
                any(o.start <= n.start("num") < o.end for o in counts):
            continue
        value = parse_number(n.group("num"), pats)
        if value is not None:
            end = gap.end(1)
            out.append(Count(n.start("num"), end, value,
                             _qualifier(sentence, n.start("num"), pats, (), end),
                             sentence[n.start("num"):end], c.noun_class, status=c.status))
    return out


def find_counts(sentence: str, a: int, b: int, noun_class: str, pats: Patterns,
                quantities: Sequence[Quantity] = ()) -> list[Count]:
    """Counts of people (or listings) between ``a`` and ``b``: a number before a count noun,
    one of the language's count phrases ("put the number ... at 14", "63 more"), or a
    vague quantity before a count noun ("dozens of prisoners", no value)."""
    after = pats.count_after[noun_class]
    out: list[Count] = []
    starts = [m.start("num") for m in pats.number.finditer(sentence, a, b)]
    starts += [q.start for q in quantities if q.vague and a <= q.start < b]
    breakdown_end = -1  # "sedici detenuti, otto donne e otto uomini": the parts after a total
    part_end = -1  # where the last count read as a part ends ("among them six women")
    for start in sorted(starts):
        if start < breakdown_end:
            continue
        if part_end >= 0 and _APPOSITION.fullmatch(sentence, part_end, start):
            # "entre ellos siete mujeres, dos sacerdotes y un periodista": the list of parts
            # goes on after a comma
            number = pats.number.match(sentence, start)
            tail = after.match(sentence, number.end("num")) if number else None
            part_end = tail.end() if tail is not None else -1
            continue
        vague = next((q for q in quantities if q.vague and q.start == start), None)
        n_end = vague.end if vague else pats.number.match(sentence, start).end("num")
        tail = after.match(sentence, n_end)
        if tail is None or tail.end() > b + 40:
            continue
        if pats.number.search(sentence, n_end + 1, tail.end()) is not None:
            continue  # "one of 14 people": the count is the second number
        if pats.count_gap_stop.search(sentence, n_end, tail.end()) or not vague and any(
                q.vague and n_end <= q.start < tail.end() for q in quantities):
            # "one door and new people": the number counts something else; "a lo largo de
            # 2025 cientos de presos": the vague quantity is the count, not the year
            continue
        if not vague and pats.month_word.search(sentence, n_end, tail.end()):
            continue  # "ont échangé le 5 octobre des prisonniers": the day of a date
        if pats.subgroup.search(sentence, max(0, start - 60), start):
            part_end = tail.end()
            continue  # "52 prisoners, among them six Lithuanians": a part, not the count
        if (out or pats.number.search(sentence, max(a, start - 40), start)) and \
                pats.subgroup_after.match(sentence, n_end):
            continue  # "29 people, 11 of them women", "30 pardoned, 14 of them women": a part
        if pats.source_after.match(sentence, tail.end()):
            continue  # "according to two people familiar with the visit": who told it
        if out and noun_class not in pats.summed_count_nouns and \
                _APPOSITION.fullmatch(sentence, out[-1].end, start):
            # "sixteen prisoners, eight women and eight men, were pardoned": the counts in
            # an apposition right after a count of people break it down, up to its end
            stop = _APPOSITION_END.search(sentence, tail.end())
            breakdown_end = stop.start() if stop else len(sentence)
            continue
        value = None if vague else parse_number(sentence[start:n_end], pats)
        if value is None and not vague:
            continue
        count = Count(start, tail.end(), value,
                      None if vague else _qualifier(sentence, start, pats, quantities,
                                                    tail.end()),
                      sentence[start:tail.end()], noun_class,
                      status=_status(sentence, start, tail.end(), pats))
        out.append(count if vague else _partitive(sentence, count, pats, quantities))
    if noun_class in pats.summed_count_nouns:
        out = _summed(sentence, out, pats)
    elif noun_class in pats.coordinated_count_nouns:
        out = _summed(sentence, out, pats, commas=False)
    for regex, explicit, own_event in pats.count_patterns:
        for m in _rx.finditer(regex, sentence, a, b):
            inside = [k for k, c in enumerate(out) if c.start <= m.start("num") < c.end]
            if inside and own_event and out[inside[0]].value is not None:
                # "and another 16 prisoners in June": the counted phrase is a further happening
                out[inside[0]] = replace(out[inside[0]], explicit=True, own_event=True)
            if inside:
                # "114 of the freed prisoners were brought into Ukraine": a count phrase
                # reads the number, so a trigger inside it does not make it adjectival
                out[inside[0]] = replace(out[inside[0]], pattern=True)
                continue
            value = parse_number(m.group("num"), pats)
            if value is None:
                continue
            out.append(Count(m.start("num"), m.end(), value,
                             _qualifier(sentence, m.start("num"), pats, quantities, m.end()),
                             sentence[m.start("num"): m.end()], noun_class, explicit=explicit,
                             pattern=True, own_event=own_event,
                             # "政治犯は1135人に上り": who is held, read by a pattern too
                             status=_status(sentence, m.start("num"), m.end(), pats)))
    if noun_class in pats.summed_count_nouns and any(c.pattern for c in out):
        out = _summed(sentence, out, pats)  # "個人25人と7団体": counts the patterns read
    return out


# Only a comma between a count of people and the next count: an apposition.
_APPOSITION = re.compile(r"\s*,\s*")
# Where such an apposition ends.
_APPOSITION_END = re.compile(r"[,;.:()]")
# Added to the distance of a count from a trigger that an after-clause cue separates from it.
_AFTER_CLAUSE = 1000
# A clause break after a clause-final verb (writing.tsv: verb_position final, Japanese).
_CLAUSE_COMMA = re.compile(r"[、,，;；]")


#: A pause between two words (a clause or phrase boundary, where an aside opens or closes):
#: a comma, semicolon, colon or dash in any script.
PAUSE = re.compile(r"[,;:،、，；—–]")


def _in_closed_aside(sentence: str, count: Count, before: int, pats: Patterns) -> bool:
    """Whether ``count`` stands in an aside that opens with a pause and the language's
    ``aside_opener`` (", which ...", ", who ...") and closes with a pause before ``before``:
    the aside tells its own story, its count is not the later verb's."""
    if not PAUSE.search(sentence, count.end, before):
        return False
    opened = [m.end() for m in PAUSE.finditer(sentence, 0, count.start)]
    return bool(opened) and bool(pats.aside_opener.match(sentence, opened[-1]))


# A clause break candidate: a semicolon, or a comma and the word after it.
_BREAK = re.compile(r";|,\s*(\w+)")


def clause_breaks(sentence: str, lo: int, hi: int, pats: Patterns) -> list[re.Match]:
    """The clause breaks between ``lo`` and ``hi``: a semicolon, or a comma and one of
    the language's ``coordinators`` ("and", "und", "и") or ``clause_conjunctions``
    ("pero", "aunque", "ali").

    Parameters
    ----------
    sentence : str
    lo, hi : int
        Where to look.
    pats : Patterns
        The language's patterns (its ``coordinators``).

    Returns
    -------
    list of re.Match
        One per break; ``m.end()`` is where the next clause's words start.
    """
    return [m for m in _BREAK.finditer(sentence, lo, hi)
            if m.group(1) is None or m.group(1).casefold() in pats.coordinators
            or m.group(1).casefold() in pats.clause_conjunctions]


def assign_counts(sentence: str, triggers: list[Trigger], segs: list[tuple[int, int]],
                  pats: Patterns, quantities: Sequence[Quantity] = ()
                  ) -> tuple[dict[int, Count], set[int], list[tuple[int, Count]]]:
    """Give each count to the nearest trigger that can take it (verbs win ties)."""
    best: dict[int, tuple[int, int, Count]] = {}
    adjectival: set[int] = set()
    for i, trig in enumerate(triggers):
        noun_class = pats.types[trig.event_type].count_nouns
        if not noun_class:
            continue
        a, b = segs[i]
        found = find_counts(sentence, a, b, noun_class, pats, quantities)
        if trig.form == "noun":
            m = pats.count_before_noun_trigger.search(sentence, max(a, trig.start - 30), trig.start)
            if m and not any(c.start == m.start("num") for c in found):
                value = parse_number(m.group("num"), pats)
                if value is not None:
                    found.append(Count(m.start("num"), trig.end, value,
                                       _qualifier(sentence, m.start("num"), pats, quantities),
                                        sentence[m.start("num"): trig.end], noun_class,
                                        pattern=True))
        for c in found:
            if c.start < trig.start < c.end and not c.pattern:
                adjectival.add(i)  # the trigger sits inside the counted phrase
                continue
            distance = min(abs(c.start - trig.end), abs(trig.start - c.end))
            distance += 0 if trig.form == "verb" else 5
            distance += _AFTER_CLAUSE if c.own_event else 0  # a further happening comes last
            if c.end <= trig.start and _in_closed_aside(sentence, c, trig.start, pats):
                continue  # "The EU, which has sanctioned 30 officials, could ease ...": the aside's
            if c.end <= trig.start and _rx.search(pats.after_clause, sentence, c.end, trig.start):
                distance += _AFTER_CLAUSE  # "freed 2,000 after Hamas released ...": not the later one's
            if c.start >= trig.end and _rx.search(pats.after_clause, sentence, trig.end, c.start):
                distance += _AFTER_CLAUSE  # "The pardons come two weeks after 123 ... walked free"
            if c.start >= trig.end and trig.form == "verb" and \
                    _CLAUSE_COMMA.search(sentence, trig.end, c.start) and pats.verb_final:
                # "9人が移送され、114人は引き渡された": where the verb ends its clause, a count
                # after it and a comma belongs to the next clause
                distance += _AFTER_CLAUSE
            elif c.start >= trig.end and trig.form == "verb" and not pats.verb_final and \
                    any(t.start >= c.end for t in triggers[i + 1:]) and \
                    clause_breaks(sentence, trig.end, c.start, pats):
                # "pardoned another 30 people, and in early July 18 prisoners, several of
                # them ill, were freed": past a comma and a coordinator (or a semicolon) a
                # count before the next verb is that verb's
                distance += _AFTER_CLAUSE
            if c.start not in best or distance < best[c.start][0]:
                best[c.start] = (distance, i, c)
    counts: dict[int, Count] = {}
    extra: list[tuple[int, Count]] = []
    for _distance, i, c in sorted(best.values(), key=lambda x: x[0]):
        if i not in counts:
            counts[i] = c
        elif c.explicit:
            extra.append((i, c))  # "it knew of eight releases ... put the number at 10"
    return counts, adjectival, extra


def is_incremental(sentence: str, count: Count, pats: Patterns) -> bool:
    """The count adds to an earlier one ("another 30", "20 more"): a new event."""
    num_end = count.start + len(count.text.split()[0]) if count.text else count.start
    return bool(pats.incremental.search(sentence, max(0, count.start - 20), count.start)
                or pats.incremental_after.match(sentence, num_end))


def is_cumulative(sentence: str, count: Count, pats: Patterns, one_day: bool = False,
                  dated: Sequence[int] = ()) -> bool:
    """A running total: a cue ("since July", "in total", "altogether") close to the count,
    with no other number in between, and no sign of an increment ("another 30", "20 more").
    With ``one_day`` (the clause names the one day it happened: "W sobotę na wolność wyszło
    łącznie 14 osób") a total is that day's, and only a "since" cue makes a running total.
    A cue in a clause of its own after a count its clause dates is that clause's.
    ``dated`` holds where the sentence states dates that are not periods: a date between a
    "since" cue and the count dates the count's own happening ("去年の夏以降、釈放が相次ぎ、
    ことし6月にも2人が釈放された": since last summer ..., and in June two more)."""
    if is_incremental(sentence, count, pats):
        return False
    # "pomilovao 32 osobe, a ukupno je od srpnja izašlo više od 300": the later clause's total
    # takes its "since" cue with it
    later = next((m.start() for m in _rx.finditer(pats.cumulative, sentence, count.end,
                                                  min(len(sentence), count.end + 70))
                  if "," in sentence[count.end:m.start()] and _later_total(sentence, m.end(), pats)),
                 None)
    for cue in (pats.since_near_count,) + (() if one_day else (pats.cumulative,)):
        for m in _rx.finditer(cue, sentence, max(0, count.start - 90),
                              min(len(sentence), count.end + 70)):
            if cue is pats.since_near_count and m.start() <= count.start < m.end():
                return True  # "seit dem Sommer 2024 ... Gefangene": the year read as a count
            lo, hi = (m.end(), count.start) if m.end() <= count.start else (count.end, m.start())
            if cue is pats.since_near_count and m.end() <= count.start and \
                    pats.since_when.match(sentence, m.end()):
                continue  # "since early July, when 18 were let go": the first happening
            if cue is pats.since_near_count and later is not None and m.start() >= later:
                continue
            if cue is pats.since_near_count and any(m.end() <= s < count.start for s in dated):
                continue  # "since last summer ..., and in June two more": the count's own date
            if m.start() >= count.end and _own_date(sentence, count, dated, pats) and \
                    clause_breaks(sentence, count.end, m.start(), pats):
                # "On Saturday he pardoned 20 people, and since July more than 250 in
                # total": after a count its clause dates, the total is the next clause's
                continue
            if ";" in sentence[lo:hi] or cue is pats.since_near_count and \
                    m.start() >= count.end and "," in sentence[lo:hi] and \
                    not pats.number.search(sentence, m.start(), m.end()) and \
                    not pats.month_word.search(sentence, m.start(), m.end()):
                # "freed 18 in July; since then the releases have slowed", "freed 18 in
                # July, and since then none": another clause (a "since" naming no time)
                continue
            if cue is not pats.since_near_count and m.start() >= count.end and \
                    "," in sentence[lo:hi] and _later_total(sentence, m.end(), pats):
                continue  # "pomilostil 29 ljudi, skupaj jih je od poletja 207": 207's cue
            if lo <= hi and pats.number.search(sentence, lo, hi) is None:
                return True
    return False


def _later_total(sentence: str, start: int, pats: Patterns) -> bool:
    """Whether a number follows a cue that starts another clause, before that clause
    ends: the cue is that number's ("..., skupaj jih je od poletja izpustil 207")."""
    pause = PAUSE.search(sentence, start)
    hi = pause.start() if pause else len(sentence)
    stop = sentence.find(".", start, hi)
    return pats.number.search(sentence, start, hi if stop < 0 else stop) is not None


def _own_date(sentence: str, count: Count, dated: Sequence[int], pats: Patterns) -> bool:
    """Whether the count's clause states a date before it ("u subotu je pomilovao 20")."""
    return any(d < count.start and not clause_breaks(sentence, d, count.start, pats)
               for d in dated)


_WORD = re.compile(r"\w+")


def _chained(sentence: str, named: list[dict[str, Any]], joins: frozenset[str]) -> int:
    """How many of the last people in ``named`` are listed together ("X, Y and Z")."""
    n = 1
    for left, right in zip(named[-2::-1], named[:0:-1], strict=False):
        between = sentence[left["end"]:right["start"]].strip().casefold()
        if between != "," and between not in joins:
            break
        n += 1
    return n


def _joined(gap: list[str], joins: dict[str, str]) -> tuple[str | None, list[str]]:
    """The longest joiner phrase ``gap`` starts with ("y a", "junto con"), its kind
    (``and`` or ``with``), and the words after it."""
    for n in range(min(3, len(gap)), 0, -1):
        kind = joins.get(" ".join(gap[:n]))
        if kind:
            return kind, gap[n:]
    return None, gap


def _others_tail(rest: list[str], after: list[str], others: frozenset[str],
                 hedged: bool) -> bool:
    """Whether the words between a joiner and the count (``rest``) and the word after the
    number (``after``) say "other(s)": "y a otros 13", "and at least 4 others"."""
    if len([w for w in rest if w not in others]) > (3 if hedged else 0):
        return False
    return bool(others & set(rest + after))


# How far (characters) before a count someone told with an indefinite article may stand,
# and how many words may stand between the article and the people noun.
_INDEFINITE_REACH = 80
_INDEFINITE_WORDS = 3


def _indefinite_people(sentence: str, end: int, pats: Patterns) -> list[dict[str, Any]]:
    """Spans before ``end`` of someone told with the language's indefinite article and a
    people noun ("a US citizen", "an opposition activist"), as named people's: in "a US
    citizen and one other prisoner" they are counted with the others."""
    out = []
    lo = max(0, end - _INDEFINITE_REACH)
    for m in pats.people_noun.finditer(sentence, lo, end):
        if m.end() > end:
            break
        words = _WORD.findall(sentence, lo, m.start())[-(_INDEFINITE_WORDS + 1):]
        first = next((i for i, w in enumerate(words) if w.casefold() in pats.indefinite), None)
        if first is None:
            continue
        start = sentence.rfind(words[first], lo, m.start())
        if not PAUSE.search(sentence, start, m.start()):
            out.append({"kind": "person", "start": start, "end": m.end()})
    return out


# How far (characters) before a count a name the gazetteer does not know may end.
_UNKNOWN_REACH = 60


def _unknown_people(sentence: str, end: int, ents: Sequence[dict[str, Any]],
                    pats: Patterns) -> list[dict[str, Any]]:
    """Spans before ``end`` of two or three capitalised words that no entity covers, in a
    language whose capitals mark names (``capitalised_names``): the gazetteer does not
    know "Андрея Кузнечика" in "отпустил Андрея Кузнечика и еще двух человек", which is
    3. Only the run right before the joiner counts (:func:`plus_named` checks the gap)."""
    if not pats.capitalised_names:
        return []
    out = []
    for m in NAME_RUN.finditer(sentence, max(0, end - _UNKNOWN_REACH), end):
        if len(m.group().split()) < 2 or m.start() == 0 or \
                any(m.start() < e["end"] and e["start"] < m.end() for e in ents):
            continue  # one word, the sentence's first words, or a known name or country
        out.append({"kind": "person", "start": m.start(), "end": m.end()})
    return out


def plus_named(count: Count | None, sentence: str, ents: Sequence[dict[str, Any]],
               pats: Patterns, written: str | None = None) -> Count | None:
    """``count`` with the people named just before it added: "X and 13 others" is 14.

    The count must follow named people, joined to them by a coordinator
    (``coordinators``) or a joiner phrase (``others_joiners``: "y a", "junto
    con", "insieme ad"), with a word for "other" (``others_words``) between
    them or right after its number: "Tsikhanouski and 13 other prisoners",
    "X und 13 weitere", "X и ещё 13", "X y a otros 13"; a hedge of up to three
    words may stand before the number ("X and at least 4 others": 5, at least).
    Names listed together before it ("X, Y and 13 others") all count. A
    comitative joiner (kind ``with``: "along with 13 others", "com mais 13
    detidos") adds one even when no name stands right before it: someone was
    freed with the others.

    Parameters
    ----------
    count : Count or None
        The mention's count.
    sentence : str
        The sentence (digit view) the count's and the entities' offsets refer to.
    ents : sequence of dict
        The sentence's entities (``kind``, ``start``, ``end``).
    pats : Patterns
        The language's patterns, for its ``coordinators``, ``others_joiners`` and
        ``others_words``.
    written : str, optional
        The sentence as written, where the joiner between the names and the number is
        read: the digit view blanks a coordinator written onto the number ("X و13
        آخرين", ``clitic_prefixes.txt``).

    Returns
    -------
    Count or None
        ``count``, or a copy whose value includes the named people.
    """
    others = pats.others_words
    if count is None or count.value is None or not others:
        return count
    named = sorted([*(e for e in ents if e["kind"] == "person" and e["end"] <= count.start),
                    *_indefinite_people(sentence, count.start, pats),
                    *_unknown_people(sentence, count.start, ents, pats)], key=lambda e: e["end"])
    if not named and "with" not in pats.others_joiners.values():
        return count  # most counts: nobody named before them, no comitative in the language
    near = [w.casefold() for w in _WORD.findall(sentence[max(0, count.start - 40):count.start])]
    after = [w.casefold() for w in _WORD.findall(sentence[count.start:count.end])][1:2]
    # "مع ١٣ معتقلاً آخرين": the word for "others" may follow the counted noun
    behind = [w.casefold() for w in _WORD.findall(sentence, count.end, count.end + 20)][:1]
    if not others & set(near[-5:] + after + behind):
        return count  # no word for "other(s)" by the number
    hedged = count.qualifier not in (None, "exact")  # "X and at least 4 others": the hedge sits between
    coordinators = pats.coordinators
    joins = {**dict.fromkeys(coordinators, "and"), **pats.others_joiners}
    if named:
        gap = [w.casefold() for w in _WORD.findall((written or sentence)[named[-1]["end"]:
                                                                           count.start])]
        kind, rest = _joined(gap, joins)
        if kind and _others_tail(rest, after + behind, others, hedged):
            return replace(count, value=count.value + _chained(sentence, named, coordinators))
    # "saiu da prisão com mais 13 detidos": the one who left with them counts too
    for n in range(min(len(near), 6), 0, -1):
        kind, rest = _joined(near[-n:], joins)
        if kind == "with" and _others_tail(rest, after + behind, others, hedged):
            return replace(count, value=count.value + 1)
    if near and near[-1] in others and _with_clause(sentence, count.start, pats):
        return replace(count, value=count.value + 1)  # "Вместе с ним ... вышли еще 13"
    return count


# How far (characters) before a count a comitative that opens its clause may stand.
_CLAUSE_REACH = 80


def _with_clause(sentence: str, start: int, pats: Patterns) -> bool:
    """Whether a comitative with a pronoun (``others_joiners`` of kind ``clause``: "вместе с
    ним", "разом із ним", "kartu su juo") stands before ``start`` in the same clause, with a
    verb between it and "N more": "Вместе с ним на свободу вышли еще 13 человек" is 14."""
    phrases = [p for p, kind in pats.others_joiners.items() if kind == "clause"]
    if not phrases:
        return False
    lo = max(0, start - _CLAUSE_REACH)
    words = " ".join(w.casefold() for w in _WORD.findall(sentence, lo, start))
    return any(f" {p} " in f" {words} " and not PAUSE.search(
        sentence, lo + sentence[lo:start].casefold().rfind(p.split()[-1]), start)
        for p in phrases)
