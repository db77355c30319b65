"""Which languages get topics of their own, how many topics each, which stop words.

Shared by the in-memory and the streaming path.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Sequence

from toolkit.topics.select import allocate, k_values
from toolkit.topics.text import stop_words

__all__ = ["MIN_LANGUAGE_ARTICLES", "fit_stop_words", "label_stop_words", "plan_languages", "plan_topics"]

#: Articles a language needs to get topics of its own. Below it, a handful of
#: texts would be split into "topics" of one or two articles each. The
#: largest language of a corpus is always clustered.
MIN_LANGUAGE_ARTICLES = 20


def plan_languages(
    langs: Sequence[str], stories: Counter, min_articles: int, min_share: float | None, auto: bool
) -> list[str]:
    """Languages to cluster, largest first."""
    counts = Counter(langs)
    order = sorted(counts, key=lambda lang: (-counts[lang], lang))
    keep = []
    for lang in order:
        big = counts[lang] >= min_articles and (min_share is None or counts[lang] / len(langs) >= min_share)
        if lang == order[0] or (big and (not auto or stories[lang] >= 3)):
            keep.append(lang)
    return keep


def plan_topics(
    n_topics: int | str, k_range: tuple[int, int], stories: dict[str, int]
) -> dict[str, list[int]]:
    """Candidate numbers of topics per clustered language."""
    if isinstance(n_topics, str):
        return {lang: k_values(n_topics, k_range, n) for lang, n in stories.items()}
    if len(stories) == 1:
        lang, n = next(iter(stories.items()))
        return {lang: k_values(n_topics, k_range, n)}
    return {lang: [k] for lang, k in allocate(int(n_topics), stories).items()}


def label_stop_words(langs: Sequence[str]) -> frozenset[str]:
    """Stop words of every language of the corpus (all of them when one is unknown)."""
    present = set(langs)
    if "" in present:
        return frozenset(stop_words())
    return frozenset(stop_words(sorted(present | {"en"})))


def fit_stop_words(lang: str) -> list[str]:
    """Stop words used when fitting one language: its own and English (menus,
    quotes and loan phrases are often English), or every language's when
    the language is not known."""
    return stop_words() if not lang else stop_words([lang, "en"])


def warn_unclustered(langs: Sequence[str], clustered: Sequence[str], min_articles: int) -> None:
    counts = Counter(lang for lang in langs if lang not in clustered)
    if not counts:
        return
    listed = ", ".join(f"{lang or '(none given)'} ({n})" for lang, n in counts.most_common())
    warnings.warn(
        f"cluster_topics: too few articles to cluster (fewer than {min_articles}): {listed}. "
        "An article of theirs takes a topic only when it shares a story with an article of it "
        "(assigned_by='story'), else topic -1; see model.languages and the assignments' reason.",
        UserWarning,
        stacklevel=4,
    )


