"""The progress line is drawn where it goes: on standard error, when that is a terminal (an operator's
trial, stop 44). `hub ingest ... > out.txt` on a terminal showed none, and `2> errors.log` would have
filled the log with carriage returns, since the choice looked at standard output."""

from __future__ import annotations

import os
import pty
import subprocess
from pathlib import Path

from conftest import ROOT
from flask import Flask
from flask.testing import FlaskCliRunner
from hub_process import HUB, operator_env

from hub.cli import cli

FILES = [
    str(ROOT / "tests" / "golden" / "gladsaxe" / n)
    for n in ("placement_kontanthjaelp.pdf", "placement_end.pdf")
]


def _read_all(fd: int) -> str:
    said = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the other side is closed and everything has been read
            break
        if not chunk:
            break
        said += chunk
    os.close(fd)
    return said.decode(errors="replace")


def _ingest(tmp_path: Path, terminal: str) -> tuple[str, str]:
    """`hub ingest` of two files with `terminal` ("stdout" or "stderr") on a terminal and the other
    stream on a pipe; what each stream said."""
    main, side = pty.openpty()
    pipe = subprocess.PIPE
    run = subprocess.run(
        [HUB, "ingest", *FILES, "-m", "gladsaxe"],
        env=operator_env(tmp_path / "var"),
        stdout=side if terminal == "stdout" else pipe,
        stderr=side if terminal == "stderr" else pipe,
        timeout=120,
        check=False,
    )
    os.close(side)
    on_terminal = _read_all(main)
    piped = (run.stderr if terminal == "stdout" else run.stdout).decode()
    return (on_terminal, piped) if terminal == "stdout" else (piped, on_terminal)


def test_the_line_follows_standard_error(app: Flask, tmp_path: Path) -> None:
    assert FlaskCliRunner(app).invoke(cli, ["agreements", "load"]).exit_code == 0
    stdout, stderr = _ingest(tmp_path, terminal="stderr")
    assert "\r2/2 done, 2 accepted, 0 rejected, " in stderr
    assert "\r" not in stdout
    stdout, stderr = _ingest(tmp_path, terminal="stdout")
    assert "\r" not in stderr and " done, " not in stderr
