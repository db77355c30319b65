"""Page dates from date lines and datelines written the way other languages write them.

Each page is a short dump written for the project: menus, a headline, one
date clue and a lead. The page's date is 13 April 2025, a Sunday.
"""

from __future__ import annotations

import pytest

from toolkit.clean.dates import header_date, stated_months
from toolkit.clean.pages import parse_text

_MENU = "Home | World | Europe | Business | Sport\n\n"
_LEAD = ("Belarus released 18 political prisoners on Saturday, the presidential press "
         "service said, and officials in Vilnius confirmed that they had crossed the border.")


@pytest.mark.parametrize("line", [
    "2025 m. balandžio 13 d.",                 # lt: year first, year and day words
    "2025 m. balandžio 13 d., sekmadienis",    # ... and the weekday after the date
    "13 April 2025, Sunday",
    "2025/04/13 11:20",                        # year first with slashes (ja, ar, zh sites)
    "2025.04.13",
    "13.04.2025. 11:20",                       # hr: a full stop after the year, then the time
    "Objavljeno: 13.04.2025. u 11:20",
    "13 abr. 2025 - 11:20 h.",                 # a one-letter hour mark after the time
    "13.abr.2025 às 11h20",                    # pt: a month abbreviation between full stops
    "13.IV.2025",                              # a month in Roman numerals (pl, hr)
    "13. IV. 2025.",
    "13 أبريل، 2025 - 11:20 ص",                # an Arabic comma before the year
])
def test_a_date_line_of_another_script_or_order_dates_the_page(line):
    page = f"{_MENU}Belarus frees 18 prisoners\n\n{line}\n\n{_LEAD}"
    assert parse_text(page)["published"] == "2025-04-13T00:00:00+00:00"


@pytest.mark.parametrize("line", [
    "Version 2025.4 build 13",   # a version number is no date
    "13.04.25.1",
])
def test_numbers_that_are_not_dates_give_no_date_line(line):
    assert header_date(line) is None


@pytest.mark.parametrize("dateline, foot", [
    ("MINSKAS, balandžio 13 d. (Rytinfo) - ", "\n\n© 2025 Šiaurės laukas"),
    ("مينسك، 13 أبريل (وكالة الشرق) - ", "\n\n© 2025 الحقل الشمالي"),
])
def test_a_year_less_dateline_takes_the_copyright_year_in_any_order_of_date(dateline, foot):
    page = f"{_MENU}Belarus frees 18 prisoners\n\n{dateline}{_LEAD}{foot}"
    assert parse_text(page)["published"] == "2025-04-13T00:00:00+00:00"


@pytest.mark.parametrize("lead, day", [
    # "on Saturday" in a Sunday's dateline: the page says the story is after July 2024,
    # so 13 April is of 2025 (on 13 April 2024, a Saturday, it could not have said so)
    ("MINSK, 13 April (Eastwire) - Belarus released 18 prisoners on Saturday. "
     "It was the third release since July 2024.", "2025-04-13"),
    ("MINSK, 13 April (Eastwire) - Belarus released 18 prisoners on Saturday. "
     "It was the third release since 2024年7月.", "2025-04-13"),
    # the same weekday as the dateline's day, in the first year that the months allow
    ("MINSK, 12 April (Eastwire) - Belarus released 18 prisoners this Saturday. "
     "It was the third release since July 2024.", "2025-04-12"),
])
def test_a_year_less_dateline_is_not_before_a_month_the_page_states(lead, day):
    page = f"{_MENU}Belarus frees 18 prisoners\n\n{lead}"
    assert parse_text(page)["published"] == f"{day}T00:00:00+00:00"


def test_stated_months_reads_month_and_year_in_either_order():
    got = stated_months("od lipca 2024 roku, nuo 2024 m. liepos, desde julio de 2024, 2024年7月")
    assert [d.strftime("%Y-%m") for d in got] == ["2024-07"] * 4
