"""What a report run costs, chosen by corpus size: topic method, samples, caps, the cell time limit.

:func:`plan_report` turns the number of articles into a :class:`ReportPlan`:
every costly choice of the curated notebooks, each with the reason it was
made. ``toolkit report`` prints the plan before it runs, passes it to the
notebooks as parameters, and lets the user override any field
(``--topic-method``, ``--n-topics``, ``--cell-timeout``, ``--map-points``,
``--top-outlets``, ``--sample``, ``--jobs``, ``--memory-gb``). Each notebook states on the page what a
sample or a cap left out, so a plan never changes a report in silence.

The thresholds are module constants with the measurement behind them.

Examples
--------
>>> plan = plan_report(100_000)
>>> plan.topic_method, plan.cell_timeout
('minibatch', 3000)
>>> plan_report(114).topic_method
'nmf'
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, replace
from typing import Any

__all__ = [
    "CELL_SECONDS_PER_ARTICLE",
    "KERNEL_BASE_BYTES",
    "KERNEL_BYTES_PER_ARTICLE",
    "MAX_JOBS",
    "MEMORY_BUDGET",
    "MIN_CELL_TIMEOUT",
    "ReportPlan",
    "kernel_estimate",
    "plan_report",
]

#: Above this many articles topics use the scalable path (``method="minibatch"``):
#: ``nmf`` compares every pair of stories for copies and keeps a vocabulary in
#: memory; at 10,000 distinct articles both took about a minute of CPU
#: (``nmf`` 56 s, ``minibatch`` 59 s), beyond that only ``minibatch`` streams.
IN_MEMORY_TOPICS = 10_000
#: Above this many articles the number of topics is fixed instead of chosen:
#: ``"auto"`` refits every k of its range on resamples (at 10,000 articles it
#: added a quarter to the fit, 72 s against 59 s of CPU at a fixed k).
AUTO_TOPICS = 20_000
#: Topics asked for per clustered language when the number is fixed by size.
FIXED_TOPICS = 20
#: Points drawn on the topic map; beyond it a sample stratified by topic, and
#: the caption says so. 5,000 points with their hover labels are about 1 MB
#: of page; 100,000 would be 15-20 MB.
MAP_POINTS = 5_000
#: Outlets drawn one by one in charts by outlet; the others are pooled (and
#: the chart says how many).
TOP_OUTLETS = 20
#: Articles that per-article statistics whose chart shows shares
#: (attributions per speaker type) read; a sample beyond it, stated on the page.
#: About 36 s of CPU per 10,000 articles.
SHARE_SAMPLE = 20_000
#: Articles refitted twice for the "same input, same topics" check.
CHECK_SAMPLE = 1_000
#: The smallest cell time limit (seconds), and the limit added per article:
#: the slowest cells (topics, events, copies) take 3-7 ms of CPU per article
#: on one core, 10-25 ms of wall time when the two shared cores are busy.
MIN_CELL_TIMEOUT = 600
CELL_SECONDS_PER_ARTICLE = 0.03
#: Most notebooks run at a time (each in its own kernel; the cells use one
#: core each, so two kernels on two cores about halve the wall time).
MAX_JOBS = 2
#: Memory of one report kernel: the imports, plus per article the loaded
#: corpus and what the cells build from it. A notebook states its own
#: per-article figure in its metadata (``toolkit.kernel_bytes_per_article``,
#: measured with the report benchmark, which prints each kernel's peak);
#: this default is for notebooks that do not. Measured kernel peaks at
#: 100,000 articles: 01 3.0 GB, 02 1.6 GB, 03 1.6 GB, 04 3.9 GB (0.5-1.1 GB
#: at 1,000), so 40 kB per article over-estimates all but 04.
KERNEL_BASE_BYTES = 600 * 2**20
KERNEL_BYTES_PER_ARTICLE = 40_000
#: Memory the kernels of a run may use together: a second report starts
#: only when the estimates of both fit (the whole run, command included,
#: should stay under 6 GB at 100,000 articles).
MEMORY_BUDGET = 5 * 2**30


@dataclass(frozen=True, slots=True)
class ReportPlan:
    """The costly choices of one report run, and why each was made.

    Attributes
    ----------
    n_articles : int
        Articles in the corpus the choices were made for.
    topic_method : str
        ``cluster_topics`` method of report 02.
    n_topics : int or "auto"
        Number of topics of report 02.
    map_points : int
        Most points on the topic map.
    top_outlets : int
        Outlets drawn one by one in charts by outlet.
    sample : int
        Articles read by per-article statistics shown as shares.
    check_sample : int
        Articles refitted for the "same topics" check.
    cell_timeout : int
        Seconds a notebook cell may run.
    jobs : int
        Most notebooks run at a time, each in its own kernel.
    memory_budget : int
        Bytes the kernels run at a time may use together (by their
        estimates); a report waits until it fits beside the running ones.
    reasons : dict
        Field name -> why it has its value ("set by --topic-method" when
        the user chose it).
    """

    n_articles: int
    topic_method: str = "nmf"
    n_topics: int | str = "auto"
    map_points: int = MAP_POINTS
    top_outlets: int = TOP_OUTLETS
    sample: int = SHARE_SAMPLE
    check_sample: int = CHECK_SAMPLE
    cell_timeout: int = MIN_CELL_TIMEOUT
    jobs: int = 1
    memory_budget: int = MEMORY_BUDGET
    reasons: dict[str, str] = field(default_factory=dict)

    def parameters(self) -> dict[str, Any]:
        """The notebook parameters of the plan (``reasons`` and ``n_articles`` left out)."""
        out = asdict(self)
        for name in ("reasons", "n_articles", "cell_timeout", "jobs", "memory_budget"):
            out.pop(name)
        return out

    def describe(self) -> list[str]:
        """One line per choice, with its reason, for the command line."""
        shown = {"topic_method": "topic method", "n_topics": "topics", "map_points": "topic map points",
                 "top_outlets": "outlets drawn one by one", "sample": "articles sampled for shares",
                 "cell_timeout": "cell time limit (s)", "jobs": "reports run at a time at most",
                 "memory_budget": "memory for the reports run at a time (GB)"}
        values = {name: getattr(self, name) for name in shown}
        values["memory_budget"] = f"{self.memory_budget / 2**30:.1f}"
        return [f"{label}: {values[name]} ({self.reasons.get(name, 'default')})" for name, label in shown.items()]


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def _jobs() -> tuple[int, str]:
    """Kernels at a time: one per core, at most :data:`MAX_JOBS` (memory is checked per report)."""
    import os

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    jobs = max(1, min(MAX_JOBS, cores))
    return jobs, f"{cores} cores; a second report starts only when both fit the memory budget"


def kernel_estimate(n_articles: int, bytes_per_article: int | None = None) -> int:
    """Estimated peak memory (bytes) of one report kernel on ``n_articles``.

    Parameters
    ----------
    n_articles : int
        Articles in the corpus.
    bytes_per_article : int, optional
        The notebook's own figure (its ``toolkit.kernel_bytes_per_article``
        metadata); :data:`KERNEL_BYTES_PER_ARTICLE` when None.

    Returns
    -------
    int
    """
    per = KERNEL_BYTES_PER_ARTICLE if bytes_per_article is None else int(bytes_per_article)
    return KERNEL_BASE_BYTES + per * max(0, int(n_articles))


def plan_report(n_articles: int, **overrides: Any) -> ReportPlan:
    """Choose the costly settings of a report run for a corpus of ``n_articles``.

    Parameters
    ----------
    n_articles : int
        Articles in the corpus (after the run's filters).
    **overrides
        Fields of :class:`ReportPlan` set by the user; None values are
        ignored (the choice by size stays).

    Returns
    -------
    ReportPlan

    Raises
    ------
    ValueError
        An unknown field, or a value out of range.

    Examples
    --------
    >>> plan_report(50_000, cell_timeout=7200).cell_timeout
    7200
    """
    n = max(0, int(n_articles))
    plan = ReportPlan(n_articles=n)
    reasons: dict[str, str] = {}
    big = n > IN_MEMORY_TOPICS
    reasons["topic_method"] = (f"over {IN_MEMORY_TOPICS:,} articles: the scalable path" if big
                               else f"up to {IN_MEMORY_TOPICS:,} articles: fitted in memory")
    n_topics: int | str = FIXED_TOPICS if n > AUTO_TOPICS else "auto"
    reasons["n_topics"] = (f"over {AUTO_TOPICS:,} articles: fixed, choosing it would refit every k"
                           if n > AUTO_TOPICS else "chosen by stability")
    timeout = max(MIN_CELL_TIMEOUT, int(math.ceil(n * CELL_SECONDS_PER_ARTICLE / 60.0)) * 60)
    reasons["cell_timeout"] = (f"{CELL_SECONDS_PER_ARTICLE * 1000:.0f} ms per article, at least {MIN_CELL_TIMEOUT} s")
    jobs, reasons["jobs"] = _jobs()
    reasons["memory_budget"] = "the whole run under 6 GB at 100,000 articles"
    plan = replace(plan, topic_method="minibatch" if big else "nmf", n_topics=n_topics, cell_timeout=timeout,
                   jobs=jobs)
    known = set(ReportPlan.__slots__) - {"n_articles", "reasons"}
    for name, value in overrides.items():
        if name not in known:
            raise ValueError(f"plan_report: no setting {name!r}; settings are {sorted(known)}")
        if value is None:
            continue
        if name == "topic_method" and value not in ("nmf", "kmeans", "minibatch"):
            raise ValueError(f"{_flag(name)}: expected nmf, kmeans or minibatch, not {value!r}")
        if name == "n_topics" and value != "auto":
            value = int(value)
        if name not in ("topic_method", "n_topics") and int(value) < 1:
            raise ValueError(f"{_flag(name)}: expected a positive number, not {value!r}")
        plan = replace(plan, **{name: value if name in ("topic_method", "n_topics") else int(value)})
        reasons[name] = f"set by {_flag(name)}"
    return replace(plan, reasons=reasons)
