"""Benchmark: events of whole saved pages, as a researcher's scrape holds them.

Set P (``data/challenge/pages_*.jsonl``, see ``data/challenge/README_p.md``)
holds whole news pages written for the project as plain-text page dumps
(navigation, date lines, captions, teasers and repeated paragraphs left in),
each labelled, before the extractor was run on it, with every event its
article states, once. Most pages come without a publication date
(``published`` null), as saved pages usually do; ``page_date`` is the day
the article really appeared.

Each page goes the way a user's file goes: it is written to a ``.txt`` file,
read by :func:`toolkit.load_articles` (which parses the dump, finds the
title, a visible date, the language) and passed to
:func:`toolkit.extract_events`. A page whose item gives ``published`` gets
it as an export's metadata would give it. Nothing else is told to the
toolkit: not the language, not the page date.

Scoring
-------
The mentions of one page are first reduced as a reader of the timeline
would, by the challenge set's rule (``challenge.distinct_events``): mentions
alike in type, date, count, qualifier and modality are one event, but the
two sides of one swap stay two; a mention without a count is dropped when a
mention of the same type, date and modality has one; an undated mention with a count (a
headline's "Twenty more pardoned") is dropped when a dated mention of the
same type and modality has that count. Events are then matched and judged as in
``benchmarks/challenge.py`` (type; date within a day or the right month or
year; count and qualifier exact). Two figures matter most:

``typedate_R``
    share of labelled events found with the right type and date (the
    measure the real-page target of issue 12 names);
``typedate_R_given``
    the same with every date as the toolkit gives it: a mention whose
    sentence states no date keeps the publication (or inferred page) date
    instead of counting as undated. The labels date a page's main event
    even where a sentence restates it without a date, so this view is the
    kinder one; ``typedate_R`` and ``P``/``R`` use the challenge rule;
``P`` / ``R``
    as for the challenge set, with the count and qualifier judged too.

``page_date`` reports how the page's own date came out: ``right`` when the
date the events were resolved against is the page's day, ``wrong`` for
another day, ``none`` when no date could be found.

Usage::

    .venv/bin/python benchmarks/pages.py                  # dev split
    .venv/bin/python benchmarks/pages.py --split test     # report only, never tune on it
    .venv/bin/python benchmarks/pages.py --errors         # dev pages scored wrong
    .venv/bin/python benchmarks/pages.py --per-page before.tsv   # each page's counts
    .venv/bin/python benchmarks/pages.py --compare before.tsv    # pages that fell or rose since
    .venv/bin/python benchmarks/pages.py --hold-out --split all --files data/challenge/pages_p2[0-4].jsonl

Hold-out files (those ``data/challenge/hold_out.txt`` lists: pages scored once
at the end of a round and never worked on) are scored only with ``--hold-out``
(and then only when named with ``--files``), so that a development run never
shows them, not even through a glob such as ``pages_p1*.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import warnings
from collections import defaultdict
from pathlib import Path
from typing import Any

import pandas as pd

import toolkit
from toolkit.events import load_patterns, readable_languages
from toolkit.events.docdate import document_date

sys.path.insert(0, str(Path(__file__).resolve().parent))
from challenge import _match, _sum, distinct_events  # noqa: E402  (the challenge set's rules)

ROOT = Path(__file__).resolve().parents[1]
CHALLENGE = ROOT / "data" / "challenge"
HOLD_OUT = {line.split("#")[0].strip() for line in
            (CHALLENGE / "hold_out.txt").read_text(encoding="utf-8").splitlines()} - {""}
DEFAULT_FILES = sorted(p for p in CHALLENGE.glob("pages_*.jsonl") if p.name not in HOLD_OUT)


def load_items(files: list[Path], split: str) -> list[dict[str, Any]]:
    """The page items of ``files`` in ``split`` (``dev``, ``test`` or ``all``)."""
    items = [json.loads(line) for path in files if path.exists()
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [i for i in items if split == "all" or i.get("split") == split]


def _articles(items: list[dict[str, Any]], folder: Path) -> pd.DataFrame:
    """The pages read the way a user's saved dumps are read, one row per item id."""
    for item in items:
        (folder / f"{item['id']}.txt").write_text(item["text"], encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = toolkit.load_articles(str(folder))
    articles = articles.assign(item_id=[Path(s).stem for s in articles["source"]])
    given = {i["id"]: i["published"] for i in items if i.get("published")}
    published = [pd.Timestamp(given[i], tz="UTC") if i in given else p
                 for i, p in zip(articles["item_id"], articles["published"], strict=True)]
    return articles.assign(published=pd.Series(published, index=articles.index,
                                               dtype=articles["published"].dtype))


def page_events(events: pd.DataFrame, as_given: bool = False) -> list[dict[str, Any]]:
    """One page's mentions reduced to the events a reader of its timeline sees.

    With ``as_given`` a mention keeps the date the toolkit gives it even when the
    sentence states none (the publication date, ``date_basis="published"``).
    """
    events = distinct_events(events.to_dict("records"), as_given)
    counted = {(e["type"], e["date"], e["modality"]) for e in events if e["count"] is not None}
    events = [e for e in events
              if e["count"] is not None or (e["type"], e["date"], e["modality"]) not in counted]
    # an undated mention (a headline) of a counted event another mention dates
    dated = {(e["type"], e["count"], e["modality"]) for e in events
             if e["date"] is not None and e["count"] is not None}
    return [e for e in events
            if e["date"] is not None or (e["type"], e["count"], e["modality"]) not in dated]


def _page_date(article: Any) -> str | None:
    """The day the page's undated mentions are resolved against.

    The loader's ``published`` (given, or read from the page's date line), else
    the events stage's own inference (:func:`toolkit.events.docdate.document_date`).
    """
    if not pd.isna(article.published):
        return str(article.published.date())
    if article.language not in readable_languages():
        return None
    dateline = article.dateline if isinstance(article.dateline, str) else None
    day, _ = document_date(article.text, load_patterns(article.language), dateline)
    return None if day is None else str(day.date())


def score(items: list[dict[str, Any]], errors: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per-language event table, and per page the outcome of the page date with its
    counts (labelled, type+date matched, correct, extracted)."""
    with tempfile.TemporaryDirectory() as tmp:
        articles = _articles(items, Path(tmp))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            events = toolkit.extract_events(articles)
    by_item = dict(zip(articles["article_id"], articles["item_id"], strict=True))
    events = events.assign(item_id=events["article_id"].map(by_item))
    tally: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    dated = []
    for item in items:
        article = articles[articles["item_id"] == item["id"]]
        mine = events[events["item_id"] == item["id"]]
        gold, pred = item["events"], page_events(mine)
        t = tally[item["lang"]]
        t["pages"] += 1
        t["language_right"] += bool(len(article)) and article["language"].iloc[0] == item["lang"]
        t["labelled"] += len(gold)
        t["extracted"] += len(pred)
        matched = _match(gold, pred)
        t["type_matched"] += len(matched)
        page_typedate = sum(bool(f["date"]) for _, _, f in matched)
        page_correct = sum(bool(f["date"] and f["count"]) for _, _, f in matched)
        t["correct"] += page_correct
        t["typedate"] += page_typedate
        t["typedate_given"] += sum(f["date"] for _, _, f in _match(gold, page_events(mine, True)))
        got = _page_date(next(article.itertuples())) if len(article) else None
        outcome = "none" if got is None else "right" if got == item["page_date"] else "wrong"
        dated.append({"id": item["id"], "lang": item["lang"],
                      "published_given": bool(item.get("published")), "page_date": outcome,
                      "labelled": len(gold), "typedate": page_typedate,
                      "correct": page_correct, "extracted": len(pred)})
        if errors and (len(matched) != len(gold) or len(matched) != len(pred)
                       or not all(f["date"] and f["count"] for _, _, f in matched)):
            print(f"\n{item['id']} page_date {item['page_date']} (toolkit: {got}), "
                  f"language {article['language'].iloc[0] if len(article) else None}")
            print("   gold:", [(g["type"], g.get("date"), g.get("count"), g.get("qualifier"),
                             g.get("modality"), g.get("actor")) for g in gold])
            print("   got: ", [(p["type"], p["date"], p["count"], p["qualifier"], p["modality"],
                             p["actor"], p["evidence"][:60]) for p in pred])
    return _table(tally), pd.DataFrame(dated)


def _table(tally: dict[str, dict[str, float]]) -> pd.DataFrame:
    rows = []
    for lang, t in sorted(tally.items()) + [("all", _sum(tally))]:
        lab, ext = t["labelled"] or float("nan"), t["extracted"] or float("nan")
        rows.append({"lang": lang, "pages": int(t["pages"]),
                     "language_right": int(t["language_right"]),
                     "labelled": int(t["labelled"]), "extracted": int(t["extracted"]),
                     "typedate_R": t["typedate"] / lab,
                     "typedate_R_given": t["typedate_given"] / lab, "type_R": t["type_matched"] / lab,
                     "type_P": t["type_matched"] / ext,
                     "P": t["correct"] / ext, "R": t["correct"] / lab})
    return pd.DataFrame(rows).round(3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    parser.add_argument("--files", nargs="*", type=Path, default=DEFAULT_FILES)
    parser.add_argument("--errors", action="store_true", help="print each page scored wrong")
    parser.add_argument("--hold-out", action="store_true",
                        help="score the hold-out files named with --files (hold_out.txt)")
    parser.add_argument("--per-page", type=Path, metavar="TSV",
                        help="write each page's counts to TSV (to compare two codes)")
    parser.add_argument("--compare", type=Path, metavar="TSV",
                        help="list the pages whose type+date matches differ from a --per-page TSV")
    args = parser.parse_args()
    held = [p for p in args.files if p.name in HOLD_OUT]
    if held and not args.hold_out:
        print(f"left out (hold-out, see hold_out.txt; --hold-out scores them): "
              f"{', '.join(p.name for p in held)}", file=sys.stderr)
        args.files = [p for p in args.files if p.name not in HOLD_OUT]
    items = load_items(args.files, args.split)
    if not items:
        raise SystemExit(f"no {args.split} pages in {[str(p) for p in args.files]}")
    table, dated = score(items, errors=args.errors)
    print(f"set P (whole pages), {args.split} split: {len(items)} pages")
    print(table.to_string(index=False))
    print("\npage date (the day undated mentions were resolved against):")
    print(dated.groupby("published_given")["page_date"].value_counts().unstack(fill_value=0)
          .to_string())
    if args.per_page:
        dated.to_csv(args.per_page, sep="\t", index=False)
    if args.compare:
        _compare(pd.read_csv(args.compare, sep="\t"), dated)


def _compare(before: pd.DataFrame, after: pd.DataFrame) -> None:
    """Print the pages whose type+date matches fell or rose from ``before`` to ``after``."""
    both = before.merge(after, on="id", suffixes=("_before", "_after"))
    moved = both[both["typedate_before"] != both["typedate_after"]]
    print(f"\ncompared with the earlier run: {len(both)} pages in both; type+date matches "
          f"{both['typedate_before'].sum()} -> {both['typedate_after'].sum()}, extracted "
          f"{both['extracted_before'].sum()} -> {both['extracted_after'].sum()}")
    for row in moved.itertuples():
        word = "fell" if row.typedate_after < row.typedate_before else "rose"
        print(f"  {row.id}: {word} {row.typedate_before} -> {row.typedate_after} "
              f"of {row.labelled_after}")


if __name__ == "__main__":
    main()
