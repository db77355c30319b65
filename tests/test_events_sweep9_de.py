"""Ninth sweep in German and Dutch, from the blind development pages P65-P68, as general
causes, not the pages' sentences.

- A time told as hours before or after the event of the sentence before ("Wenige Stunden
  zuvor", "Kurz vorher", "Nur Stunden vorher", "Zwei Stunden später"; "Enkele uren eerder",
  "Kort daarvoor", "Een paar uur daarvoor") and "on the day that" ("An dem Tag, an dem
  ...", "am Tag, als ..."; "op de dag dat ...", "op dezelfde dag dat ...") take that
  event's date (``same_time_markers``). "Zwei Stunden später" was missed because the
  sentence is read in its digit view ("2 Stunden später").
- "nicht die erste Freilassung dieser Art" / "niet de eerste vrijlating" names earlier
  happenings of a kind: no denied event (``possessive_before_noun``).
- "Die übrigen 23 sollen in den kommenden Tagen entlassen werden": the rest of a group of
  prisoners told before; "entlassen" now also counts with "übrigen", "restlichen" or a
  pardoned group near it, and stays nothing for staff, patients and coaches
  (``not_events``).
- Sanctions of sports bodies against clubs ("Der Landesverband hat den FC ... mit
  Sanktionen belegt") are no event (``not_events``).
- "darunter (zuletzt) im September 25 Menschen": a dated count after "darunter" is the
  latest of several waves, not a part of the group (de ``subgroup``).
- Indirect speech in Konjunktiv I ("solle", "könne", "wolle") marks an expected
  event as "soll" and "kann" do (de `modality`, `modality_after`, `expected_far`).
- Months before and after the event told before ("Zwei Monate zuvor", "Drei Monate
  später", "Einen Monat später"; "Twee maanden eerder", "Drie maanden later"): German and
  Dutch offsets had days and weeks only, and gave the month of the sentence before.

Every sentence here was written for these tests (publication on Friday 12 September 2025).
"""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import as_labelled

PUB = pd.Timestamp("2025-09-12 12:00", tz="UTC")  # a Friday


def _events(text: str, language: str) -> list[tuple]:
    """Sorted distinct (type, date or None, precision, count, modality); a date the sentence
    does not state (the day of publication) is None."""
    return as_labelled(text, language, PUB, precision=True)


THURSDAY = "2025-09-11"


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Belarus hat am Donnerstag 52 Gefangene freigelassen. Wenige Stunden zuvor war der "
           "US-Gesandte in Minsk mit Lukaschenko zusammengetroffen.",
     [("release", THURSDAY, "day", 52, "reported"), ("talks", THURSDAY, "day", None, "reported")]),
    ("de", "Belarus hat am Donnerstag 52 Gefangene freigelassen. Kurz zuvor hatte Lukaschenko "
           "mit dem US-Gesandten gesprochen.",
     [("release", THURSDAY, "day", 52, "reported"), ("talks", THURSDAY, "day", None, "reported")]),
    ("de", "Am Samstag kamen 14 Häftlinge frei. Nur Stunden vorher hatte Lukaschenko den "
           "US-Gesandten Kellogg empfangen.",
     [("release", "2025-09-06", "day", 14, "reported"),
      ("talks", "2025-09-06", "day", None, "reported")]),
    ("de", "Minsk ließ am Donnerstag 52 Gefangene frei. Zwei Stunden später hoben die USA die "
           "Sanktionen gegen Belavia auf.",
     [("release", THURSDAY, "day", 52, "reported"),
      ("sanctions_lifted", THURSDAY, "day", None, "reported")]),
    ("de", "Im September ließ Minsk 52 Gefangene frei. An dem Tag, an dem die Häftlinge "
           "freikamen, lockerten die USA die Sanktionen gegen Belavia.",
     [("release", "2025-09-01", "month", 52, "reported"),
      ("sanctions_eased", "2025-09-01", "month", None, "reported")]),
    ("de", "Belavia erhielt im September eine Generallizenz. Das geschah am Tag, als Minsk 52 "
           "Gefangene freiließ.",
     [("release", "2025-09-01", "month", 52, "reported"),
      ("sanctions_eased", "2025-09-01", "month", None, "reported")]),
    ("nl", "Al in september kreeg Belavia een algemene vergunning, waardoor Amerikaanse "
           "bedrijven weer onderdelen konden leveren. Dat gebeurde op de dag dat Minsk 52 "
           "gevangenen vrijliet.",
     [("release", "2025-09-01", "month", 52, "reported"),
      ("sanctions_eased", "2025-09-01", "month", None, "reported")]),
    ("nl", "Minsk liet donderdag 52 gevangenen vrijlaten. Enkele uren eerder had Loekasjenko met "
           "de Amerikaanse gezant gesproken.",
     [("release", THURSDAY, "day", 52, "reported"), ("talks", THURSDAY, "day", None, "reported")]),
    ("nl", "Minsk liet donderdag 52 gevangenen vrij. Kort daarvoor had de gezant met president "
           "Loekasjenko gesproken.",
     [("release", THURSDAY, "day", 52, "reported"), ("talks", THURSDAY, "day", None, "reported")]),
    ("nl", "Minsk liet donderdag 52 gevangenen vrij. Een paar uur daarvoor had Loekasjenko de "
           "Amerikaanse gezant ontvangen.",
     [("release", THURSDAY, "day", 52, "reported"), ("talks", THURSDAY, "day", None, "reported")]),
])
def test_hours_before_and_the_day_that_take_the_event_told_before(language, text, expected):
    assert _events(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Es ist nicht die erste Freilassung dieser Art. Im Juni waren 14 Gefangene "
           "freigekommen.",
     [("release", "2025-06-01", "month", 14, "reported")]),
    ("de", "Die Freilassung ist nicht die erste ihrer Art: Bereits im Juni kamen 14 Häftlinge "
           "frei.",
     [("release", "2025-06-01", "month", 14, "reported")]),
    ("de", "Es war nicht die einzige Begnadigung in diesem Jahr.", []),
    ("nl", "Het is niet de eerste vrijlating van dit soort. In juni kwamen 14 gevangenen vrij.",
     [("release", "2025-06-01", "month", 14, "reported")]),
    # a denial stays one
    ("de", "Lukaschenko hat die Gefangenen nicht freigelassen.",
     [("release", None, None, None, "denied")]),
    ("nl", "Minsk heeft de gevangenen niet vrijgelaten.",
     [("release", None, None, None, "denied")]),
])
def test_not_the_first_of_its_kind_is_no_denial(language, text, expected):
    assert _events(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Am Mittwoch kamen 64 von ihnen frei. Die übrigen 23 sollen in den kommenden Tagen "
     "entlassen werden.",
     [("release", "2025-09-10", "day", 64, "reported"), ("release", None, None, 23, "expected")]),
    ("Die restlichen 40 sollen in den kommenden Tagen entlassen werden.",
     [("release", None, None, 40, "expected")]),
    ("Die übrigen 30 wurden am Freitag entlassen.",
     [("release", "2025-09-12", "day", 30, "reported")]),
    ("Der Konzern will 200 Mitarbeiter entlassen.", []),
    ("Die übrigen Beschäftigten sollen Ende des Jahres entlassen werden.", []),
    ("Der Patient wurde am Montag aus dem Krankenhaus entlassen.", []),
    ("Der Trainer wurde nach der Niederlage entlassen.", []),
])
def test_the_rest_of_a_group_released(text, expected):
    assert _events(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Landesverband hat den FC wegen der Ausschreitungen beim Derby Ende September mit "
     "Sanktionen belegt.", []),
    ("Das Sportgericht des Kreisfußballverbands verhängte Sanktionen gegen den TSV Oberweiden.",
     []),
    ("Der Fußballverband hob die Sanktionen gegen den Oberligisten am Montag auf.", []),
    ("Die EU hat am Montag neue Sanktionen gegen Belarus verhängt.",
     [("sanctions_imposed", "2025-09-08", "day", None, "reported")]),
    ("Die USA haben am Dienstag die Sanktionen gegen Belavia aufgehoben.",
     [("sanctions_lifted", "2025-09-09", "day", None, "reported")]),
])
def test_sanctions_of_sports_bodies_are_no_event(text, expected):
    assert _events(text, "de") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Anfang November strichen die USA Belavia von der Sanktionsliste. Zwei Monate zuvor "
           "hatten die USA die Sanktionen gegen Belavia gelockert.",
     # "Anfang November" before a September publication is last November
     [("sanctions_eased", "2024-09-01", "month", None, "reported"),
      ("sanctions_lifted", "2024-11-01", "month", None, "reported")]),
    ("de", "Im Juni kamen 14 Gefangene frei. Drei Monate später ließ Minsk weitere 52 Häftlinge "
           "frei.",
     [("release", "2025-06-01", "month", 14, "reported"),
      ("release", "2025-09-01", "month", 52, "reported")]),
    ("de", "Im Juli ließ Minsk 16 Gefangene frei. Einen Monat später hoben die USA die "
           "Sanktionen gegen Belavia auf.",
     [("release", "2025-07-01", "month", 16, "reported"),
      ("sanctions_lifted", "2025-08-01", "month", None, "reported")]),
    ("nl", "Begin deze maand haalde het Amerikaanse ministerie van Financiën Belavia van de "
           "sanctielijst. Twee maanden eerder had Washington de sancties tegen Belavia al "
           "versoepeld.",
     [("sanctions_eased", "2025-07-01", "month", None, "reported"),
      ("sanctions_lifted", "2025-09-01", "month", None, "reported")]),
    ("nl", "In juni kwamen 14 gevangenen vrij. Drie maanden later liet Minsk nog eens 52 "
           "gevangenen vrij.",
     [("release", "2025-06-01", "month", 14, "reported"),
      ("release", "2025-09-01", "month", 52, "reported")]),
])
def test_months_before_and_after_the_event_told_before(language, text, expected):
    # "two months later" counted from the month of the sentence before (was that month)
    assert _events(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Lukaschenko hat seither in mehreren Wellen Häftlinge begnadigt, darunter zuletzt im "
     "August 25 Menschen.",
     [("pardon", "2025-08-01", "month", 25, "reported")]),
    ("Lukaschenko hat seither mehrfach Gefangene begnadigt, darunter im August 25 Menschen.",
     [("pardon", "2025-08-01", "month", 25, "reported")]),
    ("Lukaschenko hat seither mehrfach Gefangene begnadigt, zuletzt am Dienstag 16 Häftlinge.",
     [("pardon", "2025-09-09", "day", 16, "reported")]),
    # a part of the group stays a part: the count is the whole's
    ("Lukaschenko begnadigte am Samstag 123 Gefangene, darunter 9 Ausländer.",
     [("pardon", "2025-09-06", "day", 123, "reported")]),
])
def test_among_them_most_recently_a_dated_count(text, expected):
    # "darunter zuletzt im September 25 Menschen": the latest of several waves, its count
    assert _events(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Es hieß, eine Lockerung der Sanktionen solle bald folgen.",
     [("sanctions_eased", None, None, None, "expected")]),
    ("Lukaschenko sagte, er könne weitere Gefangene begnadigen.",
     [("pardon", None, None, None, "expected")]),
    ("Ein Sprecher sagte, weitere Freilassungen könnten in den kommenden Tagen folgen.",
     [("release", None, None, None, "expected")]),
    # "dürfe ... nicht" forbids: no expected easing
    ("Aus dem Umfeld der Opposition hieß es, eine Lockerung der EU-Sanktionen dürfe es aber "
     "nicht geben.", []),
])
def test_indirect_speech_subjunctive_is_expected(text, expected):
    # "solle", "könne", "wolle" (Konjunktiv I) mark an expected event as "soll" does
    assert _events(text, "de") == expected
