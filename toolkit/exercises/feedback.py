"""The feedback every classroom check returns: what passed, what is wrong and where to look."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["NOT_SOLVED", "Feedback", "data_home"]

NOT_SOLVED = "Not solved yet"


@dataclass
class Feedback:
    """The result of a check: what passed, what is wrong and how to fix it."""

    exercise: str
    passed: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (what is wrong, hint)
    attempted: bool = True

    @property
    def solved(self) -> bool:
        """True when every check passed."""
        return self.attempted and not self.problems

    def __str__(self) -> str:
        total = len(self.passed) + len(self.problems)
        if not self.attempted:
            head = f"{NOT_SOLVED}: {self.exercise}."
        elif self.solved:
            head = f"Solved: {self.exercise}. All {total} checks pass."
        else:
            head = f"{NOT_SOLVED}: {self.exercise}. {len(self.passed)} of {total} checks pass."
        lines = [head]
        for what, hint in self.problems:
            lines.append(f"  - {what}\n    Hint: {hint}")
        return "\n".join(lines)

    __repr__ = __str__

    def check(self, ok: bool, passed: str, wrong: str, hint: str) -> bool:
        """Record one check."""
        if ok:
            self.passed.append(passed)
        else:
            self.problems.append((wrong, hint))
        return ok



def data_home() -> Path:
    """The folder of the bundled data (``toolkit.datasets.data_home``)."""
    from toolkit.datasets import data_home as home

    return home()
