"""Lemma triggers: event words matched on their dictionary form, so inflections match.

A pattern file may list triggers by lemma instead of by regular
expression::

    {"type": "release", "form": "verb", "lemmas": ["uwolnić", "zwolnić"]}
    {"type": "sanctions_lifted", "form": "verb", "lemmas": ["znieść"],
     "near": ["sankcja"], "window": 6}

Each token of a sentence is lemmatised with ``simplemma`` (its dictionary,
shipped with the package; no download) and compared, lower-cased, with the
lemmas (a lemma of several words matches consecutive tokens). ``near``
lists lemmas one of which must stand within ``window`` tokens before or
after; the trigger then spans up to a cue that follows ("zniosła ...
sankcje"). A token also
matches by its own form, so a lemma the dictionary lacks can be listed as
written.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from simplemma import Lemmatizer
from simplemma.strategies import DictionaryLookupStrategy

__all__ = ["LemmaTrigger", "capitalised_forms", "compile_lemma_triggers", "find_lemma_triggers",
           "lemma_of", "tokens"]

_TOKEN = re.compile(r"\w+(?:[-'’ʼ]\w+)*", re.UNICODE)
# dictionary look-up only: fast for unknown words (names, numbers)
_LEMMATIZER = Lemmatizer(lemmatization_strategy=DictionaryLookupStrategy())


@dataclass(frozen=True)
class LemmaTrigger:
    """One lemma trigger of a pattern file."""

    event_type: str
    form: str
    sequence: tuple[str, ...]
    near: frozenset[str]
    window: int


def compile_lemma_triggers(items: Iterable[dict]) -> dict[str, list[LemmaTrigger]]:
    """Lemma triggers indexed by their first lemma."""
    out: dict[str, list[LemmaTrigger]] = {}
    for item in items:
        near = frozenset(w.lower() for w in item.get("near", []))
        for lemma in item["lemmas"]:
            seq = tuple(lemma.lower().split())
            trig = LemmaTrigger(item["type"], item["form"], seq, near, int(item.get("window", 6)))
            out.setdefault(seq[0], []).append(trig)
    return out


@functools.lru_cache(maxsize=262144)
def _lemma(word: str, language: str) -> str:
    try:
        return _LEMMATIZER.lemmatize(word, lang=language).lower()
    except ValueError:  # simplemma has no dictionary for the language
        return word


def lemma_of(word: str, language: str) -> str:
    """The lemma of a lower-cased word (the word itself when the dictionary lacks it).

    Parameters
    ----------
    word : str
        Lower-cased word.
    language : str
        ISO 639-1 code.

    Returns
    -------
    str
    """
    return _lemma(word, language)


def capitalised_forms(sentence: str) -> list[str]:
    """The words of ``sentence`` that do not start with a lower-case letter (a capital,
    or a letter of a script without case such as Arabic), lower-cased: a cheap
    pre-filter for names.

    Parameters
    ----------
    sentence : str

    Returns
    -------
    list of str
    """
    return [w.lower() for w in _TOKEN.findall(sentence) if not w[0].islower()]


def tokens(sentence: str, language: str, *, capitalised_only: bool = False
           ) -> list[tuple[int, int, str, str]]:
    """``(start, end, form, lemma)`` of each word, lower-cased.

    With ``capitalised_only``, only words that start with a capital are
    looked up (the others keep their form as lemma): enough for names.
    """
    out = []
    for m in _TOKEN.finditer(sentence):
        word = m.group(0)
        form = word.lower()  # not casefold: "Maßnahmen" keeps its ß for the dictionary
        lookup = not form.isdigit() and (not capitalised_only or word[:1].isupper())
        out.append((m.start(), m.end(), form, _lemma(form, language) if lookup else form))
    return out


def find_lemma_triggers(sentence: str, language: str, index: dict[str, list[LemmaTrigger]]
                        ) -> list[tuple[int, int, str, str]]:
    """``(start, end, event type, form)`` of each lemma trigger in ``sentence``."""
    toks = tokens(sentence, language)
    found = []
    for i, (start, _, form, lemma) in enumerate(toks):
        for trig in index.get(lemma, []) + (index.get(form, []) if form != lemma else []):
            n = len(trig.sequence)
            words = toks[i:i + n]
            if len(words) < n or any(w[3] != s and w[2] != s
                                     for w, s in zip(words, trig.sequence, strict=True)):
                continue
            a, b = start, words[-1][1]
            if trig.near:
                lo, hi = max(0, i - trig.window), min(len(toks), i + n + trig.window)
                near = [t for t in toks[lo:hi] if t[3] in trig.near or t[2] in trig.near]
                if not near:
                    continue
                # the span reaches a cue after the word ("zniosła ... sankcje"); a cue
                # before it ("Sanktionen ... verhängt") stays outside, so that what
                # precedes the trigger is still read as its subject and hedges
                b = max(b, near[-1][1]) if near[-1][0] > a else b
            found.append((a, b, trig.event_type, trig.form))
    return found
