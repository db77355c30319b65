"""Thirteenth-round sweep in Dutch and German, from the blind development pages P81-P84, as
general causes, not the pages' sentences.

- A present passive told of a past calendar day ("12. Februar 2025 – In Minsk werden drei
  Menschen freigelassen", "Am 11. September werden 52 Gefangene freigelassen"): German
  "werden" + participle is no future when the clause names a day or month that, read as
  near as it can be, lies before publication (the language's ``present_passive``, read by
  ``modality.told_in_present``). "Am kommenden Montag werden ...", "Am 20. Januar werden
  ..." (in December), an undated "Die Gefangenen werden freigelassen" and the future "wird
  ... freilassen" stay expected.
- A part counted with "van hen" whose own verb tells its release ("Ruim zestig van hen
  verlieten dinsdagavond al de gevangenis", "konden ... de gevangenis verlaten").
- Measures against a party withdrawn ("trok haar maatregelen tegen Belavia in", "heft de
  maatregelen tegen ... op", "wil de maatregelen tegen het land intrekken"): "tegen" then a
  name or a party noun (land, regime, maatschappij, producenten, sector, banken, ...), not
  measures against floods, the pandemic or drought, nor "coronamaatregelen"; "nieuwe
  strafmaatregelen" imposed.
- A licence still to come ("Een formele vergunning van het ministerie van Financiën moet
  ... volgen", "Eine formelle Lizenz des US-Finanzministeriums soll ... folgen"): an
  expected easing; Dutch nouns followed by "moet(en) ... volgen", "naar verwachting",
  "wordt in januari verwacht" are expected.
- Sentence gate: German "verhandelten" / "verhandelte" and Dutch "versoepelde" reached the
  extractor only when another gate word stood in the sentence ("Freitag" holds "frei").
- "sprach ... mit Lukaschenko" with a longer gap ("sprach am Freitag nach seiner Ankunft in
  Minsk mit Lukaschenko").

Every sentence here was written for these tests (publication on Sunday 14 December 2025).
"""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import as_labelled

PUB = pd.Timestamp("2025-12-14 12:00", tz="UTC")  # a Sunday
SATURDAY, FRIDAY, TUESDAY = "2025-12-13", "2025-12-12", "2025-12-09"


def _events(text: str, language: str) -> list[tuple]:
    """Sorted distinct (type, date or None, precision, count, modality); a date the sentence
    does not state (the day of publication) is None."""
    return as_labelled(text, language, PUB, precision=True)


@pytest.mark.parametrize(("text", "expected"), [
    ("12. Februar 2025 – In Minsk werden drei Menschen freigelassen, darunter ein US-Bürger.",
     [("release", "2025-02-12", "day", 3, "reported")]),
    ("21. Juni 2025: Tichanowski wird nach dem Besuch von Kellogg freigelassen.",
     [("release", "2025-06-21", "day", None, "reported")]),
    ("3. Juli 2024 – 18 politische Gefangene werden begnadigt.",
     [("pardon", "2024-07-03", "day", 18, "reported")]),
    ("9. August 2024 – Gegen 19 Personen werden Sanktionen verhängt.",
     [("sanctions_imposed", "2024-08-09", "day", 19, "reported")]),
    ("Am 11. September werden 52 Gefangene freigelassen.",
     [("release", "2025-09-11", "day", 52, "reported")]),
    ("Im Oktober 2025 werden 30 Häftlinge begnadigt.",
     [("pardon", "2025-10-01", "month", 30, "reported")]),
    ("Am 1. Dezember werden 30 Häftlinge begnadigt, teilte das Präsidialamt mit.",
     [("pardon", "2025-12-01", "day", 30, "reported")]),
    # the future, a day ahead, no day: still expected
    ("Am kommenden Montag werden die Gefangenen freigelassen.",
     [("release", "2025-12-15", "day", None, "expected")]),
    ("Am 20. Januar werden die Gefangenen freigelassen.",
     [("release", "2026-01-20", "day", None, "expected")]),
    ("Im Januar werden die Sanktionen aufgehoben.",
     [("sanctions_lifted", "2026-01-01", "month", None, "expected")]),
    ("Die Gefangenen werden freigelassen, sobald die Sanktionen fallen.",
     [("release", None, None, None, "expected")]),
    ("Lukaschenko wird die Gefangenen am Freitag freilassen.",
     [("release", "2025-12-19", "day", None, "expected")]),
])
def test_present_passive_of_a_past_day_is_reported(text, expected):
    assert _events(text, "de") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("nl", "Ruim zestig van hen verlieten dinsdagavond al de gevangenis.",
     [("release", TUESDAY, "day", 60, "reported")]),
    ("nl", "Twaalf van hen verlieten zaterdag de strafkolonie.",
     [("release", SATURDAY, "day", 12, "reported")]),
    ("nl", "Dertig van hen konden dinsdag de gevangenis verlaten.",
     [("release", TUESDAY, "day", 30, "reported")]),
    ("nl", "Tien van hen zitten nog vast.", []),
    ("nl", "Zestig van hen verlieten in maart het land.", []),
    ("de", "Zwölf von ihnen konnten am Samstag das Straflager verlassen.",
     [("release", SATURDAY, "day", 12, "reported")]),
    ("de", "Zehn von ihnen sitzen weiter in Haft.", []),
])
def test_a_part_that_left_prison(language, text, expected):
    assert _events(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Vorig jaar trok de EU haar maatregelen tegen de luchtvaartmaatschappij in.",
     [("sanctions_lifted", "2024-01-01", "year", None, "reported")]),
    ("De EU trok zaterdag haar maatregelen tegen Belavia in.",
     [("sanctions_lifted", SATURDAY, "day", None, "reported")]),
    ("De Europese Unie wil de maatregelen tegen het land intrekken.",
     [("sanctions_lifted", None, None, None, "expected")]),
    ("De EU heft de maatregelen tegen Belavia op.",
     [("sanctions_lifted", None, None, None, "reported")]),
    ("De strafmaatregelen werden in maart ingetrokken.",
     [("sanctions_lifted", "2025-03-01", "month", None, "reported")]),
    ("De VS hebben nieuwe strafmaatregelen aangekondigd.",
     [("sanctions_imposed", None, None, None, "reported")]),
    ("De EU kondigde vrijdag extra strafmaatregelen aan.",
     [("sanctions_imposed", FRIDAY, "day", None, "reported")]),
    ("Het kabinet trok het wetsvoorstel in.", []),
    ("De regering nam maatregelen tegen de overstromingen.", []),
    ("De gemeente trok de coronamaatregelen in.", []),
    # measures against a thing, not a party
    ("De maatregelen tegen de pandemie werden in maart ingetrokken.", []),
    ("Het kabinet trok de maatregelen tegen het coronavirus in.", []),
    ("De regering heft de maatregelen tegen de droogte op.", []),
])
def test_measures_against_a_party_withdrawn(text, expected):
    assert _events(text, "nl") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("nl", "Een formele vergunning van het Amerikaanse ministerie van Financiën moet volgens "
           "Coale binnen enkele dagen volgen.",
     [("sanctions_eased", None, None, None, "expected")]),
    ("nl", "Een vergunning voor de export van kalium wordt in januari verwacht.",
     [("sanctions_eased", "2026-01-01", "month", None, "expected")]),
    ("nl", "Een ontheffing voor de Wit-Russische kaliproducenten volgt naar verwachting snel.",
     [("sanctions_eased", None, None, None, "expected")]),
    ("nl", "Het Amerikaanse ministerie van Financiën gaf maandag een algemene vergunning af.",
     [("sanctions_eased", "2025-12-08", "day", None, "reported")]),
    ("nl", "De bouwvergunning voor het stadion moet volgend jaar volgen.", []),
    ("nl", "Een vergunning voor het Amerikaanse bedrijf moet nog volgen.", []),
    ("de", "Eine formelle Lizenz des US-Finanzministeriums soll nach Coales Worten in den "
           "kommenden Tagen folgen.",
     [("sanctions_eased", None, None, None, "expected")]),
    ("de", "Eine Lizenz für Kali-Exporte wird im Januar erwartet.",
     [("sanctions_eased", "2026-01-01", "month", None, "expected")]),
    ("de", "Die Lizenz für die Software soll im Januar folgen.", []),
])
def test_a_licence_still_to_come(language, text, expected):
    assert _events(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Coale und Lukaschenko verhandelten im Dezember in Minsk.",
     [("talks", "2025-12-01", "month", None, "reported")]),
    ("de", "Coale verhandelte im Dezember in Minsk mit Lukaschenko.",
     [("talks", "2025-12-01", "month", None, "reported")]),
    ("de", "Der Gesandte sprach am Freitag nach seiner Ankunft in Minsk mit Lukaschenko.",
     [("talks", FRIDAY, "day", None, "reported")]),
    ("nl", "Washington versoepelde in december de beperkingen voor Belavia.",
     [("sanctions_eased", "2025-12-01", "month", None, "reported")]),
])
def test_verbs_past_the_sentence_gate(language, text, expected):
    assert _events(text, language) == expected
