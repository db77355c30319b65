"""Measure HTML article extraction on a labelled bench folder.

Usage::

    python benchmarks/extraction.py PATH [--limit N] [--only trafilatura|newspaper4k|all]
                                         [--anchors] [--profile]

``PATH`` is a folder in the extraction-bench format: ``index.jsonl`` (one page
a line, with ``html_path``, ``encoding``, ``url``, ``source_benchmark``,
``expected_with``, ``expected_without``, ``expected_title``,
``expected_date``, ``expected_authors``) and ``html/*.html.gz``.

Every page is decoded with its record's ``encoding`` before timing starts, then
each extractor runs over all pages in one process of its own (a fresh
interpreter, so no extractor inherits another's warmed caches), one extractor
after the other and never in parallel, so speeds are comparable within a run. ``--anchors`` also runs trafilatura
(``bare_extraction`` with metadata) and newspaper4k (``fetch_images=False``)
side by side with :func:`toolkit.extract.parse_html`.

The metric (the bench README's): whitespace is collapsed in fragments and
output; over all pages of the chosen set together TP = ``expected_with``
fragments found in the body, FN = those missing, FP = ``expected_without``
fragments found; P = TP/(TP+FP), R = TP/(TP+FN), F1 their harmonic mean.
Metadata accuracy is over the pages annotated for that field: title compared
case- and punctuation-insensitively, date as YYYY-MM-DD, authors as a bag of
lowercased name tokens.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import re
import sys
import time
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

__all__ = ["load_bench", "main", "score"]

_WS = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+")


def _collapse(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


def _norm_title(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(_TOKEN.findall(text.replace("_", " ")))


def _date_str(value: object) -> str | None:
    if value is None:
        return None
    if hasattr(value, "strftime"):
        try:
            return value.strftime("%Y-%m-%d")
        except ValueError:  # NaT
            return None
    text = str(value)
    return text[:10] if re.match(r"\d{4}-\d{2}-\d{2}", text) else None


def _author_bag(names: object) -> Counter:
    if names is None:
        return Counter()
    if isinstance(names, str):
        names = [names]
    tokens: list[str] = []
    for name in names:
        tokens += _TOKEN.findall(str(name).casefold().replace("_", " "))
    return Counter(tokens)


def load_bench(path: Path, limit: int | None = None, only: str = "trafilatura") -> list[dict]:
    """Read ``index.jsonl`` and the decoded HTML of each page.

    Parameters
    ----------
    path : Path
        The bench folder.
    limit : int, optional
        Keep the first ``limit`` pages of the chosen set.
    only : {"trafilatura", "newspaper4k", "all"}
        Which source set to keep.

    Returns
    -------
    list of dict
        The index records, each with an added ``html`` string.
    """
    records = []
    with open(path / "index.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if only != "all" and record["source_benchmark"] != only:
                continue
            raw = gzip.decompress((path / record["html_path"]).read_bytes())
            record["html"] = raw.decode(record.get("encoding") or "utf-8", errors="replace")
            records.append(record)
            if limit and len(records) >= limit:
                break
    return records


def score(records: list[dict], outputs: list[dict]) -> dict:
    """Score extractor outputs against the bench records.

    Parameters
    ----------
    records : list of dict
        Bench records (with ``expected_*`` fields).
    outputs : list of dict
        One dict per record with ``text``, ``title``, ``date``, ``authors``.

    Returns
    -------
    dict
        ``P``, ``R``, ``F1``, ``title``, ``date``, ``authors`` (accuracies,
        ``None`` when nothing in the set is annotated), and per-page details
        under ``pages``.
    """
    tp = fn = fp = 0
    hits = {"title": [0, 0], "date": [0, 0], "authors": [0, 0]}
    pages = []
    for record, out in zip(records, outputs, strict=True):
        body = _collapse(out.get("text"))
        page = {"id": record["id"], "missing": [], "unwanted": []}
        for frag in record.get("expected_with") or []:
            if _collapse(frag) in body:
                tp += 1
            else:
                fn += 1
                page["missing"].append(frag)
        for frag in record.get("expected_without") or []:
            if _collapse(frag) in body:
                fp += 1
                page["unwanted"].append(frag)
        if record.get("expected_title"):
            ok = _norm_title(out.get("title")) == _norm_title(record["expected_title"])
            hits["title"][0] += ok
            hits["title"][1] += 1
            page["title"] = ok
        if record.get("expected_date"):
            ok = _date_str(out.get("date")) == record["expected_date"][:10]
            hits["date"][0] += ok
            hits["date"][1] += 1
            page["date"] = ok
        if record.get("expected_authors"):
            ok = _author_bag(out.get("authors")) == _author_bag(record["expected_authors"])
            hits["authors"][0] += ok
            hits["authors"][1] += 1
            page["authors"] = ok
        pages.append(page)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result: dict = {"P": precision, "R": recall, "F1": f1, "pages": pages}
    for key, (good, total) in hits.items():
        result[key] = good / total if total else None
    return result


def _toolkit(html: str, url: str | None) -> dict:
    from toolkit.extract import parse_html

    try:
        rec = parse_html(html, url=url)
    except ValueError:
        return {}
    return {
        "text": rec.get("text"),
        "title": rec.get("title"),
        "date": rec.get("published"),
        "authors": rec.get("authors"),
    }


def _trafilatura(html: str, url: str | None) -> dict:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return {}
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return {"text": doc.text, "title": doc.title, "date": doc.date, "authors": authors}


def _newspaper4k(html: str, url: str | None) -> dict:
    import newspaper

    article = newspaper.Article(url or "http://example.com/", fetch_images=False)
    article.download(input_html=html)
    try:
        article.parse()
    except Exception:  # noqa: BLE001 - an anchor failing on a page counts as empty
        return {}
    return {
        "text": article.text,
        "title": article.title,
        "date": article.publish_date,
        "authors": article.authors,
    }


def _warm(func: Callable[[str, str | None], dict]) -> None:
    """Import the extractor's modules before timing starts."""
    func("<html><body><p>warm up</p></body></html>", "http://example.com/a")


def _time_extractor(func: Callable, pages: list[tuple[str, str | None]]) -> tuple[list[dict], float]:
    """Run one extractor over every page, in order, and time it (runs in a child)."""
    warnings.filterwarnings("ignore")
    _warm(func)
    outputs = []
    start = time.perf_counter()
    for html, url in pages:
        outputs.append(func(html, url))
    return outputs, time.perf_counter() - start


def _run(name: str, func: Callable, records: list[dict]) -> tuple[dict, float]:
    """Time ``func`` over all pages in a fresh process of its own.

    Extractors run one after the other, never in parallel; each gets a new
    interpreter so that none inherits another's imports or warmed caches
    (htmldate and dateparser keep module-level caches), and each pays its own
    one-time start-up costs inside the timing.
    """
    pages = [(r["html"], r.get("url")) for r in records]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        outputs, elapsed = pool.submit(_time_extractor, func, pages).result()
    result = score(records, outputs)
    result["pages_per_s"] = len(records) / elapsed if elapsed else float("inf")
    result["name"] = name
    return result, elapsed


def _fmt(value: float | None, digits: int = 3) -> str:
    if value is None:
        return "-"
    return f"{value:.{digits}f}".lstrip("0") if value < 1 else f"{value:.{digits}f}"


def _table(results: list[dict]) -> str:
    lines = [
        "| extractor | P | R | F1 | pages/s (1 process) | title | date | authors |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['name']} | {_fmt(r['P'])} | {_fmt(r['R'])} | {_fmt(r['F1'])} "
            f"| {r['pages_per_s']:.1f} | {_fmt(r['title'])} | {_fmt(r['date'])} "
            f"| {_fmt(r['authors'])} |"
        )
    return "\n".join(lines)


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a markdown table; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="bench folder (index.jsonl + html/)")
    parser.add_argument("--limit", type=int, default=None, help="first N pages only")
    parser.add_argument(
        "--only",
        choices=("trafilatura", "newspaper4k", "all"),
        default="trafilatura",
        help="which page set to score (default: trafilatura, the 990-page set)",
    )
    parser.add_argument(
        "--anchors",
        action="store_true",
        help="also run trafilatura and newspaper4k side by side in this run",
    )
    parser.add_argument(
        "--details", type=Path, default=None, help="write per-page results (JSON) here"
    )
    parser.add_argument(
        "--profile", action="store_true", help="profile parse_html with cProfile"
    )
    args = parser.parse_args(argv)
    if not (args.path / "index.jsonl").is_file():
        parser.error(f"{args.path}: no index.jsonl; expected an extraction-bench folder")
    warnings.filterwarnings("ignore")
    records = load_bench(args.path, args.limit, args.only)
    if not records:
        parser.error(f"{args.path}: no pages in set {args.only!r}")

    if args.profile:
        import cProfile
        import pstats

        _warm(_toolkit)
        profiler = cProfile.Profile()
        profiler.enable()
        for record in records:
            _toolkit(record["html"], record.get("url"))
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        return 0

    runs = [(f"toolkit.parse_html {_version('news-research-toolkit')}", _toolkit)]
    if args.anchors:
        runs += [
            (f"trafilatura {_version('trafilatura')} with metadata", _trafilatura),
            (f"newspaper4k {_version('newspaper4k')} (fetch_images=False)", _newspaper4k),
        ]
    results = []
    for name, func in runs:
        result, elapsed = _run(name, func, records)
        print(f"{name}: {len(records)} pages in {elapsed:.1f} s", file=sys.stderr)
        results.append(result)
    print(f"{len(records)} pages, set: {args.only}\n")
    print(_table(results))
    if args.details:
        args.details.write_text(
            json.dumps({r["name"]: r["pages"] for r in results}, ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main())
