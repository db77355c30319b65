"""Benchmark: events found on real web pages about other things (false events per 1,000).

The extraction bench (``/work/shared/extraction-bench``, see its README)
holds about a thousand real pages on every subject but this toolkit's: blog
posts, shops, software release notes, local news, hospital notices. Each
page is turned into an article (:func:`toolkit.extract.parse_html`, the
page's own language and date) and run through
:func:`toolkit.events.extract_events`. Every event reported as having
happened is listed with its sentence, so a reader can check it; the figure
is events per 1,000 articles of supported languages. Events another story
really states (a real prisoner exchange on a news page) are not false:
the listing lets you mark them with ``--true ID[:TYPE] ...``.

Usage::

    .venv/bin/python benchmarks/offtopic.py /work/shared/extraction-bench
    .venv/bin/python benchmarks/offtopic.py BENCH --all-modalities   # also expected etc.
    .venv/bin/python benchmarks/offtopic.py BENCH --cache /tmp/bench.pkl  # parse once
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
import warnings
from pathlib import Path

import pandas as pd

from toolkit.events import extract_events, readable_languages
from toolkit.extract import parse_html


def articles(bench: Path) -> tuple[pd.DataFrame, int]:
    """One article per bench page that parses (pages that do not are counted)."""
    rows, failed = [], 0
    for line in (bench / "index.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        raw = gzip.decompress((bench / rec["html_path"]).read_bytes())
        try:
            art = parse_html(raw, rec.get("url"))
        except ValueError:
            failed += 1
            continue
        rows.append({"article_id": rec["id"], "outlet": rec.get("url"), "text": art.get("text") or "",
                     "published": art.get("published"), "language": art.get("language") or "en",
                     "dateline": art.get("dateline")})
    frame = pd.DataFrame(rows)
    frame["published"] = pd.to_datetime(frame["published"], utc=True, errors="coerce",
                                        format="mixed")
    return frame, failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", type=Path, help="the extraction-bench folder")
    parser.add_argument("--all-modalities", action="store_true",
                        help="count expected, demanded and denied events too")
    parser.add_argument("--true", nargs="*", default=[],
                        help="page ids (or id:type) whose events the page really states")
    parser.add_argument("--cache", type=Path, default=None,
                        help="pickle of the parsed pages: read when present, else written")
    args = parser.parse_args()
    start = time.perf_counter()
    if args.cache is not None and args.cache.exists():
        frame, failed = pd.read_pickle(args.cache)
    else:
        frame, failed = articles(args.bench)
        if args.cache is not None:
            pd.to_pickle((frame, failed), args.cache)
    parsed = time.perf_counter() - start
    supported = frame[frame["language"].isin(readable_languages())]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start = time.perf_counter()
        events = extract_events(supported)
        took = time.perf_counter() - start
    if not args.all_modalities:
        events = events[events["modality"].eq("reported")]
    true = set(args.true)
    keep = [not (a in true or f"{a}:{t}" in true)
            for a, t in zip(events["article_id"], events["event_type"], strict=True)]
    false = events[keep]
    print(f"pages: {len(frame) + failed:,} (not parsed: {failed}); articles in supported "
          f"languages: {len(supported):,} ({supported['language'].value_counts().to_dict()})")
    print(f"parsing {parsed:.0f} s; extract_events {took:.1f} s")
    print(f"events {'(all modalities)' if args.all_modalities else 'reported as happened'}: "
          f"{len(events)}; marked true: {len(events) - len(false)}; false: {len(false)}")
    print(f"false events per 1,000 articles: {1000 * len(false) / max(len(supported), 1):.1f} "
          f"(on {len(false['article_id'].unique())} pages)")
    for row in false.itertuples():
        print(f"- {row.article_id} [{row.language}] {row.event_type} {row.modality} "
              f"count={row.count}: {row.evidence[:220]!r}")


if __name__ == "__main__":
    main()
