"""WARC and WARC.gz archives (Common Crawl's CC-NEWS, Heritrix, wget --warc-file).

Read with warcio, one record at a time, so an archive of any size is read
in bounded memory. Each ``response`` record with HTTP status 200 and an
HTML body is a page: its ``WARC-Target-URI`` is the page URL and its
``WARC-Date`` the time the crawler saw it (used as the publication date
only when the page states none, with ``published_from="crawl"``). Other
records (requests, metadata, redirects, images, duplicates recorded as
``revisit``) are not pages: they are counted and reported once per archive.

Part of :mod:`toolkit.load`; the names here are package internals.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from toolkit.load.fields import timestamp
from toolkit.load.inputs import Failure
from toolkit.load.reading import MAX_DOCUMENT_BYTES, mb, open_maybe_gzip

__all__ = ["WarcPage", "warc_pages"]

_HTML_TYPES = re.compile(r"html|xml", re.I)
# Records that describe a crawl, not a page: never counted as skipped.
_SILENT_TYPES = {"request", "metadata", "warcinfo", "conversion", "continuation"}
_CHUNK = 1 << 16
_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One HTML response of an archive: label, URL, crawl time, body and declared charset."""

    label: str
    url: str | None
    crawled: object  # pandas.Timestamp or None
    body: bytes
    charset: str | None

    def hints(self) -> dict:
        """The crawl time as a gap-filling date (see ``Loader.page``)."""
        return {"published": self.crawled, "published_from": "crawl" if self.crawled is not None else None}


def _skip_summary(name: str, skipped: Counter) -> Failure:
    total = sum(skipped.values())
    parts = ", ".join(f"{why}: {n}" for why, n in skipped.most_common())
    return Failure(name, "read", f"skipped: {total} record(s) that are not HTML pages ({parts})")


def warc_pages(path: Path, name: str, limit: int = MAX_DOCUMENT_BYTES) -> Iterator[WarcPage | Failure]:
    """The HTML pages of a WARC file, and a Failure for each record (or the file) that fails.

    Parameters
    ----------
    path : Path
        A ``.warc`` or ``.warc.gz`` file (per-record or whole-file gzip).
    name : str
        The file as the user named it, for labels: ``"crawl.warc.gz record 7"``.
    limit : int
        Largest page body in bytes; larger records fail with that reason.

    Yields
    ------
    WarcPage or Failure
        Pages in archive order; a final ``skipped: ...`` Failure counts the
        response records that are not HTML pages.
    """
    skipped: Counter = Counter()
    number = 0
    try:
        with open(path, "rb") as handle:
            if not open_maybe_gzip(handle).read(5).upper().startswith(b"WARC/"):
                yield Failure(name, "read", "not a WARC file (it does not start with a WARC/1.x record)")
                return
            handle.seek(0)
            records = ArchiveIterator(handle)
            for number, record in enumerate(records, start=1):  # noqa: B007
                label = f"{name} record {number}"
                item = _page(record, label, limit, skipped)
                if _drain(record):  # the file ended inside this record
                    yield Failure(item.label if item is not None else label, "read",
                                  f"truncated WARC file (it ends inside record {number})")
                    break
                if item is not None:
                    yield item
            else:
                end = (records.get_record_offset() or 0) + (records.get_record_length() or 0)
                if number and path.stat().st_size - end > 8:  # more than the records' trailing CRLFs
                    yield Failure(name, "read", f"truncated WARC file (it ends inside the record after record {number})")
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
        where = f"after record {number}" if number else "at its start"
        yield Failure(name, "read", f"truncated or corrupt WARC file ({where}: {str(exc).strip() or type(exc).__name__})")
        number = number or -1
    if skipped:
        yield _skip_summary(name, skipped)
    if not number:
        yield Failure(name, "read", "no WARC records in file")


def _drain(record) -> bool:
    """Read the rest of a record; True when the file ended before its declared length."""
    raw = record.raw_stream
    while raw.read(_CHUNK):
        pass
    return getattr(raw, "limit", 0) > 0


def _page(record, label: str, limit: int, skipped: Counter) -> WarcPage | Failure | None:
    """A page of one record, a Failure, or None (counted in ``skipped`` or silent)."""
    if record.rec_type in _SILENT_TYPES:
        return None
    if record.rec_type != "response":
        skipped[record.rec_type] += 1
        return None
    http = record.http_headers
    if http is None:
        skipped["not HTTP"] += 1
        return None
    status = http.get_statuscode()
    if status != "200":
        skipped[f"HTTP {status}"] += 1
        return None
    ctype = http.get_header("Content-Type") or ""
    if ctype and not _HTML_TYPES.search(ctype):
        skipped[ctype.split(";")[0].strip().lower()] += 1
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    label = f"{label} ({url})" if url else label
    body = record.content_stream().read(limit + 1)
    if len(body) > limit:
        return Failure(label, "read", f"page larger than {mb(limit)}")
    if not body.strip():
        return Failure(label, "read", "empty page")
    match = _CHARSET.search(ctype)
    crawled = timestamp(record.rec_headers.get_header("WARC-Date"))
    return WarcPage(label, url, crawled, body, match.group(1) if match else None)
