"""Fifth sweep of Spanish, Portuguese, Croatian, Slovenian, Arabic and Japanese (whole pages).

What the new development pages of ``pages_p34`` taught, in general form:

- a page's own date: a year counted in the Japanese era ("令和7年12月14日", with the eras in
  ``resources/lang/ja/eras.tsv``) and an Arabic date with both month names ("22
  نوفمبر/تشرين الثاني 2025") whose year had been dropped;
- "this morning" and "a little while ago" are today (pt "nesta manhã", "há pouco", es
  "esta tarde", "hace unas horas", hr "jutros", sl "davi", ja "今朝"), but "há pouco mais de
  um ano" is not;
- expectations: a conditional clause (pt "se ...", hr "ako ...", sl "če ..."), "tienen
  previsto", "têm previsto", ar "يرجح"; ar "الشهر المقبل" is next month;
- a total still held, told in a relative clause after the count, is who is held, also in
  a demand (es, hr, sl, ar; set E labels the Portuguese one with its count, pt-e23); a release of prisoners "who had been held for years"
  keeps its count;
- a date line with the month abbreviated between dots ("12.set.2025 às 7h15");
- a date in a clause opened by "but" or "although" after a comma (es "pero", "aunque",
  pt "mas", hr "ali", sl "vendar": ``resources/lang/<code>/clause_conjunctions.txt``) is not
  the date of an event before it, for an expected event too;
- quiet: Slovene sanctions for dumping, and a Japanese "one of those freed".

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none,
published on Saturday 2025-12-13.
"""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import stated

from toolkit.clean.dates import header_date
from toolkit.clean.vocab import TEASER_HEADINGS
from toolkit.events import load_patterns
from toolkit.events.docdate import document_date

PAGE_DATES = [
    ('ja', '【声明】政治犯の釈放について\n本文。\n令和7年11月28日\n市民ネットワーク', '2025-11-28'),
    ('ja', '活動報告\n平成31年4月1日\n総会を開きました。', '2019-04-01'),
    ('ar', 'فيلنيوس، الجمعة 12 ديسمبر/كانون الأول 2025 (وكالات) - أفرجت بيلاروسيا عن سجناء.',
     '2025-12-12'),
    ('ar', 'أخبار\nبغداد، 3 آذار/مارس 2025 - عقد الطرفان محادثات.', '2025-03-03'),
]

TODAY = [
    ('pt', 'Minsk libertou esta manhã 18 presos políticos.',
     [('release', 18, '2025-12-13', 'reported')]),
    ('pt', 'O governo bielorrusso perdoou nesta madrugada 11 condenados.',
     [('pardon', 11, '2025-12-13', 'reported')]),
    ('pt', 'Minsk libertou há pouco sete presos políticos.',
     [('release', 7, '2025-12-13', 'reported')]),
    # "a little over a year ago" is no day
    ('pt', 'Há pouco mais de um ano, Minsk libertou 18 presos.',
     [('release', 18, None, 'reported')]),
    ('es', 'Esta tarde, el Gobierno bielorruso indultó a 12 condenados.',
     [('pardon', 12, '2025-12-13', 'reported')]),
    ('es', 'Minsk excarceló hace unas horas a cinco presos políticos.',
     [('release', 5, '2025-12-13', 'reported')]),
    ('hr', 'Bjelorusija je jutros pustila 16 zatvorenika.',
     [('release', 16, '2025-12-13', 'reported')]),
    ('sl', 'Belorusija je davi izpustila devet zapornikov.',
     [('release', 9, '2025-12-13', 'reported')]),
    ('ja', 'ベラルーシ当局は今朝、政治犯16人を釈放した。',
     [('release', 16, '2025-12-13', 'reported')]),
    ('ja', '令和7年12月10日、ベラルーシは政治犯10人を釈放した。',
     [('release', 10, '2025-12-10', 'reported')]),
]

EXPECTED = [
    ('pt', 'Bruxelas poderia aliviar algumas sanções se o regime libertar os presos restantes.',
     [('release', None, None, 'expected'), ('sanctions_eased', None, None, 'expected')]),
    ('pt', 'Os dois governos têm previsto reunir-se em Genebra.',
     [('talks', None, None, 'expected')]),
    ('es', 'Moscú y Kiev tienen previsto reunirse en Ginebra.',
     [('talks', None, None, 'expected')]),
    ('es', 'Está previsto que Minsk libere a otros 20 presos.',
     [('release', 20, None, 'expected')]),
    ('hr', 'SAD bi mogle ublažiti sankcije ako Minsk pusti još zatvorenika.',
     [('release', None, None, 'expected'), ('sanctions_eased', None, None, 'expected')]),
    ('sl', 'ZDA bi lahko omilile sankcije, če Minsk izpusti še več zapornikov.',
     [('release', None, None, 'expected'), ('sanctions_eased', None, None, 'expected')]),
    ('ar', 'ويرجح دبلوماسيون أن يلتقي المبعوث الأمريكي الرئيس البيلاروسي الشهر المقبل.',
     [('talks', None, '2026-01-01', 'expected')]),
]

HELD = [
    ('es', 'Bruselas pidió a Minsk que ponga en libertad a los más de 1.000 presos políticos '
           'que, según los activistas, siguen entre rejas.',
     [('release', None, None, 'demanded')]),
    ('hr', 'Oporba traži od Minska da pusti preostalih više od 1000 zatvorenika, koliko ih '
           'vlasti još drže iza rešetaka.',
     [('release', None, None, 'demanded')]),
    ('sl', 'EU je Minsk pozvala, naj izpusti več kot 1000 zapornikov, ki so po podatkih '
           'aktivistov še vedno za rešetkami.',
     [('release', None, None, 'demanded')]),
    ('ar', 'ودعت المنظمات مينسك إلى الإفراج عن أكثر من 1000 سجين سياسي لا يزالون خلف القضبان.',
     [('release', None, None, 'demanded')]),
    # a release of prisoners who had been held keeps its count
    ('pt', 'Minsk libertou 52 presos que estavam detidos desde 2020.',
     [('release', 52, None, 'reported')]),
    ('sl', 'Belorusija je izpustila 52 zapornikov, ki so bili leta zaprti.',
     [('release', 52, None, 'reported')]),
    ('ar', 'أفرجت مينسك عن 52 سجيناً كانوا خلف القضبان منذ سنوات.',
     [('release', 52, None, 'reported')]),
]

WORDING = [
    # a delisting told with the date and a long name between the verb and the list
    ('ar', 'شطبت وزارة الخزانة الأمريكية في الرابع من نوفمبر/تشرين الثاني الماضي شركة '
           'الطيران الحكومية البيلاروسية بيلافيا من قائمة العقوبات.',
     [('sanctions_lifted', None, '2025-11-04', 'reported')]),
    # a running total since a month written with both its names
    ('ar', 'ومنذ أغسطس/آب 2024، أفرجت مينسك عن أكثر من 300 سجين.', []),
]

OTHER_CLAUSE = [
    # a date in a clause opened by "but" or "although" is that clause's, not the event's
    ('es', 'Minsk liberó a 20 presos, pero el viernes volvió a detener a otros cinco opositores.',
     [('release', 20, None, 'reported')]),
    ('es', 'Moscú y Kiev prevén reunirse de nuevo en Ginebra, aunque el Kremlin rebajó este '
           'sábado las expectativas.',
     [('talks', None, None, 'expected')]),
    ('pt', 'Minsk libertou 20 presos, mas na sexta-feira voltou a deter outros cinco opositores.',
     [('release', 20, None, 'reported')]),
    ('hr', 'Minsk je pustio 20 zatvorenika, ali je u petak ponovno uhitio skupinu oporbenjaka.',
     [('release', 20, None, 'reported')]),
    ('sl', 'Belorusija je izpustila 20 zapornikov, vendar je v petek znova aretirala skupino '
           'aktivistov.',
     [('release', 20, None, 'reported')]),
    # a fronted date still dates both clauses
    ('es', 'El viernes, Minsk liberó a 20 presos, pero Washington solo alivió algunas sanciones.',
     [('release', 20, '2025-12-12', 'reported'),
      ('sanctions_eased', None, '2025-12-12', 'reported')]),
]

QUIET = [
    ('sl', 'Občina je za divje odlaganje odpadkov uvedla strožje sankcije.', []),
    ('sl', 'Svetniki predlagajo strožje sankcije za parkiranje na pločnikih.', []),
    ('ja', '釈放された人の中には日本人2人も含まれている。', []),
]


@pytest.mark.parametrize("language, text, day", PAGE_DATES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(PAGE_DATES)])
def test_page_date(language: str, text: str, day: str) -> None:
    found, _ = document_date(text, load_patterns(language))
    assert found == pd.Timestamp(day, tz="UTC")


@pytest.mark.parametrize("language, text, expected", TODAY,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(TODAY)])
def test_today(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize("language, text, expected", EXPECTED,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(EXPECTED)])
def test_expected(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize("language, text, expected", HELD,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(HELD)])
def test_held_is_no_count(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize("language, text, expected", WORDING,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(WORDING)])
def test_wording(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize("language, text, expected", OTHER_CLAUSE,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(OTHER_CLAUSE)])
def test_date_of_another_clause(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize("language, text, expected", QUIET,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(QUIET)])
def test_quiet(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize("line, day", [("12.set.2025", "2025-09-12"), ("3.dez.2024", "2024-12-03"),
                                       ("12 set 2025", "2025-09-12")])
def test_date_line_with_dotted_month(line: str, day: str) -> None:
    """A Brazilian date line writes the abbreviated month between dots ("12.set.2025")."""
    assert header_date(line).startswith(day)


@pytest.mark.parametrize("heading", ["preberite še", "berite še", "ne spreglejte"])
def test_slovene_teaser_headings(heading: str) -> None:
    assert heading in TEASER_HEADINGS
