"""Literal pre-filters: skip a regular expression where it cannot match.

Most patterns of a pattern file need one of a few plain strings ("since",
"among", the month names): every match contains one of them. Reading those
strings from the compiled pattern (its parse tree: a run of literal
characters, an alternation of such runs, a group repeated at least once) and
looking for them with ``str.find`` is much cheaper than running Python's
regular expression engine over the text, which has no fast scan for an
alternation of words under ``IGNORECASE``. A text without any of the strings
gets ``None`` (no match), as the pattern would give; a text with one of them
is searched by the pattern, so results never change.

Strings and text are compared in the engine's ``IGNORECASE`` classes
(:func:`fold`: simple lower case, with the few extra equivalences the engine
knows, such as "ſ" and "s"), so the filter holds for patterns with or
without ``IGNORECASE``. A pattern with no such strings (or very many) is
always run. Where this Python's ``re`` internals differ from the ones read
here, nothing is filtered.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import ahocorasick

__all__ = ["StringFinder", "exists", "finditer", "fold", "literals", "search"]

try:  # the parser and case table of Python 3.11+'s re package
    from re import _casefix, _constants, _parser
except ImportError:  # pragma: no cover - another Python: no filtering
    _casefix = _constants = _parser = None

# An alternation of this many branches or more is searched branch by branch where
# strings tell which may match (the not_events alternations of the pattern files).
_MIN_BRANCHES = 8
# More strings than this are looked for one by one slower than the pattern runs (the
# grown not_events alternations of a language have 50 to 80; measured on benchmarks/events.py).
_MAX_LITERALS = 100

_REPRESENTATIVE: dict[int, str] = {}
if _casefix is not None:
    for _low, _extras in _casefix._EXTRA_CASES.items():
        _group = {_low, *_extras}
        for _c in _group:
            if _c != min(_group):
                _REPRESENTATIVE[_c] = chr(min(_group))
# The engine lower-cases "İ" to "i" (its simple mapping); str.lower gives two characters.
_SIMPLE_LOWER = {0x130: "i"}
# The characters folded to another member of their class (rare ones: "ſ", "ᲀ", "ϐ"; and "ı", "σ")
_OTHER_MEMBERS = re.compile("[" + "".join(re.escape(chr(c)) for c in _REPRESENTATIVE) + "]"
                            if _REPRESENTATIVE else "(?!)")


def fold(text: str) -> str:
    """``text`` with each character replaced by its ``IGNORECASE`` class (same length).

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        Two characters the engine matches to each other under ``IGNORECASE``
        fold to the same character.
    """
    if text.isascii():
        return text.lower()
    if "\u0130" in text:
        text = text.translate(_SIMPLE_LOWER)
    lowered = text.lower()  # the same length: only "İ" lower-cases to two characters
    if _OTHER_MEMBERS.search(lowered) is None:
        return lowered  # the common case: translating character by character is slow
    return lowered.translate(_REPRESENTATIVE)


def _sequence(items: list) -> frozenset[str] | None:
    """Strings one of which a match of the item sequence contains (None: no such set)."""
    candidates: list[frozenset[str] | None] = []
    run: list[str] = []
    for op, av in items:
        if op is _constants.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        candidates.append(_compound(op, av, _sequence))
    if run:
        candidates.append(frozenset(["".join(run)]))
    best: frozenset[str] | None = None
    for cand in candidates:
        if not cand:
            continue
        if best is None or (min(map(len, cand)), -len(cand)) > (min(map(len, best)), -len(best)):
            best = cand
    return best


def _compound(op: object, av: object, inner: Callable[[list], frozenset[str] | None]
              ) -> frozenset[str] | None:
    """``inner`` of a group, an alternation (the union over its branches) or a
    repeat taken at least once; None for any other item or when a branch gives None."""
    c = _constants
    if op is c.SUBPATTERN:
        return inner(list(av[-1]))
    if op is getattr(c, "ATOMIC_GROUP", None):
        return inner(list(av))
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            found = inner(list(branch))
            if found is None:
                return None
            out |= found
        return frozenset(out)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _, body = av
        return inner(list(body)) if low >= 1 else None
    return None  # a class, a boundary, a look-around, a back-reference: no string


def _zero_width(op: object, av: Any) -> bool:
    """Whether the item only ever matches the empty string: a boundary, a look-around, or
    a group or alternation of nothing else ("(?:(?<=\\bdemand\\s)|(?<=,\\s))")."""
    c = _constants
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return True
    if op is c.SUBPATTERN:
        return all(_zero_width(o, a) for o, a in av[-1])
    if op is c.BRANCH:
        return all(_zero_width(o, a) for branch in av[1] for o, a in branch)
    return False


def _starts(items: list) -> frozenset[str] | None:
    """Strings one of which every match of the item sequence starts with (None: unknown)."""
    c = _constants
    for index, (op, av) in enumerate(items):
        if _zero_width(op, av):
            continue  # zero width: "\\b", look-arounds, a group of look-behinds
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) \
                and av[0] == 0:
            # an item that may be left out ("(?:sanctions?\\s+)?waivers?"): a match starts
            # with the item's strings, or where it is left out with the strings of the
            # items after it (the item's strings are never empty: taken, it is not either)
            taken, left_out = _starts(list(av[2])), _starts(items[index + 1:])
            return None if taken is None or left_out is None else taken | left_out
        if op is not c.LITERAL:
            return _compound(op, av, _starts)
        run = []
        for op2, av2 in items[index:]:
            if op2 is not c.LITERAL:
                break
            run.append(chr(av2))
        return frozenset(["".join(run)])
    return None


def _strings(pattern: re.Pattern) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(strings a match contains, strings a match starts with), folded; None: none known."""
    if _parser is None or not isinstance(pattern.pattern, str):
        return None, None
    try:
        items = list(_parser.parse(pattern.pattern, pattern.flags))
        found, starts = _sequence(items), _starts(items)
    except Exception:  # noqa: BLE001 - a pattern this reader does not follow: no filter
        return None, None
    if not found or len(found) > _MAX_LITERALS:
        found = None
    if not starts or len(starts) > _MAX_LITERALS or not all(starts):
        starts = None
    return (None if found is None else frozenset(fold(x) for x in found),
            None if starts is None else frozenset(fold(x) for x in starts))


def literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Folded strings one of which every match of ``pattern`` contains, or None.

    Parameters
    ----------
    pattern : re.Pattern

    Returns
    -------
    frozenset of str or None
        None when the pattern needs no such string, or too many of them.

    Examples
    --------
    >>> sorted(literals(re.compile(r"\\bsince\\s+(?:July|June)", re.IGNORECASE)))
    ['since']
    """
    return _strings(pattern)[0]


def _alternation(strings: frozenset[str]) -> str:
    return "|".join(re.escape(x) for x in sorted(strings, key=len, reverse=True))


def _top_branches(source: str) -> list[str]:
    """The alternatives of a pattern's source at its top level (one when it has none)."""
    parts: list[str] = []
    cur: list[str] = []
    depth, i, in_class = 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            cur.append(source[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            cur.append(c)
            i += 1
            for lead in ("^", "]"):  # "[]...]" and "[^]...]": a first "]" is a character
                if source[i:i + 1] == lead:
                    cur.append(lead)
                    i += 1
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(c)
        i += 1
    parts.append("".join(cur))
    return parts


class StringFinder:
    """Which of many plain strings stand in a text, found in one pass (an Aho-Corasick
    automaton, ``pyahocorasick``), each with the value it was given.

    Looking for a hundred strings one by one with ``in`` reads the text a hundred
    times; the automaton reads it once and finds overlapping strings too. As with
    ``in``, the empty string stands in every text (:meth:`found`; it has no place).

    Parameters
    ----------
    strings : mapping of str to any, or iterable of str
        The strings, with the value each stands for (a string stands for itself when
        an iterable is given).

    Examples
    --------
    >>> sorted(StringFinder(["free", "freed", "eed"]).found("they were freed"))
    ['eed', 'free', 'freed']
    """

    __slots__ = ("_automaton", "_everywhere")

    def __init__(self, strings: Mapping[str, Any] | Iterable[str]) -> None:
        pairs = strings.items() if isinstance(strings, Mapping) else ((s, s) for s in strings)
        automaton = ahocorasick.Automaton()
        self._everywhere: set[Any] = set()
        for string, value in pairs:
            if string:
                automaton.add_word(string, value)
            else:
                self._everywhere.add(value)
        self._automaton = None
        if len(automaton):
            automaton.make_automaton()
            self._automaton = automaton

    def places(self, text: str) -> Iterator[tuple[int, Any]]:
        """``(end, value)`` of each string (but the empty one) standing in ``text``: the
        index of its last character, and the value it was given."""
        if self._automaton is None:
            return iter(())
        return self._automaton.iter(text)

    def found(self, text: str) -> set[Any]:
        """The values of the strings standing in ``text``, the empty string's too."""
        return {value for _, value in self.places(text)} | self._everywhere


class _Branches:
    """A long alternation cut into its top-level branches, each with the strings one of
    which its match contains: a search runs only the branches whose strings stand in
    the searched stretch (in their order, so the match is the one the whole pattern
    gives: a branch left out cannot match there)."""

    __slots__ = ("always", "branches", "by_string", "compiled", "finder", "flags", "gates")

    def __init__(self, pattern: re.Pattern, branches: list[str]) -> None:
        self.branches, self.flags = branches, pattern.flags
        self.compiled = [re.compile(branch, pattern.flags) for branch in branches]
        self.always: list[int] = []
        self.by_string: dict[str, list[int]] = {}
        for index, compiled in enumerate(self.compiled):
            found = _strings(compiled)[0]
            if found is None or "" in found:  # the empty string stands everywhere
                self.always.append(index)
                continue
            for string in found or ():
                self.by_string.setdefault(string, []).append(index)
        self.finder = StringFinder(self.by_string)
        # each branch searched through its own gate: a branch whose match starts with
        # one of a few strings is tried only where they stand
        self.gates = [_Gate(compiled) for compiled in self.compiled]

    def search(self, text: str, folded: str, pos: int, endpos: int) -> re.Match | None:
        window = folded[max(pos, 0):max(endpos, 0)]  # the engine reads a negative one as 0
        chosen = set(self.always)
        for _, indices in self.finder.places(window):
            chosen.update(indices)
        # The alternation's match is the leftmost one any branch finds, and of those
        # starting there the first branch's: each chosen branch searches on its own
        # (compiling each set of chosen branches as one pattern cost more than the
        # searches; a corpus meets thousands of such sets).
        best = None
        for index in sorted(chosen):
            m = _search(self.gates[index], text, pos, endpos, folded)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
                if m.start() == pos:
                    break  # no later branch can start before it
        return best

    def exists(self, text: str, folded: str, pos: int, endpos: int) -> bool:
        """Whether :meth:`search` finds a match: the first chosen branch that matches
        anywhere answers (the alternation matches where one of its branches does)."""
        window = folded[max(pos, 0):max(endpos, 0)]
        chosen = set(self.always)
        for _, indices in self.finder.places(window):
            chosen.update(indices)
        return any(_search(self.gates[index], text, pos, endpos, folded) is not None
                   for index in sorted(chosen))


def _branches(pattern: re.Pattern) -> _Branches | None:
    """The branches of a long alternation without capturing groups or verbose or inline
    global flags (whose meaning a cut would change), else None."""
    if _parser is None or pattern.groups or pattern.flags & re.VERBOSE or \
            not isinstance(pattern.pattern, str) or re.match(r"\(\?[aiLmsux]+\)", pattern.pattern):
        return None
    parts = _top_branches(pattern.pattern)
    if len(parts) < _MIN_BRANCHES:
        return None
    try:
        return _Branches(pattern, parts)
    except re.error:  # a branch that does not stand alone (a reference to another's group)
        return None


class _Gate:
    """The strings of one pattern as case-sensitive patterns on folded text (which the
    engine scans fast): ``anywhere`` finds one, ``starts`` a place a match may start;
    ``branches`` the branches of a long alternation that may match (:class:`_Branches`)."""

    __slots__ = ("anywhere", "branches", "pattern", "starts")

    def __init__(self, pattern: re.Pattern) -> None:
        found, starts = _strings(pattern)
        self.pattern = pattern
        self.starts = None if starts is None else re.compile(_alternation(starts))
        # where a match starts with other strings than the ones it must hold ("urged ...
        # not to lift"), the latter are looked for first: most texts hold neither
        self.anywhere = None if found is None or found == starts else \
            re.compile(_alternation(found))
        self.branches = _branches(pattern) if starts is None else None


# compiled pattern id -> its gate; the gate keeps the pattern, so the id stays its own
_GATES: dict[int, _Gate] = {}
# the last two texts folded, with their folds (a sentence is searched many times in a row)
_recent: tuple[str, str, str, str] = ("", "", "", "")
# After this many places a match may start, the pattern searches on from there itself.
_MAX_TRIES = 6


def _gate(pattern: re.Pattern) -> _Gate:
    """The gate of ``pattern`` (:func:`search`, :func:`exists` and :func:`finditer` look
    it up the same way themselves: a call less on every search)."""
    gate = _GATES.get(id(pattern))
    if gate is None or gate.pattern is not pattern:
        gate = _new_gate(pattern)
    return gate


def _new_gate(pattern: re.Pattern) -> _Gate:
    """A new gate for ``pattern``, kept under its id."""
    if len(_GATES) > 4096:
        _GATES.clear()
    gate = _GATES[id(pattern)] = _Gate(pattern)
    return gate


def _folded(text: str) -> str:
    global _recent
    recent = _recent
    if recent[0] is text:
        return recent[1]
    if recent[2] is text:
        return recent[3]
    folded = fold(text)
    _recent = (text, folded, recent[0], recent[1])
    return folded


def _search(gate: _Gate, text: str, pos: int, endpos: int, folded: str | None = None
            ) -> re.Match | None:
    # the hot path of every pre-filtered search: each attribute read once, the fold of
    # ``text`` looked up once (an empty text's fold is itself)
    anywhere, starts = gate.anywhere, gate.starts
    if anywhere is not None:
        if not folded:
            folded = _folded(text)
        if anywhere.search(folded, pos, endpos) is None:
            return None  # none of the strings stands between pos and endpos
    if starts is not None:
        # a match starts with one of the strings: try the pattern only there (the
        # leftmost place that matches is what a search finds)
        if not folded:
            folded = _folded(text)
        match, starts = gate.pattern.match, starts.search
        for _ in range(_MAX_TRIES):
            place = starts(folded, pos, endpos)
            if place is None:
                return None
            pos = place.start()
            m = match(text, pos, endpos)
            if m is not None:
                return m
            pos += 1  # the next place a string starts (strings may overlap)
        return gate.pattern.search(text, pos, endpos)
    if gate.branches is not None:
        return gate.branches.search(text, folded or _folded(text), pos, endpos)
    return gate.pattern.search(text, pos, endpos)


def search(pattern: re.Pattern, text: str, pos: int = 0, endpos: int = sys.maxsize, *,
           folded: str | None = None) -> re.Match | None:
    """``pattern.search(text, pos, endpos)``, skipped where it cannot match.

    The match's ``pos`` attribute may be the place the pattern was tried, not ``pos``.

    Parameters
    ----------
    pattern : re.Pattern
    text : str
    pos, endpos : int
        As for :meth:`re.Pattern.search`.
    folded : str, optional
        ``fold(text)``, when the caller keeps it (a text searched between many others).

    Returns
    -------
    re.Match or None
    """
    gate = _GATES.get(id(pattern))
    if gate is None or gate.pattern is not pattern:
        gate = _new_gate(pattern)
    return _search(gate, text, pos, endpos, folded)


def exists(pattern: re.Pattern, text: str, pos: int = 0, endpos: int = sys.maxsize, *,
           folded: str | None = None) -> bool:
    """Whether ``pattern.search(text, pos, endpos)`` finds a match (:func:`search`, but
    a long alternation stops at the first branch that matches, leftmost or not).

    Parameters
    ----------
    pattern : re.Pattern
    text : str
    pos, endpos : int
        As for :meth:`re.Pattern.search`.
    folded : str, optional
        ``fold(text)``, when the caller keeps it.

    Returns
    -------
    bool
    """
    gate = _GATES.get(id(pattern))
    if gate is None or gate.pattern is not pattern:
        gate = _new_gate(pattern)
    if gate.branches is None or gate.starts is not None:
        return _search(gate, text, pos, endpos, folded) is not None
    if not folded:
        folded = _folded(text)
    if gate.anywhere is not None and gate.anywhere.search(folded, pos, endpos) is None:
        return False
    return gate.branches.exists(text, folded, pos, endpos)


def finditer(pattern: re.Pattern, text: str, pos: int = 0, endpos: int = sys.maxsize
             ) -> Iterator[re.Match]:
    """``pattern.finditer(text, pos, endpos)``, skipped where it cannot match.

    Parameters
    ----------
    pattern : re.Pattern
    text : str
    pos, endpos : int
        As for :meth:`re.Pattern.finditer`.

    Returns
    -------
    iterator of re.Match
    """
    gate = _GATES.get(id(pattern))
    if gate is None or gate.pattern is not pattern:
        gate = _new_gate(pattern)
    if gate.starts is None:
        if gate.anywhere is not None and gate.anywhere.search(_folded(text), pos, endpos) is None:
            return iter(())
        return pattern.finditer(text, pos, endpos)
    return _matches(gate, text, pos, endpos)


def _matches(gate: _Gate, text: str, pos: int, endpos: int) -> Iterator[re.Match]:
    # a match holds one string at least, so it is never empty: each search after a match
    # starts where the match ended, as finditer's do
    folded = _folded(text)
    while True:
        m = _search(gate, text, pos, endpos, folded)
        if m is None:
            return
        yield m
        pos = m.end()
