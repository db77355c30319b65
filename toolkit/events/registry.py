"""The event-type registry: every event type is one row of data.

The bundled registry is ``toolkit/resources/events/types.csv`` (its header
comment explains each column): the type's name, its family (types that
name one kind of happening, e.g. pardon and release), its CAMEO code, the
class of count nouns its counts use, how its actor, people and place are
read, its chart colour and its label in each language. The schema
(:data:`toolkit.schema.EVENT_TYPES`), extraction, consolidation and the
charts all read it; no event type is named in the code.

Adding an event type (e.g. "arrest")
------------------------------------
No code changes; two data files in a folder of your own, named in the
environment variable ``TOOLKIT_PATTERNS`` (read at each call):

1. ``types.csv``: the registry's header line and one row per new type, e.g.
   ``arrest,arrest,1711,people,agent,freed,,no,yes,people,#8c564b,arrest,...``
   (a row for an existing type replaces it: the talks row with its last column,
   ``days``, set to ``first`` reads "talks on Friday and Saturday" as one meeting
   on its first day, as the challenge sets label talks, instead of a mention per
   day);
2. ``en.json`` (one per language) with ``"extends": true`` and the new
   triggers, e.g. ``{"extends": true, "triggers": [{"type": "arrest",
   "form": "verb", "regex": "\\\\b(?:arrested|detained)\\\\b", "keywords":
   ["arrest", "detain"]}]}``. An extending file adds its triggers (and any
   list entries) to the bundled patterns of that language; a file without
   ``"extends"`` replaces them.

Then :func:`toolkit.events.extract_events` finds arrests, the events table
accepts the type (it is validated against the registry in force), and
consolidation and the charts treat it like any bundled type.

Examples
--------
>>> event_type("pardon").family, event_type("pardon").cameo
('release', '0841')
>>> event_type("talks").label("de")
'Gespräche'
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.config import RESOURCES, env_paths, file_stamp
from toolkit.schema import TableSchema

__all__ = [
    "CAMEO",
    "COLOURS",
    "REGISTRY_PATH",
    "EventType",
    "event_type",
    "event_types",
    "registry_files",
    "with_registry_types",
]

#: The bundled registry.
REGISTRY_PATH = RESOURCES / "events" / "types.csv"
#: Name of a registry file in a folder named by ``TOOLKIT_PATTERNS``.
USER_REGISTRY_NAME = "types.csv"
# The environment variable of the user's folders (the same as the pattern files').
_FOLDERS_ENV = "TOOLKIT_PATTERNS"

# Closed vocabularies of the columns that steer extraction.
_CHOICES = {
    "actor": ("agent", "parties", "imposer"),
    "people": ("freed", "clause", "all"),
    "place": ("", "destination", "venue"),
    "targets": ("yes", "no"),
    "merge_in_sentence": ("yes", "no"),
    "needs": ("", "people", "state"),
}
_REQUIRED = ("type", "family", "cameo", "count_nouns", *_CHOICES, "colour")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class EventType:
    """One row of the registry (see the bundled file's header for each column)."""

    name: str
    family: str
    cameo: str
    count_nouns: str | None
    actor: str
    people: str
    place: str | None
    targets: bool
    merge_in_sentence: bool
    needs: str | None
    colour: str
    labels: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    partial: str | None = None
    first_day: bool = False
    source: str = ""

    def label(self, language: str = "en") -> str:
        """The type's name in ``language`` (English, then the type name, when missing)."""
        return self.labels.get(language) or self.labels.get("en") or self.name


def registry_files() -> list[Path]:
    """The bundled registry, then ``types.csv`` of each ``TOOLKIT_PATTERNS`` folder.

    Read at each call, so a folder named in a running session counts.
    """
    user = [folder / USER_REGISTRY_NAME for folder in env_paths(_FOLDERS_ENV)]
    return [REGISTRY_PATH, *[p for p in user if p.exists()]]


def event_types() -> dict[str, EventType]:
    """Every registered event type by name, in registry order.

    Returns
    -------
    dict of str to EventType
        The bundled rows, then the user's (a user row replaces a bundled
        row of the same type). Cached until a registry file changes.

    Raises
    ------
    ValueError
        When a registry file lacks a column or a value is outside its
        vocabulary; the message names the file, the row and the value.
    """
    files = registry_files()
    return dict(_read_all(tuple(files), file_stamp(files)))


def event_type(name: str) -> EventType:
    """The registry row of event type ``name``.

    Raises
    ------
    KeyError
        When ``name`` is not registered; the message lists the known types.
    """
    types = event_types()
    if name not in types:
        raise KeyError(f"event type {name!r} is not in the registry ({sorted(types)}); "
                       f"add a row to a {USER_REGISTRY_NAME} in a folder named by "
                       f"{_FOLDERS_ENV}")
    return types[name]


def with_registry_types(schema: TableSchema) -> TableSchema:
    """``schema`` with its ``event_type`` vocabulary set to the registry in force.

    The schemas in :mod:`toolkit.schema` know the bundled types; a table made
    with user-registered types is validated against this wider copy.
    """
    names = tuple(event_types())
    columns = tuple(dataclasses.replace(c, allowed=names) if c.name == "event_type" else c
                    for c in schema.columns)
    return TableSchema(schema.name, columns, schema.description)


@functools.lru_cache(maxsize=8)
def _read_all(files: tuple[Path, ...], stamp: tuple) -> tuple[tuple[str, EventType], ...]:  # noqa: ARG001
    out: dict[str, EventType] = {}
    for path in files:
        for row in _read(path):
            out[row.name] = row
    return tuple(out.items())


def _read(path: Path) -> list[EventType]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ValueError(f"event-type registry {str(path)!r} cannot be read: {exc}") from exc
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines)
    missing = [c for c in _REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"event-type registry {str(path)!r} lacks columns {missing}")
    return [_row(path, n, raw) for n, raw in enumerate(reader, start=1)]


def _row(path: Path, n: int, raw: dict[str, str]) -> EventType:
    row = {k: (v or "").strip() for k, v in raw.items() if k}
    for column, allowed in _CHOICES.items():
        if row[column] not in allowed:
            raise ValueError(f"event-type registry {str(path)!r}, row {n} ({row['type']!r}): "
                             f"{column} is {row[column]!r}, expected one of {list(allowed)}")
    if not row["type"] or not row["family"] or not _COLOUR.fullmatch(row["colour"]):
        raise ValueError(f"event-type registry {str(path)!r}, row {n}: type and family must be "
                         f"given and colour must look like #1f77b4 (got {row})")
    return EventType(
        name=row["type"], family=row["family"], cameo=row["cameo"],
        count_nouns=row["count_nouns"] or None, actor=row["actor"], people=row["people"],
        place=row["place"] or None, targets=row["targets"] == "yes",
        merge_in_sentence=row["merge_in_sentence"] == "yes", needs=row["needs"] or None,
        colour=row["colour"],
        labels={k[len("label_"):]: v for k, v in row.items() if k.startswith("label_") and v},
        partial=row.get("partial") or None, first_day=row.get("days") == "first",
        source=path.name,
    )


class _Column(Mapping[str, str]):
    """One column of the registry by type, read from the registry at each lookup
    (so types registered in a running session are included)."""

    def __init__(self, attribute: str) -> None:
        self._attribute = attribute

    def __getitem__(self, name: str) -> str:
        return getattr(event_types()[name], self._attribute)

    def __iter__(self) -> Iterator[str]:
        return iter(event_types())

    def __len__(self) -> int:
        return len(event_types())

    def __repr__(self) -> str:
        return repr(dict(self))


#: CAMEO code per event type (0841 release of persons, 085 ease economic
#: sanctions, 163 impose sanctions, 043 consult), as the registry says.
CAMEO: Mapping[str, str] = _Column("cameo")
#: Chart colour per event type, as the registry says.
COLOURS: Mapping[str, str] = _Column("colour")
