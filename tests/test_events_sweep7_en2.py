"""English events: the ninth-round sweep from blind development pages
(``pages_p50.jsonl``, ``en-v07`` ... ``en-v12``), general causes.

Sentences and short pages written for the project; each table checks one cause the
blind pages showed: a wire dateline without a year in a lead that comes after a cookie
notice, a repeated headline and a "Reposted from" line (the page's date). Published on
Saturday 2025-12-13 (``eventcases.SAT``) unless a case says otherwise.
"""

from __future__ import annotations

import pytest
from eventcases import DETAILED, SAT, summary

from toolkit.clean.pages import parse_text


def detailed(text: str, published: object = SAT) -> list[tuple]:
    """Sorted (type, date, precision, count, qualifier, modality), running totals left out."""
    return summary(text, "en", DETAILED, published=published, totals=False)


_CHROME = ("Daily Digest | World | Business | Sport\nHome > World > Europe\n\n"
           "We use cookies to improve your experience. By continuing you accept our use of "
           "cookies. [OK] [Settings]\n\n")


@pytest.mark.parametrize(
    ("page", "day"),
    [
        # the lead, with its dateline, is the first long paragraph after the chrome;
        # the year comes from the copyright line
        (_CHROME + "Envoy meets Belarus leader in Minsk\n\nEnvoy meets Belarus leader in Minsk"
         "\n\nSyndicated from Northern Wire | 2 min read\n\n"
         "VILNIUS, Oct 3 (NW) - A senior European envoy met the Belarusian foreign minister "
         "in Minsk on Friday for talks on the fate of political prisoners and border "
         "crossings, officials in both capitals said.\n\n"
         "The talks lasted three hours.\n\n(c) 2025 Daily Digest\n", "2025-10-03"),
        # without a copyright line, the lead's weekday gives the year
        (_CHROME + "Minsk frees 12 prisoners\n\nMinsk frees 12 prisoners\n\n"
         "From our partners | 3 min read\n\n"
         "RIGA, March 7 (NW) - Belarus freed 12 people jailed after the 2020 protests on "
         "Friday, a rights group said, the first such release since the president's "
         "inauguration in January 2025.\n\nMore follows.\n", "2025-03-07"),
    ],
)
def test_dateline_after_page_chrome(page: str, day: str) -> None:
    assert parse_text(page)["published"] == f"{day}T00:00:00+00:00"
