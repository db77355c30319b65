"""Shingles and MinHash signatures of article texts: what the copy detector compares.

Shared by the in-memory copy detector (:mod:`toolkit.sources.copies`) and
its partitioned form (:mod:`toolkit.sources.lsh`), so both see exactly the
same shingles, signatures and LSH bands. Every function here is a pure
function of one text (plus fixed parameters), so it runs on any worker.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any

import numpy as np

from toolkit.sources.cues import letter_folding

__all__ = [
    "LEAD_NUM_PERM",
    "LEAD_THRESHOLD",
    "LEAD_WORDS",
    "LSH_ROWS",
    "NUM_PERM",
    "SHINGLE_WORDS",
    "SKETCH_BITS",
    "SKETCH_PERM",
    "SKETCH_SIGMAS",
    "WORD",
    "Signer",
    "fold",
    "identity",
    "may_contain",
    "shingle_hashes",
    "shingles",
    "sketch_of",
]

# Words per shingle. Three-word shingles survive the small rewrites aggregators
# make (a changed word breaks at most three shingles) while staying specific.
SHINGLE_WORDS = 3
# MinHash permutations of the whole text, cut into LSH bands of LSH_ROWS rows.
# A pair shares a band with probability 1 - (1 - J^3)^(NUM_PERM / 3) at Jaccard
# J: a copy with one word in six changed has J about 0.4 (0.3-0.6), which
# shares a band with probability 0.985 at 192 permutations (0.91 at 128); an
# unrelated pair of one language (J about 0.01) with probability 6e-5.
NUM_PERM = 192
LSH_ROWS = 3
# A copy cut down to its first paragraphs shares little of the whole original
# (Jaccard under 0.3 once it keeps less than ~40% of the text), so a
# second, smaller index holds each article's lead: the shingles of its first
# LEAD_WORDS words. Excerpts of 50 words or more meet their original's lead there.
LEAD_WORDS = 100
LEAD_THRESHOLD = 0.4
LEAD_NUM_PERM = 64
# Before two candidates' shingle sets are intersected, their first SKETCH_PERM
# MinHash values estimate the Jaccard similarity; a pair whose estimate lies
# more than SKETCH_SIGMAS standard errors below the Jaccard that the
# confirming containment implies (given the two set sizes) is dropped
# unintersected. A pair at exactly the confirming containment is dropped with
# probability about 3e-5, a typical copy far less; most LSH candidates (texts
# that share a sentence or two) are dropped here, which is what lets a
# partitioned corpus confirm its candidates without gathering every text.
# The whole signature is used: when one text is three times the other, the
# Jaccard a 0.5 containment implies is 0.14, which 64 values cannot tell from
# 0.01 at four standard errors (every such pair passed) and 192 can (on
# 98,000 articles of the scale benchmark 20 % of the LSH candidates pass
# instead of 65 %, with the same pairs confirmed).
SKETCH_PERM = NUM_PERM
SKETCH_SIGMAS = 4.0
# A sketch keeps only the lowest SKETCH_BITS bits of each value (b-bit
# minwise hashing, Li and Koenig 2010): two different values agree there by
# chance with probability 2 ** -SKETCH_BITS, which the estimate takes out. At
# 8 bits a million articles' sketches take 192 MB, not 768 MB, and the test
# drops the same pairs but for a chance agreement now and then.
SKETCH_BITS = 8

#: A word of a shingle.
WORD = re.compile(r"\w+", re.UNICODE)

# Odd multipliers that make a shingle's hash depend on word order (splitmix64 constants).
_MIX = np.array([0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB, 0xD6E8FEB86659FD93,
                 0xA0761D6478BD642F, 0xE7037ED1A0B428DB, 0x8EBC6AF09C88C6E3, 0x589965CC75374CC3], dtype=np.uint64)


def fold(text: str, folding: dict[int, str] | None = None) -> str:
    """Case-fold ``text`` (NFKC) and fold letters written interchangeably (``letter_variants.tsv``).

    Parameters
    ----------
    text : str
        Any text.
    folding : dict, optional
        A table from :func:`toolkit.sources.cues.letter_folding` (read when None).

    Returns
    -------
    str

    Examples
    --------
    >>> fold("Ёлка")
    'елка'
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    folding = letter_folding() if folding is None else folding
    # translate() looks up every character; the table holds a few letters
    if any(chr(c) in text for c in folding):
        text = text.translate(folding)
    return text


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[str]:
    """Return the set of ``k``-word shingles of a text, case- and accent-folded.

    Parameters
    ----------
    text : str
        Any text.
    k : int
        Words per shingle.

    Returns
    -------
    set of str
        Shingles; a text shorter than ``k`` words is one shingle.

    Examples
    --------
    >>> sorted(shingles("Minsk freed 52 prisoners", k=3))
    ['freed 52 prisoners', 'minsk freed 52']
    """
    words = WORD.findall(fold(text or ""))
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def shingle_hashes(text: str, k: int, vocabulary: dict[str, int], folding: dict[int, str]) -> np.ndarray:
    """64-bit hashes of the ``k``-word shingles of ``text`` in text order (same folding as :func:`shingles`).

    ``vocabulary`` memoises word hashes across calls. Hashes are deterministic
    (blake2b per word, mixed by position), so runs repeat exactly.

    Parameters
    ----------
    text : str
        Any text.
    k : int
        Words per shingle.
    vocabulary : dict
        Word -> hash memo, shared across calls (filled here).
    folding : dict
        Letter folding table (:func:`toolkit.sources.cues.letter_folding`).

    Returns
    -------
    numpy.ndarray of uint64
        One hash per shingle, in text order (repeats kept).
    """
    words = WORD.findall(fold(text or "", folding))
    if not words:
        return np.empty(0, dtype=np.uint64)
    for word in set(words).difference(vocabulary):
        vocabulary[word] = _word_hash(word)
    ids = np.fromiter(map(vocabulary.__getitem__, words), dtype=np.uint64, count=len(words))
    k_eff = min(k, len(ids))
    n = len(ids) - k_eff + 1
    with np.errstate(over="ignore"):
        h = np.zeros(n, dtype=np.uint64)
        for j in range(k_eff):
            h = h * _MIX[j % len(_MIX)] + ids[j : j + n]
        # splitmix64 finaliser spreads the bits
        h ^= h >> np.uint64(30)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(27)
        h *= np.uint64(0x94D049BB133111EB)
        h ^= h >> np.uint64(31)
    return h


def identity(value: int) -> int:
    """The hash function MinHash is given: shingles arrive already hashed."""
    return value


def sketch_of(whole: np.ndarray) -> np.ndarray:
    """The sketch of a whole-text MinHash signature, as :func:`may_contain` takes it.

    Parameters
    ----------
    whole : numpy.ndarray
        A text's MinHash values (``NUM_PERM`` of them).

    Returns
    -------
    numpy.ndarray of uint8
        The lowest ``SKETCH_BITS`` bits of its first ``SKETCH_PERM`` values.
    """
    return (np.asarray(whole[:SKETCH_PERM]) & ((1 << SKETCH_BITS) - 1)).astype(np.uint8)


def may_contain(sketch_a: np.ndarray, size_a: np.ndarray, sketch_b: np.ndarray, size_b: np.ndarray,
                threshold: float) -> np.ndarray:
    """Whether pairs may reach ``threshold`` containment, judged from MinHash sketches.

    Parameters
    ----------
    sketch_a, sketch_b : numpy.ndarray
        ``(pairs, SKETCH_PERM)`` sketches of each side (:func:`sketch_of`).
    size_a, size_b : numpy.ndarray
        Shingle set sizes of each side.
    threshold : float
        The containment that confirms a pair.

    Returns
    -------
    numpy.ndarray of bool
        False where the estimated Jaccard similarity is more than
        ``SKETCH_SIGMAS`` standard errors below the Jaccard a pair with
        exactly ``threshold`` containment has (see ``SKETCH_PERM``).
    """
    sketch_a, sketch_b = np.atleast_2d(sketch_a), np.atleast_2d(sketch_b)
    chance = 2.0 ** -SKETCH_BITS
    estimate = ((sketch_a == sketch_b).mean(axis=1) - chance) / (1.0 - chance)
    small = np.minimum(size_a, size_b).astype(np.float64)
    large = np.maximum(size_a, size_b).astype(np.float64)
    common = threshold * small
    floor = np.divide(common, small + large - common, out=np.ones_like(common), where=large > 0)
    agree = floor + (1.0 - floor) * chance
    sigma = np.sqrt(agree * (1.0 - agree) / sketch_a.shape[1]) / (1.0 - chance)
    return estimate >= floor - SKETCH_SIGMAS * sigma


class Signer:
    """Shingle sets, MinHash signatures and LSH band keys of texts, with fixed parameters.

    The MinHash permutations and the LSH bands are datasketch's own
    (``MinHash(num_perm, seed)``; :meth:`whole_index` and
    :meth:`lead_index`), so two texts share a band key exactly when
    datasketch's ``MinHashLSH`` would return one for the other.

    Parameters
    ----------
    k : int
        Words per shingle.
    num_perm : int
        Permutations of the whole-text signature.
    seed : int
        MinHash seed.
    folding : dict
        Letter folding table.
    """

    __slots__ = ("k", "num_perm", "folding", "vocabulary", "template", "lead_template", "bands", "lead_bands")

    def __init__(self, k: int, num_perm: int, seed: int, folding: dict[int, str]) -> None:
        from datasketch import MinHash

        if num_perm < LSH_ROWS:
            raise ValueError(f"num_perm must be at least {LSH_ROWS}, got {num_perm}")
        self.k = k
        self.num_perm = num_perm
        self.folding = folding
        self.vocabulary: dict[str, int] = {}
        # one MinHash's permutations serve every article (the state MinHash.bulk reuses)
        self.template = MinHash(num_perm=num_perm, seed=seed, hashfunc=identity)
        self.lead_template = MinHash(num_perm=LEAD_NUM_PERM, seed=seed, hashfunc=identity)
        self.bands = self.whole_index().hashranges
        self.lead_bands = self.lead_index().hashranges

    def whole_index(self) -> Any:
        """An empty ``MinHashLSH`` for whole-text signatures (bands of ``LSH_ROWS`` rows)."""
        from datasketch import MinHashLSH

        return MinHashLSH(num_perm=self.num_perm, params=(self.num_perm // LSH_ROWS, LSH_ROWS))

    def lead_index(self) -> Any:
        """An empty ``MinHashLSH`` for lead signatures."""
        from datasketch import MinHashLSH

        return MinHashLSH(threshold=LEAD_THRESHOLD, num_perm=LEAD_NUM_PERM)

    def sign(self, text: str) -> tuple[np.ndarray, np.ndarray | None, np.ndarray | None]:
        """The sorted shingle hashes of ``text`` and its whole-text and lead MinHash values.

        Returns
        -------
        (numpy.ndarray, numpy.ndarray or None, numpy.ndarray or None)
            The MinHash values (what ``datasketch.MinHash.hashvalues`` holds
            after ``update_batch``) are None for a text without words.
        """
        sequence = shingle_hashes(text, self.k, self.vocabulary, self.folding)
        hashes = np.unique(sequence)
        if not len(hashes):
            return hashes, None, None
        # MinHash's default scheme takes 32-bit values, as its own sha1_hash32 gives
        lead = np.unique(sequence[: max(1, LEAD_WORDS - self.k + 1)])
        return hashes, _minhash(self.template, hashes), _minhash(self.lead_template, lead)

    def minhash(self, values: np.ndarray, lead: bool = False) -> Any:
        """A ``datasketch.MinHash`` holding ``values`` (for ``MinHashLSH.insert`` and ``query``)."""
        out = (self.lead_template if lead else self.template).copy()
        out.hashvalues = values
        return out

    def band_keys(self, whole: np.ndarray, lead: np.ndarray) -> np.ndarray:
        """One 64-bit key per LSH band: whole-text bands, then lead bands.

        Two texts share a key when their signatures agree on all rows of
        one band (the rows are mixed into the key by a chain of splitmix64
        steps, after the band's number). ``whole`` and ``lead`` may be one
        signature each or matrices with one signature per row; the keys
        then have one row per text.
        """
        keys = np.concatenate([_band_keys(np.atleast_2d(whole), self.bands, 0),
                               _band_keys(np.atleast_2d(lead), self.lead_bands, 1)], axis=1)
        return keys[0] if np.ndim(whole) == 1 else keys


# MurmurHash3's 32-bit finaliser, which datasketch's affine32 scheme applies before permuting.
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def _minhash(template: Any, values: np.ndarray) -> np.ndarray:
    """``template.copy().update_batch((values >> 32).tolist()).hashvalues``, vectorised.

    Identical to datasketch's affine32 scheme (tested); other schemes go
    through datasketch itself.
    """
    top = (values >> np.uint64(32)).astype(np.uint32)
    if getattr(template, "scheme", None) != "affine32":
        out = template.copy()
        out.update_batch(top.tolist())
        return out.hashvalues
    s1, m1, s2, m2, s3 = _FMIX32
    h = top ^ (top >> s1)
    h = h * m1
    h = h ^ (h >> s2)
    h = h * m2
    h = h ^ (h >> s3)
    a, b = template.permutations
    return np.minimum(template.hashvalues, (h[:, None] * a + b).min(axis=0))


def _splitmix(h: np.ndarray) -> np.ndarray:
    h = h ^ (h >> np.uint64(30))
    h = h * np.uint64(0xBF58476D1CE4E5B9)
    h = h ^ (h >> np.uint64(27))
    h = h * np.uint64(0x94D049BB133111EB)
    return h ^ (h >> np.uint64(31))


def _band_keys(values: np.ndarray, ranges: list[tuple[int, int]], tag: int) -> np.ndarray:
    """Keys of equal-width contiguous bands (as datasketch's hashranges are), one row per signature."""
    rows = ranges[0][1] - ranges[0][0]
    table = np.asarray(values[:, : len(ranges) * rows], dtype=np.uint64).reshape(len(values), len(ranges), rows)
    h = np.broadcast_to(_splitmix(np.arange(len(ranges), dtype=np.uint64) + np.uint64(tag << 32)),
                        table.shape[:2])
    for column in range(rows):
        h = _splitmix(h ^ table[:, :, column])
    return h
