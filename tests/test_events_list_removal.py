"""Removal from a sanctions list is ``sanctions_lifted``; a general licence is ``sanctions_eased``.

The project's convention follows the sourced reference table
(``data/reference/belarus_events.csv``): "Belavia removed from SDN list"
(2025-11-04) is ``sanctions_lifted``; the general licences of 2025-09-11 and
2025-12-15 are ``sanctions_eased``. Taking a person, company, aircraft or
entity off a sanctions list (the SDN list, "the sanctions list", "the
blacklist", "struck off", "delisted") lifts the sanctions on it; a general
licence, a waiver, "some sanctions" or an easing stays ``sanctions_eased``.
The same holds in every language with event patterns.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the sentence states none.
"""

from __future__ import annotations

import pytest
from eventcases import stated

from toolkit.events import available_languages

WED = "2025-12-10"
LIFTED = [("sanctions_lifted", None, WED, "reported")]
EASED = [("sanctions_eased", None, WED, "reported")]

# (language, sentence, expected): a removal from a list, then a general licence
CASES = [
    ("en", "On Wednesday the Treasury removed the state airline Belavia from the SDN list.",
     LIFTED),
    ("en", "The Treasury struck the potash exporter off the sanctions list on Wednesday.",
     LIFTED),
    ("en", "Washington delisted the airline's leasing arm on Wednesday.", LIFTED),
    ("en", "On Wednesday the Treasury issued a general licence for flights by Belavia.",
     EASED),
    ("ru", "В среду Минфин США исключил «Белавиа» из санкционного списка.", LIFTED),
    ("ru", "В среду Минфин США вычеркнул калийного экспортёра из списка SDN.", LIFTED),
    ("ru", "В среду Минфин США выдал генеральную лицензию на сделки с «Белавиа».", EASED),
    ("uk", "У середу Мінфін США вилучив «Белавію» з санкційного списку.", LIFTED),
    ("uk", "У середу Мінфін США видав генеральну ліцензію для «Белавії».", EASED),
    ("be", "У сераду Мінфін ЗША выключыў «Белавію» са спісу санкцый.", LIFTED),
    ("be", "У сераду Мінфін ЗША выдаў агульную ліцэнзію для «Белавіі».", EASED),
    ("pl", "W środę Departament Skarbu USA skreślił Belavię z listy sankcyjnej.", LIFTED),
    ("pl", "W środę Departament Skarbu USA wydał licencję generalną dla Belavii.", EASED),
    ("de", "Am Mittwoch strich das US-Finanzministerium die Fluggesellschaft Belavia von "
           "der Sanktionsliste.", LIFTED),
    ("de", "Die Fluggesellschaft wurde am Mittwoch von der Sanktionsliste gestrichen.", LIFTED),
    ("de", "Am Mittwoch erteilte das US-Finanzministerium eine Generallizenz für Flüge "
           "der Belavia.", EASED),
    ("fr", "Mercredi, le Trésor américain a radié la compagnie Belavia de la liste des "
           "sanctions.", LIFTED),
    ("fr", "Mercredi, le Trésor américain a délivré une licence générale pour les vols de "
           "Belavia.", EASED),
    ("it", "Mercoledì il Tesoro statunitense ha rimosso la compagnia aerea Belavia dalla "
           "lista delle sanzioni.", LIFTED),
    ("it", "Mercoledì il Tesoro statunitense ha emesso una licenza generale per Belavia.",
     EASED),
    ("es", "El miércoles, el Tesoro estadounidense sacó a la aerolínea Belavia de la lista "
           "de sanciones.", LIFTED),
    ("es", "El miércoles, el Tesoro estadounidense emitió una licencia general para Belavia.",
     EASED),
    ("pt", "Na quarta-feira, o Tesouro norte-americano retirou a Belavia da lista de "
           "sanções.", LIFTED),
    ("pt", "Na quarta-feira, o Tesouro norte-americano emitiu uma licença geral para a "
           "Belavia.", EASED),
    ("lt", "Trečiadienį JAV iždo departamentas išbraukė „Belavia“ iš sankcijų sąrašo.",
     LIFTED),
    ("lt", "Trečiadienį JAV iždo departamentas išdavė bendrąją licenciją „Belavia“.", EASED),
    ("nl", "Woensdag haalde het Amerikaanse ministerie van Financiën Belavia van de "
           "sanctielijst.", LIFTED),
    ("nl", "Woensdag verleende het Amerikaanse ministerie van Financiën een algemene "
           "licentie voor Belavia.", EASED),
    ("hr", "U srijedu je američko ministarstvo financija uklonilo Belaviju s popisa "
           "sankcija.", LIFTED),
    ("hr", "U srijedu je američko ministarstvo financija izdalo opću licencu za Belaviju.",
     EASED),
    ("sl", "V sredo je ameriško finančno ministrstvo črtalo Belavio s seznama sankcij.",
     LIFTED),
    ("sl", "V sredo je ameriško finančno ministrstvo izdalo splošno licenco za Belavio.",
     EASED),
    ("cs", "Ve středu americké ministerstvo financí vyškrtlo Belavii ze sankčního seznamu.",
     LIFTED),
    ("cs", "Ve středu americké ministerstvo financí vydalo obecnou licenci pro Belavii.",
     EASED),
    ("sk", "V stredu americké ministerstvo financií vyčiarklo Belaviu zo zoznamu sankcií.",
     LIFTED),
    ("sk", "V stredu americké ministerstvo financií vydalo všeobecnú licenciu pre Belaviu.",
     EASED),
    ("ar", "وشطبت وزارة الخزانة الأمريكية يوم الأربعاء شركة بيلافيا من قائمة العقوبات.",
     LIFTED),
    ("ar", "وأصدرت وزارة الخزانة الأمريكية ترخيصا عاما لشركة بيلافيا يوم الأربعاء.", EASED),
    ("ja", "米財務省は10日、ベラビアを制裁対象リストから削除した。", LIFTED),
    ("ja", "米財務省は10日、ベラビアとの取引を認める一般ライセンスを発行した。", EASED),
    ("bg", "В сряда Министерството на финансите на САЩ заличи „Белавиа“ от санкционния "
           "списък.", LIFTED),
    ("bg", "В сряда Министерството на финансите на САЩ издаде общ лиценз за полетите на "
           "„Белавиа“.", EASED),
    ("lv", "Trešdien ASV Valsts kase svītroja aviokompāniju Belavia no sankciju saraksta.",
     LIFTED),
    ("lv", "Trešdien ASV Valsts kase izsniedza vispārējo licenci Belavia lidojumiem.", EASED),
    ("ro", "Miercuri, Trezoreria americană a scos compania Belavia de pe lista sancțiunilor.",
     LIFTED),
    ("ro", "Miercuri, Trezoreria americană a emis o licență generală pentru Belavia.", EASED),
]


def _found(sentence: str, language: str) -> list[tuple]:
    return stated(sentence, language, modality=True)


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_list_removal_is_lifted_and_a_licence_is_eased(language: str, sentence: str,
                                                       expected: list[tuple]) -> None:
    assert _found(sentence, language) == expected


def test_every_language_has_both_cases() -> None:
    for language in available_languages():
        kinds = {c[2][0][0] for c in CASES if c[0] == language}
        assert kinds == {"sanctions_lifted", "sanctions_eased"}, language
