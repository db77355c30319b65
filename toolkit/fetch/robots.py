"""robots.txt: fetched once per site, parsed with protego, every decision recorded.

Rules follow RFC 9309: a robots.txt answered with a 4xx status means no
rules (everything allowed); a 5xx status or no answer at all means "assume
complete disallow" until it can be read; a robots.txt is used for at most a
day. ``Crawl-delay`` (not in the RFC, but common) lengthens the pause
between two requests to that site, up to :data:`MAX_CRAWL_DELAY`.

Part of :mod:`toolkit.fetch`; the names here are package internals.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from protego import Protego

from toolkit.fetch.cache import Cache
from toolkit.fetch.download import AttemptFailed, Limits, get, size

__all__ = ["MAX_CRAWL_DELAY", "Decision", "Robots"]

#: Longest Crawl-delay honoured, in seconds; a longer one would stall a run
#: for hours, so it is capped (and the cap is recorded in the decision).
MAX_CRAWL_DELAY = 60.0
#: Bytes of robots.txt read; RFC 9309 asks parsers to read at least 500 KiB.
_ROBOTS_BYTES = 512 * 1024


@dataclass(frozen=True, slots=True)
class Decision:
    """Whether a URL may be fetched, why, and the site's Crawl-delay (or None)."""

    allowed: bool
    note: str
    crawl_delay: float | None = None


def origin(url: str) -> str:
    """``scheme://host[:port]`` of a URL: robots.txt rules apply per origin."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{(parts.netloc or '').lower()}"


class Robots:
    """robots.txt rules per origin, fetched on first need and kept on disk for a day.

    Parameters
    ----------
    cache : Cache
        Where robots.txt files are kept between runs.
    user_agent : str
        The full user agent; its product token (before ``/``) is matched
        against ``User-agent`` lines.
    limits : Limits
        Time-out for fetching a robots.txt.
    """

    __slots__ = ("cache", "token", "limits", "_rules", "_lock", "_origin_locks")

    def __init__(self, cache: Cache, user_agent: str, limits: Limits) -> None:
        self.cache = cache
        self.token = user_agent.split("/", 1)[0].split()[0] if user_agent.strip() else "*"
        self.limits = Limits(limits.timeout, limits.max_time, min(limits.max_bytes, _ROBOTS_BYTES))
        self._rules: dict[str, tuple[Protego | None, str]] = {}
        self._lock = threading.Lock()
        self._origin_locks: dict[str, threading.Lock] = {}

    def check(self, url: str, session: requests.Session) -> Decision:
        """Decide whether ``url`` may be fetched (fetching the site's robots.txt if needed)."""
        key = origin(url)
        with self._lock:
            lock = self._origin_locks.setdefault(key, threading.Lock())
        with lock:
            if key not in self._rules:
                self._rules[key] = self._load(key, session)
        rules, note = self._rules[key]
        if rules is None:
            return Decision(note.startswith("allowed"), note)
        delay = rules.crawl_delay(self.token)
        if delay is not None:
            delay = min(float(delay), MAX_CRAWL_DELAY)
        if rules.can_fetch(url, self.token):
            extra = f", Crawl-delay {delay:g} s" if delay else ""
            return Decision(True, f"allowed by {key}/robots.txt{extra}", delay)
        return Decision(False, f"disallowed by {key}/robots.txt", delay)

    def _load(self, key: str, session: requests.Session) -> tuple[Protego | None, str]:
        """Rules of one origin: from the disk cache, else fetched now."""
        entry = self.cache.get_robots(key)
        if entry is None:
            entry = self._fetch(key, session)
        status = entry.get("status")
        if status == 200:
            return Protego.parse(entry.get("body") or ""), ""
        if isinstance(status, int) and 400 <= status < 500:
            return None, f"allowed (no robots.txt: HTTP {status})"
        return None, f"disallowed: robots.txt unreachable ({entry.get('error')}), so RFC 9309 says assume disallow"

    def _fetch(self, key: str, session: requests.Session) -> dict:
        url = f"{key}/robots.txt"
        try:
            page = get(session, url, self.limits, any_type=True)
        except AttemptFailed as failure:
            if failure.status is not None and 400 <= failure.status < 500:
                entry = {"status": failure.status}
                self.cache.put_robots(key, entry)
                return entry
            if failure.reason.startswith("page larger than"):
                # read what the RFC asks for; rules past 500 KiB are ignored
                return {"status": 200, "body": "", "error": f"robots.txt larger than {size(_ROBOTS_BYTES)}"}
            return {"status": failure.status, "error": failure.reason}  # not kept: try again next run
        entry = {"status": 200, "body": page.body.decode("utf-8", errors="replace")}
        self.cache.put_robots(key, entry)
        return entry
