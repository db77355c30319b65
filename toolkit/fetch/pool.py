"""A bounded pool of workers that is concurrent across domains, sequential within one.

:class:`DomainScheduler` hands a job to a worker only when no other job of
the same domain is in flight and the domain's pause has passed, so a site
never sees two requests from us at once and always sees its delay between
them, while other sites are fetched meanwhile. A job put back (a retry)
goes to the front of its domain's queue and the domain waits the backoff.
Workers never sleep on one domain while another is ready.

Part of :mod:`toolkit.fetch`; the names here know nothing of HTTP.
"""

from __future__ import annotations

import heapq
import itertools
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

__all__ = ["DomainScheduler", "Outcome", "run"]

T = TypeVar("T")
R = TypeVar("R")


@dataclass(slots=True)
class Outcome(Generic[R]):
    """What a worker made of a job: a result, or ``retry`` (put it back).

    ``pause`` is how long its domain now waits before its next request.
    """

    result: R | None
    pause: float
    retry: bool = False


class DomainScheduler(Generic[T]):
    """Jobs grouped by domain; :meth:`take` gives the next one that may run now.

    Parameters
    ----------
    jobs : iterable of (str, job)
        ``(domain, job)`` pairs; within a domain, jobs run in this order.
    """

    def __init__(self, jobs: Iterable[tuple[str, T]]) -> None:
        self._queues: dict[str, deque[T]] = {}
        for domain, job in jobs:
            self._queues.setdefault(domain, deque()).append(job)
        self._pending = sum(len(q) for q in self._queues.values())
        self._order = itertools.count()
        # idle domains with work: (ready time, arrival order, domain)
        self._ready: list[tuple[float, int, str]] = [(0.0, next(self._order), d) for d in self._queues]
        heapq.heapify(self._ready)
        self._cond = threading.Condition()
        self._closed = False

    def close(self) -> None:
        """Stop handing out jobs (workers finish the one they hold)."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def take(self) -> tuple[str, T] | None:
        """Block until a job may run; None when all are done or the scheduler is closed."""
        with self._cond:
            while True:
                if self._closed or self._pending == 0:
                    return None
                if not self._ready:
                    self._cond.wait()  # every domain with work is busy
                    continue
                ready_at, _, domain = self._ready[0]
                wait = ready_at - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                heapq.heappop(self._ready)
                return domain, self._queues[domain].popleft()

    def release(self, domain: str, job: T, outcome: Outcome) -> None:
        """Return a domain after a job: put the job back on retry, start its pause."""
        with self._cond:
            jobs = self._queues[domain]
            if outcome.retry:
                jobs.appendleft(job)
            else:
                self._pending -= 1
            if jobs:
                ready_at = time.monotonic() + max(0.0, outcome.pause)
                heapq.heappush(self._ready, (ready_at, next(self._order), domain))
            self._cond.notify_all()


def _worker(scheduler: DomainScheduler[T], work: Callable[[T, Any], Outcome[R]],
            make_state: Callable[[], Any], close_state: Callable[[Any], None],
            results: queue.Queue) -> None:
    state = make_state()
    try:
        while (taken := scheduler.take()) is not None:
            domain, job = taken
            try:
                outcome = work(job, state)
            except BaseException as exc:  # noqa: BLE001 - reported, never lost
                outcome = Outcome(None, 0.0)
                results.put((job, None, exc))
                scheduler.release(domain, job, outcome)
                continue
            scheduler.release(domain, job, outcome)
            if not outcome.retry:
                results.put((job, outcome.result, None))
    finally:
        close_state(state)


def run(jobs: Iterable[tuple[str, T]], work: Callable[[T, Any], Outcome[R]], *, workers: int,
        make_state: Callable[[], Any] = lambda: None,
        close_state: Callable[[Any], None] = lambda state: None) -> Iterator[tuple[T, R | None, BaseException | None]]:
    """Run ``work(job, state)`` for every job; yield ``(job, result, error)`` as they finish.

    Parameters
    ----------
    jobs : iterable of (str, job)
        ``(domain, job)`` pairs.
    work : callable
        Does one attempt of a job with the worker's ``state`` (its HTTP
        session) and returns an :class:`Outcome`.
    workers : int
        Threads; at most this many domains are fetched at once.
    make_state, close_state : callable
        Create and dispose of each worker's state.

    Yields
    ------
    (job, result, error)
        ``error`` is an exception ``work`` raised (the job is then done).
    """
    scheduler: DomainScheduler[T] = DomainScheduler(jobs)
    total = scheduler._pending
    if not total:
        return
    results: queue.Queue = queue.Queue()
    threads = [
        threading.Thread(target=_worker, args=(scheduler, work, make_state, close_state, results),
                         name=f"fetch-{i}", daemon=True)
        for i in range(max(1, min(workers, len(scheduler._queues))))
    ]
    for thread in threads:
        thread.start()
    try:
        for _ in range(total):
            yield results.get()
    finally:
        scheduler.close()
        for thread in threads:
            thread.join(timeout=30)
