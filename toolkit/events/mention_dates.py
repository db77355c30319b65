"""The date of a mention: which date expression of its sentence dates it, or what else does.

:func:`choose_date` picks the date of the trigger's own clause (a date of
another clause, of a saying or of a detention does not date it), an offset
("two days after ...") counted from another date, or none;
:func:`date_mention` falls back, in order, on a running total's publication
day, a date told earlier in the paragraph, a marker that stands alone ("Two
days later"), the article's news peg for its family, and the publication
day, and says which (``date_basis``) or why the date stays empty
(``date_reason``). :class:`DateContext` carries what one article has dated
so far. The date expressions themselves come from :mod:`toolkit.events.dates`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from toolkit.clean.datelines import split_dateline
from toolkit.events import prefilter as _rx
from toolkit.events.counts import PAUSE, clause_breaks, parse_number
from toolkit.events.dates import DateHit, Months, count_from, told_dates
from toolkit.events.patterns import Patterns, Trigger

__all__ = ["AFTER_CLAUSE_REASON", "PAUSE", "UNSTATED_TEXT", "DateContext", "DatedMention",
           "choose_date", "clause_breaks", "date_mention", "period_start", "told_count"]

#: Why an event told in an after clause, with no date of its own there, is undated.
AFTER_CLAUSE_REASON = "an event in an after clause with no date of its own"

# Words that may stand before a date that opens its sentence ("Le", "Na", "On").
_FRONTED_WORDS = 2
# A clause break where the verb ends its clause (Japanese 、).
_VERB_FINAL_BREAK = re.compile(r"[、,，;；]")


def _other_clause(sentence: str, trig: Trigger, hit: DateHit, pats: Patterns) -> bool:
    """Whether a clause break stands between the trigger and the date, and the date does
    not open the sentence ("On Thursday, ..." dates what follows it, break or not)."""
    lo, hi = (trig.end, hit.start) if hit.start >= trig.end else (hit.end, trig.start)
    if pats.verb_final and hit.start >= trig.end:
        # "6月、14人を釈放し、9月にも52人を解放した": where the verb ends its clause, a date
        # after the verb and a comma belongs to the next clause
        return bool(_VERB_FINAL_BREAK.search(sentence, lo, hi))
    return len(sentence[:hit.start].split()) > _FRONTED_WORDS and \
        bool(clause_breaks(sentence, lo, hi, pats))


def _refers_back(sentence: str, trig: Trigger, hit: DateHit, pats: Patterns) -> bool:
    """Whether ``hit`` stands in a later clause that names the act itself by a word of the
    language's ``event_reference`` ("вычеркнул «Белавиа» из списка; решение было принято
    во вторник", "the decree was signed on Sunday")."""
    if hit.start < trig.end:
        return False
    breaks = clause_breaks(sentence, trig.end, hit.start, pats)
    if not breaks:
        return False
    return bool(_rx.search(pats.event_reference, sentence, breaks[-1].end(), hit.start))


def _in_aside(sentence: str, hit: DateHit, before: int, pats: Patterns) -> bool:
    """Whether ``hit`` stands in an aside that closes with a pause before ``before`` and
    opens with a pause and the language's ``aside_opener`` (", who ...,")."""
    if not PAUSE.search(sentence, hit.end, before):
        return False
    opened = [m.end() for m in PAUSE.finditer(sentence, 0, hit.start)]
    return bool(opened) and bool(pats.aside_opener.match(sentence, opened[-1]))


# A dateline's date stands within this many characters of its sentence's start.
_DATELINE_CHARS = 60


def _story_dates(d: dict[str, Any]) -> list[DateHit]:
    """The sentence's dates, without the date of a dateline that opens it ("MINSK, Nov 21
    (Wire) - Belarus released 18 prisoners on Wednesday": the dateline's day is the
    story's, the event has its own) when the sentence states another date; with none,
    the dateline's day is the only date the sentence gives."""
    stated = d["stated"]
    if not any(h.start < _DATELINE_CHARS for h in stated):
        return stated
    place, agency, rest = split_dateline(d["sentence"])
    if not (place or agency):
        return stated
    head = len(d["sentence"]) - len(rest)
    own = [h for h in stated if h.start >= head]
    return own or stated


def choose_date(d: dict[str, Any], pats: Patterns) -> tuple[DateHit | None, str]:
    """The date expression that dates a drafted mention, and where it stands.

    Returns ``(hit, basis)``: basis ``stated`` (in the event's own clause),
    ``sentence`` (elsewhere in the sentence), ``cumulative`` (a running
    total, dated as of publication) or ``none``.
    """
    trig = d["trig"]
    a, b = d["seg"]

    def distance(h: DateHit) -> int:
        return min(abs(h.start - trig.end), abs(trig.start - h.end))

    if d["modality"] == "demanded":
        # "urged Tehran to free two journalists detained last month": a demand has no date
        # of its own, only a deadline ahead ("by Friday")
        ahead = [h for h in d["stated"] if not h.speech and a <= h.start < b and h.ahead()]
        return (min(ahead, key=distance), "stated") if ahead else (None, "none")
    if d["modality"] != "reported":
        # a date before "expected to be released" is when it was said, not when it happens;
        # where the verb ends its clause (writing.tsv: verb_position final, Japanese) every
        # date comes before it, and a date of the saying is marked ``speech``
        # ("prevén reunirse ..., aunque el domingo el Kremlin ...": not in another clause)
        # "Nicht unter den am Samstag Freigelassenen war ...": a date inside the trigger's
        # own words after its negation is its own (not "ließ ... am Freitag nicht frei":
        # the day the release did not happen is not stated as its own)
        cue_in = trig.text.casefold().find(d["cue"].casefold()) if d.get("cue") else -1
        after = [h for h in d["stated"] if not h.speech and cue_in >= 0
                 and trig.start + cue_in < h.start < trig.end]
        after = after or [h for h in d["stated"] if not h.speech and trig.end <= h.start < b
                          and not _other_clause(d["sentence"], trig, h, pats)]
        if not after and pats.verb_final:
            after = [h for h in d["stated"] if not h.speech and a <= h.start < trig.start]
        if not after:  # "Minsk příští měsíc propustí": a date ahead is when it happens
            after = [h for h in d["stated"] if not h.speech and a <= h.start < trig.start
                     and h.ahead()]
        if not after and d["modality"] in ("expected", "denied") and d.get("cue"):
            # "soll am Freitag ... zusammentreffen": a date between the modal and its verb;
            # "zat niet bij de groep die vandaag vrijkwam": between the negation and the verb
            # ("due on Monday to impose": a cue may end in the word that opens the trigger)
            cue_at = d["sentence"].rfind(d["cue"], a, trig.start + len(d["cue"]))
            cue_at = cue_at if cue_at < trig.start else -1
            after = [h for h in d["stated"] if not h.speech and 0 <= cue_at < h.start < trig.start]
            if not after and pats.verb_second and cue_at >= 0 and d["modality"] == "expected":
                # "Am Montag wollen die Minister ... ausweiten": the date that opens the clause
                # puts the modal in second place, so it is the event's, not the saying's
                after = [h for h in d["stated"] if not h.speech and a <= h.start
                         and len(d["sentence"][:h.start].split()) <= _FRONTED_WORDS
                         and not d["sentence"][h.end:cue_at].strip()]
        return (min(after, key=distance), "stated") if after else (None, "none")
    # "Через два дня США смягчили санкции": in a report of the past a shift ahead of the
    # day of writing ("in two days") counts from the event told before, not from publication
    usable = [h for h in _story_dates(d) if h.kind != "relative" or h.parts.get("shift", 0) <= 0]
    after = _rx.search(pats.after_clause, d["sentence"], a, trig.start)
    if after:  # "después de que Washington levantara las sanciones": only the clause's own date
        # ("Kort nadat Washington ... had verlicht, zette Minsk donderdag ...": a verb's clause
        # ends at its pause, the next clause's date is not its own)
        # ("nach zweitägigen Gesprächen mit X bereits am Samstag angekündigt": a date of the
        # saying is not a noun's in an after phrase)
        stop = PAUSE.search(d["sentence"], trig.end) if trig.form == "verb" else None
        if stop is not None and not d["sentence"][trig.end:stop.start()].strip():
            # "después de que el Tesoro sancionara, el mes pasado, a tres jueces": a phrase
            # set off right after the verb is inside its clause, which goes on after it; only
            # a date set off alone ("hatte, ließ Minsk am Donnerstag ... frei, darunter" is
            # the next clause)
            close = PAUSE.search(d["sentence"], stop.end())
            inset = d["sentence"][stop.end(): close.start()].strip() if close else ""
            if close is not None and any(
                    stop.end() <= h.start and h.end <= close.start()
                    and len(inset) <= h.end - h.start + 4 for h in usable):
                stop = close
        usable = [h for h in usable if after.start() <= h.start
                  and (stop is None or h.start < stop.start())
                  and not (h.speech and trig.form == "noun")]
    # "handed 31 over after Lukashenko pardoned them on Saturday": a date in an after-clause
    # that follows the trigger dates that clause's event, unless that event is this
    # mention's own twin ("freed two priests after he pardoned them on Thursday": one
    # happening told twice, its date is the pair's)
    twins = d.get("also", ())
    usable = [h for h in usable if h.start < trig.end or any(
        trig.end <= t.start < h.start for t in twins) or not _rx.search(
        pats.after_clause, d["sentence"], trig.end, h.start)]
    # "pardoned X, whom a court sentenced in June": so does the date of a relative clause
    # after a verb (not one anchoring "on the eve of the holiday, which falls on ...")
    usable = [h for h in usable if h.start < trig.end or trig.form != "verb" or not _rx.search(
        pats.relative_clause, d["sentence"], trig.end, h.start) or _rx.search(
        pats.offset_marker, d["sentence"], trig.end, h.start) or _rx.search(
        pats.vague_dates, d["sentence"], trig.end, h.start)]
    if trig.form == "verb" or any(
            h.start >= trig.end and not PAUSE.search(d["sentence"], trig.end, h.start)
            for h in usable):
        # "Lukashenko, who freed 52 in September, pardoned 25 more on Tuesday": a date in
        # an aside opened before the trigger (the language's ``aside_opener``) is the
        # aside's, when the trigger is a verb ("Krieger, der im Juni verurteilt worden war,
        # ist wieder in Freiheit": no date of its own) or its own clause has a date after it
        # (not an aside that tells the day of a frame before it: "On the eve of Independence
        # Day, which Belarus marks on July 3, ...")
        usable = [h for h in usable if h.start >= trig.end or not _in_aside(
            d["sentence"], h, trig.start, pats) or _rx.search(
            pats.vague_dates, d["sentence"], a, h.start)]
    if pats.thanks_after.match(d["sentence"], trig.end):
        # "…16人の釈放に謝意を示した": a release thanked for is an earlier one; only a date of
        # its own clause dates it
        usable = [h for h in usable if a <= h.start < b]
    offset = _offset_hit(d, pats)
    if offset is not None:
        return offset, "sentence"
    inside = [h for h in usable if a <= h.start < b and not h.speech]
    if inside and all(h.precision == "year" for h in inside) and any(
            h.precision != "year" and not h.speech for h in usable):
        inside = []  # "lifted sanctions ..., the largest group this year": a finer date exists
    if d["cumulative"]:
        return None, "cumulative"  # a running total is dated as of publication
    if inside:
        # "In June, 14 were freed ..., and in September 52 more": a date across a clause
        # break (a comma or semicolon and a coordinator) dates the next clause
        own = [h for h in inside if not _other_clause(d["sentence"], trig, h, pats)]
        # "13日、2020年の大統領選を巡り…恩赦を与えた": beside a day or month of the same
        # clause, a bare year describes something else
        own = [h for h in own if h.precision != "year"] or own
        if own:  # else "freed 52 on Thursday, and the US eased ...": that date is not this one's
            return min(own, key=distance), "stated"
    # where the verb ends its clause (Japanese "7日、…恩赦したと発表した") a date marked as the
    # saying's stands before the whole report: it is not the event's
    if pats.verb_final or pats.speech_apart:
        usable = [h for h in usable if not h.speech]
    # "freed 52 on Thursday, and the US eased ...": another clause's date across a clause
    # break dates this event only when it opens the sentence ("On Thursday, ..."), or when
    # the event's clause points back to it ("in September he met Lukashenko, and then 52 ...")
    usable = [h for h in usable if not _other_clause(d["sentence"], trig, h, pats) or (
        h.end <= trig.start and _rx.search(pats.same_time_markers, d["sentence"], h.end,
                                           trig.start))
        or _refers_back(d["sentence"], trig, h, pats)]
    if usable:
        plain = [h for h in usable if not h.speech] or usable
        fine = [h for h in plain if h.precision != "year"] or plain
        return min(fine, key=distance), "sentence"
    return None, "none"


def _offset_hit(d: dict[str, Any], pats: Patterns) -> DateHit | None:
    """"two days after the government freed 123": a date counted from another date."""
    trig = d["trig"]
    a, b = d["seg"]
    sentence = d["sentence"]
    markers = list(_rx.finditer(pats.offset_marker, sentence, a, trig.start))
    if not markers and (fronted := _fronted_offset(d, pats)) is not None:
        return fronted
    if markers:  # "dopo l'incontro": the article elided before the trigger ends the marker
        # (cut at the trigger, the marker reads "un giorno dopo", a day later)
        longer = pats.offset_marker.match(sentence, markers[-1].start(), trig.end)
        if longer and longer.end() > markers[-1].end() and longer.group(0)[-1] in "'’":
            markers[-1] = longer
    trailing = not markers
    if trailing:
        # "held talks two days after ... took office on 4 June": a marker after the trigger
        # counts from a date after it, when the trigger has no date of its own
        m = _rx.search(pats.offset_marker, sentence, trig.end, b)
        # (a date inside the marker is the marker read as a date: "через 2 дня")
        if m is None or not pats.offset_trailing.search(m.group(0)) or any(
                h.start < m.start() for h in d["stated"] if not h.speech):
            return None
        markers = [m]
    m = markers[-1]
    if not trailing and not pats.offset_trailing.search(m.group(0)) and any(
            m.end() <= h.start < trig.start and not h.speech and h.precision == "day"
            for h in d["stated"]):
        return None  # "a trzy tygodnie później – w sobotę – kolejne 23": its own day
    if not trailing and pats.offset_trailing.search(m.group(0)) and \
            not PAUSE.search(sentence, m.end(), trig.start) and any(
                h.start >= trig.end and not h.speech and not PAUSE.search(
                    sentence, trig.end, h.start) for h in d["stated"]):
        return None  # "weeks after the US took Belavia off the list earlier this month": the
        # trigger is the happening counted from, and the date after it is its own
    pause = PAUSE.search(sentence, m.end(), trig.start)
    if not trailing and pause and pats.offset_trailing.search(m.group(0)) and any(
            not h.speech and h.end <= m.start() and not sentence[h.end:m.start()].strip(" ,")
            for h in d["stated"]):
        return None  # "Giovedì, un giorno dopo la visita di Coale, Minsk ha liberato 52": a
        # marker set off after a date is an aside; the date is the main clause's own
    if not trailing and pause and pats.offset_trailing.search(m.group(0)) and \
            len(sentence[a:m.start()].split()) <= _FRONTED_WORDS:
        # "A week after Coale's visit on 12 December, Lukashenko pardoned 22": a fronted
        # marker counts on from the date of its own phrase
        own = [h for h in d["stated"] if not h.speech and m.end() <= h.start < pause.start()]
        if own:
            return DateHit(m.start(), m.end(), f"{m.group(0)} {own[-1].text.strip()}",
                           "offset", {"anchor": own[-1], "days": _offset_days(m, pats, True)},
                           "day")
    # the date counted from is outside the stretch "<marker> ... <trigger>"
    anchors = [h for h in d["stated"] if not h.speech and not (m.start() <= h.start < trig.start)
               and not m.start() <= h.start < m.end()
               and (trailing or h.start < m.start())]  # a date after the trigger is its own
    if not anchors:
        return None
    anchor = min(anchors, key=lambda h: abs(h.start - m.start()))
    return DateHit(m.start(), m.end(), f"{m.group(0)} {anchor.text.strip()}", "offset",
                    {"anchor": anchor, "days": _offset_days(m, pats, trailing)}, "day")


def _fronted_offset(d: dict[str, Any], pats: Patterns) -> DateHit | None:
    """"Deux jours après la rencontre de jeudi, Minsk a libéré 40 détenus": a marker that
    opens the sentence, before the clause of the trigger (the happening counted from is a
    trigger of its own, so the mention's clause starts after it), counts on from the date
    of its own phrase, when the trigger's clause states none."""
    trig, sentence = d["trig"], d["sentence"]
    if not d["seg"][0]:
        return None  # the mention's clause opens the sentence: no phrase before it
    m = _rx.search(pats.offset_marker, sentence, 0, d["seg"][0])
    if m is None or len(sentence[:m.start()].split()) > _FRONTED_WORDS or \
            not pats.offset_trailing.search(m.group(0)):
        return None
    pause = PAUSE.search(sentence, m.end(), trig.start)
    stated = [h for h in d["stated"] if not h.speech]
    if pause is None or any(h.start >= pause.end() for h in stated):
        return None  # no phrase of its own, or the trigger's clause has its date
    own = [h for h in stated if m.end() <= h.start < pause.start()]
    if not own:
        return None
    return DateHit(m.start(), m.end(), f"{m.group(0)} {own[-1].text.strip()}", "offset",
                   {"anchor": own[-1], "days": _offset_days(m, pats, True)}, "day")


def _offset_days(m: re.Match[str], pats: Patterns, trailing: bool) -> int | None:
    """Days an offset marker ("two days later", "a week after") counts, or None."""
    g = m.groupdict()
    # a third spelling (``unit3``, ``dir3``) for a language's other word order ("am Folgetag")
    # a ``tail`` ("через два дня после"): the word that ties the marker to the event it
    # counts from gives the direction, not the marker's own "через"
    direction = g.get("tail") or g.get("dir") or g.get("dir2") or g.get("dir3") or ""
    unit = g.get("unit") or g.get("unit2") or g.get("unit3") or ""
    if g.get("n"):
        n = parse_number(g["n"], pats)
    elif g.get("unit2") or g.get("unit3") or m.group(0).split()[0].casefold() in pats.indefinite:
        n = 1  # "the day after", "a week later"
    else:
        n = None  # "several days later"
    size = next((days for prefix, days in pats.time_units.items()
                 if unit.casefold().startswith(prefix)), None)
    if size == 0:
        return 0  # "a few hours later" (a unit of 0 days in time_units.tsv): the same day
    if n is None or size is None:
        return None
    sign = -1 if direction.casefold() in pats.offset_before_anchor else 1
    days = (-sign if trailing else sign) * n * size  # "two days after <date>" adds two
    return Months(days) if size == 30 else days  # "two months later": counted in months


def _peg_offset(d: dict[str, Any], m: re.Match[str], pats: Patterns,
                peg: tuple[list[tuple[pd.Timestamp, str]], str, int] | None
                ) -> DatedMention | None:
    """"Lukashenko pardoned 31 on Saturday. // Two days earlier he pardoned two priests": an
    offset back in time that opens a later paragraph counts from the news peg of the
    mention's own family (its first day-precise reported date), the story's main event.
    Forward offsets ("Two days later, the US eased ...") and other families are left
    undated: what they count from is not told."""
    if peg is None or d["sentence"][:m.start()].strip(" «„\"'"):
        return None
    days = _offset_days(m, pats, False)
    if days is None or days >= 0:
        return None
    counted = count_from(peg[0][0], days)
    if counted is None:
        return None
    return _dated([counted], f"{m.group(0)} ({peg[1]})", None, "context")


def _context_offset(d: dict[str, Any], pats: Patterns, context: DateContext, para: int,
                    family: str, pub: pd.Timestamp | None = None) -> DatedMention | None:
    """"Belarus freed 16 on Wednesday. Two days later, the US eased ...": a marker that
    stands alone counts from the last date of an event in the same paragraph; one tied to
    the trigger ("بعد يومين من عفو ...", two days after a pardon) counts back from it.
    Before any date was stated, an offset back opening its sentence counts from the
    publication day, the day of the news the page tells undated ("Lukashenko pardoned 31
    Ukrainians. ... Two days earlier he pardoned two priests")."""
    m = _rx.search(pats.offset_marker, d["sentence"], d["seg"][0], d["trig"].start)
    tied = m is not None and bool(pats.offset_trailing.search(m.group(0)))
    if m is not None and m.groupdict().get("back") and context.last is not None:
        # "وبعد ذلك بيومين" (two days after that): a marker that names what it counts
        # from counts from the last date told, in a paragraph before too
        context.last = (context.last[0], context.last[1], para)
    if m is not None and not tied and context.last is None and pub is not None:
        return _peg_offset(d, m, pats, ([(pub.normalize(), "day")], "publication date", para))
    between = d["sentence"][m.end():d["trig"].start] if m is not None else ""
    # "... on Friday. The move came a week after the US blacklisted 33": the trigger is
    # inside the after-clause of a reference back to the event told before
    # (the reference may be a trigger of its own that ends the segment before this one:
    # "De vrijlating komt een dag nadat ... om tafel zat")
    back = tied and context.last is not None and context.last[2] == para and \
        not PAUSE.search(between) and bool(_rx.search(
            pats.event_reference, d["sentence"], 0, m.start()))
    if m is not None and not tied and context.last is not None and context.last[2] != para:
        return _peg_offset(d, m, pats, context.peg_by_family.get(family))
    if context.last is None or m is None or (context.last[2] != para and not tied) or (
            tied and between.strip() and not back):
        return None  # "two days after the talks, ...": counted from another happening
    (day, precision), *_ = context.last[0]
    days = _offset_days(m, pats, False)
    # "Belarus freed 52 on Thursday. Two months earlier, ...": a month
    counted = None if day is None or days is None else count_from((day, precision), days)
    if counted is None:
        return None
    text = f"{m.group(0)} ({context.last[1]})"
    context.last = ([counted], text, para)  # "... The same day, the EU ...": this day
    return _dated([counted], text, None, "context")


@dataclass
class DateContext:
    """Dates stated earlier in an article, for sentences that state none.

    ``by_family`` holds the last resolved date of each event family with its
    paragraph; ``last`` the last resolved date of any event.
    """

    by_family: dict[str, tuple[list[tuple[pd.Timestamp, str]], str, int]] = field(
        default_factory=dict)
    last: tuple[list[tuple[pd.Timestamp, str]], str, int] | None = None
    #: the first day-precise date a reported event of each family was given (the news peg)
    peg_by_family: dict[str, tuple[list[tuple[pd.Timestamp, str]], str, int]] = field(
        default_factory=dict)
    #: (family, (date, precision)) of every mention dated so far
    told: set[tuple[str, tuple[pd.Timestamp, str]]] = field(default_factory=set)
    #: (count, qualifier) of the last dated, reported, counted mention of each family
    counted: dict[str, tuple[int, str | None]] = field(default_factory=dict)
    #: how the day dates resolve against was inferred (toolkit.events.docdate), when the
    #: article has no publication date; None when it has one
    anchor: str | None = None
    #: the sentence just before and its paragraph, when it told no event (its date is the
    #: one a "then" opening the next sentence points to)
    quiet: tuple[str, int] | None = None


@dataclass
class DatedMention:
    """Where a mention's date came from: values, the words, a reason when empty, basis."""

    values: list[tuple[pd.Timestamp | None, str | None]]
    text: str | None
    reason: str | None
    basis: str
    #: dated by its family's news peg, not by anything the sentence says
    peg: bool = False


def date_mention(d: dict[str, Any], dates: list[DateHit], pats: Patterns,
                 pub: pd.Timestamp | None, context: DateContext, family: str,
                 para: int, past: bool) -> DatedMention:
    """Resolve the date of a drafted mention.

    In order: a date the sentence states (:func:`choose_date`); for a
    running total, the publication day; a date stated earlier in the same
    paragraph for the same family of events; a date of any event when the
    sentence says "at the time"; else, unless the sentence refers back to an
    earlier event, the day the article first gave a reported event of the
    same family (its news peg: "Nine of them were taken to Lithuania" after
    "pardoned 123 on Saturday"; not "30 more were pardoned"; ``basis="context"``),
    or the publication day
    (``basis="published"``). Otherwise the date is empty and ``reason`` says why.
    """
    hit, basis = choose_date(d, pats)
    if hit is not None and any(v.start() < hit.start < v.end() for v in _rx.finditer(
            pats.vague_dates, d["sentence"], d["seg"][0], d["seg"][1])):
        hit = None  # "before the end of next month": a frame opened before the date, a deadline
    since = [h for h in dates if h.since and h.precision == "day" and d["seg"][0] <= h.start <
             d["seg"][1] and not PAUSE.match(d["sentence"][h.end:h.end + 3].lstrip() or ",")]
    if hit is None and since and d["modality"] == "reported" and not d["cumulative"]:
        hit, basis = since[0], "sentence"  # "die seit gestern verhandeln": since that day
    published = context.anchor or "published"
    if hit is not None:
        values, reason = hit.resolve(pub, d["modality"] == "expected")
        if basis == "sentence" and len(values) > 1 and all(p == "day" for _, p in values):
            # "12-13 December - talks in Minsk; 123 pardoned": the days of another clause
            # lead to this one's happening, told once, on the last of them
            values = values[-1:]
        text = " ".join(hit.text.split())
        if values:
            context.by_family[family] = (values, text, para)
            context.last = (values, text, para)
            if d["modality"] == "reported" and values[0][1] == "day" and not d["cumulative"]:
                context.peg_by_family.setdefault(family, (values, text, para))
        if context.anchor and _needs_anchor(hit):
            basis = context.anchor  # "on Saturday" read against an inferred document date
        return _dated(list(values), text, reason, basis)
    if d["modality"] != "reported":
        return _dated([], None, f"{d['modality']} event: no date stated", basis)
    if basis == "cumulative":
        if pub is None:
            return _dated([], None, "running total in an article without a publication date",
                          basis)
        return _dated([(pub.normalize(), "day")], "as of publication", None, published)
    a, b = d["seg"]
    vague = _rx.search(pats.vague_dates, d["sentence"], a, b)
    if vague:
        return _dated([], vague.group(0), f"{vague.group(0)!r} cannot be resolved to a day, "
                      "month or year", basis)
    if (counted := _context_offset(d, pats, context, para, family, pub)) is not None:
        return counted
    if _rx.search(pats.before_told, d["sentence"], a, b):
        # "19 of them had already left prison before the decree": before the day told
        return _dated([], None, "happened before the event told, on a day not stated", basis)
    if (then := _quiet_date(d, pats, pub, context, para)) is not None:
        return then
    if any(not h.speech for h in d["stated"]) and _rx.search(
            pats.after_clause, d["sentence"], a, d["trig"].start):
        # "14 were set free on June 21, hours after Kellogg met Lukashenko": the sentence's
        # date is its main clause's; a verb in an after clause with none of its own has no
        # date (not the day of publication), nor has a noun ("Sabato, al termine dei
        # colloqui con Coale, Lukashenko ha graziato ..."), nor the day the paragraph gave
        # an earlier one ("In June, 14 were freed. Last month Trump thanked him for
        # releasing 16 prisoners")
        return _dated([], None, AFTER_CLAUSE_REASON, basis)
    earlier = context.by_family.get(family)
    if earlier is not None and (earlier[2] == para or _rx.search(
            pats.family_reference, d["sentence"], 0, d["trig"].start)):
        # "Most of the pardoned, 114 people, were handed to Ukraine": the people of the
        # family's last dated event, told in an earlier paragraph too
        return _dated(list(earlier[0]), earlier[1], None, "context")
    if context.last is not None and _rx.search(pats.same_time_markers, d["sentence"]):
        return _dated(list(context.last[0]), context.last[1], None, "context")
    if past:
        return _dated([], None, "refers to an earlier event without stating its date", basis)
    if not d.get("incremental") and (peg := context.peg_by_family.get(family)) is not None:
        return DatedMention(list(peg[0]), peg[1], None, "context", peg=True)
    if pub is not None:
        return _dated([(pub.normalize(), "day")], "publication date" if published == "published"
                      else f"{UNSTATED_TEXT}{published})", None, published)
    return _dated([], None, "no date in the sentence and no publication date", basis)


#: How the date text of an undated mention dated by an inferred document date begins
#: ("document date (visible_date)"), unlike a date the text states read against it.
UNSTATED_TEXT = "document date ("


def _quiet_date(d: dict[str, Any], pats: Patterns, pub: pd.Timestamp | None,
                context: DateContext, para: int) -> DatedMention | None:
    """"Предыдущий обмен прошел в середине сентября. Тогда Москва и Киев освободили по 103":
    a same-time marker before the trigger, or after it in its own clause ("Washington
    sancionó ese mismo mes a 19 personas"), points to the last date of the sentence just
    before, in the same paragraph, when that sentence told no event of its own (one that did
    left its date in ``context.last``)."""
    if context.quiet is None or context.quiet[1] != para or not (_rx.search(
            pats.same_time_markers, d["sentence"], 0, d["trig"].start) or _rx.search(
            pats.same_time_markers, d["sentence"], d["trig"].end, d["seg"][1])):
        return None
    hits = told_dates(context.quiet[0], pats)
    if not hits:
        return None
    values, _ = hits[-1].resolve(pub, False)
    if not values:
        return None
    text = " ".join(hits[-1].text.split())
    context.last = (values, text, para)
    return _dated(list(values), text, None, "context")


def _needs_anchor(hit: DateHit) -> bool:
    return hit.kind != "absolute" or hit.parts.get("year") is None


def _dated(values: list, text: str | None, reason: str | None, basis: str) -> DatedMention:
    if not values:
        return DatedMention([(None, None)], text, reason, "none")
    return DatedMention(values, text, None, basis)


def period_start(d: dict[str, Any], dates: list[DateHit],
                 pub: pd.Timestamp | None) -> pd.Timestamp | None:
    """Start of the period a running total covers ("since July 2024"), else None."""
    if not d["cumulative"]:
        return None
    a, b = d["seg"]
    since = [h for h in dates if h.since] or [
        h for h in dates if a <= h.start < b and h.precision in ("month", "year")]
    if since:
        values, _ = since[0].resolve(pub, False)
        if values:
            return values[0][0]
    return None


# What may stand before the words that open a sentence.
_QUOTES = " «„\"'"

# Date bases of a mention that may be the people of its family's last counted event: dated by
# that event, or undated like it (the publication day, given or inferred), or by a day of its
# own ("Усіх їх сьогодні передали українській стороні" after "помилував 31": the same 31
# people, whatever day their handover is told on).
_TOLD_BASES = ("context", "published", "dateline", "visible_date", "latest_date_in_text",
               "stated")


def told_count(d: dict[str, Any], dated: DatedMention, context: DateContext, family: str,
               pats: Patterns) -> tuple[Any, Any]:
    """The count and qualifier of the people a sentence opens by naming as its family's last
    counted event ("Помилованные уже переданы украинской стороне", "Помилуваних уже передали
    Україні" after "помиловал 31"): the same people, so the same number; else no count.
    Only a reported mention dated by that event, or, when that event stated no date either,
    by the day of publication ("Лукашенко помиловал 31 гражданина Украины. Помилованные
    переданы Украине" on an agency page), whose sentence starts with the reference (not
    "двое помилованных", "część uwolnionych": a part of them), or with the trigger, the
    reference right after it, a preposition at most between ("وأُفرج عن المعفى عنهم في
    اليوم نفسه", freed were the pardoned, where the verb opens the sentence)."""
    if d["count"] is not None or d["modality"] != "reported" or \
            dated.basis not in _TOLD_BASES or family not in context.counted:
        return None, None
    sentence, trig = d["sentence"], d["trig"]
    m = _rx.search(pats.family_reference, sentence, 0, trig.end)
    if m is not None and not sentence[:m.start()].strip(_QUOTES):
        return context.counted[family]
    if sentence[:trig.start].strip(_QUOTES):
        return None, None
    m = _rx.search(pats.family_reference, sentence, trig.end, d["seg"][1])
    if m is None or len(sentence[trig.end:m.start()].split()) > 1:
        return None, None
    return context.counted[family]
