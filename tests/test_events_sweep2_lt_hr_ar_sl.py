"""Second recall sweep of Lithuanian, Croatian, Slovenian and Arabic: constructions the
first sweep (tests/test_events_sweep_slavic.py, tests/test_events_sweep_ja_ar.py) lacked.

Freed "by a pardon act" (both a pardon and a release), removals from a list named in
full ("iš specialiai įvardytų asmenų (SDN) sąrašo"), demands governing a "kad"/"da"/"naj"
clause, counts behind a quoted word ("37 už „ekstremizmą“ nuteistų"), bare numbers
before a participle ("o 114 perduoti Ukrainai"), partitives of the freed ("devyni iš
pasigailėtųjų"), being (not) among the freed ("nije se našao među oslobođenima"),
"milost je dobio", collective numerals ("desetero"), "na prostost spustil", long
Arabic verb-first subjects ("أصدر ... عفواً", "أجرى ... اتصالاً"), exchanges where each
side handed over prisoners, handovers "إلى ليتوانيا و١١٤ إلى أوكرانيا". And what is no
event: renewals of existing measures, asking for a pardon, a wave of pardons, films
and dramas, release talked about in a call.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the sentence states none,
published on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import stated

CASES = [
    ('lt', 'Trečiadienį Lukašenka malonės aktu paleido 16 kalinių.', [('pardon', 16, '2025-12-10', 'reported'), ('release', 16, '2025-12-10', 'reported')]),
    ('lt', 'Antradienį JAV iždo departamentas išbraukė bendrovę „Belavia“ iš specialiai įvardytų asmenų (SDN) sąrašo.', [('sanctions_lifted', None, '2025-12-09', 'reported')]),
    ('lt', 'Trečiadienį OFAC pašalino iš sankcijų sąrašo keturis asmenis.', [('sanctions_lifted', 4, '2025-12-10', 'reported')]),
    ('lt', 'Opozicija reikalauja, kad režimas nedelsdamas ir besąlygiškai paleistų visus politinius kalinius.', [('release', None, None, 'demanded')]),
    ('lt', 'ES Taryba dar metams pratęsė Baltarusijai taikomas ribojamąsias priemones.', []),
    ('lt', 'Pirmadienį Lukašenka pasigailėjo 37 už „ekstremizmą“ nuteistų asmenų.', [('pardon', 37, '2025-12-08', 'reported')]),
    ('lt', 'Devyni iš pasigailėtųjų vakar buvo atvežti į Vilnių, o 114 perduoti Ukrainai.', [('release', 114, '2025-12-12', 'reported'), ('release', 9, '2025-12-12', 'reported')]),
    ('lt', 'Laisvės neatgavo Lenkijos žurnalistas Andrzejus Poczobutas, atsisakęs prašyti malonės.', [('release', None, None, 'denied')]),
    ('lt', 'Kino teatruose rodoma drama, kurioje gubernatorius paskutinę akimirką pasigaili nuteistojo.', []),
    ('lt', 'Ketvirtadienį į laisvę buvo išleisti 25 politiniai kaliniai.', [('release', 25, '2025-12-11', 'reported')]),
    ('lt', 'Trečiadienį ES įtraukė į juodąjį sąrašą 25 asmenis ir septynis subjektus.', [('sanctions_imposed', 32, '2025-12-10', 'reported')]),
    ('lt', 'Ketvirtadienį įsigaliojo naujos ES sankcijos Rusijai.', [('sanctions_imposed', None, '2025-12-11', 'reported')]),
    ('lt', 'Kitą savaitę JAV turėtų sušvelninti sankcijas „Belavia“.', [('sanctions_eased', None, '2025-12-15', 'expected')]),
    ('lt', 'Trečiadienį Baltarusija perdavė Lenkijai penkis jos piliečius.', [('release', 5, '2025-12-10', 'reported')]),
    ('lt', 'Trečiadienį sankcijos „Belavia“ buvo panaikintos.', [('sanctions_lifted', None, '2025-12-10', 'reported')]),
    ('lt', 'Trečiadienį JAV ir Baltarusijos atstovai tarėsi Minske.', [('talks', None, '2025-12-10', 'reported')]),
    ('lt', 'Penktadienį Lietuvos ir Lenkijos prezidentai surengė susitikimą Varšuvoje.', [('talks', None, '2025-12-12', 'reported')]),
    ('lt', 'Dvidešimt kalinių šeštadienį atgavo laisvę – tai jau aštunta malonės banga nuo vasaros.', []),
    ('lt', 'Žurnalistas nepateko tarp paleistųjų.', [('release', None, None, 'denied')]),
    ('hr', 'Na slobodu je u srijedu izašlo barem desetero političkih zatvorenika.', [('release', 10, '2025-12-10', 'reported')]),
    ('hr', 'Organizacije su pozvale vlasti u Minsku da bez odgode i bezuvjetno oslobode sve političke zatvorenike.', [('release', None, None, 'demanded')]),
    ('hr', 'Unatoč valovima pomilovanja, u zatvorima i dalje čami više od 1100 političkih zatvorenika.', []),
    ('hr', 'Novinar Andrzej Poczobut nije se našao među oslobođenima.', [('release', None, None, 'denied')]),
    ('hr', 'Prethodnim ukazom, potpisanim 7. studenoga, milost je dobio 31 osuđenik.', [('pardon', 31, '2025-11-07', 'reported')]),
    ('hr', 'U kina stiže drama u kojoj guverner u posljednji čas pomiluje osuđenika na smrt.', []),
    ('hr', 'Devetero ih je prebačeno u Litvu, a 114 predano Ukrajini.', [('release', 114, None, 'reported'), ('release', 9, None, 'reported')]),
    ('hr', 'Švicarska je u ponedjeljak s popisa sankcija skinula dvojicu ruskih poduzetnika.', [('sanctions_lifted', 2, '2025-12-08', 'reported')]),
    ('hr', 'SAD su u srijedu s popisa SDN maknule bjelorusku zrakoplovnu tvrtku Belavia.', [('sanctions_lifted', None, '2025-12-10', 'reported')]),
    ('hr', 'Lukašenko je u srijedu pustio na slobodu 52 zatvorenika.', [('release', 52, '2025-12-10', 'reported')]),
    ('hr', 'Vijeće EU-a u četvrtak je na popis sankcija uvrstilo 25 pojedinaca i sedam subjekata.', [('sanctions_imposed', 32, '2025-12-11', 'reported')]),
    ('hr', 'EU je u četvrtak produljio sankcije protiv Bjelorusije za još godinu dana.', []),
    ('hr', 'Sankcije protiv Belavije ukinute su u srijedu.', [('sanctions_lifted', None, '2025-12-10', 'reported')]),
    ('hr', 'Oporbenjak nije pušten jer je odbio zatražiti pomilovanje.', [('release', None, None, 'denied')]),
    ('sl', 'V četrtek je Lukašenko na prostost spustil 52 zapornikov.', [('release', 52, '2025-12-11', 'reported')]),
    ('sl', 'Svet EU je v četrtek na seznam omejevalnih ukrepov uvrstil 25 posameznikov in sedem subjektov.', [('sanctions_imposed', 32, '2025-12-11', 'reported')]),
    ('sl', 'Švicarska vlada je v ponedeljek s sankcijskega seznama črtala dva ruska poslovneža.', [('sanctions_lifted', 2, '2025-12-08', 'reported')]),
    ('sl', 'Novinar Andrzej Poczobut se ni znašel med izpuščenimi.', [('release', None, None, 'denied')]),
    ('sl', 'Organizacije so pozvale Minsk, naj nemudoma in brezpogojno izpusti vse politične zapornike.', [('release', None, None, 'demanded')]),
    ('sl', 'ZDA bodo odpravile sankcije za beloruski kalij, je v soboto napovedal posebni odposlanec.', [('sanctions_lifted', None, None, 'expected')]),
    ('sl', 'V kinu se vrti drama, v kateri guverner v zadnjem trenutku pomilosti obsojenca.', []),
    ('sl', 'Svet EU je v ponedeljek za eno leto podaljšal sankcije proti Belorusiji.', []),
    ('sl', 'V petek je bilo na prostost izpuščenih 14 zapornikov.', [('release', 14, '2025-12-12', 'reported')]),
    ('sl', 'V sredo sta bila izpuščena oba novinarja.', [('release', 2, '2025-12-10', 'reported')]),
    ('ar', 'أصدر الرئيس البيلاروسي ألكسندر لوكاشينكو، يوم الأربعاء، عفواً عن ٣٠ شخصاً.', [('pardon', 30, '2025-12-10', 'reported')]),
    ('ar', 'أجرى الرئيس الأمريكي دونالد ترامب مساء الجمعة اتصالاً هاتفياً بنظيره البيلاروسي.', [('talks', None, '2025-12-12', 'reported')]),
    ('ar', 'رفعت وزارة الخزانة الأمريكية، الأربعاء، اسم شركة الطيران البيلاروسية «بيلافيا» من قائمة العقوبات.', [('sanctions_lifted', None, '2025-12-10', 'reported')]),
    ('ar', 'أتمت روسيا وأوكرانيا الأربعاء صفقة تبادل جديدة للأسرى، سلم بموجبها كل طرف 150 أسيرا للطرف الآخر.', [('release', 150, '2025-12-10', 'reported')]),
    ('ar', 'ثم جرى تسليم تسعة منهم إلى ليتوانيا و١١٤ إلى أوكرانيا.', [('release', 114, None, 'reported'), ('release', 9, None, 'reported')]),
    ('ar', 'وقال إنه تناول مع نظيره إمكانية الإفراج عن 1300 سجين آخرين.', []),
    ('ar', 'يعرض فيلم جديد قصة حاكم يصدر عفوا عن سجين محكوم بالإعدام.', []),
    ('ar', 'أطلقت السلطات البيلاروسية الأربعاء سراح 14 معتقلا سياسيا.', [('release', 14, '2025-12-10', 'reported')]),
    ('ar', 'خرج 52 سجينا سياسيا من السجون البيلاروسية يوم الخميس.', [('release', 52, '2025-12-11', 'reported')]),
    ('ar', 'مدد الاتحاد الأوروبي العقوبات المفروضة على بيلاروسيا لمدة عام حتى فبراير 2026.', []),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_constructions(language: str, sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, language, modality=True) == sorted(set(expected), key=str)
