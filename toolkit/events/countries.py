"""Countries named in any supported language, beyond the gazetteer.

Every country's name in each language comes from CLDR (``babel``'s
``Locale(lang).territories``; the ISO 3166 list of ``pycountry`` says which
territories are countries), plus the English name, so "Biélorussie",
"Stany Zjednoczone", "Іран" and "Venezuela" are found. Words are compared
by their ``simplemma`` lemma as well, so inflected forms ("Ірану",
"Wenezueli") match when the dictionary knows them. The canonical name is
the gazetteer's when it knows the country ("United States" -> "US"), else
the English short name.

The organisations and capitals the toolkit knows (EU, UN, OSCE, Minsk,
Washington, ...) stay in the gazetteer (``resources/gazetteer.csv``).
"""

from __future__ import annotations

import functools
from typing import Any

import pycountry
from babel import Locale, UnknownLocaleError

from toolkit.events.lemmas import tokens
from toolkit.gazetteer import Gazetteer

__all__ = ["country_mentions"]

# Names shorter than this are left out: two-letter words are also common words.
_MIN_CHARS = 3


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
    names = _names(language, gaz)
    firsts = _first_words(language, gaz)
    toks = tokens(sentence, language, capitalised_only=True)
    found = []
    i = 0
    while i < len(toks):
        start, _, form, lemma = toks[i]
        if sentence[start].islower() or (form not in firsts and lemma not in firsts):
            # a country name starts with a capital (or, in a script without letter
            # case such as Arabic, any letter) and a known first word
            i += 1
            continue
        hit = None
        for n in range(min(firsts.get(form, 0) or firsts.get(lemma, 0), len(toks) - i), 0, -1):
            words = toks[i:i + n]
            for key in (tuple(w[2] for w in words), tuple(w[3] for w in words)):
                if key in names:
                    hit = (n, names[key])
                    break
            if hit:
                break
        if hit is None:
            i += 1
            continue
        n, canonical = hit
        end = toks[i + n - 1][1]
        found.append({"start": start, "end": end, "as_written": sentence[start:end],
                      "canonical": canonical, "kind": "country", "role": "other",
                      "country": canonical})
        i += n
    return found
