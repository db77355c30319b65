"""Run the curated notebooks on one corpus and write the report pages and their index.

:func:`build_reports` loads the corpus once (a folder of pages, or the
bundled corpus, into a snapshot file the notebooks read; a corpus store is
read by each notebook as it is), chooses the
costly settings by corpus size (:func:`toolkit.report.plan_report`), then
runs each notebook with :func:`toolkit.report.execute.run_notebook`, printing
its progress. A notebook that fails or runs past the cell time limit still
gets its page (the cells that ran, the error, and a banner saying where it
stopped and what to change); the other notebooks run and the index lists
every report with its status.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from toolkit.report.corpus import CorpusInfo, corpus_info, is_store
from toolkit.report.execute import run_notebook
from toolkit.report.export import export_html, plotlyjs_file
from toolkit.report.plan import ReportPlan, kernel_estimate, plan_report

__all__ = [
    "DATA_FOLDER",
    "build_reports",
    "curated_notebooks",
    "declared_parameters",
    "execute_notebook",
    "notebook_memory",
    "notebooks_dir",
    "strip_run_metadata",
]

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
    log: Callable[[str], None] = lambda _line: None,
) -> Path:
    """Execute a notebook in its own folder and save the result.

    Parameters
    ----------
    path : str or Path
        Notebook to run; it should have a cell tagged ``parameters`` when
        ``parameters`` are given.
    output : str or Path, optional
        Where to write the executed copy; defaults to ``path`` (in place,
        without run metadata).
    parameters : dict, optional
        Values injected after the ``parameters`` cell.
    timeout : int
        Seconds allowed per cell.
    log : callable
        Receives progress lines (see :func:`toolkit.report.execute.run_notebook`).

    Returns
    -------
    Path
        The executed notebook.

    Raises
    ------
    RuntimeError
        A cell failed or ran too long; the message is one line saying where.
        The executed part is saved all the same.
    """
    import nbformat

    path = Path(path).resolve()
    output = Path(output).resolve() if output else path
    run = run_notebook(path, parameters, timeout=timeout, log=log, record_timing=output != path)
    nbformat.write(run.nb, str(output))
    if output == path:
        strip_run_metadata(output)
    if run.failure is not None:
        raise RuntimeError(run.failure.line())
    return output


def strip_run_metadata(path: str | Path) -> None:
    """Drop run records (papermill's, nbclient's timings) from a notebook kept in the repository."""
    import nbformat

    nb = nbformat.read(str(path), as_version=4)
    nb.metadata.pop("papermill", None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
    nbformat.write(nb, str(path))


# ------------------------------------------------------------------ index ---


def _index_page(entries: Iterable[dict[str, Any]], info: CorpusInfo, plan: ReportPlan) -> str:
    import toolkit

    rows = []
    for e in entries:
        link = f'<a href="{html.escape(e["file"])}">{html.escape(e["title"])}</a>'
        if e["status"] == "done":
            memory = f', peak memory {e["peak_mib"] / 1024:.1f} GB' if e.get("peak_mib") else ""
            rows.append(f'<li>{link} <span class="meta">({e["figures"]} figures, {e["seconds"]:.1f} s{memory})'
                        '</span></li>')
        else:
            rows.append(f'<li class="failed">{link} <b>stopped</b> <span class="meta">after {e["seconds"]:.1f} s: '
                        f'{html.escape(e["error"])}</span></li>')
    choices = "".join(f"<li>{html.escape(line)}</li>" for line in plan.describe())
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News Research Toolkit reports</title>
<style>body{{font-family:sans-serif;max-width:48rem;margin:2rem auto;line-height:1.5}}
.meta{{color:#666}} .failed b{{color:#b00020}} footer{{margin-top:2rem;color:#555;font-size:.9em}}</style></head>
<body><h1>News Research Toolkit reports</h1>
<ul>
{chr(10).join(rows)}
</ul>
<p>Code is hidden in each report: the "show code" switch at the top shows it. Every figure has a
caption and a link to download the rows it draws; the tables each report used are in
<a href="{DATA_FOLDER}/">{DATA_FOLDER}/</a> as Parquet and CSV files.</p>
<h2>Settings chosen for this corpus</h2>
<p>Costly choices depend on the corpus size ({plan.n_articles:,} articles); each report says on
its page what a sample or a cap left out. <code>toolkit report --help</code> lists the options
that change them.</p>
<ul>{choices}</ul>
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


# ----------------------------------------------------------------- corpus ---


def _prepare_corpus(corpus: str | Path | None, start: str | None, end: str | None,
                    outlets: Sequence[str] | None, work: Path,
                    log: Callable[[str], None]) -> tuple[str | None, str | None, CorpusInfo, int]:
    """Load the corpus once: (corpus argument, snapshot file or None, footer description, articles kept).

    A store is not loaded here: each notebook reads it (Parquet, fast); the
    count comes from its manifest unless filters apply.
    """
    import gc
    import warnings

    from toolkit.report.corpus import load_corpus, save_snapshot

    path = None
    if corpus not in (None, ""):
        path = str(Path(corpus).resolve()) if Path(str(corpus)).exists() else str(corpus)
    if path and is_store(path):
        info = corpus_info(path)
        n = info.n_articles if not (start or end or outlets) else len(load_corpus(path, start, end, outlets))
        log(f"corpus: {n:,} articles from the corpus store {path}")
        return path, None, info, int(n or 0)
    log(f"corpus: loading {path or 'the bundled practice corpus'} once for every report ...")
    began = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = load_corpus(path)
    for warning in caught:
        log(f"corpus: {warning.message}")
    snapshot = save_snapshot(articles, work / "corpus.pkl")
    kept = len(load_corpus(path, start, end, outlets, snapshot=snapshot)) if (start or end or outlets) else len(articles)
    info = corpus_info(path, n_articles=len(articles))
    log(f"corpus: {len(articles):,} articles loaded in {time.perf_counter() - began:.0f} s"
        + (f", {kept:,} within the filters" if kept != len(articles) else ""))
    del articles
    gc.collect()
    return path, str(snapshot), info, kept


# ------------------------------------------------------------------- run ---


def declared_parameters(notebook: str | Path) -> set[str]:
    """Names assigned in the notebook's cell tagged ``parameters``."""
    nb = json.loads(Path(notebook).read_text(encoding="utf-8"))
    for cell in nb.get("cells", []):
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            source = "".join(cell.get("source", ""))
            return set(re.findall(r"^([A-Za-z_]\w*)\s*=", source, re.M))
    return set()


def _run_one(nb_path: Path, out: Path, tmp: Path, params: dict[str, Any], plan: ReportPlan, info: CorpusInfo,
             plotlyjs: str, log: Callable[[str], None], label: str) -> dict[str, Any]:
    import nbformat

    log(f"[{nb_path.stem}] {label}: started")
    declared = declared_parameters(nb_path)
    # a notebook gets the settings it has a parameter for (the corpus always)
    given = {k: v for k, v in params.items() if k in declared or k == "corpus"}
    if params.get("corpus_snapshot") and "corpus_snapshot" not in declared:
        log(f"[{nb_path.stem}] has no corpus_snapshot parameter: it loads the corpus again")
    run = run_notebook(nb_path, given, timeout=plan.cell_timeout, log=log, name=nb_path.stem)
    executed = tmp / nb_path.name
    nbformat.write(run.nb, str(executed))
    failure = run.failure.line() if run.failure else None
    page, n_figures = export_html(executed, out / f"{nb_path.stem}.html", info, run.seconds,
                                  plotlyjs=plotlyjs, failure=failure)
    entry = {"notebook": nb_path.name, "file": page.name, "title": _title(nb_path), "figures": n_figures,
             "seconds": run.seconds, "status": "failed" if failure else "done", "error": failure or "",
             "peak_mib": round(run.peak_bytes / 2**20) if run.peak_bytes else None}
    memory = f", peak memory {run.peak_bytes / 2**30:.2f} GB" if run.peak_bytes else ""
    if failure:
        log(f"[{nb_path.stem}] failed in {run.seconds:.1f} s{memory}: {failure}")
        log(f"[{nb_path.stem}] the page with the cells that ran and the error: {page}")
    else:
        log(f"[{nb_path.stem}] done: {n_figures} figures in {run.seconds:.1f} s{memory} -> {page}")
    return entry


def _write_index(out: Path, entries: Sequence[dict[str, Any] | None], info: CorpusInfo, plan: ReportPlan) -> None:
    page = _index_page([e for e in entries if e is not None], info, plan)
    tmp = out / f".index-{os.getpid()}-{threading.get_ident()}.tmp"
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, out / "index.html")


def notebook_memory(notebook: str | Path, n_articles: int) -> int:
    """Estimated peak memory (bytes) of ``notebook``'s kernel on ``n_articles``.

    From the notebook's metadata ``toolkit.kernel_bytes_per_article`` (its
    measured cost per article) when it has one, else the default of
    :func:`toolkit.report.plan.kernel_estimate`.
    """
    nb = json.loads(Path(notebook).read_text(encoding="utf-8"))
    per = nb.get("metadata", {}).get("toolkit", {}).get("kernel_bytes_per_article")
    return kernel_estimate(n_articles, per)


def _run_all(paths: Sequence[Path], out: Path, work: Path, params: dict[str, Any], plan: ReportPlan,
             info: CorpusInfo, plotlyjs: str, log: Callable[[str], None]) -> list[dict[str, Any]]:
    """Run the notebooks, up to ``plan.jobs`` at a time within ``plan.memory_budget``.

    Notebooks are independent (each reads the corpus itself and writes its
    own page; tables are content-named files written atomically), so two
    kernels on two cores about halve the wall time of a run whose cells use
    one core each. A report starts when a slot is free and its memory
    estimate (:func:`notebook_memory`) fits beside the running ones; the
    first pending report that fits starts, and one runs alone whatever its
    estimate. The index is rewritten as each report ends.
    """
    entries: list[dict[str, Any] | None] = [None] * len(paths)
    needs = [notebook_memory(p, plan.n_articles) for p in paths]
    if plotlyjs == "file":
        plotlyjs_file(out)  # once, before the pages that link it
    changed = threading.Condition()
    running: dict[int, int] = {}
    errors: list[BaseException] = []

    def one(i: int) -> None:
        try:
            entry = _run_one(paths[i], out, work, params, plan, info, plotlyjs, log,
                             f"report {i + 1} of {len(paths)}")
        except BaseException as exc:  # noqa: BLE001 - raised again in the calling thread
            errors.append(exc)
            entry = None
        with changed:
            entries[i] = entry
            if entry is not None:
                _write_index(out, entries, info, plan)
            running.pop(i)
            changed.notify_all()

    pending = list(range(len(paths)))
    threads = []
    with changed:
        while pending and not errors:
            fits = [i for i in pending if not running or (
                len(running) < plan.jobs and sum(running.values()) + needs[i] <= plan.memory_budget)]
            if not fits:
                changed.wait()
                continue
            i = fits[0]
            pending.remove(i)
            running[i] = needs[i]
            if running and len(running) > 1:
                log(f"[{paths[i].stem}] runs beside {len(running) - 1} other report(s): about "
                    f"{sum(running.values()) / 2**30:.1f} GB of {plan.memory_budget / 2**30:.1f} GB estimated")
            thread = threading.Thread(target=one, args=(i,), name=f"report-{paths[i].stem}", daemon=True)
            threads.append(thread)
            thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return [e for e in entries if e is not None]


def build_reports(
    corpus: str | Path | None = None,
    out: str | Path = "reports",
    notebooks: Sequence[str | Path] | None = None,
    start: str | None = None,
    end: str | None = None,
    outlets: Sequence[str] | None = None,
    log: Callable[[str], None] = print,
    plotlyjs: str = "file",
    **settings: Any,
) -> pd.DataFrame:
    """Run every curated notebook on a corpus and write HTML reports and an index.

    Parameters
    ----------
    corpus : str or Path, optional
        The user's corpus: anything :func:`toolkit.load_articles` accepts
        (loaded once; the notebooks read a snapshot of it, parameter
        ``corpus_snapshot``), or a corpus store folder (read by each notebook
        as it is); None for the bundled practice corpus (loaded once too).
    out : str or Path
        Output folder; gets ``<notebook>.html``, ``index.html``, plotly.js
        (once, unless ``plotlyjs="inline"``) and ``data/`` with the tables
        the reports used.
    notebooks : sequence of paths, optional
        Notebooks to run; defaults to :func:`curated_notebooks`.
    start, end, outlets
        Filters passed to each notebook's ``parameters`` cell.
    log : callable
        Receives the progress lines (which report, which step, elapsed).
    plotlyjs : {"file", "inline"}
        Where the pages get plotly.js from (see :func:`export_html`).
    **settings
        Overrides of the size-based plan (:func:`toolkit.report.plan_report`):
        ``topic_method``, ``n_topics``, ``map_points``, ``top_outlets``,
        ``sample``, ``check_sample``, ``cell_timeout``, ``jobs`` (most
        notebooks run at a time, each in its own kernel), ``memory_budget``
        (bytes the kernels run at a time may use by their estimates).

    Returns
    -------
    pandas.DataFrame
        One row per report: notebook, file, title, figures, seconds, status
        (``"done"`` or ``"failed"``), error (one line), peak_mib (the
        kernel's peak resident memory, MiB; None off Linux). The plan is in
        ``attrs["plan"]``. A failing notebook does not raise: its page, the
        other reports and the index are written all the same.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths = [Path(p) for p in notebooks] if notebooks else curated_notebooks()
    work = Path(tempfile.mkdtemp(prefix="toolkit-report-"))
    try:
        corpus_arg, snapshot, info, n = _prepare_corpus(corpus, start, end, outlets, work, log)
        plan = plan_report(n, **settings)
        log(f"settings for {n:,} articles (options of toolkit report change them):")
        for line in plan.describe():
            log(f"  {line}")
        params = {"corpus": corpus_arg, "corpus_snapshot": snapshot, "start": start, "end": end,
                  "outlets": list(outlets) if outlets else None,
                  "data_out": str((out / DATA_FOLDER).resolve()), **plan.parameters()}
        entries = _run_all(paths, out, work, params, plan, info, plotlyjs, log)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    table = pd.DataFrame(entries)
    table.attrs["plan"] = plan
    return table
