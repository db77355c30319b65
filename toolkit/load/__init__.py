"""Load articles from files, folders, globs, URL lists and exports into one frame.

:func:`load_articles` is the one call a researcher needs: point it at what
was scraped and get one ARTICLES-schema frame back (see
:mod:`toolkit.schema`). The package only orchestrates: HTML pages go through
:func:`toolkit.extract.parse_html`, page dumps through
:func:`toolkit.clean.parse_text`, export records through
:func:`toolkit.clean.tidy_article`, URLs through :func:`toolkit.fetch.fetch_urls`.
What it owns is finding the inputs, reading bytes safely (size limits,
gzip, binary and truncated files), decoding them
(:func:`toolkit.encoding.decode_bytes`), mapping export fields to the schema
(:func:`records_to_articles`), flagging duplicates (:func:`flag_duplicates`)
and reporting every failure.

Modules
-------
- :mod:`~toolkit.load.core`: the public functions, orchestration.
- :mod:`~toolkit.load.inputs`: files, folders, globs and URLs named by a source.
- :mod:`~toolkit.load.reading`: bytes, gzip, decoding, JSON/CSV/Parquet records.
- :mod:`~toolkit.load.fields`: export field names and values to schema fields.
- :mod:`~toolkit.load.loader`: the state of one load (rows and failures).

Examples
--------
>>> import toolkit
>>> articles = toolkit.load_articles("my_scrape/")                     # doctest: +SKIP
>>> articles, failures = toolkit.load_articles("my_scrape/", errors="collect")  # doctest: +SKIP
"""

from __future__ import annotations

from toolkit.encoding import decode_bytes
from toolkit.errors import LoadError
from toolkit.load.core import flag_duplicates, load_articles, records_to_articles

__all__ = [
    "LoadError",
    "decode_bytes",
    "flag_duplicates",
    "load_articles",
    "records_to_articles",
]
