"""Source comparison: copies, timing, counts, framing words and naming."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from toolkit.sources import (
    actor_naming,
    attention_over_time,
    attributions_from_text,
    distinctive_terms,
    event_coverage,
    extract_attributions,
    find_copies,
    reported_counts,
    shingles,
)

WIRE = (
    "Belarus released 52 political prisoners into Lithuania on Thursday after talks with a US envoy in Minsk, "
    "officials said. The group included a former presidential candidate and several journalists. Washington "
    "said it would ease sanctions on the national airline in return. Rights groups said more than a thousand "
    "people remain behind bars for political reasons."
)
REWRITE = (
    "Belarus freed 52 political prisoners into Lithuania on Thursday after talks with a US envoy in Mink, "
    "officials said.The group included a former presidential candidate and several journalists. Washington "
    "said it would ease sanctions on the national airline in return. Rights groups said more than a thousand "
    "people remain behind bars for political reasons. Read the full story on our partner site."
)
OTHER = (
    "The city council approved a new budget for public transport on Tuesday, raising fares for the first time "
    "in six years while promising more night buses and a cheaper monthly pass for students and pensioners."
)
NO_OUTLETS = pd.DataFrame({"outlet": ["wire.example"], "type": ["wire"]})


def _articles(texts: list[str], outlets: list[str], days: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "outlet": outlets,
            "published": pd.to_datetime(days, utc=True, format="mixed"),
            "text": texts,
            "n_words": [len(t.split()) for t in texts],
        }
    )


def test_shingles_fold_case_and_count() -> None:
    assert shingles("Minsk FREED 52 prisoners", k=3) == {"minsk freed 52", "freed 52 prisoners"}
    assert shingles("", k=3) == set()
    assert shingles("two words", k=3) == {"two words"}


def test_find_copies_groups_rewrites_and_names_the_wire_original() -> None:
    arts = _articles(
        [REWRITE, WIRE, OTHER, WIRE[: len(WIRE) // 2]],
        ["agg.example", "wire.example", "city.example", "agg2.example"],
        ["2025-09-11 10:00", "2025-09-11 12:00", "2025-09-11", "2025-09-12 08:00"],
    )
    before = arts.copy()
    copies = find_copies(arts, outlets=NO_OUTLETS)
    pd.testing.assert_frame_equal(arts, before)  # input untouched
    assert set(copies["article_id"]) == {"a0", "a1", "a3"}  # the unrelated story is in no group
    assert copies["group"].nunique() == 1
    # the wire's own article is the original even though the aggregator posted earlier
    assert set(copies["original_id"]) == {"a1"}
    orig = copies.set_index("article_id")
    assert bool(orig.at["a1", "is_original"]) and orig.at["a1", "similarity"] == 1.0
    assert 0 < orig.at["a0", "similarity"] < 1
    assert orig.at["a0", "words_added"] > 0 and orig.at["a3", "words_removed"] > 0
    assert orig.at["a3", "lag_hours"] == pytest.approx(20.0)


def test_find_copies_reads_midnight_as_a_date_without_time() -> None:
    # aggregators often carry only a date: 00:00 is not "before" the wire's 15:40 the same day
    arts = _articles([REWRITE, WIRE, WIRE], ["agg.example", "b.example", "c.example"],
                     ["2025-09-11 00:00", "2025-09-11 15:40", "2025-09-12 09:00"])
    copies = find_copies(arts, outlets=pd.DataFrame(columns=["outlet", "type"])).set_index("article_id")
    assert set(copies["original_id"]) == {"a1"}
    assert copies.at["a0", "lag_hours"] == 0.0  # same day, counted in whole days
    assert copies.at["a2", "lag_hours"] == pytest.approx(17.33)


def test_find_copies_prefers_the_credited_outlet_over_aggregators() -> None:
    registry = pd.DataFrame({"outlet": ["agency.example", "agg.example", "paper.example"],
                             "type": ["state_agency", "aggregator", "broadsheet"],
                             "name": ["BelTelegraf (Belarusian Telegraph Agency)", "Headline Hub", "Daily Paper"]})
    arts = _articles([REWRITE, WIRE, WIRE + " A paragraph of our own."], ["agg.example", "agency.example", "paper.example"],
                     ["2025-09-11 08:00", "2025-09-11 12:00", "2025-09-11 10:00"])
    # the aggregator's credit line names the agency: the agency wrote it, although two others posted earlier
    credited = find_copies(arts.assign(wire=["BTA", None, None]), outlets=registry)
    assert set(credited["original_id"]) == {"a1"}
    # no credit: an aggregator is never the original while another outlet is in the group
    uncredited = find_copies(arts, outlets=registry)
    assert set(uncredited["original_id"]) == {"a2"}


def test_find_copies_without_registry_takes_the_earliest() -> None:
    arts = _articles([WIRE, REWRITE], ["late.example", "early.example"], ["2025-09-12", "2025-09-11"])
    copies = find_copies(arts, outlets=pd.DataFrame(columns=["outlet", "type"]))
    assert set(copies["original_id"]) == {"a1"}


def test_find_copies_is_deterministic_and_handles_empty() -> None:
    arts = _articles([WIRE, REWRITE, OTHER], ["a.example", "b.example", "c.example"], ["2025-01-01"] * 3)
    pd.testing.assert_frame_equal(find_copies(arts, outlets=NO_OUTLETS), find_copies(arts, outlets=NO_OUTLETS))
    assert find_copies(arts.iloc[:0], outlets=NO_OUTLETS).empty


def test_distinctive_terms_matches_the_formula() -> None:
    arts = pd.DataFrame(
        {
            "outlet": ["a", "a", "b", "b"],
            "text": ["regime regime prisoners", "regime prisoners", "president prisoners", "president president prisoners"],
        }
    )
    out = distinctive_terms(arts, by="outlet", a="a", b="b", min_count=1, stop_words=[]).set_index("term")
    # by hand: prior counts regime 3, prisoners 4, president 3 (alpha0 = 10); n_a = 5, n_b = 5
    ya, yb, alpha, a0 = 3.0, 0.0, 3.0, 10.0
    delta = math.log((ya + alpha) / (5 + a0 - ya - alpha)) - math.log((yb + alpha) / (5 + a0 - yb - alpha))
    z = delta / math.sqrt(1 / (ya + alpha) + 1 / (yb + alpha))
    assert out.at["regime", "z"] == pytest.approx(z, abs=1e-3)
    assert out.at["regime", "leans"] == "a" and out.at["president", "leans"] == "b"
    assert out.at["prisoners", "z"] == pytest.approx(0.0, abs=1e-9)
    assert out.index[0] == "regime" and out.index[-1] == "president"


def test_distinctive_terms_errors_name_the_problem() -> None:
    arts = pd.DataFrame({"outlet": ["a"], "text": ["x"]})
    with pytest.raises(KeyError, match="no column 'kind'"):
        distinctive_terms(arts, by="kind")
    with pytest.raises(ValueError, match="group b has no articles"):
        distinctive_terms(arts, by="outlet", a="a")


def test_actor_naming_reads_epithets() -> None:
    arts = pd.DataFrame(
        {
            "outlet": ["exile.example", "state.example", "state.example"],
            "text": [
                "Belarus’ authoritarian leader Alexander Lukashenko pardoned them.",
                "President Alexander Lukashenko signed the decree. Lukashenko said so.",
                "Head of state Aleksandr Lukashenko met the envoy.",
            ],
        }
    )
    names = actor_naming(arts, {"Alexander Lukashenko": ["Lukashenko"]})
    got = {(r.outlet, r.naming): r.mentions for r in names.itertuples()}
    assert got[("exile.example", "authoritarian leader")] == 1
    assert got[("state.example", "(name only)")] == 1
    assert ("state.example", "Head of state") in got or ("state.example", "head of state") in got or any(
        k[0] == "state.example" and "President" in k[1] for k in got
    )


def test_attention_over_time_counts_per_week() -> None:
    arts = _articles([WIRE, REWRITE, OTHER], ["a.example", "a.example", "b.example"], ["2025-09-10", "2025-09-11", "2025-09-20"])
    att = attention_over_time(arts, freq="W")
    assert att["articles"].sum() == 3
    assert att.loc[att["outlet"] == "a.example", "articles"].tolist() == [2]


def _events() -> tuple[pd.DataFrame, pd.DataFrame]:
    events = pd.DataFrame(
        {
            "event_id": ["e1", "e2", "e3"],
            "article_id": ["a1", "a2", "a3"],
            "outlet": ["wire.example", "agg.example", "exile.example"],
            "published": pd.to_datetime(["2025-09-11 10:00", "2025-09-11 16:00", "2025-09-12 10:00"], utc=True),
            "count": pd.array([52, 52, None], dtype="Int64"),
            "count_qualifier": ["exact", "exact", None],
        }
    )
    events.loc[2, "count"] = 50
    events.loc[2, "count_qualifier"] = "more_than"
    consolidated = pd.DataFrame(
        {
            "event_key": ["k1"],
            "event_type": ["release"],
            "date": pd.to_datetime(["2025-09-11"], utc=True),
            "disputed": [False],
            "event_ids": [["e1", "e2", "e3"]],
        }
    )
    return events, consolidated


def test_event_coverage_lags() -> None:
    events, consolidated = _events()
    cov = event_coverage(events, consolidated).set_index("outlet")
    assert cov.at["wire.example", "lag_hours"] == 0
    assert cov.at["agg.example", "lag_hours"] == 6
    assert cov.at["exile.example", "lag_hours"] == 24


def test_reported_counts_show_qualifiers() -> None:
    events, consolidated = _events()
    counts = reported_counts(events, consolidated).set_index("outlet")
    assert counts.at["exile.example", "reported"] == "more than 50"
    assert counts.at["wire.example", "reported"] == "52"


# ------------------------------------------------------------- attribution ---

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_75a6d9dd27e3569d.txt"


@pytest.fixture(scope="module")
def seed_attributions() -> pd.DataFrame:
    import toolkit
    from toolkit.schema import ATTRIBUTIONS, validate

    record = toolkit.parse_text(SEED.read_text(encoding="utf-8"))
    arts = pd.DataFrame({"article_id": ["seed"], "outlet": ["aggregator.example"], "text": [record["text"]]})
    out = extract_attributions(arts)
    validate(out, ATTRIBUTIONS)
    for row in out.itertuples():  # offsets point at the sentence
        assert record["text"][row.start : row.end] == row.sentence
    return out


def test_seed_belta_is_state_media_with_several_cues(seed_attributions: pd.DataFrame) -> None:
    belta = seed_attributions[seed_attributions["speaker_norm"] == "Belta"]
    assert set(belta["speaker_type"]) == {"state_media"}
    assert {"said", "reported", "according to"} <= set(belta["cue"])
    assert len(belta) >= 4


def test_seed_coale_is_a_us_official(seed_attributions: pd.DataFrame) -> None:
    coale = seed_attributions[seed_attributions["speaker_norm"] == "John Coale"]
    assert set(coale["speaker_type"]) == {"government"} and set(coale["speaker_country"]) == {"US"}
    assert {"described", "told reporters", "said"} <= set(coale["cue"])
    described = coale[coale["cue"] == "described"].iloc[0]
    assert bool(described["direct"]) and described["quote"] == "very productive"
    # "The U.S. envoy said" and "he said" are resolved to him
    assert {"The U.S. envoy", "he"} <= set(coale["speaker"])


def test_seed_tsikhanouskaya_quotes(seed_attributions: pd.DataFrame) -> None:
    st = seed_attributions[seed_attributions["speaker_norm"] == "Sviatlana Tsikhanouskaya"]
    assert set(st["speaker_type"]) == {"opposition"}
    assert "told The Associated Press" in set(st["cue"])
    quotes = st.loc[st["direct"], "quote"].tolist()
    assert any(q.startswith("The freeing of political prisoners") for q in quotes)
    assert any(q.startswith("But let’s not be naive") and q.endswith("continued repressions.") for q in quotes)


def test_unnamed_and_rights_group_speakers() -> None:
    text = (
        "Officials who spoke on condition of anonymity said more releases were planned. "
        "The rights group Viasna said 1,135 people remained behind bars. "
        "“We will keep counting,” said Ales Kovalenko, a spokesman for the fictional Minsk Watch group."
    )
    rows = attributions_from_text(text, lookup=lambda name: None)
    kinds = {r["speaker"]: r["speaker_type"] for r in rows}
    assert kinds.get("Officials") == "government" or kinds.get("Officials") == "unnamed"
    assert kinds["The rights group Viasna"] == "rights_group"
    inverted = [r for r in rows if r["speaker"].startswith("Ales Kovalenko")]
    assert inverted and inverted[0]["direct"] and inverted[0]["quote"] == "We will keep counting"


def _tuples(text: str) -> list[tuple]:
    return [(r["speaker_norm"], r["speaker_type"], r["speaker_country"], r["cue"], r["direct"]) for r in attributions_from_text(text)]


def test_statement_and_spokesperson_cues() -> None:
    assert _tuples("The State Department said in a statement that it welcomed the releases.") == [
        ("US State Department", "government", "US", "said in a statement", False)
    ]
    # an unnamed spokesperson takes the type of whom they speak for
    assert _tuples("A spokesman for Sviatlana Tsikhanouskaya said the list was incomplete.") == [
        (None, "opposition", "Belarus", "said", False)
    ]
    assert _tuples("A spokesperson for the State Department said the talks would continue.")[0][1:3] == ("government", "US")
    # a fictional NGO spokeswoman, inverted after her quotation
    rows = attributions_from_text(
        "“We are ready to talk,” Marta Kowalczyk, a spokeswoman for the fictional Baltic Aid Network, told reporters."
    )
    assert [(r["speaker_norm"], r["speaker_type"], r["cue"], r["direct"], r["quote"]) for r in rows] == [
        ("Marta Kowalczyk", "rights_group", "told reporters", True, "We are ready to talk")
    ]


def test_scare_quotes_coordinated_verbs_and_possessives() -> None:
    rows = attributions_from_text('Officials said it did not apply to people convicted of "extremism," the charge used against critics.')
    assert len(rows) == 1 and not rows[0]["direct"] and "extremism" in rows[0]["quote"]
    both = _tuples("Exiled opposition leader Sviatlana Tsikhanouskaya welcomed the releases and called on Lukashenko to free all.")
    assert [t[3] for t in both] == ["welcomed", "called"] and {t[0] for t in both} == {"Sviatlana Tsikhanouskaya"}
    # the envoy of a possessor is not the possessor; a destination does not classify the speaker
    envoy = _tuples("The Trump administration's envoy to Belarus said on Thursday that sanctions would be eased.")
    assert envoy == [(None, "government", "US", "said", False)]


def test_russian_cues_and_quotes() -> None:
    rows = attributions_from_text(
        "Об освобождении 52 человек сообщило агентство БелТА. "
        "«Мы продолжим переговоры», — заявил Джон Коул журналистам. "
        "Правозащитный центр «Вясна» заявил, что за решеткой остаются более 1100 человек. "
        "В пресс-службе отметили, что помилованные освобождены от наказания."
    )
    got = [(r["speaker_norm"], r["speaker_type"], r["cue"], r["direct"]) for r in rows]
    assert got == [
        ("Belta", "state_media", "сообщило", False),
        ("John Coale", "government", "заявил", True),
        ("Viasna", "rights_group", "заявил", False),
        (None, "government", "отметили", False),
    ]
    assert rows[1]["quote"] == "Мы продолжим переговоры"
    assert rows[2]["quote"] == "за решеткой остаются более 1100 человек"


def test_every_chart_groups_by_outlet_type() -> None:
    from toolkit import plots
    from toolkit.sources import join_outlets, speaker_shares

    registry = pd.DataFrame({"outlet": ["wire.example", "agg.example"], "type": ["wire", "aggregator"],
                             "country": ["GB", "IN"], "name": ["Wire", "Agg"]})
    arts = _articles([WIRE, REWRITE, OTHER], ["wire.example", "agg.example", "new.example"],
                     ["2025-09-11 10:00", "2025-09-12 10:00", "2025-09-20"])
    joined = join_outlets(arts, registry)
    assert joined["outlet_type"].tolist() == ["wire", "aggregator", "unknown"]
    assert joined["outlet_country"].tolist() == ["GB", "IN", "unknown"]
    assert "outlet_type" not in arts  # input untouched
    assert join_outlets(joined, registry).columns.tolist() == joined.columns.tolist()  # no _x/_y on a second join

    att = attention_over_time(joined, freq="W", by="outlet_type")
    fig = plots.attention_chart(att, by="outlet_type")
    assert {t.name for t in fig.data} == {"wire", "aggregator", "unknown"}

    copies = join_outlets(find_copies(arts, outlets=registry), registry)
    fig = plots.copy_matrix_chart(copies, by="outlet_type")
    assert list(fig.data[0].y) == ["aggregator"] and list(fig.data[0].x) == ["wire"]

    events, consolidated = _events()
    counts = join_outlets(reported_counts(events, consolidated), registry)
    fig = plots.reported_counts_chart(counts, by="outlet_type")
    assert {t.name for t in fig.data} == {"wire", "aggregator", "unknown"}

    attributions = join_outlets(pd.DataFrame({"outlet": ["wire.example", "agg.example", "agg.example"],
                                              "speaker_type": ["government", "government", "state_media"]}), registry)
    shares = speaker_shares(attributions, by="outlet_type")
    assert shares.groupby("outlet_type")["share"].sum().round(6).tolist() == [1.0, 1.0]
    fig = plots.speaker_share_chart(shares, by="outlet_type")
    assert {t.name for t in fig.data} == {"government", "state_media"}

    terms = distinctive_terms(joined, by="outlet_type", a="wire", b="aggregator", min_count=1)
    assert len(plots.distinctive_terms_chart(terms, "wire", "aggregator").data) == 1
    with pytest.raises(KeyError, match="join the outlet registry"):
        plots.copy_matrix_chart(find_copies(arts, outlets=registry), by="outlet_type")


def test_copy_groups_and_counts_tables() -> None:
    from toolkit.sources import copy_groups, reported_counts_table

    arts = _articles([WIRE, REWRITE, OTHER], ["wire.example", "agg.example", "c.example"],
                     ["2025-09-11 10:00", "2025-09-11 16:00", "2025-09-20"]).assign(title=["W", "R", "O"])
    groups = copy_groups(find_copies(arts, outlets=NO_OUTLETS), arts)
    assert groups[["original_outlet", "original_title", "copies", "copied_by"]].values.tolist() == [
        ["wire.example", "W", 1, "agg.example"]
    ]
    assert groups.at[0, "median_lag_hours"] == 6.0 and 0 < groups.at[0, "mean_similarity"] < 1
    events, consolidated = _events()
    table = reported_counts_table(reported_counts(events, consolidated))
    assert table.loc["2025-09-11 release"].to_dict() == {
        "agg.example": "52", "exile.example": "more than 50", "wire.example": "52"
    }


# ------------------------------------------------- parameters and schemas ---


def test_distinctive_terms_flags_significant_terms_at_the_stated_level() -> None:
    from toolkit.schema import DISTINCTIVE_TERMS, validate

    arts = pd.DataFrame({"outlet": ["a"] * 5 + ["b"] * 5,
                         "text": ["regime regime regime crackdown prisoners"] * 5 + ["president visit prisoners"] * 5})
    terms = distinctive_terms(arts, a="a", b="b", min_count=1, stop_words=[])
    validate(terms, DISTINCTIVE_TERMS)
    assert (terms["significant"] == (terms["z"].abs() >= 1.96)).all()
    assert terms.set_index("term").at["regime", "significant"] and not terms.set_index("term").at["prisoners", "significant"]
    strict = distinctive_terms(arts, a="a", b="b", min_count=1, stop_words=[], z_threshold=10)
    assert not strict["significant"].any() and strict["z"].tolist() == terms["z"].tolist()
    loose = distinctive_terms(arts, a="a", b="b", min_count=1, stop_words=[], z_threshold=0)
    assert loose["significant"].all()
    with pytest.raises(ValueError, match="z_threshold"):
        distinctive_terms(arts, a="a", b="b", z_threshold=-1)
    empty = distinctive_terms(arts, a="a", b="b", min_count=1000)
    assert empty.empty and list(empty.columns) == DISTINCTIVE_TERMS.names


def test_find_copies_takes_the_registry_as_frame_or_csv(tmp_path: Path) -> None:
    arts = _articles([REWRITE, WIRE], ["agg.example", "wire.example"], ["2025-09-11 08:00", "2025-09-11 12:00"])
    registry = pd.DataFrame({"outlet": ["wire.example", "agg.example"], "type": ["wire", "aggregator"]})
    path = tmp_path / "outlets.csv"
    registry.to_csv(path, index=False)
    from_frame = find_copies(arts, outlets=registry)
    pd.testing.assert_frame_equal(from_frame, find_copies(arts, outlets=path))
    assert set(from_frame["original_id"]) == {"a1"}  # the wire, though the aggregator posted first
    # the outlet types' roles are parameters, not knowledge hidden in the code
    swapped = find_copies(arts, outlets=registry, originating_types=["aggregator"], republishing_types=["wire"])
    assert set(swapped["original_id"]) == {"a0"}
    with pytest.raises(FileNotFoundError, match="nowhere.csv"):
        find_copies(arts, outlets=tmp_path / "nowhere.csv")
    with pytest.raises(KeyError, match="lacks column"):
        find_copies(arts, outlets=pd.DataFrame({"outlet": ["wire.example"]}))


def test_a_missing_bundled_registry_is_a_warning_not_silence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from toolkit.sources import join_outlets
    from toolkit.sources.outlets import MissingRegistryWarning

    monkeypatch.setenv("TOOLKIT_DATA", str(tmp_path))  # a data home without outlets.csv
    arts = _articles([WIRE, REWRITE], ["late.example", "early.example"], ["2025-09-12", "2025-09-11"])
    with pytest.warns(MissingRegistryWarning, match="outlet registry"):
        copies = find_copies(arts)
    assert set(copies["original_id"]) == {"a1"}  # by date alone
    with pytest.warns(MissingRegistryWarning):
        assert join_outlets(arts)["outlet_type"].eq("unknown").all()


def test_every_sources_table_matches_its_schema() -> None:
    from toolkit.schema import (
        ACTOR_NAMING,
        ATTENTION,
        ATTRIBUTIONS,
        COPIES,
        COPY_GROUPS,
        EVENT_COVERAGE,
        REPORTED_COUNTS,
        SPEAKER_SHARES,
        validate,
    )
    from toolkit.sources import copy_groups, speaker_shares

    arts = _articles([WIRE, REWRITE, OTHER], ["wire.example", "agg.example", "c.example"],
                     ["2025-09-11 10:00", "2025-09-11 16:00", "2025-09-20"])
    copies = find_copies(arts, outlets=NO_OUTLETS)
    events, consolidated = _events()
    attributions = extract_attributions(arts.assign(text=[WIRE, "“We will keep counting,” said Ales Kovalenko.", OTHER]))
    tables = {
        COPIES: copies,
        COPY_GROUPS: copy_groups(copies, arts),
        ATTENTION: attention_over_time(arts, freq="W"),
        EVENT_COVERAGE: event_coverage(events, consolidated),
        REPORTED_COUNTS: reported_counts(events, consolidated),
        ATTRIBUTIONS: attributions,
        SPEAKER_SHARES: speaker_shares(attributions),
        ACTOR_NAMING: actor_naming(arts, {"Belarus": ["Belarus"]}),
    }
    for schema, table in tables.items():
        assert len(table), schema.name
        validate(table, schema)
    # a grouping column named by the caller stays in front
    assert attention_over_time(arts, by="outlet").columns.tolist() == ["period", "outlet", "articles"]
    assert speaker_shares(attributions).columns[0] == "outlet"
    # empty results are typed too
    none = find_copies(arts.iloc[2:], outlets=NO_OUTLETS)
    validate(none, COPIES)
    validate(copy_groups(none), COPY_GROUPS)


def test_errors_name_the_missing_column() -> None:
    from toolkit.sources import join_outlets, speaker_shares

    with pytest.raises(KeyError, match="no column 'outlet_type'"):
        attention_over_time(_articles([WIRE], ["a.example"], ["2025-09-11"]), by="outlet_type")
    with pytest.raises(KeyError, match="no column 'outlet'"):
        join_outlets(pd.DataFrame({"source": ["x"]}), NO_OUTLETS)
    with pytest.raises(KeyError, match="no column 'outlet_type'"):
        speaker_shares(pd.DataFrame({"outlet": ["a"], "speaker_type": ["other"]}), by="outlet_type")
    with pytest.raises(KeyError, match="lack column"):
        extract_attributions(pd.DataFrame({"text": ["x"]}))


def test_letters_written_interchangeably_fold_alike() -> None:
    # ru/letter_variants.tsv: ё is usually printed as е
    assert shingles("Лукашенко помиловал ещё 14 человек") == shingles("ЛУКАШЕНКО помиловал еще 14 человек")


def test_count_words_come_from_the_language_data() -> None:
    from toolkit.languages import table
    from toolkit.sources import format_count

    assert format_count(50, "more_than") == f"{table('en', 'count_qualifier_labels')['more_than']} 50"
    assert format_count(52, "exact") == "52" and format_count(None, "about") is None


# ------------------------------------------- language data for attribution ---


def test_every_attribution_language_has_consistent_data() -> None:
    from toolkit.gazetteer import load_gazetteer
    from toolkit.languages import available, table
    from toolkit.schema import SPEAKER_TYPES
    from toolkit.sources.cues import lexicon

    langs = available("reporting_verbs")
    assert {"en", "ru"} <= set(langs)
    lex = lexicon()
    assert [g.lang for g in lex.grammars] == langs
    countries = {e.canonical for e in load_gazetteer().entries.values() if e.kind == "country"}
    for lang in langs:
        assert table(lang, "attribution_grammar").get("speaker_position") in {"speaker_first", "verb_first"}, lang
        assert set(table(lang, "speaker_cues").values()) <= set(SPEAKER_TYPES), lang
        assert set(table(lang, "country_cues").values()) <= countries, lang


def test_a_language_is_added_as_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # German cues written as files make German attributions, with no code changed
    import shutil

    import toolkit.languages as languages

    lang_dir = tmp_path / "lang"
    shutil.copytree(languages.LANG_DIR, lang_dir)
    de = lang_dir / "de"
    de.mkdir(exist_ok=True)
    (de / "reporting_verbs.txt").write_text("# test\nsagte\nerklärte\n", encoding="utf-8")
    (de / "attribution_grammar.tsv").write_text("speaker_position\tspeaker_first\n", encoding="utf-8")
    (de / "speaker_words.txt").write_text("die\nsprecherin\nregierung*\n", encoding="utf-8")
    (de / "speaker_cues.tsv").write_text("regierung*\tgovernment\n", encoding="utf-8")
    monkeypatch.setattr(languages, "LANG_DIR", lang_dir)
    text = "Die Sprecherin der Regierungspartei Anna Berg sagte, die Gespräche gingen weiter."
    assert attributions_from_text(text, lookup=lambda name: None, langs=["en", "ru"]) == []
    rows = attributions_from_text(text, lookup=lambda name: None)
    assert [(r["speaker_norm"], r["speaker_type"], r["cue"]) for r in rows] == [("Anna Berg", "government", "sagte")]
