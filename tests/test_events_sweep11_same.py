"""One event per happening: the thirteenth-round sweep of extras (every language).

Sentences written for the project. A happening that talks were about ("the two leaders
discussed the possible release of 1,300 more", "стороны обсуждали возможное освобождение
ещё 1300 человек", "ont discuté de la libération de 1 300 autres prisonniers") is a topic,
no event of its own, whatever "possible" or a modal verb stand with it: the language's
``topic`` modality cue (now in ru, uk, pl, fr, es, it, pt, lt, hr besides en, de, nl, ar,
ja) governs every other cue, and it is read even where the verb of talking is a talks
trigger itself. The talks the verb tells stay; a happening told past a pause stays.
Published on Saturday 2025-12-13 (``eventcases.SAT``).
"""

from __future__ import annotations

import pytest
from eventcases import stated

# what talks were about: no event
TOPIC = [
    ("ru", "Они обсудили и освобождение ещё 1300 заключённых."),
    ("ru", "На встрече обсуждалось освобождение ещё около тысячи человек."),
    ("ru", "Стороны обсуждали снятие санкций с калия."),
    ("uk", "Вони обговорили також звільнення ще 1300 в'язнів."),
    ("uk", "Сторони обговорювали зняття санкцій з калію."),
    ("pl", "Strony dyskutowały o zniesieniu sankcji na potas."),
    ("fr", "Selon Donald Trump, les deux dirigeants ont discuté de la libération de 1 300 "
           "autres prisonniers."),
    ("fr", "Il a été question de la levée des sanctions sur la potasse."),
    ("fr", "Les deux hommes ont parlé d'une nouvelle libération de prisonniers."),
    ("es", "Según Trump, ambos hablaron de la liberación de otros 1.300 presos."),
    ("es", "Los dos líderes discutieron la posible excarcelación de 1.300 personas más."),
    ("es", "Abordaron también el levantamiento de las sanciones al potasio."),
    ("it", "Secondo Trump, i due hanno discusso della liberazione di altri 1.300 detenuti."),
    ("it", "Hanno parlato anche della possibile scarcerazione di altre 1.300 persone."),
    ("pt", "Segundo Trump, os dois discutiram a libertação de mais 1.300 presos."),
    ("pt", "Falaram também sobre a possível libertação de outras 1.300 pessoas."),
    ("lt", "Kalbėta ir apie dar 1300 kalinių paleidimą."),
    ("hr", "Prema Trumpovim riječima, razgovarali su i o puštanju još 1300 ljudi."),
    ("hr", "Dvojica čelnika raspravljala su o mogućem oslobađanju još 1300 zatvorenika."),
    ("en", "The two leaders discussed the possible release of 1,300 more prisoners."),
]


@pytest.mark.parametrize(("language", "text"), TOPIC, ids=[str(i) for i in range(len(TOPIC))])
def test_a_topic_of_talks_is_no_event(language: str, text: str) -> None:
    assert stated(text, language, modality=True) == []


# the verb of talking is a talks trigger: the talks stay, the topic is no event
TALKS_AND_TOPIC = [
    ("ru", "По словам Трампа, стороны обсуждали возможное освобождение ещё 1300 человек."),
    ("uk", "За словами Трампа, сторони обговорювали можливе звільнення ще 1300 людей."),
    ("pl", "Według Trumpa rozmawiano także o uwolnieniu kolejnych 1300 osób."),
    ("pl", "Obaj przywódcy omawiali możliwe uwolnienie kolejnych 1300 więźniów."),
    ("lt", "Pasak D. Trumpo, jie aptarė ir galimą dar 1300 žmonių paleidimą."),
]


@pytest.mark.parametrize(("language", "text"), TALKS_AND_TOPIC,
                         ids=[str(i) for i in range(len(TALKS_AND_TOPIC))])
def test_the_talks_stay_and_their_topic_is_no_event(language: str, text: str) -> None:
    assert stated(text, language, modality=True) == [("talks", None, None, "reported")]


# a happening told as such, or past a pause after the talks' topic, stays
KEPT = [
    ("ru", "В пятницу Минск освободил 16 заключённых.",
     [("release", 16, "2025-12-12", "reported")]),
    ("ru", "Лукашенко и Трамп в пятницу обсудили по телефону освобождение политзаключённых.",
     [("talks", None, "2025-12-12", "reported")]),
    ("uk", "У п'ятницю Мінськ звільнив 16 в'язнів.",
     [("release", 16, "2025-12-12", "reported")]),
    ("pl", "W piątek Mińsk uwolnił 16 więźniów.", [("release", 16, "2025-12-12", "reported")]),
    ("fr", "Minsk a libéré vendredi 16 prisonniers.",
     [("release", 16, "2025-12-12", "reported")]),
    ("es", "Minsk liberó el viernes a 16 presos.", [("release", 16, "2025-12-12", "reported")]),
    ("it", "Minsk ha liberato venerdì 16 prigionieri.",
     [("release", 16, "2025-12-12", "reported")]),
    ("lt", "Penktadienį Minskas paleido 16 kalinių.",
     [("release", 16, "2025-12-12", "reported")]),
    ("hr", "Minsk je u petak oslobodio 16 zatvorenika.",
     [("release", 16, "2025-12-12", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), KEPT,
                         ids=[str(i) for i in range(len(KEPT))])
def test_a_happening_beside_a_topic_stays(language: str, text: str, expected: list) -> None:
    assert stated(text, language, modality=True) == expected


# a step that ought not to come (a negated obligation, "a caution"): no event, not a denial
CAUTION = [
    ("en", "The EU must not lift its sanctions until all political prisoners are free."),
    ("en", "Tsikhanouskaya said the releases should not be a reason to lift sanctions."),
    ("es", "La UE no debe levantar sus sanciones mientras haya presos políticos."),
    ("es", "Las excarcelaciones no deben servir de excusa para aliviar las sanciones."),
    ("hr", "Puštanja na slobodu ne smiju biti razlog za ublažavanje sankcija."),
    ("hr", "EU ne smije ukinuti sankcije dok su politički zatvorenici u zatvoru."),
    ("fr", "L'UE ne doit pas lever ses sanctions tant que des prisonniers restent détenus."),
    ("fr", "Ces libérations ne doivent pas servir de prétexte à un allègement des sanctions."),
    ("de", "Die EU darf die Sanktionen nicht lockern, solange politische Gefangene in Haft "
           "sind."),
    ("de", "Die EU dürfe ihre Sanktionen nicht aufheben, sagte Tichanowskaja."),
    ("ru", "ЕС не должен снимать санкции, пока в тюрьмах остаются политзаключённые."),
    ("ru", "Освобождения не должны стать поводом для смягчения санкций."),
    ("uk", "ЄС не повинен знімати санкції, поки політв'язні залишаються за ґратами."),
    ("pl", "UE nie powinna znosić sankcji, dopóki więźniowie polityczni pozostają za kratami."),
    ("it", "L'UE non deve revocare le sanzioni finché ci sono prigionieri politici."),
    ("pt", "A UE não deve levantar as sanções enquanto houver presos políticos."),
    ("lt", "ES neturėtų švelninti sankcijų, kol kalėjimuose lieka politinių kalinių."),
]


@pytest.mark.parametrize(("language", "text"), CAUTION,
                         ids=[str(i) for i in range(len(CAUTION))])
def test_a_step_that_ought_not_to_come_is_no_event(language: str, text: str) -> None:
    assert stated(text, language, modality=True) == []


# a step that did not come stays a denied event
NOT_DONE = [
    ("en", "The EU has not lifted its sanctions on Belarus."),
    ("es", "La UE no levantó sus sanciones contra Minsk."),
    ("hr", "EU nije ukinuo sankcije protiv Minska."),
]


@pytest.mark.parametrize(("language", "text"), NOT_DONE,
                         ids=[str(i) for i in range(len(NOT_DONE))])
def test_a_step_that_did_not_come_stays_denied(language: str, text: str) -> None:
    assert stated(text, language, modality=True) == [("sanctions_lifted", None, None, "denied")]
