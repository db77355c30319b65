"""A real Jupyter server on 127.0.0.1 for the tests that need one, started and stopped by the test.

Its configuration, runtime and settings folders are kept under a temporary
folder, so nothing of the user's Jupyter set-up is read or written.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

# Folders a Jupyter server or JupyterLab would otherwise take from the user's home.
_PRIVATE_DIRS = (("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_RUNTIME_DIR", "runtime"),
                 ("JUPYTERLAB_SETTINGS_DIR", "settings"), ("JUPYTERLAB_WORKSPACES_DIR", "workspaces"))


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url: str) -> dict:
    """GET ``url`` (loopback only) and decode its JSON."""
    with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback only
        return json.loads(response.read().decode("utf-8"))


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()


@contextmanager
def jupyter_server(module: str, root: Path, home: Path, token: str, *,
                   extra: Sequence[str] = (), timeout: float = 120) -> Iterator[tuple[str, Path]]:
    """Run ``python -m <module>`` (``jupyter_server`` or ``jupyterlab``) until the block ends.

    Parameters
    ----------
    module : str
        The server's module.
    root : pathlib.Path
        Folder the server serves (``--ServerApp.root_dir``).
    home : pathlib.Path
        Temporary folder for the server's own folders and its log.
    token : str
        Login token.
    extra : sequence of str
        More command-line options.
    timeout : float
        Seconds to wait for ``/api/status`` to answer; the test fails after that
        (or when the server exits early), with the end of the server's log.

    Yields
    ------
    (str, pathlib.Path)
        The server's base URL and its log file.
    """
    port = free_port()
    cmd = [sys.executable, "-m", module, "--no-browser", "--ip=127.0.0.1", f"--port={port}",
           "--port-retries=0", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}", *extra]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")
    env = {**os.environ, **{name: str(home / folder) for name, folder in _PRIVATE_DIRS}}
    log_path = home / "server.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=home)
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + timeout
            while True:
                if proc.poll() is not None:
                    pytest.fail(f"{module} exited early: {log_path.read_text()[-2000:]}")
                try:
                    get_json(f"{base}/api/status?token={token}")
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        pytest.fail(f"{module} did not answer within {timeout:.0f} s: {log_path.read_text()[-2000:]}")
                    time.sleep(0.5)
            yield base, log_path
        finally:
            _stop(proc)
