"""URL helpers shared by every stage: canonical form, outlet and article ids.

All functions are pure and make no network call. The public suffix list is
the snapshot bundled with ``tldextract`` (``suffix_list_urls=()``), so
importing or calling them never reaches the internet.

Examples
--------
>>> canonical_url("HTTPS://www.Example.com/a/b/?utm_source=x&id=3#top")
'https://example.com/a/b?id=3'
>>> outlet_from_url("https://news.bbc.co.uk/world/1")
'bbc.co.uk'
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import tldextract

__all__ = ["article_id", "canonical_url", "is_url", "outlet_from_url"]

# Query parameters that track a reader, not name a page: dropped from canonical URLs.
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|igshid|_ga)$", re.I)
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.I)


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    # No suffix-list download: use the snapshot shipped inside tldextract.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def is_url(value: str) -> bool:
    """Return True when ``value`` looks like an http(s) URL."""
    return bool(_URL.match(value.strip())) if isinstance(value, str) else False


def canonical_url(url: str | None) -> str | None:
    """Return the canonical form of a URL, or None for an empty one.

    Lower-cases scheme and host, drops ``www.``, the fragment, default
    ports, tracking parameters and a trailing slash; keeps other query
    parameters sorted.

    Parameters
    ----------
    url : str or None
        Any http(s) URL.

    Returns
    -------
    str or None
    """
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    if not is_url(url):
        return None
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = parts.port
    if port and not ((parts.scheme == "http" and port == 80) or (parts.scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    if len(path) > 1:
        path = path.rstrip("/")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)))
    return urlunsplit((parts.scheme.lower(), host, path, query, ""))


def outlet_from_url(url: str | None) -> str | None:
    """Return the registered domain of a URL without ``www.`` (the outlet).

    Hosts with no public suffix (``localhost``, an IP address, ``x.example``)
    fall back to the host name without ``www.``.
    """
    if not url or not isinstance(url, str):
        return None
    host = (urlsplit(url.strip()).hostname or "").lower()
    if not host:
        return None
    ext = _extractor()(host)
    if ext.domain and ext.suffix:
        return f"{ext.domain}.{ext.suffix}"
    return host[4:] if host.startswith("www.") else host


def article_id(url: str | None = None, text: str | None = None) -> str:
    """Return a stable 16-hex-digit id from the canonical URL, else the text.

    The same article gets the same id on every run and machine.

    Examples
    --------
    >>> article_id("https://www.x.example/a/") == article_id("http://x.example/a".replace("http:", "https:"))
    True
    """
    canon = canonical_url(url)
    if canon:
        key = "url:" + canon.split("://", 1)[1]
    else:
        key = "text:" + " ".join((text or "").split()).lower()
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
