"""Per-language event patterns: finding, reading and compiling the pattern files.

A pattern file ``<lang>.json`` holds the regular expressions of one
language: event triggers, date and count phrases, hedges, modality cues.
Bundled files live in ``toolkit/resources/patterns/``; a folder named in the
environment variable ``TOOLKIT_PATTERNS`` (read at every call, so setting it
in a running session works) adds or replaces files.

Words that are not regular expressions come from the per-language data
files read by :mod:`toolkit.languages`: month and weekday names (CLDR plus
``months.tsv`` / ``weekdays.tsv``), modal auxiliaries, agent prepositions,
time units, indefinite articles, separable-verb particles and coordinating
conjunctions.

Compiled patterns are cached under the pattern file's and the language
files' modification times, so an edited file is read again on next use.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit import languages
from toolkit.config import RESOURCES, env_paths, file_stamp
from toolkit.events.lemmas import LemmaTrigger, compile_lemma_triggers
from toolkit.events.prefilter import StringFinder
from toolkit.events.registry import EventType, event_types, registry_files

__all__ = [
    "PATTERNS_DIR",
    "PATTERNS_ENV",
    "Patterns",
    "Trigger",
    "available_languages",
    "read_as",
    "readable_languages",
    "load_patterns",
    "pattern_files",
]

#: Folder of the bundled ``<lang>.json`` pattern files.
PATTERNS_DIR = RESOURCES / "patterns"
#: Environment variable naming extra folders of ``<lang>.json`` pattern files.
PATTERNS_ENV = "TOOLKIT_PATTERNS"

# Weekday abbreviations shorter than this are left out of date matching: they
# are also common words ("sat", "wed", German "so", "do", Lithuanian "pr"). A language
# may set its own minimum (writing.tsv: shortest_weekday_name; Japanese "土曜日" has 3).
_MIN_WEEKDAY_LETTERS = 4

# A regular expression that matches nothing: the value of a key a file leaves out.
_NEVER = r"(?!)"
# Keys of a pattern file that hold one regular expression each.
_REGEX_KEYS = (
    "since", "speech_date", "cumulative", "generic", "past_markers", "place_preposition",
    "subject_first", "reference_dated",
    "release_place_preposition", "anaphora", "anaphora_subset", "possessive_before_noun",
    "status_after", "status_before", "incremental", "incremental_after", "since_near_count",
    "since_clause", "speech_after", "announcement", "count_before_noun_trigger",
    "count_gap_stop", "same_time_markers", "self_anchoring", "offset_marker",
    "subject_preposition", "sanction_object_preposition", "speech_cue", "partitive",
    "partitive_head", "vague_dates", "expected_trigger", "count_sum_joiner", "after_clause",
    "not_events", "partial", "possessor", "officials", "owner_after",
    "owner_before", "negation_inside", "two_sided", "sanction_object_case",
    "not_agent_after", "sanction_object_after", "subject_after_verb", "subject_after",
    "thanks_after", "person_name", "denied_after_verb",
    "subgroup", "subgroup_after", "source_after", "distributive",
    "event_reference", "held_in_demand", "state_group", "attributive_participle",
    "family_reference", "partitive_reference",
    "people_pronoun",
    "offset_trailing", "relative_clause", "dated_noun", "demanded_far",
    "expected_far", "since_when", "aside_opener", "today_weekday",
    "key_events", "new_reference", "continuation", "possibility", "in_force",
    "before_told", "present_passive", "passive_auxiliary",
)
# Per-language data files (resources/lang/<code>/) the compiled patterns depend on.
_LANG_KINDS = ("months.tsv", "weekdays.tsv", "modal_auxiliaries.txt",
               "agent_prepositions.txt", "time_units.tsv", "indefinite_articles.txt",
               "separable_particles.txt", "coordinators.txt", "others_words.txt",
               "others_joiners.tsv", "writing.tsv", "dating.tsv", "eras.tsv",
               "clause_conjunctions.txt")


@dataclass
class Trigger:
    """Words naming an event, found in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    event_type: str
    form: str  # "verb" or "noun"
    text: str


@dataclass
class Patterns:
    """The compiled patterns of one language (see the module docstring)."""

    language: str
    months: dict[str, int]
    weekdays: dict[str, int]
    number_words: dict[str, int]
    #: date regexes with their precision and whether they need a month / weekday name
    dates: list[tuple[re.Pattern, str, bool, bool]]
    month_word: re.Pattern
    weekday_word: re.Pattern
    relative: list[tuple[re.Pattern, str, tuple[str, ...]]]
    #: (regex, event type, form, plain keywords one of which must occur)
    triggers: list[tuple[re.Pattern, str, str, tuple[str, ...]]]
    #: triggers given by lemma (toolkit.events.lemmas), indexed by their first lemma
    lemma_triggers: dict[str, list[LemmaTrigger]]
    count_nouns: dict[str, re.Pattern]
    #: a number, digits or words, then a count noun of each class
    count_after: dict[str, re.Pattern]
    people_noun: re.Pattern
    number: re.Pattern
    qualifiers: list[tuple[str, re.Pattern]]
    modality: list[tuple[str, re.Pattern]]
    modality_after: list[tuple[str, re.Pattern]]
    #: (regex, explicit, own_event): ``own_event`` counts name a further happening of the
    #: trigger's kind ("freed 40 in March and another 16 in June")
    count_patterns: list[tuple[re.Pattern, bool, bool]]
    targets: list[tuple[str, re.Pattern]]
    #: cheap pre-filters: a sentence without a match cannot hold a trigger / a date
    trigger_keywords: re.Pattern
    date_keywords: re.Pattern
    offset_before_anchor: tuple[str, ...]
    #: count noun classes whose consecutive counts add up ("25 individuals and 7 entities")
    summed_count_nouns: frozenset[str]
    #: count noun classes whose counts joined by a coordinator, not a comma, add up ("eight
    #: women and eight men"); a comma after a count of them opens its breakdown instead
    coordinated_count_nouns: frozenset[str]
    #: whether capitalised words mark names (not in German, where every noun has one)
    capitalised_names: bool
    #: whether the verb ends its clause (writing.tsv: verb_position final; Japanese)
    verb_final: bool
    #: whether a main clause's finite verb comes second, its subject after it when
    #: something else opens the clause (writing.tsv: verb_position second; German, Dutch)
    verb_second: bool
    #: whether a date marked as the saying's never dates the event, even when the sentence
    #: states no other (dating.tsv: speech_date apart; "сняли санкции, сообщил в субботу")
    speech_apart: bool
    modal_auxiliaries: frozenset[str]
    agent_before: re.Pattern
    time_units: dict[str, int]
    indefinite: frozenset[str]
    #: separable-verb particles ("frei", "auf") and the conjunctions that may follow
    #: one at its clause end (toolkit.events.lemmas)
    separable_particles: frozenset[str]
    coordinators: frozenset[str]
    #: conjunctions that open a new clause after a comma besides the coordinators ("but",
    #: "although"): a date in that clause does not date an event before it
    clause_conjunctions: frozenset[str]
    #: words for "other(s)" and phrases joining people to "N others" (toolkit.events.counts)
    others_words: frozenset[str]
    others_joiners: dict[str, str]
    rx: dict[str, re.Pattern] = field(default_factory=dict)
    #: the event-type registry in force when the patterns were compiled
    types: dict[str, EventType] = field(default_factory=dict)
    source: str = ""
    #: ordinal words for a day of the month (day_ordinals.tsv: "الرابع" = 4)
    day_words: dict[str, int] = field(default_factory=dict)
    #: calendar eras and the Gregorian year of their first year (eras.tsv: "令和" = 2019),
    #: read by a date regex's ``era`` and ``era_year`` groups ("令和7年" = 2025)
    eras: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.__dict__.update(self.rx)  # pats.since, pats.generic, ... as plain attributes
        #: every trigger's plain keywords, all looked for in one pass per sentence, each
        #: standing for the triggers (their places in ``triggers``) it lets run
        runs: dict[str, list[int]] = {}
        for index, trigger in enumerate(self.triggers):
            for keyword in trigger[3]:
                runs.setdefault(keyword, []).append(index)
        self.trigger_keyword_finder = StringFinder({k: tuple(v) for k, v in runs.items()})

    def day_number(self, text: str | None) -> int | None:
        """A day of the month in digits or ordinal words; the words after number words
        were read add up ("الثاني 10" = 12). None when absent or unreadable."""
        parts = [int(p) if p.isdigit() else self.day_words.get(p.casefold())
                 for p in (text or "").split()]
        return None if not parts or None in parts else sum(parts)

    def __getattr__(self, name: str) -> re.Pattern:
        # the single-regex keys (_REGEX_KEYS) read as attributes: pats.since, pats.generic
        rx = self.__dict__.get("rx", {})
        if name in rx:
            return rx[name]
        raise AttributeError(f"{type(self).__name__!s} has no attribute {name!r}")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _compile(regex: str, subs: Mapping[str, str]) -> re.Pattern:
    for key, value in subs.items():
        regex = regex.replace("{" + key + "}", value)
    return re.compile(regex, re.IGNORECASE | re.UNICODE)


#: Languages read with the patterns of another (``read_as.tsv``: language, reader).
READ_AS_FILE = PATTERNS_DIR / "read_as.tsv"


@functools.lru_cache(maxsize=4)
def _read_as(stamp: tuple) -> dict[str, str]:  # noqa: ARG001 - cache key
    if not READ_AS_FILE.exists():
        return {}
    rows = (line.split("\t") for line in READ_AS_FILE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return {row[0].strip(): row[1].strip() for row in rows}


def read_as() -> dict[str, str]:
    """Languages that have no patterns of their own and are read with another's.

    A language identifier tells some written standards apart unreliably
    (Croatian text is often given as Bosnian): such a language is read with
    the patterns and language data of the one it is listed with, unless a
    pattern file of its own exists.

    Returns
    -------
    dict
        Language code -> code of the language whose patterns read it.
    """
    return _read_as(file_stamp([READ_AS_FILE]))


def pattern_files() -> dict[str, Path]:
    """The complete pattern file of each language: bundled, then ``TOOLKIT_PATTERNS``.

    Read at each call, so a folder named in the environment of a running
    session is honoured. A later folder's ``<lang>.json`` replaces an
    earlier one, unless it says ``"extends": true`` (see :func:`load_patterns`).
    """
    return {lang: paths[0] for lang, paths in _pattern_sources().items() if paths}


def _pattern_sources() -> dict[str, list[Path]]:
    """Per language: its complete file, then the files that extend it."""
    files: dict[str, list[Path]] = {p.stem: [p] for p in sorted(PATTERNS_DIR.glob("*.json"))}
    extending: dict[str, list[Path]] = {}
    for folder in env_paths(PATTERNS_ENV):
        for path in sorted(folder.glob("*.json")):
            if _extends(path, file_stamp([path])):
                extending.setdefault(path.stem, []).append(path)
            else:
                files[path.stem] = [path]
    for lang, paths in extending.items():
        files.setdefault(lang, []).extend(paths)
    return files


@functools.lru_cache(maxsize=256)
def _extends(path: Path, stamp: tuple) -> bool:  # noqa: ARG001 - cache key
    return bool(_read_spec(path).get("extends"))


def _read_spec(path: Path) -> dict[str, Any]:
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"pattern file {str(path)!r} is not valid JSON: {exc}") from exc
    if not isinstance(spec, dict):
        raise ValueError(f"pattern file {str(path)!r} must hold a JSON object")
    return spec


def available_languages() -> list[str]:
    """Languages that have event patterns (bundled plus ``TOOLKIT_PATTERNS``).

    Returns
    -------
    list of str
        Sorted ISO 639-1 codes.
    """
    return sorted(pattern_files())


def readable_languages() -> list[str]:
    """Languages whose articles events are read from: those with patterns
    (:func:`available_languages`) and those read with another's (:func:`read_as`).

    Returns
    -------
    list of str
        Sorted ISO 639-1 codes.
    """
    own = set(pattern_files())
    return sorted(own | {lang for lang, reader in read_as().items() if reader in own})


def load_patterns(language: str) -> Patterns:
    """Load and compile the event patterns of one language.

    A file in a ``TOOLKIT_PATTERNS`` folder replaces the bundled file of its
    language, or, when it holds ``"extends": true``, adds to it: its lists
    (``triggers``, ``dates``, ...) are appended, its mappings
    (``count_nouns``, ``targets``, ...) update the bundled ones, its other
    values replace them, and its triggers' keywords join the pre-filter.
    Trigger types must be in the event-type registry
    (:mod:`toolkit.events.registry`).

    The result is cached; the cache is keyed by the modification times of
    the pattern files, the registry files and the language's data files,
    so an edited file is compiled again on next use.

    Parameters
    ----------
    language : str
        ISO 639-1 code, e.g. ``"en"``.

    Returns
    -------
    Patterns

    Raises
    ------
    KeyError
        When no ``<language>.json`` pattern file exists; the message lists
        the languages that do.
    ValueError
        When a file is not valid JSON, or names an event type the registry
        lacks (the message names the file).
    """
    sources = _pattern_sources()
    if language not in sources and language in read_as():
        language = read_as()[language]
    if not sources.get(language) or _extends(sources[language][0],
                                             file_stamp([sources[language][0]])):
        raise KeyError(f"no event patterns for language {language!r}; "
                       f"available: {available_languages()}")
    paths = tuple(sources[language])
    lang_files = [languages.LANG_DIR / language / kind for kind in _LANG_KINDS]
    return _compiled(language, paths, file_stamp([*paths, *lang_files, *registry_files()]))


def _merged_spec(paths: tuple[Path, ...]) -> dict[str, Any]:
    spec = _read_spec(paths[0])
    for path in paths[1:]:
        for key, value in _read_spec(path).items():
            if key == "extends":
                continue
            if key == "trigger_keywords":
                spec[key] = f"(?:{spec.get(key, '')})|(?:{value})"
            elif isinstance(value, list):
                spec[key] = [*spec.get(key, []), *value]
            elif isinstance(value, dict):
                spec[key] = {**spec.get(key, {}), **value}
            else:
                spec[key] = value
            if key == "triggers":
                words = [re.escape(k.casefold()) for t in value for k in t.get("keywords") or [""]]
                spec["trigger_keywords"] = f"(?:{spec.get('trigger_keywords', '')})|" + \
                    "|".join(words)
    return spec


def _check_types(spec: dict[str, Any], paths: tuple[Path, ...]) -> dict[str, EventType]:
    types = event_types()
    used = {t["type"] for t in spec["triggers"]}
    unknown = sorted(used - set(types))
    if unknown:
        raise ValueError(f"pattern files {[str(p) for p in paths]}: trigger types {unknown} are "
                         f"not in the event-type registry (known: {sorted(types)})")
    nouns = sorted({types[t].count_nouns for t in used if types[t].count_nouns}
                   - set(spec["count_nouns"]))
    if nouns:
        raise ValueError(f"pattern files {[str(p) for p in paths]}: the registry's count noun "
                         f"classes {nouns} have no entry in count_nouns")
    return types


def _weekday_names(language: str) -> dict[str, int]:
    shortest = int(languages.table(language, "writing").get("shortest_weekday_name",
                                                            _MIN_WEEKDAY_LETTERS))
    return {name: number for name, number in languages.weekday_names(language).items()
            if len(name.rstrip(".")) >= shortest}


@functools.lru_cache(maxsize=64)
def _compiled(language: str, paths: tuple[Path, ...], stamp: tuple) -> Patterns:  # noqa: ARG001
    spec = _merged_spec(paths)
    types = _check_types(spec, paths)
    months = languages.month_names(language)
    weekdays = _weekday_names(language)
    # number words are digits by the time the patterns run (toolkit.events.numbers)
    number_alt = spec["number_digits"] + (
        "|" + _alternation(spec["number_words"]) if spec.get("number_words") else "")
    eras = {k: int(v) for k, v in languages.table(language, "eras").items()}
    subs = {"MONTH": _alternation(months), "WEEKDAY": _alternation(weekdays),
            "NUMBER": number_alt, "ERA": _alternation(eras) if eras else _NEVER}
    month_word = _compile(r"\b(?:" + subs["MONTH"] + r")\b", subs)
    weekday_word = _compile(r"\b(?:" + subs["WEEKDAY"] + r")\b", subs)
    count_nouns = {k: _compile(v, subs) for k, v in spec["count_nouns"].items()}
    numeric_dates = _numeric_dates(language)
    return Patterns(
        language=language,
        months=months,
        weekdays=weekdays,
        number_words={k.casefold(): v for k, v in spec.get("number_words", {}).items()},
        dates=[_date_pattern(d, subs) for d in spec.get("dates", [])] + numeric_dates,
        month_word=month_word,
        weekday_word=weekday_word,
        relative=[(_compile(d["regex"], subs), d["resolve"], _keywords(d))
                  for d in spec.get("relative_dates", [])],
        triggers=[(_compile(t["regex"], subs), t["type"], t["form"], _keywords(t))
                  for t in spec["triggers"] if "regex" in t],
        lemma_triggers=compile_lemma_triggers(
            (t for t in spec["triggers"] if "lemmas" in t),
            languages.words(language, "separable_particles"),
            spec.get("infinitive_infix", "")),
        count_nouns=count_nouns,
        count_after={k: _count_after(v, int(spec.get("count_gap_words", 3)))
                     for k, v in count_nouns.items()},
        people_noun=re.compile(r"\b(?:" + count_nouns["people"].pattern + r")\b"
                               if "people" in count_nouns else _NEVER, re.IGNORECASE | re.UNICODE),
        number=_compile(r"(?<![\w.,])(?P<num>" + number_alt + r")", subs),
        qualifiers=[(k, _compile(v, subs)) for k, v in spec.get("qualifiers", {}).items()],
        modality=[(k, _compile(v, subs)) for k, v in spec.get("modality", {}).items()],
        modality_after=[(k, _compile(v, subs))
                        for k, v in spec.get("modality_after", {}).items()],
        count_patterns=[(_compile(c["regex"], subs), bool(c.get("explicit")),
                         bool(c.get("own_event"))) for c in spec.get("count_patterns", [])],
        targets=[(k, _compile(v, subs)) for k, v in spec.get("targets", {}).items()],
        trigger_keywords=_trigger_prefilter(spec),
        date_keywords=_date_keywords(spec, month_word, weekday_word, bool(numeric_dates)),
        offset_before_anchor=tuple(w.casefold() for w in spec.get("offset_before_anchor", [])),
        summed_count_nouns=frozenset(spec.get("summed_count_nouns", [])),
        coordinated_count_nouns=frozenset(spec.get("coordinated_count_nouns", [])),
        capitalised_names=bool(spec.get("capitalised_names", False)),
        **_language_words(language),
        # a key a language does not need may be left out: it never matches
        rx={key: _compile(spec.get(key) or _NEVER, subs) for key in _REGEX_KEYS},
        types=types,
        source=", ".join(p.name for p in paths),
        eras=eras,
    )


def _stem(word: str) -> str:
    """A prefix most inflected forms of ``word`` share ("разговор" -> "разго")."""
    return word[:max(3, min(5, len(word) - 2))]


def _trigger_prefilter(spec: Mapping[str, Any]) -> re.Pattern:
    """The file's ``trigger_keywords``, plus stems of the lemma triggers it misses: a
    lemma trigger whose words (or its ``near`` cues) the keywords do not cover
    ("провести ... разговор") would never be looked for."""
    given = spec["trigger_keywords"].casefold()
    regex = re.compile(given)
    extra: set[str] = set()
    for item in spec["triggers"]:
        lemmas = [lem.casefold() for lem in item.get("lemmas", [])]
        if not lemmas or all(regex.search(lem) for lem in lemmas):
            continue
        near = [n.casefold().lstrip("*") for n in item.get("near", [])]
        if near and all(regex.search(n) for n in near):
            continue
        # of a phrase, its longest word: a short first word ("на свободе оказаться",
        # "уже на воле") would let every sentence with "на" or "уже" through, and name an
        # event on a timeline's line that has none (page_lines.timeline_runs)
        words = near or [max(lem.split(), key=len) for lem in lemmas]
        extra.update(_stem(w) for w in words)
    if not extra:
        return regex
    return re.compile(given + "|" + "|".join(re.escape(e) for e in sorted(extra)))


def _keywords(item: Mapping[str, Any]) -> tuple[str, ...]:
    # a trigger or relative date may list plain keywords; its (slower) regex
    # only runs when one of them occurs in the sentence
    return tuple(k.casefold() for k in item.get("keywords") or [""])


#: Shapes of all-digit dates ("13.12.2025", "2025-12-13") by order of day, month and year.
NUMERIC_DATES = RESOURCES / "events" / "numeric_dates.tsv"
# Where an all-digit date may start (the cheap pre-filter of a sentence's dates).
_NUMERIC_DATE_START = r"\d[./-]\s?\d"


@functools.lru_cache(maxsize=1)
def _numeric_shapes() -> dict[str, str]:
    rows = (line.split("\t", 1) for line in NUMERIC_DATES.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return {order.strip(): regex.strip() for order, regex in rows}


def _numeric_dates(language: str) -> list[tuple[re.Pattern, str, bool, bool]]:
    """The all-digit date shapes of the orders the language's ``writing.tsv`` names."""
    orders = languages.table(language, "writing").get("numeric_date_orders", "").split()
    shapes = _numeric_shapes()
    unknown = [o for o in orders if o not in shapes]
    if unknown:
        raise ValueError(f"{language}/writing.tsv: numeric_date_orders {unknown} not in "
                         f"{NUMERIC_DATES} (known: {sorted(shapes)})")
    return [(re.compile(shapes[o], re.UNICODE), "day", False, False) for o in orders]


def _date_pattern(item: Mapping[str, Any], subs: Mapping[str, str]
                  ) -> tuple[re.Pattern, str, bool, bool]:
    regex = item["regex"]
    needs_month = "{MONTH}" in regex and "(?:{MONTH})" not in regex.split("(?P<month>")[0]
    needs_weekday = "(?P<weekday>{WEEKDAY})" in regex
    return _compile(regex, subs), item["precision"], needs_month, needs_weekday


def _date_keywords(spec: Mapping[str, Any], month_word: re.Pattern,
                   weekday_word: re.Pattern, numeric: bool) -> re.Pattern:
    # the file's own keywords (relative-date words, years), every month and weekday name,
    # and the start of an all-digit date where the language writes them (``numeric``)
    own = spec.get("date_keywords", "").casefold()
    digits = _NUMERIC_DATE_START if numeric else ""
    parts = [p for p in (own, month_word.pattern, weekday_word.pattern, digits) if p]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE | re.UNICODE)


def _count_after(noun: re.Pattern, gap_words: int) -> re.Pattern:
    gap = "{0," + str(gap_words) + "}"
    # a gap word may stand in low or angle quotes: 37 už „ekstremizmą“ nuteistų asmenų
    return re.compile(r"(?:\s+|-)(?:[„«]?[\w’'-]+[“»”]?\s+)" + gap + r"?(?:" + noun.pattern + r")\b",
                      re.IGNORECASE | re.UNICODE)


def _language_words(language: str) -> dict[str, Any]:
    """Cue words of the language's data files, in the shapes the extractor uses."""
    agents = languages.words(language, "agent_prepositions")
    agent_before = (r"\b(?:" + _alternation(agents) + r")\s+(?:\w+\s+){0,3}?$") if agents \
        else r"(?!)"
    return {
        "modal_auxiliaries": frozenset(w.casefold()
                                       for w in languages.words(language, "modal_auxiliaries")),
        "agent_before": re.compile(agent_before, re.IGNORECASE | re.UNICODE),
        "time_units": {k.casefold(): int(v)
                       for k, v in languages.table(language, "time_units").items()},
        "indefinite": frozenset(w.casefold()
                                for w in languages.words(language, "indefinite_articles")),
        "separable_particles": frozenset(w.lower() for w in
                                         languages.words(language, "separable_particles")),
        "coordinators": frozenset(w.lower() for w in languages.words(language, "coordinators")),
        "clause_conjunctions": frozenset(w.casefold() for w in
                                         languages.words(language, "clause_conjunctions")),
        "others_words": frozenset(w.casefold() for w in languages.words(language, "others_words")),
        "others_joiners": {k.casefold(): v for k, v in
                           languages.table(language, "others_joiners").items()},
        "verb_final": languages.table(language, "writing").get("verb_position") == "final",
        "verb_second": languages.table(language, "writing").get("verb_position") == "second",
        "speech_apart": languages.table(language, "dating").get("speech_date") == "apart",
        "day_words": {k.casefold(): int(v)
                      for k, v in languages.table(language, "day_ordinals").items()},
    }
