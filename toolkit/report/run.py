"""Run the curated notebooks with papermill and write the report pages and their index."""

from __future__ import annotations

import html
import json
import os
import re
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from toolkit.report.corpus import CorpusInfo, corpus_info
from toolkit.report.export import export_html

__all__ = ["DATA_FOLDER", "build_reports", "curated_notebooks", "execute_notebook", "notebooks_dir", "strip_run_metadata"]

_ROOT = Path(__file__).resolve().parents[2]
# Notebooks named like "01_topic.ipynb" directly in notebooks/ are the curated reports.
_CURATED = re.compile(r"^\d\d_[\w-]+\.ipynb$")
#: Folder, inside the reports folder, of the tables the reports used.
DATA_FOLDER = "data"


def notebooks_dir() -> Path:
    """Return the folder of curated notebooks (``$TOOLKIT_NOTEBOOKS`` or the checkout's)."""
    return Path(os.environ.get("TOOLKIT_NOTEBOOKS", _ROOT / "notebooks"))


def curated_notebooks(folder: str | Path | None = None) -> list[Path]:
    """Return the numbered notebooks of ``folder`` in order."""
    folder = Path(folder) if folder else notebooks_dir()
    return sorted(p for p in folder.glob("*.ipynb") if _CURATED.match(p.name))


def execute_notebook(
    path: str | Path,
    output: str | Path | None = None,
    parameters: dict[str, Any] | None = None,
    timeout: int = 600,
) -> Path:
    """Execute a notebook with papermill, in its own folder, and save the result.

    Parameters
    ----------
    path : str or Path
        Notebook to run; it should have a cell tagged ``parameters``.
    output : str or Path, optional
        Where to write the executed copy; defaults to ``path`` (in place).
    parameters : dict, optional
        Values injected after the ``parameters`` cell.
    timeout : int
        Seconds allowed per cell.

    Returns
    -------
    Path
        The executed notebook.
    """
    import papermill

    path = Path(path).resolve()
    output = Path(output).resolve() if output else path
    papermill.execute_notebook(
        str(path),
        str(output),
        parameters=parameters or {},
        cwd=str(path.parent),
        progress_bar=False,
        kernel_name="python3",
        language="python",
        execution_timeout=timeout,
    )
    if output == path:
        strip_run_metadata(output)
    return output


def strip_run_metadata(path: str | Path) -> None:
    """Drop papermill's run record (absolute paths, durations) from a notebook kept in the repository."""
    import nbformat

    nb = nbformat.read(str(path), as_version=4)
    nb.metadata.pop("papermill", None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
    nbformat.write(nb, str(path))


def _index_page(entries: Iterable[dict[str, Any]], info: CorpusInfo) -> str:
    import toolkit

    rows = "\n".join(
        f'<li><a href="{html.escape(e["file"])}">{html.escape(e["title"])}</a>'
        f' <span class="meta">({e["figures"]} figures, {e["seconds"]:.1f} s)</span></li>'
        for e in entries
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News Research Toolkit reports</title>
<style>body{{font-family:sans-serif;max-width:48rem;margin:2rem auto;line-height:1.5}}
.meta{{color:#666}} footer{{margin-top:2rem;color:#555;font-size:.9em}}</style></head>
<body><h1>News Research Toolkit reports</h1>
<ul>
{rows}
</ul>
<p>Code is hidden in each report: the "show code" switch at the top shows it. Every figure has a
caption and a link to download the rows it draws; the tables each report used are in
<a href="{DATA_FOLDER}/">{DATA_FOLDER}/</a> as Parquet and CSV files.</p>
<footer>toolkit {html.escape(toolkit.__version__)} · corpus: {html.escape(info.path)}
· sha256 {info.sha256[:16]} · {info.n_articles} articles in {info.n_files} files</footer>
</body></html>
"""


def _title(notebook: Path) -> str:
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "markdown":
            for line in "".join(cell.get("source", "")).splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return notebook.stem


def build_reports(
    corpus: str | Path | None = None,
    out: str | Path = "reports",
    notebooks: Sequence[str | Path] | None = None,
    start: str | None = None,
    end: str | None = None,
    outlets: Sequence[str] | None = None,
    log: Any = print,
    plotlyjs: str = "file",
) -> pd.DataFrame:
    """Run every curated notebook on a corpus and write HTML reports and an index.

    Parameters
    ----------
    corpus : str or Path, optional
        The user's corpus (anything :func:`toolkit.load_articles` accepts);
        None for the bundled practice corpus.
    out : str or Path
        Output folder; gets ``<notebook>.html``, ``index.html``, plotly.js
        (once, unless ``plotlyjs="inline"``) and ``data/`` with the tables
        the reports used.
    notebooks : sequence of paths, optional
        Notebooks to run; defaults to :func:`curated_notebooks`.
    start, end, outlets
        Filters passed to each notebook's ``parameters`` cell.
    log : callable
        Receives one progress line per notebook.
    plotlyjs : {"file", "inline"}
        Where the pages get plotly.js from (see :func:`export_html`).

    Returns
    -------
    pandas.DataFrame
        One row per report: notebook, file, title, figures, seconds.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    corpus_arg = str(Path(corpus).resolve()) if corpus else None
    info = corpus_info(corpus)
    params = {"corpus": corpus_arg, "start": start, "end": end, "outlets": list(outlets) if outlets else None,
              "data_out": str((out / DATA_FOLDER).resolve())}
    entries = []
    paths = [Path(p) for p in notebooks] if notebooks else curated_notebooks()
    with tempfile.TemporaryDirectory(prefix="toolkit-report-") as tmp:
        for nb_path in paths:
            began = time.perf_counter()
            executed = execute_notebook(nb_path, Path(tmp) / nb_path.name, parameters=params)
            seconds = time.perf_counter() - began
            page, n_figures = export_html(executed, out / f"{nb_path.stem}.html", info, seconds, plotlyjs=plotlyjs)
            entries.append(
                {"notebook": nb_path.name, "file": page.name, "title": _title(nb_path), "figures": n_figures, "seconds": seconds}
            )
            log(f"{nb_path.name}: {n_figures} figures, {seconds:.1f} s -> {page}")
    (out / "index.html").write_text(_index_page(entries, info), encoding="utf-8")
    return pd.DataFrame(entries)
