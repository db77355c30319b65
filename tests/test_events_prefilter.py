"""The literal pre-filters give what the regular expressions give."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.events import available_languages, load_patterns
from toolkit.events import prefilter as rx


def _patterns(value: object) -> list[re.Pattern]:
    if isinstance(value, re.Pattern):
        return [value]
    if isinstance(value, list | tuple):
        return [p for v in value for p in _patterns(v)]
    if isinstance(value, dict):
        return [p for v in value.values() for p in _patterns(v)]
    return []


def _bundled() -> list[re.Pattern]:
    out = []
    for lang in available_languages():
        pats = load_patterns(lang)
        out += [p for k, v in vars(pats).items() if k != "types" for p in _patterns(v)]
    return out


PATTERNS = _bundled()
# words of the pattern files, case variants and the characters IGNORECASE treats specially
WORDS = ["released", "RELEASED", "Freed", "pardoned", "since", "June", "SEPT.", "Sanktionen",
         "freigelassen", "освободил", "санкции", "uwolnił", "libéré", "a", "the", "52", "1,500",
         "İstanbul", "ſ", "ı", "K", "ß", "ẞ", "ΣΑΣ", "ᲀ", "-", ",", ".", "  ", "\n"]


@pytest.mark.parametrize("text", [
    "Belarus released 52 political prisoners on Saturday, the day after talks in Minsk.",
    "Die USA hoben am 21. Juni die Sanktionen gegen Belavia auf.",
    "В сентябре 2025 года Лукашенко помиловал 52 человека.",
    "STRAſSE İstanbul ΣΑΣ ß ẞ ᲀ",
    "",
])
def test_every_bundled_pattern_as_re(text: str) -> None:
    for pattern in PATTERNS:
        for pos, endpos in [(0, len(text)), (3, 40), (-2, 10**6)]:
            want = pattern.search(text, pos, endpos)
            got = rx.search(pattern, text, pos, endpos)
            assert (want and (want.span(), want.groups())) == \
                (got and (got.span(), got.groups())), pattern.pattern[:80]
            assert [m.span() for m in pattern.finditer(text, pos, endpos)] == \
                [m.span() for m in rx.finditer(pattern, text, pos, endpos)]


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=25),
       pos=st.integers(-3, 60), span=st.integers(-5, 200),
       index=st.integers(0, len(PATTERNS) - 1))
def test_random_texts_as_re(words: list[str], pos: int, span: int, index: int) -> None:
    text = " ".join(words)
    for pattern in (PATTERNS[index], PATTERNS[(index * 7 + 3) % len(PATTERNS)]):
        want = pattern.search(text, pos, pos + span)
        got = rx.search(pattern, text, pos, pos + span)
        assert (want and want.span()) == (got and got.span()), pattern.pattern[:80]
        assert [m.span() for m in pattern.finditer(text, pos, pos + span)] == \
            [m.span() for m in rx.finditer(pattern, text, pos, pos + span)]


def test_strings_read_from_the_pattern() -> None:
    assert rx.literals(re.compile(r"\bsince\s+(?:July|June)", re.IGNORECASE)) == {"since"}
    assert rx.literals(re.compile(r"(?:a|b)?c+d")) == {"c"}
    assert rx.literals(re.compile(r"\w+\s+\d")) is None


def test_fold_keeps_length_and_ignorecase_classes() -> None:
    for text in ["İstanbul", "STRAſSE", "ΣΑΣ ς", "Kelvin K", "ᲀ", "Привет"]:
        assert len(rx.fold(text)) == len(text)
    assert rx.fold("STRAſSE") == "strasse"
    assert rx.fold("İ") == "i"


# A long alternation in the manner of the not_events entries, with a character class
# that holds "|" and "(" and a branch without any string (always run).
_LONG = re.compile("|".join([
    r"\bpardon\s+the\s+pun\b", r"\breleas\w*\s+(?:a|the|its)\s+(?:film|album|update)\b",
    r"\bfreed\s+up\b", r"\bsoftware\s+release\b", r"\bproduct\s+launch\b",
    r"\bevacuat\w+", r"[|(]note[)|]", r"\btravel\s+bans?\b", r"\d+\s*%",
]), re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "The studio released the film on Friday, pardon the pun, and freed up funds.",
    "Prices rose 4 % after the software release (note) and a product launch.",
    "Belarus released 52 prisoners; officials urged an evacuation.",
    "|note| travel bans",
    "",
])
def test_a_long_alternation_runs_only_the_branches_that_can_match(text: str) -> None:
    assert rx._gate(_LONG).branches is not None
    for pos, endpos in [(0, len(text)), (5, 40), (-2, 10**6), (12, -3)]:
        want = _LONG.search(text, pos, endpos)
        got = rx.search(_LONG, text, pos, endpos)
        assert (want and want.span()) == (got and got.span())


def test_an_alternation_with_a_capturing_group_is_not_cut() -> None:
    grouped = re.compile("|".join(["(a)b", *[f"w{i}x" for i in range(10)]]))
    assert rx._gate(grouped).branches is None


@settings(max_examples=80, deadline=None)
@given(strings=st.lists(st.text(alphabet="abcé ", min_size=0, max_size=4), max_size=12),
       text=st.text(alphabet="abcé ", max_size=40))
def test_string_finder_finds_what_in_finds(strings: list[str], text: str) -> None:
    # overlapping strings, strings inside others, the empty string (in every text, as
    # with "in": a trigger keyword list may hold one)
    assert rx.StringFinder(strings).found(text) == {s for s in strings if s in text}


def test_string_finder_gives_each_string_its_value_and_place() -> None:
    finder = rx.StringFinder({"freed": "verb", "free": "stem", "pardon": "noun"})
    assert finder.found("they were freed") == {"verb", "stem"}
    assert sorted(finder.places("pardon, freed")) == [(5, "noun"), (11, "stem"), (12, "verb")]
    assert rx.StringFinder([]).found("anything") == set()
    assert rx.StringFinder(["", "x"]).found("") == {""}
    assert list(rx.StringFinder([""]).places("abc")) == []
