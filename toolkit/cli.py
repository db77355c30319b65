"""Command line: ``toolkit report``, ``toolkit execute-notebooks``, ``toolkit load``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

__all__ = ["main"]


def _report(args: argparse.Namespace) -> int:
    from toolkit.report import build_reports

    table = build_reports(
        corpus=args.corpus,
        out=args.out,
        notebooks=args.notebook or None,
        start=args.start,
        end=args.end,
        outlets=args.outlet or None,
        plotlyjs="inline" if args.inline_plotlyjs else "file",
    )
    print(f"{len(table)} reports and index.html written to {args.out}")
    return 0


def _execute(args: argparse.Namespace) -> int:
    from pathlib import Path

    from toolkit.report import curated_notebooks, execute_notebook

    paths = [Path(p) for p in args.notebook] or [
        *curated_notebooks(),
        *sorted(Path(curated_notebooks()[0].parent, "exercises").glob("*.ipynb")),
    ]
    for path in paths:
        execute_notebook(path)
        print(f"executed {path}")
    return 0


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

    rep = sub.add_parser("report", help="run the curated notebooks and write HTML reports")
    rep.add_argument("--corpus", default=None, help="folder, file or glob of articles (default: bundled corpus)")
    rep.add_argument("--out", default="reports", help="output folder (default: reports)")
    rep.add_argument("--start", default=None, help="first date to keep (YYYY-MM-DD)")
    rep.add_argument("--end", default=None, help="last date to keep (YYYY-MM-DD)")
    rep.add_argument("--outlet", action="append", help="keep only this outlet (repeatable)")
    rep.add_argument("--notebook", action="append", help="run only this notebook (repeatable)")
    rep.add_argument("--inline-plotlyjs", action="store_true",
                     help="embed plotly.js in every page (default: written once beside the pages)")
    rep.set_defaults(func=_report)

    exe = sub.add_parser("execute-notebooks", help="re-execute notebooks in place")
    exe.add_argument("notebook", nargs="*", help="notebooks (default: curated and exercises)")
    exe.set_defaults(func=_execute)

    load = sub.add_parser("load", help="load articles and write them as Parquet, CSV or JSONL")
    load.add_argument("source", nargs="+", help="files, folders, globs or URLs")
    load.add_argument("--out", default="articles.parquet")
    load.set_defaults(func=_load)

    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
