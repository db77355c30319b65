"""Fourteenth-round sweep of Spanish, Portuguese, French and Italian: general causes of
the blind development pages P90 and P92 (es-c01 ... es-c04, pt-c01 ... pt-c04) and of the
other development pages of the four languages.

Each behaviour was first written out as an inventory of the shapes the press of the four
languages uses for it, then fixed as data in ``resources/patterns/{es,pt,fr,it}.json``
(one shared change: ``events.modality.NO_EVENT`` reads two more cue names):

- a condition ("mientras no haya liberaciones masivas", pt "enquanto não houver", fr
  "tant qu'il n'y aura pas de", it "finché non ci saranno") tells what must come first:
  no event, where "no haya" had made a denied release (modality ``condition``);
- what a measure does not do ("la licencia no retira a la compañía de la lista", pt "a
  medida, no entanto, não retira", fr "la licence ne retire pas", it "la licenza non
  rimuove") tells the licence's scope, no denied lifting; a state that does not delist
  still denies it (modality ``scope``);
- restrictions lifted ("levantou as suas próprias restrições à Belavia", "levantó las
  restricciones a la aerolínea") are sanctions lifted, as restrictions eased were eased
  sanctions; restrictions of traffic or of a pandemic stay nothing;
- a further swap named by the bare noun ("un nuevo intercambio", "uma nova troca", "un
  nouvel échange", "un nuovo scambio") stands for its people when awaited; a further
  exchange of views, of accusations or by telephone is no swap.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none. Published
on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import stated

CONDITION = [
    ("es", "La oposición pidió a Bruselas que no afloje la presión mientras no haya una "
           "amnistía general.", []),
    ("es", "Bruselas no relajará sus sanciones mientras no haya liberaciones masivas.",
     [("sanctions_eased", None, None, "denied")]),
    ("es", "El Gobierno no normalizará las relaciones mientras no haya excarcelaciones.", []),
    ("pt", "A UE não vai aliviar as sanções enquanto não houver libertações em massa.",
     [("sanctions_eased", None, None, "denied")]),
    ("pt", "Vilnius manterá a fronteira fechada enquanto não houver libertações.", []),
    ("fr", "Bruxelles maintiendra la pression tant qu'il n'y aura pas de libérations "
           "massives.", []),
    ("it", "Bruxelles manterrà la pressione finché non ci saranno liberazioni di massa.", []),
    ("it", "Il governo non revocherà le sanzioni finché non ci saranno scarcerazioni.",
     [("sanctions_lifted", None, None, "denied")]),
]

SCOPE = [
    ("es", "La licencia no retira a la aerolínea de la lista de sancionados, precisaron los "
           "abogados.", []),
    ("es", "Ojo: la licencia no saca a esas empresas de la lista negra.", []),
    ("es", "El Tesoro emitió el lunes una licencia general para Belavia, pero la medida no "
           "retira a la aerolínea de la lista.",
     [("sanctions_eased", None, "2025-12-08", "reported")]),
    ("es", "Washington no retiró a Belavia de la lista de sancionados.",
     [("sanctions_lifted", None, None, "denied")]),
    ("pt", "A medida, no entanto, não retira a companhia da lista de sanções.", []),
    ("pt", "Washington não retirou a Belavia da lista de sancionados.",
     [("sanctions_lifted", None, None, "denied")]),
    ("fr", "La licence ne retire pas la compagnie de la liste des entités sanctionnées.", []),
    ("it", "La licenza non rimuove la compagnia dalla lista dei sanzionati.", []),
]

RESTRICTIONS_LIFTED = [
    ("pt", "A União Europeia ainda não levantou as suas próprias restrições à Belavia.",
     [("sanctions_lifted", None, None, "denied")]),
    ("pt", "Washington levantou na terça-feira as restrições à companhia aérea Belavia.",
     [("sanctions_lifted", None, "2025-12-09", "reported")]),
    ("pt", "A câmara municipal levantou ontem as restrições de trânsito no centro.", []),
    ("es", "La Unión Europea no ha levantado sus restricciones a Belavia.",
     [("sanctions_lifted", None, None, "denied")]),
    ("es", "Washington levantó el martes las restricciones a la aerolínea Belavia.",
     [("sanctions_lifted", None, "2025-12-09", "reported")]),
    ("es", "El Gobierno levantó las restricciones de la pandemia.", []),
    ("es", "El club levantó las restricciones de aforo del estadio.", []),
]

FURTHER_SWAP = [
    ("es", "Kiev confía en que pueda producirse un nuevo intercambio antes de Semana Santa.",
     [("release", None, None, "expected")]),
    ("es", "Rusia y Ucrania celebraron el sábado un nuevo intercambio de prisioneros: 84 por "
           "cada lado.",
     [("release", 84, "2025-12-13", "reported")]),
    ("es", "Los dos ministros mantuvieron un nuevo intercambio de opiniones sobre la crisis.",
     []),
    ("pt", "Kiev espera que possa haver uma nova troca antes da Páscoa.",
     [("release", None, None, "expected")]),
    ("pt", "Os dois ministros fizeram uma nova troca de acusações.", []),
    ("fr", "Un diplomate s'est dit confiant dans la tenue d'un nouvel échange d'ici à la fin "
           "de l'année.",
     [("release", None, None, "expected")]),
    ("fr", "Kiev espère un nouvel échange avant Noël.",
     [("release", None, None, "expected")]),
    ("fr", "Un nouvel échange de vues a eu lieu à Genève.", []),
    ("it", "Un nuovo scambio potrebbe avvenire entro aprile.",
     [("release", None, None, "expected")]),
    ("it", "I due ministri hanno avuto un nuovo scambio di opinioni sulla crisi.", []),
]


@pytest.mark.parametrize("language, text, expected", CONDITION,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CONDITION)])
def test_a_condition_is_no_event(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize("language, text, expected", SCOPE,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(SCOPE)])
def test_what_a_measure_does_not_do_is_no_denial(language: str, text: str,
                                                  expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize("language, text, expected", FURTHER_SWAP,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(FURTHER_SWAP)])
def test_a_further_swap_stands_for_its_people(language: str, text: str,
                                              expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize("language, text, expected", RESTRICTIONS_LIFTED,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(RESTRICTIONS_LIFTED)])
def test_restrictions_lifted_are_sanctions_lifted(language: str, text: str,
                                                   expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)
