"""The on-disk cache of fetched pages (and of robots.txt files).

Content addressed: the page bytes live under their SHA-256 in
``objects/ab/abcdef...``; a small JSON entry per canonical URL in
``index/12/1234....json`` records the content hash, status, final URL,
headers (with the ``ETag`` and ``Last-Modified`` a refresh sends back) and
the robots.txt decision. Every file is written to a temporary file in the
same folder and moved into place with :func:`os.replace`, bytes before
index, so a run killed at any moment leaves only whole files, and the next
run resumes where it stopped without fetching a finished page again.
Failures are never cached. robots.txt files are kept under ``robots/`` for
a day (RFC 9309 asks crawlers not to use one older than 24 hours).

Part of :mod:`toolkit.fetch`; the names here are package internals.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

__all__ = ["Cache", "atomic_write", "default_cache_dir"]

log = logging.getLogger("toolkit.fetch")

_TMP_PREFIX = ".tmp-"
_STALE_TEMP_SECONDS = 24 * 3600
#: A robots.txt is fetched again after this long (RFC 9309, section 2.4).
ROBOTS_MAX_AGE = 24 * 3600


def default_cache_dir() -> Path:
    """Return the HTML cache folder: ``$TOOLKIT_CACHE`` or ``~/.cache/news-research-toolkit/html``.

    Returns
    -------
    Path
        Read from the environment at each call, so a value set in a running
        session is honoured.
    """
    env = os.environ.get("TOOLKIT_CACHE")
    if env:
        return Path(env).expanduser()
    return Path.home() / ".cache" / "news-research-toolkit" / "html"


def atomic_write(path: Path, data: bytes) -> None:
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


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Cache:
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
        for sub in ("objects", "index", "robots"):
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
        """True when ``canon`` has an index entry."""
        return self._index_path(canon).exists()

    def put(self, canon: str, entry: dict[str, Any], data: bytes) -> None:
        """Store page bytes, then the index entry that points at them.

        ``entry`` holds ``url``, ``final_url``, ``status``, ``headers`` and
        ``robots``; the hash, size and time are added here. A failed write
        is logged, not raised: the page was fetched and is returned; it is
        just not cached.
        """
        try:
            digest = hashlib.sha256(data).hexdigest()
            obj = self._object_path(digest)
            if not obj.exists():
                atomic_write(obj, data)
            full = {**entry, "canonical_url": canon, "sha256": digest, "n_bytes": len(data),
                    "fetched_at": _now()}
            self._write_entry(canon, full)
        except OSError as exc:
            log.warning("could not cache %s in %s: %s", entry.get("url"), self.root, exc)

    def touch(self, canon: str, entry: dict[str, Any]) -> None:
        """Record that a cached page was confirmed unchanged (HTTP 304) just now."""
        try:
            self._write_entry(canon, {**entry, "checked_at": _now()})
        except OSError as exc:
            log.warning("could not update the cache entry of %s: %s", canon, exc)

    def _write_entry(self, canon: str, entry: dict[str, Any]) -> None:
        data = json.dumps(entry, ensure_ascii=False, sort_keys=True).encode("utf-8")
        atomic_write(self._index_path(canon), data)

    # -- robots.txt ---------------------------------------------------------

    def _robots_path(self, origin: str) -> Path:
        key = hashlib.sha256(origin.encode("utf-8")).hexdigest()
        return self.root / "robots" / key[:2] / f"{key}.json"

    def get_robots(self, origin: str) -> dict[str, Any] | None:
        """A robots.txt entry for ``origin`` fetched less than a day ago, or None."""
        try:
            entry = json.loads(self._robots_path(origin).read_bytes())
            if time.time() - float(entry["fetched_ts"]) > ROBOTS_MAX_AGE:
                return None
            return entry
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put_robots(self, origin: str, entry: dict[str, Any]) -> None:
        """Keep a robots.txt outcome (status and body) for a day."""
        full = {**entry, "origin": origin, "fetched_ts": time.time(), "fetched_at": _now()}
        try:
            atomic_write(self._robots_path(origin), json.dumps(full, ensure_ascii=False).encode("utf-8"))
        except OSError as exc:
            log.warning("could not cache robots.txt of %s: %s", origin, exc)
