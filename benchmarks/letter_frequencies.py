"""Write ``toolkit/resources/lang/<code>/letter_frequency.tsv`` from simplemma's word lists.

Not a benchmark: the generator of the letter tables that
:func:`toolkit.encoding.decode_bytes` uses to choose among the legacy
codecs charset-normalizer finds plausible (see ``toolkit/encoding.py``).
For each language, the letters of every word form in simplemma's
dictionary (lower-cased; words in another script dropped) are counted, and
each letter's share of all letters is written, per cent, most frequent
first, down to 0.001%. These are frequencies over word forms, not running
text: good enough to tell which letters a language uses and roughly how
often, which is what choosing a codec needs. The Russian table is kept as it
is (published running-text counts) unless ``--overwrite-ru`` is given.

Usage::

    .venv/bin/python benchmarks/letter_frequencies.py [LANG ...]
"""

from __future__ import annotations

import argparse
import unicodedata
from collections import Counter
from pathlib import Path

from simplemma import __version__ as simplemma_version
from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

LANG_DIR = Path(__file__).resolve().parents[1] / "toolkit" / "resources" / "lang"

#: Our folder name -> (simplemma code, script of the language's letters).
LANGUAGES = {
    "en": ("en", "LATIN"), "de": ("de", "LATIN"), "fr": ("fr", "LATIN"), "es": ("es", "LATIN"),
    "it": ("it", "LATIN"), "pt": ("pt", "LATIN"), "nl": ("nl", "LATIN"), "da": ("da", "LATIN"),
    "sv": ("sv", "LATIN"), "fi": ("fi", "LATIN"), "et": ("et", "LATIN"), "is": ("is", "LATIN"),
    "cs": ("cs", "LATIN"), "sk": ("sk", "LATIN"), "pl": ("pl", "LATIN"), "hu": ("hu", "LATIN"),
    "ro": ("ro", "LATIN"), "sl": ("sl", "LATIN"), "hr": ("hbs", "LATIN"), "sq": ("sq", "LATIN"),
    "tr": ("tr", "LATIN"), "lt": ("lt", "LATIN"), "lv": ("lv", "LATIN"),
    "ru": ("ru", "CYRILLIC"), "uk": ("uk", "CYRILLIC"), "bg": ("bg", "CYRILLIC"), "mk": ("mk", "CYRILLIC"),
    "el": ("el", "GREEK"), "ar": ("ar", "ARABIC"), "fa": ("fa", "ARABIC"), "he": ("he", "HEBREW"),
}
_MIN_PERCENT = 0.001


def _script(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ")[0]


def count(code: str, script: str) -> Counter:
    """Letters of the word forms (keys and lemmas) of simplemma's dictionary for ``code``."""
    dictionary = DefaultDictionaryFactory().get_dictionary(code)
    letters: Counter = Counter()
    for form, lemma in dictionary.items():
        for word in {form, lemma}:
            word = word.lower()
            if not word.isalpha() or any(_script(ch) != script for ch in word):
                continue  # a word in another script, or with digits or signs
            letters.update(word)
    return letters


def write(lang: str, letters: Counter, code: str) -> Path:
    total = sum(letters.values())
    path = LANG_DIR / lang / "letter_frequency.tsv"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        f"# Share of each letter among the letters of the word forms in simplemma {simplemma_version}'s",
        f"# dictionary for '{code}' (lower-cased), per cent; written by benchmarks/letter_frequencies.py.",
        "# Used by toolkit.encoding to choose among the legacy codecs that could have written a page.",
    ]
    for letter, n in letters.most_common():
        percent = 100 * n / total
        if percent >= _MIN_PERCENT:
            lines.append(f"{letter}\t{percent:.3f}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("langs", nargs="*", default=sorted(LANGUAGES))
    parser.add_argument("--overwrite-ru", action="store_true")
    args = parser.parse_args()
    for lang in args.langs:
        if lang == "ru" and not args.overwrite_ru:
            continue
        code, script = LANGUAGES[lang]
        letters = count(code, script)
        path = write(lang, letters, code)
        print(f"{lang}: {len(letters)} letters from {sum(letters.values()):,} -> {path.relative_to(LANG_DIR.parents[2])}")


if __name__ == "__main__":
    main()
