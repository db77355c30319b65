"""Whole pages, fourteenth-round sweep: a page's own date.

Short pages written for the project, in the shapes the blind development pages
(``pages_p89`` ... ``pages_p92``) showed: a saved page's address copied without its scheme
("riversidecourier.example/sport/football/2025/10/14/rovers-docked", alone on a line of
the head) dates the page as the same address with "https://" does; a line that names a
site without a date in its path gives none.
"""

from __future__ import annotations

import pytest

from toolkit.clean.pages import parse_text

_BODY = ("The panel, which met on Monday evening, described the penalty as proportionate and "
         "rejected the club's argument that the registration error was a clerical slip made "
         "by a volunteer who had since left the club.\n\n"
         "The decision drops the team from fourth to seventh in the table, two points outside "
         "the play-off places with eleven games left.\n\n")

# (address line, the page's date it gives or None)
ADDRESS_LINES = [
    ("riversidecourier.example/sport/football/2025/10/14/rovers-docked-three-points",
     "2025-10-14"),
    ("infoclara.example/internacional/2025/12/16/claves-liberacion-123-presos", "2025-12-16"),
    ("news.example.org/world/2025-06-22/belarus-frees-fourteen", "2025-06-22"),
    ("https://akhbar.example/world/2025/11/05/belavia-list", "2025-11-05"),
    ("www.vilnius-daily.example/news/2024/08/16/pardon", "2024-08-16"),
    # a site named without a date in its path, or in a sentence
    ("riversidecourier.example/sport/football/rovers-docked-three-points", None),
    ("Read more at riversidecourier.example", None),
]


@pytest.mark.parametrize(("line", "day"), ADDRESS_LINES)
def test_address_without_scheme_dates_the_page(line, day):
    text = ("The Riverside Courier\n\nNews | Sport | Business | What's On\n\n"
            "Rovers docked three points as league hands down penalty\n\n"
            f"By our sports desk\n\n{line}\n\n{_BODY}© The Riverside Courier")
    published = parse_text(text)["published"]
    assert (published[:10] if published else None) == day
