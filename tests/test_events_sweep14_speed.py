"""Sixteenth round, speed sweep: less work for the same output. A long alternation asked
only whether it matches stops at its first matching branch (``prefilter.exists``); the
sentence splitter tries its boundary pattern only after a stop; a sentence that is its own
digit view is not made into one again for its relative dates."""

from __future__ import annotations

import random
import re

import pytest

from toolkit.clean import sentence_spans
from toolkit.clean import sentences as splitter
from toolkit.events import events_from_text, load_patterns
from toolkit.events import prefilter as rx
from toolkit.events.dates import find_dates
from toolkit.events.numbers import digit_view

SAT = "2025-12-13"

TEXTS = [
    "Belarus released 52 prisoners on Friday, and the EU eased sanctions on potash.",
    "The talks were held in Minsk; no one was freed, the ministry said.",
    "Lukashenko pardoned 16 people. Vilnius met them at the border.",
    "The album released in May did well; pardon the pun.",
    "Nothing happened here at all.",
    "",
]


@pytest.mark.parametrize("language", ["en", "de", "ru", "es", "hr"])
@pytest.mark.parametrize("key", ["trigger_keywords", "not_events"])
def test_exists_answers_as_the_engine(language: str, key: str) -> None:
    pattern = getattr(load_patterns(language), key)
    for text in TEXTS:
        lowered = text.casefold()
        for pos, endpos in [(0, len(text)), (4, 40), (-3, 10**6), (len(text) // 2, len(text)),
                            (10, 5)]:
            want = pattern.search(lowered, pos, endpos) is not None
            assert rx.exists(pattern, lowered, pos, endpos) is want, (text, pos, endpos)
            assert rx.exists(pattern, lowered, pos, endpos, folded=rx.fold(lowered)) is want


def test_exists_of_a_long_alternation_whose_later_branch_matches_first() -> None:
    # the first branch matches further on than the last: either answers "yes"
    # (a branch opening with a class: no start is known, so the branches are searched)
    pattern = re.compile("|".join([r"\b[zs]ebras?\b", *[rf"\bword{i}\b" for i in range(10)],
                                   r"\bant\b"]), re.IGNORECASE)
    assert rx._gate(pattern).branches is not None
    assert rx.exists(pattern, "an ant met a Zebra")
    assert not rx.exists(pattern, "an ant met a Zebra", 6, 12)
    assert rx.exists(pattern, "an ant met a Zebra", 6)
    assert rx.exists(pattern, "antelope and zebras")
    assert not rx.exists(pattern, "antelope and zebrafish")


BOUNDARY_TEXTS = [
    "Belarus freed 52 prisoners. The EU welcomed it! Did Minsk say why? It did not.",
    "“Why?” Coale asked. “Because,” he said… Then he left.",
    "Sanctions on the U.S. The EU said so. Dr. Smith agreed at 9.5 p.m. today.",
    "Am 3. Juli kamen 18 frei. Das 17. Paket folgt.",
    "Освобождены 18 человек. «Это важно», — сказал он. А. Лукашенко подписал.",
    "釈放された。」次に、米国は制裁を解除した！本当か？はい。",
    "أفرج عن 18 سجينا. وقال المتحدث إن الإفراج تم؟ نعم. د. محمد قال.",
    "Free?!  \"Yes.\"  (Then) [more]. ...and so on.. .X",
    "",
]


def _spans(matches: object) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_boundaries_found_as_the_pattern_finds_them() -> None:
    texts = list(BOUNDARY_TEXTS)
    rnd = random.Random(16)
    alphabet = list(".!?…。！？؟ \n\"'”’»“‘)]」』）〕】(«„[aZЖ5د")
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 24)))
              for _ in range(3000)]
    for text in texts:
        for pos, end in [(0, len(text)), (1, len(text)), (len(text) // 2, len(text)),
                         (0, len(text) // 2), (3, 2)]:
            assert _spans(splitter._boundaries(text, pos, end)) == \
                _spans(splitter._BOUNDARY.finditer(text, pos, end)), (text, pos, end)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Belarus freed 52 prisoners. The EU welcomed it! Did Minsk say why?", "en",
     ["Belarus freed 52 prisoners.", "The EU welcomed it!", "Did Minsk say why?"]),
    ("“Why?” Coale asked. He left.", "en", ["“Why?” Coale asked.", "He left."]),
    ("Am 3. Juli kamen 18 frei. Das Paket folgt.", "de",
     ["Am 3. Juli kamen 18 frei.", "Das Paket folgt."]),
    ("釈放された。次に、米国は制裁を解除した。", "ja", ["釈放された。", "次に、米国は制裁を解除した。"]),
])
def test_sentences_as_before(text: str, language: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text, language)] == expected


@pytest.mark.parametrize(("language", "sentence"), [
    ("fr", "Il y a deux semaines, le Bélarus a libéré 14 prisonniers."),
    ("de", "Vor zwei Wochen kamen 14 Häftlinge frei, vor drei Tagen weitere."),
    ("en", "Two weeks ago Belarus freed 14 prisoners; three days later it pardoned more."),
    ("es", "Hace dos semanas Bielorrusia liberó a 14 presos."),
    ("en", "Belarus freed 14 prisoners last week."),
])
def test_own_view_gives_the_dates_of_the_view(language: str, sentence: str) -> None:
    pats = load_patterns(language)
    view, _ = digit_view(sentence, language)
    want = [(h.start, h.end, h.text, h.parts) for h in find_dates(view, pats)]
    if view == sentence:  # only then may the caller say so
        got = find_dates(view, pats, own_view=True)
        assert [(h.start, h.end, h.text, h.parts) for h in got] == want
    twice, _ = digit_view(view, language)
    assert [(h.start, h.end, h.text, h.parts)
            for h in find_dates(view, pats, own_view=twice == view)] == want


@pytest.mark.parametrize(("text", "language", "expected"), [
    # sentences whose events read a relative date, a headline, a page of several
    # sentences: as at the start of the round
    ("Belarus freed 14 political prisoners two days ago. The EU welcomed the move.", "en",
     [("release", 14, "2025-12-11", "reported")]),
    ("Vor zwei Tagen ließ Belarus 14 Häftlinge frei.", "de",
     [("release", 14, "2025-12-11", "reported")]),
    ("Il y a deux jours, le Bélarus a libéré quatorze prisonniers politiques.", "fr",
     [("release", 14, "2025-12-11", "reported")]),
    ("Nothing was said about prisoners. The weather was fine.", "en", []),
])
def test_events_as_before(text: str, language: str, expected: list[tuple]) -> None:
    rows = events_from_text(text, SAT, language)
    got = [(r["event_type"], r["count"], r["date"] and str(r["date"])[:10], r["modality"])
           for r in rows]
    assert got == expected
