"""The one place that says what every column of every table means.

Every table the toolkit returns (articles, load failures, event mentions,
consolidated events, attributions, reference events, corpus labels) is
described here by a :class:`TableSchema`: its columns in order, each with a
pandas dtype and a one-line meaning. ``validate`` checks a frame against a
schema and raises :class:`SchemaError` with every problem listed;
``empty`` builds a correctly typed empty frame; ``conform`` casts a frame
built from plain records to the schema's dtypes.

Longer than 600 lines because it is one table of definitions, a block per
output table, kept in one module on purpose: a reader finds any column of
any table in one place.

Examples
--------
>>> from toolkit.schema import ARTICLES, validate
>>> frame = ARTICLES.empty()
>>> validate(frame, ARTICLES) is frame
True
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from pandas.errors import OutOfBoundsDatetime

__all__ = [
    "ARTICLES",
    "ACTOR_NAMING",
    "ATTENTION",
    "ATTRIBUTIONS",
    "CLEANING_REMOVED",
    "CORPUS_LANGUAGES",
    "CORPUS_LENGTHS",
    "CORPUS_PER_DAY",
    "COPIES",
    "COPY_GROUPS",
    "DISTINCTIVE_TERMS",
    "EVENT_COVERAGE",
    "REPORTED_COUNTS",
    "SPEAKER_SHARES",
    "CONSOLIDATED_EVENTS",
    "EVENTS",
    "FAILURES",
    "FETCHES",
    "FETCH_DETAILS",
    "LABELS",
    "LINKS",
    "OUTLETS",
    "REFERENCE_EVENTS",
    "STORED_ARTICLES",
    "TOPICS",
    "TOPIC_ASSIGNMENTS",
    "TOPIC_LANGUAGES",
    "TOPIC_SELECTION",
    "Column",
    "SchemaError",
    "TableSchema",
    "conform",
    "describe",
    "validate",
]

#: Values of ``published_from``: where a publication date was read. ``feed``:
#: declared by a feed or news sitemap; ``crawl``: only the time an archive
#: (WARC) recorded the page, used when the page states no date.
DATE_SOURCES = ("meta", "url", "text", "header", "user", "feed", "crawl")


def _registry_types() -> tuple[str, ...]:
    """Event types of the bundled registry, ``resources/events/types.csv``.

    The events stage (``toolkit.events.registry``) adds the user's rows and
    validates its tables against that wider vocabulary.
    """
    path = Path(__file__).resolve().parent / "resources" / "events" / "types.csv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return tuple(row["type"] for row in csv.DictReader(lines))


#: Event types shared by extraction, consolidation, reference and labels.
EVENT_TYPES = _registry_types()
COUNT_QUALIFIERS = ("exact", "more_than", "at_least", "about", "up_to")
MODALITIES = ("reported", "expected", "demanded", "denied")
DATE_PRECISIONS = ("day", "month", "year")
SPEAKER_TYPES = (
    "state_media",
    "government",
    "opposition",
    "rights_group",
    "wire",
    "unnamed",
    "other",
)

UTC_DATETIME = "datetime64[ns, UTC]"
_MIN_TIME = pd.Timestamp.min.tz_localize("UTC")
_MAX_TIME = pd.Timestamp.max.tz_localize("UTC")


class SchemaError(ValueError):
    """A frame does not match its schema; the message lists every problem."""


@dataclass(frozen=True)
class Column:
    """One column of a table.

    Parameters
    ----------
    name : str
        Column name.
    dtype : str
        pandas dtype string (``"string"``, ``"Int64"``, ``"boolean"``,
        ``"float64"``, ``"datetime64[ns, UTC]"``, ``"object"`` for lists).
    description : str
        What a value means, for humans and for ``describe``.
    nullable : bool
        Whether missing values are allowed.
    allowed : tuple of str, optional
        Closed vocabulary; missing values are always allowed if nullable.
    """

    name: str
    dtype: str
    description: str
    nullable: bool = True
    allowed: tuple[str, ...] | None = None


@dataclass(frozen=True)
class TableSchema:
    """An ordered set of columns with a name.

    Parameters
    ----------
    name : str
        Table name used in error messages.
    columns : tuple of Column
        Columns in their canonical order.
    description : str
        What one row is.
    """

    name: str
    columns: tuple[Column, ...]
    description: str = ""
    _index: dict[str, Column] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {c.name: c for c in self.columns})

    @property
    def names(self) -> list[str]:
        """Column names in order."""
        return [c.name for c in self.columns]

    def __getitem__(self, name: str) -> Column:
        return self._index[name]

    def __contains__(self, name: object) -> bool:
        return name in self._index

    def empty(self) -> pd.DataFrame:
        """Return an empty frame with every column at its dtype."""
        return conform(pd.DataFrame(columns=self.names), self)

    def from_records(self, records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
        """Build a typed frame from dict records; missing keys become NA."""
        frame = pd.DataFrame.from_records(list(records), columns=self.names)
        return conform(frame, self)


def _cast(series: pd.Series, column: Column) -> pd.Series:
    dtype = column.dtype
    if dtype == UTC_DATETIME:
        parsed = pd.to_datetime(series, utc=True, errors="coerce", format="mixed")
        try:
            return parsed.astype(UTC_DATETIME)
        except (OutOfBoundsDatetime, OverflowError):
            # a date past what nanosecond timestamps hold (years 1677-2262,
            # e.g. a number read as epoch seconds) is not a publication date
            return parsed.where(parsed.between(_MIN_TIME, _MAX_TIME)).astype(UTC_DATETIME)
    if dtype == "object":
        return series.astype("object")
    if dtype == "Int64":
        return pd.to_numeric(series, errors="coerce").astype("Int64")
    if dtype == "float64":
        return pd.to_numeric(series, errors="coerce").astype("float64")
    if dtype == "boolean":
        return series.astype("boolean")
    if dtype == "string":
        out = series.astype("object").where(series.notna(), None)
        return out.astype("string")
    return series.astype(dtype)


def conform(frame: pd.DataFrame, schema: TableSchema) -> pd.DataFrame:
    """Return a new frame with the schema's columns, order and dtypes.

    Missing columns are added as NA; extra columns are kept after the
    schema's own, in their original order. The input is not modified.

    Parameters
    ----------
    frame : pandas.DataFrame
        Frame built from records.
    schema : TableSchema
        Target schema.

    Returns
    -------
    pandas.DataFrame
    """
    out = frame.copy()
    for column in schema.columns:
        if column.name not in out.columns:
            out[column.name] = pd.NA
        out[column.name] = _cast(out[column.name], column)
    extra = [c for c in out.columns if c not in schema]
    return out[schema.names + extra].reset_index(drop=True)


def validate(frame: pd.DataFrame, schema: TableSchema) -> pd.DataFrame:
    """Check a frame against a schema and return it unchanged.

    Parameters
    ----------
    frame : pandas.DataFrame
        The frame to check.
    schema : TableSchema
        The schema it must follow.

    Returns
    -------
    pandas.DataFrame
        ``frame`` itself, so the call can sit in a ``.pipe`` chain.

    Raises
    ------
    SchemaError
        Listing every missing column, wrong dtype, unexpected null and
        out-of-vocabulary value, with the first offending row labels.
    """
    if not isinstance(frame, pd.DataFrame):
        raise SchemaError(f"{schema.name}: expected a pandas DataFrame, got {type(frame).__name__}")
    problems: list[str] = []
    for column in schema.columns:
        if column.name not in frame.columns:
            problems.append(f"missing column {column.name!r} ({column.description})")
            continue
        series = frame[column.name]
        if str(series.dtype) != column.dtype:
            problems.append(
                f"column {column.name!r} has dtype {series.dtype}, expected {column.dtype}"
            )
        nulls = series.isna()
        if column.dtype == "object":
            nulls = series.map(lambda v: v is None or (isinstance(v, float) and pd.isna(v)))
        if not column.nullable and bool(nulls.any()):
            rows = list(frame.index[nulls.to_numpy()][:5])
            problems.append(f"column {column.name!r} must not be empty; empty at rows {rows}")
        if column.allowed is not None:
            present = series[~series.isna()]
            bad = present[~present.astype(str).isin(column.allowed)]
            if len(bad):
                problems.append(
                    f"column {column.name!r} has values {sorted(set(map(str, bad)))[:5]} "
                    f"outside {list(column.allowed)}"
                )
    if problems:
        raise SchemaError(f"{schema.name} table does not match its schema:\n- " + "\n- ".join(problems))
    return frame


def describe(schema: TableSchema) -> pd.DataFrame:
    """Return the schema as a table: column, dtype, nullable, meaning.

    Examples
    --------
    >>> describe(ARTICLES).loc[0, "column"]
    'article_id'
    """
    return pd.DataFrame(
        {
            "column": [c.name for c in schema.columns],
            "dtype": [c.dtype for c in schema.columns],
            "nullable": [c.nullable for c in schema.columns],
            "allowed": [", ".join(c.allowed) if c.allowed else "" for c in schema.columns],
            "meaning": [c.description for c in schema.columns],
        }
    )


ARTICLES = TableSchema(
    "articles",
    (
        Column("article_id", "string", "Stable id: hash of the canonical URL, else of the clean text.", nullable=False),
        Column("url", "string", "Canonical URL of the article, when known."),
        Column("outlet", "string", "Registered domain without 'www.' (e.g. 'apnews.com') or a declared outlet name.", nullable=False),
        Column("title", "string", "Headline, once, without site name suffixes."),
        Column("published", UTC_DATETIME, "Publication time in UTC; NaT when unknown."),
        Column("published_from", "string", "Where the date was read: meta tag, URL, text, page header, given by the user, declared by a feed or sitemap, or the crawl time of an archive record.", allowed=DATE_SOURCES),
        Column("authors", "object", "List of clean personal names (no 'By', roles, outlets or dates)."),
        Column("language", "string", "ISO 639-1 code of the text (e.g. 'en', 'ru')."),
        Column("dateline", "string", "Place line the body opened with, e.g. 'VILNIUS, LITHUANIA'; removed from text."),
        Column("dateline_date", "string", "The day the dateline gives, as written (e.g. 'Sept 11', '13 декабря'); removed from text with it. A repost's relative dates count from it."),
        Column("wire", "string", "Credited news agency (e.g. 'AP', 'Reuters'), when the article is a wire copy."),
        Column("caption", "string", "Photo caption with its credit; removed from text."),
        Column("text", "string", "Clean body text: paragraphs separated by blank lines, no chrome, teasers or repeats.", nullable=False),
        Column("n_words", "Int64", "Number of words in text.", nullable=False),
        Column("source", "string", "File path or URL the article was read from.", nullable=False),
        Column("format", "string", "Input kind it was read from.", allowed=("html", "txt", "json", "jsonl", "csv", "parquet", "url", "records", "warc", "feed", "sitemap")),
        Column("related", "object", "List of related items found on the page (dicts with 'title' and 'summary'); teasers go here, not in text."),
        Column("duplicate_of", "string", "article_id of an earlier row with the same canonical URL or identical text; NA for originals."),
    ),
    "One article per row.",
)

FAILURES = TableSchema(
    "failures",
    (
        Column("input", "string", "The file, URL or record that failed.", nullable=False),
        Column("stage", "string", "Where it failed.", nullable=False, allowed=("read", "decode", "fetch", "parse", "clean", "validate")),
        Column("reason", "string", "Why, in plain words.", nullable=False),
    ),
    "One input that could not be loaded per row.",
)

FETCHES = TableSchema(
    "fetches",
    (
        Column("url", "string", "The URL as given.", nullable=False),
        Column("final_url", "string", "The URL after redirects."),
        Column("status", "Int64", "Last HTTP status; NA when no response came back."),
        Column("ok", "bool", "A page was fetched and decoded.", nullable=False),
        Column("from_cache", "bool", "The page came from the on-disk cache.", nullable=False),
        Column("error", "string", "Why the fetch failed, in plain words; NA on success."),
        Column("n_bytes", "Int64", "Size of the page in its charset."),
    ),
    "One URL given to toolkit.fetch_frame per row, in input order.",
)

FETCH_DETAILS = TableSchema(
    "fetch details",
    (
        *FETCHES.columns,
        Column("charset", "string", "Codec that decoded the page."),
        Column("robots", "string", "The robots.txt decision (allowed, disallowed, not checked) and the file it came from."),
        Column("attempts", "Int64", "Requests made for the URL in this run (0 for a cache hit).", nullable=False),
        Column("not_modified", "bool", "A refresh found the cached page unchanged (HTTP 304).", nullable=False),
    ),
    "FETCHES with how each page was fetched (toolkit.fetch_frame(details=True)).",
)

LINKS = TableSchema(
    "links",
    (
        Column("url", "string", "A page URL the feed, sitemap or URL list names.", nullable=False),
        Column("title", "string", "Title the list gives for it."),
        Column("published", UTC_DATETIME, "Publication time the list declares, in UTC."),
        Column("published_from", "string", "feed (a feed or news sitemap) or user (a URL list's date column).", allowed=DATE_SOURCES),
        Column("modified", UTC_DATETIME, "Last modification the list declares (sitemap lastmod, feed updated)."),
        Column("summary", "string", "Summary or content text the feed gives, as plain text."),
        Column("authors", "object", "List of author names the feed gives."),
        Column("language", "string", "Language the list declares (news sitemap, feed)."),
        Column("source", "string", "The feed, sitemap or URL list (file or URL) it was read from.", nullable=False),
        Column("format", "string", "Kind of list.", nullable=False, allowed=("feed", "sitemap", "urls")),
    ),
    "One link found in a feed, sitemap or URL list per row (toolkit.read_links).",
)

EVENTS = TableSchema(
    "events",
    (
        Column("event_id", "string", "Stable id of this mention (article_id plus offsets).", nullable=False),
        Column("article_id", "string", "Article the mention is in.", nullable=False),
        Column("outlet", "string", "Outlet of that article."),
        Column("published", UTC_DATETIME, "Publication time of that article."),
        Column("event_type", "string", "Kind of event.", nullable=False, allowed=EVENT_TYPES),
        Column("cameo", "string", "CAMEO code: 0841 release of persons, 085 ease economic sanctions, 163 impose sanctions, 04x consult/negotiate."),
        Column("date", UTC_DATETIME, "When the event happened (midnight UTC of that day, or the first day of the month/year)."),
        Column("date_precision", "string", "How precise `date` is ('week': `date` is that week's Monday).", allowed=(*DATE_PRECISIONS, "week")),
        Column("date_text", "string", "The words the date was resolved from."),
        Column("date_reason", "string", "Why `date` is empty, when it is."),
        Column("date_basis", "string", "Where the date came from: the event's clause, elsewhere in its sentence, an earlier sentence of the paragraph, the publication date (undated report or running total), a document date inferred when there is no publication date (dateline, visible date line, latest full date in the text), a live blog's time-stamped entry (the page's day), or none.", allowed=("stated", "sentence", "context", "published", "time_stamp", "dateline", "visible_date", "latest_date_in_text", "none")),
        Column("count", "Int64", "Number of people (or listings) the sentence states."),
        Column("count_qualifier", "string", "How the count is hedged.", allowed=COUNT_QUALIFIERS),
        Column("count_text", "string", "The words the count was read from."),
        Column("cumulative", "boolean", "True when the count is a running total, not one event.", nullable=False),
        Column("period_start", UTC_DATETIME, "Start of the period a cumulative count covers."),
        Column("actor", "string", "Who acts (normalised, e.g. 'Belarus', 'US', 'EU')."),
        Column("target", "string", "What the action is about (e.g. 'Belavia', 'potash', 'Belaruskali')."),
        Column("place", "string", "Where people were released to or talks took place (normalised)."),
        Column("people", "object", "List of named persons (normalised)."),
        Column("people_as_written", "object", "The same names as spelled in the text."),
        Column("modality", "string", "Whether the event is reported as happening or only expected, demanded or denied.", nullable=False, allowed=MODALITIES),
        Column("modality_cue", "string", "The words that made the modality other than 'reported'."),
        Column("trigger", "string", "The words that name the event ('pardoned', 'lifting of some U.S. sanctions')."),
        Column("evidence", "string", "The sentence that states the event.", nullable=False),
        Column("start", "Int64", "Character offset of the evidence sentence in the article text.", nullable=False),
        Column("end", "Int64", "Character offset just after the evidence sentence.", nullable=False),
        Column("language", "string", "Language of the patterns that matched."),
    ),
    "One event mention (one event stated in one sentence of one article) per row.",
)

CONSOLIDATED_EVENTS = TableSchema(
    "consolidated events",
    (
        Column("event_key", "string", "Id of the real-world event.", nullable=False),
        Column("event_type", "string", "Kind of event.", nullable=False, allowed=EVENT_TYPES),
        Column("date", UTC_DATETIME, "Best date (most precise, most reported)."),
        Column("date_precision", "string", "Precision of `date`.", allowed=(*DATE_PRECISIONS, "week")),
        Column("types_reported", "object", "Every event type the merged mentions used (e.g. pardon and release)."),
        Column("actor", "string", "Most reported actor."),
        Column("target", "string", "Most reported target."),
        Column("count", "Int64", "Most reported count."),
        Column("count_qualifier", "string", "Qualifier of that count.", allowed=COUNT_QUALIFIERS),
        Column("counts_reported", "object", "Every distinct count reported, as strings like 'more than 50'."),
        Column("disputed", "boolean", "True when sources report incompatible counts.", nullable=False),
        Column("people", "object", "Named persons across the merged mentions (normalised)."),
        Column("place", "string", "Most reported place."),
        Column("evidence", "string", "Evidence sentence of the earliest report."),
        Column("n_mentions", "Int64", "Number of mentions merged.", nullable=False),
        Column("n_articles", "Int64", "Number of articles reporting it.", nullable=False),
        Column("n_outlets", "Int64", "Number of outlets reporting it.", nullable=False),
        Column("outlets", "object", "Outlets that reported it."),
        Column("first_outlet", "string", "Outlet of the earliest report."),
        Column("first_reported", UTC_DATETIME, "Publication time of the earliest report."),
        Column("event_ids", "object", "Mentions merged into this event."),
    ),
    "One real-world event per row, merged from mentions.",
)

ATTRIBUTIONS = TableSchema(
    "attributions",
    (
        Column("article_id", "string", "Article the statement is in.", nullable=False),
        Column("outlet", "string", "Outlet of that article."),
        Column("speaker", "string", "Speaker as written."),
        Column("speaker_norm", "string", "Speaker normalised with the gazetteer."),
        Column("speaker_type", "string", "Kind of speaker.", allowed=SPEAKER_TYPES),
        Column("speaker_country", "string", "Country of a government speaker."),
        Column("cue", "string", "Verb or phrase that attributes ('said', 'according to', 'told The Associated Press')."),
        Column("direct", "boolean", "True for a direct quotation, False for reported speech.", nullable=False),
        Column("quote", "string", "The quoted or reported text."),
        Column("sentence", "string", "The sentence."),
        Column("start", "Int64", "Offset of the sentence in the article text.", nullable=False),
        Column("end", "Int64", "Offset just after the sentence.", nullable=False),
    ),
    "One attributed statement per row.",
)

REFERENCE_EVENTS = TableSchema(
    "reference events",
    (
        Column("ref_id", "string", "Row id (date, type, sequence).", nullable=False),
        Column("date", UTC_DATETIME, "Date of the event.", nullable=False),
        Column("event_type", "string", "Kind of event ('other' for context rows).", nullable=False, allowed=(*EVENT_TYPES, "other")),
        Column("count", "Int64", "Count, when a single number is reported."),
        Column("count_text", "string", "Count as given in the source table (may list disagreeing numbers)."),
        Column("count_qualifier", "string", "How the count is hedged.", allowed=COUNT_QUALIFIERS),
        Column("actor", "string", "Who acted."),
        Column("target", "string", "What the action concerned."),
        Column("named_people", "object", "Named persons."),
        Column("place", "string", "Where."),
        Column("cumulative_note", "string", "Running totals reported around the event."),
        Column("evidence_urls", "object", "Pages the row was compiled from."),
        Column("confidence", "string", "high: two or more independent pages agree.", allowed=("high", "medium", "low")),
        Column("disagreement", "boolean", "True for rows that record a disagreement between sources.", nullable=False),
        Column("notes", "string", "Caveats, disagreements and spellings."),
    ),
    "One event of the reference timeline per row.",
)

LABELS = TableSchema(
    "labels",
    (
        Column("file", "string", "Path of the article in data/sample (record key for JSONL rows: 'file#line').", nullable=False),
        Column("url", "string", "Canonical URL of the article."),
        Column("outlet", "string", "Outlet domain.", nullable=False),
        Column("outlet_type", "string", "Vantage point of the outlet."),
        Column("language", "string", "ISO 639-1 code."),
        Column("topic", "string", "Topic label.", nullable=False),
        Column("copy_of", "string", "URL of the article this one republishes, if any."),
        Column("events", "string", "Events reported, as JSON list of {type, date, count, qualifier, cumulative, modality} (plus period_start for running totals); see data/README.md."),
    ),
    "One article of the practice corpus per row: the answer key.",
)

OUTLETS = TableSchema(
    "outlets",
    (
        Column("outlet", "string", "Domain or declared outlet name (matches articles.outlet).", nullable=False),
        Column("name", "string", "Display name."),
        Column("type", "string", "state_agency, wire, exile_opposition, broadsheet, us_outlet, aggregator, ..."),
        Column("country", "string", "Country of the outlet (ISO 3166 alpha-2)."),
        Column("language", "string", "Main language (ISO 639-1)."),
        Column("state_affiliated", "boolean", "Owned or controlled by a state."),
    ),
    "One outlet per row: the registry joined by source comparison.",
)


STORED_ARTICLES = TableSchema(
    "stored articles",
    (
        *ARTICLES.columns,
        Column("ingest", "string", "Id of the write_store call that added the row (see the store's _store.json).", nullable=False),
        Column("duplicate_in_store", "boolean", "True when a row with the same article_id was in the store before it (an earlier ingest, or earlier in the same one).", nullable=False),
    ),
    "One article of a corpus store per row (toolkit.store.read_store): the ARTICLES columns and where the row came from.",
)


TOPIC_ASSIGNMENTS = TableSchema(
    "topic assignments",
    (
        Column("article_id", "string", "Article (matches articles.article_id).", nullable=False),
        Column("topic", "Int64", "Topic id (topics.topic); -1 when the article was given no topic.", nullable=False),
        Column("label", "string", "Label of the topic.", nullable=False),
        Column("weight", "float64", "Share of the article's NMF weight on its topic, or cosine similarity to the centroid (k-means); for assigned_by 'story', the cosine similarity of the two leads' names and numbers (1.0 for a copy).", nullable=False),
        Column("story_id", "string", "article_id of the copy that stands for the article's story (toolkit.sources.find_copies groups, duplicate_of links).", nullable=False),
        Column("fitted", "bool", "Whether the article was used to fit (one per story, in a clustered language).", nullable=False),
        Column("assigned_by", "string", "words: its language's model; story: a language too small to cluster, and the article shares a story (a copy, or names and numbers) with an article of the topic; none: no topic.", nullable=False, allowed=("words", "story", "none")),
        Column("reason", "string", "Why the article has its topic, or none (the model, the article it shares a story with and what they share, or why its language has no topics).", nullable=False),
        Column("x", "float64", "First axis of the topic map (PCA of topic mixtures).", nullable=False),
        Column("y", "float64", "Second axis of the topic map.", nullable=False),
    ),
    "One article per row: its topic (toolkit.topics.cluster_topics, TopicModel.assign).",
)

TOPICS = TableSchema(
    "topics",
    (
        Column("topic", "Int64", "Topic id, 0 = largest.", nullable=False),
        Column("label", "string", "Up to three top content terms.", nullable=False),
        Column("language", "string", "Language whose articles the topic was fitted on (ISO 639-1; empty when none was given)."),
        Column("terms", "object", "Top content terms, heaviest first (list of str).", nullable=False),
        Column("term_weights", "object", "Their weights (list of float).", nullable=False),
        Column("size", "Int64", "Articles assigned.", nullable=False),
        Column("n_stories", "Int64", "Distinct stories among them.", nullable=False),
        Column("representative_ids", "object", "Most typical fitted stories (list of article_id).", nullable=False),
        Column("representative_titles", "object", "Their titles (list).", nullable=False),
    ),
    "One topic per row, largest first (toolkit.topics.cluster_topics).",
)

TOPIC_SELECTION = TableSchema(
    "topic selection",
    (
        Column("language", "string", "Language the curve belongs to (empty when none was given)."),
        Column("n_topics", "Int64", "Number of topics tried.", nullable=False),
        Column("score", "float64", "Mean silhouette coefficient (cosine, stories' TF-IDF) of the grouping (NaN when fixed)."),
        Column("se", "float64", "Standard error of the score."),
        Column("stability", "float64", "Mean adjusted Rand index between groupings of random subsets of the stories and of all of them (NaN when fixed)."),
        Column("stability_se", "float64", "Standard error of the stability over the random subsets (NaN when fixed)."),
        Column("stable", "bool", "Whether the stability reaches the threshold (toolkit.topics.select.STABLE).", nullable=False),
        Column("criterion", "string", "'stable silhouette': among the stable k, the smallest within one standard error of the best silhouette; 'most stable': no k is stable, the k with the highest stability minus its standard error (ties to the smaller k); 'fixed': n_topics was given.", nullable=False, allowed=("stable silhouette", "most stable", "fixed")),
        Column("chosen", "bool", "The number of topics kept.", nullable=False),
    ),
    "One candidate number of topics per language and row (TopicModel.selection).",
)

TOPIC_LANGUAGES = TableSchema(
    "topic languages",
    (
        Column("language", "string", "ISO 639-1 code (empty when none was given)."),
        Column("articles", "Int64", "Articles in that language.", nullable=False),
        Column("stories", "Int64", "Distinct stories among them.", nullable=False),
        Column("clustered", "bool", "Whether the language got topics of its own.", nullable=False),
        Column("n_topics", "Int64", "Its topics.", nullable=False),
        Column("placed", "Int64", "Articles of a language that was not clustered that share a story with an article of another language's topic (assigned_by 'story').", nullable=False),
        Column("unplaced", "Int64", "Articles left without a topic (-1).", nullable=False),
    ),
    "One language of the clustered corpus per row (TopicModel.languages).",
)


# ------------------------------------------------------------ sources tables ---
# Tables grouped by a column the caller names (``by``: outlet, outlet_type, ...)
# list only their fixed columns here; the grouping column comes first in the frame.

COPIES = TableSchema(
    "copies",
    (
        Column("article_id", "string", "An article in a group of near-duplicates.", nullable=False),
        Column("outlet", "string", "Its outlet."),
        Column("published", UTC_DATETIME, "Its publication time."),
        Column("group", "Int64", "Copy group, 0-based in order of the groups' first articles.", nullable=False),
        Column("group_size", "Int64", "Articles in the group.", nullable=False),
        Column("original_id", "string", "article_id of the group's probable original.", nullable=False),
        Column("is_original", "boolean", "True for the probable original itself.", nullable=False),
        Column("similarity", "float64", "Jaccard similarity of word shingles with the original (0-1).", nullable=False),
        Column("containment", "float64", "Share of this article's shingles found in the original (0-1).", nullable=False),
        Column("words_added", "Int64", "Words this article has that the original lacks.", nullable=False),
        Column("words_removed", "Int64", "Words of the original this article lacks.", nullable=False),
        Column("lag_hours", "float64", "Hours after the original (whole days when either has no time of day)."),
    ),
    "One article of a copy group per row (sources.find_copies).",
)

COPY_GROUPS = TableSchema(
    "copy groups",
    (
        Column("group", "Int64", "Copy group (as in the copies table).", nullable=False),
        Column("original_outlet", "string", "Outlet of the probable original."),
        Column("original_title", "string", "Title of the original, when the articles were given."),
        Column("published", UTC_DATETIME, "Publication time of the original."),
        Column("copies", "Int64", "Articles that copy it.", nullable=False),
        Column("copied_by", "string", "Outlets of the copies, sorted, comma-separated."),
        Column("median_lag_hours", "float64", "Median hours from the original to a copy."),
        Column("mean_similarity", "float64", "Mean Jaccard similarity of the copies with the original."),
        Column("median_words_added", "float64", "Median words a copy added."),
        Column("median_words_removed", "float64", "Median words a copy removed."),
    ),
    "One copy group per row (sources.copy_groups).",
)

DISTINCTIVE_TERMS = TableSchema(
    "distinctive terms",
    (
        Column("term", "string", "A word or phrase (case-folded).", nullable=False),
        Column("count_a", "Int64", "Occurrences in group a.", nullable=False),
        Column("count_b", "Int64", "Occurrences in group b.", nullable=False),
        Column("delta", "float64", "Log-odds ratio with an informative Dirichlet prior (positive: leans to a).", nullable=False),
        Column("se", "float64", "Its standard error.", nullable=False),
        Column("z", "float64", "delta / se.", nullable=False),
        Column("leans", "string", "Group the term leans to.", nullable=False, allowed=("a", "b")),
        Column("significant", "boolean", "|z| at or above the stated threshold (1.96 by default: a two-sided 5% level).", nullable=False),
    ),
    "One term per row, sorted by z descending (sources.distinctive_terms).",
)

ATTENTION = TableSchema(
    "attention",
    (
        Column("period", UTC_DATETIME, "Start of the period (UTC).", nullable=False),
        Column("articles", "Int64", "Articles of the group published in the period.", nullable=False),
    ),
    "One period and group (the column named by ``by``) per row (sources.attention_over_time).",
)

EVENT_COVERAGE = TableSchema(
    "event coverage",
    (
        Column("event_key", "string", "Consolidated event.", nullable=False),
        Column("event_type", "string", "Kind of event."),
        Column("date", UTC_DATETIME, "Date of the event."),
        Column("outlet", "string", "An outlet that reported it."),
        Column("first_seen", UTC_DATETIME, "Publication time of that outlet's earliest report."),
        Column("mentions", "Int64", "Mentions of the event in that outlet's articles.", nullable=False),
        Column("lag_hours", "float64", "Hours after the event's first report by any outlet."),
    ),
    "One consolidated event and outlet per row (sources.event_coverage).",
)

REPORTED_COUNTS = TableSchema(
    "reported counts",
    (
        Column("event_key", "string", "Consolidated event.", nullable=False),
        Column("event_type", "string", "Kind of event."),
        Column("date", UTC_DATETIME, "Date of the event."),
        Column("outlet", "string", "Outlet that printed the count."),
        Column("count", "Int64", "The count printed.", nullable=False),
        Column("count_qualifier", "string", "How it was hedged.", nullable=False, allowed=COUNT_QUALIFIERS),
        Column("reported", "string", "The count as words, e.g. 'more than 50'.", nullable=False),
        Column("articles", "Int64", "Articles of the outlet that printed it.", nullable=False),
        Column("disputed", "boolean", "The consolidated event's counts disagree."),
    ),
    "One event, outlet and printed count per row (sources.reported_counts).",
)

SPEAKER_SHARES = TableSchema(
    "speaker shares",
    (
        Column("speaker_type", "string", "Kind of speaker.", allowed=SPEAKER_TYPES),
        Column("statements", "Int64", "Attributed statements of that kind in the group.", nullable=False),
        Column("share", "float64", "Their share of the group's statements (0-1).", nullable=False),
    ),
    "One group (the column named by ``by``) and speaker type per row (sources.speaker_shares).",
)

ACTOR_NAMING = TableSchema(
    "actor naming",
    (
        Column("actor", "string", "Canonical actor looked for.", nullable=False),
        Column("naming", "string", "Title or epithet before the name, or '(name only)'.", nullable=False),
        Column("mentions", "Int64", "Mentions named that way in the group.", nullable=False),
    ),
    "One group (the column named by ``by``), actor and naming per row (sources.actor_naming).",
)

CORPUS_PER_DAY = TableSchema(
    "articles per day",
    (
        Column("day", UTC_DATETIME, "Calendar day (UTC midnight).", nullable=False),
        Column("outlet", "string", "Outlet, or 'other outlets' for the smallest pooled together.", nullable=False),
        Column("articles", "Int64", "Articles of the outlet published that day.", nullable=False),
    ),
    "One day and outlet with articles per row (report.corpus_overview).",
)

CORPUS_LANGUAGES = TableSchema(
    "languages",
    (
        Column("language", "string", "ISO 639-1 code, or 'unknown' when not identified.", nullable=False),
        Column("name", "string", "English name of the language.", nullable=False),
        Column("articles", "Int64", "Articles in the language.", nullable=False),
        Column("share", "float64", "Their share of the corpus (0-1).", nullable=False),
    ),
    "One language per row, largest first (report.corpus_overview).",
)

CORPUS_LENGTHS = TableSchema(
    "text lengths",
    (
        Column("article_id", "string", "Article.", nullable=False),
        Column("outlet", "string", "Its outlet ('unknown' when missing).", nullable=False),
        Column("n_words", "Int64", "Words in its clean text."),
    ),
    "One article per row (report.corpus_overview).",
)

CLEANING_REMOVED = TableSchema(
    "cleaning removed",
    (
        Column("outlet", "string", "Outlet.", nullable=False),
        Column("rule", "string", "Where the text went (report.CLEANING_RULES).", nullable=False),
        Column("articles", "Int64", "Measured articles the rule took something from.", nullable=False),
        Column("characters", "Int64", "Characters of the raw inputs it took.", nullable=False),
        Column("lines", "Int64", "Raw lines it took whole (none of their sentences kept).", nullable=False),
    ),
    "One outlet and cleaning rule per row (report.cleaning_removed).",
)
