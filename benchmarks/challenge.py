"""Benchmark: the extractor on the challenge set, per language and per field.

The challenge set (``data/challenge/challenge_*.jsonl``, see the READMEs
beside it) holds short news-style items in ten languages, each with its
publication date and the events it states, labelled before the extractor
was run on them, and split into ``dev`` (may be looked at) and ``test``
(reported, never tuned on).

Scoring
-------
Within an item, extracted events are matched one to one with labelled
events of the same type (the pairing that agrees on most fields wins).
An extracted event is *correct* when it is matched and its date and its
count and qualifier agree:

- date: both empty, or the same day within one day (day labels), the same
  month (month labels), the same year (year labels). The labels never
  write a publication-date fallback and have no week precision, so an
  extracted date whose ``date_basis`` is ``published`` (the sentence states
  no date) or whose precision is ``week`` is compared as empty;
- count and qualifier: equal (both empty counts as equal).

Running totals (``cumulative``) are not events and are left out, as in the labels.

Precision = correct / extracted, recall = correct / labelled. Per field
(date, count+qualifier, modality, actor) the share of type-matched pairs
that agree is printed as well. For two-sided events (talks "US/Belarus")
the first-named party is the actor, as in the labels.

Usage::

    .venv/bin/python benchmarks/challenge.py                 # dev split
    .venv/bin/python benchmarks/challenge.py --split test
    .venv/bin/python benchmarks/challenge.py --errors        # list what went wrong
"""

from __future__ import annotations

import argparse
import functools
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from toolkit.events import events_from_text
from toolkit.gazetteer import normalize_name

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FILES = sorted((ROOT / "data" / "challenge").glob("challenge_*.jsonl"))


def _value(value: Any) -> Any:
    """None for a missing value (None, pandas NA or NaT), else the value."""
    return None if value is None or value is pd.NA or value is pd.NaT else value


def mention_event(r: Mapping[str, Any], as_given: bool = False) -> dict[str, Any]:
    """One extracted mention (an EVENTS row) as the labels state an event.

    A date the sentence does not state (``date_basis="published"``) or of
    week precision counts as undated, as the labels never write one; with
    ``as_given`` the date the toolkit gives is kept. The actor of a
    two-sided event is its first-named party.
    """
    basis, precision, date = _value(r["date_basis"]), _value(r["date_precision"]), _value(r["date"])
    unstated = not as_given and (basis == "published" or precision == "week")
    when = None if unstated or date is None else str(pd.Timestamp(date).date())
    count = _value(r["count"])
    return {"type": r["event_type"], "date": when,
            "date_precision": None if when is None else precision,
            "count": None if count is None else int(count),
            "qualifier": _value(r["count_qualifier"]), "modality": _value(r["modality"]),
            "actor": (_value(r["actor"]) or "").split("/")[0] or None,
            "evidence": _value(r["evidence"])}


def distinct_events(rows: Iterable[Mapping[str, Any]], as_given: bool = False
                    ) -> list[dict[str, Any]]:
    """Extracted mentions reduced to the distinct events the labels would state.

    Running totals are dropped (the labels do not list them). The same event
    told twice (headline and lead, two words for it) is one: mentions alike in
    type, date, count, qualifier and modality are kept once. But a swap's
    trigger gives a release per side, alike but for the actor: each is kept.
    """
    out, seen = [], {}
    for r in rows:
        if r["cumulative"]:
            continue
        event = mention_event(r, as_given)
        key = tuple(event[k] for k in ("type", "date", "count", "qualifier", "modality"))
        trigger_at = r["event_id"].split(":")[2]
        first = seen.setdefault(key, (trigger_at, set()))
        if first[0] == trigger_at and event["actor"] not in first[1]:
            first[1].add(event["actor"])
            out.append(event)
    return out


def _predicted(item: dict[str, Any]) -> list[dict[str, Any]]:
    return distinct_events(events_from_text(item["text"], item["published"], item["lang"],
                                            item["id"]))


def _date_ok(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if gold.get("date") is None or pred["date"] is None:
        return gold.get("date") is None and pred["date"] is None
    g, p = pd.Timestamp(gold["date"]), pd.Timestamp(pred["date"])
    precision = gold.get("date_precision") or "day"
    if precision == "year":
        return g.year == p.year
    if precision == "month":
        return (g.year, g.month) == (p.year, p.month)
    return pred["date_precision"] == "day" and abs((g - p).days) <= 1


def _count_ok(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    gq = gold.get("qualifier") if gold.get("count") is not None else None
    pq = pred["qualifier"] if pred["count"] is not None else None
    return gold.get("count") == pred["count"] and gq == pq


def _fields(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, bool]:
    return {"date": _date_ok(gold, pred), "count": _count_ok(gold, pred),
            "modality": gold.get("modality", "reported") == pred["modality"],
            "actor": _actor(gold.get("actor")) == pred["actor"]}


@functools.cache
def _actor(name: str | None) -> str | None:
    """A label's actor by the gazetteer's canonical name: set J2 and the pages' rules
    write "United States" and "European Union" where the toolkit names "US" and "EU"."""
    return normalize_name(name)[0] if name else None


def _match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int, dict[str, bool]]]:
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if g["type"] == p["type"]:
                f = _fields(g, p)
                pairs.append((-(2 * (f["date"] and f["count"]) + sum(f.values())), i, j, f))
    used_g, used_p, out = set(), set(), []
    for _, i, j, f in sorted(pairs, key=lambda x: x[:3]):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j, f))
    return out


def score(items: list[dict[str, Any]], errors: bool = False,
          actor_errors: bool = False) -> pd.DataFrame:
    """Per-language table: labelled, extracted, correct, P, R and per-field agreement."""
    tally: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for item in items:
        gold, pred = item["events"], _predicted(item)
        t = tally[item["lang"]]
        t["labelled"] += len(gold)
        t["extracted"] += len(pred)
        matched = _match(gold, pred)
        t["type_matched"] += len(matched)
        for _, _, f in matched:
            t["correct"] += f["date"] and f["count"]
            for name, ok in f.items():
                t[name] += ok
        if errors and (len(matched) != len(gold) or len(matched) != len(pred)
                       or not all(f["date"] and f["count"] and (f["actor"] or not actor_errors)
                                  for _, _, f in matched)):
            print(f"\n{item['id']} {item['published']}: {item['text']}")
            print("   gold:", [(g['type'], g.get('date'), g.get('count'), g.get('qualifier'),
                             g.get('modality'), g.get('actor')) for g in gold])
            print("   got: ", [(p['type'], p['date'], p['count'], p['qualifier'], p['modality'],
                             p['actor']) for p in pred])
    rows = []
    for lang, t in sorted(tally.items()) + [("all", _sum(tally))]:
        m = t["type_matched"] or float("nan")
        rows.append({
            "lang": lang, "labelled": int(t["labelled"]), "extracted": int(t["extracted"]),
            "correct": int(t["correct"]),
            "P": t["correct"] / t["extracted"] if t["extracted"] else float("nan"),
            "R": t["correct"] / t["labelled"] if t["labelled"] else float("nan"),
            "type_P": t["type_matched"] / t["extracted"] if t["extracted"] else float("nan"),
            "type_R": t["type_matched"] / t["labelled"] if t["labelled"] else float("nan"),
            "date": t["date"] / m, "count": t["count"] / m,
            "modality": t["modality"] / m, "actor": t["actor"] / m,
        })
    return pd.DataFrame(rows).round(3)


def _sum(tally: dict[str, dict[str, float]]) -> dict[str, float]:
    total: dict[str, float] = defaultdict(float)
    for t in tally.values():
        for k, v in t.items():
            total[k] += v
    return total


def load_items(files: list[Path], split: str) -> list[dict[str, Any]]:
    """The items of ``split`` in the challenge files that exist."""
    items = [json.loads(line) for path in files if path.exists()
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [i for i in items if i.get("split") == split]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "test"])
    parser.add_argument("--files", nargs="*", type=Path, default=DEFAULT_FILES)
    parser.add_argument("--errors", action="store_true", help="print each item scored wrong")
    parser.add_argument("--actor-errors", action="store_true",
                        help="with --errors, also print items whose only fault is the actor")
    args = parser.parse_args()
    items = load_items(args.files, args.split)
    if not items:
        raise SystemExit(f"no {args.split} items in {[str(p) for p in args.files]}")
    table = score(items, errors=args.errors, actor_errors=args.actor_errors)
    print(f"challenge set, {args.split} split: {len(items)} items")
    print(table.to_string(index=False))


if __name__ == "__main__":
    main()
