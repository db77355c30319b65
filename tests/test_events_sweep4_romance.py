"""Fourth sweep of French, Italian, Spanish and Portuguese: running totals since a month
and year, "more sanctions" lifted, subjunctive expectations, pardons received, dates
inside a listing phrase, breakdowns of a count, and look-alikes that stay quiet.

Constructions: "Depuis juillet 2024, plus de 400 ... ont été libérés" (a running total,
the year no longer hides the cue); "lever d'autres sanctions", "levantar más
sanciones", "revocare altre sanzioni", "levantar mais sanções" (an easing);
"Espera-se que mais presos sejam libertados", "On s'attend à ce que ... soient
libérés", "Si prevede che altri detenuti vengano liberati", "Es probable que ... sean
liberados" (expected); "recebeu a graça de", "beneficiaram da graça" (a pardon);
"acrescentou ontem à sua lista negra", "añadió el jueves a su lista negra", "ha
aggiunto giovedì alla sua lista nera" (the date of the listing, not of a saying);
"retiró ... de su lista de sancionados" (lifted); "sedici detenuti, otto donne e otto
uomini" (the total, not a part); "il più grande scambio dall'inizio dell'anno" (a
record, not a running total); a decree that dates the pardon of a short headline.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from eventcases import stated

S, F, J, W, T, M = ("2025-12-13", "2025-12-12", "2025-12-11", "2025-12-10", "2025-12-09",
                    "2025-12-08")
R, P, SI, SE, SL, TK = ("release", "pardon", "sanctions_imposed", "sanctions_eased",
                        "sanctions_lifted", "talks")
REP, EXP = "reported", "expected"

# (language, text, sorted (type, count, date, modality) of the events stated)
RUNNING_TOTALS = [
    ("fr", "Depuis juillet 2024, plus de 400 détenus ont été libérés, selon une ONG.", []),
    ("fr", "Depuis le début 2025, 150 prisonniers ont été graciés.", []),
    ("es", "Desde julio de 2024 han sido puestos en libertad más de 400 presos.", []),
    ("es", "Desde mediados de 2024 fueron indultados más de 300 condenados.", []),
    ("pt", "Desde julho de 2024 foram soltos mais de 400 presos políticos.", []),
    ("pt", "Desde 2024 foram indultados mais de 500 condenados.", []),
    ("it", "Dall'inizio dell'anno sono stati scarcerati 300 detenuti.", []),
    # a month with "when" still dates the clause, no running total
    ("es", "Es la primera excarcelación desde junio, cuando 14 presos quedaron libres.",
     [(R, 14, "2025-06-01", REP)]),
    # a record is not a total
    ("it", "Mosca e Kiev si sono restituite venerdì 200 soldati ciascuna, il più grande "
           "scambio dall'inizio dell'anno.", [(R, 200, F, REP)]),
]

MORE_SANCTIONS = [
    ("fr", "Les États-Unis pourraient lever d'autres sanctions contre Minsk.",
     [(SE, None, None, EXP)]),
    ("fr", "Washington a levé vendredi les sanctions contre la potasse.",
     [(SL, None, F, REP)]),
    ("es", "Washington podría levantar más sanciones contra Bielorrusia.",
     [(SE, None, None, EXP)]),
    ("es", "Washington levantó el viernes otras sanciones contra Belaruskali.",
     [(SE, None, F, REP)]),
    ("it", "Gli Usa potrebbero revocare altre sanzioni contro la Bielorussia.",
     [(SE, None, None, EXP)]),
    ("it", "Gli Usa potrebbero revocare ulteriori sanzioni contro Minsk.",
     [(SE, None, None, EXP)]),
    ("pt", "Washington poderá levantar mais sanções contra Minsk.",
     [(SE, None, None, EXP)]),
    ("pt", "Os EUA levantaram na sexta-feira outras sanções contra a Belavia.",
     [(SE, None, F, REP)]),
]

EXPECTED = [
    ("pt", "Espera-se que mais presos sejam libertados nas próximas semanas.",
     [(R, None, None, EXP)]),
    ("pt", "É provável que 20 condenados sejam indultados antes do Natal.",
     [(P, 20, None, EXP)]),
    ("fr", "On s'attend à ce que d'autres détenus soient libérés dans les prochains jours.",
     [(R, None, None, EXP)]),
    ("fr", "Il est probable que 30 prisonniers soient graciés d'ici Noël.",
     [(P, 30, None, EXP)]),
    ("it", "Si prevede che altri detenuti vengano scarcerati nelle prossime settimane.",
     [(R, None, None, EXP)]),
    ("it", "È probabile che una ventina di condannati siano graziati a breve.",
     [(P, 20, None, EXP)]),
    ("es", "Se espera que otros 40 presos sean excarcelados en las próximas semanas.",
     [(R, 40, None, EXP)]),
    ("es", "Es posible que más opositores sean puestos en libertad pronto.",
     [(R, None, None, EXP)]),
]

PARDON_RECEIVED = [
    ("pt", "O cidadão alemão recebeu ontem a graça do Presidente bielorrusso.",
     [(P, None, F, REP)]),
    ("pt", "Vinte presas beneficiaram da graça presidencial na terça-feira.",
     [(P, 20, T, REP)]),
    ("pt", "O chefe de Estado concedeu a graça a 16 condenados na quinta-feira.",
     [(P, 16, J, REP)]),
]

LISTING_DATES = [
    ("pt", "Bruxelas acrescentou ontem à sua lista negra 12 pessoas e três empresas.",
     [(SI, 15, F, REP)]),
    ("es", "Bruselas añadió el jueves a su lista negra a 18 personas.", [(SI, 18, J, REP)]),
    ("it", "Bruxelles ha aggiunto martedì alla sua lista nera 21 persone.",
     [(SI, 21, T, REP)]),
    ("es", "El Departamento del Tesoro retiró el martes a la naviera estatal de su lista de "
           "sancionados.", [(SL, None, T, REP)]),
    ("es", "Ayer, el Tesoro retiró a dos empresas bielorrusas de la lista negra.",
     [(SL, 2, F, REP)]),
]

BREAKDOWNS = [
    ("it", "Sedici detenuti, otto donne e otto uomini, sono stati graziati giovedì.",
     [(P, 16, J, REP)]),
    ("fr", "Trente condamnés, douze femmes et dix-huit hommes, ont été graciés mardi.",
     [(P, 30, T, REP)]),
    ("es", "Veinte presos, nueve mujeres y once hombres, fueron indultados el lunes.",
     [(P, 20, M, REP)]),
    ("pt", "Vinte e dois condenados, quinze mulheres e sete homens, foram indultados ontem.",
     [(P, 22, F, REP)]),
    # listings are summed, not a breakdown
    ("fr", "L'UE a sanctionné jeudi 20 personnes, cinq entités et deux banques.",
     [(SI, 27, J, REP)]),
]

HEADLINE_DECREE = [
    ("it", "Graziati due sacerdoti. Il provvedimento è stato firmato giovedì.",
     [(P, 2, J, REP)]),
    ("es", "Indultados 20 presos. El decreto fue firmado el martes.", [(P, 20, T, REP)]),
    ("pt", "Indultados 20 presos. O decreto foi assinado na terça-feira.",
     [(P, 20, T, REP)]),
]


HOURS_AND_IN_RETURN = [
    # "a few hours after" counts no days: the same day as the event it is told with
    ("fr", "Vingt détenus ont été libérés vendredi, quelques heures après la rencontre entre "
           "l'émissaire américain et Alexandre Loukachenko.", [(R, 20, F, REP), (TK, None, F, REP)]),
    ("it", "Venerdì sono stati scarcerati 20 detenuti, poche ore dopo l'incontro tra "
           "l'inviato americano e Lukashenko.", [(R, 20, F, REP), (TK, None, F, REP)]),
    ("es", "El viernes fueron excarcelados 20 presos, pocas horas después de la reunión entre "
           "el enviado estadounidense y Lukashenko.", [(R, 20, F, REP), (TK, None, F, REP)]),
    ("pt", "Na sexta-feira foram libertados 20 presos, poucas horas depois do encontro entre "
           "o enviado norte-americano e Lukashenko.", [(R, 20, F, REP), (TK, None, F, REP)]),
    ("fr", "Le 9 décembre, Minsk a libéré 20 détenus. Quelques heures plus tard, Washington a "
           "allégé les sanctions contre Belavia.", [(R, 20, T, REP), (SE, None, T, REP)]),
    # "in exchange for" + a noun stays a condition, not a date reference
    ("fr", "En échange de la levée des sanctions, Minsk a libéré 20 prisonniers mardi.",
     [(R, 20, T, REP)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), HOURS_AND_IN_RETURN)
def test_hours_after_and_in_return(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), RUNNING_TOTALS)
def test_running_totals(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), MORE_SANCTIONS)
def test_more_sanctions_lifted_is_an_easing(language: str, text: str,
                                             expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), EXPECTED)
def test_subjunctive_expectations(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), PARDON_RECEIVED)
def test_pardon_received(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), LISTING_DATES)
def test_listing_dates(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), BREAKDOWNS)
def test_breakdown_after_a_count(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), HEADLINE_DECREE)
def test_decree_dates_headline(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El Gobierno flexibilizó el lunes las restricciones de agua en Cataluña."),
        ("es", "El ayuntamiento relajó las restricciones de aparcamiento en el centro."),
        ("pt", "A câmara aliviou as restrições de água depois das chuvas."),
        ("it", "Il comune ha allentato le restrizioni sull'acqua dopo le piogge."),
        ("es", "El entrenador retiró el martes a tres jugadores de la lista de convocados."),
        ("pt", "Graças a um golo no fim, o clube recebeu a taça."),
        ("pt", "A equipa recebeu a graça de jogar em casa na final."),
        ("fr", "Grâce à l'assouplissement des règles, les riverains pourront se garer."),
        ("pt", "A autarquia levantou as restrições de trânsito na ponte."),
    ],
)
def test_quiet(language: str, text: str) -> None:
    assert stated(text, language) == []
