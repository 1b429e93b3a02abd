"""`python -m hub` is the `hub` command, for a machine where the console script is not on the PATH."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import tomllib
from pathlib import Path

from conftest import ROOT
from hub_process import PATIENCE

import hub.entry


def test_python_m_hub_calls_the_console_scripts_entry_point() -> None:
    # Imported, it runs nothing; run, it calls what pyproject.toml's `hub` script names.
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["hub"] == "hub.entry:main"
    assert importlib.import_module("hub.__main__").main is hub.entry.main


def test_python_m_hub_runs(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),  # this checkout's `hub`, as the test process imports it
        "HUB_DATA_DIR": str(tmp_path),
        "HUB_MUNICIPALITIES_DIR": str(ROOT / "config" / "municipalities"),
        "HUB_COMPANY_ADAPTER": str(ROOT / "config" / "company.toml"),
        "HUB_REDIS_URL": "",
    }
    done = subprocess.run(
        [sys.executable, "-m", "hub", "--help"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=PATIENCE,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Usage: hub ")  # named as the command, not as "python -m hub"
    assert "ingest" in done.stdout and "worker" in done.stdout
