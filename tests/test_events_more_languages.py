"""Event extraction in the languages added as data only (pattern file, language files,
type labels): Dutch, Croatian, Slovenian, Arabic, Japanese, Czech, Slovak, Belarusian.

The sentences are PRACTICE SENTENCES, written for these tests in the style of real
reporting on the Belarus story (counts as digits and as number words, absolute and
relative dates, passive voice, negated, demanded and expected events, non-events such
as a software release). Their labels were written with the sentences. They are not an
evaluation: the challenge set (data/challenge) is where figures come from.
"""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import DETAILED, SAT, summary

from toolkit.events import (
    UnsupportedLanguageWarning,
    available_languages,
    events_from_text,
    extract_events,
)
from toolkit.events.registry import event_types

NEW = ["nl", "hr", "sl", "ar", "ja", "cs", "sk", "be"]

# (language, sentence, [(type, date, precision, count, qualifier, modality), ...])
CASES = [
    # --- Dutch (text2num reads the number words) ---
    ("nl", "Wit-Rusland heeft zaterdag 123 politieke gevangenen vrijgelaten.",
     [("release", "2025-12-13", "day", 123, "exact", "reported")]),
    ("nl", "Op donderdag liet Minsk tweeënvijftig gevangenen vrij, onder wie de journalist "
           "Ihar Losik.",
     [("release", "2025-12-11", "day", 52, "exact", "reported")]),
    ("nl", "Loekasjenko verleende vrijdag gratie aan dertig veroordeelden.",
     [("pardon", "2025-12-12", "day", 30, "exact", "reported")]),
    ("nl", "De Verenigde Staten hieven in september de sancties tegen Belavia op.",
     [("sanctions_lifted", "2025-09-01", "month", None, None, "reported")]),
    ("nl", "De Verenigde Staten zullen naar verwachting de sancties tegen de kaliproducent "
           "Belaruskali opheffen.",
     [("sanctions_lifted", None, None, None, None, "expected")]),
    ("nl", "Vorige week werden meer dan 50 gevangenen vrijgelaten door de autoriteiten in Minsk.",
     [("release", "2025-12-01", "week", 50, "more_than", "reported")]),
    ("nl", "De EU heeft nieuwe sancties opgelegd aan 25 personen en 7 entiteiten.",
     [("sanctions_imposed", "2025-12-13", "day", 32, "exact", "reported")]),
    ("nl", "Loekasjenko ontmoette op 12 september in Minsk de Amerikaanse gezant John Coale.",
     [("talks", "2025-09-12", "day", None, None, "reported")]),
    ("nl", "Minsk heeft ontkend dat er gevangenen zullen worden vrijgelaten.",
     [("release", None, None, None, None, "denied")]),
    ("nl", "Twee dagen geleden kwamen 14 buitenlanders vrij.",
     [("release", "2025-12-11", "day", 14, "exact", "reported")]),
    ("nl", "Oppositieleider Tichanovskaja riep op tot de vrijlating van alle politieke "
           "gevangenen.",
     [("release", None, None, None, None, "demanded")]),
    ("nl", "Minsk heeft op 11 september 2025 twintig gevangenen vrijgelaten.",
     [("release", "2025-09-11", "day", 20, "exact", "reported")]),
    ("nl", "Het bedrijf heeft gisteren een nieuwe versie van zijn software vrijgegeven.", []),
    ("nl", "De band heeft vrijdag een nieuw album uitgebracht.", []),
    ("nl", "Minsk liet de politieke gevangenen zaterdag niet vrij.",
     [("release", None, None, None, None, "denied")]),
    ("nl", "De gemeente laat de keuze niet vrij.", []),
    # --- Croatian (number words from resources/lang/hr/number_words.tsv) ---
    ("hr", "Bjelorusija je u subotu pustila 123 politička zatvorenika.",
     [("release", "2025-12-13", "day", 123, "exact", "reported")]),
    ("hr", "Lukašenko je u petak pomilovao trideset osuđenika.",
     [("pardon", "2025-12-12", "day", 30, "exact", "reported")]),
    ("hr", "U četvrtak je na slobodu pušteno pedeset dva zatvorenika, a među njima je i "
           "novinar Ihar Losik.",
     [("release", "2025-12-11", "day", 52, "exact", "reported")]),
    ("hr", "Sjedinjene Američke Države ukinule su u rujnu sankcije nacionalnoj zrakoplovnoj "
           "kompaniji Belavia.",
     [("sanctions_lifted", "2025-09-01", "month", None, None, "reported")]),
    ("hr", "Očekuje se da će SAD ublažiti sankcije protiv proizvođača kalija Belaruskali.",
     [("sanctions_eased", None, None, None, None, "expected")]),
    ("hr", "Prošlog tjedna oslobođeno je više od 50 zatvorenika.",
     [("release", "2025-12-01", "week", 50, "more_than", "reported")]),
    ("hr", "EU je uvela nove sankcije protiv 25 osoba i 7 subjekata.",
     [("sanctions_imposed", "2025-12-13", "day", 32, "exact", "reported")]),
    ("hr", "Lukašenko se 12. rujna u Minsku sastao s američkim izaslanikom Johnom Coaleom.",
     [("talks", "2025-09-12", "day", None, None, "reported")]),
    ("hr", "Tvrtka je jučer pustila u prodaju novu verziju svog softvera.", []),
    ("hr", "Minsk je zanijekao da će zatvorenici biti pušteni.",
     [("release", None, None, None, None, "denied")]),
    ("hr", "Prije dva dana na slobodu je izašlo 14 stranih državljana.",
     [("release", "2025-12-11", "day", 14, "exact", "reported")]),
    ("hr", "Oporba je pozvala na puštanje svih političkih zatvorenika.",
     [("release", None, None, None, None, "demanded")]),
    ("hr", "Minsk nije pustio nijednog zatvorenika.",
     [("release", None, None, None, None, "denied")]),
    ("hr", "Vlasti su 13. prosinca 2025. oslobodile dvanaest ljudi.",
     [("release", "2025-12-13", "day", 12, "exact", "reported")]),
    # --- Slovenian (one-word compounds: dvainpetdeset = 52) ---
    ("sl", "Belorusija je v soboto izpustila 123 političnih zapornikov.",
     [("release", "2025-12-13", "day", 123, "exact", "reported")]),
    ("sl", "Lukašenko je v petek pomilostil trideset obsojencev.",
     [("pardon", "2025-12-12", "day", 30, "exact", "reported")]),
    ("sl", "V četrtek so izpustili dvainpetdeset zapornikov, med njimi novinarja Ihar Losik.",
     [("release", "2025-12-11", "day", 52, "exact", "reported")]),
    ("sl", "Združene države so septembra odpravile sankcije proti nacionalni letalski "
           "družbi Belavia.",
     [("sanctions_lifted", "2025-09-01", "month", None, None, "reported")]),
    ("sl", "Pričakuje se, da bodo ZDA omilile sankcije proti proizvajalcu kalija Belaruskali.",
     [("sanctions_eased", None, None, None, None, "expected")]),
    ("sl", "Prejšnji teden je bilo izpuščenih več kot 50 zapornikov.",
     [("release", "2025-12-01", "week", 50, "more_than", "reported")]),
    ("sl", "EU je uvedla nove sankcije proti 25 osebam in 7 subjektom.",
     [("sanctions_imposed", "2025-12-13", "day", 32, "exact", "reported")]),
    ("sl", "Lukašenko se je 12. septembra v Minsku sestal z ameriškim odposlancem "
           "Johnom Coalom.",
     [("talks", "2025-09-12", "day", None, None, "reported")]),
    ("sl", "Podjetje je včeraj izdalo novo različico svoje programske opreme.", []),
    ("sl", "Tovarna je včeraj v ozračje izpustila več ton plina.", []),
    ("sl", "Minsk je zanikal, da bodo zaporniki izpuščeni.",
     [("release", None, None, None, None, "denied")]),
    ("sl", "Pred dvema dnevoma je na prostost prišlo 14 tujih državljanov.",
     [("release", "2025-12-11", "day", 14, "exact", "reported")]),
    ("sl", "Opozicija je pozvala k izpustitvi vseh političnih zapornikov.",
     [("release", None, None, None, None, "demanded")]),
    ("sl", "Minsk ni izpustil nobenega zapornika.",
     [("release", None, None, None, None, "denied")]),
    ("sl", "Oblasti so 13. decembra 2025 osvobodile dvanajst ljudi.",
     [("release", "2025-12-13", "day", 12, "exact", "reported")]),
    # --- Arabic (prefixes و/ف/س/ال; Western and Arabic-Indic digits; number words from
    # resources/lang/ar/number_words.tsv; Levantine month names beside the CLDR ones) ---
    ("ar", "أفرجت السلطات البيلاروسية يوم السبت عن 123 سجينا سياسيا.",
     [("release", "2025-12-13", "day", 123, "exact", "reported")]),
    ("ar", "وأطلقت بيلاروس سراح اثنين وخمسين سجينا يوم الخميس.",
     [("release", "2025-12-11", "day", 52, "exact", "reported")]),
    ("ar", "أصدر لوكاشينكو يوم الجمعة عفوا عن ثلاثين محكوما.",
     [("pardon", "2025-12-12", "day", 30, "exact", "reported")]),
    ("ar", "ورفعت الولايات المتحدة في سبتمبر العقوبات المفروضة على شركة الطيران بيلافيا.",
     [("sanctions_lifted", "2025-09-01", "month", None, None, "reported")]),
    ("ar", "ومن المتوقع أن تخفف واشنطن العقوبات على شركة بيلاروسكالي للبوتاس.",
     [("sanctions_eased", None, None, None, None, "expected")]),
    ("ar", "أُفرج الأسبوع الماضي عن أكثر من 50 سجينا.",
     [("release", "2025-12-01", "week", 50, "more_than", "reported")]),
    ("ar", "وعقدت الولايات المتحدة وبيلاروس محادثات في مينسك يوم الجمعة.",
     [("talks", "2025-12-12", "day", None, None, "reported")]),
    ("ar", "أطلقت الشركة أمس نسخة جديدة من برنامجها.", []),
    ("ar", "ونفت مينسك أن يتم الإفراج عن السجناء.",
     [("release", None, None, None, None, "denied")]),
    ("ar", "وقبل ثلاثة أيام أفرج عن 14 مواطنا أجنبيا.",
     [("release", "2025-12-10", "day", 14, "exact", "reported")]),
    ("ar", "ودعت المعارضة إلى الإفراج عن جميع السجناء السياسيين.",
     [("release", None, None, None, None, "demanded")]),
    ("ar", "لم تفرج السلطات عن أي سجين.",
     [("release", None, None, None, None, "denied")]),
    ("ar", "أفرجت السلطات في 13 ديسمبر/كانون الأول 2025 عن اثني عشر شخصا.",
     [("release", "2025-12-13", "day", 12, "exact", "reported")]),
    ("ar", "وأفرجت السلطات يوم ١١ سبتمبر عن ٥٢ سجينا.",
     [("release", "2025-09-11", "day", 52, "exact", "reported")]),
    # --- Japanese (no word spaces: counts by count_patterns, modality read after the noun) ---
    ("ja", "ベラルーシ政府は12月13日、政治犯123人を釈放した。",
     [("release", "2025-12-13", "day", 123, "exact", "reported")]),
    ("ja", "ルカシェンコ大統領は12月12日、受刑者30人に恩赦を与えた。",
     [("pardon", "2025-12-12", "day", 30, "exact", "reported")]),
    ("ja", "米政府は9月、国営航空ベラビアに対する制裁を解除した。",
     [("sanctions_lifted", "2025-09-01", "month", None, None, "reported")]),
    ("ja", "米国はベラルーシカリへの制裁を緩和する見通しだ。",
     [("sanctions_eased", None, None, None, None, "expected")]),
    ("ja", "先週、政治犯約50人が釈放された。",
     [("release", "2025-12-01", "week", 50, "about", "reported")]),
    ("ja", "同社は昨日、ソフトウェアの新バージョンをリリースした。", []),
    ("ja", "ベラルーシ政府は12月13日、政治犯123人を釈放した。米政府は9月、国営航空ベラビアに対する"
           "制裁を解除した。",
     [("release", "2025-12-13", "day", 123, "exact", "reported"),
      ("sanctions_lifted", "2025-09-01", "month", None, None, "reported")]),  # two sentences: 。 ends the first
    ("ja", "ベラルーシ当局はまだ政治犯を釈放していない。",
     [("release", None, None, None, None, "denied")]),
    ("ja", "欧州連合は25個人と7団体に対する追加制裁を発動した。",  # counts summed
     [("sanctions_imposed", "2025-12-13", "day", 32, "exact", "reported")]),
    ("ja", "3日前、外国人14人が釈放された。",
     [("release", "2025-12-10", "day", 14, "exact", "reported")]),
    ("ja", "野党指導者は全ての政治犯の釈放を求めた。",
     [("release", None, None, None, None, "demanded")]),
    ("ja", "2025年12月13日、当局は12人を釈放した。",
     [("release", "2025-12-13", "day", 12, "exact", "reported")]),
    # --- Czech (negation prefix ne- read as a denial; 'dvaapadesát' = 52) ---
    ("cs", "Bělorusko v sobotu propustilo 123 politických vězňů.",
     [("release", "2025-12-13", "day", 123, "exact", "reported")]),
    ("cs", "Ve čtvrtek bylo propuštěno dvaapadesát vězňů, mezi nimi i novinář Ihar Losik.",
     [("release", "2025-12-11", "day", 52, "exact", "reported")]),
    ("cs", "Lukašenko v pátek omilostnil třicet odsouzených.",
     [("pardon", "2025-12-12", "day", 30, "exact", "reported")]),
    ("cs", "Spojené státy v září zrušily sankce proti národní letecké společnosti Belavia.",
     [("sanctions_lifted", "2025-09-01", "month", None, None, "reported")]),
    ("cs", "Očekává se, že USA zmírní sankce vůči výrobci draselných hnojiv Belaruskali.",
     [("sanctions_eased", None, None, None, None, "expected")]),
    ("cs", "Minulý týden bylo propuštěno více než 50 vězňů.",
     [("release", "2025-12-01", "week", 50, "more_than", "reported")]),
    ("cs", "EU uvalila nové sankce na 25 osob a 7 subjektů.",
     [("sanctions_imposed", "2025-12-13", "day", 32, "exact", "reported")]),
    ("cs", "Lukašenko se 12. září v Minsku setkal s americkým vyslancem Johnem Coalem.",
     [("talks", "2025-09-12", "day", None, None, "reported")]),
    ("cs", "Společnost včera vydala novou verzi svého softwaru.", []),
    ("cs", "Firma propustila 200 zaměstnanců.", []),
    ("cs", "Minsk popřel, že by vězni byli propuštěni.",
     [("release", None, None, None, None, "denied")]),
    ("cs", "Před třemi dny bylo propuštěno 14 cizinců.",
     [("release", "2025-12-10", "day", 14, "exact", "reported")]),
    ("cs", "Opozice vyzvala k propuštění všech politických vězňů.",
     [("release", None, None, None, None, "demanded")]),
    ("cs", "Minsk nepropustil žádného vězně.",
     [("release", None, None, None, None, "denied")]),
    ("cs", "Úřady 13. prosince 2025 propustily dvanáct lidí.",
     [("release", "2025-12-13", "day", 12, "exact", "reported")]),
    # --- Slovak ('päťdesiatdva' = 52) ---
    ("sk", "Bielorusko v sobotu prepustilo 123 politických väzňov.",
     [("release", "2025-12-13", "day", 123, "exact", "reported")]),
    ("sk", "Vo štvrtok bolo prepustených päťdesiatdva väzňov, medzi nimi aj novinár Ihar Losik.",
     [("release", "2025-12-11", "day", 52, "exact", "reported")]),
    ("sk", "Lukašenko v piatok omilostil tridsať odsúdených.",
     [("pardon", "2025-12-12", "day", 30, "exact", "reported")]),
    ("sk", "Spojené štáty v septembri zrušili sankcie voči národnej leteckej spoločnosti "
           "Belavia.",
     [("sanctions_lifted", "2025-09-01", "month", None, None, "reported")]),
    ("sk", "Očakáva sa, že USA zmiernia sankcie voči výrobcovi draselných hnojív Belaruskali.",
     [("sanctions_eased", None, None, None, None, "expected")]),
    ("sk", "Minulý týždeň bolo prepustených viac ako 50 väzňov.",
     [("release", "2025-12-01", "week", 50, "more_than", "reported")]),
    ("sk", "EÚ uvalila nové sankcie na 25 osôb a 7 subjektov.",
     [("sanctions_imposed", "2025-12-13", "day", 32, "exact", "reported")]),
    ("sk", "Lukašenko sa 12. septembra v Minsku stretol s americkým vyslancom Johnom Coaleom.",
     [("talks", "2025-09-12", "day", None, None, "reported")]),
    ("sk", "Spoločnosť včera vydala novú verziu svojho softvéru.", []),
    ("sk", "Firma prepustila 200 zamestnancov.", []),
    ("sk", "Minsk poprel, že by väzni boli prepustení.",
     [("release", None, None, None, None, "denied")]),
    ("sk", "Pred tromi dňami bolo prepustených 14 cudzincov.",
     [("release", "2025-12-10", "day", 14, "exact", "reported")]),
    ("sk", "Opozícia vyzvala na prepustenie všetkých politických väzňov.",
     [("release", None, None, None, None, "demanded")]),
    ("sk", "Minsk neprepustil žiadneho väzňa.",
     [("release", None, None, None, None, "denied")]),
    ("sk", "Úrady 13. decembra 2025 prepustili dvanásť ľudí.",
     [("release", "2025-12-13", "day", 12, "exact", "reported")]),
    # --- Belarusian (no simplemma dictionary: stems; у/ў alternation) ---
    ("be", "Беларусь у суботу вызваліла 123 палітвязні.",
     [("release", "2025-12-13", "day", 123, "exact", "reported")]),
    ("be", "У чацвер на волю выйшлі пяцьдзясят два палітвязні, сярод іх журналіст Ігар Лосік.",
     [("release", "2025-12-11", "day", 52, "exact", "reported")]),
    ("be", "Лукашэнка ў пятніцу памілаваў трыццаць асуджаных.",
     [("pardon", "2025-12-12", "day", 30, "exact", "reported")]),
    ("be", "Злучаныя Штаты ў верасні знялі санкцыі з нацыянальнай авіякампаніі «Белавія».",
     [("sanctions_lifted", "2025-09-01", "month", None, None, "reported")]),
    ("be", "Чакаецца, што ЗША змякчаць санкцыі супраць вытворцы калійных угнаенняў "
           "«Беларуськалій».",
     [("sanctions_eased", None, None, None, None, "expected")]),
    ("be", "На мінулым тыдні былі вызваленыя больш як 50 палітвязняў.",
     [("release", "2025-12-01", "week", 50, "more_than", "reported")]),
    ("be", "ЕС увёў новыя санкцыі супраць 25 асоб і 7 арганізацый.",
     [("sanctions_imposed", "2025-12-13", "day", 32, "exact", "reported")]),
    ("be", "Лукашэнка 12 верасня ў Мінску сустрэўся з амерыканскім пасланцом Джонам Коўлам.",
     [("talks", "2025-09-12", "day", None, None, "reported")]),
    ("be", "Кампанія ўчора выпусціла новую версію сваёй праграмы.", []),
    ("be", "Мінск абверг, што палітвязні будуць вызваленыя.",
     [("release", None, None, None, None, "denied")]),
    ("be", "Тры дні таму вызвалілі 14 замежнікаў.",
     [("release", "2025-12-10", "day", 14, "exact", "reported")]),
    ("be", "Апазіцыя заклікала да вызвалення ўсіх палітвязняў.",
     [("release", None, None, None, None, "demanded")]),
    ("be", "Улады не вызвалілі ніводнага палітвязня.",
     [("release", None, None, None, None, "denied")]),
    ("be", "Улады 13 снежня 2025 года вызвалілі дванаццаць чалавек.",
     [("release", "2025-12-13", "day", 12, "exact", "reported")]),
    # a negation between a separable verb and its particle denies it (negation_inside)
    ("nl", "De Verenigde Staten hieven de sancties tegen Belavia niet op.",
     [("sanctions_lifted", None, None, None, None, "denied")]),
    # names found in a script without spaces, qualifiers after the number, a day of the
    # month stated alone (toolkit.events.countries.caseless_mentions, counts, dates)
    ("ja", "ルカシェンコ大統領は9月12日、ミンスクで米国のコール特使と会談した。",
     [("talks", "2025-09-12", "day", None, None, "reported")]),
    ("ja", "ベラルーシは2024年7月以降、これまでに政治犯430人超を釈放した。",
     [("release", "2025-12-13", "day", 430, "more_than", "reported")]),
    ("ja", "ベラルーシ政府は12日、政治犯123人を釈放した。",
     [("release", "2025-12-12", "day", 123, "exact", "reported")]),
    # a conjunction written onto a digit (و7) is a space in the view
    ("ar", "فرض الاتحاد الأوروبي عقوبات جديدة على 25 فردا و7 كيانات.",
     [("sanctions_imposed", "2025-12-13", "day", 32, "exact", "reported")]),
]

# Practice sentences the data cannot (yet) read, with the right answer and the reason;
# strict, so a fix shows up as an unexpected pass.
KNOWN_GAPS: list[tuple] = []



R_EXP = ("an expected event takes only a date written after its trigger (an earlier "
         "date is read as when it was said); in this word order the date comes first")
R_PARTY = ("talks need a state party; the leader's spelling in this language and the "
           "adjective ('American') are not known")

# A second round, written after the patterns with its labels written before its first
# run: 21 of these 48 were right on that run. The data was then extended (extending
# sanctions, prisoners taken to Lithuania, 'temporarily' as partial, Slovenian/Czech/
# Slovak 'po' no longer an after-clause...); what is still wrong is marked with the reason.
SECOND_ROUND = [
    ('nl', 'Eergisteren zijn 16 politieke gevangenen door Loekasjenko begenadigd en vrijgelaten.',
     [('pardon', '2025-12-11', 'day', 16, 'exact', 'reported'),
      ('release', '2025-12-11', 'day', 16, 'exact', 'reported')],
     None),
    ('nl', 'De Europese Unie wil de sancties tegen Minsk volgende maand verlengen.',
     [('sanctions_imposed', '2026-01-01', 'month', None, None, 'expected')],
     R_EXP),
    ('nl', 'Loekasjenko sprak donderdag telefonisch met de Amerikaanse president.',
     [('talks', '2025-12-11', 'day', None, None, 'reported')],
     None),  # fixed: the Dutch spelling is in the gazetteer
    ('nl', 'Een groep van ongeveer twintig gevangenen is vrijdag over de grens naar Litouwen gebracht.',
     [('release', '2025-12-12', 'day', 20, 'about', 'reported')],
     None),
    ('nl', 'Volgens mensenrechtengroep Viasna zitten nog altijd meer dan 1.100 politieke gevangenen vast.',
     [],
     None),
    ('nl', 'Washington heeft de sancties tegen de staatsmaatschappij Belaruskali vorige maand opgeschort.',
     [('sanctions_eased', '2025-11-01', 'month', None, None, 'reported')],
     None),
    ('hr', 'Predsjednik Lukašenko pomilovao je prekjučer 16 zatvorenika koji su potom pušteni na slobodu.',
     [('pardon', '2025-12-11', 'day', 16, 'exact', 'reported'),
      ('release', '2025-12-11', 'day', 16, 'exact', 'reported')],
     None),
    ('hr', 'Europska unija sljedeći mjesec namjerava produljiti sankcije Minsku.',
     [('sanctions_imposed', '2026-01-01', 'month', None, None, 'expected')],
     None),
    ('hr', 'Lukašenko je u četvrtak telefonom razgovarao s američkim predsjednikom.',
     [('talks', '2025-12-11', 'day', None, None, 'reported')],
     None),
    ('hr', 'Skupina od dvadesetak zatvorenika u petak je prebačena u Litvu.',
     [('release', '2025-12-12', 'day', 20, 'about', 'reported')],
     None),
    ('hr', 'Prema podacima Vjasne, u zatvorima je još uvijek više od 1100 političkih zatvorenika.',
     [],
     None),
    ('hr', 'Washington je prošlog mjeseca suspendirao sankcije protiv državne tvrtke Belaruskali.',
     [('sanctions_eased', '2025-11-01', 'month', None, None, 'reported')],
     None),
    ('sl', 'Lukašenko je predvčerajšnjim pomilostil 16 zapornikov, ki so jih nato izpustili.',
     [('pardon', '2025-12-11', 'day', 16, 'exact', 'reported'),
      ('release', '2025-12-11', 'day', 16, 'exact', 'reported')],
     None),
    ('sl', 'Evropska unija namerava prihodnji mesec podaljšati sankcije proti Minsku.',
     [('sanctions_imposed', '2026-01-01', 'month', None, None, 'expected')],
     None),
    ('sl', 'Lukašenko se je v četrtek po telefonu pogovarjal z ameriškim predsednikom.',
     [('talks', '2025-12-11', 'day', None, None, 'reported')],
     None),
    ('sl', 'Skupino okoli dvajsetih zapornikov so v petek prepeljali v Litvo.',
     [('release', '2025-12-12', 'day', 20, 'about', 'reported')],
     None),
    ('sl', 'Po podatkih Vjasne je v zaporih še vedno več kot 1100 političnih zapornikov.',
     [],
     None),
    ('sl', 'Washington je prejšnji mesec začasno ukinil sankcije proti državnemu podjetju Belaruskali.',
     [('sanctions_eased', '2025-11-01', 'month', None, None, 'reported')],
     None),
    ('cs', 'Lukašenko předevčírem omilostnil 16 vězňů, kteří byli následně propuštěni.',
     [('pardon', '2025-12-11', 'day', 16, 'exact', 'reported'),
      ('release', '2025-12-11', 'day', 16, 'exact', 'reported')],
     None),
    ('cs', 'Evropská unie chce příští měsíc prodloužit sankce vůči Minsku.',
     [('sanctions_imposed', '2026-01-01', 'month', None, None, 'expected')],
     None),
    ('cs', 'Lukašenko ve čtvrtek telefonicky hovořil s americkým prezidentem.',
     [('talks', '2025-12-11', 'day', None, None, 'reported')],
     None),
    ('cs', 'Skupina asi dvaceti vězňů byla v pátek převezena do Litvy.',
     [('release', '2025-12-12', 'day', 20, 'about', 'reported')],
     None),
    ('cs', 'Podle Viasny je ve věznicích stále více než 1100 politických vězňů.',
     [],
     None),
    ('cs', 'Washington minulý měsíc pozastavil sankce proti státnímu podniku Belaruskali.',
     [('sanctions_eased', '2025-11-01', 'month', None, None, 'reported')],
     None),
    ('sk', 'Lukašenko predvčerom omilostil 16 väzňov, ktorí boli následne prepustení.',
     [('pardon', '2025-12-11', 'day', 16, 'exact', 'reported'),
      ('release', '2025-12-11', 'day', 16, 'exact', 'reported')],
     None),
    ('sk', 'Európska únia chce budúci mesiac predĺžiť sankcie voči Minsku.',
     [('sanctions_imposed', '2026-01-01', 'month', None, None, 'expected')],
     None),
    ('sk', 'Lukašenko vo štvrtok telefonicky hovoril s americkým prezidentom.',
     [('talks', '2025-12-11', 'day', None, None, 'reported')],
     None),
    ('sk', 'Skupinu asi dvadsiatich väzňov v piatok previezli do Litvy.',
     [('release', '2025-12-12', 'day', 20, 'about', 'reported')],
     None),
    ('sk', 'Podľa Viasny je vo väzniciach stále viac ako 1100 politických väzňov.',
     [],
     None),
    ('sk', 'Washington minulý mesiac pozastavil sankcie voči štátnemu podniku Belaruskali.',
     [('sanctions_eased', '2025-11-01', 'month', None, None, 'reported')],
     None),
    ('be', 'Пазаўчора Лукашэнка памілаваў 16 палітвязняў, якіх пасля вызвалілі.',
     [('pardon', '2025-12-11', 'day', 16, 'exact', 'reported'),
      ('release', '2025-12-11', 'day', 16, 'exact', 'reported')],
     None),
    ('be', 'Еўрасаюз мае намер у наступным месяцы падоўжыць санкцыі супраць Мінска.',
     [('sanctions_imposed', '2026-01-01', 'month', None, None, 'expected')],
     None),
    ('be', 'Лукашэнка ў чацвер размаўляў па тэлефоне з прэзідэнтам ЗША.',
     [('talks', '2025-12-11', 'day', None, None, 'reported')],
     None),
    ('be', 'Групу з каля дваццаці палітвязняў у пятніцу перавезлі ў Літву.',
     [('release', '2025-12-12', 'day', 20, 'about', 'reported')],
     None),
    ('be', 'Паводле «Вясны», у турмах па-ранейшаму застаюцца больш як 1100 палітвязняў.',
     [],
     None),
    ('be', 'Вашынгтон у мінулым месяцы прыпыніў санкцыі супраць дзяржаўнага прадпрыемства «Беларуськалій».',
     [('sanctions_eased', '2025-11-01', 'month', None, None, 'reported')],
     None),
    ('ar', 'وأصدر لوكاشينكو أول أمس عفوا عن 16 سجينا أفرج عنهم لاحقا.',
     [('pardon', '2025-12-11', 'day', 16, 'exact', 'reported'),
      ('release', '2025-12-11', 'day', 16, 'exact', 'reported')],
     None),
    ('ar', 'ويعتزم الاتحاد الأوروبي تمديد العقوبات على مينسك الشهر المقبل.',
     [('sanctions_imposed', '2026-01-01', 'month', None, None, 'expected')],
     None),
    ('ar', 'وأجرى لوكاشينكو يوم الخميس اتصالا هاتفيا مع الرئيس الأمريكي.',
     [('talks', '2025-12-11', 'day', None, None, 'reported')],
     None),
    ('ar', 'ونقلت مجموعة من نحو عشرين سجينا يوم الجمعة إلى ليتوانيا.',
     [('release', '2025-12-12', 'day', 20, 'about', 'reported')],
     None),
    ('ar', 'ووفقا لمنظمة فياسنا، لا يزال أكثر من 1100 سجين سياسي خلف القضبان.',
     [],
     None),
    ('ar', 'وعلقت واشنطن الشهر الماضي العقوبات المفروضة على شركة بيلاروسكالي الحكومية.',
     [('sanctions_eased', '2025-11-01', 'month', None, None, 'reported')],
     None),
    ('ja', 'ルカシェンコ大統領は一昨日、受刑者16人に恩赦を与え、釈放した。',
     [('pardon', '2025-12-11', 'day', 16, 'exact', 'reported'),
      ('release', '2025-12-11', 'day', 16, 'exact', 'reported')],
     None),
    ('ja', '欧州連合は来月、ベラルーシへの制裁を延長する方針だ。',
     [('sanctions_imposed', '2026-01-01', 'month', None, None, 'expected')],
     R_EXP),
    ('ja', 'ルカシェンコ大統領は12月11日、米大統領と電話会談した。',
     [('talks', '2025-12-11', 'day', None, None, 'reported')],
     None),
    ('ja', '約20人の政治犯が12月12日、リトアニアに移送された。',
     [('release', '2025-12-12', 'day', 20, 'about', 'reported')],
     None),
    ('ja', '人権団体ビャスナによると、1100人以上の政治犯が今も収監されている。',
     [],
     None),
    ('ja', '米政府は先月、国営企業ベラルーシカリへの制裁を一時停止した。',
     [('sanctions_eased', '2025-11-01', 'month', None, None, 'reported')],
     None),
]


@pytest.mark.parametrize(("language", "sentence", "expected", "reason"), SECOND_ROUND,
                         ids=[f"{c[0]}-2nd-{i}" for i, c in enumerate(SECOND_ROUND)])
def test_second_round(language: str, sentence: str, expected: list[tuple],
                      reason: str | None) -> None:
    _check_round(language, sentence, expected, reason)


def _check_round(language: str, sentence: str, expected: list[tuple],
                 reason: str | None) -> None:
    """Right when no reason is given; else a strict known gap (a fix must drop the reason)."""
    found = _found(sentence, language)
    if reason is None:
        assert found == expected
    elif found != expected:
        pytest.xfail(reason)
    else:
        pytest.fail(f"fixed, drop its reason: {sentence}")


# Sentences on other subjects with the same words (a film, sports penalties, lay-offs, an
# interview, a phone launch, a minister meeting doctors): no event.
OTHER_SUBJECTS = [
    ("nl", "De nieuwe film van de regisseur komt vrijdag in de bioscoop uit."),
    ("nl", "Het kabinet ontmoette woensdag veel kritiek in de Tweede Kamer."),
    ("nl", "De KNVB legde de club sancties op na het wangedrag van supporters."),
    ("hr", "Novi album grupe pušten je u prodaju u petak."),
    ("hr", "Sudac je igraču izrekao sankcije zbog grubog prekršaja."),
    ("hr", "Ministar je dao intervju u kojem je razgovarao s novinarima o proračunu."),
    ("sl", "Policija je voznikom izrekla sankcije zaradi prehitre vožnje."),
    ("sl", "Premier se je v petek srečal z županom Maribora."),
    ("cs", "Lukašenko poskytl rozhovor ruské televizi."),
    ("cs", "Firma v pátek propustila 150 zaměstnanců."),
    ("cs", "Ministr zdravotnictví se v pondělí setkal s lékaři."),
    ("sk", "Lukašenko poskytol rozhovor ruskej televízii."),
    ("sk", "Spoločnosť prepustila 300 zamestnancov."),
    ("be", "Лукашэнка даў інтэрв'ю расійскаму тэлебачанню."),
    ("be", "Кампанія вызваліла 20 працоўных месцаў для моладзі."),
    ("ar", "أطلقت الشركة هاتفا جديدا يوم الجمعة."),
    ("ar", "فرض الاتحاد عقوبات على النادي بسبب شغب الجماهير."),
    ("ar", "التقى وزير الصحة بالأطباء يوم الاثنين."),
    ("ja", "同社は新型スマートフォンを発売した。"),
    ("ja", "サッカー協会はクラブに制裁を科した。"),
    ("ja", "首相は13日、記者団と会談した。"),
]


@pytest.mark.parametrize(("language", "sentence"), OTHER_SUBJECTS)
def test_other_subjects_give_no_event(language: str, sentence: str) -> None:
    assert events_from_text(sentence, SAT, language) == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("hr", "EU je uvela sankcije protiv 20 sudaca."),
     ("sl", "EU je uvedla sankcije proti 20 sodnikom."),
     ("be", "ЕС увёў санкцыі супраць 20 суддзяў.")],
)
def test_sanctioned_judges_are_not_sports(language: str, sentence: str) -> None:
    assert _found(sentence, language) == [
        ("sanctions_imposed", "2025-12-13", "day", 20, "exact", "reported")]


# A third round, written like the second (labels before the first run): 8 of these 32
# were right on that run. The data was then extended (handed over to Lithuania in the
# passive, 'talks in Minsk' with Minsk as a party, 'concerned/dealt with' as talk of a
# planned release, Japanese 少なくとも); what is still wrong is marked with the reason.
THIRD_ROUND = [
    ('nl', 'Op 11 september werden 52 gevangenen, onder wie een Franse burger, aan Litouwen overgedragen.',
     [('release', '2025-09-11', 'day', 52, 'exact', 'reported')],
     None),
    ('nl', 'Morgen zal Minsk naar verwachting minstens tien gevangenen vrijlaten.',
     [('release', '2025-12-14', 'day', 10, 'at_least', 'expected')],
     None),
    ('nl', 'De onderhandelingen in Minsk op vrijdag gingen over de vrijlating van gevangenen.',
     [('release', None, None, None, None, 'expected'),
      ('talks', '2025-12-12', 'day', None, None, 'reported')],
     None),
    ('nl', 'Het ministerie van Financiën schrapte Belavia vorige week van de sanctielijst.',
     [('sanctions_lifted', '2025-12-01', 'week', None, None, 'reported')],
     None),
    ('hr', 'Dana 11. rujna 52 zatvorenika, među kojima i jedan francuski državljanin, predana su Litvi.',
     [('release', '2025-09-11', 'day', 52, 'exact', 'reported')],
     None),
    ('hr', 'Sutra bi Minsk trebao osloboditi najmanje deset zatvorenika.',
     [('release', '2025-12-14', 'day', 10, 'at_least', 'expected')],
     None),
    ('hr', 'Pregovori u Minsku u petak vodili su se o puštanju zatvorenika.',
     [('release', None, None, None, None, 'expected'),
      ('talks', '2025-12-12', 'day', None, None, 'reported')],
     None),
    ('hr', 'Američko ministarstvo financija prošlog je tjedna skinulo Belaviju s popisa sankcija.',
     [('sanctions_lifted', '2025-12-01', 'week', None, None, 'reported')],
     None),
    ('sl', '11. septembra so 52 zapornikov, med njimi tudi francoskega državljana, predali Litvi.',
     [('release', '2025-09-11', 'day', 52, 'exact', 'reported')],
     None),
    ('sl', 'Jutri naj bi Minsk izpustil vsaj deset zapornikov.',
     [('release', '2025-12-14', 'day', 10, 'at_least', 'expected')],
     None),
    ('sl', 'Pogajanja v Minsku v petek so se nanašala na izpustitev zapornikov.',
     [('release', None, None, None, None, 'expected'),
      ('talks', '2025-12-12', 'day', None, None, 'reported')],
     None),
    ('sl', 'Ameriško finančno ministrstvo je prejšnji teden Belavio črtalo s seznama sankcij.',
     [('sanctions_lifted', '2025-12-01', 'week', None, None, 'reported')],
     None),
    ('cs', 'Dne 11. září bylo 52 vězňů, mezi nimi i francouzský občan, předáno Litvě.',
     [('release', '2025-09-11', 'day', 52, 'exact', 'reported')],
     None),
    ('cs', 'Zítra by měl Minsk propustit nejméně deset vězňů.',
     [('release', '2025-12-14', 'day', 10, 'at_least', 'expected')],
     None),
    ('cs', 'Jednání v Minsku v pátek se týkala propuštění vězňů.',
     [('release', None, None, None, None, 'expected'),
      ('talks', '2025-12-12', 'day', None, None, 'reported')],
     None),
    ('cs', 'Americké ministerstvo financí minulý týden vyškrtlo Belavii ze seznamu sankcí.',
     [('sanctions_lifted', '2025-12-01', 'week', None, None, 'reported')],
     None),
    ('sk', '11. septembra bolo 52 väzňov vrátane francúzskeho občana odovzdaných Litve.',
     [('release', '2025-09-11', 'day', 52, 'exact', 'reported')],
     None),
    ('sk', 'Zajtra by mal Minsk prepustiť najmenej desať väzňov.',
     [('release', '2025-12-14', 'day', 10, 'at_least', 'expected')],
     None),
    ('sk', 'Rokovania v Minsku v piatok sa týkali prepustenia väzňov.',
     [('release', None, None, None, None, 'expected'),
      ('talks', '2025-12-12', 'day', None, None, 'reported')],
     None),
    ('sk', 'Americké ministerstvo financií minulý týždeň vyškrtlo Belaviu zo zoznamu sankcií.',
     [('sanctions_lifted', '2025-12-01', 'week', None, None, 'reported')],
     None),
    ('be', '11 верасня 52 палітвязні, сярод іх грамадзянін Францыі, былі перададзеныя Літве.',
     [('release', '2025-09-11', 'day', 52, 'exact', 'reported')],
     None),
    ('be', 'Заўтра Мінск павінен вызваліць не менш як дзесяць палітвязняў.',
     [('release', '2025-12-14', 'day', 10, 'at_least', 'expected')],
     None),
    ('be', 'Перамовы ў Мінску ў пятніцу тычыліся вызвалення палітвязняў.',
     [('release', None, None, None, None, 'expected'),
      ('talks', '2025-12-12', 'day', None, None, 'reported')],
     None),
    ('be', 'Міністэрства фінансаў ЗША на мінулым тыдні выключыла «Белавію» са спісу санкцый.',
     [('sanctions_lifted', '2025-12-01', 'week', None, None, 'reported')],
     None),
    ('ar', 'وفي 11 سبتمبر، سُلّم 52 سجينا بينهم مواطن فرنسي إلى ليتوانيا.',
     [('release', '2025-09-11', 'day', 52, 'exact', 'reported')],
     None),
    ('ar', 'ومن المقرر أن تفرج مينسك غدا عن عشرة سجناء على الأقل.',
     [('release', '2025-12-14', 'day', 10, 'at_least', 'expected')],
     None),
    ('ar', 'وتناولت المحادثات التي جرت في مينسك يوم الجمعة الإفراج عن السجناء.',
     [('release', None, None, None, None, 'expected'),
      ('talks', '2025-12-12', 'day', None, None, 'reported')],
     "مينسك is not in the gazetteer (the talks have no state party), and the cue تناولت stands more than four words before the release noun"),
    ('ar', 'وشطبت وزارة الخزانة الأمريكية الأسبوع الماضي شركة بيلافيا من قائمة العقوبات.',
     [('sanctions_lifted', '2025-12-01', 'week', None, None, 'reported')],
     None),
    ('ja', '9月11日、フランス人1人を含む政治犯52人がリトアニアに引き渡された。',
     [('release', '2025-09-11', 'day', 52, 'exact', 'reported')],
     None),
    ('ja', 'ベラルーシは明日、少なくとも10人を釈放する見通しだ。',
     [('release', '2025-12-14', 'day', 10, 'at_least', 'expected')],
     None),
    ('ja', '12日にミンスクで行われた協議では、政治犯の釈放が話し合われた。',
     [('release', None, None, None, None, 'expected'),
      ('talks', '2025-12-12', 'day', None, None, 'reported')],
     None),
    ('ja', '米財務省は先週、ベラビアを制裁対象リストから削除した。',
     [('sanctions_lifted', '2025-12-01', 'week', None, None, 'reported')],
     None),
    # collective numerals in the accusative, and "brought to Vilnius" with the number before it
    ('be', 'Васьмярых палітвязняў у суботу прывезлі ў Вільню.',
     [('release', '2025-12-13', 'day', 8, 'exact', 'reported')],
     None),
    ('be', 'Дзесяцярых прывезлі ў Вільню ў пятніцу.',
     [('release', '2025-12-12', 'day', 10, 'exact', 'reported')],
     None),
]


@pytest.mark.parametrize(("language", "sentence", "expected", "reason"), THIRD_ROUND,
                         ids=[f"{c[0]}-3rd-{i}" for i, c in enumerate(THIRD_ROUND)])
def test_third_round(language: str, sentence: str, expected: list[tuple],
                     reason: str | None) -> None:
    _check_round(language, sentence, expected, reason)


def _found(sentence: str, language: str) -> list[tuple]:
    return summary(sentence, language, DETAILED)


def test_new_languages_have_patterns_and_labels() -> None:
    assert set(available_languages()) >= set(NEW)
    for event_type in event_types().values():
        for language in NEW:
            assert event_type.labels.get(language), (event_type.name, language)


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_practice_sentence(language: str, sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, language) == expected


@pytest.mark.parametrize(("language", "sentence", "expected", "reason"), KNOWN_GAPS,
                         ids=[f"{c[0]}-gap-{i}" for i, c in enumerate(KNOWN_GAPS)])
def test_known_gap(language: str, sentence: str, expected: list[tuple], reason: str) -> None:
    if _found(sentence, language) != expected:
        pytest.xfail(reason)
    pytest.fail(f"fixed, move it to CASES: {sentence}")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("nl", "Sinds juli 2024 heeft Minsk meer dan 430 politieke gevangenen vrijgelaten."),
        ("hr", "Od srpnja 2024. godine Minsk je pustio više od 430 političkih zatvorenika."),
        ("sl", "Od julija 2024 je Minsk izpustil več kot 430 političnih zapornikov."),
        ("ar", "ومنذ يوليو 2024 أفرجت مينسك عن أكثر من 430 سجينا سياسيا."),
        ("cs", "Od července 2024 Minsk propustil více než 430 politických vězňů."),
        ("sk", "Od júla 2024 Minsk prepustil viac ako 430 politických väzňov."),
        ("be", "З ліпеня 2024 года Мінск вызваліў больш як 430 палітвязняў."),
        ("hr", "Od srpnja 2024. Minsk je pustio više od 430 političkih zatvorenika."),
    ],
)
def test_running_totals_are_cumulative(language: str, sentence: str) -> None:
    rows = [r for r in events_from_text(sentence, SAT, language) if r["event_type"] == "release"]
    assert [(r["count"], r["count_qualifier"], r["cumulative"]) for r in rows] == \
        [(430, "more_than", True)]


@pytest.mark.parametrize(
    ("language", "sentence", "count", "qualifier", "count_text"),
    [
        ("nl", "Zaterdag werden tientallen politieke gevangenen vrijgelaten.", None, None,
         "tientallen politieke gevangenen"),
        ("nl", "Vrijdag kwam een twintigtal gevangenen vrij.", 20, "about",
         "een twintigtal gevangenen"),
        ("hr", "U petak je pušteno desetak zatvorenika.", 10, "about", "desetak zatvorenika"),
        ("hr", "U subotu su puštene stotine zatvorenika.", None, None, "stotine zatvorenika"),
        ("ar", "أفرجت السلطات يوم الجمعة عن عشرات السجناء.", None, None, "عشرات السجناء"),
        ("cs", "V pátek bylo propuštěno několik desítek vězňů.", None, None,
         "několik desítek vězňů"),
        ("be", "У пятніцу вызвалілі дзясяткі палітвязняў.", None, None, "дзясяткі палітвязняў"),
    ],
)
def test_quantity_words(language: str, sentence: str, count: int | None,
                        qualifier: str | None, count_text: str) -> None:
    rows = events_from_text(sentence, SAT, language)
    assert [(None if pd.isna(r["count"]) else int(r["count"]),
             r["count_qualifier"] if isinstance(r["count_qualifier"], str) else None,
             r["count_text"]) for r in rows] == [(count, qualifier, count_text)]


@pytest.mark.parametrize(
    ("language", "sentence", "actor"),
    [
        ("nl", "De Verenigde Staten hieven in september de sancties tegen Belavia op.", "US"),
        ("hr", "Sjedinjene Američke Države ukinule su u rujnu sankcije protiv Belavije.", "US"),
        ("sl", "Lukašenko je v petek pomilostil trideset obsojencev.", "Belarus"),
        ("ar", "ورفعت الولايات المتحدة في سبتمبر العقوبات المفروضة على بيلافيا.", "US"),
        # by the country's adjective (resources/lang/<code>/country_adjectives.tsv)
        ("hr", "Američka vlada ukinula je u rujnu sankcije protiv Belavije.", "US"),
        ("sl", "Ameriška vlada je septembra odpravila sankcije proti Belavii.", "US"),
        ("cs", "Americká vláda v září zrušila sankce proti Belavii.", "US"),
        ("sk", "Americká vláda v septembri zrušila sankcie voči Belavii.", "US"),
        ("be", "Амерыканскі ўрад у верасні зняў санкцыі з «Белавіі».", "US"),
        ("ar", "ورفعت الحكومة الأمريكية في سبتمبر العقوبات عن بيلافيا.", "US"),
        ("nl", "De Wit-Russische autoriteiten hebben zaterdag 123 gevangenen vrijgelaten.",
         "Belarus"),
    ],
)
def test_actor_named_in_the_language(language: str, sentence: str, actor: str) -> None:
    assert {r["actor"] for r in events_from_text(sentence, SAT, language)} == {actor}


def test_language_still_without_patterns_is_reported() -> None:
    arts = pd.DataFrame({
        "article_id": ["nl1", "hu1", "hr1"], "outlet": ["x", "y", "z"],
        "published": [SAT, SAT, SAT], "language": ["nl", "hu", "hr"],
        "text": ["Wit-Rusland heeft zaterdag 123 politieke gevangenen vrijgelaten.",
                 "Fehéroroszország szombaton 123 politikai foglyot engedett szabadon.",
                 "Bjelorusija je u subotu pustila 123 politička zatvorenika."]})
    with pytest.warns(UnsupportedLanguageWarning, match="hu: 1"):
        events = extract_events(arts)
    assert sorted(events["article_id"]) == ["hr1", "nl1"]
    assert events.attrs["skipped_articles"] == [
        {"article_id": "hu1", "outlet": "y", "language": "hu",
         "reason": "no event patterns for language 'hu'"}]


def test_new_languages_on_dask_and_the_rest_reported() -> None:
    dd = pytest.importorskip("dask.dataframe")
    arts = pd.DataFrame({
        "article_id": ["nl1", "ja1", "hu1", "ar1"], "language": ["nl", "ja", "hu", "ar"],
        "published": [SAT] * 4,
        "text": ["Wit-Rusland heeft zaterdag 123 politieke gevangenen vrijgelaten.",
                 "ベラルーシ政府は12月13日、政治犯123人を釈放した。",
                 "Fehéroroszország szombaton 123 politikai foglyot engedett szabadon.",
                 "أفرجت السلطات البيلاروسية يوم السبت عن 123 سجينا سياسيا."]})
    frame = dd.from_pandas(arts, npartitions=2)
    with pytest.warns(UnsupportedLanguageWarning, match="hu: 1"):
        events = extract_events(frame).compute()
    assert sorted(zip(events["article_id"], events["count"], strict=True)) == [
        ("ar1", 123), ("ja1", 123), ("nl1", 123)]

