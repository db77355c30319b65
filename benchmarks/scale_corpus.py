"""Distinct synthetic news articles recombined from real sentences, with planted copies and events.

Used by ``benchmarks/scale.py``; importable by Dask workers (each partition
is generated where it is written).

Sentences
    Every ``<p>`` of the extraction bench's pages (``index.jsonl`` and
    ``html/*.html.gz``, passed as a folder) split into sentences of 6-40
    words that end in ``.``, ``!`` or ``?``; about 38,000 distinct ones,
    two thirds German, a sixth English, the rest Spanish, French, Polish
    and others. Each page's language is detected with py3langid.
Topics
    Within each language the pages are grouped by TF-IDF k-means (seed 0)
    into about one group per ``SENTENCES_PER_TOPIC`` sentences; groups with
    fewer than ``MIN_POOL`` sentences are dropped (their sentences would
    repeat so often that unrelated articles became near-copies). A group's
    sentences are a topic's pool.
Articles
    Article ``i`` is a pure function of ``(seed, i)``: a topic (chosen in
    proportion to pool size), 8-24 sentences (85 % from the topic's pool,
    the rest from other pools of its language) in paragraphs of 2-4
    sentences, an outlet (one of 300), a publication time in 2024-2025, a
    title made of a pool sentence's first words. Two articles of one topic
    share on average about ``k^2 / pool`` (under 0.3) sentences.
Planted near-copies
    A share ``COPY_RATE`` of the rows copy another row chosen at random
    over the whole corpus (so a copy usually sits in another partition, and
    often another month, than its original): the original's sentences with
    every word edited with probability 1/10 or 1/6 (half the copies each):
    replaced by a word of the same pool (50 %), deleted (25 %) or followed
    by an inserted word (25 %). The planted event sentence, if any, is kept
    verbatim. Published 0-3 days after the original by another outlet.
Planted events
    A share ``EVENT_RATE`` of the English and German articles get one
    sentence of ``scale_events.tsv`` with a known type, count (2-400) and
    date (1-60 days before publication).

The ground truth (topic, copy group, edit rate, planted event) of each row is
returned in extra ``truth_*`` columns, which :func:`toolkit.store.write_store`
does not store.
"""

from __future__ import annotations

import datetime as dt
import functools
import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from babel.dates import format_date

from toolkit.schema import ARTICLES, validate
from toolkit.urls import article_id

__all__ = ["COPY_RATE", "EDIT_RATES", "EVENT_RATE", "CorpusSpec", "build_pools", "make_articles", "plan_copies"]

SENTENCES_PER_TOPIC = 1500
MIN_POOL = 600
HOME_SHARE = 0.85
COPY_RATE = 0.03
EDIT_RATES = (1 / 10, 1 / 6)
EVENT_RATE = 0.02
N_OUTLETS = 300
START = pd.Timestamp("2024-01-01", tz="UTC")
DAYS = 731
TRUTH_COLUMNS = ["truth_row", "truth_topic", "truth_group", "truth_edit_rate", "truth_event_type",
                 "truth_count", "truth_date"]
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class CorpusSpec:
    """Everything a worker needs to generate any row: the pools file and the seed."""

    pools: str
    seed: int
    n: int


def _page_sentences(raw: bytes, encoding: str | None) -> list[str]:
    from lxml import html as lxml_html

    try:
        doc = lxml_html.fromstring(raw.decode(encoding or "utf-8", errors="replace"))
    except (ValueError, TypeError):
        return []
    out = []
    for p in doc.iter("p"):
        text = " ".join(p.text_content().split())
        for sentence in _SPLIT.split(text):
            if 6 <= len(sentence.split()) <= 40 and sentence[-1:] in ".!?":
                out.append(sentence)
    return out


def build_pools(bench: str | Path, out: str | Path) -> dict[str, Any]:
    """Read the bench's pages into topic pools and write them as JSON; return a summary."""
    import py3langid
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    bench = Path(bench)
    pages: dict[str, list[list[str]]] = {}
    seen: set[str] = set()
    for line in (bench / "index.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        raw = gzip.decompress((bench / record["html_path"]).read_bytes())
        sentences = [s for s in _page_sentences(raw, record.get("encoding")) if s not in seen]
        seen.update(sentences)
        if len(sentences) >= 3:
            lang = py3langid.classify(" ".join(sentences[:20]))[0]
            pages.setdefault(lang, []).append(sentences)
    pools = []
    for lang in sorted(pages):
        docs = pages[lang]
        total = sum(map(len, docs))
        k = max(1, round(total / SENTENCES_PER_TOPIC))
        if total < MIN_POOL:
            continue
        labels = np.zeros(len(docs), dtype=int)
        if k > 1:
            matrix = TfidfVectorizer(max_features=20000, sublinear_tf=True).fit_transform(" ".join(d) for d in docs)
            labels = KMeans(n_clusters=k, n_init=4, random_state=0).fit_predict(matrix)
        for label in range(k):
            sentences = [s for d, lab in zip(docs, labels, strict=True) if lab == label for s in d]
            if len(sentences) >= MIN_POOL:
                pools.append({"lang": lang, "sentences": sentences})
    Path(out).write_text(json.dumps({"pools": pools}, ensure_ascii=False), encoding="utf-8")
    return {"pages": sum(map(len, pages.values())), "sentences": len(seen),
            "pools": len(pools), "pooled_sentences": sum(len(p["sentences"]) for p in pools),
            "languages": {lang: sum(1 for p in pools if p["lang"] == lang) for lang in sorted(pages)}}


@functools.lru_cache(maxsize=2)
def _pools(path: str) -> tuple[list[dict[str, Any]], np.ndarray, dict[str, list[int]]]:
    pools = json.loads(Path(path).read_text(encoding="utf-8"))["pools"]
    for pool in pools:
        pool["words"] = sorted({w for s in pool["sentences"][:400] for w in _WORD.findall(s)})
    sizes = np.array([len(p["sentences"]) for p in pools], dtype=float)
    by_lang: dict[str, list[int]] = {}
    for n, pool in enumerate(pools):
        by_lang.setdefault(pool["lang"], []).append(n)
    return pools, np.cumsum(sizes) / sizes.sum(), by_lang


@functools.lru_cache(maxsize=1)
def _templates() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for line in (Path(__file__).parent / "scale_events.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, kind, template = line.split("\t")
            out.setdefault(lang, []).append((kind, template))
    return out


def plan_copies(n: int, seed: int) -> np.ndarray:
    """``origin[i]``: the row that row ``i`` copies, or -1 for a row of its own."""
    rng = np.random.default_rng([seed, 7])
    is_copy = rng.random(n) < COPY_RATE
    originals = np.flatnonzero(~is_copy)
    origin = np.full(n, -1, dtype=np.int64)
    if len(originals):
        origin[is_copy] = rng.choice(originals, int(is_copy.sum()))
    return origin


def _content(i: int, spec: CorpusSpec) -> dict[str, Any]:
    """The article of row ``i`` before any copying (a pure function of seed and i)."""
    pools, cumulative, by_lang = _pools(spec.pools)
    rng = np.random.default_rng([spec.seed, i])
    topic = min(int(np.searchsorted(cumulative, rng.random(), side="right")), len(pools) - 1)
    pool = pools[topic]
    k = int(rng.integers(8, 25))
    home = int(rng.binomial(k, HOME_SHARE))
    picked = [pool["sentences"][j] for j in rng.choice(len(pool["sentences"]), home, replace=False)]
    others = [p for p in by_lang[pool["lang"]] if p != topic] or [topic]
    for _ in range(k - home):
        other = pools[others[int(rng.integers(len(others)))]]["sentences"]
        picked.append(other[int(rng.integers(len(other)))])
    rng.shuffle(picked)
    published = START + pd.Timedelta(days=int(rng.integers(DAYS)), minutes=int(rng.integers(24 * 60)))
    event = None
    templates = _templates().get(pool["lang"])
    if templates and rng.random() < EVENT_RATE:
        kind, template = templates[int(rng.integers(len(templates)))]
        count = int(rng.integers(2, 401))
        day = (published - pd.Timedelta(days=int(rng.integers(1, 61)))).date()
        text = template.format(count=count, date=format_date(day, "long", locale=pool["lang"]))
        position = int(rng.integers(len(picked) + 1))
        picked.insert(position, text)
        event = {"type": kind, "count": count, "date": day, "position": position}
    title_words = pool["sentences"][int(rng.integers(len(pool["sentences"])))].split()[:9]
    return {"topic": topic, "lang": pool["lang"], "sentences": picked, "event": event,
            "published": published, "outlet": int(rng.integers(N_OUTLETS)),
            "title": " ".join(title_words).rstrip(".,;:"), "breaks": rng.integers(2, 5, size=len(picked))}


def _edit(sentence: str, rate: float, words: list[str], rng: np.random.Generator) -> str:
    out = []
    for word in sentence.split():
        if rng.random() >= rate:
            out.append(word)
            continue
        action = rng.random()
        if action < 0.5:
            out.append(words[int(rng.integers(len(words)))])
        elif action < 0.75:
            out.append(word)
            out.append(words[int(rng.integers(len(words)))])
        # else: deleted
    return " ".join(out) or sentence


def _copy(content: dict[str, Any], j: int, spec: CorpusSpec) -> tuple[dict[str, Any], float]:
    pools, _, _ = _pools(spec.pools)
    rng = np.random.default_rng([spec.seed, j, 1])
    rate = EDIT_RATES[int(rng.integers(len(EDIT_RATES)))]
    words = pools[content["topic"]]["words"]
    keep = content["event"]["position"] if content["event"] else -1
    sentences = [s if n == keep else _edit(s, rate, words, rng) for n, s in enumerate(content["sentences"])]
    outlet = (content["outlet"] + 1 + int(rng.integers(N_OUTLETS - 1))) % N_OUTLETS
    published = content["published"] + pd.Timedelta(minutes=int(rng.integers(4 * 24 * 60)))
    return {**content, "sentences": sentences, "outlet": outlet, "published": published}, rate


def _text(sentences: list[str], breaks: np.ndarray) -> str:
    paragraphs, current = [], []
    for sentence, size in zip(sentences, breaks, strict=False):
        current.append(sentence)
        if len(current) >= size:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def make_articles(start: int, stop: int, origin: np.ndarray, spec: CorpusSpec) -> pd.DataFrame:
    """Rows ``start`` to ``stop`` of the corpus: an ARTICLES frame plus ``truth_*`` columns.

    ``origin`` is ``plan_copies(...)[start:stop]``.
    """
    rows = []
    for i, source in zip(range(start, stop), origin, strict=True):
        content = _content(int(source) if source >= 0 else i, spec)
        rate = 0.0
        if source >= 0:
            content, rate = _copy(content, i, spec)
        text = _text(content["sentences"], content["breaks"])
        outlet = f"outlet{content['outlet']:03d}.example"
        url = f"https://{outlet}/{content['published']:%Y/%m}/story-{i}"
        event = content["event"] or {}
        rows.append({
            "article_id": article_id(url), "url": url, "outlet": outlet, "title": content["title"],
            "published": content["published"], "published_from": "meta", "authors": [],
            "language": content["lang"], "text": text, "n_words": len(text.split()),
            "source": "generated", "format": "records", "related": [],
            "truth_row": i, "truth_topic": content["topic"], "truth_group": int(source) if source >= 0 else i,
            "truth_edit_rate": rate, "truth_event_type": event.get("type"),
            "truth_count": event.get("count"), "truth_date": event.get("date"),
        })
    frame = ARTICLES.from_records(rows)
    truth = pd.DataFrame(rows, columns=TRUTH_COLUMNS)
    truth["truth_date"] = pd.to_datetime(truth["truth_date"], utc=True)
    truth["truth_count"] = truth["truth_count"].astype("Int64")
    truth["truth_event_type"] = truth["truth_event_type"].astype("string")
    validate(frame, ARTICLES)
    return pd.concat([frame, truth], axis=1)


def today() -> str:
    """UTC date for result files."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
