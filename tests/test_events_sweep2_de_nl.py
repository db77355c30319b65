"""Second vocabulary and construction sweep of event recall in German and Dutch.

Beyond tests/test_events_sweep_de_nl_fr.py: more people nouns (clergy, dissidents, lawyers),
remitting a sentence ("die Reststrafe erlassen", "de straf kwijtgescholden"), amnesty as a
verb, discharge from prison as a noun ("Haftentlassung"), letting go ("ließ ihn ziehen",
"ausreisen lassen"), freedom given back or regained ("gaf ... hun vrijheid terug", "herwon
zijn vrijheid"), deportation after release, handovers after a pardon, letting sanctions
drop ("fallen lassen"), entry bans and account freezes ("Einreisesperren",
"Kontosperrungen", "trof ... met inreisverboden", "bevriezing van tegoeden"), list
additions and removals ("toegevoegd", "van de zwarte lijst gehaald"), talks at a table
("om de tafel", "an einen Tisch"), continued talks ("setzten ihre Gespräche fort"),
present-tense negotiating, and demands or modal verbs that govern a trigger further away
than the usual window ("drängen X, sämtliche ... auf freien Fuß zu setzen", "drong erop aan
dat ... vrijlaat", "wollen die Strafmaßnahmen gegen ... fallen lassen"). Words with another
sense stay quiet.

Every sentence here was written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import summary

PUB = pd.Timestamp("2025-09-12 15:00", tz="UTC")  # a Friday


def _rows(sentence: str, language: str) -> list[tuple]:
    """Sorted (type, count, modality) of the events, running totals left out."""
    return summary(sentence, language, ("event_type", "count", "modality"), published=PUB,
                   totals=False)


def _types(sentence: str, language: str) -> tuple[str, ...]:
    return tuple(sorted({row[0] for row in _rows(sentence, language)}))


GERMAN = [
    ("Drei katholische Priester sind am Mittwoch begnadigt worden.", ("pardon",)),
    ("Am Dienstag sind zwei Geistliche in Belarus begnadigt worden.", ("pardon",)),
    ("Der Staatschef hat am Dienstag vierzehn Häftlingen die Reststrafe erlassen.", ("pardon",)),
    ("Minsk hat am Dienstag zwölf Oppositionellen die restliche Haftstrafe erlassen.",
     ("pardon",)),
    ("Lukaschenko amnestierte am Montag 30 verurteilte Demonstranten.", ("pardon",)),
    ("Die Haftentlassung der drei Journalisten erfolgte am Freitag.", ("release",)),
    ("Die Behörden ließen die Bloggerin am Montag ziehen.", ("release",)),
    ("Die Sicherheitsbehörden ließen die drei Aktivisten am Montag nach Litauen ausreisen.",
     ("release",)),
    ("Der Iran hat am Sonntag einen französischen Staatsbürger nach drei Jahren Haft ausreisen "
     "lassen.", ("release",)),
    ("Die zwei Journalistinnen wurden am Donnerstag nach Polen abgeschoben, nachdem "
     "Lukaschenko sie begnadigt hatte.", ("release",)),
    ("Zwanzig litauische Staatsbürger, die Lukaschenko begnadigt hatte, wurden am Montag "
     "Litauen überstellt.", ("pardon", "release")),
    ("Die USA ließen am Freitag die Sanktionen gegen den Kalikonzern fallen.",
     ("sanctions_lifted",)),
    ("Washington will die Strafmaßnahmen gegen die staatliche Fluggesellschaft Belavia "
     "fallen lassen.", ("sanctions_lifted",)),
    ("Die EU verhängte am Montag Einreisesperren gegen zwölf Richter.", ("sanctions_imposed",)),
    ("Großbritannien belegte am Dienstag acht Reedereien mit Kontosperren.",
     ("sanctions_imposed",)),
    ("Die Unterhändler beider Länder setzten sich am Dienstag in Genf an einen Tisch.",
     ("talks",)),
    ("Die Delegationen der Ukraine und Russlands setzten am Freitag ihre Gespräche in "
     "Istanbul fort.", ("talks",)),
    ("Die Vertreter der USA und Russlands verhandeln seit Dienstag in Riad.", ("talks",)),
    ("Lukaschenko kam am Donnerstag mit dem US-Gesandten zu einer Unterredung zusammen.",
     ("talks",)),
    ("Menschenrechtler appellieren an Lukaschenko, alle politischen Gefangenen ohne "
     "Vorbedingungen auf freien Fuß zu setzen.", ("release",)),
    ("Der Oppositionelle kam am Samstag auf freien Fuß.", ("release",)),
    ("Das Regime hat am Donnerstag 52 Gefangene in die Freiheit entlassen.", ("release",)),
    ("Die drei Häftlinge erhielten am Montag ihre Freiheit zurück.", ("release",)),
    ("Die Regierung in Minsk setzte am Donnerstag 52 Gefangene frei.", ("release",)),
    ("Die Häftlinge wurden am Samstag in die Ukraine überstellt.", ("release",)),
    ("Lukaschenko unterzeichnete am Mittwoch ein Begnadigungsdekret für 16 Verurteilte.",
     ("pardon",)),
    ("Die USA gewährten am Donnerstag Ausnahmen von den Sanktionen gegen Belavia.",
     ("sanctions_eased",)),
    ("Die EU setzte am Montag 25 Personen auf die schwarze Liste.", ("sanctions_imposed",)),
    ("Washington strich die Fluggesellschaft am Dienstag von der schwarzen Liste.",
     ("sanctions_lifted",)),
    ("Washington nahm am Dienstag die Sanktionen gegen Belavia zurück.", ("sanctions_lifted",)),
    ("Trump und Lukaschenko tauschten sich am Freitag am Telefon aus.", ("talks",)),
    ("Die Außenminister Russlands und der USA berieten am Montag per Videokonferenz.",
     ("talks",)),
    ("Armenien und Aserbaidschan haben am Montag ihre Friedensverhandlungen in Washington "
     "fortgesetzt.", ("talks",)),
    ("Die Ukraine und Russland haben am Freitag ihre Gespräche in Istanbul "
     "wiederaufgenommen.", ("talks",)),
    ("Die Polizei ließ die drei Aktivisten am Abend wieder laufen.", ("release",)),
    ("Beim Gefangenentausch am Freitag kamen 90 Soldaten frei.", ("release",)),
    ("Washington kündigte am Donnerstag Sanktionserleichterungen für Belavia an.",
     ("sanctions_eased",)),
]

DUTCH = [
    ("Twee katholieke priesters zijn woensdag begenadigd.", ("pardon",)),
    ("De president schold dinsdag de reststraf van veertien gedetineerden kwijt.", ("pardon",)),
    ("De straf van twaalf opposanten werd maandag kwijtgescholden.", ("pardon",)),
    ("Het gratiebesluit voor 16 gevangenen werd woensdag ondertekend.", ("pardon",)),
    ("Minsk gaf dinsdag drie activisten hun vrijheid terug.", ("release",)),
    ("De journalist herwon woensdag na vier jaar zijn vrijheid.", ("release",)),
    ("De drie activisten werden maandag naar Litouwen uitgezet na hun vrijlating.",
     ("release",)),
    ("Twintig Litouwers die in Belarus vastzaten, zijn maandag na een gratiebesluit aan "
     "Vilnius overgedragen.", ("pardon", "release")),
    ("De VS hebben dinsdag drie Belarussische banken van de zwarte lijst geschrapt.",
     ("sanctions_lifted",)),
    ("Het ministerie heeft de bank maandag van de zwarte lijst gehaald.", ("sanctions_lifted",)),
    ("De EU heeft maandag twaalf rechters aan de sanctielijst toegevoegd.",
     ("sanctions_imposed",)),
    ("Londen trof dinsdag acht rederijen met sancties.", ("sanctions_imposed",)),
    ("Brussel treft twaalf rechters met inreisverboden en de bevriezing van hun tegoeden.",
     ("sanctions_imposed",)),
    ("De EU heeft maandag nieuwe strafmaatregelen afgekondigd tegen Belarus.",
     ("sanctions_imposed",)),
    ("De onderhandelaars van Oekraïne en Rusland zaten vrijdag in Istanbul opnieuw om de "
     "tafel.", ("talks",)),
    ("Amerikaanse en Russische diplomaten onderhandelen sinds dinsdag in Riyad.", ("talks",)),
    ("Trump en Poetin hadden dinsdag telefonisch contact.", ("talks",)),
    ("De Amerikaanse gezant en de Belarussische president zijn dinsdag in Minsk aan "
     "besprekingen begonnen.", ("talks",)),
    ("De gezant werd donderdag door Loekasjenko in Minsk ontvangen.", ("talks",)),
    ("Bij de uitwisseling keerden zaterdag 84 Oekraïense soldaten terug naar huis.",
     ("release",)),
    ("Mensenrechtenorganisaties dringen er bij Loekasjenko op aan dat hij alle politieke "
     "gevangenen zonder voorwaarden vrijlaat.", ("release",)),
    ("De oppositieleider kwam zaterdag op vrije voeten.", ("release",)),
    ("De activiste werd maandag uit het strafkamp vrijgelaten.", ("release",)),
    ("De gevangenen werden donderdag over de grens met Litouwen gezet.", ("release",)),
    ("Het regime heeft donderdag 52 politieke gevangenen de vrijheid geschonken.",
     ("release",)),
    ("De VS lieten vrijdag de sancties tegen de kaliproducent vallen.", ("sanctions_lifted",)),
    ("Washington wil de sancties tegen Belavia laten vallen.", ("sanctions_lifted",)),
    ("De ministers van Buitenlandse Zaken van Rusland en de VS overlegden maandag per "
     "videoconferentie.", ("talks",)),
    ("Loekasjenko tekende woensdag een gratiedecreet voor 16 veroordeelden.", ("pardon",)),
    ("De delegaties van Oekraïne en Rusland hebben vrijdag hun besprekingen in Istanbul "
     "hervat.", ("talks",)),
    ("Armenië en Azerbeidzjan hebben maandag hun vredesonderhandelingen in Washington "
     "voortgezet.", ("talks",)),
    ("Bij de krijgsgevangenenruil van vrijdag kwamen 90 soldaten vrij.", ("release",)),
    ("De uitwisseling van gevangenen vond vrijdag plaats aan de grens.", ("release",)),
    ("Vrijdag vond opnieuw een gevangenenwissel plaats tussen Rusland en Oekraïne.",
     ("release",)),
]

QUIET = [
    ("de", "Der Verein ließ ihn im Sommer ziehen."),
    ("de", "Der Trainer ließ den Stürmer Müller im Sommer nach München ziehen."),
    ("de", "Die Regierung hat neue Strafen für Raser erlassen."),
    ("de", "Der Minister will das Projekt fallen lassen."),
    ("de", "Die Bank hat die Gebühren fallen lassen."),
    ("de", "Die Gewerkschaft will die Gespräche mit dem Arbeitgeber fortsetzen."),
    ("de", "Der Stadtrat verhängte eine Ausgangssperre."),
    ("de", "Die Firma kündigte die Entlassung von 200 Mitarbeitern an."),
    ("de", "Das Justizdrama „Begnadigt“ läuft am Donnerstag in den Schweizer Kinos an."),
    ("de", "Die Schüler setzten sich am Montag an einen Tisch."),
    ("nl", "De club liet hem deze zomer gaan."),
    ("nl", "De bank schold de schulden van duizend klanten kwijt."),
    ("nl", "De gemeente heeft de boete kwijtgescholden."),
    ("nl", "De voetbalbond trof de club met een boete."),
    ("nl", "De storm trof het land met zware regen."),
    ("nl", "De vakbond zat dinsdag met de werkgevers om de tafel."),
    ("nl", "Het bedrijf werd van de beurs gehaald."),
    ("nl", "Het bedrijf gaf zijn klanten de vrijheid terug om te kiezen."),
    ("de", "Der Konzern setzte im vergangenen Jahr 200 Mitarbeiter frei."),
    ("de", "Bei der Reaktion wird viel Energie freigesetzt."),
    ("de", "Die Spieler tauschten sich nach dem Training aus."),
    ("de", "Der Händler setzte die Ware auf die schwarze Liste der Ladenhüter."),
    ("de", "Für Schüler gibt es Ausnahmen von den Regeln."),
    ("nl", "De tennisster liet de wedstrijd vallen."),
    ("nl", "De regering liet het plan vallen."),
    ("nl", "Het bedrijf zette zijn producten over de grens."),
    ("nl", "De vakbond wil de gesprekken met de werkgevers volgende week hervatten."),
    ("de", "Die Tarifparteien wollen ihre Verhandlungen am Montag fortsetzen."),
    ("de", "Die Tests laufen am Montag weiter."),
    ("de", "Der Austausch von Studenten findet jährlich statt."),
    ("de", "Die Freilassung von Treibhausgasen soll sinken."),
    ("de", "Die Erleichterung bei den Anlegern war groß."),
    ("nl", "De uitwisseling van studenten vindt jaarlijks plaats."),
]


@pytest.mark.parametrize(("sentence", "types"), GERMAN)
def test_german_sweep2(sentence: str, types: tuple[str, ...]) -> None:
    assert _types(sentence, "de") == types


@pytest.mark.parametrize(("sentence", "types"), DUTCH)
def test_dutch_sweep2(sentence: str, types: tuple[str, ...]) -> None:
    assert _types(sentence, "nl") == types


@pytest.mark.parametrize(("language", "sentence"), QUIET)
def test_other_senses_stay_quiet(language: str, sentence: str) -> None:
    assert _types(sentence, language) == ()


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # a demand governs its complement clause beyond the usual window
        ("Exilgruppen drängen den Machthaber, sämtliche noch inhaftierten Andersdenkenden "
         "ohne jede Bedingung auf freien Fuß zu setzen.", "de", [("release", None, "demanded")]),
        ("De Raad van Europa drong er opnieuw op aan dat het regime in Minsk alle politieke "
         "gevangenen onvoorwaardelijk vrijlaat.", "nl", [("release", None, "demanded")]),
        ("Menschenrechtsgruppen roepen Teheran op de drie Franse toeristen onmiddellijk vrij "
         "te laten.", "nl", [("release", 3, "demanded")]),
        # what talks were about is no event of its own
        ("Trump und Lukaschenko besprachen am Freitag die Freilassung von 1300 Häftlingen.",
         "de", []),
        # a modal verb's bracket: the infinitive at the clause end is expected
        ("Die Vereinigten Staaten wollen die Sanktionen gegen die belarussische Kaliindustrie "
         "in den kommenden Wochen aufheben.", "de", [("sanctions_lifted", None, "expected")]),
        ("De VS willen de sancties tegen de Belarussische kalisector in de komende weken "
         "opheffen.", "nl", [("sanctions_lifted", None, "expected")]),
        # "zou ... hebben vrijgelaten" reports (allegedly), it does not expect
        ("Volgens Washington zou Minsk woensdag vier gevangenen hebben vrijgelaten, onder wie "
         "een Litouwer.", "nl", [("release", 4, "reported")]),
        # a condition after a comma ("mocht Minsk ...") is expected
        ("De EU zou de sancties kunnen versoepelen, mocht Minsk nog meer gedetineerden de "
         "vrijheid teruggeven.", "nl",
         [("release", None, "expected"), ("sanctions_eased", None, "expected")]),
        # counts: remitted sentences, summed listings, entry bans
        ("De straf van 37 veroordeelde demonstranten werd maandag kwijtgescholden.", "nl",
         [("pardon", 37, "reported")]),
        ("Londen legt sancties op aan vier rederijen en zes kapiteins.", "nl",
         [("sanctions_imposed", 10, "reported")]),
        ("London verhängt Einreisesperren und Kontosperrungen gegen elf Mitglieder einer "
         "Hackergruppe.", "de", [("sanctions_imposed", 11, "reported")]),
    ],
)
def test_counts_and_modality(sentence: str, language: str, expected: list[tuple]) -> None:
    assert _rows(sentence, language) == expected
