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
from browser import FIGURE_POINTS_JS, opened, visit, wait_for_figures

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
        scripts = re.findall(r"<script[^>]+(?:src|data-toolkit-plotlyjs)=[\"']([^\"']+)", html)
        assert "document.write" not in html or scripts, f"{page.name} writes a script it does not name"
        for src in scripts:
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
        assert html.count(f'data-toolkit-plotlyjs="{scripts[0].name}"') == (1 if n else 0)


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


# ------------------------------------------------- a run that partly fails ---


def _notebook(path: Path, title: str, *cells: str, params: str = "corpus = None\ncorpus_snapshot = None") -> Path:
    nb = nbformat.v4.new_notebook()
    parameters = nbformat.v4.new_code_cell(params)
    parameters.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell(f"# {title}"), parameters]
    for i, source in enumerate(cells, 1):
        nb.cells += [nbformat.v4.new_markdown_cell(f"## {i}. Step {i}"), nbformat.v4.new_code_cell(source)]
    nbformat.write(nb, path)
    return path


_CHART = ("import pandas as pd\nimport plotly.io as pio\nfrom toolkit import plots\nfrom toolkit.report import load_corpus\n"
          "pio.renderers.default = 'plotly_mimetype'\n"
          "articles = load_corpus(corpus, snapshot=corpus_snapshot)\n"
          "print(f'{len(articles)} articles')\n"
          "plots.languages_chart(pd.DataFrame({'language': ['en'], 'name': ['English'], "
          "'articles': [len(articles)], 'share': [1.0]}))")


@pytest.fixture(scope="module")
def partly_failed(tmp_path_factory) -> tuple[Path, pd.DataFrame, list[str]]:
    """Three notebooks on the practice corpus, two at a time; the second raises in its second step."""
    folder = tmp_path_factory.mktemp("notebooks")
    first = _notebook(folder / "01_first.ipynb", "First report", _CHART)
    failing = _notebook(folder / "02_failing.ipynb", "Failing report", _CHART,
                        "raise ValueError('the column <b>text</b> is missing')", "print('never runs')")
    last = _notebook(folder / "03_last.ipynb", "Last report", _CHART)
    out = tmp_path_factory.mktemp("partly_failed")
    lines: list[str] = []
    table = build_reports(out=out, notebooks=[first, failing, last], log=lines.append, jobs=2)
    return out, table, lines


def test_a_failing_report_still_writes_the_others_the_index_and_its_page(partly_failed) -> None:
    out, table, lines = partly_failed
    assert table["status"].tolist() == ["done", "failed", "done"]
    if Path("/proc/self/status").exists():
        assert (table["peak_mib"] > 50).all(), "each report's kernel memory is measured"
    assert {p.name for p in out.glob("*.html")} == {"01_first.html", "02_failing.html", "03_last.html", "index.html"}
    error = table.loc[1, "error"]
    assert "02_failing" in error and "'2. Step 2'" in error and "ValueError" in error and "\n" not in error
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.count('<li class="failed">') == 1 and 'href="02_failing.html"' in index
    assert html_escape(error) in index and "Settings chosen for this corpus" in index
    page = (out / "02_failing.html").read_text(encoding="utf-8")
    banner = re.search(r'<div class="toolkit-failure" role="alert">(.*?)</div>', page, re.S).group(1)
    assert "stopped before its end" in banner and "2. Step 2" in banner
    assert "<b>text</b>" not in page, "the error message is text, not markup"
    assert "ValueError" in page and page.count("never runs") == 1, "step 3 is shown (as code) but did not run"
    assert len(_figure_blocks(page)) == 1, "the chart of the step that ran is on the page"
    for name in ("01_first.html", "03_last.html"):
        assert len(_figure_blocks((out / name).read_text(encoding="utf-8"))) == 1
    assert any(line.startswith("[02_failing] failed") for line in lines)
    assert any("[01_first] 1. Step 1" in line and "elapsed" in line for line in lines)
    assert any(line.startswith("corpus: 114 articles loaded") for line in lines), "the corpus is loaded once, here"


def html_escape(text: str) -> str:
    import html

    return html.escape(text)


@pytest.mark.browser
def test_the_error_page_is_readable_in_chromium(partly_failed, browser) -> None:
    out, _table, _lines = partly_failed
    with opened(browser, out / "02_failing.html") as page:
        banner = page.locator("div.toolkit-failure")
        assert banner.is_visible() and "stopped before its end" in banner.inner_text()
        assert page.locator(".jp-OutputArea-output:has-text('ValueError')").first.is_visible()
        wait_for_figures(page)


def test_a_cell_past_the_time_limit_stops_with_one_line_saying_what_to_change(tmp_path: Path, capsys) -> None:
    from toolkit.cli import main

    slow = _notebook(tmp_path / "05_slow.ipynb", "Slow report", "import time\nfrom toolkit.report import progress",
                     "progress('waiting for the clock')\ntime.sleep(300)",
                     params="corpus = None\ncorpus_snapshot = None\ntopic_method = 'nmf'")
    code = main(["report", "--out", str(tmp_path / "out"), "--notebook", str(slow), "--cell-timeout", "15"])
    captured = capsys.readouterr()
    assert code == 1
    errors = [line for line in captured.err.splitlines() if line.strip()]
    assert len(errors) == 1, captured.err
    assert ("05_slow" in errors[0] and "'2. Step 2'" in errors[0] and "cell time limit of 15 s" in errors[0]
            and "--cell-timeout 30" in errors[0] and "--topic-method minibatch" in errors[0])
    assert "Traceback" not in captured.out + captured.err and "ZMQError" not in captured.out + captured.err
    assert "[05_slow]   waiting for the clock" in captured.out, "a cell's progress line reaches the command line"
    page = (tmp_path / "out" / "05_slow.html").read_text(encoding="utf-8")
    assert "CellTimeoutError" in page and "--cell-timeout" in page
    assert "waiting for the clock</" not in page.replace("progress(", ""), "progress lines are not report content"


# --------------------------------------------------------- settings by size ---


def test_costly_settings_follow_the_corpus_size_and_can_be_overridden() -> None:
    from toolkit.report import plan_report

    small, large = plan_report(114), plan_report(100_000)
    assert (small.topic_method, small.n_topics, small.cell_timeout) == ("nmf", "auto", 600)
    assert (large.topic_method, large.n_topics) == ("minibatch", 20)
    assert large.cell_timeout >= 1800, "the default limit grows with the corpus"
    assert "over 10,000 articles" in large.reasons["topic_method"]
    custom = plan_report(100_000, topic_method="nmf", n_topics="auto", cell_timeout=60, sample=None)
    assert (custom.topic_method, custom.n_topics, custom.cell_timeout) == ("nmf", "auto", 60)
    assert custom.reasons["cell_timeout"] == "set by --cell-timeout" and custom.sample == large.sample
    assert set(custom.parameters()) == {"topic_method", "n_topics", "map_points", "top_outlets", "sample", "check_sample"}
    assert 1 <= small.jobs <= 2 and plan_report(114, jobs=1).jobs == 1, "two kernels at most, settable"
    assert "jobs" not in custom.parameters() and "memory_budget" not in custom.parameters()
    with pytest.raises(ValueError, match="--topic-method"):
        plan_report(10, topic_method="lda")
    with pytest.raises(ValueError, match="no setting"):
        plan_report(10, colour="red")


def test_reports_run_side_by_side_only_when_their_memory_estimates_fit(tmp_path: Path) -> None:
    from toolkit.report.plan import KERNEL_BASE_BYTES
    from toolkit.report.run import notebook_memory

    paths = []
    for i, per in ((1, 10**7), (2, 10**7), (3, None)):
        path = _notebook(tmp_path / f"0{i}_n{i}.ipynb", f"N{i}", "print('ran')")
        if per:
            nb = nbformat.read(path, as_version=4)
            nb.metadata["toolkit"] = {"kernel_bytes_per_article": per}
            nbformat.write(nb, path)
        paths.append(path)
    assert notebook_memory(paths[0], 1000) == KERNEL_BASE_BYTES + 10**10
    assert notebook_memory(paths[2], 0) == KERNEL_BASE_BYTES, "the default for a notebook that states nothing"
    # 114 articles at 10 MB each: 1.6 GB a kernel, two do not fit in 2.5 GB; the third (0.6 GB) fits beside one
    lines: list[str] = []
    table = build_reports(out=tmp_path / "out", notebooks=paths, log=lines.append, jobs=2,
                          memory_budget=int(2.5 * 2**30))
    assert table["status"].tolist() == ["done"] * 3
    order = [line for line in lines if line.endswith(": started") or "] done:" in line]
    first_done = next(i for i, line in enumerate(order) if line.startswith("[01_n1] done"))
    second_start = next(i for i, line in enumerate(order) if line.startswith("[02_n2] report"))
    assert second_start > first_done, order
    assert any(line.startswith("[03_n3] runs beside 1 other") for line in lines), lines


def test_notebooks_get_only_the_parameters_they_declare(tmp_path: Path) -> None:
    from toolkit.report.run import declared_parameters

    nb = _notebook(tmp_path / "01_x.ipynb", "X", "pass", params="corpus = None\nsample = 10  # a comment\n")
    assert declared_parameters(nb) == {"corpus", "sample"}
    assert "corpus_snapshot" in declared_parameters(ROOT / "notebooks" / "02_topic_clustering.ipynb")
    for notebook in curated_notebooks(ROOT / "notebooks"):
        assert {"corpus", "corpus_snapshot", "data_out"} <= declared_parameters(notebook), notebook.name


def test_a_store_is_read_as_it_is_and_a_snapshot_instead_of_loading_again(tmp_path: Path) -> None:
    import toolkit
    from toolkit.report import corpus_info, is_store, load_corpus
    from toolkit.report.corpus import save_snapshot
    from toolkit.store import write_store

    articles = toolkit.load_articles(FIXTURES / "load" / "export.jsonl", progress=False)
    write_store(articles, tmp_path / "store")
    assert is_store(tmp_path / "store") and not is_store(FIXTURES / "load")
    stored = load_corpus(tmp_path / "store")
    assert sorted(stored["article_id"]) == sorted(articles["article_id"])
    assert isinstance(stored.attrs["failures"], list)
    assert len(pd.concat([stored.iloc[:1], stored.iloc[1:]])) == len(stored), "chunks of the corpus concatenate"
    info = corpus_info(tmp_path / "store")
    assert info.n_articles == len(articles) and "corpus store" in info.path
    snapshot = save_snapshot(articles.assign(text="from the snapshot"), tmp_path / "corpus.pkl")
    again = load_corpus(FIXTURES / "load" / "export.jsonl", snapshot=snapshot)
    assert again["text"].eq("from the snapshot").all(), "the snapshot is read, the corpus not loaded again"
    one = articles["outlet"].iloc[0]
    assert set(load_corpus(None, outlets=[one], snapshot=snapshot)["outlet"]) == {one}


# ------------------------------------------------- nothing capped in silence ---


def _assignments(n: int, topics: int = 20) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(0)
    topic = rng.integers(0, topics, n)
    ids = [f"a{i}" for i in range(n)]
    assignments = pd.DataFrame({"article_id": ids, "topic": topic, "label": [f"topic {t}" for t in topic],
                                "weight": rng.random(n), "x": rng.random(n), "y": rng.random(n)})
    articles = pd.DataFrame({"article_id": ids, "title": [f"A title of some length for article {i}" for i in range(n)],
                             "outlet": [f"outlet{i % 300:03d}.example" for i in range(n)]})
    return assignments, articles


def test_the_topic_map_of_100000_articles_is_a_stated_sample_and_small() -> None:
    assignments, articles = _assignments(100_000)
    fig = plots.topic_map(assignments, articles)
    data = plots.figure_data(fig)
    assert len(data) <= 5_100 and data["topic"].nunique() == 20
    assert "of 100,000 articles" in plots.figure_caption(fig) and "of 100,000 articles" in fig.layout.title.text
    assert len(fig.to_json()) < 4_000_000
    small = plots.topic_map(*_assignments(300))
    assert len(plots.figure_data(small)) == 300 and "sample" not in plots.figure_caption(small)


def test_charts_by_outlet_say_how_many_outlets_they_draw() -> None:
    rng = np.random.default_rng(1)
    shares = pd.DataFrame([{"outlet": f"o{i:03d}", "topic": t, "label": f"t{t}", "n_articles": int(rng.integers(1, 50))}
                           for i in range(60) for t in range(3)])
    shares["share"] = shares["n_articles"] / shares.groupby("outlet")["n_articles"].transform("sum")
    fig = plots.topic_shares_by_outlet_chart(shares, top_outlets=20)
    drawn = plots.figure_data(fig)
    assert drawn["outlet"].nunique() == 21 and "other outlets" in set(drawn["outlet"])
    assert "20 of 60 outlets" in plots.figure_caption(fig) and "20 of 60 outlets" in fig.layout.title.text
    assert np.allclose(drawn.groupby("outlet")["share"].sum(), 1.0, atol=1e-3)
    attention = pd.DataFrame({"period": pd.Timestamp("2025-01-01"), "outlet": [f"o{i}" for i in range(30)],
                              "articles": range(1, 31)})
    fig = plots.attention_chart(attention, top=5)
    assert "5 of 30 outlets" in plots.figure_caption(fig) and plots.figure_data(fig)["articles"].sum() == 465
    lengths = pd.DataFrame({"article_id": [f"a{i}" for i in range(20_000)], "outlet": [f"o{i % 50}" for i in range(20_000)],
                            "n_words": rng.integers(50, 900, 20_000)})
    fig = plots.text_lengths_chart(lengths, max_points=2_000, top_outlets=10)
    caption = plots.figure_caption(fig)
    assert "a random sample of 2,000 of 20,000 articles" in caption and "10 of 50 outlets" in caption
    assert len(plots.figure_data(fig)) == 2_000


def test_reported_counts_chart_says_how_many_events_it_draws() -> None:
    rows = [(f"2025-01-{d:02d}", "release", o, 10 + d, d == 3) for d in range(1, 29) for o in ("a", "b")]
    frame = pd.DataFrame(rows, columns=["date", "event_type", "outlet", "count", "disputed"])
    frame = frame.assign(date=pd.to_datetime(frame["date"], utc=True), reported=frame["count"].astype(str), articles=1)
    fig = plots.reported_counts_chart(frame, max_events=10)
    assert "10 of 28 events drawn" in plots.figure_caption(fig)
    assert plots.figure_data(fig)["event"].str.contains("2025-01-03").any(), "disputed events come first"


def test_an_empty_chart_says_so_and_what_it_was_drawn_from() -> None:
    events = pd.DataFrame({"date": pd.to_datetime([], utc=True), "event_type": pd.Series([], dtype="string"),
                           "count": pd.array([], dtype="Int64"), "counts_reported": [], "disputed": [],
                           "n_outlets": [], "outlets": [], "evidence": [], "actor": [], "target": []})
    for chart in (plots.release_timeline_chart, plots.cumulative_releases_chart, plots.sanctions_actions_chart):
        fig = chart(events, source="0 of 500 articles matching topic_pattern")
        text = " ".join(a.text for a in fig.layout.annotations)
        assert text.startswith("No ") and "0 of 500 articles matching topic_pattern" in text, chart.__name__


def test_hover_labels_are_wrapped_to_a_readable_width() -> None:
    outlets = [f"outlet-number-{i}.example" for i in range(9)]
    events = pd.DataFrame({
        "date": pd.to_datetime(["2025-09-11"], utc=True), "event_type": ["release"], "count": pd.array([52], dtype="Int64"),
        "counts_reported": [["14", "52", "more than 50", "at least 52"]], "disputed": [True], "n_outlets": [9],
        "outlets": [outlets], "evidence": ["Belarus released 52 prisoners on Thursday, including 14 foreigners, "
                                           "after talks with a US envoy in Minsk, the state news agency said."],
    })
    fig = plots.release_timeline_chart(events)
    label = fig.data[0].customdata[0]
    lines = re.sub(r"</?b>", "", label).split("<br>")
    assert max(len(line) for line in lines) <= 60 and len(lines) >= 6
    assert "2025-09-11 release" in lines[0] and any("disputed: 14–52" in line for line in lines)
