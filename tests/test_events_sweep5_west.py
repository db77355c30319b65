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
from eventcases import as_labelled

from toolkit.clean.pages import parse_text
from toolkit.events import events_from_text

PUB = pd.Timestamp("2025-03-07 15:00", tz="UTC")  # a Friday


def _stated(text: str, language: str, published: pd.Timestamp = PUB) -> list[tuple]:
    """Sorted distinct (type, date or None, count, modality), published on ``PUB``."""
    return as_labelled(text, language, published)


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


# Words and dates, publication day Friday 7 March 2025.
@pytest.mark.parametrize(("language", "sentence", "expected"), [
    # the start of this month, the month named with its word for "month"
    ("it", "All'inizio del mese il Tesoro americano ha tolto la compagnia aerea dalla lista "
           "dei soggetti sanzionati.",
     [("sanctions_lifted", "2025-03-01", None, "reported")]),
    ("it", "A inizio mese Washington ha tolto la compagnia aerea dalla lista nera.",
     [("sanctions_lifted", "2025-03-01", None, "reported")]),
    ("fr", "Au début du mois, le Trésor américain a retiré la compagnie de sa liste noire.",
     [("sanctions_lifted", "2025-03-01", None, "reported")]),
    ("fr", "Au début du mois de février, Minsk a libéré 17 détenus.",
     [("release", "2025-02-01", 17, "reported")]),
    ("fr", "Au mois de janvier, Minsk a libéré 17 détenus.",
     [("release", "2025-01-01", 17, "reported")]),
    ("de", "Im Monat Februar begnadigte Lukaschenko 17 Häftlinge.",
     [("pardon", "2025-02-01", 17, "reported")]),
    ("nl", "In de maand februari verleende Loekasjenko 17 gevangenen gratie.",
     [("pardon", "2025-02-01", 17, "reported")]),
    ("nl", "Halverwege februari verleende Loekasjenko 17 gevangenen gratie.",
     [("pardon", "2025-02-01", 17, "reported")]),
    # a handover to "the Ukrainian side"
    ("it", "Sabato 17 detenuti sono stati poi consegnati alla parte ucraina.",
     [("release", "2025-03-01", 17, "reported")]),
])
def test_dates_and_words(language: str, sentence: str, expected: list[tuple]) -> None:
    assert _stated(sentence, language) == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    # the total still held, in a demand, is no count of the demanded release
    ("fr", "L'opposante a appelé à la libération des quelque 1 200 prisonniers politiques "
           "encore détenus dans le pays.",
     [("release", None, None, "demanded")]),
    ("it", "L'opposizione chiede la liberazione dei circa 1.200 prigionieri politici ancora "
           "detenuti.",
     [("release", None, None, "demanded")]),
    ("nl", "De stichting eist de vrijlating van de ruim 1.200 politieke gevangenen die nog "
           "vastzitten.",
     [("release", None, None, "demanded")]),
    # ... a demand for people named by another phrase keeps its count
    ("fr", "L'UE exige la libération des 12 militants arrêtés vendredi.",
     [("release", None, 12, "demanded")]),
    ("it", "L'opposizione chiede la liberazione dei 12 attivisti arrestati venerdì.",
     [("release", None, 12, "demanded")]),
    ("nl", "De EU eist de vrijlating van de 12 vrijdag opgepakte activisten.",
     [("release", None, 12, "demanded")]),
    # "among those freed are ...": part of a release told elsewhere
    ("fr", "Parmi les personnes relâchées figurent aussi trois Polonais et deux Lettons.", []),
    ("fr", "Parmi les libérés figure le syndicaliste bien connu.", []),
    # ... but not among them is a denial
    ("fr", "Le journaliste ne figure pas parmi les libérés de jeudi.",
     [("release", "2025-03-06", None, "denied")]),
])
def test_counts_and_references(language: str, sentence: str, expected: list[tuple]) -> None:
    assert _stated(sentence, language) == expected


MONDAY = pd.Timestamp("2025-03-10 09:00", tz="UTC")


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    # a date that opens a clause whose second word is the modal: the expected event's date
    ("de", "Am heutigen Montag wollen die EU-Außenminister die Sanktionen gegen Minsk "
           "ausweiten.",
     [("sanctions_imposed", "2025-03-10", None, "expected")]),
    ("de", "Am Montag soll Lukaschenko 20 Häftlinge freilassen.",
     [("release", "2025-03-10", 20, "expected")]),
    # ... a date further into the clause is not
    ("nl", "De onderhandelingen in Minsk op vrijdag gingen over de vrijlating van gevangenen.",
     [("release", None, None, "expected"), ("talks", "2025-03-07", None, "reported")]),
    # a hope for relief, an aim, is no event; a hope with a verb clause is an expectation
    ("de", "Lukaschenko hofft auf die Aufhebung weiterer Sanktionen, etwa gegen die "
           "Kaliindustrie.", []),
    ("de", "Minsk hofft, dass die Sanktionen aufgehoben werden.",
     [("sanctions_lifted", None, None, "expected")]),
    ("it", "Lukashenko spera nella revoca di altre sanzioni.", []),
    ("it", "Minsk punta alla revoca delle sanzioni sul potassio.", []),
])
def test_expected_and_aims(language: str, sentence: str, expected: list[tuple]) -> None:
    assert _stated(sentence, language, MONDAY) == expected


THURSDAY = pd.Timestamp("2025-10-09 12:00", tz="UTC")


@pytest.mark.parametrize(("sentence", "expected"), [
    # Dutch nationalities beyond the first sixteen countries: people counted, parties named
    ("Gisteren had de Azerbeidzjaanse president de tien Armeniërs gratie verleend.",
     [("pardon", "2025-10-08", 10, "reported")]),
    ("Minsk liet zaterdag drie Zweden vrij.",
     [("release", "2025-10-04", 3, "reported")]),
    ("Dinsdag sprak de Azerbeidzjaanse minister met zijn Armeense ambtgenoot in Abu Dhabi.",
     [("talks", "2025-10-07", None, "reported")]),
])
def test_dutch_nationalities(sentence: str, expected: list[tuple]) -> None:
    assert _stated(sentence, "nl", THURSDAY) == expected


def test_dutch_talks_between_two_named_states() -> None:
    rows = events_from_text("Dinsdag sprak de Azerbeidzjaanse minister met zijn Armeense "
                            "ambtgenoot in Abu Dhabi.", THURSDAY, "nl")
    assert [(r["event_type"], r["actor"]) for r in rows] == [("talks", "Azerbaijan/Armenia")]


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    # "with him, thirteen others": the one told before is freed with them, 14
    ("fr", "Le journaliste a été libéré samedi. Avec lui, treize autres détenus ont été "
           "libérés.",
     [("release", "2025-03-01", 14, "reported")]),
    ("it", "Con lui, altri tredici detenuti sono stati liberati sabato.",
     [("release", "2025-03-01", 14, "reported")]),
])
def test_freed_with_him(language: str, sentence: str, expected: list[tuple]) -> None:
    assert _stated(sentence, language) == expected
