"""Croatian and Slovenian: the fifteenth-round sweep (hr, sl).

Sentences written for the project, in the style of the development pages' misses.
Published on Saturday 2025-12-13 (``eventcases.SAT``) unless a test says otherwise.

- A gapped clause ("..., sredi avgusta pa prav tako trideset", "..., a sredinom
  studenoga također 30") is a further happening of the verb's kind, also when its count
  is the first clause's, and the first clause keeps its own date.
- "pomilosti" (present, "odločitev, da pomilosti 23") is a pardon verb.
- A Slovenian sentence ends at an ordinal-looking number before a word that opens one
  ("9. decembra pa 29. Od julija ...").
- "pozivamo X, naj ..." is a demand however many words stand between "naj" and the verb;
  "da bo Lukašenko še pred koncem leta pomilostil" is expected (the auxiliary "bo" in second
  place, the participle far after it); "še koga" stands for people awaited.
"""

from __future__ import annotations

import pytest
from eventcases import as_labelled, stated

from toolkit.clean import sentence_spans

P, R, IMP = "pardon", "release", "sanctions_imposed"

# a gapped second clause with a date of its own: a further happening, the first keeps its date
GAPPED = [
    ("sl", "Že 5. novembra je Lukašenko pomilostil dvajset zapornikov, sredi oktobra pa prav "
           "tako dvajset.",
     [(P, 20, "2025-10-01"), (P, 20, "2025-11-05")]),
    ("sl", "Že 5. novembra je Lukašenko pomilostil dvajset zapornikov, sredi oktobra pa "
           "dvajset, med katerimi je bilo pet žensk.",
     [(P, 20, "2025-10-01"), (P, 20, "2025-11-05")]),
    ("sl", "V začetku novembra je Lukašenko pomilostil 24 ljudi, sredi oktobra pa 17.",
     [(P, 17, "2025-10-01"), (P, 24, "2025-11-01")]),
    ("hr", "Početkom studenoga Lukašenko je pomilovao 24 osobe, a sredinom listopada također 17.",
     [(P, 17, "2025-10-01"), (P, 24, "2025-11-01")]),
    ("hr", "Lukašenko je 5. studenoga pomilovao dvadeset zatvorenika, a sredinom listopada isto "
           "tako dvadeset.",
     [(P, 20, "2025-10-01"), (P, 20, "2025-11-05")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), GAPPED,
                         ids=[str(i) for i in range(len(GAPPED))])
def test_a_gapped_clause_is_a_further_happening(language: str, text: str,
                                                expected: list) -> None:
    assert stated(text, language) == expected


def test_a_gapped_clause_without_a_date_of_its_own_before_it_keeps_the_old_reading() -> None:
    # no date in the first clause: the first pardon is not cut from the later date
    assert stated("Lukašenko je pomilostil 24 ljudi, sredi oktobra pa 17.", "sl") == [
        (P, 17, "2025-10-01"), (P, 24, "2025-10-01")]


def test_a_comma_inside_the_first_clause_keeps_its_date() -> None:
    assert stated("Lukashenko pardoned 40 people, including two journalists, in March and "
                  "another 16 in June.", "en") == [(P, 16, "2025-06-01"), (P, 40, "2025-03-01")]


def test_pomilosti_in_a_that_clause_is_the_pardon_of_yesterday() -> None:
    text = ("Društvo pozdravlja včerajšnjo odločitev predsednika Lukašenka, da pomilosti "
            "19 političnih zapornikov, med njimi dve ženski.")
    assert as_labelled(text, "sl") == [(P, "2025-12-12", 19, "reported")]


def test_a_sentence_ends_after_a_count_that_looks_like_an_ordinal() -> None:
    text = ("Novembra sta bili dve: 20. novembra je bilo pomiloščenih 12 ljudi, 3. novembra "
            "pa 26. Od lanskega poletja je bilo izpuščenih več sto ljudi.")
    assert [text[a:b][-3:] for a, b in sentence_spans(text, "sl")] == ["26.", "di."]
    assert stated(text, "sl") == [(P, 12, "2025-11-20"), (P, 26, "2025-11-03")]


@pytest.mark.parametrize("text", [
    "Zato pozivamo beloruske oblasti, naj takoj in brezpogojno izpustijo vse politične "
    "zapornike in končajo preganjanje.",
    "Pozivamo oblasti v Minsku, naj nemudoma in brez pogojev izpustijo vse zaprte novinarje.",
])
def test_we_call_on_them_to_free_is_a_demand(text: str) -> None:
    assert [m for *_, m in as_labelled(text, "sl")] == ["demanded"]


@pytest.mark.parametrize("text", [
    "Opazovalci ne izključujejo, da bo Lukašenko še pred koncem leta pomilostil nove "
    "skupine zapornikov.",
    "Analitiki menijo, da bo Lukašenko pred božičnimi prazniki v Minsku pomilostil nove "
    "zapornike.",
    "Diplomati ne izključujejo, da bo Lukašenko pred dnevom neodvisnosti pomilostil še koga.",
])
def test_a_pardon_awaited_far_after_the_auxiliary_is_expected(text: str) -> None:
    assert as_labelled(text, "sl") == [(P, None, None, "expected")]


def test_a_past_pardon_of_someone_else_names_nobody() -> None:
    # "še koga" stands for people only where more are awaited or asked for
    assert as_labelled("Lukašenko je pomilostil še koga.", "sl") == []


def test_imposed_is_untouched() -> None:
    assert as_labelled("Evropska unija je 5. novembra uvedla sankcije proti 28 uradnikom.",
                       "sl") == [(IMP, "2025-11-05", 28, "reported")]
