"""Fourteenth-round sweep in Dutch and German, from the blind development pages P89-P92
(de-c01 ... de-c04, nl-c01 ... nl-c04), as general causes, not the pages' sentences.

- A licence granted as a verb with its object ("verleende het ministerie een vergunning
  voor ...", "gaf het Amerikaanse ministerie van Financiën een licentie af", "erteilte das
  Amt eine Generallizenz"): an easing. A plain Dutch "vergunning" or German "Lizenz" needs a
  sanctions word after the verb (Financiën, OFAC, sancties, Washington, Belavia, kali,
  Amerikaans, Belarussisch, US-..., ...): a building permit or a taxi licence is none.
- A Dutch modal inside a verb-final trigger ("dat Washington ... zijn sancties tegen
  Belarus zal versoepelen"): the trigger text holds "zal/zullen" (or "zou/zouden" not
  before "hebben/zijn") before its infinitive, the language's ``expected_trigger``; the
  possessive before the sanctions noun is the object's own, no reference back (nl
  ``subject_first``).
- A part counted with "von ihnen" whose own verb follows at once ("Sechzig von ihnen
  verließen am Dienstagabend das Gefängnis"): no subset of an earlier event; with a word
  between ("Neun von ihnen wurden nach Vilnius gebracht") it stays one.
- Dutch "liet ... er (nog eens) N gaan": a release of N.
- "geen van de ... vrijgelaten", "keiner der ... freigelassen": denied.
- German "kündigte an, ... zu lockern" with a condition after it (", sollte ...", "falls"):
  expected, the conditioned step as well; without one, the announcement stays the event.
- One person described by age ("Der 30-Jährige kam am Donnerstag ... frei", "De 30-jarige
  kwam donderdag vrij"): a release with a person.

Every sentence here was written for these tests (publication on Wednesday 17 December 2025).
"""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import as_labelled

PUB = pd.Timestamp("2025-12-17 12:00", tz="UTC")  # a Wednesday
MONDAY, TUESDAY, THURSDAY = "2025-12-15", "2025-12-16", "2025-12-11"


def _events(text: str, language: str) -> list[tuple]:
    """Sorted distinct (type, date or None, precision, count, modality); a date the sentence
    does not state (the day of publication) is None."""
    return as_labelled(text, language, PUB, precision=True)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("nl", "Maandag verleende het Amerikaanse ministerie een vergunning voor twee "
           "vrachtvliegtuigen van de Belarussische staat.",
     [("sanctions_eased", MONDAY, "day", None, "reported")]),
    ("nl", "Dinsdag gaf het ministerie van Financiën in Washington een licentie af voor "
           "zaken met de kalisector.",
     [("sanctions_eased", TUESDAY, "day", None, "reported")]),
    ("nl", "De gemeente verleende maandag een vergunning voor het nieuwe stadion.", []),
    ("de", "Am Montag erteilte das US-Finanzministerium eine Lizenz für Geschäfte mit dem "
           "Kaliproduzenten Belaruskali.",
     [("sanctions_eased", MONDAY, "day", None, "reported")]),
    ("de", "Am Dienstag gewährte das Amt der Fluggesellschaft eine Ausnahmegenehmigung für "
           "Ersatzteile.",
     [("sanctions_eased", TUESDAY, "day", None, "reported")]),
    ("de", "Die Stadt erteilte am Montag eine Lizenz für den neuen Taxidienst.", []),
])
def test_a_licence_granted(language, text, expected):
    assert _events(text, language) == expected


def test_a_licence_granted_the_same_day():
    text = ("Das US-Finanzministerium hat die Fluglinie am Dienstag von der Sanktionsliste "
            "gestrichen. Zugleich erteilte die Behörde eine Generallizenz für zwei Maschinen "
            "der belarussischen Regierung.")
    assert _events(text, "de") == [("sanctions_eased", TUESDAY, "day", None, "reported"),
                                   ("sanctions_lifted", TUESDAY, "day", None, "reported")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Een diplomaat zegt te verwachten dat Washington op termijn een deel van zijn sancties "
     "tegen Minsk zal versoepelen.",
     [("sanctions_eased", None, None, None, "expected")]),
    ("Volgens hem zullen de VS hun sancties tegen Belavia binnenkort opheffen.",
     [("sanctions_lifted", None, None, None, "expected")]),
    ("Analisten denken dat Brussel de sancties tegen de banken zou verlengen.", []),
    # told as done: the possessive is no reference back
    ("De VS hebben vorige week hun sancties tegen Belavia opgeheven.",
     [("sanctions_lifted", "2025-12-08", "week", None, "reported")]),
])
def test_a_dutch_modal_inside_the_trigger(text, expected):
    assert _events(text, "nl") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sechzig von ihnen verließen am Dienstagabend das Gefängnis.",
     [("release", TUESDAY, "day", 60, "reported")]),
    ("Zwölf von ihnen verließen am Montag die Strafkolonie.",
     [("release", MONDAY, "day", 12, "reported")]),
    ("Die meisten von ihnen verließen am Dienstag das Gefängnis.", []),
    ("Minsk hat am Montag 40 Gefangene freigelassen. Acht von ihnen wurden nach Vilnius "
     "gebracht.",
     [("release", MONDAY, "day", 40, "reported")]),
])
def test_a_german_part_that_left_prison(text, expected):
    assert _events(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In oktober liet het regime er nog eens 18 gaan, meldde een organisatie die "
     "gevangenen bijstaat.",
     [("release", "2025-10-01", "month", 18, "reported")]),
    ("In augustus liet Minsk er opnieuw 25 gaan, zeggen de families van de gevangenen.",
     [("release", "2025-08-01", "month", 25, "reported")]),
])
def test_dutch_er_n_gaan(text, expected):
    assert _events(text, "nl") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("nl", "Bovendien is geen van de bekende oppositieleiders vrijgelaten.",
     [("release", None, None, None, "denied")]),
    ("nl", "Maandag zijn 20 gevangenen vrijgelaten, maar geen van de bekende opposanten.",
     [("release", MONDAY, "day", 20, "reported")]),
    ("de", "Keiner der inhaftierten Journalisten wurde freigelassen.",
     [("release", None, None, None, "denied")]),
])
def test_none_of_them_freed(language, text, expected):
    assert _events(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Das Nachbarland kündigte an, seine Handelssanktionen zu lockern, sollte die Regierung "
     "weitere Gefangene freilassen.",
     [("release", None, None, None, "expected"),
      ("sanctions_eased", None, None, None, "expected")]),
    ("Washington kündigte an, die Sanktionen gegen Belavia zu lockern, falls Minsk weitere "
     "Häftlinge freilässt.",
     [("release", None, None, None, "expected"),
      ("sanctions_eased", None, None, None, "expected")]),
    # no condition: the announcement is the event
    ("Die USA kündigten am Montag an, die Sanktionen gegen Belavia zu lockern.",
     [("sanctions_eased", MONDAY, "day", None, "reported")]),
])
def test_an_announced_step_under_a_condition(text, expected):
    assert _events(text, "de") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Der 30-Jährige kam am Donnerstag im Zuge eines Gefangenenaustauschs zwischen "
           "Moskau und mehreren westlichen Staaten frei.",
     [("release", THURSDAY, "day", None, "reported")]),
    ("de", "Die 52-Jährige wurde am Montag aus der Haft entlassen.",
     [("release", MONDAY, "day", None, "reported")]),
    ("nl", "De 41-jarige kwam maandag na een gevangenenruil vrij.",
     [("release", MONDAY, "day", None, "reported")]),
])
def test_one_person_by_age(language, text, expected):
    assert _events(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a possible step that came up in talks is what they were about (modality.py: a topic
    # told after a noun governs an "expected" cue before it)
    ("nl", "Volgens de premier kwam in het overleg ook de mogelijke vrijlating van nog eens "
           "200 gevangenen ter sprake.", []),
    ("de", "Bei dem Treffen sei auch die mögliche Freilassung von weiteren 200 Häftlingen "
           "zur Sprache gekommen.", []),
    ("nl", "De mogelijke vrijlating van nog eens 200 gevangenen wordt in januari verwacht.",
     [("release", "2026-01-01", "month", 200, "expected")]),
])
def test_a_possible_step_that_came_up(language, text, expected):
    assert _events(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("De stichting verwacht dat de president rond de nationale feestdag opnieuw gratie zal "
     "verlenen.",
     [("pardon", None, None, None, "expected")]),
    ("Hij heeft maandag gratie verleend aan 40 gevangenen.",
     [("pardon", MONDAY, "day", 40, "reported")]),
    # a demand with "vragen ... om"
    ("Wij vragen de regering om alle politieke gevangenen vrij te laten.",
     [("release", None, None, None, "demanded")]),
    ("De oppositie vraagt Brussel om de sancties tegen de Belarussische staatsbedrijven en "
     "hun directeuren snel aan te scherpen.",
     [("sanctions_imposed", None, None, None, "demanded")]),
    ("De EU besloot vorige week de sancties tegen Belarus niet op te heffen.",
     [("sanctions_lifted", None, None, None, "denied")]),
])
def test_dutch_pardon_to_come_and_demands_with_vragen(text, expected):
    assert _events(text, "nl") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Brussel is voorlopig niet van plan haar eigen maatregelen tegen de luchtvaartmaatschappij "
     "in te trekken.",
     [("sanctions_lifted", None, None, None, "denied")]),
    ("Er zijn geen plannen om de sancties tegen Minsk op te heffen.",
     [("sanctions_lifted", None, None, None, "denied")]),
    ("De EU is van plan haar maatregelen tegen Belavia in te trekken.",
     [("sanctions_lifted", None, None, None, "expected")]),
])
def test_dutch_no_plan_to_lift(text, expected):
    assert _events(text, "nl") == expected
