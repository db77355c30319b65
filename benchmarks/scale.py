"""Scale benchmark: N distinct articles through the corpus store and every stage on a 2-worker LocalCluster.

The corpus is generated from real sentences of the extraction bench (passed
as the first argument), with planted near-copies and planted events; see
``benchmarks/scale_corpus.py`` for how. For each ``--n``, on a fresh
``LocalCluster`` (``--workers`` processes, one thread and ``--memory-limit``
each, started through :func:`toolkit.parallel.client`):

1. **store**: the workers generate the articles partition by partition and
   :func:`toolkit.store.write_store` writes them (month partitions);
2. every stage on ``read_store(path)`` (a Dask frame): events, attributions,
   attention, distinctive terms, consolidation, reported counts, copies and
   topics (fitted twice, ``random_state`` 0 and 1; when the copies stage ran
   before in the same run, topics take its table, ``copies=``, instead of
   running the copy detector again: ``copies_reused`` in its row). A stage whose function
   does not take a Dask frame yet is reported ``skipped (pandas only)``
   with its error, not run on pandas in its place; one whose Dask path runs
   in this process and returns pandas is run and reported
   ``ok (client side)`` with a note. Topics run on the workers (counts,
   copies, the hashed sample, the assignment; only the per-language
   sample is fitted in this process).

Reported per stage: wall time, articles/s, the peak resident memory of each
worker during the stage (sampled every half second from the workers'
``/proc`` through ``client.run``) and of this client process, and quality
against the planted truth: the copies' pair precision and recall (pairs
within a planted group: an original and its copies; per edit rate too),
the planted events found (type and count; and the exact day), the topics'
adjusted Rand index between the two seeds and against the planted topic
pools, and this process's lifetime peak after the topics. At the end, each worker's
lifetime peak (``ru_maxrss``) and the number of worker restarts.

Usage::

    .venv/bin/python benchmarks/scale.py ../shared/extraction-bench --n 100000
    nohup .venv/bin/python benchmarks/scale.py ../shared/extraction-bench --n 100000 --n 1000000 \\
        --out /tmp/scale > /tmp/scale/log.txt 2>&1 &
    .venv/bin/python benchmarks/scale.py ../shared/extraction-bench --n 20000 --stages events copies
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))

from scale_corpus import TRUTH_COLUMNS, CorpusSpec, build_pools, make_articles, plan_copies  # noqa: E402

import toolkit  # noqa: E402
from toolkit import parallel  # noqa: E402
from toolkit.schema import ARTICLES, conform, validate  # noqa: E402
from toolkit.store import read_store, write_store  # noqa: E402

MiB = 2**20


def _rss() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * resource.getpagesize()


def _maxrss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _cpu() -> float:
    return time.process_time()


def _pid() -> int:
    return os.getpid()


class Monitor:
    """Peak resident memory of every worker (and of this process) per stage."""

    def __init__(self, client: Any, interval: float = 0.5) -> None:
        self.client = client
        self.interval = interval
        self.stage: str | None = None
        self.peaks: dict[str, dict[str, int]] = {}
        self.cpu: dict[str, float] = {}
        self.pids: set[int] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def sample(self) -> None:
        stage = self.stage
        if stage is None:
            return
        try:
            values = self.client.run(_rss)
            self.pids.update(self.client.run(_pid).values())
        except Exception:  # noqa: BLE001 - a worker restarting is reported, not fatal
            return
        values["client"] = _rss()
        peak = self.peaks.setdefault(stage, {})
        for worker, rss in values.items():
            peak[worker] = max(peak.get(worker, 0), rss)

    def start(self) -> Monitor:
        self._thread.start()
        return self

    def close(self) -> None:
        self._stop.set()
        self._thread.join()

    def _cpu_now(self) -> float:
        try:
            return sum(self.client.run(_cpu).values()) + time.process_time()
        except Exception:  # noqa: BLE001
            return float("nan")

    @contextmanager
    def measure(self, stage: str) -> Any:
        """Sample memory while the block runs; CPU seconds of workers and client in ``cpu``."""
        self.stage = stage
        self.sample()
        before = self._cpu_now()
        try:
            yield
        finally:
            self.sample()
            self.cpu[stage] = round(self._cpu_now() - before, 1)
            self.stage = None


def _generate(start: int, stop: int, origin: np.ndarray, spec: CorpusSpec, out: str) -> int:
    """Write rows ``start:stop`` of the corpus as an input shard and its ground truth."""
    frame = make_articles(start, stop, origin, spec)
    frame[["article_id", *TRUTH_COLUMNS]].to_parquet(Path(out) / "truth" / f"part-{start:09d}.parquet", index=False)
    articles = frame.drop(columns=TRUTH_COLUMNS + ["authors", "related"])
    articles.to_parquet(Path(out) / "input" / f"part-{start:09d}.parquet", index=False)
    return len(frame)


def generate(n: int, spec: CorpusSpec, rows: int, out: Path) -> int:
    """Generate the corpus on the workers into ``out/input`` (articles) and ``out/truth``."""
    from dask import delayed

    for sub in ("input", "truth"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    origin = plan_copies(n, spec.seed)
    tasks = [delayed(_generate)(s, min(n, s + rows), origin[s:s + rows], spec, str(out))
             for s in range(0, n, rows)]
    return sum(parallel.compute(delayed(list)(tasks)))


def _read_shard(path: str) -> pd.DataFrame:
    frame = pd.read_parquet(path)
    frame["authors"] = [[] for _ in range(len(frame))]
    frame["related"] = [[] for _ in range(len(frame))]
    return validate(conform(frame, ARTICLES), ARTICLES)


def input_frame(folder: Path) -> Any:
    """The generated articles as a Dask frame, one partition per shard."""
    import dask.dataframe as dd

    files = sorted(str(p) for p in folder.glob("part-*.parquet"))
    with parallel.keep_objects():
        return dd.from_map(_read_shard, files, meta=ARTICLES.empty(), enforce_metadata=False)


# ---------------------------------------------------------------------------
# Quality against the planted truth
# ---------------------------------------------------------------------------


def _pairs(groups: pd.Series) -> set[tuple[str, str]]:
    """Every pair of ids (sorted) that share a group; ``groups`` maps id to group."""
    out: set[tuple[str, str]] = set()
    for _, members in groups.groupby(groups.to_numpy()):
        ids = sorted(members.index)
        out.update((a, b) for n, a in enumerate(ids) for b in ids[n + 1:])
    return out


def copy_quality(copies: pd.DataFrame, truth: pd.DataFrame) -> dict[str, Any]:
    sizes = truth["truth_group"].map(truth["truth_group"].value_counts())
    planted = truth[sizes > 1]
    truth_pairs = _pairs(pd.Series(planted["truth_group"].to_numpy(), index=planted["article_id"]))
    found = _pairs(pd.Series(copies["group"].to_numpy(), index=copies["article_id"])) if len(copies) else set()
    hit = truth_pairs & found
    rate = dict(zip(truth["article_id"], truth["truth_edit_rate"], strict=True))
    by_rate = {}
    for value in sorted({r for r in rate.values() if r > 0}):
        # an original-copy pair, by the copy's edit rate
        pairs = {p for p in truth_pairs if max(rate[p[0]], rate[p[1]]) == value and min(rate[p[0]], rate[p[1]]) == 0}
        by_rate[f"recall_edit_1_in_{round(1 / value)}"] = round(len(pairs & found) / len(pairs), 4) if pairs else None
    return {"planted_pairs": len(truth_pairs), "found_pairs": len(found), "true_pairs": len(hit),
            "precision": round(len(hit) / len(found), 4) if found else None,
            "recall": round(len(hit) / len(truth_pairs), 4) if truth_pairs else None, **by_rate}


def event_quality(events: pd.DataFrame, truth: pd.DataFrame) -> dict[str, Any]:
    planted = truth[truth["truth_event_type"].notna()]
    found = events.merge(planted, on="article_id")
    kind = found[(found["event_type"] == found["truth_event_type"]) & (found["count"] == found["truth_count"])]
    exact = kind[kind["date"].dt.normalize() == kind["truth_date"].dt.normalize()]
    return {"mentions": len(events), "planted": len(planted),
            "found_type_count": round(kind["article_id"].nunique() / len(planted), 4) if len(planted) else None,
            "found_exact_day": round(exact["article_id"].nunique() / len(planted), 4) if len(planted) else None,
            "mentions_outside_planted": int((~events["article_id"].isin(planted["article_id"])).sum())}


# ---------------------------------------------------------------------------
# Stages: each takes the context and returns metrics
# ---------------------------------------------------------------------------


class Skipped(Exception):
    """The stage does not take a Dask frame yet (or needs a stage that did not run)."""


@dataclass(frozen=True)
class Stage:
    """``call(ctx)`` runs the toolkit function on ``ctx``'s Dask frames and returns its
    (lazy) result; ``finish(ctx, computed)`` measures the computed result."""

    call: Callable[[dict[str, Any]], Any]
    finish: Callable[[dict[str, Any], Any], dict[str, Any]]
    #: Why the stage's Dask path returns a computed (pandas) result instead of
    #: Dask frames; such a stage is run and measured, and its status says so.
    client_side: str | None = None


def _lazy_parts(result: Any) -> list[Any]:
    """The Dask collections a stage returned (a topic model's assignments)."""
    items = result if isinstance(result, tuple) else (result,)
    return [getattr(item, "assignments", item) for item in items]


def _need(ctx: dict[str, Any], key: str) -> Any:
    if key not in ctx:
        raise Skipped(f"needs {key}, which an earlier stage did not make")
    return ctx[key]


def _finish_events(ctx: dict[str, Any], events: pd.DataFrame) -> dict[str, Any]:
    events = events.reset_index(drop=True)
    # as many partitions as the articles, so consolidation meets mentions of one event in several
    ctx["events"] = parallel.to_dask(events, max(1, min(len(events), ctx["articles"].npartitions)))
    ctx["probe"]["events"] = parallel.to_dask(events.head(100), 2)
    skipped = pd.Series([s["language"] for s in events.attrs.get("skipped_articles", [])], dtype=object)
    return {**event_quality(events, ctx["truth"]), "skipped_articles": len(skipped),
            "skipped_by_language": skipped.value_counts().to_dict()}


def _finish_consolidated(ctx: dict[str, Any], consolidated: pd.DataFrame) -> dict[str, Any]:
    ctx["consolidated"] = parallel.to_dask(consolidated.reset_index(drop=True), 1)
    ctx["probe"]["consolidated"] = parallel.to_dask(consolidated.head(20), 1)
    t0 = time.perf_counter()
    in_pandas = toolkit.consolidate_events(parallel.compute(ctx["events"]))
    try:
        pd.testing.assert_frame_equal(consolidated.reset_index(drop=True), in_pandas)
        same = True
    except AssertionError:
        same = False
    return {"events": len(consolidated), "left_out": consolidated.attrs.get("left_out"),
            "same_as_pandas": same, "check_seconds": round(time.perf_counter() - t0, 1)}


def _topics(ctx: dict[str, Any]) -> tuple[Any, Any]:
    """The minibatch topics of the articles, fitted twice (``random_state`` 0 and 1).

    Every pass over the articles runs on the workers; the models' assignments
    are Dask frames (persisted there), computed by the stage runner. Each
    model's fitting is timed (``fit_seconds``) and its small tables kept in
    ``ctx`` for :func:`_finish_topics`. When the copies stage ran before in
    this run (``ctx["copies"]``), its table is passed as ``copies=``, so the
    copy detector does not run again; the stories are the same (that stage
    uses no outlet registry and the bundled one types none of the
    corpus's ``outletNNN.example`` outlets).
    """
    models, seconds = [], []
    copies = ctx.get("copies")
    for seed in (0, 1):
        t0 = time.perf_counter()
        models.append(toolkit.cluster_topics(ctx["articles"], method="minibatch", random_state=seed,
                                             copies=copies))
        seconds.append(round(time.perf_counter() - t0, 1))
    ctx["topic_models"] = {"fit_seconds": seconds, "n_topics": [m.n_topics for m in models],
                           "copies_reused": copies is not None,
                           "timings": [m.timings for m in models],
                           "languages": models[0].languages, "topics": models[0].topics}
    return tuple(models)


def _finish_topics(ctx: dict[str, Any], assignments: tuple[pd.DataFrame, pd.DataFrame]) -> dict[str, Any]:
    """Cross-seed agreement, agreement with the planted topic pools, and what the model holds."""
    from sklearn.metrics import adjusted_rand_score

    t0 = time.perf_counter()
    first = assignments[0]
    a, b = (frame.set_index("article_id")["topic"] for frame in assignments)
    a, b = a.align(b, join="inner")
    truth = ctx["truth"].set_index("article_id")["truth_topic"].reindex(a.index)
    info = ctx.pop("topic_models", {})
    languages = info.get("languages")
    topics = info.get("topics")
    return {"articles": len(a), "copies_reused": bool(info.get("copies_reused")),
            "topics": int(a[a >= 0].nunique()), "n_topics_per_seed": info.get("n_topics"),
            "fit_seconds_per_seed": info.get("fit_seconds"), "pass_seconds_per_seed": info.get("timings"),
            "ari_seed0_seed1": round(adjusted_rand_score(a, b), 4),
            "ari_vs_planted_topics": round(adjusted_rand_score(truth, a), 4),
            "fitted": int(first["fitted"].sum()), "stories": int(first["story_id"].nunique()),
            "assigned_by": first["assigned_by"].value_counts().to_dict(),
            "clustered_languages": [] if languages is None else languages.loc[
                languages["clustered"], "language"].fillna("").tolist(),
            "largest_topic_share": None if topics is None or not len(topics) else round(
                int(topics["size"].iloc[0]) / len(a), 4),
            "client_lifetime_peak_mib": round(_maxrss() / MiB),
            "check_seconds": round(time.perf_counter() - t0, 1)}


def _finish_attributions(ctx: dict[str, Any], attributions: pd.DataFrame) -> dict[str, Any]:
    """Count the statements, and the articles in languages that have no reporting verbs
    (``extract_attributions`` lists them in ``attrs["skipped_articles"]``)."""
    from toolkit.languages import available

    t0 = time.perf_counter()
    langs = parallel.compute(ctx["articles"]["language"].value_counts())
    without = {str(k): int(v) for k, v in langs.items() if str(k) not in available("reporting_verbs")}
    return {"attributions": len(attributions), "articles_without_reporting_verbs": without,
            "check_seconds": round(time.perf_counter() - t0, 1)}


def _finish_copies(ctx: dict[str, Any], copies: pd.DataFrame) -> dict[str, Any]:
    """Pair precision and recall; the table is kept in ``ctx`` for the topics stage (see :func:`_topics`)."""
    ctx["copies"] = copies
    return copy_quality(copies, ctx["truth"])


_NO_REGISTRY = pd.DataFrame(columns=["outlet", "type"])

STAGES: dict[str, Stage] = {
    "events": Stage(lambda c: toolkit.extract_events(c["articles"]), _finish_events),
    "attributions": Stage(lambda c: toolkit.extract_attributions(c["articles"]), _finish_attributions),
    "attention": Stage(lambda c: toolkit.attention_over_time(c["articles"], freq="W"),
                       lambda c, r: {"rows": len(r), "articles_counted": int(r["articles"].sum())}),
    "distinctive_terms": Stage(lambda c: toolkit.distinctive_terms(c["articles"], by="language", a="en", b="de"),
                               lambda c, r: {"terms": len(r)}),
    "consolidate": Stage(lambda c: toolkit.consolidate_events(_need(c, "events")), _finish_consolidated),
    "reported_counts": Stage(lambda c: toolkit.reported_counts(_need(c, "events"), _need(c, "consolidated")),
                             lambda c, r: {"rows": len(r)}),
    "copies": Stage(lambda c: toolkit.find_copies(c["articles"], outlets=_NO_REGISTRY), _finish_copies),
    "topics": Stage(_topics, _finish_topics),
}


def _probe(stage: Stage, ctx: dict[str, Any]) -> None:
    """Run the stage on a 200-article Dask frame; raise Skipped unless it returns Dask frames."""
    try:
        parts = _lazy_parts(stage.call(ctx["probe"]))
    except Skipped:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure on a Dask frame means it is not Dask-ready
        raise Skipped(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:200]) from exc
    kinds = sorted({type(p).__module__.split(".")[0] + "." + type(p).__name__ for p in parts
                    if not parallel.is_dask(p)})
    if kinds and not stage.client_side:
        raise Skipped(f"returned {', '.join(kinds)} for a Dask frame")


# ---------------------------------------------------------------------------
# One size
# ---------------------------------------------------------------------------


def _row(name: str, n: int, seconds: float, monitor: Monitor, key: str, status: str,
         metrics: dict[str, Any]) -> dict[str, Any]:
    peaks = monitor.peaks.get(key, {})
    workers = {w: round(v / MiB) for w, v in peaks.items() if w != "client"}
    cpu = monitor.cpu.get(key)
    return {"stage": name, "status": status, "seconds": round(seconds, 1), "cpu_seconds": cpu,
            "articles_per_s": round(n / seconds, 1) if seconds and status.startswith("ok") else None,
            "articles_per_cpu_s": round(n / cpu, 1) if cpu and status.startswith("ok") else None,
            "load_average": round(os.getloadavg()[0], 1),
            "peak_worker_mib": workers, "peak_client_mib": round(peaks.get("client", 0) / MiB),
            **metrics}


def _build(n: int, args: argparse.Namespace, pools: Path, out: Path, monitor: Monitor,
           result: dict[str, Any]) -> float:
    """Generate the corpus and write the store (or reuse them); return when the pipeline started."""
    if args.reuse and (out / "store" / "_store.json").exists() and (out / "truth").exists():
        result["reused_store"] = True
        return time.perf_counter()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    t0 = time.perf_counter()
    with monitor.measure("generate"):
        generate(n, CorpusSpec(str(pools), args.seed, n), args.partition_rows, out)
    result["generate"] = _row("generate (not part of the pipeline)", n, time.perf_counter() - t0,
                              monitor, "generate", "ok", {})
    _print(result["generate"])
    started = time.perf_counter()
    with monitor.measure("store"):
        ingest = write_store(input_frame(out / "input"), out / "store", progress=args.progress)
    result["stages"].append(_row("store", n, time.perf_counter() - started, monitor, "store",
                                 "ok", {"rows": ingest.rows, "files": len(ingest.files)}))
    _print(result["stages"][-1])
    return started


def run_size(n: int, args: argparse.Namespace, pools: Path) -> dict[str, Any]:
    out = Path(args.out) / f"n{n}"
    result: dict[str, Any] = {"n": n, "workers": args.workers, "memory_limit": args.memory_limit, "stages": []}
    with parallel.client(n_workers=args.workers, memory_limit=args.memory_limit) as client:
        monitor = Monitor(client).start()
        try:
            started = _build(n, args, pools, out, monitor, result)
            articles = read_store(out / "store", rows_per_partition=args.partition_rows)
            sample = parallel.compute(articles.partitions[0]).head(200)
            ctx = {"articles": articles, "truth": pd.read_parquet(out / "truth"), "progress": args.progress,
                   "probe": {"articles": parallel.to_dask(sample, 2)}}
            for name in args.stages:
                result["stages"].append(_stage(name, n, ctx, monitor))
                _print(result["stages"][-1])
                (Path(args.out) / f"results-{n}.json").write_text(json.dumps(result, indent=1, default=str))
            result["pipeline_seconds"] = round(time.perf_counter() - started, 1)
        finally:
            monitor.close()
        result["worker_lifetime_peak_mib"] = {w: round(v / MiB) for w, v in client.run(_maxrss).items()}
        result["worker_processes_seen"] = len(monitor.pids)
    result["store_bytes"] = sum(p.stat().st_size for p in (out / "store").rglob("*.parquet"))
    if not args.keep_store:
        shutil.rmtree(out / "store", ignore_errors=True)
        shutil.rmtree(out / "input", ignore_errors=True)
    return result


def _stage(name: str, n: int, ctx: dict[str, Any], monitor: Monitor) -> dict[str, Any]:
    stage = STAGES[name]
    t0 = time.perf_counter()
    with monitor.measure(name):
        try:
            _probe(stage, ctx)
            t0 = time.perf_counter()
            parts = _lazy_parts(stage.call(ctx))
            computed = [parallel.compute(p, progress=ctx["progress"]) for p in parts]
            metrics = stage.finish(ctx, computed[0] if len(computed) == 1 else tuple(computed))
            status = "ok"
            if stage.client_side:
                status, metrics = "ok (client side)", {**metrics, "note": stage.client_side}
        except Skipped as exc:
            metrics, status = {"reason": str(exc)}, "skipped (pandas only)"
        except Exception as exc:  # noqa: BLE001 - a failing stage is reported; the others still run
            metrics, status = {"reason": f"{type(exc).__name__}: {exc}"[:300]}, "failed"
    # a check against pandas done in ``finish`` is not part of the stage's time
    seconds = time.perf_counter() - t0 - (metrics.get("check_seconds") or 0)
    return _row(name, n, seconds, monitor, name, status, metrics)


def _print(row: dict[str, Any]) -> None:
    print(json.dumps(row, default=str), flush=True)


def table(results: list[dict[str, Any]]) -> str:
    lines = ["| n | stage | status | wall s | CPU s | articles/s | articles/CPU s | peak worker MiB | "
             "peak client MiB | load | quality |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    keys = {"stage", "status", "seconds", "articles_per_s", "peak_worker_mib", "peak_client_mib",
            "cpu_seconds", "articles_per_cpu_s", "load_average"}
    for result in results:
        for row in [*([result["generate"]] if "generate" in result else []), *result["stages"]]:
            peak = max(row["peak_worker_mib"].values(), default=0)
            quality = ", ".join(f"{k} {v}" for k, v in row.items() if k not in keys)
            lines.append(f"| {result['n']:,} | {row['stage']} | {row['status']} | {row['seconds']} | "
                         f"{row['cpu_seconds']} | {row['articles_per_s'] or ''} | "
                         f"{row['articles_per_cpu_s'] or ''} | {peak} | {row['peak_client_mib']} | "
                         f"{row['load_average']} | {quality} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", help="the extraction bench folder (index.jsonl, html/)")
    parser.add_argument("--n", type=int, action="append", help="articles (repeat for several sizes)")
    parser.add_argument("--out", default="/tmp/toolkit-scale", help="folder for stores, truth and results")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--memory-limit", default="4GiB")
    parser.add_argument("--partition-rows", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--stages", nargs="+", default=list(STAGES), choices=list(STAGES))
    parser.add_argument("--progress", action="store_true", help="progress bars while stages run")
    parser.add_argument("--keep-store", action="store_true", help="keep the store (and inputs) after the run")
    parser.add_argument("--reuse", action="store_true",
                        help="reuse a kept store of the same size in --out instead of generating it again")
    args = parser.parse_args(argv)
    sizes = args.n or [100_000]
    Path(args.out).mkdir(parents=True, exist_ok=True)
    pools = Path(args.out) / "pools.json"
    print(json.dumps({"pools": build_pools(args.bench, pools)}), flush=True)
    results = []
    for n in sizes:
        results.append(run_size(n, args, pools))
        (Path(args.out) / f"results-{n}.json").write_text(json.dumps(results[-1], indent=1, default=str))
        print(json.dumps({k: v for k, v in results[-1].items() if k != "stages"}), flush=True)
    print(table(results), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
