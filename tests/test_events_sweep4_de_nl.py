"""Fourth sweep of event recall in German and Dutch: a pardon counted back from the day of
the release it came before, the doer named after a second-place verb, separable verbs the
dictionary gives with their particle joined, parts of a count that are no event, and phrases
that are no running total.

Dates: "zwei Tage nachdem ... begnadigt hatte" / "twee dagen nadat ... gratie had verleend"
after a dated release dates the pardon two days before that release ("bevor" / "voordat":
after it). Actors: where a date or a phrase opens a main clause, the finite verb comes second
and its subject follows it ("Am Samstag ließ Lukaschenko ... frei", "Na overleg met de gezant
liet Loekasjenko ... vrij"); the name before the verb then belongs to another phrase.
Words: "breidde ... sanctiekader ... uit" (the dictionary reads "breidde" as "uit_breiden");
"26 Menschen ausgetauscht"; "keerden ... naar huis terug" after a "ruil"; "spraken ... over een
nieuwe gevangenenruil" between two states. Counts: "drei von ihnen sind Frauen" / "drie van hen zijn
vrouwen" describe the counted people, they are no second event; "seit dem Kalten Krieg" /
"sinds de Koude Oorlog" make no running total of the count beside them.

Every sentence here was written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.events import events_from_text

PUB = pd.Timestamp("2025-09-12 15:00", tz="UTC")  # a Friday


def _stated(text: str, language: str) -> list[tuple]:
    """Sorted distinct (type, date or None, count, modality); None where the text states
    no date (an undated report takes the publication day)."""
    out = set()
    for r in events_from_text(text, PUB, language):
        unstated = pd.isna(r["date"]) or r["date_basis"] == "published"
        out.add((r["event_type"], None if unstated else str(r["date"].date()),
                 None if pd.isna(r["count"]) else int(r["count"]), r["modality"]))
    return sorted(out, key=str)


def _actors(text: str, language: str) -> list[tuple]:
    """Sorted distinct (type, actor or None) of the releases and pardons."""
    return sorted({(r["event_type"], r["actor"] or None)
                   for r in events_from_text(text, PUB, language)
                   if r["event_type"] in ("release", "pardon")}, key=str)


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("de", "Am Mittwoch kamen 40 Häftlinge frei, drei Tage nachdem Lukaschenko sie "
           "begnadigt hatte.",
     [("pardon", "2025-09-07", 40, "reported"), ("release", "2025-09-10", 40, "reported")]),
    ("de", "Die Behörden ließen am Donnerstag elf Oppositionelle frei – zwei Tage nachdem "
           "der Präsident sie begnadigt hatte.",
     [("pardon", "2025-09-09", 11, "reported"), ("release", "2025-09-11", 11, "reported")]),
    ("nl", "Dinsdag kwamen 40 gevangenen vrij, drie dagen nadat Loekasjenko hun gratie had "
           "verleend.",
     [("pardon", "2025-09-06", 40, "reported"), ("release", "2025-09-09", 40, "reported")]),
    ("nl", "De autoriteiten lieten donderdag elf activisten vrij, twee dagen nadat de "
           "president hen had begenadigd.",
     [("pardon", "2025-09-09", 11, "reported"), ("release", "2025-09-11", 11, "reported")]),
])
def test_a_pardon_counted_back_from_the_release(language, sentence, expected):
    assert _stated(sentence, language) == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("de", "Am Dienstag ließ Lukaschenko 18 politische Gefangene frei.",
     [("release", "Belarus")]),
    ("de", "Nach zwei Tagen Verhandlungen mit dem US-Gesandten ließ Lukaschenko am Mittwoch "
           "25 Gefangene frei.",
     [("release", "Belarus")]),
    ("de", "Gestern begnadigte Machthaber Lukaschenko 30 Verurteilte.",
     [("pardon", "Belarus")]),
    ("nl", "Woensdag liet Loekasjenko 18 politieke gevangenen vrij.",
     [("release", "Belarus")]),
    ("nl", "Na een gesprek met de Amerikaanse gezant John Coale verleende Loekasjenko "
           "dinsdag gratie aan 25 gevangenen.",
     [("pardon", "Belarus")]),
])
def test_the_subject_after_a_second_place_verb(language, sentence, expected):
    assert _actors(sentence, language) == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("nl", "De EU breidde dinsdag haar sanctiekader tegen Rusland uit.",
     [("sanctions_imposed", "2025-09-09", None, "reported")]),
    ("de", "Am Mittwoch wurden an der Grenze 12 Personen ausgetauscht.",
     [("release", "2025-09-10", 12, "reported")]),
    ("de", "Die Außenminister haben am Mittwoch Meinungen ausgetauscht.", []),
    ("nl", "Bij de vorige ruil, begin augustus, keerden 84 Oekraïners naar huis terug.",
     [("release", "2025-08-01", 84, "reported")]),
    ("nl", "Armenië en Azerbeidzjan spraken dinsdag in Abu Dhabi over een nieuwe, grotere "
           "gevangenenruil.",
     [("talks", "2025-09-09", None, "reported")]),
    ("nl", "De ministers spraken dinsdag over de nieuwe begroting.", []),
])
def test_words(language, sentence, expected):
    assert _stated(sentence, language) == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("de", "Lukaschenko hat am Montag 20 Häftlinge begnadigt; fünf von ihnen sind Ausländer.",
     [("pardon", "2025-09-08", 20, "reported")]),
    ("nl", "Loekasjenko verleende maandag gratie aan 20 gevangenen; vijf van hen zijn "
           "vrouwen.",
     [("pardon", "2025-09-08", 20, "reported")]),
    ("de", "Beim größten Austausch seit dem Kalten Krieg kamen am Montag 24 Gefangene frei.",
     [("release", "2025-09-08", 24, "reported")]),
    ("nl", "Bij de grootste ruil sinds de Koude Oorlog kwamen maandag 24 gevangenen vrij.",
     [("release", "2025-09-08", 24, "reported")]),
])
def test_counts_that_are_no_second_event_or_total(language, sentence, expected):
    assert _stated(sentence, language) == expected
