"""The outlet registry joined to any table with an ``outlet`` column, and lags between reports.

:func:`join_outlets` adds the registry's name, type, country, language and
state affiliation, so every table (articles, copies, attributions, reported
counts) can be grouped by outlet type or country. :func:`outlet_registry`
resolves the registry a caller passes (a frame, a CSV file, or the bundled
``data/outlets.csv`` by default). The lag helpers count hours between two
publication times, in whole days when either has no time of day.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from toolkit.datasets import load_outlets

__all__ = [
    "MissingRegistryWarning",
    "day_precision",
    "join_outlets",
    "lag_hours",
    "outlet_registry",
]

#: Columns every registry needs.
_REQUIRED = ("outlet", "type")


class MissingRegistryWarning(UserWarning):
    """The bundled outlet registry could not be read: outlets get no type."""


def day_precision(ts: Any) -> bool:
    """A time of exactly 00:00:00 is read as a date without a time of day."""
    return bool(pd.notna(ts) and ts.hour == 0 and ts.minute == 0 and ts.second == 0 and ts.microsecond == 0)


def lag_hours(copy_ts: Any, orig_ts: Any) -> float:
    """Hours from the original to the copy; whole days when either date has no time of day."""
    if pd.isna(copy_ts) or pd.isna(orig_ts):
        return np.nan
    if day_precision(copy_ts) or day_precision(orig_ts):
        return float((copy_ts.normalize() - orig_ts.normalize()).days * 24)
    return round((copy_ts - orig_ts).total_seconds() / 3600, 2)


def outlet_registry(outlets: pd.DataFrame | str | os.PathLike | None = None, *, caller: str = "sources") -> pd.DataFrame:
    """The outlet registry to use: ``outlets`` itself, read from a CSV path, or the bundled one.

    Parameters
    ----------
    outlets : pandas.DataFrame or path, optional
        A registry with at least ``outlet`` and ``type`` columns (``name``,
        ``country``, ``language``, ``state_affiliated`` are used when
        present), or a CSV file of one. None: the bundled registry
        ``data/outlets.csv`` (:func:`toolkit.datasets.load_outlets`).
    caller : str
        Name of the calling function, for messages.

    Returns
    -------
    pandas.DataFrame
        The registry. When the bundled one is missing, an empty registry
        with ``outlet`` and ``type`` columns, after a
        :class:`MissingRegistryWarning`.

    Raises
    ------
    FileNotFoundError
        When ``outlets`` names a file that does not exist.
    KeyError
        When the registry lacks ``outlet`` or ``type``.
    """
    if outlets is None:
        try:
            return load_outlets()
        except FileNotFoundError as exc:
            warnings.warn(
                f"{caller}: the bundled outlet registry could not be read ({exc}); every outlet is of unknown "
                "type. Pass outlets= (a frame or CSV file with 'outlet' and 'type' columns), or an empty "
                "frame to go without one.",
                MissingRegistryWarning,
                stacklevel=3,
            )
            return pd.DataFrame(columns=list(_REQUIRED))
    if isinstance(outlets, str | os.PathLike):
        path = Path(outlets)
        if not path.is_file():
            raise FileNotFoundError(f"{caller}: outlet registry {str(path)!r} does not exist")
        outlets = pd.read_csv(path, dtype=str, keep_default_na=False).replace("", pd.NA)
    if not isinstance(outlets, pd.DataFrame):
        raise TypeError(f"{caller}: outlets must be a DataFrame or a CSV path, got {type(outlets).__name__}")
    missing = [c for c in _REQUIRED if c not in outlets]
    if missing:
        raise KeyError(f"{caller}: the outlet registry lacks column(s) {missing}; it has {list(outlets.columns)}")
    return outlets


def join_outlets(frame: pd.DataFrame, outlets: pd.DataFrame | str | os.PathLike | None = None) -> pd.DataFrame:
    """Return ``frame`` with the outlet registry's columns joined on ``outlet``.

    Adds ``outlet_name``, ``outlet_type``, ``outlet_country``,
    ``outlet_language`` and ``state_affiliated``; outlets missing from the
    registry get ``outlet_type`` and ``outlet_country`` ``"unknown"``.
    Registry columns the frame already has are replaced. The input is not
    modified. Works on any frame with an ``outlet`` column (articles,
    copies, attributions, reported counts), so every chart can group by
    outlet type or country.

    Parameters
    ----------
    frame : pandas.DataFrame
        Any table with an ``outlet`` column.
    outlets : pandas.DataFrame or path, optional
        Outlet registry; default the bundled ``data/outlets.csv`` (see
        :func:`outlet_registry`).

    Returns
    -------
    pandas.DataFrame
        A new frame with the registry's columns.

    Examples
    --------
    >>> import pandas as pd
    >>> registry = pd.DataFrame({"outlet": ["a.example"], "type": ["wire"], "country": ["GB"]})
    >>> join_outlets(pd.DataFrame({"outlet": ["a.example", "b.example"]}), registry)["outlet_type"].tolist()
    ['wire', 'unknown']
    """
    if "outlet" not in frame:
        raise KeyError(f"join_outlets: no column 'outlet'; the frame has {list(frame.columns)}")
    registry = outlet_registry(outlets, caller="join_outlets")
    registry = registry.rename(
        columns={"name": "outlet_name", "type": "outlet_type", "country": "outlet_country", "language": "outlet_language"}
    )
    keep = [c for c in ["outlet", "outlet_name", "outlet_type", "outlet_country", "outlet_language", "state_affiliated"] if c in registry]
    # registry columns already in the frame are replaced, never suffixed
    base = frame.drop(columns=[c for c in keep if c != "outlet" and c in frame])
    out = base.merge(registry[keep].drop_duplicates("outlet"), on="outlet", how="left")
    for column in ("outlet_type", "outlet_country"):
        if column in out:
            out[column] = out[column].fillna("unknown")
    return out
