"""Every language with enough articles gets topics of its own.

The corpus is written for the project: fictional outlets on .example
domains, two subjects in each of English, German and Spanish, plus two
French articles (too few to cluster) that must be reported, not folded.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from toolkit.topics import cluster_topics

SUBJECTS = {
    "en": {"harbour": "harbour ferry cargo dock cranes shipping port container vessel",
           "orchard": "orchard apples harvest pickers cider blossom trees farmers fruit"},
    "de": {"bahn": "bahnhof zug gleis fahrplan schaffner weichen lokomotive stellwerk",
           "imker": "imker bienen honig waben bienenstock nektar bestaeubung voelker"},
    "es": {"pesca": "pesca barco redes pescadores atun puerto lonja capturas",
           "vino": "vino uvas vendimia bodega barricas cosecha vinedos enologo"},
}


def _corpus(n: int = 22, seed: int = 0) -> pd.DataFrame:
    rng = np.random.RandomState(seed)
    rows = []
    for lang, subjects in SUBJECTS.items():
        for subject, words in subjects.items():
            for i in range(n):
                body = " ".join(rng.choice(words.split(), 40))
                rows.append({"article_id": f"{lang}-{subject}-{i:02d}", "outlet": f"{lang}news.example",
                             "title": "", "text": body, "language": lang, "truth": f"{lang}-{subject}"})
    for i in range(2):
        rows.append({"article_id": f"fr-{i}", "outlet": "frnews.example", "title": "",
                     "text": "la mairie organise un concert gratuit sur la place du village ce week-end",
                     "language": "fr", "truth": "fr"})
    return pd.DataFrame(rows)


def test_each_language_gets_topics_of_its_own() -> None:
    corpus = _corpus()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = cluster_topics(corpus, n_topics="auto", k_range=(2, 4))
    assert any("fr (2)" in str(w.message) for w in caught)  # the small language is reported
    langs = model.languages.set_index("language")
    assert langs.loc[["en", "de", "es"], "clustered"].all() and not langs.loc["fr", "clustered"]
    assert set(model.topics["language"]) == {"en", "de", "es"}
    a = model.assignments.set_index("article_id")
    for lang, subjects in SUBJECTS.items():
        ids = [f"{lang}-{s}-{i:02d}" for s in subjects for i in range(22)]
        topics = set(a.loc[ids, "topic"])
        own = set(model.topics.loc[model.topics["language"] == lang, "topic"])
        assert topics <= own and len(topics) == 2, lang
    # no topic mixes two clustered languages
    frame = a.join(corpus.set_index("article_id")["language"])
    mixed = frame[frame["topic"] >= 0].groupby("topic")["language"].nunique()
    assert (mixed[frame[frame["language"] != "fr"].groupby("topic").size().index] == 1).all()
    # labels are content words of the topic's language
    for _, row in model.topics.iterrows():
        words = set(" ".join(SUBJECTS[row["language"]].values()).split())
        assert set(row["label"].split(" / ")) <= words
