"""One function per chart: each takes tidy frames and returns a plotly figure.

No function here calls ``.show()``, writes files or changes its inputs.
Sections: articles, events, topics, sources.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

__all__: list[str] = []

# ---------------------------------------------------------------- articles ---

# ------------------------------------------------------------------ events ---

# ------------------------------------------------------------------ topics ---

# ----------------------------------------------------------------- sources ---
