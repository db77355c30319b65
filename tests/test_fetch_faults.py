"""Fetching at scale against injected faults: nothing lost, nothing fetched twice, every failure named.

A :class:`faultsite.FaultSite` serves 200 pages over five loopback hosts
(127.0.0.2 to 127.0.0.6) with faults assigned per URL. Time-outs are short
(1 s) and retry waits tiny, so the module runs in seconds.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest
from faultsite import MAX_BYTES, TIMEOUT, FaultSite, article_html
from httpserver import LoopbackServer, conditional, page, sleep, status

from toolkit.fetch import core, fetch_frame, fetch_urls
from toolkit.load import load_articles
from toolkit.schema import ARTICLES, FAILURES, FETCH_DETAILS, validate

REPO = Path(__file__).resolve().parents[1]
OPTIONS = {"timeout": TIMEOUT, "retries": 1, "delay": 0, "max_bytes": MAX_BYTES, "workers": 8}


@pytest.fixture(autouse=True)
def _fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core, "_BACKOFF_BASE", 0.01)


@pytest.fixture(scope="module")
def site():
    with FaultSite(n=200, hosts=5, fault_rate=0.3, seed=0) as running:
        yield running


def _url_file(tmp_path: Path, urls: list[str]) -> Path:
    path = tmp_path / "urls.txt"
    path.write_text("# the fault site\n" + "\n".join(urls) + "\n")
    return path


def _index(cache: Path) -> dict[str, dict]:
    """Cache index entries by URL, checking that every file is whole."""
    entries = {}
    for idx in cache.glob("index/*/*.json"):
        entry = json.loads(idx.read_text())
        obj = cache / "objects" / entry["sha256"][:2] / entry["sha256"]
        assert hashlib.sha256(obj.read_bytes()).hexdigest() == entry["sha256"]
        entries[entry["url"]] = entry
    return entries


def _check_load(site: FaultSite, articles: pd.DataFrame, failures: pd.DataFrame) -> None:
    """Every URL is an article (with its title) or a failure (with its reason); no other row."""
    validate(articles, ARTICLES)
    validate(failures, FAILURES)
    loaded = dict(zip(articles["source"], articles["title"], strict=True))
    failed = dict(zip(failures["input"], failures["reason"], strict=True))
    assert len(loaded) == len(articles) and len(failed) == len(failures)
    assert set(loaded) | set(failed) == set(site.urls())  # nothing lost
    assert not set(loaded) & set(failed)
    assert articles["article_id"].is_unique and articles["duplicate_of"].isna().all()
    for expect in site.plan:
        if expect.ok:
            assert loaded.get(expect.url) == expect.title, (expect.fault, failed.get(expect.url))
        else:
            assert expect.url in failed, expect.fault
            assert re.search(expect.reason, failed[expect.url]), (expect.fault, failed[expect.url])
    assert (failures["stage"] == "fetch").all()


def test_200_urls_every_success_cached_once_every_failure_named(site, tmp_path):
    plan = site.plan
    assert len({e.fault for e in plan}) >= 20 and sum(not e.ok for e in plan) >= 25
    before = {e.url: site.hits(e.url) for e in plan}
    started = time.monotonic()
    articles, failures = load_articles(_url_file(tmp_path, site.urls()), errors="collect", progress=False,
                                       cache_dir=tmp_path / "cache", fetch_options=OPTIONS)
    elapsed = time.monotonic() - started
    _check_load(site, articles, failures)
    # each page requested as often as its fault needs, no more
    for e in plan:
        assert site.hits(e.url) - before[e.url] == e.requests, (e.fault, e.url)
    # every success cached once (under its URL; a redirect also under its target)
    index = _index(tmp_path / "cache")
    ok_urls = {e.url for e in plan if e.ok}
    assert ok_urls <= set(index)
    assert set(index) - ok_urls == {e.url.replace("/a/", "/moved/") for e in plan if e.fault == "redirect"}
    assert not {e.url for e in plan if not e.ok} & set(index)
    assert all(index[u]["robots"].startswith("allowed by http://127.0.0.") for u in ok_urls)
    assert elapsed < 30

    # a second run is served from the cache: no page of a success is asked again
    hits = {e.url: site.hits(e.url) for e in plan}
    again, failures_again = load_articles(_url_file(tmp_path, site.urls()), errors="collect", progress=False,
                                          cache_dir=tmp_path / "cache", fetch_options=OPTIONS)
    _check_load(site, again, failures_again)
    assert all(site.hits(e.url) == hits[e.url] for e in plan if e.ok)
    pd.testing.assert_frame_equal(again, articles)


_CHILD = """
import json, sys
sys.path.insert(0, {tests!r})
from toolkit.fetch import core
core._BACKOFF_BASE = 0.01
from toolkit.load import load_articles
load_articles(sys.argv[1], errors="collect", progress=False, cache_dir=sys.argv[2],
              fetch_options=json.loads(sys.argv[3]))
"""


@pytest.mark.slow
def test_kill_9_mid_run_then_resume(tmp_path):
    with FaultSite(n=200, hosts=5, fault_rate=0.3, seed=1) as site:
        cache = tmp_path / "cache"
        urls = _url_file(tmp_path, site.urls())
        slow = {**OPTIONS, "delay": 0.06}  # about 3 s of fetching: time to kill it half way
        code = _CHILD.format(tests=str(REPO / "tests"))
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        child = subprocess.Popen([sys.executable, "-c", code, str(urls), str(cache), json.dumps(slow)], env=env)
        try:
            deadline = time.monotonic() + 60
            while len(list(cache.glob("index/*/*.json"))) < 50:
                assert child.poll() is None, "the fetch finished before it could be killed"
                assert time.monotonic() < deadline, "no progress from the fetch subprocess"
                time.sleep(0.01)
            child.send_signal(signal.SIGKILL)
        finally:
            child.kill()
            child.wait(timeout=30)
        cached_at_kill = set(_index(cache))
        hits_at_kill = {e.url: site.hits(e.url) for e in site.plan}
        assert 50 <= len(cached_at_kill) < 170

        articles, failures = load_articles(urls, errors="collect", progress=False, cache_dir=cache,
                                           fetch_options=OPTIONS)
        _check_load(site, articles, failures)  # none lost, no duplicate, every failure named
        for e in site.plan:
            if e.url in cached_at_kill:  # no cached page fetched again
                assert site.hits(e.url) == hits_at_kill[e.url], e.fault
            if e.ok:  # at most one request more than a full fetch needs: the one in flight at the kill
                assert site.hits(e.url) <= e.requests + 1, (e.fault, site.hits(e.url))
            else:  # failures are not cached: a resume tries them again, once in full
                assert site.hits(e.url) <= 2 * e.requests, (e.fault, site.hits(e.url))
        assert set(_index(cache)) >= {e.url for e in site.plan if e.ok}
        assert not list(cache.glob("*/*/.tmp-*"))  # the killed writer's temp files are gone


# ---------------------------------------------------------------- politeness


def test_concurrent_across_hosts_sequential_within_one(tmp_path):
    in_flight: dict[str, int] = {}
    most: dict[str, int] = {}
    overall = {"now": 0, "most": 0}
    lock = threading.Lock()

    def slow_page(body: bytes):
        def handle(req, srv):
            with lock:
                in_flight[srv.host] = in_flight.get(srv.host, 0) + 1
                most[srv.host] = max(most.get(srv.host, 0), in_flight[srv.host])
                overall["now"] += 1
                overall["most"] = max(overall["most"], overall["now"])
            try:
                sleep(0.1, page(body))(req, srv)
            finally:
                with lock:
                    in_flight[srv.host] -= 1
                    overall["now"] -= 1
        return handle

    servers = [LoopbackServer(host=f"127.0.0.{k}") for k in (2, 3, 4, 5)]
    for server in servers:
        server.start()
    try:
        urls = []
        for k, server in enumerate(servers):
            for i in range(5):
                server.routes[f"/p/{i}"] = slow_page(article_html(f"Page {k}-{i}", "Some words here."))
                urls.append(server.url(f"/p/{i}"))
        started = time.monotonic()
        results = fetch_urls(urls, cache_dir=tmp_path / "c", delay=0.05, timeout=2, workers=8, progress=False)
        elapsed = time.monotonic() - started
    finally:
        for server in servers:
            server.stop()
    assert all(r.ok for r in results)
    assert set(most.values()) == {1}  # never two requests at once to one host
    assert overall["most"] >= 3  # but several hosts at once
    # four hosts of five pages: about 5 * (0.1 + 0.05) s, not 20 * (0.1 + 0.05) s one after another
    # (the bound leaves room for a busy machine)
    assert elapsed < 2.2
    for server in servers:  # the delay holds within each host, end of one request to start of the next
        times = sorted(server.times(p)[0] for p in (f"/p/{i}" for i in range(5)))
        assert all(b - a >= 0.1 + 0.05 * 0.9 for a, b in zip(times, times[1:], strict=False))


def test_robots_txt_decisions_are_recorded_and_kept_for_a_day(tmp_path):
    with LoopbackServer({"/robots.txt": page("User-agent: *\nDisallow: /private\n\nUser-agent: other-bot\nDisallow: /\n",
                                             content_type="text/plain"),
                         "/public": page(article_html("Public", "Open to all.")),
                         "/private/x": page(article_html("Private", "Not for crawlers."))},
                        host="127.0.0.2") as srv:
        frame = fetch_frame([srv.url("/public"), srv.url("/private/x")], cache_dir=tmp_path / "c",
                            delay=0, progress=False, details=True)
        validate(frame, FETCH_DETAILS)
        assert frame["ok"].tolist() == [True, False]
        assert frame.loc[0, "robots"] == f"allowed by http://127.0.0.2:{srv.port}/robots.txt"
        assert frame.loc[1, "error"] == f"disallowed by http://127.0.0.2:{srv.port}/robots.txt"
        assert frame.loc[1, "attempts"] == 0 and srv.hits["/private/x"] == 0
        # a second run reads robots.txt from the cache, not the site
        fetch_urls([srv.url("/private/x")], cache_dir=tmp_path / "c", delay=0, progress=False)
        assert srv.hits["/robots.txt"] == 1
        # the user's own product token is matched
        [res] = fetch_urls([srv.url("/public")], cache_dir=tmp_path / "d", delay=0, progress=False,
                           user_agent="other-bot/2.0 (+mailto:me@uni.example)")
        assert res.error == f"disallowed by http://127.0.0.2:{srv.port}/robots.txt"


@pytest.mark.parametrize(("robots", "ok", "note"), [
    (status(404), True, "allowed (no robots.txt: HTTP 404)"),
    (status(503), False, "disallowed: robots.txt unreachable (HTTP 503), so RFC 9309 says assume disallow"),
])
def test_missing_and_unreachable_robots_txt(tmp_path, robots, ok, note):
    with LoopbackServer({"/robots.txt": robots, "/a": page(article_html("A", "Text."))}, host="127.0.0.3") as srv:
        [res] = fetch_urls([srv.url("/a")], cache_dir=tmp_path / "c", delay=0, retries=0, progress=False)
    assert res.ok is ok
    assert res.robots == note
    if not ok:
        assert res.error == note


def test_crawl_delay_lengthens_the_pause(tmp_path):
    routes = {"/robots.txt": page("User-agent: *\nCrawl-delay: 0.5\n", content_type="text/plain")}
    routes.update({f"/{i}": page(article_html(f"P{i}", "Text.")) for i in range(3)})
    with LoopbackServer(routes, host="127.0.0.4") as srv:
        results = fetch_urls([srv.url(f"/{i}") for i in range(3)], cache_dir=tmp_path / "c", delay=0, progress=False)
        times = [srv.times(f"/{i}")[0] for i in range(3)]
    assert all(r.ok for r in results)
    assert results[0].robots.endswith("Crawl-delay 0.5 s")
    assert times[1] - times[0] >= 0.45 and times[2] - times[1] >= 0.45


# ---------------------------------------------------------------- limits and retries


def test_default_size_cap_is_25_mb(tmp_path):
    big = page(b"<html><body>" + b"x" * (26 * 2**20) + b"</body></html>")
    with LoopbackServer({"/big": big}, host="127.0.0.5") as srv:
        [res] = fetch_urls([srv.url("/big")], cache_dir=tmp_path / "c", delay=0, robots=False, progress=False)
    assert not res.ok
    assert res.error == f"page larger than 25 MB (Content-Length {26 * 2**20 + 26:,} bytes)"
    assert not list((tmp_path / "c").glob("objects/*/*"))


def test_retry_after_longer_than_the_limit_fails_with_the_wait(tmp_path):
    busy = page("busy", code=429, headers={"Retry-After": "3600"})
    with LoopbackServer({"/busy": busy}, host="127.0.0.5") as srv:
        started = time.monotonic()
        [res] = fetch_urls([srv.url("/busy")], cache_dir=tmp_path / "c", delay=0, robots=False, progress=False)
        assert time.monotonic() - started < 5
    assert res.error == "HTTP 429 (the server asked to wait 3600 s, more than 60 s)"
    assert res.attempts == 1


def test_retry_after_as_an_http_date(tmp_path):
    when = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 2))
    calls = {"n": 0}

    def later(req, srv):
        calls["n"] += 1
        handler = page("busy", code=503, headers={"Retry-After": when}) if calls["n"] == 1 else page(
            article_html("Back", "Served on the second try."))
        handler(req, srv)

    with LoopbackServer({"/later": later}, host="127.0.0.5") as srv:
        [res] = fetch_urls([srv.url("/later")], cache_dir=tmp_path / "c", delay=0, robots=False, progress=False)
        t = srv.times("/later")
    assert res.ok and res.attempts == 2
    assert t[1] - t[0] >= 0.9


def test_refresh_sends_validators_and_keeps_an_unchanged_page(tmp_path):
    state = {"body": article_html("Version one", "First text."), "etag": '"v1"'}

    def changing(req, srv):
        conditional(state["body"], etag=state["etag"], last_modified="Mon, 10 Mar 2025 08:00:00 GMT")(req, srv)

    with LoopbackServer({"/story": changing}, host="127.0.0.6") as srv:
        opts = {"cache_dir": tmp_path / "c", "delay": 0, "robots": False, "progress": False}
        [first] = fetch_urls([srv.url("/story")], **opts)
        [cached] = fetch_urls([srv.url("/story")], **opts)
        [same] = fetch_urls([srv.url("/story")], refresh=True, **opts)
        sent = srv.log[-1][3]
        state.update(body=article_html("Version two", "Second text."), etag='"v2"')
        [changed] = fetch_urls([srv.url("/story")], refresh=True, **opts)
        [after] = fetch_urls([srv.url("/story")], **opts)
    assert first.ok and not first.from_cache
    assert cached.from_cache and srv.hits["/story"] == 3
    assert sent["If-None-Match"] == '"v1"' and sent["If-Modified-Since"] == "Mon, 10 Mar 2025 08:00:00 GMT"
    assert same.ok and same.from_cache and same.not_modified and same.status == 200
    assert "Version one" in same.html
    assert changed.ok and not changed.from_cache and not changed.not_modified and "Version two" in changed.html
    assert after.from_cache and "Version two" in after.html


def test_progress_bar_shows_done_failed_remaining(site, tmp_path, capsys):
    urls = [e.url for e in site.plan if e.fault in ("ok", "http_404")][:30]
    fetch_urls(urls, cache_dir=tmp_path / "c", progress=True, **OPTIONS)
    err = capsys.readouterr().err
    n_failed = sum(e.fault == "http_404" for e in site.plan if e.url in urls)
    assert re.search(rf"30/30 .*done={30 - n_failed}, failed={n_failed}, remaining=0", err)


def test_workers_argument_is_checked(tmp_path):
    with pytest.raises(ValueError, match="workers"):
        fetch_urls([], cache_dir=tmp_path, workers=0)
    with pytest.raises(ValueError, match="max_bytes"):
        fetch_urls([], cache_dir=tmp_path, max_bytes=0)
