"""Classroom checks give specific feedback: what is wrong and a hint, not just False."""

from __future__ import annotations

import re
import warnings

import pandas as pd
import pytest

import toolkit
from toolkit.clean import dedupe_sentences, fix_sentence_spacing, split_dateline
from toolkit.events import UnsupportedLanguageWarning
from toolkit.exercises import (
    Feedback,
    check_clean_page,
    check_disputed,
    check_framing,
    check_timeline,
    compare_records,
    exercise_page,
    load_story,
    story_articles,
    story_events,
    story_mentions,
)


def _problem(fb: Feedback, fragment: str) -> tuple[str, str]:
    """The (message, hint) whose message contains ``fragment``; fails the test if there is none."""
    hits = [p for p in fb.problems if fragment in p[0]]
    assert hits, f"no problem mentioning {fragment!r} in:\n{fb}"
    return hits[0]


# ------------------------------------------------------------- exercise 1 ---


def _hand_cleaned(page: str) -> dict:
    """The exercise page cleaned by hand-written steps, line by line (not via parse_text)."""
    lines = [line.strip() for line in page.splitlines()]
    title = next(line for line in lines if line and lines.count(line) == 2)
    caption = next(line for line in lines if line.endswith("Wire Service)"))
    body_line = next(line for line in lines if line.startswith("VILNIUS"))
    dateline, _agency, body = split_dateline(body_line)
    text = " ".join(dedupe_sentences([fix_sentence_spacing(body)]))
    tail = lines[lines.index("Go to Source") + 1 :]
    tail = [line for line in tail if line]
    related: list[dict] = []
    for head, summary in zip(tail, tail[1:], strict=False):
        if summary.endswith("Read More") and not head.endswith("Read More") and head not in [r["title"] for r in related]:
            related.append({"title": head, "summary": summary[: -len("Read More")].strip()})
    return {
        "title": title,
        "published": "2025-10-30",
        "dateline": dateline,
        "caption": caption,
        "text": text,
        "related": related,
    }


@pytest.fixture(scope="module")
def page() -> str:
    return exercise_page()


@pytest.fixture(scope="module")
def good(page: str) -> dict:
    return _hand_cleaned(page)


def test_exercise_page_is_the_messy_page(page: str) -> None:
    assert page.startswith("Thursday, October 30, 2025")
    assert "Go to Source" in page and "frontier.Freight" in page


def test_hand_cleaned_record_passes(good: dict) -> None:
    fb = check_clean_page(good)
    assert fb.solved, str(fb)
    assert str(fb).startswith("Solved: clean a messy aggregator page. All ")
    assert len(fb.passed) >= 15


def test_parse_text_record_passes(page: str) -> None:
    fb = check_clean_page(toolkit.parse_text(page))
    assert fb.solved, str(fb)


@pytest.mark.parametrize("record", [None, {}, {"text": None, "title": None}, "not a dict"])
def test_clean_page_not_attempted(record: object) -> None:
    fb = check_clean_page(record)  # type: ignore[arg-type]
    assert not fb.attempted and not fb.solved
    assert str(fb).startswith("Not solved yet: clean a messy aggregator page.")
    assert "no cleaned record yet" in str(fb)


def test_raw_page_as_text_is_not_an_attempt(page: str) -> None:
    fb = check_clean_page({"text": page})
    assert not fb.attempted
    assert str(fb).startswith("Not solved yet")


def test_dateline_left_in(good: dict) -> None:
    fb = check_clean_page(dict(good, text="VILNIUS, LITHUANIA: " + good["text"], dateline=None))
    what, hint = _problem(fb, "dateline is still in the text")
    assert "split_dateline" in hint
    what, hint = _problem(fb, "dateline is None")
    assert "capitals" in hint and "colon" in hint
    assert len(fb.problems) == 2, str(fb)


def test_teasers_in_text(good: dict, page: str) -> None:
    tail = page[page.index("Go to Source") :]
    fb = check_clean_page(dict(good, text=good["text"] + "\n\n" + tail))
    what, hint = _problem(fb, "teaser stories left in the text")
    for teaser in ("Local club wins", "Bakery prices climb", "Storm warning issued"):
        assert teaser in what
    assert "Go to Source" in hint
    _problem(fb, "page chrome left in the text")
    what, hint = _problem(fb, "not with the article's last sentence")
    assert "political prisoners in Belarus." in hint
    assert not fb.solved


def test_repeated_sentence_twice(good: dict) -> None:
    repeated = re.search(r"The government in Vilnius ordered the closure[^.]*\.", good["text"]).group(0)
    fb = check_clean_page(dict(good, text=good["text"] + " " + repeated))
    what, hint = _problem(fb, "appears 2 times")
    assert "The government in Vilnius ordered the closure" in what
    assert "first occurrence" in hint
    # the article no longer ends with its last sentence either; nothing else is wrong
    assert {p[0] for p in fb.problems} == {what, _problem(fb, "last sentence")[0]}


def test_repeated_sentence_removed_entirely(good: dict) -> None:
    text = re.sub(r"The government in Vilnius ordered the closure[^.]*\. ", "", good["text"])
    fb = check_clean_page(dict(good, text=text))
    what, hint = _problem(fb, "sentence(s) of the article are missing")
    assert "The government in Vilnius" in what
    assert "kept once, not removed" in hint


def test_glued_sentences(good: dict) -> None:
    fb = check_clean_page(dict(good, text=good["text"].replace("frontier. Freight", "frontier.Freight")))
    what, hint = _problem(fb, "is still glued together")
    assert "'frontier.Freight'" in what
    assert "space" in hint and "fix_sentence_spacing" in hint
    assert len(fb.problems) == 1, str(fb)


def test_caption_missing(good: dict) -> None:
    fb = check_clean_page(dict(good, caption=None))
    what, hint = _problem(fb, "the caption is missing")
    assert "credit included" in hint
    assert len(fb.problems) == 1, str(fb)


def test_caption_without_credit_or_left_in_text(good: dict) -> None:
    short = good["caption"].split(" (Photo")[0]
    fb = check_clean_page(dict(good, caption=short, text=good["caption"] + "\n\n" + good["text"]))
    what, _hint = _problem(fb, "the caption is 'Trucks queue")
    _problem(fb, "the photo caption is still in the text")


def test_title_date_and_header(good: dict) -> None:
    header = "Thursday, October 30, 2025\n4.2 C\nKaunas\n\n"
    fb = check_clean_page(dict(good, title=good["title"] + " | Aggregator", published="30/10/2025", text=header + good["text"]))
    what, hint = _problem(fb, "the title is")
    assert "printed twice" in hint
    what, hint = _problem(fb, "published is '30/10/2025'")
    assert "YYYY-MM-DD" in hint
    _problem(fb, "page header")


def test_related_items(good: dict) -> None:
    doubled = good["related"] + good["related"][:1]
    fb = check_clean_page(dict(good, related=doubled))
    what, hint = _problem(fb, "related titles are")
    assert "once" in hint
    with_links = [dict(r, summary=r["summary"] + " Read More") for r in good["related"]]
    fb = check_clean_page(dict(good, related=with_links))
    what, hint = _problem(fb, "still end with 'Read More'")
    assert len(fb.problems) == 1


def test_feedback_lists_every_problem_with_a_hint(good: dict) -> None:
    fb = check_clean_page(dict(good, caption=None, dateline=None))
    text = str(fb)
    assert text.startswith(f"Not solved yet: clean a messy aggregator page. {len(fb.passed)} of {len(fb.passed) + 2} checks pass.")
    assert text.count("\n    Hint: ") == 2


def test_compare_records(good: dict, page: str) -> None:
    table = compare_records(good, toolkit.parse_text(page))
    assert list(table.index) == ["title", "published", "dateline", "caption", "text", "related"]
    assert table["same"].all()
    empty = compare_records(None, toolkit.parse_text(page))
    assert not empty["same"].any()
    assert (empty["yours"] == "None").all()
    assert empty.loc["text", "theirs"].endswith("words)")


# ------------------------------------------------------------- exercise 2 ---


def _extract(articles: pd.DataFrame) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnsupportedLanguageWarning)
        return toolkit.extract_events(articles)


@pytest.fixture(scope="module")
def story() -> pd.DataFrame:
    """The Belarus story's articles of the practice corpus, as the exercise selects them."""
    return story_articles(toolkit.load_sample(), "belarus")


@pytest.fixture(scope="module")
def mentions(story: pd.DataFrame) -> pd.DataFrame:
    return _extract(story)


@pytest.fixture(scope="module")
def all_mentions() -> pd.DataFrame:
    """Mentions of every article of the practice corpus, the Gaza exchange included."""
    return _extract(toolkit.load_sample())


@pytest.fixture(scope="module")
def releases(mentions: pd.DataFrame) -> pd.DataFrame:
    return mentions[mentions["event_type"].isin(["release", "pardon"])]


@pytest.fixture(scope="module")
def timeline(releases: pd.DataFrame) -> pd.DataFrame:
    return toolkit.consolidate_events(releases).sort_values("date")


@pytest.fixture(scope="module")
def disputed_event(timeline: pd.DataFrame) -> pd.Series:
    disputed = timeline[timeline["disputed"]]
    assert len(disputed), "the practice corpus should have at least one disputed release"
    return disputed.sort_values(["n_outlets", "n_mentions"], ascending=False, kind="stable").iloc[0]


def _numbers(values) -> list[int]:
    return sorted({int(re.search(r"\d+", str(v)).group(0)) for v in values})


def _printed_by(releases: pd.DataFrame, event: pd.Series) -> dict[int, list[str]]:
    rows = releases[releases["event_id"].isin(event["event_ids"]) & releases["count"].notna()]
    return {int(c): sorted(set(g["outlet"])) for c, g in rows.groupby("count")}


def test_timeline_solved(timeline: pd.DataFrame) -> None:
    fb = check_timeline(timeline)
    assert fb.solved, str(fb)
    assert str(fb).startswith("Solved: build the release timeline.")


def test_timeline_consolidated_before_filtering_also_passes(mentions: pd.DataFrame) -> None:
    everything = toolkit.consolidate_events(mentions)
    fb = check_timeline(everything[everything["event_type"].isin(["release", "pardon"])].sort_values("date"))
    assert fb.solved, str(fb)


@pytest.mark.parametrize("value", [None, pd.DataFrame()])
def test_timeline_not_attempted(value: object) -> None:
    fb = check_timeline(value)  # type: ignore[arg-type]
    assert not fb.attempted
    assert str(fb).startswith("Not solved yet: build the release timeline.")


def test_timeline_mentions_instead_of_events(releases: pd.DataFrame) -> None:
    fb = check_timeline(releases.sort_values("date"))
    what, hint = _problem(fb, "mention(s), not consolidated events")
    assert str(len(releases)) in what
    assert "consolidate_events" in hint
    _problem(fb, "running totals")


def test_timeline_other_event_types(mentions: pd.DataFrame) -> None:
    fb = check_timeline(toolkit.consolidate_events(mentions).sort_values("date"))
    what, hint = _problem(fb, "other event types present")
    assert "talks" in what and "sanctions" in what
    assert "'release' or 'pardon'" in hint


def test_timeline_missing_rows_and_order(timeline: pd.DataFrame) -> None:
    fb = check_timeline(timeline.iloc[1:])
    what, _hint = _problem(fb, "1 of")
    assert "are missing, the first on" in what
    fb = check_timeline(timeline.sort_values("count"))
    _problem(fb, "not in date order")
    fb = check_timeline(timeline.drop(columns=["count"]))
    _problem(fb, "columns missing: ['count']")


def test_disputed_solved(releases: pd.DataFrame, disputed_event: pd.Series) -> None:
    date = disputed_event["date"].strftime("%Y-%m-%d")
    counts = _numbers(disputed_event["counts_reported"])
    assert len(counts) >= 2
    fb = check_disputed(date, counts, _printed_by(releases, disputed_event))
    assert fb.solved, str(fb)
    assert str(fb).startswith("Solved: find the disputed count.")
    # the Timestamp copied from the timeline is accepted as well
    assert check_disputed(disputed_event["date"], counts, _printed_by(releases, disputed_event)).solved


def test_disputed_accepts_reported_counts_frame(releases: pd.DataFrame, timeline: pd.DataFrame, disputed_event: pd.Series) -> None:
    from toolkit.sources import reported_counts

    rows = reported_counts(releases, timeline)
    rows = rows[rows["event_key"] == disputed_event["event_key"]]
    fb = check_disputed(disputed_event["date"].strftime("%Y-%m-%d"), _numbers(disputed_event["counts_reported"]), rows)
    assert fb.solved, str(fb)


def test_disputed_not_attempted() -> None:
    for date, counts in [(None, None), ("2025-01-01", None), (None, [1, 2])]:
        fb = check_disputed(date, counts)
        assert not fb.attempted
        assert str(fb).startswith("Not solved yet: find the disputed count.")


def test_disputed_wrong_date(timeline: pd.DataFrame, disputed_event: pd.Series) -> None:
    quiet = timeline[~timeline["disputed"]].iloc[0]
    date = quiet["date"].strftime("%Y-%m-%d")
    fb = check_disputed(date, _numbers(disputed_event["counts_reported"]))
    what, hint = _problem(fb, f"no disputed release or pardon on {date}")
    # where to look, not how many disputed events the key has
    assert "`disputed`" in hint and "n_outlets" in hint
    assert not re.search(r"\d", hint), hint
    fb = check_disputed("11 Sept", [1, 2])
    what, hint = _problem(fb, "'11 Sept' is not a date written as YYYY-MM-DD")
    assert not re.search(r"\d{4}-\d{2}-\d{2}", hint), "the example date must not be a date of the corpus"
    _problem(check_disputed("2025-13-45", [1, 2]), "'2025-13-45' is not a date")


def test_disputed_wrong_counts(releases: pd.DataFrame, disputed_event: pd.Series) -> None:
    counts = _numbers(disputed_event["counts_reported"])
    fb = check_disputed(disputed_event["date"].strftime("%Y-%m-%d"), counts[:1], _printed_by(releases, disputed_event))
    what, hint = _problem(fb, f"you listed {counts[:1]}")
    assert f"outlets printed {len(counts)} different numbers" in what
    assert "counts_reported" in hint


def test_disputed_outlets_swapped(releases: pd.DataFrame, disputed_event: pd.Series) -> None:
    printed = _printed_by(releases, disputed_event)
    numbers = sorted(printed)
    swapped = dict(printed)
    swapped[numbers[0]], swapped[numbers[-1]] = printed[numbers[-1]], printed[numbers[0]]
    assume_differ = set(printed[numbers[0]]) != set(printed[numbers[-1]])
    assert assume_differ, "the disputed event should have numbers printed by different outlets"
    fb = check_disputed(disputed_event["date"].strftime("%Y-%m-%d"), numbers, swapped)
    what, hint = _problem(fb, "the outlets per number are not right")
    assert f"{numbers[0]}: " in what
    assert "event_ids" in hint
    fb = check_disputed(disputed_event["date"].strftime("%Y-%m-%d"), numbers)
    _problem(fb, "you have not said which outlets printed which number")


# ------------------------------------------------------------- exercise 3 ---


@pytest.fixture(scope="module")
def outlets_ab() -> tuple[str, str]:
    outlets = toolkit.load_outlets()
    a = outlets.loc[outlets["type"] == "state_agency", "outlet"].iloc[0]
    b = outlets.loc[outlets["type"] == "exile_opposition", "outlet"].iloc[0]
    return a, b


@pytest.fixture(scope="module")
def english() -> pd.DataFrame:
    articles = toolkit.load_sample()
    return articles[articles["language"] == "en"]


@pytest.fixture(scope="module")
def terms(english: pd.DataFrame, outlets_ab: tuple[str, str]) -> pd.DataFrame:
    a, b = outlets_ab
    return toolkit.distinctive_terms(english, by="outlet", a=a, b=b)


def test_framing_solved(terms: pd.DataFrame, outlets_ab: tuple[str, str]) -> None:
    a, b = outlets_ab
    picks = list(terms["term"].head(3))
    fb = check_framing(terms, a, b, picks)
    assert fb.solved, str(fb)
    assert str(fb).startswith("Solved: compare two outlets' framing.")
    # case and spaces do not matter
    assert check_framing(terms, a, b, [f" {p.upper()} " for p in picks]).solved


def test_framing_not_attempted(terms: pd.DataFrame, outlets_ab: tuple[str, str]) -> None:
    a, b = outlets_ab
    for args in [(None, None, None, None), (terms, a, b, None), (terms, None, b, ["x"]), (None, a, b, ["x", "y", "z"])]:
        fb = check_framing(*args)
        assert not fb.attempted
        assert str(fb).startswith("Not solved yet: compare two outlets' framing.")


def test_framing_outlets_swapped(english: pd.DataFrame, terms: pd.DataFrame, outlets_ab: tuple[str, str]) -> None:
    a, b = outlets_ab
    swapped = toolkit.distinctive_terms(english, by="outlet", a=b, b=a)
    fb = check_framing(swapped, b, a, list(swapped["term"].head(3)))
    what, hint = _problem(fb, f"a is {b!r}, of type 'exile_opposition'")
    assert "state news agency" in hint
    what, hint = _problem(fb, f"b is {a!r}, of type 'state_agency'")
    assert "exile" in hint
    # the top words of the swapped table lean to the exile outlet, not the state agency
    what, hint = _problem(fb, "not among the 20 words that lean most to the state agency")
    assert "positive z leans to a" in hint


def test_framing_wrong_outlet_and_unknown(terms: pd.DataFrame, outlets_ab: tuple[str, str]) -> None:
    a, _b = outlets_ab
    picks = list(terms["term"].head(3))
    fb = check_framing(terms, a, "contipress.example", picks)
    _problem(fb, "b is 'contipress.example', of type 'wire'")
    fb = check_framing(terms, "nowhere.example", "contipress.example", picks)
    _problem(fb, "a is 'nowhere.example', which is not in the outlet registry")


def test_framing_all_languages(outlets_ab: tuple[str, str], terms: pd.DataFrame) -> None:
    a, b = outlets_ab
    all_languages = toolkit.distinctive_terms(toolkit.load_sample(), by="outlet", a=a, b=b)
    fb = check_framing(all_languages, a, b, list(terms["term"].head(3)))
    what, hint = _problem(fb, "terms where the English articles give")
    assert "language" in hint
    assert len(fb.problems) == 1


def test_framing_picks_from_the_wrong_end(terms: pd.DataFrame, outlets_ab: tuple[str, str]) -> None:
    a, b = outlets_ab
    wrong_end = list(terms["term"].tail(3))
    fb = check_framing(terms, a, b, wrong_end)
    what, _hint = _problem(fb, "not among the 20 words")
    for word in wrong_end:
        assert word in what
    fb = check_framing(terms, a, b, [terms["term"].iloc[0]] * 3)
    _problem(fb, "give three different words (you gave 1)")


def test_framing_resorted_or_wrong_table(terms: pd.DataFrame, outlets_ab: tuple[str, str]) -> None:
    a, b = outlets_ab
    picks = list(terms["term"].head(3))
    fb = check_framing(terms.sort_values("z"), a, b, picks)
    _problem(fb, "not sorted by z")
    fb = check_framing(terms.rename(columns={"z": "score"}), a, b, picks)
    _problem(fb, "no `term` and `z` columns")


# ------------------------------------------------------------ odd answers ---


@pytest.mark.parametrize(
    "record",
    [{"text": 123}, {"text": "abc", "related": "abc"}, {"text": "abc", "related": ["x", {"title": None}]}, {"text": ["a"]}],
)
def test_clean_page_odd_records_get_feedback_not_errors(record: dict) -> None:
    fb = check_clean_page(record)
    assert not fb.solved and fb.problems
    assert all(hint for _what, hint in fb.problems)


def test_disputed_counts_written_as_text(releases: pd.DataFrame, disputed_event: pd.Series) -> None:
    counts = _numbers(disputed_event["counts_reported"])
    as_text = ", ".join(f"{c:,}" for c in counts)  # "14, 52" or "1,400, 18"
    fb = check_disputed(disputed_event["date"].strftime("%Y-%m-%d"), as_text, _printed_by(releases, disputed_event))
    assert fb.solved, str(fb)


def test_disputed_unreadable_printed_by(disputed_event: pd.Series) -> None:
    fb = check_disputed(disputed_event["date"].strftime("%Y-%m-%d"), _numbers(disputed_event["counts_reported"]), [1, 2])
    what, hint = _problem(fb, "printed_by cannot be read")
    assert "{number: [" in hint
    assert not re.search(r"\d", hint), "the example must not show a count of the corpus"


def test_framing_picks_written_as_text(terms: pd.DataFrame, outlets_ab: tuple[str, str]) -> None:
    a, b = outlets_ab
    assert check_framing(terms, a, b, ", ".join(terms["term"].head(3))).solved
    fb = check_framing([1], a, b, ["x", "y", "z"])  # type: ignore[arg-type]
    _problem(fb, "no `term` and `z` columns")


# ------------------------------------------------------------ the Belarus story ---


def test_story_is_the_answer_keys_belarus_articles(story: pd.DataFrame) -> None:
    labels = toolkit.load_sample_labels()
    assert set(story["file"]) == set(labels.loc[labels["topic"] == "belarus", "file"])
    assert story.attrs["story"] == "belarus"
    assert (story.attrs["kept"], story.attrs["of"]) == (len(story), len(toolkit.load_sample()))
    assert (story["story_mentions"] >= load_story("belarus").min_mentions).all()


def test_story_is_data(tmp_path) -> None:
    """A story is a row of a CSV: countries of the gazetteer, keywords and a threshold."""
    assert load_story("belarus").countries == ("Belarus",)
    assert story_mentions("Lukashenko pardoned 14 foreign citizens in Minsk.", "belarus") == 2
    assert story_mentions("Die belarussischen Behörden schwiegen.", "belarus") == 1  # a keyword
    assert story_mentions("", "belarus") == 0 and story_mentions(None, "belarus") == 0
    own = tmp_path / "stories.csv"
    own.write_text("# my stories\nstory,countries,keywords,min_mentions,about\n"
                   "gaza,,gaza;hamas;hostage,2,The Gaza ceasefire\n", encoding="utf-8")
    gaza = load_story("gaza", path=own)
    articles = toolkit.load_sample()
    picked = story_articles(articles, gaza)
    assert 0 < len(picked) < len(articles)
    assert not set(picked["file"]) & set(story_articles(articles)["file"])
    with pytest.raises(ValueError, match="unknown story 'atlantis'"):
        load_story("atlantis")
    with pytest.raises(ValueError, match="need columns"):
        story_articles(pd.DataFrame({"text": ["x"]}))


def test_story_timeline_leaves_out_the_gaza_exchange(all_mentions: pd.DataFrame, timeline: pd.DataFrame) -> None:
    """The whole corpus's largest release is the Gaza exchange; the story's timeline has none of it."""
    releases = all_mentions[all_mentions["event_type"].isin(["release", "pardon"])]
    everything = toolkit.consolidate_events(releases)
    biggest = everything.loc[everything["count"].astype("float").idxmax()]
    assert int(biggest["count"]) >= 1000 and "Gaza" in biggest["evidence"]
    assert timeline["count"].astype("float").max() < int(biggest["count"]) / 10
    assert biggest["event_key"] not in set(timeline["event_key"])


def _outside_rows(everything: pd.DataFrame, all_mentions: pd.DataFrame) -> pd.DataFrame:
    """Consolidated rows whose mentions all come from articles the answer key puts in other topics."""
    labels = toolkit.load_sample_labels()
    articles = toolkit.load_sample()
    other = set(articles.loc[articles["file"].isin(labels.loc[labels["topic"] != "belarus", "file"]), "article_id"])
    source = dict(zip(all_mentions["event_id"], all_mentions["article_id"], strict=True))
    return everything[everything["event_ids"].map(lambda ids: all(source[i] in other for i in ids))]


def test_story_events(all_mentions: pd.DataFrame, mentions: pd.DataFrame, story: pd.DataFrame) -> None:
    kept = story_events(all_mentions, story)
    assert set(kept["event_id"]) == set(mentions["event_id"])
    releases = all_mentions[all_mentions["event_type"].isin(["release", "pardon"])]
    everything = toolkit.consolidate_events(releases)
    outside = _outside_rows(everything, all_mentions)
    assert len(outside) >= 1  # the Gaza exchange at least
    ours = story_events(everything, story, all_mentions)
    assert 0 < len(ours) == len(everything) - len(outside)
    assert not set(ours["event_key"]) & set(outside["event_key"])
    with pytest.raises(ValueError, match="mentions they were made from"):
        story_events(everything, story)


def test_timeline_outside_the_story(all_mentions: pd.DataFrame) -> None:
    releases = all_mentions[all_mentions["event_type"].isin(["release", "pardon"])]
    everything = toolkit.consolidate_events(releases).sort_values("date")
    outside = _outside_rows(everything, all_mentions)
    fb = check_timeline(everything)
    first = outside["date"].min().date()
    what, hint = _problem(fb, f"outside the Belarus story, e.g. on {first}")
    assert what.startswith(f"{len(outside)} row(s)")
    assert "story_articles" in hint
    assert len(fb.problems) == 1, str(fb)


# ------------------------------------------------ feedback never gives the answer ---


@pytest.fixture(scope="module")
def key_printed(disputed_event: pd.Series) -> dict[int, set[str]]:
    """What the answer key (labels.csv) says each outlet printed on the disputed event's day."""
    key = toolkit.label_events()
    near = (key["date"] - disputed_event["date"].normalize()).abs() <= pd.Timedelta(days=1)
    rows = key[key["event_type"].isin(["release", "pardon"]) & key["modality"].eq("reported")
               & ~key["cumulative"].astype(bool) & key["date_precision"].eq("day") & near & key["count"].notna()]
    printed = {int(c): set(g["outlet"]) for c, g in rows.groupby("count")}
    assert len(printed) >= 2 and all(printed.values())
    return printed


def _leaked(fb: Feedback, counts, outlets) -> list:
    """Counts (as whole numbers, not inside a date) and outlets that appear in the feedback."""
    text = str(fb)
    return ([c for c in counts if re.search(rf"(?<![\d-]){c}(?!\d)", text)]
            + [o for o in outlets if o in text])


def _all_outlets(printed: dict[int, set[str]]) -> set[str]:
    return set().union(*printed.values())


def test_disputed_key_answer_passes(disputed_event: pd.Series, key_printed: dict[int, set[str]]) -> None:
    """The key's own answer passes: the checker grades against the key, not the toolkit's output."""
    date = disputed_event["date"].strftime("%Y-%m-%d")
    fb = check_disputed(date, sorted(key_printed), {c: sorted(o) for c, o in key_printed.items()})
    assert fb.solved, str(fb)


def test_disputed_wrong_counts_do_not_leak(disputed_event: pd.Series, key_printed: dict[int, set[str]]) -> None:
    date = disputed_event["date"].strftime("%Y-%m-%d")
    first, *hidden = sorted(key_printed)
    fb = check_disputed(date, [first])
    assert not fb.solved
    assert not _leaked(fb, hidden, _all_outlets(key_printed)), str(fb)
    fb = check_disputed(date, [first, 999])
    what, _hint = _problem(fb, "[999] was not printed for it")
    assert not _leaked(fb, hidden, _all_outlets(key_printed)), str(fb)


def test_disputed_missing_outlet_does_not_leak(disputed_event: pd.Series, key_printed: dict[int, set[str]]) -> None:
    date = disputed_event["date"].strftime("%Y-%m-%d")
    number = max(key_printed, key=lambda c: len(key_printed[c]))
    left_out = sorted(key_printed[number])[0]
    answer = {c: sorted(o - {left_out} if c == number else o) for c, o in key_printed.items()}
    fb = check_disputed(date, sorted(key_printed), answer)
    what, hint = _problem(fb, f"{number}: 1 outlet(s) that printed it are missing")
    assert left_out not in str(fb)
    assert date in hint and "event_ids" in hint


def test_disputed_number_left_out_does_not_leak(disputed_event: pd.Series, key_printed: dict[int, set[str]]) -> None:
    date = disputed_event["date"].strftime("%Y-%m-%d")
    first, *rest = sorted(key_printed)
    fb = check_disputed(date, [first], {first: sorted(key_printed[first])})
    _problem(fb, f"{len(rest)} number(s) printed for that event have no outlets in your answer")
    hidden_outlets = _all_outlets(key_printed) - key_printed[first]
    assert not _leaked(fb, rest, hidden_outlets), str(fb)


def test_disputed_wrong_answer_does_not_leak(disputed_event: pd.Series, key_printed: dict[int, set[str]]) -> None:
    date = disputed_event["date"].strftime("%Y-%m-%d")
    fb = check_disputed(date, [1, 2], {1: ["nowhere.example"], 2: ["elsewhere.example"]})
    assert len(fb.problems) == 2, str(fb)
    _problem(fb, "1 was not printed for that event")
    assert not _leaked(fb, sorted(key_printed), _all_outlets(key_printed)), str(fb)
    # an outlet under the wrong number is named (it is the student's own), the right ones are not
    number, other = sorted(key_printed)[:2]
    stranger = sorted(key_printed[other] - key_printed[number])
    if stranger:
        answer = {c: sorted(o) for c, o in key_printed.items()}
        answer[number] = sorted(key_printed[number] | {stranger[0]})
        fb = check_disputed(date, sorted(key_printed), answer)
        what, _hint = _problem(fb, f"{number}: ['{stranger[0]}'] did not print it")


def test_no_checker_hint_gives_a_corpus_count(disputed_event: pd.Series, key_printed: dict[int, set[str]]) -> None:
    """Hints name columns and functions; the numbers they show are never the key's counts."""
    date = disputed_event["date"].strftime("%Y-%m-%d")
    answers = [check_disputed(date, [1]), check_disputed(date, [1], [3]), check_disputed("x", [1]),
               check_disputed(date, sorted(key_printed)), check_disputed(None, None)]
    for fb in answers:
        for _what, hint in fb.problems:
            assert not _leaked(Feedback("x", problems=[("", hint)]), sorted(key_printed), _all_outlets(key_printed)), hint


def test_mention_ids_start_with_their_article(all_mentions: pd.DataFrame) -> None:
    """check_timeline finds a consolidated row's articles from its event_ids: '<article_id>:...'."""
    assert (all_mentions["event_id"].astype(str).str.split(":").str[0] == all_mentions["article_id"].astype(str)).all()
