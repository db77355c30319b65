"""How often short Russian text in cp1251 / koi8-r is decoded right.

Compares :func:`toolkit.load.decode_bytes` with charset-normalizer alone on
snippets of 1 to 12 consecutive words cut from a Russian text (by default the
test fixture written for the project), encoded without any declaration.

Usage::

    .venv/bin/python benchmarks/charsets.py [TEXT_FILE] [--snippets N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

import charset_normalizer

from toolkit.load import decode_bytes

DEFAULT_TEXT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "load" / "text_ru.txt"
LENGTHS = (1, 2, 3, 4, 6, 8, 12)


def snippets(text: str, n: int, seed: int) -> list[str]:
    """``n`` runs of consecutive words per length, deterministic for a seed."""
    words = re.findall(r"\S+", text.replace("—", "-").replace("«", '"').replace("»", '"'))
    rng = random.Random(seed)
    out = []
    for length in LENGTHS:
        for _ in range(n):
            start = rng.randrange(0, max(1, len(words) - length))
            out.append(" ".join(words[start : start + length]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text", nargs="?", type=Path, default=DEFAULT_TEXT)
    parser.add_argument("--snippets", type=int, default=50, help="snippets per length")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    texts = snippets(args.text.read_text(encoding="utf-8"), args.snippets, args.seed)
    print(f"{'codec':8} {'words':>5} {'n':>4} {'decode_bytes':>13} {'charset-normalizer':>19}")
    totals = {"ours": 0, "cn": 0, "n": 0}
    for codec in ("cp1251", "koi8-r"):
        for length in LENGTHS:
            group = [t for t in texts if len(t.split()) == length]
            ours = cn = 0
            for text in group:
                data = text.encode(codec)
                ours += decode_bytes(data)[0] == text
                best = charset_normalizer.from_bytes(data).best()
                cn += best is not None and str(best) == text
            totals["ours"] += ours
            totals["cn"] += cn
            totals["n"] += len(group)
            print(f"{codec:8} {length:>5} {len(group):>4} {ours:>13} {cn:>19}")
    print(f"{'all':8} {'':>5} {totals['n']:>4} {totals['ours']:>13} {totals['cn']:>19}")


if __name__ == "__main__":
    main()
