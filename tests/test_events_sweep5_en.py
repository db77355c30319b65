"""English events: a fifth sweep, from whole development pages (``pages_p31.jsonl``).

Sentences and short page heads written for the project in the style of the page kinds
of that file (timelines in the historic present, live blogs, law-firm alerts, ministry
releases, commodities pages); each checks one construction the pages showed missing: a
bare count before a present passive ("Another 17 are pardoned", "11 are let out",
"40 prisoners are driven to Poland"), "walked free with 9 others", "returned 30
soldiers", "designated ... under Executive Order 14038", quiet look-alikes (photos
"released by", "until all ... are released", applications for clemency, "any easing
of", a renewal told before the measures), and a page's headline told again with its
date further down its head (one mention, not an undated one beside it). Published on
Saturday 2025-12-13 (see ``eventcases.SAT``).
"""

from __future__ import annotations

import pytest
from eventcases import DETAILED, SAT, summary


def detailed(text: str) -> list[tuple]:
    """Sorted (type, date, precision, count, qualifier, modality), running totals left out."""
    return summary(text, "en", DETAILED, published=SAT, totals=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # timeline entries in the historic present: a bare count before "are <participle>"
        ("Oct. 2, 2024 - Another 17 are pardoned ahead of the holiday.",
         [("pardon", "2024-10-02", "day", 17, "exact", "reported")]),
        ("March 2025 - Authorities begin freeing people jailed over the protests; 11 are let "
         "out.",
         [("release", "2025-03-01", "month", 11, "exact", "reported")]),
        ("April 2025 - 40 prisoners are driven to Poland; the same day, Washington eases "
         "sanctions on the airline.",
         [("release", "2025-04-01", "month", 40, "exact", "reported"),
          ("sanctions_eased", "2025-04-01", "month", None, None, "reported")]),
        # the one freed "with N others" counts too
        ("In October, the activist walked free with 9 others.",
         [("release", "2025-10-01", "month", 10, "exact", "reported")]),
        # "returned <number> <people>": the other side of a transfer
        ("On Friday Kyiv handed over 30 prisoners, and Moscow returned 30 Ukrainian soldiers.",
         [("release", "2025-12-12", "day", 30, "exact", "reported"),
          ("release", "2025-12-12", "day", 30, "exact", "reported")]),
        # a designation under an executive order is a listing
        ("OFAC designated the carrier in May 2024 under Executive Order 14038.",
         [("sanctions_imposed", "2024-05-01", "month", None, None, "reported")]),
    ],
)
def test_present_passives_and_wording(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Photos released by the presidency show the envoy in Minsk.",
        "The bloc says its measures will stay until all political prisoners are released.",
        "Applications for clemency can be filed through the prison administration.",
        "Traders said any easing of those sanctions would weigh on prices next year.",
        "The EU on Monday extended for another year the restrictive measures against 15 "
        "officials.",
        "The committee designated a new chair under the executive order on governance.",
    ],
)
def test_look_alikes_stay_quiet(text: str) -> None:
    assert detailed(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kicker above the headline, a byline and key points before the dated lead
        ("Client Alert\nTreasury Delists State Carrier, Authorizes Dealings With Two "
         "Aircraft\nAuthors: Sanctions Team\nKey points\n- A general license now covers two "
         "government aircraft.\nOn December 9, 2025, OFAC removed the carrier from the SDN "
         "List and issued a general license for two aircraft.\nThe carrier had been listed "
         "since 2023.",
         [("sanctions_eased", "2025-12-09", "day", None, None, "reported"),
          ("sanctions_lifted", "2025-12-09", "day", None, None, "reported")]),
        # a standfirst in the present perfect, then the dated telling
        ("Minsk frees prisoners after envoy's trip\nBelarus has released a group of "
         "prisoners, officials in Vilnius said.\nBy Staff Reporter\nOn Thursday, 25 "
         "prisoners were freed and driven to the Lithuanian border.",
         [("release", "2025-12-11", "day", 25, "exact", "reported")]),
        # another count further down is another happening: both stay
        ("Belarus frees 25 prisoners\nOn Thursday, 25 prisoners were freed.\nIn June, 14 "
         "prisoners were freed.",
         [("release", "2025-06-01", "month", 14, "exact", "reported"),
          ("release", "2025-12-11", "day", 25, "exact", "reported")]),
    ],
)
def test_head_lines_told_again_with_a_date(text: str, expected: list[tuple]) -> None:
    assert detailed(text) == expected
