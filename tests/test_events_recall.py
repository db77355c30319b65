"""Recall rules that hold in any text of a language: separable verbs read with their
clause-final particle (German, Dutch; the particles are data), head-final compounds as
count nouns and cues, subjects with an article, and the owner of a sanctioned firm.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from eventcases import SAT
from eventcases import found as _found

from toolkit.events import events_from_text
from toolkit.events.lemmas import compile_lemma_triggers, find_lemma_triggers


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # main clause: the particle stands at the clause end, before punctuation or "und"
        ("Minsk ließ am Mittwoch 31 Regimegegner frei.",
         [("release", "2025-12-10", 31, "reported", "Belarus")]),
        ("Am Dienstag kamen in Baku elf Oppositionelle frei.",
         [("release", "2025-12-09", 11, "reported", None)]),
        ("Belarus ließ am Montag 19 Häftlinge frei und brachte sie an die Grenze.",
         [("release", "2025-12-08", 19, "reported", "Belarus")]),
        ("Moskau und Kiew tauschten am Freitag jeweils 95 Kriegsgefangene aus.",
         [("release", "2025-12-12", 95, "reported", "Russia")]),
        ("Die USA hoben am Donnerstag die Strafmaßnahmen gegen den Kalikonzern auf.",
         [("sanctions_lifted", "2025-12-11", None, "reported", "US")]),
        ("Die EU weitete am Montag ihre Sanktionen gegen Iran aus.",
         [("sanctions_imposed", "2025-12-08", None, "reported", "EU")]),
        ("Washington setzte am Freitag einen Teil der Strafmaßnahmen gegen Minsk aus.",
         [("sanctions_eased", "2025-12-12", None, "reported", "US")]),
        ("Die Außenminister Armeniens und Aserbaidschans kamen am Montag in Genf zusammen.",
         [("talks", "2025-12-08", None, "reported", "Armenia/Azerbaijan")]),
        # subordinate clause: the particle is written on ("freiließen"); zu-infinitive
        ("Zeugen sagten, dass die Behörden am Mittwoch 23 Studenten freiließen.",
         [("release", "2025-12-10", 23, "reported", None)]),
        ("Die EU fordert Minsk auf, alle politischen Gefangenen freizulassen.",
         [("release", None, None, "demanded", "Belarus")]),
    ],
)
def test_german_separable_verbs(sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, "de") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Minister hob am Freitag die Hand auf.",  # "aufheben" with no sanctions near
        "Die Polizei ließ die Zuschauer am Samstag frei passieren.",  # "frei" not clause-final
        "Das Werk nahm am Montag die Produktion wieder auf.",
        "Die freigelassenen Häftlinge erreichten am Freitag Vilnius.",  # attributive: points back
        "Das Jobcenter verhängte am Montag Sanktionen gegen 300 Leistungsbezieher.",
    ],
)
def test_german_other_senses_give_no_event(sentence: str) -> None:
    assert _found(sentence, "de") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # head-final compounds: the head is the count noun or the cue
        ("Die Behörden haben am Freitag 40 Regierungskritikerinnen freigelassen.",
         [("release", "2025-12-12", 40, "reported", None)]),
        ("Venezuela hat am Donnerstag sechs US-Bürger freigelassen.",
         [("release", "2025-12-11", 6, "reported", "Venezuela")]),
        ("Großbritannien verhängte am Donnerstag Strafmaßnahmen gegen 12 Personen.",
         [("sanctions_imposed", "2025-12-11", 12, "reported", "UK")]),
        ("Die Schweiz übernahm am Mittwoch die jüngsten EU-Sanktionen gegen Russland.",
         [("sanctions_imposed", "2025-12-10", None, "reported", "Switzerland")]),
        ("Am Freitag begannen in Istanbul Friedensgespräche zwischen Russland und der Ukraine.",
         [("talks", "2025-12-12", None, "reported", "Russia/Ukraine")]),
        # an article with a capitalised noun is a subject or object, not a reference back
        ("Die Junta hat am Montag die Journalistin aus der Haft entlassen.",
         [("release", "2025-12-08", None, "reported", None)]),
        ("Die USA lockerten am Donnerstag die Sanktionen gegen die Staatsbank.",
         [("sanctions_eased", "2025-12-11", None, "reported", "US")]),
        ("Die Sanktionen gegen den Kalikonzern wurden am Dienstag aufgehoben.",
         [("sanctions_lifted", "2025-12-09", None, "reported", None)]),
    ],
)
def test_german_compounds_and_subjects(sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The US lifted sanctions on Syria's central bank on Friday.",
         [("sanctions_lifted", "2025-12-12", None, "reported", "US")]),
        ("The government freed 14 protesters on Monday.",
         [("release", "2025-12-08", 14, "reported", None)]),
        ("The authorities released 30 detainees on Wednesday.",
         [("release", "2025-12-10", 30, "reported", None)]),
    ],
)
def test_a_subject_with_an_article_is_not_a_reference_back(sentence: str,
                                                          expected: list[tuple]) -> None:
    assert _found(sentence, "en") == expected


def test_the_released_still_point_back() -> None:
    assert _found("The released prisoners crossed into Lithuania on Friday.", "en") == []


@pytest.mark.parametrize(
    ("language", "sentence", "actor"),
    [
        # the owner of the sanctioned firm is the target's country, not who acted
        ("en", "The Treasury on Tuesday removed Belarus' state airline Belavia from the "
               "sanctions list.", "US"),
        ("en", "On Friday Washington eased sanctions on Belarus's potash giant Belaruskali.",
         "US"),
        ("en", "The EU on Monday listed nine companies in Iran under its restrictive measures.",
         "EU"),
        ("de", "Die USA strichen am Dienstag Belarus' staatliche Fluggesellschaft Belavia "
               "von der Sanktionsliste.", "US"),
        # a sanctioned firm is a target, whatever its country
        ("de", "Das US-Finanzministerium hat Belavia am Dienstag von der Sanktionsliste "
               "gestrichen.", "US"),
        ("it", "Il Tesoro americano ha rimosso martedì la compagnia Belavia dalla lista SDN.", "US"),
    ],
)
def test_the_owner_of_a_sanctioned_firm_is_no_actor(language: str, sentence: str,
                                                    actor: str) -> None:
    rows = events_from_text(sentence, SAT, language)
    assert [r["actor"] for r in rows if r["event_type"].startswith("sanctions")] == [actor]


def test_separable_particles_are_data() -> None:
    index = compile_lemma_triggers(
        [{"type": "release", "form": "verb", "lemmas": ["freilassen"]}], ["frei"], "zu")
    particles = frozenset({"frei"})
    assert find_lemma_triggers("Sie ließen ihn frei.", "de", index, particles)
    assert find_lemma_triggers("Sie planen, ihn freizulassen.", "de", index, particles)
    # without the language's particles the parts are not joined
    assert not find_lemma_triggers("Sie ließen ihn frei.", "de", index)
    # a particle inside its clause is a word of its own ("frei passieren")
    assert not find_lemma_triggers("Sie ließen ihn frei passieren.", "de", index, particles)


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a negation between the verb and its particle denies the event
        ("de", "Minsk ließ die inhaftierten Journalisten am Freitag nicht frei.",
         [("release", None, None, "denied", "Belarus")]),
        ("nl", "Minsk liet de opgesloten journalisten vrijdag niet vrij.",
         [("release", None, None, "denied", "Belarus")]),
        # Dutch separable verbs and compound cues
        ("nl", "Minsk liet woensdag negen oppositieactivisten vrij.",
         [("release", "2025-12-10", 9, "reported", "Belarus")]),
        ("nl", "Daarna versoepelden de Verenigde Staten dinsdag een deel van de sancties "
               "tegen de staatsbank.",
         [("sanctions_eased", "2025-12-09", None, "reported", "US")]),
        ("nl", "Russische en Oekraïense onderhandelaars voerden maandag in Istanbul lange "
               "gesprekken.",
         [("talks", "2025-12-08", None, "reported", "Russia/Ukraine")]),
        # a film plot is no event
        ("nl", "In de film wordt een Duitse journalist na jaren in een strafkamp vrijgelaten.",
         []),
        ("de", "Im Film wird am Ende ein Journalist aus dem Straflager entlassen.", []),
    ],
)
def test_negation_dutch_and_plots(language: str, sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # Croatian tens and units joined by "i" are one number (number_joiners.txt)
        ("hr", "Vlada je u srijedu oslobodila četrdeset i pet zatvorenika.",
         [("release", "2025-12-10", 45, "reported", None)]),
        ("hr", "Srbija i Kosovo u srijedu su razmijenile po 20 zatvorenika.",
         [("release", "2025-12-10", 20, "reported", "Serbia")]),
        ("hr", "EU je pozvala Minsk da oslobodi sve zatočene novinare.",
         [("release", None, None, "demanded", "Belarus")]),
        ("hr", "Ministarstvo financija SAD-a u ponedjeljak je skinulo tvrtku s popisa "
               "sankcioniranih subjekata.",
         [("sanctions_lifted", "2025-12-08", None, "reported", "US")]),
        # Slovak: present "rušia", the adjective "sankčný režim", passive pardon,
        # "dostať sa na slobodu", removal from the list, coming into force
        ("sk", "Vláda v stredu podpísala nariadenie, ktorým sa rušia sankcie voči Kube.",
         [("sanctions_lifted", "2025-12-10", None, "reported", None)]),
        ("sk", "Rada EÚ v utorok rozšírila sankčný režim voči Iránu.",
         [("sanctions_imposed", "2025-12-09", None, "reported", "EU")]),
        ("sk", "Na slobodu sa v piatok dostalo deväť väzňov.",
         [("release", "2025-12-12", 9, "reported", None)]),
        # removal from a sanctions list is sanctions_lifted (the project's convention, as in
        # the reference table data/reference/belarus_events.csv: Belavia off the SDN list)
        ("sk", "Ministerstvo financií USA v stredu vyradilo banku zo zoznamu "
               "sankcionovaných subjektov.",
         [("sanctions_lifted", "2025-12-10", None, "reported", "US")]),
        ("sk", "Vo štvrtok vstúpili do platnosti nové sankcie voči Rusku.",
         [("sanctions_imposed", "2025-12-11", None, "reported", None)]),
    ],
)
def test_croatian_and_slovak(language: str, sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a removal from the list reads as lifted, as the Slovenian practice cases have it
        ("sl", "ZDA so v sredo s seznama sankcij črtale banko.",
         [("sanctions_lifted", "2025-12-10", None, "reported", "US")]),
        ("sl", "V torek so začele veljati nove sankcije EU proti Rusiji.",
         [("sanctions_imposed", "2025-12-09", None, "reported", "EU")]),
        ("sl", "Nemčija je Rusijo pozvala, naj izpusti dva novinarja.",
         [("release", None, 2, "demanded", "Russia")]),
        ("be", "Санкцыі ЕС супраць Расіі ў аўторак уступілі ў сілу.",
         [("sanctions_imposed", "2025-12-09", None, "reported", "EU")]),
        ("be", "Учора былі памілаваныя дзевяць чалавек.",
         [("pardon", "2025-12-12", 9, "reported", None)]),
        ("be", "ЗША санкцыі змякчылі ў пятніцу.",
         [("sanctions_eased", "2025-12-12", None, "reported", "US")]),
        ("cs", "Prezident v pátek udělil u příležitosti svátku milost 40 vězňům.",
         [("pardon", "2025-12-12", 40, "reported", None)]),
    ],
)
def test_slovenian_belarusian_czech(language: str, sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Portuguese: a bare "a" before a country is its article (the preposition before
        # an article is "à", "ao"), so the country is the subject
        ("A China libertou ontem o jornalista americano John Smith.",
         [("release", "2025-12-12", None, "reported", "China")]),
        ("Ontem, a Ucrânia entregou 20 prisioneiros à Rússia.",
         [("release", "2025-12-12", 20, "reported", "Ukraine")]),
        ("Os EUA impuseram ontem sanções a Cuba.",
         [("sanctions_imposed", "2025-12-12", None, "reported", "US")]),
    ],
)
def test_portuguese_article_before_a_country(sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, "pt") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the dictionary keeps "levé" and "lève": listed as written
        ("Les États-Unis ont levé lundi les sanctions sur la banque.",
         [("sanctions_lifted", "2025-12-08", None, "reported", "US")]),
        ("Le Canada lève mardi ses sanctions contre la Syrie.",
         [("sanctions_lifted", "2025-12-09", None, "reported", "Canada")]),
        # nationality nouns count the people freed
        ("Téhéran a libéré lundi deux Français.",
         [("release", "2025-12-08", 2, "reported", "Iran")]),
        ("Moscou a libéré jeudi trois Américaines.",
         [("release", "2025-12-11", 3, "reported", "Russia")]),
    ],
)
def test_french_lifting_and_nationality_nouns(sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, "fr") == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # passive participles the dictionary keeps as they are
        ("it", "Ieri sono state tolte le sanzioni contro la banca.",
         [("sanctions_lifted", "2025-12-12", None, "reported", None)]),
        ("pt", "As sanções contra o banco foram levantadas ontem.",
         [("sanctions_lifted", "2025-12-12", None, "reported", None)]),
    ],
)
def test_passive_participles_as_written(language: str, sentence: str,
                                        expected: list[tuple]) -> None:
    assert _found(sentence, language) == expected
