"""Ninth sweep of Croatian and Slovenian (blind development pages P67-P68).

What the pages written blind by others taught, in general form:

- "X with N others" counts X too in the shapes the press of both languages uses: the
  bare comitative ("s još 12 zatvorenika", "s 13 drugimi", "s še trinajstimi ljudmi"),
  the instrumental of "others" ("drugima", "drugimi") and Croatian collective numerals
  in -oro ("trinaestoro");
- an announcement of what could happen, or of what happens if a condition is met
  ("najavio da bi SAD mogle ukinuti ... ako", "napovedal, da bi ZDA lahko odpravile
  ..., če"), stays expected; an announcement of what would or did happen is still the
  event reported;
- an open question after "pitanje" ("na pitanje hoće li uskoro uslijediti nova
  pomilovanja") tells of no event;
- lifting "more" or "a few" of the sanctions ("još sankcija", "še več sankcij") is an
  easing, as "more" is in English;
- "was not among those released" ("nije bio među puštenima", "ni bil med izpuščenimi")
  is a denied release, while "among those released" stays a part of a release told;
- a swap noun with a verb of including and "N from each side" ("razmjena ... obuhvatila
  je po 84 zarobljenika sa svake strane") is one release per side, also when neither
  side is named;
- Croatian "N ih je ..." ("Devetero ih je prevezeno u Vilnius") is a count of the
  prisoners told before, and "prevezen u Vilnius" is a handover like "prebačen u";
  prisoners taken to a neighbour's border ("prevezena do litavske granice", "prepeljali
  na mejo z Litvo") are handed over.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none,
published on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import SAT, stated

from toolkit.events import events_from_text


def _check(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


WITH_OTHERS = [
    ("hr", "U petak je na slobodu pušten Ales Bjaljacki s još 12 zatvorenika.",
     [("release", 13, "2025-12-12", "reported")]),
    ("hr", "Cihanouski je u subotu izašao na slobodu zajedno s još trinaest ljudi.",
     [("release", 14, "2025-12-13", "reported")]),
    ("hr", "Minsk je u četvrtak oslobodio oporbenjaka Babariku i još 51 zatvorenika.",
     [("release", 52, "2025-12-11", "reported")]),
    ("hr", "Lukašenko je u lipnju pomilovao novinara Ihara Losika i 17 drugih zatvorenika.",
     [("pardon", 18, "2025-06-01", "reported")]),
    ("hr", "Cihanouski je u lipnju pušten zajedno s trinaestoro drugih zatvorenika.",
     [("release", 14, "2025-06-01", "reported")]),
    ("sl", "Junija je bil skupaj s 13 drugimi izpuščen opozicijski bloger Sergej Tihanovski.",
     [("release", 14, "2025-06-01", "reported")]),
    ("sl", "Sergej Tihanovski je bil junija izpuščen skupaj s 13 drugimi.",
     [("release", 14, "2025-06-01", "reported")]),
    ("sl", "Bjaljacki je bil v soboto izpuščen skupaj s 122 drugimi zaporniki.",
     [("release", 123, "2025-12-13", "reported")]),
    ("sl", "Lukašenko je v petek pomilostil Maksima Znaka in še 29 drugih obsojencev.",
     [("pardon", 30, "2025-12-12", "reported")]),
    ("sl", "V četrtek so izpustili Babariko in 51 drugih zapornikov.",
     [("release", 52, "2025-12-11", "reported")]),
    ("sl", "Tihanovski je bil junija izpuščen s še trinajstimi ljudmi.",
     [("release", 14, "2025-06-01", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", WITH_OTHERS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(WITH_OTHERS)])
def test_named_people_with_others(language: str, text: str, expected: list[tuple]) -> None:
    _check(language, text, expected)


ANNOUNCED = [
    # a possibility or a condition: what was announced has not happened
    ("hr", "Coale je najavio da bi SAD mogle ukinuti još sankcija ako Minsk oslobodi nove "
           "zatvorenike.",
     [("release", None, None, "expected"), ("sanctions_eased", None, None, "expected")]),
    ("hr", "Lukašenko je najavio da bi mogao pomilovati još zatvorenika.",
     [("pardon", None, None, "expected")]),
    ("sl", "Coale je napovedal, da bi ZDA lahko odpravile del sankcij, če bo Minsk izpustil "
           "nove zapornike.",
     [("release", None, None, "expected"), ("sanctions_eased", None, None, "expected")]),
    ("sl", "Washington bo sankcije morda odpravil, če Minsk izpusti vse politične zapornike.",
     [("release", None, None, "expected"), ("sanctions_lifted", None, None, "expected")]),
    ("hr", "Stožer je najavio da bi 50 zatvorenika trebalo biti pušteno uskoro.",
     [("release", 50, None, "expected")]),
    ("sl", "Ministrstvo je napovedalo, da naj bi kmalu izpustili 50 zapornikov.",
     [("release", 50, None, "expected")]),
    # what was announced as done stays reported
    ("hr", "Coale je najavio da su SAD u četvrtak ukinule sankcije Belaviji.",
     [("sanctions_lifted", None, "2025-12-11", "reported")]),
    ("sl", "Coale je napovedal, da so ZDA v četrtek odpravile sankcije proti Belavii.",
     [("sanctions_lifted", None, "2025-12-11", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", ANNOUNCED,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(ANNOUNCED)])
def test_an_announced_possibility_stays_expected(language: str, text: str,
                                                 expected: list[tuple]) -> None:
    _check(language, text, expected)


QUESTIONS = [
    ("hr", "Predsjednička administracija nije odgovorila na pitanje hoće li uskoro uslijediti "
           "nova pomilovanja.", []),
    ("hr", "Novinari su postavili pitanje je li Minsk spreman osloboditi još zatvorenika.", []),
]


@pytest.mark.parametrize("language, text, expected", QUESTIONS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(QUESTIONS)])
def test_a_question_after_pitanje(language: str, text: str, expected: list[tuple]) -> None:
    _check(language, text, expected)


PARTS = [
    ("hr", "Lukašenko je u subotu pomilovao 123 zatvorenika. Devetero ih je prevezeno u "
           "Vilnius, a ostalih 114 predano je Ukrajini.",
     [("pardon", 123, "2025-12-13", "reported"), ("release", 9, "2025-12-13", "reported"),
      ("release", 114, "2025-12-13", "reported")]),
    ("hr", "Lukašenko je u subotu pomilovao 123 zatvorenika. Devet ih je pušteno u Litvu, a "
           "ostali su predani Ukrajini.",
     [("pardon", 123, "2025-12-13", "reported"), ("release", 9, "2025-12-13", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", PARTS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(PARTS)])
def test_n_of_them_handed_over(language: str, text: str, expected: list[tuple]) -> None:
    _check(language, text, expected)


MORE_SANCTIONS = [
    # lifting more (or a few) of the sanctions is an easing, as "more" is in English
    ("hr", "Coale je rekao da bi SAD mogle ukinuti još sankcija.",
     [("sanctions_eased", None, None, "expected")]),
    ("hr", "Washington je u petak ukinuo još nekoliko sankcija Minsku.",
     [("sanctions_eased", None, "2025-12-12", "reported")]),
    ("sl", "Coale je napovedal, da bi ZDA lahko odpravile še več sankcij.",
     [("sanctions_eased", None, None, "expected")]),
    ("sl", "ZDA so v petek odpravile nekaj sankcij proti Minsku.",
     [("sanctions_eased", None, "2025-12-12", "reported")]),
    # "not yet" and new sanctions are not easings
    ("hr", "SAD još nisu ukinule sankcije.", [("sanctions_lifted", None, None, "denied")]),
    ("hr", "EU je u petak uvela još sankcija Bjelorusiji.",
     [("sanctions_imposed", None, "2025-12-12", "reported")]),
    ("sl", "ZDA še niso odpravile sankcij.", [("sanctions_lifted", None, None, "denied")]),
    ("sl", "EU je v petek uvedla še več sankcij proti Belorusiji.",
     [("sanctions_imposed", None, "2025-12-12", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", MORE_SANCTIONS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(MORE_SANCTIONS)])
def test_lifting_more_sanctions_is_an_easing(language: str, text: str,
                                              expected: list[tuple]) -> None:
    _check(language, text, expected)


NOT_AMONG = [
    ("hr", "Andrzej Poczobut nije bio među puštenima u subotu.",
     [("release", None, "2025-12-13", "denied")]),
    ("sl", "Poczobut ni bil med izpuščenimi v soboto.",
     [("release", None, "2025-12-13", "denied")]),
    # among those released: part of a release told elsewhere, no event of its own
    ("hr", "Među puštenima u subotu bio je i Bjaljacki.", []),
    ("sl", "Med izpuščenimi je bil tudi Bjaljacki.", []),
]


@pytest.mark.parametrize("language, text, expected", NOT_AMONG,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_AMONG)])
def test_not_among_the_released(language: str, text: str, expected: list[tuple]) -> None:
    _check(language, text, expected)


def _sides(text: str, language: str) -> list[tuple]:
    return sorted((r["event_type"], int(r["count"]), str(r["date"].date()), r["actor"])
                  for r in events_from_text(text, SAT, language))


EACH_SIDE = [
    # a swap noun with a verb of including and "N from each side": one release per side,
    # neither side named
    ("hr", "Prethodna razmjena, u kolovozu, obuhvatila je po 84 zarobljenika sa svake strane.", 2),
    ("hr", "U kolovozu je obavljena razmjena po 84 zarobljenika.", 2),
    ("hr", "Razmjena u kolovozu uključivala je 84 zarobljenika.", 1),
    ("sl", "Prejšnja izmenjava avgusta je zajela po 84 ujetnikov z vsake strani.", 2),
    ("sl", "Izmenjava v avgustu je vključevala 84 ujetnikov.", 1),
    ("sl", "Avgusta je potekala izmenjava po 84 ujetnikov.", 2),
]


@pytest.mark.parametrize("language, text, sides", EACH_SIDE,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(EACH_SIDE)])
def test_a_swap_of_n_from_each_side(language: str, text: str, sides: int) -> None:
    assert _sides(text, language) == [("release", 84, "2025-08-01", None)] * sides


def test_a_swap_including_some_civilians_is_no_event() -> None:
    assert stated("Razmjena je obuhvatila i nekoliko civila.", "hr") == []


TO_THE_BORDER = [
    # prisoners taken to the border of a neighbour (or to its capital) are handed over
    ("hr", "11. rujna 2025. – 52 zatvorenika prevezena su do litavske granice",
     [("release", 52, "2025-09-11", "reported")]),
    ("hr", "U četvrtak je 40 zatvorenika prevezeno u Vilnius.",
     [("release", 40, "2025-12-11", "reported")]),
    ("sl", "V četrtek so 40 zapornikov prepeljali na mejo z Litvo.",
     [("release", 40, "2025-12-11", "reported")]),
    ("sl", "52 zapornikov je bilo v četrtek prepeljanih do litovske meje.",
     [("release", 52, "2025-12-11", "reported")]),
    # one release, however it is told
    ("sl", "Belorusija je v četrtek izpustila 52 zapornikov in jih prepeljala na mejo z Litvo.",
     [("release", 52, "2025-12-11", "reported")]),
    # goods are no prisoners
    ("hr", "Kamion s pomoći prevezen je do ukrajinske granice.", []),
    ("sl", "Tovornjak so prepeljali na mejo z Litvo.", []),
]


@pytest.mark.parametrize("language, text, expected", TO_THE_BORDER,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(TO_THE_BORDER)])
def test_taken_to_the_border(language: str, text: str, expected: list[tuple]) -> None:
    _check(language, text, expected)


EVERY_RELEASE = [
    # "every release" is a habit, not a release: also after a sentence that tells one
    ("hr", "Bjeloruska oporba pozdravlja svaki izlazak na slobodu, ali upozorava na nova "
           "uhićenja.", []),
    ("hr", "Lukašenko je 4. rujna pomilovao trideset zatvorenika. Oporba pozdravlja svaki izlazak "
           "na slobodu, ali upozorava da se nastavljaju uhićenja.",
     [("pardon", 30, "2025-09-04", "reported")]),
    ("hr", "Za svakog puštenog zatvorenika vlasti uhite novog.", []),
    ("sl", "Lukašenko je v petek pomilostil 30 ljudi. Opozicija pozdravlja vsako izpustitev, a "
           "opozarja na nove aretacije.",
     [("pardon", 30, "2025-12-12", "reported")]),
    ("sl", "Za vsakega izpuščenega zaprejo novega.", []),
    # "each of the 52" is a release of 52
    ("hr", "Svaki od 52 zatvorenika pušten je u četvrtak.",
     [("release", 52, "2025-12-11", "reported")]),
    ("sl", "Vsak od 52 zapornikov je bil izpuščen v četrtek.",
     [("release", 52, "2025-12-11", "reported")]),
]


@pytest.mark.parametrize("language, text, expected", EVERY_RELEASE,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(EVERY_RELEASE)])
def test_every_release_is_a_habit(language: str, text: str, expected: list[tuple]) -> None:
    _check(language, text, expected)
