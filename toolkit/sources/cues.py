"""The language knowledge of the sources stage, read from the per-language data files.

Everything sources knows about a language (reporting verbs, the words a
speaker phrase is made of, speaker-type and country cues, epithets, case
endings, quotation marks, ...) lives in ``toolkit/resources/lang/<code>/``
and is read here through :mod:`toolkit.languages`; this module turns those
lines into regular expressions and word sets and never names a language.
Adding a language is adding its files; a language with a
``reporting_verbs.txt`` takes part in attribution.

Cue syntax
----------
Files whose header says so hold *cue phrases*:

- words are separated by spaces and match across any whitespace;
- a word ending in ``*`` is a stem: any word that starts with it;
- ``*`` alone is any one word;
- ``<name>`` is a run of one to four capitalised words.

Examples
--------
>>> import re
>>> bool(re.fullmatch(phrase_pattern("глав* государств*"), "главы государства"))
True
>>> "спецпосланника" in WordSet(["спецпосланник*"])
True
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from toolkit.languages import available, table, weekday_names, words

__all__ = [
    "LOWER",
    "NAME_TOKEN",
    "TOKEN",
    "UPPER",
    "Grammar",
    "Lexicon",
    "WordSet",
    "alternation",
    "letter_folding",
    "lexicon",
    "phrase_pattern",
]


def _char_class(keep: Callable[[str], bool], limit: int = 0x10000) -> str:
    """A regex character class of every character below ``limit`` that ``keep`` accepts."""
    ranges: list[tuple[int, int]] = []
    for code in range(limit):
        if keep(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    parts = [re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges]
    return "[" + "".join(parts) + "]"


#: Any upper-case letter (of any script): names start with one.
UPPER = _char_class(lambda c: c.isupper() and c.isalpha(), min(sys.maxunicode + 1, 0x10000))
#: Any lower-case letter (of any script).
LOWER = _char_class(lambda c: c.islower() and c.isalpha(), min(sys.maxunicode + 1, 0x10000))
#: A token of a speaker phrase: letters, digits and the marks names carry.
TOKEN = re.compile(r"[\w’'.-]+")
#: A capitalised token ("Coale", "U.S.", "Белта").
NAME_TOKEN = re.compile(rf"^{UPPER}[\w’'.-]*$")
# A word of a cue phrase that is any one token, and a run of capitalised words.
_ANY_WORD = r"[\w’'.-]+"
_NAME_RUN = rf"(?:{UPPER}[\w’'.-]*\s?){{1,4}}"


def phrase_pattern(phrase: str) -> str:
    """The regular expression of one cue phrase (see the module's cue syntax).

    Parameters
    ----------
    phrase : str
        A line of a cue file, e.g. ``"state-run news agency"`` or ``"* watch"``.

    Returns
    -------
    str
        A pattern without boundaries; whitespace between words matches ``\\s+``.
    """
    parts = []
    for word in phrase.split():
        if word == "*":
            parts.append(_ANY_WORD)
        elif word == "<name>":
            parts.append(_NAME_RUN)
        elif word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word))
    return r"\s+".join(parts)


def alternation(phrases: Iterable[str], *, before: str = r"(?<!\w)", after: str = r"(?!\w)",
                flags: int = 0) -> re.Pattern[str] | None:
    """One regex that tries ``phrases`` in order, each between the two boundaries.

    Parameters
    ----------
    phrases : iterable of str
        Cue phrases (see the module's cue syntax), tried in this order.
    before, after : str
        Boundaries put before the alternation and after each phrase; a
        phrase that ends in ``<name>`` ends where the name ends (no ``after``).
    flags : int
        ``re`` flags.

    Returns
    -------
    re.Pattern or None
        None when there are no phrases.
    """
    alts = [phrase_pattern(p) + ("" if p.endswith("<name>") else after) for p in phrases if p.strip()]
    if not alts:
        return None
    return re.compile(before + "(?:" + "|".join(alts) + ")", flags)


class WordSet:
    """Words compared case-insensitively; an entry ending in ``*`` is a stem (any ending).

    Parameters
    ----------
    entries : iterable of str
        Lines of a word file.
    """

    __slots__ = ("exact", "stems")

    def __init__(self, entries: Iterable[str]) -> None:
        entries = [e.casefold() for e in entries]
        self.exact = frozenset(e for e in entries if not e.endswith("*"))
        self.stems = tuple(e[:-1] for e in entries if e.endswith("*") and len(e) > 1)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        w = word.casefold()
        return w in self.exact or (bool(self.stems) and w.startswith(self.stems))

    def stem_of(self, word: str) -> str | None:
        """The entry ``word`` matches: itself when listed whole, the stem when it matches one."""
        w = word.casefold()
        if w in self.exact:
            return w
        return next((s for s in self.stems if w.startswith(s)), None)

    def __bool__(self) -> bool:
        return bool(self.exact or self.stems)


@dataclass(frozen=True)
class Grammar:
    """One language's attribution cues.

    Attributes
    ----------
    lang : str
        ISO 639-1 code.
    speaker_first : bool
        The speaker usually stands before the verb ("X said"); else after it
        ("сообщила пресс-служба").
    verb : re.Pattern
        Reporting verbs, as whole words.
    recipient_verbs : frozenset of str
        Verbs whose addressee is kept in the cue.
    recipient : re.Pattern or None
        An addressee right after such a verb (group ``to``).
    according : re.Pattern or None
        Phrases that put the speaker after them (group ``cue``).
    according_labels : dict
        The cue recorded for each of those phrases.
    tail : re.Pattern or None
        Where the statement was made, right after the verb (group ``tail``).
    """

    lang: str
    speaker_first: bool
    verb: re.Pattern[str]
    recipient_verbs: frozenset[str]
    recipient: re.Pattern[str] | None
    according: re.Pattern[str] | None
    according_labels: dict[str, str]
    tail: re.Pattern[str] | None


@dataclass(frozen=True)
class Lexicon:
    """The attribution knowledge of every language with reporting verbs, merged.

    Word sets hold the words of all those languages (a word of one language
    never matches a token of another script); ``grammars`` keep what is
    read per language.
    """

    grammars: tuple[Grammar, ...]
    adverbs: WordSet
    speaker_words: WordSet
    function_words: WordSet
    connectives: WordSet
    articles: WordSet
    person_heads: WordSet
    pronouns: WordSet
    name_exclusions: frozenset[str]
    name_abbreviations: WordSet
    affiliation: tuple[str, ...]
    destination: tuple[str, ...]
    conjunction: re.Pattern[str] | None
    quotes: tuple[tuple[str, str], ...]
    speaker_types: tuple[tuple[str, re.Pattern[str]], ...]
    countries: tuple[tuple[str, re.Pattern[str]], ...]
    case_endings: tuple[str, ...]
    time_lead: re.Pattern[str]
    complementizer: re.Pattern[str]
    statement_before: re.Pattern[str] | None
    inverted_openers: WordSet
    locatives: WordSet
    according_labels: frozenset[str]
    trailing_cue: re.Pattern[str] | None
    verb_at_end: re.Pattern[str] | None
    apposition_before: re.Pattern[str]
    apposition_after: re.Pattern[str]


def _merged(kind: str, langs: tuple[str, ...]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for lang in langs:
        for item in words(lang, kind):
            seen.setdefault(item, None)
    return tuple(seen)


def _merged_table(kind: str, langs: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    out: dict[str, str] = {}
    for lang in langs:
        for key, value in table(lang, kind).items():
            out.setdefault(key, value)
    return tuple(out.items())


def _quote_pairs(langs: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Quotation marks of ``langs``; where languages disagree on a mark's role (German „…“ vs
    English “…”), the pair listed by more languages wins and the others are left out."""
    votes: dict[tuple[str, str], int] = {}
    for lang in langs:
        for pair in table(lang, "quotation_marks").items():
            votes[pair] = votes.get(pair, 0) + 1
    kept: list[tuple[str, str]] = []
    for opening, closing in sorted(votes, key=lambda p: -votes[p]):  # stable: file order among equals
        if all(opening not in (o, c) and closing not in (o, c) for o, c in kept):
            kept.append((opening, closing))
    return tuple(kept)


def _grouped(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``(cue, value)`` rows -> one case-insensitive regex per run of rows with the same value."""
    groups: list[tuple[str, list[str]]] = []
    for cue, value in pairs:
        if groups and groups[-1][0] == value:
            groups[-1][1].append(cue)
        else:
            groups.append((value, [cue]))
    out = []
    for value, cues in groups:
        pattern = alternation(cues, flags=re.IGNORECASE)
        if pattern is not None:
            out.append((value, pattern))
    return tuple(out)


def _grammar(lang: str) -> Grammar:
    verbs = words(lang, "reporting_verbs")
    settings = table(lang, "attribution_grammar")
    position = settings.get("speaker_position", "speaker_first")
    if position not in ("speaker_first", "verb_first"):
        raise ValueError(f"lang/{lang}/attribution_grammar.tsv: speaker_position must be "
                         f"speaker_first or verb_first, got {position!r}")
    recipients = words(lang, "speech_recipients")
    according = table(lang, "according_cues")
    tails = words(lang, "cue_tails")
    verb = alternation(sorted(verbs, key=len, reverse=True), before=r"(?<![\w-])", after=r"(?![\w-])")
    assert verb is not None  # a language without verbs is not asked for
    recipient = alternation(recipients, before="", after=r"(?![\w-])")
    return Grammar(
        lang=lang,
        speaker_first=position == "speaker_first",
        verb=verb,
        recipient_verbs=frozenset(words(lang, "recipient_verbs")),
        recipient=re.compile(r"\s+(?P<to>" + recipient.pattern + ")") if recipient is not None else None,
        according=re.compile(r"(?<!\w)(?P<cue>" + "|".join(phrase_pattern(p) for p in according) + r")\s+")
        if according else None,
        according_labels=dict(according),
        tail=re.compile(r"\s+(?P<tail>" + alternation(tails, before="").pattern + ")") if tails else None,
    )


def _time_lead(langs: tuple[str, ...]) -> re.Pattern[str]:
    """Optional words between a reporting verb and its statement ("said on Monday that")."""
    lead = _merged("time_lead_words", langs)
    times = list(_merged("time_words", langs))
    for lang in langs:
        times.extend(sorted(weekday_names(lang), key=len, reverse=True))
    lead_alt = "|".join(phrase_pattern(w) for w in lead) or "(?!)"
    time_alt = "|".join(phrase_pattern(w) for w in dict.fromkeys(times)) or "(?!)"
    return re.compile(rf"^\s*(?:{lead_alt})?\s*(?:{time_alt})?\b", re.IGNORECASE)


def _appositions(articles: tuple[str, ...], relatives: tuple[str, ...], adverbs: tuple[str, ...],
                 quotes: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    marks = re.escape("".join(dict.fromkeys(m for pair in quotes for m in pair)))
    openers = "|".join(re.escape(w) for w in (*articles, *relatives)) or "(?!)"
    rel = "|".join(re.escape(w) for w in relatives) or "(?!)"
    adv = "|".join(re.escape(w) for w in adverbs) or "(?!)"
    art = "|".join(re.escape(w) for w in articles) or "(?!)"
    # "NAME, the U.S. special envoy for Belarus, said" / "Officials who spoke on condition of
    # anonymity said": the speaker ends at ``head``; ``extra`` describes them.
    before = re.compile(
        rf"(?P<head>[\w’'.]+)(?P<extra>,\s+(?:{openers})\s[^,;{marks}]{{2,90}},|\s+(?:{rel})\s[^,;{marks}]{{2,90}}?)"
        rf"\s*(?:(?:{adv})\s+)?$"
    )
    # ", a spokesman for the group," after an inverted speaker
    after = re.compile(rf",\s+(?P<extra>(?:{art})\s[^,;.{marks}]{{2,90}})")
    return before, after


@functools.lru_cache(maxsize=32)
def _build(stamp: tuple[tuple[str, tuple[str, ...]], ...]) -> Lexicon:
    langs = tuple(lang for lang, _ in stamp)
    articles = _merged("article_words", langs)
    connectives = _merged("phrase_connectives", langs)
    possessives = _merged("possessive_determiners", langs)
    adverbs = _merged("speaker_adverbs", langs)
    quotes = _quote_pairs(langs)
    grammars = tuple(_grammar(lang) for lang in langs)
    labels = frozenset(label for g in grammars for label in g.according_labels.values())
    trailing = [*dict.fromkeys(p for g in grammars for p in g.according_labels),
                *_merged("inverted_openers", langs)]
    all_verbs = sorted({v for lang in langs for v in words(lang, "reporting_verbs")}, key=len, reverse=True)
    recipients = _merged("speech_recipients", langs)
    verb_alt = "|".join(phrase_pattern(v) for v in all_verbs)
    recipient_alt = "|".join(phrase_pattern(r) for r in recipients if "<name>" not in r)
    statement_before = _merged("statement_before_cues", langs)
    conjunctions = _merged("conjunctions", langs)
    apposition_before, apposition_after = _appositions(articles, _merged("relative_pronouns", langs), adverbs, quotes)
    return Lexicon(
        grammars=grammars,
        adverbs=WordSet(adverbs),
        speaker_words=WordSet(_merged("speaker_words", langs)),
        function_words=WordSet((*articles, *connectives, *possessives)),
        connectives=WordSet(connectives),
        articles=WordSet(articles),
        person_heads=WordSet(_merged("person_heads", langs)),
        pronouns=WordSet(_merged("pronouns", langs)),
        name_exclusions=frozenset(_merged("name_exclusions", langs)),
        name_abbreviations=WordSet(_merged("name_abbreviations", langs)),
        affiliation=tuple(w.casefold() for w in _merged("affiliation_prepositions", langs)),
        destination=tuple(w.casefold() for w in _merged("destination_prepositions", langs)),
        conjunction=re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, conjunctions)) + r")\s+$")
        if conjunctions else None,
        quotes=quotes,
        speaker_types=_grouped(_merged_table("speaker_cues", langs)),
        countries=_grouped(_merged_table("country_cues", langs)),
        case_endings=tuple(sorted(_merged("case_endings", langs), key=len, reverse=True)),
        time_lead=_time_lead(langs),
        complementizer=re.compile(
            r"^[\s,]*(?:" + "|".join([*map(re.escape, _merged("complementizers", langs)), ":"]) + r")\s*"),
        statement_before=re.compile(r"^\s*(?:" + "|".join(phrase_pattern(p) for p in statement_before) + r")(?!\w)",
                                    re.IGNORECASE) if statement_before else None,
        inverted_openers=WordSet(_merged("inverted_openers", langs)),
        locatives=WordSet(_merged("speaker_locatives", langs)),
        according_labels=labels,
        trailing_cue=re.compile(r",?\s*(?:" + "|".join(phrase_pattern(p) for p in trailing) + r")\s*$", re.IGNORECASE)
        if trailing else None,
        verb_at_end=re.compile(rf"\s*(?<![\w-])(?:{verb_alt})(?:\s+(?:{recipient_alt})(?![\w-]))?(?![\w-])\s*$")
        if verb_alt and recipient_alt else None,
        apposition_before=apposition_before,
        apposition_after=apposition_after,
    )


def lexicon(langs: Iterable[str] | None = None) -> Lexicon:
    """The attribution knowledge of ``langs`` (default: every language with reporting verbs).

    Built from the data files and cached; an edited file gives a new lexicon
    on the next call.

    Parameters
    ----------
    langs : iterable of str, optional
        ISO 639-1 codes, in the order their cues are tried.

    Returns
    -------
    Lexicon
    """
    codes = tuple(available("reporting_verbs") if langs is None else langs)
    # the key holds every list the lexicon is built from, so an edited file changes it
    kinds = ("reporting_verbs", "speech_recipients", "recipient_verbs", "cue_tails", "speaker_words",
             "speaker_adverbs", "person_heads", "pronouns", "article_words", "phrase_connectives",
             "possessive_determiners", "relative_pronouns", "conjunctions", "name_exclusions",
             "name_abbreviations", "affiliation_prepositions", "destination_prepositions", "case_endings",
             "time_lead_words", "time_words", "complementizers", "statement_before_cues", "inverted_openers",
             "speaker_locatives")
    tables = ("attribution_grammar", "according_cues", "quotation_marks", "speaker_cues", "country_cues",
              "weekdays")
    stamp = tuple(
        (lang, tuple(w for kind in kinds for w in (kind, *words(lang, kind)))
         + tuple(f"{k}\t{v}" for kind in tables for k, v in (("", kind), *table(lang, kind).items())))
        for lang in codes
    )
    return _build(stamp)


def letter_folding(langs: Iterable[str] | None = None) -> dict[int, str]:
    """Translation table of the letters written interchangeably (``letter_variants.tsv``).

    Keys are single lower-case letters; ``str.translate`` with the table
    folds a case-folded text (``ё`` -> ``е``).

    Parameters
    ----------
    langs : iterable of str, optional
        Languages whose files are read (default: every language with one).

    Returns
    -------
    dict of int to str
        A table for :meth:`str.translate`.

    Raises
    ------
    ValueError
        When a key is not a single character (the message names the language).
    """
    out: dict[int, str] = {}
    for lang in available("letter_variants") if langs is None else langs:
        for key, value in table(lang, "letter_variants").items():
            if len(key) != 1:
                raise ValueError(f"lang/{lang}/letter_variants.tsv: {key!r} is not a single letter")
            out.setdefault(ord(key), value)
    return out
