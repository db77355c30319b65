"""Where the toolkit finds its bundled data files and the user's own.

Kept low in the house: every stage may import it, it imports nothing of the
toolkit.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["RESOURCES", "env_paths", "file_stamp"]

#: Folder of the bundled data files (patterns, gazetteer, language data).
RESOURCES = Path(__file__).resolve().parent / "resources"


def env_paths(variable: str) -> list[Path]:
    """Paths named in environment variable ``variable`` (``os.pathsep``-separated).

    Read at each call, so a variable set in a running session is honoured.
    """
    value = os.environ.get(variable, "")
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


def file_stamp(paths: list[Path] | tuple[Path, ...]) -> tuple[tuple[str, int], ...]:
    """``(path, modification time)`` of each path (-1 when missing): a cache key
    that changes when a file is edited, created or removed."""
    out = []
    for path in paths:
        try:
            out.append((str(path), path.stat().st_mtime_ns))
        except OSError:
            out.append((str(path), -1))
    return tuple(out)
