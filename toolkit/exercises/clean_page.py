"""Exercise 1, ``01_clean_a_messy_page``: clean one aggregator page by hand.

:func:`check_clean_page` checks properties a reader can verify on the raw
page (:func:`exercise_page`), not the output of the toolkit's cleaner;
:func:`compare_records` sets a student's record beside the toolkit's.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from toolkit.exercises.feedback import Feedback, data_home

__all__ = ["check_clean_page", "compare_records", "exercise_page"]


def exercise_page() -> str:
    """Return the raw messy aggregator page of exercise 1 (``data/exercises/messy_page.txt``)."""
    return (data_home() / "exercises" / "messy_page.txt").read_text(encoding="utf-8")


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

