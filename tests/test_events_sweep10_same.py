"""One event per happening: the twelfth-round sweep of extras (every language).

Sentences written for the project. A sanctions word in a sentence that says how a
measure stands ("the EU's sanctions on potash remain in force", "el potasio sigue
sometido a las sanciones", "A UE mantém as sanções impostas ao regime desde 2020",
"aktywa przewoźnika pozostają zamrożone") tells a state that holds, no happening: the
language's ``in_force`` beside the trigger, with no pause between, makes it no event. A
date of the clause's own keeps the happening it dates ("Sankcje nałożone w poniedziałek
pozostają w mocy": the imposition of Monday), and so does a happening told in another
clause of the sentence. A trigger that is a quoted term (Coale said the US was "lifting
sanctions", but ...) is a word someone used, no happening of its own. Published on
Saturday 2025-12-13 (``eventcases.SAT``).
"""

from __future__ import annotations

import pytest
from eventcases import stated

# a measure still in force (or no longer frozen): no event
STILL_IN_FORCE = [
    ("en", "EU sanctions on Belarusian potash remain in force."),
    ("en", "The carrier's assets remain frozen in the United States."),
    ("en", "Belarusian potash is still subject to EU sanctions."),
    ("de", "Die EU-Sanktionen gegen Kali aus Belarus bleiben in Kraft."),
    ("de", "Die Vermögenswerte der Fluggesellschaft bleiben eingefroren."),
    ("es", "El potasio bielorruso sigue sometido a las sanciones de la Unión Europea."),
    ("es", "Los activos de la aerolínea siguen congelados."),
    ("es", "La Unión Europea mantiene las sanciones impuestas al régimen desde 2020."),
    ("pt", "A União Europeia mantém as sanções impostas ao regime desde 2020."),
    ("pt", "Os ativos da companhia continuam congelados."),
    ("fr", "Les avoirs de la compagnie restent gelés."),
    ("fr", "L'Union européenne maintient les sanctions imposées au régime depuis 2020."),
    ("it", "I beni della compagnia restano congelati."),
    ("pl", "Unia Europejska utrzymuje sankcje nałożone na reżim."),
    ("pl", "Aktywa przewoźnika pozostają zamrożone."),
    ("lt", "Bendrovės turtas lieka įšaldytas."),
    ("ru", "Санкции ЕС против белорусского калия остаются в силе."),
    ("uk", "Санкції ЄС проти білоруського калію залишаються чинними."),
    ("nl", "De tegoeden van de maatschappij blijven bevroren."),
    ("hr", "Sankcije EU-a protiv bjeloruskog kalija ostaju na snazi."),
]


@pytest.mark.parametrize(("language", "text"), STILL_IN_FORCE,
                         ids=[str(i) for i in range(len(STILL_IN_FORCE))])
def test_a_measure_still_in_force_is_no_event(language: str, text: str) -> None:
    assert stated(text, language, modality=True) == []


# a happening told beside the state keeps its event: its own date, its own clause
HAPPENING_BESIDE_THE_STATE = [
    ("en", "The EU imposed sanctions on 25 officials, while older measures remain in force.",
     [("sanctions_imposed", 25, None, "reported")]),
    ("en", "Washington lifted sanctions on Belavia on Tuesday, but the carrier's assets "
           "remain frozen.",
     [("sanctions_lifted", None, "2025-12-09", "reported")]),
    ("en", "Belarus freed 52 prisoners on Thursday; the EU's sanctions remain in force.",
     [("release", 52, "2025-12-11", "reported")]),
    ("es", "Las sanciones impuestas el lunes siguen vigentes.",
     [("sanctions_imposed", None, "2025-12-08", "reported")]),
    ("es", "La UE impuso el lunes sanciones a 25 funcionarios, mientras las medidas "
           "anteriores siguen en vigor.",
     [("sanctions_imposed", 25, "2025-12-08", "reported")]),
    ("es", "Bielorrusia liberó el jueves a 52 presos, que siguen en Vilna.",
     [("release", 52, "2025-12-11", "reported")]),
    ("de", "Die am Montag verhängten Sanktionen bleiben bis Februar in Kraft.",
     [("sanctions_imposed", None, "2025-12-08", "reported")]),
    ("de", "Belarus hat am Donnerstag 52 Gefangene freigelassen, die Sanktionen der EU "
           "bleiben in Kraft.",
     [("release", 52, "2025-12-11", "reported")]),
    ("pl", "Sankcje nałożone w poniedziałek pozostają w mocy.",
     [("sanctions_imposed", None, "2025-12-08", "reported")]),
    ("pl", "Sankcje nałożone na Białoruś w 2020 roku pozostają w mocy.",
     [("sanctions_imposed", None, "2020-01-01", "reported")]),
    ("ru", "Евросоюз сохраняет санкции, введенные против режима в 2020 году.",
     [("sanctions_imposed", None, "2020-01-01", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), HAPPENING_BESIDE_THE_STATE,
                         ids=[str(i) for i in range(len(HAPPENING_BESIDE_THE_STATE))])
def test_a_happening_beside_the_state_stays(language: str, text: str,
                                            expected: list) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


# the measure's own happening, told as such, is an event
IMPOSED = [
    ("en", "The Treasury froze the assets of six officials on Tuesday.",
     [("sanctions_imposed", 6, "2025-12-09", "reported")]),
    ("de", "Die EU verhängte am Montag Sanktionen gegen 25 Beamte.",
     [("sanctions_imposed", 25, "2025-12-08", "reported")]),
    ("es", "El Tesoro congeló el martes los bienes de seis funcionarios.",
     [("sanctions_imposed", 6, "2025-12-09", "reported")]),
    ("fr", "L'UE a imposé lundi des sanctions à 25 responsables.",
     [("sanctions_imposed", 25, "2025-12-08", "reported")]),
    ("pl", "UE nałożyła w poniedziałek sankcje na 25 urzędników.",
     [("sanctions_imposed", 25, "2025-12-08", "reported")]),
    ("lt", "ES pirmadienį įvedė sankcijas 25 pareigūnams.",
     [("sanctions_imposed", 25, "2025-12-08", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), IMPOSED,
                         ids=[str(i) for i in range(len(IMPOSED))])
def test_an_imposition_stays(language: str, text: str, expected: list) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


# a trigger that is a quoted term, a quotation mark right before and after it, is a word
# someone used for the happening (the sentence names it in its own words, or corrects
# it): no happening of its own; a quotation that holds more than the term stays
QUOTED_TERMS = [
    ("en", 'Coale told reporters the US was "lifting sanctions" on Belavia, but the Treasury '
           "has in fact issued a general licence.",
     [("sanctions_eased", None, None, "reported")]),
    ("en", 'Coale spoke of "lifting sanctions", although the Treasury only issued a licence.',
     [("sanctions_eased", None, None, "reported")]),
    ("it", "Coale ha parlato di sanzioni «revocate», ma tecnicamente si tratta di "
           "un'autorizzazione.", []),
    ("pl", "Przedstawiciele Waszyngtonu mówili wcześniej o „zniesieniu sankcji”, w praktyce "
           "chodzi jednak o zezwolenie.", []),
    ("en", '"The US is lifting sanctions on potash," Coale told reporters on Saturday.',
     [("sanctions_lifted", None, "2025-12-13", "reported")]),
    ("en", '"We have released 52 prisoners today," the ministry said.',
     [("release", 52, "2025-12-13", "reported")]),
    ("en", 'Belarus freed 52 prisoners on Thursday, the "largest release" in years.',
     [("release", 52, "2025-12-11", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), QUOTED_TERMS,
                         ids=[str(i) for i in range(len(QUOTED_TERMS))])
def test_a_quoted_term_is_no_happening(language: str, text: str, expected: list) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)
