"""Bundled datasets: the practice corpus, its answer key, the reference timeline.

Every loader returns a typed frame that follows a schema of
:mod:`toolkit.schema`; dates are parsed and list columns are lists here and
nowhere else. The datasheets are in ``data/README.md``.

The data home is the repository's ``data/`` folder. Set the environment
variable ``TOOLKIT_DATA`` to use another copy (a folder holding ``sample/``,
``reference/`` and ``outlets.csv``).

Examples
--------
>>> import toolkit
>>> articles = toolkit.load_sample()                              # doctest: +SKIP
>>> labels = toolkit.load_sample_labels()                         # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pandas as pd

from toolkit.schema import LABELS, OUTLETS, REFERENCE_EVENTS, conform, validate

__all__ = [
    "data_home",
    "label_events",
    "load_outlets",
    "load_reference_events",
    "load_sample",
    "load_sample_labels",
    "load_seed",
    "sample_files",
]

#: Environment variable that moves the data home (like ``SEABORN_DATA``).
DATA_ENV = "TOOLKIT_DATA"
#: The seed page dump the project started from (an aggregator copy of a wire story).
SEED_NAME = "000_75a6d9dd27e3569d.txt"
#: File endings read as articles in ``data/sample/<part>/``; anything else there is an error.
_ARTICLE_SUFFIXES = (".html", ".htm", ".txt", ".jsonl", ".json", ".csv")
#: Exports hold one article per record; their rows are keyed ``file#n`` in the labels.
_EXPORT_SUFFIXES = (".jsonl", ".json", ".csv")
#: Separator of list cells in the reference CSV (URLs may contain commas).
_LIST_SEP = " ; "
#: Outlet value load_articles uses when neither a URL nor a declared outlet exists.
_UNKNOWN_OUTLET = "unknown"


def data_home() -> Path:
    """Return the folder holding the bundled datasets.

    ``$TOOLKIT_DATA`` when set, else the ``data/`` folder of the repository
    this package was imported from.

    Raises
    ------
    FileNotFoundError
        When the folder does not exist, saying how to point to it.
    """
    env = os.environ.get(DATA_ENV)
    home = Path(env).expanduser() if env else Path(__file__).resolve().parent.parent / "data"
    if not home.is_dir():
        where = f"${DATA_ENV}={env!r}" if env else f"{home} (the repository's data/ folder)"
        raise FileNotFoundError(
            f"bundled data not found at {where}; set the environment variable {DATA_ENV} to a "
            "folder holding sample/, reference/ and outlets.csv (a clone of the repository has "
            "it in data/)"
        )
    return home


def _data_file(*parts: str) -> Path:
    path = data_home().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing from the data home {data_home()}")
    return path


def sample_files(part: str | None = None) -> list[Path]:
    """Return the article files of the practice corpus in sorted order.

    Articles live in sub-folders of ``data/sample`` (``belarus/``, ``other/``),
    one folder per outlet inside them. Files at the top of ``data/sample``
    (``labels.csv``, ``README``, build scripts) are never articles.

    Parameters
    ----------
    part : str, optional
        Only this sub-folder (``"belarus"`` or ``"other"``); all when None.

    Raises
    ------
    ValueError
        For an unknown part, or a file in a part that is not an article format.
    """
    root = _data_file("sample")
    parts = sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))
    if part is not None and part not in parts:
        raise ValueError(f"unknown sample part {part!r}; choose one of {parts} or None for all")
    files: list[Path] = []
    for name in [part] if part else parts:
        for path in sorted((root / name).rglob("*")):
            if not path.is_file() or any(s.startswith(".") for s in path.relative_to(root).parts):
                continue
            if path.suffix.lower() not in _ARTICLE_SUFFIXES:
                raise ValueError(
                    f"{path.relative_to(root)} is in the practice corpus but is not an article "
                    f"format ({', '.join(_ARTICLE_SUFFIXES)}); move it to the top of data/sample"
                )
            files.append(path)
    return files


def _declared_outlet(path: Path) -> str | None:
    """Outlet of a page dump from its folder (``<part>/<outlet domain>/file.txt``).

    A page dump carries no site name, so the folder the user saved it in
    declares it, as ``load_articles(..., outlet=...)`` would.
    """
    folder = path.parent.name
    return folder if "." in folder else None


def load_sample(part: str | None = None, **kwargs: Any) -> pd.DataFrame:
    """Load the practice corpus as an articles frame.

    Rows: one per article, 63 for ``part="belarus"`` (41 pages and page dumps
    plus a 22-record JSONL export) and the other engineer's unrelated topics
    in ``part="other"``; see ``data/README.md`` for the current counts.
    Columns: the ARTICLES schema (``toolkit.schema.ARTICLES``), plus ``file``,
    the article's key in the answer key (path relative to ``data/sample``;
    ``path#n`` for the n-th record of an export). ``source`` is the path
    relative to the data home, so outputs do not depend on the machine.

    Provenance: every article was written for this project about fictional
    outlets on ``.example`` domains; facts about the Belarus story follow the
    reference table (``load_reference_events``). For learning and testing,
    not for citing.

    The corpus goes through :func:`toolkit.load_articles` exactly as a user's
    scrape would; the only addition is the outlet of page dumps (``.txt``),
    which carry no site name: it is declared from their folder.

    Parameters
    ----------
    part : {"belarus", "other"}, optional
        One sub-corpus; all when None.
    **kwargs
        Passed to :func:`toolkit.load_articles` (``errors``, ``progress``,
        ``language``, ...). ``progress`` defaults to False.

    Returns
    -------
    pandas.DataFrame
        With ``errors="collect"``: ``(articles, failures)``, as load_articles.

    Examples
    --------
    >>> articles = load_sample("belarus")                          # doctest: +SKIP
    >>> articles.groupby("format").size()                           # doctest: +SKIP
    """
    from toolkit.load import load_articles

    files = sample_files(part)
    kwargs.setdefault("progress", False)
    loaded = load_articles([str(f) for f in files], **kwargs)
    collect = isinstance(loaded, tuple)
    articles, failures = loaded if collect else (loaded, None)
    home = data_home()
    sample_root = home / "sample"
    by_source = {str(f): f for f in files}
    keys: list[str] = []
    sources: list[str] = []
    outlets: list[str] = []
    seen: dict[str, int] = {}
    for source, outlet in zip(articles["source"], articles["outlet"], strict=True):
        path = by_source.get(str(source), Path(str(source)))
        rel = path.relative_to(sample_root).as_posix() if path.is_relative_to(sample_root) else str(source)
        if path.suffix.lower() in _EXPORT_SUFFIXES:
            seen[rel] = seen.get(rel, 0) + 1
            keys.append(f"{rel}#{seen[rel]}")
        else:
            keys.append(rel)
        sources.append(path.relative_to(home).as_posix() if path.is_relative_to(home) else str(source))
        declared = _declared_outlet(path) if path.suffix.lower() == ".txt" else None
        outlets.append(declared if declared and outlet == _UNKNOWN_OUTLET else outlet)
    out = articles.assign(
        file=pd.array(keys, dtype="string"),
        source=pd.array(sources, dtype="string"),
        outlet=pd.array(outlets, dtype="string"),
    )
    if failures is not None:
        failures = failures.assign(
            input=[
                Path(str(i)).relative_to(home).as_posix() if Path(str(i)).is_relative_to(home) else i
                for i in failures["input"]
            ]
        ).astype({"input": "string"})
        return out, failures
    return out


def load_seed(**kwargs: Any) -> pd.DataFrame:
    """Load the seed page dump (``seeds/000_75a6d9dd27e3569d.txt``) as one article.

    Rows: 1. Columns: the ARTICLES schema. Provenance: an aggregator's copy
    (scraped as plain text, with its header, caption, repeated sentences and
    teasers) of an AP story of 13 December 2025 on Belarus pardoning 123
    prisoners; the example the cleaning stage is measured on. Read through
    :func:`toolkit.load_articles` like any user file; ``source`` is the path
    relative to the repository.

    Parameters
    ----------
    **kwargs
        Passed to :func:`toolkit.load_articles`; ``progress`` defaults to False.
    """
    from toolkit.load import load_articles

    home = data_home()
    candidates = [home.parent / "seeds" / SEED_NAME, home / "seeds" / SEED_NAME]
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        raise FileNotFoundError(f"seed {SEED_NAME} not found in {[str(c.parent) for c in candidates]}")
    kwargs.setdefault("progress", False)
    loaded = load_articles(str(path), **kwargs)
    rel = f"seeds/{SEED_NAME}"
    if isinstance(loaded, tuple):
        return loaded[0].assign(source=pd.array([rel] * len(loaded[0]), dtype="string")), loaded[1]
    return loaded.assign(source=pd.array([rel] * len(loaded), dtype="string"))


def load_sample_labels() -> pd.DataFrame:
    """Load the answer key of the practice corpus.

    Rows: one per article of :func:`load_sample` (same ``file`` keys).
    Columns: the LABELS schema: ``file``, ``url``, ``outlet``, ``outlet_type``,
    ``language``, ``topic``, ``copy_of`` (URL of the article it republishes)
    and ``events`` (JSON list; :func:`label_events` makes it a table).
    Provenance: written with the corpus, by hand; the labelling guide is in
    ``data/README.md``.
    """
    frame = pd.read_csv(_data_file("sample", "labels.csv"), dtype=str, keep_default_na=False)
    frame = frame.replace("", pd.NA)
    frame["events"] = frame["events"].fillna("[]")
    return validate(conform(frame, LABELS), LABELS)


def label_events(labels: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return one row per labelled event of the answer key.

    Columns: ``file``, ``outlet``, ``language``, ``event_type``, ``date``
    (UTC midnight of the day or the first day of the month/year),
    ``date_precision`` (day, month, year; NA when the text gives no date),
    ``count`` (Int64), ``count_qualifier``, ``cumulative``, ``period_start``
    and ``modality``. The input is not modified.

    Parameters
    ----------
    labels : pandas.DataFrame, optional
        A LABELS frame; :func:`load_sample_labels` when None.
    """
    labels = load_sample_labels() if labels is None else labels
    rows: list[dict[str, Any]] = []
    precision = {10: "day", 7: "month", 4: "year"}
    for file, outlet, language, events in zip(
        labels["file"], labels["outlet"], labels["language"], labels["events"], strict=True
    ):
        for event in json.loads(events) if isinstance(events, str) else []:
            date = event.get("date")
            rows.append({
                "file": file, "outlet": outlet, "language": language,
                "event_type": event["type"],
                "date": pd.Timestamp(date, tz="UTC") if date else pd.NaT,
                "date_precision": precision.get(len(date)) if date else None,
                "count": event.get("count"),
                "count_qualifier": event.get("qualifier"),
                "cumulative": bool(event.get("cumulative", False)),
                "period_start": pd.Timestamp(event["period_start"], tz="UTC") if event.get("period_start") else pd.NaT,
                "modality": event.get("modality", "reported"),
            })
    frame = pd.DataFrame(rows, columns=[
        "file", "outlet", "language", "event_type", "date", "date_precision", "count",
        "count_qualifier", "cumulative", "period_start", "modality",
    ])
    return frame.astype({
        "file": "string", "outlet": "string", "language": "string", "event_type": "string",
        "date": "datetime64[ns, UTC]", "date_precision": "string", "count": "Int64",
        "count_qualifier": "string", "cumulative": "boolean", "period_start": "datetime64[ns, UTC]",
        "modality": "string",
    })


def load_reference_events() -> pd.DataFrame:
    """Load the reference timeline of the Belarus story (July 2024 - December 2025).

    Rows: one per event, 42 (``data/reference/belarus_events.csv``), two of
    them recording only a disagreement between sources (``disagreement``).
    Columns: the REFERENCE_EVENTS schema: ``ref_id``, ``date``,
    ``event_type`` (the event vocabulary plus ``other`` for context rows),
    ``count`` (NA when sources give several numbers, which are kept in
    ``count_text``), ``count_qualifier``, ``actor``, ``target``,
    ``named_people`` (list), ``place``, ``cumulative_note``,
    ``evidence_urls`` (list), ``confidence``, ``disagreement``, ``notes``.

    Provenance: a fact table compiled from public news reporting (the pages
    are in ``evidence_urls``), checked and converted by
    ``data/reference/build_reference.py``. Counts are as reported, not
    verified; ``notes`` says where sources disagree.
    """
    frame = pd.read_csv(_data_file("reference", "belarus_events.csv"), dtype=str, keep_default_na=False)
    frame = frame.replace("", pd.NA)
    for column in ("named_people", "evidence_urls"):
        frame[column] = [
            [] if v is pd.NA or v is None else [p for p in str(v).split(_LIST_SEP) if p]
            for v in frame[column]
        ]
    frame["disagreement"] = frame["disagreement"].map({"True": True, "False": False})
    return validate(conform(frame, REFERENCE_EVENTS), REFERENCE_EVENTS)


def load_outlets() -> pd.DataFrame:
    """Load the outlet registry (``data/outlets.csv``).

    Rows: one per outlet of the practice corpus (users may add their own
    rows to the CSV). Columns: the OUTLETS schema: ``outlet`` (domain, as in
    ``articles.outlet``), ``name``, ``type`` (state_agency, wire,
    exile_opposition, broadsheet, us_outlet, aggregator, ...), ``country``
    (ISO 3166 alpha-2), ``language`` (ISO 639-1), ``state_affiliated``.
    Provenance: the fictional outlets written for the practice corpus.
    """
    frame = pd.read_csv(_data_file("outlets.csv"), dtype=str, keep_default_na=False)
    frame = frame.replace("", pd.NA)
    bad = sorted(set(frame["state_affiliated"].dropna()) - {"True", "False"})
    if bad:
        raise ValueError(f"outlets.csv: state_affiliated must be True or False, found {bad}")
    frame["state_affiliated"] = frame["state_affiliated"].map({"True": True, "False": False})
    duplicated = frame["outlet"][frame["outlet"].duplicated()].tolist()
    if duplicated:
        raise ValueError(f"outlets.csv: outlets listed twice: {duplicated}")
    return validate(conform(frame, OUTLETS), OUTLETS)
