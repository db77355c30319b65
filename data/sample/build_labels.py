"""Merge and check the answer key of the practice corpus.

Usage::

    python data/sample/build_labels.py

``labels.csv`` holds one row per article of the practice corpus. The rows of
the Belarus story (``belarus/...``) are written with that corpus; rows of the
other topics are written in ``labels_other.csv`` while those articles are
being written. This script replaces the non-Belarus rows of ``labels.csv``
with the rows of ``labels_other.csv`` (when that file exists), checks every
row, and writes ``labels.csv`` sorted by file key. It refuses to write when a
check fails, naming the row:

- ``file`` points to an existing article file (``path#n``: the n-th record of
  a JSONL export or the n-th data row of a CSV export) and appears once;
- every article file in ``belarus/`` and ``other/`` has a row;
- ``events`` is a JSON list of objects with ``type`` in the event vocabulary,
  ``date`` as YYYY-MM-DD, YYYY-MM, YYYY or null, ``count`` an integer or
  null, ``qualifier`` in the vocabulary (null only without a count),
  ``cumulative`` a boolean and ``modality`` in the vocabulary.

After a successful merge ``labels_other.csv`` can be deleted; pass
``--delete-other`` to do so.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ["file", "url", "outlet", "outlet_type", "language", "topic", "copy_of", "events"]
TYPES = {"release", "pardon", "sanctions_imposed", "sanctions_eased", "sanctions_lifted", "talks"}
QUALIFIERS = {"exact", "more_than", "at_least", "about", "up_to"}
MODALITIES = {"reported", "expected", "demanded", "denied"}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ARTICLE_SUFFIXES = (".html", ".htm", ".txt", ".jsonl", ".json", ".csv")


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != COLUMNS:
            raise ValueError(f"{path.name}: columns {reader.fieldnames} should be {COLUMNS}")
        return list(reader)


def _records(path: Path) -> int:
    if path.suffix == ".jsonl":
        return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            return sum(1 for _ in csv.DictReader(handle))
    data = json.loads(path.read_text(encoding="utf-8"))
    return len(data["articles"] if isinstance(data, dict) else data)


def article_keys() -> set[str]:
    """Every key an article of the corpus has (``path`` or ``path#n``)."""
    keys: set[str] = set()
    for part in sorted(p for p in HERE.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        for path in sorted(part.rglob("*")):
            if not path.is_file() or path.suffix not in _ARTICLE_SUFFIXES:
                continue
            rel = path.relative_to(HERE).as_posix()
            if path.suffix in (".jsonl", ".csv", ".json"):
                keys.update(f"{rel}#{n}" for n in range(1, _records(path) + 1))
            else:
                keys.add(rel)
    return keys


def check(rows: list[dict[str, str]]) -> list[str]:
    """Return every problem of the rows (empty when they are fine)."""
    problems: list[str] = []
    keys = article_keys()
    seen: set[str] = set()
    for row in rows:
        key = row["file"]
        if key in seen:
            problems.append(f"{key}: listed twice")
        seen.add(key)
        if key not in keys:
            problems.append(f"{key}: no such article in data/sample")
        for column in ("outlet", "topic", "language"):
            if not row[column]:
                problems.append(f"{key}: empty {column}")
        try:
            events = json.loads(row["events"] or "[]")
        except json.JSONDecodeError as exc:
            problems.append(f"{key}: events is not JSON ({exc})")
            continue
        if not isinstance(events, list):
            problems.append(f"{key}: events must be a JSON list")
            continue
        for event in events:
            where = f"{key}: event {event}"
            if event.get("type") not in TYPES:
                problems.append(f"{where}: type not in {sorted(TYPES)}")
            date = event.get("date")
            if date is not None and not _DATE.match(str(date)):
                problems.append(f"{where}: date must be YYYY-MM-DD, YYYY-MM, YYYY or null")
            count = event.get("count")
            if count is not None and (not isinstance(count, int) or isinstance(count, bool)):
                problems.append(f"{where}: count must be an integer or null")
            qualifier = event.get("qualifier")
            if qualifier is not None and qualifier not in QUALIFIERS:
                problems.append(f"{where}: qualifier not in {sorted(QUALIFIERS)}")
            if (count is None) != (qualifier is None):
                problems.append(f"{where}: qualifier must be given with a count and only then")
            if not isinstance(event.get("cumulative"), bool):
                problems.append(f"{where}: cumulative must be true or false")
            if event.get("modality") not in MODALITIES:
                problems.append(f"{where}: modality not in {sorted(MODALITIES)}")
    for key in sorted(keys - seen):
        problems.append(f"{key}: article has no label row")
    return problems


def main(argv: list[str]) -> int:
    labels_path, other_path = HERE / "labels.csv", HERE / "labels_other.csv"
    rows = _read(labels_path)
    if other_path.exists():
        rows = [r for r in rows if r["file"].startswith("belarus/")] + _read(other_path)
    rows.sort(key=lambda r: (r["file"].split("#")[0], int(r["file"].split("#")[1]) if "#" in r["file"] else 0))
    problems = check(rows)
    if problems:
        print("labels not written:\n- " + "\n- ".join(problems))
        return 1
    with labels_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to labels.csv")
    if "--delete-other" in argv and other_path.exists():
        other_path.unlink()
        print("deleted labels_other.csv")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
