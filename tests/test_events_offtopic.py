"""Quiet on other stories: other senses of the trigger words give no event."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.events import events_from_text

SAT = pd.Timestamp("2025-12-13 15:00", tz="UTC")


@pytest.mark.parametrize(
    "sentence",
    [
        "The company released version 2.3 of its software on Friday.",
        "The studio released the film in 40 countries on Friday.",
        "The band released its third album on Friday.",
        "Pardon the pun, but the new phone was released on Friday.",
        "The police released the names of the two people killed on Friday.",
        "The hospital released an evacuation warning for 300 residents on Friday.",
        "Apple launched a new phone on Friday, and shipping is free of charge.",
        "The runner broke the meeting record in Bergen on Friday.",
        "The three women were taken to Israel and met their families on Friday.",
        "La commission de discipline de la Ligue a infligé des sanctions à trois joueurs.",
    ],
)
def test_other_senses_give_no_event(sentence: str) -> None:
    language = "fr" if "Ligue" in sentence else "en"
    rows = events_from_text(sentence, SAT, language)
    assert rows == [], [(r["event_type"], r["trigger"]) for r in rows]


def test_real_events_still_found_beside_other_senses() -> None:
    rows = events_from_text("Belarus released 12 prisoners on Friday, officials said.", SAT)
    assert [(r["event_type"], r["count"]) for r in rows] == [("release", 12)]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # the meeting is a private person's, not a state's
        ("On December 12, the day after Assange's meeting with the press, US prosecutors "
         "filed charges.", "en"),
        # the only official is named in another clause, far after the meeting
        ("His lawyer attended the 2017 meeting with Rohrabacher and claimed he introduced "
         "himself as an official emissary of Trump.", "en"),
        # a trade fair named like a continent is no country
        ("Según cifras de la reunión de eMerge Americas, celebrada la semana pasada, las "
         "empresas invirtieron más.", "es"),
    ],
)
def test_meetings_without_a_state_party_are_not_talks(sentence: str, language: str) -> None:
    rows = events_from_text(sentence, SAT, language)
    assert rows == [], [(r["event_type"], r["trigger"], r["actor"]) for r in rows]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Trump offered to host a meeting of the two presidents in Washington.", "en"),
        ("Premier zgłaszał też gotowość organizacji spotkania prezydentów Bidena i Putina "
         "w Pradze.", "pl"),
    ],
)
def test_an_offered_meeting_is_expected_not_reported(sentence: str, language: str) -> None:
    rows = events_from_text(sentence, SAT, language)
    assert [(r["event_type"], r["modality"]) for r in rows] == [("talks", "expected")]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("As an open source project, we could not bring Python releases to you without "
         "many people.", "en"),
        ("Die EPA warnt, dass ein nukleares Ereignis die USA treffen könnte.", "de"),
    ],
)
def test_other_senses_in_any_modality_give_no_event(sentence: str, language: str) -> None:
    rows = events_from_text(sentence, SAT, language)
    assert rows == [], [(r["event_type"], r["trigger"], r["modality"]) for r in rows]


def test_german_reflexive_meeting_is_talks() -> None:
    rows = events_from_text("Am Freitag treffen sich Lukaschenko und Coale in Minsk.", SAT, "de")
    assert [(r["event_type"], str(r["date"])[:10]) for r in rows] == [("talks", "2025-12-12")]
