"""Events stage: prisoner releases, pardons, sanctions actions and talks.

Three steps, each a plain function:

- :func:`events_from_text` reads one article (a ``str`` plus its publication
  time) and returns one dict per *event mention*: the sentence that states
  the event, its type and CAMEO code, the resolved date, the count and how it
  is hedged, whether it is a running total, who acted, on what, where, which
  people are named, and whether the event is reported, expected, demanded or
  denied. :func:`extract_events` maps it over a frame (or a Dask frame).
- :func:`consolidate_events` merges mentions into real-world events and
  keeps every count that was reported.
- :func:`compare_to_reference` scores events against a reference timeline.

Language-specific knowledge (trigger words, month names, number words,
hedges, modality cues) lives in ``toolkit/resources/patterns/<lang>.json``;
names live in the gazetteer ``toolkit/resources/gazetteer.csv``
(:class:`Gazetteer`, also used by the sources stage). The code here only
interprets those files, so adding a language is data plus tests.

Examples
--------
>>> import pandas as pd
>>> rows = events_from_text(
...     "Lukashenko pardoned 123 prisoners on Saturday.",
...     pd.Timestamp("2025-12-13", tz="UTC"))
>>> [(r["event_type"], r["count"], str(r["date"].date())) for r in rows]
[('pardon', 123, '2025-12-13')]
"""

from __future__ import annotations

from toolkit.events.consolidate import consolidate_events, counts_compatible, disputed_counts
from toolkit.events.evaluate import (
    ReferenceComparison,
    compare_to_reference,
    labels_to_events,
    score_mentions,
)
from toolkit.events.extract import events_from_text
from toolkit.events.frame import (
    UnsupportedLanguageWarning,
    extract_events,
    unsupported_articles,
)
from toolkit.events.patterns import available_languages, load_patterns, readable_languages
from toolkit.events.registry import CAMEO

__all__ = [
    "CAMEO",
    "ReferenceComparison",
    "UnsupportedLanguageWarning",
    "available_languages",
    "readable_languages",
    "compare_to_reference",
    "consolidate_events",
    "counts_compatible",
    "disputed_counts",
    "events_from_text",
    "extract_events",
    "load_patterns",
    "labels_to_events",
    "score_mentions",
    "unsupported_articles",
]
