"""Fetch news pages over HTTP: polite, concurrent across sites, cached on disk.

:func:`fetch_urls` is the one call: give it URLs, get one
:class:`FetchResult` per URL, in order. Pages are cached (content
addressed, written atomically) so an interrupted run resumes without
fetching a finished page again; failures carry their reason and are not
cached.

Politeness and robustness
-------------------------
- a bounded pool of workers, concurrent across domains and sequential
  within one, with a delay between two requests to the same domain
  (longer when robots.txt asks for a ``Crawl-delay``);
- robots.txt honoured (protego, RFC 9309 rules), each decision recorded
  in the result and the cache;
- retries with exponential backoff on 5xx, 429 (``Retry-After`` honoured),
  time-outs, resets and truncated bodies, never on other 4xx;
- a time-out per wait, a cap on the total time of one download and on its
  size (25 MB); redirect loops, truncated bodies, empty pages and binary
  bodies fail with their reason;
- conditional re-fetch (``refresh=True``: ``ETag`` / ``Last-Modified``);
- a user agent naming the toolkit, its version and a contact URL.

Importing this package opens no socket.

Modules
-------
- :mod:`~toolkit.fetch.core`: :func:`fetch_urls`, :func:`fetch_frame`, :class:`FetchResult`.
- :mod:`~toolkit.fetch.pool`: the per-domain scheduler and worker pool.
- :mod:`~toolkit.fetch.download`: one HTTP attempt (redirects, caps, reasons).
- :mod:`~toolkit.fetch.robots`: robots.txt rules and decisions.
- :mod:`~toolkit.fetch.cache`: the on-disk cache.

Examples
--------
>>> results = fetch_urls(["https://example.org/news/1"], delay=2.0)  # doctest: +SKIP
>>> [(r.url, r.status, r.ok) for r in results]  # doctest: +SKIP
[('https://example.org/news/1', 200, True)]
"""

from __future__ import annotations

from toolkit.fetch.cache import default_cache_dir
from toolkit.fetch.core import FetchResult, fetch_frame, fetch_urls
from toolkit.fetch.download import CONTACT_PLACEHOLDER, default_user_agent

__all__ = [
    "CONTACT_PLACEHOLDER",
    "FetchResult",
    "default_cache_dir",
    "default_user_agent",
    "fetch_frame",
    "fetch_urls",
]
