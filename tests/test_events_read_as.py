"""A language without patterns of its own read with a close language's (read_as.tsv)."""

from __future__ import annotations

import warnings

import pandas as pd

from toolkit.events import (
    available_languages,
    extract_events,
    load_patterns,
    readable_languages,
    unsupported_articles,
)
from toolkit.events.patterns import read_as

# A Croatian sentence written for the project, as a language identifier may label it.
_TEXT = "Bjelorusija je u subotu pustila na slobodu 18 političkih zatvorenika."


def test_bosnian_is_read_with_the_croatian_patterns():
    assert read_as()["bs"] == "hr"
    assert "bs" not in available_languages()  # no pattern file of its own
    assert "bs" in readable_languages()
    assert load_patterns("bs") is load_patterns("hr")


def test_an_article_labelled_bosnian_gives_its_events_and_is_not_skipped():
    articles = pd.DataFrame({"article_id": ["a1"], "language": ["bs"], "text": [_TEXT],
                             "published": [pd.Timestamp("2025-04-13", tz="UTC")]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "unsupported language" warning
        events = extract_events(articles)
    assert events[["event_type", "count"]].to_dict("records") == [
        {"event_type": "release", "count": 18}]
    assert str(events["date"].iloc[0].date()) == "2025-04-12"
    assert events["language"].tolist() == ["hr"]  # the patterns that read it
    assert events.attrs["skipped_articles"] == []
    assert unsupported_articles(articles).empty
