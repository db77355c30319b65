"""How often undeclared legacy-charset text is decoded right, per codec, short and long.

Cuts "pages" from real-language texts written for the project
(``tests/fixtures/charsets/<lang>.txt``: the same local story in 15
languages), encodes each in the legacy codecs its language is written in
(cp1250, cp1252, cp1254, cp1257, iso-8859-2, koi8-u, cp1251, koi8-r,
cp1256, shift_jis, gb18030) with no declaration anywhere, and counts how
often :func:`toolkit.encoding.decode_bytes` gives the original text back,
next to charset-normalizer alone (its best guess). A page is right when
the decoded text equals the original; two codecs that decode it the same
are both right.

Pages are consecutive words cut at random (fixed seed): *short* ones of 3 to
12 words, *long* ones of 50 to 150 words (the target of at least 95% right
is on these). In Japanese and Chinese, written without spaces, two
characters count as a word. Punctuation a codec lacks (curly quotes,
guillemets, dashes in iso-8859-2 or koi8) is replaced by its ASCII form
first, as a page in that codec would have it.

``--text-dir`` reads other texts (one ``<lang>.txt`` per language);
``--bench DIR`` takes the paragraphs of the extraction bench's real pages
instead (``../shared/extraction-bench``: each page's ``<p>`` text, its
language told by py3langid, up to 20,000 words per language; only the
languages with enough text for pages of 150 words are used) -- text the
detector was never tuned on. ``--html`` wraps each page in a minimal HTML
document without a charset declaration.

Usage::

    .venv/bin/python benchmarks/charsets.py [--pages N] [--seed S] [--text-dir DIR | --bench DIR] [--html]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import time
from pathlib import Path

import charset_normalizer

from toolkit.encoding import decode_bytes

TEXTS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "charsets"

#: Codec -> languages written in it (file names in the text folder).
CODECS = {
    "cp1250": ("cs", "pl", "hr"),
    "iso-8859-2": ("cs", "pl", "hr"),
    "cp1252": ("fr", "de", "es"),
    "cp1254": ("tr",),
    "cp1257": ("lt", "lv"),
    "koi8-u": ("uk",),
    "cp1251": ("ru", "uk", "bg"),
    "koi8-r": ("ru",),
    "cp1256": ("ar",),
    "shift_jis": ("ja",),
    "gb18030": ("zh",),
}
SHORT = (3, 12)
LONG = (50, 150)
_UNSPACED = {"ja", "zh"}
# Typographic punctuation and its ASCII form, for codecs that lack it.
_ASCII_PUNCT = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                              "–": "-", "—": "-", "…": "...", "\u00a0": " "})


def _tokens(text: str, lang: str) -> list[str]:
    if lang in _UNSPACED:
        chars = [ch for ch in text if not ch.isspace()]
        return ["".join(chars[i : i + 2]) for i in range(0, len(chars), 2)]
    return text.split()


def _join(tokens: list[str], lang: str) -> str:
    return "".join(tokens) if lang in _UNSPACED else " ".join(tokens)


def _encodable(text: str, codec: str) -> str | None:
    """``text`` as a page in ``codec`` would hold it, or None if it cannot be written there."""
    out = []
    for ch in text:
        try:
            ch.encode(codec)
        except UnicodeEncodeError:
            ch = ch.translate(_ASCII_PUNCT)
            try:
                ch.encode(codec)
            except UnicodeEncodeError:
                return None
        out.append(ch)
    return "".join(out)


def pages(texts: dict[str, str], codec: str, bounds: tuple[int, int], n: int, rng: random.Random) -> list[str]:
    """``n`` pages cut from the texts of ``codec``'s languages (in turn), ``bounds`` words long."""
    langs = [lang for lang in CODECS[codec] if lang in texts]
    out: list[str] = []
    attempts = 0
    while len(out) < n and attempts < 20 * n:
        attempts += 1
        lang = langs[len(out) % len(langs)]
        tokens = _tokens(texts[lang], lang)
        length = min(rng.randint(*bounds), len(tokens))
        start = rng.randrange(0, len(tokens) - length + 1)
        page = _encodable(_join(tokens[start : start + length], lang), codec)
        if page is not None:
            out.append(page)
    return out


def bench_texts(folder: Path, max_words: int = 20_000) -> dict[str, str]:
    """Paragraph text of the extraction bench's pages, joined per language (py3langid)."""
    import lxml.html
    import py3langid

    wanted = {lang for langs in CODECS.values() for lang in langs}
    out: dict[str, list[str]] = {}
    for line in (folder / "index.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        raw = gzip.decompress((folder / record["html_path"]).read_bytes())
        try:
            root = lxml.html.fromstring(raw.decode(record.get("encoding") or "utf-8", errors="replace"))
        except (ValueError, lxml.etree.ParserError):
            continue
        paragraphs = [" ".join(p.text_content().split()) for p in root.iter("p")]
        text = " ".join(p for p in paragraphs if len(p.split()) >= 8)
        if len(text.split()) < 30:
            continue
        lang = py3langid.classify(text)[0]
        if lang in wanted and sum(len(t.split()) for t in out.get(lang, [])) < max_words:
            out.setdefault(lang, []).append(text)
    return {lang: " ".join(texts) for lang, texts in out.items() if sum(len(t.split()) for t in texts) >= 300}


def _html(page: str) -> str:
    return f"<!DOCTYPE html><html><head><title>News</title></head><body><article><p>{page}</p></article></body></html>"


def _right(pages_: list[str], codec: str, html: bool) -> tuple[int, int, float]:
    ours = cn = 0
    started = time.perf_counter()
    for page in pages_:
        text = _html(page) if html else page
        data = text.encode(codec)
        try:
            ours += decode_bytes(data)[0] == text
        except ValueError:
            pass
        best = charset_normalizer.from_bytes(data).best()
        cn += best is not None and str(best) == text
    return ours, cn, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100, help="pages per codec and length")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--text-dir", type=Path, default=TEXTS)
    parser.add_argument("--bench", type=Path, help="extraction bench folder: use its pages' text instead")
    parser.add_argument("--html", action="store_true", help="wrap each page in HTML (no charset declared)")
    args = parser.parse_args()
    if args.bench:
        texts = bench_texts(args.bench)
        print("languages from the bench:", ", ".join(f"{k} ({len(v.split()):,} words)" for k, v in sorted(texts.items())))
    else:
        texts = {p.stem: re.sub(r"\s+", " ", p.read_text(encoding="utf-8")).strip()
                 for p in sorted(args.text_dir.glob("*.txt"))}
    rng = random.Random(args.seed)
    print(f"{'codec':11} {'langs':9} {'pages':>5} | {'short: ours':>11} {'c-n':>5} | {'long: ours':>10} {'c-n':>5}")
    worst_long = 100.0
    for codec, langs in CODECS.items():
        if not any(lang in texts for lang in langs):
            continue
        short = pages(texts, codec, SHORT, args.pages, rng)
        long_ = pages(texts, codec, LONG, args.pages, rng)
        s_ours, s_cn, _ = _right(short, codec, args.html)
        l_ours, l_cn, _ = _right(long_, codec, args.html)
        worst_long = min(worst_long, 100 * l_ours / max(1, len(long_)))
        print(f"{codec:11} {','.join(lang for lang in langs if lang in texts):9} {len(long_):>5} | "
              f"{100 * s_ours / max(1, len(short)):>10.0f}% {100 * s_cn / max(1, len(short)):>4.0f}% | "
              f"{100 * l_ours / max(1, len(long_)):>9.0f}% {100 * l_cn / max(1, len(long_)):>4.0f}%")
    print(f"lowest share of long pages right (decode_bytes): {worst_long:.0f}%")


if __name__ == "__main__":
    main()
