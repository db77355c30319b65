"""Run the curated notebooks and export them as self-contained HTML reports.

A report works offline: plotly.js is embedded once per page, no script or
style is loaded from a CDN (nbconvert's require.js, MathJax, mermaid and
widget loaders are left out), and every plotly figure is drawn from the
JSON the notebook stored. Article text is data, never markup: tables and
text outputs are escaped by pandas and nbconvert, and raw HTML outputs
other than the figures this module writes are sanitised.

The footer of each page names the toolkit version, the corpus (path,
content hash, article count) and the run time, so a reader can reproduce it.

Examples
--------
>>> from toolkit.report import curated_notebooks
>>> [p.name for p in curated_notebooks()][:1]  # doctest: +SKIP
['01_load_and_clean.ipynb']
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import tempfile
import time
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = [
    "CorpusInfo",
    "build_reports",
    "corpus_info",
    "curated_notebooks",
    "execute_notebook",
    "export_html",
    "load_corpus",
]

_ROOT = Path(__file__).resolve().parents[1]
_TEMPLATES = Path(__file__).resolve().parent / "resources" / "templates"
PLOTLY_MIME = "application/vnd.plotly.v1+json"
# Notebooks named like "01_topic.ipynb" directly in notebooks/ are the curated reports.
_CURATED = re.compile(r"^\d\d_[\w-]+\.ipynb$")


def notebooks_dir() -> Path:
    """Return the folder of curated notebooks (``$TOOLKIT_NOTEBOOKS`` or the checkout's)."""
    return Path(os.environ.get("TOOLKIT_NOTEBOOKS", _ROOT / "notebooks"))


def curated_notebooks(folder: str | Path | None = None) -> list[Path]:
    """Return the numbered notebooks of ``folder`` in order."""
    folder = Path(folder) if folder else notebooks_dir()
    return sorted(p for p in folder.glob("*.ipynb") if _CURATED.match(p.name))


# ------------------------------------------------------------------ corpus ---


def load_corpus(
    corpus: str | Path | None = None,
    start: str | None = None,
    end: str | None = None,
    outlets: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Load the corpus a report runs on, filtered by date range and outlets.

    This is what every curated notebook's ``parameters`` cell feeds.

    Parameters
    ----------
    corpus : str or Path, optional
        Anything :func:`toolkit.load_articles` accepts; None for the bundled
        practice corpus (:func:`toolkit.load_sample`).
    start, end : str, optional
        Inclusive ISO dates; articles without a date are kept.
    outlets : sequence of str, optional
        Keep only these outlets.

    Returns
    -------
    pandas.DataFrame
        Articles (ARTICLES schema), a new frame. Inputs of a user's corpus
        that fail to load are left out with a warning naming them; the
        failures table is in ``attrs["failures"]``.
    """
    from toolkit.datasets import load_sample
    from toolkit.load import load_articles

    if corpus in (None, ""):
        articles = load_sample()
    else:
        # A report on a user's corpus shows what loaded and says what did not.
        articles, failures = load_articles(corpus, errors="collect", progress=False)
        if len(failures):
            shown = "; ".join(f"{r.input}: {r.reason}" for r in failures.head(5).itertuples())
            more = f" (and {len(failures) - 5} more)" if len(failures) > 5 else ""
            warnings.warn(f"{len(failures)} inputs could not be loaded and are left out: {shown}{more}", stacklevel=2)
        articles.attrs["failures"] = failures
    keep = pd.Series(True, index=articles.index)
    if start:
        keep &= articles["published"].isna() | (articles["published"] >= pd.Timestamp(start, tz="UTC"))
    if end:
        end_ts = pd.Timestamp(end, tz="UTC") + pd.Timedelta(days=1)
        keep &= articles["published"].isna() | (articles["published"] < end_ts)
    if outlets:
        keep &= articles["outlet"].isin(list(outlets))
    return articles.loc[keep].reset_index(drop=True)


@dataclass(frozen=True, slots=True)
class CorpusInfo:
    """What a report was run on: enough to reproduce it."""

    path: str
    sha256: str
    n_files: int
    n_articles: int | None

    def as_dict(self) -> dict[str, Any]:
        """Return the fields as a plain dict."""
        return {
            "path": self.path,
            "sha256": self.sha256,
            "n_files": self.n_files,
            "n_articles": self.n_articles,
        }


def _files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))


def corpus_info(corpus: str | Path | None = None, n_articles: int | None = None) -> CorpusInfo:
    """Hash a corpus folder or file: sha256 over relative paths and bytes.

    Parameters
    ----------
    corpus : str or Path, optional
        Folder or file; None for the bundled practice corpus.
    n_articles : int, optional
        Article count to record (counted by loading when None).
    """
    from toolkit.datasets import data_home

    path = Path(corpus) if corpus else data_home() / "sample"
    digest = hashlib.sha256()
    files = _files(path)
    for f in files:
        rel = f.relative_to(path).as_posix() if path.is_dir() else f.name
        digest.update(rel.encode("utf-8") + b"\0")
        digest.update(f.read_bytes())
    if n_articles is None:
        n_articles = len(load_corpus(corpus))
    shown = str(corpus) if corpus else "bundled practice corpus (data/sample)"
    return CorpusInfo(shown, digest.hexdigest(), len(files), n_articles)


# --------------------------------------------------------------- execution ---


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
    return output


# ------------------------------------------------------------------ export ---


def _figure_html(spec: dict[str, Any], div_id: str) -> str:
    import plotly.io as pio

    fig = pio.from_json(json.dumps(spec), skip_invalid=True)
    return pio.to_html(
        fig,
        include_plotlyjs=False,
        full_html=False,
        div_id=div_id,
        config={"responsive": True, "displaylogo": False},
        validate=False,
    )


def _prepare(nb: Any) -> int:
    """Give every plotly output an HTML rendering; return the number of figures."""
    n = 0
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if PLOTLY_MIME in data:
                n += 1
                spec = data[PLOTLY_MIME]
                data["text/html"] = (
                    '<div class="toolkit-figure">' + _figure_html(spec, f"figure-{i}-{n}") + "</div>"
                )
                del data[PLOTLY_MIME]
            elif "text/html" in data and not _is_pandas_table(data["text/html"]):
                # Raw HTML from a notebook is shown as text unless it is a pandas table:
                # nothing a corpus contains can become markup in a report.
                raw = data.pop("text/html")
                raw = "".join(raw) if isinstance(raw, list) else raw
                data.setdefault("text/plain", raw)
    return n


_TABLE = re.compile(r"^\s*(<div>\s*<style scoped>[\s\S]*?</style>\s*)?<table border=\"1\" class=\"dataframe")


def _is_pandas_table(html_text: str | list[str]) -> bool:
    text = "".join(html_text) if isinstance(html_text, list) else html_text
    # pandas escapes cell values by default; a table it wrote has no script tag of its own.
    return bool(_TABLE.match(text)) and "<script" not in text.lower()


def export_html(
    notebook: str | Path,
    output: str | Path,
    info: CorpusInfo | None = None,
    run_seconds: float | None = None,
) -> tuple[Path, int]:
    """Export an executed notebook to one self-contained HTML page.

    Parameters
    ----------
    notebook : str or Path
        Executed notebook.
    output : str or Path
        HTML file to write.
    info : CorpusInfo, optional
        Corpus shown in the footer.
    run_seconds : float, optional
        Run time shown in the footer.

    Returns
    -------
    (Path, int)
        The page and the number of figures in it.
    """
    import nbformat
    from nbconvert import HTMLExporter
    from plotly.offline import get_plotlyjs

    import toolkit

    nb = nbformat.read(str(notebook), as_version=4)
    n_figures = _prepare(nb)
    exporter = HTMLExporter(
        template_name="offline",
        extra_template_basedirs=[str(_TEMPLATES)],
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    footer = {
        "version": toolkit.__version__,
        "corpus": info.as_dict() if info else None,
        "run_seconds": None if run_seconds is None else round(run_seconds, 1),
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
    resources = {
        "toolkit_plotlyjs": get_plotlyjs() if n_figures else "",
        "toolkit_footer": footer,
        "metadata": {"name": Path(notebook).stem},
    }
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(body, encoding="utf-8")
    return output, n_figures


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
) -> pd.DataFrame:
    """Run every curated notebook on a corpus and write HTML reports and an index.

    Parameters
    ----------
    corpus : str or Path, optional
        The user's corpus (anything :func:`toolkit.load_articles` accepts);
        None for the bundled practice corpus.
    out : str or Path
        Output folder; gets ``<notebook>.html`` and ``index.html``.
    notebooks : sequence of paths, optional
        Notebooks to run; defaults to :func:`curated_notebooks`.
    start, end, outlets
        Filters passed to each notebook's ``parameters`` cell.
    log : callable
        Receives one progress line per notebook.

    Returns
    -------
    pandas.DataFrame
        One row per report: notebook, file, figures, seconds.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    corpus_arg = str(Path(corpus).resolve()) if corpus else None
    info = corpus_info(corpus)
    params = {"corpus": corpus_arg, "start": start, "end": end, "outlets": list(outlets) if outlets else None}
    entries = []
    paths = [Path(p) for p in notebooks] if notebooks else curated_notebooks()
    with tempfile.TemporaryDirectory(prefix="toolkit-report-") as tmp:
        for nb_path in paths:
            began = time.perf_counter()
            executed = execute_notebook(nb_path, Path(tmp) / nb_path.name, parameters=params)
            seconds = time.perf_counter() - began
            page, n_figures = export_html(executed, out / f"{nb_path.stem}.html", info, seconds)
            entries.append(
                {"notebook": nb_path.name, "file": page.name, "title": _title(nb_path), "figures": n_figures, "seconds": seconds}
            )
            log(f"{nb_path.name}: {n_figures} figures, {seconds:.1f} s -> {page}")
    (out / "index.html").write_text(_index_page(entries, info), encoding="utf-8")
    return pd.DataFrame(entries)
