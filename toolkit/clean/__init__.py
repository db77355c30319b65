"""Clean article text and metadata: the clean stage, one module per concern.

Public entry points (all pure, per document):

- :func:`tidy_article` (``dict -> dict``, :mod:`.tidy`): the finishing step
  every extractor calls last (HTML pages, page dumps, JSON/CSV records).
- :func:`parse_text` (``str -> dict``, :mod:`.pages`): an aggregator's page
  dump into one article record.
- :func:`toolkit.extract.parse_html` (``str -> dict``, :mod:`.html`): a saved
  HTML page into one article record (imported from its own module, so that
  ``import toolkit.clean`` does not load lxml).
- :func:`sentence_spans` (:mod:`.sentences`): sentence offsets, shared by
  the events and sources stages.
- small steps: :func:`normalize_text`, :func:`fix_sentence_spacing`,
  :func:`make_pipeline` (:mod:`.text`), :func:`dedupe_sentences`
  (:mod:`.sentences`), :func:`split_dateline` (:mod:`.datelines`),
  :func:`wire_from_text` (:mod:`.wire`).

Submodules, lowest first: :mod:`.vocab` (the language cues, read once from
``toolkit/resources/lang/<code>/``), :mod:`.text`, :mod:`.wire`, :mod:`.dates`,
:mod:`.datelines`, :mod:`.sentences`, :mod:`.captions`, :mod:`.metadata`,
:mod:`.tidy`, :mod:`.pages`; for HTML :mod:`.html_tree`, :mod:`.html_metadata`,
:mod:`.html_authors`, :mod:`.html`. Each imports only the ones before it;
this file only re-exports.

Examples
--------
>>> rec = tidy_article({"title": "Minsk frees prisoners",
...                     "text": "MINSK, Belarus (AP) — Belarus freed 52 prisoners on Thursday."})
>>> rec["dateline"], rec["wire"], rec["text"]
('MINSK, Belarus', 'AP', 'Belarus freed 52 prisoners on Thursday.')
"""

from __future__ import annotations

from toolkit.clean.datelines import split_dateline
from toolkit.clean.metadata import TEXT_FIELDS
from toolkit.clean.pages import SECTION_HEADINGS, parse_text
from toolkit.clean.sentences import dedupe_sentences, sentence_spans
from toolkit.clean.text import fix_sentence_spacing, make_pipeline, normalize_text
from toolkit.clean.tidy import tidy_article
from toolkit.clean.wire import WIRE_AGENCIES, wire_from_text

__all__ = [
    "SECTION_HEADINGS",
    "TEXT_FIELDS",
    "WIRE_AGENCIES",
    "dedupe_sentences",
    "fix_sentence_spacing",
    "make_pipeline",
    "normalize_text",
    "parse_text",
    "sentence_spans",
    "split_dateline",
    "tidy_article",
    "wire_from_text",
]
