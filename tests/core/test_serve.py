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
from hub_process import PATIENCE, killed, migrated, tree_env


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_hub_serve_answers(tmp_path: Path) -> None:
    port = _free_port()
    env = {
        **tree_env(os.environ),
        # At the newest schema as `hub db upgrade` leaves it, without a `hub` process for it: the subject
        # is the server.
        "HUB_DATA_DIR": str(migrated(tmp_path)),
        "HUB_MUNICIPALITIES_DIR": str(ROOT / "config" / "municipalities"),
        "HUB_REDIS_URL": "",
    }
    hub = str(Path(sys.executable).parent / "hub")
    server = subprocess.Popen(
        [hub, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its readers in its group: `killed` reaches them too
    )
    try:
        # A bound for a server that never answers, not a measure: on a loaded machine its start alone
        # took longer than the 20 s this once gave it.
        deadline = time.monotonic() + PATIENCE
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                    assert response.status == 200
                    # waitress names itself by the `ident` the command gives; Werkzeug would say "Werkzeug/…".
                    assert response.headers["Server"] == "hub"
                    break
            except OSError:
                assert server.poll() is None, "hub serve exited"
                assert time.monotonic() < deadline, f"hub serve did not answer within {PATIENCE} s"
                time.sleep(0.2)
    finally:
        killed(server)  # whether it answered or not, and however long a SIGTERM's stop would take


def test_a_port_in_use_or_a_bad_option_is_said_before_anything_starts(tmp_path: Path) -> None:
    env = {
        **tree_env(os.environ),
        "HUB_DATA_DIR": str(tmp_path),
        "HUB_MUNICIPALITIES_DIR": str(ROOT / "config" / "municipalities"),
        "HUB_REDIS_URL": "",
    }
    hub = str(Path(sys.executable).parent / "hub")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [hub, "serve", "--port", str(port)], env=env, capture_output=True, text=True, timeout=PATIENCE
        )
    assert done.returncode == 2, done.stderr
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr and "kan ikke lytte på" in done.stderr
    assert "the hub is at" not in done.stdout  # nothing claimed, no worker thread started
    for option in (["--port", "99999"], ["--threads", "0"]):
        bad = subprocess.run(
            [hub, "serve", *option], env=env, capture_output=True, text=True, timeout=PATIENCE
        )
        assert bad.returncode == 2 and "Invalid value" in bad.stderr, bad.stderr


def test_a_municipalities_folder_that_is_not_there_stops_the_start(tmp_path: Path) -> None:
    env = {
        **tree_env(os.environ),
        "HUB_DATA_DIR": str(tmp_path),
        "HUB_MUNICIPALITIES_DIR": str(tmp_path / "none"),
    }
    hub = str(Path(sys.executable).parent / "hub")
    done = subprocess.run([hub, "serve"], env=env, capture_output=True, text=True, timeout=PATIENCE)
    assert done.returncode == 2 and "is not a folder of municipality configs" in done.stderr, done.stderr
