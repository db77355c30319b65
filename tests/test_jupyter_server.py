"""`make lab` serves the project root: a Jupyter server on 127.0.0.1 lists the notebooks over its REST API."""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback only
        return json.loads(response.read().decode("utf-8"))


def test_jupyter_server_lists_the_notebooks(tmp_path: Path) -> None:
    port, token = _free_port(), secrets.token_hex(16)
    cmd = [
        sys.executable, "-m", "jupyter_server",
        "--no-browser", "--ip=127.0.0.1", f"--port={port}", "--port-retries=0",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={ROOT}",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"), "JUPYTER_CONFIG_DIR": str(tmp_path / "config")}
    log = (tmp_path / "server.log").open("w")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        listing = None
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"jupyter server exited early: {(tmp_path / 'server.log').read_text()[-2000:]}")
            try:
                listing = _get(f"{base}/api/contents/notebooks?token={token}")
                break
            except OSError:
                time.sleep(0.3)
        assert listing is not None, "jupyter server did not answer within 60 s"
        names = {item["name"] for item in listing["content"]}
        expected = {p.name for p in (ROOT / "notebooks").glob("*.ipynb")}
        assert expected and expected <= names
        first = sorted(expected)[0]
        model = _get(f"{base}/api/contents/notebooks/{first}?token={token}")
        assert model["type"] == "notebook" and model["content"]["cells"]
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()
    assert proc.returncode is not None
