"""The sketch test that drops LSH candidates before their shingle sets are intersected."""

from __future__ import annotations

import numpy as np

from toolkit.sources.cues import letter_folding
from toolkit.sources.shingling import NUM_PERM, SHINGLE_WORDS, Signer, may_contain, sketch_of

WORDS = [f"w{i}" for i in range(2000)]


def _text(rng: np.random.Generator, n: int) -> list[str]:
    return list(rng.choice(WORDS, size=n))


def _sketched(signer: Signer, words: list[str]) -> tuple[np.ndarray, int]:
    hashes, whole, _ = signer.sign(" ".join(words))
    return sketch_of(whole), len(hashes)


def _kept(signer: Signer, pairs: list[tuple[list[str], list[str]]]) -> np.ndarray:
    left = [_sketched(signer, a) for a, _ in pairs]
    right = [_sketched(signer, b) for _, b in pairs]
    return may_contain(np.stack([s for s, _ in left]), np.array([n for _, n in left]),
                       np.stack([s for s, _ in right]), np.array([n for _, n in right]), 0.5)


def test_sketch_is_one_byte_per_value() -> None:
    signer = Signer(SHINGLE_WORDS, NUM_PERM, 1, letter_folding())
    sketch, _ = _sketched(signer, _text(np.random.default_rng(0), 50))
    assert sketch.dtype == np.uint8 and sketch.shape == (NUM_PERM,)


def test_copies_of_unequal_length_are_kept() -> None:
    """An excerpt of a third of a text, and a text that keeps 60 % of another's words in place."""
    rng = np.random.default_rng(1)
    signer = Signer(SHINGLE_WORDS, NUM_PERM, 1, letter_folding())
    pairs = []
    for _ in range(150):
        long = _text(rng, 450)
        start = int(rng.integers(0, 300))
        pairs.append((long, long[start:start + 150]))
        edited = [w if rng.random() < 0.88 else str(rng.choice(WORDS)) for w in long[:200]]
        pairs.append((long[:200], edited))
    assert _kept(signer, pairs).all()


def test_unrelated_texts_of_unequal_length_are_dropped() -> None:
    """Texts of one vocabulary, one three times the other, that share nothing but chance shingles."""
    rng = np.random.default_rng(2)
    signer = Signer(SHINGLE_WORDS, NUM_PERM, 1, letter_folding())
    pairs = [(_text(rng, 450), _text(rng, 150)) for _ in range(200)]
    assert _kept(signer, pairs).mean() < 0.05
