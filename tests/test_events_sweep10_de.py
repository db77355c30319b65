"""Twelfth-round sweep in German and Dutch, from the blind development pages P73-P76, as
general causes, not the pages' sentences.

- Someone "not among those released/pardoned" on a day ("Nicht unter den am Samstag
  Freigelassenen war ...", "sind nicht unter den am Mittwoch Begnadigten", "gehörte nicht
  zu den Freigelassenen", "fehlte unter den Freigelassenen"; "Niet onder de zaterdag
  vrijgelatenen", "behoorde niet tot de vrijgelatenen"): a denied event that keeps the day
  inside its own words (the shared rule in ``mention_dates``: a date inside a trigger's own
  words after its negation dates the denied event), with the count of the people named
  ("Reporter", "Redakteure", "Korrespondenten", "Fotografen" join the German people
  nouns).
- A month named as the last one ("im vergangenen August", "vergangenen August", "im
  letzten August"; "afgelopen augustus", "vorige augustus", "vorig jaar augustus") was no
  date at all, so the mention took the day of publication.
- "von der Sanktionsliste nehmen" is a lifting only with the list: the bare lemma "nehmen"
  near a sanctions word read "ins Visier genommen" (targeted) and "Genau genommen"
  (strictly speaking) as liftings.
- Habits and general statements: "in unregelmäßigen Abständen", "Jahr für Jahr",
  "alljährlich" ("mehrfach" not: "hat seither mehrfach Gefangene begnadigt, darunter im
  August 25 Menschen" is the latest wave); "met onregelmatige tussenpozen", "keer op keer"; a sentence opened by "Wer
  ..." / "Wie ..." (whoever) tells no event; "Streng genommen / Genau genommen" corrects a
  term. A habit told in the next clause after a pause no longer hides the event before
  it ("hatte er 20 Häftlinge begnadigt, im Herbst waren es immer wieder Gruppen von rund
  30": the shared rule in ``novelty.not_new``).
- "muss / müsse / müssten ... verhängen" and "moet / moeten ... opleggen" demand the
  measure, as English "must" does.

Every sentence here was written for these tests (publication on Sunday 19 January 2025).
"""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import as_labelled

PUB = pd.Timestamp("2025-01-19 12:00", tz="UTC")  # a Sunday
SATURDAY = "2025-01-18"


def _events(text: str, language: str) -> list[tuple]:
    """Sorted distinct (type, date or None, precision, count, modality); a date the sentence
    does not state (the day of publication) is None."""
    return as_labelled(text, language, PUB, precision=True)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Nicht unter den am Samstag Freigelassenen war der Journalist Andrzej Poczobut.",
     [("release", SATURDAY, "day", None, "denied")]),
    ("de", "Der Blogger war nicht unter den am Samstag Freigelassenen.",
     [("release", SATURDAY, "day", None, "denied")]),
    ("de", "Die sechs Reporter sind nicht unter den am Samstag Begnadigten.",
     [("pardon", SATURDAY, "day", 6, "denied")]),
    ("de", "Die drei Redakteurinnen des Portals sind nicht unter den Begnadigten.",
     [("pardon", None, None, 3, "denied")]),
    ("de", "Poczobut gehörte nicht zu den Freigelassenen.",
     [("release", None, None, None, "denied")]),
    ("de", "Poczobut fehlte unter den Freigelassenen.",
     [("release", None, None, None, "denied")]),
    ("de", "Der Journalist war nicht bei den Freigelassenen.",
     [("release", None, None, None, "denied")]),
    # a day before the negation stays unstated, as tests/test_events_recall.py pins it
    ("de", "Lukaschenko ließ am Samstag Poczobut nicht frei.",
     [("release", None, None, None, "denied")]),
    ("nl", "Niet onder de zaterdag vrijgelatenen was de journalist Andrzej Poczobut.",
     [("release", SATURDAY, "day", None, "denied")]),
    ("nl", "Poczobut behoorde niet tot de vrijgelatenen.",
     [("release", None, None, None, "denied")]),
    ("nl", "De journalist was niet bij de zaterdag vrijgelaten gevangenen.",
     [("release", SATURDAY, "day", None, "denied")]),
    # a reported release and pardon stay reported
    ("de", "Am Samstag wurden zwei Reporter begnadigt.",
     [("pardon", SATURDAY, "day", 2, "reported")]),
])
def test_not_among_those_released_keeps_its_day(language, text, expected):
    assert _events(text, language) == expected


AUGUST = ("2024-08-01", "month")


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Die EU hatte im vergangenen August Sanktionen gegen 28 Richter verhängt.",
     [("sanctions_imposed", *AUGUST, 28, "reported")]),
    ("de", "Die EU hatte vergangenen August Sanktionen gegen 28 Richter verhängt.",
     [("sanctions_imposed", *AUGUST, 28, "reported")]),
    ("de", "Im letzten August hatte Lukaschenko 30 Häftlinge begnadigt.",
     [("pardon", *AUGUST, 30, "reported")]),
    ("de", "Im vorigen Dezember hatte Lukaschenko 20 Häftlinge begnadigt.",
     [("pardon", "2024-12-01", "month", 20, "reported")]),
    # already read, and kept
    ("de", "Die EU hatte im August vergangenen Jahres Sanktionen gegen 28 Richter verhängt.",
     [("sanctions_imposed", *AUGUST, 28, "reported")]),
    ("de", "Die EU hatte im August Sanktionen gegen 28 Richter verhängt.",
     [("sanctions_imposed", *AUGUST, 28, "reported")]),
    ("nl", "De EU had afgelopen augustus sancties opgelegd aan 28 rechters.",
     [("sanctions_imposed", *AUGUST, 28, "reported")]),
    ("nl", "De EU had vorige augustus sancties opgelegd aan 28 rechters.",
     [("sanctions_imposed", *AUGUST, 28, "reported")]),
    ("nl", "De EU had vorig jaar augustus sancties opgelegd aan 28 rechters.",
     [("sanctions_imposed", *AUGUST, 28, "reported")]),
    ("nl", "De EU had in augustus vorig jaar sancties opgelegd aan 28 rechters.",
     [("sanctions_imposed", *AUGUST, 28, "reported")]),
])
def test_the_last_month_of_that_name(language, text, expected):
    assert _events(text, language) == expected


def test_last_year_and_a_month_counts_from_the_year_before():
    # published in September: "vorig jaar augustus" is August of 2024, not of 2025
    got = as_labelled("De EU had vorig jaar augustus sancties opgelegd aan 28 rechters.", "nl",
                      pd.Timestamp("2025-09-19 12:00", tz="UTC"), precision=True)
    assert got == [("sanctions_imposed", *AUGUST, 28, "reported")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington nahm die Fluggesellschaft am Samstag von der Sanktionsliste.",
     [("sanctions_lifted", SATURDAY, "day", None, "reported")]),
    ("Belavia wurde am Samstag von der Sanktionsliste genommen.",
     [("sanctions_lifted", SATURDAY, "day", None, "reported")]),
    ("Die USA haben Belavia am Samstag von ihrer SDN-Liste genommen.",
     [("sanctions_lifted", SATURDAY, "day", None, "reported")]),
    ("Die USA wollen Belavia von der schwarzen Liste nehmen.",
     [("sanctions_lifted", None, None, None, "expected")]),
    ("Das US-Finanzministerium strich Belavia am Samstag von der Sanktionsliste.",
     [("sanctions_lifted", SATURDAY, "day", None, "reported")]),
    # "ins Visier genommen" targets; "genau genommen" corrects a term
    ("Im Juli hatte die EU mit ihrem Sanktionspaket auch belarussische Banken ins Visier "
     "genommen.",
     [("sanctions_imposed", "2024-07-01", "month", None, "reported")]),
    ("Genau genommen ist es keine Aufhebung der Sanktionen.", []),
    ("Streng genommen sind die Sanktionen damit nicht aufgehoben.", []),
])
def test_taken_off_the_list_only_with_the_list(text, expected):
    assert _events(text, "de") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Seit dem vergangenen Sommer begnadigt Lukaschenko in unregelmäßigen Abständen "
           "Gruppen von Häftlingen.", []),
    ("de", "Brüssel verlängert seine Sanktionen Jahr für Jahr.", []),
    ("de", "Wer 23 Menschen freilässt und im selben Monat Dutzende neu einsperrt, hat keine "
           "Belohnung verdient.", []),
    ("nl", "Sinds vorige zomer verleent Loekasjenko met onregelmatige tussenpozen gratie aan "
           "groepen gevangenen.", []),
    ("nl", "Loekasjenko laat keer op keer gevangenen vrij.", []),
    ("nl", "Wie 23 mensen vrijlaat en tegelijk tientallen nieuwe opsluit, verdient geen "
           "beloning.", []),
    # a habit told in the next clause leaves the event before it
    ("de", "Kurz vor Silvester hatte er 20 Häftlinge begnadigt, im Herbst waren es immer "
           "wieder Gruppen von rund 30.",
     [("pardon", None, None, 20, "reported")]),
    ("de", "Lukaschenko hat am Samstag 23 Häftlinge begnadigt.",
     [("pardon", SATURDAY, "day", 23, "reported")]),
    # a question opened by "Wer" and the release it asks about is no general statement
    ("de", "Wer wurde am Samstag freigelassen?", []),
])
def test_habits_and_general_statements_are_no_event(language, text, expected):
    assert _events(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Brüssel müsse die Sanktionen verschärfen, sagte die Abgeordnete.",
     [("sanctions_imposed", None, None, None, "demanded")]),
    ("de", "Die Gefangenen müssen sofort freigelassen werden.",
     [("release", None, None, None, "demanded")]),
    ("nl", "De politieke gevangenen moeten onmiddellijk worden vrijgelaten.",
     [("release", None, None, None, "demanded")]),
    # "sollte" stays an expectation
    ("de", "Die EU sollte die Sanktionen gegen Belarus ausweiten.",
     [("sanctions_imposed", None, None, None, "expected")]),
])
def test_must_demands_the_measure(language, text, expected):
    assert _events(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Die EU muss nach der Scheinwahl neue Sanktionen verhängen.",
     [("sanctions_imposed", None, None, None, "demanded")]),
    ("de", "Die EU will nach der Scheinwahl neue Sanktionen verhängen.",
     [("sanctions_imposed", None, None, None, "expected")]),
    ("de", "Die EU hat am Samstag neue Sanktionen verhängt.",
     [("sanctions_imposed", SATURDAY, "day", None, "reported")]),
    ("nl", "De EU moet na de schijnverkiezing nieuwe sancties opleggen.",
     [("sanctions_imposed", None, None, None, "demanded")]),
])
def test_a_verb_right_after_its_object_shares_its_cue(language, text, expected):
    # the noun and its verb are one mention: the verb took no cue before the noun
    assert _events(text, language) == expected


_DECREE = "Am Samstag unterschrieb Lukaschenko einen Gnadenerlass für 23 Verurteilte. "
_FREED = "Woensdag liet Belarus drie gevangenen vrij. "


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", _DECREE + "Kurz vor Silvester hatte er 20 Häftlinge begnadigt.",
     [("pardon", SATURDAY, "day", 23, "reported"), ("pardon", None, None, 20, "reported")]),
    ("de", _DECREE + "Kurz vor Weihnachten hatte er 20 Häftlinge begnadigt.",
     [("pardon", SATURDAY, "day", 23, "reported"), ("pardon", None, None, 20, "reported")]),
    ("de", _DECREE + "In den Wochen davor hatte er 20 Häftlinge begnadigt.",
     [("pardon", SATURDAY, "day", 23, "reported"), ("pardon", None, None, 20, "reported")]),
    # a day stated, and "kurz zuvor", still date it
    ("de", _DECREE + "Am 30. Dezember hatte er 20 Häftlinge begnadigt.",
     [("pardon", "2024-12-30", "day", 20, "reported"), ("pardon", SATURDAY, "day", 23, "reported")]),
    ("de", _DECREE + "Kurz zuvor hatte er 20 Häftlinge begnadigt.",
     [("pardon", SATURDAY, "day", 20, "reported"), ("pardon", SATURDAY, "day", 23, "reported")]),
    ("nl", _FREED + "In de weken ervoor had Loekasjenko nog gratie verleend aan 23 gevangenen.",
     [("pardon", None, None, 23, "reported"), ("release", "2025-01-15", "day", 3, "reported")]),
    ("nl", _FREED + "Vlak voor kerst had Loekasjenko gratie verleend aan 20 gevangenen.",
     [("pardon", None, None, 20, "reported"), ("release", "2025-01-15", "day", 3, "reported")]),
])
def test_a_holiday_or_an_unstated_span_before_is_no_date(language, text, expected):
    # "kurz vor Silvester", "in den Wochen davor": a time the text does not resolve leaves
    # the event undated (``vague_dates``), instead of the date of the event told before
    assert _events(text, language) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "expected"), [
    ("Lukaschenko gab am Samstag den Gnadengesuchen von 16 Gefangenen statt.",
     [("pardon", SATURDAY, "day", 16, "reported")]),
    ("Am Samstag gab Lukaschenko dem Gnadengesuch des Journalisten statt.",
     [("pardon", SATURDAY, "day", None, "reported")]),
    ("Lukaschenko hat den Gnadengesuchen von 16 Gefangenen stattgegeben.",
     [("pardon", None, None, 16, "reported")]),
    ("Das Gericht gab der Klage am Samstag statt.", []),
])
def test_granting_pleas_for_mercy_split_verb(text, expected):
    # "stattgeben" split ("gab ... statt") with the plea between
    assert _events(text, "de") == expected
