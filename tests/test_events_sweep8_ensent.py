"""English events: the tenth-round sweep of the challenge sentences (sets A-I, development
half), general causes.

Sentences written for the project; each table checks one cause the development sentences
showed and an inventory of the press's wordings widened: a day that dates a noun is not
the saying's ("said Thursday's pardon"); one person or an uncounted group told with an
indefinite article ("freed a Lithuanian citizen") is an event without a number or a date;
an event in an "after being ..." clause has no date of its own; a participle after the people dates
their arrest; wordings of imposition and modality. Published on Saturday 2025-12-13
(``eventcases.SAT``) unless a case says otherwise.
"""

from __future__ import annotations

import pytest
from eventcases import SAT, as_labelled


def labelled(text: str, published: object = SAT) -> list[tuple]:
    """Sorted distinct (type, date or None, count, modality), as the challenge labels read them."""
    return as_labelled(text, "en", published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event's own day still dates it
        ("Belarus freed 14 prisoners on Thursday, officials said on Friday.",
         [("release", "2025-12-11", 14, "reported")]),
        ("The opposition said on Friday that 14 prisoners were freed on Thursday.",
         [("release", "2025-12-11", 14, "reported")]),
        # a day that dates a noun is the noun's, not the saying's
        ("A rights group said Thursday's pardon of 31 prisoners changed nothing.",
         [("pardon", "2025-12-11", 31, "reported")]),
        # "and called on ..." after a date is no saying of that date
        ("Viasna welcomed the release of 52 prisoners on Thursday and called on Minsk to free "
         "all the others.",
         [("release", "2025-12-11", 52, "reported"), ("release", None, None, "demanded")]),
    ],
)
def test_dates_of_the_saying_and_of_a_noun(text: str, expected: list[tuple]) -> None:
    assert labelled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus has freed a Lithuanian citizen, the foreign ministry in Vilnius announced.",
         [("release", None, None, "reported")]),
        ("Lukashenko has pardoned a jailed journalist, his office said.",
         [("pardon", None, None, "reported")]),
        ("Venezuela has freed an opposition activist, his lawyer said.",
         [("release", None, None, "reported")]),
        ("A German citizen sentenced to death in Belarus has been pardoned and released.",
         [("pardon", None, None, "reported"), ("release", None, None, "reported")]),
        ("Belarus freed an American woman on Friday.",
         [("release", "2025-12-12", None, "reported")]),
        # no person: still nothing
        ("The band has released a new album.", []),
        ("The ministry released a statement on the case.", []),
    ],
)
def test_one_person_with_an_indefinite_article(text: str, expected: list[tuple]) -> None:
    assert labelled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle clause: "after being pardoned" (as "après avoir été graciés")
        ("The prisoners were driven to Vilnius on Friday after being pardoned.",
         [("pardon", None, None, "reported"), ("release", "2025-12-12", None, "reported")]),
        ("Twenty prisoners crossed into Lithuania on Friday after being pardoned by "
         "Lukashenko.",
         [("pardon", None, 20, "reported"), ("release", "2025-12-12", 20, "reported")]),
        ("Belarus freed 14 prisoners on Friday, shortly after Coale met Lukashenko in Minsk.",
         [("release", "2025-12-12", 14, "reported"), ("talks", None, None, "reported")]),
        # "after" before a date is a date, not a clause
        ("Belarus freed 14 prisoners shortly after midnight on Friday.",
         [("release", "2025-12-12", 14, "reported")]),
    ],
)
def test_an_after_clause_has_no_date_of_its_own(text: str, expected: list[tuple]) -> None:
    assert labelled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone told with an indefinite article counts with "N other(s)"
        ("Belarus freed a US citizen and two other prisoners on Friday.",
         [("release", "2025-12-12", 3, "reported")]),
        ("Minsk released an opposition activist and four other detainees on Thursday.",
         [("release", "2025-12-11", 5, "reported")]),
        # without "other" the count stays the number's
        ("Belarus freed a US citizen and two Lithuanians on Friday.",
         [("release", "2025-12-12", 2, "reported")]),
    ],
)
def test_someone_and_n_others(text: str, expected: list[tuple]) -> None:
    assert labelled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's "sanctions" as a verb: a number tied to the reason, or named people
        ("UK sanctions 12 over Georgia crackdown", [("sanctions_imposed", None, 12, "reported")]),
        ("US sanctions Belarusian judges over crackdown",
         [("sanctions_imposed", None, None, "reported")]),
        ("EU sanctions 25 Belarusian officials", [("sanctions_imposed", None, 25, "reported")]),
        # a country taking over the bloc's measures imposes them
        ("Switzerland on Thursday adopted the EU's latest sanctions against Belarus.",
         [("sanctions_imposed", "2025-12-11", None, "reported")]),
        ("Norway on Friday aligned itself with the EU sanctions on 20 Belarusian officials.",
         [("sanctions_imposed", "2025-12-12", 20, "reported")]),
        ("Switzerland on Thursday adopted the measures the EU imposed on Belarus.",
         [("sanctions_imposed", "2025-12-11", None, "reported")]),
        # look-alikes stay quiet
        ("The sanctions 12 countries imposed on Minsk remain in force.", []),
        ("The club adopted the measures the league proposed.", []),
    ],
)
def test_sanctions_as_a_headline_verb_and_adopted_measures(text: str,
                                                           expected: list[tuple]) -> None:
    assert labelled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US offered to ease sanctions in exchange for the release of prisoners.",
         [("sanctions_eased", None, None, "expected")]),
        ("Belarus has yet to free Poczobut.", [("release", None, None, "denied")]),
        ("The jailed journalist has yet to be released.", [("release", None, None, "denied")]),
        ("Minsk has not freed any Lithuanian citizens.", [("release", None, None, "denied")]),
    ],
)
def test_offers_and_not_yet(text: str, expected: list[tuple]) -> None:
    assert labelled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after the people dates their arrest or sentence, not the release
        ("Venezuela freed dozens of people detained after last year's election over the "
         "weekend.",
         [("release", None, None, "reported")]),
        ("Belarus freed 14 people jailed in 2021 for taking part in protests.",
         [("release", None, 14, "reported")]),
        ("Iran released two French nationals arrested in May 2022.",
         [("release", None, 2, "reported")]),
        ("Lukashenko pardoned 16 people convicted last year of extremism.",
         [("pardon", None, 16, "reported")]),
        # the trigger's own date after the participle phrase still dates it
        ("Belarus freed 14 people jailed in 2021 on Friday.",
         [("release", "2025-12-12", 14, "reported")]),
        ("Lukashenko pardoned 32 people jailed over the 2020 protests on Wednesday.",
         [("pardon", "2025-12-10", 32, "reported")]),
    ],
)
def test_a_participle_dates_the_arrest_not_the_release(text: str,
                                                       expected: list[tuple]) -> None:
    assert labelled(text) == expected

