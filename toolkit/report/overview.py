"""The corpus at a glance: the numbers behind the load-and-clean report's charts.

:func:`corpus_overview` counts articles per day and outlet, per language,
and words per article. :func:`cleaning_removed` re-reads each article's raw
input (the page text of an HTML file, a page dump, the text field of an
export record) and splits what is missing from the clean record by the rule
that took it out, per outlet. The charts are in :mod:`toolkit.plots.articles`.

Examples
--------
>>> import toolkit                                                   # doctest: +SKIP
>>> overview = corpus_overview(toolkit.load_sample())                # doctest: +SKIP
>>> overview.languages[["language", "articles"]].head(2)             # doctest: +SKIP
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from toolkit.schema import (
    CLEANING_REMOVED,
    CORPUS_LANGUAGES,
    CORPUS_LENGTHS,
    CORPUS_PER_DAY,
    conform,
    validate,
)

__all__ = ["CLEANING_RULES", "CorpusOverview", "cleaning_removed", "corpus_overview"]

#: Where text missing from the clean record went, in the order cleaning meets it.
CLEANING_RULES = (
    "white space and invisible characters",
    "page furniture (menus, headers, links)",
    "title (kept in title)",
    "teasers (kept in related)",
    "photo captions (kept in caption)",
    "repeated title and sentences",
    "dateline (kept in dateline)",
)
_WS, _FURNITURE, _TITLE, _TEASER, _CAPTION, _REPEAT, _DATELINE = CLEANING_RULES
# Elements whose text a browser never shows.
_INVISIBLE = ("script", "style", "noscript", "template", "head")
# Elements that start a new line of page text.
_BLOCKS = ("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
           "section", "article", "header", "footer", "nav", "aside", "figure", "figcaption",
           "blockquote", "pre", "dd", "dt", "main", "form", "hr")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class CorpusOverview:
    """Tidy tables describing a corpus (see :func:`corpus_overview`)."""

    per_day: pd.DataFrame
    languages: pd.DataFrame
    lengths: pd.DataFrame


def _language_name(code: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code).get_display_name("en") or code
    except (ValueError, UnknownLocaleError):
        return code


def corpus_overview(articles: pd.DataFrame, max_outlets: int = 30) -> CorpusOverview:
    """Count articles per day and outlet, per language, and words per article.

    Parameters
    ----------
    articles : pandas.DataFrame
        ARTICLES-schema frame (``published``, ``outlet``, ``language``, ``n_words``).
    max_outlets : int
        Outlets drawn one by one per day; the smaller ones are pooled as
        ``"other outlets"`` (``per_day.attrs["other_outlets"]`` says how many).

    Returns
    -------
    CorpusOverview
        ``per_day`` (``day``, ``outlet``, ``articles``; ``attrs``: ``undated``,
        ``other_outlets``), ``languages`` (``language``, ``name``,
        ``articles``, ``share``), ``lengths`` (``article_id``, ``outlet``,
        ``n_words``). New frames; the input is not changed.
    """
    outlet = articles["outlet"].astype("string").fillna("unknown")
    ranked = outlet.value_counts().sort_index(kind="stable").sort_values(ascending=False, kind="stable")
    small = list(ranked.index[max_outlets:]) if len(ranked) > max_outlets else []
    grouped = outlet.where(~outlet.isin(small), "other outlets")
    dated = articles["published"].notna()
    day = articles.loc[dated, "published"].dt.tz_convert("UTC").dt.floor("D")
    per_day = (pd.DataFrame({"day": day, "outlet": grouped[dated]}).groupby(["day", "outlet"], observed=True)
               .size().rename("articles").reset_index().sort_values(["day", "outlet"], kind="stable")
               .reset_index(drop=True))
    per_day.attrs.update({"undated": int((~dated).sum()), "other_outlets": len(small)})

    language = articles["language"].astype("string").fillna("unknown")
    languages = language.value_counts().rename_axis("language").rename("articles").reset_index()
    languages = languages.sort_values(["articles", "language"], ascending=[False, True], kind="stable")
    languages.insert(1, "name", [_language_name(c) if c != "unknown" else "not identified" for c in languages["language"]])
    languages["articles"] = languages["articles"].astype("int64")
    languages["share"] = (languages["articles"] / max(1, len(articles))).round(4)

    lengths = pd.DataFrame({"article_id": articles["article_id"].astype("string"), "outlet": outlet,
                            "n_words": articles["n_words"].astype("Int64")}).reset_index(drop=True)
    attrs = dict(per_day.attrs)
    per_day = validate(conform(per_day, CORPUS_PER_DAY), CORPUS_PER_DAY)
    per_day.attrs.update(attrs)
    return CorpusOverview(per_day, validate(conform(languages, CORPUS_LANGUAGES), CORPUS_LANGUAGES),
                          validate(conform(lengths, CORPUS_LENGTHS), CORPUS_LENGTHS))


# ----------------------------------------------------------- raw inputs ---


def _key(text: object) -> str:
    return _SPACE.sub(" ", text).strip().casefold() if isinstance(text, str) else ""


def _read_text(path: Path) -> str:
    from toolkit.encoding import GZIP_MAGIC, decode_bytes

    data = path.read_bytes()
    if data[:2] == GZIP_MAGIC:
        data = gzip.decompress(data)
    return decode_bytes(data)[0]


def page_text(html: str) -> str:
    """The text of an HTML page as a reader sees it: one line per block, no scripts or styles.

    Parameters
    ----------
    html : str
        The page.

    Returns
    -------
    str
        Lines separated by newlines (empty for an unparsable page).
    """
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html.encode("utf-8"))
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in [e for e in root.iter(*_INVISIBLE) if e.getparent() is not None]:
        element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
        if element.text and element.tag != "br":
            element.text = "\n" + element.text
    return "\n".join(line.strip() for line in root.text_content().splitlines())


def _records(path: Path, fmt: str) -> Iterator[dict[str, Any]]:
    if fmt == "jsonl":
        for line in _read_text(path).splitlines():
            line = line.strip()
            if line:
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if isinstance(record, dict):
                    yield record
    elif fmt == "json":
        data = json.loads(_read_text(path))
        items = data if isinstance(data, list) else next(
            (v for v in data.values() if isinstance(v, list)), [data]) if isinstance(data, dict) else []
        yield from (r for r in items if isinstance(r, dict))
    elif fmt in ("csv", "parquet"):
        frame = pd.read_parquet(path) if fmt == "parquet" else pd.read_csv(path, dtype=str, keep_default_na=False)
        yield from frame.to_dict("records")


def _record_index(path: Path, fmt: str) -> dict[str, str]:
    """Export records of a file by the keys an article can be found with: body field by URL or title key."""
    from toolkit.urls import canonical_url, is_url

    index: dict[str, str] = {}
    for record in _records(path, fmt):
        strings = [v for v in record.values() if isinstance(v, str) and v.strip()]
        if not strings:
            continue
        body = max(strings, key=len)  # an export's text field is its longest
        for value in strings:
            if value is body or len(value) > 500:
                continue
            key = canonical_url(value) if is_url(value) else _key(value)
            index.setdefault(f"url:{key}" if is_url(value) else f"title:{key}", body)
    return index


def _resolve(source: str) -> Path | None:
    from toolkit.datasets import data_home

    path = Path(source)
    for candidate in (path, data_home() / source):
        if candidate.is_file():
            return candidate
    return None


@lru_cache(maxsize=64)
def _file_input(path: Path, fmt: str, mtime: int) -> tuple[str | None, dict[str, str]]:
    # ``mtime`` is part of the cache key only: an edited file is read again
    if fmt == "html":
        return page_text(_read_text(path)), {}
    if fmt == "txt":
        return _read_text(path), {}
    return None, _record_index(path, fmt)


def _raw_input(row: Any) -> str | None:
    path = _resolve(str(row.source))
    if path is None or row.format not in ("html", "txt", "jsonl", "json", "csv", "parquet"):
        return None
    try:
        text, index = _file_input(path, str(row.format), path.stat().st_mtime_ns)
    except (OSError, ValueError):
        return None
    if text is not None:
        return text
    from toolkit.urls import canonical_url

    url = canonical_url(row.url) if isinstance(row.url, str) else None
    return index.get(f"url:{url}") or index.get(f"title:{_key(row.title)}")


# ------------------------------------------------------------ accounting ---


def _sentences(line: str) -> list[str]:
    from toolkit.clean import sentence_spans

    return [line[a:b] for a, b in sentence_spans(line)] or [line]


# A piece of a line shorter than this must match a whole sentence to count as
# kept, caption or teaser: "Westmere" alone is a header line even when the word
# occurs in the text.
_MIN_PARTIAL = 30


class _Text:
    """A field of the clean record, matched by whole sentences, or by a long enough part."""

    def __init__(self, text: object) -> None:
        self.text = _key(text)
        self.sentences = Counter(_key(s) for part in str(text or "").split("\n") if part.strip()
                                 for s in _sentences(part.strip())) if isinstance(text, str) else Counter()

    def count(self, key: str) -> int:
        if not key:
            return 0
        whole = self.sentences.get(key, 0)
        if len(key) < _MIN_PARTIAL:
            return whole
        return max(whole, len(re.findall(r"(?<!\w)" + re.escape(key) + r"(?!\w)", self.text)))


def _pieces(record: Any) -> dict[str, _Text]:
    related = record.related if isinstance(record.related, list) else []
    teasers = "\n".join(f"{r.get('title', '')}\n{r.get('summary', '')}" for r in related if isinstance(r, dict))
    return {"caption": _Text(record.caption), "teasers": _Text(teasers)}


def removed_by_rule(raw: str, record: Any) -> dict[str, tuple[int, int]]:
    """Characters and lines of ``raw`` missing from the clean ``record``, by the rule that explains them.

    Each sentence of each non-blank line of the normalised raw text is kept
    when the clean text still holds it (as many times as it holds it);
    otherwise it is the title (its first occurrence), a teaser (in
    ``related``), a photo caption, a repeat (seen earlier in the raw text),
    or page furniture. A dateline that opens a kept sentence counts on its
    own. A line counts as removed when none of its sentences is kept; it
    goes to the rule that took most of its characters.

    Parameters
    ----------
    raw : str
        The raw input text.
    record : object
        The clean article (attributes ``text``, ``title``, ``caption``,
        ``dateline``, ``related``), e.g. a row from ``itertuples()``.

    Returns
    -------
    dict
        ``{rule: (characters, lines)}`` for the rules of :data:`CLEANING_RULES`.
    """
    from toolkit.clean import normalize_text, split_dateline

    out = {rule: [0, 0] for rule in CLEANING_RULES}
    normal = normalize_text(raw)
    out[_WS][0] = max(0, len(raw) - len(normal))
    clean = _Text(record.text)
    pieces = _pieces(record)
    title = _key(record.title)
    dateline = _key(record.dateline)
    used: Counter[str] = Counter()
    seen: set[str] = set()
    title_seen = False
    for line in filter(None, (part.strip() for part in normal.split("\n"))):
        by_rule: Counter[str] = Counter()
        kept = False
        for sentence in _sentences(line):
            key = _key(sentence)
            if dateline and key.startswith(dateline):
                _place, _agency, rest = split_dateline(sentence)
                if rest and rest != sentence:
                    by_rule[_DATELINE] += len(sentence) - len(rest)
                    sentence, key = rest, _key(rest)
            if key and used[key] < clean.count(key):
                used[key] += 1
                kept = True
            elif key and key == title and not title_seen:
                title_seen = True
                by_rule[_TITLE] += len(sentence)
            elif key in seen:
                by_rule[_REPEAT] += len(sentence)
            elif pieces["teasers"].count(key):
                by_rule[_TEASER] += len(sentence)
            elif pieces["caption"].count(key):
                by_rule[_CAPTION] += len(sentence)
            else:
                by_rule[_FURNITURE] += len(sentence)
            seen.add(key)
        for rule, chars in by_rule.items():
            out[rule][0] += chars
        if not kept and by_rule:
            out[by_rule.most_common(1)[0][0]][1] += 1
    return {rule: (chars, lines) for rule, (chars, lines) in out.items()}


def cleaning_removed(articles: pd.DataFrame, max_articles: int | None = 2000, random_state: int = 0) -> pd.DataFrame:
    """What cleaning took out of each outlet's raw inputs, by rule: characters and lines.

    Parameters
    ----------
    articles : pandas.DataFrame
        ARTICLES-schema frame; ``source`` must still point at the files
        (paths as loaded, or relative to the data folder for the bundled
        corpus). Articles fetched from URLs or whose file is gone are
        counted in ``attrs["unmeasured"]``.
    max_articles : int, optional
        Measure a random sample of this many articles (None: all);
        ``attrs["articles"]`` and ``attrs["of"]`` say how many of how many.
    random_state : int
        Seed of the sample.

    Returns
    -------
    pandas.DataFrame
        One row per outlet and rule (:data:`CLEANING_RULES` order):
        ``outlet``, ``rule``, ``articles`` (measured articles the rule took
        something from), ``characters``, ``lines``. ``attrs["raw"]`` maps
        each outlet to its ``[raw, clean]`` characters.
    """
    chosen = articles
    if max_articles is not None and len(articles) > max_articles:
        chosen = articles.sample(n=max_articles, random_state=random_state).sort_index()
    rows, raw_rows, unmeasured = [], [], 0
    for record in chosen.itertuples(index=False):
        raw = _raw_input(record)
        if raw is None:
            unmeasured += 1
            continue
        outlet = str(record.outlet) if isinstance(record.outlet, str) else "unknown"
        raw_rows.append({"outlet": outlet, "raw_characters": len(raw), "clean_characters": len(record.text) if isinstance(record.text, str) else 0})
        for rule, (chars, lines) in removed_by_rule(raw, record).items():
            rows.append({"outlet": outlet, "rule": rule, "articles": int(chars > 0), "characters": chars, "lines": lines})
    frame = pd.DataFrame(rows, columns=CLEANING_REMOVED.names)
    if len(frame):
        order = {rule: i for i, rule in enumerate(CLEANING_RULES)}
        frame = frame.groupby(["outlet", "rule"], sort=False)[["articles", "characters", "lines"]].sum().reset_index()
        frame = frame.assign(_o=frame["rule"].map(order)).sort_values(["outlet", "_o"], kind="stable")
        frame = frame.drop(columns="_o").reset_index(drop=True)
    frame = validate(conform(frame, CLEANING_REMOVED), CLEANING_REMOVED)
    frame.attrs.update({
        "articles": len(chosen) - unmeasured, "of": len(articles), "unmeasured": unmeasured,
        "raw": {outlet: [int(v) for v in sums] for outlet, sums in pd.DataFrame(
            raw_rows, columns=["outlet", "raw_characters", "clean_characters"]).groupby("outlet").sum().iterrows()},
    })
    return frame
