"""A loopback HTTP server for tests: real sockets on 127.0.0.1, no internet.

Routes map a path to a handler; the server counts requests per path and
keeps the time and headers of each, so a test can check retries, the cache
and politeness delays. Helpers build the usual handlers.

Examples
--------
>>> with LoopbackServer({"/a": page("<p>hi</p>")}) as server:  # doctest: +SKIP
...     requests.get(server.url("/a")).text
'<p>hi</p>'
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = [
    "Handler",
    "LoopbackServer",
    "conditional",
    "first_then",
    "page",
    "redirect",
    "reset",
    "sleep",
    "status",
    "trickle",
    "truncated",
]

#: A route handler: gets the request handler and the server, writes a response.
Handler = Callable[[BaseHTTPRequestHandler, "LoopbackServer"], None]


def page(
    body: str | bytes,
    *,
    code: int = 200,
    content_type: str = "text/html; charset=utf-8",
    headers: dict[str, str] | None = None,
) -> Handler:
    """Serve ``body`` (str is sent as UTF-8) with a status and content type."""
    data = body.encode("utf-8") if isinstance(body, str) else body

    def handle(req: BaseHTTPRequestHandler, server: LoopbackServer) -> None:
        req.send_response(code)
        if content_type:
            req.send_header("Content-Type", content_type)
        req.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            req.send_header(key, value)
        req.end_headers()
        req.wfile.write(data)

    return handle


def status(code: int, body: str = "") -> Handler:
    """Serve an error page with status ``code``."""
    return page(body or f"<html><body><h1>{code}</h1></body></html>", code=code)


def redirect(location: str, code: int = 301) -> Handler:
    """Redirect to ``location`` (a path on this server or a full URL)."""

    def handle(req: BaseHTTPRequestHandler, server: LoopbackServer) -> None:
        req.send_response(code)
        req.send_header("Location", server.url(location) if location.startswith("/") else location)
        req.send_header("Content-Length", "0")
        req.end_headers()

    return handle


def sleep(seconds: float, then: Handler | None = None) -> Handler:
    """Wait ``seconds`` before answering (cut short when the server stops)."""

    def handle(req: BaseHTTPRequestHandler, server: LoopbackServer) -> None:
        if server.stopping.wait(seconds):
            return
        (then or page("<html><body>late</body></html>"))(req, server)

    return handle


def trickle(body: bytes, *, pieces: int, interval: float, content_type: str = "text/html; charset=utf-8") -> Handler:
    """Send the headers at once, then the body in ``pieces`` parts ``interval`` seconds apart."""

    def handle(req: BaseHTTPRequestHandler, server: LoopbackServer) -> None:
        req.send_response(200)
        req.send_header("Content-Type", content_type)
        req.send_header("Content-Length", str(len(body)))
        req.end_headers()
        step = -(-len(body) // pieces)
        for start in range(0, len(body), step):
            req.wfile.write(body[start : start + step])
            req.wfile.flush()
            if server.stopping.wait(interval):
                return

    return handle


def truncated(body: bytes, *, declared: int, content_type: str = "text/html; charset=utf-8") -> Handler:
    """Announce ``declared`` bytes in Content-Length, send ``body`` (shorter), close."""

    def handle(req: BaseHTTPRequestHandler, server: LoopbackServer) -> None:
        req.send_response(200)
        req.send_header("Content-Type", content_type)
        req.send_header("Content-Length", str(declared))
        req.end_headers()
        req.wfile.write(body)
        req.wfile.flush()
        req.close_connection = True

    return handle


def conditional(body: bytes, *, etag: str, last_modified: str,
                content_type: str = "text/html; charset=utf-8") -> Handler:
    """Serve ``body`` with validators; answer 304 when the client's copy is current."""

    def handle(req: BaseHTTPRequestHandler, server: LoopbackServer) -> None:
        if req.headers.get("If-None-Match") == etag or (
            not req.headers.get("If-None-Match") and req.headers.get("If-Modified-Since") == last_modified
        ):
            req.send_response(304)
            req.send_header("ETag", etag)
            req.send_header("Content-Length", "0")
            req.end_headers()
            return
        page(body, content_type=content_type, headers={"ETag": etag, "Last-Modified": last_modified})(req, server)

    return handle


def first_then(first: Handler, then: Handler, times: int = 1) -> Handler:
    """Answer the first ``times`` requests for the path with ``first``, later ones with ``then``."""

    def handle(req: BaseHTTPRequestHandler, server: LoopbackServer) -> None:
        path = req.path.split("?", 1)[0]
        (first if server.hits[path] <= times else then)(req, server)

    return handle


def reset() -> Handler:
    """Read the request, then drop the connection with a TCP reset (RST)."""

    def handle(req: BaseHTTPRequestHandler, server: LoopbackServer) -> None:
        # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        req.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        req.close_connection = True
        req.rfile.close()  # drop the file's reference so close() really closes
        req.connection.close()

    return handle


class _RequestHandler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        owner = self.server.owner
        path = self.path.split("?", 1)[0]
        owner._record(path, self)
        handler = owner.routes.get(path)
        if handler is None:
            status(404)(self, owner)
            return
        try:
            handler(self, owner)
        except (BrokenPipeError, ConnectionResetError, ValueError, OSError):
            # the client gave up (a time-out in the test) or the route dropped the socket
            self.close_connection = True

    do_HEAD = do_GET  # noqa: N815

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (ValueError, OSError):
            self.close_connection = True

    def finish(self) -> None:
        try:
            super().finish()
        except (ValueError, OSError):
            pass

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # keep test output quiet


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: LoopbackServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a dropped connection is part of the tests, not an error


class LoopbackServer:
    """A threading HTTP server on a loopback address and a random free port.

    Parameters
    ----------
    routes : dict of str to Handler, optional
        Path (without query) to handler; unknown paths get a 404. Routes may
        be added after start.
    host : str
        Loopback address to listen on: ``127.0.0.1`` or any other
        ``127.0.0.x`` (all of 127.0.0.0/8 is loopback on Linux), so that
        several servers look like several sites.

    Attributes
    ----------
    hits : dict of str to int
        Requests received per path.
    log : list of (float, str, str, dict)
        ``(time.monotonic(), method, path, headers)`` for each request.
    """

    def __init__(self, routes: dict[str, Handler] | None = None, host: str = "127.0.0.1") -> None:
        self.host = host
        self.routes: dict[str, Handler] = dict(routes or {})
        self.hits: defaultdict[str, int] = defaultdict(int)
        self.log: list[tuple[float, str, str, dict[str, str]]] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    def _record(self, path: str, req: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.hits[path] += 1
            self.log.append((time.monotonic(), req.command, path, dict(req.headers.items())))

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("server not started")
        return self._httpd.server_address[1]

    def url(self, path: str) -> str:
        """Full URL of ``path`` on this server."""
        return f"http://{self.host}:{self.port}{path}"

    def times(self, path: str) -> list[float]:
        """Monotonic arrival times of the requests for ``path``."""
        with self._lock:
            return [t for t, _, p, _ in self.log if p == path]

    def start(self) -> LoopbackServer:
        self.stopping.clear()
        self._httpd = _Server((self.host, 0), _RequestHandler)
        self._httpd.owner = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
