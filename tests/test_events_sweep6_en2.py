"""English events: a second pass of the sixth sweep, from whole pages
(``pages_p44.jsonl``).

Sentences and short pages written for the project in the style of the page kinds of that
file (a live blog with time-stamped key events, a Q&A explainer with a dated timeline, an
op-ed that recaps the year, a rights group's statement); each checks one construction the
pages showed missing: talks told over two days are one meeting on the first day where a
user's registry row says so (``days=first``; the bundled one keeps a mention per day); a live
blog's key-event line ("- 13:15 Kellogg meets Lukashenko in Minsk") and an entry under a
line that is only a clock time take the blog's day, while a single line with a clock time
stays undated as the challenge labels read it; a decree or participle before a bare count
("signs a decree pardoning 32, eight of them women"); a listing told as a noun ("the EU's
listing on Monday of 28 judges"); demands in the subjunctive ("demand that Minsk free ...")
and with a long addressee ("call on the European Union and the United States to impose
..."); and a timeline entry that is as short as a date line ("18 January 2025 - 23
pardoned.") is no date line of the page. Published on Saturday 2025-12-13
(``eventcases.SAT``) unless a case says otherwise.
"""

from __future__ import annotations

import pytest
from eventcases import DETAILED, SAT, as_labelled, summary

from toolkit.events import events_from_text
from toolkit.events.docdate import document_date
from toolkit.events.patterns import load_patterns
from toolkit.events.registry import REGISTRY_PATH, event_types


def detailed(text: str, published: object = SAT) -> list[tuple]:
    """Sorted (type, date, precision, count, qualifier, modality), running totals left out."""
    return summary(text, "en", DETAILED, published=published, totals=False)


def labelled(text: str, published: object) -> list[tuple]:
    """Sorted distinct (type, date, count, modality), as the challenge labels read them."""
    return as_labelled(text, "en", published)


_TWO_DAYS = [
    ("Washington's envoy held talks with the Belarusian leader in Minsk on Friday and "
     "Saturday.", "talks", ["2025-12-12", "2025-12-13"]),
    ("The foreign ministers of Armenia and Azerbaijan met in Geneva on December 3 and 4 "
     "to agree the terms.", "talks", ["2025-12-03", "2025-12-04"]),
    # a release on two days is two releases under either reading
    ("Belarus freed 10 prisoners on Friday and Saturday.", "release",
     ["2025-12-12", "2025-12-13"]),
]


def _days(text: str, etype: str) -> list[str]:
    return sorted(str(r["date"].date()) for r in events_from_text(text, SAT, "en")
                  if r["event_type"] == etype)


@pytest.mark.parametrize(("text", "etype", "days"), _TWO_DAYS)
def test_two_days_give_a_mention_each_by_default(text: str, etype: str, days: list[str]) -> None:
    # the bundled registry reads "talks on Friday and Saturday" as the seed page and the
    # practice corpus label it: one mention per day stated
    assert _days(text, etype) == days


@pytest.mark.parametrize(("text", "etype", "days"), _TWO_DAYS)
def test_talks_over_two_days_are_one_meeting_with_days_first(
        text: str, etype: str, days: list[str], tmp_path, monkeypatch) -> None:
    # a user registry row with days=first reads them as the challenge sets label talks:
    # one meeting, on its first day; a release on two days stays two
    bundled = REGISTRY_PATH.read_text(encoding="utf-8").splitlines()
    header = next(line for line in bundled if line.startswith("type,"))
    talks = next(line for line in bundled if line.startswith("talks,"))
    assert talks.endswith(",")  # the bundled talks row leaves days empty
    (tmp_path / "types.csv").write_text(f"{header}\n{talks}first\n", encoding="utf-8")
    monkeypatch.setenv("TOOLKIT_PATTERNS", str(tmp_path))
    assert event_types()["talks"].first_day
    assert _days(text, etype) == (days[:1] if etype == "talks" else days)


_BLOG = (
    "LIVE\nMinsk frees prisoners after envoy's visit\n\nSaturday 21 June 2025\n\n"
    "Key events\n\n- 17:05 Fourteen prisoners freed, Lithuania says\n\n"
    "- 13:15 Envoy meets Lukashenko in Minsk\n\n"
    "16:40 BST\n\nUS and Belarus leaders speak by phone\n\n"
    "The call lasted an hour, officials said.\n"
)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # key-event lines and an entry under a clock-time line: the blog's day
        (_BLOG, "2025-06-21",
         [("release", "2025-06-21", 14, "reported"), ("talks", "2025-06-21", None, "reported")]),
        # the bullets of a key-events list without clock times: the blog's day too
        ("LIVE\nEnvoy in Minsk\n\n11 Sep 2025 · 17:40 BST\n\nKey events\n\n"
         "- Coale meets Lukashenko in Minsk\n\n- US eases sanctions on Belavia\n\n"
         "Show key events only\n", "2025-09-11",
         [("sanctions_eased", "2025-09-11", None, "reported"),
          ("talks", "2025-09-11", None, "reported")]),
        # the same bullets under another heading stay undated
        ("Envoy in Minsk\n\nIn brief\n\n- Coale meets Lukashenko in Minsk\n", "2025-09-11",
         [("talks", None, None, "reported")]),
        # a single line with a clock time (as a challenge item gives it): undated
        ("14:05 Lukashenko has pardoned another 32 people, his office says.", "2024-11-21",
         [("pardon", None, 32, "reported")]),
        ("16:42 — The envoy sits down with Lukashenko in Minsk.", "2025-09-11",
         [("talks", None, None, "reported")]),
    ],
)
def test_live_blog_time_stamps(text: str, published: str, expected: list[tuple]) -> None:
    assert labelled(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20 November 2024 - Lukashenko signs a decree pardoning 32, eight of them women.",
         [("pardon", "2024-11-20", "day", 32, "exact", "reported")]),
        ("On Tuesday the president signed a decree freeing 17.",
         [("release", "2025-12-09", "day", 17, "exact", "reported")]),
        ("The designations follow the European Union's listing on Monday of 28 judges, "
         "prosecutors and prison officials.",
         [("sanctions_imposed", "2025-12-08", "day", 28, "exact", "reported")]),
        # a stock-market listing is no sanction
        ("The listing of 20 companies on the stock exchange was delayed.", []),
    ],
)
def test_counts_after_a_participle_and_listings(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brussels should demand that Minsk free the people it still holds.",
         [("release", None, None, None, None, "demanded")]),
        ("The opposition demanded that the authorities release all political prisoners.",
         [("release", None, None, None, None, "demanded")]),
        ("We call on the European Union and the United States to impose targeted sanctions "
         "on every official responsible.",
         [("sanctions_imposed", None, None, None, None, "demanded")]),
        ("The court insisted that the company release the documents.", []),
    ],
)
def test_demands(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


def test_timeline_entry_is_no_date_line() -> None:
    page = ("Who is being freed, and why now?\n\nBy our correspondent\n\n"
            "As of Sunday, 19 January 2025, the group listed 250 people released.\n\n"
            "Timeline\n3 July 2024 - 18 prisoners are freed.\n"
            "18 January 2025 - 23 pardoned.\n")
    day, basis = document_date(page, load_patterns("en"))
    assert (str(day.date()), basis) == ("2025-01-19", "latest_date_in_text")
    # a date line with a clock time after its dash is still the page's date line
    day, basis = document_date("Live\n13 Dec 2025 - 18:05 CET\n\nThe envoy met Lukashenko.",
                               load_patterns("en"))
    assert (str(day.date()), basis) == ("2025-12-13", "visible_date")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The midfielder has been released from the under-21 squad and will return to his "
         "club this weekend.", []),
        ("The striker was released from the national team's training camp on Monday.", []),
        # a prison camp is no squad
        ("Two prisoners were freed from the camp at Ivatsevichy on Friday.",
         [("release", "2025-12-12", "day", 2, "exact", "reported")]),
    ],
)
def test_sport_look_alikes(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected
