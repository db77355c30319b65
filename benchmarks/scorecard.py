"""Score a release on every evaluation set at once: one line per set.

Runs :mod:`pages` on each group of whole-page files of set P (hold-outs, test
halves, development pages) and :mod:`challenge` on the sentence test halves,
and prints, per set, type+date recall (the real-page measure), type recall,
P and R, and how the page date of each page saved without one came out. The
same figures the two scripts print set by set; this is the table a round's
closing figures come from, run once on the code before the round and once on
the final code (each in its own clone)::

    .venv/bin/python benchmarks/scorecard.py            # every set
    .venv/bin/python benchmarks/scorecard.py --sets P53-P56 P57-P60

Hold-out files are scored here: run it at the end of a round, never while
working on the extractor.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import challenge  # noqa: E402
import pages  # noqa: E402

CHALLENGE = pages.CHALLENGE

# (name, page files by number, split): the groups the README's evaluation reports.
PAGE_SETS = [
    ("P100-P103 hold-out", range(100, 104), "all"),
    ("P93-P96 hold-out", range(93, 97), "all"),
    ("P85-P88 hold-out", range(85, 89), "all"),
    ("P77-P80 hold-out", range(77, 81), "all"),
    ("P69-P72 hold-out", range(69, 73), "all"),
    ("P61-P64 hold-out", range(61, 65), "all"),
    ("P53-P56 hold-out", range(53, 57), "all"),
    ("P45-P48 hold-out", range(45, 49), "all"),
    ("P36-P39 hold-out", range(36, 40), "all"),
    ("P27-P30 hold-out", range(27, 31), "all"),
    ("P20-P24 hold-out", range(20, 25), "all"),
    ("P15-P19 hold-out", range(15, 20), "all"),
    ("P8-P9 kept apart", range(8, 10), "all"),
    ("P1-P6 test half", range(1, 7), "test"),
    ("P10-P14 test half", range(10, 15), "test"),
    ("P7", range(7, 8), "all"),
    ("P1-P14 development halves", [*range(1, 8), *range(10, 15)], "dev"),
    ("P25-P26 development", range(25, 27), "dev"),
    ("P31-P35 development", range(31, 36), "dev"),
    ("P40-P44 development", range(40, 45), "dev"),
    ("P49-P52 development (written blind)", range(49, 53), "dev"),
    ("P57-P60 development (written blind)", range(57, 61), "dev"),
    ("P65-P68 development (written blind)", range(65, 69), "dev"),
    ("P73-P76 development (written blind)", range(73, 77), "dev"),
    ("P81-P84 development (written blind)", range(81, 85), "dev"),
    ("P89-P92 development (written blind)", range(89, 93), "dev"),
    ("P97-P99 development (written blind)", range(97, 100), "dev"),
    ("P104-P106 development (written blind)", range(104, 107), "dev"),
]


def _key(name: str) -> str:
    return name.split()[0]


def page_row(name: str, numbers: range | list[int], split: str) -> dict:
    """The ``all`` row of :func:`pages.score` for one group, with its page dates."""
    files = [CHALLENGE / f"pages_p{n}.jsonl" for n in numbers]
    items = pages.load_items([f for f in files if f.exists()], split)
    if not items:
        return {"set": name, "n": 0}
    table, dated = pages.score(items)
    total = table[table["lang"] == "all"].iloc[0]
    undated = dated[~dated["published_given"]]["page_date"].value_counts()
    return {"set": name, "n": len(items), "typedate_R": total["typedate_R"],
            "type_R": total["type_R"], "P": total["P"], "R": total["R"],
            "undated right/none/wrong": "/".join(str(int(undated.get(k, 0)))
                                                for k in ("right", "none", "wrong"))}


def sentence_row() -> dict:
    """The ``all`` row of :func:`challenge.score` on the test halves of sets A to G."""
    files = sorted(CHALLENGE.glob("challenge_[a-g]*.jsonl"))
    items = challenge.load_items(files, "test")
    table = challenge.score(items)
    total = table[table["lang"] == "all"].iloc[0]
    english = table[table["lang"] == "en"].iloc[0]
    return {"set": "sentences A-G test half", "n": len(items), "type_R": total["type_R"],
            "P": total["P"], "R": total["R"],
            "undated right/none/wrong": f"en P {english['P']:.3f} R {english['R']:.3f}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", default=None,
                        help="first words of the sets to score (P36-P39, sentences, ...)")
    args = parser.parse_args()
    wanted = set(args.sets) if args.sets else None
    rows = [page_row(*group) for group in PAGE_SETS if wanted is None or _key(group[0]) in wanted]
    if wanted is None or "sentences" in wanted:
        rows.append(sentence_row())
    print(pd.DataFrame(rows).to_string(index=False))


if __name__ == "__main__":
    main()
