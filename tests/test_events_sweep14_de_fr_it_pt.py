"""Sixteenth-round sweep of German, French, Italian and Portuguese: general causes of the
blind development pages P105 (de-ad01, de-ad02, fr-ad01, fr-ad02) and P106 (it-ad01), and
the wider families of wording they stand for.

- German "ihre Freiheit zurückerhalten" in every tense and order: "zurückerhielten",
  "wiedererlangten", "gewannen ... ihre Freiheit zurück" (``de.json``, the release regex
  of "Freiheit ... zurück / wieder");
- German sanctions told as "Beschränkungen" or "Restriktionen" ("hob ... ihre
  Beschränkungen gegen die ... Kaliindustrie auf"), as French, Italian and Portuguese
  already read "restrictions", "restrizioni", "restrições": the words join the near-lists
  of lifting and easing, while pandemic and traffic restrictions stay none
  (``not_events``);
- German "Gnade / Milde walten lassen", "Gnade vor Recht ergehen lassen": a pardon;
- German "halten es für möglich / für nicht ausgeschlossen / gilt als wahrscheinlich,
  dass ...": what follows is expected, also when the cue stands further back than the cue
  window (``expected_far``); "gehen davon aus, dass" is left out, since it tells beliefs
  about the past as often ("dass am Samstag 30 Gefangene freigelassen wurden": the
  auxiliary stands after the trigger, where the cue cannot look);
- Italian and Portuguese sanctions told by the adjective ("regime sanzionatorio", "misure
  sancionatórias") and "embargo" beside verbs of easing: the words join the near-lists;
- Italian, French and Portuguese "la sua liberazione", "sa libération", "a sua
  libertação" in a demand stand for the person asked for (``people_pronoun``), as
  German "seine Freilassung" and Italian "la loro liberazione" already did; the Italian
  verbs of asking in the present and perfect ("sollecita", "reclamano", "invoca",
  "pretendono", "hanno reclamato") cue a demand as "chiede" did.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none. Published
on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import stated

FREEDOM_BACK = [
    ("de", "Nachdem die 40 Gefangenen am Freitag ihre Freiheit wiedererlangten, reisten "
           "sie nach Litauen aus.",
     [("release", 40, "2025-12-12", "reported")]),
    ("de", "Im Oktober gewannen drei Journalisten ihre Freiheit zurück.",
     [("release", 3, "2025-10-01", "reported")]),
    ("de", "Am Mittwoch erhielten 18 Häftlinge aus der Strafkolonie Nowopolozk ihre Freiheit "
           "zurück.",
     [("release", 18, "2025-12-10", "reported")]),
    ("de", "Am Dienstag, als 25 Oppositionelle ihre Freiheit zurückbekamen, war die Grenze "
           "bereits geöffnet.",
     [("release", 25, "2025-12-09", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), FREEDOM_BACK)
def test_freedom_got_back_in_every_tense(language: str, text: str,
                                         expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


RESTRICTIONS = [
    ("de", "Washington hob am Freitag die Beschränkungen gegen die Fluggesellschaft Belavia "
           "auf.",
     [("sanctions_lifted", None, "2025-12-12", "reported")]),
    ("de", "Die USA lockerten am Dienstag ihre Restriktionen gegen den Kalikonzern "
           "Belaruskali.",
     [("sanctions_eased", None, "2025-12-09", "reported")]),
    ("de", "Das Finanzministerium will die Handelsbeschränkungen gegen Minsk im Januar "
           "aufheben.",
     [("sanctions_lifted", None, "2026-01-01", "expected")]),
    # restrictions of another kind stay none
    ("de", "Die Regierung hob am Montag die Corona-Beschränkungen für Restaurants auf.", []),
    ("de", "Berlin lockert ab Montag die Kontaktbeschränkungen in Pflegeheimen.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), RESTRICTIONS)
def test_restrictions_are_sanctions_in_german(language: str, text: str,
                                              expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


MERCY = [
    ("de", "Am 20. November ließ Lukaschenko gegenüber zwei Priestern Gnade walten.",
     [("pardon", 2, "2025-11-20", "reported")]),
    ("de", "Der Präsident hat am Donnerstag bei 16 Verurteilten Milde walten lassen.",
     [("pardon", 16, "2025-12-11", "reported")]),
    ("de", "Der Staatschef ließ am Freitag gegenüber 12 Verurteilten Gnade vor Recht ergehen.",
     [("pardon", 12, "2025-12-12", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), MERCY)
def test_mercy_shown_is_a_pardon(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


HELD_POSSIBLE = [
    ("de", "Beobachter halten es für möglich, dass bis zum Frühjahr weitere Gefangene das "
           "Land verlassen dürfen.",
     [("release", None, None, "expected")]),
    ("de", "Es gilt als wahrscheinlich, dass Lukaschenko zum Jahreswechsel weitere "
           "Oppositionelle begnadigt.",
     [("pardon", None, None, "expected")]),
    ("de", "Im Präsidialamt hält man es für nicht ausgeschlossen, dass noch vor Weihnachten "
           "weitere Häftlinge freikommen.",
     [("release", None, None, "expected")]),
    # a belief about what happened stays reported
    ("de", "Menschenrechtler gehen davon aus, dass am Samstag 30 Gefangene freigelassen "
           "wurden.",
     [("release", 30, "2025-12-13", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), HELD_POSSIBLE)
def test_what_is_held_possible_is_expected(language: str, text: str,
                                           expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


SANCTIONS_ADJECTIVE = [
    ("it", "Lunedì Bruxelles ha ampliato il suo regime sanzionatorio contro Minsk.",
     [("sanctions_imposed", None, "2025-12-08", "reported")]),
    ("it", "Washington ha allentato venerdì le misure sanzionatorie sulla compagnia Belavia.",
     [("sanctions_eased", None, "2025-12-12", "reported")]),
    ("it", "Roma non intende attenuare l'embargo sul potassio bielorusso.",
     [("sanctions_eased", None, None, "denied")]),
    ("pt", "Bruxelas alargou na segunda-feira o regime sancionatório contra Minsk.",
     [("sanctions_imposed", None, "2025-12-08", "reported")]),
    ("pt", "Washington suavizou na sexta-feira as medidas sancionatórias contra a Belavia.",
     [("sanctions_eased", None, "2025-12-12", "reported")]),
    ("pt", "Os Estados Unidos aliviaram na terça-feira o embargo sobre a potassa bielorrussa.",
     [("sanctions_eased", None, "2025-12-09", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), SANCTIONS_ADJECTIVE)
def test_sanctions_told_by_their_adjective(language: str, text: str,
                                           expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


HIS_RELEASE = [
    ("it", "Il governo polacco chiede da mesi la sua liberazione.",
     [("release", None, None, "demanded")]),
    ("it", "La famiglia sollecita il suo rilascio immediato.",
     [("release", None, None, "demanded")]),
    ("it", "Le ong reclamano la liberazione di tutti i prigionieri politici.",
     [("release", None, None, "demanded")]),
    ("it", "Varsavia invoca da anni la scarcerazione del giornalista Poczobut.",
     [("release", None, None, "demanded")]),
    ("fr", "Paris réclame sa libération depuis deux ans.",
     [("release", None, None, "demanded")]),
    ("fr", "Ses avocats exigent sa remise en liberté immédiate.",
     [("release", None, None, "demanded")]),
    ("pt", "O governo português pede a sua libertação.",
     [("release", None, None, "demanded")]),
    ("pt", "A família exige a libertação dele há meses.",
     [("release", None, None, "demanded")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), HIS_RELEASE)
def test_his_release_asked_for(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)
