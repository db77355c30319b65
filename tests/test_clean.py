"""Tests of the clean stage: tidy_article, parse_text, sentence_spans."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from toolkit.clean import (
    dedupe_sentences,
    fix_sentence_spacing,
    normalize_text,
    parse_text,
    sentence_spans,
    split_dateline,
    tidy_article,
)
from toolkit.clean.dates import header_date

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_75a6d9dd27e3569d.txt"
DUMPS = Path(__file__).resolve().parent / "fixtures" / "dumps"

SEED_TITLE = "Belarusian leader pardons 123 prisoners in exchange for lifting of some sanctions"


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


# ---------------------------------------------------------------------------
# The seed page dump


@pytest.fixture(scope="module")
def seed() -> dict:
    return parse_text(SEED.read_text(encoding="utf-8"))


def test_seed_is_one_article_with_title_once(seed):
    assert isinstance(seed, dict)  # one record, not a list
    assert seed["title"] == SEED_TITLE
    assert SEED_TITLE not in seed["text"]


def test_seed_loads_as_exactly_one_article():
    import toolkit
    from toolkit.schema import ARTICLES, validate

    frame = toolkit.load_articles(str(SEED), progress=False)
    validate(frame, ARTICLES)
    assert len(frame) == 1
    assert frame.loc[0, "title"] == SEED_TITLE
    assert frame.loc[0, "text"].count(SEED_TITLE) == 0


def test_seed_published_from_header(seed):
    assert seed["published"] == "2025-12-13T00:00:00+00:00"
    assert seed["published_from"] == "header"


def test_seed_dateline_moved_out_of_text(seed):
    assert seed["dateline"] == "VILNIUS, LITHUANIA"
    assert "VILNIUS" not in seed["text"]
    assert seed["text"].startswith("Belarus’ authoritarian leader Alexander Lukashenko has pardoned 123")


def test_seed_caption_with_credit_not_in_text(seed):
    assert seed["caption"].startswith("In this photo released by Belarusian presidential press service")
    assert seed["caption"].endswith("(Belarusian Presidential Press Service via AP)")
    assert "shake hands" not in seed["text"]
    assert "via AP" not in seed["text"]


def test_seed_wire_is_ap(seed):
    assert seed["wire"] == "AP"


@pytest.mark.parametrize(
    "sentence",
    [
        "A close ally of Russia, Minsk has faced Western isolation and sanctions for years.",
        "Lukashenko has ruled the nation of 9.5 million with an iron fist for more than three decades",
    ],
)
def test_seed_repeated_sentences_once(seed, sentence):
    assert seed["text"].count(sentence) == 1


def test_seed_glued_sentences_split(seed):
    sentences = _sentences(seed["text"])
    first = [s for s in sentences if "July 2024." in s]
    second = [s for s in sentences if "John Coale" in s]
    assert first and second
    assert first[0].endswith("since July 2024.")
    assert second[0].startswith("John Coale, the U.S. special envoy")
    assert "2024.John" not in seed["text"]


@pytest.mark.parametrize(
    "chrome",
    ["17.1 C", "New Delhi", "Go to Source", "Hot this week", "Topics", "Related Articles", "Read More"],
)
def test_seed_no_chrome_in_text(seed, chrome):
    assert chrome not in seed["text"]


@pytest.mark.parametrize(
    "teaser", ["Messi", "Gurjit Singh", "Raed Saed", "Ram Mandir", "Dubai", "Musk", "Seattle"]
)
def test_seed_no_teasers_in_text_but_in_related(seed, teaser):
    assert teaser not in seed["text"]
    assert any(teaser in (item["title"] or "") + (item["summary"] or "") for item in seed["related"])


def test_seed_text_ends_with_putin_quotation(seed):
    assert seed["text"].endswith("“Naturally, President Putin may accept some advice and not others,” Coale said.")


def test_seed_related_items_once_with_title_and_summary(seed):
    titles = [item["title"] for item in seed["related"]]
    assert len(titles) == len(set(titles)) == 8
    assert all(item["title"] and item["summary"] for item in seed["related"])
    messi = next(i for i in seed["related"] if i["title"].startswith("Rahul Gandhi Joins Lionel Messi"))
    assert messi["summary"].startswith("Rahul Gandhi met Lionel Messi in Hyderabad")
    assert messi["summary"].endswith("the football legend.")  # "Read More" stripped


def test_seed_language_and_word_count(seed):
    assert seed["language"] == "en"
    # words: white-space separated tokens holding a letter or digit
    assert seed["n_words"] == sum(1 for token in seed["text"].split() if re.search(r"\w", token))
    assert 400 < seed["n_words"] < 560


def test_seed_record_validates_against_schema(seed):
    from toolkit.schema import ARTICLES, validate

    row = {**seed, "article_id": "x", "outlet": "aggregator.example", "source": str(SEED.name)}
    frame = ARTICLES.from_records([row])
    validate(frame, ARTICLES)
    assert str(frame.loc[0, "published"]) == "2025-12-13 00:00:00+00:00"


# ---------------------------------------------------------------------------
# Differently worded dumps (written for the tests, fictional outlets)


def _dump(name: str) -> dict:
    return parse_text((DUMPS / name).read_text(encoding="utf-8"))


def _assert_absent(record: dict, *needles: str) -> None:
    for needle in needles:
        assert needle not in record["text"], needle


def test_dump_riverton_byline_caption_dateline_and_teasers():
    rec = _dump("riverton_port_strike.txt")
    assert rec["title"] == "Dockworkers end nine-day strike at Riverton port after pay deal"
    assert rec["published"] == "2025-03-03T00:00:00+00:00" and rec["published_from"] == "header"
    assert rec["authors"] == ["Ana Petrova", "Tomás Reyes"]
    assert rec["dateline"] == "RIVERTON, Norland"
    assert rec["wire"] == "AP"
    assert rec["caption"].startswith("FILE - Cranes stand idle")
    assert rec["caption"].endswith("(AP Photo/Jo Smith, File)")
    assert rec["text"].startswith("Dockworkers at the port of Riverton voted on Sunday")
    assert rec["text"].count("The vote passed with 81% in favour") == 1
    assert "Sunday. The first container vessel" in rec["text"]
    assert rec["text"].endswith("Associated Press writer Lena Ostrova in Riverton contributed to this report.")
    _assert_absent(
        rec, "Cloudy", "9°C", "Edition", "Subscribe", "Advertisement", "Also read", "ferry terminal",
        "Read the original", "Trending", "bakery", "Most Popular", "library", "©", "Dockworkers end",
    )
    titles = [item["title"] for item in rec["related"]]
    assert titles.count("Local bakery wins national bread award") == 1
    bakery = next(i for i in rec["related"] if i["title"] == "Local bakery wins national bread award")
    assert bakery["summary"] == "The family-run bakery beat 200 entrants with a rye loaf baked to a 1920s recipe."
    assert {"City library extends weekend opening hours", "Riverton FC sign striker from rival club",
            "Riverton council approves new ferry terminal", "Heavy snow closes mountain pass for third day"} <= set(titles)


def test_dump_harbour_masthead_nav_source_line_and_wrapped_body():
    rec = _dump("harbour_times_flood.txt")
    assert rec["title"] == "Flood barrier holds as storm surge hits Eastmouth estuary"
    assert rec["published"] == "2024-11-05T00:00:00+00:00"
    assert rec["dateline"] == "EASTMOUTH, England"
    assert rec["wire"] == "Reuters"
    paragraphs = rec["text"].split("\n\n")
    assert paragraphs[0].startswith("The tidal barrier that protects the Eastmouth estuary held on Tuesday")
    assert paragraphs[0].endswith("in a similar storm in 2013.")  # wrapped lines joined
    assert "\n" not in paragraphs[0]
    assert "last month. It was the barrier's third closure" in rec["text"]
    _assert_absent(rec, "HARBOUR TIMES", "Home |", "Search", "Published", "Source:", "You may also like",
                   "Ferry", "sea wall", "Tags", "Nov 5")
    assert [i["title"] for i in rec["related"]] == [
        "Ferry services resume after week of gales",
        "Council sets date for sea wall consultation",
    ]
    assert all(i["summary"] and not i["summary"].endswith("→") for i in rec["related"])


def test_dump_russian_headings_caption_and_dateline():
    rec = _dump("novograd_tram_ru.txt")
    assert rec["title"] == "Новоград запустит первую линию скоростного трамвая в 2026 году"
    assert rec["published"] == "2025-03-12T00:00:00+00:00"
    assert rec["language"] == "ru"
    assert rec["dateline"] == "НОВОГРАД"
    assert rec["caption"] == "Фото: пресс-служба мэрии Новограда"
    assert rec["text"].startswith("Городской совет Новограда утвердил проект")
    assert rec["text"].count("Городской совет Новограда утвердил проект") == 1
    assert rec["text"].endswith("Часть средств выделит областной бюджет.")
    _assert_absent(rec, "+4 °C", "Источник", "Читайте также", "Мост", "парк", "Популярное", "Подробнее", "Среда")
    titles = [i["title"] for i in rec["related"]]
    assert titles == ["Мост через Северку закроют на ремонт до осени", "В Новограде открылся новый парк у реки"]


def test_dump_without_header_or_headings():
    rec = _dump("lindenburg_pandas.txt")
    assert rec["title"] == "Twin red panda cubs go on show at Lindenburg zoo"
    assert rec["authors"] == ["Petra Vogel"]
    assert rec["published"] == "2024-12-02T00:00:00+00:00"
    assert rec["dateline"] == "LINDENBURG" and rec["wire"] == "dpa"
    assert rec["text"].startswith("Two red panda cubs born at Lindenburg zoo")
    assert rec["text"].endswith("The enclosure closes in heavy rain.")
    _assert_absent(rec, "READ MORE", "aviary", "ice rink", "Tram fares", "Read More", "Petra Vogel", "Updated")
    titles = {i["title"] for i in rec["related"]}
    assert titles == {
        "City opens ice rink in the old market square",
        "Tram fares to rise by 5% from January",
        "Lindenburg zoo opens new aviary for rare parrots",
    }


def test_plain_article_comes_through_intact():
    raw = (DUMPS / "plain_article.txt").read_text(encoding="utf-8")
    rec = parse_text(raw)
    assert rec["text"] == raw.strip()
    assert rec["title"] is None and rec["published"] is None and rec["dateline"] is None
    assert rec["related"] == [] and rec["caption"] is None and rec["wire"] is None
    assert rec["language"] == "en"


def test_plain_article_with_headline_line():
    body = "Westbrook will rebuild its library.\n\nWork starts in spring, the council said."
    rec = parse_text("Westbrook to rebuild flooded library\n\n" + body, url="https://news.example/a")
    assert rec["title"] == "Westbrook to rebuild flooded library"
    assert rec["text"] == body
    assert rec["url"] == "https://news.example/a"


@pytest.mark.parametrize("name", sorted(p.name for p in DUMPS.glob("*.txt")))
def test_dumps_are_idempotent_under_tidy(name):
    rec = _dump(name)
    again = tidy_article(rec)
    for key in ("title", "text", "caption", "dateline", "wire", "n_words", "related", "authors"):
        assert again[key] == rec[key], key


# ---------------------------------------------------------------------------
# tidy_article


def test_tidy_article_does_not_modify_input_and_keeps_other_keys():
    record = {"title": "T", "text": "MINSK, Belarus (AP) — Text here.", "source": "a.html", "authors": ["By Jo Bloggs"]}
    snapshot = {k: (list(v) if isinstance(v, list) else v) for k, v in record.items()}
    out = tidy_article(record)
    assert record == snapshot
    assert out is not record
    assert out["source"] == "a.html"
    assert out["authors"] == ["Jo Bloggs"]
    assert out["text"] == "Text here."


@pytest.mark.parametrize(
    ("paragraph", "dateline", "wire", "rest"),
    [
        ("VILNIUS, LITHUANIA: Belarus freed 123 prisoners.", "VILNIUS, LITHUANIA", None, "Belarus freed 123 prisoners."),
        ("MINSK, Belarus (AP) — Belarus freed 52 prisoners.", "MINSK, Belarus", "AP", "Belarus freed 52 prisoners."),
        ("LONDON (Reuters) - Talks ended.", "LONDON", "Reuters", "Talks ended."),
        ("KYIV, Ukraine, Dec. 12 (Reuters) -- Talks ended.", "KYIV, Ukraine", "Reuters", "Talks ended."),
        ("WASHINGTON, Sept 5 (AFP) - The EU acted.", "WASHINGTON", "AFP", "The EU acted."),
        ("Berlin (dpa) - Rain fell.", "Berlin", "dpa", "Rain fell."),
        ("NEW YORK — Stocks rose.", "NEW YORK", None, "Stocks rose."),
        ("МИНСК, 13 декабря. /ТАСС/. Президент подписал указ.", "МИНСК", "TASS", "Президент подписал указ."),
        ("(AP) — Belarus freed 52 prisoners.", None, "AP", "Belarus freed 52 prisoners."),
        ("Vilna, 21 jun (Agencia Sur).- Bielorrusia liberó a 14 presos.", "Vilna", "Agencia Sur",
         "Bielorrusia liberó a 14 presos."),  # a full stop before the dash
        # a place in a script without letter case, a dash, a date with its other month name, an agency
        ("مينسك - 22 نوفمبر/تشرين الثاني (وكالة الأنباء) - أصدر الرئيس عفواً.", "مينسك", "وكالة الأنباء",
         "أصدر الرئيس عفواً."),
        # place, a day with its stop before the month, the agency in capitals, a full stop
        ("Viļņa, 21.jūnijs, LETA. Režīms atbrīvoja 14 ieslodzītos.", "Viļņa", "LETA",
         "Režīms atbrīvoja 14 ieslodzītos."),
    ],
)
def test_split_dateline_shapes(paragraph, dateline, wire, rest):
    rec = tidy_article({"text": paragraph})
    assert rec["dateline"] == dateline
    assert rec["wire"] == wire
    assert rec["text"] == rest


@pytest.mark.parametrize(
    "paragraph",
    [
        "UPDATE: The talks were extended to Sunday.",
        "Speaking in Minsk, Coale said: the talks went well.",
        "A close ally of Russia, Minsk has faced sanctions - for years.",
        "EU foreign ministers met on Monday.",
        "The U.S. Treasury said: sanctions were eased.",
        "(This story has been corrected.) It rained.",
        "the envoy said (in Minsk) - and left.",  # a lower-case place is not the caseless shape
    ],
)
def test_split_dateline_leaves_ordinary_openings(paragraph):
    assert split_dateline(paragraph) == (None, None, paragraph)


@pytest.mark.parametrize(
    ("caption", "wire"),
    [
        ("In this photo released by the city press office, the mayor speaks in Riverton on Friday. (City Press Office via AP)", "AP"),
        ("FILE - Trucks queue at the border crossing on Nov. 1, 2024. (AP Photo/Jo Smith, File)", "AP"),
        ("The envoy arrives in Minsk on Friday. (REUTERS/Jane Doe)", "Reuters"),
        ("Protesters gather outside parliament. (AFP via Getty Images)", "AFP"),
        ("The envoy arrives in Minsk. (Photo: Jane Doe/Press Office)", None),
    ],
)
def test_caption_moved_out_with_credit_and_wire(caption, wire):
    body = "Belarus freed 14 prisoners on Friday, officials said."
    rec = tidy_article({"title": "Prisoners freed", "text": f"Prisoners freed\n\n{caption}\n\n{body}"})
    assert rec["caption"] == caption
    assert rec["text"] == body
    assert rec["wire"] == wire


def test_known_caption_is_removed_from_text_and_wire_from_byline():
    rec = tidy_article({"text": "The mayor speaks.\n\nThe council met.", "caption": "The mayor speaks.", "authors": ["Reuters"]})
    assert rec["text"] == "The council met."
    assert rec["wire"] == "Reuters" and rec["authors"] == []


def test_wire_not_taken_from_quoted_agency():
    rec = tidy_article({"text": "The leader told The Associated Press on Saturday that talks would go on."})
    assert rec["wire"] is None


def test_reuters_signoff_gives_wire():
    rec = tidy_article({"text": "Talks ended on Friday.\n\n(Reporting by Sam Hollis; Editing by Dana Kerr)"})
    assert rec["wire"] == "Reuters"


def test_leading_title_repeats_dropped_but_later_mentions_kept():
    title = "Minsk frees 52 prisoners"
    text = f"{title}\n\n{title}\n\nBelarus freed 52 prisoners.\n\n{title}"
    rec = tidy_article({"title": title, "text": text})
    assert rec["text"] == f"Belarus freed 52 prisoners.\n\n{title}"


def test_chrome_paragraphs_dropped():
    rec = tidy_article({"text": "First point.\n\nADVERTISEMENT\n\nShare this article\n\nSecond point."})
    assert rec["text"] == "First point.\n\nSecond point."


def test_language_none_for_short_or_letterless_text_and_russian_detected():
    assert tidy_article({"text": ""})["language"] is None
    assert tidy_article({"text": "12 34 5.6"})["language"] is None
    assert tidy_article({"text": "Ok."})["language"] is None
    rec = tidy_article({"text": "Лукашенко помиловал 123 заключённых в обмен на снятие части санкций."})
    assert rec["language"] == "ru"


def test_published_values_normalised():
    from datetime import datetime

    rec = tidy_article({"text": "x", "published": datetime(2025, 12, 13, 10, 30), "published_from": "meta"})
    assert rec["published"] == "2025-12-13T10:30:00+00:00" and rec["published_from"] == "meta"
    rec = tidy_article({"text": "x", "published": None, "published_from": "meta"})
    assert rec["published"] is None and rec["published_from"] is None
    import numpy as np
    import pandas as pd

    for value, expected in [
        (pd.Timestamp("2025-12-13 10:00", tz="Europe/Minsk"), "2025-12-13T07:00:00+00:00"),
        (np.datetime64("2025-12-13"), "2025-12-13T00:00:00+00:00"),
        (pd.NaT, None),
        (float("nan"), None),
        ("2025-12-13", "2025-12-13"),  # strings are parsed by the schema
    ]:
        assert tidy_article({"text": "x", "published": value})["published"] == expected


def test_related_deduplicated_and_merged():
    rec = tidy_article({"text": "x", "related": [{"title": "A story", "summary": None},
                                                 {"title": "A  story", "summary": "More."}, "Other story"]})
    assert rec["related"] == [{"title": "A story", "summary": "More."}, {"title": "Other story", "summary": None}]


# ---------------------------------------------------------------------------
# small steps


def test_normalize_text():
    raw = "\ufeffA\u00a0b\u200b c\r\nd\x00e\u2028f\t\tg\n\n\n\nh "
    assert normalize_text(raw) == "A b c\nde\nf g\n\nh"
    assert normalize_text("e\u0301") == "\u00e9"  # NFC
    assert normalize_text("a\ud800b") == "ab"  # lone surrogate dropped
    assert normalize_text("Belarus&#8217; leader &amp; envoy&nbsp;met") == "Belarus’ leader & envoy met"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("since July 2024.John Coale said", "since July 2024. John Coale said"),
        ("he said.“We go", "he said.“We go"),  # opening quote: left alone
        ("it ended.”The next", "it ended.” The next"),
        ("the U.S.The", "the U.S.The"),  # capital before the stop: could be an abbreviation
        ("grew 9.5 percent", "grew 9.5 percent"),
        ("see www.example.com/News.Today", "see www.example.com/News.Today"),
        ("mail info@news.Example", "mail info@news.Example"),
        ("в 2024 г.Лукашенко", "в 2024 г. Лукашенко"),
        ("really?Yes", "really? Yes"),
    ],
)
def test_fix_sentence_spacing(text, expected):
    assert fix_sentence_spacing(text) == expected


def test_dedupe_sentences_keeps_short_repeats_and_first_occurrence():
    paras = ["He said no. Minsk freed ten people on Friday.", "He said no. Minsk freed ten people on Friday!"]
    assert dedupe_sentences(paras) == ["He said no. Minsk freed ten people on Friday.", "He said no."]


# ---------------------------------------------------------------------------
# sentence_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belta said so. Coale met Lukashenko in Minsk.", ["Belta said so.", "Coale met Lukashenko in Minsk."]),
        ("Dr. Coale met the U.S. envoy. He left.", ["Dr. Coale met the U.S. envoy.", "He left."]),
        ("It began on Jan. 5 in Minsk. Talks followed.", ["It began on Jan. 5 in Minsk.", "Talks followed."]),
        ("The nation of 9.5 million waits. Talks go on.", ["The nation of 9.5 million waits.", "Talks go on."]),
        ("John F. Kennedy spoke. Crowds cheered.", ["John F. Kennedy spoke.", "Crowds cheered."]),
        ("They lacked vitamin D. The study says so.", ["They lacked vitamin D.", "The study says so."]),
        ("Talks ended at 5 p.m. The envoy left.", ["Talks ended at 5 p.m.", "The envoy left."]),
        ("Dr. The Rev. Smith spoke.", ["Dr. The Rev. Smith spoke."]),
        ("“We agree.” He left. “Why?” she asked.", ["“We agree.”", "He left.", "“Why?” she asked."]),
        ("Sanctions were eased by the U.S. The EU did not follow.", ["Sanctions were eased by the U.S.", "The EU did not follow."]),
        ("He met U.S. Secretary Rubio.", ["He met U.S. Secretary Rubio."]),
        ("Освобождены 52 человека. А. Лукашенко подписал указ. Об этом сообщили в т.ч. СМИ.",
         ["Освобождены 52 человека.", "А. Лукашенко подписал указ.", "Об этом сообщили в т.ч. СМИ."]),
        ("Wait... Then it ended! Did it? Yes.", ["Wait...", "Then it ended!", "Did it?", "Yes."]),
        ("“Why now?” Coale asked. He left.", ["“Why now?” Coale asked.", "He left."]),
        ("“Free them all!” Tsikhanouskaya said on Saturday. Talks went on.",
         ["“Free them all!” Tsikhanouskaya said on Saturday.", "Talks went on."]),
        ("“Why now?” The question stayed open.", ["“Why now?”", "The question stayed open."]),
        ("“We agree.” Coale said nothing more.", ["“We agree.”", "Coale said nothing more."]),
        ("First line\nSecond line. Third.", ["First line", "Second line.", "Third."]),
        ("Er sagte: „Wir sind frei.“ Dann ging er. „Ja“, sagte sie.",
         ["Er sagte: „Wir sind frei.“", "Dann ging er.", "„Ja“, sagte sie."]),
        ("Он сказал: «Мы свободны». Потом ушёл.", ["Он сказал: «Мы свободны».", "Потом ушёл."]),
        ("", []),
        ("   \n  ", []),
    ],
)
def test_sentence_spans(text, expected):
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == expected
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:], strict=False))


def test_dump_masthead_date_in_weather_line_name_credit_caption():
    rec = _dump("quayside_wire_museum.txt")
    assert rec["title"] == "Thieves take ship models from maritime museum"
    assert rec["published"] == "2025-03-04T00:00:00+00:00"  # 04/03/2025, day first
    assert rec["caption"] == "A glass case stands empty at the Harbourtown Maritime Museum on Monday. (Northern Lights Agency)"
    assert rec["dateline"] == "HARBOURTOWN, Westland"
    assert rec["wire"] == "NLA"  # as the dateline credits it
    assert rec["text"].startswith("Thieves broke into the Harbourtown Maritime Museum overnight")
    assert rec["text"].count("Thieves broke into") == 1
    assert "6:40 a.m. The alarm" in rec["text"]
    assert rec["text"].endswith('"These models are part of the town\'s memory," Sand said.')
    _assert_absent(rec, "QUAYSIDE", "6°C", "Continue reading", "More Stories", "Editor's Picks", "ferry", "Fish market", "(NLA)")
    assert [i["title"] for i in rec["related"]] == [
        "Harbour ferry gets new electric engines",
        "Fish market reopens after six-month renovation",
    ]
    assert all(i["summary"] and "Continue" not in i["summary"] for i in rec["related"])


def test_dump_masthead_bar_photo_tail_caption_and_arrow_lists():
    rec = _dump("eastgate_daily_bridge.txt")
    assert rec["title"] == "Old swing bridge to reopen to walkers after two-year repair"
    assert rec["published"] == "2025-11-07T00:00:00+00:00"
    assert rec["caption"] == "Workers fit the last railing on the swing bridge on Thursday. Photo: Northern Lights Agency / City Hall"
    assert rec["dateline"] == "EASTGATE"
    assert rec["wire"] == "NLA"
    assert rec["text"].startswith("The 19th-century swing bridge")
    assert rec["text"].endswith("about a third more than planned.")
    _assert_absent(rec, "EASTGATE DAILY", "Home", "Source", "Trending", "»", "Canal boat", "School meals", "Read More")
    related = {i["title"]: i["summary"] for i in rec["related"]}
    assert related == {
        "Canal boat festival returns in June": "More than 60 boats are expected to take part in the two-day parade.",
        "Library extends Sunday opening hours": None,
        "Eastgate tram line gets new timetable": None,
        "School meals to include more local produce": "The council said suppliers within 50 km would get priority in new contracts.",
    }


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Saturday, December 13, 2025", "2025-12-13"),
        ("Mon, 3 March 2025 | 08:15 GMT", "2025-03-03"),
        ("Published: 2024-11-05 14:20", "2024-11-05"),
        ("Updated Dec 2, 2024, 5:04 PM EST", "2024-12-02"),
        ("Среда, 12 марта 2025", "2025-03-12"),
        ("13.12.2025", "2025-12-13"),
        ("07/13/2024", "2024-07-13"),  # can only be month first
        ("Veröffentlicht am 19.10.19 um 14:34 Uhr", "2019-10-19"),  # a two-digit year after dots
        ("28.01.22", "2022-01-28"),
        ("6 May 2022 - 2:00 a. m.", "2022-05-06"),
        ("2025年12月14日 6時12分", "2025-12-14"),  # numbers with their unit marks, a clock so too
        ("更新 2025年12月14日", "2025-12-14"),
    ],
)
def test_header_date_lines(line, expected):
    rec = parse_text(f"{line}\n\nMinsk talks end without a deal\n\nThe talks ended on Friday, officials said.")
    assert rec["published"] == f"{expected}T00:00:00+00:00"
    assert rec["published_from"] == "header"
    assert rec["title"] == "Minsk talks end without a deal"
    assert rec["text"] == "The talks ended on Friday, officials said."


def test_date_in_body_is_not_a_header_date():
    rec = parse_text("The talks ended on December 13, 2025, officials said.\n\nMore talks are planned.")
    assert rec["published"] is None and rec["published_from"] is None
    assert rec["text"].startswith("The talks ended on December 13, 2025")


def test_dateline_abbreviated_state_keeps_its_stop():
    assert split_dateline("PORT ELLERY, Wash. (AP) — Officials closed it.") == ("PORT ELLERY, Wash.", "AP", "Officials closed it.")
    assert split_dateline("NEW YORK, N.Y. (AP) — Stocks rose.")[0] == "NEW YORK, N.Y."


def test_unknown_dateline_agency_kept_as_written():
    rec = tidy_article({"text": "RIGA (BNS) — The parliament voted on Thursday."})
    assert rec["wire"] == "BNS" and rec["dateline"] == "RIGA"


def test_hard_wrapped_teaser_block_is_not_joined():
    dump = (
        "Harbour ferry gets new electric engines\n\nThe refit ended on Monday, the port said.\n\nGo to Source\n\n"
        "You May Also Like\n\nTennis veteran announces retirement after final home tournament\n"
        "The former top-ten player thanked fans in an emotional speech on centre court.\nRead More »"
    )
    rec = parse_text(dump)
    assert rec["related"] == [{
        "title": "Tennis veteran announces retirement after final home tournament",
        "summary": "The former top-ten player thanked fans in an emotional speech on centre court.",
    }]


def test_plain_article_opening_with_a_quotation_keeps_it():
    text = "“We will not give up.”\n\nThat was how the union leader closed the meeting on Friday."
    rec = parse_text(text)
    assert rec["title"] is None
    assert rec["text"] == text


def test_language_measured_from_text_over_declared_value():
    ru = "Лукашенко помиловал 123 заключённых в обмен на снятие части американских санкций, сообщило агентство."
    assert tidy_article({"text": ru, "language": "en"})["language"] == "ru"  # template says en
    assert tidy_article({"text": "Ja.", "language": "de-DE"})["language"] == "de"  # too short to measure
    assert tidy_article({"text": "Ja.", "language": "not a code"})["language"] is None


def test_wire_from_caption_credit_only_not_caption_words():
    caption = "A Reuters reporter waits outside the court in Minsk on Friday. (Photo: Jane Doe/City Press)"
    rec = tidy_article({"text": f"{caption}\n\nThe court met on Friday, lawyers said."})
    assert rec["caption"] == caption and rec["wire"] is None


def test_dump_with_reading_chrome_byline_agency_and_title_only_teasers():
    dump = (
        "Listen to this article\n5 min read\n\n"
        "Council votes to rebuild the old pier before summer\n\n"
        "By Jane Roe, Reuters | Updated 3 hours ago\n\n"
        "NORTHPORT, Westland (Reuters) - The town council voted on Tuesday to rebuild the old pier, officials said.\n\n"
        "ADVERTISEMENT\n\nRead more: Storm damage bill reaches record\n\n"
        "Work will begin in March. The cost is put at 3.1 million crowns.\n\n"
        "Share this article\nFacebook | Twitter | Email\n\nComments (3)\n\n"
        "Latest News\n\nFerry timetable changes from Monday\nBus fares frozen for another year\n"
    )
    rec = parse_text(dump)
    assert rec["title"] == "Council votes to rebuild the old pier before summer"
    assert rec["authors"] == ["Jane Roe"] and rec["wire"] == "Reuters"
    assert rec["text"] == (
        "The town council voted on Tuesday to rebuild the old pier, officials said.\n\n"
        "Work will begin in March. The cost is put at 3.1 million crowns."
    )
    assert {i["title"] for i in rec["related"]} == {
        "Ferry timetable changes from Monday", "Bus fares frozen for another year", "Storm damage bill reaches record",
    }


def test_hard_wrapped_plain_text_is_joined_into_paragraphs():
    text = (
        "The council of Westbrook decided on Thursday to rebuild the town\n"
        "library on higher ground after a year in which the old building stood\n"
        "empty because of flood damage, its leader said.\n\n"
        "Work is due to start in the spring and should take eighteen months,\n"
        "according to the plans published on the council's website. Residents\n"
        "will be able to comment until the end of January.\n"
    )
    rec = parse_text(text)
    assert rec["title"] is None
    assert rec["text"] == "\n\n".join(" ".join(block.split("\n")) for block in text.strip().split("\n\n"))


def test_bad_input_types_raise_clear_errors():
    with pytest.raises(TypeError, match="parse_text expects str, got bytes"):
        parse_text(b"bytes")
    with pytest.raises(TypeError, match="tidy_article expects a dict record, got list"):
        tidy_article(["text"])


def test_source_line_inside_body_does_not_cut_the_article():
    long_para = " ".join(["The ministry said the figures covered every region and every month of the year."] * 8)
    dump = (
        "Prices rose again in October, statistics office says\n\n"
        "Consumer prices rose 0.4 percent in October, the statistics office said on Friday.\n\n"
        "Source: National Statistics Office\n\n"
        f"{long_para}\n\nGo to Source\n\nTrending\n\nCats win a prize\n\nThey did. Read More"
    )
    rec = parse_text(dump)
    assert rec["text"].endswith("every month of the year.")
    assert "Consumer prices rose" in rec["text"]
    assert rec["related"] == [{"title": "Cats win a prize", "summary": "They did."}]


def test_authors_keep_people_only():
    rec = tidy_article({"text": "x", "authors": ["By Jane Roe", "Staff Writer", "Moscow Bureau", "AFP",
                                                 "Jane Roe", "Updated 12:30", "Tomás Reyes", "",
                                                 "Lena Ostrova, Staff Correspondent", "Roe, Jane"]})
    assert rec["authors"] == ["Jane Roe", "Tomás Reyes", "Lena Ostrova", "Roe, Jane"]
    assert rec["wire"] == "AFP"


@pytest.mark.parametrize(
    "last",
    [
        "Prices could rise even more.",
        "Officials said there was more to read in the report, and readers can read more.",
        "Lukashenko pardons 20 more",
    ],
)
def test_body_ending_with_more_is_not_a_teaser(last):
    rec = parse_text(f"Prices climb again in October\n\nPrices rose in October, officials said.\n\n{last}")
    assert rec["text"].endswith(last)
    assert rec["related"] == []


# ---------------------------------------------------------------------------
# One home for language knowledge: the page-dump and HTML paths read the same
# per-language data files.

_BRIDGE_BODY = (
    "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Fluss beschlossen, "
    "die beide Ufer der Altstadt verbinden soll und im Jahr 2027 fertig sein wird.",
    "Die Kosten von 12 Millionen Euro trägt zum größten Teil das Land, sagte der Bürgermeister.",
)


@pytest.mark.parametrize("heading", ["Lesen Sie auch", "Читайте также", "Read more", "À lire aussi", "Related Articles"])
def test_teaser_heading_ends_the_body_on_both_paths(heading):
    from toolkit.extract import parse_html

    teaser = "Parkhaus am Markt schließt im Sommer"
    dump = "\n\n".join(["Neue Brücke für die Altstadt", *_BRIDGE_BODY, heading, teaser])
    rec = parse_text(dump)
    assert rec["text"] == "\n\n".join(_BRIDGE_BODY)
    assert rec["related"] == [{"title": teaser, "summary": None}]
    page = (
        "<html><head><title>Neue Brücke für die Altstadt</title></head><body><article><h1>Neue Brücke für die Altstadt</h1>"
        + "".join(f"<p>{p}</p>" for p in (*_BRIDGE_BODY, heading, teaser))
        + "</article></body></html>"
    )
    html_rec = parse_html(page, url="https://stadt.example/bruecke")
    assert html_rec["text"] == "\n\n".join(_BRIDGE_BODY)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Von Petra Vogel", ["Petra Vogel"]),
        ("Par Jeanne Martin et Paul Roux", ["Jeanne Martin", "Paul Roux"]),
        ("By Evan Symon, August 14, 2021", ["Evan Symon"]),
        ("Von der Leyen besucht Kiew", []),  # a headline, not a byline
    ],
)
def test_byline_prefixes_of_every_language_in_page_dumps(byline, authors):
    dump = f"Brücke wird gebaut\n\n{byline}\n\nDer Stadtrat hat am Dienstag den Bau beschlossen, sagte der Bürgermeister."
    assert parse_text(dump)["authors"] == authors


def test_day_first_is_a_parameter_not_module_state():
    import toolkit.clean

    dump = "05/07/2024\n\nMinsk talks end without a deal\n\nThe talks ended on Friday, officials said."
    assert parse_text(dump)["published"] == "2024-07-05T00:00:00+00:00"
    assert parse_text(dump, day_first=False)["published"] == "2024-05-07T00:00:00+00:00"
    # a date that can only be read one way is read that way
    assert parse_text(dump.replace("05/07", "13/07"), day_first=False)["published"].startswith("2024-07-13")
    assert not hasattr(toolkit.clean, "DAY_FIRST")


def test_month_names_of_every_language_with_data():
    for line, expected in [("3 März 2025", "2025-03-03"), ("3 mars 2025", "2025-03-03"), ("13 снежня 2025", "2025-12-13")]:
        rec = parse_text(f"{line}\n\nMinsk talks end without a deal\n\nThe talks ended on Friday, officials said.")
        assert rec["published"] == f"{expected}T00:00:00+00:00", line


# Kinds read by toolkit.clean whose lines are regular expressions.
_REGEX_KINDS = (
    "interface_lines", "interface_labels", "calls_to_action", "teaser_heading_prefixes",
    "read_more", "source_links", "caption_leads", "caption_tags",
)
_CLEAN_KINDS = _REGEX_KINDS + (
    "teaser_headings", "teaser_labels", "abbreviations", "ending_abbreviations", "sentence_openers",
    "speech_verbs", "ordinal_suffixes", "date_labels", "date_prepositions", "date_particles",
    "year_words", "kickers", "byline_labels", "byline_roles", "byline_desks", "byline_affiliations",
    "credentials", "not_name_words", "photo_labels", "photo_credit_words", "credit_links", "name_connectors",
)


@pytest.mark.parametrize("kind", _CLEAN_KINDS)
def test_language_files_have_a_header_and_valid_lines(kind):
    from toolkit.languages import LANG_DIR, available, words

    langs = available(kind)
    assert langs, f"no language has {kind}.txt"
    for lang in langs:
        path = LANG_DIR / lang / f"{kind}.txt"
        assert path.read_text(encoding="utf-8").startswith("#"), f"{path}: no '#' header saying what it is"
        for line in words(lang, kind):
            if kind in _REGEX_KINDS:
                re.compile(line)
            else:
                assert line == " ".join(line.split()), f"{path}: {line!r}"


def test_wire_agencies_are_data(tmp_path):
    from toolkit.clean.wire import WIRE_AGENCIES_FILE, load_wire_agencies

    assert WIRE_AGENCIES_FILE.name == "wire_agencies.csv"
    agencies = load_wire_agencies()
    assert "Associated Press" in agencies["AP"] and "ТАСС" in agencies["TASS"]
    bad = tmp_path / "agencies.csv"
    bad.write_text("agency,spellings\n,Nobody\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"agencies\.csv: row 1 has no agency name"):
        load_wire_agencies(bad)


# ---------------------------------------------------------------------------
# The page's own date below its header (pages saved without a publication date)
_BODY = ("Belarus freed 14 prisoners on Saturday, officials said, in the largest release this "
         "year. The group was driven to the border and handed over to Lithuanian officials.\n\n"
         "Relatives welcomed the news on Sunday, a rights group said in a short statement.")


@pytest.mark.parametrize(("dump", "day"), [
    # a byline that carries the date
    ("World | Europe\n\nBelarus frees 14 prisoners\n\nBy Jane Roe | Mar 3, 2025 | 4 min read\n\n" + _BODY,
     "2025-03-03"),
    # a labelled date line at the foot only
    ("World | Europe\n\nBelarus frees 14 prisoners\n\n" + _BODY
     + "\n\nFirst published on Thu 13 Feb 2025\n\n© 2025 Example Media", "2025-02-13"),
    # a labelled date after a separator in a byline line
    ("Actualités\n\nBélarus : 14 détenus libérés\n\nPar la rédaction | Publié le 16/09/2024 à 18h32\n\n"
     + _BODY, "2024-09-16"),
    # a head line with a date between pipes, with the particles of a Portuguese date
    ("Conselho\n\nComunicado de imprensa | 27 de março de 2025 | 16:05\n\n" + _BODY, "2025-03-27"),
    # an author line with the Polish year abbreviation and clock
    ("Wiadomości\n\nAutor: Anna Nowak, 21.11.2025 r., godz. 08:30\n\n" + _BODY, "2025-11-21"),
    # Arabic-Indic digits in a date line
    ("أخبار\n\nالسبت ٢٢ نوفمبر ٢٠٢٥\n\n" + _BODY, "2025-11-22"),
    # a Croatian date with its dots, under a label
    ("Vijesti\n\nObjavljeno: 14. prosinca 2025. u 14:05\n\n" + _BODY, "2025-12-14"),
    # a Czech numeric date with a space after each dot
    ("Zprávy | Svět | Domov | Sport\n\n4. 11. 2025 21:14\n\nBelarus frees 14 prisoners\n\n" + _BODY,
     "2025-11-04"),
])
def test_page_date_read_from_lines_below_the_header(dump, day):
    rec = parse_text(dump)
    assert rec["published"] == f"{day}T00:00:00+00:00" and rec["published_from"] == "header"


def test_teaser_date_at_the_foot_is_not_the_page_date():
    dump = ("World | Europe\n\nBelarus frees 14 prisoners\n\n" + _BODY
            + "\n\nRelated stories\n\nEU extends sanctions on Minsk\n\n21 June 2024\n\n"
              "Talks in Vilnius end without a deal\n\n3 May 2024")
    rec = parse_text(dump)
    assert rec["published"] is None


@pytest.mark.parametrize(("lead", "foot", "day"), [
    # a dated dateline with its year
    ("KYIV, Ukraine, Dec. 12, 2025 (Northline) - ", "", "2025-12-12"),
    # without a year: the year of the page's copyright line
    ("VILNIUS, Dec 12 (Northline) - ", "\n\n© 2025 Example Wire Media", "2025-12-12"),
    # an unknown agency before the place, an abbreviated Italian month
    ("(Notiziario) - VILNIUS, 13 DIC - ", "\n\nCopyright 2025 Esempio", "2025-12-13"),
    # without a year and without a copyright line: no date
    ("VILNIUS, Dec 12 (Northline) - ", "", None),
    # without either, the lead's weekday and the latest year the page states: 21 June
    # is a Saturday in 2025, the first such year from 2020
    ("Vilna, 21 jun (Agencia Sur).- Arrested in 2020, freed this Saturday: ", "", "2025-06-21"),
    ("Viļņa, 21.jūnijs, LETA. ", "\n\n© 2025 Ziņu Vārti", "2025-06-21"),
    # two weekdays in the lead: no year is sure
    ("Vilna, 21 jun (Agencia Sur).- Arrested in 2020 on a Monday, freed this Saturday: ", "", None),
])
def test_page_date_from_the_leads_dateline(lead, foot, day):
    dump = ("World | Europe | Business | Sport\n\nBelarus frees 14 prisoners\n\n" + lead + _BODY + foot)
    rec = parse_text(dump)
    assert rec["published"] == (f"{day}T00:00:00+00:00" if day else None)
    assert "Belarus freed 14 prisoners on Saturday" in rec["text"]


@pytest.mark.parametrize(("dump", "day"), [
    # a site's today-line at the top, the article's own stamp below the headline
    ("Miércoles 4 de Mayo de 2022\n\nLima | Política\n\nEl Congreso aprueba la ley\n\n"
     "3/5/2022 22:46\n\n" + _BODY, "2022-05-03"),
    # the article's day only in a labelled line further down
    ("mercredi 19 février 2020\n\nMonde | Europe\n\nBélarus : 14 détenus libérés\n\n" + _BODY
     + "\n\nPublié sur 18/02/2020", "2020-02-18"),
    # a later stamp is an update, not the article: the top line stays
    ("Saturday, December 13, 2025\n\nWorld | Europe\n\nBelarus frees 14 prisoners\n\n" + _BODY
     + "\n\nUpdated: 14/12/2025", "2025-12-13"),
    # a top line without a weekday is the page's date, whatever follows
    ("13.12.2025\n\nWorld | Europe\n\nBelarus frees 14 prisoners\n\n" + _BODY
     + "\n\nFirst published on 11/12/2025", "2025-12-13"),
])
def test_site_today_line_gives_way_to_the_articles_own_earlier_date(dump, day):
    rec = parse_text(dump)
    assert rec["published"] == f"{day}T00:00:00+00:00"


def test_two_digit_year_only_in_a_line_that_is_a_date():
    assert header_date("19.10.19, 11:29 Uhr") == "2019-10-19T00:00:00+00:00"
    assert header_date("Version 2.1.19 | Changelog", anywhere=True) is None


def test_lines_ending_in_a_full_stop_of_a_script_without_spaces_are_body_not_header():
    # a live blog in Japanese: a one-"word" line that ends in 。 is a sentence, not chrome
    dump = ("国際ニュース　ライブ\n【随時更新】ベラルーシ、12人を釈放\n2025年12月13日\n20:10\n"
            "ベラルーシ当局は13日、12人を釈放したと発表した。\n19:35\n釈放された人はリトアニアに移送された。")
    rec = parse_text(dump)
    assert rec["published"] == "2025-12-13T00:00:00+00:00"
    assert rec["text"].startswith("ベラルーシ当局は13日、12人を釈放したと発表した。")
    assert rec["text"].endswith("釈放された人はリトアニアに移送された。")


def test_sentences_of_a_script_without_letter_case_split_at_a_full_stop():
    text = "وأفرج عن الصحفي يوم السبت.وكانت الوزارة قد شطبت الشركة في الرابع من نوفمبر. وقال د. محمد إن"
    rec = tidy_article({"text": text})
    spans = sentence_spans(rec["text"], "ar")
    assert [rec["text"][a:b] for a, b in spans] == [
        "وأفرج عن الصحفي يوم السبت.", "وكانت الوزارة قد شطبت الشركة في الرابع من نوفمبر.",
        "وقال د. محمد إن"]


def test_site_name_above_menus_and_a_source_line_above_short_paragraphs():
    # the site's name and tagline above the menus is not the headline: the line that a
    # date line follows is; and a "Source: ... | 4 min read" credit line right under the
    # date line does not end an article whose paragraphs are all short
    paras = "\n\n".join(
        f"Paragraph {k}: Belarus freed 14 prisoners on Saturday, officials said, and relatives "
        "welcomed the news at the border crossing later that day." for k in range(6))
    dump = ("ExampleNews | Your world, aggregated\n\nHome  World  Europe  Business  Sport\n\n"
            "We and our partners use cookies to personalise content and ads and to analyse our "
            "traffic. By clicking Accept all you agree to the storing of cookies on your device.\n\n"
            "Belarus frees 14 prisoners after envoy's visit to Minsk\n\n"
            "Published: 14 Sep 2025, 08:31 | Updated: 14 Sep 2025, 11:02\n\n"
            "Source: Example Wire Service | 4 min read\n\n" + paras
            + "\n\nRelated\n\nPort strike ends after talks\n\nPhone maker releases new models")
    rec = parse_text(dump)
    assert rec["title"] == "Belarus frees 14 prisoners after envoy's visit to Minsk"
    assert rec["published"] == "2025-09-14T00:00:00+00:00"
    assert "Paragraph 5:" in rec["text"] and "Port strike" not in rec["text"]
