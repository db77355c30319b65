"""Tenth sweep of French, Italian, Spanish and Portuguese: general causes of the blind
development pages P73-P76 (fr-f01, fr-f02, it-f01, it-f02, es-f01 ... es-f04, pt-f01,
pt-f02).

Each behaviour was first written out as an inventory of the shapes the press of these
languages uses for it, then fixed as data in ``resources/patterns/{fr,it,es,pt}.json``
(one shared rule in ``events.extract``):

- an expectation verb before the event's noun ("esperam novas libertações", "esperan
  nuevas excarcelaciones", "s'attendent à de nouvelles libérations", "si aspettano nuove
  liberazioni", "tablent sur", "prevedono", "contam com") is an expected event; before, no
  event, or new sanctions "in January" read as a January already past;
- "parallèlement", "nello stesso momento", "allo stesso tempo", "parallelamente" tell the
  day of the sentence before, as "en même temps" and "contemporaneamente" did;
- a day and an abbreviated month without "de", as wire datelines and short forms write
  them in Spanish and Portuguese ("MADRID, 12 dic. (EFE) –", "el 11 sept.", "21 jun
  2025", "16 dez. (Lusa)"), is a date: a dateline's day is again the story's day, from
  which its "ayer" counts;
- a timeline's entry that opens its line with a date standing as a sentence of its own
  ("3 de julio de 2024. Salen en libertad 18 presos.") dates the sentence after it on the
  line (shared: ``extract._spans`` joins the two, any language); a date line on a line of
  its own does not;
- a removal from a sanctions list reaches the list past a full date and a long name of
  the company ("a retiré mardi 9 décembre la compagnie aérienne publique biélorusse de sa
  liste des ressortissants spécialement désignés"), and an electoral or candidates' list
  is no sanctions list.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none. Published
on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import stated

EXPECTATION_BEFORE_THE_NOUN = [
    ("pt", "Analistas esperam novas libertações nas próximas semanas.",
     [("release", None, None, "expected")]),
    ("pt", "Observadores preveem novos indultos até ao fim do ano.",
     [("pardon", None, None, "expected")]),
    ("pt", "Os analistas contam com novas libertações em janeiro.",
     [("release", None, "2026-01-01", "expected")]),
    ("pt", "Os diplomatas esperam novas sanções da UE em janeiro.",
     [("sanctions_imposed", None, "2026-01-01", "expected")]),
    ("es", "Los analistas esperan nuevas excarcelaciones en las próximas semanas.",
     [("release", None, None, "expected")]),
    ("es", "La oposición espera nuevos indultos en enero.",
     [("pardon", None, "2026-01-01", "expected")]),
    ("es", "Los diplomáticos anticipan un nuevo canje de prisioneros.",
     [("release", None, None, "expected")]),
    ("es", "Los diplomáticos esperan nuevas sanciones de la UE en enero.",
     [("sanctions_imposed", None, "2026-01-01", "expected")]),
    ("fr", "Les analystes s'attendent à de nouvelles libérations dans les prochaines semaines.",
     [("release", None, None, "expected")]),
    ("fr", "Les diplomates tablent sur de nouvelles libérations avant la fin de l'année.",
     [("release", None, None, "expected")]),
    ("fr", "On s'attend à un nouvel échange de prisonniers.",
     [("release", None, None, "expected")]),
    ("fr", "Les diplomates s'attendent à de nouvelles sanctions européennes en janvier.",
     [("sanctions_imposed", None, "2026-01-01", "expected")]),
    ("it", "Gli analisti si aspettano nuove liberazioni nelle prossime settimane.",
     [("release", None, None, "expected")]),
    ("it", "I diplomatici prevedono nuove scarcerazioni entro fine anno.",
     [("release", None, None, "expected")]),
    ("it", "I diplomatici si aspettano nuove sanzioni europee a gennaio.",
     [("sanctions_imposed", None, "2026-01-01", "expected")]),
    # a report with such a verb after its noun stays a report
    ("es", "Bielorrusia liberó el jueves a 52 presos, que esperan ahora en Vilna.",
     [("release", 52, "2025-12-11", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", EXPECTATION_BEFORE_THE_NOUN,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(EXPECTATION_BEFORE_THE_NOUN)])
def test_an_expectation_verb_before_the_noun(language: str, text: str,
                                             expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


AT_THE_SAME_TIME = [
    ("fr", "Minsk a libéré 52 détenus jeudi. Parallèlement, Washington a allégé les sanctions "
           "contre Belavia.",
     [("release", 52, "2025-12-11", "reported"),
      ("sanctions_eased", None, "2025-12-11", "reported")]),
    ("it", "La Bielorussia ha liberato giovedì 52 detenuti. Nello stesso momento, Washington "
           "ha allentato le sanzioni su Belavia.",
     [("release", 52, "2025-12-11", "reported"),
      ("sanctions_eased", None, "2025-12-11", "reported")]),
    ("it", "La Bielorussia ha liberato giovedì 52 detenuti. Allo stesso tempo, Washington ha "
           "allentato le sanzioni su Belavia.",
     [("release", 52, "2025-12-11", "reported"),
      ("sanctions_eased", None, "2025-12-11", "reported")]),
    ("it", "La Bielorussia ha liberato giovedì 52 detenuti. Parallelamente, Washington ha "
           "allentato le sanzioni su Belavia.",
     [("release", 52, "2025-12-11", "reported"),
      ("sanctions_eased", None, "2025-12-11", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", AT_THE_SAME_TIME,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(AT_THE_SAME_TIME)])
def test_at_the_same_time(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


DELISTING_PAST_A_LONG_NAME = [
    ("fr", "L'OFAC a retiré mardi 9 décembre la compagnie aérienne publique biélorusse de sa "
           "liste des ressortissants spécialement désignés (SDN).",
     [("sanctions_lifted", None, "2025-12-09", "reported")]),
    ("es", "La OFAC eliminó el martes a la compañía aérea estatal de su lista de ciudadanos "
           "especialmente designados.",
     [("sanctions_lifted", None, "2025-12-09", "reported")]),
    ("pt", "O Tesouro retirou na terça-feira a companhia aérea estatal bielorrussa da sua "
           "lista de sanções.",
     [("sanctions_lifted", None, "2025-12-09", "reported")]),
    ("it", "Il Tesoro ha rimosso martedì la compagnia aerea statale bielorussa dalla sua "
           "lista delle persone designate.",
     [("sanctions_lifted", None, "2025-12-09", "reported")]),
    # an electoral or candidates' list is no sanctions list
    ("fr", "Le parti a retiré mardi son candidat de la liste électorale.", []),
    ("es", "El partido retiró el martes a su candidato de la lista electoral.", []),
    ("pt", "O partido retirou na terça-feira o nome do candidato da lista eleitoral.", []),
    ("it", "Il partito ha ritirato martedì il suo candidato dalla lista elettorale.", []),
]


@pytest.mark.parametrize("language, text, expected", DELISTING_PAST_A_LONG_NAME,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(DELISTING_PAST_A_LONG_NAME)])
def test_a_delisting_past_a_long_name(language: str, text: str,
                                      expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


ABBREVIATED_MONTHS = [
    ("es", "MADRID, 12 dic. (EFE) – Lukashenko indultó ayer a 20 presos.",
     [("pardon", 20, "2025-12-11", "reported")]),
    ("es", "Minsk liberó a 52 presos el 11 sept.",
     [("release", 52, "2025-09-11", "reported")]),
    ("es", "El 5 sept. de 2025, Minsk liberó a 52 presos.",
     [("release", 52, "2025-09-05", "reported")]),
    ("es", "Bielorrusia liberó a 14 presos el 21 jun 2025.",
     [("release", 14, "2025-06-21", "reported")]),
    ("pt", "LISBOA, 12 dez. (Lusa) - Lukashenko perdoou ontem 20 presos.",
     [("pardon", 20, "2025-12-11", "reported")]),
    ("pt", "A Bielorrússia libertou 14 presos a 21 jun. 2025.",
     [("release", 14, "2025-06-21", "reported")]),
    # "dez" (ten) before a noun stays a number
    ("pt", "Minsk libertou dez presos na segunda-feira.",
     [("release", 10, "2025-12-08", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", ABBREVIATED_MONTHS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(ABBREVIATED_MONTHS)])
def test_an_abbreviated_month_without_de(language: str, text: str,
                                         expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


TIMELINE_DATE_SENTENCE = [
    ("es", "Cronología\n3 de julio de 2024. Salen en libertad 18 presos.\n"
           "16 de agosto de 2024. Lukashenko indulta a 30 personas.",
     [("pardon", 30, "2024-08-16", "reported"), ("release", 18, "2024-07-03", "reported")]),
    ("es", "Agosto de 2024. Lukashenko indulta a 30 condenados.",
     [("pardon", 30, "2024-08-01", "reported")]),
    # a capitalised noun after the date sentence opens its sentence, it is no name; the
    # entry's month wins over the date of the election named after it
    ("es", "Enero de 2025. Indulto a 23 condenados antes de las elecciones del 26 de enero.",
     [("pardon", 23, "2025-01-01", "reported")]),
    ("pt", "11 de setembro de 2025. Minsk liberta 52 presos.",
     [("release", 52, "2025-09-11", "reported")]),
    ("fr", "16 août 2024. Loukachenko gracie 30 condamnés.",
     [("pardon", 30, "2024-08-16", "reported")]),
    ("en", "3 July 2024. Eighteen prisoners are freed.",
     [("release", 18, "2024-07-03", "reported")]),
    # a date on a line of its own is no entry's date
    ("es", "Minsk, 13 de diciembre\n12 de diciembre de 2025.\nLukashenko indultó a 20 presos el "
           "jueves.",
     [("pardon", 20, "2025-12-11", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", TIMELINE_DATE_SENTENCE,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(TIMELINE_DATE_SENTENCE)])
def test_a_timeline_date_sentence(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)
