"""One HTTP attempt: redirects followed by hand, body read under size and time caps.

Every way a download can go wrong becomes an :class:`AttemptFailed` with a
short reason ("HTTP 503", "timed out after 10 s", "redirect loop: ...",
"truncated body: ...") and whether another attempt may help.

Requests go through a :class:`requests.Session` per worker thread (see
:func:`new_session`), not newspaper4k's module-level session: that one is
shared by every thread and takes per-request headers by updating itself, so
the ``If-None-Match`` of one conditional request would be sent with every
later request of every thread.

Part of :mod:`toolkit.fetch`; the names here are package internals.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import socket
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from toolkit import __version__
from toolkit.encoding import GZIP_MAGIC
from toolkit.urls import canonical_url

__all__ = [
    "CONTACT_PLACEHOLDER",
    "AttemptFailed",
    "Limits",
    "Page",
    "default_user_agent",
    "get",
    "new_session",
    "retry_after",
    "size",
]

#: Shown in the user agent until the user names a page where site owners can
#: reach them (``user_agent=`` or the ``TOOLKIT_CONTACT`` environment variable).
CONTACT_PLACEHOLDER = "https://example.org/set-TOOLKIT_CONTACT-to-your-contact-page"
#: Product token robots.txt rules are matched against.
AGENT_TOKEN = "news-research-toolkit"
#: Redirects followed for one URL; browsers stop at about 20, crawlers at 5-10.
MAX_REDIRECTS = 10
#: Statuses that say "try again later" (a 429 is the server asking us to slow down).
RETRY_STATUS = frozenset({429}) | frozenset(range(500, 600))
_REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
#: Content types that carry a page; others (images, PDF, zip) are refused.
_PAGE_TYPES = re.compile(r"html|xml|text/plain|rss|atom", re.I)
#: Gzip files are accepted only for URLs that name one (``sitemap.xml.gz``).
_GZIP_TYPES = re.compile(r"gzip|octet-stream", re.I)


def default_user_agent(contact: str | None = None) -> str:
    """Return the user agent sent with every request.

    It names the toolkit, its version and a page where site owners can reach
    whoever runs it: ``contact``, else ``$TOOLKIT_CONTACT``, else
    :data:`CONTACT_PLACEHOLDER`.

    Parameters
    ----------
    contact : str, optional
        URL or ``mailto:`` where site owners can reach the researcher.

    Returns
    -------
    str

    Examples
    --------
    >>> default_user_agent("https://uni.example/~me").startswith("news-research-toolkit/")
    True
    """
    contact = contact or os.environ.get("TOOLKIT_CONTACT") or CONTACT_PLACEHOLDER
    return f"{AGENT_TOKEN}/{__version__} (+{contact}; research use)"


def new_session(user_agent: str) -> requests.Session:
    """A session for one worker thread: our user agent, compressed transfers."""
    session = requests.Session()
    session.headers.update({
        "User-Agent": user_agent,
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "Accept-Encoding": "gzip, deflate",
    })
    return session


def size(n: float) -> str:
    """A byte count for messages: ``"25 MB"``, ``"200 kB"``, ``"1,000 bytes"``."""
    if n >= 2**20:
        return f"{n / 2**20:g} MB"
    if n >= 2**10 and n % 2**10 == 0:
        return f"{n / 2**10:g} kB"
    return f"{int(n):,} bytes"


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps on one download: seconds per wait, seconds in all, bytes."""

    timeout: float
    max_time: float
    max_bytes: int


@dataclass(frozen=True, slots=True)
class Page:
    """A response received in full: final URL, status (200 or 304), headers, body."""

    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes


class AttemptFailed(Exception):
    """One attempt failed; ``retry`` says whether another attempt may help."""

    def __init__(self, reason: str, *, retry: bool, status: int | None = None,
                 final_url: str | None = None, wait: float | None = None) -> None:
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


def _network_failure(exc: BaseException, timeout: float) -> AttemptFailed:
    """Turn a requests/urllib3/socket exception into a short reason."""
    chain = list(_chain(exc))
    text = " ".join(str(e) for e in chain).lower()
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema | requests.exceptions.InvalidSchema):
        return AttemptFailed(f"invalid URL ({exc})", retry=False)
    if isinstance(exc, requests.exceptions.SSLError):
        return AttemptFailed("TLS/SSL error", retry=False)
    if any(isinstance(e, requests.Timeout | socket.timeout | TimeoutError) for e in chain) or "timed out" in text:
        return AttemptFailed(f"timed out after {timeout:g} s", retry=True)
    if any(isinstance(e, ConnectionResetError | BrokenPipeError) for e in chain) or "reset" in text:
        return AttemptFailed("connection reset", retry=True)
    if any(isinstance(e, socket.gaierror) for e in chain) or "name resolution" in text or "nodename" in text:
        return AttemptFailed("host name not resolved", retry=False)
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "refused" in text:
        return AttemptFailed("connection refused", retry=True)
    if isinstance(exc, requests.exceptions.ChunkedEncodingError) or "incomplete" in text or "prematurely" in text:
        return AttemptFailed("connection closed before the page was complete", retry=True)
    if isinstance(exc, requests.ConnectionError):
        return AttemptFailed(f"connection error ({type(exc).__name__})", retry=True)
    return AttemptFailed(f"{type(exc).__name__}: {exc}", retry=False)


def retry_after(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (a number or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time()) if when.tzinfo else None


def _short(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "") or "/"


def get(session: requests.Session, url: str, limits: Limits, *, headers: dict[str, str] | None = None,
        may_follow: Callable[[str], str | None] | None = None, any_type: bool = False) -> Page:
    """Fetch ``url`` once, following redirects by hand; raise :class:`AttemptFailed`.

    Parameters
    ----------
    session : requests.Session
        The calling thread's session (:func:`new_session`).
    url : str
        The URL to fetch.
    limits : Limits
        Time-out per wait, total time and size caps.
    headers : dict, optional
        Extra request headers (``If-None-Match``, ``If-Modified-Since``).
    may_follow : callable, optional
        Called with each redirect target; returns a reason to refuse it
        (robots.txt disallows it) or None.
    any_type : bool
        Accept any Content-Type (robots.txt), not only pages.

    Returns
    -------
    Page
        Status 200 (or 304 to a conditional request) and the whole body.
    """
    started = time.monotonic()
    seen = [canonical_url(url) or url]
    hops = [url]
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        try:
            response = session.get(current, headers=headers, stream=True, allow_redirects=False,
                                   timeout=(limits.timeout, limits.timeout))
        except requests.RequestException as exc:
            raise _network_failure(exc, limits.timeout) from exc
        location = response.headers.get("Location")
        if response.status_code not in _REDIRECT_STATUS or not location:
            return _read(response, current, limits, started, any_type)
        response.close()
        target = urljoin(current, location.strip())
        key = canonical_url(target) or target
        hops.append(target)
        if key in seen:
            path = " -> ".join(_short(h) for h in hops)
            raise AttemptFailed(f"redirect loop ({path})", retry=False, status=response.status_code, final_url=current)
        seen.append(key)
        refusal = may_follow(target) if may_follow else None
        if refusal:
            raise AttemptFailed(f"redirect target {target}: {refusal}", retry=False, status=response.status_code, final_url=target)
        current = target
    raise AttemptFailed(f"too many redirects (more than {MAX_REDIRECTS})", retry=False, final_url=current)


def _body_pieces(response: requests.Response) -> Iterator[bytes]:
    """Yield the (decompressed) body as it arrives, so time and size caps apply between pieces."""
    raw = response.raw
    if hasattr(raw, "read1"):  # urllib3 >= 2: whatever has arrived, not a full chunk
        while piece := raw.read1(_CHUNK, decode_content=True):
            yield piece
    else:  # pragma: no cover - urllib3 1.x waits for whole chunks
        yield from response.iter_content(_CHUNK)


def _declared_length(response: requests.Response) -> int | None:
    value = response.headers.get("Content-Length", "")
    if not value.strip().isdigit() or response.headers.get("Content-Encoding", "identity") not in ("identity", ""):
        return None
    return int(value)


def _check_head(response: requests.Response, url: str, limits: Limits, any_type: bool) -> None:
    status, final_url = response.status_code, response.url or url
    if status >= 400:
        wait = retry_after(response.headers.get("Retry-After"))
        raise AttemptFailed(f"HTTP {status}", retry=status in RETRY_STATUS, status=status, final_url=final_url, wait=wait)
    ctype = response.headers.get("Content-Type", "")
    gz_ok = urlsplit(url).path.lower().endswith(".gz") and _GZIP_TYPES.search(ctype)
    if ctype and not any_type and not _PAGE_TYPES.search(ctype) and not gz_ok:
        raise AttemptFailed(f"not a web page (Content-Type {ctype.split(';')[0].strip()})", retry=False, status=status, final_url=final_url)
    declared = _declared_length(response)
    if declared is not None and declared > limits.max_bytes:
        raise AttemptFailed(f"page larger than {size(limits.max_bytes)} (Content-Length {declared:,} bytes)",
                            retry=False, status=status, final_url=final_url)


def _read(response: requests.Response, url: str, limits: Limits, started: float, any_type: bool) -> Page:
    """Check the status and headers, then read the body under the caps."""
    with response:
        _check_head(response, url, limits, any_type)
        status, final_url = response.status_code, response.url or url
        if status == 304:
            return Page(final_url, status, dict(response.headers.lower_items()), b"")
        chunks: list[bytes] = []
        received = 0
        declared = _declared_length(response)
        try:
            for chunk in _body_pieces(response):
                chunks.append(chunk)
                received += len(chunk)
                if received > limits.max_bytes:
                    raise AttemptFailed(f"page larger than {size(limits.max_bytes)}", retry=False, status=status, final_url=final_url)
                if time.monotonic() - started > limits.max_time:
                    raise AttemptFailed(f"download took longer than {limits.max_time:g} s", retry=True, status=status, final_url=final_url)
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            if declared is not None and received < declared and not isinstance(exc, TimeoutError | socket.timeout):
                failure = _truncated(received, declared)
            else:
                failure = _network_failure(exc, limits.timeout)
            failure.status, failure.final_url = status, final_url
            raise failure from exc
        if declared is not None and received < declared:
            raise _truncated(received, declared, status, final_url)
        headers = {k.lower(): v for k, v in response.headers.items()}
    body = b"".join(chunks)
    if body[:2] == GZIP_MAGIC and urlsplit(final_url).path.lower().endswith(".gz"):
        body = _gunzip(body, limits, status, final_url)
    return Page(final_url, status, headers, body)


def _truncated(received: int, declared: int, status: int | None = None, final_url: str | None = None) -> AttemptFailed:
    return AttemptFailed(f"truncated body (received {received:,} of the {declared:,} bytes in Content-Length)",
                         retry=True, status=status, final_url=final_url)


def _gunzip(body: bytes, limits: Limits, status: int, final_url: str) -> bytes:
    """A gzip file served as such (``sitemap.xml.gz``), decompressed under the size cap."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as gz:
            data = gz.read(limits.max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise AttemptFailed(f"corrupt gzip file ({exc})", retry=False, status=status, final_url=final_url) from exc
    if len(data) > limits.max_bytes:
        raise AttemptFailed(f"page larger than {size(limits.max_bytes)} once decompressed", retry=False, status=status, final_url=final_url)
    return data
