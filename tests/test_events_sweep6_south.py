"""Sixth sweep of Spanish, Portuguese, Croatian, Slovenian, Arabic and Japanese (whole pages).

What the new development pages of ``pages_p43`` taught, in general form:

- a page's own date when no line gives its year:
  - an agency dateline closed by a full stop and alone on its line ("Madrid, 22 nov
    (Iberpress)."), whose year comes from the weekday of the lead under it and a month
    the page states with its year;
  - a year-less head line with other chrome after a bar ("četvrtak, 11. rujna | Pratite s
    nama");
  - a head line that is only a year-less date and a clock time ("12月28日 21時30分"), with
    the copyright year, else the year of the latest month the page states;
- Croatian measures "against" a named party are sanctions when eased or lifted
  ("ublažio mjere protiv ... Belavia"); measures against a spread, or to save water, are not.

Every sentence and page here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none,
published on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import stated

from toolkit.clean.datelines import dateline_date, split_dateline
from toolkit.clean.pages import parse_text

_MENU = "Portal Noticias\nInicio | Mundo | Economía | Deportes\n\n"
_FOOT = "\n\nLo más leído\n· Otra noticia\n\nAviso legal · Cookies · Contacto\n"

PAGE_DATES = [
    # an agency dateline closed by a full stop, alone on its line: the year from the
    # weekday of the lead under it, on or after the month the page states with its year
    ("es", "Bielorrusia excarcela a 14 presos\n\nLisboa, 13 abr (Surpress).\n\n"
           "Las autoridades de Minsk excarcelaron este domingo a 14 presos políticos, "
           "según la oposición. Es la tercera liberación desde julio de 2024.",
     "2025-04-13"),
    ("pt", "Minsk liberta 14 presos\n\nBrasília, 13 abr (Agência Sul).\n\n"
           "O governo de Minsk libertou neste domingo 14 presos políticos. "
           "É a terceira libertação desde julho de 2024.",
     "2025-04-13"),
    # a year-less head line with chrome after a bar
    ("hr", "Minsk pustio 14 zatvorenika\n\nnedjelja, 13. travnja | Pratite uživo\n\n"
           "Bjelorusija je danas pustila 14 političkih zatvorenika. "
           "To je treće puštanje od srpnja 2024.",
     "2025-04-13"),
    ("sl", "Minsk izpustil 14 zapornikov\n\nnedelja, 13. april | Vreme Ljubljana 14 °C\n\n"
           "Belorusija je danes izpustila 14 političnih zapornikov. "
           "Gre za tretjo izpustitev od julija 2024.",
     "2025-04-13"),
    # a head line that is only a year-less date and a clock time
    ("ja", "ベラルーシ、14人を釈放\n\n4月13日 11時20分\n\n"
           "ベラルーシ当局は13日、政治犯14人を釈放した。2024年7月以降で3回目となる。",
     "2025-04-13"),
    ("ja", "ベラルーシ、14人を釈放\n\n1月5日 8時05分\n\n"
           "ベラルーシ当局は5日、政治犯14人を釈放した。2025年12月に続く釈放となる。",
     "2026-01-05"),
    ("ja", "ベラルーシ、14人を釈放\n\n4月13日 11時20分\n\n"
           "ベラルーシ当局は13日、政治犯14人を釈放した。\n\n© 2024 Kita Shimbun",
     "2024-04-13"),
]


@pytest.mark.parametrize("language, text, day", PAGE_DATES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(PAGE_DATES)])
def test_page_date(language: str, text: str, day: str) -> None:
    assert parse_text(f"{_MENU}{text}{_FOOT}")["published"] == f"{day}T00:00:00+00:00"


NO_PAGE_DATE = [
    # a year-less date and clock time with no year anywhere on the page
    "ベラルーシ、14人を釈放\n\n4月13日 11時20分\n\nベラルーシ当局は13日、政治犯14人を釈放した。",
    # a year-less dateline alone on its line, no year on the page
    "Bielorrusia excarcela a 14 presos\n\nLisboa, 13 abr (Surpress).\n\n"
    "Las autoridades de Minsk excarcelaron este domingo a 14 presos políticos.",
]


@pytest.mark.parametrize("text", NO_PAGE_DATE)
def test_no_year_no_page_date(text: str) -> None:
    assert parse_text(f"{_MENU}{text}{_FOOT}")["published"] is None


DATELINES = [
    ("Lisboa, 13 abr (Surpress).", "13 abr", ""),
    ("Lisboa, 13 abr (Surpress). El Gobierno indultó a 12 presos.", "13 abr",
     "El Gobierno indultó a 12 presos."),
    ("Vilna, 21 jun (EFE).- Texto.", "21 jun", "Texto."),
]


@pytest.mark.parametrize("paragraph, date, rest", DATELINES)
def test_dateline_closed_by_a_full_stop(paragraph: str, date: str, rest: str) -> None:
    assert dateline_date(paragraph) == date
    assert split_dateline(paragraph)[2] == rest


@pytest.mark.parametrize("paragraph", [
    "Alexander Lukashenko (Belarus). He spoke.",  # a name and a bracket: no date, no dateline
    "Minsk, 3 julio (Reuters) visitó la ciudad.",  # no full stop after the agency
])
def test_no_dateline(paragraph: str) -> None:
    assert split_dateline(paragraph) == (None, None, paragraph)


MEASURES = [
    ("hr", "Washington je u četvrtak ublažio mjere protiv bjeloruskog nacionalnog "
           "prijevoznika Belavia.",
     [("sanctions_eased", None, "2025-12-11", "reported")]),
    ("hr", "SAD su jučer ukinule mjere protiv Belaruskalija.",
     [("sanctions_lifted", None, "2025-12-12", "reported")]),
    # measures against a spread, or to save water, are no sanctions
    ("hr", "Vlada je u četvrtak ublažila mjere protiv širenja koronavirusa.", []),
    ("hr", "Vodovod je u četvrtak ublažio neke mjere štednje vode.", []),
]


@pytest.mark.parametrize("language, text, expected", MEASURES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(MEASURES)])
def test_measures_against_a_party(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


NEGATION_INSIDE = [
    # the sanctions named before the verb, the negation between them
    ("sl", "Evropska unija sankcij proti Minsku ne namerava odpraviti.",
     [("sanctions_lifted", None, None, "denied")]),
    ("hr", "EU sankcije protiv Minska zasad neće ukinuti.",
     [("sanctions_lifted", None, None, "denied")]),
    ("sl", "ZDA so sankcije proti Belavii v četrtek odpravile.",
     [("sanctions_lifted", None, "2025-12-11", "reported")]),
    # "not only" denies nothing
    ("hr", "Washington je u četvrtak ukinuo ne samo sankcije protiv Belavije nego i zabranu letova.",
     [("sanctions_lifted", None, "2025-12-11", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", NEGATION_INSIDE,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(NEGATION_INSIDE)])
def test_negation_inside_the_trigger(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


DEMANDED_ALL = [
    # "free them all": in a demand, the people named before (people_pronoun)
    ("hr", "Europska unija ponovno je pozvala Minsk da ih sve bezuvjetno oslobodi.",
     [("release", None, None, "demanded")]),
    ("es", "La Unión Europea pidió a Minsk que los excarcele a todos.",
     [("release", None, None, "demanded")]),
    ("es", "La oposición reclamó la liberación de todos ellos.",
     [("release", None, None, "demanded")]),
    ("pt", "O Governo exortou Minsk a libertá-los a todos.",
     [("release", None, None, "demanded")]),
    ("sl", "Bruselj je pozval Minsk, naj jih vse izpusti.",
     [("release", None, None, "demanded")]),
    # outside a demand, "them all" is no release of its own
    ("hr", "Bjelorusija ih je sve pustila u petak.", []),
    # ar: the demand verb far from the masdar it governs
    ("ar", "وطالبت زعيمة المعارضة في المنفى سفيتلانا تيخانوفسكايا بالإفراج عن جميع المعتقلين "
           "السياسيين.",
     [("release", None, None, "demanded")]),
    # ... but "طالب" is also "student"
    ("ar", "اعتقلت الشرطة طالب جامعي ثم أفرجت عنه يوم الجمعة.", []),
]


@pytest.mark.parametrize("language, text, expected", DEMANDED_ALL,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(DEMANDED_ALL)])
def test_demanded_all_of_them(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


WORDING = [
    # es: a list of "personas y entidades sancionadas", far from the verb
    ("es", "El Tesoro retiró el pasado día 4 a la aerolínea estatal Belavia de su lista de "
           "personas y entidades sancionadas (SDN).",
     [("sanctions_lifted", None, "2025-12-04", "reported")]),
    # pt, es: the rest handed to a country's authorities, the verb left out
    ("pt", "Nove dos presos foram levados para a Lituânia e os restantes 114 entregues às "
           "autoridades ucranianas.",
     [("release", 9, None, "reported"), ("release", 114, None, "reported")]),
    ("es", "Los restantes 114 presos fueron entregados a las autoridades de Ucrania.",
     [("release", 114, None, "reported")]),
    # ar: "between the two men" is no count of the freed
    ("ar", "في أول محادثة بين الرجلين، شكر ترامب نظيره على الإفراج عن سجناء.", []),
    ("ar", "عفا لوكاشينكو يوم الخميس عن كاهنين.", [("pardon", 2, "2025-12-11", "reported")]),
    # ja: "the 12th and 13th" with の before 両日; a month before a count
    ("ja", "米国のコール特使は12、13の両日ミンスクを訪れてルカシェンコ氏と会談した。",
     [("talks", None, "2025-12-12", "reported")]),
    ("ja", "9月　52人を釈放", [("release", 52, "2025-09-01", "reported")]),
    ("ja", "9月 13日に52人を釈放した。", [("release", 52, "2025-09-13", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", WORDING,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(WORDING)])
def test_wording(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)
