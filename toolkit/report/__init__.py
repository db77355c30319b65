"""Run the curated notebooks and export them as HTML reports a reader can trust.

A report works offline: plotly.js is written once beside the pages (or
embedded), no script or style is loaded from a CDN (nbconvert's require.js,
MathJax, mermaid and widget loaders are left out), and every plotly figure is
drawn from the JSON the notebook stored. Code is hidden behind a "show code"
switch; the parameters of the run are shown once; a contents box lists the
sections and the tables the report used (written beside it as Parquet and
CSV); every figure has a caption and a link to download exactly the rows it
draws. Article text is data, never markup: tables and text outputs are
escaped by pandas and nbconvert, and raw HTML outputs other than the figures
this package writes are shown as text.

The footer of each page names the toolkit version, the corpus (path,
content hash, article count) and the run time, so a reader can reproduce it.

A run loads the corpus once (a folder into a temporary corpus store; a store
as it is), chooses its costly settings by corpus size (:func:`plan_report`:
topic method, samples, caps, the cell time limit; each overridable), prints
each notebook's progress (which report, which step, elapsed), and when a
notebook fails still writes its page (with the error and where it stopped),
the other reports and the index.

Modules: :mod:`~toolkit.report.corpus` (the corpus a report runs on),
:mod:`~toolkit.report.plan` (settings by corpus size),
:mod:`~toolkit.report.notes` (what a topic fit sampled),
:mod:`~toolkit.report.overview` (the corpus at a glance),
:mod:`~toolkit.report.tables` (tables written beside a report),
:mod:`~toolkit.report.execute` (one notebook run, progress lines),
:mod:`~toolkit.report.export` (notebook to page), :mod:`~toolkit.report.run`
(the whole run and the index).

Examples
--------
>>> from toolkit.report import curated_notebooks
>>> [p.name for p in curated_notebooks()][:1]  # doctest: +SKIP
['01_load_and_clean.ipynb']
"""

from __future__ import annotations

from toolkit.report.corpus import CorpusInfo, corpus_info, is_store, load_corpus
from toolkit.report.execute import NotebookFailure, NotebookRun, in_chunks, progress, run_notebook
from toolkit.report.export import PLOTLY_MIME, export_html, merge_parameters, plotlyjs_file
from toolkit.report.notes import topic_samples
from toolkit.report.overview import (
    CLEANING_RULES,
    CorpusOverview,
    cleaning_removed,
    corpus_overview,
)
from toolkit.report.plan import ReportPlan, plan_report
from toolkit.report.run import (
    DATA_FOLDER,
    build_reports,
    curated_notebooks,
    execute_notebook,
    notebooks_dir,
)
from toolkit.report.tables import TABLES_MIME, TablesWritten, save_tables

__all__ = [
    "CLEANING_RULES",
    "DATA_FOLDER",
    "PLOTLY_MIME",
    "TABLES_MIME",
    "CorpusInfo",
    "CorpusOverview",
    "NotebookFailure",
    "NotebookRun",
    "ReportPlan",
    "TablesWritten",
    "build_reports",
    "cleaning_removed",
    "corpus_info",
    "corpus_overview",
    "curated_notebooks",
    "execute_notebook",
    "export_html",
    "in_chunks",
    "is_store",
    "load_corpus",
    "merge_parameters",
    "notebooks_dir",
    "plan_report",
    "plotlyjs_file",
    "progress",
    "run_notebook",
    "save_tables",
    "topic_samples",
]
