"""A headline and the lead sentence after it: one happening, told twice.

News text often opens with a short headline ("Belavia taken off US
blacklist.", "Lukaschenko begnadigt 30 Regierungskritiker.") and a lead
sentence that tells the same happening with its date and its agent. Read
one sentence at a time, the two give two mentions, each missing what the
other states. :func:`join_headline` makes them one:

- the lead's mention of the headline's event type (counts and stated
  dates agreeing) takes what only the headline states (actor, count,
  people, place, target, a stated date), and the headline's row goes;
- a headline event with no date of its own takes the date of a lead that
  names no event of that family itself but points back to it: a trigger
  word of the family that is no new event ("The release took place on
  Thursday") or a word of the pattern file's ``event_reference``
  ("The decree, signed on Friday, ...", "Das am Freitag unterzeichnete
  Dekret ...").

A headline is the text's first sentence when it has at most
:data:`HEADLINE_WORDS` words and another sentence follows.

A saved page's head often keeps more between the headline and its lead (a kicker
above it, a byline, key points, a standfirst). An undated reported mention in the
first :data:`STANDFIRST_SPANS` sentences, or on a short line without a full stop or
after a bullet in the first :data:`HEAD_SPANS`, is one mention with the first
mention of its type further down the head that states a date and agrees with it. A
counted head mention that the head tells only under its family's other type ("Belarus
frees 123" over "Lukashenko pardoned 123 prisoners on Saturday") takes that mention's
date and stays a mention of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from toolkit.events import prefilter as _rx
from toolkit.events.dates import find_dates, told_dates
from toolkit.events.docdate import ANCHORS
from toolkit.events.mention_dates import UNSTATED_TEXT
from toolkit.events.numbers import digit_view
from toolkit.events.patterns import Patterns, Trigger

__all__ = ["HEADLINE_WORDS", "join_headline"]

#: A first sentence of at most this many words, followed by another, reads as a headline.
HEADLINE_WORDS = 14
# Marks of a key point in a page's head ("- A new general license authorizes ...").
_BULLETS = ("- ", "•", "* ", "– ", "— ", "▪", "●")
#: The headline, a standfirst and a lead: any sentence this near the top may be told
#: again further on with its date.
STANDFIRST_SPANS = 3
#: How many sentences from the top a headline's happening may be told again with its
#: date, past the page's standfirst, key points and byline lines.
HEAD_SPANS = 12

# modalities a head line and its dated retelling share: a happening, or one that did not
# happen ("- Journalist Andrzej Poczobut not among those released")
_TOLD_AGAIN = frozenset({"reported", "denied"})
# date_basis values of a date the text states (the others: publication, inferred dates)
_STATED = frozenset({"stated", "sentence", "context"})
# ... and those that may date a key point's retelling: a live-blog entry's day too
_TOLD_DATED = _STATED | {"time_stamp"}
_DATE_KEYS = ("date", "date_precision", "date_text", "date_reason", "date_basis")
# what only the headline may state; the lead's own value wins
_FILLED = ("actor", "people", "people_as_written", "place", "target")
_COUNT_KEYS = ("count", "count_qualifier", "count_text")
# How far (characters) past a pointing-back opening ("The decree, signed") its date may
# start ("on Sunday", "earlier on Sunday"): the date of the participle, not of the clause
# after it.
_REFERENCE_REACH = 12


def _stated(row: dict[str, Any], bases: frozenset[str] = _STATED) -> bool:
    """Whether the row's date is one its text states: a basis of ``bases``, or a date read
    against the page's inferred date ("on Saturday" on a page without a publication date,
    whose basis is the inferred date's name) that is not that date itself. A week ("took
    the airline off its list this week") is no day: a head line dated so is told again
    with its day further down."""
    if row.get("date_precision") == "week":
        return False
    return row["date_basis"] in bases or row["date_basis"] in ANCHORS and \
        not str(row.get("date_text") or "").startswith(UNSTATED_TEXT)


def _unfinished(line: str) -> bool:
    """Whether a line ends with no sentence's end mark, as a headline does."""
    return not line.rstrip().endswith((".", "!", "?", "。"))


def _empty(value: Any) -> bool:
    if value is None or (isinstance(value, str | list | tuple) and not value):
        return True
    return isinstance(value, float) and pd.isna(value)


def _agree(head: dict[str, Any], lead: dict[str, Any]) -> bool:
    """Same type and modality, counts that do not differ, stated dates that do not differ."""
    if head["event_type"] != lead["event_type"] or head["modality"] != lead["modality"]:
        return False
    if not (_empty(head["count"]) or _empty(lead["count"]) or (
            head["count"] == lead["count"] and head["count_qualifier"] == lead["count_qualifier"])):
        return False
    if head.get("date_precision") == "week" and _stated(lead) and not (
            0 <= (pd.Timestamp(lead["date"]) - pd.Timestamp(head["date"])).days < 7):
        return False  # "this week" over "on Tuesday": a day of that week
    return not (_stated(head) and _stated(lead)
                and head["date"] != lead["date"])


def _fill(lead: dict[str, Any], head: dict[str, Any]) -> None:
    for key in _FILLED:
        if _empty(lead.get(key)) and not _empty(head.get(key)):
            lead[key] = head[key]
    if _empty(lead["count"]) and not _empty(head["count"]):
        lead.update({key: head[key] for key in _COUNT_KEYS})
    if not _stated(lead) and _stated(head):
        lead.update({key: head[key] for key in _DATE_KEYS})


def _lead_date(head: dict[str, Any], lead: str, pats: Patterns, anchor: pd.Timestamp | None,
               find_triggers: Callable[[str, Patterns], list[Trigger]]) -> None:
    """Date ``head`` with the first date the lead states, when the lead points back to it."""
    view, _ = digit_view(lead, pats.language)
    family = pats.types[head["event_type"]].family
    if not (_rx.search(pats.event_reference, view) or any(
            pats.types[t.event_type].family == family for t in find_triggers(view, pats))):
        return
    hits = [h for h in find_dates(view, pats, own_view=view == lead)
            if not h.speech and not h.since]
    if not hits:
        return
    values, _ = hits[0].resolve(anchor, False)
    if not values or values[0][0] is None:
        return
    head.update(date=values[0][0], date_precision=values[0][1],
                date_text=" ".join(hits[0].text.split()), date_reason=None, date_basis="context")


def join_headline(rows: list[dict[str, Any]], text: str, spans: list[tuple[int, int]],
                  pats: Patterns, anchor: pd.Timestamp | None,
                  find_triggers: Callable[[str, Patterns], list[Trigger]]
                  ) -> list[dict[str, Any]]:
    """Join the mentions of a headline and its lead that report one happening.

    Parameters
    ----------
    rows : list of dict
        The article's event rows (``start`` is the offset of the row's sentence).
    text : str
        The article's text.
    spans : list of (int, int)
        The article's sentence spans, in order.
    pats : Patterns
        The language's patterns.
    anchor : Timestamp or None
        The day relative dates resolve against (publication or inferred document date).
    find_triggers : callable
        ``(sentence, pats) -> [Trigger]``: the extractor's trigger finder.

    Returns
    -------
    list of dict
        ``rows`` without the headline rows merged into the lead's (rows are updated
        in place).
    """
    if len(spans) < 2:
        return rows
    heads = [r for r in rows if r["start"] == spans[0][0] and not r["cumulative"]] \
        if len(text[spans[0][0]:spans[0][1]].split()) <= HEADLINE_WORDS else []
    leads = [r for r in rows if r["start"] == spans[1][0] and not r["cumulative"]]
    titled = _unfinished(text[spans[0][0]:spans[0][1]])
    gone = set()
    for head in heads:
        twin = next((r for r in leads if _agree(head, r)), None)
        if twin is not None:
            if titled and not _empty(head["count"]) and head["count"] == twin["count"] and \
                    head["date_basis"] == twin["date_basis"] == "published":
                _day_news(twin, rows, head["count"], spans[min(HEAD_SPANS, len(spans)) - 1][1],
                          pats)
            _fill(twin, head)
            gone.add(id(head))
            continue
        family = pats.types[head["event_type"]].family
        if head["modality"] == "reported" and not _stated(head) and not any(
                pats.types[r["event_type"]].family == family for r in leads):
            _lead_date(head, text[spans[1][0]:spans[1][1]], pats, anchor, find_triggers)
    rows = [r for r in rows if id(r) not in gone]
    _date_by_reference(rows, text, spans, pats, anchor)
    return _month_told_by_day(_join_head_lines(rows, text, spans, pats, anchor))


def _date_by_reference(rows: list[dict[str, Any]], text: str, spans: list[tuple[int, int]],
                       pats: Patterns, anchor: pd.Timestamp | None) -> None:
    """Date a sentence's undated mentions by the next sentence that points back with a date.

    "Lukashenko has pardoned 22 people, his press service said. The decree, signed on
    Sunday, covers 15 women and seven men.": a sentence that names no event of its own
    and opens with a reference to one and the participle that dates it (the language's
    ``reference_dated``: "The decree, signed on", "The licence, issued on", "The decision
    was taken on") gives its first date, stated right after that opening, to the reported
    mentions of the sentence just before it that state none (rows are updated in place).
    The headline's own case (:func:`_lead_date`) is the first pair of sentences.
    """
    starts = {r["start"] for r in rows}
    for (a, _), (c, d) in zip(spans, spans[1:], strict=False):
        opening = pats.reference_dated.match(text, c, d) if a in starts and c not in starts \
            else None
        if opening is None:
            continue
        reach = (opening.end() - c, opening.end() - c + _REFERENCE_REACH)
        hit = next((h for h in told_dates(text[c:d], pats) if reach[0] <= h.start <= reach[1]),
                   None)
        values = hit.resolve(anchor, False)[0] if hit is not None else None
        if not values or values[0][0] is None:
            continue
        for row in rows:
            if row["start"] == a and row["modality"] == "reported" and \
                    not _stated(row) and not row["cumulative"]:
                row.update(date=values[0][0], date_precision=values[0][1],
                           date_text=" ".join(hit.text.split()), date_reason=None,
                           date_basis="context")


def _join_head_lines(rows: list[dict[str, Any]], text: str, spans: list[tuple[int, int]],
                     pats: Patterns, anchor: pd.Timestamp | None = None) -> list[dict[str, Any]]:
    """Join an undated mention at the top of a page to the dated one that tells it again.

    A page's headline may come after a kicker ("Client Alert") and be followed by a
    byline, key points or a standfirst before its lead. A reported (or denied) mention with no
    stated date in the first :data:`STANDFIRST_SPANS` sentences, or on a short line
    without a full stop or after a bullet in the first :data:`HEAD_SPANS` ("OFAC
    Delists Belavia, Authorizes Dealings With Three ... Aircraft"), is one mention
    with the first mention of its type further down the head that states a date and
    agrees with it ("On November 4, 2025, ... removed Belavia from the SDN List").
    A head mention with a count joins only one with the same count; a swap ("...
    swap hundreds of prisoners") names both sides' releases, so it joins neither. A key
    point after a bullet with no such mention in the head joins its telling further down
    the page, dated the page's day (:func:`_key_point_twin`).
    """
    end = spans[min(HEAD_SPANS, len(spans)) - 1][1]
    lines = {a for a, b in spans[:HEAD_SPANS] if len(text[a:b].split()) <= HEADLINE_WORDS
             and (_unfinished(text[a:b])
                  or text[a:b].lstrip().startswith(_BULLETS))}
    titles = {a for a in lines if not text[a:a + 3].lstrip().startswith(_BULLETS)}
    lines |= {a for a, _ in spans[:STANDFIRST_SPANS]}
    gone = set()
    for head in rows:
        if head["start"] not in lines or head["modality"] not in _TOLD_AGAIN or \
                _stated(head) or head["cumulative"] or \
                _rx.search(pats.two_sided, head.get("trigger") or ""):
            continue
        later = next((r for r in rows if head["start"] < r["start"] < end
                      and _stated(r) and _tells_again(head, r, gone)), None)
        if later is None and anchor is not None and text[
                text.rfind("\n", 0, head["start"]) + 1:head["start"] + 3].lstrip().startswith(_BULLETS):
            later = _key_point_twin(head, rows, gone, anchor)
        if later is None and head["start"] in titles and not _empty(head["count"]):
            later = _page_news(head, rows, titles, end, pats, gone)
        if later is not None:
            _fill(later, head)
            gone.add(id(head))
        elif not _empty(head["count"]):
            _date_by_kin(head, rows, end, pats)
    return [r for r in rows if id(r) not in gone]


def _page_news(head: dict[str, Any], rows: list[dict[str, Any]], titles: set[int], end: int,
               pats: Patterns, gone: set[int]) -> dict[str, Any] | None:
    """The lead's undated telling of a counted head line's undated happening, dated the
    page's day, or None.

    An agency page's headline and its lead may both tell the day's news with no date word
    ("Лукашенко помиловал 31 гражданина Украины" over "... подписал указ о помиловании 31
    гражданина Украины", under a time-stamp line "22.11.2025 14:05"): the news of the page's
    day. The first body sentence (no head line) of the head that tells it again with the
    same count and no date of its own takes the day of publication as a date it states, and
    so do the mentions of its family further down the head whose count is told by reference
    to it ("Помилованные переданы Украине"). Rows are updated in place.
    """
    twin = next((r for r in rows if head["start"] < r["start"] < end and r["start"] not in titles
                 and r["date_basis"] == "published" and not r["cumulative"]
                 and _tells_again(head, r, gone)), None)
    if twin is not None:
        _day_news(twin, rows, head["count"], end, pats)
    return twin


def _day_news(twin: dict[str, Any], rows: list[dict[str, Any]], count: Any, end: int,
              pats: Patterns) -> None:
    """Date ``twin`` (the lead's telling of a head line's news) and the mentions of its
    family after it and before ``end`` whose count is told by reference to it by the day of
    publication, as a date the page states."""
    family = pats.types[twin["event_type"]].family
    for r in rows:
        if r is twin or (twin["start"] < r["start"] < end and r["date_basis"] == "published"
                         and r["modality"] == "reported" and not r["cumulative"]
                         and pats.types[r["event_type"]].family == family
                         and r.get("count_text") is None and r["count"] == count):
            if not _empty(r["date"]):
                r.update(date_text=None, date_reason=None, date_basis="context")


def _tells_again(head: dict[str, Any], r: dict[str, Any], gone: set[int]) -> bool:
    """Whether ``r`` may be the telling of the head mention ``head``: its type, not joined
    yet, agreeing with it, and with its count where the head states one."""
    return r["event_type"] == head["event_type"] and id(r) not in gone and _agree(head, r) \
        and (_empty(head["count"]) or head["count"] == r["count"])


def _key_point_twin(head: dict[str, Any], rows: list[dict[str, Any]], gone: set[int],
                    anchor: pd.Timestamp) -> dict[str, Any] | None:
    """The dated telling of a key point anywhere further down the page, or None.

    A page's key points ("- US envoy John Coale held talks with Alexander Lukashenko in
    Minsk") sum up the whole page: a live blog tells each in an entry far below the head,
    dated by the entry's time stamp. The key point is that mention when every later
    mention of its type that agrees with it (its count, if it states one) has one date,
    the page's own day (a key point sums up the page's news, not its background).
    """
    twins = [r for r in rows if r["start"] > head["start"] and _stated(r, _TOLD_DATED)
             and not r["cumulative"] and _tells_again(head, r, gone)]
    day = anchor.normalize()
    return twins[0] if twins and all(
        not _empty(r["date"]) and pd.Timestamp(r["date"]).normalize() == day for r in twins) else None


def _date_by_kin(head: dict[str, Any], rows: list[dict[str, Any]], end: int, pats: Patterns) -> None:
    """Date a counted head mention by the body's telling of it under its family's other type.

    A headline says "Belarus frees 123 prisoners" ("Białoruś uwolniła 123 więźniów",
    "لوكاشينكو يعفو عن 31 أوكرانياً ويسلّمهم إلى كييف") where the lead tells the pardon of
    those 123 with its day and never the release again. The head mention stays a row of
    its own (the labels keep a pardon and the release it brought) and takes the date of
    the first mention of another type of its family further down the head with the same
    count and a stated date, when no other mention of its own type has that count.
    """
    family = pats.types[head["event_type"]].family
    # a mention whose count is told by reference ("Uwolnieni więźniowie ..." under the
    # headline: the headline's people) is the head's own, not another with that count; so is
    # one that states no date ("La excarcelación de 123 presos ... es la mayor desde ...")
    if any(r is not head and r["event_type"] == head["event_type"] and r["count"] == head["count"]
           and r.get("count_text") is not None and _stated(r) for r in rows):
        return
    kin = next((r for r in rows if head["start"] < r["start"] < end
                and r["event_type"] != head["event_type"]
                and pats.types[r["event_type"]].family == family
                and r["modality"] == head["modality"] and _stated(r)
                and not r["cumulative"] and r["count"] == head["count"]
                and r["count_qualifier"] == head["count_qualifier"]), None)
    if kin is not None:
        head.update({key: kin[key] for key in _DATE_KEYS})
        head["date_basis"] = "context"


def _month_told_by_day(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give a month-dated mention the day of the one mention that tells it with its day.

    A page retells a happening with its month only ("In September, 52 people were
    released", a timeline box's "9月　52人を釈放") after or before telling it with its day
    ("On 11 September Belarus freed 52 prisoners"). A mention dated to a month takes the
    day of the only other mention of its type and modality dated to a day of that month
    with the same count (or none on both) and no other actor; two happenings of one type
    in a month differ in their count or their actor ("In September, 30 were pardoned. On
    16 September ... 37"). Rows are updated in place.
    """
    for row in rows:
        if row["date_precision"] != "month" or not _stated(row) or row["cumulative"] \
                or _empty(row["date"]):
            continue
        month = (row["date"].year, row["date"].month)
        kin = [r for r in rows
               if r is not row and r["event_type"] == row["event_type"] and r["date_precision"] == "day"
               and r["modality"] == row["modality"] and _stated(r)
               and not _empty(r["date"]) and (r["date"].year, r["date"].month) == month
               and (_empty(r["count"]) and _empty(row["count"])
                    or (r["count"] == row["count"] and r["count_qualifier"] == row["count_qualifier"]))
               and (_empty(row["actor"]) or _empty(r["actor"]) or r["actor"] == row["actor"])]
        if len({r["date"] for r in kin}) == 1:
            row.update({key: kin[0][key] for key in _DATE_KEYS})
            row["date_basis"] = "context"
    return rows
