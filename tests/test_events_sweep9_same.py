"""One event per happening: the eleventh-round sweep of extras (every language).

Sentences written for the project. A participle of an event that describes the group a
part is taken from ("nine of the prisoners pardoned today", "Neuf des détenus graciés",
"Of those pardoned, 41 ...") names a happening told before: it is no new event with the
part's count. The part's own happening, when the sentence tells one (a release, a
handover), keeps the count; a pardon or release told with its own verb and count stays.
A happening told again as the subject of what it came after ("El indulto llega dos
semanas después de la liberación de 52 prisioneros") takes neither that count nor date.
Published on Saturday 2025-12-13 (``eventcases.SAT``).
"""

from __future__ import annotations

import pytest
from eventcases import stated

# a part of the pardoned or the freed: where they are, who they are
PARTS_NO_EVENT = [
    ("en", "Lithuanian officials say nine of the prisoners pardoned today are now in Vilnius."),
    ("en", "Five of the people pardoned on Saturday are women."),
    ("en", "Two of the pardoned prisoners are said to be in poor health."),
    ("en", "Eleven of those pardoned are foreign nationals, the ministry said."),
    ("en", "Three of the freed prisoners were women."),
    ("fr", "Cinq des prisonniers graciés samedi sont des femmes."),
    ("fr", "Deux des détenus graciés seraient malades."),
    ("es", "Nueve de los presos indultados ya están en Vilna."),
    ("es", "Cinco de los indultados son mujeres."),
    ("it", "Nove dei detenuti graziati sono già a Vilnius."),
    ("it", "Cinque dei graziati sono donne."),
    ("de", "Neun der begnadigten Häftlinge sind inzwischen in Vilnius."),
    ("de", "Fünf von den Begnadigten sind Frauen."),
    ("nl", "Negen van de begenadigde gevangenen zijn inmiddels in Vilnius."),
    ("ru", "Девять из помилованных заключенных уже находятся в Вильнюсе."),
    ("uk", "Дев'ятеро з помилуваних в'язнів уже перебувають у Вільнюсі."),
    ("pl", "Dziewięciu z ułaskawionych więźniów jest już w Wilnie."),
]


@pytest.mark.parametrize(("language", "text"), PARTS_NO_EVENT,
                         ids=[str(i) for i in range(len(PARTS_NO_EVENT))])
def test_a_part_of_a_group_told_before_is_no_event(language: str, text: str) -> None:
    assert stated(text, language, modality=True) == []


# the part's own happening keeps its count; the participle of the group adds nothing
PART_WITH_ITS_OWN_EVENT = [
    ("en", "Of those pardoned, 41 persons have been released from prison.",
     [("release", 41, None, "reported")]),
    ("en", "Among those pardoned, 41 persons have been released.",
     [("release", 41, None, "reported")]),
    ("en", "Of those pardoned on Friday, 30 were released the same day.",
     [("release", 30, "2025-12-12", "reported")]),
    ("en", "Nine of the pardoned prisoners were handed over to Lithuania.",
     [("release", 9, None, "reported")]),
    ("fr", "Neuf des détenus graciés ont été conduits en Lituanie.",
     [("release", 9, None, "reported")]),
    ("fr", "Parmi les graciés, 41 personnes ont été libérées.",
     [("release", 41, None, "reported")]),
    ("ru", "Из помилованных 41 человек вышел на свободу.",
     [("release", 41, None, "reported")]),
    # the part's own verb phrase right after the partitive is its happening
    ("es", "Nueve de los presos fueron trasladados a Lituania.",
     [("release", 9, None, "reported")]),
    ("pt", "Nove dos presos foram levados para a Lituânia.",
     [("release", 9, None, "reported")]),
    # a count phrase that says what the part underwent keeps its reading (a handover)
    ("en", "Twelve of the released detainees were driven to Vilnius on Friday.",
     [("release", 12, "2025-12-12", "reported")]),
    ("en", "Ukraine says 114 of the freed prisoners were brought into Ukraine.",
     [("release", 114, None, "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), PART_WITH_ITS_OWN_EVENT,
                         ids=[str(i) for i in range(len(PART_WITH_ITS_OWN_EVENT))])
def test_the_part_keeps_its_own_event(language: str, text: str, expected: list) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


# a pardon with its own verb and count is news of its own
OWN_PARDONS = [
    ("en", "Lukashenko pardoned 20 of the prisoners on Friday.",
     [("pardon", 20, "2025-12-12", "reported")]),
    ("en", "Lukashenko pardoned 123 prisoners on Saturday.",
     [("pardon", 123, "2025-12-13", "reported")]),
    ("fr", "Loukachenko a gracié 30 des détenus lundi.",
     [("pardon", 30, "2025-12-08", "reported")]),
    ("de", "Lukaschenko begnadigte am Montag 30 Häftlinge.",
     [("pardon", 30, "2025-12-08", "reported")]),
    ("es", "Lukashenko indultó el lunes a 30 presos.",
     [("pardon", 30, "2025-12-08", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), OWN_PARDONS,
                         ids=[str(i) for i in range(len(OWN_PARDONS))])
def test_a_pardon_of_its_own_stays(language: str, text: str, expected: list) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


# "the release comes weeks after ...": the page's own happening told again as the subject
# of what it came after takes neither the after clause's count nor its date (the
# language's ``new_reference``: a determiner opening the sentence; the offset's number
# with its time unit, "dos semanas", is no count)
RETOLD_AS_WHAT_CAME_AFTER = [
    ("es", ("Lukashenko indultó el viernes a 30 presos. El indulto llega dos semanas después de "
           "la liberación de 52 prisioneros en septiembre."),
     [("pardon", 30, "2025-12-12", "reported"), ("release", 52, "2025-09-01", "reported")]),
    ("es", ("Bielorrusia liberó el viernes a 14 presos. Esta liberación se produce tres meses "
           "después de que Minsk liberara a 52 presos en septiembre."),
     [("release", 14, "2025-12-12", "reported"), ("release", 52, "2025-09-01", "reported")]),
    ("fr", ("Loukachenko a gracié lundi 37 prisonniers. Ces grâces interviennent deux semaines "
           "après la libération de 52 détenus en septembre."),
     [("pardon", 37, "2025-12-08", "reported"), ("release", 52, "2025-09-01", "reported")]),
    ("de", ("Die Begnadigung kommt zwei Wochen nach der Freilassung von 52 Gefangenen im "
           "September."),
     [("release", 52, "2025-09-01", "reported")]),
    ("nl", "De vrijlating komt twee weken nadat Minsk in september 52 gevangenen vrijliet.",
     [("release", 52, "2025-09-01", "reported")]),
    # a count of its own before the after clause keeps the noun's event
    ("es", "La liberación de 16 presos se produjo el sábado tras la visita del enviado.",
     [("release", 16, "2025-12-13", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), RETOLD_AS_WHAT_CAME_AFTER,
                         ids=[str(i) for i in range(len(RETOLD_AS_WHAT_CAME_AFTER))])
def test_a_happening_told_again_as_what_came_after(language: str, text: str,
                                                   expected: list) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


# the same, where the after clause's own act is a listing the extractor does not read:
# the release told again takes none of its count or month
RETOLD_RELEASES = [
    ("es", ("Nicaragua excarceló el miércoles a 41 presos. La excarcelación se produce semanas "
           "después de que el Departamento del Tesoro sancionara, el mes pasado, a tres "
           "funcionarios judiciales."), "2025-12-10"),
    ("it", ("Il Nicaragua ha scarcerato venerdì 41 detenuti. La scarcerazione arriva poche "
           "settimane dopo che Washington ha sanzionato, il mese scorso, tre giudici."),
     "2025-12-12"),
    ("pt", ("A Nicarágua libertou na sexta-feira 41 presos. A libertação ocorre semanas depois "
           "de Washington ter sancionado, no mês passado, três juízes."), "2025-12-12"),
    ("de", ("Nicaragua hat am Freitag 41 Gefangene freigelassen. Die Freilassung erfolgt wenige "
           "Wochen, nachdem Washington im vergangenen Monat drei Richter mit Sanktionen "
           "belegt hatte."), "2025-12-12"),
]


@pytest.mark.parametrize(("language", "text", "day"), RETOLD_RELEASES,
                         ids=[str(i) for i in range(len(RETOLD_RELEASES))])
def test_a_release_told_again_keeps_one_count(language: str, text: str, day: str) -> None:
    releases = [e for e in stated(text, language, modality=True) if e[0] == "release"]
    assert releases == [("release", 41, day, "reported")]
