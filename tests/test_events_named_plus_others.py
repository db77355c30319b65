"""A count after named people joined by "and ... other(s)" counts the named people too.

Sentences written for the project (the labelling rule of data/challenge/README_a.md and
README_b.md: "a named person + at least 4 others" is 5 at least).
"""

from __future__ import annotations

import pandas as pd
import pytest

import toolkit

PUB = pd.Timestamp("2025-06-23", tz="UTC")

CASES = [
    ("en", "Belarus on Saturday freed opposition leader Siarhei Tsikhanouski and 13 other prisoners.", 14, "exact"),
    ("en", "Lukashenko pardoned the journalist Ihar Losik and 15 others on Friday.", 16, "exact"),
    ("en", "Belarus freed Maria Kalesnikava, Maksim Znak and 10 other political prisoners on Saturday.", 12, "exact"),
    ("en", "Belarus released Ales Bialiatski and at least 4 other prisoners on Saturday.", 5, "at_least"),
    ("de", "Belarus hat am Samstag Siarhei Tsikhanouski und 13 weitere Gefangene freigelassen.", 14, "exact"),
    ("ru", "Беларусь в субботу освободила Сергея Тихановского и ещё 13 заключённых.", 14, "exact"),
    # no named person joined to the count: the count as written
    ("en", "Belarus freed 14 prisoners, among them Siarhei Tsikhanouski, on Saturday.", 14, "exact"),
    ("en", "Belarus freed 13 other prisoners on Saturday.", 13, "exact"),
    ("en", "Belarus freed Maria Kalesnikava on Saturday and 13 other prisoners on Sunday.", 13, "exact"),
]


@pytest.mark.parametrize(("lang", "text", "count", "qualifier"), CASES, ids=[c[1][:40] for c in CASES])
def test_named_people_join_the_count(lang: str, text: str, count: int, qualifier: str) -> None:
    frame = pd.DataFrame({"article_id": ["a"], "outlet": ["x.example"], "published": [PUB], "text": [text],
                          "language": [lang], "title": [""]})
    events = toolkit.extract_events(frame)
    counted = events.dropna(subset=["count"])
    assert len(counted) >= 1, events
    assert counted["count"].iloc[-1] == count
    assert counted["count_qualifier"].iloc[-1] == qualifier
