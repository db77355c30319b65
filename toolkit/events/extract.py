"""Event mentions from the text of one article (:func:`events_from_text`).

Frames (pandas or Dask) are handled by :mod:`toolkit.events.frame`.

Per sentence (sentences come from :func:`toolkit.clean.sentence_spans`):
find the triggers, give each the counts near it, read its modality, drop
what is not a new event (habits, references back, starts of periods:
:mod:`toolkit.events.novelty`), merge
triggers of one family that name the same happening, then date each
mention (:mod:`toolkit.events.mention_dates`) and pick its actor, target, place and
people (:mod:`toolkit.events.actors`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import pandas as pd

from toolkit.clean import sentence_spans
from toolkit.clean.datelines import dateline_date, split_dateline
from toolkit.events import docdate
from toolkit.events import prefilter as _rx
from toolkit.events.actors import (
    entities,
    has_state_party,
    name_before_verb,
    partners,
    pick_actor,
    pick_people,
    pick_place,
    pick_targets,
    unknown_name,
)
from toolkit.events.counts import Count, assign_counts, is_cumulative, is_incremental, plus_named
from toolkit.events.dates import DateHit, find_dates, one_day
from toolkit.events.docdate import document_date, entry_date, story_day, with_year, year_sections
from toolkit.events.headline import join_headline
from toolkit.events.lemmas import find_lemma_triggers
from toolkit.events.mention_dates import (
    AFTER_CLAUSE_REASON,
    PAUSE,
    DateContext,
    DatedMention,
    date_mention,
    period_start,
    told_count,
)
from toolkit.events.modality import NO_EVENT, modality_of, told_in_present
from toolkit.events.novelty import (
    DISTRIBUTIVE_AFTER,
    NEAR,
    distributive_count,
    distributive_subject,
    in_force,
    not_new,
    partitive_reference,
    quoted_term,
    someone,
    talks_after,
)
from toolkit.events.numbers import digit_view
from toolkit.events.page_lines import entry_day, stamped, timeline_runs
from toolkit.events.patterns import Patterns, Trigger, load_patterns
from toolkit.events.same_happening import drop_continued, gapped_clause_end, merge_same_family
from toolkit.gazetteer import Gazetteer, load_gazetteer

__all__ = ["events_from_text", "text_events"]

# A number right after a capitalised trigger: a numbered document ("Licença Geral 13"), no name.
_NUMBERED = re.compile(r"\s+\d")
_NEXT_CLAUSE = re.compile(r"[,;]\s+(?=\S+\s+(?:\S+\s+){0,3}\d)")  # a further gapped clause


def events_from_text(text: str, published: Any = None, language: str = "en",
                     article_id: str | None = None, outlet: str | None = None,
                     *, gazetteer: Gazetteer | None = None,
                     dateline: str | None = None) -> list[dict[str, Any]]:
    """Extract event mentions from one article's text.

    A pure function of its arguments: map it over a list, a pandas column or
    a Dask partition. Offsets index into ``text``.

    Parameters
    ----------
    text : str
        Clean article body.
    published : timestamp-like, optional
        Publication time; relative and year-less dates ("Saturday", "last
        month", "on December 13") are resolved against its UTC calendar day.
        Without it the document's own date is inferred (its dateline, a
        visible date line, or the latest full date the text states; see
        :mod:`toolkit.events.docdate`) and ``date_basis`` names the
        inference; when none can be inferred such dates stay empty, with a
        reason.
    language : str
        Pattern language (``'en'``, ``'ru'``); see :func:`available_languages`.
    article_id, outlet : str, optional
        Copied into every row.
    gazetteer : Gazetteer, optional
        Names to normalise with; defaults to :func:`load_gazetteer`.
    dateline : str, optional
        The article's dateline, when the loader split it off the text.

    Returns
    -------
    list of dict
        One dict per event mention with the columns of
        :data:`toolkit.schema.EVENTS`. ``date_basis`` says where the date
        came from: ``stated`` (the event's clause), ``sentence``,
        ``context`` (an earlier sentence), ``published`` (the sentence
        states no date at all), ``time_stamp`` (a live blog's time-stamped
        or key-events line: the page's day), an inferred document date (``dateline``,
        ``visible_date``, ``latest_date_in_text``) or ``none`` (empty date;
        ``date_reason`` says why, e.g. a date expression that cannot be
        resolved).

    Raises
    ------
    KeyError
        When ``language`` has no pattern file.

    Examples
    --------
    >>> rows = events_from_text("Belarus freed more than 50 political prisoners into "
    ...                         "Lithuania in September 2025.", "2025-12-13")
    >>> r = rows[0]
    >>> r["event_type"], r["count"], r["count_qualifier"], r["place"], r["date_precision"]
    ('release', 50, 'more_than', 'Lithuania', 'month')
    """
    if not isinstance(text, str):
        raise TypeError(f"events_from_text: text must be a str, got {type(text).__name__}")
    return text_events(text, published, load_patterns(language), gazetteer or load_gazetteer(),
                        article_id, outlet, dateline)


def _utc(published: Any) -> pd.Timestamp | None:
    if published is None or pd.isna(published):
        return None
    pub = pd.Timestamp(published)
    return pub.tz_localize("UTC") if pub.tzinfo is None else pub.tz_convert("UTC")


def text_events(text: str, published: Any, pats: Patterns, gaz: Gazetteer,
                article_id: str | None, outlet: str | None,
                dateline: str | None = None) -> list[dict[str, Any]]:
    """Event rows (EVENTS columns, not yet validated) of one article.

    Parameters
    ----------
    text : str
        The article's clean text.
    published : Any
        Publication date (anything :class:`pandas.Timestamp` reads) or None;
        without it the document's own date is inferred
        (:func:`toolkit.events.docdate.document_date`).
    pats : Patterns
        The language's patterns (:func:`toolkit.events.patterns.load_patterns`).
    gaz : Gazetteer
        Name normalisation.
    article_id, outlet : str or None
        Copied into every row.
    dateline : str, optional
        The article's dateline, one source of an inferred document date.

    Returns
    -------
    list of dict
        One dict per mention.
    """
    rows: list[dict[str, Any]] = []
    lowered = text.casefold()
    if len(lowered) != len(text):
        lowered = text.lower()  # keep offsets aligned (casefold can lengthen "ß")
    folded = _rx.fold(lowered)
    if not _rx.exists(pats.trigger_keywords, lowered, folded=folded):
        return rows
    pub = _utc(published)
    context = DateContext()
    anchor = pub
    if pub is None:  # infer the document's own date to read "on Saturday" against
        anchor, context.anchor = document_date(text, pats, dateline)
    elif (told := story_day(text, pats, pub, dateline)) is not None:
        # a repost of an earlier day's story: its "yesterday" counts from its dateline
        anchor, context.anchor = told, "dateline"
    paragraph_of = _paragraph_index(text)
    runs = timeline_runs(text, _spans(text, pats), pats, lowered, folded)
    spans = [(start, end) for start, end, _ in runs]
    sections = year_sections(text, pats)  # "2024" heading "16 August - 30 pardoned"
    lead = docdate.lead_dates(text, pats, dateline)  # the dateline the loader split off the lead
    for s_start, s_end, names in runs:
        sentence, para = text[s_start:s_end], paragraph_of(s_start)
        if not names:  # no trigger's keyword in the sentence
            context.quiet = (sentence, para)
            continue
        where = {"offset": s_start, "para": para, "article_id": article_id,
                 "outlet": outlet, "pub": anchor, "published": pub,
                 "year": next((y for a, b, y in sections if a <= s_start < b), None),
                 "page": text, "lead": lead if para == 0 else ()}
        found, lead = _sentence_events(sentence, where, pats, gaz, context), ()
        # "Предыдущий обмен прошел в середине сентября. Тогда ...": a sentence that told no
        # event may still give the day the next one's "then" points to
        context.quiet = None if found else (sentence, para)
        rows.extend(found)
    # a headline and its lead telling one happening are one mention
    return join_headline(rows, text, spans, pats, anchor, _find_triggers) if rows else rows


# A sentence that ends in a day number's full stop ("Am 21.") before a month name
# ("Juni kamen ...") is one sentence with an ordinal date (German, Lithuanian, Polish).
_ORDINAL_DAY_END = re.compile(r"(?<!\d)\d{1,2}\.$")


# A timeline's entry may open its line with a date that stands as a sentence of its own
# ("3 de julio de 2024. Salen en libertad 18 presos."): it dates the sentence after it on
# that line, so the two are read as one.
_DATE_SENTENCE_CHARS = 40


def _spans(text: str, pats: Patterns) -> list[tuple[int, int]]:
    """:func:`toolkit.clean.sentence_spans`, with ordinal dates kept in their sentence and
    a line's opening date sentence joined to the sentence after it on the line."""
    out: list[tuple[int, int]] = []
    for start, end in sentence_spans(text, pats.language):
        if out and text[out[-1][1] - 1] == "." and (
                _ORDINAL_DAY_END.search(text, out[-1][0], out[-1][1]) and
                pats.month_word.match(text, start) or _date_line_head(text, out[-1], start, pats)
                or _dateline_head(text, out[-1], start)):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _opens_line(text: str, span: tuple[int, int], following: int, longest: int) -> bool:
    """Whether ``span`` is at most ``longest`` characters, opens its line, and the sentence
    starting at ``following`` stands on the same line."""
    a, b = span
    return b - a <= longest and (not a or text[a - 1] == "\n") and "\n" not in text[b:following]


def _date_line_head(text: str, span: tuple[int, int], following: int, pats: Patterns) -> bool:
    """Whether ``span`` opens its line, holds only a date and its full stop, and the next
    sentence starts on the same line."""
    a, b = span
    if not _opens_line(text, span, following, _DATE_SENTENCE_CHARS):
        return False
    hit = entry_date(text[a:b], pats)
    return hit is not None and hit.end >= b - a - 1


# A dated dateline that the sentence splitter cut off its lead at its agency's full stop
# ("МИНСК, 22 ноября — РИА Новости. Президент ...", "МИНСК, 22 ноября. /ТАСС/. ...") is read
# with the sentence after it on its line when it is at most this long.
_DATELINE_SENTENCE_CHARS = 60


def _dateline_head(text: str, span: tuple[int, int], following: int) -> bool:
    """Whether ``span`` opens its line and is a dated dateline with at most a short agency
    name after it, and the next sentence starts on the same line."""
    if not _opens_line(text, span, following, _DATELINE_SENTENCE_CHARS):
        return False
    head = text[span[0]:span[1]] + " "
    place, agency, rest = split_dateline(head)
    return bool(place or agency) and len(rest.split()) <= 3 and dateline_date(head) is not None


# A paragraph ends at a blank line, or where a line opens with a bullet (a list's entry,
# a timeline's "- 11 September 2025: ...", tells its own story).
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=[ \t]*[-–—•*▪][ \t])")


def _paragraph_index(text: str) -> Callable[[int], int]:
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    return lambda pos: bisect.bisect_left(breaks, pos)


def _find_triggers(sentence: str, pats: Patterns) -> list[Trigger]:
    found: list[Trigger] = []
    lowered = sentence.casefold()
    runs = sorted({i for some in pats.trigger_keyword_finder.found(lowered) for i in some})
    for regex, event_type, form, _ in (pats.triggers[i] for i in runs):
        for m in _rx.finditer(regex, sentence):
            found.append(Trigger(m.start(), m.end(), event_type, form, m.group(0)))
    if pats.lemma_triggers:
        for start, end, event_type, form in find_lemma_triggers(
                sentence, pats.language, pats.lemma_triggers,
                pats.separable_particles, pats.coordinators):
            found.append(Trigger(start, end, event_type, form, sentence[start:end]))
    for trig in found:
        partial = pats.types[trig.event_type].partial
        if partial and _rx.search(pats.partial, sentence, max(0, trig.start - 25),
                                           min(len(sentence), trig.end + 25)):
            trig.event_type = partial  # "lifted some of the sanctions": an easing
    # keep the longest match where matches overlap; verb forms win ties
    found.sort(key=lambda t: (t.start, -(t.end - t.start), t.form != "verb"))
    kept: list[Trigger] = []
    for trig in found:
        if any(trig.start < k.end and k.start < trig.end for k in kept):
            continue
        kept.append(trig)
    kept.sort(key=lambda t: t.start)
    # "zniosły sankcje nałożone na ...": a participle (the language's attributive_participle)
    # that describes the object of another type's trigger is no event of its own
    return [t for t in kept if not (_rx.search(pats.attributive_participle, t.text) and any(
        k.event_type != t.event_type for k in kept))]



# Stands for "a count is given" when asking whether only a reference back makes a
# trigger no event (see :func:`toolkit.events.novelty.not_new`).
_SOME_COUNT = Count(0, 0, None, None, "", "people")

# How far (characters) after a verb trigger an unknown name is read as who was freed
# ("freed Anastassia Nuhfer", "a libéré le journaliste Andrzej Poczobut").
_NAME_AFTER = 40




def _title_case(sentence: str) -> bool:
    """A headline in title case ("Belarus Frees 52 Prisoners"): most words capitalised."""
    words = [w for w in sentence.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) * 2 > len(words)


def _dated_ahead(dates: Sequence[DateHit], seg: tuple[int, int]) -> bool:
    """Whether every date of the clause counts ahead of publication ("next month",
    "tomorrow"): what it tells has not happened yet."""
    a, b = seg
    mine = [h for h in dates if a <= h.start < b and not h.speech and not h.since]
    # a shift ("two days later", "через два дня") counts from another event's day
    return bool(mine) and all(h.ahead() and h.parts.get("resolve") != "shift" for h in mine)


def _draft(sentence: str, trig: Trigger, seg: tuple[int, int], count: Count | None,
           adjectival: bool, ents: list[dict[str, Any]], dates: list[DateHit],
           pats: Patterns, kin: bool = False) -> dict[str, Any] | None:
    """One candidate mention, or None when the trigger does not report a new event.

    With ``kin`` (another trigger of the family in the sentence), a verb that names
    no people of its own or points back ("pardoned and released 15", "begnadigte 80
    Häftlinge, die ... entlassen wurden") is kept as ``needs_twin``: it stands only
    when it merges with that trigger's mention (:func:`toolkit.events.same_happening.merge_same_family`)."""
    a, b = seg
    et = trig.event_type
    if pats.capitalised_names and trig.text[:1].isupper() and \
            any(c.isalnum() for c in sentence[:trig.start]) and not _title_case(sentence) \
            and not _NUMBERED.match(sentence, trig.end) and \
            not sentence[:trig.start].rstrip().endswith("."):  # after a joined date sentence
        return None  # a capitalised trigger inside a sentence is a name ("Libération")
    modality, cue = modality_of(sentence, trig, a, b, pats)
    if modality in NO_EVENT:
        # "the two men had discussed freeing 1,300 more": only what talks were about;
        # "рассчитывая добиться снятия санкций": only what a party strives for;
        # "did not say whether further swaps were planned": only what is asked about
        # "the EU must not lift its sanctions": a step that ought not to come
        return None
    if modality == "reported" and _dated_ahead(dates, seg):
        modality = "expected"  # "talks are to resume next month": no report of the past
    if count is not None and count.status and (
            modality != "demanded" or pats.held_in_demand.match(sentence, count.end)):
        count = None  # who is held; in a demand too where the labels read it so
    if modality == "reported" and (in_force(sentence, trig, seg, dates, pats)
                                   or quoted_term(sentence, trig)):
        # "the sanctions remain in force": a state; "was \"lifting sanctions\"": a word used
        return None
    needs_twin = False
    if not_new(sentence, trig, seg, count, modality, pats, ents):
        if kin and trig.form == "verb" and _rx.search(
                pats.anaphora_subset, sentence, max(a, trig.start - NEAR), trig.start):
            count = None  # "pardoned 150 ..., and X were among those released": the same people
        elif not (kin and count is None and trig.form == "verb" and
                  not not_new(sentence, trig, seg, _SOME_COUNT, modality, pats, ents)):
            return None
        needs_twin = True  # only the reference back made it no event: "die ... entlassen wurden"
    if adjectival and count is None:
        return None  # "two other released men"
    named = any(e["kind"] == "person" and e["role"] != "government" and a <= e["start"] < b
                for e in ents) or (trig.form == "verb" and (unknown_name(
                    sentence, (trig.end, min(b, trig.end + _NAME_AFTER)), ents, pats) or
                    name_before_verb(sentence, trig, a, ents, pats))) or \
        bool(_rx.search(pats.person_name, sentence, a, b))  # "ヌフェルさん": a name by its honorific
    needs = pats.types[et].needs
    # "Friday's release", "last week's pardon": a noun its own date names is one happening
    dated = trig.form == "noun" and bool(_rx.search(pats.dated_noun, sentence,
                                                    max(a, trig.start - NEAR), trig.start))
    if needs == "people" and count is None:
        # "nuevos indultos" stands for its people; so it does after a light verb ("podría
        # firmar nuevos indultos", a verb-form trigger) when awaited or asked for
        self_anchored = (trig.form == "noun" or modality != "reported") and \
            pats.self_anchoring.fullmatch(trig.text)
        dated_people = dated and (kin or _rx.search(pats.people_noun, sentence))
        # "called on Minsk to free them all": in a demand, the people named before; more
        # of them asked for or awaited ("より大規模な釈放を求めている", "さらなる釈放がある")
        asked_for = modality in ("demanded", "expected") and _rx.search(
            pats.people_pronoun, sentence, a, b)
        # "Those pardoned were handed over to Ukraine": a sentence that opens with the
        # people of the family's last event (the language's ``family_reference``)
        told = _rx.search(pats.family_reference, sentence, 0, trig.start)
        if not (self_anchored or named or dated_people or asked_for or
                _rx.search(pats.people_noun, sentence, a, b) or
                (told is not None and not sentence[:told.start()].strip(" «„\"'"))):
            # a pause between a noun trigger and the next one: no shared clause ("talks on
            # a pardon, ... freed 12" is no pardon of the 12)
            if not (kin and _rx.search(pats.people_noun, sentence)) or (
                    trig.form == "noun" and (a > 0 or PAUSE.search(sentence, trig.end, b))):
                return None
            # "pardoned and released 15 dissidents"; a noun heading the clause of the next
            # trigger, "a pardon decree set free 29 people": the people are shared
            needs_twin = True
        if trig.form == "noun" and modality == "reported" and not named and not dated and \
                not needs_twin and not _rx.search(pats.two_sided, trig.text):
            return None  # "the release of prisoners was announced": no number, nobody named
    if needs == "state" and not has_state_party(sentence, trig, seg, ents, pats) and \
            not _rx.search(pats.state_group, sentence, a, b):  # "the two countries"
        return None  # a meeting with no state party ("met their relatives") is not talks
    return {
        "trig": trig, "seg": seg, "modality": modality, "cue": cue, "count": count,
        "sentence": sentence, "named": named, "needs_twin": needs_twin,
        # a total told for one named day is that day's (dates read only for a total)
        "cumulative": count is not None and is_cumulative(
            sentence, count, pats, dated=[d.start for d in dates if not d.since]) and (
            not one_day(dates, seg) or is_cumulative(sentence, count, pats, True)),
        "incremental": count is not None and is_incremental(sentence, count, pats),
        "stated": [d for d in dates if not d.since], "dated_noun": dated,
        "talks_after": talks_after(sentence, trig, seg, ents, pats),
        "someone": someone(sentence, trig, seg, pats),
    }


class _Lazy(Sequence):
    """A list made on first use, by ``make()``."""

    __slots__ = ("_items", "_make")

    def __init__(self, make: Callable[[], list]) -> None:
        self._make, self._items = make, None

    def _get(self) -> list:
        if self._items is None:
            self._items = self._make()
        return self._items

    def __getitem__(self, index: Any) -> Any:
        return self._get()[index]

    def __len__(self) -> int:
        return len(self._get())

    def __iter__(self) -> Any:
        return iter(self._get())


def _sentence_events(sentence: str, where: dict[str, Any], pats: Patterns, gaz: Gazetteer,
                     context: DateContext) -> list[dict[str, Any]]:
    # the patterns read the digit view: number words as digits, offsets unchanged
    view, quantities = digit_view(sentence, pats.language)
    triggers = _find_triggers(view, pats)
    if not triggers:
        return []
    # dates and names are read when a trigger first needs them (most do; those a
    # sentence whose triggers all fall at the first checks never does)
    dates: Sequence[DateHit] = _Lazy(lambda: [with_year(h, where.get("year")) for h in (
        find_dates(view, pats, own_view=view == sentence) or where.get("lead", ()))])
    ents: Sequence[dict[str, Any]] = _Lazy(lambda: entities(gaz, sentence, pats.language))
    segs = _segments(triggers, len(view))
    counts, adjectival, extra = assign_counts(view, triggers, segs, pats, quantities)
    told = [t for i, t in enumerate(triggers)
            if partitive_reference(view, t, segs[i], counts.get(i), pats)]
    if told:  # "nine of the prisoners pardoned today are now in Vilnius": no pardon of nine
        triggers = [t for t in triggers if t not in told]
        if not triggers:
            return []
        segs = _segments(triggers, len(view))
        counts, adjectival, extra = assign_counts(view, triggers, segs, pats, quantities)
    drafts = []
    families = Counter(pats.types[t.event_type].family for t in triggers)
    for i, count in [(i, counts.get(i)) for i in range(len(triggers))] + extra:
        kin = families[pats.types[triggers[i].event_type].family] > 1
        trig, seg = triggers[i], segs[i]
        later = [c.start for j, c in extra if j == i and c.own_event and c.start >= trig.end]
        if later and (i, count) not in extra:  # "pomilovao 29, a sredinom studenoga 30"
            seg = gapped_clause_end(view, trig.end, seg, later[0], dates)
        if count is not None and count.own_event and (i, count) in extra and \
                count.start >= trig.end:
            # "freed 40 in March and another batch of 16 in June": a further happening of
            # the trigger's kind, read from its own words on (its own date)
            # "..., а через два дня — ещё 31": an offset opening its clause counts from the
            # date before it, so the clause starts at its break
            cut = max(view.rfind(",", trig.end, count.start), view.rfind(";", trig.end,
                                                                          count.start))
            seg = (cut if cut >= 0 and _rx.search(pats.offset_marker, view, cut, count.start)
                   else count.start, seg[1])
            line = view.rfind("\n", trig.end, count.start)
            if line >= 0:  # an elliptical entry of a timeline (page_lines.timeline_runs) is its line
                line_end = view.find("\n", count.end)
                seg = (line + 1, seg[1] if line_end < 0 else min(seg[1], line_end))
            stop = _NEXT_CLAUSE.search(view, count.end, seg[1])  # "u listopadu 37, a u studenome 32"
            seg = (seg[0], stop.start() if stop else seg[1])
            trig = replace(trig, start=count.start, end=count.end, text=count.text)
        d = _draft(view, trig, seg, count, i in adjectival, ents, dates, pats, kin)
        if d is not None and d["modality"] == "expected" and told_in_present(
                view, trig, d["cue"], seg, dates, where["pub"], pats):
            d["modality"], d["cue"] = "reported", None  # "3. Juli 2024 – ... werden begnadigt"
        if d is not None:
            if trig is not triggers[i]:  # a gapped clause shares its verb's doer
                d["doer"] = (triggers[i], segs[i])
            drafts.append(d)
    if not drafts:
        return []
    kept = merge_same_family(_anchored(drafts, dates, view, pats), pats)
    past = bool(_rx.search(pats.past_markers, view))
    # "met on Friday and are due to meet again today": the second day is no happening
    return drop_continued([(d, _rows(d, dates, pats, ents, context, past,
                                     {**where, "text": sentence})) for d in kept], view, pats)


def _segments(triggers: list[Trigger], end: int) -> list[tuple[int, int]]:
    """Each trigger's stretch of the sentence: from the end of the one before it to the
    start of the one after it."""
    return [(triggers[i - 1].end if i else 0,
             triggers[i + 1].start if i + 1 < len(triggers) else end)
            for i in range(len(triggers))]


def _anchored(drafts: list[dict[str, Any]], dates: list[DateHit], sentence: str,
              pats: Patterns) -> list[dict[str, Any]]:
    """Noun forms need an anchor: a count, a stated date, a dated verb-form event in the
    same sentence, an announcement or a modality cue ("called for the release of")."""
    has_verb_anchor = any(d["trig"].form == "verb" and d["modality"] == "reported"
                          for d in drafts)
    has_date = any(not h.speech for h in dates if not h.since)
    kept = []
    for d in drafts:
        trig = d["trig"]
        # "announced the lifting of ...", "the lifting of ... was announced" (not past a comma)
        after = min(len(sentence), d["seg"][1], trig.end + 40)
        comma = sentence.find(",", trig.end, after)
        announced = bool(_rx.search(pats.announcement, sentence, max(0, trig.start - 40),
                                    after if comma < 0 else comma))
        if trig.form == "noun" and not (
            d["count"] is not None or has_date or d["modality"] != "reported" or announced
            or (has_verb_anchor and d["modality"] == "reported") or d["talks_after"]
        ):
            continue
        kept.append(d)
    return kept


def _rows(d: dict[str, Any], dates: list[DateHit], pats: Patterns, ents: list[dict[str, Any]],
          context: DateContext, past: bool, where: dict[str, Any]) -> list[dict[str, Any]]:
    """The EVENTS rows of one mention (two when it states two days: "freed on Friday and
    Saturday"; one, the first, for a type whose registry row says ``days=first``)."""
    trig: Trigger = d["trig"]
    et = trig.event_type
    etype = pats.types[et]
    sentence, seg, pub = d["sentence"], d["seg"], where["pub"]
    original = where["text"]  # the sentence as written (``sentence`` is its digit view)
    count = plus_named(d["count"], sentence, ents, pats, original)  # "X and 13 others": 14
    dated = date_mention(d, dates, pats, pub, context, etype.family, where["para"], past)
    if d.get("after_twin") and dated.basis == "context" or d["talks_after"] and \
            dated.basis in ("published", "context"):
        dated = DatedMention([(None, None)], None, AFTER_CLAUSE_REASON, "none")
    if dated.basis == "published" and d["modality"] == "reported" and "page" in where and \
            stamped(where["page"], where["offset"], pats):
        # a live blog's time-stamped entry tells what happened on the blog's day
        dated = replace(dated, text="time stamp", basis="time_stamp")
    elif (dated.basis == "published" or dated.peg) and d["modality"] == "reported" and \
            "page" in where and (entry := entry_day(where["page"], where["offset"], pats)):
        # a later sentence of a timeline's entry tells the entry's day
        values, _ = with_year(entry, where.get("year")).resolve(pub)
        if values:
            dated = replace(dated, values=values, text=entry.text, basis="context", peg=False)
    said = {(etype.family, value) for value in dated.values}
    if d["dated_noun"] and count is None and said and said <= context.told:
        return []  # "Thursday's releases were the largest": the happening told before
    told = told_count(d, dated, context, etype.family, pats)
    if (dated.basis == "published" or dated.peg) and etype.needs == "people" and count is None and \
            told[0] is None and not d["named"] and not d["someone"] and d["modality"] == "reported":
        return []  # "prisoner releases", "welcomed the release": no number, no date, no new event
    context.told |= said
    if count is not None and d["modality"] == "reported" and not d["cumulative"] and \
            dated.values[0][0] is not None:
        context.counted[etype.family] = (count.value, count.qualifier)
    people, written = pick_people(etype, sentence, seg, ents, pats)
    offset = where["offset"]
    # a gapped clause ("..., а через два дня — ещё 31") has the doer of its verb's clause
    doer_trig, doer_seg = d.get("doer", (trig, seg))
    base = {
        "article_id": where["article_id"], "outlet": where["outlet"],
        "published": where["published"],
        "event_type": et, "cameo": etype.cameo,
        "date_text": dated.text, "date_reason": dated.reason, "date_basis": dated.basis,
        "count": count.value if count else told[0],
        "count_qualifier": count.qualifier if count else told[1],
        "count_text": original[count.start:count.end] if count else None,
        "cumulative": bool(d["cumulative"]),
        "period_start": period_start(d, dates, pub),
        "actor": pick_actor(etype, sentence, doer_seg, doer_trig, ents, pats),
        "target": pick_targets(etype, sentence, seg, ents, pats),
        "place": pick_place(etype, sentence, seg, trig, ents, pats),
        "people": people, "people_as_written": written,
        "modality": d["modality"], "modality_cue": d["cue"],
        "trigger": original[trig.start:trig.end],
        "evidence": original, "start": offset, "end": offset + len(original),
        "language": pats.language,
    }
    event_id = f"{where['article_id'] or 'text'}:{offset}:{offset + trig.start}:{et}"
    values = dated.values
    if etype.first_day and len(values) > 1 and all(p == "day" for _, p in values):
        values = values[:1]  # "talks on Friday and Saturday": one meeting, on its first day
    many = len(values) > 1
    rows = [{**base, "date": when, "date_precision": precision,
             "event_id": event_id + (f":{k}" if many else "")}
            for k, (when, precision) in enumerate(values)]
    # "Помилованные переданы украинской стороне": the opening word that names the people of
    # the family's last event (``told_count``) is no act of its own, only its verb is
    ref = _rx.search(pats.family_reference, sentence) if told[0] is not None else None
    # a sentence naming two acts of one happening ("pardoned and released 15") states both
    for other in {t.event_type: t for t in d.get("also", [])}.values():
        if other.event_type == et or ref is not None and other.start < ref.end():
            continue
        extra = {"event_type": other.event_type, "cameo": pats.types[other.event_type].cameo,
                 "trigger": original[other.start:other.end]}
        rows += [{**row, **extra, "event_id": f"{row['event_id']}:{other.event_type}"}
                 for row in rows if row["event_type"] == et]
    if ref is not None and trig.start < ref.end() and ref.start() < trig.end:
        rows = [row for row in rows if row["event_type"] != et]
    if count is not None and (pats.two_sided.search(trig.text) and _rx.search(
            pats.distributive, sentence, min(count.start, trig.end),
            max(seg[1], count.end + DISTRIBUTIVE_AFTER)) or distributive_subject(
            sentence, trig, seg, pats) or distributive_count(sentence, trig, count, pats)):
        # "Moscow and Kyiv swapped 390 prisoners each": each side freed 390; also where
        # the exchange is named first ("Exchange: each capital freed 205 soldiers"), and
        # where "each" follows coordinated subjects ("Russia and Ukraine each released 185")
        others = partners(sentence, seg, trig, base["actor"], ents, pats)
        if not others and base["actor"] is None and pats.two_sided.search(trig.text):
            # "the previous swap freed 84 from each side": two sides, neither named
            others = [None]
        for partner in others:
            rows += [{**row, "actor": partner, "event_id": f"{row['event_id']}:{partner}"}
                     for row in rows if row["actor"] == base["actor"]]
    return rows
