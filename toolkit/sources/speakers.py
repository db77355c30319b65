"""Speakers: where the speaker phrase of a reporting verb stands, whom it names, what kind it is.

Two ways of reading a sentence, chosen per language by its
``attribution_grammar.tsv``:

- ``speaker_first`` (:func:`speaker_first_hits`): the speaker stands before
  the verb ("Coale also said", "John Coale, the U.S. envoy, said"), after it
  only once a quotation ends ("“...,” said Belta");
- ``verb_first`` (:func:`verb_first_hits`): the speaker follows the verb
  ("сообщила пресс-служба", "как заявил журналистам Джон Коул"), else
  stands before it.

A hit is ``(start, end, cue, apposition, end of the cue or -1)``: the span of
the speaker phrase, the cue as written, the words that describe the speaker,
and where the reported statement starts (-1: it stands before the speaker).
Every word these functions look for comes from :mod:`toolkit.sources.cues`.
"""

from __future__ import annotations

import re
from typing import Any

from toolkit.gazetteer import load_gazetteer
from toolkit.schema import SPEAKER_TYPES
from toolkit.sources.cues import NAME_TOKEN, TOKEN, Grammar, Lexicon

__all__ = [
    "Hit",
    "classify",
    "default_lookup",
    "name_part",
    "speaker_first_hits",
    "unpossessive",
    "verb_first_hits",
    "with_case_endings",
]

#: (start, end, cue, apposition, end of the cue or -1)
Hit = tuple[int, int, str, str, int]


def default_lookup() -> Any:
    """Name lookup from the gazetteer (same spellings, same fuzzy rules as events).

    Returns
    -------
    callable
        ``name -> (canonical, role, country, kind)``, or None for an unknown name.
    """
    gazetteer = load_gazetteer()

    def lookup(name: str) -> tuple[str, str | None, str | None, str | None] | None:
        canonical, entry = gazetteer.normalize(name)
        if entry is None:
            return None
        return canonical, entry.role, entry.country or None, entry.kind

    return lookup


def with_case_endings(lookup: Any, endings: tuple[str, ...]) -> Any:
    """Wrap a name lookup so inflected names also resolve ("Джоном Коулом" -> "Джон Коул").

    ``endings`` (longest first) are stripped from every word long enough to
    keep three letters; names that end in none of them are looked up as
    written only.

    Parameters
    ----------
    lookup : callable
        ``name -> entry | None``.
    endings : tuple of str
        Case endings (``case_endings.txt``), longest first.

    Returns
    -------
    callable
        A lookup with the same signature.
    """
    if not endings:
        return lookup

    def wrapped(name: str) -> Any:
        found = lookup(name)
        if found is not None:
            return found
        words = name.split()
        for ending in endings:
            stems = [w[: -len(ending)] if w.endswith(ending) and len(w) > len(ending) + 2 else w for w in words]
            if stems != words:
                found = lookup(" ".join(stems))
                if found is not None:
                    return found
        return None

    return wrapped


def _is_phrase_word(word: str, lex: Lexicon) -> bool:
    return bool(NAME_TOKEN.match(word)) or word.lower().rstrip("’'s") in lex.speaker_words or word in lex.speaker_words


def _skip_adverbs(frame: str, tokens: list[re.Match[str]], end: int, lex: Lexicon) -> bool:
    """Drop the adverbs between a speaker and the verb ("Coale also said"); False when other words stand there."""
    while tokens and tokens[-1].group(0) in lex.adverbs:
        between = frame[tokens[-1].end() : end]
        if between.strip(" ") and not all(w in lex.adverbs for w in between.split()):
            return False
        tokens.pop()
    return True


def _speaker_before(frame: str, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """Span of the speaker phrase that ends just before ``end`` in ``frame``."""
    tokens = list(TOKEN.finditer(frame, 0, end))
    if not _skip_adverbs(frame, tokens, end, lex) or not tokens:
        return None
    last = tokens[-1]
    gap = frame[last.end() : end].split()
    if gap and not all(w in lex.adverbs for w in gap):
        return None
    if last.group(0) in lex.pronouns:
        return last.start(), last.end()
    start_tok = None
    has_name_or_head = False
    for tok in reversed(tokens):
        word = tok.group(0)
        if frame[tok.end() : (start_tok.start() if start_tok else last.end())].strip(" ’'"):
            break
        if not _is_phrase_word(word, lex):
            break
        if word[0].isupper() and word not in lex.speaker_words:
            has_name_or_head = True
        elif word in lex.speaker_words and word not in lex.function_words:
            has_name_or_head = True
        start_tok = tok
    if start_tok is None or not has_name_or_head:
        return None
    # a phrase never starts with a connective, never ends with a function word
    phrase = [t for t in tokens if t.start() >= start_tok.start()]
    while phrase and phrase[0].group(0) in lex.connectives:
        phrase.pop(0)
    while phrase and phrase[-1].group(0) in lex.function_words:
        phrase.pop()
    return (phrase[0].start(), phrase[-1].end()) if phrase else None


def _speaker_after(frame: str, start: int, lex: Lexicon) -> tuple[int, int] | None:
    """Span of the speaker phrase that starts at ``start`` (after an inverted verb)."""
    first = last = None
    for tok in TOKEN.finditer(frame, start):
        word = tok.group(0)
        if frame[(last.end() if last else start) : tok.start()].strip(" ’'"):
            break
        if not (NAME_TOKEN.match(word) or word.lower().rstrip(".") in lex.speaker_words):
            break
        first = first or tok
        last = tok
        if word.endswith(".") and word not in lex.name_abbreviations:
            break  # the sentence ends here
    if first is None or last is None:
        return None
    full_stop = frame[last.end() - 1] == "." and last.group(0) not in lex.name_abbreviations
    words = list(TOKEN.finditer(frame, first.start(), last.end() - (1 if full_stop else 0)))
    while words and words[-1].group(0).lower().rstrip(".") in lex.function_words:
        words.pop()
    return (first.start(), words[-1].end()) if words else None


def _cue(frame: str, vm: re.Match[str], grammar: Grammar) -> tuple[str, int]:
    """The cue as recorded (verb, addressee, where it was said) and where it ends."""
    cue, end = vm.group(0), vm.end()
    if grammar.recipient is not None and cue in grammar.recipient_verbs:
        obj = grammar.recipient.match(frame, end)
        if obj:
            cue, end = f"{cue} {obj.group('to').strip()}", obj.end()
    if grammar.tail is not None:
        tail = grammar.tail.match(frame, end)
        if tail:
            cue, end = f"{cue} {tail.group('tail')}", tail.end()
    return " ".join(cue.split()), end


def _closing_marks(lex: Lexicon) -> tuple[str, ...]:
    return (",", *dict.fromkeys(close for _, close in lex.quotes))


def speaker_first_hits(frame: str, grammar: Grammar, lex: Lexicon) -> list[Hit]:
    """Speaker spans in one sentence where the speaker usually precedes the verb.

    Parameters
    ----------
    frame : str
        The sentence with its quotations blanked.
    grammar : Grammar
        The language's cues.
    lex : Lexicon
        The words of every language.

    Returns
    -------
    list of Hit
    """
    hits: list[Hit] = []
    for vm in grammar.verb.finditer(frame):
        span = _speaker_before(frame, vm.start(), lex)
        cue, vend = _cue(frame, vm, grammar)
        extra = ""
        if span is None:
            # "John Coale, the U.S. special envoy, said" / "Officials who spoke on condition of anonymity said"
            m = lex.apposition_before.search(frame, 0, vm.start())
            inner = _speaker_before(frame, m.end("head"), lex) if m else None
            if m and inner is not None:
                span, extra = inner, m.group("extra")
        if span is None and hits and lex.conjunction is not None and lex.conjunction.search(frame[: vm.start()]):
            # "X welcomed the releases and called on ...": the second verb shares the subject
            span, extra = (hits[-1][0], hits[-1][1]), hits[-1][3]
        if span is None and frame[: vm.start()].rstrip().endswith(_closing_marks(lex)):
            # inverted: “...,” said Belta / , said the ministry
            span = _speaker_after(frame, vm.end() + 1, lex)
            if span is not None:
                m = lex.apposition_after.match(frame, span[1])
                extra, vend = (m.group("extra") if m else ""), -1
        if span is not None:
            hits.append((span[0], span[1], cue, extra, vend))
    if grammar.according is not None:
        for am in grammar.according.finditer(frame):
            span = _speaker_after(frame, am.end(), lex)
            if span is not None:
                m = lex.apposition_after.match(frame, span[1])
                label = grammar.according_labels.get(" ".join(am.group("cue").split()), am.group("cue"))
                hits.append((span[0], span[1], label, m.group("extra") if m else "", -1))
    return hits


def _strip_marks(text: str, lex: Lexicon) -> str:
    return text.strip().strip("".join(m for pair in lex.quotes for m in pair))


def _phrase_after(frame: str, pos: int, lex: Lexicon) -> tuple[int, int] | None:
    """Capitalised or speaker words right after ``pos`` ("пресс-служба главы государства")."""
    first = last = None
    for tok in TOKEN.finditer(frame, pos):
        if _strip_marks(frame[(last.end() if last else pos) : tok.start()], lex):
            break
        word = tok.group(0)
        if not (word[0].isupper() or word in lex.speaker_words):
            break
        first = first or tok
        last = tok
    if first is None or last is None or not _has_head(frame, first.start(), last.end(), lex):
        return None
    return first.start(), last.end()


def _has_head(frame: str, start: int, end: int, lex: Lexicon) -> bool:
    """A phrase names someone: a speaker word that is no function word, or a capitalised word that
    is no name exclusion ("vor Journalisten") and not right after an article (in a language that
    capitalises nouns, "die Freilassung" is an object)."""
    previous = ""
    for tok in TOKEN.finditer(frame, start, end):
        word = tok.group(0)
        if word in lex.speaker_words:
            if word not in lex.function_words:
                return True
        elif word[0].isupper() and word not in lex.name_exclusions and not (previous and previous in lex.articles):
            return True
        previous = word
    return False


def _phrase_before(frame: str, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """Capitalised or speaker words right before ``end``, over adverbs between."""
    tokens = list(TOKEN.finditer(frame, 0, end))
    while tokens and tokens[-1].group(0) in lex.adverbs:
        tokens.pop()
    first = last = None
    for tok in reversed(tokens):
        gap = _strip_marks(frame[tok.end() : (first.start() if first else end)], lex)
        if gap.strip() and not all(w in lex.adverbs for w in gap.split()):
            break
        word = tok.group(0)
        if not (word[0].isupper() or word in lex.speaker_words):
            break
        last = last or tok
        first = tok
    if first is None or last is None or not _has_head(frame, first.start(), last.end(), lex):
        return None
    phrase_end = last.end()
    phrase = frame[first.start() : phrase_end]
    for opening, closing in lex.quotes:
        if opening != closing and phrase.count(opening) > phrase.count(closing) and frame[phrase_end : phrase_end + 1] == closing:
            phrase_end += 1  # Правозащитный центр «Вясна»
    return first.start(), phrase_end


def verb_first_hits(frame: str, grammar: Grammar, lex: Lexicon) -> list[Hit]:
    """Speaker spans in one sentence where the speaker usually follows the verb.

    Parameters and result as :func:`speaker_first_hits`.
    """
    hits: list[Hit] = []
    for vm in grammar.verb.finditer(frame):
        cue, cue_end = _cue(frame, vm, grammar)
        # inverted order is the common one: "сообщила пресс-служба", "как заявил журналистам Джон Коул"
        span = _phrase_after(frame, cue_end, lex)
        # "Как заявил X, ...": the statement follows the speaker; "..., сообщила X": it comes before
        opener = frame[: vm.start()].strip()
        vend = span[1] if span is not None and (not opener or opener in lex.inverted_openers) else -1
        if span is None:
            span, vend = _phrase_before(frame, vm.start(), lex), cue_end
            words = frame[span[0] : span[1]].split() if span is not None else []
            if span is not None and words and words[0] in lex.locatives:
                # "В пресс-службе отметили": the office the statement came from
                span = (frame.index(words[1], span[0]), span[1]) if len(words) > 1 else None
        if span is None and hits and lex.conjunction is not None and lex.conjunction.search(frame[: vm.start()]):
            # "X begrüßte die Freilassung und forderte ...": the second verb shares the subject
            span = (hits[-1][0], hits[-1][1])
        if span is not None:
            hits.append((span[0], span[1], cue, "", vend))
    if grammar.according is not None:
        for am in grammar.according.finditer(frame):
            span = _phrase_after(frame, am.end(), lex)
            if span is not None:
                label = grammar.according_labels.get(" ".join(am.group("cue").split()), am.group("cue"))
                hits.append((span[0], span[1], label, "", span[1] if frame[span[1] :].strip(" ,.") else -1))
    return hits


def unpossessive(word: str, suffixes: tuple[str, ...]) -> str:
    """``word`` without a possessive ending ("Lukashenko's" -> "Lukashenko").

    Parameters
    ----------
    word : str
        A word as written.
    suffixes : tuple of str
        Possessive endings, longest first.

    Returns
    -------
    str
    """
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def _name_run(words: list[str], lex: Lexicon) -> str:
    """The last run of capitalised words that are neither speaker words nor excluded."""
    marks = "".join(m for pair in lex.quotes for m in pair)
    run: list[str] = []
    for w in (w.strip(marks) for w in reversed(words)):
        if NAME_TOKEN.match(w) and w not in lex.speaker_words and w not in lex.name_exclusions:
            run.append(w)
        elif run:
            break
    return " ".join(reversed(run))


def name_part(phrase: str, lex: Lexicon, possessive: tuple[str, ...]) -> tuple[str, str]:
    """Split a speaker phrase into the speaker's name and an affiliation that only classifies them.

    "leader Sviatlana Tsikhanouskaya" -> ("Sviatlana Tsikhanouskaya", "");
    "Kiryl Marozau of Belarus Prisoner Watch" -> ("Kiryl Marozau", "Belarus Prisoner Watch");
    "a spokesperson for the State Department" -> ("", "State Department");
    "Tsikhanouskaya's adviser" -> ("", "Tsikhanouskaya"); "Lukashenko's office" -> ("Lukashenko", "");
    "the envoy to Belarus" -> ("", "") (a destination says nothing about the speaker).

    Parameters
    ----------
    phrase : str
        A speaker phrase as written.
    lex : Lexicon
        The words of every language.
    possessive : tuple of str
        Possessive endings (``possessive_suffixes.txt``), longest first.

    Returns
    -------
    tuple of str
        ``(name, affiliation)``, either may be empty.
    """
    links = "|".join(re.escape(w) for w in (*lex.affiliation, *lex.destination)) or "(?!)"
    m = re.search(rf"\s+({links})\s+", phrase)
    head, sep, tail = (phrase[: m.start()], m.group(1), phrase[m.end() :]) if m else (phrase, "", "")
    words = head.split()
    if words and words[-1].lower() in lex.person_heads.exact and any(w.endswith(possessive) for w in words[:-1]):
        # the possessor is not the speaker
        return "", _name_run([unpossessive(w, possessive) for w in words[:-1]], lex)
    name = _name_run([unpossessive(w, possessive) for w in words], lex)
    affiliation = "" if sep in lex.destination else _name_run([unpossessive(w, possessive) for w in tail.split()], lex)
    return name, affiliation


def _country(phrase: str, lex: Lexicon) -> str | None:
    return next((country for country, pattern in lex.countries if pattern.search(phrase)), None)


def classify(phrase: str, found: tuple[Any, ...] | None, lex: Lexicon) -> tuple[str, str | None]:
    """``(speaker type, country)`` of a speaker phrase, from its gazetteer entry or its words.

    Parameters
    ----------
    phrase : str
        The speaker phrase and the words that describe the speaker.
    found : tuple or None
        Gazetteer entry ``(canonical, role, country, kind)`` of the speaker
        or of whom they work for.
    lex : Lexicon
        The words of every language (``speaker_cues``, ``country_cues``).

    Returns
    -------
    tuple
        A SPEAKER_TYPES value and a country (gazetteer canonical name) or None.
    """
    if found is not None and len(found) > 3 and found[3] in {"place", "country"}:
        # a capital or country speaking ("Washington announced") is its government
        return "government", found[2]
    if found is not None and found[1]:
        role, country = found[1], found[2]
        if role == "government" and country is None:
            country = _country(phrase, lex)
        return (role if role in SPEAKER_TYPES else "other"), country
    for kind, pattern in lex.speaker_types:
        if pattern.search(phrase):
            return kind, (_country(phrase, lex) if kind == "government" else None)
    return ("unnamed" if phrase in lex.pronouns else "other"), None
