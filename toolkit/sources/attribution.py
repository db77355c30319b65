"""Attribution: whom the articles cite, and how.

:func:`attributions_from_text` finds each attributed statement in one text
(the speaker, the cue, direct quotation or reported speech) and classifies
the speaker; it is a pure per-document function, so it maps over Dask
partitions unchanged. :func:`extract_attributions` runs it over a corpus and
:func:`speaker_shares` counts statements by speaker type per outlet.

Every language cue comes from the per-language data files (see
:mod:`toolkit.sources.cues`); where the speaker phrase stands is read by
:mod:`toolkit.sources.speakers`.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pandas as pd

from toolkit.clean import sentence_spans
from toolkit.languages import available, unsupported_counts, warn_skipped, words_all
from toolkit.parallel import map_partitions
from toolkit.schema import ATTRIBUTIONS, SPEAKER_SHARES, conform, validate
from toolkit.sources.cues import UPPER, Lexicon, lexicon
from toolkit.sources.speakers import (
    Hit,
    classify,
    default_lookup,
    name_part,
    speaker_first_hits,
    verb_first_hits,
    with_case_endings,
)
from toolkit.sources.tables import typed

__all__ = [
    "NoAttributionDataWarning",
    "attribution_languages",
    "attributions_from_text",
    "extract_attributions",
    "speaker_shares",
]

# Capitalised runs that may be names (for remembering who was introduced how).
_NAMES_IN = re.compile(rf"\b{UPPER}[\w’'-]+(?:\s+{UPPER}[\w’'-]+){{0,2}}")
# Characters of context kept on each side of a person's first mention.
_CONTEXT = 80
# Speaker types whose named speaker can be referred to again ("he said").
_RESOLVABLE_TYPES = frozenset({"government", "opposition", "rights_group"})
# Gazetteer kinds that classify a speaker they work for ("a spokesman for X").
_AFFILIATION_KINDS = frozenset({"person", "org"})


class NoAttributionDataWarning(UserWarning):
    """Some articles are in a language that has no attribution data (no ``reporting_verbs.txt``)."""


def attribution_languages() -> list[str]:
    """Languages whose articles can yield attributions: those with a ``reporting_verbs.txt``.

    Returns
    -------
    list of str
        Sorted ISO 639-1 codes.
    """
    return available("reporting_verbs")


def _blocks(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Sentences, with a quotation that runs over several sentences kept in one block."""
    spans = sentence_spans(text)
    pairs = [(o, c) for o, c in lex.quotes if o != c]
    blocks: list[tuple[int, int]] = []
    open_start: int | None = None
    depth = 0
    for start, end in spans:
        chunk = text[start:end]
        # a mark whose closing mark never follows („Belavia" closed by a straight quote) opens nothing
        opened = sum(chunk.count(o) - chunk.count(c) for o, c in pairs if c in text[start:])
        if open_start is not None:
            depth += opened
            if depth <= 0:
                blocks.append((open_start, end))
                open_start = None
            continue
        if opened > 0:
            open_start, depth = start, opened
            continue
        blocks.append((start, end))
    if open_start is not None:
        blocks.append((open_start, spans[-1][1]))
    return blocks


def _quote_pattern(lex: Lexicon) -> re.Pattern[str]:
    """Quotations; a straight double quote also closes a typographic opening mark („...", common online)."""
    closers = {(o, c): re.escape(c + ('"' if o != '"' and c != '"' else "")) for o, c in lex.quotes}
    alts = [f"{re.escape(o)}([^{closers[o, c]}]{{2,}}?)[{closers[o, c]}]" for o, c in lex.quotes]
    return re.compile("|".join(alts) or "(?!)")


def _reported(sentence: str, s0: int, vend: int, lex: Lexicon) -> str | None:
    """The reported statement: what follows the cue, or what stands before an inverted or closing cue."""
    rest = lex.time_lead.sub("", sentence[vend:] if vend >= 0 else "", count=1)
    after = lex.complementizer.sub("", rest, count=1).strip(" ,.")
    before = sentence[:s0].rstrip()
    ends_clause = not rest.strip() or rest.lstrip().startswith((",", ".", ";"))
    if lex.statement_before is not None and lex.statement_before.match(before):
        return None  # "Об этом сообщила X": the statement is the sentence before
    if vend < 0 or (before.endswith(",") and (ends_clause or len(after.split()) < 5)):
        # "..., Belta said Saturday": the statement stands before the speaker
        if lex.verb_at_end is not None:
            before = lex.verb_at_end.sub("", before, count=1)
        if lex.trailing_cue is not None:
            before = lex.trailing_cue.sub("", before, count=1)
        after = before.strip(" ,.—-")
    return after or None


class _Reader:
    """Reads one text sentence by sentence, remembering who was named and who spoke last."""

    def __init__(self, lookup: Any, lex: Lexicon) -> None:
        self.lex = lex
        self.lookup = with_case_endings(lookup, lex.case_endings)
        self.possessive = tuple(sorted(words_all("possessive_suffixes", [g.lang for g in lex.grammars]),
                                       key=len, reverse=True))
        self.quote = _quote_pattern(lex)
        self.marks = "".join(m for pair in lex.quotes for m in pair)
        # as written, norm, type, country
        self.last_person: tuple[str, str, str | None, str | None] | None = None
        # people named so far with the words around their first mention, for "the envoy" style references
        self.named: list[tuple[str, str, str | None, str | None, str, int]] = []

    def _frame(self, sentence: str) -> tuple[str, list[str]]:
        """The sentence with quotations blanked (cue words inside quotes never match), and the quotations."""
        quotes = [(m.start(), m.end(), next(g for g in m.groups() if g)) for m in self.quote.finditer(sentence)]
        frame = list(sentence)
        for qs, qe, q in quotes:
            if len(q.split()) < 2:
                continue  # «Вясна», "extremism": a name or a term, part of the sentence
            for i in range(qs, qe):
                frame[i] = " " if sentence[i] not in self.marks else sentence[i]
        # a one-word quotation is a term in quotation marks, not a quoted statement
        return "".join(frame), [q for _, _, q in quotes if len(q.split()) > 1]

    def _introduced(self, frame: str) -> list[tuple[str, str, str | None, str | None, str, int]]:
        """People named in a sentence, with the words around their mention."""
        introduced = []
        for m in _NAMES_IN.finditer(frame):
            # "США Дональдом Трампом": try the whole run, then its last words
            for w in re.finditer(r"\S+", m.group(0)):
                name = m.group(0)[w.start() :]
                found = self.lookup(name)
                if found is not None and (len(found) < 4 or found[3] == "person"):
                    at = m.start() + w.start()
                    lo = max(0, at - _CONTEXT)
                    introduced.append((name, found[0], found[1], found[2], frame[lo : m.end() + _CONTEXT], at - lo))
                    break
        return introduced

    def _hits(self, frame: str) -> list[Hit]:
        hits: list[Hit] = []
        for grammar in self.lex.grammars:
            read = speaker_first_hits if grammar.speaker_first else verb_first_hits
            hits.extend(read(frame, grammar, self.lex))
        out, seen = [], set()
        for hit in sorted(hits, key=lambda h: (h[0], h[1], h[4])):
            if (hit[0], hit[1], hit[2]) not in seen:
                seen.add((hit[0], hit[1], hit[2]))
                out.append(hit)
        return out

    def _found(self, phrase: str, name: str, affiliation: str) -> tuple[Any, Any]:
        """Gazetteer entries of the speaker and of whom they work for."""
        found = self.lookup(name) if name else None
        if found is None and not name and not affiliation:
            # "The State Department": a known organisation made of common words
            words = phrase.split()
            whole = " ".join(words[1:]) if len(words) > 1 and words[0] in self.lex.articles else phrase
            found = self.lookup(whole) if whole and whole[0].isupper() else None
            found = found if found is not None and len(found) > 3 and found[3] == "org" else None
        by = None
        if found is None and affiliation:
            # whom the speaker works for classifies them ("a spokesman for Tsikhanouskaya")
            by = self.lookup(affiliation)
            by = by if by is not None and len(by) > 3 and by[3] in _AFFILIATION_KINDS else None
        return found, by

    def _described(self, phrase: str) -> tuple[str, str | None, str | None] | None:
        """The person a definite description refers to: named closest to the same words.

        "the president", "the head of state" are left unresolved: articles name several presidents.
        """
        head = phrase.lower().split()[-1] if phrase.split() else ""
        stem = self.lex.person_heads.stem_of(head) if head else None
        if not stem:
            return None
        best = None
        for order, person in enumerate(self.named):
            for dm in re.finditer(rf"\b{re.escape(stem)}", person[4], re.IGNORECASE):
                key = (abs(dm.start() - person[5]), -order)
                if best is None or key < best[0]:
                    best = (key, person)
        return None if best is None else (best[1][1], best[1][2], best[1][3])

    def _speaker(self, phrase: str, extra: str) -> tuple[str | None, str, str | None, Any]:
        """``(speaker_norm, speaker_type, country, gazetteer entry)`` of a speaker phrase."""
        name, affiliation = name_part(phrase, self.lex, self.possessive)
        found, by = self._found(phrase, name, affiliation)
        norm = found[0] if found else (name or None)
        kind, country = classify(f"{phrase} {extra}".strip(), found or by, self.lex)
        if phrase in self.lex.pronouns and self.last_person is not None:
            norm, kind, country = self.last_person[1], self.last_person[2], self.last_person[3]
        elif not name:
            person = self._described(phrase)
            if person is not None:
                norm, kind, country = person[0], person[1] or kind, person[2]
        if kind not in ATTRIBUTIONS["speaker_type"].allowed:
            kind = "other"
        return norm, kind, country, found

    def _remember(self, phrase: str, norm: str | None, kind: str, country: str | None, cue: str, found: Any) -> None:
        """Keep a named speaker for the pronouns that follow ("he said")."""
        if found is not None and len(found) > 3 and found[3] != "person":
            return
        if found is not None or (norm and kind in _RESOLVABLE_TYPES and phrase not in self.lex.pronouns):
            if cue not in self.lex.according_labels and (found is None or found[1] != "state_media"):
                self.last_person = (phrase, norm, kind, country)

    def sentence(self, text: str, start: int, end: int) -> list[dict[str, Any]]:
        """Attributed statements of one sentence (or quotation block) ``text[start:end]``."""
        sentence = text[start:end]
        frame, spoken = self._frame(sentence)
        introduced = self._introduced(frame)
        out = []
        for s0, s1, cue, extra, vend in self._hits(frame):
            phrase = frame[s0:s1].strip().rstrip(".,;:")
            norm, kind, country, found = self._speaker(phrase, extra)
            if spoken:
                quote = " … ".join(q.strip().rstrip(",") for q in spoken)
            else:
                quote = _reported(sentence, s0, vend, self.lex)
            out.append({"speaker": phrase, "speaker_norm": norm, "speaker_type": kind, "speaker_country": country,
                        "cue": cue, "direct": bool(spoken), "quote": quote, "sentence": sentence,
                        "start": start, "end": end})
            self._remember(phrase, norm, kind, country, cue, found)
        self.named.extend(introduced)
        return out


def attributions_from_text(text: str, lookup: Any = None, *, langs: list[str] | None = None) -> list[dict[str, Any]]:
    """Attributed statements in one article text: a pure per-document function.

    Finds the speaker of each cue ("X said", "said X", "according to X",
    "X told The Associated Press", "X said in a statement", "X described ...
    as “...”", "a spokesperson for X said", "She added:", and "X welcomed ...
    and called ..." where the second verb shares the subject), resolves
    pronouns and definite descriptions ("the U.S. envoy") to the last named
    person they fit, normalises names with the gazetteer and classifies the
    speaker. Each language reads its own cues from its data files
    (Russian: "сообщила пресс-служба", "как заявил журналистам X", "по словам
    X", «...» quotations).

    A quotation of a single word ("extremism") is a term in quotation
    marks, not a quoted statement: it does not make a statement direct.

    Parameters
    ----------
    text : str
        Clean article text.
    lookup : callable, optional
        ``name -> (canonical, role, country, kind) | None``; defaults to the
        gazetteer (:func:`toolkit.gazetteer.load_gazetteer`).
    langs : list of str, optional
        Languages whose cues are read (default: every language with a
        ``reporting_verbs.txt``).

    Returns
    -------
    list of dict
        ATTRIBUTIONS fields without ``article_id`` and ``outlet``.

    Examples
    --------
    >>> rows = attributions_from_text("“We will keep counting,” said Ales Kovalenko, a spokesman for the rights group.",
    ...                               lookup=lambda name: None)
    >>> [(r["speaker_norm"], r["speaker_type"], r["cue"], r["direct"]) for r in rows]
    [('Ales Kovalenko', 'rights_group', 'said', True)]
    """
    return _attributions(text or "", default_lookup() if lookup is None else lookup, lexicon(langs))


def _attributions(text: str, lookup: Any, lex: Lexicon) -> list[dict[str, Any]]:
    reader = _Reader(lookup, lex)
    out: list[dict[str, Any]] = []
    for start, end in _blocks(text, lex):
        out.extend(reader.sentence(text, start, end))
    return out


def _language(value: Any) -> str | None:
    return None if value is None or pd.isna(value) or not str(value).strip() else str(value).strip()


def _attributions_frame(articles: pd.DataFrame, lookup: Any, langs: list[str] | None) -> pd.DataFrame:
    """ATTRIBUTIONS rows of one frame (or partition); ``attrs["skipped_articles"]`` lists the articles
    in a language without attribution data."""
    lookup = default_lookup() if lookup is None else lookup
    supported = list(langs) if langs is not None else attribution_languages()
    by_language: dict[str | None, Lexicon] = {}
    rows: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    languages = articles["language"].tolist() if "language" in articles else [None] * len(articles)
    for aid, outlet, text, value in zip(articles["article_id"], articles["outlet"], articles["text"].fillna(""),
                                        languages, strict=True):
        lang = _language(value)
        if lang is not None and lang not in supported:
            skipped.append({"article_id": aid, "outlet": outlet, "language": lang,
                            "reason": f"no attribution data for language {lang!r}"})
            continue
        if lang not in by_language:
            # an article of a known language is read with that language's cues only
            by_language[lang] = lexicon(supported if lang is None else [lang])
        for row in _attributions(text, lookup, by_language[lang]):
            rows.append({"article_id": aid, "outlet": outlet, **row})
    out = validate(conform(pd.DataFrame(rows, columns=ATTRIBUTIONS.names), ATTRIBUTIONS), ATTRIBUTIONS)
    out.attrs["skipped_articles"] = skipped
    return out


def _warn_unsupported(by_lang: Counter, supported: list[str]) -> None:
    warn_skipped("extract_attributions", by_lang, "no attribution data for their language",
                 f"see result.attrs['skipped_articles']; languages with attribution data: {supported}",
                 NoAttributionDataWarning, stacklevel=4)


def extract_attributions(articles: Any, lookup: Any = None, *, langs: list[str] | None = None,
                         warn: bool = True) -> Any:
    """One row per attributed statement in a corpus (ATTRIBUTIONS schema).

    An article whose ``language`` has no attribution data (no
    ``reporting_verbs.txt``, see :func:`attribution_languages`) is not
    silently dropped: it is listed in ``result.attrs["skipped_articles"]``
    (dicts with ``article_id``, ``outlet``, ``language``, ``reason``; on a
    Dask frame after :func:`toolkit.parallel.compute`, which merges the
    partitions' lists) and a :class:`NoAttributionDataWarning` names the
    languages and counts. An article of a supported language is read with
    that language's cues only; one without a ``language`` with the cues of
    every language in ``langs``.

    Parameters
    ----------
    articles : pandas.DataFrame or dask.dataframe.DataFrame
        Articles (``article_id``, ``outlet``, ``text``; ``language`` when
        present). A Dask frame is read partition by partition (a ``lookup``
        must then be picklable; the default gazetteer is loaded on each worker).
    lookup : callable, optional
        Name lookup; defaults to the gazetteer.
    langs : list of str, optional
        Languages whose cues are read (default: all with reporting verbs);
        an article in another language is skipped and reported.
    warn : bool
        Emit the warning about articles in languages without attribution data.

    Returns
    -------
    pandas.DataFrame or dask.dataframe.DataFrame
        The same kind as ``articles``: a new frame, validated against
        ATTRIBUTIONS; the input is not modified.
    """
    missing = {"article_id", "outlet", "text"} - set(articles.columns)
    if missing:
        raise KeyError(f"extract_attributions: articles lack column(s) {sorted(missing)}")
    columns = ["article_id", "outlet", "text", *(["language"] if "language" in articles.columns else [])]
    out = map_partitions(articles[columns], _attributions_frame, lookup, langs, meta=ATTRIBUTIONS)
    if warn:
        supported = list(langs) if langs is not None else attribution_languages()
        counts = (unsupported_counts(articles, supported) if not isinstance(out, pd.DataFrame)
                  else Counter(s["language"] for s in out.attrs["skipped_articles"]))
        _warn_unsupported(counts, supported)
    return out


def speaker_shares(attributions: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Share of statements by speaker type per group (outlet by default).

    Parameters
    ----------
    attributions : pandas.DataFrame
        Output of :func:`extract_attributions` (after
        :func:`~toolkit.sources.join_outlets` for ``by="outlet_type"``).
    by : str
        Grouping column.

    Returns
    -------
    pandas.DataFrame
        SPEAKER_SHARES schema: the ``by`` value, ``speaker_type``,
        ``statements``, ``share`` (0-1 within the group).
    """
    if by not in attributions:
        raise KeyError(f"speaker_shares: no column {by!r}; use one of {list(attributions.columns)}")
    counts = attributions.groupby([by, "speaker_type"], observed=True).size().rename("statements").reset_index()
    counts["share"] = (counts["statements"] / counts.groupby(by)["statements"].transform("sum")).round(4)
    out = counts.sort_values([by, "statements"], ascending=[True, False], kind="stable").reset_index(drop=True)
    return typed(out, SPEAKER_SHARES)
