"""Source comparison: who copies whom, when outlets report, which numbers and words they use.

Each submodule takes tidy frames and returns new ones:

- :mod:`~toolkit.sources.copies`: :func:`find_copies` groups near-duplicate
  articles and names the probable original; :func:`copy_groups` summarises
  the groups (the one copy detector: topics takes its story groups here);
- :mod:`~toolkit.sources.attention`: :func:`attention_over_time`,
  :func:`event_coverage`;
- :mod:`~toolkit.sources.numbers`: :func:`reported_counts` (who printed 52,
  who printed "more than 50"), :func:`reported_counts_table`;
- :mod:`~toolkit.sources.framing`: :func:`distinctive_terms` (log-odds ratio
  with an informative Dirichlet prior, Monroe, Colaresi and Quinn 2008) and
  :func:`actor_naming` (how each outlet names the key actors);
- :mod:`~toolkit.sources.outlets`: :func:`join_outlets` (the outlet
  registry's columns on any table with an ``outlet`` column) and
  :func:`outlet_registry` (a registry passed as a frame or CSV file, or the
  bundled ``data/outlets.csv``);
- :mod:`~toolkit.sources.attribution`: :func:`extract_attributions` (whom the
  articles cite) and :func:`speaker_shares`.

Per-article work (:func:`shingles`, :func:`attributions_from_text`) is a pure
function of one text, so it maps over Dask partitions unchanged. Every
output table has a schema in :mod:`toolkit.schema` (COPIES, COPY_GROUPS,
ATTENTION, EVENT_COVERAGE, REPORTED_COUNTS, DISTINCTIVE_TERMS, ACTOR_NAMING,
ATTRIBUTIONS, SPEAKER_SHARES) and is validated where it is made. What the
stage knows about a language is data under ``toolkit/resources/lang/<code>/``
(:mod:`~toolkit.sources.cues`), and the internal modules
:mod:`~toolkit.sources.speakers` and :mod:`~toolkit.sources.tables` serve
attribution and the schemas.
"""

from __future__ import annotations

from toolkit.sources.attention import attention_over_time, event_coverage
from toolkit.sources.attribution import (
    NoAttributionDataWarning,
    attribution_languages,
    attributions_from_text,
    extract_attributions,
    speaker_shares,
)
from toolkit.sources.copies import copy_groups, find_copies, shingles
from toolkit.sources.framing import Z_THRESHOLD, actor_naming, distinctive_terms
from toolkit.sources.numbers import format_count, reported_counts, reported_counts_table
from toolkit.sources.outlets import MissingRegistryWarning, join_outlets, outlet_registry

__all__ = [
    "MissingRegistryWarning",
    "NoAttributionDataWarning",
    "Z_THRESHOLD",
    "actor_naming",
    "attention_over_time",
    "attribution_languages",
    "attributions_from_text",
    "copy_groups",
    "distinctive_terms",
    "event_coverage",
    "extract_attributions",
    "find_copies",
    "format_count",
    "join_outlets",
    "outlet_registry",
    "reported_counts",
    "reported_counts_table",
    "shingles",
    "speaker_shares",
]
