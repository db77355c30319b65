"""The gazetteer: names of countries, organisations, people and places.

Used by events (actors, targets, places, people) and sources (speakers)
alike, so neither reaches into the other. The bundled CSV is extended by
files named in ``TOOLKIT_GAZETTEER`` or passed as ``extra``.
"""

from __future__ import annotations

import csv
import functools
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from toolkit.config import RESOURCES, env_paths, file_stamp

#: The bundled gazetteer.
GAZETTEER_PATH = RESOURCES / "gazetteer.csv"
#: Environment variable naming extra gazetteer CSV files (os.pathsep-separated).
GAZETTEER_ENV = "TOOLKIT_GAZETTEER"
# Capitalised word runs are name candidates (Latin and Cyrillic).
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ŽЀ-ЏА-ЯҐ][\w’'.-]*"
NAME_RUN = re.compile(rf"(?<![\w’'.-]){_CAP}(?:[ \t]+{_CAP}){{0,2}}", re.UNICODE)
# ... also after an elided article ("l'UE", "dell'ONU", "d'Iran").
_ELIDED_RUN = re.compile(
    rf"(?<![\w’'.-])(?:[lLdDsS]|[dDnNsS]ell|[aA]ll|[dD]all)[’']({_CAP}(?:[ \t]+{_CAP}){{0,2}})",
    re.UNICODE)
# Words a run may be extended by when the longer name is known ("Union européenne").
_NEXT_WORD = re.compile(r"[ \t]+([\w’'-]+)", re.UNICODE)
_WORD = re.compile(r"\S+")  # a word of a run

# Fuzzy name matching: rapidfuzz ratio cut-offs (0-100). Short names need a
# higher score because one letter weighs more ("Mink" -> "Minsk" is 89).
_FUZZY_CUTOFF = 86


_FUZZY_CUTOFF_SHORT = 88


_FUZZY_MIN_LEN = 4
# All-capital variants up to this length are acronyms, matched only in capitals.
_ACRONYM_MAX = 4
# Kinds of names matched fuzzily (transliterations and typos of people, places, bodies).
_FUZZY_KINDS = ("person", "place", "org")


@dataclass(frozen=True)
class GazetteerEntry:
    """One canonical name with what it is.

    Attributes
    ----------
    canonical : str
        Normalised name (``'Sviatlana Tsikhanouskaya'``, ``'Minsk'``, ``'US'``).
    kind : str
        ``person``, ``org``, ``place`` or ``country``.
    role : str
        ``state_media``, ``government``, ``opposition``, ``rights_group``,
        ``wire`` or ``other``.
    country : str
        Country the name belongs to (``'Belarus'``), or ``''``.
    """

    canonical: str
    kind: str
    role: str
    country: str

    def as_dict(self) -> dict[str, str]:
        """Return the entry as a plain dict."""
        return {"canonical": self.canonical, "kind": self.kind, "role": self.role,
                "country": self.country}


_GAZ_COLUMNS = ("canonical", "variant", "kind", "role", "country")


_KINDS = ("person", "org", "place", "country")


_ROLES = ("state_media", "government", "opposition", "rights_group", "wire", "other")


class Gazetteer:
    """Name normalisation across transliterations and typos.

    Exact look-up of every known variant (case-insensitive) first, then fuzzy
    matching with rapidfuzz against the variants of people, places and
    organisations (not countries: "Americas" is not "American"); the spelling found in the
    text is always returned beside the canonical name by :meth:`find`.

    Parameters
    ----------
    paths : iterable of str or Path, optional
        CSV files with columns ``canonical, variant, kind, role, country``.
        Defaults to the bundled gazetteer plus any files named in the
        ``TOOLKIT_GAZETTEER`` environment variable.
    extra : iterable of str or Path, optional
        Further CSV files added after ``paths`` (later rows win on conflicts).

    Examples
    --------
    >>> gaz = Gazetteer()
    >>> gaz.normalize("Tikhanovskaya")[0]
    'Sviatlana Tsikhanouskaya'
    >>> gaz.normalize("Mink")[0]
    'Minsk'
    """

    def __init__(self, paths: Iterable[str | os.PathLike] | None = None,
                 extra: Iterable[str | os.PathLike] | None = None) -> None:
        if paths is None:
            paths = [GAZETTEER_PATH, *env_paths(GAZETTEER_ENV)]
        self.paths = [Path(p) for p in [*paths, *(extra or [])]]
        self.entries: dict[str, GazetteerEntry] = {}
        self._variants: dict[str, GazetteerEntry] = {}
        # short all-capital variants match only as written ("UNO", not "Uno")
        self._acronyms: dict[str, str] = {}
        for path in self.paths:
            self._read(path)
        # countries are not matched fuzzily: their names and adjectives are fixed
        # spellings, and a near word is another one ("Americas" is not "American")
        self._choices = [v for v, e in self._variants.items()
                         if e.kind in _FUZZY_KINDS and v not in self._acronyms]

    def _read(self, path: Path) -> None:
        if not path.is_file():
            raise FileNotFoundError(f"gazetteer file {str(path)!r} does not exist")
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in _GAZ_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise ValueError(
                    f"gazetteer file {path.name!r} lacks columns {missing}; "
                    f"expected {list(_GAZ_COLUMNS)}"
                )
            for line, row in enumerate(reader, start=2):
                canonical = (row["canonical"] or "").strip()
                variant = (row["variant"] or "").strip() or canonical
                kind = (row["kind"] or "").strip()
                role = (row["role"] or "").strip() or "other"
                if not canonical or kind not in _KINDS or role not in _ROLES:
                    raise ValueError(
                        f"gazetteer file {path.name!r} line {line}: need a canonical name, "
                        f"kind in {list(_KINDS)} and role in {list(_ROLES)}; got {row}"
                    )
                entry = GazetteerEntry(canonical, kind, role, (row["country"] or "").strip())
                self.entries[canonical] = entry
                self._variants[variant.casefold()] = entry
                if variant.isupper() and len(variant) <= _ACRONYM_MAX:
                    self._acronyms[variant.casefold()] = variant
                self._variants.setdefault(canonical.casefold(), entry)

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, text: str) -> GazetteerEntry | None:
        """Exact (case-insensitive) look-up of a known variant; a short all-capital
        variant ("UN", "ES") only matches in capitals ("Un", "Es" are words)."""
        name = text.strip()
        key = name.casefold()
        if key in self._acronyms and not name.isupper():
            return None
        return self._variants.get(key)

    def normalize(self, text: str, *, fuzzy: bool = True,
                  kinds: Iterable[str] | None = None) -> tuple[str, GazetteerEntry | None]:
        """Return ``(canonical, entry)`` for a name; ``(text, None)`` when unknown.

        Parameters
        ----------
        text : str
            A name as written (``'Lukashenka'``, ``'Tsikhnouskaya'``).
        fuzzy : bool
            Also try rapidfuzz matching when no variant matches exactly.
        kinds : iterable of str, optional
            Accept only entries of these kinds.
        """
        name = text.strip().strip("’'\".,;:")
        allowed = set(kinds) if kinds else None
        entry = self.lookup(name)
        if entry is None and name.endswith(("’s", "'s")):
            entry = self.lookup(name[:-2])
        if entry is None and fuzzy and len(name) >= _FUZZY_MIN_LEN:
            entry = self._fuzzy(name)
        if entry is None or (allowed and entry.kind not in allowed):
            return name, None
        return entry.canonical, entry

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - the gazetteer lives as long as its cache
    def _fuzzy(self, name: str) -> GazetteerEntry | None:
        cutoff = _FUZZY_CUTOFF_SHORT if len(name) < 7 else _FUZZY_CUTOFF
        key = name.casefold()
        hit = process.extractOne(key, self._choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        if hit is None:
            return None
        variant = hit[0]
        # Only match names of a similar length (a first name is not a full name).
        if abs(len(variant) - len(key)) > max(2, len(key) // 4):
            return None
        return self._variants[variant]

    def _runs(self, text: str) -> list[tuple[int, str]]:
        """Capitalised word runs (also after "l'", "dell'"), each extended by the
        lower-case words that complete a known name ("Union européenne")."""
        runs = [(m.start(), m.end()) for m in NAME_RUN.finditer(text)]
        runs += [(m.start(1), m.end(1)) for m in _ELIDED_RUN.finditer(text)]
        out = []
        for start, end in sorted(runs):
            pos, longer = end, end
            for _ in range(2):
                nxt = _NEXT_WORD.match(text, pos)
                if nxt is None:
                    break
                pos = nxt.end()
                if text[start:pos].casefold() in self._variants:
                    longer = pos
            out.append((start, text[start:longer]))
        return out

    def find(self, text: str, *, fuzzy: bool = True,
             kinds: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Find gazetteer names in a passage.

        Returns one dict per match, in text order: ``start``, ``end``,
        ``as_written``, ``canonical``, ``kind``, ``role``, ``country``.
        Capitalised word runs are tried whole, then as shorter runs, so
        "Alexander Lukashenko" is one person and "Belarusian President
        Alexander Lukashenko" yields Belarus and the president.
        """
        allowed = set(kinds) if kinds else None
        found: list[dict[str, Any]] = []
        for run_start, run_text in self._runs(text):
            tokens = list(_WORD.finditer(run_text))
            i = 0
            while i < len(tokens):
                hit = None
                for j in range(len(tokens), i, -1):
                    start = run_start + tokens[i].start()
                    end = run_start + tokens[j - 1].end()
                    raw = text[start:end]
                    entry = self.lookup(raw) if raw.endswith(".") else None
                    stripped = raw if entry else raw.rstrip("’'\".,;:")
                    if stripped.endswith(("’s", "'s")):
                        stripped = stripped[:-2]
                    if not stripped:
                        continue
                    entry = entry or self.lookup(stripped)
                    if entry is None and fuzzy and len(stripped) >= _FUZZY_MIN_LEN:
                        entry = self._fuzzy(stripped)
                    if entry is not None:
                        hit = (j, start, start + len(stripped), stripped, entry)
                        break
                if hit is None:
                    i += 1
                    continue
                j, start, end, stripped, entry = hit
                if any(start < f["end"] and f["start"] < end for f in found):
                    i = j
                    continue  # "L'UE" and "UE" are one name
                if allowed is None or entry.kind in allowed:
                    found.append({"start": start, "end": end, "as_written": stripped,
                                  **entry.as_dict()})
                i = j
        # lower-case and dotted variants the capitalised runs miss ("U.S." is found;
        # "the EU" too) are covered because variants are matched case-insensitively.
        return found


@functools.lru_cache(maxsize=8)
def _cached_gazetteer(stamp: tuple[tuple[str, int], ...]) -> Gazetteer:
    # keyed by each file's modification time, so an edited file is read again
    return Gazetteer([path for path, _ in stamp])


def load_gazetteer(extra: Iterable[str | os.PathLike] | str | os.PathLike | None = None) -> Gazetteer:
    """Return the bundled gazetteer, extended by files in ``TOOLKIT_GAZETTEER`` and ``extra``.

    Results are cached per set of files and re-read when one of them changes;
    ``TOOLKIT_GAZETTEER`` is read at each call.

    Parameters
    ----------
    extra : path or iterable of paths, optional
        Your own CSV files (same columns as the bundled one).
    """
    if isinstance(extra, str | os.PathLike):
        extra = [extra]
    paths = [GAZETTEER_PATH, *env_paths(GAZETTEER_ENV), *(extra or [])]
    return _cached_gazetteer(file_stamp(tuple(Path(p).resolve() for p in paths)))


def normalize_name(text: str, gazetteer: Gazetteer | None = None) -> tuple[str, dict[str, str] | None]:
    """Normalise one name: ``(canonical, entry dict)``, or ``(text, None)`` when unknown.

    Examples
    --------
    >>> normalize_name("Babariko")
    ('Viktar Babaryka', {'canonical': 'Viktar Babaryka', 'kind': 'person', 'role': 'opposition', 'country': 'Belarus'})
    """
    gaz = gazetteer or load_gazetteer()
    canonical, entry = gaz.normalize(text)
    return canonical, (entry.as_dict() if entry else None)
