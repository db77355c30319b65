"""Sixth sweep in French, Italian, German and Dutch, from whole pages: how these outlets
date what they report, and measures named without the word "sanctions".

Page dates: a year-less date written with its weekday takes the year its weekday gives
("Ieri, venerdì 16 agosto" on a page that names only 2020); such a date counts among a
page's latest dates ("Samedi 13 décembre"), and the weekday a page calls this one ("Ce
mardi") moves the page's day to it; a live page's header whose date is one of its parts
("EN DIRECT · jeudi 6 novembre · mis à jour à 16h48").
Event dates: relative dates with a number word ("il y a deux semaines"), "on the day of
the release", "le 11 du mois", vague phrases that give no date.

Every sentence and page here was written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import as_labelled

from toolkit.clean.pages import parse_text
from toolkit.events import events_from_text
from toolkit.events.dates import find_dates
from toolkit.events.docdate import document_date
from toolkit.events.patterns import load_patterns

PUB = pd.Timestamp("2025-03-07 15:00", tz="UTC")  # a Friday


def _stated(text: str, language: str, published: pd.Timestamp = PUB) -> list[tuple]:
    """Sorted distinct (type, date or None, count, modality), published on ``PUB``."""
    return as_labelled(text, language, published)


@pytest.mark.parametrize(("language", "phrase", "unit", "shift"), [
    ("fr", "Les deux camps s'étaient vus il y a deux semaines à Genève.", "week", -2),
    ("fr", "Il y a trois jours, la frontière a rouvert.", "day", -3),
    ("it", "Le due parti si erano incontrate due settimane fa a Roma.", "week", -2),
    ("de", "Vor drei Tagen öffnete die Grenze wieder.", "day", -3),
    ("nl", "De grens ging drie dagen geleden weer open.", "day", -3),
    ("en", "The border reopened three days ago.", "day", -3),
])
def test_relative_date_with_a_number_word(language: str, phrase: str, unit: str,
                                          shift: int) -> None:
    hits = [h for h in find_dates(phrase, load_patterns(language)) if h.kind == "relative"]
    assert [(h.parts["unit"], h.parts["shift"]) for h in hits] == [(unit, shift)]


_TIMELINE = ("Repères\n\n2 mars 2025 : la préfecture rouvre le pont de la Loire aux piétons "
             "et aux cyclistes.\n\n")


@pytest.mark.parametrize(("language", "text", "expected"), [
    # yesterday with a weekday and a year-less date: the weekday gives the year
    ("it", "Ieri, venerdì 16 agosto, il sindaco ha inaugurato la nuova piazza.\n\n"
           "I lavori erano cominciati dopo l'alluvione del 2020.", "2024-08-17"),
    ("nl", "De burgemeester heeft gisteren, zondag 28 december, de nieuwe brug geopend.\n\n"
           "In 2025 werd er twee jaar aan gewerkt.", "2025-12-29"),
    # a year-less date with its weekday is among the latest dates ...
    ("fr", _TIMELINE + "Samedi 8 mars, la mairie a inauguré la passerelle.", "2025-03-08"),
    # ... and "ce mardi" moves the page's day to that weekday
    ("fr", _TIMELINE + "Samedi 8 mars, la mairie a inauguré la passerelle.\n\n"
           "Ce mardi, les riverains ont salué les travaux.", "2025-03-11"),
    ("de", "Chronik\n\n2. März 2025: Die Stadt öffnet die Brücke über die Kocher für Fußgänger "
           "und Radfahrer.\n\n"
           "Samstag, 8. März, wurde der Steg eingeweiht. An diesem Dienstag lobten die "
           "Anwohner die Arbeiten.", "2025-03-11"),
    # no year stated anywhere: the weekday alone gives none
    ("it", "Ieri, venerdì 16 agosto, il sindaco ha inaugurato la nuova piazza.", None),
])
def test_page_date_from_weekdays(language: str, text: str, expected: str | None) -> None:
    day, _ = document_date(text, load_patterns(language))
    assert (None if day is None else str(day.date())) == expected


def test_live_page_header_date() -> None:
    dump = ("Radio des Dunes - Le fil info\nDirect  Infos  Sports  Météo\n\n"
            "EN DIRECT · jeudi 6 novembre · mis à jour à 16h48\n\n"
            "Tempête sur la côte : les dernières informations\n\n"
            "Les vents ont atteint 130 km/h dans la nuit sur le littoral, et plusieurs routes "
            "restent fermées ce jeudi matin, selon la préfecture qui appelle à la prudence.\n\n"
            "Radio des Dunes © 2025 - Tous droits réservés")
    assert parse_text(dump)["published"] == "2025-11-06T00:00:00+00:00"


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    # refusing to lift or ease, worded with "exclure" / "escludere"
    ("fr", "La Commission a exclu, à ce stade, de lever les sanctions contre Minsk.",
     [("sanctions_lifted", None, None, "denied")]),
    ("fr", "Berlin exclut d'alléger les sanctions tant que les détenus restent en prison.",
     [("sanctions_eased", None, None, "denied")]),
    ("it", "Il governo ha escluso per ora di allentare le misure restrittive contro Minsk.",
     [("sanctions_eased", None, None, "denied")]),
    # measures named by what they do, without the word sanctions
    ("it", "Il 12 febbraio il Consiglio dell'Ue ha colpito 15 funzionari bielorussi con il "
           "congelamento dei beni.", [("sanctions_imposed", "2025-02-12", 15, "reported")]),
    ("it", "Il 3 marzo il Tesoro americano ha messo nella lista nera 7 persone e 3 società.",
     [("sanctions_imposed", "2025-03-03", 10, "reported")]),
    ("it", "L'influenza ha colpito 15 funzionari del ministero la settimana scorsa.", []),
])
def test_denials_and_measures(language: str, sentence: str, expected: list[tuple]) -> None:
    assert _stated(sentence, language) == expected


def test_the_twenty_seven_are_the_eu() -> None:
    rows = events_from_text("Mardi, les Vingt-Sept ont adopté de nouvelles sanctions contre "
                            "Minsk.", PUB, "fr")
    assert [(r["event_type"], r["actor"]) for r in rows] == [("sanctions_imposed", "EU")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # "on the day of the release" is the day of the release told before
    ("nl", "Op 3 maart liet Minsk 20 gevangenen vrij. Op de dag van de vrijlating kondigde "
           "Washington aan de sancties tegen de kalimest op te heffen.",
     [("release", "2025-03-03", 20, "reported"),
      ("sanctions_lifted", "2025-03-03", None, "reported")]),
    ("fr", "Le 3 mars, Minsk a libéré 20 prisonniers. Le jour de leur libération, Washington "
           "a allégé les sanctions visant Belavia.",
     [("release", "2025-03-03", 20, "reported"),
      ("sanctions_eased", "2025-03-03", None, "reported")]),
    ("de", "Am 3. März kamen 20 Häftlinge frei. Am Tag der Freilassung lockerten die USA die "
           "Sanktionen gegen Belavia.",
     [("release", "2025-03-03", 20, "reported"),
      ("sanctions_eased", "2025-03-03", None, "reported")]),
    ("it", "Il 3 marzo Minsk ha liberato 20 detenuti. Il giorno della liberazione Washington "
           "ha allentato le sanzioni contro Belavia.",
     [("release", "2025-03-03", 20, "reported"),
      ("sanctions_eased", "2025-03-03", None, "reported")]),
    # "less than a week after" is no offset of a week
    ("fr", "Loukachenko a gracié mardi 12 personnes, moins d'une semaine après la libération "
           "de 20 prisonniers.",
     [("pardon", "2025-03-04", 12, "reported"), ("release", None, 20, "reported")]),
    # vague: no date rather than the publication day
    ("fr", "En fin de semaine dernière, Minsk a libéré 31 prisonniers.",
     [("release", None, 31, "reported")]),
    # "le 2 du mois", "le 20 du mois dernier"
    ("fr", "Le 2 du mois, Minsk a libéré 31 prisonniers.",
     [("release", "2025-03-02", 31, "reported")]),
    ("fr", "Le 20 du mois dernier, Minsk a libéré 31 prisonniers.",
     [("release", "2025-02-20", 31, "reported")]),
])
def test_dates_told_by_reference(language: str, text: str, expected: list[tuple]) -> None:
    assert _stated(text, language) == expected
