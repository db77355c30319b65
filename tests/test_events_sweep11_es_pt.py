"""Thirteenth-round sweep of Spanish and Portuguese: general causes of the blind
development pages P81-P84 (es-i01 ... es-i06).

Each behaviour was first written out as an inventory of the shapes the Spanish and
Portuguese press uses for it, then fixed as data in ``resources/patterns/{es,pt}.json``
and ``resources/gazetteer.csv`` (two shared rules in ``events.mention_dates`` and
``events.extract``):

- "ese mismo mes", "aquel mismo año", "esa misma semana", "ese mismo jueves", "en esa
  misma fecha" (pt "nesse mesmo mês", "no mesmo ano", "nessa mesma semana", "nessa mesma
  quinta-feira") tell the month, year, week or day of the sentence before, as "ese mismo
  día" did; the marker may stand after the verb in its own clause ("Washington sancionó
  ese mismo mes a 19 personas"), also when the sentence before told no event; a licence
  verb reaches its "licencia general" past such a marker ("emitió ese mismo día una
  licencia general");
- a listing onto a bare "su lista" with the people after it ("había incluido en su lista
  a 28 funcionarios", "incluiu na sua lista 28 funcionários") and "sumó a su lista negra"
  are sanctions; a coach's or a party's list is not;
- a pardon noun after a light verb ("podría firmar nuevos indultos", "poderá assinar novos
  indultos") is an awaited pardon, as the bare noun was; "confía en que pueda producirse",
  "habrá", "un posible nuevo" (pt "possa haver", "haverá") are expectations;
- denied talks: "negó haber negociado", "desmintió cualquier negociación", "niega estar
  negociando" (pt "negou ter negociado", "desmentiu qualquer negociação"); Managua stands
  for Nicaragua.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none. Published
on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import stated

SAME_UNIT_AS_THE_SENTENCE_BEFORE = [
    ("es", "En agosto del año pasado se endureció la represión. Washington sancionó ese "
           "mismo mes a 19 personas.",
     [("sanctions_imposed", 19, "2024-08-01", "reported")]),
    ("es", "En marzo hubo elecciones en el país. Aquel mismo mes, el régimen excarceló a "
           "doce presos.",
     [("release", 12, "2025-03-01", "reported")]),
    ("es", "En julio de 2024 comenzó el goteo. En ese mismo mes, Lukashenko indultó a 18 "
           "presos.",
     [("pardon", 18, "2024-07-01", "reported")]),
    ("es", "En 2023 se celebraron elecciones. Ese mismo año, Minsk liberó a 30 presos.",
     [("release", 30, "2023-01-01", "reported")]),
    ("es", "El 3 de noviembre el Parlamento votó la ley. Esa misma semana, Lukashenko "
           "indultó a 31 presos.",
     [("pardon", 31, "2025-11-03", "reported")]),
    ("es", "El jueves 11 de septiembre Coale llegó a Minsk. Ese mismo jueves, el Tesoro "
           "emitió una licencia general para Belavia.",
     [("sanctions_eased", None, "2025-09-11", "reported")]),
    ("es", "El régimen excarceló en mayo a 47 presos. El mismo mes, la OFAC sancionó a seis "
           "funcionarios.",
     [("release", 47, "2025-05-01", "reported"),
      ("sanctions_imposed", 6, "2025-05-01", "reported")]),
    ("es", "El 4 de noviembre el Tesoro retiró a Belavia de su lista. En esa misma fecha, "
           "Minsk excarceló a cinco presos.",
     [("release", 5, "2025-11-04", "reported"),
      ("sanctions_lifted", None, "2025-11-04", "reported")]),
    ("pt", "Em agosto do ano passado a repressão agravou-se. Washington sancionou no mesmo "
           "mês 19 pessoas.",
     [("sanctions_imposed", 19, "2024-08-01", "reported")]),
    ("pt", "Em março houve eleições no país. Naquele mesmo mês, o regime libertou doze "
           "presos.",
     [("release", 12, "2025-03-01", "reported")]),
    ("pt", "Em 2023 houve eleições. Nesse mesmo ano, Minsk libertou 30 presos.",
     [("release", 30, "2023-01-01", "reported")]),
    ("es", "Bielorrusia liberó el jueves a 52 presos. Como contrapartida, el Departamento del "
           "Tesoro emitió ese mismo día una licencia general para operar con Belavia.",
     [("release", 52, "2025-12-11", "reported"),
      ("sanctions_eased", None, "2025-12-11", "reported")]),
    ("pt", "A 3 de novembro o Parlamento votou a lei. Nessa mesma semana, Lukashenko "
           "indultou 31 presos.",
     [("pardon", 31, "2025-11-03", "reported")]),
    ("pt", "Na quinta-feira, 11 de setembro, Coale chegou a Minsk. Nessa mesma quinta-feira, "
           "o Tesouro emitiu uma licença geral para a Belavia.",
     [("sanctions_eased", None, "2025-09-11", "reported")]),
    ("pt", "O regime libertou em maio 47 presos. No mesmo mês, o OFAC sancionou seis "
           "funcionários.",
     [("release", 47, "2025-05-01", "reported"),
      ("sanctions_imposed", 6, "2025-05-01", "reported")]),
    # a weekday of the week before is still read as such, not as a same-time marker
    ("pt", "Na terça-feira, Minsk libertou seis presos.",
     [("release", 6, "2025-12-09", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", SAME_UNIT_AS_THE_SENTENCE_BEFORE,
                         ids=[f"{c[0]}-{i}" for i, c in
                              enumerate(SAME_UNIT_AS_THE_SENTENCE_BEFORE)])
def test_the_same_month_year_week_or_day(language: str, text: str,
                                          expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


A_BARE_LIST = [
    ("es", "No es la primera vez que Bruselas apunta a los jueces. En agosto del año "
           "pasado ya había incluido en su lista a 28 funcionarios, entre ellos fiscales.",
     [("sanctions_imposed", 28, "2024-08-01", "reported")]),
    ("es", "Bruselas incluyó el lunes en su lista a nueve jueces bielorrusos.",
     [("sanctions_imposed", 9, "2025-12-08", "reported")]),
    ("es", "El Consejo añadió a su lista a 25 personas y siete entidades.",
     [("sanctions_imposed", 32, None, "reported")]),
    ("es", "La UE sumó a su lista negra a doce empresas.",
     [("sanctions_imposed", 12, None, "reported")]),
    ("es", "Washington incorporó el martes a su lista a seis funcionarios nicaragüenses.",
     [("sanctions_imposed", 6, "2025-12-09", "reported")]),
    ("es", "El seleccionador incluyó en su lista a 23 jugadores para el Mundial.", []),
    ("es", "El partido incluyó en su lista a nueve independientes.", []),
    ("pt", "Bruxelas incluiu na sua lista 28 funcionários.",
     [("sanctions_imposed", 28, None, "reported")]),
    ("pt", "O Conselho acrescentou à sua lista 25 pessoas e sete entidades.",
     [("sanctions_imposed", 32, None, "reported")]),
    ("pt", "Washington incluiu na terça-feira na sua lista seis funcionários nicaraguenses.",
     [("sanctions_imposed", 6, "2025-12-09", "reported")]),
    ("pt", "O treinador incluiu na sua lista 23 jogadores.", []),
]


@pytest.mark.parametrize("language, text, expected", A_BARE_LIST,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(A_BARE_LIST)])
def test_a_listing_onto_a_bare_list(language: str, text: str,
                                    expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


AWAITED_EVENTS = [
    ("es", "Varios observadores creen que el presidente podría firmar nuevos indultos antes "
           "de los comicios.",
     [("pardon", None, None, "expected")]),
    ("es", "Lukashenko podría conceder nuevos indultos con motivo de la Navidad.",
     [("pardon", None, None, "expected")]),
    ("es", "Se espera que Lukashenko firme nuevos indultos en las próximas semanas.",
     [("pardon", None, None, "expected")]),
    ("es", "Kiev confía en que pueda producirse un nuevo intercambio de prisioneros antes "
           "de Semana Santa.",
     [("release", None, None, "expected")]),
    ("es", "La oposición cree que habrá nuevas excarcelaciones antes de fin de año.",
     [("release", None, None, "expected")]),
    ("es", "No habrá nuevos indultos, dijo el portavoz.",
     [("pardon", None, None, "denied")]),
    ("pt", "Observadores acreditam que o presidente poderá assinar novos indultos antes das "
           "eleições.",
     [("pardon", None, None, "expected")]),
    ("pt", "Lukashenko poderá conceder novos indultos no Natal.",
     [("pardon", None, None, "expected")]),
    ("pt", "Kiev espera que possa haver uma nova troca de prisioneiros antes da Páscoa.",
     [("release", None, None, "expected")]),
]


@pytest.mark.parametrize("language, text, expected", AWAITED_EVENTS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(AWAITED_EVENTS)])
def test_awaited_events(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


DENIED_TALKS = [
    ("es", "Managua negó haber negociado con Washington la salida de los presos.",
     [("talks", None, None, "denied")]),
    ("es", "Minsk desmintió cualquier negociación con Washington.",
     [("talks", None, None, "denied")]),
    ("es", "El Kremlin negó que existan negociaciones con Kiev sobre un canje.",
     [("talks", None, None, "denied")]),
    ("es", "El ministro desmintió haberse reunido con el enviado estadounidense.",
     [("talks", None, None, "denied")]),
    ("es", "Caracas niega estar negociando con la oposición.",
     [("talks", None, None, "denied")]),
    ("es", "Managua negoció con Washington la salida de los presos.",
     [("talks", None, None, "reported")]),
    ("pt", "Manágua negou ter negociado com Washington a saída dos presos.",
     [("talks", None, None, "denied")]),
    ("pt", "Minsk desmentiu qualquer negociação com Washington.",
     [("talks", None, None, "denied")]),
    ("pt", "O ministro negou ter-se reunido com o enviado americano.",
     [("talks", None, None, "denied")]),
]


@pytest.mark.parametrize("language, text, expected", DENIED_TALKS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(DENIED_TALKS)])
def test_denied_talks(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


# "EE. UU." (Estados Unidos, written with a space inside) ends no sentence at its first
# half, and ends one at its second only before a word that opens sentences
# (``lang/es/abbreviations.txt``, ``ending_abbreviations.txt``, ``sentence_openers.txt``)
EE_UU = [
    ("es", "Bielorrusia liberó el jueves a 52 presos. Ese mismo día, el Departamento del "
           "Tesoro de EE. UU. emitió una licencia general para operar con Belavia.",
     [("release", 52, "2025-12-11", "reported"),
      ("sanctions_eased", None, "2025-12-11", "reported")]),
    ("es", "Minsk liberó el jueves a 52 presos tras hablar con EE. UU. El martes, la UE "
           "sancionó a 12 funcionarios.",
     [("release", 52, "2025-12-11", "reported"),
      ("sanctions_imposed", 12, "2025-12-09", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", EE_UU,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(EE_UU)])
def test_ee_uu_inside_a_sentence(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)
