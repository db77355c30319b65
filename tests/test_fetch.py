"""Tests for toolkit.fetch against a real HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from httpserver import LoopbackServer, page, redirect, reset, sleep, status, trickle

import toolkit
from toolkit import fetch
from toolkit.fetch import FetchResult, fetch_frame, fetch_urls

REPO = Path(__file__).resolve().parents[1]
RUSSIAN = "Помилованные политзаключённые вышли на свободу"


def _html(text: str, head: str = "") -> str:
    return f"<html><head>{head}<title>t</title></head><body><p>{text}</p></body></html>"


@pytest.fixture(autouse=True)
def _fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    # Keep retry waits short; the backoff test sets its own base.
    monkeypatch.setattr(fetch.core, "_BACKOFF_BASE", 0.01)


@pytest.fixture
def server():
    """A loopback server, started before and stopped after each test."""
    srv = LoopbackServer(
        {
            "/ok": page(_html("hello")),
            "/moved": redirect("/ok", 301),
            "/missing": status(404),
            "/broken": status(500),
        }
    )
    with srv:
        yield srv


def _fetch(urls, tmp_path, **kwargs):
    # robots.txt has tests of its own (test_fetch_faults.py); here it would add a request
    kwargs = {"cache_dir": tmp_path / "cache", "delay": 0, "timeout": 0.5, "progress": False,
              "robots": False, **kwargs}
    return fetch_urls(urls, **kwargs)


def test_ok_page(server, tmp_path):
    [res] = _fetch([server.url("/ok")], tmp_path)
    assert isinstance(res, FetchResult)
    assert res.ok and res.error is None
    assert res.status == 200
    assert res.final_url == server.url("/ok")
    assert "hello" in res.html
    assert res.charset == "utf-8"
    assert res.from_cache is False
    # exactly one GET: newspaper4k's binary probe (HEAD + ranged GET) is off
    assert [method for _, method, _, _ in server.log] == ["GET"]


def test_redirect_records_final_url(server, tmp_path):
    [res] = _fetch([server.url("/moved")], tmp_path)
    assert res.ok
    assert res.status == 200
    assert res.url == server.url("/moved")
    assert res.final_url == server.url("/ok")
    assert server.hits["/moved"] == 1 and server.hits["/ok"] == 1


@pytest.mark.parametrize("code", [403, 404, 410])
def test_client_errors_fail_without_retry(server, tmp_path, code):
    server.routes["/err"] = status(code)
    [res] = _fetch([server.url("/err")], tmp_path, retries=3)
    assert not res.ok
    assert res.html is None
    assert res.status == code
    assert res.error == f"HTTP {code}"
    assert server.hits["/err"] == 1


def test_server_error_is_retried_then_fails(server, tmp_path):
    [res] = _fetch([server.url("/broken")], tmp_path, retries=2)
    assert not res.ok
    assert res.status == 500
    assert res.error.startswith("HTTP 500")
    assert server.hits["/broken"] == 3


def test_server_error_then_success(server, tmp_path):
    calls = {"n": 0}

    def flaky(req, srv):
        calls["n"] += 1
        (status(503) if calls["n"] == 1 else page(_html("second time")))(req, srv)

    server.routes["/flaky"] = flaky
    [res] = _fetch([server.url("/flaky")], tmp_path, retries=2)
    assert res.ok and "second time" in res.html
    assert server.hits["/flaky"] == 2


def test_too_many_requests_is_retried(server, tmp_path):
    server.routes["/busy"] = status(429)
    [res] = _fetch([server.url("/busy")], tmp_path, retries=1)
    assert res.error.startswith("HTTP 429")
    assert server.hits["/busy"] == 2


def test_backoff_grows_exponentially(server, tmp_path, monkeypatch):
    monkeypatch.setattr(fetch.core, "_BACKOFF_BASE", 0.2)
    _fetch([server.url("/broken")], tmp_path, retries=2)
    t = server.times("/broken")
    assert len(t) == 3
    assert t[1] - t[0] >= 0.2 * 0.9
    assert t[2] - t[1] >= 0.4 * 0.9


def test_retry_after_is_honoured(server, tmp_path):
    server.routes["/later"] = page("busy", code=503, headers={"Retry-After": "1"})
    _fetch([server.url("/later")], tmp_path, retries=1)
    t = server.times("/later")
    assert len(t) == 2
    assert t[1] - t[0] >= 0.9


def test_timeout_is_retried_then_fails(server, tmp_path):
    server.routes["/hang"] = sleep(3.0)
    [res] = _fetch([server.url("/hang")], tmp_path, timeout=0.5, retries=1)
    assert not res.ok
    assert res.status is None
    assert res.error.startswith("timed out after 0.5 s")
    assert server.hits["/hang"] == 2


def test_slow_body_within_timeout_succeeds(server, tmp_path):
    body = _html("x" * 4000).encode()
    # 8 pieces 0.1 s apart: 0.8 s in all, longer than the 0.5 s timeout, but
    # no single wait for data reaches it.
    server.routes["/slow"] = trickle(body, pieces=8, interval=0.1)
    [res] = _fetch([server.url("/slow")], tmp_path, timeout=0.5, retries=0)
    assert res.ok, res.error
    assert res.html == body.decode()


def test_endless_trickle_is_cut_off(server, tmp_path, monkeypatch):
    monkeypatch.setattr(fetch.core, "_TOTAL_TIME_FACTOR", 1)
    server.routes["/drip"] = trickle(_html("y" * 4000).encode(), pieces=20, interval=0.1)
    [res] = _fetch([server.url("/drip")], tmp_path, timeout=0.5, retries=0)
    assert not res.ok
    assert "longer than" in res.error


def test_reset_connection_is_retried_then_fails(server, tmp_path):
    server.routes["/reset"] = reset()
    [res] = _fetch([server.url("/reset")], tmp_path, retries=1)
    assert not res.ok
    assert res.status is None
    assert res.error.startswith("connection reset")
    assert server.hits["/reset"] == 2


def test_cp1251_declared_in_http_header_only(server, tmp_path):
    body = _html(RUSSIAN).encode("cp1251")
    assert b"charset" not in body
    server.routes["/ru-header"] = page(body, content_type="text/html; charset=windows-1251")
    [res] = _fetch([server.url("/ru-header")], tmp_path)
    assert res.ok
    assert RUSSIAN in res.html
    assert res.charset == "cp1251"


def test_cp1251_declared_in_meta_only(server, tmp_path):
    body = _html(RUSSIAN, head='<meta charset="windows-1251">').encode("cp1251")
    server.routes["/ru-meta"] = page(body, content_type="text/html")
    [res] = _fetch([server.url("/ru-meta")], tmp_path)
    assert res.ok
    assert RUSSIAN in res.html
    assert res.charset == "cp1251"


def test_gzip_and_chunked_bodies(server, tmp_path):
    body = _html(RUSSIAN + " " + "z" * 3000).encode("cp1251")

    def chunked(req, srv):
        req.send_response(200)
        req.send_header("Content-Type", "text/html; charset=windows-1251")
        req.send_header("Transfer-Encoding", "chunked")
        req.end_headers()
        for start in range(0, len(body), 1000):
            piece = body[start : start + 1000]
            req.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        req.wfile.write(b"0\r\n\r\n")

    server.routes["/gz"] = page(
        gzip.compress(body),
        content_type="text/html; charset=windows-1251",
        headers={"Content-Encoding": "gzip"},
    )
    server.routes["/chunked"] = chunked
    res = _fetch([server.url("/gz"), server.url("/chunked")], tmp_path)
    for r in res:
        assert r.ok, r.error
        assert r.html == body.decode("cp1251")


def test_cache_hit_on_second_run(server, tmp_path):
    body = _html(RUSSIAN).encode("cp1251")
    server.routes["/ru"] = page(body, content_type="text/html; charset=windows-1251")
    urls = [server.url("/ok"), server.url("/ru"), server.url("/moved")]
    first = _fetch(urls, tmp_path)
    hits = dict(server.hits)
    second = _fetch(urls, tmp_path)
    assert dict(server.hits) == hits
    assert [r.from_cache for r in first] == [False, False, False]
    assert [r.from_cache for r in second] == [True, True, True]
    for a, b in zip(first, second, strict=True):
        assert (a.url, a.final_url, a.status, a.html, a.charset) == (b.url, b.final_url, b.status, b.html, b.charset)


def test_redirect_target_is_cached_too(server, tmp_path):
    _fetch([server.url("/moved")], tmp_path)
    [res] = _fetch([server.url("/ok")], tmp_path)
    assert res.ok and res.from_cache
    assert res.final_url == server.url("/ok")
    assert server.hits["/ok"] == 1


def test_cache_write_failure_still_returns_page(server, tmp_path, monkeypatch):
    def disk_full(path, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fetch.cache, "atomic_write", disk_full)
    [res] = _fetch([server.url("/ok")], tmp_path)
    assert res.ok and "hello" in res.html
    monkeypatch.undo()
    [again] = _fetch([server.url("/ok")], tmp_path)
    assert again.ok and not again.from_cache
    assert server.hits["/ok"] == 2


def test_failures_are_not_cached(server, tmp_path):
    _fetch([server.url("/missing"), server.url("/broken")], tmp_path, retries=0)
    _fetch([server.url("/missing"), server.url("/broken")], tmp_path, retries=0)
    assert server.hits["/missing"] == 2
    assert server.hits["/broken"] == 2
    assert not list((tmp_path / "cache").glob("index/*/*.json"))


def test_cache_is_content_addressed(server, tmp_path):
    server.routes["/same"] = page(_html("hello"))
    _fetch([server.url("/ok"), server.url("/same")], tmp_path)
    objects = [p for p in (tmp_path / "cache" / "objects").glob("*/*")]
    entries = [json.loads(p.read_text()) for p in (tmp_path / "cache" / "index").glob("*/*.json")]
    assert len(entries) == 2
    assert len(objects) == 1  # same bytes, stored once
    assert objects[0].name == hashlib.sha256(objects[0].read_bytes()).hexdigest()
    assert {e["sha256"] for e in entries} == {objects[0].name}
    assert all(e["status"] == 200 and "content-type" in e["headers"] for e in entries)


def test_damaged_cache_object_is_fetched_again(server, tmp_path):
    _fetch([server.url("/ok")], tmp_path)
    [obj] = (tmp_path / "cache" / "objects").glob("*/*")
    obj.write_bytes(b"<html>trunc")
    [res] = _fetch([server.url("/ok")], tmp_path)
    assert res.ok and not res.from_cache and "hello" in res.html
    assert server.hits["/ok"] == 2


def test_results_in_input_order_and_duplicates_fetched_once(server, tmp_path):
    urls = [
        server.url("/missing"),
        server.url("/ok"),
        "not a url",
        server.url("/ok") + "?utm_source=feed",  # same canonical URL as /ok
        server.url("/moved"),
    ]
    res = _fetch(urls, tmp_path, retries=0)
    assert [r.url for r in res] == urls
    assert [r.ok for r in res] == [False, True, False, True, True]
    assert res[2].error.startswith("not an http(s) URL")
    assert server.hits["/ok"] == 2  # once for /ok (and its duplicate), once via /moved


def test_per_domain_delay_is_honoured(server, tmp_path):
    server.routes["/a"] = page(_html("a"))
    server.routes["/b"] = page(_html("b"))
    _fetch([server.url("/ok"), server.url("/a"), server.url("/b")], tmp_path, delay=0.4)
    t = [server.times(p)[0] for p in ("/ok", "/a", "/b")]
    assert t[1] - t[0] >= 0.4 * 0.9
    assert t[2] - t[1] >= 0.4 * 0.9


def test_user_agent_names_toolkit_and_contact(server, tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CONTACT", "https://uni.example/~researcher")
    _fetch([server.url("/ok")], tmp_path)
    ua = server.log[-1][3]["User-Agent"]
    assert ua.startswith(f"news-research-toolkit/{toolkit.__version__} ")
    assert "https://uni.example/~researcher" in ua
    _fetch([server.url("/moved")], tmp_path, user_agent="my-study/1.0 (+mailto:me@uni.example)")
    assert server.log[-1][3]["User-Agent"] == "my-study/1.0 (+mailto:me@uni.example)"


def test_default_user_agent_has_contact_placeholder(monkeypatch):
    monkeypatch.delenv("TOOLKIT_CONTACT", raising=False)
    assert fetch.CONTACT_PLACEHOLDER in fetch.default_user_agent()


def test_non_page_content_and_empty_page_fail(server, tmp_path):
    server.routes["/img"] = page(b"\x89PNG\r\n\x1a\n" + bytes(200), content_type="image/png")
    server.routes["/empty"] = page(b"")
    img, empty = _fetch([server.url("/img"), server.url("/empty")], tmp_path)
    assert not img.ok and "image/png" in img.error
    assert not empty.ok and empty.error == "empty page"
    assert not list((tmp_path / "cache").glob("index/*/*.json"))


def test_oversized_page_fails(server, tmp_path, monkeypatch):
    monkeypatch.setattr(fetch.core, "_MAX_BYTES", 1000)
    server.routes["/big"] = page(_html("z" * 5000))
    [res] = _fetch([server.url("/big")], tmp_path)
    assert not res.ok and "larger than" in res.error


def test_default_cache_dir_from_environment(server, tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE", str(tmp_path / "envcache"))
    assert fetch.default_cache_dir() == tmp_path / "envcache"
    fetch_urls([server.url("/ok")], delay=0, progress=False)
    assert list((tmp_path / "envcache" / "index").glob("*/*.json"))


def test_misuse_gives_clear_errors(tmp_path):
    with pytest.raises(TypeError, match="wrap it"):
        fetch_urls("http://127.0.0.1/x", cache_dir=tmp_path)
    with pytest.raises(ValueError, match="timeout"):
        fetch_urls([], cache_dir=tmp_path, timeout=0)
    with pytest.raises(ValueError, match="retries"):
        fetch_urls([], cache_dir=tmp_path, retries=-1)


def test_fetch_frame(server, tmp_path):
    frame = fetch_frame([server.url("/ok"), server.url("/missing")], cache_dir=tmp_path, delay=0, progress=False)
    assert list(frame.columns) == ["url", "final_url", "status", "ok", "from_cache", "error", "n_bytes"]
    assert frame["url"].tolist() == [server.url("/ok"), server.url("/missing")]
    assert frame["ok"].tolist() == [True, False]
    assert str(frame["status"].dtype) == "Int64"
    assert frame.loc[0, "n_bytes"] == len(_html("hello").encode())
    assert frame.loc[1, "error"] == "HTTP 404"


def test_only_loopback_sockets_during_fetch(server, tmp_path, monkeypatch):
    """A fetch opens no connection but the one to the page (no PSL download, no probes)."""
    real_connect = socket.socket.connect
    seen = []

    def guarded(self, address):
        seen.append(address)
        if not (isinstance(address, tuple) and address[0] in ("127.0.0.1", "::1")):
            raise OSError(f"unexpected connection to {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    [res] = _fetch([server.url("/ok")], tmp_path)
    assert res.ok, res.error
    assert seen and all(a[0] == "127.0.0.1" for a in seen)


def test_import_opens_no_socket(tmp_path):
    """Importing toolkit.fetch and naming outlets never touches the network."""
    code = textwrap.dedent(
        """
        import socket

        def refuse(self, *args, **kwargs):
            raise OSError(f"network access: {args!r}")

        def no_dns(*args, **kwargs):
            raise OSError(f"DNS lookup: {args!r}")

        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.getaddrinfo = no_dns

        import toolkit.fetch
        from toolkit.urls import outlet_from_url
        assert outlet_from_url("https://news.bbc.co.uk/world/1") == "bbc.co.uk"
        assert outlet_from_url("https://www.nytimes.com/2025/x") == "nytimes.com"
        toolkit.fetch.default_user_agent()

        # the guard itself works: a connection attempt is refused
        try:
            socket.socket().connect(("127.0.0.1", 9))
        except OSError as exc:
            print("guard active:", exc)
        print("imported without network")
        """
    )
    env = {**os.environ, "PYTHONPATH": str(REPO), "TLDEXTRACT_CACHE": str(tmp_path / "tld")}
    env.pop("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", None)
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "guard active: network access" in proc.stdout
    assert "imported without network" in proc.stdout


_CHILD = """
import sys
from toolkit.fetch import fetch_urls
urls = sys.argv[2:]
fetch_urls(urls, cache_dir=sys.argv[1], delay=0, timeout=5, retries=0, progress=False, robots=False)
"""


def _check_cache_whole(cache: Path) -> tuple[set[str], list[Path]]:
    """Assert every finished cache file is whole; return the URLs indexed and temp files."""
    temps = []
    for obj in (cache / "objects").glob("*/*"):
        if obj.name.startswith(".tmp-"):
            temps.append(obj)
            continue
        assert obj.name == hashlib.sha256(obj.read_bytes()).hexdigest(), f"partial object {obj}"
    urls = set()
    for idx in (cache / "index").glob("*/*"):
        if idx.name.startswith(".tmp-"):
            temps.append(idx)
            continue
        entry = json.loads(idx.read_text())  # a partial entry would not parse
        assert (cache / "objects" / entry["sha256"][:2] / entry["sha256"]).exists()
        urls.add(entry["url"])
    return urls, temps


@pytest.mark.slow
def test_resume_after_kill(tmp_path):
    n = 12
    paths = [f"/story/{i}" for i in range(n)]
    bodies = {p: _html(f"story {p} " + "lorem ipsum " * 20_000) for p in paths}  # ~240 kB each
    cache = tmp_path / "cache"
    with LoopbackServer({p: sleep(0.15, page(b)) for p, b in bodies.items()}) as srv:
        urls = [srv.url(p) for p in paths]
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        child = subprocess.Popen([sys.executable, "-c", _CHILD, str(cache), *urls], env=env)
        try:
            deadline = time.monotonic() + 60
            while len(list(cache.glob("index/*/*.json"))) < 4:
                assert child.poll() is None, "the fetch finished before it could be killed"
                assert time.monotonic() < deadline, "no progress from the fetch subprocess"
                time.sleep(0.01)
            child.send_signal(signal.SIGKILL)
        finally:
            child.kill()
            child.wait(timeout=30)

        done, temps = _check_cache_whole(cache)
        assert 4 <= len(done) < n
        assert all(t.name.startswith(".tmp-") for t in temps)
        hits_at_kill = dict(srv.hits)

        results = fetch_urls(urls, cache_dir=cache, delay=0, timeout=5, progress=False, robots=False)

        assert all(r.ok for r in results), [r.error for r in results if not r.ok]
        for path, url, res in zip(paths, urls, results, strict=True):
            assert res.html == bodies[path]
            if url in done:
                assert res.from_cache
                assert srv.hits[path] == hits_at_kill[path] == 1  # not requested again
            else:
                assert not res.from_cache
        # each page fetched once, plus at most the one in flight at the kill
        assert n <= sum(srv.hits.values()) <= n + 1
        done_after, temps_after = _check_cache_whole(cache)
        assert done_after == set(urls)
        assert temps_after == []  # the killed writer's temp files are cleaned up
