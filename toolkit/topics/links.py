"""Story links: does an article of a language too small to cluster share a story with another?

A language with fewer than ``min_language_articles`` articles gets no topics
of its own, and its articles are not folded into another language's topic
because they look alike: similar languages share spelling (Portuguese and
Spanish institution names, German and Dutch word pieces), not subjects.
Such an article takes a topic only when it shares a *story* with an article
of that topic: it is a copy of it (:func:`toolkit.sources.find_copies`), or
both leads name the same people and places and give the same figures.

Anchors of a text are read from its lead (title and the first
``LEAD_CHARS`` characters: the lead says who, where and how many; the rest
of a web page adds tables, calendars and link lists that unrelated pages
share):

- **names**: capitalised words, keyed by their first ``NAME_KEY`` letters
  after transliteration and with accents removed, so that ``Лукашенко``,
  ``Lukaschenko``, ``Lukashenko`` and ``Lukašenka`` meet (``lukas``). Only
  words that the corpus writes capitalised in at least ``NAME_CASE_SHARE``
  of the leads that use them count: ``Tribunal`` or ``Nacional`` are
  common words in Spanish and Portuguese, ``Coale`` or ``Minsk`` are
  names. Stop words and month and weekday names (read through
  :mod:`toolkit.languages`) are left out.
- **numbers** of two or more digits, thousands separators removed and the
  decimal comma read as a point (``28.000`` = ``28,000``; ``2,3`` = ``2.3``);
  years (1800-2099) are left out: every story of a year shares them.

Two leads share a story when they have at least ``MIN_SHARED`` anchors in
common, at least ``MIN_NAMES`` of them names, and the cosine similarity of
their anchor vectors (binary, weighted by inverse document frequency in the
corpus) reaches ``MIN_SIMILARITY``. On the practice corpus this links 9 of
its 10 Belarus articles in German, Russian and Lithuanian to an English
report of the same release (the tenth has none) and a German report of a
fraud trial to the English report of the arrests; none of its other
non-English articles (which have no English counterpart) are linked. On
the extraction bench the pairs one name and a few small numbers would link
(an age, a page count, calendar days) stay apart.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from toolkit import languages
from toolkit.topics.text import news_preprocessor, stop_words

__all__ = [
    "LEAD_CHARS",
    "MIN_NAMES",
    "MIN_SHARED",
    "MIN_SIMILARITY",
    "NAME_CASE_SHARE",
    "NAME_KEY",
    "Placement",
    "StoryLinks",
    "lead_words",
    "numbers",
]

#: Characters of title + text whose anchors are compared (the lead).
LEAD_CHARS = 1000
#: Letters that key a name: enough to tell names apart, few enough that case
#: endings and transliteration variants meet (Lukashenko, Lukaschenko,
#: Lukašenka, Lukašenkos -> "lukas"; Minsk, Minske, Минске -> "minsk").
NAME_KEY = 5
#: Share of the leads using a word that must write it capitalised for it to
#: count as a name (German nouns qualify too; they rarely match a name of
#: another language).
NAME_CASE_SHARE = 0.8
#: Anchors two leads must share, and how many of them must be names. On the
#: extraction bench, unrelated pages share up to three: "Germany", "Bavaria"
#: and a "48"; a first name and two ages; a month and calendar days.
MIN_SHARED = 4
MIN_NAMES = 2
#: Cosine similarity of the two anchor vectors (idf-weighted) that is also
#: needed, so that two long lists of names do not link on a few in common.
MIN_SIMILARITY = 0.1

_WORD = re.compile(r"[^\W\d_][^\W_]*")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_NAME = "n:"
_NUMBER_TAG = "#"


@functools.lru_cache(maxsize=200_000)
def _fold(word: str) -> str:
    """Lower-cased, transliterated, accents removed, letters only."""
    text = unicodedata.normalize("NFKD", news_preprocessor(word))
    return "".join(c for c in text if c.isalpha())


@functools.lru_cache(maxsize=1)
def _skipped() -> frozenset[str]:
    """Folded stop words and month and weekday names of every language with data."""
    out = {_fold(w) for w in stop_words()}
    for lang in languages.available():
        out |= {_fold(w) for w in languages.month_names(lang)}
        out |= {_fold(w) for w in languages.weekday_names(lang)}
    return frozenset(out)


def lead_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Name keys of the lead's capitalised words, and of its lower-case words.

    Parameters
    ----------
    text : str
        Title and text of one article.

    Returns
    -------
    (frozenset of str, frozenset of str)
        Keys (see ``NAME_KEY``) written capitalised, and written in lower
        case, in the first ``LEAD_CHARS`` characters.

    Examples
    --------
    >>> sorted(lead_words("Лукашенко помиловал 37 человек")[0])
    ['lukas']
    """
    return _keys(text, capitalised_only=False)


def _keys(text: str, capitalised_only: bool) -> tuple[frozenset[str], frozenset[str]]:
    skip = _skipped()
    upper: set[str] = set()
    lower: set[str] = set()
    for match in _WORD.finditer(str(text)[:LEAD_CHARS]):
        word = match.group()
        capitalised = word[0].isupper()
        if capitalised_only and not capitalised:
            continue
        folded = _fold(word)
        if len(folded) < 3 or folded in skip:
            continue
        (upper if capitalised else lower).add(folded[:NAME_KEY])
    return frozenset(upper), frozenset(lower)


def numbers(text: str) -> frozenset[str]:
    """Numbers of two or more digits in the lead, years left out, written one way.

    Parameters
    ----------
    text : str
        Title and text of one article.

    Returns
    -------
    frozenset of str

    Examples
    --------
    >>> sorted(numbers("28.000 Zuschauer, 2,3 Millionen, 7 Tore, im Jahr 2024"))
    ['2.3', '28000']
    """
    out = set()
    for match in _NUMBER.finditer(str(text)[:LEAD_CHARS]):
        value = match.group()
        value = re.sub(r"[.,]", "", value) if _GROUPED.fullmatch(value) else value.replace(",", ".")
        value = value.lstrip("0") or "0"
        if len(value) < 2 or _YEAR.fullmatch(value):
            continue
        out.add(value)
    return frozenset(out)


def _identity(doc: list[str]) -> list[str]:
    return doc


@dataclass
class Link:
    """The best story link of one article (``target`` -1: none)."""

    target: int
    similarity: float
    shared: list[str]


class StoryLinks:
    """Anchor vectors of article leads, and the rule that says two leads share a story.

    Parameters
    ----------
    texts : sequence of str
        Title + text of the corpus (or a sample of it): which words are
        names, and how rare each anchor is, are learnt from them.

    Examples
    --------
    >>> corpus = ["Coale met Lukashenko in Minsk; 52 prisoners were freed, 14 of them foreigners.",
    ...           "Рынок жилья в Минске вырос.", "Bakery prices rise 12 percent."]
    >>> links = StoryLinks(corpus)
    >>> query = ["Coale'as ir Lukašenka susitiko Minske: paleisti 52 kaliniai, 14 užsieniečių."]
    >>> links.best(links.vectors(query), links.vectors(corpus))[0].target
    0
    """

    def __init__(self, texts: Sequence[str]) -> None:
        upper: Counter = Counter()
        lower: Counter = Counter()
        keys = [lead_words(text) for text in texts]
        for up, low in keys:
            upper.update(up)
            lower.update(low)
        self.names = frozenset(k for k, n in upper.items() if n >= NAME_CASE_SHARE * (n + lower[k]))
        self.vectorizer = TfidfVectorizer(analyzer=_identity, binary=True, lowercase=False)
        docs = [self._anchors(up, text) for (up, _), text in zip(keys, texts, strict=True)]
        # with no anchor at all, a vocabulary that matches nothing
        self.vectorizer.fit(docs if any(docs) else [[_NUMBER_TAG]])
        #: Anchor vectors of ``texts`` (as :meth:`vectors` gives them).
        self.corpus_vectors = self.vectorizer.transform(docs).tocsr()
        features = self.vectorizer.get_feature_names_out()
        self.is_name = np.array([f.startswith(_NAME) for f in features])
        self.features = np.array([f.removeprefix(_NAME).removeprefix(_NUMBER_TAG) for f in features], dtype=object)

    def anchors(self, text: str) -> list[str]:
        """Names (``n:`` + key) and numbers (``#`` + value) of one lead."""
        return self._anchors(_keys(text, capitalised_only=True)[0], text)

    def _anchors(self, upper: frozenset[str], text: str) -> list[str]:
        return sorted([_NAME + k for k in upper if k in self.names] + [_NUMBER_TAG + v for v in numbers(text)])

    def vectors(self, texts: Iterable[str]) -> sp.csr_matrix:
        """Anchor vectors (idf-weighted, L2-normalised) of the leads."""
        return self.vectorizer.transform([self.anchors(t) for t in texts]).tocsr()

    def best(self, queries: sp.csr_matrix, targets: sp.csr_matrix) -> list[Link]:
        """For each query row, the most similar target row it shares a story with.

        Parameters
        ----------
        queries, targets : scipy.sparse.csr_matrix
            Rows from :meth:`vectors`.

        Returns
        -------
        list of Link
            One per query; ``target`` is a row of ``targets`` or -1.
        """
        out = [Link(-1, 0.0, []) for _ in range(queries.shape[0])]
        if not queries.shape[0] or not targets.shape[0]:
            return out
        similarity = (queries @ targets.T).tocsr()
        q_bin, t_bin = (queries > 0).astype(np.int32), (targets > 0).astype(np.int32)
        shared = (q_bin @ t_bin.T).tocsr()
        shared_names = (q_bin[:, self.is_name] @ t_bin[:, self.is_name].T).tocsr()
        for i in range(queries.shape[0]):
            cols = similarity.indices[similarity.indptr[i]:similarity.indptr[i + 1]]
            if not len(cols):
                continue
            sims = np.asarray(similarity[i, cols].todense()).ravel()
            ok = (
                (np.asarray(shared[i, cols].todense()).ravel() >= MIN_SHARED)
                & (np.asarray(shared_names[i, cols].todense()).ravel() >= MIN_NAMES)
                & (sims >= MIN_SIMILARITY)
            )
            if not ok.any():
                continue
            pick = int(np.flatnonzero(ok)[np.argmax(sims[ok])])
            j = int(cols[pick])
            common = np.intersect1d(queries.indices[queries.indptr[i]:queries.indptr[i + 1]],
                                    targets.indices[targets.indptr[j]:targets.indptr[j + 1]])
            order = common[np.argsort(~self.is_name[common], kind="stable")]  # names first
            out[i] = Link(j, round(float(sims[pick]), 6), [str(self.features[t]) for t in order])
        return out


@dataclass
class Placement:
    """Where articles of languages that were not clustered may go: the articles of every topic.

    ``vectors`` are the anchor vectors of the articles placed by their own
    language's words, ``topic`` their topics and ``ids`` their article ids.
    """

    links: StoryLinks
    vectors: sp.csr_matrix
    topic: np.ndarray
    ids: np.ndarray

    def place(self, vectors: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray, list[str | None]]:
        """Topic (-1: no shared story), similarity and reason of each row of ``vectors``."""
        found = self.links.best(vectors, self.vectors)
        topic = np.array([self.topic[f.target] if f.target >= 0 else -1 for f in found], dtype=int)
        similarity = np.array([f.similarity for f in found], dtype=float)
        reasons = [
            f"shares a story with {self.ids[f.target]}: {len(f.shared)} names and numbers in common "
            f"({', '.join(f.shared[:6])}{', ...' if len(f.shared) > 6 else ''})" if f.target >= 0 else None
            for f in found
        ]
        return topic, similarity, reasons
