"""`hub serve` really serves, under waitress rather than Werkzeug's development server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from conftest import ROOT


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_hub_serve_answers(tmp_path: Path) -> None:
    port = _free_port()
    env = {
        **os.environ,
        "HUB_DATA_DIR": str(tmp_path),
        "HUB_MUNICIPALITIES_DIR": str(ROOT / "config" / "municipalities"),
        "HUB_REDIS_URL": "",
    }
    hub = str(Path(sys.executable).parent / "hub")
    subprocess.run([hub, "db", "upgrade"], env=env, check=True, capture_output=True)
    server = subprocess.Popen(
        [hub, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                    assert response.status == 200
                    # waitress names itself by the `ident` the command gives; Werkzeug would say "Werkzeug/…".
                    assert response.headers["Server"] == "hub"
                    break
            except OSError:
                assert server.poll() is None, "hub serve exited"
                assert time.monotonic() < deadline, "hub serve did not answer within 20 s"
                time.sleep(0.2)
    finally:
        server.terminate()
        server.wait(timeout=10)
