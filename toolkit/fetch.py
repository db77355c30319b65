"""Fetch news pages over HTTP with newspaper4k, caching the raw HTML on disk.

The download goes through newspaper4k's network layer
(:func:`newspaper.network.do_request`, driven by a :class:`newspaper.Config`),
so its session, headers, proxies and request hooks apply. The Article API
(``Article(url, config).download()``) is not used for the request itself
because it hands back only HTML that w3lib has already decoded: the raw
bytes and the HTTP headers, which the cache stores and
:func:`toolkit.load.decode_bytes` needs to read the charset the way the rest
of the toolkit does, are gone by then; and a 404 there does not raise. Here
every status >= 400 is a failure of that URL.

Politeness and robustness
-------------------------
- a per-domain delay between two requests to the same registered domain;
- retries with exponential backoff on 5xx, 429, time-outs and dropped
  connections, never on other 4xx;
- a per-request time-out (connect, and each wait for data) and a cap on the
  total time and size of one download;
- a user agent naming the toolkit, its version and a contact URL.

The cache
---------
Content addressed: the page bytes live under their SHA-256 in
``objects/ab/abcdef...``; a small JSON entry per canonical URL in
``index/12/1234....json`` records the content hash, status, final URL and
headers. Every file is written to a temporary file in the same folder and
moved into place with :func:`os.replace`, bytes before index, so a run killed
at any moment leaves only whole files, and the next run resumes where it
stopped without fetching a finished page again. Failures are never cached.

Importing this module opens no socket: newspaper4k's own binary-content probe
(an extra HEAD request and a public-suffix-list download through tldextract)
is switched off with ``allow_binary_content=True``; the content type is
checked from the response headers instead.

Examples
--------
>>> results = fetch_urls(["https://example.org/news/1"], delay=2.0)  # doctest: +SKIP
>>> [(r.url, r.status, r.ok) for r in results]  # doctest: +SKIP
[('https://example.org/news/1', 200, True)]
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import re
import socket
import tempfile
import time
import warnings
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import requests
import urllib3
from tqdm.auto import tqdm

with warnings.catch_warnings():
    # newspaper4k warns at import that nltk (its optional NLP extra) is absent;
    # the toolkit never uses those features.
    warnings.filterwarnings("ignore", message=".*nltk.*", category=UserWarning)
    import newspaper
    import newspaper.network

from toolkit import __version__
from toolkit.encoding import decode_bytes
from toolkit.urls import canonical_url, outlet_from_url

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CONTACT_PLACEHOLDER",
    "FetchResult",
    "default_cache_dir",
    "default_user_agent",
    "fetch_frame",
    "fetch_urls",
]

log = logging.getLogger(__name__)

#: Shown in the user agent until the user names a page where site owners can
#: reach them (``user_agent=`` or the ``TOOLKIT_CONTACT`` environment variable).
CONTACT_PLACEHOLDER = "https://example.org/set-TOOLKIT_CONTACT-to-your-contact-page"
#: First wait before a retry, in seconds; doubled on each further attempt.
_BACKOFF_BASE = 1.0
#: Longest wait between two attempts, whatever the backoff or Retry-After says.
_BACKOFF_MAX = 60.0
#: Statuses that say "try again later" (a 429 is the server asking us to slow down).
_RETRY_STATUS = frozenset({429}) | frozenset(range(500, 600))
#: One download may take at most this many times ``timeout`` in total, so a
#: server trickling bytes forever cannot stall a run (each wait is ``timeout``).
_TOTAL_TIME_FACTOR = 6
#: Larger responses are refused: no news page is this big.
_MAX_BYTES = 64 * 1024 * 1024
#: Show a progress bar by default from this many URLs on.
_PROGRESS_MIN_URLS = 20
_CHUNK = 64 * 1024
#: Content types that carry a page; others (images, PDF, zip) are refused.
_PAGE_TYPES = re.compile(r"html|xml|text/plain", re.I)
_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)
#: Headers never written to the cache: cookies identify the user, not the
#: page, and the transfer headers describe bytes on the wire, while the cache
#: holds the decompressed body.
_UNSTORED_HEADERS = frozenset({"set-cookie", "cookie", "content-encoding", "content-length", "transfer-encoding"})
_TMP_PREFIX = ".tmp-"
_STALE_TEMP_SECONDS = 24 * 3600


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
        "connection reset", ...), or None.
    """

    url: str
    final_url: str | None = None
    status: int | None = None
    html: str | None = None
    charset: str | None = None
    from_cache: bool = False
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when a page was fetched and decoded."""
        return self.error is None and self.html is not None

    def as_dict(self) -> dict[str, Any]:
        """Return the fields and ``ok`` as a plain dict."""
        return {**dataclasses.asdict(self), "ok": self.ok}


def default_cache_dir() -> Path:
    """Return the HTML cache folder: ``$TOOLKIT_CACHE`` or ``~/.cache/news-research-toolkit/html``."""
    env = os.environ.get("TOOLKIT_CACHE")
    if env:
        return Path(env).expanduser()
    return Path.home() / ".cache" / "news-research-toolkit" / "html"


def default_user_agent(contact: str | None = None) -> str:
    """Return the user agent sent with every request.

    It names the toolkit, its version and a page where site owners can reach
    whoever runs it: ``contact``, else ``$TOOLKIT_CONTACT``, else
    :data:`CONTACT_PLACEHOLDER`.

    Examples
    --------
    >>> default_user_agent("https://uni.example/~me").startswith("news-research-toolkit/")
    True
    """
    contact = contact or os.environ.get("TOOLKIT_CONTACT") or CONTACT_PLACEHOLDER
    return (
        f"news-research-toolkit/{__version__} (+{contact}; research use) "
        f"newspaper4k/{newspaper.__version__}"
    )


# --------------------------------------------------------------------------- cache


def _atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so readers see the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f"{_TMP_PREFIX}{os.getpid()}-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _pid_alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would send CTRL_C_EVENT there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class _Cache:
    """Content-addressed store of raw pages with a per-URL index."""

    __slots__ = ("root",)

    def __init__(self, root: str | Path | None) -> None:
        self.root = Path(root).expanduser() if root is not None else default_cache_dir()
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OSError(f"cache_dir {str(self.root)!r} cannot be created: {exc.strerror}") from exc
        self._remove_stale_temp_files()

    def _remove_stale_temp_files(self) -> None:
        # Left behind only by a process killed mid-write. A temp file is stale
        # when its writer (pid in the name) is gone, or after a day (a cache
        # shared between machines, where the pid says nothing).
        now = time.time()
        for sub in ("objects", "index"):
            for tmp in (self.root / sub).glob(f"*/{_TMP_PREFIX}*"):
                pid = tmp.name[len(_TMP_PREFIX) :].split("-", 1)[0]
                try:
                    old = now - tmp.stat().st_mtime > _STALE_TEMP_SECONDS
                    if old or (pid.isdigit() and not _pid_alive(int(pid))):
                        tmp.unlink(missing_ok=True)
                except OSError:
                    continue

    def _object_path(self, digest: str) -> Path:
        return self.root / "objects" / digest[:2] / digest

    def _index_path(self, canon: str) -> Path:
        key = hashlib.sha256(canon.encode("utf-8")).hexdigest()
        return self.root / "index" / key[:2] / f"{key}.json"

    def get(self, canon: str) -> tuple[dict[str, Any], bytes] | None:
        """Return (index entry, page bytes) for a cached URL, or None."""
        try:
            entry = json.loads(self._index_path(canon).read_bytes())
            data = self._object_path(entry["sha256"]).read_bytes()
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            log.warning("cache object for %s is damaged; fetching again", canon)
            return None
        return entry, data

    def has(self, canon: str) -> bool:
        return self._index_path(canon).exists()

    def put(self, canon: str, url: str, final_url: str, status: int, headers: dict[str, str], data: bytes) -> None:
        """Store page bytes, then the index entry that points at them.

        A failed write is logged, not raised: the page was fetched and is
        returned; it is just not cached.
        """
        try:
            self._put(canon, url, final_url, status, headers, data)
        except OSError as exc:
            log.warning("could not cache %s in %s: %s", url, self.root, exc)

    def _put(self, canon: str, url: str, final_url: str, status: int, headers: dict[str, str], data: bytes) -> None:
        digest = hashlib.sha256(data).hexdigest()
        obj = self._object_path(digest)
        if not obj.exists():
            _atomic_write(obj, data)
        entry = {
            "url": url,
            "canonical_url": canon,
            "final_url": final_url,
            "status": status,
            "sha256": digest,
            "n_bytes": len(data),
            "headers": headers,
            "fetched_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        _atomic_write(self._index_path(canon), json.dumps(entry, ensure_ascii=False, sort_keys=True).encode("utf-8"))


# --------------------------------------------------------------------------- network


class _Failure(Exception):
    """One attempt failed; ``retry`` says whether another attempt may help."""

    def __init__(self, reason: str, *, retry: bool, status: int | None = None, final_url: str | None = None, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry = retry
        self.status = status
        self.final_url = final_url
        self.wait = wait


def _chain(exc: BaseException) -> Iterable[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        e = todo.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo.extend(a for a in getattr(e, "args", ()) if isinstance(a, BaseException))
        for nxt in (e.__cause__, e.__context__, getattr(e, "reason", None)):
            if isinstance(nxt, BaseException):
                todo.append(nxt)


def _network_failure(exc: BaseException, timeout: float) -> _Failure:
    """Turn a requests/urllib3/socket exception into a short reason."""
    chain = list(_chain(exc))
    text = " ".join(str(e) for e in chain).lower()
    if isinstance(exc, requests.TooManyRedirects):
        return _Failure("too many redirects", retry=False)
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema | requests.exceptions.InvalidSchema):
        return _Failure(f"invalid URL ({exc})", retry=False)
    if isinstance(exc, requests.exceptions.SSLError):
        return _Failure("TLS/SSL error", retry=False)
    if any(isinstance(e, requests.Timeout | socket.timeout | TimeoutError) for e in chain) or "timed out" in text:
        return _Failure(f"timed out after {timeout:g} s", retry=True)
    if any(isinstance(e, ConnectionResetError | BrokenPipeError) for e in chain) or "reset" in text:
        return _Failure("connection reset", retry=True)
    if any(isinstance(e, socket.gaierror) for e in chain) or "name resolution" in text or "nodename" in text:
        return _Failure("host name not resolved", retry=False)
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "refused" in text:
        return _Failure("connection refused", retry=True)
    if isinstance(exc, requests.exceptions.ChunkedEncodingError) or "incomplete" in text or "prematurely" in text:
        return _Failure("connection closed before the page was complete", retry=True)
    if isinstance(exc, requests.ConnectionError):
        return _Failure(f"connection error ({type(exc).__name__})", retry=True)
    return _Failure(f"{type(exc).__name__}: {exc}", retry=False)


def _retry_after(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return float(value.strip())
    return None


def _config(timeout: float, user_agent: str) -> newspaper.Config:
    config = newspaper.Config()
    config.fetch_images = False  # its default downloads every image during parse
    config.memoize_articles = False
    config.http_success_only = False  # statuses are judged here, not raised there
    # Skip newspaper4k's binary probe: an extra HEAD/GET per URL and a
    # public-suffix-list download by tldextract. Content-Type is checked here.
    config.allow_binary_content = True
    config.browser_user_agent = user_agent
    config.request_timeout = (timeout, timeout)  # connect, and each wait for data
    config.requests_params["stream"] = True  # read the body here, under a size and time cap
    config.requests_params["allow_redirects"] = True
    return config


def _body_pieces(response: requests.Response) -> Iterator[bytes]:
    """Yield the (decompressed) body as it arrives, so time and size caps apply between pieces."""
    raw = response.raw
    if hasattr(raw, "read1"):  # urllib3 >= 2: whatever has arrived, not a full chunk
        while piece := raw.read1(_CHUNK, decode_content=True):
            yield piece
    else:  # pragma: no cover - urllib3 1.x waits for whole chunks
        yield from response.iter_content(_CHUNK)


def _download(url: str, config: newspaper.Config, timeout: float) -> tuple[str, int, dict[str, str], bytes]:
    """One attempt: return (final URL, status, headers, body) or raise _Failure."""
    started = time.monotonic()
    try:
        response = newspaper.network.do_request(url, config)
    except requests.RequestException as exc:
        raise _network_failure(exc, timeout) from exc
    if response is None:  # a newspaper4k before_request hook said no
        raise _Failure("request skipped by a newspaper4k network hook", retry=False)
    with response:
        status = response.status_code
        final_url = response.url
        if status >= 400:
            wait = _retry_after(response.headers.get("Retry-After"))
            raise _Failure(f"HTTP {status}", retry=status in _RETRY_STATUS, status=status, final_url=final_url, wait=wait)
        ctype = response.headers.get("Content-Type", "")
        if ctype and not _PAGE_TYPES.search(ctype):
            raise _Failure(f"not a web page (Content-Type {ctype.split(';')[0].strip()})", retry=False, status=status, final_url=final_url)
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in _body_pieces(response):
                chunks.append(chunk)
                size += len(chunk)
                if size > _MAX_BYTES:
                    raise _Failure(f"page larger than {_MAX_BYTES // 2**20} MB", retry=False, status=status, final_url=final_url)
                if time.monotonic() - started > _TOTAL_TIME_FACTOR * timeout:
                    raise _Failure(f"download took longer than {_TOTAL_TIME_FACTOR * timeout:g} s", retry=True, status=status, final_url=final_url)
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            failure = _network_failure(exc, timeout)
            failure.status, failure.final_url = status, final_url
            raise failure from exc
        headers = {k.lower(): v for k, v in response.headers.items() if k.lower() not in _UNSTORED_HEADERS}
    return final_url, status, headers, b"".join(chunks)


def _domain(url: str) -> str:
    return outlet_from_url(url) or (urlsplit(url).hostname or "")


class _Fetcher:
    """Sequential, polite fetching with retries, a per-domain delay and the cache."""

    __slots__ = ("cache", "config", "delay", "last_request", "retries", "timeout")

    def __init__(self, cache: _Cache, *, timeout: float, retries: int, delay: float, user_agent: str) -> None:
        self.cache = cache
        self.timeout = timeout
        self.retries = retries
        self.delay = delay
        self.config = _config(timeout, user_agent)
        self.last_request: dict[str, float] = {}

    def _wait_for_domain(self, domain: str) -> None:
        last = self.last_request.get(domain)
        if last is not None and self.delay > 0:
            remaining = last + self.delay - time.monotonic()
            if remaining > 0:
                time.sleep(remaining)
        self.last_request[domain] = time.monotonic()

    def fetch(self, url: str) -> FetchResult:
        canon = canonical_url(url) if isinstance(url, str) else None
        if canon is None:
            return FetchResult(url=url, error=f"not an http(s) URL: {url!r}")
        hit = self.cache.get(canon)
        if hit is not None:
            entry, data = hit
            return self._decoded(url, entry.get("final_url") or url, entry.get("status"), entry.get("headers") or {}, data, from_cache=True)
        domain = _domain(url)
        attempts = self.retries + 1
        for attempt in range(attempts):
            self._wait_for_domain(domain)
            try:
                final_url, status, headers, data = _download(url.strip(), self.config, self.timeout)
            except _Failure as failure:
                if failure.retry and attempt + 1 < attempts:
                    wait = min(_BACKOFF_MAX, max(_BACKOFF_BASE * 2**attempt, failure.wait or 0.0))
                    log.info("%s: %s; retrying in %.1f s", url, failure.reason, wait)
                    time.sleep(wait)
                    continue
                reason = failure.reason
                if failure.retry and attempts > 1:
                    reason = f"{reason} ({attempts} attempts)"
                log.info("fetch failed for %s: %s", url, reason)
                return FetchResult(url=url, final_url=failure.final_url, status=failure.status, error=reason)
            if not data.strip():
                return FetchResult(url=url, final_url=final_url, status=status, error="empty page")
            result = self._decoded(url, final_url, status, headers, data, from_cache=False)
            if result.ok:
                self.cache.put(canon, url, final_url, status, headers, data)
                # after a redirect, the page is also cached under where it ended
                final_canon = canonical_url(final_url)
                if final_canon and final_canon != canon and not self.cache.has(final_canon):
                    self.cache.put(final_canon, final_url, final_url, status, headers, data)
            return result
        raise AssertionError("unreachable")  # pragma: no cover

    @staticmethod
    def _decoded(url: str, final_url: str, status: int | None, headers: dict[str, str], data: bytes, *, from_cache: bool) -> FetchResult:
        match = _CHARSET.search(headers.get("content-type", ""))
        try:
            html, charset = decode_bytes(data, http_charset=match.group(1) if match else None)
        except ValueError as exc:
            return FetchResult(url=url, final_url=final_url, status=status, from_cache=from_cache, error=f"cannot decode page: {exc}")
        return FetchResult(url=url, final_url=final_url, status=status, html=html, charset=charset, from_cache=from_cache)


# --------------------------------------------------------------------------- public API


def fetch_urls(
    urls: Sequence[str],
    *,
    cache_dir: str | Path | None = None,
    timeout: float = 10.0,
    retries: int = 2,
    delay: float = 1.0,
    user_agent: str | None = None,
    progress: bool | None = None,
) -> list[FetchResult]:
    """Download pages with newspaper4k, politely, through an on-disk cache.

    A URL already in the cache is not requested again, so an interrupted run
    resumes where it stopped. Failures come back as results with ``error``
    set (and are not cached); nothing raises for one bad URL.

    Parameters
    ----------
    urls : sequence of str
        The pages to fetch. Duplicates (same canonical URL) are fetched once.
    cache_dir : str or Path, optional
        Cache folder; default :func:`default_cache_dir`.
    timeout : float
        Seconds to wait for a connection and for each piece of data; one
        download may take at most six times this in total.
    retries : int
        Extra attempts after a 5xx, a 429, a time-out or a dropped
        connection, with exponential backoff (1 s, 2 s, 4 s, ...). Other 4xx
        statuses are not retried.
    delay : float
        Seconds between two requests to the same domain.
    user_agent : str, optional
        Replaces :func:`default_user_agent` (which carries ``$TOOLKIT_CONTACT``).
    progress : bool, optional
        Show a progress bar; by default only from 20 URLs on.

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
    if isinstance(urls, str | bytes):
        raise TypeError("urls must be a list of URLs, not a single string; wrap it: fetch_urls([url])")
    urls = list(urls)
    if timeout <= 0:
        raise ValueError(f"timeout must be positive seconds, got {timeout!r}")
    if retries < 0:
        raise ValueError(f"retries must be 0 or more, got {retries!r}")
    if delay < 0:
        raise ValueError(f"delay must be 0 or more seconds, got {delay!r}")
    fetcher = _Fetcher(
        _Cache(cache_dir),
        timeout=float(timeout),
        retries=int(retries),
        delay=float(delay),
        user_agent=user_agent or default_user_agent(),
    )
    show = progress if progress is not None else len(urls) >= _PROGRESS_MIN_URLS
    done: dict[str, FetchResult] = {}
    results: list[FetchResult] = []
    failed = 0
    with tqdm(total=len(urls), disable=not show, desc="fetch", unit="page") as bar:
        for url in urls:
            key = canonical_url(url) if isinstance(url, str) else None
            if key is not None and key in done:
                result = dataclasses.replace(done[key], url=url)
            else:
                result = fetcher.fetch(url)
                if key is not None:
                    done[key] = result
            results.append(result)
            failed += not result.ok
            bar.update(1)
            if failed:
                bar.set_postfix(failed=failed, refresh=False)
    return results


def fetch_frame(urls: Sequence[str], **kwargs: Any) -> pd.DataFrame:
    """Fetch URLs and return one row per URL describing the outcome.

    Parameters
    ----------
    urls : sequence of str
        As for :func:`fetch_urls`.
    **kwargs
        Passed to :func:`fetch_urls`.

    Returns
    -------
    DataFrame
        Columns ``url``, ``final_url``, ``status`` (Int64), ``ok``,
        ``from_cache``, ``error``, ``n_bytes`` (Int64: size of the page in
        its charset, the downloaded size for pages that decoded cleanly),
        in input order.

    Examples
    --------
    >>> fetch_frame(["https://example.org/a"])[["url", "ok", "error"]]  # doctest: +SKIP
    """
    import pandas as pd

    rows = [
        {
            "url": r.url,
            "final_url": r.final_url,
            "status": r.status,
            "ok": r.ok,
            "from_cache": r.from_cache,
            "error": r.error,
            "n_bytes": len(r.html.encode(r.charset or "utf-8", errors="replace")) if r.html is not None else None,
        }
        for r in fetch_urls(urls, **kwargs)
    ]
    frame = pd.DataFrame(rows, columns=["url", "final_url", "status", "ok", "from_cache", "error", "n_bytes"])
    return frame.astype(
        {
            "url": "string",
            "final_url": "string",
            "status": "Int64",
            "ok": "bool",
            "from_cache": "bool",
            "error": "string",
            "n_bytes": "Int64",
        }
    )
