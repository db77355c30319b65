"""Every committed notebook is executed, so nbval compares every code cell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

NOTEBOOKS = sorted(
    p for p in (Path(__file__).resolve().parents[1] / "notebooks").rglob("*.ipynb")
    if ".ipynb_checkpoints" not in p.parts
)


def test_there_are_notebooks() -> None:
    assert NOTEBOOKS, "no notebooks found under notebooks/"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_code_cell_executed(path: Path) -> None:
    nb = json.loads(path.read_text(encoding="utf-8"))
    unexecuted = [
        i for i, cell in enumerate(nb["cells"])
        if cell["cell_type"] == "code" and "".join(cell["source"]).strip()
        and cell.get("execution_count") is None
    ]
    assert not unexecuted, f"{path.name}: code cells {unexecuted} have no execution count"
    counts = [c["execution_count"] for c in nb["cells"] if c["cell_type"] == "code" and c.get("execution_count")]
    assert counts == sorted(counts), f"{path.name}: cells were executed out of order: {counts}"
