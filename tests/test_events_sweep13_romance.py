"""Fifteenth-round sweep of Spanish, Portuguese, French and Italian: general causes of the
blind development pages P99 (es-ab01 ... es-ab03) and of the other development pages of
the four languages.

- A day stated alone after a month takes that month ("En noviembre, ... el día 7"; a
  timeline's month heading "- Diciembre. Se indulta a 29 reclusos el día 9 y a otros 20
  el 28"): ``dates.find_dates`` completes the bare day with the month (and year) named
  before it in the sentence, and the month it completes no longer dates the sentence by
  itself; a heading month opens the line's sentence (``es.json`` dates), a bare "el 28"
  is a day only after such a month (a ``follows`` group), "31 indultados" counts the
  pardoned, and "y 32 el día 20" is a further pardon of its own;
- a demand whose complement stands far from its verb ("ha pedido en reiteradas ocasiones
  a las autoridades bielorrusas que liberen", pt "que libertem", fr "a demandé à plusieurs
  reprises aux autorités ... de libérer", it "ha chiesto ... di liberare") is a demand
  (``demanded_far``), where the cue window had ended before the verb;
- "ningún alivio de las sanciones" is a denial (Spanish only: French "n'a donné lieu à
  aucun échange de prisonniers" is labelled no event in set F);
- "no sería extraño que ... sacara a esas empresas de la lista" is an expectation;
- the date of a Spanish aside opened by a participle or a relative ("El bloguero,
  detenido en mayo de 2020 cuando ..., ha salido de la cárcel") is the aside's
  (``aside_opener``), not the release's;
- Spanish releases told as "sale libre", "volvieron a casa 84 soldados" (beside a word of
  captivity or a swap), "entregó a Kiev a doce civiles" / "a 22 militares"; pardons
  counted before their noun ("Dieciséis indultos", not "más de sesenta canjes").

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none. Published
on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import stated

BARE_DAY = [
    ("es", "- Octubre. Se indulta a 14 reclusos el día 4 y a otros 11 el 21.",
     [("pardon", 11, "2025-10-21", "reported"), ("pardon", 14, "2025-10-04", "reported")]),
    ("es", "- Septiembre. Dos tandas: 25 indultados el día 3 y 18 el día 19.",
     [("pardon", 18, "2025-09-19", "reported"), ("pardon", 25, "2025-09-03", "reported")]),
    ("es", "En marzo, el Gobierno indultó a 17 reclusos el día 12.",
     [("pardon", 17, "2025-03-12", "reported")]),
    ("es", "En agosto se excarceló a 40 presos el día 6 y a otros 12 el día 27.",
     [("release", 12, "2025-08-27", "reported"), ("release", 40, "2025-08-06", "reported")]),
    ("es", "Mayo: Minsk liberó a 9 presos el día 2.",
     [("release", 9, "2025-05-02", "reported")]),
    # no month before it: the day of the month nearest publication, as before
    ("es", "Lukashenko indultó a 12 presos el día 9.",
     [("pardon", 12, "2025-12-09", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), BARE_DAY)
def test_a_bare_day_takes_the_month_before_it(language: str, text: str,
                                              expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


FAR_DEMAND = [
    ("es", "La Unión Europea ha pedido en numerosas ocasiones a las autoridades de Minsk que "
           "excarcelen a todos los presos políticos.", [("release", None, None, "demanded")]),
    ("es", "Varias ONG exigieron este jueves en un comunicado conjunto al Gobierno bielorruso "
           "que libere sin condiciones a los opositores.", [("release", None, None, "demanded")]),
    ("pt", "A União Europeia tem pedido em várias ocasiões e em termos cada vez mais firmes "
           "às autoridades de Minsk que libertem todos os presos políticos.",
     [("release", None, None, "demanded")]),
    ("fr", "L'Union européenne a demandé à de nombreuses reprises aux autorités de Minsk de "
           "libérer tous les prisonniers politiques.", [("release", None, None, "demanded")]),
    ("it", "L'Unione europea ha chiesto più volte e con toni sempre più netti alle autorità "
           "di Minsk di liberare tutti i prigionieri politici.",
     [("release", None, None, "demanded")]),
    # a report after a far verb of asking, past a comma, stays a report
    ("es", "La oposición pidió ayuda a la comunidad internacional, y el sábado Minsk liberó a "
           "14 presos.", [("release", 14, "2025-12-13", "reported")]),
]

NO_RELIEF = [
    ("es", "Washington no ha anunciado por ahora ningún alivio de las sanciones contra Minsk.",
     [("sanctions_eased", None, None, "denied")]),
    ("es", "Bruselas no prevé por el momento ninguna flexibilización de las sanciones.",
     [("sanctions_eased", None, None, "denied")]),
]

NOT_SURPRISING = [
    ("es", "Si Minsk sigue soltando presos, no sería extraño que el Tesoro diera otro paso y "
           "sacara a Belaruskali de la lista SDN.",
     [("release", None, None, "expected"), ("sanctions_lifted", None, None, "expected")]),
    ("es", "No sería raro que Washington levantara las sanciones a la potasa antes de "
           "Navidad.", [("sanctions_lifted", None, None, "expected")]),
]

ASIDE = [
    ("es", "Andréi Kuznechik, detenido en marzo de 2021 durante una protesta, ha salido de "
           "la cárcel, según su familia.", [("release", None, None, "reported")]),
    ("es", "La activista, que fue condenada en 2022 a diez años, quedó en libertad junto a "
           "otros 12 presos, según Viasna.", [("release", 13, None, "reported")]),
    # the release's own date still dates it
    ("es", "El periodista, detenido en marzo de 2021 durante una protesta, ha salido de la "
           "cárcel este sábado.", [("release", None, "2025-12-13", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), FAR_DEMAND)
def test_a_demand_far_from_its_verb(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), NO_RELIEF)
def test_no_relief_is_a_denial(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), NOT_SURPRISING)
def test_it_would_not_be_strange_is_an_expectation(language: str, text: str,
                                                   expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), ASIDE)
def test_the_date_of_an_aside_is_the_asides(language: str, text: str,
                                            expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


RELEASE_WORDS = [
    ("es", "12 de mayo de 2025. Sale libre el periodista Igor Losik junto con otras cinco "
           "personas.", [("release", 6, "2025-05-12", "reported")]),
    ("es", "El opositor salió libre el miércoles.", [("release", None, "2025-12-10", "reported")]),
    ("es", "El anterior canje fue en julio, cuando volvieron a casa 95 soldados ucranianos.",
     [("release", 95, "2025-07-01", "reported")]),
    ("es", "En la misma operación, Moscú entregó a Kiev a 14 civiles ucranianos.",
     [("release", 14, None, "reported")]),
    ("es", "Ucrania devolvió a Rusia a 30 militares capturados en Kursk.",
     [("release", 30, None, "reported")]),
    ("es", "3 de julio de 2025. Dieciséis indultos en vísperas del Día de la Independencia.",
     [("pardon", 16, "2025-07-03", "reported")]),
    # look-alikes: a minister back home, a total of swaps, bodies handed over
    ("es", "El ministro volvió a casa el martes tras la cumbre.", []),
    ("es", "Desde 2022 se han producido más de sesenta canjes, según Kiev.", []),
    ("es", "El juez salió libre de cargos el lunes.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), RELEASE_WORDS)
def test_spanish_release_words(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)
