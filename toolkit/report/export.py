"""Export an executed notebook as a report page: code out of the way, every chart captioned
with its data one click away, a table of contents, and nothing loaded from the network.

What the page does, and where:

- code cells are hidden, a "show code" switch shows them (pure CSS, a
  checkbox: it works offline and where scripts are blocked); the
  parameters cell stays visible, merged with the values papermill injected
  for the run, so the parameters are shown once;
- each plotly figure becomes a ``<figure>`` with its caption and a "download
  data (CSV)" link whose ``data:`` URI holds exactly the rows the figure
  draws (both from ``layout.meta``, see :mod:`toolkit.plots`); rows over
  :data:`INLINE_CSV_BYTES` go to a CSV file beside the page instead;
- a contents box lists the sections and links the tables the notebook saved
  with :func:`toolkit.report.save_tables`;
- plotly.js is written once beside the pages (``plotly-<version>.min.js``),
  or embedded with ``plotlyjs="inline"`` for a single self-contained file.

Article text is data, never markup: tables and text outputs are escaped by
pandas and nbconvert, and raw HTML outputs other than the figures and links
this module writes are shown as text.
"""

from __future__ import annotations

import base64
import copy
import html
import json
import os
import re
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from toolkit.plots._common import META_KEY
from toolkit.report.execute import PROGRESS_MARK
from toolkit.report.tables import TABLES_MIME

__all__ = ["PLOTLY_MIME", "export_html", "plotlyjs_file"]

PLOTLY_MIME = "application/vnd.plotly.v1+json"
_TEMPLATES = Path(__file__).resolve().parents[1] / "resources" / "templates"
_TABLE = re.compile(r"^\s*(<div>\s*<style scoped>[\s\S]*?</style>\s*)?<table border=\"1\" class=\"dataframe")
_HEADING = re.compile(r'<h([23]) id="([^"]+)">(.*?)<a class="anchor-link"', re.S)
_CELL = re.compile(r'<div\s[^>]*class="jp-Cell ')
_ASSIGNMENT = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*=\s*(?P<value>.*?)(?P<comment>\s+#.*)?$")
_TAG = re.compile(r"<[^>]+>")
#: A figure's rows larger than this (bytes of CSV) are written beside the page
#: (``data/<page>-figure-<n>-<name>.csv``) and linked, not carried in the page.
INLINE_CSV_BYTES = 2_000_000


# ---------------------------------------------------------------- plotly.js ---


def plotlyjs_file(folder: str | Path) -> Path:
    """Write plotly.js once into ``folder`` (``plotly-<version>.min.js``) and return its path.

    Parameters
    ----------
    folder : str or Path
        The reports folder.

    Returns
    -------
    Path
        The file; left as it is when it already holds this version.
    """
    from plotly.offline import get_plotlyjs, get_plotlyjs_version

    path = Path(folder) / f"plotly-{get_plotlyjs_version()}.min.js"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
        tmp.write_text(get_plotlyjs(), encoding="utf-8")
        os.replace(tmp, path)
    return path


# --------------------------------------------------------------- parameters ---


def _tagged(nb: Any, tag: str) -> int | None:
    for i, cell in enumerate(nb.cells):
        if tag in cell.get("metadata", {}).get("tags", []):
            return i
    return None


def _literal(value: Any) -> str:
    from papermill.translators import PythonTranslator

    return PythonTranslator.translate(value)


def merge_parameters(nb: Any) -> None:
    """Fold papermill's injected-parameters cell into the parameters cell (in place).

    Each ``name = value  # comment`` line of the parameters cell takes the
    injected value; a changed line keeps its comment and adds the default.
    Injected names the cell lacks are appended. The injected cell is removed.
    """
    injected = _tagged(nb, "injected-parameters")
    if injected is None:
        return
    params = dict(nb.metadata.get("papermill", {}).get("parameters") or {})
    target = _tagged(nb, "parameters")
    if target is None or not params:
        if target is not None:
            del nb.cells[injected]
        else:
            nb.cells[injected].metadata["tags"] = ["parameters"]
        return
    cell = nb.cells[target]
    lines = cell.source.splitlines()
    done = set()
    for i, line in enumerate(lines):
        match = _ASSIGNMENT.match(line)
        if not match or match["name"] not in params:
            continue
        name, old = match["name"], match["value"]
        new = _literal(params[name])
        done.add(name)
        if new == old:
            continue
        comment = (match["comment"] or "  #").rstrip()
        lines[i] = f"{name} = {new}{comment}{';' if match['comment'] else ''} default {old}"
    lines += [f"{name} = {_literal(value)}  # set for this run" for name, value in params.items() if name not in done]
    cell.source = "\n".join(lines)
    del nb.cells[injected]


# ------------------------------------------------------------------ figures ---


def _split_meta(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The figure without the toolkit's meta entry, and that entry."""
    spec = copy.deepcopy(spec)
    layout = spec.setdefault("layout", {})
    meta = layout.get("meta")
    entry = {}
    if isinstance(meta, dict) and isinstance(meta.get(META_KEY), dict):
        entry = meta.pop(META_KEY)
        if not meta:
            layout.pop("meta")
    return spec, entry


def _array(value: Any) -> list:
    """A trace's values as a list; plotly stores numeric arrays as ``{"dtype", "bdata", "shape"}``."""
    if value is None:
        return []
    if isinstance(value, dict) and "bdata" in value:
        import numpy as np

        array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value.get("dtype", "f8"))
        shape = value.get("shape")
        if shape:
            array = array.reshape([int(n) for n in str(shape).split(",")])
        return array.tolist()
    return [list(v) if isinstance(v, tuple) else v for v in value]


def _traces_csv(fig: Any) -> tuple[str, int]:
    """Rows of a figure made elsewhere: one per point (trace name, x, y), one per heat-map cell (and z)."""
    rows = []
    for trace in fig.data:
        xs, ys = _array(getattr(trace, "x", None)), _array(getattr(trace, "y", None))
        if trace.type == "heatmap" and trace.z is not None:
            z = _array(trace.z)
            xs = xs or list(range(len(z[0]) if z else 0))
            ys = ys or list(range(len(z)))
            rows += [{"trace": trace.name, "x": x, "y": y, "z": z[i][j]} for i, y in enumerate(ys) for j, x in enumerate(xs)]
            continue
        for i in range(max(len(xs), len(ys))):
            rows.append({"trace": trace.name, "x": xs[i] if i < len(xs) else None,
                         "y": ys[i] if i < len(ys) else None})
    columns = ["trace", "x", "y", *(["z"] if any("z" in r for r in rows) else [])]
    return pd.DataFrame(rows, columns=columns).to_csv(index=False, lineterminator="\n"), len(rows)


def _title(spec: dict[str, Any]) -> str:
    title = spec.get("layout", {}).get("title")
    text = title.get("text") if isinstance(title, dict) else title
    return _TAG.sub(" ", str(text or "")).strip()


def _figure_html(spec: dict[str, Any], number: int, stem: str, page_dir: Path | None = None) -> str:
    import plotly.io as pio

    spec, entry = _split_meta(spec)
    fig = pio.from_json(json.dumps(spec), skip_invalid=True)
    if entry.get("csv") is not None:
        csv, n_rows, caption = entry["csv"], int(entry.get("rows", 0)), str(entry.get("caption", ""))
        name = re.sub(r"[^\w.-]+", "-", str(entry.get("name") or "figure"))
    else:
        csv, n_rows = _traces_csv(fig)
        caption = f"{_title(spec) or 'Figure'}: made outside toolkit.plots, so its data and method are not stated."
        name = "figure"
    plot = pio.to_html(fig, include_plotlyjs=False, full_html=False, div_id=f"figure-{number}",
                       config={"responsive": True, "displaylogo": False}, validate=False)
    filename = f"{stem}-figure-{number}-{name}.csv"
    data = csv.encode("utf-8")
    if page_dir is not None and len(data) > INLINE_CSV_BYTES:
        # too big to ride in the page: written beside it, in the tables folder
        target = page_dir / "data" / filename
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        href = f"data/{filename}"
    else:
        href = "data:text/csv;charset=utf-8;base64," + base64.b64encode(data).decode("ascii")
    return (
        f'<figure class="toolkit-figure-block" id="fig-{number}">'
        f'<div class="toolkit-figure">{plot}</div>'
        f'<figcaption><b>Figure {number}.</b> {html.escape(caption)} '
        f'<a class="toolkit-csv" download="{html.escape(filename)}" href="{href}" '
        f'data-rows="{n_rows}">download data (CSV, {n_rows} rows)</a></figcaption></figure>'
    )


def _is_pandas_table(html_text: str | list[str]) -> bool:
    text = "".join(html_text) if isinstance(html_text, list) else html_text
    # pandas escapes cell values by default; a table it wrote has no script tag of its own.
    return bool(_TABLE.match(text)) and "<script" not in text.lower()


def _prepare(nb: Any, stem: str, page_dir: Path | None = None) -> tuple[int, list[dict[str, Any]]]:
    """Turn figures into captioned HTML, collect saved tables, show other raw HTML as text.

    Returns the number of figures and the tables the notebook saved.
    """
    n = 0
    tables: list[dict[str, Any]] = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        kept = []
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                # progress lines are the run's log, not the report's content
                text = "".join(output.get("text", ""))
                lines = [line for line in text.splitlines(keepends=True) if not line.startswith(PROGRESS_MARK)]
                if not lines:
                    continue
                output["text"] = "".join(lines)
            data = output.get("data", {})
            if TABLES_MIME in data:
                tables.extend(data[TABLES_MIME].get("tables", []))
                continue  # linked from the contents box
            if PLOTLY_MIME in data:
                n += 1
                data["text/html"] = _figure_html(data.pop(PLOTLY_MIME), n, stem, page_dir)
            elif "text/html" in data and not _is_pandas_table(data["text/html"]):
                # Raw HTML from a notebook is shown as text unless it is a pandas table:
                # nothing a corpus contains can become markup in a report.
                raw = data.pop("text/html")
                data.setdefault("text/plain", "".join(raw) if isinstance(raw, list) else raw)
            kept.append(output)
        cell.outputs = kept
    return n, tables


# ----------------------------------------------------------------- contents ---


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{max(1, round(n / 1e3))} kB"


def _contents(body: str, tables: list[dict[str, Any]], page_dir: Path) -> str:
    sections: list[tuple[str, list[str]]] = []
    for level, anchor, text in _HEADING.findall(body):
        link = f'<a href="#{html.escape(anchor, quote=True)}">{_TAG.sub("", text).strip()}</a>'
        if level == "3" and sections:
            sections[-1][1].append(f"<li>{link}</li>")
        else:
            sections.append((link, []))
    toc = "".join(f"<li>{link}" + (f"<ul>{''.join(subs)}</ul>" if subs else "") + "</li>" for link, subs in sections)
    rows = []
    for t in tables:
        links = []
        for kind in ("parquet", "csv"):
            rel = Path(os.path.relpath(t[kind], page_dir)).as_posix()
            size = t.get("bytes", {}).get(kind)
            links.append(f'<a href="{html.escape(rel, quote=True)}">{kind.upper()}</a>'
                         + (f" ({_size(size)})" if size else ""))
        rows.append(f"<li><b>{html.escape(t['name'])}</b>: {t['rows']:,} rows · {' · '.join(links)}</li>")
    data = (f'<div class="toolkit-data"><h2 class="toolkit-nav-title">Data behind this report</h2>'
            f'<ul>{"".join(rows)}</ul><p>Each figure also has a link to download exactly the rows it draws.</p></div>'
            if rows else "")
    return (f'<nav class="toolkit-toc" aria-label="Contents"><h2 class="toolkit-nav-title">Contents</h2>'
            f"<ul>{toc}</ul>{data}</nav>")


def _insert_contents(body: str, nav: str) -> str:
    """Put the contents box before the second cell (after the title and introduction)."""
    cells = list(_CELL.finditer(body))
    at = cells[1].start() if len(cells) > 1 else (cells[0].start() if cells else body.find("<main>") + 6)
    return body[:at] + nav + body[at:]


# ------------------------------------------------------------------- export ---


def export_html(
    notebook: str | Path,
    output: str | Path,
    info: Any = None,
    run_seconds: float | None = None,
    plotlyjs: str = "file",
    failure: str | None = None,
) -> tuple[Path, int]:
    """Export an executed notebook to an HTML report page.

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
    plotlyjs : {"file", "inline"}
        ``"file"``: plotly.js is written once beside the page
        (:func:`plotlyjs_file`) and loaded from there; ``"inline"``: embedded
        in the page, which then stands alone.
    failure : str, optional
        Why the notebook stopped (one line); shown in a banner at the top
        of the page, above the cells that ran.

    Returns
    -------
    (Path, int)
        The page and the number of figures in it.
    """
    import nbformat
    from nbconvert import HTMLExporter
    from plotly.offline import get_plotlyjs

    import toolkit

    if plotlyjs not in ("file", "inline"):
        raise ValueError(f"export_html: plotlyjs must be 'file' or 'inline', not {plotlyjs!r}")
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    nb = nbformat.read(str(notebook), as_version=4)
    merge_parameters(nb)
    n_figures, tables = _prepare(nb, output.stem, output.parent)
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
    script = {"inline": "", "src": ""}
    if n_figures and plotlyjs == "inline":
        script["inline"] = get_plotlyjs()
    elif n_figures:
        script["src"] = plotlyjs_file(output.parent).name
    resources = {"toolkit_plotlyjs": script, "toolkit_footer": footer, "metadata": {"name": output.stem},
                 "toolkit_failure": (failure or "").rstrip(".")}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    body = _insert_contents(body, _contents(body, tables, output.parent.resolve()))
    output.write_text(body, encoding="utf-8")
    return output, n_figures
