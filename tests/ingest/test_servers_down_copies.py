"""`hub ingest` with Redis down, of a batch that holds the same bytes twice (an operator's trial, stop 44).

Both files are one submission; neither can be queued, so both are "kept", the copy names the file that
counted, and the command does not sit out its `--wait` for a job nobody queued.
"""

from __future__ import annotations

import time
from pathlib import Path

from conftest import ROOT, make_app
from flask.testing import FlaskCliRunner
from hub_process import closed_port

from hub.cli import cli

PLACEMENT = ROOT / "tests" / "golden" / "gladsaxe" / "placement_kontanthjaelp.pdf"


def test_a_copy_in_a_batch_with_redis_down_is_kept_and_not_waited_for(tmp_path: Path) -> None:
    down = make_app(tmp_path, REDIS_URL=f"redis://127.0.0.1:{closed_port()}/0")
    runner = FlaskCliRunner(down)
    assert runner.invoke(cli, ["agreements", "load"]).exit_code == 0
    copy = tmp_path / "copy-of-placement.pdf"
    copy.write_bytes(PLACEMENT.read_bytes())
    began = time.monotonic()
    result = runner.invoke(cli, ["ingest", str(PLACEMENT), str(copy), "-m", "gladsaxe", "--wait", "20"])
    took = time.monotonic() - began
    assert result.exit_code == 4, result.output
    for path in (PLACEMENT, copy):
        assert f"{path}: submission 1 kept, will be processed when the queue is back" in result.output
    assert result.output.count("indsendelse 1 gemt; behandles når køen er tilbage") == 2
    # Nothing is queued, so there is nothing to wait for: the command ends at once, not after --wait.
    assert "not finished within" not in result.output
    assert took < 15, took
    # The copy says which file counted, as it does when the queue is up.
    assert f"  the same bytes as {PLACEMENT.name}, received on " in result.output
    assert f"  samme indhold som {PLACEMENT.name}, modtaget " in result.output
