"""Event extraction in Bulgarian (bg), added as data only: toolkit/resources/patterns/bg.json
and toolkit/resources/lang/bg/*.

Bulgarian has lost the noun cases but writes the definite article on the word
("затворниците", "санкциите", "политическите затворници"); the press reports what it did
not witness in the renarrative mood ("освободил", "били освободени"), and counts men and
mixed groups with masculine-personal numerals ("двама", "трима", "петдесет и двама",
"52-ма"). The sentences below were written for these tests in the style of real reporting
on the Belarus story: each event type, counts as digits and as words, qualifiers,
absolute and relative dates, the actor, negated, expected and demanded events, and
look-alikes that must stay quiet (a software release, "освободен от длъжност" = dismissed
from a post, tax exemptions, the Liberation of Bulgaria). Published on Saturday
2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import SAT, stated

from toolkit.events import available_languages, events_from_text

# (sentence, [(type, count, date)]): the date is None when the sentence states none
CASES = [
    # --- release: verbs, aspects, passive, renarrative, idioms
    ("Беларус освободи в събота 123 политически затворници.",
     [("release", 123, "2025-12-13")]),
    ("В четвъртък на свобода бяха пуснати петдесет и двама затворници, сред които и "
     "журналистът Игор Лосик.", [("release", 52, "2025-12-11")]),
    ("Властите освободиха на 13 декември 2025 г. дванадесет души.",
     [("release", 12, "2025-12-13")]),
    ("Преди два дни на свобода излязоха 14 чужденци.", [("release", 14, "2025-12-11")]),
    ("Миналата седмица бяха освободени над 50 затворници.", [("release", 50, "2025-12-01")]),
    ("Вчера от колонията излезе известният блогър.", [("release", None, "2025-12-12")]),
    ("В сряда 24-ма политзатворници напуснаха затвора.", [("release", 24, "2025-12-10")]),
    ("В сряда Минск пусна на свобода двама литовски граждани.",
     [("release", 2, "2025-12-10")]),
    ("Освободените затворници бяха предадени на литовската страна в сряда.",
     [("release", None, "2025-12-10")]),
    ("В петък трима журналисти най-после получиха свободата си.",
     [("release", 3, "2025-12-12")]),
    ("Освобождаването на 52 политзатворници стана на 11 септември.",
     [("release", 52, "2025-09-11")]),
    ("Опозиционерът бил освободен предсрочно в понеделник, съобщават близките му.",
     [("release", None, "2025-12-08")]),
    ("Вчера властите освободиха още тридесет политически затворници.",
     [("release", 30, "2025-12-12")]),
    ("На 3 декември на свобода излязоха петдесет и двама политзатворници.",
     [("release", 52, "2025-12-03")]),
    ("В сряда страните размениха 150 военнопленници.", [("release", 150, "2025-12-10")]),
    ("Размяната на затворници между Русия и САЩ се състоя на 1 август 2024 г.",
     [("release", None, "2024-08-01")]),
    ("Двамата американци вече са на свобода, заяви в четвъртък Държавният департамент.",
     [("release", 2, None)]),
    ("В понеделник около двадесетина затворници бяха прехвърлени в Литва.",
     [("release", 20, "2025-12-08")]),
    # --- pardon
    ("Лукашенко помилва в петък трийсет осъдени.", [("pardon", 30, "2025-12-12")]),
    ("Вчера президентът помилва тридесет и двама затворници.", [("pardon", 32, "2025-12-12")]),
    ("Според държавната агенция Лукашенко помилвал 16 души в четвъртък.",
     [("pardon", 16, "2025-12-11")]),
    ("В сряда бяха помилвани деветнадесет осъдени.", [("pardon", 19, "2025-12-10")]),
    ("Указът за помилване на 25 души беше подписан в сряда.", [("pardon", 25, "2025-12-10")]),
    ("В сряда под амнистия попаднаха двеста осъдени.", [("pardon", 200, "2025-12-10")]),
    ("Лукашенко амнистира в петък 14 затворници.", [("pardon", 14, "2025-12-12")]),
    ("Завчера Лукашенко помилва 16 затворници, които след това бяха освободени.",
     [("pardon", 16, "2025-12-11"), ("release", 16, "2025-12-11")]),
    # --- sanctions imposed / extended
    ("ЕС наложи нови санкции срещу 25 лица и 7 организации.",
     [("sanctions_imposed", 32, None)]),
    ("Във вторник САЩ въведоха санкции срещу 12 компании.",
     [("sanctions_imposed", 12, "2025-12-09")]),
    ("В сряда Съветът на ЕС одобри нов пакет санкции срещу Беларус.",
     [("sanctions_imposed", None, "2025-12-10")]),
    ("Европейският съюз удължи ограничителните мерки срещу Беларус на 24 февруари.",
     [("sanctions_imposed", None, "2025-02-24")]),
    ("В понеделник Министерството на финансите на САЩ включи 30 лица в списъка SDN.",
     [("sanctions_imposed", 30, "2025-12-08")]),
    ("Новите санкции влязоха в сила в понеделник.", [("sanctions_imposed", None, "2025-12-08")]),
    ("Във вторник Великобритания санкционира 20 беларуски съдии.",
     [("sanctions_imposed", 20, "2025-12-09")]),
    # --- sanctions lifted / list removal
    ("Съединените щати отмениха през септември санкциите срещу националната авиокомпания "
     "„Белавиа“.", [("sanctions_lifted", None, "2025-09-01")]),
    ("В сряда Министерството на финансите на САЩ извади „Белавиа“ от санкционния списък.",
     [("sanctions_lifted", None, "2025-12-10")]),
    ("Вашингтон вдигна санкциите срещу „Беларуськалий“ на 4 ноември.",
     [("sanctions_lifted", None, "2025-11-04")]),
    ("Санкциите срещу „Белавиа“ бяха отменени в четвъртък.",
     [("sanctions_lifted", None, "2025-12-11")]),
    ("Отмяната на санкциите срещу авиокомпанията беше обявена на 11 септември.",
     [("sanctions_lifted", None, "2025-09-11")]),
    # --- sanctions eased
    ("Вашингтон облекчи санкциите срещу „Белавиа“ миналия месец.",
     [("sanctions_eased", None, "2025-11-01")]),
    ("В сряда Министерството на финансите на САЩ издаде общ лиценз за сделки с „Белавиа“.",
     [("sanctions_eased", None, "2025-12-10")]),
    ("В петък САЩ разхлабиха санкциите срещу беларуския калиев сектор.",
     [("sanctions_eased", None, "2025-12-12")]),
    ("Вашингтон временно отмени част от санкциите срещу „Беларуськалий“ в понеделник.",
     [("sanctions_eased", None, "2025-12-08")]),
    # --- talks
    ("Лукашенко се срещна на 12 септември в Минск с американския пратеник Джон Коул.",
     [("talks", None, "2025-09-12")]),
    ("В четвъртък Лукашенко разговаря по телефона с американския президент.",
     [("talks", None, "2025-12-11")]),
    ("Преговорите между САЩ и Беларус се проведоха в Минск в сряда.",
     [("talks", None, "2025-12-10")]),
    ("В петък американската делегация проведе преговори с Лукашенко в Минск.",
     [("talks", None, "2025-12-12")]),
    # --- non-events: other senses of the words
    ("Компанията пусна вчера нова версия на своя софтуер.", []),
    ("Министърът беше освободен от длъжност в понеделник.", []),
    ("Продуктите за износ са освободени от ДДС.", []),
    ("Групата пусна нов албум в петък.", []),
    ("На 3 март България отбелязва годишнината от Освобождението.", []),
    ("Срещата на футболните клубове завърши 2:1.", []),
    ("Правителството наложи вето на закона в сряда.", []),
]

# (sentence, type, modality): negated, expected and demanded events
MODALITY = [
    ("Минск отрече, че затворниците ще бъдат освободени.", "release", "denied"),
    ("Властите не освободиха нито един затворник.", "release", "denied"),
    ("Опозицията призова за освобождаването на всички политически затворници.",
     "release", "demanded"),
    ("Очаква се САЩ да облекчат санкциите срещу производителя на калиеви торове "
     "„Беларуськалий“.", "sanctions_eased", "expected"),
    ("Европейският съюз възнамерява да удължи санкциите срещу Минск.",
     "sanctions_imposed", "expected"),
    ("Тихановска настоя Минск да освободи всички политически затворници.",
     "release", "demanded"),
    ("Вашингтон няма да вдигне санкциите срещу „Беларуськалий“.",
     "sanctions_lifted", "denied"),
    ("Лукашенко може да помилва още затворници до края на годината.", "pardon", "expected"),
]

# (sentence, actor): the party doing the event
ACTORS = [
    ("Беларус освободи в събота 123 политически затворници.", "Belarus"),
    ("ЕС наложи нови санкции срещу 25 лица и 7 организации.", "EU"),
    ("Съединените щати отмениха през септември санкциите срещу „Белавиа“.", "US"),
    ("Вашингтон облекчи санкциите срещу „Белавиа“ миналия месец.", "US"),
]


def test_bulgarian_is_a_supported_language() -> None:
    assert "bg" in available_languages()


@pytest.mark.parametrize(("sentence", "expected"), CASES,
                         ids=[f"bg-{i}" for i in range(len(CASES))])
def test_bulgarian_type_count_and_date(sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, "bg") == sorted(expected, key=str)


@pytest.mark.parametrize(("sentence", "event_type", "modality"), MODALITY,
                         ids=[f"bg-mod-{i}" for i in range(len(MODALITY))])
def test_bulgarian_modality(sentence: str, event_type: str, modality: str) -> None:
    rows = [r for r in events_from_text(sentence, SAT, "bg") if r["event_type"] == event_type]
    assert rows, sentence
    assert {r["modality"] for r in rows} == {modality}


@pytest.mark.parametrize(("sentence", "actor"), ACTORS,
                         ids=[f"bg-actor-{i}" for i in range(len(ACTORS))])
def test_bulgarian_actor(sentence: str, actor: str) -> None:
    assert {r["actor"] for r in events_from_text(sentence, SAT, "bg")} == {actor}


def test_bulgarian_qualifiers() -> None:
    def qualifier(sentence: str) -> tuple:
        (row,) = events_from_text(sentence, SAT, "bg")
        return row["count"], row["count_qualifier"]

    assert qualifier("Миналата седмица бяха освободени над 50 затворници.") == (50, "more_than")
    assert qualifier("Вчера бяха освободени най-малко 14 души.") == (14, "at_least")
    assert qualifier("Вчера бяха освободени около 30 затворници.") == (30, "about")
    assert qualifier("Вчера бяха освободени петдесетина затворници.") == (50, "about")
