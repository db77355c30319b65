"""Third recall sweep of Lithuanian, Croatian, Arabic, Slovenian and Japanese: dates told
in another clause or an earlier sentence, and wording the earlier sweeps lacked.

Dates: "dieną vėliau", "po savaitės", "dan kasnije", "dan ranije", "dan kasneje", "liepos pabaigoje ... pasigailėjo, o rugpjūčio 1 d. ... paleisti" (the pardon keeps
July: "o" is a clause coordinator in Lithuanian), "po dviejų dienų", "kitą dieną",
"sljedećeg dana", "sutradan", "naslednji dan", "وبعد يومين", "وفي اليوم التالي", "その翌日"
(counted from the paragraph's last dated event), "بعد يومين من إفراج ..." (two days after a
release: the release is two days before the main clause's day; with no date in the
sentence, two days before the article's last dated event: "وتأتي هذه الخطوة بعد يومين من
عفو ..."), Arabic ordinal days ("في الرابع من نوفمبر", "الحادي والعشرين"), "istoga je dana",
"同じ日に", "その見返りとして", "この会談のあと" (the last dated event's day); in Japanese a
date after a verb and a comma belongs to the next clause ("6月、14人を釈放し、9月にも52人を
解放した"), and a bare year beside a day of the same clause describes something else
("13日、2020年の大統領選を巡り…恩赦を与えた"). The date of a detention told beside the release
is not the release's: "oslobodila ... državljanku, zadržanu u prosincu" (hr, sl `relative_clause`),
"أفرجت ... عن مواطنة أمريكية اعتقلت في نوفمبر" (ar `relative_clause`), "昨年12月に拘束された米国人女性を
解放した" (ja: a date followed by に拘束 / の大統領選 is not read as a date).

Wording: "amnestuota", "pasikeitė ... belaisviais", "grąžino ... pilietį", "kalėjimą paliko"
(lt), "vratila ... državljanina", "abolirao" (hr), "vrnila ... državljanov", "zapor zapustilo",
"na črni seznam uvrstila" (sl), "أخلت ... سبيل", "منح ... العفو", "سلمت بيلاروس أوكرانيا ... 31
مواطنا" (ar); "nije se našao među pomilovanima" (hr, denied pardon),
"prebačeno u Vilnius", "da ... pusti" (hr demand), "出所させた", "恩赦の対象には含まれなかった",
"釈放することに期待" (expected).

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none,
published on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import stated

CASES = [
    # Lithuanian
    ('lt', 'Liepos pabaigoje Lukašenka pasigailėjo 16 kalinių, o rugpjūčio 1 d. jie buvo paleisti.',
     # "jie" are the 16 pardoned: the release on its own day is of the same 16
     [('pardon', 16, '2025-07-01', 'reported'), ('release', 16, '2025-08-01', 'reported')]),
    ('lt', 'Penktadienį buvo paleista 14 kalinių. Po dviejų dienų JAV sušvelnino sankcijas „Belavia“.',
     [('release', 14, '2025-12-12', 'reported'), ('sanctions_eased', None, '2025-12-14', 'reported')]),
    ('lt', 'Trečiadienį buvo paleista 14 kalinių. Dviem dienomis vėliau JAV sušvelnino sankcijas „Belavia“.',
     [('release', 14, '2025-12-10', 'reported'), ('sanctions_eased', None, '2025-12-12', 'reported')]),
    ('lt', 'Ketvirtadienį buvo paleista 14 kalinių. Kitą dieną JAV sušvelnino sankcijas „Belavia“.',
     [('release', 14, '2025-12-11', 'reported'), ('sanctions_eased', None, '2025-12-12', 'reported')]),
    ('lt', 'Trečiadienį buvo paleista 14 kalinių, o po dviejų dienų JAV sušvelnino sankcijas „Belavia“.',
     [('release', 14, '2025-12-10', 'reported'), ('sanctions_eased', None, '2025-12-12', 'reported')]),
    ('lt', 'Šeštadienį Minskas paleido 123 kalinius. Tą pačią dieną JAV panaikino sankcijas kalio pramonei.',
     [('release', 123, '2025-12-13', 'reported'), ('sanctions_lifted', None, '2025-12-13', 'reported')]),
    ('lt', 'Trečiadienį buvo paleista 14 kalinių. Dieną vėliau JAV sušvelnino sankcijas „Belavia“.',
     [('release', 14, '2025-12-10', 'reported'), ('sanctions_eased', None, '2025-12-11', 'reported')]),
    ('lt', 'Pirmadienį buvo paleista 14 kalinių. Po savaitės JAV sušvelnino sankcijas „Belavia“.',
     [('release', 14, '2025-12-08', 'reported'), ('sanctions_eased', None, '2025-12-15', 'reported')]),
    ('lt', 'Ketvirtadienį buvo amnestuota 500 žmonių.', [('pardon', 500, '2025-12-11', 'reported')]),
    ('lt', 'Derybos truko dvi dienas, o penktadienį Lukašenka paleido 14 kalinių.',
     [('release', 14, '2025-12-12', 'reported'), ('talks', None, None, 'reported')]),
    ('lt', 'Penktadienį Rusija ir Ukraina pasikeitė 84 karo belaisviais.', [('release', 84, '2025-12-12', 'reported')]),
    ('lt', 'Situacija pasikeitė penktadienį, kai kaliniai pradėjo badauti.', []),
    ('lt', 'Ketvirtadienį Baltarusija grąžino Ukrainai 31 jos pilietį.', [('release', 31, '2025-12-11', 'reported')]),
    ('lt', 'Šeštadienį kalėjimą paliko 14 politinių kalinių.', [('release', 14, '2025-12-13', 'reported')]),
    ('lt', 'Šeštadienį 14 politinių kalinių paliko koloniją.', [('release', 14, '2025-12-13', 'reported')]),
    ('lt', 'Penktadienį kaliniai paliko kalėjimo kiemą.', []),
    ('lt', 'Ministras penktadienį paliko postą.', []),
    # Croatian
    ('hr', 'Krajem srpnja Lukašenko je pomilovao 16 zatvorenika, a 1. kolovoza oni su pušteni na slobodu.',
     [('pardon', 16, '2025-07-01', 'reported'), ('release', None, '2025-08-01', 'reported')]),
    ('hr', 'U petak je pušteno 14 zatvorenika. Sljedećeg dana SAD su ublažile sankcije Belaviji.',
     [('release', 14, '2025-12-12', 'reported'), ('sanctions_eased', None, '2025-12-13', 'reported')]),
    ('hr', 'U četvrtak je pušteno 14 zatvorenika. Sutradan su SAD ublažile sankcije Belaviji.',
     [('release', 14, '2025-12-11', 'reported'), ('sanctions_eased', None, '2025-12-12', 'reported')]),
    ('hr', 'U srijedu su puštena 14 zatvorenika. Dva dana kasnije SAD su ublažile sankcije Belaviji.',
     [('release', 14, '2025-12-10', 'reported'), ('sanctions_eased', None, '2025-12-12', 'reported')]),
    ('hr', 'U srijedu je pušteno 14 zatvorenika. Dan kasnije SAD su ublažile sankcije Belaviji.',
     [('release', 14, '2025-12-10', 'reported'), ('sanctions_eased', None, '2025-12-11', 'reported')]),
    ('hr', 'U petak je pušteno 14 zatvorenika. Dan ranije SAD su ublažile sankcije Belaviji.',
     [('release', 14, '2025-12-12', 'reported'), ('sanctions_eased', None, '2025-12-11', 'reported')]),
    ('hr', 'U petak je Minsk pustio 123 zatvorenika. Istoga je dana Washington ukinuo sankcije kaliju.',
     [('release', 123, '2025-12-12', 'reported'), ('sanctions_lifted', None, '2025-12-12', 'reported')]),
    ('hr', 'Lukašenko je u petak pomilovao 123 osobe, od kojih je devetero prebačeno u Vilnius, a 114 predano Ukrajini.',
     [('pardon', 123, '2025-12-12', 'reported'), ('release', 114, '2025-12-12', 'reported'),
      ('release', 9, '2025-12-12', 'reported')]),
    ('hr', 'Poljski novinar Andrzej Poczobut ni ovaj put nije se našao među pomilovanima.',
     [('pardon', None, None, 'denied')]),
    ('hr', 'Oporba traži od Minska da na slobodu pusti sve političke zatvorenike.',
     [('release', None, None, 'demanded')]),
    ('hr', 'U četvrtak je amnestirano 500 ljudi.', [('pardon', 500, '2025-12-11', 'reported')]),
    ('hr', 'Bjelorusija je u petak Ukrajini vratila 31 njezina državljanina.', [('release', 31, '2025-12-12', 'reported')]),
    ('hr', 'Vlada mu je u petak vratila državljanstvo.', []),
    ('hr', 'Lukašenko je u utorak abolirao 20 osuđenika.', [('pardon', 20, '2025-12-09', 'reported')]),
    ('hr', 'Istoga dana Marco Rubio objavio je da je Bjelorusija oslobodila američku državljanku Anastasiju Nuhfer, zadržanu u prosincu.',
     [('release', None, None, 'reported')]),
    ('hr', 'Bjelorusija je u četvrtak oslobodila američku državljanku, zadržanu u prosincu.',
     [('release', None, '2025-12-11', 'reported')]),
    # Slovenian
    ('sl', 'Belorusija je v četrtek izpustila ameriško državljanko, pridržano decembra.',
     [('release', None, '2025-12-11', 'reported')]),
    ('sl', 'Belorusija je v petek Ukrajini vrnila 31 njenih državljanov.', [('release', 31, '2025-12-12', 'reported')]),
    ('sl', 'Vlada mu je v petek vrnila državljanstvo.', []),
    ('sl', 'V soboto je zapor zapustilo 14 političnih zapornikov.', [('release', 14, '2025-12-13', 'reported')]),
    ('sl', 'Minister je v petek zapustil vlado.', []),
    ('sl', 'EU je v sredo na črni seznam uvrstila 17 oseb.', [('sanctions_imposed', 17, '2025-12-10', 'reported')]),
    ('sl', 'V petek je bilo izpuščenih 14 zapornikov. Naslednji dan so ZDA omilile sankcije proti Belavii.',
     [('release', 14, '2025-12-12', 'reported'), ('sanctions_eased', None, '2025-12-13', 'reported')]),
    ('sl', 'V četrtek je bilo izpuščenih 14 zapornikov. Naslednjega dne so ZDA omilile sankcije proti Belavii.',
     [('release', 14, '2025-12-11', 'reported'), ('sanctions_eased', None, '2025-12-12', 'reported')]),
    ('sl', 'V sredo je bilo izpuščenih 14 zapornikov. Dan kasneje so ZDA omilile sankcije proti Belavii.',
     [('release', 14, '2025-12-10', 'reported'), ('sanctions_eased', None, '2025-12-11', 'reported')]),
    ('sl', 'Konec julija je Lukašenko pomilostil 16 zapornikov, 1. avgusta pa so bili izpuščeni.',
     [('pardon', 16, '2025-07-01', 'reported'), ('release', None, '2025-08-01', 'reported')]),
    ('sl', 'V petek je Minsk izpustil 123 zapornikov. Istega dne so ZDA odpravile sankcije proti kaliju.',
     [('release', 123, '2025-12-12', 'reported'), ('sanctions_lifted', None, '2025-12-12', 'reported')]),
    # Arabic
    ('ar', 'أفرجت بيلاروس الخميس عن 14 سجينا. وبعد يومين خففت واشنطن العقوبات على بيلافيا.',
     [('release', 14, '2025-12-11', 'reported'), ('sanctions_eased', None, '2025-12-13', 'reported')]),
    ('ar', 'أفرجت بيلاروس الجمعة عن 14 سجينا. وفي اليوم التالي خففت واشنطن العقوبات على بيلافيا.',
     [('release', 14, '2025-12-12', 'reported'), ('sanctions_eased', None, '2025-12-13', 'reported')]),
    ('ar', 'خففت واشنطن الاثنين العقوبات على بيلافيا بعد يومين من إفراج بيلاروس عن 123 سجينا.',
     [('release', 123, '2025-12-06', 'reported'), ('sanctions_eased', None, '2025-12-08', 'reported')]),
    ('ar', 'أفرجت السلطات عن 3 سجناء الأربعاء، وقبل أسبوع خففت واشنطن العقوبات على بيلافيا.',
     [('release', 3, '2025-12-10', 'reported'), ('sanctions_eased', None, '2025-12-03', 'reported')]),
    ('ar', 'شطبت وزارة الخزانة الأمريكية في الرابع من نوفمبر/تشرين الثاني شركة بيلافيا من قائمة العقوبات.',
     [('sanctions_lifted', None, '2025-11-04', 'reported')]),
    ('ar', 'أفرجت السلطات في الثاني عشر من فبراير عن ثلاثة سجناء.', [('release', 3, '2025-02-12', 'reported')]),
    ('ar', 'أفرجت السلطات في الحادي والعشرين من يونيو عن 14 سجينا.', [('release', 14, '2025-06-21', 'reported')]),
    ('ar', 'أفرجت السلطات في الأول من أغسطس 2024 عن 18 سجينا.', [('release', 18, '2024-08-01', 'reported')]),
    ('ar', 'التقى لوكاشينكو المبعوث الأمريكي في تشرين الثاني 2025.', [('talks', None, '2025-11-01', 'reported')]),
    ('ar', 'أصدر لوكاشينكو الخميس عفوا عن اثنين من الكهنة.', [('pardon', 2, '2025-12-11', 'reported')]),
    ('ar', 'أصدر لوكاشينكو الجمعة عفوا عن 31 أوكرانيا.\n\nوتأتي هذه الخطوة بعد يومين فقط من عفو لوكاشينكو عن اثنين من الكهنة الكاثوليك.',
     [('pardon', 2, '2025-12-10', 'reported'), ('pardon', 31, '2025-12-12', 'reported')]),
    ('ar', 'أخلت السلطات البيلاروسية الخميس سبيل 20 معتقلا.', [('release', 20, '2025-12-11', 'reported')]),
    ('ar', 'منح لوكاشينكو الثلاثاء العفو عن 20 سجينا.', [('pardon', 20, '2025-12-09', 'reported')]),
    ('ar', 'سلمت بيلاروس أوكرانيا الجمعة 31 مواطنا أوكرانيا.', [('release', 31, '2025-12-12', 'reported')]),
    ('ar', 'سلّم الوزير نظيره الجمعة رسالة من الرئيس.', []),
    ('ar', 'أفرجت بيلاروس الخميس عن مواطنة أمريكية اعتقلت في نوفمبر.', [('release', None, '2025-12-11', 'reported')]),
    # Japanese
    ('ja', 'ベラルーシは11日、昨年12月に拘束された米国人女性を解放した。', [('release', None, '2025-12-11', 'reported')]),
    ('ja', 'ベラルーシは今年6月、日本人2人を含む14人を釈放し、9月にも52人を解放した。',
     [('release', 14, '2025-06-01', 'reported'), ('release', 52, '2025-09-01', 'reported')]),
    ('ja', 'ルカシェンコ大統領は13日、2020年の大統領選を巡る抗議行動で拘束されていた政治犯ら123人に恩赦を与えた。',
     [('pardon', 123, '2025-12-13', 'reported')]),
    ('ja', 'ポチョブト氏は、13日の恩赦の対象には含まれなかった。', [('pardon', None, '2025-12-13', 'denied')]),
    ('ja', 'ベラルーシで11日、政治犯ら52人が釈放された。米政府はその見返りとして、ベラビアへの制裁を一部緩和した。',
     [('release', 52, '2025-12-11', 'reported'), ('sanctions_eased', None, '2025-12-11', 'reported')]),
    ('ja', 'コール氏は11日、ルカシェンコ大統領と会談した。米政府は同じ日に、ベラビアへの制裁を一部緩和した。',
     [('sanctions_eased', None, '2025-12-11', 'reported'), ('talks', None, '2025-12-11', 'reported')]),
    ('ja', 'コール氏は11日、ルカシェンコ大統領と会談した。ベラルーシ政府はこの会談のあと、活動家など52人を釈放した。',
     [('release', 52, '2025-12-11', 'reported'), ('talks', None, '2025-12-11', 'reported')]),
    ('ja', 'ベラルーシは11日、14人を釈放した。その翌日、米国はベラビアへの制裁を緩和した。',
     [('release', 14, '2025-12-11', 'reported'), ('sanctions_eased', None, '2025-12-12', 'reported')]),
    ('ja', '米国は、ベラルーシがさらに政治犯を釈放することに期待を示している。', [('release', None, None, 'expected')]),
    ('ja', 'ベラルーシは11日、政治犯18人を出所させた。', [('release', 18, '2025-12-11', 'reported')]),
]


@pytest.mark.parametrize("language, text, expected", CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_sweep3(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)
