"""English events: the fifteenth-round sweep of the English challenge sentences (set J1
and the development halves of sets A-I), general causes.

Sentences written for the project; each table checks one cause. The day of a saying
told after the event ("Belarus has freed 10 prisoners, a rights group said on
Thursday") is not the event's: the event is undated, as the sentence sets label it
(``speech_date trailing`` in ``lang/en/dating.tsv``). A saying that opens the report
("Belarus said on Saturday it had freed 18") still dates it, as the practice corpus's key
reads it. An event's own date stays its own. Published on Friday 2025-09-12.
"""

from __future__ import annotations

import pytest
from eventcases import as_labelled

from toolkit.events import events_from_text

PUB = "2025-09-12"  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the saying after the event: undated
        ("Belarus has freed 14 more political prisoners, a rights group said on Thursday.",
         [("release", None, 14, "reported")]),
        ("Three Lithuanians have been pardoned by Lukashenko, the president's press service "
         "announced on Wednesday.",
         [("pardon", None, 3, "reported")]),
        ("The EU has imposed sanctions on 12 judges, the Council said on Monday.",
         [("sanctions_imposed", None, 12, "reported")]),
        ("Minsk has released three more political prisoners, Viasna reported on Tuesday.",
         [("release", None, 3, "reported")]),
        ("Belarus has freed a jailed American citizen, the State Department said on Sunday.",
         [("release", None, None, "reported")]),
        ("At the start of the month Lukashenko pardoned 25 people, seven women and 18 men, "
         "his office said on Thursday.",
         [("pardon", None, 25, "reported")]),
        # the event's own date stays its own
        ("Lukashenko pardoned 25 prisoners on Tuesday, his press service said on Wednesday.",
         [("pardon", "2025-09-09", 25, "reported")]),
        ("Belarus freed 52 prisoners on Thursday, Lithuanian officials said on Friday.",
         [("release", "2025-09-11", 52, "reported")]),
        # a saying that opens the report: its day (the practice corpus's key)
        ("Belarus said on Wednesday it had freed 18 prisoners.",
         [("release", "2025-09-10", 18, "reported")]),
        ("A news agency reported on Wednesday that at least five prisoners had been freed.",
         [("release", "2025-09-10", 5, "reported")]),
        # a participle after its noun is no saying after the event
        ("The delisting, posted on Tuesday by the Treasury, also took two aircraft off the "
         "blacklist.",
         [("sanctions_lifted", "2025-09-09", None, "reported")]),
        # a date in the event's clause before the saying is the event's
        ("On Wednesday Belarus released 16 prisoners, Viasna said on Thursday.",
         [("release", "2025-09-10", 16, "reported")]),
    ],
)
def test_a_saying_after_the_event_does_not_date_it(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected


def test_a_saying_after_the_event_takes_the_publication_day() -> None:
    rows = events_from_text("Belarus has freed 14 political prisoners, a rights group said on "
                            "Wednesday.", PUB, "en")
    assert [(r["event_type"], str(r["date"].date()), r["date_basis"]) for r in rows] == \
        [("release", PUB, "published")]


def test_a_lead_dated_by_its_saying_is_not_an_earlier_happening_told_again() -> None:
    # the lead's news (undated, of its saying's day) and a pardon of the same count months
    # before are two pardons: the lead is no head line whose date is told further down
    text = ("Lukashenko has pardoned 14 foreign citizens at the request of the US president, "
            "his press service reported on 11 September.\n\n"
            "The decision followed a meeting with a US envoy in Minsk.\n\n"
            "In June, the Belarusian leader pardoned 14 people after another envoy's visit.")
    assert as_labelled(text, "en", "2025-09-11") == [
        ("pardon", "2025-06-01", 14, "reported"), ("pardon", None, 14, "reported")]
    rows = events_from_text(text, "2025-09-11", "en")
    assert sorted(str(r["date"].date()) for r in rows if r["event_type"] == "pardon") == \
        ["2025-06-01", "2025-09-11"]
