"""Build data/reference/belarus_events.csv from the compiled fact table.

Usage::

    python data/reference/build_reference.py PATH/TO/belarus_events_2024_2025.csv

The input is the fact table compiled from public news reporting (one row per
event, evidence URLs separated by semicolons). This script checks every row
and writes the REFERENCE_EVENTS table (see ``toolkit/schema.py``) next to
itself. It never edits the input. Checks (each failure names the row):

- ``date`` is a valid ISO date (YYYY-MM-DD);
- ``event_type`` is in the project's vocabulary (or ``other`` for context rows);
- ``count`` is a whole number, empty, or several numbers separated by ``/``
  (a disagreement between sources: kept as text in ``count_text``, ``count``
  left empty, ``disagreement`` set);
- ``count_qualifier`` and ``confidence`` are in their vocabularies;
- every evidence URL starts with ``http://`` or ``https://``.

Rows whose notes start with ``DISAGREEMENT`` exist only to record that sources
disagree; they are kept and flagged ``disagreement=True``, never dropped.

List columns (``named_people``, ``evidence_urls``) are stored joined by
``" ; "`` in the CSV; :func:`toolkit.load_reference_events` splits them back.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

OUT = Path(__file__).with_name("belarus_events.csv")
EVENT_TYPES = {"release", "pardon", "sanctions_imposed", "sanctions_eased", "sanctions_lifted", "talks", "other"}
QUALIFIERS = {"", "exact", "more_than", "at_least", "about", "up_to"}
CONFIDENCE = {"high", "medium", "low"}
COLUMNS = [
    "ref_id", "date", "event_type", "count", "count_text", "count_qualifier", "actor", "target",
    "named_people", "place", "cumulative_note", "evidence_urls", "confidence", "disagreement", "notes",
]
SEP = " ; "
_DISAGREEING_COUNTS = re.compile(r"^\d+(\s*/\s*\d+)+$")


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def build_rows(records: list[dict[str, str]]) -> list[dict[str, str]]:
    """Check the input records and return output rows; raise ValueError listing every problem."""
    problems: list[str] = []
    rows: list[dict[str, str]] = []
    seq: Counter[tuple[str, str]] = Counter()
    for n, rec in enumerate(records, start=2):  # line 1 is the header
        where = f"line {n} ({rec.get('date')} {rec.get('event_type')})"
        try:
            day = date.fromisoformat(rec["date"].strip())
        except ValueError:
            problems.append(f"{where}: date {rec['date']!r} is not YYYY-MM-DD")
            continue
        etype = rec["event_type"].strip()
        if etype not in EVENT_TYPES:
            problems.append(f"{where}: event_type {etype!r} not in {sorted(EVENT_TYPES)}")
        raw_count = rec["count"].strip()
        count = ""
        disagreement = rec["notes"].strip().upper().startswith("DISAGREEMENT")
        if raw_count.isdigit():
            count = raw_count
        elif _DISAGREEING_COUNTS.match(raw_count):
            disagreement = True
        elif raw_count:
            problems.append(f"{where}: count {raw_count!r} is neither a number nor numbers separated by '/'")
        qualifier = rec["count_qualifier"].strip()
        if qualifier not in QUALIFIERS:
            problems.append(f"{where}: count_qualifier {qualifier!r} not in {sorted(QUALIFIERS - {''})}")
        confidence = rec["confidence"].strip()
        if confidence not in CONFIDENCE:
            problems.append(f"{where}: confidence {confidence!r} not in {sorted(CONFIDENCE)}")
        urls = _split(rec["evidence_urls"])
        bad = [u for u in urls if not u.startswith(("http://", "https://"))]
        if bad or not urls:
            problems.append(f"{where}: evidence URLs missing or not http(s): {bad[:2]}")
        seq[(day.isoformat(), etype)] += 1
        rows.append({
            "ref_id": f"{day.isoformat()}-{etype}-{seq[(day.isoformat(), etype)]}",
            "date": day.isoformat(),
            "event_type": etype,
            "count": count,
            "count_text": raw_count,
            "count_qualifier": qualifier,
            "actor": rec["actor"].strip(),
            "target": rec["target"].strip(),
            "named_people": SEP.join(_split(rec["named_people"])),
            "place": rec["place"].strip(),
            "cumulative_note": rec["cumulative_note"].strip(),
            "evidence_urls": SEP.join(urls),
            "confidence": confidence,
            "disagreement": "True" if disagreement else "False",
            "notes": rec["notes"].strip(),
        })
    if problems:
        raise ValueError("reference table has problems:\n- " + "\n- ".join(problems))
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    source = Path(argv[0])
    with source.open(encoding="utf-8", newline="") as handle:
        records = list(csv.DictReader(handle))
    rows = build_rows(records)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    flagged = sum(r["disagreement"] == "True" for r in rows)
    print(f"wrote {len(rows)} rows ({flagged} disagreement rows) to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
