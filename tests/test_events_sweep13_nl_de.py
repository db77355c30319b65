"""Fifteenth-round sweep in Dutch and German, from the blind development pages P98 and P99
(nl-ab01 ... nl-ab04, de-ab01 ... de-ab03) and the earlier development pages, as general
causes, not the pages' sentences.

- A step ruled out after its noun: Dutch "sluit een versoepeling ... uit", "is niet aan de
  orde / niet gepland / niet in zicht"; German "steht nicht zur Debatte", "ist nicht
  geplant / nicht in Sicht" (``modality_after.denied``). A bare German "Eine Lockerung /
  Aufhebung" is a sanctions noun only with such a denial right after it.
- A yes/no question, the sentence opening with a capitalised finite verb ("Zijn de
  sancties daarmee opgeheven?", "Wurden die Sanktionen damit aufgehoben?"): what is asked
  about is no event (``modality.question``).
- Dutch "augustus vorig jaar": the month of last year; a "toen" after it takes that month,
  not the bare year.
- Dutch people of the family's last event opening the sentence ("De 40 zijn ... aan
  Litouwen overgedragen", "Zij werden ... vrijgelaten"): a release of those people
  (``family_reference``); "De 40 zijn" is no possessive "zijn" pointing back.
- Dutch "ontving X dinsdag": talks; "N gevangenen vrij, onder wie ...": a timeline release;
  "er ... nog tientallen vrijkomen": people awaited; "in overleg met": no talks; "haalde ...
  (eleven words) ... van de sanctielijst": a lifting.
- Dutch "bedankte ... voor de vrijlating van ..." with up to eighty characters between: a
  release told before, undated.
- German "weiterhin mehr als 1000 politische Gefangene": who is held, no release; "seine
  Freilassung verlangt": a demand; "die Gespräche ... fortsetzen zu wollen": expected talks.

Every sentence here was written for these tests (publication on Wednesday 17 December 2025).
"""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import as_labelled

PUB = pd.Timestamp("2025-12-17 12:00", tz="UTC")  # a Wednesday
MONDAY, TUESDAY, FRIDAY = "2025-12-15", "2025-12-16", "2025-12-12"


def _events(text: str, language: str) -> list[tuple]:
    """Sorted distinct (type, date or None, precision, count, modality); a date the sentence
    does not state (the day of publication) is None."""
    return as_labelled(text, language, PUB, precision=True)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("nl", "Brussel sluit een versoepeling van de sancties tegen Minsk voorlopig uit.",
     [("sanctions_eased", None, None, None, "denied")]),
    ("nl", "Een opheffing van de sancties is volgens diplomaten niet aan de orde.",
     [("sanctions_lifted", None, None, None, "denied")]),
    ("nl", "Een versoepeling van de sancties is volgens de EU uitgesloten.",
     [("sanctions_eased", None, None, None, "denied")]),
    ("de", "Eine Lockerung der EU-Sanktionen steht derzeit nicht zur Debatte.",
     [("sanctions_eased", None, None, None, "denied")]),
    ("de", "Eine Aufhebung der Sanktionen ist vorerst nicht geplant.",
     [("sanctions_lifted", None, None, None, "denied")]),
    ("de", "Die Sanktionen gegen die Airline bleiben bestehen. Eine Lockerung ist nicht in "
           "Sicht.",
     [("sanctions_eased", None, None, None, "denied")]),
    ("de", "Eine Lockerung der Corona-Regeln ist nicht in Sicht.", []),
    ("de", "Eine Lockerung der Sanktionen ist geplant.",
     [("sanctions_eased", None, None, None, "expected")]),
])
def test_a_step_ruled_out_after_its_noun(language, text, expected):
    assert _events(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("nl", "Zijn de strafmaatregelen daarmee opgeheven?", []),
    ("nl", "De strafmaatregelen zijn maandag opgeheven.",
     [("sanctions_lifted", MONDAY, "day", None, "reported")]),
    ("de", "Wurden die Sanktionen damit aufgehoben?", []),
    ("de", "Die Sanktionen wurden am Montag aufgehoben.",
     [("sanctions_lifted", MONDAY, "day", None, "reported")]),
])
def test_a_yes_no_question_tells_no_event(language, text, expected):
    assert _events(text, language) == expected


@pytest.mark.parametrize("text", [
    "In augustus vorig jaar kwamen twintig gevangenen vrij.",
    "De golf begon in augustus vorig jaar. Toen kwamen twintig gevangenen vrij.",
])
def test_a_month_of_last_year(text):
    assert _events(text, "nl") == [("release", "2024-08-01", "month", 20, "reported")]


@pytest.mark.parametrize("text", [
    "Vrijdag verleende Loekasjenko 40 gevangenen gratie. De 40 zijn inmiddels aan Litouwen "
    "overgedragen.",
    "Vrijdag verleende Loekasjenko 40 gevangenen gratie. Zij werden dezelfde dag vrijgelaten.",
])
def test_the_people_of_the_last_event_released(text):
    assert _events(text, "nl") == [("pardon", FRIDAY, "day", 40, "reported"),
                                   ("release", FRIDAY, "day", 40, "reported")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("nl", "Loekasjenko ontving Coale dinsdag in Minsk.",
     [("talks", TUESDAY, "day", None, "reported")]),
    ("nl", "De burgemeester ontving Jansen dinsdag op het stadhuis.", []),
    ("nl", "15 december 2025 - Twaalf gevangenen vrij, onder wie twee journalisten.",
     [("release", MONDAY, "day", 12, "reported")]),
    ("nl", "Volgens diplomaten kunnen er binnenkort nog tientallen vrijkomen.",
     [("release", None, None, None, "expected")]),
    ("nl", "Loekasjenko verleent 25 Oekraïners gratie, 'in overleg met Washington'\n\n"
           "Wit-Rusland heeft 25 Oekraïense burgers gratie verleend.",
     [("pardon", "2025-12-17", "day", 25, "reported")]),
    ("nl", "Maandag haalde het Amerikaanse ministerie van Financiën de nationale "
           "luchtvaartmaatschappij Belavia van de sanctielijst.",
     [("sanctions_lifted", MONDAY, "day", None, "reported")]),
    ("de", "Die Organisation zählt trotz der Freilassungen weiterhin mehr als 1000 politische "
           "Gefangene.", []),
    ("de", "Berlin hatte wiederholt seine Freilassung verlangt.",
     [("release", None, None, None, "demanded")]),
    ("de", "Lukaschenko hat angekündigt, die Gespräche mit Washington fortsetzen zu wollen.",
     [("talks", None, None, None, "expected")]),
])
def test_dutch_and_german_wording(language, text, expected):
    assert _events(text, language) == expected


def test_thanks_for_an_earlier_release_leave_it_undated():
    """"bedankte ... voor de vrijlating van ...", the thanks far from "voor": a release told
    before, its day not stated (nl ``past_markers``), not the day of the family's event
    told in a paragraph before."""
    text = ("Donderdag kregen twee priesters gratie.\n\nTrump en Loekasjenko belden in "
            "augustus met elkaar. Na dat gesprek bedankte de Amerikaanse minister zijn Belarussische "
            "collega uitvoerig en publiekelijk voor de vrijlating van twaalf gevangenen.")
    assert ("release", None, None, 12, "reported") in _events(text, "nl")
