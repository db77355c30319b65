"""Check functions for the classroom exercises in ``notebooks/exercises/``.

Each ``check_*`` function takes what a student produced and returns a
:class:`Feedback`: solved or not, and for every check that fails, what is
wrong and a hint. An exercise that has not been attempted yet says
"Not solved yet" instead of raising, so an unsolved notebook runs end to end.

Examples
--------
>>> check_clean_page(None).solved
False
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = [
    "Feedback",
    "check_clean_page",
    "check_disputed",
    "check_framing",
    "check_timeline",
    "exercise_page",
]

NOT_SOLVED = "Not solved yet"


@dataclass
class Feedback:
    """The result of a check: what passed, what is wrong and how to fix it."""

    exercise: str
    passed: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (what is wrong, hint)
    attempted: bool = True

    @property
    def solved(self) -> bool:
        """True when every check passed."""
        return self.attempted and not self.problems

    def __str__(self) -> str:
        total = len(self.passed) + len(self.problems)
        if not self.attempted:
            head = f"{NOT_SOLVED}: {self.exercise}."
        elif self.solved:
            head = f"Solved: {self.exercise}. All {total} checks pass."
        else:
            head = f"{NOT_SOLVED}: {self.exercise}. {len(self.passed)} of {total} checks pass."
        lines = [head]
        for what, hint in self.problems:
            lines.append(f"  - {what}\n    Hint: {hint}")
        return "\n".join(lines)

    __repr__ = __str__

    def check(self, ok: bool, passed: str, wrong: str, hint: str) -> bool:
        """Record one check."""
        if ok:
            self.passed.append(passed)
        else:
            self.problems.append((wrong, hint))
        return ok


def _data_home() -> Path:
    from toolkit.datasets import data_home

    return data_home()


def exercise_page() -> str:
    """Return the raw messy aggregator page of exercise 1 (``data/exercises/messy_page.txt``)."""
    return (_data_home() / "exercises" / "messy_page.txt").read_text(encoding="utf-8")


# ---------------------------------------------------- exercise 1: cleaning ---

# What a clean version of the exercise page must satisfy: properties a reader
# can check by eye on the raw page, not the output of the toolkit's cleaner.
_PAGE_TITLE = "Lorries stranded as Lithuania shuts Belarus border crossings"
_PAGE_DATELINE = "VILNIUS, LITHUANIA"
_PAGE_CREDIT = "(Photo by Marta Jurkute for Baltic Wire Service)"
_PAGE_REPEATED = "The government in Vilnius ordered the closure"
_PAGE_CHROME = ("4.2 C", "Kaunas", "Go to Source", "Trending now", "More from this site", "You May Also Like", "Read More")
_PAGE_TEASERS = (
    "Local club wins regional basketball cup after dramatic overtime",
    "Bakery prices climb for third month in a row",
    "Storm warning issued for the coast as winds pick up",
)
_PAGE_LAST = "state media. The closure comes as relations between the neighbours remain tense"


def check_clean_page(record: dict[str, Any] | None) -> Feedback:
    """Check a cleaned version of the exercise page.

    Parameters
    ----------
    record : dict or None
        The student's result with keys ``title``, ``published``,
        ``dateline``, ``caption``, ``text`` and ``related`` (a list of dicts
        with ``title`` and ``summary``). None when not attempted.
    """
    fb = Feedback("clean a messy aggregator page")
    raw = exercise_page()
    if not record or not isinstance(record, dict) or (record.get("text") or "").strip() in ("", raw.strip()):
        fb.attempted = False
        fb.problems.append(("no cleaned record yet", "start from the raw page and fill in `record` step by step"))
        return fb
    text = record.get("text") or ""
    title = (record.get("title") or "").strip()
    fb.check(title == _PAGE_TITLE, "title", f"the title is {title!r}",
             "the headline is the line printed twice near the top; keep it once, without extra spaces")
    fb.check(text.count(_PAGE_TITLE) == 0, "title not in text", "the headline is still inside the text",
             "remove the repeated title lines from the body")
    published = str(record.get("published") or "")
    fb.check(published.startswith("2025-10-30"), "date", f"published is {published!r}",
             "the first line of the page is its date; write it as an ISO date (YYYY-MM-DD)")
    fb.check((record.get("dateline") or "").strip() == _PAGE_DATELINE, "dateline",
             f"dateline is {record.get('dateline')!r}",
             "the body opens with a place in capitals followed by a colon: move it into `dateline`")
    fb.check(not text.lstrip().startswith(_PAGE_DATELINE), "dateline out of text",
             "the text still starts with the dateline", "cut the dateline and its colon from the text")
    caption = record.get("caption") or ""
    fb.check(_PAGE_CREDIT in caption, "caption with credit", "the caption (with its photo credit) is missing",
             "the paragraph that describes the photo belongs in `caption`, credit included")
    fb.check("Trucks queue near a border checkpoint" not in text, "caption out of text",
             "the photo caption is still in the text", "remove the caption paragraph from the body")
    fb.check(text.count(_PAGE_REPEATED) == 1, "repeated sentence once",
             f"the sentence starting {_PAGE_REPEATED!r} appears {text.count(_PAGE_REPEATED)} times",
             "aggregators repeat sentences; keep the first occurrence only")
    fb.check(re.search(r"frontier\.\s+Freight", text) is not None, "missing space fixed",
             "'frontier.Freight' is still glued together",
             "a full stop directly followed by a capital letter needs a space after it")
    leftovers = [c for c in _PAGE_CHROME if c in text]
    fb.check(not leftovers, "no page chrome", f"page chrome left in the text: {leftovers}",
             "weather, city, 'Go to Source', section headings and 'Read More' are not part of the article")
    teasers_in_text = [t for t in _PAGE_TEASERS if t in text]
    fb.check(not teasers_in_text, "no teasers in text", f"teaser stories left in the text: {teasers_in_text}",
             "everything after 'Go to Source' is teasers for other stories")
    related = record.get("related") or []
    titles = [r.get("title") for r in related if isinstance(r, dict)]
    fb.check(sorted(titles) == sorted(_PAGE_TEASERS), "teasers kept as related items, once each",
             f"related titles are {titles}",
             "keep each teaser once as {'title': ..., 'summary': ...}; one appears in two sections")
    fb.check(_PAGE_LAST in text and text.rstrip().endswith("political prisoners in Belarus."), "text ends with the story",
             "the text does not end with the article's last sentence",
             "the article ends before 'Go to Source'")
    return fb


# ---------------------------------------------------- exercise 2: timeline ---

@lru_cache(maxsize=1)
def _reference_events() -> tuple[pd.DataFrame, pd.DataFrame]:
    from toolkit.datasets import load_sample
    from toolkit.events import consolidate_events, extract_events

    events = extract_events(load_sample())
    return events, consolidate_events(events)


def _release_timeline() -> pd.DataFrame:
    _, consolidated = _reference_events()
    keep = consolidated["event_type"].isin(["release", "pardon"])
    return consolidated[keep]


def check_timeline(timeline: pd.DataFrame | None) -> Feedback:
    """Check a release timeline built from the practice corpus.

    Parameters
    ----------
    timeline : pandas.DataFrame or None
        Consolidated release and pardon events (``event_type``, ``date``,
        ``count``), sorted by date.
    """
    fb = Feedback("build the release timeline")
    if timeline is None or not isinstance(timeline, pd.DataFrame) or timeline.empty:
        fb.attempted = False
        fb.problems.append(("no timeline yet", "extract events, keep releases and pardons, then consolidate them"))
        return fb
    missing = [c for c in ("event_type", "date", "count") if c not in timeline]
    if not fb.check(not missing, "columns", f"columns missing: {missing}",
                    "use the frame returned by toolkit.consolidate_events"):
        return fb
    kinds = set(timeline["event_type"].astype(str))
    fb.check(kinds <= {"release", "pardon"}, "only releases and pardons", f"other event types present: {sorted(kinds - {'release', 'pardon'})}",
             "filter on event_type before or after consolidating")
    if "cumulative" in timeline:
        fb.check(not timeline["cumulative"].fillna(False).astype(bool).any(), "no running totals",
                 "running totals ('more than 430 since July 2024') are in the timeline",
                 "a cumulative count is not one event: drop rows where `cumulative` is True")
    if "n_mentions" not in timeline:
        fb.check(False, "consolidated", "these look like mentions, not consolidated events",
                 "call toolkit.consolidate_events on the mentions so that one release is one row")
    dates = pd.to_datetime(timeline["date"], utc=True)
    fb.check(dates.dropna().is_monotonic_increasing, "sorted by date", "the rows are not in date order",
             "sort_values('date')")
    reference = _release_timeline()
    want = {(d.date(), t) for d, t in zip(reference["date"], reference["event_type"], strict=True) if pd.notna(d)}
    got = {(d.date(), t) for d, t in zip(dates, timeline["event_type"], strict=True) if pd.notna(d)}
    fb.check(want <= got, "every release and pardon", f"{len(want - got)} of {len(want)} releases or pardons are missing",
             "did you filter by modality or by outlet? keep every reported release and pardon")
    return fb


def check_disputed(date: str | None, counts: Iterable[int] | None) -> Feedback:
    """Check the answer to "which release has disputed counts, and what were they?".

    Parameters
    ----------
    date : str or None
        ISO date of the event (``"YYYY-MM-DD"``).
    counts : iterable of int or None
        The different counts outlets reported for it.
    """
    fb = Feedback("find the disputed count")
    if not date or counts is None:
        fb.attempted = False
        fb.problems.append(("no answer yet", "look for `disputed == True` in the consolidated timeline"))
        return fb
    disputed = _release_timeline()
    disputed = disputed[disputed["disputed"].fillna(False).astype(bool)]
    try:
        when = pd.Timestamp(date, tz="UTC")
    except (ValueError, TypeError):
        fb.check(False, "date", f"{date!r} is not a date", "write it as 'YYYY-MM-DD'")
        return fb
    near = disputed[(disputed["date"] - when).abs() <= pd.Timedelta(days=1)]
    if not fb.check(not near.empty, "date of a disputed event", f"no disputed release or pardon on {date}",
                    f"there are {len(disputed)} disputed releases or pardons; check the `disputed` column"):
        return fb
    reported = set()
    for values in near["counts_reported"]:
        for v in values or []:
            m = re.search(r"\d[\d,]*", str(v))
            if m:
                reported.add(int(m.group(0).replace(",", "")))
    given = {int(c) for c in counts}
    fb.check(given == reported, "the counts reported", f"you listed {sorted(given)}; outlets printed {len(reported)} different numbers",
             "look at `counts_reported` of that event, or group its mentions by outlet and count")
    return fb


# ----------------------------------------------------- exercise 3: framing ---


def check_framing(terms: pd.DataFrame | None, a: str | None, b: str | None, picks: Sequence[str] | None) -> Feedback:
    """Check a comparison of the state agency's and the exile outlet's words.

    Parameters
    ----------
    terms : pandas.DataFrame or None
        Output of :func:`toolkit.distinctive_terms` with ``by="outlet"``.
    a, b : str or None
        The outlets compared: ``a`` the state news agency, ``b`` the exile outlet.
    picks : sequence of str or None
        Three words that lean to the state agency.
    """
    from toolkit.datasets import load_outlets, load_sample
    from toolkit.sources import distinctive_terms

    fb = Feedback("compare two outlets' framing")
    if terms is None or a is None or b is None or not picks:
        fb.attempted = False
        fb.problems.append(("no comparison yet", "pick the two outlets from toolkit.load_outlets() by their type"))
        return fb
    outlets = load_outlets().set_index("outlet")
    type_a = outlets["type"].get(a)
    type_b = outlets["type"].get(b)
    fb.check(type_a is not None and "state" in str(type_a), "a is the state agency", f"{a!r} is of type {type_a!r}",
             "a should be the outlet whose type is the state news agency")
    fb.check(type_b is not None and ("exile" in str(type_b) or "opposition" in str(type_b)), "b is the exile outlet",
             f"{b!r} is of type {type_b!r}", "b should be the exile or opposition outlet")
    if not fb.check({"term", "z"} <= set(terms.columns), "terms table", "the table has no `term` and `z` columns",
                    "use toolkit.distinctive_terms(articles, by='outlet', a=..., b=...)"):
        return fb
    fb.check(terms["z"].is_monotonic_decreasing, "sorted by z", "the table is not sorted by z",
             "distinctive_terms sorts by z already; do not re-sort it")
    articles = load_sample()
    english = articles[articles["language"] == "en"]
    reference = distinctive_terms(english, by="outlet", a=a, b=b)
    top = set(reference.loc[reference["z"] > 0, "term"].head(20))
    wrong = [p for p in picks if p not in top]
    fb.check(len(picks) >= 3 and not wrong, "three words that lean to the state agency",
             f"not among the 20 words that lean most to {a}: {wrong}" if wrong else "give three words",
             "run distinctive_terms on the English articles only and read the top of the table")
    return fb
