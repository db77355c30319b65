"""The finishing step every extractor calls last: :func:`tidy_article`.

It only orchestrates the text rules (:mod:`.text`, :mod:`.sentences`),
datelines (:mod:`.datelines`), captions (:mod:`.captions`), the wire credit
(:mod:`.wire`) and the other fields (:mod:`.metadata`), so that every input
kind (HTML pages, page dumps, JSON/CSV records) is cleaned by the same rules.
"""

from __future__ import annotations

from collections.abc import Mapping

from toolkit.clean.captions import credit_of, is_caption, is_name_credit_caption
from toolkit.clean.datelines import dateline_date, dateline_wire, split_dateline, strip_datelines
from toolkit.clean.metadata import (
    TEXT_FIELDS,
    clean_authors,
    clean_related,
    clean_str,
    clean_title,
    language_of,
    published_value,
    text_key,
)
from toolkit.clean.sentences import dedupe_sentences
from toolkit.clean.text import count_words, fix_sentence_spacing, paragraphs
from toolkit.clean.vocab import INTERFACE_LINE
from toolkit.clean.wire import wire_from_text, wire_in, wire_name

__all__ = ["TEXT_FIELDS", "tidy_article"]

_DATELINE_SEARCH = 4  # paragraphs: up to three captions may stand before the dateline


def _split_captions(paras: list[str], title: str | None, captions: list[str]) -> list[str]:
    """Drop leading repeats of the title and move captions to ``captions``.

    A caption may sit between two repeats of the title; a caption already
    known (the record's own) is dropped from the text.
    """
    caption_keys = {text_key(c) for c in captions}
    title_key = text_key(title) if title else None
    kept: list[str] = []
    for para in paras:
        k = text_key(para)
        if title_key and not kept and k == title_key:
            continue
        if k in caption_keys:
            continue
        if is_caption(para):
            captions.append(para)
            caption_keys.add(k)
            continue
        kept.append(para)
    return kept


def _take_dateline(paras: list[str], captions: list[str]
                   ) -> tuple[str | None, str | None, str | None]:
    """Strip the dateline that opens the story (in place); return (place, agency,
    the date it gives as written).

    It is looked for in the first paragraph, or after short paragraphs that
    end with a bracketed name credit, which are then captions. A dateline
    alone on its line goes; a later paragraph that repeats the lead with the
    same dateline loses it too.
    """
    for i, para in enumerate(paras[:_DATELINE_SEARCH]):
        if i and not is_name_credit_caption(paras[i - 1]):
            break
        place, agency, _rest = split_dateline(para)
        if not (place or agency):
            continue
        written = dateline_date(para)
        captions.extend(paras[:i])
        del paras[:i]
        place, agency = strip_datelines(paras, 0)
        for j in range(1, len(paras)):
            again, _, rest_j = split_dateline(paras[j])
            if again and place and again == place and rest_j:
                paras[j] = rest_j
        return place, agency, written
    return None, None, None


def _find_wire(
    dateline_agency: str | None, byline_wire: str | None, text: str, captions: list[str]
) -> str | None:
    """The wire credit, most trusted evidence first: dateline, byline,
    sign-off, caption credit."""
    return (
        dateline_wire(dateline_agency)
        or byline_wire
        or wire_from_text(text)
        or next(filter(None, (wire_in(credit_of(c)) for c in captions)), None)
    )


def tidy_article(record: dict) -> dict:
    """Finish a raw extracted record: clean its body and derive the text fields.

    The finishing step shared by every extractor (:func:`toolkit.extract.parse_html`,
    :func:`~toolkit.clean.parse_text`, JSON/CSV records), so every input kind
    is cleaned by the same rules, in this order:

    1. normalise unicode and white space in title, text, caption;
       join soft-wrapped lines; drop interface-only paragraphs ("Advertisement");
    2. drop leading paragraphs that repeat the title;
    3. move photo captions (with their credit) from the text to ``caption``;
    4. insert the missing space between glued sentences ("2024.John");
    5. drop repeated sentences, keeping the first occurrence;
    6. split the dateline off the opening paragraph into ``dateline`` (its date,
       as written, into ``dateline_date``) and its
       agency into ``wire`` (a short paragraph before it that ends with a
       bracketed name credit is a caption);
    7. find the wire credit (record, dateline, byline, sign-off, caption
       credit, in that order of trust);
    8. count words and identify the language (ISO 639-1, py3langid; None
       for texts with too few letters to tell).

    Parameters
    ----------
    record : dict
        Raw fields; ``text`` is required in spirit but may be missing or
        empty. Other keys (``article_id``, ``source``, ...) pass through.

    Returns
    -------
    dict
        A new dict (the input is not modified) with at least the keys of
        :data:`TEXT_FIELDS`; ``text`` is a str (paragraphs separated by a
        blank line), ``authors`` and ``related`` are lists.

    Raises
    ------
    TypeError
        When ``record`` is not a mapping.

    Examples
    --------
    >>> rec = tidy_article({"title": "Talks end", "text": "Talks end\\n\\nLONDON (Reuters) - They ended.It rained."})
    >>> rec["text"], rec["dateline"], rec["wire"], rec["n_words"]
    ('They ended. It rained.', 'LONDON', 'Reuters', 4)
    """
    if not isinstance(record, Mapping):
        raise TypeError(f"tidy_article expects a dict record, got {type(record).__name__}")
    out = dict(record)
    title = clean_title(out.get("title"))
    caption = clean_str(out.get("caption"))
    dateline = clean_title(out.get("dateline"))
    wire = wire_name(clean_title(out.get("wire"))) or clean_title(out.get("wire"))
    authors, byline_wire = clean_authors(out.get("authors"))

    paras = [p for p in paragraphs(clean_str(out.get("text")) or "") if not INTERFACE_LINE.match(p)]
    captions = [caption] if caption else []
    paras = _split_captions(paras, title, captions)
    # glued sentences and repeats before the dateline, so that a repeated
    # lead paragraph goes with its dateline
    paras = dedupe_sentences([fix_sentence_spacing(p) for p in paras])
    # a paragraph left with only interface words once its repeats are gone ("All rights
    # reserved" after a repeated sentence glued to it) goes too, as it would on a second pass
    paras = [p for p in paras if not INTERFACE_LINE.match(p)]
    # and a paragraph its repeats left as a bare caption (":ФОТО: x" after "ФОТО: x" went)
    # goes to the captions now, as it would on a second pass
    paras = _split_captions(paras, title, captions)
    place, dateline_agency, written = _take_dateline(paras, captions)
    dateline_day = clean_title(out.get("dateline_date")) or written
    dateline = dateline or place
    text = "\n\n".join(paras)
    wire = wire or _find_wire(dateline_agency, byline_wire, text, captions)

    out.update(
        {
            "url": clean_title(out.get("url")),
            "title": title,
            "published": published_value(out.get("published")),
            "published_from": clean_title(out.get("published_from")),
            "authors": authors,
            "dateline": dateline,
            "dateline_date": dateline_day,
            "wire": wire,
            "caption": "\n\n".join(captions) if captions else None,
            "text": text,
            "n_words": count_words(text),
            "language": language_of(text, title, out.get("language")),
            "related": clean_related(out.get("related")),
        }
    )
    if out["published"] is None:
        out["published_from"] = None
    return out
