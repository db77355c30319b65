"""Eighth sweep in German and Dutch, from the blind development pages P57-P60: how the
German press dates events, as general causes, not the pages' sentences.

- A date in a relative clause set off before the verb ("Der Blogger, der im Juni verurteilt
  worden war, ist wieder in Freiheit") is the relative clause's, not the verb's: German and
  Dutch get an ``aside_opener`` (der/die/das/den/dem/denen/deren/dessen/welche, with a
  preposition before it; die/dat/wie/welke, waarbij ...), and a verb no longer needs a date
  of its own clause for the aside's date to be set aside.
- A period with "Anfang/Mitte/Ende" and a genitive ("Ende vergangenen Jahres", "Anfang
  letzten Monats", "Mitte vergangener Woche", "im Vorjahr"): was the day of publication.
- An after phrase without an article ("nach zweitägigen Gesprächen", "na tweedaagse
  gesprekken") is an after clause as "nach den Gesprächen" is; a date of the saying does
  not date a noun in an after phrase.
- Dutch talks: "sprak zaterdag in de Belarussische hoofdstad met president ...", "met ...
  gesproken", "... om tafel zat" (verb last).
- "werde" (indirect speech) marks an expected event as "wird" does.
- What already held and must keep holding: weekdays with a time of day, "vergangene Woche"
  (week precision), "Mitte Februar", "am Donnerstag vergangener Woche", "am vergangenen
  Freitag", "Per Dekret vom 10. März", "tags zuvor" after a dated sentence, "am selben Tag",
  "gleichzeitig", "einen Tag später", a dateline's date.

Every sentence here was written for these tests (publication on Wednesday 12 March 2025).
"""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import as_labelled

PUB = pd.Timestamp("2025-03-12 12:00", tz="UTC")  # a Wednesday


def _events(text: str, language: str) -> list[tuple]:
    """Sorted distinct (type, date or None, precision, count, modality); a date the sentence
    does not state (the day of publication) is None."""
    return as_labelled(text, language, PUB, precision=True)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Die 14 Aktivisten, die im Juni zu langen Haftstrafen verurteilt worden waren, "
           "sind wieder in Freiheit.",
     [("release", None, None, 14, "reported")]),
    ("de", "Die 14 Aktivisten, von denen die meisten im Juni verurteilt worden waren, kamen frei.",
     [("release", None, None, 14, "reported")]),
    ("de", "Die Journalistin, die im Januar festgenommen worden war, kam am Dienstag frei.",
     [("release", "2025-03-11", "day", None, "reported")]),
    ("de", "Der Oppositionelle, der seit 2020 in Haft saß, wurde am Montag begnadigt.",
     [("pardon", "2025-03-10", "day", None, "reported")]),
    ("de", "Lukaschenko hat am Montag 16 Gefangene begnadigt, die im vergangenen Jahr "
           "verurteilt worden waren.",
     [("pardon", "2025-03-10", "day", 16, "reported")]),
    ("nl", "De 14 activisten, die in juni tot lange celstraffen waren veroordeeld, zijn weer "
           "vrijgelaten.",
     [("release", None, None, 14, "reported")]),
    # a date that opens the sentence before the aside stays the verb's
    ("de", "Am Freitag, dem 7. März, kamen 20 Gefangene frei.",
     [("release", "2025-03-07", "day", 20, "reported")]),
])
def test_a_relative_clause_keeps_its_own_date(language: str, text: str, expected: list) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ende vergangenen Jahres wurden 30 Gefangene begnadigt.",
     [("pardon", "2024-01-01", "year", 30, "reported")]),
    ("Ende letzten Jahres wurden 30 Gefangene begnadigt.",
     [("pardon", "2024-01-01", "year", 30, "reported")]),
    ("Anfang des vergangenen Jahres kamen 30 Gefangene frei.",
     [("release", "2024-01-01", "year", 30, "reported")]),
    ("Im Vorjahr hatte Lukaschenko 30 Gefangene begnadigt.",
     [("pardon", "2024-01-01", "year", 30, "reported")]),
    ("Mitte vergangenen Monats kamen 30 Gefangene frei.",
     [("release", "2025-02-01", "month", 30, "reported")]),
    ("Anfang dieses Monats hob Washington die Sanktionen gegen Belavia auf.",
     [("sanctions_lifted", "2025-03-01", "month", None, "reported")]),
    ("Ende vergangener Woche kamen 18 Gefangene frei.",
     [("release", "2025-03-03", "week", 18, "reported")]),
    ("Vorige Woche kamen 18 Gefangene frei.",
     [("release", "2025-03-03", "week", 18, "reported")]),
    # already read before this sweep
    ("Vergangene Woche kamen 18 politische Gefangene frei.",
     [("release", "2025-03-03", "week", 18, "reported")]),
    ("Mitte Februar hatte Minsk neun Häftlinge freigelassen.",
     [("release", "2025-02-01", "month", 9, "reported")]),
    ("Ende Februar kamen 20 Gefangene frei.",
     [("release", "2025-02-01", "month", 20, "reported")]),
    ("Bereits im Februar hatte Washington die Sanktionen gegen Belavia gelockert.",
     [("sanctions_eased", "2025-02-01", "month", None, "reported")]),
])
def test_a_period_of_a_past_year_month_or_week(text: str, expected: list) -> None:
    assert _events(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Lukaschenko begnadigte am Dienstagabend 16 Häftlinge.",
     [("pardon", "2025-03-11", "day", 16, "reported")]),
    ("Nach Angaben der Opposition kamen bis Donnerstagabend zwölf Gefangene frei.",
     [("release", "2025-03-06", "day", 12, "reported")]),
    ("Am Donnerstag vergangener Woche kamen 18 Gefangene frei.",
     [("release", "2025-03-06", "day", 18, "reported")]),
    ("Am vergangenen Freitag begnadigte Lukaschenko 16 Häftlinge.",
     [("pardon", "2025-03-07", "day", 16, "reported")]),
    ("Per Dekret vom 10. März wurden 47 Häftlinge begnadigt.",
     [("pardon", "2025-03-10", "day", 47, "reported")]),
    ("Gestern Abend kamen 20 Gefangene frei.",
     [("release", "2025-03-11", "day", 20, "reported")]),
    ("Am Sonntagmorgen wurden 14 Gefangene an die litauische Grenze gebracht und "
     "freigelassen.",
     [("release", "2025-03-09", "day", 14, "reported")]),
    ("Minsk, 11. März (dpa) - Lukaschenko hat 20 politische Gefangene begnadigt.",
     [("pardon", "2025-03-11", "day", 20, "reported")]),
])
def test_weekdays_times_of_day_and_datelines(text: str, expected: list) -> None:
    assert _events(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Am Montag kamen 20 Gefangene frei. Am selben Tag lockerte die EU ihre Sanktionen "
     "gegen Belarus.",
     [("release", "2025-03-10", "day", 20, "reported"),
      ("sanctions_eased", "2025-03-10", "day", None, "reported")]),
    ("Am Montag kamen 20 Gefangene frei. Gleichzeitig lockerte die EU ihre Sanktionen "
     "gegen Belarus.",
     [("release", "2025-03-10", "day", 20, "reported"),
      ("sanctions_eased", "2025-03-10", "day", None, "reported")]),
    ("Am Montag kamen 20 Gefangene frei. Tags darauf lockerte die EU ihre Sanktionen "
     "gegen Belarus.",
     [("release", "2025-03-10", "day", 20, "reported"),
      ("sanctions_eased", "2025-03-11", "day", None, "reported")]),
    ("Am Montag kamen 20 Gefangene frei. Einen Tag später lockerte die EU ihre Sanktionen "
     "gegen Belarus.",
     [("release", "2025-03-10", "day", 20, "reported"),
      ("sanctions_eased", "2025-03-11", "day", None, "reported")]),
])
def test_a_date_of_the_sentence_before(text: str, expected: list) -> None:
    assert _events(text, "de") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Nach stundenlangen Verhandlungen kamen am Freitag 20 Gefangene frei.",
     [("release", "2025-03-07", "day", 20, "reported")]),
    # talks with a date of their own clause keep it
    ("de", "Am Freitag führten beide Seiten in Minsk stundenlange Gespräche.",
     [("talks", "2025-03-07", "day", None, "reported")]),
])
def test_talks_in_an_after_phrase(language: str, text: str, expected: list) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington werde die Sanktionen gegen Belaruskali aufheben, hieß es in Minsk.",
     [("sanctions_lifted", None, None, None, "expected")]),
    ("Die Sanktionen würden bald gelockert, sagte ein Diplomat.",
     [("sanctions_eased", None, None, None, "expected")]),
])
def test_indirect_speech_future(text: str, expected: list) -> None:
    assert _events(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kellogg sprak zaterdag in de Litouwse hoofdstad met president Loekasjenko.",
     [("talks", "2025-03-08", "day", None, "reported")]),
    ("De gezant zat donderdag met de Venezolaanse minister om tafel.",
     [("talks", "2025-03-06", "day", None, "reported")]),
    ("De gezant had dinsdag met Loekasjenko over gevangenen gesproken.",
     [("talks", "2025-03-11", "day", None, "reported")]),
    ("De minister sprak dinsdag met journalisten over de begroting.", []),
    ("Zij sprak zaterdag met haar moeder.", []),
])
def test_dutch_talks_with_a_leader(text: str, expected: list) -> None:
    assert _events(text, "nl") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # "the release came a day after ...": the act named before the marker is the one told
    # in the sentence before, and the happening after the marker is counted back from it
    ("nl", "Venezuela liet vrijdag 17 gevangenen vrij. De vrijlating komt een dag nadat een "
           "Amerikaanse gezant met minister Gil om tafel zat.",
     [("release", "2025-03-07", "day", 17, "reported"),
      ("talks", "2025-03-06", "day", None, "reported")]),
    ("nl", "Minsk liet donderdag 14 gevangenen vrij. De stap volgde twee dagen nadat Kellogg "
           "met Loekasjenko sprak.",
     [("release", "2025-03-06", "day", 14, "reported"),
      ("talks", "2025-03-04", "day", None, "reported")]),
    ("de", "Am Freitag kamen 17 Häftlinge frei. Der Schritt kam einen Tag nachdem der "
           "US-Gesandte mit Lukaschenko gesprochen hatte.",
     [("release", "2025-03-07", "day", 17, "reported"),
      ("talks", "2025-03-06", "day", None, "reported")]),
])
def test_a_day_after_the_act_told_before(language: str, text: str, expected: list) -> None:
    assert _events(text, language) == expected



@pytest.mark.parametrize(("text", "expected"), [
    # the verb in second place before "N von ihnen" (a date or a phrase opens the sentence)
    ("Am Donnerstag kamen neun von ihnen frei.",
     [("release", "2025-03-06", "day", 9, "reported")]),
    ("Nach Angaben der Opposition kamen bis Donnerstagabend zwölf von ihnen frei.",
     [("release", "2025-03-06", "day", 12, "reported")]),
    # "N von ihnen" with the verb right after it: the part's own verb (a word between,
    # "Neun von ihnen wurden nach Vilnius gebracht", still reads as a part of the group)
    ("Am Freitag wurden 14 von ihnen freigelassen.",
     [("release", "2025-03-07", "day", 14, "reported")]),
    ("Neun von ihnen kamen am Donnerstag frei.",
     [("release", "2025-03-06", "day", 9, "reported")]),
    ("Am Donnerstag sprachen zwei von ihnen mit Journalisten.", []),
])
def test_n_of_them_after_the_verb(text: str, expected: list) -> None:
    assert _events(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "von den Behörden" after a passive names the doer: no part of a group told before
    ("Die 14 Häftlinge wurden am Freitag von den Behörden freigelassen.",
     [("release", "2025-03-07", "day", 14, "reported")]),
    ("Am Donnerstag wurden 9 Gefangene von den belarussischen Behörden freigelassen.",
     [("release", "2025-03-06", "day", 9, "reported")]),
    # "unter den" still points back to a group told before
    ("Unter den Freigelassenen war auch ein Journalist.", []),
])
def test_passive_agent_is_no_subset(text: str, expected: list) -> None:
    assert _events(text, "de") == expected
