"""Attribution: whom the articles cite, and how.

:func:`attributions_from_text` finds each attributed statement in one text
(the speaker, the cue, direct quotation or reported speech) and classifies
the speaker; it is a pure per-document function, so it maps over Dask
partitions unchanged. :func:`extract_attributions` runs it over a corpus and
:func:`speaker_shares` counts statements by speaker type per outlet.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from toolkit.clean import sentence_spans
from toolkit.schema import ATTRIBUTIONS, conform

__all__ = [
    "attributions_from_text",
    "extract_attributions",
    "speaker_shares",
]

# ------------------------------------------------------------- syndication ---


# ---------------------------------------------------- attention and timing ---


# ---------------------------------------------------------------- numbers ---


# ----------------------------------------------------------- framing words ---


# ------------------------------------------------------------- attribution ---

# Verbs and phrases that attribute a statement to a speaker, by the kind of act.
_VERBS = (
    r"said|says|say|told|tells|added|adds|stated|announced|announces|reported|reports|wrote|writes|"
    r"noted|claimed|claims|argued|insisted|warned|confirmed|denied|described|stressed|explained|"
    r"urged|called|emphasi[sz]ed|declared|quoted|cited|acknowledged|alleged|posted|tweeted|"
    r"welcomed|condemned|critici[sz]ed|cautioned|cautions?|warns?|notes|urges|insists|argues"
)
_VERB = re.compile(rf"\b(?:{_VERBS})\b")
# What "told" is told to: kept in the cue ("told The Associated Press", "told reporters").
_TOLD_OBJECT = re.compile(
    r"\s+((?:the\s+)?(?:[A-Z][\w’'.-]*\s?){1,4}|reporters|journalists|lawmakers|parliament|the media|state television|state media)"
)
_ACCORDING = re.compile(r"\baccording to\s+")
# Where the statement was made, kept in the cue ("said in a statement", "wrote on Telegram").
_CUE_TAIL = re.compile(
    r"\s+(in an? (?:joint |written |separate )?(?:statement|interview|post|video|letter|address)"
    r"|on (?:Telegram|X|Twitter|Facebook|Instagram|social media|state television))\b"
)
# Words between a speaker and the verb ("Coale also said", "The ministry has repeatedly warned").
_ADVERBS = frozenset(
    "also later then previously earlier has had have was were is repeatedly again reportedly publicly separately "
    "further itself himself herself".split()
)
# Heads that name a person other than the one in a possessive before them ("Tsikhanouskaya's adviser").
_PERSON_HEADS = frozenset(
    "envoy envoys spokesperson spokesman spokeswoman adviser advisor lawyer lawyers aide aides daughter son wife "
    "husband official officials diplomat diplomats negotiator minister ambassador secretary deputy colleague "
    "colleagues ally allies analyst".split()
)
_PRONOUNS = {"he", "she", "they", "He", "She", "They"}
# Lower-case words that can sit inside a speaker phrase ("Belarus’ state news agency Belta").
_DESCRIPTOR = frozenset(
    """the a an of for and state state-run news agency agencies media television tv opposition leader leaders
    exiled special envoy envoys presidential press service office official officials spokesperson spokesman
    spokeswoman ministry minister foreign interior justice rights human group groups organisation organization
    center centre secretary department council embassy government president prime deputy senior top chief head
    adviser advisor activist activists lawyer lawyers laureate daughter son wife husband former acting u.s.
    us european union eu lithuanian belarusian american russian ukrainian polish german his her their its
    nobel peace prize-winning co-founder founder director diplomat diplomats source sources negotiator
    to administration side figure figures politician politicians relatives family colleague colleagues ally allies
    supporters fellow our desk legal editor correspondent ambassador analyst analysts aide aides monitoring
    volunteer volunteers campaign team staff people familiar defenders defender monitors observers experts""".split()
)
_NAME_TOKEN = re.compile(r"^(?:[A-ZА-ЯЁ][\w’'.-]*|U\.S\.|EU|UN)$")
_TOKEN = re.compile(r"[\w’'.-]+")

# Words that tell what kind of speaker a phrase names, when the gazetteer does not know it.
_TYPE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("unnamed", re.compile(r"\b(?:sources?|people familiar|person familiar|condition of anonymity|declined to be named)\b", re.I)),
    ("state_media", re.compile(r"\bstate(?:-run)?\s+(?:news\s+agency|media|television|tv|broadcaster|newspaper)|\bbelta\b|\btass\b|\bria\b", re.I)),
    ("rights_group", re.compile(r"\b(?:rights\s+(?:groups?|cent(?:er|re)s?|organi[sz]ations?|defenders?)|human\s+rights|watchdog|ngos?|"
                                 r"non-governmental|viasna|amnesty|monitoring group|volunteer group|charity|foundation|"
                                 r"[A-Z]\w+ Watch|aid (?:group|network|organi[sz]ation)|relief|humanitarian (?:group|organi[sz]ation))\b", re.I)),
    ("opposition", re.compile(r"\b(?:opposition|exiled|dissident|pro-democracy)\b", re.I)),
    ("wire", re.compile(r"\b(?:associated press|reuters|agence france-presse|afp|dpa|news agency|wire service)\b", re.I)),
    ("government", re.compile(r"\b(?:envoy|minister|ministry|official|officials|spokes(?:person|man|woman)|president|presidential|government|department|embassy|council|secretary|diplomat|administration|white house|kremlin|state department|treasury|press service|head of state|(?:american|belarusian|lithuanian|russian|polish|us|u\.s\.) side)\b", re.I)),
)
_COUNTRY_CUES = (
    ("US", re.compile(r"\b(?:u\.s\.|us|american|washington|white house|state department|treasury|trump)\b", re.I)),
    ("Belarus", re.compile(r"\b(?:belarus(?:ian)?|minsk)\b", re.I)),
    ("Lithuania", re.compile(r"\b(?:lithuania(?:n)?|vilnius)\b", re.I)),
    ("EU", re.compile(r"\b(?:eu|european union|brussels)\b", re.I)),
    ("Russia", re.compile(r"\b(?:russia(?:n)?|kremlin|moscow)\b", re.I)),
    ("Ukraine", re.compile(r"\b(?:ukrain(?:e|ian)|kyiv)\b", re.I)),
    ("Poland", re.compile(r"\b(?:poland|polish|warsaw)\b", re.I)),
)
_QUOTE = re.compile(r"“([^”]{2,}?)”|\"([^\"]{2,}?)\"|«([^»]{2,}?)»")


def _default_lookup() -> Any:
    """Name lookup from the events stage's gazetteer (same spellings, same fuzzy rules)."""
    from toolkit.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()

    def lookup(name: str) -> tuple[str, str | None, str | None, str | None] | None:
        canonical, entry = gazetteer.normalize(name)
        if entry is None:
            return None
        return canonical, entry.role, entry.country or None, entry.kind

    return lookup


def _speaker_before(frame: str, end: int) -> tuple[int, int] | None:
    """Span of the speaker phrase that ends just before ``end`` in ``frame``."""
    tokens = list(_TOKEN.finditer(frame, 0, end))
    # skip adverbs between speaker and verb ("Coale also said")
    while tokens and tokens[-1].group(0).lower() in _ADVERBS:
        if frame[tokens[-1].end() : end].strip(" ") and not all(
            w.lower() in _ADVERBS for w in frame[tokens[-1].end() : end].split()
        ):
            return None
        tokens.pop()
    if not tokens:
        return None
    last = tokens[-1]
    gap = frame[last.end() : end].split()
    if gap and not all(w.lower() in _ADVERBS for w in gap):
        return None
    if last.group(0) in _PRONOUNS:
        return last.start(), last.end()
    start_tok = None
    has_name_or_head = False
    for tok in reversed(tokens):
        word = tok.group(0)
        gap = frame[tok.end() : (start_tok.start() if start_tok else last.end())]
        if gap.strip(" ’'") not in ("",):
            break
        if _NAME_TOKEN.match(word) or word.lower().rstrip("’'s") in _DESCRIPTOR or word.lower() in _DESCRIPTOR:
            if word[0].isupper() and word.lower() not in _DESCRIPTOR:
                has_name_or_head = True
            elif word.lower() in _DESCRIPTOR and word.lower() not in {"the", "a", "an", "of", "for", "and", "his", "her", "their", "its"}:
                has_name_or_head = True
            start_tok = tok
        else:
            break
    if start_tok is None or not has_name_or_head:
        return None
    # a phrase never starts with a connective
    phrase_tokens = [t for t in tokens if t.start() >= start_tok.start()]
    while phrase_tokens and phrase_tokens[0].group(0).lower() in {"of", "for", "and", "to"}:
        phrase_tokens.pop(0)
    while phrase_tokens and phrase_tokens[-1].group(0).lower() in {"of", "for", "and", "to", "the", "a", "an", "our"}:
        phrase_tokens.pop()
    if not phrase_tokens:
        return None
    return phrase_tokens[0].start(), phrase_tokens[-1].end()


def _speaker_after(frame: str, start: int) -> tuple[int, int] | None:
    """Span of the speaker phrase that starts at ``start`` (after an inverted verb)."""
    tokens = list(_TOKEN.finditer(frame, start))
    first = None
    last = None
    for tok in tokens:
        word = tok.group(0)
        gap = frame[(last.end() if last else start) : tok.start()]
        if gap.strip(" ’'") not in ("",):
            break
        if _NAME_TOKEN.match(word) or word.lower().rstrip(".") in _DESCRIPTOR:
            first = first or tok
            last = tok
            if word.endswith(".") and word.lower() not in {"u.s.", "jr.", "st."}:
                break  # the sentence ends here
        else:
            break
    if first is None or last is None:
        return None
    end = last.end() - (1 if frame[last.end() - 1] == "." and last.group(0).lower() not in {"u.s.", "jr.", "st."} else 0)
    words = list(_TOKEN.finditer(frame, first.start(), end))
    while words and words[-1].group(0).lower().rstrip(".") in {"of", "for", "and", "to", "the", "a", "an", "our"}:
        words.pop()
    return (first.start(), words[-1].end()) if words else None


def _name_run(words: list[str]) -> str:
    run: list[str] = []
    for w in (w.strip("«»“”\"") for w in reversed(words)):
        if _NAME_TOKEN.match(w) and w.lower() not in _DESCRIPTOR and w not in {"U.S.", "EU", "UN"} and not _RU_DESCRIPTOR.match(w):
            run.append(w)
        elif run:
            break
    return " ".join(reversed(run))


def _name_part(phrase: str) -> tuple[str, str]:
    """Split a speaker phrase into the speaker's name and an affiliation that only classifies them.

    "leader Sviatlana Tsikhanouskaya" -> ("Sviatlana Tsikhanouskaya", "");
    "Kiryl Marozau of Belarus Prisoner Watch" -> ("Kiryl Marozau", "Belarus Prisoner Watch");
    "a spokesperson for the State Department" -> ("", "State Department");
    "Tsikhanouskaya's adviser" -> ("", "Tsikhanouskaya"); "Lukashenko's office" -> ("Lukashenko", "");
    "the envoy to Belarus" -> ("", "") (a destination says nothing about the speaker).
    """
    m = re.search(r"\s+(of|for|to|at)\s+", phrase)
    head, sep, tail = (phrase[: m.start()], m.group(1), phrase[m.end() :]) if m else (phrase, "", "")
    words = head.split()
    if words and words[-1].lower() in _PERSON_HEADS and any(w.endswith(("’s", "'s")) for w in words[:-1]):
        # the possessor is not the speaker
        return "", _name_run([w.replace("’s", "").replace("'s", "") for w in words[:-1]])
    name = _name_run([w.replace("’s", "").replace("'s", "") for w in words])
    affiliation = "" if sep == "to" else _name_run(tail.replace("’s", "").replace("'s", "").split())
    return name, affiliation


# Russian stems for the same kinds and countries (checked after the English cues).
_RU_TYPE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("unnamed", re.compile(r"(?<!\w)(?:источник|собеседник)", re.I)),
    ("state_media", re.compile(r"(?<!\w)(?:белта|тасс|риа|государственн\w*\s+(?:информационн\w*\s+)?агентств)", re.I)),
    ("rights_group", re.compile(r"(?<!\w)(?:правозащит|вясн)", re.I)),
    ("opposition", re.compile(r"(?<!\w)(?:оппозиц)", re.I)),
    ("government", re.compile(r"(?<!\w)(?:пресс-служб|министерств|мид|посланник|спецпосланник|президент|глав\w*\s+государств|"
                              r"сторон|правительств|администрац|ведомств|дипломат|министр|посольств)", re.I)),
)
_RU_COUNTRY_CUES = (
    ("US", re.compile(r"(?<!\w)(?:американ|сша|вашингтон|трамп)", re.I)),
    ("Belarus", re.compile(r"(?<!\w)(?:белорус|беларус|минск|глав\w*\s+государств|лукашенк)", re.I)),
    ("Lithuania", re.compile(r"(?<!\w)(?:литов|литв|вильнюс)", re.I)),
    ("Russia", re.compile(r"(?<!\w)(?:российск|росси|кремл|москв)", re.I)),
)


def _country(phrase: str) -> str | None:
    return next((c for c, pat in (*_COUNTRY_CUES, *_RU_COUNTRY_CUES) if pat.search(phrase)), None)


def _classify(phrase: str, found: tuple[str, ...] | None) -> tuple[str, str | None]:
    if found is not None and len(found) > 3 and found[3] in {"place", "country"}:
        # a capital or country speaking ("Washington announced") is its government
        return "government", found[2]
    if found is not None and found[1]:
        role = found[1]
        country = found[2]
        if role == "government" and country is None:
            country = _country(phrase)
        return (role if role in ATTRIBUTIONS["speaker_type"].allowed else "other"), country
    for kind, pattern in (*_TYPE_CUES, *_RU_TYPE_CUES):
        if pattern.search(phrase):
            return kind, (_country(phrase) if kind == "government" else None)
    return ("unnamed" if phrase.lower() in {"he", "she", "they"} else "other"), None


def _blocks(text: str) -> list[tuple[int, int]]:
    """Sentences, with a quotation that runs over several sentences kept in one block."""
    spans = sentence_spans(text)
    blocks: list[tuple[int, int]] = []
    open_start: int | None = None
    depth = 0
    for start, end in spans:
        chunk = text[start:end]
        opened = chunk.count("“") - chunk.count("”")
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


def attributions_from_text(text: str, lookup: Any = None) -> list[dict[str, Any]]:
    """Attributed statements in one article text: a pure per-document function.

    Finds the speaker of each cue ("X said", "said X", "according to X",
    "X told The Associated Press", "X said in a statement", "X described ...
    as “...”", "a spokesperson for X said", "She added:", and "X welcomed ...
    and called ..." where the second verb shares the subject), resolves
    pronouns and definite descriptions ("the U.S. envoy") to the last named
    person they fit, normalises names with the gazetteer and classifies the
    speaker. Russian sentences get their own cues ("сообщила пресс-служба",
    "как заявил журналистам X", "по словам X", «...» quotations).

    A quotation of a single word ("extremism") is a term in quotation
    marks, not a quoted statement: it does not make a statement direct.

    Parameters
    ----------
    text : str
        Clean article text.
    lookup : callable, optional
        ``name -> (canonical, role, country, kind) | None``; defaults to the
        events stage's gazetteer.

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
    if lookup is None:
        lookup = _default_lookup()
    lookup = _with_russian_cases(lookup)
    text = text or ""
    out: list[dict[str, Any]] = []
    last_person: tuple[str, str, str | None, str | None] | None = None  # as written, norm, type, country
    # people named so far with the words around their first mention, for "the envoy" style references
    named: list[tuple[str, str, str | None, str | None, str, int]] = []
    for start, end in _blocks(text):
        sentence = text[start:end]
        quotes = [(m.start(), m.end(), next(g for g in m.groups() if g)) for m in _QUOTE.finditer(sentence)]
        # the frame is the sentence with quotations blanked, so cue words inside quotes never match
        frame = list(sentence)
        for qs, qe, q in quotes:
            if len(q.split()) < 2:
                continue  # «Вясна», "extremism": a name or a term, part of the sentence
            for i in range(qs, qe):
                frame[i] = " " if sentence[i] not in "“”\"«»" else sentence[i]
        frame_text = "".join(frame)
        # a one-word quotation is a term in quotation marks, not a quoted statement
        spoken = [q for _, _, q in quotes if len(q.split()) > 1]
        introduced = []
        for m in _NAMES_IN.finditer(frame_text):
            # "США Дональдом Трампом": try the whole run, then its last words
            words = list(re.finditer(r"\S+", m.group(0)))
            for w in words:
                name = m.group(0)[w.start() :]
                found = lookup(name)
                if found is not None and (len(found) < 4 or found[3] == "person"):
                    at = m.start() + w.start()
                    lo = max(0, at - 80)
                    context = frame_text[lo : m.end() + 80]
                    introduced.append((name, found[0], found[1], found[2], context, at - lo))
                    break
        if _CYRILLIC.search(frame_text):
            hits = _russian_hits(frame_text)
        else:
            hits = _english_hits(frame_text)
        seen: set[tuple[int, int, str]] = set()
        for s0, s1, cue, extra, vend in sorted(hits, key=lambda h: (h[0], h[1], h[4])):
            if (s0, s1, cue) in seen:
                continue
            seen.add((s0, s1, cue))
            phrase = frame_text[s0:s1].strip().rstrip(".,;:")
            name, affiliation = _name_part(phrase)
            found = lookup(name) if name else None
            if found is None and not name and not affiliation:
                # "The State Department": a known organisation made of common words
                whole = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
                found = lookup(whole) if whole and whole[0].isupper() else None
                found = found if found is not None and len(found) > 3 and found[3] == "org" else None
            norm = found[0] if found else (name or None)
            by = None
            if found is None and affiliation:
                # whom the speaker works for classifies them ("a spokesman for Tsikhanouskaya")
                by = lookup(affiliation)
                by = by if by is not None and len(by) > 3 and by[3] in {"person", "org"} else None
            kind_role = _classify(f"{phrase} {extra}".strip(), found or by)
            if phrase in _PRONOUNS and last_person is not None:
                norm, kind_role = last_person[1], (last_person[2], last_person[3])
            elif not name:
                # a definite description: the last named person whose first mention it fits
                # ("the president", "the head of state" are left unresolved: articles name several presidents)
                head = phrase.lower().split()[-1] if phrase.split() else ""
                stem = head[: max(5, len(head) - 2)] if _CYRILLIC.search(head) else head
                if stem and (head in _PERSON_HEADS or _RU_PERSON_HEAD.match(head)):
                    # the person named closest to the same description ("envoy ... John Coale")
                    best = None
                    for order, person in enumerate(named):
                        for dm in re.finditer(rf"\b{re.escape(stem)}", person[4], re.I):
                            key = (abs(dm.start() - person[5]), -order)
                            if best is None or key < best[0]:
                                best = (key, person)
                    if best is not None:
                        person = best[1]
                        norm, kind_role = person[1], ((person[2] or kind_role[0]), person[3])
            speaker_type, country = kind_role
            if speaker_type not in ATTRIBUTIONS["speaker_type"].allowed:
                speaker_type = "other"
            direct = bool(spoken)
            if direct:
                quote = " … ".join(q.strip().rstrip(",") for q in spoken)
            else:
                quote = _reported(sentence, s0, cue, vend)
            out.append(
                {
                    "speaker": phrase,
                    "speaker_norm": norm,
                    "speaker_type": speaker_type,
                    "speaker_country": country,
                    "cue": cue,
                    "direct": direct,
                    "quote": quote,
                    "sentence": sentence,
                    "start": start,
                    "end": end,
                }
            )
            if found is not None and len(found) > 3 and found[3] != "person":
                continue
            if found is not None or (norm and speaker_type in {"government", "opposition", "rights_group"} and phrase not in _PRONOUNS):
                if cue not in {"according to", "по словам"} and (found is None or found[1] != "state_media"):
                    last_person = (phrase, norm, speaker_type, country)
        named.extend(introduced)
    return out


_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# Case endings of Russian names ("Джоном Коулом", "Лукашенко" stays), longest first.
_RU_ENDINGS = ("ому", "ему", "ого", "его", "ой", "ом", "ем", "ым", "им", "а", "я", "у", "ю", "е")


def _with_russian_cases(lookup: Any) -> Any:
    """Wrap a name lookup so inflected Russian names also resolve ("Джоном Коулом" -> "Джон Коул")."""

    def wrapped(name: str) -> Any:
        found = lookup(name)
        if found is not None or not _CYRILLIC.search(name):
            return found
        words = name.split()
        for ending in _RU_ENDINGS:
            stems = [w[: -len(ending)] if w.endswith(ending) and len(w) > len(ending) + 2 else w for w in words]
            if stems != words:
                found = lookup(" ".join(stems))
                if found is not None:
                    return found
        return None

    return wrapped


def _english_hits(frame_text: str) -> list[tuple[int, int, str, str, int]]:
    """Speaker spans in one English sentence: (start, end, cue, apposition, end of the cue or -1)."""
    hits: list[tuple[int, int, str, str, int]] = []
    for vm in _VERB.finditer(frame_text):
        span = _speaker_before(frame_text, vm.start())
        cue = vm.group(0)
        vend = vm.end()
        extra = ""
        if span is None:
            # "John Coale, the U.S. special envoy, said" / "Officials who spoke on condition of anonymity said"
            m = _APPOSITION_BEFORE.search(frame_text, 0, vm.start())
            if m:
                inner = _speaker_before(frame_text, m.end("head"))
                if inner is not None:
                    span, extra = inner, m.group("extra")
        if span is None and hits and re.search(r"\band\s+$", frame_text[: vm.start()]):
            # "X welcomed the releases and called on ...": the second verb shares the subject
            span, extra = (hits[-1][0], hits[-1][1]), hits[-1][3]
        if vm.group(0) in {"told", "tells"}:
            obj = _TOLD_OBJECT.match(frame_text, vm.end())
            if obj:
                cue = f"{cue} {obj.group(1).strip()}"
                vend = obj.end()
        tail = _CUE_TAIL.match(frame_text, vend)
        if tail:
            cue, vend = f"{cue} {tail.group(1)}", tail.end()
        if span is None:
            # inverted: “...,” said Belta / , said the ministry
            before = frame_text[: vm.start()].rstrip()
            if before.endswith((",", "”", '"', "»")) or before.endswith(",”"):
                span = _speaker_after(frame_text, vm.end() + 1)
                if span is not None:
                    m = _APPOSITION_AFTER.match(frame_text, span[1])
                    extra = m.group("extra") if m else ""
                    vend = -1
        if span is not None:
            hits.append((span[0], span[1], cue, extra, vend))
    for am in _ACCORDING.finditer(frame_text):
        span = _speaker_after(frame_text, am.end())
        if span is not None:
            m = _APPOSITION_AFTER.match(frame_text, span[1])
            hits.append((span[0], span[1], "according to", m.group("extra") if m else "", -1))
    return hits


def _reported(frame_text: str, s0: int, cue: str, vend: int) -> str | None:
    """The reported statement: what follows the cue, or what stands before an inverted or closing cue."""
    rest = frame_text[vend:] if vend >= 0 else ""
    rest = re.sub(
        r"^\s*(?:on|last|this|в|во)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|"
        r"afterwards|later|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)?\b",
        "", rest,
    )
    after = re.sub(r"^[\s,]*(?:that|что|:)\s*", "", rest).strip(" ,.")
    before = frame_text[:s0].rstrip()
    ends_clause = not rest.strip() or rest.lstrip().startswith((",", ".", ";"))
    if re.match(r"^\s*(?:Об|об) этом\b", before):
        return None  # "Об этом сообщила X": the statement is the sentence before
    if vend < 0 or (before.endswith(",") and (ends_clause or len(after.split()) < 5)):
        # "..., Belta said Saturday": the statement stands before the speaker
        before = _RU_VERB_AT_END.sub("", before)
        after = re.sub(r",?\s*(?:according to|по словам|как)\s*$", "", before, flags=re.I).strip(" ,.—-")
    return after or None


# Russian cues: reporting verbs in the past and present, the recipient kept in the cue.
_RU_VERB = re.compile(
    r"(?<![\w-])(?:сообщ(?:ил[аои]?|ает|ают)|заяв(?:ил[аои]?|ляет|ляют)|отметил[аои]?|подч[её]ркивал[аои]?|"
    r"подчеркнул[аои]?|сказал[аои]?|добавил[аои]?|рассказал[аои]?|пояснил[аои]?|написал[аои]?|уточнил[аои]?|"
    r"призвал[аои]?|передает|передаёт)(?:\s+(?:журналистам|репортерам|агентству\s+\S+|корреспонденту\s+\S+))?(?![\w-])"
)
_RU_VERB_AT_END = re.compile(rf"\s*(?:{_RU_VERB.pattern})\s*$")
_RU_ACCORDING = re.compile(r"(?<![\w-])(?:[Пп]о словам|[Пп]о данным|[Пп]о информации)\s+")
# Lower-case words that can name or describe a speaker in Russian (stems; any case ending).
_RU_DESCRIPTOR = re.compile(
    r"^(?:пресс-служб|служб|агентств|министерств|мид|ведомств|посланник|посл|президент|глав|государств|"
    r"сторон|правительств|администрац|офис|правозащит|центр|оппозиц|лидер|источник|представител|"
    r"спецпосланник|специальн|американск|белорусск|литовск|российск|государственн|информационн|"
    r"официальн|белорусс|беларус|сша|пресс-секретар|секретар|дипломат|министр)",
    re.I,
)
# Russian descriptions of one person, resolved to the person named closest to the same words.
_RU_PERSON_HEAD = re.compile(r"^(?:посланник|спецпосланник|представител|министр|президент|лидер|дипломат|пресс-секретар|советник|адвокат)", re.I)
_RU_TOKEN = re.compile(r"[\w’'.-]+")
_RU_SKIP = frozenset("также неоднократно ранее уже в этот день в субботу позже вновь".split())


def _ru_phrase_after(frame: str, pos: int) -> tuple[int, int] | None:
    first = last = None
    for tok in _RU_TOKEN.finditer(frame, pos):
        gap = frame[(last.end() if last else pos) : tok.start()]
        if gap.strip().strip("«»\"“”"):
            break
        word = tok.group(0)
        if word[0].isupper() or _RU_DESCRIPTOR.match(word):
            first = first or tok
            last = tok
        else:
            break
    return (first.start(), last.end()) if first and last else None


def _ru_phrase_before(frame: str, end: int) -> tuple[int, int] | None:
    tokens = list(_RU_TOKEN.finditer(frame, 0, end))
    while tokens and tokens[-1].group(0).lower() in _RU_SKIP:
        tokens.pop()
    first = last = None
    for tok in reversed(tokens):
        gap = frame[tok.end() : (first.start() if first else end)].strip().strip("«»\"“”")
        if gap.strip() and not all(w.lower() in _RU_SKIP for w in gap.split()):
            break
        word = tok.group(0)
        if word[0].isupper() or _RU_DESCRIPTOR.match(word):
            last = last or tok
            first = tok
        else:
            break
    if first is None or last is None:
        return None
    phrase_end = last.end()
    if frame[first.start() : phrase_end].count("«") > frame[first.start() : phrase_end].count("»") and frame[phrase_end : phrase_end + 1] == "»":
        phrase_end += 1  # Правозащитный центр «Вясна»
    return first.start(), phrase_end


def _russian_hits(frame_text: str) -> list[tuple[int, int, str, str, int]]:
    """Speaker spans in one Russian sentence, as :func:`_english_hits` returns them."""
    hits: list[tuple[int, int, str, str, int]] = []
    for vm in _RU_VERB.finditer(frame_text):
        # inverted order is the common one: "сообщила пресс-служба", "как заявил журналистам Джон Коул"
        span = _ru_phrase_after(frame_text, vm.end())
        # "Как заявил X, ...": the statement follows the speaker; "..., сообщила X": it comes before
        vend = span[1] if span is not None and frame_text[: vm.start()].strip() in {"", "Как", "как"} else -1
        if span is None:
            span = _ru_phrase_before(frame_text, vm.start())
            vend = vm.end()
            words = frame_text[span[0] : span[1]].split() if span is not None else []
            if words and words[0] in {"В", "в", "Во"}:
                # "В пресс-службе отметили": the office the statement came from
                span = (frame_text.index(words[1], span[0]), span[1]) if len(words) > 1 else None
        if span is not None:
            hits.append((span[0], span[1], re.sub(r"\s+", " ", vm.group(0)), "", vend))
    for am in _RU_ACCORDING.finditer(frame_text):
        span = _ru_phrase_after(frame_text, am.end())
        if span is not None:
            hits.append((span[0], span[1], "по словам", "", span[1] if frame_text[span[1] :].strip(" ,.") else -1))
    return hits


# "NAME, the U.S. special envoy for Belarus, said" and "Officials who spoke on condition of anonymity said":
# the speaker ends at ``head``; ``extra`` describes them.
_APPOSITION_BEFORE = re.compile(
    r"(?P<head>[\w’'.]+)(?P<extra>,\s+(?:a|an|the|who|which)\s[^,;“”\"]{2,90},|\s+(?:who|which)\s[^,;“”\"]{2,90}?)\s*(?:also\s+)?$"
)
# ", a spokesman for the group," after an inverted speaker
_APPOSITION_AFTER = re.compile(r",\s+(?P<extra>(?:a|an|the)\s[^,;.“”\"]{2,90})")
# Capitalised runs that may be names (for remembering who was introduced how).
_NAMES_IN = re.compile(r"\b[A-ZА-ЯЁ][\w’'-]+(?:\s+[A-ZА-ЯЁ][\w’'-]+){0,2}")


def extract_attributions(articles: pd.DataFrame, lookup: Any = None) -> pd.DataFrame:
    """One row per attributed statement in a corpus (ATTRIBUTIONS schema).

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles (``article_id``, ``outlet``, ``text``).
    lookup : callable, optional
        Name lookup; defaults to the events stage's gazetteer.

    Returns
    -------
    pandas.DataFrame
        A new frame; the input is not modified.
    """
    if lookup is None:
        lookup = _default_lookup()
    rows: list[dict[str, Any]] = []
    for aid, outlet, text in zip(articles["article_id"], articles["outlet"], articles["text"].fillna(""), strict=True):
        for row in attributions_from_text(text, lookup):
            rows.append({"article_id": aid, "outlet": outlet, **row})
    return conform(pd.DataFrame(rows, columns=ATTRIBUTIONS.names), ATTRIBUTIONS)


def speaker_shares(attributions: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Share of statements by speaker type per group (outlet by default).

    Returns
    -------
    pandas.DataFrame
        ``by`` value, ``speaker_type``, ``statements``, ``share`` (0-1 within the group).
    """
    counts = attributions.groupby([by, "speaker_type"], observed=True).size().rename("statements").reset_index()
    counts["share"] = (counts["statements"] / counts.groupby(by)["statements"].transform("sum")).round(4)
    return counts.sort_values([by, "statements"], ascending=[True, False], kind="stable").reset_index(drop=True)


