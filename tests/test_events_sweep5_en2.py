"""English events: a second pass of the fifth sweep, from whole pages
(``pages_p35.jsonl``).

Sentences and short pages written for the project in the style of the page kinds of that
file (a US regional paper, a TV transcript, a commodities page, a Q&A explainer, an
op-ed); each checks one construction the pages showed missing: demands with "must",
"should" and the base form "urge", a total held told after "that rights groups say" in a
demand, a count of sources ("two people familiar with the visit") that is not who was
freed, a speech aside between a bare count and its passive ("The other 90, officials
said, have been handed over"), nationality plurals as counted people ("30 Ostravians"),
a participle clause that widens a sanctions regime, "31 and then 32 people" (two
happenings), names "not released", freed people "who were detained in 2022" (their past,
not a total held, and not the release's date), and a share line with a two-digit US year
("Posted 2/13/25 at 6:05 PM") and a lead's "Yesterday, Saturday 14 June 2025," as the
page's date. Published on Saturday 2025-12-13 (``eventcases.SAT``).
"""

from __future__ import annotations

import pytest
from eventcases import DETAILED, SAT, summary

from toolkit.clean.dates import header_date
from toolkit.clean.pages import parse_text
from toolkit.events.docdate import document_date
from toolkit.events.patterns import load_patterns


def detailed(text: str) -> list[tuple]:
    """Sorted (type, date, precision, count, qualifier, modality), running totals left out."""
    return summary(text, "en", DETAILED, published=SAT, totals=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand with "must" / "should" before the base form
        ("Minsk must free all political prisoners, not a few at a time.",
         [("release", None, None, None, None, "demanded")]),
        ("The bloc should impose sanctions on the judges who sentenced them.",
         [("sanctions_imposed", None, None, None, None, "demanded")]),
        # "to urge": the base form of the demand verb
        ("Relatives will gather on Sunday to urge Minsk to release the prisoners.",
         [("release", None, None, None, None, "demanded")]),
        # a total held in a demand, told after "that rights groups say" / "they say"
        ("The mayor joined a rally to urge Minsk to free the more than 1,100 political "
         "prisoners that rights groups say remain behind bars.",
         [("release", None, None, None, None, "demanded")]),
        ("Activists called on the authorities to release the roughly 250 people they say "
         "are held for their views.",
         [("release", None, None, None, None, "demanded")]),
    ],
)
def test_demands(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of sources is not who was freed: "The releases" points back
        ("The releases came after a quiet trip to Minsk by a US official, according to "
         "three people familiar with the visit.",
         []),
        ("On Friday Belarus freed 18 prisoners, two people familiar with the deal said.",
         [("release", "2025-12-12", "day", 18, "exact", "reported")]),
        # who the freed "were detained" is their past, not a total held; the relative
        # clause's date is not the release's
        ("On Friday Belarus freed 11 fishermen who were detained in 2022.",
         [("release", "2025-12-12", "day", 11, "exact", "reported")]),
        ("Belarus freed 52 prisoners who were jailed after the 2020 protests.",
         [("release", "2025-12-13", "day", 52, "exact", "reported")]),
        # a speech aside between a bare count and its passive
        ("The other 90, officials said, have been handed over to Ukraine.",
         [("release", "2025-12-13", "day", 90, "exact", "reported")]),
        ("The remaining 40, we're told, were freed on Friday.",
         [("release", "2025-12-12", "day", 40, "exact", "reported")]),
        # nationality plurals count people, fictional ones too
        ("The president signed a decree on Thursday pardoning all 30 Ostravians.",
         [("pardon", "2025-12-11", "day", 30, "exact", "reported")]),
        ("On Friday Veldoria freed 12 Estonians.",
         [("release", "2025-12-12", "day", 12, "exact", "reported")]),
    ],
)
def test_counts(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle clause after a comma widens the regime the main clause's subject
        # acted on, on the main clause's day
        ("EU ministers on Monday went further, widening the bloc's sanctions regime to cover "
         "hybrid attacks.",
         [("sanctions_imposed", "2025-12-08", "day", None, None, "reported")]),
        # "N and then M": two happenings, one count each
        ("In November he pardoned 31 and then 32 people.",
         [("pardon", "2025-11-01", "month", 31, "exact", "reported"),
          ("pardon", "2025-11-01", "month", 32, "exact", "reported")]),
        ("Belarus freed 18 prisoners in July and then 30 in August.",
         [("release", "2025-07-01", "month", 18, "exact", "reported"),
          ("release", "2025-08-01", "month", 30, "exact", "reported")]),
    ],
)
def test_participles_and_sequences(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Critics warn against widening sanctions on the airline.",
        "The name of the American was not released at the family's request.",
        "Officials declined to release the names of those detained.",
        "The identities of the two men have not been released.",
    ],
)
def test_names_not_released_stay_quiet(text: str) -> None:
    assert detailed(text) == []


def test_share_line_with_two_digit_us_year_dates_the_page() -> None:
    assert header_date("Posted 2/13/25 at 6:05 PM") == "2025-02-13T00:00:00+00:00"
    assert header_date("Version 2.1.19") is None
    page = ("The Lakeshore Ledger\nSubscribe | e-Edition | Log in\n"
            "NEWS   SPORTS   BUSINESS   OPINION\nHome / News / Nation & World\n\n"
            "Belarus frees American, 2 others; local families hopeful\n\nBy Ledger Staff\n\n"
            "HARBOR CITY - Members of the county's small Belarusian community said Thursday "
            "they were hopeful after Belarus on Wednesday released three prisoners, one of "
            "them a U.S. citizen, and drove them across the border into Lithuania.\n\n"
            "The association, which has about 40 members, meets monthly in a church hall "
            "downtown and has written letters to prisoners for years, one of its members "
            "said.\n\n"
            "The association will hold a vigil on Sunday evening outside the courthouse, "
            "its members said, and has invited the county commissioners to attend.\n\n"
            "A history professor at the state university said the timing was no accident "
            "and that more releases were likely before the summer.\n\n"
            "One county commissioner said he planned to attend the vigil with his family."
            "\n\nPosted 2/13/25 at 6:05 PM | Updated 2/13/25 at 8:41 PM\n\n"
            "Share: Facebook | X | Email\n\nMORE FROM THE LEDGER\n"
            "Council approves lakefront repairs\nTeachers, district resume contract talks"
            "\n\n(c) 2025 The Lakeshore Ledger. All rights reserved.\n")
    assert parse_text(page)["published"] == "2025-02-13T00:00:00+00:00"


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        # the lead names the day before the page's, with its weekday and year
        ("Yesterday, Saturday 14 June 2025, the president pardoned another 16 people.",
         "2025-06-15"),
        # today, with the year the copyright line states
        ("Today, 3 July, the president pardoned 16 people.\n\n(c) 2025 Example Review",
         "2025-07-03"),
    ],
)
def test_a_lead_that_names_today_or_yesterday_dates_the_page(lead: str, day: str) -> None:
    found, basis = document_date(lead + "\n\nThe decree was published by his office.",
                                 load_patterns("en"))
    assert (found.date().isoformat(), basis) == (day, "visible_date")
