"""Run one notebook: parameters injected, progress on the command line, a failure in one line.

:func:`run_notebook` injects parameters as papermill does (a cell tagged
``injected-parameters`` after the ``parameters`` cell, the values in
``metadata.papermill.parameters``) and executes the notebook with nbclient,
in its own folder, on a kernel that talks over local sockets (IPC). While it
runs, ``log`` receives a line when a new step starts (the step is the
notebook's latest heading), a line when a cell took long, a "still running"
line every :data:`HEARTBEAT` seconds of a long cell, and the progress lines
the cell itself prints with :func:`progress`. A cell that fails or runs past
the time limit stops the notebook; the result keeps the executed notebook
(outputs up to there, the error in the failing cell) and a
:class:`NotebookFailure` whose :meth:`~NotebookFailure.line` says which
notebook, which step, and what to change.

:func:`progress` and :func:`in_chunks` are for notebook cells: a slow cell
prints what it is doing, so JupyterLab shows it under the cell and the
command line shows it too. Report pages leave these lines out.
"""

from __future__ import annotations

import logging
import re
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = [
    "HEARTBEAT",
    "PROGRESS_MARK",
    "NotebookFailure",
    "NotebookRun",
    "in_chunks",
    "progress",
    "run_notebook",
    "step_of",
]

#: Lines a cell prints with :func:`progress` start with this mark.
PROGRESS_MARK = "… "
#: Seconds between "still running" lines of a long cell.
HEARTBEAT = 60.0
#: A finished cell that took at least this long gets a line of its own.
SLOW_CELL = 5.0
_HEADING = re.compile(r"^#{1,3}\s+(.+?)\s*$", re.M)
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


# ------------------------------------------------------------ in the cells ---


def progress(message: str) -> None:
    """Print one progress line from a notebook cell (shown in Lab and on the command line).

    Parameters
    ----------
    message : str
        What the cell is doing, e.g. ``"fitting topics on 100,000 articles"``.
    """
    print(f"{PROGRESS_MARK}{message}", flush=True)


def _merge_attrs(parts: list[pd.DataFrame]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for part in parts:
        for key, value in part.attrs.items():
            if key not in merged:
                merged[key] = value
            elif isinstance(value, list) and isinstance(merged[key], list):
                merged[key] = merged[key] + value
            elif isinstance(value, pd.DataFrame) and isinstance(merged[key], pd.DataFrame):
                merged[key] = pd.concat([merged[key], value], ignore_index=True)
            elif isinstance(value, int | float) and isinstance(merged[key], int | float):
                merged[key] = merged[key] + value
    return merged


def in_chunks(
    func: Callable[[pd.DataFrame], pd.DataFrame],
    frame: pd.DataFrame,
    what: str,
    size: int = 5_000,
) -> pd.DataFrame:
    """Apply a per-article function to ``frame`` in chunks of rows, printing progress.

    Only for functions whose result for an article does not depend on the
    other articles (``extract_events``, ``extract_attributions``): the
    result is the same as one call on the whole frame.

    Parameters
    ----------
    func : callable
        Takes a frame of articles, returns a frame (list-valued ``attrs``
        are joined, numbers added).
    frame : pandas.DataFrame
        The articles; not modified.
    what : str
        What is being done, for the progress lines (``"events"``).
    size : int
        Rows per chunk; a frame of at most this many rows is one call
        without progress lines.

    Returns
    -------
    pandas.DataFrame
    """
    if len(frame) <= size:
        return func(frame)
    began = time.perf_counter()
    parts = []
    for start in range(0, len(frame), size):
        parts.append(func(frame.iloc[start:start + size]))
        done = min(len(frame), start + size)
        seconds = time.perf_counter() - began
        left = seconds / done * (len(frame) - done)
        progress(f"{what}: {done:,} of {len(frame):,} articles, {seconds:.0f} s"
                 + (f", about {left:.0f} s left" if done < len(frame) else ""))
    out = pd.concat(parts, ignore_index=True)
    out.attrs = _merge_attrs(parts)
    return out


# ------------------------------------------------------------- the runner ---


def step_of(cells: Iterable[Any], index: int) -> str:
    """The latest markdown heading at or before cell ``index`` (the step a reader sees)."""
    step = "start"
    for i, cell in enumerate(cells):
        if i > index:
            break
        if cell.get("cell_type") == "markdown":
            found = _HEADING.findall(cell.get("source", ""))
            if found:
                step = found[-1].strip()
    return step


@dataclass
class NotebookFailure:
    """Why a notebook stopped: where, what, and what to change."""

    notebook: str
    step: str
    cell: int
    kind: str  # "timeout", "error" or "kernel"
    message: str
    timeout: int | None = None
    hints: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One line for the command line and the index page."""
        where = f"report {self.notebook} stopped at step {self.step!r} (cell {self.cell})"
        if self.kind == "timeout":
            what = f"it ran past the cell time limit of {self.timeout} s"
            change = [f"--cell-timeout {2 * (self.timeout or 600)}", *self.hints]
            return f"{where}: {what}; run again with {' or '.join(change)}"
        if self.kind == "kernel":
            return f"{where}: the notebook's Python process died ({self.message}); " + (
                "if memory ran out, run again with " + " or ".join(self.hints) if self.hints
                else "see the page for the last output")
        return f"{where}: {self.message}; the page shows the error under that cell"


@dataclass
class NotebookRun:
    """An executed (or partly executed) notebook and how it went.

    ``peak_bytes`` is the kernel's peak resident memory (Linux ``VmHWM``;
    None where ``/proc`` is not there).
    """

    nb: Any
    seconds: float
    failure: NotebookFailure | None = None
    peak_bytes: int | None = None


def _peak_rss(pid: int | None) -> int | None:
    """Peak resident memory of process ``pid`` so far (``VmHWM``), or None."""
    if not pid:
        return None
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        return None
    return None


class _Runner:
    """nbclient with progress lines, a heartbeat and a remembered timeout."""

    def __init__(self, nb: Any, name: str, log: Callable[[str], None], timeout: int, cwd: Path,
                 record_timing: bool) -> None:
        from jupyter_client.manager import AsyncKernelManager
        from nbclient import NotebookClient

        quiet = logging.getLogger("toolkit.report.nbclient")
        quiet.addHandler(logging.NullHandler())
        quiet.propagate = False
        runner = self

        class Client(NotebookClient):
            def create_kernel_manager(self) -> Any:
                # local sockets, at an absolute path: the kernel runs in the notebook's folder
                self.km = AsyncKernelManager(kernel_name="python3", transport="ipc",
                                             ip=str(Path(runner.sockets.name) / "kernel"))
                return self.km

            async def _async_handle_timeout(self, timeout: int, cell: Any = None) -> Any:
                runner.timed_out = True
                return await super()._async_handle_timeout(timeout, cell)

            def output(self, outs: Any, msg: dict[str, Any], display_id: Any, cell_index: int) -> Any:
                if msg.get("msg_type") == "stream":
                    for line in str(msg.get("content", {}).get("text", "")).splitlines():
                        if line.startswith(PROGRESS_MARK):
                            runner.say(f"  {line[len(PROGRESS_MARK):]}")
                return super().output(outs, msg, display_id, cell_index)

        self.nb, self.name, self.log, self.timeout = nb, name, log, timeout
        self.sockets = tempfile.TemporaryDirectory(prefix="toolkit-kernel-")
        self.timed_out = False
        self.began = time.perf_counter()
        self.step = ""
        self.cell_began = 0.0
        self.running: int | None = None
        self.current = 0  # the code cell started last
        self.peak: int | None = None  # the kernel's peak resident memory, read after each cell
        self._stop = threading.Event()
        self.client = Client(
            nb, timeout=timeout, interrupt_on_timeout=True, kernel_name="python3", log=quiet,
            error_on_timeout={"ename": "CellTimeoutError", "evalue": f"the cell ran past {timeout} s",
                              "traceback": []},
            resources={"metadata": {"path": str(cwd)}}, record_timing=record_timing,
            on_cell_start=self._start, on_cell_executed=self._executed,
        )

    def say(self, text: str) -> None:
        self.log(f"[{self.name}] {text}")

    def elapsed(self) -> str:
        minutes, seconds = divmod(int(time.perf_counter() - self.began), 60)
        return f"{minutes}:{seconds:02d}"

    def _start(self, cell: Any, cell_index: int) -> None:
        if cell.get("cell_type") != "code":
            return
        step = step_of(self.nb.cells, cell_index)
        if step != self.step:
            self.step = step
            self.say(f"{step} ({self.elapsed()} elapsed)")
        self.running, self.current, self.cell_began = cell_index, cell_index, time.perf_counter()

    def _read_peak(self) -> None:
        provisioner = getattr(getattr(self.client, "km", None), "provisioner", None)
        peak = _peak_rss(getattr(provisioner, "pid", None))
        if peak is not None:
            self.peak = max(self.peak or 0, peak)

    def _executed(self, cell: Any, cell_index: int, execute_reply: Any = None) -> None:
        self._read_peak()
        took = time.perf_counter() - self.cell_began
        self.running = None
        if took >= SLOW_CELL:
            self.say(f"  cell {cell_index} took {took:.0f} s")

    def _heartbeat(self) -> None:
        while not self._stop.wait(HEARTBEAT):
            self._read_peak()
            if self.running is not None:
                took = time.perf_counter() - self.cell_began
                self.say(f"  {self.step}: cell {self.running} still running, {took:.0f} s "
                         f"(limit {self.timeout} s)")

    def run(self) -> Exception | None:
        thread = threading.Thread(target=self._heartbeat, daemon=True)
        thread.start()
        try:
            self.client.execute()
        except Exception as exc:  # noqa: BLE001 - every failure becomes a NotebookFailure
            return exc
        finally:
            self._stop.set()
            thread.join(timeout=1)
            self.sockets.cleanup()
        return None


def _error_cell(nb: Any) -> tuple[int, str]:
    """Index of the cell holding an error output, and the error in one line."""
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                value = _ANSI.sub("", str(out.get("evalue", ""))).strip().splitlines()
                return i, f"{out.get('ename', 'Error')}: {value[0] if value else ''}".rstrip(": ")
    return -1, ""


def _hints(params: dict[str, Any]) -> list[str]:
    """Options that make this notebook cheaper, from the parameters it was given."""
    hints = []
    if "topic_method" in params and params["topic_method"] != "minibatch":
        hints.append("--topic-method minibatch")
    if "n_topics" in params and params["n_topics"] == "auto":
        hints.append("--n-topics 10")
    if isinstance(params.get("sample"), int) and params["sample"] > 1000:
        hints.append(f"--sample {params['sample'] // 2}")
    return hints


def _failure(runner: _Runner, exc: Exception, notebook: str, params: dict[str, Any]) -> NotebookFailure:
    from nbclient.exceptions import DeadKernelError

    index, message = _error_cell(runner.nb)
    if index < 0:
        index = runner.current
        message = _ANSI.sub("", str(exc)).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    kind = "timeout" if runner.timed_out else "kernel" if isinstance(exc, DeadKernelError) else "error"
    if kind == "kernel":
        message = "killed, perhaps for lack of memory"
    if kind == "timeout" and 0 <= index < len(runner.nb.cells):
        import nbformat

        said = f"stopped: the cell ran past the limit of {runner.timeout} s (toolkit report --cell-timeout)"
        runner.nb.cells[index].setdefault("outputs", []).append(nbformat.v4.new_output(
            "error", ename="CellTimeoutError", evalue=said, traceback=[f"CellTimeoutError: {said}"]))
        message = f"ran past {runner.timeout} s"
    return NotebookFailure(notebook, step_of(runner.nb.cells, index), index, kind, message,
                           runner.timeout if kind == "timeout" else None, _hints(params))


def run_notebook(
    path: str | Path,
    parameters: dict[str, Any] | None = None,
    *,
    timeout: int = 600,
    log: Callable[[str], None] = print,
    name: str | None = None,
    record_timing: bool = True,
) -> NotebookRun:
    """Execute a notebook in its own folder; never raises for a failing cell.

    Parameters
    ----------
    path : str or Path
        Notebook with a cell tagged ``parameters`` (when ``parameters`` are given).
    parameters : dict, optional
        Values injected after the ``parameters`` cell (as papermill does).
    timeout : int
        Seconds a cell may run; a longer cell is interrupted and the
        notebook stops there.
    log : callable
        Receives the progress lines.
    name : str, optional
        Name shown in the progress lines (default: the file's stem).
    record_timing : bool
        Keep nbclient's timing metadata in the cells.

    Returns
    -------
    NotebookRun
        The executed notebook, its run time, and the failure if it stopped.
    """
    import nbformat
    from papermill.parameterize import parameterize_notebook

    path = Path(path).resolve()
    nb = nbformat.read(str(path), as_version=4)
    if parameters:
        nb.metadata["papermill"] = nbformat.NotebookNode({"parameters": {}})
        for cell in nb.cells:  # papermill reads every cell's tags
            cell.metadata.setdefault("tags", [])
        nb = parameterize_notebook(nb, parameters, report_mode=False, kernel_name="python3", language="python")
    runner = _Runner(nb, name or path.stem, log, timeout, path.parent, record_timing)
    exc = runner.run()
    seconds = time.perf_counter() - runner.began
    failure = None
    if exc is not None:
        failure = _failure(runner, exc, name or path.stem, parameters or {})
    return NotebookRun(runner.nb, seconds, failure, runner.peak)
