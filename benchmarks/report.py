"""Report benchmark: ``toolkit report`` on distinct corpora of 1,000 to 100,000 real-language articles.

The corpora are recombined from the sentences of the extraction bench's
pages (passed as the first argument; see ``benchmarks/scale_corpus.py``):
every article is distinct, in the bench's languages (two thirds German, a
sixth English, then Spanish, French, Polish, ...), with planted near-copies
and planted events. For each ``--n``:

1. the articles are generated in this process and written to a corpus store
   (``toolkit.store.write_store``), as a researcher with a large corpus
   keeps it; with ``--jsonl`` also as JSON Lines export files, the way a
   researcher without a store hands over a folder (``--corpus``);
2. ``toolkit report --store STORE --out OUT`` (or ``--corpus FOLDER``) runs
   as a child process, exactly as from the command line, with the defaults
   it picks for the corpus size.

Reported per run: wall time, CPU seconds of the whole process tree, the
peak resident memory of the whole process tree (the command, its Jupyter
kernels and any Dask workers, sampled every 0.25 s from ``/proc`` with
psutil), the load average of the machine (the 2 cores are shared; the
1-minute load average every 5 s of the run, its mean and maximum), the size
of every report page, and the seconds and status of each report as the
command printed them.

Usage::

    .venv/bin/python benchmarks/report.py ../shared/extraction-bench --n 1000 --n 10000
    nohup .venv/bin/python benchmarks/report.py ../shared/extraction-bench --n 100000 \\
        --out /tmp/report-bench > /tmp/report-bench.log 2>&1 &

Results are appended as JSON lines to ``OUT/results.jsonl`` and printed as
a Markdown table at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from scale_corpus import TRUTH_COLUMNS, CorpusSpec, build_pools, make_articles, plan_copies  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
MiB = 1024 * 1024
#: Rows generated per batch (keeps the generator's memory flat).
BATCH = 10_000
#: Targets of the issue: (articles, seconds, peak bytes, largest page bytes).
TARGETS = {100_000: (20 * 60, 6 * 1024 * MiB, 10_000_000), 10_000: (3 * 60, None, 10_000_000)}


class TreeMonitor:
    """Peak resident memory and CPU time of a process and all its descendants."""

    def __init__(self, pid: int, interval: float = 0.25) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self.cpu: dict[int, float] = {}
        self.loads: list[float] = []
        self._last_load = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        import psutil

        try:
            procs = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return
        total = 0
        for proc in procs:
            try:
                total += proc.memory_info().rss
                times = proc.cpu_times()
                self.cpu[proc.pid] = times.user + times.system + times.children_user + times.children_system
            except psutil.Error:
                continue
        self.peak = max(self.peak, total)
        if time.monotonic() - self._last_load >= 5:
            self._last_load = time.monotonic()
            self.loads.append(os.getloadavg()[0])

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def start(self) -> TreeMonitor:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu.values())


def write_corpus(n: int, pools: Path, seed: int, out: Path, jsonl: bool) -> dict[str, Any]:
    """Generate ``n`` articles into ``out/store`` (and ``out/jsonl`` with ``jsonl``)."""
    from toolkit.store import write_store

    for sub in ("store", "jsonl"):
        shutil.rmtree(out / sub, ignore_errors=True)
    spec = CorpusSpec(str(pools), seed, n)
    origin = plan_copies(n, seed)
    started = time.perf_counter()
    rows = 0
    for start in range(0, n, BATCH):
        stop = min(n, start + BATCH)
        frame = make_articles(start, stop, origin[start:stop], spec).drop(columns=TRUTH_COLUMNS)
        write_store(frame, out / "store")
        if jsonl:
            (out / "jsonl").mkdir(parents=True, exist_ok=True)
            export = frame[["url", "outlet", "title", "published", "language", "text"]].assign(
                published=frame["published"].dt.strftime("%Y-%m-%dT%H:%M:%SZ"))
            export.to_json(out / "jsonl" / f"part-{start:07d}.jsonl", orient="records", lines=True,
                           force_ascii=False)
        rows += len(frame)
    return {"articles": rows, "generate_seconds": round(time.perf_counter() - started, 1),
            "store_mib": round(sum(p.stat().st_size for p in (out / "store").rglob("*.parquet")) / MiB, 1)}


def run_report(args_list: list[str], out: Path, log: Path) -> dict[str, Any]:
    """Run ``toolkit report`` with ``args_list`` as a child process and measure it."""
    shutil.rmtree(out, ignore_errors=True)
    command = [str(ROOT / ".venv" / "bin" / "toolkit"), "report", "--out", str(out), *args_list]
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    with log.open("w") as handle:
        proc = subprocess.Popen(command, stdout=handle, stderr=subprocess.STDOUT, cwd=ROOT)
        monitor = TreeMonitor(proc.pid).start()
        code = proc.wait()
        monitor.stop()
    wall = time.perf_counter() - started
    pages = {p.name: p.stat().st_size for p in sorted(out.glob("*.html"))}
    text = log.read_text(encoding="utf-8", errors="replace")
    reports = re.findall(r"^\[(\d\d_[\w-]+)\] (done|failed)[^\n]*?in ([\d.]+) s(?:, peak memory ([\d.]+) GB)?",
                         text, re.M)
    return {
        "command": " ".join(["toolkit", "report", "--out", str(out), *args_list]),
        "exit_code": code, "wall_seconds": round(wall, 1), "cpu_seconds": round(monitor.cpu_seconds, 1),
        "peak_tree_mib": round(monitor.peak / MiB), "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
        "load_mean": round(sum(monitor.loads) / len(monitor.loads), 2) if monitor.loads else None,
        "load_max": round(max(monitor.loads), 2) if monitor.loads else None, "pages": pages,
        "largest_page_mib": round(max(pages.values(), default=0) / MiB, 2),
        "reports": {name: {"status": status, "seconds": float(sec), "kernel_peak_gb": float(gb) if gb else None}
                    for name, status, sec, gb in reports},
        "last_lines": text.strip().splitlines()[-3:],
    }


def _verdict(row: dict[str, Any]) -> str:
    target = TARGETS.get(row["articles"])
    if target is None:
        return ""
    seconds, peak, page = target
    bad = []
    if row["wall_seconds"] > seconds:
        bad.append(f"wall > {seconds // 60} min")
    if peak is not None and row["peak_tree_mib"] * MiB > peak:
        bad.append(f"peak > {peak / 1024 / MiB:.0f} GB")
    if max(row["pages"].values(), default=0) > page:
        bad.append("a page > 10 MB")
    if row["exit_code"]:
        bad.append("failed")
    return "meets the targets" if not bad else "; ".join(bad)


def _load(row: dict[str, Any]) -> str:
    if row.get("load_mean") is None:
        return f"{row['load_before']:.1f} (before)"
    return f"{row['load_mean']:.1f}, {row['load_max']:.1f}"


def table(rows: list[dict[str, Any]]) -> str:
    """Markdown table of the runs."""
    names = sorted({name for row in rows for name in row["pages"]})
    short = [re.sub(r"^(\d\d)_.*", r"\1", name) for name in names]
    head = ("| articles | input | wall | CPU s | peak RSS (tree) | load avg (mean, max) | "
            + " | ".join(f"{s} page (MB)" for s in short) + " | targets |")
    lines = [head, "|" + "---|" * (7 + len(names))]
    for row in rows:
        minutes, seconds = divmod(int(round(row["wall_seconds"])), 60)
        sizes = " | ".join(f"{row['pages'].get(name, 0) / 1e6:.2f}" if name in row["pages"] else "-" for name in names)
        lines.append(f"| {row['articles']:,} | {row['input']} | {minutes}:{seconds:02d} | {row['cpu_seconds']:.0f} | "
                     f"{row['peak_tree_mib'] / 1024:.2f} GB | {_load(row)} | {sizes} | {_verdict(row)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", help="the extraction bench folder (index.jsonl, html/)")
    parser.add_argument("--n", type=int, action="append", help="corpus sizes (default 1000 and 10000)")
    parser.add_argument("--out", default="/tmp/report-bench", help="work folder (corpora, reports, results)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jsonl", action="store_true",
                        help="also write the corpus as JSON Lines files and run `--corpus FOLDER` on them")
    parser.add_argument("--report-args", default="", help="extra arguments for toolkit report (quoted)")
    args = parser.parse_args(argv)
    work = Path(args.out)
    work.mkdir(parents=True, exist_ok=True)
    pools = work / "pools.json"
    if not pools.exists():
        print(json.dumps({"pools": build_pools(args.bench, pools)}), flush=True)
    rows = []
    for n in args.n or [1000, 10_000]:
        folder = work / f"n{n}"
        folder.mkdir(parents=True, exist_ok=True)
        corpus = write_corpus(n, pools, args.seed, folder, args.jsonl)
        print(json.dumps({"n": n, **corpus}), flush=True)
        inputs = [("store", ["--store", str(folder / "store")])]
        if args.jsonl:
            inputs.append(("JSON Lines", ["--corpus", str(folder / "jsonl")]))
        for label, report_args in inputs:
            extra = args.report_args.split() if args.report_args else []
            result = run_report([*report_args, *extra], folder / f"reports-{label.split()[0].lower()}",
                                folder / f"report-{label.split()[0].lower()}.log")
            row = {"articles": n, "input": label, **corpus, **result}
            rows.append(row)
            with (work / "results.jsonl").open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(row) + "\n")
            print(json.dumps(row), flush=True)
    print(table(rows))
    return 0 if all(row["exit_code"] == 0 for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
