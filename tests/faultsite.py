"""A fault-injection harness: N pages over several loopback hosts, faults per URL.

:class:`FaultSite` starts one :class:`~httpserver.LoopbackServer` per host
(``127.0.0.2``, ``127.0.0.3``, ...; all of 127.0.0.0/8 is loopback on
Linux, so each looks like its own site to the fetcher) and serves URL ``i``
on host ``i % hosts`` with a fault chosen deterministically from ``seed``:
time-outs, 5xx, 429 with Retry-After, resets, slow bodies, redirect loops,
oversize and truncated bodies, empty and binary bodies, robots.txt
refusals and pages in odd charsets. :attr:`FaultSite.plan` says, for every
URL, whether it must load (and its title) or fail (and a pattern its
reason must match), so a test can check that nothing is lost.

Used by ``tests/test_fetch_faults.py`` and ``benchmarks/fetch.py``.

Examples
--------
>>> with FaultSite(n=20, hosts=2, fault_rate=0.3) as site:  # doctest: +SKIP
...     urls = site.urls()
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from httpserver import (
    Handler,
    LoopbackServer,
    conditional,
    first_then,
    page,
    redirect,
    reset,
    sleep,
    status,
    trickle,
    truncated,
)

__all__ = ["FAULTS", "Expect", "FaultSite", "MAX_BYTES", "TIMEOUT", "article_html"]

#: Client settings the faults are sized for (a test passes these to the fetcher).
# Generous against a loaded machine: a page served normally must never take
# this long, even when the test runs beside other work (the tests once used
# 0.3 s, which a busy machine could exceed for an ordinary page).
TIMEOUT = 1.0
MAX_BYTES = 64 * 1024
RETRY_AFTER_S = 1

_PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4

# Real-language sentences for the pages in legacy charsets (written for the project).
_TEXTS = {
    "cp1251": ("Библиотека открылась снова", "Городская библиотека открылась после ремонта, который длился три года. "
               "Читатели пришли с утра, чтобы посмотреть на новые залы и детский этаж."),
    "koi8-r": ("Паром пойдёт чаще", "Летом паром на остров будет ходить каждые два часа, сообщила портовая служба. "
               "Первый рейс отправится в шесть утра, последний вернётся незадолго до полуночи. "
               "Билеты, купленные раньше, остаются действительными, добавили в службе."),
    "cp1250": ("Knihovna znovu otevřela", "Městská knihovna v přístavním městečku se po třech letech znovu otevřela. "
               "Nová budova stojí na kopci u autobusového nádraží a má dětské patro i studovnu."),
    "shift_jis": ("図書館が再開", "港町の図書館が三年ぶりに再開した。新しい建物は高台に建てられ、子ども向けの階と夜十時まで開いている閲覧室がある。"),
    "gb18030": ("图书馆重新开放", "港口小镇的公共图书馆在关闭三年后重新开放。新馆建在公交车站附近的高地上，设有儿童楼层和开放到晚上十点的阅览室。"),
}


@dataclass(frozen=True)
class Expect:
    """What must become of one URL: a title when it loads, a reason pattern when it fails."""

    url: str
    fault: str
    ok: bool
    title: str | None = None
    reason: str | None = None  # a regular expression the failure reason must match
    requests: int = 1  # requests for the URL itself when fetched in full once


#: Fault name -> (loads?, reason pattern, requests of a full fetch). Successes first.
FAULTS: dict[str, tuple[bool, str | None, int]] = {
    "ok": (True, None, 1),
    "slow": (True, None, 1),
    "redirect": (True, None, 1),
    "retry_5xx_once": (True, None, 2),
    "retry_429": (True, None, 2),
    "reset_once": (True, None, 2),
    "truncated_once": (True, None, 2),
    "charset_cp1251": (True, None, 1),
    "charset_koi8r": (True, None, 1),
    "charset_cp1250": (True, None, 1),
    "charset_shift_jis": (True, None, 1),
    "charset_gb18030": (True, None, 1),
    "timeout": (False, r"^timed out after 1 s \(2 attempts\)$", 2),
    "http_503": (False, r"^HTTP 503 \(2 attempts\)$", 2),
    "http_404": (False, r"^HTTP 404$", 1),
    "http_410": (False, r"^HTTP 410$", 1),
    "reset": (False, r"^connection reset \(2 attempts\)$", 2),
    "redirect_loop": (False, r"^redirect loop \(/a/\d+ -> /loop/\d+/a -> /loop/\d+/b -> /loop/\d+/a\)$", 1),
    "oversize": (False, r"^page larger than 64 kB \(Content-Length 100,000 bytes\)$", 1),
    "oversize_chunked": (False, r"^page larger than 64 kB$", 1),
    "truncated": (False, r"^truncated body \(received 3,000 of the 9,000 bytes in Content-Length\) \(2 attempts\)$", 2),
    "empty": (False, r"^empty page$", 1),
    "binary": (False, r"^not a web page \(Content-Type image/png\)$", 1),
    "binary_as_html": (False, r"^cannot decode page: binary data \(PNG image\), not text$", 1),
    "robots": (False, r"^disallowed by http://127\.0\.0\.\d+:\d+/robots\.txt$", 0),
}
_SUCCESS_FAULTS = [name for name, (ok, _, _) in FAULTS.items() if ok and name != "ok"]
_FAILURE_FAULTS = [name for name, (ok, _, _) in FAULTS.items() if not ok]


def article_html(title: str, text: str, *, charset: str = "utf-8", meta: bool = True) -> bytes:
    """A small article page in ``charset`` (with a meta declaration unless ``meta=False``)."""
    head = f'<meta charset="{charset}">' if meta else ""
    paragraphs = "".join(f"<p>{sentence.strip()}</p>" for sentence in re.split(r"(?<=[.!?。])\s*", text) if sentence.strip())
    html = (f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>")
    return html.encode(charset)


def _english(i: int, host: int) -> tuple[str, str]:
    title = f"Story {i} from site {host}"
    text = " ".join(
        f"Story {i} was discussed again on day {k}, and residents of harbour town {host} asked the "
        f"council about it at length during meeting number {k}." for k in range(1, 6))
    return title, text


class FaultSite:
    """``n`` pages over ``hosts`` loopback hosts, a ``fault_rate`` share of them faulty.

    Parameters
    ----------
    n : int
        Number of page URLs.
    hosts : int
        Number of hosts (127.0.0.2 upward).
    fault_rate : float
        Share of URLs given a fault other than ``ok``; half of those are
        faults the fetcher must overcome or odd charsets it must read, half
        are failures.
    seed : int
        Fixes which URL gets which fault.
    """

    def __init__(self, n: int = 200, hosts: int = 5, fault_rate: float = 0.3, seed: int = 0) -> None:
        self.n, self.hosts_n, self.fault_rate, self.seed = n, hosts, fault_rate, seed
        self.servers = [LoopbackServer(host=f"127.0.0.{k + 2}") for k in range(hosts)]
        self.faults = self._assign()
        self.plan: list[Expect] = []

    def _assign(self) -> list[str]:
        rng = random.Random(self.seed)
        n_faulty = round(self.n * self.fault_rate)
        # every fault kind at least once when there is room, then at random
        kinds = (_SUCCESS_FAULTS + _FAILURE_FAULTS) if n_faulty >= len(FAULTS) - 1 else []
        while len(kinds) < n_faulty:
            kinds.append(rng.choice(_SUCCESS_FAULTS if rng.random() < 0.5 else _FAILURE_FAULTS))
        faults = kinds[:n_faulty] + ["ok"] * (self.n - n_faulty)
        rng.shuffle(faults)
        return faults

    # -- serving ---------------------------------------------------------------

    def start(self) -> FaultSite:
        for server in self.servers:
            server.start()
            server.routes["/robots.txt"] = page("User-agent: *\nDisallow: /private/\n",
                                                content_type="text/plain")
        self.plan = [self._route(i, fault) for i, fault in enumerate(self.faults)]
        return self

    def stop(self) -> None:
        for server in self.servers:
            server.stop()

    def __enter__(self) -> FaultSite:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def server_of(self, i: int) -> LoopbackServer:
        return self.servers[i % self.hosts_n]

    def urls(self) -> list[str]:
        return [expect.url for expect in self.plan]

    def hits(self, url: str) -> int:
        """Requests the URL's own path received so far."""
        for server in self.servers:
            prefix = f"http://{server.host}:{server.port}"
            if url.startswith(prefix):
                return server.hits.get(url[len(prefix):], 0)
        raise KeyError(url)

    def _route(self, i: int, fault: str) -> Expect:
        server = self.server_of(i)
        host = i % self.hosts_n
        path = f"/private/{i}" if fault == "robots" else f"/a/{i}"
        title, text = _english(i, host)
        if fault.startswith("charset_"):
            charset = fault.removeprefix("charset_").replace("koi8r", "koi8-r")
            title, text = _TEXTS[charset]
            title = f"{title} {i}"
            text = f"{text} ({i})"  # each page its own text, so none is a duplicate
        handler = self._handler(fault, i, title, text)
        server.routes[path] = handler
        ok, reason, requests = FAULTS[fault]
        return Expect(server.url(path), fault, ok, title if ok else None, reason, requests)

    def _handler(self, fault: str, i: int, title: str, text: str) -> Handler:
        body = article_html(title, text)
        server = self.server_of(i)
        good = conditional(body, etag=f'"v1-{i}"', last_modified="Mon, 10 Mar 2025 08:00:00 GMT")
        if fault in ("ok", "robots"):
            return good
        if fault == "slow":  # four pieces 0.3 s apart: slower than the time-out in all, not per wait
            return trickle(body, pieces=4, interval=0.3)
        if fault == "redirect":
            server.routes[f"/moved/{i}"] = good
            return redirect(f"/moved/{i}", 302)
        if fault.startswith("charset_"):
            return self._charset_page(fault, title, text)
        once = {
            "retry_5xx_once": status(500),
            "retry_429": page("slow down", code=429, headers={"Retry-After": str(RETRY_AFTER_S)}),
            "reset_once": reset(),
            "truncated_once": truncated(body[: len(body) // 2], declared=len(body)),
        }
        if fault in once:
            return first_then(once[fault], good)
        return self._failure(fault, i, body)

    def _charset_page(self, fault: str, title: str, text: str) -> Handler:
        if fault == "charset_cp1251":  # declared in the HTTP header only
            return page(article_html(title, text, charset="cp1251", meta=False),
                        content_type="text/html; charset=windows-1251")
        if fault == "charset_koi8r":  # declared nowhere
            return page(article_html(title, text, charset="koi8-r", meta=False), content_type="text/html")
        charset = fault.removeprefix("charset_")
        return page(article_html(title, text, charset=charset), content_type="text/html")

    def _failure(self, fault: str, i: int, body: bytes) -> Handler:
        server = self.server_of(i)
        if fault == "redirect_loop":
            server.routes[f"/loop/{i}/a"] = redirect(f"/loop/{i}/b", 302)
            server.routes[f"/loop/{i}/b"] = redirect(f"/loop/{i}/a", 302)
            return redirect(f"/loop/{i}/a", 301)
        if fault == "oversize":
            return page(b"<html><body>" + b"x" * (100_000 - 26) + b"</body></html>")
        if fault == "oversize_chunked":
            return _chunked(b"<html><body>" + b"y" * 100_000 + b"</body></html>")
        simple = {
            "timeout": sleep(10.0),
            "http_503": status(503),
            "http_404": status(404),
            "http_410": status(410),
            "reset": reset(),
            "truncated": truncated(b"z" * 3000, declared=9000),
            "empty": page(b""),
            "binary": page(_PNG, content_type="image/png"),
            "binary_as_html": page(_PNG, content_type="text/html"),
        }
        return simple[fault]


def _chunked(body: bytes) -> Handler:
    def handle(req, server) -> None:
        req.send_response(200)
        req.send_header("Content-Type", "text/html; charset=utf-8")
        req.send_header("Transfer-Encoding", "chunked")
        req.end_headers()
        for start in range(0, len(body), 8192):
            piece = body[start : start + 8192]
            req.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        req.wfile.write(b"0\r\n\r\n")

    return handle
