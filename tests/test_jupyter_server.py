"""`make lab` serves the project root: a Jupyter server on 127.0.0.1 lists the notebooks over its REST API."""

from __future__ import annotations

import secrets
from pathlib import Path

from labserver import get_json, jupyter_server

ROOT = Path(__file__).resolve().parents[1]


def test_jupyter_server_lists_the_notebooks(tmp_path: Path) -> None:
    token = secrets.token_hex(16)
    with jupyter_server("jupyter_server", ROOT, tmp_path, token, timeout=60) as (base, _log):
        listing = get_json(f"{base}/api/contents/notebooks?token={token}")
        names = {item["name"] for item in listing["content"]}
        expected = {p.name for p in (ROOT / "notebooks").glob("*.ipynb")}
        assert expected and expected <= names
        first = sorted(expected)[0]
        model = get_json(f"{base}/api/contents/notebooks/{first}?token={token}")
        assert model["type"] == "notebook" and model["content"]["cells"]
