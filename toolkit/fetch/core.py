"""Fetching many URLs: the cache first, then polite concurrent downloads with retries.

Part of :mod:`toolkit.fetch` (import the public names from there). Each
URL is one job: a cache hit is answered at once; otherwise robots.txt is
asked (:mod:`~toolkit.fetch.robots`), the page is downloaded
(:mod:`~toolkit.fetch.download`) and decoded with
:func:`toolkit.encoding.decode_bytes`, and a success is cached
(:mod:`~toolkit.fetch.cache`). Jobs run on a bounded pool that is
concurrent across domains and sequential within one
(:mod:`~toolkit.fetch.pool`).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqdm.auto import tqdm

from toolkit.encoding import decode_bytes
from toolkit.fetch.cache import Cache
from toolkit.fetch.download import AttemptFailed, Limits, Page, default_user_agent, get, new_session
from toolkit.fetch.pool import Outcome, run
from toolkit.fetch.robots import Robots
from toolkit.urls import canonical_url, outlet_from_url

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["FetchResult", "fetch_frame", "fetch_urls"]

log = logging.getLogger("toolkit.fetch")

#: First wait before a retry, in seconds; doubled on each further attempt.
_BACKOFF_BASE = 1.0
#: Longest wait between two attempts. A server asking (Retry-After) for
#: longer than this is not retried: the URL fails with the wait it asked for.
_BACKOFF_MAX = 60.0
#: One download may take at most this many times ``timeout`` in total, so a
#: server trickling bytes forever cannot stall a run (each wait is ``timeout``).
_TOTAL_TIME_FACTOR = 6
#: Larger pages fail with a clear reason: no news page is this big, and the
#: loader refuses files above the same size.
_MAX_BYTES = 25 * 2**20
#: Show a progress bar by default from this many URLs on.
_PROGRESS_MIN_URLS = 20
#: Worker threads by default: at most this many sites are fetched at once.
_WORKERS = 8
_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)
#: Headers never written to the cache: cookies identify the user, not the
#: page, and the transfer headers describe bytes on the wire, while the cache
#: holds the decompressed body.
_UNSTORED_HEADERS = frozenset({"set-cookie", "cookie", "content-encoding", "content-length", "transfer-encoding"})


@dataclasses.dataclass(slots=True, frozen=True)
class FetchResult:
    """The outcome of fetching one URL.

    Attributes
    ----------
    url : str
        The URL as given.
    final_url : str or None
        The URL after redirects (None when nothing was received).
    status : int or None
        The last HTTP status, or None when no response came back.
    html : str or None
        The decoded page, or None on failure.
    charset : str or None
        The codec that decoded ``html``.
    from_cache : bool
        True when the page came from the on-disk cache, not the network.
    error : str or None
        Why the fetch failed ("HTTP 404", "timed out after 10 s",
        "connection reset", "disallowed by ... robots.txt", ...), or None.
    robots : str or None
        The robots.txt decision ("allowed by http://x/robots.txt",
        "allowed (no robots.txt: HTTP 404)", "disallowed by ...", "not
        checked"), as recorded when the page was fetched.
    attempts : int
        Requests made for this URL in this run (0 for a cache hit).
    not_modified : bool
        True when a refresh found the cached page unchanged (HTTP 304).
    """

    url: str
    final_url: str | None = None
    status: int | None = None
    html: str | None = None
    charset: str | None = None
    from_cache: bool = False
    error: str | None = None
    robots: str | None = None
    attempts: int = 0
    not_modified: bool = False

    @property
    def ok(self) -> bool:
        """True when a page was fetched and decoded."""
        return self.error is None and self.html is not None

    def as_dict(self) -> dict[str, Any]:
        """Return the fields and ``ok`` as a plain dict."""
        return {**dataclasses.asdict(self), "ok": self.ok}


def _domain(url: str) -> str:
    return outlet_from_url(url) or ""


def _decoded(url: str, final_url: str | None, status: int | None, headers: dict[str, str], data: bytes,
             **extra: Any) -> FetchResult:
    match = _CHARSET.search(headers.get("content-type", ""))
    try:
        html, charset = decode_bytes(data, http_charset=match.group(1) if match else None)
    except ValueError as exc:
        return FetchResult(url=url, final_url=final_url, status=status, error=f"cannot decode page: {exc}", **extra)
    return FetchResult(url=url, final_url=final_url, status=status, html=html, charset=charset, **extra)


def _from_cache(url: str, entry: dict[str, Any], data: bytes, **extra: Any) -> FetchResult:
    return _decoded(url, entry.get("final_url") or url, entry.get("status"), entry.get("headers") or {}, data,
                    from_cache=True, robots=entry.get("robots") or "not checked", **extra)


@dataclasses.dataclass(slots=True)
class _Job:
    """One URL to download (with its cache entry when refreshing) and its attempts so far."""

    url: str
    canon: str
    cached: tuple[dict[str, Any], bytes] | None = None
    attempts: int = 0
    robots: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class _Options:
    limits: Limits
    retries: int
    delay: float
    backoff: float
    user_agent: str
    robots: bool
    refresh: bool


class _Fetcher:
    """One attempt of one job at a time, on the calling worker's session."""

    __slots__ = ("cache", "options", "robots")

    def __init__(self, cache: Cache, options: _Options) -> None:
        self.cache = cache
        self.options = options
        self.robots = Robots(cache, options.user_agent, options.limits) if options.robots else None

    def attempt(self, job: _Job, session: Any) -> Outcome[FetchResult]:
        """Try ``job`` once; a retryable failure puts it back with its backoff."""
        opts = self.options
        pause = opts.delay
        if self.robots is not None:
            decision = self.robots.check(job.url, session)
            job.robots = decision.note
            pause = max(pause, decision.crawl_delay or 0.0)
            if not decision.allowed:
                return Outcome(self._failed(job, decision.note, None, None), 0.0)
        job.attempts += 1
        try:
            page = get(session, job.url.strip(), opts.limits, headers=self._validators(job),
                       may_follow=self._may_follow(session))
        except AttemptFailed as failure:
            return self._after_failure(job, failure, pause)
        return Outcome(self._finish(job, page), pause)

    def _may_follow(self, session: Any):
        if self.robots is None:
            return None

        def check(target: str) -> str | None:
            decision = self.robots.check(target, session)
            return None if decision.allowed else decision.note

        return check

    def _validators(self, job: _Job) -> dict[str, str] | None:
        if job.cached is None:
            return None
        headers = job.cached[0].get("headers") or {}
        out = {}
        if headers.get("etag"):
            out["If-None-Match"] = headers["etag"]
        if headers.get("last-modified"):
            out["If-Modified-Since"] = headers["last-modified"]
        return out or None

    def _after_failure(self, job: _Job, failure: AttemptFailed, pause: float) -> Outcome[FetchResult]:
        attempts = self.options.retries + 1
        wait = max(self.options.backoff * 2 ** (job.attempts - 1), failure.wait or 0.0)
        if failure.retry and job.attempts < attempts and wait <= _BACKOFF_MAX:
            log.info("%s: %s; retrying in %.1f s", job.url, failure.reason, wait)
            return Outcome(None, max(pause, wait), retry=True)
        reason = failure.reason
        if failure.retry and failure.wait is not None and failure.wait > _BACKOFF_MAX:
            reason = f"{reason} (the server asked to wait {failure.wait:g} s, more than {_BACKOFF_MAX:g} s)"
        elif failure.retry and attempts > 1:
            reason = f"{reason} ({job.attempts} attempts)"
        log.info("fetch failed for %s: %s", job.url, reason)
        return Outcome(self._failed(job, reason, failure.status, failure.final_url), max(pause, failure.wait or 0.0))

    def _failed(self, job: _Job, reason: str, status: int | None, final_url: str | None) -> FetchResult:
        return FetchResult(url=job.url, final_url=final_url, status=status, error=reason,
                           robots=job.robots or "not checked", attempts=job.attempts)

    def _finish(self, job: _Job, page: Page) -> FetchResult:
        robots = job.robots or "not checked"
        if page.status == 304 and job.cached is not None:
            entry, data = job.cached
            self.cache.touch(job.canon, entry)
            return _from_cache(job.url, entry, data, attempts=job.attempts, not_modified=True)
        if not page.body.strip():
            return FetchResult(url=job.url, final_url=page.final_url, status=page.status, error="empty page",
                               robots=robots, attempts=job.attempts)
        result = _decoded(job.url, page.final_url, page.status, page.headers, page.body,
                          robots=robots, attempts=job.attempts)
        if result.ok:
            headers = {k: v for k, v in page.headers.items() if k not in _UNSTORED_HEADERS}
            entry = {"url": job.url, "final_url": page.final_url, "status": page.status,
                     "headers": headers, "robots": robots}
            self.cache.put(job.canon, entry, page.body)
            # after a redirect, the page is also cached under where it ended
            final_canon = canonical_url(page.final_url)
            if final_canon and final_canon != job.canon and not self.cache.has(final_canon):
                self.cache.put(final_canon, {**entry, "url": page.final_url}, page.body)
        return result


def _check_arguments(urls: Any, timeout: float, retries: int, delay: float, workers: int,
                     max_bytes: int | None) -> list[str]:
    if isinstance(urls, str | bytes):
        raise TypeError("urls must be a list of URLs, not a single string; wrap it: fetch_urls([url])")
    if timeout <= 0:
        raise ValueError(f"timeout must be positive seconds, got {timeout!r}")
    if retries < 0:
        raise ValueError(f"retries must be 0 or more, got {retries!r}")
    if delay < 0:
        raise ValueError(f"delay must be 0 or more seconds, got {delay!r}")
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, got {workers!r}")
    if max_bytes is not None and max_bytes < 1:
        raise ValueError(f"max_bytes must be a positive number of bytes, got {max_bytes!r}")
    return list(urls)


class _Progress:
    """The bar: pages done (fetched or cached), failed and remaining."""

    def __init__(self, total: int, show: bool) -> None:
        self.bar = tqdm(total=total, disable=not show, desc="fetch", unit="page")
        self.ok = self.failed = 0

    def update(self, result: FetchResult, n: int = 1) -> None:
        self.ok += n * result.ok
        self.failed += n * (not result.ok)
        self.bar.update(n)
        remaining = self.bar.total - self.ok - self.failed
        self.bar.set_postfix(done=self.ok, failed=self.failed, remaining=remaining, refresh=False)

    def close(self) -> None:
        self.bar.close()


def fetch_urls(
    urls: Sequence[str],
    *,
    cache_dir: str | Path | None = None,
    timeout: float = 10.0,
    retries: int = 2,
    delay: float = 1.0,
    user_agent: str | None = None,
    progress: bool | None = None,
    workers: int = _WORKERS,
    robots: bool = True,
    max_bytes: int | None = None,
    refresh: bool = False,
) -> list[FetchResult]:
    """Download pages politely and concurrently, through an on-disk cache.

    A URL already in the cache is not requested again, so an interrupted run
    (even one killed with ``kill -9``) resumes where it stopped. Failures
    come back as results with ``error`` set (and are not cached); nothing
    raises for one bad URL.

    Politeness: sites are fetched concurrently (``workers`` at a time), but
    one site never gets two requests at once, and waits ``delay`` seconds
    (or its robots.txt ``Crawl-delay``, up to 60 s) between two. robots.txt
    is read once per site and kept for a day; a disallowed URL fails with
    that reason. The user agent names the toolkit and a contact.

    Parameters
    ----------
    urls : sequence of str
        The pages to fetch. Duplicates (same canonical URL) are fetched once.
    cache_dir : str or Path, optional
        Cache folder; default :func:`toolkit.fetch.default_cache_dir`.
    timeout : float
        Seconds to wait for a connection and for each piece of data; one
        download may take at most six times this in total.
    retries : int
        Extra attempts after a 5xx, a 429, a time-out, a dropped connection
        or a truncated body, with exponential backoff (1 s, 2 s, 4 s, ...)
        or the server's ``Retry-After`` (when it asks for more than 60 s the
        URL fails instead). Other 4xx statuses are not retried.
    delay : float
        Seconds between two requests to the same domain.
    user_agent : str, optional
        Replaces :func:`toolkit.fetch.default_user_agent` (which carries
        ``$TOOLKIT_CONTACT``); its product token is matched in robots.txt.
    progress : bool, optional
        Show a progress bar (pages done, failed, remaining); by default
        only from 20 URLs on.
    workers : int
        Sites fetched at the same time (threads).
    robots : bool
        Honour robots.txt (default). Pass False only for your own servers.
    max_bytes : int, optional
        Largest page, after decompression; larger ones fail with that
        reason. Default 25 MB, as the loader's limit for one page.
    refresh : bool
        Ask again for pages already cached, sending their ``ETag`` /
        ``Last-Modified``: an unchanged page (HTTP 304) is taken from the
        cache (``not_modified=True``), a changed one replaces it.

    Returns
    -------
    list of FetchResult
        One per input URL, in input order.

    Examples
    --------
    >>> res = fetch_urls(["https://example.org/a"], cache_dir="cache")  # doctest: +SKIP
    >>> res[0].ok, res[0].error  # doctest: +SKIP
    (False, 'HTTP 404')
    """
    urls = _check_arguments(urls, timeout, retries, delay, workers, max_bytes)
    agent = user_agent or default_user_agent()
    limits = Limits(float(timeout), _TOTAL_TIME_FACTOR * float(timeout), int(max_bytes or _MAX_BYTES))
    options = _Options(limits, int(retries), float(delay), _BACKOFF_BASE, agent, bool(robots), bool(refresh))
    cache = Cache(cache_dir)
    fetcher = _Fetcher(cache, options)
    keys = [canonical_url(url) if isinstance(url, str) else None for url in urls]
    copies: dict[str, int] = {}
    for key in keys:
        if key is not None:
            copies[key] = copies.get(key, 0) + 1
    bar = _Progress(len(urls), progress if progress is not None else len(urls) >= _PROGRESS_MIN_URLS)
    done: dict[str, FetchResult] = {}
    jobs: dict[str, _Job] = {}
    try:
        for url, key in zip(urls, keys, strict=True):
            if key is None:
                bar.update(FetchResult(url=url, error="not an http(s) URL"))
            elif key not in done and key not in jobs:
                hit = cache.get(key)
                if hit is not None and not refresh:
                    done[key] = _from_cache(url, *hit)
                    bar.update(done[key], copies[key])
                else:
                    jobs[key] = _Job(url, key, cached=hit)
        outcomes = run(((_domain(job.url), job) for job in jobs.values()), fetcher.attempt,
                       workers=workers, make_state=lambda: new_session(agent),
                       close_state=lambda session: session.close())
        for job, result, error in outcomes:
            if error is not None:
                log.error("fetching %s raised %r", job.url, error)
                result = FetchResult(url=job.url, error=f"internal error ({type(error).__name__}: {error})",
                                     robots=job.robots, attempts=job.attempts)
            done[job.canon] = result
            bar.update(result, copies[job.canon])
    finally:
        bar.close()
    return [
        FetchResult(url=url, error=f"not an http(s) URL: {url!r}") if key is None
        else dataclasses.replace(done[key], url=url)
        for url, key in zip(urls, keys, strict=True)
    ]


def fetch_frame(urls: Sequence[str], *, details: bool = False, **kwargs: Any) -> pd.DataFrame:
    """Fetch URLs and return one row per URL describing the outcome.

    Parameters
    ----------
    urls : sequence of str
        As for :func:`fetch_urls`.
    details : bool
        Add the columns ``charset``, ``robots`` (the robots.txt decision),
        ``attempts`` and ``not_modified`` (schema ``FETCH_DETAILS``).
    **kwargs
        Passed to :func:`fetch_urls`.

    Returns
    -------
    DataFrame
        Schema ``FETCHES`` (:mod:`toolkit.schema`): ``url``, ``final_url``,
        ``status`` (Int64), ``ok``, ``from_cache``, ``error``, ``n_bytes``
        (Int64: size of the page in its charset, the downloaded size for
        pages that decoded cleanly), in input order.

    Examples
    --------
    >>> fetch_frame(["https://example.org/a"])[["url", "ok", "error"]]  # doctest: +SKIP
    """
    from toolkit.schema import FETCH_DETAILS, FETCHES, validate

    schema = FETCH_DETAILS if details else FETCHES
    rows = []
    for r in fetch_urls(urls, **kwargs):
        row = r.as_dict()
        row["n_bytes"] = len(r.html.encode(r.charset or "utf-8", errors="replace")) if r.html is not None else None
        rows.append({name: row[name] for name in schema.names})
    return validate(schema.from_records(rows), schema)
