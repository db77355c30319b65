"""Whole pages, fourteenth-round sweep: a page's own date.

Short pages written for the project, in the shapes the blind development pages
(``pages_p89`` ... ``pages_p92``) showed: a saved page's address copied without its scheme
("riversidecourier.example/sport/football/2025/10/14/rovers-docked", alone on a line of
the head) dates the page as the same address with "https://" does; a line that names a
site without a date in its path gives none.

A count its clause dates ("u subotu je pomilovao 20 osoba", "On Saturday Lukashenko pardoned
20 people") followed by a running total in a clause of its own after a comma and a
conjunction (", a od srpnja ukupno više od 250", ", and since July ... in total") stays
that day's event; the total is the next clause's.

A counted headline that the head tells again without a date ("La excarcelación de 123
presos ... es la mayor desde ...") takes the date of its family's other type told with its
day ("El sábado 13 de diciembre, Lukashenko indultó a 123 presos"). (Croatian ", a" does not open a clause
here: reading it so gave "oni su pušteni" after ", a 1. kolovoza" the pardon's count,
which tests/test_events_sweep3_lt_hr_ar_sl_ja.py pins without a count.)
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import toolkit
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


# A count its clause dates, then a running total in a clause of its own after a comma and a
# conjunction: the total is that clause's; the dated count stays an event of its day.
# (language, sentence, type, the count, its day)
DAY_THEN_TOTAL = [
    ("hr", "Lukašenko je u subotu pomilovao 20 osoba, i time je od srpnja ukupno pomilovano "
           "više od 250 ljudi.", "pardon", 20, "2024-12-28"),
    ("hr", "Bjeloruski predsjednik u subotu je pomilovao dvadeset zatvorenika, a od prošlog "
           "ljeta pomilovano ih je više od 250.", "pardon", 20, "2024-12-28"),
    ("en", "On Saturday Lukashenko pardoned 20 people, and since July he has pardoned more "
           "than 250 in total.", "pardon", 20, "2024-12-28"),
    ("lt", "Lukašenka šeštadienį pasigailėjo 20 žmonių, o iš viso nuo liepos jau paleista "
           "daugiau nei 250 kalinių.", "pardon", 20, "2024-12-28"),
]


@pytest.mark.parametrize(("lang", "sentence", "kind", "count", "day"), DAY_THEN_TOTAL)
def test_total_in_the_next_clause_leaves_the_days_count(lang, sentence, kind, count, day):
    rows = [r for r in toolkit.events_from_text(sentence, pd.Timestamp("2024-12-29", tz="UTC"),
                                                 lang, "t")
            if r["event_type"] == kind and r["count"] == count]
    assert len(rows) == 1
    assert not rows[0]["cumulative"]
    assert str(pd.Timestamp(rows[0]["date"]).date()) == day


def test_total_with_no_day_of_its_own_stays_a_total():
    rows = toolkit.events_from_text("Od srpnja je Lukašenko pomilovao ukupno više od 250 ljudi.",
                                    pd.Timestamp("2024-12-29", tz="UTC"), "hr", "t")
    assert [r["cumulative"] for r in rows if r["count"] == 250] == [True]


def _events(tmp_path, text: str) -> pd.DataFrame:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = toolkit.load_articles(str(tmp_path))
        return toolkit.extract_events(articles)


def test_counted_headline_told_again_undated_takes_the_pardons_day(tmp_path):
    text = ("infoclara.example/internacional/2025/12/16/claves-liberacion-123-presos\n\n"
            "INFOCLARA · Explicamos la actualidad\n\nMenú · Explicadores · Datos · Boletín\n\n"
            "Explicador | Bielorrusia\n\n"
            "Claves: ¿qué se sabe de la liberación de 123 presos en Bielorrusia?\n\n"
            "Por el equipo de Internacional · Lectura: 5 minutos\n\n"
            "La excarcelación de 123 presos en Bielorrusia, entre ellos varios dirigentes "
            "opositores conocidos, es la mayor desde que Minsk empezó a soltar presos en el "
            "verano de 2024. Respondemos a las preguntas principales.\n\n"
            "¿Qué ocurrió exactamente?\n\n"
            "El sábado 13 de diciembre, Alexandr Lukashenko indultó a 123 presos, muchos de "
            "ellos figuras conocidas de la oposición. Ese mismo día salieron del país.\n\n"
            "© 2025 Infoclara")
    ev = _events(tmp_path, text)
    assert str(pd.Timestamp(ev["published"].iloc[0]).date()) == "2025-12-16"
    releases = ev[(ev["event_type"] == "release") & (ev["count"] == 123)]
    assert "2025-12-13" in {str(pd.Timestamp(d).date()) for d in releases["date"]}
    stated = releases[releases["date_basis"] != "published"]
    assert {str(pd.Timestamp(d).date()) for d in stated["date"]} == {"2025-12-13"}
