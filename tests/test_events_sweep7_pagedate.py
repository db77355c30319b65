"""Page dates: the ninth-round sweep of the date of a page saved without one.

Short pages written for the project; each table checks one page-date shape the blind
development pages (``pages_p49`` ... ``pages_p52``) and the earlier development pages
showed: a closing note on the page's own first publication ("This story was first
published March 8, 2025, in the Saturday print edition.", "Dit artikel verscheen dinsdag
8 juli 2025 in de papieren krant."), and a year-less date that the body writes with its
weekday ("Speaking to the Echo on Monday, 23 June, ...") with the year of the copyright
line in the page's foot. The events of such a page take their dates from that day.
"""

from __future__ import annotations

import pytest
from eventcases import DETAILED, summary

from toolkit.clean.dates import header_date
from toolkit.clean.pages import parse_text


def _page(head: str, lead: str, foot: str) -> str:
    return (f"The Riverside Courier\nNews | Sport | Opinion | Obituaries\n\n{head}\n\n"
            f"By Staff Reporter\n\n{lead}\n\nMost read\n"
            "- Council approves new cycle lanes\n- Bakery wins regional prize\n\n"
            f"{foot}\n")


@pytest.mark.parametrize(
    ("page", "day"),
    [
        (_page("Court frees two activists on appeal",
               "A regional court on Friday freed two activists jailed over a 2023 protest, "
               "their lawyer said, after an appeal hearing that lasted most of the day.",
               "This story was first published May 9, 2025, in the Saturday print edition.\n"
               "(c) 2025 The Riverside Courier"), "2025-05-09"),
        (_page("Rechter laat twee activisten vrij",
               "Een rechtbank heeft gisteren twee activisten vrijgelaten die na een protest "
               "in 2023 waren opgesloten, zegt hun advocaat na een lange zitting.",
               "Dit artikel verscheen zaterdag 10 mei 2025 in de papieren krant.\n"
               "© 2025 De Rivierkoerier"), "2025-05-10"),
        (_page("Gericht lässt zwei Aktivisten frei",
               "Ein Gericht hat am Freitag zwei Aktivisten freigelassen, die nach einem Protest "
               "im Jahr 2023 inhaftiert worden waren, teilte ihr Anwalt mit.",
               "Dieser Artikel erschien am 10. Mai 2025 in der gedruckten Ausgabe.\n"
               "© 2025 Flusskurier"), "2025-05-10"),
        (_page("Un tribunal libère deux militants",
               "Un tribunal a libéré vendredi deux militants emprisonnés après une manifestation "
               "en 2023, a indiqué leur avocat à l'issue d'une longue audience.",
               "Cet article est paru le 10 mai 2025 dans notre édition papier.\n"
               "© 2025 Le Courrier du Fleuve"), "2025-05-10"),
        (_page("Sąd uwolnił dwóch aktywistów",
               "Sąd w piątek uwolnił dwóch aktywistów skazanych po proteście w 2023 roku, "
               "poinformował ich adwokat po długiej rozprawie apelacyjnej w stolicy.",
               "Artykuł ukazał się 10 maja 2025 w wydaniu papierowym.\n"
               "© 2025 Kurier Rzeczny"), "2025-05-10"),
    ],
)
def test_first_publication_note_in_the_foot(page: str, day: str) -> None:
    assert parse_text(page)["published"] == f"{day}T00:00:00+00:00"


_LEAD = ("A Riverside man says he wept when he learned that his brother was among 12 "
         "prisoners freed by Belarus on Saturday, after years of letters and campaigning.")


@pytest.mark.parametrize(
    ("body", "foot", "day"),
    [
        # the weekday fits the copyright line's year: 23 June 2025 is a Monday
        ("Speaking to the Courier on Monday, 23 June, at his home, he said his brother "
         "was now in Vilnius.", "(c) 2025 Riverside Media", "2025-06-23"),
        # of two such dates, the latest
        ("He first heard the news on Sunday, 22 June. Speaking on Tuesday, 24 June, he said "
         "he hoped to travel soon.", "(c) 2025 Riverside Media", "2025-06-24"),
        # the weekday does not fit that year: no date
        ("Speaking to the Courier on Friday, 23 June, at his home, he said his brother "
         "was now in Vilnius.", "(c) 2025 Riverside Media", None),
        # no copyright line: no year
        ("Speaking to the Courier on Monday, 23 June, at his home, he said his brother "
         "was now in Vilnius.", "Got a story? Email the newsdesk", None),
        # a date the body states with its year leaves the page's day to the events stage
        ("Speaking to the Courier on Monday, 23 June, he recalled his arrest on "
         "12 March 2021 in Minsk.", "(c) 2025 Riverside Media", None),
        # an apposition to a day word ("yesterday, Sunday 22 June") is the events stage's
        ("He heard the news yesterday, Sunday 22 June, from a friend in Vilnius.",
         "(c) 2025 Riverside Media", None),
    ],
)
def test_weekday_date_in_the_body_with_the_copyright_year(body: str, foot: str,
                                                          day: str | None) -> None:
    page = _page("Riverside man's joy as brother freed from Belarus jail", f"{_LEAD}\n\n{body}",
                 foot)
    assert parse_text(page)["published"] == (f"{day}T00:00:00+00:00" if day else None)


@pytest.mark.parametrize(
    ("page", "language", "expected"),
    [
        # "on Saturday" counts from the page's day that the foot's note gives
        (_page("Belarus frees 12 prisoners",
               "Belarus freed 12 political prisoners on Saturday, a rights group said.",
               "This article first appeared in print on Monday 23 June 2025.\n"
               "(c) 2025 The Riverside Courier"), "en",
         [("release", "2025-06-21", "day", 12, "exact", "reported")]),
        # ... or that the body's weekday date and the copyright line give
        (_page("Riverside man's joy as brother freed from Belarus jail",
               f"{_LEAD}\n\nSpeaking to the Courier on Monday, 23 June, he said his brother "
               "was now in Vilnius.", "(c) 2025 Riverside Media"), "en",
         [("release", "2025-06-21", "day", 12, "exact", "reported")]),
        (_page("Wit-Rusland laat 12 gevangenen vrij",
               "Wit-Rusland heeft zaterdag 12 politieke gevangenen vrijgelaten, meldt een "
               "mensenrechtengroep.",
               "Dit artikel verscheen maandag 23 juni 2025 in de papieren krant.\n"
               "© 2025 De Rivierkoerier"), "nl",
         [("release", "2025-06-21", "day", 12, "exact", "reported")]),
    ],
)
def test_events_of_a_page_take_its_date(page: str, language: str, expected: list) -> None:
    rec = parse_text(page)
    assert rec["published"] == "2025-06-23T00:00:00+00:00"
    got = summary(rec["text"], language, DETAILED, published=rec["published"], totals=False)
    assert got == expected


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("2025年4月13日(日) 11:20", "2025-04-13"),
        ("2025年4月13日（日）", "2025-04-13"),
        ("13.04.2025 (So.)", "2025-04-13"),
        ("Published 13 April 2025 (Sunday)", "2025-04-13"),
    ],
)
def test_date_line_with_its_weekday_in_brackets(line: str, day: str) -> None:
    assert header_date(line) == f"{day}T00:00:00+00:00"


def test_yearless_japanese_head_line_with_weekday_and_clock() -> None:
    # "4月13日(日) 11:20" at the top takes the year from the months the page states
    page = ("ホーム | 国際 | 経済 | スポーツ\n\n4月13日(日) 11:20\n\nベラルーシ、政治犯18人を釈放\n\n"
            "ベラルーシは土曜日、政治犯18人を釈放したと大統領府の報道部が発表した。"
            "2024年7月以降、同様の釈放は3回目となる。\n")
    assert parse_text(page)["published"] == "2025-04-13T00:00:00+00:00"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # a year-less head line with a clock time, the year from the copyright line
        ("13 April, 11:20", "2025-04-13"),
        ("13 апреля, 11:20", "2025-04-13"),
        # a short weekday name that leads it, checked against that year
        ("Sun 13 Apr, 11:20", "2025-04-13"),
        ("So., 13. April", "2025-04-13"),
        # the short name does not fit 13 April 2025 (a Sunday): no date
        ("Mon 13 Apr, 11:20", None),
        # a part of a byline or menu line that is the date and its clock
        ("By Anna Green | 13 April, 11:20", "2025-04-13"),
        # a closing note whose verb comes last
        ("Dieser Beitrag wurde am 13. April 2025 veröffentlicht.", "2025-04-13"),
        ("Dit artikel is op 13 april 2025 gepubliceerd.", "2025-04-13"),
    ],
)
def test_head_and_foot_lines_of_a_page(line: str, day: str | None) -> None:
    page = (f"Site News | World | Business | Sport\n\n{line}\n\nBelarus frees 18 prisoners\n\n"
            "Belarus freed 18 political prisoners on Saturday, the presidential press service "
            "said. Four women were among them, and rights groups welcomed the step.\n\n"
            "© 2025 Site Media\n")
    assert parse_text(page)["published"] == (f"{day}T00:00:00+00:00" if day else None)
