"""Command line: ``toolkit report``, ``toolkit execute-notebooks``, ``toolkit load``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

__all__ = ["main"]


def _say(line: str) -> None:
    print(line, flush=True)


def _report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from toolkit.report import build_reports

    if args.store and args.corpus:
        print("toolkit report: give --corpus or --store, not both", file=sys.stderr)
        return 2
    corpus = args.store or args.corpus
    if args.store and not (Path(args.store) / "_store.json").is_file():
        print(f"toolkit report: --store {args.store}: not a corpus store (no _store.json); "
              "make one with toolkit.store.write_store, or pass a folder of articles with --corpus", file=sys.stderr)
        return 2
    settings = {"topic_method": args.topic_method, "n_topics": args.n_topics, "cell_timeout": args.cell_timeout,
                "map_points": args.map_points, "top_outlets": args.top_outlets, "sample": args.sample,
                "jobs": args.jobs,
                "memory_budget": int(args.memory_gb * 2**30) if args.memory_gb else None}
    try:
        table = build_reports(
            corpus=corpus,
            out=args.out,
            notebooks=args.notebook or None,
            start=args.start,
            end=args.end,
            outlets=args.outlet or None,
            plotlyjs="inline" if args.inline_plotlyjs else "file",
            log=_say,
            **settings,
        )
    except (ValueError, OSError) as exc:
        print(f"toolkit report: {exc}", file=sys.stderr)
        return 2
    failed = table[table["status"] == "failed"]
    done = len(table) - len(failed)
    index = Path(args.out) / "index.html"
    if len(failed):
        for error in failed["error"]:
            print(error, file=sys.stderr)
        print(f"{done} of {len(table)} reports written, {len(failed)} stopped (their pages show where); "
              f"index: {index}")
        return 1
    print(f"{len(table)} reports and index.html written to {args.out}; open {index}")
    return 0


def _topics_number(value: str) -> int | str:
    if value == "auto":
        return value
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number or 'auto', not {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number, not {number}")
    return number


def _execute(args: argparse.Namespace) -> int:
    from pathlib import Path

    from toolkit.report import curated_notebooks, execute_notebook

    paths = [Path(p) for p in args.notebook] or [
        *curated_notebooks(),
        *sorted(Path(curated_notebooks()[0].parent, "exercises").glob("*.ipynb")),
    ]
    failed = 0
    for path in paths:
        try:
            execute_notebook(path, log=_say if args.verbose else lambda _line: None)
        except RuntimeError as exc:
            print(exc, file=sys.stderr)
            failed += 1
            continue
        print(f"executed {path}", flush=True)
    return 1 if failed else 0


def _load(args: argparse.Namespace) -> int:
    from toolkit.load import load_articles

    articles, failures = load_articles(args.source, errors="collect", progress=True)
    if args.out.endswith(".parquet"):
        articles.to_parquet(args.out, index=False)
    elif args.out.endswith(".csv"):
        articles.to_csv(args.out, index=False)
    else:
        articles.to_json(args.out, orient="records", lines=True, date_format="iso")
    print(f"{len(articles)} articles written to {args.out}; {len(failures)} failures")
    for row in failures.itertuples():
        print(f"  {row.input}: {row.stage}: {row.reason}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``toolkit`` command."""
    parser = argparse.ArgumentParser(prog="toolkit", description="News Research Toolkit")
    sub = parser.add_subparsers(dest="command", required=True)

    rep = sub.add_parser(
        "report", help="run the curated notebooks and write HTML reports",
        description="Run the curated notebooks on a corpus and write HTML reports, an index and the tables "
                    "they used. The corpus is loaded once. Costly settings are chosen by corpus size and "
                    "printed before the run; the options below override them.")
    rep.add_argument("--corpus", default=None,
                     help="folder, file or glob of articles, or a corpus store folder (default: bundled corpus)")
    rep.add_argument("--store", default=None, help="a corpus store folder (made by toolkit.store.write_store)")
    rep.add_argument("--out", default="reports", help="output folder (default: reports)")
    rep.add_argument("--start", default=None, help="first date to keep (YYYY-MM-DD)")
    rep.add_argument("--end", default=None, help="last date to keep (YYYY-MM-DD)")
    rep.add_argument("--outlet", action="append", help="keep only this outlet (repeatable)")
    rep.add_argument("--notebook", action="append", help="run only this notebook (repeatable)")
    rep.add_argument("--inline-plotlyjs", action="store_true",
                     help="embed plotly.js in every page (default: written once beside the pages)")
    costly = rep.add_argument_group("settings chosen by corpus size (override)")
    costly.add_argument("--topic-method", choices=["nmf", "kmeans", "minibatch"], default=None,
                        help="topic method (default: nmf up to 10,000 articles, minibatch above)")
    costly.add_argument("--n-topics", type=_topics_number, default=None,
                        help="number of topics, or 'auto' (default: auto up to 20,000 articles, 20 above)")
    costly.add_argument("--cell-timeout", type=int, default=None,
                        help="seconds a notebook cell may run (default: 30 ms per article, at least 600)")
    costly.add_argument("--map-points", type=int, default=None,
                        help="most articles drawn on the topic map; a sample above it (default 5000)")
    costly.add_argument("--top-outlets", type=int, default=None,
                        help="outlets drawn one by one in charts by outlet, the rest pooled (default 20)")
    costly.add_argument("--sample", type=int, default=None,
                        help="articles sampled for statistics shown as shares, e.g. attributions (default 20000)")
    costly.add_argument("--jobs", type=int, default=None,
                        help="most reports run at a time, each in its own Python process (default: one per core, "
                             "at most 2; a second one starts only when both fit --memory-gb)")
    costly.add_argument("--memory-gb", type=float, default=None,
                        help="memory the reports run at a time may use together, by their estimates (default 5)")
    rep.set_defaults(func=_report)

    exe = sub.add_parser("execute-notebooks", help="re-execute notebooks in place")
    exe.add_argument("notebook", nargs="*", help="notebooks (default: curated and exercises)")
    exe.add_argument("--verbose", action="store_true", help="print each notebook's progress")
    exe.set_defaults(func=_execute)

    load = sub.add_parser("load", help="load articles and write them as Parquet, CSV or JSONL")
    load.add_argument("source", nargs="+", help="files, folders, globs or URLs")
    load.add_argument("--out", default="articles.parquet")
    load.set_defaults(func=_load)

    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
