"""Fifth sweep in German, Dutch, French and Italian, from whole pages: the date of a saved
page that comes without one, and the wording those pages use.

Page dates: a date line right under the headline, however it is labelled ("E-Paper ·
Ausgabe Nr. 12 · Freitag, 7. März 2025"); the page's address at the top of a dump with the
day in its path (".../2025/03/07/..."); a press release's sign-off ("Den Haag, 7 maart
2025"); a year-less date line in the page's head ("venerdì 7 marzo · 09:40") with the year
of the copyright line when the weekday agrees, else the year its weekday gives.

Every sentence and page here was written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.clean.pages import parse_text
from toolkit.events import events_from_text

PUB = pd.Timestamp("2025-03-07 15:00", tz="UTC")  # a Friday


def _stated(text: str, language: str, published: pd.Timestamp = PUB) -> list[tuple]:
    """Sorted distinct (type, date or None, count, modality); None where the text states
    no date (an undated report takes the publication day)."""
    out = set()
    for r in events_from_text(text, published, language):
        unstated = pd.isna(r["date"]) or r["date_basis"] == "published"
        out.add((r["event_type"], None if unstated else str(r["date"].date()),
                 None if pd.isna(r["count"]) else int(r["count"]), r["modality"]))
    return sorted(out, key=str)


_BODY = ("Die Stadtverwaltung hat am Donnerstag neue Öffnungszeiten für die Bibliothek "
         "beschlossen, die ab dem kommenden Monat gelten sollen und mehr Abendstunden "
         "vorsehen als bisher.")


@pytest.mark.parametrize(("dump", "expected"), [
    # a date line under the headline, led by an edition label
    ("Kreisblatt | Nachrichten aus Stadt und Land | Startseite Region Politik Sport Kultur "
     "Service E-Paper Abo Kontakt Impressum Sie sind hier: Startseite > Region\n\n"
     "E-Paper · Ausgabe Nr. 56 · Freitag, 7. März 2025\n\n"
     "Bibliothek bekommt längere Öffnungszeiten am Abend\n\n" + _BODY,
     "2025-03-07"),
    # the saved page's address at the top of the dump
    ("https://www.lokalblatt.example/region/2025/03/07/bibliothek-oeffnungszeiten\n\n"
     "Lokalblatt\n\nBibliothek bekommt längere Öffnungszeiten\n\n" + _BODY,
     "2025-03-07"),
    ("https://nieuws.example/binnenland/2024-11-05/bibliotheek-langer-open\n\n"
     "Bibliotheek langer open op de avond\n\n"
     "De gemeente heeft donderdag besloten dat de bibliotheek vanaf volgende maand langer "
     "open blijft, vooral op de avonden door de week.",
     "2024-11-05"),
    # a press release signed with place and date at its foot
    ("Stichting Leesbevordering\n\nPERSBERICHT\n\nBibliotheek langer open op de avond\n\n"
     "De gemeente heeft donderdag besloten dat de bibliotheek vanaf volgende maand langer "
     "open blijft, vooral op de avonden door de week.\n\n"
     "Lees ook\n- Voorleeswedstrijd groot succes\n\nDen Haag, 7 maart 2025\n\n"
     "Stichting Leesbevordering | Privacy",
     "2025-03-07"),
    ("Association Lire Partout\n\nCOMMUNIQUÉ\n\nLa bibliothèque ouvrira plus tard le soir\n\n"
     "La mairie a décidé jeudi que la bibliothèque resterait ouverte plus tard le soir à "
     "partir du mois prochain, surtout en semaine.\n\nParis, le 7 mars 2025",
     "2025-03-07"),
    # a year-less head line: the copyright year when the weekday agrees ...
    ("RADIO CITTÀ - Notizie e musica\n\nvenerdì 7 marzo · 09:40\n\n"
     "Biblioteca aperta fino a sera\n\n"
     "Il Comune ha deciso giovedì che la biblioteca resterà aperta più a lungo la sera "
     "a partire dal mese prossimo, soprattutto nei giorni feriali.\n\n© 2025 Radio Città",
     "2025-03-07"),
    # ... else the year the weekday gives, from the latest year the page states
    ("RADIO CITTÀ - Notizie e musica\n\nvenerdì 7 marzo · 09:40\n\n"
     "Biblioteca aperta fino a sera\n\n"
     "Il Comune ha deciso giovedì che la biblioteca, chiusa la sera dal 2023, resterà "
     "aperta più a lungo a partire dal mese prossimo.\n\n© 2023 Radio Città",
     "2025-03-07"),
    ("NOORD FM\n\nzondag 9 maart, 11:20\n\nBibliotheek langer open op de avond\n\n"
     "De gemeente heeft donderdag besloten dat de bibliotheek vanaf volgende maand langer "
     "open blijft.\n\n© 2025 Noord FM",
     "2025-03-09"),
])
def test_page_date_of_a_dump(dump: str, expected: str) -> None:
    got = parse_text(dump)["published"]
    assert got is not None and got[:10] == expected


@pytest.mark.parametrize("dump", [
    # no weekday, no year: no date
    "RADIO CITTÀ\n\n7 marzo · 09:40\n\nBiblioteca aperta fino a sera\n\n"
    "Il Comune ha deciso giovedì che la biblioteca resterà aperta più a lungo la sera.",
    # a sentence that ends with a place and a date is no sign-off
    "Bibliotheek langer open\n\nDe gemeente besloot het na een lange vergadering in "
    "Den Haag, 7 maart 2025 was de datum.",
])
def test_no_page_date(dump: str) -> None:
    assert parse_text(dump)["published"] is None
