"""Second recall sweep of Ukrainian and Polish: constructions beyond tests/test_events_sweep_slavic.py.

Demands in the plural ("закликали ... звільнити", "wezwali ... do uwolnienia"), the day
before ("напередодні відпустив"), a decree's own date ("Указом від 16.08.2024"),
participles in every case ("помилуваних", "відпущених"), black lists ("внесла до
чорного списку", "wpisano na czarną listę"), exchanges of detainees, "застосувати
санкції", "припинити дію санкцій"; Polish "skorzystał z prawa łaski", "łaskę otrzymało",
"darował resztę kary", "puścić wolno", "do zwolnienia ... doszło", restrictions
("nałożył restrykcje"), sanctions frameworks ("rozszerzyła ramy sankcyjne"), "ukarał
sankcjami", "wycofała sankcje", "wyłączono spod sankcji", "gościł wysłannika". The last
sentences of each language use the same words in another sense: no event.

Every sentence here was written for these tests. Each expected event is
``(type, count, date)``; the date is None when the sentence states none, published on
Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import found as _summary
from eventcases import stated as _found

CASES = [
    # uk: release
    ('uk', "Правозахисники закликали Мінськ звільнити всіх політв'язнів.", [('release', None, None)]),
    ('uk', "Опозиція вимагала випустити з-за ґрат усіх політичних в'язнів.", [('release', None, None)]),
    ('uk', "Режим напередодні відпустив на волю 52 політв'язнів.", [('release', 52, '2025-12-12')]),
    ('uk', "Напередодні ввечері з колонії вийшли троє активістів.", [('release', 3, '2025-12-12')]),
    ('uk', "У середу з-під варти відпустили 14 осіб, серед відпущених двоє журналістів.",
     [('release', 14, '2025-12-10')]),
    ('uk', "У четвер троє активістів залишили стіни колонії.", [('release', 3, '2025-12-11')]),
    ('uk', "Дві країни обмінялися затриманими: у вівторок кожна зі сторін передала по шестеро осіб.",
     [('release', 6, '2025-12-09')]),
    # uk: pardon
    ('uk', "Указом від 16.08.2024 Лукашенко помилував тридцятьох засуджених.", [('pardon', 30, '2024-08-16')]),
    ('uk', "Тридцять одного українця, помилуваних Лукашенком у середу, передано Україні.",
     [('pardon', 31, '2025-12-10'), ('release', 31, '2025-12-10')]),
    # uk: sanctions
    ('uk', "Рада ЄС у четвер внесла до свого чорного списку ще 25 осіб і сім організацій.",
     [('sanctions_imposed', 32, '2025-12-11')]),
    ('uk', "У середу РНБО застосувала санкції проти 40 компаній.", [('sanctions_imposed', 40, '2025-12-10')]),
    ('uk', "У вівторок Зеленський підписав рішення про застосування санкцій до 12 осіб.",
     [('sanctions_imposed', 12, '2025-12-09')]),
    ('uk', "У понеділок Канада припинила дію санкцій проти трьох банків.", [('sanctions_lifted', 3, '2025-12-08')]),
    # uk: talks
    ('uk', "У середу Зеленський переговорив із Макроном телефоном.", [('talks', None, '2025-12-10')]),
    ('uk', "У четвер Сибіга поспілкувався з главою МЗС Польщі.", [('talks', None, '2025-12-11')]),
    # uk: second sweep
    ('uk', "Учора на волю вийшов 31 українець.", [('release', 31, '2025-12-12')]),
    ('uk', "Мінфін США у вівторок додав до списку SDN 30 компаній.", [('sanctions_imposed', 30, '2025-12-09')]),
    ('uk', "Україна та Росія в середу обмінялися полоненими у форматі 84 на 84.",
     [('release', 84, '2025-12-10')]),
    ('uk', "Міністри закордонних справ обох країн зустрілися в четвер у Варшаві.", [('talks', None, '2025-12-11')]),
    ('uk', "У п'ятницю лідери двох країн провели телефонну розмову.", [('talks', None, '2025-12-12')]),
    ('uk', "У середу звільнили 52 політв'язнів, але за ґратами досі залишаються понад 1100 людей.",
     [('release', 52, '2025-12-10')]),
    ('uk', "Лукашенко має звичку помилувати кількох засуджених перед святами.", []),
    ('uk', "Лукашенко в суботу помилував 123 в'язнів; 114 з них передали Україні.",
     [('pardon', 123, '2025-12-13'), ('release', 114, '2025-12-13')]),
    ('uk', "У понеділок Київ і Москва передали одне одному по кілька сотень військовополонених.",
     [('release', None, '2025-12-08')]),
    ('uk', "Брюссель виключив можливість зняття санкцій з Мінська до вільних виборів.", [('sanctions_lifted', None, None)]),
    ('uk', "У середу білоруська влада дозволила виїхати 12 в'язням.", [('release', 12, '2025-12-10')]),
    ('uk', "У четвер 14 політв'язнів перетнули кордон з Литвою.", [('release', 14, '2025-12-11')]),
    ('uk', "Опозиціонер Микола Статкевич відмовився перетинати кордон.", [('release', None, None)]),
    ('uk', "До санкційного списку в четвер потрапили 25 осіб і 7 компаній.", [('sanctions_imposed', 32, '2025-12-11')]),
    ('uk', "Розмова Трампа з Путіним відбулася в четвер.", [('talks', None, '2025-12-11')]),
    # uk: other senses
    ('uk', "Уряд у п'ятницю скасував обмеження цін на електроенергію.", []),
    ('uk', "Уряд у п'ятницю послабив карантинні обмеження.", []),
    ('uk', "Уряд у п'ятницю запровадив обмеження на продаж алкоголю.", []),
    ('uk', "Розмова з журналістами відбулася в четвер.", []),
    ('uk', "У середу тисячі водіїв перетнули кордон у Ягодині.", []),
    ('uk', "Напередодні Дня незалежності в Мінську пройшов парад.", []),
    ('uk', "Клуб застосував санкції до трьох гравців за порушення дисципліни.", []),
    ('uk', "У середу банк припинив видачу кредитів.", []),
    ('uk', "Дід залишив онукам дім у селі.", []),
    ('uk', "Заступника міністра звільнили з посади в понеділок.", []),
    # pl: release
    ('pl', "Obrońcy praw człowieka wezwali Mińsk do uwolnienia wszystkich więźniów politycznych.",
     [('release', None, None)]),
    ('pl', "Białoruś ma w najbliższych dniach puścić wolno kolejną grupę więźniów.", [('release', None, None)]),
    ('pl', "Reżim puścił wolno w czwartek 14 opozycjonistów.", [('release', 14, '2025-12-11')]),
    ('pl', "Do zwolnienia 52 więźniów doszło w czwartek.", [('release', 52, '2025-12-11')]),
    ('pl', "Po odzyskaniu wolności w środę trzej dziennikarze wyjechali do Wilna.", [('release', 3, '2025-12-10')]),
    # pl: pardon
    ('pl', "Białoruski przywódca w środę znów skorzystał z prawa łaski wobec trzydziestu osób.",
     [('pardon', 30, '2025-12-10')]),
    ('pl', "Na mocy dekretu z 2 lipca łaskę otrzymało szesnaście osób.", [('pardon', 16, '2025-07-02')]),
    ('pl', "W czwartek Łukaszenka darował dwóm księżom resztę kary.", [('pardon', 2, '2025-12-11')]),
    ('pl', "Aktem łaski prezydent objął w piątek 25 skazanych.", [('pardon', 25, '2025-12-12')]),
    # pl: sanctions
    ('pl', "Waszyngton nałożył w piątek restrykcje na 19 osób i 14 podmiotów.",
     [('sanctions_imposed', 33, '2025-12-12')]),
    ('pl', "UE rozszerzyła w poniedziałek ramy sankcyjne wobec Białorusi.", [('sanctions_imposed', None, '2025-12-08')]),
    ('pl', "We wtorek USA ukarały sankcjami 30 tankowców floty cieni.", [('sanctions_imposed', None, '2025-12-09')]),
    ('pl', "W środę Londyn uderzył sankcjami w 12 firm.", [('sanctions_imposed', 12, '2025-12-10')]),
    ('pl', "W poniedziałek Kanada wycofała sankcje wobec dwóch banków.", [('sanctions_lifted', 2, '2025-12-08')]),
    ('pl', "W środę białoruskie linie Belavia wyłączono spod sankcji.", [('sanctions_lifted', None, '2025-12-10')]),
    ('pl', "4 listopada z czarnej listy skreślono Belavię.", [('sanctions_lifted', None, '2025-11-04')]),
    # pl: talks
    ('pl', "W czwartek Łukaszenka gościł w Mińsku wysłannika USA.", [('talks', None, '2025-12-11')]),
    # pl: second sweep
    ('pl', "W sobotę Mińsk oddał Ukrainie 114 więźniów.", [('release', 114, '2025-12-13')]),
    ('pl', "Ukraina odzyskała w sobotę z niewoli 150 obrońców.", [('release', 150, '2025-12-13')]),
    ('pl', "Ukraina i Rosja wymieniły w środę jeńców w formacie 84 na 84.", [('release', 84, '2025-12-10')]),
    ('pl', "Szefowie dyplomacji obu krajów spotkali się w czwartek w Warszawie.", [('talks', None, '2025-12-11')]),
    ('pl', "Wierni apelują teraz do władz w Mińsku o uwolnienie pozostałych więźniów.", [('release', None, None)]),
    ('pl', "Łukaszenka miał w zwyczaju ułaskawiać po kilku skazanych przed świętami.", []),
    ('pl', "Choć liczba ułaskawionych przekroczyła już 400, za kratami wciąż pozostaje ponad tysiąc osób.", []),
    ('pl', "Łukaszenka ułaskawił w sobotę 123 więźniów; 114 z nich przekazano Ukrainie.",
     [('pardon', 123, '2025-12-13'), ('release', 114, '2025-12-13')]),
    ('pl', "Dziewięciu więźniów przewieziono w sobotę do Wilna, pozostałe 114 przekazano Ukrainie.",
     [('release', 9, '2025-12-13'), ('release', 114, '2025-12-13')]),
    ('pl', "Rosja i Ukraina oddały sobie nawzajem po 84 jeńców.", [('release', 84, None)]),
    ('pl', "Bruksela wykluczyła możliwość zniesienia sankcji wobec Mińska przed wolnymi wyborami.",
     [('sanctions_lifted', None, None)]),
    ('pl', "W środę białoruskie władze pozwoliły wyjechać 12 więźniom.", [('release', 12, '2025-12-10')]),
    ('pl', "W czwartek 14 więźniów politycznych przekroczyło granicę z Litwą.", [('release', 14, '2025-12-11')]),
    ('pl', "Opozycjonista Mikoła Statkiewicz odmówił przekroczenia granicy.", [('release', None, None)]),
    ('pl', "Na listę sankcyjną trafiło w czwartek 25 osób i 7 podmiotów.", [('sanctions_imposed', 32, '2025-12-11')]),
    ('pl', "UE rozważa nałożenie nowych sankcji na Białoruś.", [('sanctions_imposed', None, None)]),
    # pl: other senses
    ('pl', "Rząd wprowadził w piątek ograniczenia cen prądu.", []),
    ('pl', "Rząd złagodził w piątek restrykcje covidowe.", []),
    ('pl', "W środę tysiące kierowców przekroczyło granicę w Terespolu.", []),
    ('pl', "Rodzicom pozwolono wyjechać na wakacje.", []),
    ('pl', "Matka więźnia oddała mu w środę list.", []),
    ('pl', "Sąsiad oddał mi w środę pożyczone książki.", []),
    ('pl', "Sąd darował mu grzywnę za wykroczenie drogowe.", []),
    ('pl', "Wierni otrzymali łaskę odpustu w czasie pielgrzymki.", []),
    ('pl', "Rząd wprowadził w piątek nowe restrykcje sanitarne w szkołach.", []),
    ('pl', "Nie wolno puszczać dzieci samych nad wodę.", []),
    ('pl', "Po zwolnieniu lekarskim w środę wrócił do pracy.", []),
    ('pl', "W piątek firma przeprowadziła zwolnienia grupowe 200 pracowników.", []),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_constructions(language: str, sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, language) == sorted(expected, key=str)


SIDES = [
    ('uk', "У понеділок Київ і Москва передали одне одному по кілька сотень військовополонених.",
     ['Russia', 'Ukraine']),
    ('uk', "Україна та Росія в середу обмінялися полоненими у форматі 84 на 84.", ['Russia', 'Ukraine']),
    ('pl', "Rosja i Ukraina oddały sobie nawzajem po 84 jeńców.", ['Russia', 'Ukraine']),
    ('pl', "Ukraina i Rosja wymieniły w środę jeńców w formacie 84 na 84.", ['Russia', 'Ukraine']),
]


@pytest.mark.parametrize(("language", "sentence", "sides"), SIDES)
def test_swap_frees_on_both_sides(language: str, sentence: str, sides: list[str]) -> None:
    """A swap written "each other", "84 for 84" is a release by each side."""
    actors = sorted(r[4] for r in _summary(sentence, language) if r[0] == 'release')
    assert actors == sides


DEMANDS = [
    ('uk', "Правозахисники закликали Мінськ звільнити всіх політв'язнів."),
    ('uk', "Опозиція вимагала випустити з-за ґрат усіх політичних в'язнів."),
    ('pl', "Obrońcy praw człowieka wezwali Mińsk do uwolnienia wszystkich więźniów politycznych."),
    ('pl', "Wierni apelują teraz do władz w Mińsku o uwolnienie pozostałych więźniów."),
]

HEDGED = [
    ('uk', "Опозиціонер Микола Статкевич відмовився перетинати кордон.", 'denied'),
    ('uk', "Брюссель виключив можливість зняття санкцій з Мінська до вільних виборів.", 'denied'),
    ('pl', "Opozycjonista Mikoła Statkiewicz odmówił przekroczenia granicy.", 'denied'),
    ('pl', "Bruksela wykluczyła możliwość zniesienia sankcji wobec Mińska przed wolnymi wyborami.", 'denied'),
    ('pl', "UE rozważa nałożenie nowych sankcji na Białoruś.", 'expected'),
]


@pytest.mark.parametrize(("language", "sentence", "modality"), HEDGED)
def test_refused_and_considered(language: str, sentence: str, modality: str) -> None:
    assert [r[-1] for r in _found(sentence, language, modality=True)] == [modality]


@pytest.mark.parametrize(("language", "sentence"), DEMANDS)
def test_plural_demands(language: str, sentence: str) -> None:
    assert [r[-1] for r in _found(sentence, language, modality=True)] == ['demanded']
