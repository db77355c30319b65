"""Errors shared by every stage (kept low in the house so any module may raise them)."""

from __future__ import annotations


class LoadError(ValueError):
    """An input could not be loaded; the message names the input and the reason.

    Attributes
    ----------
    input : str
        The file, URL or record (``"feed.jsonl line 7"``) that failed.
    stage : str
        Where it failed: ``read``, ``decode``, ``fetch``, ``parse``,
        ``clean`` or ``validate`` (the FAILURES vocabulary).
    reason : str
        Why, in plain words.
    """

    def __init__(self, input: str, reason: str, stage: str = "read") -> None:  # noqa: A002
        super().__init__(f"{input}: {reason}")
        self.input = input
        self.stage = stage
        self.reason = reason
