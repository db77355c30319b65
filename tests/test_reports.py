"""HTML reports a reader can trust: offline, code out of the way, every chart captioned with its
rows one click away, only significant terms, honest scales; article text never runs as code."""

from __future__ import annotations

import base64
import io
import json
import re
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from browser import CHROMIUM_FLAGS, FIGURE_POINTS_JS, chromium_path, opened, visit, wait_for_figures

from toolkit import plots
from toolkit.report import (
    PLOTLY_MIME,
    TABLES_MIME,
    build_reports,
    cleaning_removed,
    corpus_overview,
    curated_notebooks,
    export_html,
    save_tables,
)

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
INJECTION_TITLE = 'Hostile page <script data-injected>window.__pwned_title = 1</script>'
INJECTION_TEXT = (
    "VILNIUS, LITHUANIA: This article was written for the project to test report safety. "
    '<img src=x onerror="window.__pwned_img = 1"> Belarus released 52 political prisoners on Thursday, '
    "officials said. <script data-injected>window.__pwned_text = 1</script> The release followed talks "
    "with a US envoy in Minsk, the state news agency said."
)
PROBES = ("__pwned_title", "__pwned_img", "__pwned_text")
Z = 1.96
TERMS = pd.DataFrame({
    "term": ["pardoned", "decision", "head", "door", "desk", "colonies", "lukashenka"],
    "count_a": [9, 6, 3, 2, 0, 0, 0], "count_b": [0, 0, 1, 1, 3, 4, 9],
    "delta": [1.2, 0.8, 0.3, 0.1, -0.4, -0.7, -1.1], "se": [0.4, 0.4, 0.4, 0.4, 0.4, 0.35, 0.4],
    "z": [3.1, 2.0, 0.75, 0.4, -1.0, -1.97, -2.75], "leans": ["a", "a", "a", "a", "b", "b", "b"],
})
SIGNIFICANT = {"pardoned", "decision", "colonies", "lukashenka"}


def _counts() -> pd.DataFrame:
    """Reported counts with one figure 100 times the rest and one disputed event."""
    rows = [("2025-06-21", "release", "wire", 14, True), ("2025-06-21", "release", "agency", 13, True),
            ("2025-09-11", "release", "wire", 52, False), ("2025-09-11", "release", "paper", 52, False),
            ("2025-11-20", "pardon", "agency", 20, False), ("2025-10-13", "release", "wire", 2000, False)]
    frame = pd.DataFrame(rows, columns=["date", "event_type", "outlet", "count", "disputed"])
    return frame.assign(date=pd.to_datetime(frame["date"], utc=True), reported=frame["count"].astype(str),
                        articles=1, count_qualifier="exact", event_key=frame["date"])


def _size(values: object) -> int:
    """Number of values of a trace attribute (plotly stores arrays as base64 with a dtype and shape)."""
    if values is None:
        return 0
    if isinstance(values, dict) and "bdata" in values:
        shape = values.get("shape")
        if shape:
            return int(np.prod([int(n) for n in str(shape).split(",")]))
        return len(base64.b64decode(values["bdata"])) // np.dtype(values["dtype"]).itemsize
    return int(np.size(np.asarray(values, dtype=object))) if not isinstance(values, str) else 1


def _figures_in(notebook: Path) -> int:
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    return sum(
        PLOTLY_MIME in out.get("data", {})
        for cell in nb["cells"] if cell["cell_type"] == "code"
        for out in cell.get("outputs", [])
    )


def _figure_blocks(html: str) -> list[str]:
    return re.findall(r'<figure class="toolkit-figure-block".*?</figure>', html, re.S)


def _csv_of(block: str) -> pd.DataFrame:
    href = re.search(r'href="data:text/csv;charset=utf-8;base64,([^"]+)"', block)
    assert href, "figure without a CSV link"
    text = base64.b64decode(href.group(1)).decode("utf-8")
    return pd.read_csv(io.StringIO(text)) if text.strip() else pd.DataFrame()


# ---------------------------------------------------------------- charts ---


def test_distinctive_terms_chart_draws_only_significant_terms() -> None:
    fig = plots.distinctive_terms_chart(TERMS, "the agency", "the exile outlet")
    assert set(fig.data[0].y) == SIGNIFICANT
    assert all(abs(z) >= Z for z in fig.data[0].x)
    assert "significant at |z| ≥ 1.96" in fig.layout.title.text
    caption = plots.figure_caption(fig)
    assert "4 of 7 terms significant" in caption and "Monroe" in caption
    assert set(plots.figure_data(fig)["term"]) == SIGNIFICANT
    assert TERMS["term"].tolist()[0] == "pardoned"  # input untouched


def test_distinctive_terms_chart_says_when_nothing_is_significant() -> None:
    weak = TERMS[TERMS["z"].abs() < Z]
    fig = plots.distinctive_terms_chart(weak, "a", "b")
    assert len(fig.data) == 1 and len(fig.data[0].x) == 0
    assert fig.layout.title.text.startswith("No significant differences")
    assert any("No significant differences" in a.text for a in fig.layout.annotations)
    assert plots.figure_data(fig).empty


def test_distinctive_terms_chart_follows_a_significant_column() -> None:
    flagged = TERMS.assign(significant=TERMS["term"].isin(["pardoned", "lukashenka"]))
    fig = plots.distinctive_terms_chart(flagged, "a", "b")
    assert set(fig.data[0].y) == {"pardoned", "lukashenka"}


def test_counts_chart_turns_logarithmic_for_an_outlier_and_shows_disputed_ranges() -> None:
    fig = plots.reported_counts_chart(_counts())
    assert fig.layout.xaxis.type == "log"
    assert "log scale" in plots.figure_caption(fig)
    spans = [(s.x0, s.x1, s.y0, s.line.color) for s in fig.layout.shapes]
    assert spans == [(13.0, 14.0, "2025-06-21 release (disputed)", "#d62728")]
    even = _counts()[lambda f: f["count"] < 100]
    assert plots.reported_counts_chart(even).layout.xaxis.type is None  # linear when no count dwarfs the rest


def test_release_timeline_labels_disputed_ranges() -> None:
    events = pd.DataFrame({
        "date": pd.to_datetime(["2025-06-21", "2025-09-11"], utc=True), "event_type": ["release", "release"],
        "count": pd.array([14, 52], dtype="Int64"), "counts_reported": [["13", "14"], ["52"]],
        "disputed": [True, False], "n_outlets": [3, 2], "outlets": [["a", "b", "c"], ["a", "b"]],
        "evidence": ["x", "y"],
    })
    fig = plots.release_timeline_chart(events)
    assert list(fig.data[0].text) == ["13–14", ""]
    data = plots.figure_data(fig)
    assert data[["count_low", "count_high"]].values.tolist() == [[13, 14], [52, 52]]


def test_every_committed_figure_carries_its_caption_and_exactly_its_rows() -> None:
    """Rows in layout.meta match the marks drawn, for every chart the notebooks make."""
    checked = 0
    for path in sorted((ROOT / "notebooks").rglob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            for out in cell.get("outputs", []):
                spec = out.get("data", {}).get(PLOTLY_MIME)
                if spec is None:
                    continue
                fig = go.Figure(spec)
                caption, data = plots.figure_caption(fig), plots.figure_data(fig)
                assert caption and caption.startswith("Data:"), f"{path.name}: figure without a caption"
                marks = sum(_size(t.z) if t.type == "heatmap" else max(_size(t.x), _size(t.y))
                            for t in fig.data if t.meta != "derived")
                assert len(data) == marks, f"{path.name}: {caption[:60]}: {len(data)} rows for {marks} marks"
                checked += 1
    assert checked >= 15


def test_every_report_has_a_chart() -> None:
    for notebook in curated_notebooks(ROOT / "notebooks"):
        assert _figures_in(notebook) >= 1, f"{notebook.name} has no chart"


# ---------------------------------------------------- the corpus at a glance ---


def test_corpus_overview_counts() -> None:
    import toolkit

    articles, _failures = toolkit.load_articles(FIXTURES / "load", errors="collect", progress=False)
    overview = corpus_overview(articles)
    assert overview.per_day["articles"].sum() + overview.per_day.attrs["undated"] == len(articles)
    assert overview.languages["articles"].sum() == len(articles)
    assert set(overview.languages["language"]) >= {"en", "ru"}
    assert overview.languages.loc[overview.languages["language"].eq("en"), "name"].item() == "English"
    assert len(overview.lengths) == len(articles)
    pooled = corpus_overview(articles, max_outlets=1)
    assert "other outlets" in set(pooled.per_day["outlet"])
    assert pooled.per_day.attrs["other_outlets"] == articles["outlet"].nunique() - 1
    for fig in (plots.articles_per_day_chart(overview.per_day), plots.languages_chart(overview.languages),
                plots.text_lengths_chart(overview.lengths)):
        assert plots.figure_caption(fig).startswith("Data:")


def test_cleaning_removed_splits_a_page_dump_by_rule() -> None:
    import toolkit

    articles = toolkit.load_articles([FIXTURES / "load" / "dump_en.txt", FIXTURES / "load" / "export.jsonl"],
                                     progress=False)
    removed = cleaning_removed(articles)
    dump = removed[removed["outlet"].eq(articles.loc[articles["format"].eq("txt"), "outlet"].item())]
    by_rule = dump.set_index("rule")
    # the dump: six lines of chrome (date, weather, city, "Go to Source", two section headings),
    # the title twice, a caption, two teasers of two lines each, a dateline
    assert by_rule.loc["page furniture (menus, headers, links)", "lines"] == 6
    assert by_rule.loc["title (kept in title)", "lines"] == 1
    assert by_rule.loc["repeated title and sentences", "lines"] == 1
    assert by_rule.loc["teasers (kept in related)", "lines"] == 4
    assert by_rule.loc["photo captions (kept in caption)", "lines"] == 1
    assert by_rule.loc["dateline (kept in dateline)", "characters"] == len("WESTMERE: ")  # with its separator
    # export records that arrive clean lose nothing
    records = removed[~removed["outlet"].isin(dump["outlet"])]
    assert records["lines"].sum() == 0
    assert removed.attrs["articles"] == len(articles) and removed.attrs["unmeasured"] == 0
    fig = plots.cleaning_removed_chart(removed, "lines")
    assert {t.name for t in fig.data} == set(dump.loc[dump["lines"] > 0, "rule"])
    with pytest.raises(ValueError, match="measure"):
        plots.cleaning_removed_chart(removed, "words")


def test_cleaning_removed_says_what_it_sampled() -> None:
    import toolkit

    articles, _failures = toolkit.load_articles(FIXTURES / "load", errors="collect", progress=False)
    removed = cleaning_removed(articles, max_articles=2)
    assert (removed.attrs["articles"], removed.attrs["of"]) == (2, len(articles))
    assert "a sample of" in plots.figure_caption(plots.cleaning_removed_chart(removed))


def test_save_tables_writes_each_table_once(tmp_path: Path) -> None:
    frame = pd.DataFrame({"a": [1, 2], "tags": [["x", "y"], []]})
    assert save_tables(None, corpus=frame) is None
    first = save_tables(tmp_path, corpus=frame, nothing=None)
    again = save_tables(tmp_path, corpus=frame.copy())
    assert [t["name"] for t in first.tables] == ["corpus"]
    assert first.tables[0]["parquet"] == again.tables[0]["parquet"]
    assert len(list(tmp_path.glob("*.parquet"))) == 1 and len(list(tmp_path.glob("*.csv"))) == 1
    assert pd.read_parquet(first.tables[0]["parquet"])["tags"].map(list).tolist() == [["x", "y"], []]
    assert pd.read_csv(first.tables[0]["csv"])["tags"].fillna("").tolist() == ["x; y", ""]
    assert TABLES_MIME in first._repr_mimebundle_()
    with pytest.raises(TypeError, match="not a DataFrame"):
        save_tables(tmp_path, corpus=[1, 2])


# -------------------------------------------------------------- the pages ---


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


def _figure_output(fig: go.Figure) -> dict:
    return nbformat.v4.new_output("display_data", data={PLOTLY_MIME: json.loads(fig.to_json()), "text/plain": "Figure"})


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    """A report page as papermill and `toolkit report` leave it: injected parameters, figures, tables."""
    folder = tmp_path_factory.mktemp("synthetic")
    nb = nbformat.v4.new_notebook()
    nb.metadata["papermill"] = {"parameters": {"corpus": "/data/my corpus", "outlets": ["a.example"]}}
    params = nbformat.v4.new_code_cell('corpus = None  # folder of articles\nstart = None\noutlets = None  # None keeps all')
    params.metadata["tags"] = ["parameters"]
    injected = nbformat.v4.new_code_cell('# Parameters\ncorpus = "/data/my corpus"\noutlets = ["a.example"]\n')
    injected.metadata["tags"] = ["injected-parameters"]
    words = nbformat.v4.new_code_cell("plots.distinctive_terms_chart(terms, 'the agency', 'the exile outlet')")
    words.outputs = [_figure_output(plots.distinctive_terms_chart(TERMS, "the agency", "the exile outlet"))]
    counts = nbformat.v4.new_code_cell("plots.reported_counts_chart(counts)")
    counts.outputs = [_figure_output(plots.reported_counts_chart(_counts()))]
    plain = nbformat.v4.new_code_cell("go.Figure(go.Bar(x=['a', 'b'], y=[1, 2]))")
    plain.outputs = [_figure_output(go.Figure(go.Bar(x=["a", "b"], y=[1, 2]), layout={"title": "Made by hand"}))]
    tables = nbformat.v4.new_code_cell("save_tables(data_out, events=events)")
    written = save_tables(folder / "data", events=_counts())
    tables.outputs = [nbformat.v4.new_output("display_data", data=written._repr_mimebundle_())]
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Synthetic report\n\nWhat this report is for."),
        nbformat.v4.new_code_cell("import toolkit"), params, injected,
        nbformat.v4.new_markdown_cell("## 1. Words"), words,
        nbformat.v4.new_markdown_cell("## 2. Counts\n\n### With an outlier"), counts, plain, tables,
    ]
    path = folder / "synthetic.ipynb"
    nbformat.write(nb, path)
    page, n = export_html(path, folder / "synthetic.html")
    assert n == 3
    return page


def test_reports_load_nothing_from_the_network(exported) -> None:
    for page, _ in exported:
        html = page.read_text(encoding="utf-8")
        for src in re.findall(r"<script[^>]+src=[\"']([^\"']+)", html):
            assert not re.match(r"^([a-z]+:|//)", src), f"{page.name} loads a script from {src}"
            assert (page.parent / src).is_file(), f"{page.name} loads a script that is not beside it: {src}"
        assert not re.search(r"<link[^>]+href=[\"']https?:", html), f"{page.name} loads a stylesheet from elsewhere"
        assert "require.min.js" not in html and "MathJax.js" not in html


def test_plotlyjs_written_once_beside_the_pages(exported) -> None:
    folder = exported[0][0].parent
    scripts = list(folder.glob("plotly-*.min.js"))
    assert len(scripts) == 1 and scripts[0].read_text(encoding="utf-8").count("plotly.js v") >= 1
    for page, n in exported:
        html = page.read_text(encoding="utf-8")
        assert "plotly.js v" not in html, f"{page.name} embeds plotly.js"
        assert html.count(f'src="{scripts[0].name}"') == (1 if n else 0)


def test_inline_plotlyjs_makes_a_page_that_stands_alone(tmp_path: Path) -> None:
    notebook = next(nb for nb in curated_notebooks(ROOT / "notebooks") if _figures_in(nb))
    page, n = export_html(notebook, tmp_path / "alone.html", plotlyjs="inline")
    html = page.read_text(encoding="utf-8")
    assert html.count("plotly.js v") == 1 and not re.search(r"<script[^>]+src=", html)
    assert not list(tmp_path.glob("plotly-*.js"))


def test_every_figure_has_a_caption_and_a_link_to_its_rows(exported) -> None:
    for page, n in exported:
        blocks = _figure_blocks(page.read_text(encoding="utf-8"))
        assert len(blocks) == n, page.name
        for block in blocks:
            caption = re.search(r"<figcaption>(.*?)<a ", block, re.S).group(1)
            assert "Data:" in caption, f"{page.name}: {caption[:80]}"
            rows = int(re.search(r'data-rows="(\d+)"', block).group(1))
            assert len(_csv_of(block)) == rows
            assert '"meta"' not in block or '"toolkit"' not in block, "the rows are in the page twice"


def test_parameters_are_shown_once_with_the_values_of_the_run(synthetic: Path) -> None:
    html = synthetic.read_text(encoding="utf-8")
    assert len(re.findall(r'class="[^"]*celltag_parameters', html)) == 1
    assert "celltag_injected-parameters" not in html
    cell = re.search(r'class="jp-Cell jp-CodeCell[^"]*celltag_parameters.*?</pre>', html, re.S).group(0)
    text = re.sub(r"<[^>]+>", "", cell)
    assert "/data/my corpus" in text and "a.example" in text
    assert "default None" in text and "folder of articles" in text


def test_contents_box_lists_sections_and_the_tables_used(synthetic: Path, exported) -> None:
    html = synthetic.read_text(encoding="utf-8")
    nav = re.search(r'<nav class="toolkit-toc".*?</nav>', html, re.S).group(0)
    assert [re.sub(r"<[^>]+>", "", a) for a in re.findall(r'<a href="#[^"]+">(.*?)</a>', nav)] == [
        "1. Words", "2. Counts", "With an outlier"]
    links = re.findall(r'<a href="(data/events-[0-9a-f]+\.(?:parquet|csv))">', nav)
    assert len(links) == 2 and all((synthetic.parent / link).is_file() for link in links)
    assert html.index("Synthetic report") < html.index('<nav class="toolkit-toc"') < html.index('id="1.-Words"')
    for page, _ in exported:
        body = page.read_text(encoding="utf-8")
        headings = len(re.findall(r'<h[23] id="', body))
        assert body.count('<nav class="toolkit-toc"') == 1
        assert len(re.findall(r'<li><a href="#', body)) == headings, page.name


def test_rows_too_big_for_the_page_are_written_beside_it(synthetic: Path, tmp_path: Path, monkeypatch) -> None:
    import toolkit.report.export as export

    monkeypatch.setattr(export, "INLINE_CSV_BYTES", 10)
    page, _ = export_html(synthetic.with_suffix(".ipynb"), tmp_path / "big.html")
    html = page.read_text(encoding="utf-8")
    links = re.findall(r'<a class="toolkit-csv"[^>]*>', html)
    assert len(links) == 3 and "data:text/csv" not in html
    for link in links:
        href, rows = re.search(r'href="([^"]+)"', link).group(1), re.search(r'data-rows="(\d+)"', link).group(1)
        assert href.startswith("data/big-figure-") and len(pd.read_csv(tmp_path / href)) == int(rows)


def test_figures_made_elsewhere_still_get_a_caption_and_their_points(synthetic: Path) -> None:
    blocks = _figure_blocks(synthetic.read_text(encoding="utf-8"))
    plain = next(b for b in blocks if "Made by hand" in b)
    assert "not stated" in plain
    assert _csv_of(plain)[["x", "y"]].values.tolist() == [["a", 1], ["b", 2]]


def test_code_is_hidden_by_a_switch_that_needs_no_script(exported) -> None:
    for page, _ in exported:
        html = page.read_text(encoding="utf-8")
        assert re.search(r'<input[^>]+id="toolkit-show-code"[^>]+type="checkbox"', html)
        assert "#toolkit-show-code:checked ~ main .jp-CodeCell .jp-Cell-inputWrapper" in html


# ------------------------------------------------------------ in chromium ---


@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        yield b
        b.close()


@pytest.mark.browser
def test_every_report_renders_offline_in_chromium(exported, synthetic, browser) -> None:
    for page, n in [*exported, (synthetic, 3)]:
        result = visit(browser, page)
        assert result.blocked == [], f"{page.name} tried to reach {result.blocked[:3]}"
        assert result.errors == [], f"{page.name}: {result.errors[:3]}"
        assert result.plots == n and result.rendered == n, f"{page.name}: {result.rendered}/{n} figures rendered"


@pytest.mark.browser
def test_show_code_switch_shows_and_hides_code(exported, browser) -> None:
    page_path = next(p for p, _ in exported if "02_" in p.name)
    with opened(browser, page_path) as page:
        code = page.locator(".jp-CodeCell:not(.celltag_parameters) .jp-Cell-inputWrapper").first
        params = page.locator(".jp-CodeCell.celltag_parameters .jp-Cell-inputWrapper")
        toggle = page.locator("label.toolkit-toggle")
        assert not code.is_visible() and params.count() == 1 and params.is_visible()
        assert toggle.inner_text().strip() == "show code"
        toggle.click()
        assert code.is_visible() and toggle.inner_text().strip() == "hide code"
        toggle.click()
        assert not code.is_visible() and params.is_visible()


@pytest.mark.browser
def test_every_figure_draws_the_rows_of_its_link(exported, synthetic, browser) -> None:
    for page_path, _ in [*exported, (synthetic, 3)]:
        with opened(browser, page_path) as page:
            wait_for_figures(page)
            for figure in page.evaluate(FIGURE_POINTS_JS):
                assert figure["points"] == figure["rows"], f"{page_path.name} {figure['id']}: {figure}"


@pytest.mark.browser
def test_download_link_yields_the_rows_of_its_chart(synthetic, exported, browser, tmp_path: Path) -> None:
    pages = [synthetic, *(p for p, n in exported if n)]
    for page_path in pages:
        with opened(browser, page_path, accept_downloads=True) as page:
            wait_for_figures(page)
            figures = page.evaluate(FIGURE_POINTS_JS)
            links = page.locator("a.toolkit-csv")
            assert links.count() == len(figures)
            for i in range(links.count()):
                with page.expect_download() as info:
                    links.nth(i).click()
                download = info.value
                target = tmp_path / f"{page_path.stem}-{i}.csv"
                download.save_as(target)
                text = target.read_text(encoding="utf-8")
                rows = pd.read_csv(io.StringIO(text)) if text.strip() else pd.DataFrame()
                assert len(rows) == figures[i]["points"], f"{page_path.name} figure {i + 1}"
                assert download.suggested_filename.endswith(".csv")
                if "distinctive_terms" in figures[i]["caption"] and len(rows):
                    assert sorted(rows["z"].round(3)) == sorted(round(z, 3) for z in figures[i]["x"])
                    assert rows["z"].abs().min() >= Z


@pytest.mark.browser
def test_distinctive_terms_chart_holds_no_term_under_the_threshold(synthetic, exported, browser) -> None:
    seen = 0
    for page_path in [synthetic, *(p for p, _ in exported)]:
        with opened(browser, page_path) as page:
            wait_for_figures(page)
            terms = [f for f in page.evaluate(FIGURE_POINTS_JS) if "sources.distinctive_terms" in f["caption"]]
            for figure in terms:
                assert all(abs(z) >= Z for z in figure["x"]), f"{page_path.name}: {figure['x']}"
                if not figure["x"]:
                    assert "No significant differences" in page.inner_text(f"#{figure['id']}")
                seen += 1
            if page_path == synthetic:
                assert len(terms) == 1 and len(terms[0]["x"]) == len(SIGNIFICANT)
    assert seen >= 2


# ------------------------------------------------------------ hostile text ---


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


def test_a_built_report_links_the_tables_it_used(hostile_report: Path) -> None:
    html = hostile_report.read_text(encoding="utf-8")
    nav = re.search(r'<nav class="toolkit-toc".*?</nav>', html, re.S).group(0)
    links = re.findall(r'<a href="(data/corpus-[0-9a-f]+\.parquet)">', nav)
    assert links, "the corpus is not linked"
    corpus = pd.read_parquet(hostile_report.parent / links[0])
    assert corpus["outlet"].tolist() == ["hostile.example"]
    assert "celltag_injected-parameters" not in html
    assert len(re.findall(r'class="[^"]*celltag_parameters', html)) == 1


@pytest.mark.browser
def test_injected_markup_does_not_run_in_chromium(hostile_report: Path, browser) -> None:
    result = visit(browser, hostile_report, PROBES)
    assert all(v is None for v in result.globals.values()), result.globals
    assert result.injected_elements == 0
    assert result.blocked == []
