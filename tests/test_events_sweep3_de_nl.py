"""Third sweep of event recall in German and Dutch: dates chosen from the right clause, and
wordings the hold-out pages of the last round showed to be missing.

Dates: a prepositional "nach einem Besuch ..." / "na een bezoek ..." is no after-clause of a
verb that follows it ("Im Juni waren nach einem Besuch ... 14 Gefangene freigekommen": June);
a verb inside an after-clause ("Kort nadat Washington de sancties had versoepeld, liet Minsk
donderdag ...") does not take the next clause's date; the date of a reporting clause ("wie ein
Sprecher am Samstag sagte", ", zei de gezant zaterdag") is the saying's; "und dann", "toen",
"tegelijk", "zugleich", "wenige Stunden später" point back to the date told just before, in the
same sentence or the one before. Words: the prison gates opened ("öffneten sich ... die
Gefängnistore", "gingen de gevangenispoorten open"), pardon petitions granted ("die
Gnadengesuche ... bewilligt"), assets frozen ("Die Vermögen von 25 Personen wurden ...
eingefroren"; frozen assets that stay frozen are a state), talks as sitting together
("zusammengesessen", "zat met ... om tafel"), consulting ("berieten mit"), speaking with a
named party ("sprak met Loekasjenko"), sanctions watered down ("afgezwakt"), list additions
("Sanktionsliste ... erweitert", "sanctielijst ... uitgebreid"), joining sanctions ("schloss sich
den EU-Sanktionen an"), prisoners given back ("teruggegeven"), a person not among the freed
("nicht unter den Freigelassenen": a denied release), the day after or before ("Tags darauf",
"am Folgetag", "daags daarna", "de dag ervoor"), talks held "seit gestern" (dated from that
day), what talks were about ("zur Sprache", "ter sprake": no event), release from a
penal colony ("uit de strafkolonie ontslagen"), "hun gratie had verleend".

Every sentence here was written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.events import events_from_text

PUB = pd.Timestamp("2025-09-12 15:00", tz="UTC")  # a Friday


def _stated(text: str, language: str) -> list[tuple]:
    """Sorted distinct (type, date or None, count, modality); None where the text states
    no date (an undated report takes the publication day); running totals left out."""
    out = set()
    for r in events_from_text(text, PUB, language):
        if r["cumulative"]:
            continue
        unstated = pd.isna(r["date"]) or r["date_basis"] == "published"
        out.add((r["event_type"], None if unstated else str(r["date"].date()),
                 None if pd.isna(r["count"]) else int(r["count"]), r["modality"]))
    return sorted(out, key=str)


def _types(text: str, language: str) -> tuple[str, ...]:
    return tuple(sorted({r["event_type"] for r in events_from_text(text, PUB, language)}))


DATES = [
    # a preposition "nach einem/na een ..." heads no clause of the verb after it
    ("de", "Zur Erinnerung: Im Juni waren nach einem Treffen in Minsk 14 politische "
           "Gefangene freigekommen.",
     [("release", "2025-06-01", 14, "reported")]),
    ("de", "Am Montag wurden nach der Begnadigung durch den Staatschef 14 Gefangene freigelassen.",
     [("release", "2025-09-08", 14, "reported")]),
    ("nl", "In juni waren na een bezoek van de gezant veertien gevangenen vrijgekomen.",
     [("release", "2025-06-01", 14, "reported")]),
    # a verb in an after-clause has only that clause's date
    ("de", "Kurz nachdem Washington die Sanktionen gegen die Fluggesellschaft gelockert hatte, "
           "ließ Minsk am Donnerstag 52 Gefangene frei.",
     [("release", "2025-09-11", 52, "reported"), ("sanctions_eased", None, None, "reported")]),
    ("nl", "Kort nadat Washington de sancties tegen de luchtvaartmaatschappij had versoepeld, "
           "liet Minsk donderdag 52 gevangenen vrij.",
     [("release", "2025-09-11", 52, "reported"), ("sanctions_eased", None, None, "reported")]),
    # the date of the saying, after the report
    ("de", "Die USA haben ihre Strafmaßnahmen gegen den Kalikonzern aufgehoben, wie ein "
           "Sprecher am Samstag vor Journalisten sagte.",
     [("sanctions_lifted", None, None, "reported")]),
    ("nl", "De VS zullen de sancties tegen de kalisector opheffen, zei de gezant zaterdag.",
     [("sanctions_lifted", None, None, "expected")]),
    # "and then": the date of the clause before
    ("de", "Im September saß der Gesandte mit Lukaschenko zusammen, und dann kamen 52 "
           "Gefangene frei.",
     [("release", "2025-09-01", 52, "reported"), ("talks", "2025-09-01", None, "reported")]),
    ("de", "Im September reiste der Gesandte nach Minsk, und dann kamen 52 Gefangene frei.",
     [("release", "2025-09-01", 52, "reported")]),
    ("nl", "In september zat de gezant met Loekasjenko om tafel, en toen kwamen 52 "
           "gevangenen vrij.",
     [("release", "2025-09-01", 52, "reported"), ("talks", "2025-09-01", None, "reported")]),
    ("nl", "De gezant was in september in Minsk, en toen kwamen 52 gevangenen vrij.",
     [("release", "2025-09-01", 52, "reported")]),
    # the same day, a few hours later: the date of the sentence before
    ("de", "Am Donnerstagvormittag empfing Lukaschenko den US-Gesandten in Minsk. Wenige "
           "Stunden später ließ Belarus 52 Häftlinge frei.",
     [("release", "2025-09-11", 52, "reported"), ("talks", "2025-09-11", None, "reported")]),
    ("de", "Das Finanzministerium strich die Fluggesellschaft am Dienstag von der "
           "Sanktionsliste. Zugleich lockerten die USA die Strafmaßnahmen gegen drei "
           "Regierungsflugzeuge.",
     [("sanctions_eased", "2025-09-09", None, "reported"),
      ("sanctions_lifted", "2025-09-09", None, "reported")]),
    ("nl", "Het ministerie schrapte de luchtvaartmaatschappij dinsdag van de sanctielijst. "
           "Tegelijk gaf het een algemene licentie af voor de sancties op drie "
           "regeringsvliegtuigen.",
     [("sanctions_eased", "2025-09-09", None, "reported"),
      ("sanctions_lifted", "2025-09-09", None, "reported")]),
    ("nl", "Loekasjenko ontving woensdag de Amerikaanse gezant in Minsk. Enkele uren later "
           "kwamen 52 gevangenen vrij.",
     [("release", "2025-09-10", 52, "reported"), ("talks", "2025-09-10", None, "reported")]),
    ("nl", "Dinsdag kwamen 52 gevangenen vrij. Dezelfde avond versoepelden de VS de sancties "
           "tegen de luchtvaartmaatschappij.",
     [("release", "2025-09-09", 52, "reported"), ("sanctions_eased", "2025-09-09", None,
                                                   "reported")]),
    # the day after, the day before
    ("de", "Am Dienstag trafen sich der Gesandte und Lukaschenko in Minsk. Tags darauf kamen "
           "52 Gefangene frei.",
     [("release", "2025-09-10", 52, "reported"), ("talks", "2025-09-09", None, "reported")]),
    ("de", "Am Dienstag trafen sich der Gesandte und Lukaschenko in Minsk. Am nächsten Tag "
           "kamen 52 Gefangene frei.",
     [("release", "2025-09-10", 52, "reported"), ("talks", "2025-09-09", None, "reported")]),
    ("de", "Am Dienstag trafen sich der Gesandte und Lukaschenko in Minsk. Am Folgetag kamen "
           "52 Gefangene frei.",
     [("release", "2025-09-10", 52, "reported"), ("talks", "2025-09-09", None, "reported")]),
    ("de", "Am Dienstag trafen sich der Gesandte und Lukaschenko in Minsk. Einen Tag später "
           "kamen 52 Gefangene frei.",
     [("release", "2025-09-10", 52, "reported"), ("talks", "2025-09-09", None, "reported")]),
    ("de", "Am Dienstag kamen 52 Gefangene frei. Tags zuvor hatte Lukaschenko den "
           "US-Gesandten empfangen.",
     [("release", "2025-09-09", 52, "reported"), ("talks", "2025-09-08", None, "reported")]),
    ("nl", "Dinsdag ontmoetten de gezant en Loekasjenko elkaar in Minsk. Daags daarna kwamen "
           "52 gevangenen vrij.",
     [("release", "2025-09-10", 52, "reported"), ("talks", "2025-09-09", None, "reported")]),
    ("nl", "Dinsdag ontmoetten de gezant en Loekasjenko elkaar in Minsk. De volgende dag "
           "kwamen 52 gevangenen vrij.",
     [("release", "2025-09-10", 52, "reported"), ("talks", "2025-09-09", None, "reported")]),
    ("nl", "Dinsdag ontmoetten de gezant en Loekasjenko elkaar in Minsk. De dag erna kwamen "
           "52 gevangenen vrij.",
     [("release", "2025-09-10", 52, "reported"), ("talks", "2025-09-09", None, "reported")]),
    ("nl", "Dinsdag kwamen 52 gevangenen vrij. De dag ervoor had Loekasjenko de gezant "
           "ontvangen.",
     [("release", "2025-09-09", 52, "reported"), ("talks", "2025-09-08", None, "reported")]),
    # talks held since a day began that day; a running total since a day stays a total
    ("de", "Die Delegationen der USA und Russlands, die seit gestern in Genf miteinander "
           "verhandeln, setzen ihre Gespräche am Vormittag fort.",
     [("talks", "2025-09-11", None, "reported")]),
    ("de", "Seit Montag wurden 30 Gefangene freigelassen.", []),
    # what the talks were about is no event of its own
    ("de", "Trump und Lukaschenko telefonierten am Freitag; dabei kam auch die Freilassung von "
           "weiteren 1300 Häftlingen zur Sprache.",
     [("talks", "2025-09-12", None, "reported")]),
    ("nl", "Trump voerde vrijdag een telefoongesprek met Loekasjenko, waarin ook de vrijlating "
           "van nog eens 1300 gevangenen ter sprake kwam.",
     [("talks", "2025-09-12", None, "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), DATES)
def test_dates_from_the_right_clause(language: str, text: str, expected: list[tuple]) -> None:
    assert _stated(text, language) == sorted(expected, key=str)


GERMAN = [
    ("Am Mittwoch öffneten sich für 16 politische Gefangene die Gefängnistore.", ("release",)),
    ("Am Samstag öffnete das Regime für zwölf Oppositionelle die Gefängnistüren.", ("release",)),
    ("Lukaschenko hat am Freitag die Gnadengesuche von 23 Häftlingen bewilligt.", ("pardon",)),
    ("Die Vermögen von 25 Personen wurden am Montag eingefroren.", ("sanctions_imposed",)),
    ("Die EU hat am Montag die Vermögenswerte von 25 Richtern eingefroren.",
     ("sanctions_imposed",)),
    ("London ließ am Dienstag die Guthaben von acht Oligarchen einfrieren.",
     ("sanctions_imposed",)),
    ("Der Gesandte und Lukaschenko hatten am Freitag in Minsk zusammengesessen.", ("talks",)),
    ("Der Gesandte und Lukaschenko saßen am Donnerstag drei Stunden lang zusammen.", ("talks",)),
    ("Lukaschenko beriet am Freitag mit dem US-Gesandten über weitere Freilassungen.",
     ("talks",)),
    ("Die Strafmaßnahmen gegen die Fluggesellschaft wurden am Donnerstag gelockert.",
     ("sanctions_eased",)),
    ("Die EU hat ihre Sanktionsliste am Montag um 25 Namen erweitert.", ("sanctions_imposed",)),
    ("Die Schweiz schloss sich am Dienstag den EU-Sanktionen gegen Belarus an.",
     ("sanctions_imposed",)),
    ("Liechtenstein hat sich am Dienstag den neuen Sanktionen der EU angeschlossen.",
     ("sanctions_imposed",)),
    ("Die Aktivistin wurde am Montag nach Verbüßung ihrer Strafe entlassen.", ("release",)),
    ("Die Oppositionspolitikerin wurde am Dienstag aus dem Gewahrsam entlassen.", ("release",)),
    ("Die 14 Gefangenen wurden am Samstag nach Vilnius gebracht.", ("release",)),
    ("Der Außenminister sprach am Dienstag mit seinem russischen Amtskollegen.", ("talks",)),
]

DUTCH = [
    ("Afgelopen zaterdag kwamen 123 gevangenen vrij, nadat de president hun gratie had "
     "verleend.", ("pardon", "release")),
    ("Zaterdag gingen voor 14 gevangenen de gevangenispoorten open.", ("release",)),
    ("Het regime opende woensdag voor zestien opposanten de gevangenispoorten.", ("release",)),
    ("De activiste werd dinsdag uit de strafkolonie ontslagen.", ("release",)),
    ("De sancties tegen de luchtvaartmaatschappij werden donderdag afgezwakt.",
     ("sanctions_eased",)),
    ("Washington zwakte donderdag de sancties tegen de kaliproducent af.", ("sanctions_eased",)),
    ("Trump sprak vrijdag met Loekasjenko.", ("talks",)),
    ("Trump en Poetin spraken dinsdag urenlang met elkaar.", ("talks",)),
    ("De Amerikaanse gezant zat donderdag met Loekasjenko om tafel.", ("talks",)),
    ("Loekasjenko willigde vrijdag de gratieverzoeken van 23 gevangenen in.", ("pardon",)),
    ("De EU heeft haar sanctielijst maandag met 25 namen uitgebreid.", ("sanctions_imposed",)),
    ("De sanctielijst werd maandag met 25 namen aangevuld.", ("sanctions_imposed",)),
    ("Zwitserland sloot zich dinsdag aan bij de EU-sancties tegen Belarus.",
     ("sanctions_imposed",)),
    ("Rusland heeft zaterdag 84 Oekraïense krijgsgevangenen aan Kiev teruggegeven.",
     ("release",)),
    # an announcement to lift is no new sanction
    ("Het Witte Huis kondigde vrijdag aan de sancties tegen de luchtvaartmaatschappij op te "
     "heffen.", ("sanctions_lifted",)),
    ("De VS schrapten zaterdag de sancties tegen het kaliconcern.", ("sanctions_lifted",)),
    ("De EU stelde maandag een olie-embargo in tegen Belarus.", ("sanctions_imposed",)),
    ("De premier ging maandag in gesprek met de Oekraïense president.", ("talks",)),
]


@pytest.mark.parametrize(("sentence", "types"), GERMAN)
def test_german_sweep3(sentence: str, types: tuple[str, ...]) -> None:
    assert _types(sentence, "de") == types


@pytest.mark.parametrize(("sentence", "types"), DUTCH)
def test_dutch_sweep3(sentence: str, types: tuple[str, ...]) -> None:
    assert _types(sentence, "nl") == types


QUIET = [
    ("de", "Die Vermögenswerte der Fluggesellschaft bleiben nach Angaben von Fachleuten aber "
           "eingefroren."),
    ("de", "Das Konto des Vereins wurde am Montag eingefroren, sein Vermögen beschlagnahmt."),
    ("de", "Die Gespräche über den Haushalt wurden am Montag eingefroren."),
    ("de", "Die Renten wurden am Montag eingefroren."),
    ("de", "Der Verein öffnete am Samstag die Stadiontore."),
    ("de", "Das Museum öffnete am Samstag die Gefängnistore für Besucher."),
    ("de", "Die Delegation setzt sich aus fünf Ministern zusammen."),
    ("de", "Der Bundestag beriet am Donnerstag über das Heizungsgesetz."),
    ("de", "Die Eltern saßen am Abend lange zusammen."),
    ("nl", "De tegoeden van die bedrijven blijven wel bevroren."),
    ("nl", "De burgemeester sprak maandag met de bewoners."),
    ("nl", "Het museum opende zaterdag de gevangenispoorten voor bezoekers."),
    ("nl", "De voetbalbond zwakte de sancties tegen de club af."),
    ("nl", "De zangeres werd dinsdag uit het ziekenhuis ontslagen."),
    ("de", "Der Club schloss sich am Montag der Liga an."),
    ("de", "Der Verein hat die Liste der Mitglieder erweitert."),
    ("nl", "De supermarkt heeft haar lijst met producten uitgebreid."),
    ("nl", "De winkel gaf het geld terug aan de klanten."),
    ("de", "Der Sprecher sprach am Montag von einem Erfolg des Präsidenten."),
    ("de", "Der Trainer sprach am Montag mit den Spielern."),
    ("nl", "De gemeente schrapte de subsidies voor de club."),
    ("nl", "De buurtvereniging ging in gesprek met de wethouder."),
    ("nl", "De club schrapte alle sancties tegen supporters."),
]


@pytest.mark.parametrize(("language", "sentence"), QUIET)
def test_other_senses_stay_quiet(language: str, sentence: str) -> None:
    assert _types(sentence, language) == ()


DENIED = [
    ("de", "Der Journalist Andrzej Poczobut war nicht unter den Freigelassenen.",
     [("release", None, None, "denied")]),
    ("de", "Der Journalist Andrzej Poczobut ist jedoch nicht unter den 123 Begnadigten.",
     [("pardon", None, None, "denied")]),
    ("nl", "De journalist Andrzej Poczobut was niet onder de vrijgelatenen.",
     [("release", None, None, "denied")]),
    ("nl", "De journalist zat niet bij de begenadigden.", [("pardon", None, None, "denied")]),
    ("de", "Unter den Freigelassenen ist auch die Flötistin.", []),
    ("de", "Die Touristen waren nicht unter den Verletzten.", []),
    ("nl", "Onder de vrijgelatenen is ook de fluitiste.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), DENIED)
def test_not_among_the_freed(language: str, text: str, expected: list[tuple]) -> None:
    assert _stated(text, language) == expected


def test_frozen_assets_beside_an_easing_do_not_undo_it() -> None:
    text = ("Die USA lockerten am Donnerstag die Sanktionen gegen die Fluggesellschaft, deren "
            "Vermögenswerte bleiben aber eingefroren.")
    assert _stated(text, "de") == [("sanctions_eased", "2025-09-11", None, "reported")]


def test_a_total_is_not_a_separable_particle() -> None:
    # "saß ... zusammen" is sitting together; "zusammen mehr als 430" a running total
    assert _stated("Seit Juli 2024 sind damit zusammen mehr als 430 politische Gefangene "
                   "freigekommen.", "de") == []
