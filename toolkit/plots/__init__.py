"""One function per chart: each takes tidy frames and returns a plotly figure.

No function here calls ``.show()``, writes files or changes its inputs.
Every figure carries a one-line caption (which data, which method, which
parameters) and exactly the rows it draws, in ``layout.meta``: read them with
:func:`figure_caption` and :func:`figure_data`; HTML reports show the caption
and offer the rows as a CSV download. Pass ``source="..."`` to any chart to
say how its input was made (function and parameters).

Modules: :mod:`~toolkit.plots.articles` (the corpus at a glance),
:mod:`~toolkit.plots.events`, :mod:`~toolkit.plots.topics`,
:mod:`~toolkit.plots.sources`.

Examples
--------
>>> from toolkit import plots
>>> fig = plots.languages_chart(pd.DataFrame({"language": ["en", "ru"], "name": ["English", "Russian"],
...                                           "articles": [9, 3], "share": [0.75, 0.25]}))
>>> plots.figure_caption(fig).startswith("Data: 12 articles")
True
"""

from __future__ import annotations

import pandas as pd  # noqa: F401 - used by the doctest above

from toolkit.plots._common import figure_caption, figure_data
from toolkit.plots.articles import (
    articles_per_day_chart,
    cleaning_removed_chart,
    languages_chart,
    text_lengths_chart,
)
from toolkit.plots.events import (
    cumulative_releases_chart,
    release_timeline_chart,
    sanctions_actions_chart,
    timeline_vs_reference_chart,
)
from toolkit.plots.sources import (
    attention_chart,
    copy_matrix_chart,
    distinctive_terms_chart,
    reported_counts_chart,
    speaker_share_chart,
)
from toolkit.plots.topics import (
    topic_map,
    topic_selection_chart,
    topic_shares_by_outlet_chart,
    topic_shares_over_time_chart,
    topic_terms_chart,
)

__all__ = [
    "figure_caption",
    "figure_data",
    # articles
    "articles_per_day_chart",
    "languages_chart",
    "text_lengths_chart",
    "cleaning_removed_chart",
    # events
    "release_timeline_chart",
    "cumulative_releases_chart",
    "sanctions_actions_chart",
    "timeline_vs_reference_chart",
    # topics
    "topic_map",
    "topic_terms_chart",
    "topic_shares_over_time_chart",
    "topic_shares_by_outlet_chart",
    "topic_selection_chart",
    # sources
    "attention_chart",
    "copy_matrix_chart",
    "reported_counts_chart",
    "distinctive_terms_chart",
    "speaker_share_chart",
]
