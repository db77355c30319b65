"""Orchestration of a load: :func:`load_articles`, :func:`records_to_articles`, duplicates.

Part of :mod:`toolkit.load` (import the public names from there). What
each input kind needs lives in its own module: finding inputs
(:mod:`~toolkit.load.inputs`), reading bytes and record formats
(:mod:`~toolkit.load.reading`), export field names
(:mod:`~toolkit.load.fields`), the per-load state (:mod:`~toolkit.load.loader`).
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Mapping
from typing import Any, Literal, overload

import pandas as pd

from toolkit.errors import LoadError
from toolkit.load.crawl import Crawl, Planned, plan
from toolkit.load.fields import field_map, no_text_reason
from toolkit.load.inputs import FORMATS, Failure, Input, Source, expand
from toolkit.load.links import Link, Listing, links_frame
from toolkit.load.loader import Loader
from toolkit.load.reading import frame_records
from toolkit.schema import ARTICLES, FAILURES, conform, validate
from toolkit.urls import canonical_url

__all__ = ["flag_duplicates", "load_articles", "read_links", "records_to_articles"]

#: With ``progress=None``, a bar appears only when a load takes longer than this.
_PROGRESS_DELAY_S = 2.0

Errors = Literal["raise", "collect"]


def flag_duplicates(articles: pd.DataFrame) -> pd.DataFrame:
    """Flag exact duplicates and make ``article_id`` unique; return a new frame.

    A row is a duplicate of the first earlier row with the same canonical
    URL (``www.`` or not, tracking parameters dropped) or the same text
    (compared with white space collapsed). Its ``duplicate_of`` is that
    row's ``article_id``; originals get NA. No row is dropped.

    Rows that share an ``article_id`` (the same URL loaded twice, or the
    same text without a URL) keep it on the first row; later rows get
    ``"<id>-2"``, ``"<id>-3"``, ... in row order, so ids are unique and the
    same on every run for the same inputs in the same order. Calling it
    again on its own output gives the same result. The input is not modified.

    Parameters
    ----------
    articles : pandas.DataFrame
        ARTICLES-schema frame.

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"article_id": ["a", "a", "b"], "url": ["https://x.example/1"] * 2 + [None],
    ...                       "text": ["One.", "One.", "One."]})
    >>> out = flag_duplicates(frame)
    >>> out["article_id"].tolist(), out["duplicate_of"].tolist()
    (['a', 'a-2', 'b'], [<NA>, 'a', 'a'])
    """
    out = articles.copy()
    base = [str(i).split("-", 1)[0] for i in out["article_id"]]
    urls = out["url"] if "url" in out else pd.Series([None] * len(out), index=out.index)
    first_url: dict[str, str] = {}
    first_text: dict[str, str] = {}
    counts: dict[str, int] = {}
    ids: list[str] = []
    dups: list[str | None] = []
    for ident, url, text in zip(base, urls, out["text"], strict=True):
        counts[ident] = counts.get(ident, 0) + 1
        ids.append(ident if counts[ident] == 1 else f"{ident}-{counts[ident]}")
        canon = canonical_url(url) if isinstance(url, str) else None
        norm = " ".join(text.split()) if isinstance(text, str) else None
        original = first_url.get(canon) if canon else None
        if original is None and norm:
            original = first_text.get(norm)
        dups.append(original)
        if canon:
            first_url.setdefault(canon, ident)
        if norm:
            first_text.setdefault(norm, ident)
    out["article_id"] = pd.array(ids, dtype="string")
    out["duplicate_of"] = pd.array(dups, dtype="string")
    return out


def _finish(rows: list[dict[str, Any]]) -> pd.DataFrame:
    frame = ARTICLES.from_records(rows) if rows else ARTICLES.empty()
    # a date that did not parse has no source either
    frame["published_from"] = frame["published_from"].mask(frame["published"].isna())
    frame = flag_duplicates(frame)
    return validate(conform(frame, ARTICLES), ARTICLES)


def _failures_frame(failures: list[Failure]) -> pd.DataFrame:
    frame = FAILURES.from_records(
        [{"input": f.input, "stage": f.stage, "reason": f.reason} for f in failures]
    )
    return validate(frame, FAILURES)


def _check_errors(errors: str) -> None:
    if errors not in ("raise", "collect"):
        raise ValueError(f"errors must be 'raise' or 'collect', not {errors!r}")


@overload
def records_to_articles(
    frame: pd.DataFrame, *, outlet: str | None = ..., language: str | None = ...,
    source: str = ..., errors: Literal["raise"] = ...,
) -> pd.DataFrame: ...


@overload
def records_to_articles(
    frame: pd.DataFrame, *, outlet: str | None = ..., language: str | None = ...,
    source: str = ..., errors: Literal["collect"],
) -> tuple[pd.DataFrame, pd.DataFrame]: ...


def records_to_articles(
    frame: pd.DataFrame,
    *,
    outlet: str | None = None,
    language: str | None = None,
    source: str = "records",
    errors: Errors = "raise",
) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame]:
    """Turn a frame of export records into an ARTICLES frame.

    Columns are matched by common names, case and ``_``/``-`` ignored:
    url/link, title/headline, text/body/content, published/date/
    publishedAt/pubDate, outlet/source/site/domain, author/authors/byline,
    language/lang. Each text goes through :func:`toolkit.clean.tidy_article`;
    dates given by the export get ``published_from = "user"`` (naive times
    are read as UTC); the outlet is the declared one (argument, then the
    record's field, a domain or URL reduced to its registered domain), else
    the URL's registered domain, else ``"unknown"``. Duplicates within the
    frame are flagged (see :func:`flag_duplicates`).

    A pure frame function: the input is not modified, so it maps over Dask
    partitions unchanged, e.g.
    ``ddf.map_partitions(records_to_articles, meta=ARTICLES.empty())``
    (duplicates are then flagged within each partition only; call
    :func:`flag_duplicates` on the computed frame for the whole corpus).

    Parameters
    ----------
    frame : pandas.DataFrame
        One record per row.
    outlet, language : str, optional
        Declared for every row, overriding the records and detection.
    source : str
        Value of the ``source`` column (e.g. the export's file name).
    errors : {"raise", "collect"}
        ``"raise"``: a row without text raises :class:`LoadError`.
        ``"collect"``: return ``(articles, failures)``.

    Returns
    -------
    pandas.DataFrame or (pandas.DataFrame, pandas.DataFrame)

    Examples
    --------
    >>> import pandas as pd
    >>> export = pd.DataFrame({"link": ["https://www.news.example/a"], "headline": ["Talks end"],
    ...                        "body": ["Talks ended on Friday in Minsk."], "pubDate": ["2025-09-11"]})
    >>> row = records_to_articles(export).iloc[0]
    >>> row["outlet"], row["published_from"], str(row["published"].date())
    ('news.example', 'user', '2025-09-11')
    """
    _check_errors(errors)
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"records_to_articles takes a DataFrame, got {type(frame).__name__}")
    loader = Loader(errors, outlet, language)
    if len(frame) and "text" not in field_map(frame.columns):
        loader.fail(Failure(source, "parse", no_text_reason(frame.columns)))
    else:
        loader.records(frame_records(frame, source, "row"), name=source, source=source,
                       fmt="records")
    articles = _finish(loader.rows)
    if errors == "collect":
        return articles, _failures_frame(loader.failures)
    return articles


@overload
def load_articles(
    source: Source, *, errors: Literal["raise"] = ..., outlet: str | None = ...,
    language: str | None = ..., progress: bool | None = ...,
    cache_dir: str | os.PathLike | None = ..., fetch_options: Mapping[str, Any] | None = ...,
    url_column: str | None = ..., fetch_feed_items: bool = ...,
) -> pd.DataFrame: ...


@overload
def load_articles(
    source: Source, *, errors: Literal["collect"], outlet: str | None = ...,
    language: str | None = ..., progress: bool | None = ...,
    cache_dir: str | os.PathLike | None = ..., fetch_options: Mapping[str, Any] | None = ...,
    url_column: str | None = ..., fetch_feed_items: bool = ...,
) -> tuple[pd.DataFrame, pd.DataFrame]: ...


def load_articles(
    source: Source,
    *,
    errors: Errors = "raise",
    outlet: str | None = None,
    language: str | None = None,
    progress: bool | None = None,
    cache_dir: str | os.PathLike | None = None,
    fetch_options: Mapping[str, Any] | None = None,
    url_column: str | None = None,
    fetch_feed_items: bool = False,
) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame]:
    """Load articles from files, folders, globs, archives, feeds, sitemaps and URLs into one frame.

    Parameters
    ----------
    source : str, path, or list of them
        A file; a folder (read recursively, files in sorted order; hidden
        files and folders skipped); a glob (``"scrape/**/*.html"``); an
        http(s) URL (a page, a feed or a sitemap: what it is is read from
        what comes back); or a list mixing these (kept in the given order).
        Formats by name: ``.html``/``.htm`` (pages, parsed by
        :func:`toolkit.parse_html`); ``.txt`` (a page dump parsed by
        :func:`toolkit.parse_text`, or a list of URLs when every non-blank
        line not starting with ``#`` is a URL); ``.json`` (a list of
        records or ``{"articles": [...]}``), ``.jsonl``, ``.csv``/``.tsv``
        and ``.parquet`` exports (see :func:`records_to_articles` for the
        field names understood); a ``.csv``/``.tsv`` without a text column
        is a URL list (GDELT, Media Cloud: see ``url_column``);
        ``.warc`` archives (every HTML response record is a page, with the
        record's URL, and its date when the page gives none:
        ``published_from="crawl"``); ``.rss``/``.atom``/``.xml`` feeds
        and sitemaps (sitemap indexes are followed; the pages they name are
        fetched). Any of them may be gzipped (``.html.gz``, ``.warc.gz``).
    errors : {"raise", "collect"}
        ``"raise"`` (default): the first bad input raises :class:`LoadError`
        naming it and the reason. ``"collect"``: load everything that can
        be loaded and return ``(articles, failures)``, failures being a
        FAILURES frame (input, stage, reason). Files a folder holds that are
        not a supported type, and archive records that are not pages, are
        failures with reason ``"skipped: ..."`` (in raise mode they are
        skipped with a warning). A source that matches nothing at all (a
        missing path, a glob with no match) raises in both modes.
    outlet : str, optional
        Declared outlet for every article; otherwise the export's outlet
        field, else the URL's registered domain (``"unknown"`` when neither
        exists).
    language : str, optional
        Declared ISO 639-1 code for every article, instead of detection.
    progress : bool, optional
        Progress bar (``tqdm.auto``, notebook-aware). None: shown only when
        the load takes longer than two seconds. Pass False in notebooks
        whose outputs are committed.
    cache_dir : str or path, optional
        Cache of fetched pages, passed to :func:`toolkit.fetch_urls`.
    fetch_options : dict, optional
        Other :func:`toolkit.fetch_urls` options (``timeout``, ``retries``,
        ``delay``, ``workers``, ``robots``, ``max_bytes``, ``refresh``,
        ``user_agent``).
    url_column : str, optional
        The column of a CSV/TSV URL list that holds the URLs. By default
        a file without a text column is a URL list when it has a column
        named url, link, DocumentIdentifier (GDELT GKG), SOURCEURL (GDELT
        events), ...; its title and date columns, when present, fill the
        fetched pages' gaps (the list's date wins, as an export's does).
    fetch_feed_items : bool
        Fetch the page each feed item links to and load it (the feed's
        title and date fill its gaps). By default a feed item is an article
        of its own: the feed's title, date, authors and its content or
        summary as text (``format="feed"``).

    Returns
    -------
    pandas.DataFrame or (pandas.DataFrame, pandas.DataFrame)
        One ARTICLES row per article (schema-valid, every column typed),
        in input order. ``source`` is the file path as given (a folder's
        files as ``folder/relative/path``) or the URL of a fetched page;
        every row of an export, archive or feed read without fetching has
        that file's path. ``format`` says what it was read from: html, txt,
        json, jsonl, csv, parquet, warc, url (a URL given or in a URL
        list), feed or sitemap (a page named there).

    Notes
    -----
    ``article_id`` comes from the canonical URL, else from the text, so it
    is the same on every run. Exact duplicates (same canonical URL with or
    without ``www.``, or identical text) are kept and flagged:
    ``duplicate_of`` holds the first row's id. When two rows share an id,
    the first keeps it and later ones get ``-2``, ``-3``, ... appended in
    row order (see :func:`flag_duplicates`).

    Every URL the inputs name (directly, in URL lists, feeds followed,
    sitemaps) is fetched in one batch, so fetching is spread over sites and
    shares one cache; feeds and sitemaps found among the fetched URLs are
    read and what they name is fetched in the next batch.

    Single pages larger than 25 MB (after gzip) fail with a clear reason
    instead of being parsed; exports of any size are read (memory about
    three times the file); archives are read one record at a time.

    Raises
    ------
    LoadError
        With ``errors="raise"``, for the first input that cannot be loaded;
        in both modes when the source matches nothing.

    Examples
    --------
    >>> articles = load_articles("seeds/")                          # doctest: +SKIP
    >>> articles, failures = load_articles(["a.html", "urls.txt"], errors="collect")  # doctest: +SKIP
    >>> articles = load_articles("CC-NEWS-20250911.warc.gz")        # doctest: +SKIP
    >>> articles = load_articles("https://news.example/sitemap.xml", cache_dir="cache")  # doctest: +SKIP
    """
    _check_errors(errors)
    items = expand(source)
    inputs = [item for item in items if isinstance(item, Input)]
    if not inputs:
        _raise_nothing_to_load(source, items)
    loader = Loader(errors, outlet, language)
    planned = plan(inputs, url_column)
    crawl = Crawl(_fetcher(cache_dir, fetch_options, progress), follow_feeds=fetch_feed_items)
    crawl.run([item.url for item in inputs if item.url], planned)
    _load_items(loader, items, crawl, planned, progress)
    articles = _finish(loader.rows)
    if errors == "collect":
        return articles, _failures_frame(loader.failures)
    return articles


@overload
def read_links(
    source: Source, *, errors: Literal["raise"] = ..., url_column: str | None = ...,
    cache_dir: str | os.PathLike | None = ..., fetch_options: Mapping[str, Any] | None = ...,
    progress: bool | None = ...,
) -> pd.DataFrame: ...


@overload
def read_links(
    source: Source, *, errors: Literal["collect"], url_column: str | None = ...,
    cache_dir: str | os.PathLike | None = ..., fetch_options: Mapping[str, Any] | None = ...,
    progress: bool | None = ...,
) -> tuple[pd.DataFrame, pd.DataFrame]: ...


def read_links(
    source: Source,
    *,
    errors: Errors = "raise",
    url_column: str | None = None,
    cache_dir: str | os.PathLike | None = None,
    fetch_options: Mapping[str, Any] | None = None,
    progress: bool | None = None,
) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame]:
    """The page links of feeds, sitemaps and URL lists, without fetching the pages.

    Feeds and sitemaps given as URLs are fetched (through the cache, with
    robots.txt and the per-site delay); sitemap indexes are followed.

    Parameters
    ----------
    source : str, path, or list of them
        Feed files (``.rss``, ``.atom``, ``.xml``), sitemap files, URL lists
        (``.txt``, ``.csv``, ``.tsv``), URLs of feeds or sitemaps, folders
        and globs of them.
    errors : {"raise", "collect"}
        As for :func:`load_articles`.
    url_column : str, optional
        The URL column of CSV/TSV URL lists (see :func:`load_articles`).
    cache_dir, fetch_options, progress
        As for :func:`load_articles`.

    Returns
    -------
    pandas.DataFrame or (pandas.DataFrame, pandas.DataFrame)
        A LINKS frame (:mod:`toolkit.schema`): url, title, published,
        published_from, modified, summary, authors, language, source,
        format; one row per link in list order; and with
        ``errors="collect"`` the FAILURES frame.

    Examples
    --------
    >>> links = read_links("https://news.example/news-sitemap.xml")  # doctest: +SKIP
    >>> links[["url", "title", "published"]].head()  # doctest: +SKIP
    """
    _check_errors(errors)
    items = expand(source)
    inputs = [item for item in items if isinstance(item, Input)]
    if not inputs:
        _raise_nothing_to_load(source, items)
    loader = Loader(errors, None, None)
    planned = plan(inputs, url_column)
    crawl = Crawl(_fetcher(cache_dir, fetch_options, progress), pages=False)
    crawl.run([item.url for item in inputs if item.url], planned)
    links: list[Link] = []
    for item in items:
        if isinstance(item, Failure):
            loader.fail(item)
            continue
        listing = planned.get(item.name) if item.path is not None else crawl.listings.get(item.name)
        if listing is None:
            result = crawl.fetched.get(item.name)
            reason = (f"cannot fetch: {result.error}" if result is not None and not result.ok
                      else "not a feed, a sitemap or a URL list")
            loader.fail(Failure(item.name, "fetch" if reason.startswith("cannot") else "parse", reason))
            continue
        links.extend(_links_of(listing, crawl, loader, {item.name}))
    _warn_skipped(loader)
    frame = links_frame(links)
    if errors == "collect":
        return frame, _failures_frame(loader.failures)
    return frame


def _links_of(listing: Listing | LoadError, crawl: Crawl, loader: Loader, seen: set[str]) -> list[Link]:
    """The page links of a listing and of the sitemaps it names, in order."""
    if isinstance(listing, LoadError):
        loader.fail(listing)
        return []
    for failure in listing.failures:
        loader.fail(failure)
    out: list[Link] = []
    for child in listing.sitemaps:
        sub = crawl.listings.get(child)
        result = crawl.fetched.get(child)
        if child in seen:
            loader.fail(Failure(child, "parse", "sitemap index names itself (directly or through another index)"))
        elif sub is not None:
            out.extend(_links_of(sub, crawl, loader, seen | {child}))
        elif result is None:
            loader.fail(Failure(child, "fetch", "not fetched: sitemap indexes nested deeper than 5 levels"))
        elif not result.ok:
            loader.fail(Failure(child, "fetch", str(result.error)))
        else:
            loader.fail(Failure(child, "parse", "named by a sitemap index but not a sitemap"))
    return out + list(listing.links)


def _raise_nothing_to_load(source: Source, items: list[Input | Failure]) -> None:
    failures = [item for item in items if isinstance(item, Failure)]
    real = [item for item in failures if not item.reason.startswith("skipped")]
    if real or not items:
        raise (real[0] if real else Failure(str(source), "read", "nothing to load")).error()
    shown = ", ".join(item.input for item in failures[:5])
    raise LoadError(str(os.fspath(source)) if isinstance(source, (str, os.PathLike)) else "source",
                    f"no supported files ({', '.join(sorted(FORMATS))}, optionally .gz); found {shown}")


def _load_items(loader: Loader, items: list[Input | Failure], crawl: Crawl, planned: Planned,
                progress: bool | None) -> None:
    """Load every input in the given order; skipped inputs warn in raise mode."""
    bar = _progress(len(items), progress)
    try:
        for item in items:
            if bar is not None:
                bar.update(1)
            if isinstance(item, Failure):
                loader.fail(item)
                continue
            try:
                if item.url is not None:
                    loader.url(item.url, crawl)
                else:
                    loader.file(item, crawl, planned)
            except LoadError as exc:
                loader.fail(exc)
    finally:
        if bar is not None:
            bar.close()
    _warn_skipped(loader)


def _warn_skipped(loader: Loader) -> None:
    skipped = [f.input for f in loader.skipped if f.reason.startswith("skipped: not a supported")]
    if skipped:
        shown = ", ".join(skipped[:5]) + (", ..." if len(skipped) > 5 else "")
        warnings.warn(f"skipped {len(skipped)} file(s) of unsupported type: {shown}",
                      UserWarning, stacklevel=4)
    for failure in loader.skipped:
        if not failure.reason.startswith("skipped: not a supported"):
            warnings.warn(f"{failure.input}: {failure.reason}", UserWarning, stacklevel=4)


def _fetcher(cache_dir: Any, options: Mapping[str, Any] | None, progress: bool | None):
    """``urls -> {url: FetchResult}`` through :func:`toolkit.fetch.fetch_urls` with these options."""
    kwargs = dict(options or {})
    kwargs.setdefault("progress", progress)
    if cache_dir is not None:
        kwargs["cache_dir"] = cache_dir

    def fetch(urls: list[str]) -> dict[str, Any]:
        unique = list(dict.fromkeys(urls))
        if not unique:
            return {}
        from toolkit.fetch import fetch_urls

        return dict(zip(unique, fetch_urls(unique, **kwargs), strict=True))

    return fetch


def _progress(total: int, progress: bool | None) -> Any:
    """A manually updated bar, or None.

    Updated by hand rather than by wrapping the iterable: tqdm's notebook
    bar shows itself when an exception passes through its iterator, even
    within ``delay``; a short load that fails should print nothing.
    """
    if progress is False or not total:
        return None
    from tqdm.auto import tqdm

    delay = _PROGRESS_DELAY_S if progress is None else 0.0
    return tqdm(total=total, desc="loading", unit="input", delay=delay, leave=progress is True)
