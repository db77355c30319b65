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
sankcje"). A cue written ``*sanktion`` is part of a word: it stands for
compounds too ("EU-Sanktionen", "Wirtschaftssanktionen"). A token also
matches by its own form, so a lemma the dictionary lacks can be listed as
written.

Elided articles and prepositions ("l'inviato", "dell'UE", "d'amnistie") are
read as words of their own, and a word the dictionary lacks is looked up
again without a pronoun written on after it ("liberarli", "liberándolos",
"libertá-los", "reuniram-se"): both are the language's data
(``resources/lang/<code>/elisions.txt``, ``enclitics.tsv``). A word the dictionary
lacks is also looked up with the letters a language writes two ways folded
(``letter_variants.tsv``: Romanian "ş", "ţ" with a cedilla for "ș", "ț").

Separable verbs (German, Dutch) are listed whole ("freilassen", "aufheben",
"vrijlaten"): in a main clause the particle stands apart at the clause end
("ließ ... frei", "hob ... auf", "liet ... vrij"), in a subordinate clause it
is written on ("freiließen"), and a zu-infinitive has "zu" inside
("freizulassen"). The particles are the language's data
(``resources/lang/<code>/separable_particles.txt``); the verb before a
clause-final particle is read with the particle put before its lemma.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from simplemma import Lemmatizer
from simplemma.strategies import DictionaryLookupStrategy

from toolkit import languages

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
    #: cues that may be part of a word (written ``*cue`` in the pattern file)
    near_parts: tuple[str, ...] = ()


def compile_lemma_triggers(items: Iterable[dict], particles: Iterable[str] = (),
                           infix: str = "") -> dict[str, list[LemmaTrigger]]:
    """Lemma triggers indexed by their first lemma.

    A separable verb ("freilassen": a particle of ``particles`` before a verb)
    is indexed under its zu-infinitive as well ("freizulassen"), when the
    language's ``infix`` ("zu") is given.
    """
    out: dict[str, list[LemmaTrigger]] = {}
    prefixes = sorted({p.lower() for p in particles}, key=len, reverse=True)
    for item in items:
        cues = [w.lower() for w in item.get("near", [])]
        near = frozenset(w for w in cues if not w.startswith("*"))
        parts = tuple(w[1:] for w in cues if w.startswith("*"))
        for lemma in item["lemmas"]:
            seq = tuple(lemma.lower().split())
            trig = LemmaTrigger(item["type"], item["form"], seq, near, int(item.get("window", 6)),
                                parts)
            out.setdefault(seq[0], []).append(trig)
            part = next((p for p in prefixes if seq[0].startswith(p) and len(seq[0]) > len(p)),
                        None)
            if infix and part is not None and len(seq) == 1:
                out.setdefault(part + infix + seq[0][len(part):], []).append(trig)
    return out


@functools.lru_cache(maxsize=262144)
def _lemma(word: str, language: str) -> str:
    try:
        lemma = _LEMMATIZER.lemmatize(word, lang=language).lower()
    except ValueError:  # simplemma has no dictionary for the language
        return word
    if lemma == word:  # not in the dictionary: a pronoun may be written on ("liberarli")
        variant = word.translate(_variants(language))
        if variant != word:  # a letter written two ways (Romanian "ţ" for "ț")
            return _lemma(variant, language)
        for suffix, replacement in _enclitics(language):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                return _lemma(word[:-len(suffix)] + replacement, language)
    return lemma


@functools.lru_cache(maxsize=64)
def _variants(language: str) -> dict[int, str]:
    """The language's letters written two ways and the one the dictionary uses
    (``resources/lang/<code>/letter_variants.tsv``), as a ``str.translate`` table."""
    return {ord(k): v for k, v in languages.table(language, "letter_variants").items()
            if len(k) == 1}


@functools.lru_cache(maxsize=64)
def _enclitics(language: str) -> tuple[tuple[str, str], ...]:
    """The language's enclitic endings and what replaces them, longest first."""
    table = languages.table(language, "enclitics")
    return tuple(sorted(((k.lower(), v.lower()) for k, v in table.items() if k),
                        key=lambda kv: -len(kv[0])))


@functools.lru_cache(maxsize=64)
def _elisions(language: str) -> tuple[str, ...]:
    """The language's elided words ("l'", "dell'"), apostrophe written ', longest first."""
    return tuple(sorted((w.lower().replace("’", "'") for w in languages.words(language, "elisions")),
                        key=len, reverse=True))


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
    elisions = _elisions(language)
    for m in _TOKEN.finditer(sentence):
        word, start = m.group(0), m.start()
        if elisions and ("'" in word or "’" in word):
            plain = word.lower().replace("’", "'")
            cut = next((len(e) for e in elisions if plain.startswith(e) and len(plain) > len(e)),
                       0)
            if cut:  # "l'inviato": the article, then the word
                out.append((start, start + cut, word[:cut].lower(), word[:cut].lower()))
                word, start = word[cut:], start + cut
        form = word.lower()  # not casefold: "Maßnahmen" keeps its ß for the dictionary
        lookup = not form.isdigit() and (not capitalised_only or word[:1].isupper())
        out.append((start, m.end(), form, _lemma(form, language) if lookup else form))
    return out


def find_lemma_triggers(sentence: str, language: str, index: dict[str, list[LemmaTrigger]],
                        particles: frozenset[str] = frozenset(),
                        coordinators: frozenset[str] = frozenset()
                        ) -> list[tuple[int, int, str, str]]:
    """``(start, end, event type, form)`` of each lemma trigger in ``sentence``.

    ``particles`` are the language's separable-verb particles (see the module
    docstring); a verb read with its particle spans up to the particle. A
    particle ends its clause before punctuation, the sentence end or one of
    ``coordinators`` ("ließ ... frei und ...").
    """
    toks = tokens(sentence, language)
    found = []
    for i, (_, _, form, lemma) in enumerate(toks):
        for trig in index.get(lemma, []) + (index.get(form, []) if form != lemma else []):
            n = len(trig.sequence)
            words = toks[i:i + n]
            if len(words) < n or any(w[3] != s and w[2] != s
                                     for w, s in zip(words, trig.sequence, strict=True)):
                continue
            span = _near_span(toks, i, i + n, trig)
            if span is not None:
                found.append((*span, trig.event_type, trig.form))
    if particles:
        found.extend(_separated(sentence, toks, language, index, (particles, coordinators)))
    return found


def _near_span(toks: list[tuple[int, int, str, str]], i: int, j: int, trig: LemmaTrigger
               ) -> tuple[int, int] | None:
    """The span of a trigger on tokens ``i`` to ``j`` (exclusive), or None when its
    ``near`` cues are missing."""
    a, b = toks[i][0], toks[j - 1][1]
    if not trig.near and not trig.near_parts:
        return a, b
    lo, hi = max(0, i - trig.window), min(len(toks), j + trig.window)
    near = [t for t in toks[lo:hi] if t[3] in trig.near or t[2] in trig.near
            or any(part in t[2] for part in trig.near_parts)]
    if not near:
        return None
    # the span reaches a cue after the word ("zniosła ... sankcje"); a cue
    # before it ("Sanktionen ... verhängt") stays outside, so that what
    # precedes the trigger is still read as its subject and hedges
    return a, (max(b, near[-1][1]) if near[-1][0] > a else b)


# What ends a clause after a separated particle ("ließ ... frei, ..."), and how many
# words a verb may stand before its particle.
_CLAUSE_END = re.compile(r"[,.;:!?()\[\]\u2013\u2014\"“”„«»]")
_PARTICLE_REACH = 15


def _separated(sentence: str, toks: list[tuple[int, int, str, str]], language: str,
               index: dict[str, list[LemmaTrigger]],
               words: tuple[frozenset[str], frozenset[str]]
               ) -> list[tuple[int, int, str, str]]:
    """Separable verbs: a verb before a clause-final particle ("hob die Sanktionen auf"),
    and a particle written on a finite verb the dictionary lacks ("freiließen")."""
    particles, coordinators = words
    prefixes = _prefixes(particles)
    found = []
    for k, (_, _, form, lemma) in enumerate(toks):
        if form in particles and _clause_final(sentence, toks, k, coordinators):
            for j in range(k - 1, max(-1, k - _PARTICLE_REACH), -1):
                if _CLAUSE_END.search(sentence, toks[j][1], toks[j + 1][0]):
                    break
                # the dictionary may give the verb with its particle already joined on
                # ("breidde ... uit" -> "uit_breiden")
                whole = toks[j][3].replace("_", "", 1) if toks[j][3].startswith(form + "_") \
                    else form + toks[j][3]
                hits = index.get(whole, []) or index.get(form + toks[j][2], [])
                spans = [(s, t) for t in hits if len(t.sequence) == 1
                         and (s := _near_span(toks, j, k + 1, t)) is not None]
                if spans:
                    found.extend((a, b, t.event_type, t.form) for (a, b), t in spans)
                    break
        elif form == lemma and form.startswith(prefixes) and form not in index:
            part = next((p for p in prefixes if form.startswith(p) and len(form) > len(p)), None)
            if part is not None:
                whole = part + _lemma(form[len(part):], language)
                for t in index.get(whole, []):
                    if len(t.sequence) == 1 and (s := _near_span(toks, k, k + 1, t)):
                        found.append((*s, t.event_type, t.form))
    return found


@functools.lru_cache(maxsize=64)
def _prefixes(particles: frozenset[str]) -> tuple[str, ...]:
    """The particles, longest first, as a tuple for ``str.startswith``."""
    return tuple(sorted(particles, key=len, reverse=True))


def _clause_final(sentence: str, toks: list[tuple[int, int, str, str]], k: int,
                  coordinators: frozenset[str]) -> bool:
    """Whether token ``k`` ends its clause: punctuation, the sentence end or a
    coordinating conjunction follows."""
    if k + 1 == len(toks) or toks[k + 1][2] in coordinators:
        return True
    return bool(_CLAUSE_END.search(sentence, toks[k][1], toks[k + 1][0]))
