"""Fifteenth round, speed sweep: pre-filters that skip more regex work, with the output
unchanged (a pattern's pre-filtered search gives what the engine gives)."""

from __future__ import annotations

import re

import pytest

from toolkit.events import events_from_text
from toolkit.events import prefilter as rx
from toolkit.events.countries import country_mentions
from toolkit.gazetteer import load_gazetteer

SAT = "2025-12-13"


def _same(pattern: re.Pattern, text: str) -> None:
    for pos, endpos in [(0, len(text)), (4, 60), (-3, 10**6), (len(text) // 2, len(text))]:
        want = pattern.search(text, pos, endpos)
        got = rx.search(pattern, text, pos, endpos)
        assert (want and want.span()) == (got and got.span()), (pattern.pattern, pos, endpos)
        assert [m.span() for m in pattern.finditer(text, pos, endpos)] == \
            [m.span() for m in rx.finditer(pattern, text, pos, endpos)]


# a match that starts after a group of look-behinds, or after an item that may be left out
STARTS = [
    (r"\b(?:will|to)\s+free\b|(?:(?<=\bdemand\s)|(?<=,\s))that\s+\w+\s+free\b",
     {"will", "to", "that"}),
    (r"\b(?:sanctions?\s+)?waivers?\b", {"sanction", "waiver"}),
    (r"(?:(?<=\swere\s)|(?<=\band\s))(?:(?:then|later)\s+)?(?:taken|flown)\s+to\b",
     {"then", "later", "taken", "flown"}),
]


@pytest.mark.parametrize(("regex", "starts"), STARTS)
def test_starts_read_past_look_behinds_and_left_out_items(regex: str, starts: set[str]) -> None:
    pattern = re.compile(regex, re.IGNORECASE)
    assert rx._strings(pattern)[1] == frozenset(starts)


@pytest.mark.parametrize("regex", [
    r"(?:a)?",  # a match may be empty: no string starts every match
    r"(?:(?<=x)|b)c",  # a branch of the group is no look-behind only
    r"(?:x)?\d+",  # what follows the left-out item starts with no string
    r"(?:(?:a)?)?b",
])
def test_starts_unknown_where_a_match_may_start_elsewhere(regex: str) -> None:
    assert rx._strings(re.compile(regex))[1] is None


@pytest.mark.parametrize("text", [
    "The opposition will demand that Minsk free all of them, and then free more.",
    "Washington granted a sanctions waiver; another WAIVER followed, then sanction waivers.",
    "Those freed were then taken to Vilnius, and later flown to Warsaw.",
    "They were flown to Vilnius and taken to hospital.",
    "",
])
def test_started_patterns_search_as_the_engine(text: str) -> None:
    for regex, _ in STARTS:
        _same(re.compile(regex, re.IGNORECASE), text)


# a long alternation (cut into branches), its branches' starts read past what may be left out
LOOK_ALIKES = re.compile("|".join([
    r"\breleas(?:ed|es|e)\s+(?:\w+\s+){0,4}?(?:outlooks?|forecasts?|figures)\b",
    r"\bpardon\s+(?:the|my)\s+(?:pun|french)\b",
    r"\bfreed\s+from\s+(?:the\s+)?(?:squad|contract)\b",
    r"\bsanction\w*\s+(?:\w+\s+){0,3}?(?:league|club)\b",
    r"\brelease\s+(?:dates?|notes?)\b",
    r"\bfree\s+(?:kick|agent)s?\b",
    r"\b(?:album|film)\s+released\b",
    r"\bfirst\s+released\b",
]), re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "Belarus released 52 prisoners on Friday.",
    "The ministry released its growth forecasts on Friday; pardon the pun.",
    "The bank released new economic figures, the album released in May did well.",
    "He was freed from the squad after the club sanctioned him, a free agent now.",
    "Release dates and release notes were first released online.",
    "",
])
def test_long_alternation_searches_as_the_engine(text: str) -> None:
    _same(LOOK_ALIKES, text)


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a country's name that is also a word opening the sentence (the language's
    # country_homographs.txt, now read once a second at most)
    ("ru", "Того же дня власти освободили 12 заключённых.", []),
    ("ru", "Власти Того освободили 12 заключённых.", ["Togo"]),
])
def test_country_homographs_still_read(language: str, text: str, expected: list[str]) -> None:
    found = country_mentions(text, language, load_gazetteer())
    assert [f["canonical"] for f in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # triggers whose patterns gained a start ("to free", "handed over", "easing ...
    # sanctions"), and a look-alike of the long not_events alternation: as at the start
    ("The opposition urged Minsk to free the 30 remaining political prisoners.",
     [("release", 30, None, "demanded")]),
    ("Belarus handed over 17 prisoners to Lithuanian officials on Thursday.",
     [("release", 17, "2025-12-11", "reported")]),
    ("The EU will consider easing sanctions on Belarusian potash next year.",
     [("sanctions_eased", None, "2026-01-01", "expected")]),
    ("The ministry released its growth forecasts for Belarus on Friday.", []),
])
def test_events_as_before(text: str, expected: list[tuple]) -> None:
    rows = events_from_text(text, SAT, "en")
    got = [(r["event_type"], r["count"], r["date"] and str(r["date"])[:10], r["modality"])
           for r in rows]
    assert got == expected
