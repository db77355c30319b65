"""Recall rules of Italian, Portuguese, Spanish and French, by construction: passives
with agreeing participles, reflexive and impersonal forms, pronouns written onto the
verb ("liberarli", "libertá-los"), elided articles ("l'émissaire"), nominalisations
with an announcement verb, support verbs of talks ("hanno avviato negoziati"),
additions to a sanctions list, singular and feminine people nouns, numeric dates.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from eventcases import SAT
from eventcases import found as _found

from toolkit.events import events_from_text
from toolkit.events.lemmas import lemma_of, tokens


@pytest.mark.parametrize(
    ("language", "word", "lemma"),
    [
        ("it", "liberarli", "liberare"),
        ("it", "scarcerandole", "scarcerare"),
        ("es", "liberarlos", "liberar"),
        ("es", "excarcelándolos", "excarcelar"),
        ("pt", "libertá-los", "libertar"),
        ("pt", "reuniram-se", "reunir"),
        ("pt", "soltou-os", "soltar"),
    ],
)
def test_enclitic_pronouns_are_read_off(language: str, word: str, lemma: str) -> None:
    assert lemma_of(word, language) == lemma


def test_elided_article_is_a_word_of_its_own() -> None:
    forms = [t[2] for t in tokens("Ha ricevuto l'inviato dell'Onu.", "it")]
    assert forms == ["ha", "ricevuto", "l'", "inviato", "dell'", "onu"]
    forms = [t[2] for t in tokens("Il a reçu l’émissaire.", "fr")]
    assert forms == ["il", "a", "reçu", "l’", "émissaire"]
    # a language without elisions keeps the apostrophe inside its words
    assert [t[2] for t in tokens("п'ять в'язнів", "uk")] == ["п'ять", "в'язнів"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # passive with a feminine plural participle and a feminine people noun
        ("Sono state liberate ieri tre attiviste.",
         [("release", "2025-12-12", 3, "reported", None)]),
        # a singular person freed, named by her occupation
        ("La reporter, arrestata a novembre, è stata rilasciata ieri dalle autorità iraniane.",
         [("release", "2025-12-12", None, "reported", "Iran")]),
        ("Mercoledì è stato firmato un indulto per 200 detenuti.",
         [("pardon", "2025-12-10", 200, "reported", None)]),
        # the passive of imporre ("imposte" is also a noun, taxes)
        ("Nuove sanzioni sono state imposte lunedì contro l'Iran.",
         [("sanctions_imposed", "2025-12-08", None, "reported", None)]),
        ("Il 3/9 sono stati liberati 52 prigionieri.",
         [("release", "2025-09-03", 52, "reported", None)]),
        ("Il 14.10.2025 il regime ha scarcerato 12 oppositori.",
         [("release", "2025-10-14", 12, "reported", None)]),
        # support verbs of talks
        ("Le delegazioni di Francia e Germania hanno avviato trattative a Ginevra.",
         [("talks", "2025-12-13", None, "reported", "France/Germany")]),
        ("I ministri di Armenia e Azerbaigian hanno tenuto colloqui martedì.",
         [("talks", "2025-12-09", None, "reported", "Armenia/Azerbaijan")]),
        ("Il Consiglio ha inserito 19 persone nella lista delle sanzioni contro l'Iran.",
         [("sanctions_imposed", "2025-12-13", 19, "reported", None)]),
        ("Giovedì il governo ha annunciato la revoca delle sanzioni sul grano.",
         [("sanctions_lifted", "2025-12-11", None, "reported", None)]),
    ],
)
def test_italian(sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, "it") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A jornalista foi libertada ontem pelas autoridades iranianas.",
         [("release", "2025-12-12", None, "reported", "Iran")]),
        ("As sanções foram aliviadas na terça-feira passada.",
         [("sanctions_eased", "2025-12-09", None, "reported", None)]),
        ("Novas sanções foram impostas na segunda-feira contra o Irão.",
         [("sanctions_imposed", "2025-12-08", None, "reported", None)]),
        ("No dia 3/9 foram libertados 52 presos.",
         [("release", "2025-09-03", 52, "reported", None)]),
        ("Chile e Peru reuniram-se ontem em Lima.",
         [("talks", "2025-12-12", None, "reported", "Chile/Peru")]),
        ("O Conselho acrescentou 12 pessoas e três entidades à lista de sanções.",
         [("sanctions_imposed", "2025-12-13", 15, "reported", None)]),
        # a participle saying when the people were arrested is no "still held"
        ("Cerca de vinte estudantes detidos no domingo foram soltos ontem.",
         [("release", "2025-12-12", 20, "reported", None)]),
    ],
)
def test_portuguese(sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, "pt") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("La periodista fue liberada ayer por las autoridades iraníes.",
         [("release", "2025-12-12", None, "reported", "Iran")]),
        ("El 3/9 fueron liberados 52 presos.",
         [("release", "2025-09-03", 52, "reported", None)]),
        ("El Consejo añadió 11 personas a la lista de sanciones contra Irán.",
         [("sanctions_imposed", "2025-12-13", 11, "reported", None)]),
        ("Cerca de cuarenta manifestantes detenidos el domingo fueron excarcelados ayer.",
         [("release", "2025-12-12", 40, "reported", None)]),
    ],
)
def test_spanish(sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, "es") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "grâce à" is "thanks to", but not after a determiner: "a accordé sa grâce à"
        ("Le président a accordé sa grâce à 30 prisonniers vendredi.",
         [("pardon", "2025-12-12", 30, "reported", None)]),
        # a passive "levées" far from its noun
        ("Les sanctions contre la compagnie ont été levées jeudi.",
         [("sanctions_lifted", "2025-12-11", None, "reported", None)]),
        ("Les ministres russe et ukrainien se sont entretenus mardi au téléphone.",
         [("talks", "2025-12-09", None, "reported", "Russia/Ukraine")]),
        # elided article before the cue: "l'émissaire"
        ("Mercredi, le président a reçu l'émissaire américain.",
         [("talks", "2025-12-10", None, "reported", "US")]),
        ("Le Salvador a rendu à Caracas 252 migrants vénézuéliens.",
         [("release", "2025-12-13", 252, "reported", "El Salvador")]),
        ("Washington a annoncé mardi la levée des sanctions sur le cuivre.",
         [("sanctions_lifted", "2025-12-09", None, "reported", "US")]),
        ("Le 3/9, 52 prisonniers ont été libérés.",
         [("release", "2025-09-03", 52, "reported", None)]),
    ],
)
def test_french(sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, "fr") == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a grant of pardon by a support verb, with the people named by a noun
        ("it", "Il condannato ha ottenuto la grazia mercoledì.",
         [("pardon", "2025-12-10", None, "reported", None)]),
        ("es", "El presidente concedió el indulto a 14 reos el martes.",
         [("pardon", "2025-12-09", 14, "reported", None)]),
        # "deny that": the denial reaches into the clause it governs
        ("pt", "O governo negou que esteja prevista a libertação de 40 presos.",
         [("release", None, 40, "denied", None)]),
        ("es", "El ministerio negó que se prepare la liberación de 40 presos.",
         [("release", None, 40, "denied", None)]),
        # announcing sanctions against someone imposes them
        ("pt", "O Canadá anunciou sanções contra 20 funcionários na quinta-feira.",
         [("sanctions_imposed", "2025-12-11", 20, "reported", "Canada")]),
        ("fr", "Le Japon a annoncé jeudi des sanctions contre 20 responsables.",
         [("sanctions_imposed", "2025-12-11", 20, "reported", "Japan")]),
        # words between the verb and the list
        ("it", "Il Tesoro ha rimosso ieri la società mineraria ucraina dall'elenco SDN.",
         [("sanctions_eased", "2025-12-12", None, "reported", None)]),
        ("es", "El opositor salió ayer de la cárcel junto a 9 presos.",
         [("release", "2025-12-12", 9, "reported", None)]),
        # regaining freedom, leaving prison, commuting sentences, extending sanctions
        ("es", "Ayer 14 presos políticos recuperaron la libertad.",
         [("release", "2025-12-12", 14, "reported", None)]),
        ("fr", "Mardi, 20 opposants ont retrouvé la liberté.",
         [("release", "2025-12-09", 20, "reported", None)]),
        ("it", "I 12 attivisti hanno lasciato il carcere giovedì.",
         [("release", "2025-12-11", 12, "reported", None)]),
        ("fr", "Le président a commué jeudi la peine de 30 détenus.",
         [("pardon", "2025-12-11", 30, "reported", None)]),
        ("it", "L'UE ha prorogato lunedì le sanzioni contro la Russia.",
         [("sanctions_imposed", "2025-12-08", None, "reported", "EU")]),
        ("fr", "Les États-Unis ont frappé de sanctions mardi deux compagnies russes.",
         [("sanctions_imposed", "2025-12-09", None, "reported", "US")]),
        ("es", "Trump mantuvo una llamada telefónica con Putin el martes.",
         [("talks", "2025-12-09", None, "reported", "US/Russia")]),
        ("es", "El gobierno liberó anoche a 25 presos.",
         [("release", "2025-12-12", 25, "reported", None)]),
        # "ruled out that": a denial reaching into its clause
        ("it", "Il portavoce ha escluso che le sanzioni vengano revocate a breve.",
         [("sanctions_lifted", None, None, "denied", None)]),
        ("fr", "Le porte-parole a exclu que les sanctions soient levées rapidement.",
         [("sanctions_lifted", None, None, "denied", None)]),
        # a meeting "planned" is expected, not held
        ("es", "Tras la reunión prevista para el domingo entre Chile y Perú se firmará el acuerdo.",
         [("talks", "2025-12-14", None, "expected", "Chile/Peru")]),
        # a participle after its noun names sanctions in force ("entidades sancionadas"):
        # only the easing is new
        ("pt", "Washington retirou a Belavia da lista de entidades sancionadas na terça-feira.",
         [("sanctions_eased", "2025-12-09", None, "reported", "US")]),
        ("fr", "Deux juges ont été sanctionnés lundi par Washington.",
         [("sanctions_imposed", "2025-12-08", 2, "reported", "US")]),
        # a waiver of sanctions eases them
        ("it", "Martedì il Tesoro ha concesso una deroga alle sanzioni per il potassio.",
         [("sanctions_eased", "2025-12-09", None, "reported", None)]),
        ("es", "El Tesoro concedió el martes una exención de las sanciones a la aerolínea.",
         [("sanctions_eased", "2025-12-09", None, "reported", None)]),
        # "did not get to be freed"
        ("pt", "O opositor não chegou a ser libertado: recusou-se a sair do país.",
         [("release", None, None, "denied", None)]),
    ],
)
def test_more_constructions(language: str, sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Salgono così a 210 i detenuti scarcerati da luglio."),
        ("it", "Dal marzo 2025 oltre 300 detenuti sono tornati in libertà."),
        ("es", "Ya son 150 los presos excarcelados desde enero."),
    ],
)
def test_running_totals_are_cumulative(language: str, sentence: str) -> None:
    rows = events_from_text(sentence, SAT, language)
    assert rows and all(r["cumulative"] for r in rows)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Grâce à la pluie, la récolte a été bonne."),
        ("it", "Il sindaco ha detto che l'incontro con i tifosi è rinviato."),
        ("it", "Ha deciso di revocare la tassa sui rifiuti."),
        ("es", "Añadió tres canciones a la lista de reproducción."),
        ("pt", "O imposto sobre combustíveis subiu ontem."),
        ("es", "El rey sancionó ayer la ley de presupuestos."),
        ("it", "La banca ha sbloccato ieri i fondi del mutuo."),
        ("it", "Le 25 persone sanzionate venerdì restano nella lista."),
    ],
)
def test_quiet_on_other_senses(language: str, sentence: str) -> None:
    assert _found(sentence, language) == []
