"""Benchmark: the date of a real page that comes without its publication date.

Saved pages, scraped text dumps and exports often lose the publication date;
then "on Saturday" has nothing to resolve against, and the events stage
infers the document's own date (:func:`toolkit.events.docdate.document_date`:
a dateline, a date line near the top, else the latest full date in the text).
This script measures that inference on the real pages of the extraction
bench (``../shared/extraction-bench``) that carry a human-annotated
publication date (``expected_date``), in the languages with event patterns.
Two views of each page, as a researcher would hold it:

``dump``
    the page's visible text (every block on its own line, scripts and styles
    dropped), read as a scraped page dump by :func:`toolkit.clean.pages.parse_text`:
    a date line in its header gives ``published``; without one, the
    document date is inferred from the text that reader keeps;
``body``
    the article text :func:`toolkit.extract.parse_html` keeps, with the
    page's metadata date thrown away: only the inference is left.

A page's date is *right* when the inferred day is the annotated one, *wrong*
when another day is given (the mentions then carry ``date_basis`` naming the
inference, so a user can see it), *none* when nothing is inferred (dates stay
empty, with a reason). Pages are split by the parity of their number (odd:
development, even: held out) so that a change made while looking at the odd
ones can be checked on the even ones.

Usage::

    .venv/bin/python benchmarks/docdate.py ../shared/extraction-bench
    .venv/bin/python benchmarks/docdate.py BENCH --wrong 20    # list wrong dev pages
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

import lxml.html
import pandas as pd
from lxml import etree

from toolkit.clean.html_tree import as_text
from toolkit.clean.pages import parse_text
from toolkit.events import load_patterns, readable_languages
from toolkit.events.docdate import document_date
from toolkit.extract import parse_html

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
           "section", "article", "header", "footer", "time", "span", "dd", "dt", "ul", "ol",
           "table", "blockquote", "figcaption", "nav", "aside", "main")
_SPACES = re.compile(r"[ \t\u00a0]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def page_dump(html: str) -> str:
    """The page's visible text, one block a line, as a scrape would save it."""
    root = lxml.html.fromstring(_CONTROL.sub("", html))
    etree.strip_elements(root, "script", "style", "noscript", "template", etree.Comment,
                         with_tail=False)
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _day(value) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    stamp = pd.to_datetime(value, utc=True, errors="coerce", format="mixed")
    return None if pd.isna(stamp) else str(stamp.date())


def pages(bench: Path) -> list[dict]:
    """One record per bench page with an annotated date whose language has patterns."""
    out = []
    supported = set(readable_languages())
    for line in (bench / "index.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if not rec.get("expected_date"):
            continue
        raw = gzip.decompress((bench / rec["html_path"]).read_bytes())
        try:
            art = parse_html(raw, rec.get("url"))
            html = as_text(raw)
        except ValueError:
            continue
        lang = art.get("language") or "en"
        if lang not in supported:
            continue
        number = int(re.sub(r"\D", "", rec["id"]) or 0)
        out.append({"id": rec["id"], "split": "dev" if number % 2 else "test",
                    "language": lang, "expected": rec["expected_date"][:10],
                    "body": art.get("text") or "", "dateline": art.get("dateline"),
                    "html": html})
    return out


def judge(expected: str, got: str | None) -> str:
    """``right``, ``wrong`` or ``none`` (nothing inferred)."""
    if got is None or pd.isna(got):
        return "none"
    return "right" if got == expected else "wrong"


def score(recs: list[dict]) -> pd.DataFrame:
    rows = []
    for rec in recs:
        pats = load_patterns(rec["language"])
        day, basis = document_date(rec["body"], pats, rec["dateline"])
        rows.append({"id": rec["id"], "split": rec["split"], "language": rec["language"],
                     "view": "body", "expected": rec["expected"], "got": _day(day),
                     "basis": basis or "none"})
        try:
            dumped = parse_text(page_dump(rec["html"]))
        except (ValueError, etree.ParserError):
            dumped = {"text": "", "published": None}
        got, basis = _day(dumped.get("published")), "header"
        if got is None:
            day, basis = document_date(dumped.get("text") or "", pats, dumped.get("dateline"))
            got, basis = _day(day), basis or "none"
        rows.append({"id": rec["id"], "split": rec["split"], "language": rec["language"],
                     "view": "dump", "expected": rec["expected"], "got": got, "basis": basis})
    frame = pd.DataFrame(rows)
    frame["outcome"] = [judge(e, g) for e, g in zip(frame["expected"], frame["got"], strict=True)]
    return frame


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", type=Path, help="the extraction-bench folder")
    parser.add_argument("--wrong", type=int, default=0,
                        help="list this many wrong development pages of each view")
    args = parser.parse_args()
    frame = score(pages(args.bench))
    print(f"pages with an annotated date in supported languages: {frame['id'].nunique()} "
          f"({Counter(frame.drop_duplicates('id')['language']).most_common()})")
    for (view, split), part in frame.groupby(["view", "split"]):
        n = len(part)
        counts = part["outcome"].value_counts()
        inferred = part[part["outcome"] != "none"]
        print(f"{view:5} {split:5} n={n:4}  right {counts.get('right', 0) / n:.3f}  "
              f"wrong {counts.get('wrong', 0) / n:.3f}  none {counts.get('none', 0) / n:.3f}  "
              f"(right of inferred {(inferred['outcome'] == 'right').mean():.3f})")
        by_basis = part.groupby("basis")["outcome"].value_counts().unstack(fill_value=0)
        print("      " + by_basis.to_string().replace("\n", "\n      "))
    if args.wrong:
        dev = frame[(frame["split"] == "dev") & (frame["outcome"] == "wrong")]
        for view, part in dev.groupby("view"):
            print(f"\nwrong, {view}, development pages:")
            print(part.head(args.wrong)[["id", "language", "expected", "got", "basis"]]
                  .to_string(index=False))


if __name__ == "__main__":
    main()
