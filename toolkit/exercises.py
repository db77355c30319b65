"""Check functions for the classroom exercises in ``notebooks/exercises/``.

Each ``check_*`` function takes what a student produced and returns a
:class:`Feedback`: solved or not, and for every check that fails, what is
wrong and a hint. An exercise that has not been attempted yet says
"Not solved yet" instead of raising, so an unsolved notebook runs end to end.

- exercise 1, ``01_clean_a_messy_page``: :func:`check_clean_page` (properties
  a reader can verify on :func:`exercise_page`), :func:`compare_records`;
- exercise 2, ``02_release_timeline``: :func:`check_timeline`,
  :func:`check_disputed` (compared with the events the toolkit consolidates
  from :func:`toolkit.load_sample`);
- exercise 3, ``03_compare_framing``: :func:`check_framing` (outlets checked
  against the ``type`` column of :func:`toolkit.load_outlets`).

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
    "compare_records",
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
_PAGE_DATE = "2025-10-30"
_PAGE_DATELINE = "VILNIUS, LITHUANIA"
_PAGE_CAPTION = "Trucks queue near a border checkpoint"
_PAGE_CREDIT = "(Photo by Marta Jurkute for Baltic Wire Service)"
_PAGE_REPEATED = "The government in Vilnius ordered the closure"
_PAGE_GLUED = "frontier.Freight"
_PAGE_CHROME = ("4.2 C", "Kaunas", "Go to Source", "Trending now", "More from this site", "You May Also Like", "Read More")
_PAGE_TEASERS = (
    "Local club wins regional basketball cup after dramatic overtime",
    "Bakery prices climb for third month in a row",
    "Storm warning issued for the coast as winds pick up",
)
# The start of every sentence of the article: none may be lost on the way.
_PAGE_SENTENCES = (
    "Lithuania has closed its two remaining road crossings",
    _PAGE_REPEATED,
    "The closure is due to last until the end of November.",
    "Hauliers said hundreds of drivers had been caught",
    "Freight associations warned that their members",
    "A spokesperson for the fictional Baltic Hauliers Union",
    "“Nobody warned us that the border would close overnight,” she said.",
    "Belarusian officials called the decision a provocation",
    "The closure comes as relations between the neighbours remain tense",
)
_PAGE_END = "political prisoners in Belarus."


def _squash(value: object) -> str:
    """A value as text with runs of white space folded to one space."""
    return " ".join(str(value).split()) if value is not None else ""


def check_clean_page(record: dict[str, Any] | None) -> Feedback:
    """Check a cleaned version of the exercise page.

    Parameters
    ----------
    record : dict or None
        The student's result with keys ``title``, ``published``,
        ``dateline``, ``caption``, ``text`` and ``related`` (a list of dicts
        with ``title`` and ``summary``). None, or a record without text, when
        not attempted.

    Returns
    -------
    Feedback
        Solved when every property holds; otherwise each failing property
        with what is wrong and a hint.

    Examples
    --------
    >>> print(check_clean_page({"text": None}))  # doctest: +ELLIPSIS
    Not solved yet: clean a messy aggregator page.
      - no cleaned record yet
    ...
    """
    fb = Feedback("clean a messy aggregator page")
    raw = exercise_page()
    if not isinstance(record, dict) or _squash(record.get("text")) in ("", _squash(raw)):
        fb.attempted = False
        fb.problems.append(("no cleaned record yet", "start from the raw page and fill in the variables task by task"))
        return fb
    text = str(record.get("text") or "")
    flat = _squash(text)
    title = _squash(record.get("title"))
    fb.check(title == _PAGE_TITLE, "title", f"the title is {title or None!r}",
             "the headline is the line printed twice near the top; keep it once, without extra spaces")
    fb.check(_PAGE_TITLE not in flat, "title not in text", "the headline is still inside the text",
             "remove the repeated title lines from the body")
    published = str(record.get("published") or "")
    fb.check(published.startswith(_PAGE_DATE), "date", f"published is {published or None!r}",
             "the first line of the page is its date; write it as an ISO date (YYYY-MM-DD)")
    header = [c for c in _PAGE_CHROME[:2] if c in flat]
    fb.check(not header and "October 30, 2025" not in flat, "header out of text",
             "the page header (date, weather, city) is still in the text",
             "the short lines above the headline are the aggregator's header, not the article")
    dateline = _squash(record.get("dateline"))
    fb.check(dateline == _PAGE_DATELINE, "dateline", f"dateline is {dateline or None!r}",
             "the body opens with a place in capitals followed by a colon: move it into `dateline`, without the colon")
    fb.check(_PAGE_DATELINE not in flat, "dateline out of text", "the dateline is still in the text",
             "cut the dateline and its colon from the start of the text (toolkit.clean.split_dateline does it)")
    caption = _squash(record.get("caption"))
    fb.check(caption.startswith(_PAGE_CAPTION) and caption.endswith(_PAGE_CREDIT), "caption with credit",
             "the caption is missing" if not caption else f"the caption is {caption[:60]!r}...",
             "the paragraph that describes the photo belongs in `caption`, whole, credit included")
    fb.check(_PAGE_CAPTION not in flat and _PAGE_CREDIT not in flat, "caption out of text",
             "the photo caption is still in the text", "remove the caption paragraph from the body")
    fb.check(_PAGE_GLUED not in flat, "missing space fixed", f"{_PAGE_GLUED!r} is still glued together",
             "a full stop directly followed by a capital letter needs a space after it "
             "(toolkit.clean.fix_sentence_spacing)")
    n_repeated = flat.count(_PAGE_REPEATED)
    fb.check(n_repeated <= 1, "repeated sentence once",
             f"the sentence starting {_PAGE_REPEATED!r} appears {n_repeated} times",
             "aggregators repeat sentences; keep the first occurrence only (toolkit.clean.dedupe_sentences)")
    lost = [s for s in _PAGE_SENTENCES if s not in flat]
    fb.check(not lost, "every sentence of the article kept",
             f"{len(lost)} sentence(s) of the article are missing, e.g. {lost[0]!r}" if lost else "",
             "clean the text without dropping the article's own sentences; a repeated one is kept once, not removed")
    leftovers = [c for c in _PAGE_CHROME[2:] if c in flat]
    fb.check(not leftovers, "no page chrome", f"page chrome left in the text: {leftovers}",
             "'Go to Source', section headings ('Trending now', ...) and 'Read More' are not part of the article")
    teasers_in_text = [t for t in _PAGE_TEASERS if t in flat]
    fb.check(not teasers_in_text, "no teasers in text", f"teaser stories left in the text: {teasers_in_text}",
             "the article ends at 'Go to Source'; everything after it is teasers for other stories")
    fb.check(flat.endswith(_PAGE_END), "text ends with the story",
             f"the text ends with {flat[-40:]!r}, not with the article's last sentence",
             "the article's last sentence ends with 'political prisoners in Belarus.'; cut what follows")
    related = record.get("related") or []
    items = [r for r in related if isinstance(r, dict)] if isinstance(related, list) else []
    titles = [_squash(r.get("title")) for r in items]
    fb.check(sorted(titles) == sorted(_PAGE_TEASERS), "teasers kept as related items, once each",
             f"related titles are {titles}",
             "keep each teaser once as {'title': ..., 'summary': ...}; one of them appears in two sections")
    summaries = [_squash(r.get("summary")) for r in items]
    bad = [t for t, s in zip(titles, summaries, strict=True) if not s or "Read More" in s]
    fb.check(bool(items) and not bad, "teaser summaries without 'Read More'",
             f"the summaries of {bad or 'the related items'} are empty or still end with 'Read More'",
             "each teaser's summary is the paragraph after its title, with the trailing 'Read More' cut")
    return fb


def compare_records(yours: dict[str, Any] | None, theirs: dict[str, Any], *, width: int = 60) -> pd.DataFrame:
    """Set two cleaned records side by side, one row per field.

    Parameters
    ----------
    yours, theirs : dict
        Records with the fields of :func:`check_clean_page` (``yours`` may
        be None); ``theirs`` is typically ``toolkit.parse_text(page)``.
    width : int
        Longest value shown; longer text is cut and its word count added.

    Returns
    -------
    pandas.DataFrame
        Index ``field``; columns ``yours``, ``theirs`` (short renderings)
        and ``same`` (equal after folding white space; dates compared by day,
        related items by title).
    """
    yours = yours if isinstance(yours, dict) else {}

    def key(name: str, value: object) -> object:
        if name == "published":
            return str(value or "")[:10]
        if name == "related":
            return sorted(_squash(r.get("title")) for r in value or [] if isinstance(r, dict))
        return _squash(value)

    def show(name: str, value: object) -> str:
        if value is None:
            return "None"
        if name == "related":
            return f"{len(value)} item(s): " + "; ".join(key(name, value)) if isinstance(value, list) else repr(value)
        s = _squash(value)
        return s if len(s) <= width else f"{s[: width - 1]}… ({len(s.split())} words)"

    rows = []
    for name in ("title", "published", "dateline", "caption", "text", "related"):
        a, b = yours.get(name), theirs.get(name)
        rows.append({"field": name, "yours": show(name, a), "theirs": show(name, b), "same": key(name, a) == key(name, b)})
    return pd.DataFrame(rows).set_index("field")


# ---------------------------------------------------- exercise 2: timeline ---

_RELEASE_TYPES = ("release", "pardon")


@lru_cache(maxsize=1)
def _reference_events() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Mentions and consolidated events of the practice corpus, computed once per process."""
    import warnings

    from toolkit.datasets import load_sample
    from toolkit.events import UnsupportedLanguageWarning, consolidate_events, extract_events

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnsupportedLanguageWarning)
        events = extract_events(load_sample())
    return events, consolidate_events(events)


def _release_timeline() -> pd.DataFrame:
    _, consolidated = _reference_events()
    return consolidated[consolidated["event_type"].isin(_RELEASE_TYPES)]


# Days a timeline date may differ from the answer key's and still be the same release
# (outlets in other time zones date a night-time release a day apart).
_KEY_TOLERANCE_DAYS = 1


@lru_cache(maxsize=1)
def _key_releases() -> tuple[tuple[pd.Timestamp, ...], tuple[tuple[int, int], ...], frozenset[str]]:
    """What the answer key says: the days of the releases and pardons that happened
    (reported, not a running total), the months of those dated only to a month, and
    the articles in its scope (the key labels the Belarus story only)."""
    from toolkit.datasets import label_events, load_sample, load_sample_labels

    key = label_events()
    key = key[key["event_type"].isin(_RELEASE_TYPES) & key["modality"].eq("reported")
              & ~key["cumulative"].astype(bool)]
    days = tuple(sorted(set(key.loc[key["date_precision"].eq("day"), "date"].dropna())))
    months = tuple(sorted({(d.year, d.month) for d in key.loc[key["date_precision"].eq("month"),
                                                               "date"].dropna()}))
    labels = load_sample_labels()
    scope = set(labels.loc[labels["topic"].eq("belarus"), "file"])
    articles = load_sample()
    in_scope = frozenset(articles.loc[articles["file"].isin(scope), "article_id"].astype(str))
    return days, months, in_scope


def _unmatched(days: Iterable[pd.Timestamp], others: Iterable[pd.Timestamp]) -> list[pd.Timestamp]:
    """Days with no day of ``others`` within the tolerance."""
    others = list(others)
    return sorted(d for d in set(days)
                  if not any(abs((d - o).days) <= _KEY_TOLERANCE_DAYS for o in others))


def _day_groups(days: Iterable[pd.Timestamp]) -> list[list[pd.Timestamp]]:
    """Key days a day apart are one release, as articles date it (time zones, night)."""
    groups: list[list[pd.Timestamp]] = []
    for d in sorted(days):
        if groups and (d - groups[-1][-1]).days <= _KEY_TOLERANCE_DAYS:
            groups[-1].append(d)
        else:
            groups.append([d])
    return groups


def _in_scope(timeline: pd.DataFrame, articles: frozenset[str]) -> pd.Series:
    """Rows built from at least one article the key covers (all rows when unknown)."""
    if "event_ids" not in timeline:
        return pd.Series(True, index=timeline.index)
    return timeline["event_ids"].map(
        lambda ids: not isinstance(ids, list | tuple) or any(str(i).split(":")[0] in articles
                                                            for i in ids))


def check_timeline(timeline: pd.DataFrame | None) -> Feedback:
    """Check a release timeline built from the practice corpus.

    Parameters
    ----------
    timeline : pandas.DataFrame or None
        Consolidated release and pardon events (``event_type``, ``date``,
        ``count``, ``n_mentions``, ...), sorted by date. None when not
        attempted.

    Returns
    -------
    Feedback
        Compared with the answer key of the practice corpus
        (:func:`toolkit.datasets.label_events`): every release or pardon it
        says happened on a given day must be in the timeline (a day apart is
        the same release), and, for consolidated events, no row built from
        the articles the key covers (the Belarus story) may be a day the key
        has no release or pardon on (a month the key dates a release to only
        by its month counts as known).
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
    fb.check(kinds <= set(_RELEASE_TYPES), "only releases and pardons",
             f"other event types present: {sorted(kinds - set(_RELEASE_TYPES))}",
             "keep rows whose event_type is 'release' or 'pardon' (before or after consolidating)")
    consolidated = "n_mentions" in timeline
    fb.check(consolidated, "consolidated",
             f"these look like {len(timeline)} mention(s), not consolidated events (no `n_mentions` column)",
             "call toolkit.consolidate_events on the mentions so that one real-world release is one row")
    if "cumulative" in timeline:
        fb.check(not timeline["cumulative"].fillna(False).astype(bool).any(), "no running totals",
                 "running totals ('more than 430 since July 2024') are in the timeline",
                 "a cumulative count is not one event: consolidate_events leaves them out for you")
    dates = pd.to_datetime(timeline["date"], utc=True)
    fb.check(dates.dropna().is_monotonic_increasing, "sorted by date", "the rows are not in date order",
             "timeline.sort_values('date')")
    want, months, articles = _key_releases()  # the answer key, not the toolkit's own output
    got = [d for d in dates if pd.notna(d)]
    groups = _day_groups(want)
    lost = [g[0] for g in groups if not any(
        abs((d - o).days) <= _KEY_TOLERANCE_DAYS for d in g for o in got)]
    fb.check(not lost, "every release and pardon",
             f"{len(lost)} of {len(groups)} releases or pardons are missing, the first on {lost[0].date()}" if lost else "",
             "did you filter by count, outlet or language? keep every release and pardon the corpus reports")
    if consolidated:
        scoped = [d for d, ok in zip(dates, _in_scope(timeline, articles), strict=True)
                  if ok and pd.notna(d) and (d.year, d.month) not in months]
        extra = _unmatched(scoped, want)
        fb.check(not extra, "no extra rows", f"{len(extra)} rows are not releases or pardons of the corpus, e.g. on {extra[0].date()}" if extra else "",
                 "build the timeline from toolkit.load_sample() with the default settings of extract_events and consolidate_events")
    return fb


def _counts_of(values: Iterable[Any]) -> set[int]:
    """Numbers in values such as ``"more than 50"`` or ``52`` (a string of several: ``"14, 52"``)."""
    if isinstance(values, str):
        return {int(n.replace(",", "")) for n in re.findall(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+", values)}
    out = set()
    for v in values:
        m = re.search(r"\d[\d,]*", str(v))
        if m:
            out.add(int(m.group(0).replace(",", "")))
    return out


def _as_printed_by(printed_by: Any) -> dict[int, set[str]]:
    """``{count: outlets}`` from a mapping or a frame with ``count`` and ``outlet`` columns."""
    if isinstance(printed_by, pd.DataFrame):
        if not {"count", "outlet"} <= set(printed_by.columns):
            raise ValueError("printed_by: a frame needs `count` and `outlet` columns (e.g. from toolkit.sources.reported_counts)")
        pairs = zip(printed_by["count"], printed_by["outlet"], strict=True)
        out: dict[int, set[str]] = {}
        for c, o in pairs:
            if pd.notna(c):
                out.setdefault(int(c), set()).add(str(o))
        return out
    return {int(c): {str(o) for o in ([outlets] if isinstance(outlets, str) else outlets)} for c, outlets in dict(printed_by).items()}


def check_disputed(
    date: str | None,
    counts: Iterable[int] | None,
    printed_by: dict[int, Iterable[str]] | pd.DataFrame | None = None,
) -> Feedback:
    """Check the answer to "which release has disputed counts, who printed which number?".

    Parameters
    ----------
    date : str, Timestamp or None
        Date of the event (``"YYYY-MM-DD"``).
    counts : iterable of int or None
        The different counts outlets reported for it.
    printed_by : dict or pandas.DataFrame, optional
        Which outlets printed which count: ``{52: ["a.example", ...], 14: [...]}``,
        or a frame with ``count`` and ``outlet`` columns (one row per pair).
        Without it the exercise is not complete.

    Returns
    -------
    Feedback
        Compared with the disputed releases and pardons the toolkit finds in
        :func:`toolkit.load_sample` and the mentions merged into them.
    """
    fb = Feedback("find the disputed count")
    if not date or counts is None:
        fb.attempted = False
        fb.problems.append(("no answer yet", "look for `disputed == True` in the consolidated timeline"))
        return fb
    events, _ = _reference_events()
    timeline = _release_timeline()
    disputed = timeline[timeline["disputed"].fillna(False).astype(bool)]
    if hasattr(date, "strftime"):  # a Timestamp or date copied from the timeline
        date = date.strftime("%Y-%m-%d")
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(date).strip()):
            raise ValueError(date)
        when = pd.Timestamp(str(date).strip(), tz="UTC")
    except (ValueError, TypeError):
        fb.check(False, "date", f"{date!r} is not a date written as YYYY-MM-DD", "write it as '2024-07-03', for example")
        return fb
    near = disputed[(disputed["date"] - when).abs() <= pd.Timedelta(days=1)]
    if not fb.check(not near.empty, "date of a disputed event", f"no disputed release or pardon on {date}",
                    f"there are {len(disputed)} disputed releases or pardons; filter the timeline on its `disputed` column "
                    "and copy the `date` of the one you chose"):
        return fb
    reported = _counts_of(v for values in near["counts_reported"] for v in (values if values is not None else []))
    given = _counts_of(counts)
    fb.check(given == reported, "the counts reported",
             f"you listed {sorted(given)}; outlets printed {len(reported)} different numbers for that event",
             "read `counts_reported` of that event, or count its mentions by number")
    if printed_by is None:
        fb.check(False, "who printed which number", "you have not said which outlets printed which number",
                 "pass printed_by={count: [outlets]} (toolkit.disputed_counts lists them for every disputed event)")
        return fb
    ids = {i for values in near["event_ids"] for i in (values if values is not None else [])}
    merged = events[events["event_id"].isin(ids) & events["count"].notna()]
    want: dict[int, set[str]] = {}
    for c, o in zip(merged["count"], merged["outlet"], strict=True):
        want.setdefault(int(c), set()).add(str(o))
    try:
        got = _as_printed_by(printed_by)
    except (TypeError, ValueError) as exc:
        fb.check(False, "who printed which number", f"printed_by cannot be read: {exc}",
                 "give a dict such as {52: ['a.example', 'b.example'], 14: ['c.example']}")
        return fb
    wrong = []
    for c in sorted(set(want) | set(got)):
        lacking, extra = sorted(want.get(c, set()) - got.get(c, set())), sorted(got.get(c, set()) - want.get(c, set()))
        if lacking or extra:
            parts = ([f"missing {lacking}"] if lacking else []) + ([f"did not print it: {extra}"] if extra else [])
            wrong.append(f"{c}: " + ", ".join(parts))
    fb.check(not wrong, "who printed which number", "the outlets per number are not right: " + "; ".join(wrong),
             "take the mentions merged into the event (its `event_ids`) and group their outlets by `count`")
    return fb


# ----------------------------------------------------- exercise 3: framing ---

_TOP_TERMS = 20  # picks must be among this many words leaning most to the state agency


def _outlet_of_type(outlets: pd.DataFrame, *words: str) -> str | None:
    """First outlet of the registry whose type contains one of ``words``."""
    types = outlets["type"].astype("string").fillna("")
    hit = outlets[types.str.contains("|".join(words), regex=True)]
    return str(hit["outlet"].iloc[0]) if len(hit) else None


@lru_cache(maxsize=1)
def _reference_framing() -> tuple[str | None, str | None, pd.DataFrame | None]:
    """The registry's state agency and exile outlet and their distinctive terms in English articles."""
    from toolkit.datasets import load_outlets, load_sample
    from toolkit.sources import distinctive_terms

    outlets = load_outlets()
    state, exile = _outlet_of_type(outlets, "state"), _outlet_of_type(outlets, "exile", "opposition")
    if state is None or exile is None:
        return state, exile, None
    articles = load_sample()
    english = articles[articles["language"] == "en"]
    return state, exile, distinctive_terms(english, by="outlet", a=state, b=exile)


def check_framing(terms: pd.DataFrame | None, a: str | None, b: str | None, picks: Sequence[str] | None) -> Feedback:
    """Check a comparison of the state agency's and the exile outlet's words.

    Parameters
    ----------
    terms : pandas.DataFrame or None
        Output of :func:`toolkit.distinctive_terms` with ``by="outlet"``
        on the English articles of the practice corpus.
    a, b : str or None
        The outlets compared: ``a`` the state news agency, ``b`` the exile outlet.
    picks : sequence of str or None
        Three words that lean to the state agency.

    Returns
    -------
    Feedback
        The outlets are checked against the ``type`` column of
        :func:`toolkit.load_outlets`; the table and the words against
        ``distinctive_terms`` computed for those two outlets.
    """
    from toolkit.datasets import load_outlets

    fb = Feedback("compare two outlets' framing")
    if terms is None or a is None or b is None or not picks:
        fb.attempted = False
        fb.problems.append(("no comparison yet", "pick the two outlets from toolkit.load_outlets() by their type"))
        return fb
    outlets = load_outlets().set_index("outlet")
    type_a = outlets["type"].get(a)
    type_b = outlets["type"].get(b)
    fb.check(type_a is not None and "state" in str(type_a), "a is the state agency",
             f"a is {a!r}, of type {type_a!r}" if type_a is not None else f"a is {a!r}, which is not in the outlet registry",
             "a should be the outlet whose type is the state news agency ('state_agency')")
    fb.check(type_b is not None and ("exile" in str(type_b) or "opposition" in str(type_b)), "b is the exile outlet",
             f"b is {b!r}, of type {type_b!r}" if type_b is not None else f"b is {b!r}, which is not in the outlet registry",
             "b should be the exile or opposition outlet ('exile_opposition')")
    if not fb.check(isinstance(terms, pd.DataFrame) and {"term", "z"} <= set(terms.columns), "terms table",
                    "the table has no `term` and `z` columns",
                    "use toolkit.distinctive_terms(english, by='outlet', a=a, b=b)"):
        return fb
    fb.check(terms["z"].is_monotonic_decreasing, "sorted by z", "the table is not sorted by z, highest first",
             "distinctive_terms sorts by z already; do not re-sort it")
    state, exile, reference = _reference_framing()
    if reference is None:
        fb.check(False, "reference", "the outlet registry has no state agency or no exile outlet",
                 "check toolkit.load_outlets()['type']")
        return fb
    top = list(reference.loc[reference["z"] > 0, "term"].head(_TOP_TERMS))
    same_outlets = (a, b) == (state, exile)
    if same_outlets:
        theirs = set(terms["term"].astype(str))
        fb.check(theirs == set(reference["term"]), "English articles only",
                 f"your table has {len(theirs)} terms where the English articles give {len(reference)}",
                 "keep articles[articles['language'] == 'en'] before calling distinctive_terms, with its default settings")
    if isinstance(picks, str):  # "president, head, decision"
        picks = re.split(r"[,;\s]+", picks.strip())
    words = [str(p).strip().casefold() for p in picks]
    wrong = [p for p in words if p not in top]
    if len(set(words)) < 3:
        problem = f"give three different words (you gave {len(set(words))})"
    else:
        problem = f"not among the {_TOP_TERMS} words that lean most to the state agency: {wrong}"
    fb.check(len(set(words)) >= 3 and not wrong, "three words that lean to the state agency", problem,
             "read the top of the table (positive z leans to a, the state agency), not its bottom")
    return fb
