"""English whole pages, fourteenth round (sweep of issue 12, ``en``).

Sentences written for the project in the style of the blind development pages P89-P90
(explainers, statements, wire copy):

- "officials said they have no plans to lift them", where "them" are the sanctions or
  restrictions the sentence names: a lifting denied (the pronoun stands for the
  sanctions only when the sentence names sanctions or restrictions);
- "X was not among the prisoners released today": X's release denied, as "not among
  those freed" already was (a people noun between "the" and the verb);
- "Viasna still counts more than 1,100 political prisoners": the number held, no count
  of a release in the same sentence ("new arrests keep pace with releases");
- "the airline is no longer a sanctioned entity": the state after a lifting, no
  sanctions imposed (denied or not);
- "July 2024 - the first releases; ...": "the first releases" opens a period, no
  reference back to releases told before;
- "welcomed the releases in a statement but called on Minsk to free ...": releases
  welcomed in a statement are no "released a statement" (the look-alike of publishing);
  the demand after it stands;
- an explainer's question heading ("Why was X sanctioned in the first place?", "Why is
  Belarus letting prisoners go?") asks, it tells no event; a statement with the same
  words stays one.

Published on Saturday 2025-12-13 (``eventcases.SAT``).
"""

from __future__ import annotations

import pytest
from eventcases import SAT, stated

from toolkit.events import events_from_text

L, R, IMP = "sanctions_lifted", "release", "sanctions_imposed"


@pytest.mark.parametrize("sentence, expected", [
    ("Sanctions on the potash makers remain in force, and ministers in Brussels said the "
     "bloc had no plans to lift them.", [(L, None, None, "denied")]),
    ("The EU's own restrictions on the carrier are unchanged, and diplomats have said they "
     "have no intention to lift them.", [(L, None, None, "denied")]),
    ("Washington lifted sanctions on the airline on Tuesday and said it could lift them on "
     "potash later.", [(L, None, "2025-12-09", "reported"), (L, None, None, "expected")]),
])
def test_lift_them_where_the_sentence_names_the_sanctions(sentence, expected):
    assert stated(sentence, "en", modality=True) == expected


@pytest.mark.parametrize("sentence", [
    "The new programme will lift them out of poverty, the minister said.",
    "Volunteers carried the boxes to the truck and helped lift them onto it.",
    "The mayor said the town had no plans to lift them.",
])
def test_lift_them_without_sanctions_is_no_event(sentence):
    assert stated(sentence, "en") == []


def test_not_among_the_prisoners_released_is_a_denial():
    text = ("Lukashenko pardoned 40 prisoners on Saturday. The jailed reporter Pavel Marchuk "
            "was not among the prisoners released on Saturday.")
    rows = [(r["event_type"], r["modality"], str(r["date"].date()))
            for r in events_from_text(text, SAT, "en") if r["event_type"] == R]
    assert rows == [(R, "denied", "2025-12-13")]


@pytest.mark.parametrize("sentence", [
    "The rights group Spring still counts more than 900 political prisoners in the country, "
    "a figure that barely moves because new arrests keep pace with releases.",
    "Viasna still lists about 1,200 political prisoners, even as releases continue.",
])
def test_a_count_of_those_held_is_no_release_count(sentence):
    assert all(count is None for _, count, _ in stated(sentence, "en"))


def test_a_count_of_those_held_leaves_a_release_of_its_own():
    sentence = ("Viasna still counts more than 1,100 political prisoners, although 52 were "
                "freed on Thursday.")
    assert stated(sentence, "en") == [(R, 52, "2025-12-11")]


@pytest.mark.parametrize("sentence", [
    "Tuesday's decision goes further: the airline is no longer a sanctioned entity in US law.",
    "The potash company is no longer under sanctions in the United States.",
])
def test_no_longer_sanctioned_is_no_imposition(sentence):
    assert [row for row in stated(sentence, "en", modality=True) if row[0] == IMP] == []


@pytest.mark.parametrize("sentence, expected", [
    ("July 2024 - the first releases; the opposition politician Ihar Losik is among those "
     "freed.", [(R, None, "2024-07-01")]),
    ("The first releases came in July 2024, when the blogger Ihar Losik was among those "
     "freed.", [(R, None, "2024-07-01")]),
])
def test_the_first_releases_open_a_period(sentence, expected):
    assert stated(sentence, "en") == expected


def test_the_releases_still_point_back():
    # "the releases" without "first" stays a reference to the releases told before
    assert stated("The releases came after two days of talks.", "en") == []


def test_releases_welcomed_in_a_statement_leave_the_demand():
    sentence = ("The exiled opposition leader welcomed the releases in a statement but called "
                "on Minsk to free the more than 1,100 political prisoners still held.")
    assert stated(sentence, "en", modality=True) == [(R, None, None, "demanded")]


def test_a_statement_released_is_still_no_release():
    assert stated("The ministry released a statement on the talks on Monday.", "en") == []


@pytest.mark.parametrize("sentence", [
    "Why was the state airline sanctioned in the first place?",
    "Why is Minsk letting political prisoners go, and what does it want in return?",
    "How did Washington win the release of the 52 prisoners?",
])
def test_an_explainer_question_tells_no_event(sentence):
    assert stated(sentence, "en") == []


def test_the_answer_after_the_question_still_tells_it():
    assert stated("The Treasury sanctioned the state airline in August 2023.", "en") == [
        (IMP, None, "2023-08-01")]
