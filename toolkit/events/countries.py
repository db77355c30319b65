"""Countries named in any supported language, beyond the gazetteer.

Every country's name in each language comes from CLDR (``babel``'s
``Locale(lang).territories``; the ISO 3166 list of ``pycountry`` says which
territories are countries), plus the English name, so "Biélorussie",
"Stany Zjednoczone", "Іран" and "Venezuela" are found. Words are compared
by their ``simplemma`` lemma as well, so inflected forms ("Ірану",
"Wenezueli") match when the dictionary knows them; where it does not (no
dictionary for Croatian or Belarusian, gaps in others), the language's case
endings (``resources/lang/<code>/case_endings.tsv``: an ending of an
inflected form -> the endings of the forms it may come from) give the
candidate base forms ("Bjelorusiji" -> "Bjelorusija", "Литві" -> "Литва").
The canonical name is
the gazetteer's when it knows the country ("United States" -> "US"), else
the English short name.

Adjectives and demonyms ("Iranian", "bélarusses", "американских") come
from ``resources/lang/<code>/country_adjectives.tsv`` (word or stem ->
ISO 3166 code; CLDR has no demonyms), by :func:`adjective_mentions`.

The organisations and capitals the toolkit knows (EU, UN, OSCE, Minsk,
Washington, ...) stay in the gazetteer (``resources/gazetteer.csv``).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping
from typing import Any

import pycountry
from babel import Locale, UnknownLocaleError

from toolkit import languages
from toolkit.events import prefilter as _rx
from toolkit.events.lemmas import capitalised_forms, lemma_of, tokens
from toolkit.events.numbers import lang_file_stamp
from toolkit.gazetteer import Gazetteer

__all__ = ["adjective_mentions", "caseless_mentions", "country_mentions"]

# Words with inner hyphens and apostrophes ("nord-coréens", "norte-americano").
_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)

# Names shorter than this are left out: two-letter words are also common words.
_MIN_CHARS = 3
# What may stand before a sentence's first word (quotes, a dash).
_OPENING = " \t\n«„\"'“‘-–—"


@functools.lru_cache(maxsize=16)
def _names(language: str, gaz: Gazetteer) -> dict[tuple[str, ...], str]:
    """Token sequence of each country name (lower-cased) -> canonical name."""
    codes = {c.alpha_2 for c in pycountry.countries}
    english = Locale.parse("en").territories
    out: dict[tuple[str, ...], str] = {}
    for lang in dict.fromkeys((language, "en")):
        try:
            names = Locale.parse(lang).territories
        except (UnknownLocaleError, ValueError):
            continue
        for code, name in names.items():
            if code not in codes or len(name) < _MIN_CHARS:
                continue
            entry = gaz.lookup(english.get(code, name))
            canonical = entry.canonical if entry is not None else english.get(code, name)
            seq = tuple(t[2] for t in tokens(name, lang))
            if seq:
                out.setdefault(seq, canonical)
    return out


@functools.lru_cache(maxsize=16)
def _first_words(language: str, gaz: Gazetteer) -> dict[str, int]:
    """First word of each country name -> the most words a name starting with it has."""
    out: dict[str, int] = {}
    for seq in _names(language, gaz):
        out[seq[0]] = max(out.get(seq[0], 0), len(seq))
    return out


@functools.lru_cache(maxsize=64)
def _case_endings(language: str, stamp: tuple  # noqa: ARG001
                  ) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``case_endings.tsv``: (ending, base endings), longest ending first; ``-`` is none."""
    rows = [(ending.lower(), tuple("" if r == "-" else r.lower() for r in bases.split()))
            for ending, bases in languages.table(language, "case_endings").items() if ending]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@functools.lru_cache(maxsize=64)
def _homographs(language: str, stamp: tuple) -> frozenset[str]:  # noqa: ARG001 - cache key
    """``country_homographs.txt``: words that open a sentence written as a country's name
    ("Того")."""
    return frozenset(languages.words(language, "country_homographs"))


@functools.lru_cache(maxsize=65536)
def _bases(form: str, endings: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[str, ...]:
    """The base forms a capitalised word may be inflected from, by its case ending
    (the stem keeps at least three letters)."""
    out: list[str] = []
    for ending, bases in endings:
        if form.endswith(ending) and len(form) - len(ending) >= _MIN_CHARS:
            out.extend(form[:len(form) - len(ending)] + b for b in bases)
    return tuple(dict.fromkeys(out))


def _forms(tok: tuple[int, int, str, str], endings: tuple) -> tuple[str, ...]:
    """A token's form, lemma and case-ending base forms."""
    return (tok[2], tok[3], *_bases(tok[2], endings)) if endings else (tok[2], tok[3])


def _match_at(toks: list, i: int, firsts: dict[str, int], names: dict[tuple[str, ...], str],
              endings: tuple) -> tuple[int, str] | None:
    """The longest country name starting at token ``i``: (words, canonical)."""
    starts = [w for w in _forms(toks[i], endings) if w in firsts]
    if not starts:
        return None
    longest = min(max(firsts[w] for w in starts), len(toks) - i)
    for n in range(longest, 0, -1):
        words = toks[i:i + n]
        for key in (tuple(w[2] for w in words), tuple(w[3] for w in words)):
            if key in names:
                return n, names[key]
        if endings:  # each word by its own ending ("Sjedinjenim Američkim Državama")
            keys = itertools.product(*(dict.fromkeys(_forms(w, endings)) for w in words))
            for key in itertools.islice(keys, 512):
                if key in names:
                    return n, names[key]
    return None


def country_mentions(sentence: str, language: str, gaz: Gazetteer) -> list[dict[str, Any]]:
    """Countries named in ``sentence``, as gazetteer-style entity dicts.

    Parameters
    ----------
    sentence : str
        Any text.
    language : str
        ISO 639-1 code.
    gaz : Gazetteer
        Gives canonical names where it knows the country.

    Returns
    -------
    list of dict
        ``start``, ``end``, ``as_written``, ``canonical``, ``kind``
        (``country``), ``role`` (``other``), ``country``.
    """
    found = caseless_mentions(sentence, language, gaz)
    names = _names(language, gaz)
    firsts = _first_words(language, gaz)
    capitalised = capitalised_forms(sentence)
    if not capitalised:
        return found
    endings = _case_endings(language, lang_file_stamp(language, "case_endings.tsv"))
    if not any(w in firsts or lemma_of(w, language) in firsts
               or any(b in firsts for b in _bases(w, endings)) for w in capitalised):
        return found  # no word that may start a name starts a country's: the common case
    taken = found
    toks = tokens(sentence, language, capitalised_only=True)
    found = []
    i = 0
    while i < len(toks):
        start = toks[i][0]
        # a country name starts with a capital (or, in a script without letter
        # case such as Arabic, any letter) and a known first word
        hit = None if sentence[start].islower() else _match_at(toks, i, firsts, names, endings)
        if hit is None:
            i += 1
            continue
        n, canonical = hit
        end = toks[i + n - 1][1]
        if not sentence[:start].strip(_OPENING) and sentence[start:end] in _homographs(
                language, lang_file_stamp(language, "country_homographs.txt")):
            i += n  # "Того року ...": the demonstrative opening the sentence, not Togo
            continue
        found.append({"start": start, "end": end, "as_written": sentence[start:end],
                      "canonical": canonical, "kind": "country", "role": "other",
                      "country": canonical})
        i += n
    return sorted(found + [t for t in taken if not any(
        t["start"] < f["end"] and f["start"] < t["end"] for f in found)],
        key=lambda e: e["start"])


# A CLDR name with another in brackets ("ミャンマー (ビルマ)", "ميانمار (بورما)").
_BRACKETED = re.compile(r"(.*?)\s*(?:[(（](.*)[)）])?")


def _abbreviation_pattern(language: str, abbreviations: Mapping[str, Any], titles: str,
                          names: str) -> str:
    """Alternatives finding a one-letter country abbreviation: before an official title
    or another name (with the language's ``abbreviation_joiner`` between, "日韓両政府"),
    never after a digit or one of ``abbreviation_not_after`` (letters that end date
    words, "28日", "同日"; katakana, "プロ"), and alone only after one of
    ``abbreviation_clause_start`` and before one of ``abbreviation_particles``
    ("米、", "米は"); the character sets are the language's ``writing.tsv``."""
    writing = languages.table(language, "writing")
    short = "|".join(map(re.escape, abbreviations))
    joiner = "|".join(map(re.escape, writing.get("abbreviation_joiner", "").split()))
    joined = f"(?:{joiner})?" if joiner else ""
    out = (f"|(?<![0-9０-９{writing.get('abbreviation_not_after', '')}])(?:{short})"
           f"(?=(?:{short})*{joined}(?:{titles}|{names}))")
    opening, particles = (writing.get("abbreviation_clause_start"),
                          writing.get("abbreviation_particles"))
    if opening and particles:
        out += f"|(?<![^{opening}])(?:{short})(?=[{particles}])"
    return out


def _caseless(text: str) -> bool:
    return any(c.isalpha() for c in text) and not any(c.isupper() or c.islower() for c in text)


@functools.lru_cache(maxsize=16)
def _caseless_index(language: str, gaz: Gazetteer, stamp: tuple  # noqa: ARG001
                    ) -> tuple[re.Pattern | None, dict[str, tuple[str, str, str, str]]]:
    """Names written in a script without letter case (the gazetteer's, the language's
    ``names.tsv`` and its CLDR country names): name -> (canonical, kind, role, country),
    and a regex finding them (at a word start, after one of ``clitic_prefixes.txt``;
    anywhere in a language written without spaces, ``writing.tsv``). A country's
    one-letter abbreviation (``country_abbreviations.tsv``: "米" for the US) is a name
    only right before a word of ``official_titles.txt`` ("米大統領", "米財務省")."""
    out: dict[str, tuple[str, str, str, str]] = {}
    for variant, entry in gaz._variants.items():  # noqa: SLF001 - read only
        if _caseless(variant):
            out[variant] = (entry.canonical, entry.kind, entry.role, entry.country)
    for variant, name in languages.table(language, "names").items():
        out[variant] = _named(name, gaz)
    abbreviations = {k: _named(v, gaz) for k, v in
                     languages.table(language, "country_abbreviations").items()}
    english = Locale.parse("en").territories
    codes = {c.alpha_2 for c in pycountry.countries}
    try:
        local = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        local = {}
    for code, name in local.items():
        if code in codes and len(name) >= 2 and _caseless(name):
            entry = gaz.lookup(english.get(code, name))
            canonical = entry.canonical if entry is not None else \
                _BRACKETED.fullmatch(english.get(code, name)).group(1)
            # "ミャンマー (ビルマ)": the name and the one in brackets are each a name
            for variant in (name, *_BRACKETED.fullmatch(name).groups("")):
                if len(variant) >= 2:
                    out.setdefault(variant, (canonical, "country", "other", canonical))
    if not out:
        return None, out
    names = "|".join(map(re.escape, sorted(out, key=len, reverse=True)))
    titles = "|".join(map(re.escape, sorted(languages.words(language, "official_titles"),
                                            key=len, reverse=True)))
    if abbreviations and titles:  # "米大統領", "日韓両政府", "米ベラルーシ首脳"; "米、", "米は"
        names += _abbreviation_pattern(language, abbreviations, titles, names)
        out = {**abbreviations, **out}
    if languages.table(language, "writing").get("spaces_between_words") == "no":
        return re.compile(f"(?P<name>{names})"), out
    clitics = "|".join(map(re.escape, sorted(languages.words(language, "clitic_prefixes"),
                                             key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{clitics or '(?!)'})?(?P<name>{names})(?!\w)"), out


def _named(name: str, gaz: Gazetteer) -> tuple[str, str, str, str]:
    """A name of a language's ``names.tsv``: the gazetteer's entry it names, else (a
    name the gazetteer lacks, "Hamas") an organisation acting for itself."""
    entry = gaz.lookup(name)
    if entry is None:
        return name, "org", "government", name
    return entry.canonical, entry.kind, entry.role, entry.country


def caseless_mentions(sentence: str, language: str, gaz: Gazetteer) -> list[dict[str, Any]]:
    """Known names in a script without letter case (Arabic, Japanese), which the
    gazetteer's search for capitalised words cannot see: "والولايات المتحدة",
    "بلوكاشينكو", "米国とウクライナ".

    Parameters
    ----------
    sentence : str
        Any text.
    language : str
        ISO 639-1 code.
    gaz : Gazetteer
        The names (and the canonical forms of CLDR's country names).

    Returns
    -------
    list of dict
        Entity dicts as :func:`country_mentions` gives, with the gazetteer's kind
        and role (``person``/``government`` for a head of state).
    """
    if sentence.isascii() or not any(c.isalpha() and not (c.isupper() or c.islower())
                                     for c in sentence):
        return []
    regex, index = _caseless_index(language, gaz, tuple(
        lang_file_stamp(language, kind) for kind in (
            "writing.tsv", "clitic_prefixes.txt", "names.tsv", "country_abbreviations.tsv",
            "official_titles.txt")))
    if regex is None:
        return []
    found = []
    for m in _rx.finditer(regex, sentence):
        canonical, kind, role, country = index[m.group("name")]
        start, end = m.start("name"), m.end("name")
        found.append({"start": start, "end": end, "as_written": sentence[start:end],
                      "canonical": canonical, "kind": kind, "role": role, "country": country})
    return found


# ------------------------------------------------ adjectives and demonyms ---

# An entry of country_adjectives.tsv: its words (text, is a stem, needs a capital).
_Entry = tuple[tuple[tuple[str, bool, bool], ...], str]


@functools.lru_cache(maxsize=32)
def _adjectives(language: str, gaz: Gazetteer, stamp: tuple  # noqa: ARG001
                ) -> tuple[re.Pattern | None, dict[str, list[_Entry]]]:
    """``country_adjectives.tsv`` indexed by the first three letters of its first word,
    and a pre-filter: a word starting like an entry's first word."""
    english = Locale.parse("en").territories
    out: dict[str, list[_Entry]] = {}
    for word, code in languages.table(language, "country_adjectives").items():
        name = english.get(code.strip().upper())
        if name is None:
            raise ValueError(f"resources/lang/{language}/country_adjectives.tsv: {code!r} "
                             f"(for {word!r}) is no ISO 3166 alpha-2 code")
        entry = gaz.lookup(name)
        canonical = entry.canonical if entry is not None else name
        words = tuple((w.rstrip("*").lower(), w.endswith("*"), w[:1].isupper())
                      for w in word.split())
        out.setdefault(words[0][0][:3], []).append((words, canonical))
    firsts = sorted({specs[0][0] for entries in out.values() for specs, _ in entries},
                    key=len, reverse=True)
    prefilter = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, firsts)) + ")",
                           re.IGNORECASE | re.UNICODE) if firsts else None
    return prefilter, out


def _word_matches(spec: tuple[str, bool, bool], word: str, language: str) -> bool:
    text, stem, capital = spec
    if capital and not word[:1].isupper():
        return False
    form = word.lower()
    if stem:
        return form.startswith(text)
    return form == text or lemma_of(form, language) == text


def adjective_mentions(sentence: str, language: str, gaz: Gazetteer) -> list[dict[str, Any]]:
    """Countries named by an adjective or demonym ("Iranian", "bélarusses",
    "американских"), from ``resources/lang/<code>/country_adjectives.tsv``.

    Parameters
    ----------
    sentence : str
        Any text.
    language : str
        ISO 639-1 code.
    gaz : Gazetteer
        Gives canonical names where it knows the country.

    Returns
    -------
    list of dict
        Entity dicts as :func:`country_mentions` gives, with ``nationality``
        True.
    """
    prefilter, index = _adjectives(language, gaz,
                                   lang_file_stamp(language, "country_adjectives.tsv"))
    if prefilter is None or not _rx.search(prefilter, sentence):
        return []  # no word starts like an adjective's (a word matched by its lemma too)
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(sentence)]
    found = []
    i = 0
    while i < len(words):
        hit = None
        for specs, canonical in index.get(words[i][2][:3].lower(), ()):
            n = len(specs)
            if i + n <= len(words) and all(_word_matches(spec, w[2], language)
                                           for spec, w in zip(specs, words[i:i + n],
                                                              strict=True)):
                hit = (n, canonical)
                break
        if hit is None:
            i += 1
            continue
        n, canonical = hit
        start, end = words[i][0], words[i + n - 1][1]
        found.append({"start": start, "end": end, "as_written": sentence[start:end],
                      "canonical": canonical, "kind": "country", "role": "other",
                      "country": canonical, "nationality": True})
        i += n
    return found
