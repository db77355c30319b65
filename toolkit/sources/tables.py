"""Typing and checking the sources stage's output tables against their schemas."""

from __future__ import annotations

import pandas as pd

from toolkit.schema import TableSchema, conform, validate

__all__ = ["typed"]


def typed(frame: pd.DataFrame, schema: TableSchema) -> pd.DataFrame:
    """Cast ``frame``'s schema columns to their dtypes, keep its column order, and validate.

    Unlike :func:`toolkit.schema.conform` the columns stay where they are, so
    a grouping column named by the caller (``by``) keeps its place in front.

    Parameters
    ----------
    frame : pandas.DataFrame
        A table just made.
    schema : TableSchema
        Its schema.

    Returns
    -------
    pandas.DataFrame
        A new, typed frame.

    Raises
    ------
    toolkit.schema.SchemaError
        When the frame breaks the schema (a null or a value outside a vocabulary).
    """
    order = [*frame.columns, *(c for c in schema.names if c not in frame.columns)]
    return validate(conform(frame, schema)[order], schema)
