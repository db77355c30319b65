"""Load articles from files, folders, globs, URL lists and exports into one frame.

:func:`load_articles` is the one call a researcher needs: point it at what
was scraped or crawled (pages, exports, WARC archives, feeds, sitemaps, URL
lists) and get one ARTICLES-schema frame back (see
:mod:`toolkit.schema`). The package only orchestrates: HTML pages go through
:func:`toolkit.extract.parse_html`, page dumps through
:func:`toolkit.clean.parse_text`, export records through
:func:`toolkit.clean.tidy_article`, URLs through :func:`toolkit.fetch.fetch_urls`.
What it owns is finding the inputs, reading bytes safely (size limits,
gzip, binary and truncated files), decoding them
(:func:`toolkit.encoding.decode_bytes`), mapping export fields to the schema
(:func:`records_to_articles`), flagging duplicates (:func:`flag_duplicates`)
and reporting every failure. :func:`read_links` gives the links of feeds,
sitemaps and URL lists without fetching the pages.

Modules
-------
- :mod:`~toolkit.load.core`: the public functions, orchestration.
- :mod:`~toolkit.load.inputs`: files, folders, globs and URLs named by a source.
- :mod:`~toolkit.load.reading`: bytes, gzip, decoding, JSON/CSV/Parquet records.
- :mod:`~toolkit.load.fields`: export field names and values to schema fields.
- :mod:`~toolkit.load.loader`: the state of one load (rows and failures).
- :mod:`~toolkit.load.crawl`: what a load fetches, in as few batches as possible.
- :mod:`~toolkit.load.links`: links named by lists; CSV/TSV and plain URL lists.
- :mod:`~toolkit.load.feeds`: RSS and Atom feeds (feedparser).
- :mod:`~toolkit.load.sitemaps`: sitemaps, news sitemaps and sitemap indexes (lxml).
- :mod:`~toolkit.load.warc`: WARC and WARC.gz archives (warcio).

Examples
--------
>>> import toolkit
>>> articles = toolkit.load_articles("my_scrape/")                     # doctest: +SKIP
>>> articles, failures = toolkit.load_articles("my_scrape/", errors="collect")  # doctest: +SKIP
"""

from __future__ import annotations

from toolkit.encoding import decode_bytes
from toolkit.errors import LoadError
from toolkit.load.core import flag_duplicates, load_articles, read_links, records_to_articles

__all__ = [
    "LoadError",
    "decode_bytes",
    "flag_duplicates",
    "load_articles",
    "read_links",
    "records_to_articles",
]
