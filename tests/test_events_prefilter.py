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
