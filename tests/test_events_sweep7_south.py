"""Seventh sweep of Italian, Spanish and Portuguese: how dates attach (blind pages P49-P52).

What the blind development pages taught, in general form (every rule is data in
``resources/patterns/{it,es,pt}.json`` except the rules marked shared, which are
language-independent code in ``events.mention_dates`` and ``events.dates``):

- a month marked as the last one ("lo scorso febbraio", "el pasado febrero", "no passado
  mês de fevereiro") and a month's beginning or end in more words ("a comienzos de
  noviembre", "no final de julho") are that month, not the day of publication;
- a month or day "of last year" ("en julio del año pasado", "il 16 agosto dell'anno
  scorso") is in the year before publication, not in its year;
- "a month ago" with an article ("hace un mes", "un anno fa", "há um mês"), "lo scorso
  anno", "el pasado año" are relative dates;
- "in recent days/weeks", "in the coming days" give no date (with a reason), not the day
  of publication;
- a noun in an after clause with no date of its own ("al termine dei colloqui") has none:
  the sentence's date is its main clause's (a verb there already had none; shared); an
  after clause may open with a plural article ("tras las conversaciones", "dopo i
  colloqui");
- Italian "mai" after a superlative ("il più numeroso mai uscito") is "ever", no negation;
- Portuguese "sancionar a lei" signs a law, it imposes no sanctions;
- a date with an aside "a day after X" set off after it is the main clause's own date
  (shared); "un giorno dopo l'incontro" counts back although the article is elided into
  the trigger's word (shared); "all'indomani dei colloqui", "al día siguiente de las
  conversaciones", "no dia seguinte às conversações" count back one day;
- a span of days ("tra il 12 e il 13 dicembre", "los días 12 y 13 de diciembre") gives
  its days, the first among them; a count before "and on <day>" is no span (shared);
- further releases expected in more words ("potrebbe portare ad altre liberazioni", "se
  esperan nuevas excarcelaciones", "novas libertações podem ocorrer");
- a demand with its addressee between verb and noun ("exige a las autoridades de Minsk
  la liberación").

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none,
published on Saturday 2025-12-13.
"""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import SAT, stated

from toolkit.events import events_from_text

LAST_MONTH_NAMED = [
    ("it", "Lo scorso febbraio erano stati scarcerati cinque oppositori.",
     [("release", 5, "2025-02-01", "reported")]),
    ("it", "Nel marzo scorso Minsk aveva liberato sette detenuti politici.",
     [("release", 7, "2025-03-01", "reported")]),
    ("es", "El pasado febrero salieron de la cárcel cinco opositores.",
     [("release", 5, "2025-02-01", "reported")]),
    ("es", "El pasado mes de marzo Minsk excarceló a siete presos políticos.",
     [("release", 7, "2025-03-01", "reported")]),
    ("es", "A comienzos de noviembre el régimen indultó a doce presos.",
     [("pardon", 12, "2025-11-01", "reported")]),
    ("es", "Al final de julio fueron excarcelados cuatro periodistas.",
     [("release", 4, "2025-07-01", "reported")]),
    ("pt", "No passado mês de março Minsk libertou sete presos políticos.",
     [("release", 7, "2025-03-01", "reported")]),
    ("pt", "No final de julho o regime indultou doze presos.",
     [("pardon", 12, "2025-07-01", "reported")]),
    ("pt", "Em fins de outubro foram libertados quatro jornalistas.",
     [("release", 4, "2025-10-01", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), LAST_MONTH_NAMED)
def test_a_month_marked_as_the_last(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


OF_LAST_YEAR = [
    ("es", "En julio del año pasado fueron excarcelados dieciocho presos.",
     [("release", 18, "2024-07-01", "reported")]),
    ("es", "El 16 de agosto del año pasado Lukashenko indultó a treinta condenados.",
     [("pardon", 30, "2024-08-16", "reported")]),
    ("it", "A luglio dell'anno scorso erano stati liberati diciotto detenuti.",
     [("release", 18, "2024-07-01", "reported")]),
    ("it", "Il 16 agosto dell'anno scorso Lukashenko aveva graziato trenta condannati.",
     [("pardon", 30, "2024-08-16", "reported")]),
    ("pt", "Em julho do ano passado foram libertados dezoito presos.",
     [("release", 18, "2024-07-01", "reported")]),
    ("pt", "Em 16 de agosto do ano passado Lukashenko indultou trinta condenados.",
     [("pardon", 30, "2024-08-16", "reported")]),
    # "of this year" keeps the year of publication
    ("es", "El 3 de marzo de este año Minsk excarceló a seis presos.",
     [("release", 6, "2025-03-03", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), OF_LAST_YEAR)
def test_a_month_of_last_year(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


A_MONTH_AGO = [
    ("es", "Hace un mes Minsk excarceló a ocho presos políticos.",
     [("release", 8, "2025-11-01", "reported")]),
    ("es", "El pasado año Lukashenko indultó a cuarenta condenados.",
     [("pardon", 40, "2024-01-01", "reported")]),
    ("it", "Un mese fa Minsk ha liberato otto detenuti politici.",
     [("release", 8, "2025-11-01", "reported")]),
    ("it", "Lo scorso mese Minsk ha liberato otto detenuti politici.",
     [("release", 8, "2025-11-01", "reported")]),
    ("it", "Lo scorso anno Lukashenko aveva graziato quaranta condannati.",
     [("pardon", 40, "2024-01-01", "reported")]),
    ("pt", "Há um mês Minsk libertou oito presos políticos.",
     [("release", 8, "2025-11-01", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), A_MONTH_AGO)
def test_a_month_ago_with_an_article(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


def _undated_not_published(text: str, language: str) -> list[tuple]:
    """(type, count, basis) of each event, asserting it has no date at all."""
    rows = events_from_text(text, SAT, language)
    assert all(pd.isna(r["date"]) for r in rows)
    return sorted((r["event_type"], None if pd.isna(r["count"]) else int(r["count"]),
                   r["date_basis"]) for r in rows)


RECENT_DAYS = [
    ("es", "En los últimos días fueron excarcelados nueve presos políticos.", "release", 9),
    ("es", "En las últimas semanas el régimen indultó a once condenados.", "pardon", 11),
    ("it", "Nei giorni scorsi sono stati scarcerati nove detenuti politici.", "release", 9),
    ("it", "Nelle ultime settimane Lukashenko ha graziato undici condannati.", "pardon", 11),
    ("pt", "Nos últimos dias foram libertados nove presos políticos.", "release", 9),
    ("pt", "Nas últimas semanas o regime indultou onze condenados.", "pardon", 11),
]


@pytest.mark.parametrize(("language", "text", "kind", "count"), RECENT_DAYS)
def test_recent_days_give_no_date(language: str, text: str, kind: str, count: int) -> None:
    assert _undated_not_published(text, language) == [(kind, count, "none")]


def test_a_noun_in_an_after_clause_has_no_date_of_its_own() -> None:
    text = ("Il 12 dicembre, al termine dei colloqui con l'inviato americano, Lukashenko ha "
            "graziato 123 prigionieri.")
    assert stated(text, "it", modality=True) == sorted(
        [("pardon", 123, "2025-12-12", "reported"), ("talks", None, None, "reported")], key=str)
    talks = [r for r in events_from_text(text, SAT, "it") if r["event_type"] == "talks"]
    assert talks and all(r["date_basis"] != "published" for r in talks)


EVER_NOT_NEVER = [
    # "mai" after a superlative is "ever": no denied event
    ("it", "È il gruppo più numeroso mai uscito dalle carceri bielorusse.", "denied", False),
    # "mai" opening the clause, or after "non", still denies
    ("it", "Mai scarcerati i 52 prigionieri promessi da Minsk.", "denied", True),
    ("it", "Minsk non ha mai liberato i 52 prigionieri promessi.", "denied", True),
]


@pytest.mark.parametrize(("language", "text", "modality", "present"), EVER_NOT_NEVER)
def test_ever_after_a_superlative(language: str, text: str, modality: str,
                                  present: bool) -> None:
    assert any(e[3] == modality for e in stated(text, language, modality=True)) is present


SIGNING_A_LAW = [
    ("pt", "Presidente sanciona lei que amplia a isenção do imposto.", []),
    ("pt", "O presidente sancionou nesta segunda-feira o projeto de lei do orçamento.", []),
    ("pt", "A União Europeia sancionou 25 pessoas e sete entidades bielorrussas.",
     [("sanctions_imposed", 32, None, "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), SIGNING_A_LAW)
def test_signing_a_law_is_no_sanction(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


OFFSETS = [
    # a marker set off after a date is an aside: the date is the main clause's own
    ("it", "Giovedì, un giorno dopo la visita dell'inviato americano, Minsk ha liberato 52 "
           "prigionieri.",
     [("release", 52, "2025-12-11", "reported")]),
    ("es", "El jueves, un día después de la visita del enviado, Minsk excarceló a 52 presos.",
     [("release", 52, "2025-12-11", "reported")]),
    ("en", "On Thursday, a day after the envoy's visit, Minsk freed 52 prisoners.",
     [("release", 52, "2025-12-11", "reported")]),
    # "a day after the meeting" with an elided article ("l'incontro") counts back
    ("it", "Minsk ha liberato giovedì 52 prigionieri, un giorno dopo l'incontro tra l'inviato "
           "americano e Lukashenko.",
     [("release", 52, "2025-12-11", "reported"), ("talks", None, "2025-12-10", "reported")]),
    # "the day after the talks": the talks are the day before the stated date
    ("it", "Lukashenko ha graziato 123 prigionieri sabato, all'indomani dei colloqui con "
           "l'inviato americano.",
     [("pardon", 123, "2025-12-13", "reported"), ("talks", None, "2025-12-12", "reported")]),
    ("es", "Lukashenko indultó el sábado a 123 presos, al día siguiente de las conversaciones "
           "con el enviado estadounidense.",
     [("pardon", 123, "2025-12-13", "reported"), ("talks", None, "2025-12-12", "reported")]),
    ("pt", "Lukashenko indultou no sábado 123 presos, no dia seguinte às conversações com o "
           "enviado americano.",
     [("pardon", 123, "2025-12-13", "reported"), ("talks", None, "2025-12-12", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), OFFSETS)
def test_offsets_and_their_anchor(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


DAY_SPANS = [
    # two days of talks: a mention per day, the first day among them
    ("it", "Tra il 10 e l'11 dicembre l'inviato americano ha incontrato Lukashenko a Minsk.",
     [("talks", None, "2025-12-10", "reported"), ("talks", None, "2025-12-11", "reported")]),
    ("es", "El enviado se reunió con Lukashenko los días 10 y 11 de diciembre en Minsk.",
     [("talks", None, "2025-12-10", "reported"), ("talks", None, "2025-12-11", "reported")]),
    ("pt", "O enviado reuniu-se com Lukashenko nos dias 10 e 11 de dezembro em Minsk.",
     [("talks", None, "2025-12-10", "reported"), ("talks", None, "2025-12-11", "reported")]),
    # a count before "and on <day> <month>" is no span of days
    ("it", "Minsk ha liberato 14 e il 12 dicembre altri 10 prigionieri.",
     [("release", 10, "2025-12-12", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), DAY_SPANS)
def test_a_span_of_days(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


MORE_RELEASES_EXPECTED = [
    ("it", "Secondo fonti diplomatiche l'intesa potrebbe portare ad altre liberazioni.",
     [("release", None, None, "expected")]),
    ("it", "Sono attese altre scarcerazioni entro Natale.",
     [("release", None, None, "expected")]),
    ("es", "Se esperan nuevas excarcelaciones antes de Navidad.",
     [("release", None, None, "expected")]),
    ("es", "Nuevas liberaciones pueden producirse antes de Navidad, según los analistas.",
     [("release", None, None, "expected")]),
    ("pt", "Analistas avaliam que novas libertações podem ocorrer em breve.",
     [("release", None, None, "expected")]),
    # "devem chegar" after freed people is where they go, not a forecast of the release
    ("pt", "Os 52 presos libertados ontem devem chegar a Vilnius à noite.",
     [("release", 52, "2025-12-12", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), MORE_RELEASES_EXPECTED)
def test_more_releases_expected(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


DEMAND_WITH_ITS_ADDRESSEE = [
    # the party asked stands between the verb and the noun
    ("es", "2. Exige a las autoridades de Minsk la liberación inmediata e incondicional de "
           "todas las personas presas por motivos políticos.",
     [("release", None, None, "demanded")]),
    # a thank-you is no demand, nor is a demand for something else before the noun
    ("es", "Agradeció a las autoridades de Minsk la liberación de 52 presos el viernes.",
     [("release", 52, "2025-12-12", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), DEMAND_WITH_ITS_ADDRESSEE)
def test_a_demand_with_its_addressee(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


AFTER_A_PLURAL = [
    # "tras las conversaciones", "dopo i colloqui": an after clause with a plural article;
    # the talks have no date of their own, the sentence's date is the pardon's
    ("es", "El 12 de diciembre, 123 personas fueron indultadas tras las conversaciones entre "
           "Minsk y el enviado estadounidense.",
     [("pardon", 123, "2025-12-12", "reported"), ("talks", None, None, "reported")]),
    ("it", "Venerdì, dopo i colloqui con l'inviato americano, Lukashenko ha graziato 123 "
           "prigionieri.",
     [("pardon", 123, "2025-12-12", "reported"), ("talks", None, None, "reported")]),
    # a date of the clause's own still dates it
    ("it", "Dopo i colloqui di giovedì con l'inviato americano, venerdì Lukashenko ha "
           "graziato 123 prigionieri.",
     [("pardon", 123, "2025-12-12", "reported"), ("talks", None, "2025-12-11", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), AFTER_A_PLURAL)
def test_an_after_clause_with_a_plural_article(language: str, text: str,
                                                expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


ROMANIAN_SAME_CAUSES = [
    # ro: "in recent days" gives no date; a span of days gives its days
    ("ro", "În ultimele zile au fost eliberați nouă deținuți politici.",
     [("release", 9, None, "reported")]),
    ("ro", "Între 10 și 11 decembrie emisarul american s-a întâlnit cu Lukașenko la Minsk.",
     [("talks", None, "2025-12-10", "reported"), ("talks", None, "2025-12-11", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), ROMANIAN_SAME_CAUSES)
def test_romanian_same_causes(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


def test_romanian_recent_days_not_published() -> None:
    assert _undated_not_published("În ultimele zile au fost eliberați nouă deținuți politici.",
                                  "ro") == [("release", 9, "none")]
