"""Third recall sweep of Ukrainian, Polish and Russian: dates across clauses and sentences.

What whole pages showed to be weak: two acts of one sentence on two days ("помиловал в
конце июля, а 1 августа его освободили"), a gapped clause that keeps only a date and a
number (", а 20 ноября — ещё 32"), a day counted from the event told before ("Через два
дня", "Kilka godzin później", "Тижнем раніше"), the people of an earlier paragraph's
event ("Більшість помилуваних ... передала Україні"), a Polish "po wizycie ..." phrase that
hid the date before it, inverted freedom idioms ("wolność odzyskało 14 więźniów"),
abbreviations that cut a sentence ("m.in."), demands with "apelować", what analysts do not
rule out ("не исключают, что ... подпишет"), and words for returning home, filling a
sanctions list and holding a conversation, exchanges without a count, prisoners who left
the country, black lists and unfrozen assets. The last sentences of each language use the
same words in another sense: no event.

Every sentence here was written for these tests. Each expected event is
``(type, count, date)``; the date is None when the text states none, published on
Saturday 2025-12-13.
"""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import SAT
from eventcases import stated as _found

from toolkit.events import events_from_text

CASES = [
    # ru: two acts of one sentence, each on its own day
    ('ru', "Гражданина Германии Лукашенко помиловал в конце июля, а 1 августа его освободили "
           "в рамках обмена.", [('pardon', None, '2025-07-01'), ('release', None, '2025-08-01')]),
    # ru: a gapped clause keeps only its date and its number
    ('ru', "7 ноября на свободу вышел 31 человек, а 20 ноября — ещё 32.",
     [('release', 31, '2025-11-07'), ('release', 32, '2025-11-20')]),
    ('ru', "Указы шли один за другим: 4 сентября помилованы ещё тридцать осуждённых, 16 сентября, "
           "накануне праздника, — 37.", [('pardon', 30, '2025-09-04'), ('pardon', 37, '2025-09-16')]),
    ('ru', "В декабре было два указа: 9 декабря Лукашенко помиловал 29 человек, а 1 декабря — "
           "двадцать.", [('pardon', 20, '2025-12-01'), ('pardon', 29, '2025-12-09')]),
    # ru: words
    ('ru', "В понедельник 31 украинец вернулся домой после помилования.", [('release', 31, '2025-12-08')]),
    ('ru', "В понедельник 31 украинец помилован.", [('pardon', 31, '2025-12-08')]),
    ('ru', "В среду Латвия пополнила свой санкционный список.", [('sanctions_imposed', None, '2025-12-10')]),
    ('ru', "В четверг Лукашенко и Коул провели двухчасовую беседу.", [('talks', None, '2025-12-11')]),
    # ru: a day counted from the event told before
    ('ru', "В среду режим освободил 16 политзаключённых. Через два дня США смягчили санкции против "
           "«Белавиа».", [('release', 16, '2025-12-10'), ('sanctions_eased', None, '2025-12-12')]),
    ('ru', "В среду режим освободил 16 политзаключённых. На следующий день Вашингтон снял санкции "
           "с «Белавиа».", [('release', 16, '2025-12-10'), ('sanctions_lifted', None, '2025-12-11')]),
    ('ru', "В среду режим освободил 16 политзаключённых. Неделей ранее Лукашенко встретился со "
           "спецпосланником США.", [('release', 16, '2025-12-10'), ('talks', None, '2025-12-03')]),
    ('ru', "Два дня назад власти освободили 16 человек.", [('release', 16, '2025-12-11')]),
    # ru: "then" and "the same month" carry the date of the event told before
    ('ru', "В сентябре Коул встретился с Лукашенко. Тогда на свободу вышли 52 человека.",
     [('release', 52, '2025-09-01'), ('talks', None, '2025-09-01')]),
    ('ru', "В сентябре Коул встретился с Лукашенко. В том же месяце на свободу вышли 52 человека.",
     [('release', 52, '2025-09-01'), ('talks', None, '2025-09-01')]),
    ('ru', "Если Минск освободит всех, тогда США снимут санкции.", [('sanctions_lifted', None, None)]),
    ('ru', "В субботу политзаключённые пересекли границу с Литвой.", [('release', None, '2025-12-13')]),
    ('ru', "Во вторник Лукашенко простил 16 осуждённых.", [('pardon', 16, '2025-12-09')]),
    ('ru', "В пятницу 52 политзаключённых покинули Беларусь.", [('release', 52, '2025-12-12')]),
    ('ru', "В субботу Украина и Россия провели обмен пленными.", [('release', None, '2025-12-13')]),
    ('ru', "В четверг 25 белорусских судей попали в чёрный список ЕС.", [('sanctions_imposed', 25, '2025-12-11')]),
    ('ru', "В среду ЕС внёс в чёрный список 25 белорусских чиновников.", [('sanctions_imposed', 25, '2025-12-10')]),
    ('ru', "Во вторник США разморозили активы «Белавиа».", [('sanctions_eased', None, '2025-12-09')]),
    ('ru', "Двумя неделями ранее, 13 декабря, режим освободил 123 заключённых.", [('release', 123, '2025-12-13')]),
    ('ru', "Режим освободил 52 человек 11 сентября, а днём позже США смягчили санкции.",
     [('release', 52, '2025-09-11'), ('sanctions_eased', None, '2025-09-12')]),
    # ru: other senses
    ('ru', "Туристы вернулись домой в понедельник.", []),
    ('ru', "Учительница провела беседу с учениками в четверг.", []),
    ('ru', "Магазин в среду пополнил ассортимент.", []),
    ('ru', "Тысячи белорусов покинули страну после 2020 года.", []),
    ('ru', "Водители в среду пересекли границу в Бресте.", []),
    ('ru', "Мать простила сыну долги.", []),
    ('ru', "Банк внёс клиента в чёрный список должников.", []),
    ('ru', "Суд во вторник разморозил счета компании.", []),
    ('ru', "Во вторник Россия и Украина обменялись телами погибших.", []),

    # uk
    ('uk', "Лукашенко помилував німця наприкінці липня, а 1 серпня його звільнили в рамках обміну.",
     [('pardon', None, '2025-07-01'), ('release', None, '2025-08-01')]),
    ('uk', "7 листопада на волю вийшов 31 чоловік, а 20 листопада — ще 32.",
     [('release', 31, '2025-11-07'), ('release', 32, '2025-11-20')]),
    ('uk', "У понеділок 31 українець повернувся додому після помилування.", [('release', 31, '2025-12-08')]),
    ('uk', "У середу Латвія поповнила національний санкційний список.",
     [('sanctions_imposed', None, '2025-12-10')]),
    ('uk', "У четвер Лукашенко і Коул провели двогодинну бесіду.", [('talks', None, '2025-12-11')]),
    ('uk', "У середу режим звільнив 16 політв'язнів. Через два дні США пом'якшили санкції проти "
           "«Белавіа».", [('release', 16, '2025-12-10'), ('sanctions_eased', None, '2025-12-12')]),
    ('uk', "У середу режим звільнив 16 політв'язнів. Наступного дня Вашингтон зняв санкції з "
           "«Белавіа».", [('release', 16, '2025-12-10'), ('sanctions_lifted', None, '2025-12-11')]),
    ('uk', "У середу режим звільнив 16 політв'язнів. Тижнем раніше Лукашенко зустрівся зі "
           "спецпосланцем США.", [('release', 16, '2025-12-10'), ('talks', None, '2025-12-03')]),
    ('uk', "Два дні тому влада звільнила 16 людей.", [('release', 16, '2025-12-11')]),
    ('uk', "У вересні Коул зустрівся з Лукашенком. Тоді на волю вийшли 52 людини.",
     [('release', 52, '2025-09-01'), ('talks', None, '2025-09-01')]),
    ('uk', "У пʼятницю 52 політв'язні покинули Білорусь.", [('release', 52, '2025-12-12')]),
    ('uk', "У суботу Україна та Росія провели обмін полоненими.", [('release', None, '2025-12-13')]),
    ('uk', "У п'ятницю Лукашенко подарував свободу 16 засудженим.", [('release', 16, '2025-12-12')]),
    ('uk', "У суботу з місць позбавлення волі вийшли 14 людей.", [('release', 14, '2025-12-13')]),
    ('uk', "Лукашенко у вівторок простив 16 засуджених.", [('pardon', 16, '2025-12-09')]),
    ('uk', "У вівторок США розморозили активи «Белавіа».", [('sanctions_eased', None, '2025-12-09')]),
    ('uk', "Режим звільнив 52 людей 11 вересня, а наступного дня США пом'якшили санкції.",
     [('release', 52, '2025-09-11'), ('sanctions_eased', None, '2025-09-12')]),
    ('uk', "Туристи повернулися додому в неділю.", []),
    ('uk', "Вчителька провела бесіду з учнями в четвер.", []),
    ('uk', "Бібліотека в середу поповнила фонди новими книжками.", []),
    ('uk', "Тисячі білорусів покинули країну після 2020 року.", []),
    ('uk', "Учитель простив учням запізнення.", []),

    # pl
    ('pl', "Łukaszenka ułaskawił Niemca pod koniec lipca, a 1 sierpnia został on uwolniony w ramach "
           "wymiany.", [('pardon', None, '2025-07-01'), ('release', None, '2025-08-01')]),
    ('pl', "7 listopada na wolność wyszło 31 osób, a 20 listopada – kolejne 32.",
     [('release', 31, '2025-11-07'), ('release', 32, '2025-11-20')]),
    ('pl', "W czerwcu, po wizycie wysłannika USA w Mińsku, wolność odzyskało 14 więźniów.",
     [('release', 14, '2025-06-01')]),
    ('pl', "Dwa tygodnie wcześniej, 13 listopada, po wizycie amerykańskiego wysłannika reżim wypuścił "
           "123 więźniów.", [('release', 123, '2025-11-13')]),
    ('pl', "W czerwcu na wolność wyszedł m.in. Siarhiej Cichanouski.", [('release', None, '2025-06-01')]),
    ('pl', "Tego samego dnia Unia Europejska poszerzyła ramy sankcji wobec Białorusi.",
     [('sanctions_imposed', None, None)]),
    ('pl', "W poniedziałek 31 Ukraińców wróciło do domu po ułaskawieniu.", [('release', 31, '2025-12-08')]),
    ('pl', "W czwartek Mińsk zwrócił wolność 14 więźniom.", [('release', 14, '2025-12-11')]),
    ('pl', "W czwartek Łukaszenka spotkał się z wysłannikiem USA. Kilka godzin później pod granicę z "
           "Litwą przewieziono 52 więźniów.", [('release', 52, '2025-12-11'), ('talks', None, '2025-12-11')]),
    ('pl', "W środę reżim uwolnił 16 więźniów. Dwa dni później USA złagodziły sankcje wobec Belavii.",
     [('release', 16, '2025-12-10'), ('sanctions_eased', None, '2025-12-12')]),
    ('pl', "W środę reżim uwolnił 16 więźniów. Następnego dnia Waszyngton zniósł sankcje nałożone na "
           "Belavię.", [('release', 16, '2025-12-10'), ('sanctions_lifted', None, '2025-12-11')]),
    ('pl', "W środę reżim uwolnił 16 więźniów. Po dwóch dniach Waszyngton zniósł sankcje nałożone na "
           "Belavię.", [('release', 16, '2025-12-10'), ('sanctions_lifted', None, '2025-12-12')]),
    ('pl', "W środę reżim uwolnił 16 więźniów. Tydzień wcześniej Łukaszenka spotkał się z wysłannikiem "
           "USA.", [('release', 16, '2025-12-10'), ('talks', None, '2025-12-03')]),
    ('pl', "Wysłannik USA poinformował w sobotę, że USA znoszą sankcje na białoruski potas; wcześniej, "
           "4 listopada, z czarnej listy skreślono Belavię.",
     [('sanctions_lifted', None, '2025-11-04'), ('sanctions_lifted', None, None)]),
    ('pl', "We wrześniu Coale spotkał się z Łukaszenką. Wtedy na wolność wyszło 52 więźniów.",
     [('release', 52, '2025-09-01'), ('talks', None, '2025-09-01')]),
    ('pl', "W piątek 52 więźniów politycznych opuściło Białoruś.", [('release', 52, '2025-12-12')]),
    ('pl', "W sobotę Ukraina i Rosja przeprowadziły wymianę jeńców.", [('release', None, '2025-12-13')]),
    ('pl', "Londyn w czwartek dołączył 20 osób do listy sankcyjnej.", [('sanctions_imposed', 20, '2025-12-11')]),
    ('pl', "We wtorek USA odmroziły aktywa Belavii.", [('sanctions_eased', None, '2025-12-09')]),
    ('pl', "W czwartek Kanada dołączyła do sankcji UE.", [('sanctions_imposed', None, '2025-12-11')]),
    ('pl', "Reżim uwolnił 52 osoby 11 września, a następnego dnia USA złagodziły sankcje.",
     [('release', 52, '2025-09-11'), ('sanctions_eased', None, '2025-09-12')]),
    ('pl', "Po meczu kibice wrócili do domu w niedzielę.", []),
    ('pl', "Prezes zwrócił w czwartek uwagę na wolność słowa.", []),
    ('pl', "Tysiące Białorusinów opuściło kraj po 2020 roku.", []),
    ('pl', "W czwartek Kanada dołączyła do koalicji.", []),
    ('pl', "We wtorek UE i Mercosur podpisały umowę o wymianie handlowej.", []),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_sweep3_sentence(language: str, sentence: str, expected: list[tuple]) -> None:
    assert sorted(_found(sentence, language), key=repr) == sorted(expected, key=repr)


HEDGED = [
    ('ru', "Аналитики не исключают, что до выборов Лукашенко подпишет ещё один указ о помиловании.",
     'expected'),
    ('uk', "Аналітики не виключають, що Лукашенко підпише ще один указ про помилування.", 'expected'),
    ('pl', "Analitycy nie wykluczają, że Łukaszenka podpisze kolejny dekret o ułaskawieniu.", 'expected'),
    ('uk', "Правозахисники апелюють до Мінська звільнити всіх політв'язнів.", 'demanded'),
    ('pl', "Rzecznik MSZ zaapelował w czwartek wieczorem do władz w Mińsku o uwolnienie dziennikarza.",
     'demanded'),
    ('pl', "Apelujemy do władz w Mińsku o natychmiastowe i bezwarunkowe uwolnienie wszystkich więźniów "
           "politycznych.", 'demanded'),
]


@pytest.mark.parametrize(("language", "sentence", "modality"), HEDGED)
def test_sweep3_modality(language: str, sentence: str, modality: str) -> None:
    assert [r[-1] for r in _found(sentence, language, modality=True)] == [modality]


PARAGRAPHS = [
    # the people of an earlier paragraph's event take its day
    ('uk', "У суботу, 13 грудня, Лукашенко підписав указ про помилування 123 ув'язнених.\n\n"
           "Більшість помилуваних — 114 людей — білоруська сторона передала Україні, ще дев'ятьох "
           "вивезли до Литви.",
     [('pardon', 123, '2025-12-13'), ('release', 9, '2025-12-13'), ('release', 114, '2025-12-13')]),
    # an undated event of another family in another paragraph stays undated
    ('uk', "У суботу, 13 грудня, Лукашенко підписав указ про помилування 123 ув'язнених.\n\n"
           "Вашингтон натомість знімає санкції з білоруського калію.",
     [('pardon', 123, '2025-12-13'), ('sanctions_lifted', None, None)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), PARAGRAPHS)
def test_sweep3_paragraphs(language: str, text: str, expected: list[tuple]) -> None:
    rows = events_from_text(text, SAT, language)
    got = sorted(((r["event_type"], None if pd.isna(r["count"]) else int(r["count"]),
                   None if pd.isna(r["date"]) or r["date_basis"] == "published"
                   else str(r["date"].date())) for r in rows if not r["cumulative"]), key=repr)
    assert got == sorted(expected, key=repr)
