"""Fetching at scale against injected faults: URLs per second, peak memory, nothing lost.

Serves ``--urls`` pages (default 1,000) over ``--hosts`` loopback hosts
(default 10: 127.0.0.2 to 127.0.0.11) from a separate process, with a
``--faults`` share (default 30%) of them given a fault by the same harness
the tests use (``tests/faultsite.py``: time-outs, 5xx, 429 with
Retry-After, resets, slow bodies, redirect loops, oversize and truncated
bodies, empty and binary bodies, robots.txt refusals, odd charsets). Then
fetches them all with :func:`toolkit.fetch.fetch_urls` into a fresh cache
and checks every URL against the plan: each success fetched, each failure
with the reason its fault must give. With ``--load``, it then loads the
cached pages with :func:`toolkit.load_articles` (parsing included).

Client settings are the tests' own: 0.3 s time-out, one retry, 64 kB
size cap (the faults are sized for them), ``--delay`` seconds between two
requests to one host (default 0.05) and ``--workers`` threads.

Usage::

    .venv/bin/python benchmarks/fetch.py [--urls 1000] [--hosts 10] [--faults 0.3]
                                         [--workers 10] [--delay 0.05] [--load]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"


def _serve(n: int, hosts: int, rate: float, seed: int, conn) -> None:
    """Child process: run the fault site, send its plan, serve until told to stop."""
    sys.path.insert(0, str(TESTS))
    from faultsite import FaultSite

    with FaultSite(n=n, hosts=hosts, fault_rate=rate, seed=seed) as site:
        conn.send([(e.url, e.fault, e.ok, e.title, e.reason) for e in site.plan])
        conn.recv()  # stop


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def _check(plan: list[tuple], results: list) -> tuple[int, int, list[str]]:
    ok = failed = 0
    wrong = []
    for (url, fault, must_load, _title, reason), result in zip(plan, results, strict=True):
        if must_load and result.ok:
            ok += 1
        elif not must_load and not result.ok and re.search(reason, result.error or ""):
            failed += 1
        else:
            wrong.append(f"{fault}: {url} -> {result.error or 'loaded'}")
    return ok, failed, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=10)
    parser.add_argument("--faults", type=float, default=0.3)
    parser.add_argument("--workers", type=int, default=10)
    parser.add_argument("--delay", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--load", action="store_true", help="also load the cached pages into articles")
    args = parser.parse_args()

    sys.path.insert(0, str(TESTS))
    from faultsite import MAX_BYTES, TIMEOUT

    from toolkit.fetch import core, fetch_urls

    core._BACKOFF_BASE = 0.05  # the tests' short retry waits (Retry-After is still honoured)
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    server = ctx.Process(target=_serve, args=(args.urls, args.hosts, args.faults, args.seed, child), daemon=True)
    server.start()
    try:
        plan = parent.recv()
        urls = [row[0] for row in plan]
        with tempfile.TemporaryDirectory() as cache:
            rss_before = _rss_mb()
            started = time.perf_counter()
            results = fetch_urls(urls, cache_dir=cache, timeout=TIMEOUT, retries=1, delay=args.delay,
                                 max_bytes=MAX_BYTES, workers=args.workers, progress=False)
            elapsed = time.perf_counter() - started
            rss_fetch = _rss_mb()
            ok, failed, wrong = _check(plan, results)
            faulty = sum(row[1] != "ok" for row in plan)
            print(f"{len(urls)} URLs over {args.hosts} hosts, {faulty} with a fault ({faulty / len(urls):.0%}), "
                  f"{args.workers} workers, delay {args.delay:g} s, time-out {TIMEOUT:g} s, 1 retry")
            print(f"fetch: {elapsed:.1f} s, {len(urls) / elapsed:.1f} URLs/s; "
                  f"{ok} pages, {failed} failures with their reason, {len(wrong)} wrong or lost")
            print(f"peak RSS: {rss_fetch:.0f} MB (before fetching: {rss_before:.0f} MB)")
            for line in wrong[:10]:
                print("  wrong:", line)
            if args.load:
                options = {"timeout": TIMEOUT, "retries": 1, "delay": args.delay, "max_bytes": MAX_BYTES,
                           "workers": args.workers}
                _load(urls, cache, plan, options)
    finally:
        parent.send("stop")
        server.join(timeout=10)


def _load(urls: list[str], cache: str, plan: list[tuple], options: dict) -> None:
    """Load the same URLs: pages come from the cache, failures are fetched (and fail) again."""
    from toolkit.load import load_articles

    started = time.perf_counter()
    articles, failures = load_articles(urls, errors="collect", progress=False, cache_dir=cache,
                                       fetch_options=options)
    elapsed = time.perf_counter() - started
    expected = sum(row[2] for row in plan)
    print(f"load (pages from the cache, failures fetched again, parsing included): {elapsed:.1f} s, "
          f"{len(urls) / elapsed:.1f} URLs/s; "
          f"{len(articles)} articles (expected {expected}), {len(failures)} failures; "
          f"peak RSS {_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
