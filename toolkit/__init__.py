"""News Research Toolkit: tidy news corpora, event timelines, topics and sources.

The top level re-exports the public functions of each stage. Names are
imported on first use, so ``import toolkit`` stays fast and never touches the
network.

Stages
------
- ``toolkit.load``: :func:`load_articles` (files, folders, globs, URLs).
- ``toolkit.extract`` / ``toolkit.clean``: :func:`parse_html`, :func:`parse_text`.
- ``toolkit.fetch``: :func:`fetch_urls` (newspaper4k, on-disk cache).
- ``toolkit.datasets``: :func:`load_sample`, :func:`load_seed`, ...
- ``toolkit.events``: :func:`extract_events`, :func:`consolidate_events`, ...
- ``toolkit.topics``: :func:`cluster_topics`.
- ``toolkit.sources``: :func:`find_copies`, :func:`distinctive_terms`, ...
- ``toolkit.plots``: the chart namespace: one function per chart, each
  taking a tidy frame and returning a ``plotly.graph_objects.Figure``
  (``from toolkit import plots; plots.release_timeline_chart(events)``).
- ``toolkit.report``: :func:`build_reports`.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    # load and clean
    "load_articles": "toolkit.load",
    "records_to_articles": "toolkit.load",
    "LoadError": "toolkit.errors",
    "parse_html": "toolkit.extract",
    "parse_text": "toolkit.clean",
    "fetch_urls": "toolkit.fetch",
    "fetch_frame": "toolkit.fetch",
    "validate": "toolkit.schema",
    # bundled data
    "load_sample": "toolkit.datasets",
    "load_sample_labels": "toolkit.datasets",
    "load_reference_events": "toolkit.datasets",
    "load_seed": "toolkit.datasets",
    "load_outlets": "toolkit.datasets",
    "label_events": "toolkit.datasets",
    # events
    "extract_events": "toolkit.events",
    "consolidate_events": "toolkit.events",
    "compare_to_reference": "toolkit.events",
    "events_from_text": "toolkit.events",
    "disputed_counts": "toolkit.events",
    "load_gazetteer": "toolkit.gazetteer",
    # topics
    "cluster_topics": "toolkit.topics",
    "topics_over_time": "toolkit.topics",
    "topics_by_outlet": "toolkit.topics",
    # sources
    "find_copies": "toolkit.sources",
    "distinctive_terms": "toolkit.sources",
    "extract_attributions": "toolkit.sources",
    "copy_groups": "toolkit.sources",
    "attention_over_time": "toolkit.sources",
    "reported_counts": "toolkit.sources",
    "actor_naming": "toolkit.sources",
    "join_outlets": "toolkit.sources",
    "speaker_shares": "toolkit.sources",
    "attribution_languages": "toolkit.sources",
    "unsupported_articles": "toolkit.events",
    # reports
    "build_reports": "toolkit.report",
    "load_corpus": "toolkit.report",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'toolkit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
