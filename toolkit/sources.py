"""Source comparison: who copies whom, when outlets report, which numbers and words they use.

Four families of functions, each taking tidy frames and returning new ones:

- syndication: :func:`find_copies` groups near-duplicate articles with
  MinHash/LSH (datasketch) over word shingles, names the probable original
  and measures how much each copy changed;
- attention and timing: :func:`attention_over_time`, :func:`event_coverage`;
- numbers: :func:`reported_counts` (who printed 52, who printed "more than 50");
- framing words: :func:`distinctive_terms` (log-odds ratio with an
  informative Dirichlet prior, Monroe, Colaresi and Quinn 2008) and
  :func:`actor_naming` (how each outlet names the key actors);
- attribution: :func:`extract_attributions` (whom the articles cite).

Per-article work (:func:`shingles`, :func:`attributions_from_text`) is a pure
function of one text, so it maps over Dask partitions unchanged.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from toolkit.clean import sentence_spans
from toolkit.schema import ATTRIBUTIONS, conform

__all__ = [
    "actor_naming",
    "attention_over_time",
    "attributions_from_text",
    "copy_groups",
    "distinctive_terms",
    "event_coverage",
    "extract_attributions",
    "find_copies",
    "join_outlets",
    "reported_counts",
    "reported_counts_table",
    "shingles",
    "speaker_shares",
]

# ------------------------------------------------------------- syndication ---

# Words per shingle. Three-word shingles survive the small rewrites aggregators
# make (a changed word breaks at most three shingles) while staying specific.
SHINGLE_WORDS = 3
# Estimated Jaccard similarity above which LSH proposes a pair.
LSH_THRESHOLD = 0.3
# Exact similarity (containment of the shorter text's shingles) that confirms a pair:
# a copy that cut the story short is still a copy.
CONFIRM_CONTAINMENT = 0.5
NUM_PERM = 128
# A copy cut down to its first paragraphs shares little of the whole original
# (Jaccard under LSH_THRESHOLD once it keeps less than ~40% of the text), so a
# second, smaller index holds each article's lead: the shingles of its first
# LEAD_WORDS words. Excerpts of 50 words or more meet their original's lead there.
LEAD_WORDS = 100
LEAD_THRESHOLD = 0.4
LEAD_NUM_PERM = 64

_WORD = re.compile(r"\w+", re.UNICODE)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return text.replace("ё", "е")


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[str]:
    """Return the set of ``k``-word shingles of a text, case- and accent-folded.

    Examples
    --------
    >>> sorted(shingles("Minsk freed 52 prisoners", k=3))
    ['freed 52 prisoners', 'minsk freed 52']
    """
    words = _WORD.findall(_fold(text or ""))
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


# Odd multipliers that make a shingle's hash depend on word order (splitmix64 constants).
_MIX = np.array([0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB, 0xD6E8FEB86659FD93,
                 0xA0761D6478BD642F, 0xE7037ED1A0B428DB, 0x8EBC6AF09C88C6E3, 0x589965CC75374CC3], dtype=np.uint64)


def _shingle_hashes(text: str, k: int, vocabulary: dict[str, int]) -> np.ndarray:
    """64-bit hashes of the ``k``-word shingles of ``text`` in text order (same folding as :func:`shingles`).

    ``vocabulary`` memoises word hashes across calls. Hashes are deterministic
    (blake2b per word, mixed by position), so runs repeat exactly.
    """
    words = _WORD.findall(_fold(text or ""))
    if not words:
        return np.empty(0, dtype=np.uint64)
    ids = np.fromiter((vocabulary[w] if w in vocabulary else vocabulary.setdefault(w, _word_hash(w)) for w in words),
                      dtype=np.uint64, count=len(words))
    k_eff = min(k, len(ids))
    n = len(ids) - k_eff + 1
    with np.errstate(over="ignore"):
        h = np.zeros(n, dtype=np.uint64)
        for j in range(k_eff):
            h = h * _MIX[j % len(_MIX)] + ids[j : j + n]
        # splitmix64 finaliser spreads the bits
        h ^= h >> np.uint64(30)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(27)
        h *= np.uint64(0x94D049BB133111EB)
        h ^= h >> np.uint64(31)
    return h


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


# Outlet types that produce stories others republish, and types that republish.
# A group's original is looked for in this order: an outlet another member
# credits (its byline or dateline names it), then a wire, then any outlet that
# is not an aggregator, then the aggregators; within a rank the earliest wins.
_ORIGINATING_TYPES = frozenset({"wire"})
_REPUBLISHING_TYPES = frozenset({"aggregator"})


def _credit_keys(outlet: str, name: Any) -> set[str]:
    """Spellings under which an outlet may be credited: its name, the name's initials, the domain's stem."""
    keys = {outlet.casefold(), outlet.split(".")[0].replace("-", " ").casefold()}
    if isinstance(name, str) and name.strip():
        main = re.sub(r"\s*\(.*?\)", "", name).strip()
        for n in (name, main, *re.findall(r"\((.*?)\)", name)):
            keys.add(n.casefold())
            words = [w for w in re.findall(r"[A-Za-zА-Яа-яЁё]+", n) if w.casefold() not in {"the", "of", "and"}]
            if len(words) > 1:
                keys.add("".join(w[0] for w in words).casefold())
    return {k for k in keys if k}


def _day_precision(ts: Any) -> bool:
    """A time of exactly 00:00:00 is read as a date without a time of day."""
    return bool(pd.notna(ts) and ts.hour == 0 and ts.minute == 0 and ts.second == 0 and ts.microsecond == 0)


def _lag_hours(copy_ts: Any, orig_ts: Any) -> float:
    """Hours from the original to the copy; whole days when either date has no time of day."""
    if pd.isna(copy_ts) or pd.isna(orig_ts):
        return np.nan
    if _day_precision(copy_ts) or _day_precision(orig_ts):
        return float((copy_ts.normalize() - orig_ts.normalize()).days * 24)
    return round((copy_ts - orig_ts).total_seconds() / 3600, 2)


def _pick_original(group: pd.DataFrame) -> Any:
    """Index of the probable original (see ``_ORIGINATING_TYPES``)."""
    types = group["outlet_type"].astype("object").where(group["outlet_type"].notna(), None)
    credited: set[str] = set()
    if "wire" in group:
        credited = {str(w).strip().casefold() for w in group["wire"] if isinstance(w, str) and w.strip()}
    rank = []
    for idx in group.index:
        keys = _credit_keys(str(group.at[idx, "outlet"]), group.at[idx, "outlet_name"])
        kind = types[idx]
        if credited & keys:
            rank.append(0)
        elif kind in _ORIGINATING_TYPES:
            rank.append(1)
        elif kind in _REPUBLISHING_TYPES:
            rank.append(3)
        else:
            rank.append(2)
    far = pd.Timestamp.max.tz_localize("UTC")
    published = group["published"].fillna(far)
    order = pd.DataFrame(
        {
            "rank": rank,
            "day": published.dt.normalize(),
            # on the same day an article with a time of day goes before one without
            "t": [far if _day_precision(t) else t for t in published],
            "n_words": group["n_words"] if "n_words" in group else 0,
        },
        index=group.index,
    )
    return order.sort_values(["rank", "day", "t", "n_words"], ascending=[True, True, True, False], kind="stable").index[0]


def find_copies(
    articles: pd.DataFrame,
    *,
    threshold: float = CONFIRM_CONTAINMENT,
    k: int = SHINGLE_WORDS,
    num_perm: int = NUM_PERM,
    outlets: pd.DataFrame | None = None,
    seed: int = 1,
) -> pd.DataFrame:
    """Group near-duplicate articles and name each group's probable original.

    Candidate pairs come from MinHash LSH (datasketch) over ``k``-word
    shingles, of the whole text and of its first ``LEAD_WORDS`` words (so an
    excerpt of the first paragraphs meets its original); each candidate pair
    is confirmed by the exact share of the shorter article's shingles found
    in the longer one (containment), so a copy that was cut short or padded
    with its own paragraphs still joins its group. Groups are the connected
    components of confirmed pairs.

    The probable original is, in this order: the article of an outlet that
    another member credits (the ``wire`` column, e.g. "BelTelegraf" or "CP"
    for Continental Press), a ``wire`` outlet's article, any article not
    from an ``aggregator``, an aggregator's article; the earliest within a
    rank. A time of exactly 00:00 counts as a date without time of day: such
    an article is not taken as earlier than a same-day article with a time,
    and its lag is counted in whole days.

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles (ARTICLES schema: ``article_id``, ``outlet``, ``published``, ``text``;
        ``wire`` and ``n_words`` are used when present).
    threshold : float
        Containment that confirms a pair (0-1).
    k : int
        Words per shingle.
    num_perm : int
        MinHash permutations.
    outlets : pandas.DataFrame, optional
        Outlet registry (``outlet``, ``type``, optionally ``name``).
        Defaults to :func:`toolkit.datasets.load_outlets` when available.
    seed : int
        MinHash seed; results are identical for identical inputs.

    Returns
    -------
    pandas.DataFrame
        One row per article in a group of two or more: ``article_id``,
        ``outlet``, ``published``, ``group`` (int, 0-based in order of the
        groups' first rows), ``group_size``, ``original_id``, ``is_original``,
        ``similarity`` (Jaccard of shingles with the original), ``containment``
        (share of the copy's shingles found in the original), ``words_added``
        and ``words_removed`` (word-level change against the original), and
        ``lag_hours`` (hours after the original).

    Examples
    --------
    >>> import pandas as pd
    >>> a = "Belarus freed 52 prisoners into Lithuania on Thursday after talks with a US envoy in Minsk."
    >>> frame = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["w.example", "x.example", "y.example"],
    ...     "published": pd.to_datetime(["2025-09-11", "2025-09-12", "2025-09-12"], utc=True),
    ...     "text": [a, a.replace("freed", "released"), "A football match ended in a draw."],
    ...     "n_words": [16, 16, 7]})
    >>> find_copies(frame, outlets=pd.DataFrame(columns=["outlet", "type"]))["article_id"].tolist()
    ['a', 'b']
    """
    from datasketch import MinHash, MinHashLSH

    columns = [
        "article_id", "outlet", "published", "group", "group_size", "original_id", "is_original",
        "similarity", "containment", "words_added", "words_removed", "lag_hours",
    ]
    if not 0 < threshold <= 1:
        raise ValueError(f"find_copies: threshold must be in (0, 1], got {threshold!r}")
    missing = {"article_id", "outlet", "published", "text"} - set(articles.columns)
    if missing:
        raise KeyError(f"find_copies: articles lack column(s) {sorted(missing)}")
    frame = articles.reset_index(drop=True)
    if frame.empty:
        return pd.DataFrame(columns=columns)
    vocabulary: dict[str, int] = {}
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=num_perm)
    lead_lsh = MinHashLSH(threshold=LEAD_THRESHOLD, num_perm=LEAD_NUM_PERM)
    # one MinHash's permutations serve every article (the state MinHash.bulk reuses)
    template = MinHash(num_perm=num_perm, seed=seed, hashfunc=_identity)
    lead_template = MinHash(num_perm=LEAD_NUM_PERM, seed=seed, hashfunc=_identity)
    sets: list[np.ndarray] = []
    uf = _UnionFind(len(frame))
    for i, text in enumerate(frame["text"].fillna("")):
        sequence = _shingle_hashes(text, k, vocabulary)
        hashes = np.unique(sequence)
        sets.append(hashes)
        if not len(hashes):
            continue
        # MinHash's default scheme takes 32-bit values, as its own sha1_hash32 gives
        mh = template.copy()
        mh.update_batch((hashes >> np.uint64(32)).tolist())
        lead = lead_template.copy()
        lead.update_batch((np.unique(sequence[: max(1, LEAD_WORDS - k + 1)]) >> np.uint64(32)).tolist())
        for j in set(lsh.query(mh)) | set(lead_lsh.query(lead)):
            if uf.find(i) == uf.find(j):
                continue
            shorter = min(len(hashes), len(sets[j]))
            common = len(np.intersect1d(hashes, sets[j], assume_unique=True))
            if common / shorter >= threshold:
                uf.union(i, j)
        lsh.insert(i, mh, check_duplication=False)
        lead_lsh.insert(i, lead, check_duplication=False)
    del lsh, lead_lsh, vocabulary
    roots = np.array([uf.find(i) for i in range(len(frame))])
    sizes = pd.Series(roots).value_counts()
    members = frame.assign(_root=roots)
    members = members[members["_root"].map(sizes) > 1]
    if members.empty:
        return pd.DataFrame(columns=columns)
    if outlets is None:
        outlets = _default_outlets()
    types = dict(zip(outlets["outlet"], outlets["type"], strict=False)) if len(outlets) else {}
    names = dict(zip(outlets["outlet"], outlets["name"], strict=False)) if len(outlets) and "name" in outlets else {}
    members = members.assign(outlet_type=members["outlet"].map(types), outlet_name=members["outlet"].map(names))
    rows = []
    for group_no, (_, group) in enumerate(sorted(members.groupby("_root"), key=lambda kv: kv[0])):
        orig = _pick_original(group)
        orig_text = frame.at[orig, "text"]
        orig_words = Counter(_WORD.findall(_fold(orig_text if isinstance(orig_text, str) else "")))
        orig_set = sets[orig]
        orig_ts = frame.at[orig, "published"]
        for idx, row in group.iterrows():
            s = sets[idx]
            common = len(np.intersect1d(s, orig_set, assume_unique=True))
            union = len(s) + len(orig_set) - common
            text = row["text"] if isinstance(row["text"], str) else ""
            words = Counter(_WORD.findall(_fold(text)))
            rows.append(
                {
                    "article_id": row["article_id"],
                    "outlet": row["outlet"],
                    "published": row["published"],
                    "group": group_no,
                    "group_size": len(group),
                    "original_id": frame.at[orig, "article_id"],
                    "is_original": idx == orig,
                    "similarity": round(common / union, 4) if union else 1.0,
                    "containment": round(common / len(s), 4) if len(s) else 1.0,
                    "words_added": int(sum((words - orig_words).values())),
                    "words_removed": int(sum((orig_words - words).values())),
                    "lag_hours": _lag_hours(row["published"], orig_ts),
                }
            )
    return pd.DataFrame(rows, columns=columns)


def _identity(value: int) -> int:
    return value


def copy_groups(copies: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per copy group: the original, who copied it and how much the copies changed.

    Parameters
    ----------
    copies : pandas.DataFrame
        Output of :func:`find_copies`.
    articles : pandas.DataFrame, optional
        Articles with ``article_id`` and ``title``, to show the original's title.

    Returns
    -------
    pandas.DataFrame
        ``group``, ``original_outlet``, ``original_title`` (when ``articles``
        has titles), ``published`` (the original's), ``copies`` (number of
        copies), ``copied_by`` (outlets, sorted, comma-separated),
        ``median_lag_hours``, ``mean_similarity`` (Jaccard of shingles with the
        original), ``median_words_added`` and ``median_words_removed``.
    """
    columns = ["group", "original_outlet", "original_title", "published", "copies", "copied_by",
               "median_lag_hours", "mean_similarity", "median_words_added", "median_words_removed"]
    if copies.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    for group, part in copies.groupby("group", sort=True):
        orig = part[part["is_original"]].iloc[0]
        others = part[~part["is_original"]]
        rows.append(
            {
                "group": group,
                "original_id": orig["article_id"],
                "original_outlet": orig["outlet"],
                "published": orig["published"],
                "copies": len(others),
                "copied_by": ", ".join(sorted(set(others["outlet"].astype(str)))),
                "median_lag_hours": float(others["lag_hours"].median()) if others["lag_hours"].notna().any() else np.nan,
                "mean_similarity": round(float(others["similarity"].mean()), 2),
                "median_words_added": float(others["words_added"].median()),
                "median_words_removed": float(others["words_removed"].median()),
            }
        )
    out = pd.DataFrame(rows)
    if articles is not None and "title" in articles:
        titles = dict(zip(articles["article_id"], articles["title"], strict=False))
        out["original_title"] = out["original_id"].map(titles)
    else:
        out["original_title"] = None
    return out[columns]


def _default_outlets() -> pd.DataFrame:
    try:
        from toolkit.datasets import load_outlets

        return load_outlets()
    except (ImportError, FileNotFoundError, AttributeError):
        return pd.DataFrame(columns=["outlet", "type"])


def join_outlets(frame: pd.DataFrame, outlets: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return ``frame`` with the outlet registry's columns joined on ``outlet``.

    Adds ``outlet_name``, ``outlet_type``, ``outlet_country``,
    ``outlet_language`` and ``state_affiliated``; outlets missing from the
    registry get ``outlet_type`` and ``outlet_country`` ``"unknown"``.
    Registry columns the frame already has are replaced. The input is not
    modified. Works on any frame with an ``outlet`` column (articles,
    copies, attributions, reported counts), so every chart can group by
    outlet type or country.

    Examples
    --------
    >>> import pandas as pd
    >>> registry = pd.DataFrame({"outlet": ["a.example"], "type": ["wire"], "country": ["GB"]})
    >>> join_outlets(pd.DataFrame({"outlet": ["a.example", "b.example"]}), registry)["outlet_type"].tolist()
    ['wire', 'unknown']
    """
    registry = _default_outlets() if outlets is None else outlets
    registry = registry.rename(
        columns={"name": "outlet_name", "type": "outlet_type", "country": "outlet_country", "language": "outlet_language"}
    )
    keep = [c for c in ["outlet", "outlet_name", "outlet_type", "outlet_country", "outlet_language", "state_affiliated"] if c in registry]
    # registry columns already in the frame are replaced, never suffixed
    base = frame.drop(columns=[c for c in keep if c != "outlet" and c in frame])
    out = base.merge(registry[keep].drop_duplicates("outlet"), on="outlet", how="left")
    for column in ("outlet_type", "outlet_country"):
        if column in out:
            out[column] = out[column].fillna("unknown")
    return out


# ---------------------------------------------------- attention and timing ---


def attention_over_time(articles: pd.DataFrame, freq: str = "W", by: str = "outlet") -> pd.DataFrame:
    """Count articles per period and group (outlet by default).

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles with ``published`` and the ``by`` column.
    freq : str
        pandas period alias: ``"D"``, ``"W"``, ``"M"``.
    by : str
        Grouping column (``"outlet"``, or ``"outlet_type"`` after :func:`join_outlets`).

    Returns
    -------
    pandas.DataFrame
        ``period`` (start of the period, UTC), ``by`` value, ``articles``.
    """
    dated = articles[articles["published"].notna()]
    period = dated["published"].dt.tz_convert(None).dt.to_period(freq).dt.start_time.dt.tz_localize("UTC")
    counts = dated.assign(period=period).groupby(["period", by], observed=True).size().rename("articles").reset_index()
    return counts.sort_values(["period", by], kind="stable").reset_index(drop=True)


def event_coverage(events: pd.DataFrame, consolidated: pd.DataFrame) -> pd.DataFrame:
    """Which outlets reported each consolidated event, and how long after the first report.

    Parameters
    ----------
    events : pandas.DataFrame
        Event mentions (EVENTS schema).
    consolidated : pandas.DataFrame
        Consolidated events (CONSOLIDATED_EVENTS schema) whose ``event_ids``
        list the mentions merged.

    Returns
    -------
    pandas.DataFrame
        One row per event and outlet: ``event_key``, ``event_type``,
        ``date``, ``outlet``, ``first_seen`` (that outlet's earliest
        article), ``lag_hours`` after the event's first report, ``mentions``.
    """
    link = consolidated[["event_key", "event_type", "date", "event_ids"]].explode("event_ids")
    link = link.rename(columns={"event_ids": "event_id", "date": "event_date"})
    merged = link.merge(events[["event_id", "outlet", "published"]], on="event_id", how="inner")
    per = (
        merged.groupby(["event_key", "event_type", "event_date", "outlet"], dropna=False)
        .agg(first_seen=("published", "min"), mentions=("event_id", "size"))
        .reset_index()
    )
    first = per.groupby("event_key")["first_seen"].transform("min")
    # a date without time of day (00:00) counts in whole days, as in find_copies
    per["lag_hours"] = [_lag_hours(t, f) for t, f in zip(per["first_seen"], first, strict=True)]
    per["lag_hours"] = per["lag_hours"].astype(float).round(1)
    per = per.rename(columns={"event_date": "date"})
    return per.sort_values(["date", "event_key", "lag_hours", "outlet"], kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------- numbers ---

_QUALIFIER_WORDS = {
    "exact": "",
    "more_than": "more than ",
    "at_least": "at least ",
    "about": "about ",
    "up_to": "up to ",
}


def format_count(count: Any, qualifier: Any) -> str | None:
    """Render a count with its qualifier, e.g. ``"more than 50"``."""
    if count is None or pd.isna(count):
        return None
    q = qualifier if isinstance(qualifier, str) else "exact"
    return f"{_QUALIFIER_WORDS.get(q, '')}{int(count)}"


def reported_counts_table(counts: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Wide view of :func:`reported_counts`: one row per event, one column per outlet (or ``by`` group).

    Each cell lists what that outlet printed, e.g. ``"52; more than 50"``; a
    cell is empty when the outlet reported no count for the event.
    """
    if counts.empty:
        return pd.DataFrame()
    frame = counts.assign(
        event=counts["date"].dt.strftime("%Y-%m-%d").fillna("undated") + " " + counts["event_type"].astype(str)
    )
    cells = (
        frame.sort_values(["count", "reported"], kind="stable")
        .groupby(["event", by], sort=True)["reported"]
        .agg(lambda values: "; ".join(dict.fromkeys(values)))
    )
    return cells.unstack(by).fillna("").rename_axis(columns=None)


def reported_counts(events: pd.DataFrame, consolidated: pd.DataFrame) -> pd.DataFrame:
    """The counts each outlet printed for each consolidated event.

    Returns
    -------
    pandas.DataFrame
        ``event_key``, ``event_type``, ``date``, ``outlet``, ``count``,
        ``count_qualifier``, ``reported`` (e.g. ``"more than 50"``),
        ``articles`` (how many of the outlet's articles said so) and
        ``disputed`` (from the consolidated event).
    """
    link = consolidated[["event_key", "event_type", "date", "disputed", "event_ids"]].explode("event_ids")
    link = link.rename(columns={"event_ids": "event_id", "date": "event_date"})
    cols = ["event_id", "article_id", "outlet", "count", "count_qualifier"]
    merged = link.merge(events[cols], on="event_id", how="inner")
    merged = merged[merged["count"].notna()]
    merged["count_qualifier"] = merged["count_qualifier"].fillna("exact")
    out = (
        merged.groupby(["event_key", "event_type", "event_date", "outlet", "count", "count_qualifier", "disputed"], dropna=False)
        .agg(articles=("article_id", "nunique"))
        .reset_index()
        .rename(columns={"event_date": "date"})
    )
    out["reported"] = [format_count(c, q) for c, q in zip(out["count"], out["count_qualifier"], strict=True)]
    order = ["event_key", "event_type", "date", "outlet", "count", "count_qualifier", "reported", "articles", "disputed"]
    return out[order].sort_values(["date", "event_key", "outlet", "count"], kind="stable").reset_index(drop=True)


# ----------------------------------------------------------- framing words ---

_TERM = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]", re.UNICODE)


def _counts(texts: Iterable[str], ngram: int, stop: frozenset[str]) -> Counter[str]:
    total: Counter[str] = Counter()
    for text in texts:
        words = [w.replace("’", "'") for w in _TERM.findall(_fold(text or ""))]
        if ngram == 1:
            total.update(w for w in words if w not in stop)
        else:
            total.update(
                " ".join(words[i : i + ngram])
                for i in range(len(words) - ngram + 1)
                if words[i] not in stop and words[i + ngram - 1] not in stop
            )
    return total


def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


def distinctive_terms(
    articles: pd.DataFrame,
    by: str = "outlet",
    a: str | Sequence[str] | None = None,
    b: str | Sequence[str] | None = None,
    *,
    ngram: int = 1,
    prior_scale: float = 1.0,
    min_count: int = 3,
    stop_words: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Words that set group ``a`` apart from group ``b``: "Fightin' Words" log-odds.

    The log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi
    and Quinn 2008, eq. 16-22): with counts ``y_a``, ``y_b``, totals ``n_a``,
    ``n_b`` and prior pseudo-counts ``alpha_w`` proportional to the term's
    count in the whole corpus (summing to ``alpha_0``),

    ``delta_w = log((y_aw + alpha_w) / (n_a + alpha_0 - y_aw - alpha_w))
    - log((y_bw + alpha_w) / (n_b + alpha_0 - y_bw - alpha_w))``,

    ``var(delta_w) ~ 1 / (y_aw + alpha_w) + 1 / (y_bw + alpha_w)`` and
    ``z = delta_w / sqrt(var)``. Positive z leans to ``a``.

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles with ``text`` and the ``by`` column.
    by : str
        Column that defines the groups (``"outlet"``, ``"outlet_type"``, ...).
    a, b : str or sequence of str, optional
        Values of ``by`` in each group. ``b`` defaults to every other row;
        ``a`` defaults to the most frequent value.
    ngram : int
        1 for words, 2 for two-word phrases.
    prior_scale : float
        ``alpha_0`` as a multiple of the corpus size in tokens (1.0: the
        corpus counts themselves are the prior).
    min_count : int
        Drop terms seen fewer times than this in a and b together.
    stop_words : iterable of str, optional
        Terms to ignore (default: scikit-learn's English list).

    Returns
    -------
    pandas.DataFrame
        ``term``, ``count_a``, ``count_b``, ``delta``, ``se``, ``z``, ``leans``
        (``a`` or ``b``), sorted by ``z`` descending.
    """
    if by not in articles:
        raise KeyError(f"distinctive_terms: no column {by!r}; use one of {list(articles.columns)}")
    values = articles[by].astype("string")
    a_vals = [a] if isinstance(a, str) else list(a) if a is not None else [values.value_counts().index[0]]
    in_a = values.isin(a_vals).fillna(False).to_numpy(bool)
    if b is None:
        in_b = ~in_a
    else:
        b_vals = [b] if isinstance(b, str) else list(b)
        in_b = values.isin(b_vals).fillna(False).to_numpy(bool)
    if not in_a.any() or not in_b.any():
        raise ValueError(f"distinctive_terms: group {'a' if not in_a.any() else 'b'} has no articles in column {by!r}")
    stop = frozenset(stop_words) if stop_words is not None else _stop_words()
    texts = articles["text"].fillna("")
    prior = _counts(texts, ngram, stop)
    ya = _counts(texts[in_a], ngram, stop)
    yb = _counts(texts[in_b], ngram, stop)
    terms = sorted(t for t in prior if ya.get(t, 0) + yb.get(t, 0) >= min_count)
    if not terms:
        return pd.DataFrame(columns=["term", "count_a", "count_b", "delta", "se", "z", "leans"])
    total_prior = sum(prior.values())
    alpha0 = prior_scale * total_prior
    alpha = np.array([prior[t] for t in terms], float) * (alpha0 / total_prior)
    ca = np.array([ya.get(t, 0) for t in terms], float)
    cb = np.array([yb.get(t, 0) for t in terms], float)
    na, nb = float(sum(ya.values())), float(sum(yb.values()))
    delta = np.log((ca + alpha) / (na + alpha0 - ca - alpha)) - np.log((cb + alpha) / (nb + alpha0 - cb - alpha))
    se = np.sqrt(1.0 / (ca + alpha) + 1.0 / (cb + alpha))
    z = delta / se
    out = pd.DataFrame(
        {"term": terms, "count_a": ca.astype(int), "count_b": cb.astype(int), "delta": delta.round(4), "se": se.round(4), "z": z.round(3)}
    )
    out["leans"] = np.where(out["z"] >= 0, "a", "b")
    return out.sort_values(["z", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)


# Words that may stand before a name as its title or epithet ("authoritarian leader Alexander Lukashenko").
_EPITHET = re.compile(
    r"((?:[\w’'-]+\s){0,3}?(?:leader|president|ruler|dictator|strongman|head|envoy|chief|minister|"
    r"spokesman|spokeswoman|spokesperson|official|opposition\sleader|laureate|activist|politician)"
    r"(?:\s(?:of|for)\s[\w’'-]+)?)\s+$",
    re.I,
)


def actor_naming(articles: pd.DataFrame, names: dict[str, Sequence[str]], by: str = "outlet") -> pd.DataFrame:
    """How each outlet names the key actors: the title or epithet before the name.

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles with ``text`` and the ``by`` column.
    names : dict
        Canonical actor -> spellings to look for, e.g.
        ``{"Alexander Lukashenko": ["Lukashenko", "Lukashenka"]}``.
    by : str
        Grouping column.

    Returns
    -------
    pandas.DataFrame
        ``by`` value, ``actor``, ``naming`` (e.g. ``"authoritarian leader"``,
        ``"President"``, or ``"(name only)"``), ``mentions``.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"outlet": ["a.example"], "text": ["Belarus' authoritarian leader Alexander Lukashenko met him."]})
    >>> actor_naming(df, {"Lukashenko": ["Lukashenko"]})["naming"].tolist()
    ['authoritarian leader']
    """
    rows = []
    for actor, spellings in names.items():
        alts = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
        pattern = re.compile(rf"(?:\b[A-Z][a-z]+\s)?\b(?:{alts})\b")
        for group, text in zip(articles[by], articles["text"].fillna(""), strict=True):
            for m in pattern.finditer(text):
                before = text[max(0, m.start() - 80) : m.start()]
                before = re.split(r"[.!?;:,\"“”()]", before)[-1]
                e = _EPITHET.search(before + " ")
                if e:
                    # "on the phone with Belarusian leader": the epithet starts after the last preposition
                    naming = re.split(r"\b(?:with|by|to|on|in|at|from|and|that|as|when|after|before|than)\s+", e.group(1).strip())[-1]
                    naming = re.sub(r"^(?:the|a|an|belarus[’']?s?|belarusian)\s+", "", naming, flags=re.I)
                    naming = naming.strip() or "(name only)"
                else:
                    naming = "(name only)"
                rows.append({by: group, "actor": actor, "naming": naming})
    frame = pd.DataFrame(rows, columns=[by, "actor", "naming"])
    out = frame.groupby([by, "actor", "naming"]).size().rename("mentions").reset_index()
    return out.sort_values([by, "actor", "mentions", "naming"], ascending=[True, True, False, True], kind="stable").reset_index(drop=True)


# ------------------------------------------------------------- attribution ---

# Verbs and phrases that attribute a statement to a speaker, by the kind of act.
_VERBS = (
    r"said|says|say|told|tells|added|adds|stated|announced|announces|reported|reports|wrote|writes|"
    r"noted|claimed|claims|argued|insisted|warned|confirmed|denied|described|stressed|explained|"
    r"urged|called|emphasi[sz]ed|declared|quoted|cited|acknowledged|alleged|posted|tweeted|"
    r"welcomed|condemned|critici[sz]ed|cautioned|cautions?|warns?|notes|urges|insists|argues"
)
_VERB = re.compile(rf"\b(?:{_VERBS})\b")
# What "told" is told to: kept in the cue ("told The Associated Press", "told reporters").
_TOLD_OBJECT = re.compile(
    r"\s+((?:the\s+)?(?:[A-Z][\w’'.-]*\s?){1,4}|reporters|journalists|lawmakers|parliament|the media|state television|state media)"
)
_ACCORDING = re.compile(r"\baccording to\s+")
# Where the statement was made, kept in the cue ("said in a statement", "wrote on Telegram").
_CUE_TAIL = re.compile(
    r"\s+(in an? (?:joint |written |separate )?(?:statement|interview|post|video|letter|address)"
    r"|on (?:Telegram|X|Twitter|Facebook|Instagram|social media|state television))\b"
)
# Words between a speaker and the verb ("Coale also said", "The ministry has repeatedly warned").
_ADVERBS = frozenset(
    "also later then previously earlier has had have was were is repeatedly again reportedly publicly separately "
    "further itself himself herself".split()
)
# Heads that name a person other than the one in a possessive before them ("Tsikhanouskaya's adviser").
_PERSON_HEADS = frozenset(
    "envoy envoys spokesperson spokesman spokeswoman adviser advisor lawyer lawyers aide aides daughter son wife "
    "husband official officials diplomat diplomats negotiator minister ambassador secretary deputy colleague "
    "colleagues ally allies analyst".split()
)
_PRONOUNS = {"he", "she", "they", "He", "She", "They"}
# Lower-case words that can sit inside a speaker phrase ("Belarus’ state news agency Belta").
_DESCRIPTOR = frozenset(
    """the a an of for and state state-run news agency agencies media television tv opposition leader leaders
    exiled special envoy envoys presidential press service office official officials spokesperson spokesman
    spokeswoman ministry minister foreign interior justice rights human group groups organisation organization
    center centre secretary department council embassy government president prime deputy senior top chief head
    adviser advisor activist activists lawyer lawyers laureate daughter son wife husband former acting u.s.
    us european union eu lithuanian belarusian american russian ukrainian polish german his her their its
    nobel peace prize-winning co-founder founder director diplomat diplomats source sources negotiator
    to administration side figure figures politician politicians relatives family colleague colleagues ally allies
    supporters fellow our desk legal editor correspondent ambassador analyst analysts aide aides monitoring
    volunteer volunteers campaign team staff people familiar defenders defender monitors observers experts""".split()
)
_NAME_TOKEN = re.compile(r"^(?:[A-ZА-ЯЁ][\w’'.-]*|U\.S\.|EU|UN)$")
_TOKEN = re.compile(r"[\w’'.-]+")

# Words that tell what kind of speaker a phrase names, when the gazetteer does not know it.
_TYPE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("unnamed", re.compile(r"\b(?:sources?|people familiar|person familiar|condition of anonymity|declined to be named)\b", re.I)),
    ("state_media", re.compile(r"\bstate(?:-run)?\s+(?:news\s+agency|media|television|tv|broadcaster|newspaper)|\bbelta\b|\btass\b|\bria\b", re.I)),
    ("rights_group", re.compile(r"\b(?:rights\s+(?:groups?|cent(?:er|re)s?|organi[sz]ations?|defenders?)|human\s+rights|watchdog|ngos?|"
                                 r"non-governmental|viasna|amnesty|monitoring group|volunteer group|charity|foundation|"
                                 r"[A-Z]\w+ Watch|aid (?:group|network|organi[sz]ation)|relief|humanitarian (?:group|organi[sz]ation))\b", re.I)),
    ("opposition", re.compile(r"\b(?:opposition|exiled|dissident|pro-democracy)\b", re.I)),
    ("wire", re.compile(r"\b(?:associated press|reuters|agence france-presse|afp|dpa|news agency|wire service)\b", re.I)),
    ("government", re.compile(r"\b(?:envoy|minister|ministry|official|officials|spokes(?:person|man|woman)|president|presidential|government|department|embassy|council|secretary|diplomat|administration|white house|kremlin|state department|treasury|press service|head of state|(?:american|belarusian|lithuanian|russian|polish|us|u\.s\.) side)\b", re.I)),
)
_COUNTRY_CUES = (
    ("US", re.compile(r"\b(?:u\.s\.|us|american|washington|white house|state department|treasury|trump)\b", re.I)),
    ("Belarus", re.compile(r"\b(?:belarus(?:ian)?|minsk)\b", re.I)),
    ("Lithuania", re.compile(r"\b(?:lithuania(?:n)?|vilnius)\b", re.I)),
    ("EU", re.compile(r"\b(?:eu|european union|brussels)\b", re.I)),
    ("Russia", re.compile(r"\b(?:russia(?:n)?|kremlin|moscow)\b", re.I)),
    ("Ukraine", re.compile(r"\b(?:ukrain(?:e|ian)|kyiv)\b", re.I)),
    ("Poland", re.compile(r"\b(?:poland|polish|warsaw)\b", re.I)),
)
_QUOTE = re.compile(r"“([^”]{2,}?)”|\"([^\"]{2,}?)\"|«([^»]{2,}?)»")


def _default_lookup() -> Any:
    """Name lookup from the events stage's gazetteer (same spellings, same fuzzy rules)."""
    from toolkit.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()

    def lookup(name: str) -> tuple[str, str | None, str | None, str | None] | None:
        canonical, entry = gazetteer.normalize(name)
        if entry is None:
            return None
        return canonical, entry.role, entry.country or None, entry.kind

    return lookup


def _speaker_before(frame: str, end: int) -> tuple[int, int] | None:
    """Span of the speaker phrase that ends just before ``end`` in ``frame``."""
    tokens = list(_TOKEN.finditer(frame, 0, end))
    # skip adverbs between speaker and verb ("Coale also said")
    while tokens and tokens[-1].group(0).lower() in _ADVERBS:
        if frame[tokens[-1].end() : end].strip(" ") and not all(
            w.lower() in _ADVERBS for w in frame[tokens[-1].end() : end].split()
        ):
            return None
        tokens.pop()
    if not tokens:
        return None
    last = tokens[-1]
    gap = frame[last.end() : end].split()
    if gap and not all(w.lower() in _ADVERBS for w in gap):
        return None
    if last.group(0) in _PRONOUNS:
        return last.start(), last.end()
    start_tok = None
    has_name_or_head = False
    for tok in reversed(tokens):
        word = tok.group(0)
        gap = frame[tok.end() : (start_tok.start() if start_tok else last.end())]
        if gap.strip(" ’'") not in ("",):
            break
        if _NAME_TOKEN.match(word) or word.lower().rstrip("’'s") in _DESCRIPTOR or word.lower() in _DESCRIPTOR:
            if word[0].isupper() and word.lower() not in _DESCRIPTOR:
                has_name_or_head = True
            elif word.lower() in _DESCRIPTOR and word.lower() not in {"the", "a", "an", "of", "for", "and", "his", "her", "their", "its"}:
                has_name_or_head = True
            start_tok = tok
        else:
            break
    if start_tok is None or not has_name_or_head:
        return None
    # a phrase never starts with a connective
    phrase_tokens = [t for t in tokens if t.start() >= start_tok.start()]
    while phrase_tokens and phrase_tokens[0].group(0).lower() in {"of", "for", "and", "to"}:
        phrase_tokens.pop(0)
    while phrase_tokens and phrase_tokens[-1].group(0).lower() in {"of", "for", "and", "to", "the", "a", "an", "our"}:
        phrase_tokens.pop()
    if not phrase_tokens:
        return None
    return phrase_tokens[0].start(), phrase_tokens[-1].end()


def _speaker_after(frame: str, start: int) -> tuple[int, int] | None:
    """Span of the speaker phrase that starts at ``start`` (after an inverted verb)."""
    tokens = list(_TOKEN.finditer(frame, start))
    first = None
    last = None
    for tok in tokens:
        word = tok.group(0)
        gap = frame[(last.end() if last else start) : tok.start()]
        if gap.strip(" ’'") not in ("",):
            break
        if _NAME_TOKEN.match(word) or word.lower().rstrip(".") in _DESCRIPTOR:
            first = first or tok
            last = tok
            if word.endswith(".") and word.lower() not in {"u.s.", "jr.", "st."}:
                break  # the sentence ends here
        else:
            break
    if first is None or last is None:
        return None
    end = last.end() - (1 if frame[last.end() - 1] == "." and last.group(0).lower() not in {"u.s.", "jr.", "st."} else 0)
    words = list(_TOKEN.finditer(frame, first.start(), end))
    while words and words[-1].group(0).lower().rstrip(".") in {"of", "for", "and", "to", "the", "a", "an", "our"}:
        words.pop()
    return (first.start(), words[-1].end()) if words else None


def _name_run(words: list[str]) -> str:
    run: list[str] = []
    for w in (w.strip("«»“”\"") for w in reversed(words)):
        if _NAME_TOKEN.match(w) and w.lower() not in _DESCRIPTOR and w not in {"U.S.", "EU", "UN"} and not _RU_DESCRIPTOR.match(w):
            run.append(w)
        elif run:
            break
    return " ".join(reversed(run))


def _name_part(phrase: str) -> tuple[str, str]:
    """Split a speaker phrase into the speaker's name and an affiliation that only classifies them.

    "leader Sviatlana Tsikhanouskaya" -> ("Sviatlana Tsikhanouskaya", "");
    "Kiryl Marozau of Belarus Prisoner Watch" -> ("Kiryl Marozau", "Belarus Prisoner Watch");
    "a spokesperson for the State Department" -> ("", "State Department");
    "Tsikhanouskaya's adviser" -> ("", "Tsikhanouskaya"); "Lukashenko's office" -> ("Lukashenko", "");
    "the envoy to Belarus" -> ("", "") (a destination says nothing about the speaker).
    """
    m = re.search(r"\s+(of|for|to|at)\s+", phrase)
    head, sep, tail = (phrase[: m.start()], m.group(1), phrase[m.end() :]) if m else (phrase, "", "")
    words = head.split()
    if words and words[-1].lower() in _PERSON_HEADS and any(w.endswith(("’s", "'s")) for w in words[:-1]):
        # the possessor is not the speaker
        return "", _name_run([w.replace("’s", "").replace("'s", "") for w in words[:-1]])
    name = _name_run([w.replace("’s", "").replace("'s", "") for w in words])
    affiliation = "" if sep == "to" else _name_run(tail.replace("’s", "").replace("'s", "").split())
    return name, affiliation


# Russian stems for the same kinds and countries (checked after the English cues).
_RU_TYPE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("unnamed", re.compile(r"(?<!\w)(?:источник|собеседник)", re.I)),
    ("state_media", re.compile(r"(?<!\w)(?:белта|тасс|риа|государственн\w*\s+(?:информационн\w*\s+)?агентств)", re.I)),
    ("rights_group", re.compile(r"(?<!\w)(?:правозащит|вясн)", re.I)),
    ("opposition", re.compile(r"(?<!\w)(?:оппозиц)", re.I)),
    ("government", re.compile(r"(?<!\w)(?:пресс-служб|министерств|мид|посланник|спецпосланник|президент|глав\w*\s+государств|"
                              r"сторон|правительств|администрац|ведомств|дипломат|министр|посольств)", re.I)),
)
_RU_COUNTRY_CUES = (
    ("US", re.compile(r"(?<!\w)(?:американ|сша|вашингтон|трамп)", re.I)),
    ("Belarus", re.compile(r"(?<!\w)(?:белорус|беларус|минск|глав\w*\s+государств|лукашенк)", re.I)),
    ("Lithuania", re.compile(r"(?<!\w)(?:литов|литв|вильнюс)", re.I)),
    ("Russia", re.compile(r"(?<!\w)(?:российск|росси|кремл|москв)", re.I)),
)


def _country(phrase: str) -> str | None:
    return next((c for c, pat in (*_COUNTRY_CUES, *_RU_COUNTRY_CUES) if pat.search(phrase)), None)


def _classify(phrase: str, found: tuple[str, ...] | None) -> tuple[str, str | None]:
    if found is not None and len(found) > 3 and found[3] in {"place", "country"}:
        # a capital or country speaking ("Washington announced") is its government
        return "government", found[2]
    if found is not None and found[1]:
        role = found[1]
        country = found[2]
        if role == "government" and country is None:
            country = _country(phrase)
        return (role if role in ATTRIBUTIONS["speaker_type"].allowed else "other"), country
    for kind, pattern in (*_TYPE_CUES, *_RU_TYPE_CUES):
        if pattern.search(phrase):
            return kind, (_country(phrase) if kind == "government" else None)
    return ("unnamed" if phrase.lower() in {"he", "she", "they"} else "other"), None


def _blocks(text: str) -> list[tuple[int, int]]:
    """Sentences, with a quotation that runs over several sentences kept in one block."""
    spans = sentence_spans(text)
    blocks: list[tuple[int, int]] = []
    open_start: int | None = None
    depth = 0
    for start, end in spans:
        chunk = text[start:end]
        opened = chunk.count("“") - chunk.count("”")
        if open_start is not None:
            depth += opened
            if depth <= 0:
                blocks.append((open_start, end))
                open_start = None
            continue
        if opened > 0:
            open_start, depth = start, opened
            continue
        blocks.append((start, end))
    if open_start is not None:
        blocks.append((open_start, spans[-1][1]))
    return blocks


def attributions_from_text(text: str, lookup: Any = None) -> list[dict[str, Any]]:
    """Attributed statements in one article text: a pure per-document function.

    Finds the speaker of each cue ("X said", "said X", "according to X",
    "X told The Associated Press", "X said in a statement", "X described ...
    as “...”", "a spokesperson for X said", "She added:", and "X welcomed ...
    and called ..." where the second verb shares the subject), resolves
    pronouns and definite descriptions ("the U.S. envoy") to the last named
    person they fit, normalises names with the gazetteer and classifies the
    speaker. Russian sentences get their own cues ("сообщила пресс-служба",
    "как заявил журналистам X", "по словам X", «...» quotations).

    A quotation of a single word ("extremism") is a term in quotation
    marks, not a quoted statement: it does not make a statement direct.

    Parameters
    ----------
    text : str
        Clean article text.
    lookup : callable, optional
        ``name -> (canonical, role, country, kind) | None``; defaults to the
        events stage's gazetteer.

    Returns
    -------
    list of dict
        ATTRIBUTIONS fields without ``article_id`` and ``outlet``.

    Examples
    --------
    >>> rows = attributions_from_text("“We will keep counting,” said Ales Kovalenko, a spokesman for the rights group.",
    ...                               lookup=lambda name: None)
    >>> [(r["speaker_norm"], r["speaker_type"], r["cue"], r["direct"]) for r in rows]
    [('Ales Kovalenko', 'rights_group', 'said', True)]
    """
    if lookup is None:
        lookup = _default_lookup()
    lookup = _with_russian_cases(lookup)
    text = text or ""
    out: list[dict[str, Any]] = []
    last_person: tuple[str, str, str | None, str | None] | None = None  # as written, norm, type, country
    # people named so far with the words around their first mention, for "the envoy" style references
    named: list[tuple[str, str, str | None, str | None, str, int]] = []
    for start, end in _blocks(text):
        sentence = text[start:end]
        quotes = [(m.start(), m.end(), next(g for g in m.groups() if g)) for m in _QUOTE.finditer(sentence)]
        # the frame is the sentence with quotations blanked, so cue words inside quotes never match
        frame = list(sentence)
        for qs, qe, q in quotes:
            if len(q.split()) < 2:
                continue  # «Вясна», "extremism": a name or a term, part of the sentence
            for i in range(qs, qe):
                frame[i] = " " if sentence[i] not in "“”\"«»" else sentence[i]
        frame_text = "".join(frame)
        # a one-word quotation is a term in quotation marks, not a quoted statement
        spoken = [q for _, _, q in quotes if len(q.split()) > 1]
        introduced = []
        for m in _NAMES_IN.finditer(frame_text):
            # "США Дональдом Трампом": try the whole run, then its last words
            words = list(re.finditer(r"\S+", m.group(0)))
            for w in words:
                name = m.group(0)[w.start() :]
                found = lookup(name)
                if found is not None and (len(found) < 4 or found[3] == "person"):
                    at = m.start() + w.start()
                    lo = max(0, at - 80)
                    context = frame_text[lo : m.end() + 80]
                    introduced.append((name, found[0], found[1], found[2], context, at - lo))
                    break
        if _CYRILLIC.search(frame_text):
            hits = _russian_hits(frame_text)
        else:
            hits = _english_hits(frame_text)
        seen: set[tuple[int, int, str]] = set()
        for s0, s1, cue, extra, vend in sorted(hits, key=lambda h: (h[0], h[1], h[4])):
            if (s0, s1, cue) in seen:
                continue
            seen.add((s0, s1, cue))
            phrase = frame_text[s0:s1].strip().rstrip(".,;:")
            name, affiliation = _name_part(phrase)
            found = lookup(name) if name else None
            if found is None and not name and not affiliation:
                # "The State Department": a known organisation made of common words
                whole = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
                found = lookup(whole) if whole and whole[0].isupper() else None
                found = found if found is not None and len(found) > 3 and found[3] == "org" else None
            norm = found[0] if found else (name or None)
            by = None
            if found is None and affiliation:
                # whom the speaker works for classifies them ("a spokesman for Tsikhanouskaya")
                by = lookup(affiliation)
                by = by if by is not None and len(by) > 3 and by[3] in {"person", "org"} else None
            kind_role = _classify(f"{phrase} {extra}".strip(), found or by)
            if phrase in _PRONOUNS and last_person is not None:
                norm, kind_role = last_person[1], (last_person[2], last_person[3])
            elif not name:
                # a definite description: the last named person whose first mention it fits
                # ("the president", "the head of state" are left unresolved: articles name several presidents)
                head = phrase.lower().split()[-1] if phrase.split() else ""
                stem = head[: max(5, len(head) - 2)] if _CYRILLIC.search(head) else head
                if stem and (head in _PERSON_HEADS or _RU_PERSON_HEAD.match(head)):
                    # the person named closest to the same description ("envoy ... John Coale")
                    best = None
                    for order, person in enumerate(named):
                        for dm in re.finditer(rf"\b{re.escape(stem)}", person[4], re.I):
                            key = (abs(dm.start() - person[5]), -order)
                            if best is None or key < best[0]:
                                best = (key, person)
                    if best is not None:
                        person = best[1]
                        norm, kind_role = person[1], ((person[2] or kind_role[0]), person[3])
            speaker_type, country = kind_role
            if speaker_type not in ATTRIBUTIONS["speaker_type"].allowed:
                speaker_type = "other"
            direct = bool(spoken)
            if direct:
                quote = " … ".join(q.strip().rstrip(",") for q in spoken)
            else:
                quote = _reported(sentence, s0, cue, vend)
            out.append(
                {
                    "speaker": phrase,
                    "speaker_norm": norm,
                    "speaker_type": speaker_type,
                    "speaker_country": country,
                    "cue": cue,
                    "direct": direct,
                    "quote": quote,
                    "sentence": sentence,
                    "start": start,
                    "end": end,
                }
            )
            if found is not None and len(found) > 3 and found[3] != "person":
                continue
            if found is not None or (norm and speaker_type in {"government", "opposition", "rights_group"} and phrase not in _PRONOUNS):
                if cue not in {"according to", "по словам"} and (found is None or found[1] != "state_media"):
                    last_person = (phrase, norm, speaker_type, country)
        named.extend(introduced)
    return out


_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# Case endings of Russian names ("Джоном Коулом", "Лукашенко" stays), longest first.
_RU_ENDINGS = ("ому", "ему", "ого", "его", "ой", "ом", "ем", "ым", "им", "а", "я", "у", "ю", "е")


def _with_russian_cases(lookup: Any) -> Any:
    """Wrap a name lookup so inflected Russian names also resolve ("Джоном Коулом" -> "Джон Коул")."""

    def wrapped(name: str) -> Any:
        found = lookup(name)
        if found is not None or not _CYRILLIC.search(name):
            return found
        words = name.split()
        for ending in _RU_ENDINGS:
            stems = [w[: -len(ending)] if w.endswith(ending) and len(w) > len(ending) + 2 else w for w in words]
            if stems != words:
                found = lookup(" ".join(stems))
                if found is not None:
                    return found
        return None

    return wrapped



def _english_hits(frame_text: str) -> list[tuple[int, int, str, str, int]]:
    """Speaker spans in one English sentence: (start, end, cue, apposition, end of the cue or -1)."""
    hits: list[tuple[int, int, str, str, int]] = []
    for vm in _VERB.finditer(frame_text):
        span = _speaker_before(frame_text, vm.start())
        cue = vm.group(0)
        vend = vm.end()
        extra = ""
        if span is None:
            # "John Coale, the U.S. special envoy, said" / "Officials who spoke on condition of anonymity said"
            m = _APPOSITION_BEFORE.search(frame_text, 0, vm.start())
            if m:
                inner = _speaker_before(frame_text, m.end("head"))
                if inner is not None:
                    span, extra = inner, m.group("extra")
        if span is None and hits and re.search(r"\band\s+$", frame_text[: vm.start()]):
            # "X welcomed the releases and called on ...": the second verb shares the subject
            span, extra = (hits[-1][0], hits[-1][1]), hits[-1][3]
        if vm.group(0) in {"told", "tells"}:
            obj = _TOLD_OBJECT.match(frame_text, vm.end())
            if obj:
                cue = f"{cue} {obj.group(1).strip()}"
                vend = obj.end()
        tail = _CUE_TAIL.match(frame_text, vend)
        if tail:
            cue, vend = f"{cue} {tail.group(1)}", tail.end()
        if span is None:
            # inverted: “...,” said Belta / , said the ministry
            before = frame_text[: vm.start()].rstrip()
            if before.endswith((",", "”", '"', "»")) or before.endswith(",”"):
                span = _speaker_after(frame_text, vm.end() + 1)
                if span is not None:
                    m = _APPOSITION_AFTER.match(frame_text, span[1])
                    extra = m.group("extra") if m else ""
                    vend = -1
        if span is not None:
            hits.append((span[0], span[1], cue, extra, vend))
    for am in _ACCORDING.finditer(frame_text):
        span = _speaker_after(frame_text, am.end())
        if span is not None:
            m = _APPOSITION_AFTER.match(frame_text, span[1])
            hits.append((span[0], span[1], "according to", m.group("extra") if m else "", -1))
    return hits


def _reported(frame_text: str, s0: int, cue: str, vend: int) -> str | None:
    """The reported statement: what follows the cue, or what stands before an inverted or closing cue."""
    rest = frame_text[vend:] if vend >= 0 else ""
    rest = re.sub(
        r"^\s*(?:on|last|this|в|во)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|"
        r"afterwards|later|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)?\b",
        "", rest,
    )
    after = re.sub(r"^[\s,]*(?:that|что|:)\s*", "", rest).strip(" ,.")
    before = frame_text[:s0].rstrip()
    ends_clause = not rest.strip() or rest.lstrip().startswith((",", ".", ";"))
    if re.match(r"^\s*(?:Об|об) этом\b", before):
        return None  # "Об этом сообщила X": the statement is the sentence before
    if vend < 0 or (before.endswith(",") and (ends_clause or len(after.split()) < 5)):
        # "..., Belta said Saturday": the statement stands before the speaker
        before = _RU_VERB_AT_END.sub("", before)
        after = re.sub(r",?\s*(?:according to|по словам|как)\s*$", "", before, flags=re.I).strip(" ,.—-")
    return after or None


# Russian cues: reporting verbs in the past and present, the recipient kept in the cue.
_RU_VERB = re.compile(
    r"(?<![\w-])(?:сообщ(?:ил[аои]?|ает|ают)|заяв(?:ил[аои]?|ляет|ляют)|отметил[аои]?|подч[её]ркивал[аои]?|"
    r"подчеркнул[аои]?|сказал[аои]?|добавил[аои]?|рассказал[аои]?|пояснил[аои]?|написал[аои]?|уточнил[аои]?|"
    r"призвал[аои]?|передает|передаёт)(?:\s+(?:журналистам|репортерам|агентству\s+\S+|корреспонденту\s+\S+))?(?![\w-])"
)
_RU_VERB_AT_END = re.compile(rf"\s*(?:{_RU_VERB.pattern})\s*$")
_RU_ACCORDING = re.compile(r"(?<![\w-])(?:[Пп]о словам|[Пп]о данным|[Пп]о информации)\s+")
# Lower-case words that can name or describe a speaker in Russian (stems; any case ending).
_RU_DESCRIPTOR = re.compile(
    r"^(?:пресс-служб|служб|агентств|министерств|мид|ведомств|посланник|посл|президент|глав|государств|"
    r"сторон|правительств|администрац|офис|правозащит|центр|оппозиц|лидер|источник|представител|"
    r"спецпосланник|специальн|американск|белорусск|литовск|российск|государственн|информационн|"
    r"официальн|белорусс|беларус|сша|пресс-секретар|секретар|дипломат|министр)",
    re.I,
)
# Russian descriptions of one person, resolved to the person named closest to the same words.
_RU_PERSON_HEAD = re.compile(r"^(?:посланник|спецпосланник|представител|министр|президент|лидер|дипломат|пресс-секретар|советник|адвокат)", re.I)
_RU_TOKEN = re.compile(r"[\w’'.-]+")
_RU_SKIP = frozenset("также неоднократно ранее уже в этот день в субботу позже вновь".split())


def _ru_phrase_after(frame: str, pos: int) -> tuple[int, int] | None:
    first = last = None
    for tok in _RU_TOKEN.finditer(frame, pos):
        gap = frame[(last.end() if last else pos) : tok.start()]
        if gap.strip().strip("«»\"“”"):
            break
        word = tok.group(0)
        if word[0].isupper() or _RU_DESCRIPTOR.match(word):
            first = first or tok
            last = tok
        else:
            break
    return (first.start(), last.end()) if first and last else None


def _ru_phrase_before(frame: str, end: int) -> tuple[int, int] | None:
    tokens = list(_RU_TOKEN.finditer(frame, 0, end))
    while tokens and tokens[-1].group(0).lower() in _RU_SKIP:
        tokens.pop()
    first = last = None
    for tok in reversed(tokens):
        gap = frame[tok.end() : (first.start() if first else end)].strip().strip("«»\"“”")
        if gap.strip() and not all(w.lower() in _RU_SKIP for w in gap.split()):
            break
        word = tok.group(0)
        if word[0].isupper() or _RU_DESCRIPTOR.match(word):
            last = last or tok
            first = tok
        else:
            break
    if first is None or last is None:
        return None
    phrase_end = last.end()
    if frame[first.start() : phrase_end].count("«") > frame[first.start() : phrase_end].count("»") and frame[phrase_end : phrase_end + 1] == "»":
        phrase_end += 1  # Правозащитный центр «Вясна»
    return first.start(), phrase_end


def _russian_hits(frame_text: str) -> list[tuple[int, int, str, str, int]]:
    """Speaker spans in one Russian sentence, as :func:`_english_hits` returns them."""
    hits: list[tuple[int, int, str, str, int]] = []
    for vm in _RU_VERB.finditer(frame_text):
        # inverted order is the common one: "сообщила пресс-служба", "как заявил журналистам Джон Коул"
        span = _ru_phrase_after(frame_text, vm.end())
        # "Как заявил X, ...": the statement follows the speaker; "..., сообщила X": it comes before
        vend = span[1] if span is not None and frame_text[: vm.start()].strip() in {"", "Как", "как"} else -1
        if span is None:
            span = _ru_phrase_before(frame_text, vm.start())
            vend = vm.end()
            words = frame_text[span[0] : span[1]].split() if span is not None else []
            if words and words[0] in {"В", "в", "Во"}:
                # "В пресс-службе отметили": the office the statement came from
                span = (frame_text.index(words[1], span[0]), span[1]) if len(words) > 1 else None
        if span is not None:
            hits.append((span[0], span[1], re.sub(r"\s+", " ", vm.group(0)), "", vend))
    for am in _RU_ACCORDING.finditer(frame_text):
        span = _ru_phrase_after(frame_text, am.end())
        if span is not None:
            hits.append((span[0], span[1], "по словам", "", span[1] if frame_text[span[1] :].strip(" ,.") else -1))
    return hits


# "NAME, the U.S. special envoy for Belarus, said" and "Officials who spoke on condition of anonymity said":
# the speaker ends at ``head``; ``extra`` describes them.
_APPOSITION_BEFORE = re.compile(
    r"(?P<head>[\w’'.]+)(?P<extra>,\s+(?:a|an|the|who|which)\s[^,;“”\"]{2,90},|\s+(?:who|which)\s[^,;“”\"]{2,90}?)\s*(?:also\s+)?$"
)
# ", a spokesman for the group," after an inverted speaker
_APPOSITION_AFTER = re.compile(r",\s+(?P<extra>(?:a|an|the)\s[^,;.“”\"]{2,90})")
# Capitalised runs that may be names (for remembering who was introduced how).
_NAMES_IN = re.compile(r"\b[A-ZА-ЯЁ][\w’'-]+(?:\s+[A-ZА-ЯЁ][\w’'-]+){0,2}")


def extract_attributions(articles: pd.DataFrame, lookup: Any = None) -> pd.DataFrame:
    """One row per attributed statement in a corpus (ATTRIBUTIONS schema).

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles (``article_id``, ``outlet``, ``text``).
    lookup : callable, optional
        Name lookup; defaults to the events stage's gazetteer.

    Returns
    -------
    pandas.DataFrame
        A new frame; the input is not modified.
    """
    if lookup is None:
        lookup = _default_lookup()
    rows: list[dict[str, Any]] = []
    for aid, outlet, text in zip(articles["article_id"], articles["outlet"], articles["text"].fillna(""), strict=True):
        for row in attributions_from_text(text, lookup):
            rows.append({"article_id": aid, "outlet": outlet, **row})
    return conform(pd.DataFrame(rows, columns=ATTRIBUTIONS.names), ATTRIBUTIONS)


def speaker_shares(attributions: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Share of statements by speaker type per group (outlet by default).

    Returns
    -------
    pandas.DataFrame
        ``by`` value, ``speaker_type``, ``statements``, ``share`` (0-1 within the group).
    """
    counts = attributions.groupby([by, "speaker_type"], observed=True).size().rename("statements").reset_index()
    counts["share"] = (counts["statements"] / counts.groupby(by)["statements"].transform("sum")).round(4)
    return counts.sort_values([by, "statements"], ascending=[True, False], kind="stable").reset_index(drop=True)


