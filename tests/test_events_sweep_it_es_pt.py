"""Vocabulary and construction sweep of Italian, Spanish and Portuguese (pt-BR and
pt-PT): handovers across a border ("sono stati consegnati all'Ucraina", "fueron
trasladados a Lituania y 114, a Ucrania"), a second count with its own date
("veinte el 28 de diciembre y veintitrés el 18 de enero"), demands with a
subjunctive or infinitive clause ("exigimos ... que pongan en libertad", "apela ...
para que liberte"), the Brazilian day number after a weekday ("na segunda-feira
(5)"), additions to "the list", "lasciato andare", "dejar salir del país",
passives of extending sanctions, and look-alikes that must stay quiet.

Every sentence here was written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import found, stated

from toolkit.events import events_from_text


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # passives, reflexives and nominalisations of the core vocabulary
        ("it", "Sono stati scarcerati sabato 20 oppositori.",
         [("release", "2025-12-13", 20, "reported", None)]),
        ("it", "Giovedì 12 attivisti sono stati rimessi in libertà.",
         [("release", "2025-12-11", 12, "reported", None)]),
        ("it", "Sono stati graziati 37 detenuti martedì.",
         [("pardon", "2025-12-09", 37, "reported", None)]),
        ("it", "Il regime ha lasciato andare 18 detenuti mercoledì.",
         [("release", "2025-12-10", 18, "reported", None)]),
        ("it", "Il regime ha lasciato uscire dal paese 14 detenuti sabato.",
         [("release", "2025-12-13", 14, "reported", None)]),
        ("it", "Le sanzioni contro la compagnia aerea sono state tolte ieri.",
         [("sanctions_lifted", "2025-12-12", None, "reported", None)]),
        ("es", "Han sido excarcelados 14 presos políticos este sábado.",
         [("release", "2025-12-13", 14, "reported", None)]),
        ("es", "El miércoles fueron puestos en libertad 18 detenidos.",
         [("release", "2025-12-10", 18, "reported", None)]),
        ("es", "Lukashenko ha indultado a 16 personas este viernes.",
         [("pardon", "2025-12-12", 16, "reported", "Belarus")]),
        ("es", "El régimen dejó salir del país a 14 presos el sábado.",
         [("release", "2025-12-13", 14, "reported", None)]),
        ("es", "EE.UU. anunció el alivio de sanciones a Minsk el lunes.",
         [("sanctions_eased", "2025-12-08", None, "reported", None)]),
        ("pt", "Foram soltos no sábado 18 presos.",
         [("release", "2025-12-13", 18, "reported", None)]),
        ("pt", "Lukashenko concedeu indulto a 30 presos na sexta-feira.",
         [("pardon", "2025-12-12", 30, "reported", "Belarus")]),
        ("pt", "O regime deixou sair do país 14 presos no sábado.",
         [("release", "2025-12-13", 14, "reported", None)]),
        ("pt", "A flexibilização das sanções foi anunciada na terça-feira.",
         [("sanctions_eased", "2025-12-09", None, "reported", None)]),
        # participles of extending sanctions (pt-PT "económicas", pt-BR "econômicas")
        ("pt", "As sanções foram prorrogadas até fevereiro.",
         [("sanctions_imposed", "2025-12-13", None, "reported", None)]),
        ("pt", "A UE decidiu prorrogar por seis meses as sanções económicas contra a Rússia.",
         [("sanctions_imposed", "2025-12-13", None, "reported", "EU")]),
        ("pt", "A UE decidiu prorrogar por seis meses as sanções econômicas contra a Rússia.",
         [("sanctions_imposed", "2025-12-13", None, "reported", "EU")]),
        # extending, licensing, going free, crossing the border
        ("it", "Le misure restrittive sono state prolungate fino a febbraio.",
         [("sanctions_imposed", "2025-02-01", None, "reported", None)]),
        ("it", "Washington ha cancellato le sanzioni contro Belavia.",
         [("sanctions_lifted", "2025-12-13", None, "reported", "US")]),
        ("it", "Il cooperante italiano è tornato libero sabato.",
         [("release", "2025-12-13", None, "reported", None)]),
        ("it", "I 52 detenuti hanno varcato il confine lituano sabato.",
         [("release", "2025-12-13", 52, "reported", None)]),
        ("es", "La UE prolongó seis meses las sanciones contra Rusia.",
         [("sanctions_imposed", "2025-12-13", None, "reported", "EU")]),
        ("es", "Los 52 presos cruzaron la frontera lituana el sábado.",
         [("release", "2025-12-13", 52, "reported", None)]),
        ("pt", "O Conselho adoptou o 18.º pacote de sanções contra a Rússia.",
         [("sanctions_imposed", "2025-12-13", None, "reported", "Russia")]),
        ("pt", "Dez presos ficaram livres no sábado.",
         [("release", "2025-12-13", 10, "reported", None)]),
    ],
)
def test_core_vocabulary(language: str, sentence: str, expected: list[tuple]) -> None:
    assert found(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # prisoners handed over or taken across a border: a release
        ("it", "Ieri 114 detenuti sono stati consegnati all'Ucraina.",
         [("release", 114, "2025-12-12")]),
        ("it", "Nove prigionieri sono stati accompagnati oltre il confine con la Lituania.",
         [("release", 9, None)]),
        ("es", "Lukashenko indultó el sábado a 123 reclusos; nueve de ellos fueron "
               "trasladados a Lituania y 114, a Ucrania.",
         [("pardon", 123, "2025-12-13"), ("release", 114, "2025-12-13"),
          ("release", 9, "2025-12-13")]),
        ("pt", "Os 31 presos foram entregues à Ucrânia no sábado.",
         [("release", 31, "2025-12-13")]),
        ("pt", "Doze detidos foram levados para a Lituânia na sexta-feira.",
         [("release", 12, "2025-12-12")]),
        # a second count with its own date is a second event
        ("es", "Lukashenko indultó a veinte personas el pasado 28 de noviembre y a "
               "veintitrés el 3 de diciembre.",
         [("pardon", 20, "2025-11-28"), ("pardon", 23, "2025-12-03")]),
        ("pt", "Lukashenko indultou 20 pessoas em 28 de novembro e 23 em 3 de dezembro.",
         [("pardon", 20, "2025-11-28"), ("pardon", 23, "2025-12-03")]),
        # someone named "and two others": three
        ("es", "Celebramos la liberación, ayer viernes, del periodista Andréi Kuznechyk "
               "y de otras dos personas.",
         [("release", 3, "2025-12-12")]),
        # the Brazilian day number after the weekday
        ("pt", "Na segunda-feira (1º), a União Europeia impôs sanções a 28 funcionários.",
         [("sanctions_imposed", 28, "2025-12-01")]),
        ("pt", "Na segunda-feira (1), a União Europeia impôs sanções a 28 funcionários.",
         [("sanctions_imposed", 28, "2025-12-01")]),
        ("pt", "Na sexta-feira passada (5), o Tesouro incluiu 19 pessoas e 14 empresas do "
               "setor de defesa e de transporte aéreo de carga na sua lista de sancionados.",
         [("sanctions_imposed", 33, "2025-12-05")]),
        # additions to "the list" (of sanctions, named earlier)
        ("pt", "Em agosto de 2024, o Conselho tinha já acrescentado 28 pessoas à lista.",
         [("sanctions_imposed", 28, "2024-08-01")]),
        ("it", "A novembre il Consiglio aveva già aggiunto 28 persone alla lista.",
         [("sanctions_imposed", 28, "2025-11-01")]),
        ("es", "En noviembre, el Consejo ya había añadido 28 personas a la lista.",
         [("sanctions_imposed", 28, "2025-11-01")]),
    ],
)
def test_constructions(language: str, sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "event_type"),
    [
        ("es", "Exigimos a las autoridades de Minsk que pongan en libertad a todos los "
               "presos políticos.", "release"),
        ("es", "Pedimos a la Unión Europea que incluya en su lista de sancionados a los "
               "jueces responsables.", "sanctions_imposed"),
        ("pt", "O Conselho apela uma vez mais ao regime de Lukashenko para que liberte "
               "todos os presos políticos.", "release"),
        ("pt", "Tikhanovskaia apelou às autoridades de Minsk para que libertem os presos "
               "políticos.", "release"),
        ("it", "Varsavia chiede alle autorità di Minsk di liberare il giornalista "
               "Andrzej Poczobut.", "release"),
    ],
)
def test_demands_with_a_clause(language: str, sentence: str, event_type: str) -> None:
    rows = events_from_text(sentence, pd.Timestamp("2025-12-13", tz="UTC"), language)
    assert [(r["event_type"], r["modality"]) for r in rows] == [(event_type, "demanded")]
    assert all(pd.isna(r["date"]) for r in rows)  # a demand states no day of its own


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Il medico ha aggiunto 3 persone alla lista d'attesa."),
        ("it", "Il calciatore è tornato libero di scegliere la nuova squadra sabato."),
        ("es", "El acusado quedó libre de cargos el sábado."),
        ("pt", "O jogador ficou livre no mercado no sábado."),
        ("it", "Il governo ha lasciato partire dal paese 200 turisti."),
        ("it", "La Russia ha rilasciato un comunicato sabato."),
        ("it", "Il club è stato sanzionato con due giornate a porte chiuse."),
        ("es", "Los pacientes fueron trasladados a otras clínicas de la zona."),
        ("es", "El Gobierno liberará 40 millones de pesos."),
        ("es", "Horas después, el sindicato pidió que las instalaciones sean revisadas."),
        ("pt", "Os pacientes foram levados para o hospital regional."),
        ("pt", "O partido acrescentou 5 pessoas à lista de candidatos."),
        ("pt", "A banda lançou o novo álbum na sexta-feira."),
    ],
)
def test_look_alikes_stay_quiet(language: str, sentence: str) -> None:
    assert found(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "A giugno era uscito dal carcere anche Siarhei Tsikhanouski, insieme ad altri 13 "
               "detenuti, e a settembre erano state rimesse in libertà altre 52 persone."),
        ("es", "En junio salió de la cárcel Siarhei Tsikhanouski, junto a otros 13 presos, y en "
               "septiembre fueron excarceladas otras 52 personas."),
        ("pt", "Em junho saiu da prisão Siarhei Tsikhanouski, juntamente com outros 13 presos, e "
               "em setembro foram libertadas outras 52 pessoas."),
    ],
)
def test_a_new_dated_clause_keeps_the_count_before_it(language: str, sentence: str) -> None:
    # "X with 13 others, and in September 52 more": 14 in June, 52 in September
    assert stated(sentence, language) == [("release", 14, "2025-06-01"),
                                          ("release", 52, "2025-09-01")]


@pytest.mark.parametrize(
    ("language", "sentence", "count", "qualifier"),
    [
        ("it", "Sabato sono stati liberati mezzo centinaio di detenuti.", 50, "about"),
        ("es", "El sábado fueron liberados más de medio centenar de presos.", 50, "more_than"),
        ("es", "El sábado fueron indultados una quincena de presos.", 15, "about"),
        ("pt", "No sábado foram libertados cerca de duas dezenas de presos.", 20, "about"),
        ("pt", "No sábado foram libertados mais de meia centena de presos.", 50, "more_than"),
    ],
)
def test_quantity_phrases(language: str, sentence: str, count: int, qualifier: str) -> None:
    rows = events_from_text(sentence, pd.Timestamp("2025-12-13", tz="UTC"), language)
    assert [(r["count"], r["count_qualifier"]) for r in rows] == [(count, qualifier)]


@pytest.mark.parametrize(
    ("language", "sentence", "modality"),
    [
        ("it", "Il dissidente è uscito dal penitenziario giovedì.", "reported"),
        ("pt", "O opositor deixou o presídio na quinta-feira.", "reported"),
        ("it", "Il governo ha negato di aver liberato detenuti.", "denied"),
    ],
)
def test_more_prisons_and_a_denial(language: str, sentence: str, modality: str) -> None:
    rows = events_from_text(sentence, pd.Timestamp("2025-12-13", tz="UTC"), language)
    assert [(r["event_type"], r["modality"]) for r in rows] == [("release", modality)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Il presidente ha concesso venerdì la grazia a 123 prigionieri. Nove dei graziati "
               "sono stati accompagnati oltre il confine con la Lituania, mentre gli altri 114 "
               "sono stati consegnati all'Ucraina."),
        ("es", "Lukashenko indultó el viernes a 123 presos. Nueve de los indultados fueron "
               "trasladados a Lituania y 114, a Ucrania."),
        ("pt", "Lukashenko indultou na sexta-feira 123 presos. Nove dos indultados foram levados "
               "para a Lituânia e 114 para a Ucrânia."),
    ],
)
def test_part_of_the_pardoned_handed_over(language: str, text: str) -> None:
    # "nine of the pardoned were taken to Lithuania": a release of 9 on the pardon's day
    rows = events_from_text(text, pd.Timestamp("2025-12-14", tz="UTC"), language)
    assert sorted((r["event_type"], r["count"], str(r["date"].date())) for r in rows) == [
        ("pardon", 123, "2025-12-12"), ("release", 9, "2025-12-12"),
        ("release", 114, "2025-12-12")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Il presidente ha concesso venerdì la grazia a 123 prigionieri.\n\nNove dei "
               "graziati sono stati accompagnati oltre il confine con la Lituania."),
        ("es", "Lukashenko indultó el viernes a 123 presos.\n\nNueve de los indultados fueron "
               "trasladados a Lituania."),
        ("pt", "Lukashenko indultou na sexta-feira 123 presos.\n\nNove dos indultados foram "
               "levados para a Lituânia."),
    ],
)
def test_the_pardoned_point_back_across_a_paragraph(language: str, text: str) -> None:
    # "nine of the pardoned", a paragraph later: the pardon's day, not the publication's
    rows = events_from_text(text, pd.Timestamp("2025-12-14", tz="UTC"), language)
    assert sorted((r["event_type"], r["count"], str(r["date"].date()), r["date_basis"])
                  for r in rows) == [("pardon", 123, "2025-12-12", "stated"),
                                     ("release", 9, "2025-12-12", "context")]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Lukashenko ha promesso di liberare 20 detenuti."),
        ("it", "Lukashenko si è detto pronto a liberare altri detenuti."),
        ("es", "Lukashenko prometió liberar a 20 presos."),
        ("es", "Lukashenko se mostró dispuesto a liberar a más presos."),
        ("pt", "Lukashenko prometeu libertar 20 presos."),
        ("pt", "Lukashenko mostrou-se disposto a libertar mais presos."),
    ],
)
def test_promises_and_readiness_are_expected(language: str, sentence: str) -> None:
    assert [(r[0], r[1], r[3]) for r in found(sentence, language)] == [
        ("release", None, "expected")]


@pytest.mark.parametrize(
    ("language", "sentence", "event_type"),
    [
        ("it", "Washington ha annunciato la fine delle sanzioni sul potassio.", "sanctions_lifted"),
        ("it", "Gli Usa hanno annunciato la sospensione delle sanzioni su Belavia.",
         "sanctions_eased"),
        ("es", "Washington anunció el fin de las sanciones al potasio.", "sanctions_lifted"),
        ("es", "EE.UU. anunció la suspensión de las sanciones a Belavia.", "sanctions_eased"),
        ("pt", "Washington anunciou o fim das sanções ao potássio.", "sanctions_lifted"),
        ("pt", "Os EUA anunciaram a suspensão das sanções à Belavia.", "sanctions_eased"),
        ("pt", "Os EUA anunciaram a revogação das sanções à Belavia.", "sanctions_lifted"),
    ],
)
def test_nouns_of_ending_and_suspending_sanctions(language: str, sentence: str,
                                                  event_type: str) -> None:
    assert [r[0] for r in found(sentence, language)] == [event_type]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "La sanzione della sospensione per due giornate è stata confermata sabato."),
        ("es", "La sanción de suspensión de dos partidos fue confirmada el sábado."),
    ],
)
def test_a_sports_suspension_is_no_easing(language: str, sentence: str) -> None:
    assert found(sentence, language) == []
