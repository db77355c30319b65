"""Japanese, Russian and English events: a second sweep of how each press words the events.

Every sentence here was written for these tests, in the style of news reporting.
Each expected event is ``(type, date, count, qualifier, modality)``; running totals
are left out.

English: "turned / cut loose 123 prisoners", "spirited across the border", "emerged
from prison", "left the penal colony", "returned 31 Ukrainians to Ukraine", "handing back
185 captives", "spared ... the remainder of their sentences" (pardon), "clemency to 16",
"frees another batch of 16", a pardon noun heading the clause of a release ("a pardon
decree ... set free 29 people": both), "ended / rescinded sanctions", "unblocked the
assets", a long object before "on its blacklist"; quiet: money "freed up", a party "cut
loose", "left the prison service", "does not unblock".

Japanese: 放免, 送還 to the other side, 拘束を解く, 解き放つ, 刑を免除 and 減刑 (pardon),
資産凍結などの対象から除外 and a headline 制裁リストから除外 (lifted), 一般許可を出す
(eased), 制裁の枠組みを広げる (imposed), counts the count phrases read summed
(個人25人と7団体), polite forms (釈放しました; 釈放していません is denied), a quoted
non-past verb (解除すると発表した) as expected, 自由にするよう迫った as a demand, a
person named by an honorific (ヌフェルさん) or as one identified person (米国人女性) counts
as named, a number of people still held (収監されている1100人) is no count, a subject
with its abbreviation in brackets (欧州連合（ＥＵ）は) names the actor; quiet:
deportation of migrants (強制送還).

Russian: "остальных 114 передали Украине" (a country is no count noun), "вернула Украине
31 гражданина", "даровал свободу", "выслали / депортированы" (freed prisoners),
"разрешил сделки с" (eased), "под санкции ... попали" (imposed), "освободили от санкций"
(lifted), a demand over a longer adverbial ("призвали власти немедленно и без всяких
условий освободить"), a name after a known name ("гражданку США Анастасию Нухфер"),
"12 граждан Ирана и трёх компаний" (summed).
"""

from __future__ import annotations

import pytest
from eventcases import summary

PUB = "2025-12-13"  # a Saturday
FRI = "2025-12-12"
_FIELDS = ("event_type", "date", "count", "count_qualifier", "modality")


def _found(sentence: str, language: str, published: str = PUB) -> list[tuple]:
    return summary(sentence, language, _FIELDS, published=published, totals=False)


EN = [
    ("Belarus on Friday turned loose 123 prisoners, among them a Nobel laureate.",
     [("release", FRI, 123, "exact", "reported")]),
    ("The authorities cut loose 14 political prisoners on Friday.",
     [("release", FRI, 14, "exact", "reported")]),
    ("Fourteen prisoners were spirited across the border into Lithuania on Friday.",
     [("release", FRI, 14, "exact", "reported")]),
    ("Opposition activist Ihar Losik emerged from prison on Friday after four years.",
     [("release", FRI, None, None, "reported")]),
    ("Two journalists left the penal colony on Friday and crossed into Lithuania.",
     [("release", FRI, 2, "exact", "reported")]),
    ("Belarus returned 31 Ukrainians to Ukraine on Friday.",
     [("release", FRI, 31, "exact", "reported")]),
    ("Russia handed back 150 prisoners of war on Friday.",
     [("release", FRI, 150, "exact", "reported")]),
    ("Fourteen detainees were bused to the Lithuanian border on Friday.",
     [("release", FRI, 14, "exact", "reported")]),
    ("Lukashenko on Friday spared two jailed priests the remainder of their sentences.",
     [("pardon", FRI, 2, "exact", "reported")]),
    ("Lukashenko shows clemency to 16 on Friday.", [("pardon", FRI, 16, "exact", "reported")]),
    ("Belarus frees another batch of 16 on Friday.", [("release", FRI, 16, "exact", "reported")]),
    ("A pardon decree signed by Lukashenko on Friday set free 29 people convicted of extremism.",
     [("pardon", FRI, 29, "exact", "reported"), ("release", FRI, 29, "exact", "reported")]),
    ("Washington ended sanctions on the Belarusian flag carrier on Friday.",
     [("sanctions_lifted", FRI, None, None, "reported")]),
    ("The Treasury rescinded its sanctions on Belavia on Friday.",
     [("sanctions_lifted", FRI, None, None, "reported")]),
    ("The US unblocked the assets of Belaruskali on Friday.",
     [("sanctions_eased", FRI, None, None, "reported")]),
    ("The Treasury on Friday put 19 individuals and 14 companies connected to Belarusian arms "
     "production and air cargo on its blacklist.",
     [("sanctions_imposed", FRI, 33, "exact", "reported")]),
]

EN_QUIET = [
    "The council said £3m would be freed up from reserves to pay for agency crews.",
    "The party cut loose its former leader on Friday.",          # no prisoners
    "The guard left the prison service on Friday after 20 years.",
    "The licence does not unblock frozen assets.",
    "The debate was spirited across the country on Friday.",
]

JA = [
    ("関係者によると、ベラルーシ当局は近く、さらに数十人の政治犯を放免する見通しだ。",
     [("release", None, None, None, "expected")]),
    ("ルカシェンコ大統領は12日、ウクライナ国籍の31人の刑を免除したうえで、ウクライナ側へ送還した。",
     [("pardon", FRI, 31, "exact", "reported"), ("release", FRI, 31, "exact", "reported")]),
    ("ベラルーシ当局は12日、政治犯14人の拘束を解いた。", [("release", FRI, 14, "exact", "reported")]),
    ("ベラルーシ当局は12日、政治犯14人を解き放った。", [("release", FRI, 14, "exact", "reported")]),
    ("ルカシェンコ大統領は12日、受刑者30人を減刑した。", [("pardon", FRI, 30, "exact", "reported")]),
    ("米財務省は12日、国営航空会社を資産凍結などの対象から除外した。",
     [("sanctions_lifted", FRI, None, None, "reported")]),
    ("ベラビア、米制裁リストから除外　米財務省は12日、同社を制裁対象から外した。",
     [("sanctions_lifted", FRI, None, None, "reported")]),
    ("米財務省は12日、カリ肥料関連の3社との取引を認める一般許可を出した。",
     [("sanctions_eased", FRI, 3, "exact", "reported")]),
    ("ＥＵは12日、ベラルーシ側の個人や団体を制裁できるよう、制裁の枠組みを広げた。",
     [("sanctions_imposed", FRI, None, None, "reported")]),
    ("米財務省は12日、麻薬組織の幹部ら8人と関連企業4社を制裁対象に指定した。",
     [("sanctions_imposed", FRI, 12, "exact", "reported")]),
    ("欧州連合（ＥＵ）は12日、個人25人と7団体を制裁対象に追加した。",
     [("sanctions_imposed", FRI, 32, "exact", "reported")]),
    ("ベラルーシ当局は12日、政治犯14人を釈放しました。", [("release", FRI, 14, "exact", "reported")]),
    ("ベラルーシ当局は、政治犯をまだ釈放していません。", [("release", None, None, None, "denied")]),
    ("米国は制裁を解除しません。", [("sanctions_lifted", None, None, None, "denied")]),
    ("米政府は12日、カリ肥料への制裁を解除すると発表した。",
     [("sanctions_lifted", None, None, None, "expected")]),
    ("人権団体は、なお収監されている1100人を超す政治犯全員を無条件で自由にするよう迫った。",
     [("release", None, None, None, "demanded")]),
    ("ルビオ米国務長官は12日、拘束されていたアナスタシア・ヌフェルさんが自由の身になったと発表した。",
     [("release", PUB, None, None, "reported")]),
    ("ルビオ米国務長官は12日、ベラルーシが拘束していた米国人女性を解放したと発表した。",
     [("release", PUB, None, None, "reported")]),
]

JA_QUIET = [
    "入管当局は12日、不法滞在の外国人3人を母国へ強制送還した。",
    "政府は釈放を歓迎した。",
]

RU = [
    ("Девятерых вывезли в Литву, остальных 114 передали Украине.",
     [("release", PUB, 9, "exact", "reported"), ("release", PUB, 114, "exact", "reported")]),
    ("Белоруссия в пятницу вернула Украине 31 гражданина.",
     [("release", FRI, 31, "exact", "reported")]),
    ("Белоруссия в пятницу передала 31 украинца украинской стороне.",
     [("release", FRI, 31, "exact", "reported")]),
    ("Лукашенко в пятницу даровал свободу 16 заключённым.",
     [("release", FRI, 16, "exact", "reported")]),
    ("Белорусские власти в пятницу выслали 14 освобождённых политзаключённых в Литву.",
     [("release", FRI, 14, "exact", "reported")]),
    ("В пятницу 14 политзаключённых были депортированы в Литву.",
     [("release", FRI, 14, "exact", "reported")]),
    ("Минфин США в пятницу разрешил сделки с «Беларуськалием».",
     [("sanctions_eased", FRI, None, None, "reported")]),
    ("В пятницу под санкции ЕС попали 12 белорусских судей.",
     [("sanctions_imposed", FRI, 12, "exact", "reported")]),
    ("В пятницу США освободили от санкций «Белавиа».",
     [("sanctions_lifted", FRI, None, None, "reported")]),
    ("Правозащитники призвали власти немедленно и без всяких условий освободить всех "
     "политзаключённых.", [("release", None, None, None, "demanded")]),
    ("Они требуют от властей освободить всех.", [("release", None, None, None, "demanded")]),
    # a call made in a clause of its own governs nothing past its comma
    ("Лукашенко, которого Запад призвал к диалогу, в пятницу освободил 14 человек.",
     [("release", FRI, 14, "exact", "reported")]),
    ("Белоруссия в пятницу отпустила гражданку США Анастасию Нухфер.",
     [("release", FRI, None, None, "reported")]),
    ("Минфин США в пятницу ввёл санкции против 12 граждан Ирана и трёх связанных с ними компаний.",
     [("sanctions_imposed", FRI, 15, "exact", "reported")]),
]

RU_QUIET = [
    "Литва в пятницу выслала двух российских дипломатов.",
    "Власти выслали мигрантов в Литву.",
    "Минск в пятницу передал Украине ноту протеста.",
]


@pytest.mark.parametrize(("sentence", "expected"), EN)
def test_english_constructions(sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, "en") == sorted(expected)


@pytest.mark.parametrize("sentence", EN_QUIET)
def test_english_other_senses_stay_quiet(sentence: str) -> None:
    assert _found(sentence, "en") == []


@pytest.mark.parametrize(("sentence", "expected"), JA)
def test_japanese_constructions(sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, "ja") == sorted(expected)


@pytest.mark.parametrize("sentence", JA_QUIET)
def test_japanese_other_senses_stay_quiet(sentence: str) -> None:
    assert _found(sentence, "ja") == []


@pytest.mark.parametrize(("sentence", "expected"), RU)
def test_russian_constructions(sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, "ru") == sorted(expected)


@pytest.mark.parametrize("sentence", RU_QUIET)
def test_russian_other_senses_stay_quiet(sentence: str) -> None:
    assert _found(sentence, "ru") == []
