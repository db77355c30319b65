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


# ---- second commit: lists, held counts, quotes, after clauses, who was left out ----

LIFT, DENIED = "sanctions_lifted", "denied"


def test_taken_off_the_list_of_specially_designated_is_a_lifting_not_an_imposition() -> None:
    text = ("Ameriško ministrstvo za finance je v torek beloruskega prevoznika umaknilo s "
            "seznama posebej določenih državljanov in blokiranih oseb (SDN), ki je glavni "
            "ameriški seznam sankcioniranih.")
    assert as_labelled(text, "sl") == [(LIFT, "2025-12-09", None, "reported")]


def test_the_list_of_the_sanctioned_still_names_an_imposition_with_its_verb() -> None:
    text = "ZDA so 4. decembra na svoj seznam sankcioniranih uvrstile 11 posameznikov."
    assert as_labelled(text, "sl") == [(IMP, "2025-12-04", 11, "reported")]


def test_a_denial_told_by_diplomats_on_a_day_is_undated() -> None:
    text = ("Evropska unija svojih sankcij proti Minsku ne namerava odpraviti, so v četrtek "
            "zagotovili evropski diplomati.")
    assert as_labelled(text, "sl") == [(LIFT, None, None, DENIED)]


@pytest.mark.parametrize(("language", "text"), [
    ("sl", "Gre za prvo pomilostitev letos, a po podatkih Vjasne je v državi še vedno "
           "zaprtih 1150 političnih zapornikov."),
    ("hr", "»Nekoliko desetaka oslobođenih ne mijenja ništa u zemlji u kojoj je i dalje više "
           "od tisuću političkih zatvorenika«, dodao je."),
])
def test_a_count_of_people_still_held_is_no_count_of_the_act(language: str, text: str) -> None:
    assert [c for _, _, c, _ in as_labelled(text, language)] in ([], [None])


def test_a_held_count_before_a_later_act_leaves_the_act_its_own_count() -> None:
    text = "U zemlji je i dalje 1150 političkih zatvorenika, a Lukašenko je u petak oslobodio njih 20."
    assert as_labelled(text, "hr") == [(R, "2025-12-12", 20, "reported")]


@pytest.mark.parametrize(("language", "text"), [
    ("hr", "Razgovor je bio kratak. »Svaki takav razgovor daje nam nadu«, rekla je jedna majka."),
    ("sl", "Minsk je izpustil 14 zapornikov. »Vsak izpuščeni je čudež,« je dejala sestra."),
])
def test_a_sentence_ends_before_an_opening_guillemet(language: str, text: str) -> None:
    spans = sentence_spans(text, language)
    assert len(spans) == 2 and text[spans[1][0]] == "»"


def test_the_release_in_an_after_clause_keeps_its_own_day() -> None:
    text = ("Pomilovanje je uslijedilo manje od tjedan dana nakon što je Minsk 4. prosinca "
            "oslobodio 31 zatvorenika i prevezao ih do litavske granice.")
    assert as_labelled(text, "hr") == [(R, "2025-12-04", 31, "reported")]


def test_who_was_not_among_the_freed_is_a_denied_release() -> None:
    text = ("Među oslobođenima nije bio novinar Andrzej Poczobut, koji je osuđen na osam "
            "godina zatvora.")
    assert as_labelled(text, "hr") == [(R, None, None, DENIED)]


def test_among_the_freed_without_a_negation_is_still_a_reference_back() -> None:
    assert as_labelled("Među oslobođenima je bio i novinar Andrzej Poczobut.", "hr") == []


# ---- the open items of the fourteenth round: a total in a second clause ----

OPEN_ITEMS = [
    # Croatian ", a ... ukupno od srpnja": the later clause's "since" goes with its total
    ("hr", "U listopadu je Lukašenko pomilovao 27 osoba, a ukupno je od srpnja na slobodu "
           "izašlo više od 280 ljudi.",
     [(P, 27, "2025-10-01")]),
    ("hr", "Lukašenko je u petak pomilovao 27 osoba, a ukupno je od srpnja pušteno više od 280 "
           "ljudi.",
     [(P, 27, "2025-12-12")]),
    # Slovenian "skupaj jih je ... izpustil 300": the bare number is the total's, not "jih"
    ("sl", "Oktobra je Lukašenko pomilostil 27 ljudi, skupaj jih je od poletja izpustil 280.",
     [(P, 27, "2025-10-01")]),
    ("sl", "V petek je Lukašenko pomilostil 27 ljudi, skupaj jih je od poletja izpustil že več "
           "kot 280.",
     [(P, 27, "2025-12-12")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), OPEN_ITEMS,
                         ids=[str(i) for i in range(len(OPEN_ITEMS))])
def test_a_total_with_its_since_in_a_second_clause_leaves_the_first_event(
        language: str, text: str, expected: list) -> None:
    assert stated(text, language) == expected


def test_the_later_total_is_a_running_total() -> None:
    text = "Oktobra je Lukašenko pomilostil 27 ljudi, skupaj jih je od poletja izpustil 280."
    rows = [r for r in as_labelled(text, "sl") if r[0] == R]
    assert [r[2] for r in rows] == [280]


@pytest.mark.parametrize(("language", "text"), [
    # no total cue in the later clause: a "since" still makes the count before it a total
    ("hr", "Od srpnja je pušteno 280 ljudi."),
    ("sl", "Od julija jih je bilo izpuščenih 280."),
])
def test_a_since_total_alone_is_still_a_running_total(language: str, text: str) -> None:
    assert stated(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("sl", "Sovjetski vodja J. V. Stalin je umrl. Na sestanku A. U. Horvat ni bil."),
    ("en", "The late J. V. Stalin died in 1953. He was 74."),
])
def test_a_second_initial_is_no_sentence_opener(language: str, text: str) -> None:
    # the openers' lists are read for every language: no one-letter words in them
    assert len(sentence_spans(text, language)) == 2
