"""HTML reports: offline, every figure rendered, article text never runs as code."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from browser import CHROMIUM_FLAGS, chromium_path, visit

from toolkit.report import build_reports, curated_notebooks, export_html

ROOT = Path(__file__).resolve().parents[1]
INJECTION_TITLE = 'Hostile page <script data-injected>window.__pwned_title = 1</script>'
INJECTION_TEXT = (
    "VILNIUS, LITHUANIA: This article was written for the project to test report safety. "
    '<img src=x onerror="window.__pwned_img = 1"> Belarus released 52 political prisoners on Thursday, '
    "officials said. <script data-injected>window.__pwned_text = 1</script> The release followed talks "
    "with a US envoy in Minsk, the state news agency said."
)
PROBES = ("__pwned_title", "__pwned_img", "__pwned_text")


def _figures_in(notebook: Path) -> int:
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    return sum(
        "application/vnd.plotly.v1+json" in out.get("data", {})
        for cell in nb["cells"] if cell["cell_type"] == "code"
        for out in cell.get("outputs", [])
    )


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> list[tuple[Path, int]]:
    """Every committed curated notebook exported the way `make report` exports it."""
    out = tmp_path_factory.mktemp("reports")
    pages = []
    for nb in curated_notebooks(ROOT / "notebooks"):
        page, n = export_html(nb, out / f"{nb.stem}.html")
        assert n == _figures_in(nb)
        pages.append((page, n))
    assert pages, "no curated notebooks to export"
    return pages


def test_reports_load_nothing_from_the_network(exported) -> None:
    for page, _ in exported:
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"<script[^>]+src=", html), f"{page.name} loads a script from elsewhere"
        assert not re.search(r"<link[^>]+href=[\"']https?:", html), f"{page.name} loads a stylesheet from elsewhere"
        assert "require.min.js" not in html and "MathJax.js" not in html


def test_plotlyjs_embedded_once_per_page(exported) -> None:
    for page, n in exported:
        html = page.read_text(encoding="utf-8")
        count = html.count("plotly.js v")
        assert count == (1 if n else 0), f"{page.name}: plotly.js embedded {count} times for {n} figures"


@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        yield b
        b.close()


@pytest.mark.browser
def test_every_report_renders_offline_in_chromium(exported, browser) -> None:
    for page, n in exported:
        result = visit(browser, page)
        assert result.blocked == [], f"{page.name} tried to reach {result.blocked[:3]}"
        assert result.errors == [], f"{page.name}: {result.errors[:3]}"
        assert result.plots == n and result.rendered == n, f"{page.name}: {result.rendered}/{n} figures rendered"


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory) -> Path:
    """A report built by `toolkit report` on a corpus whose article carries markup."""
    corpus = tmp_path_factory.mktemp("hostile_corpus")
    record = {
        "url": "https://hostile.example/2025/09/11/release",
        "outlet": "hostile.example",
        "title": INJECTION_TITLE,
        "published": "2025-09-11T10:00:00Z",
        "text": INJECTION_TEXT,
    }
    (corpus / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile_reports")
    first = curated_notebooks(ROOT / "notebooks")[:1]
    build_reports(corpus=corpus, out=out, notebooks=first, log=lambda _: None)
    return out / f"{first[0].stem}.html"


def test_injected_markup_is_escaped_in_the_html(hostile_report: Path) -> None:
    html = hostile_report.read_text(encoding="utf-8")
    assert "hostile.example" in html, "the hostile corpus was not the one reported on"
    assert "<script data-injected>" not in html
    assert '<img src=x onerror' not in html and '<img src="x"' not in html


@pytest.mark.browser
def test_injected_markup_does_not_run_in_chromium(hostile_report: Path, browser) -> None:
    result = visit(browser, hostile_report, PROBES)
    assert all(v is None for v in result.globals.values()), result.globals
    assert result.injected_elements == 0
    assert result.blocked == []
