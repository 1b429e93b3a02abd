"""The factory: nothing at import, settings from the environment, every setting documented."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from hub_process import PATIENCE, tree_env

from hub import create_app
from hub.config import SETTINGS


def test_import_touches_nothing(tmp_path: Path) -> None:
    env = {**tree_env(os.environ), "HUB_DATA_DIR": str(tmp_path / "var")}
    importing = [sys.executable, "-c", "import hub, hub.cli, hub.jobs"]
    subprocess.run(importing, cwd=tmp_path, env=env, check=True, timeout=PATIENCE)
    assert list(tmp_path.iterdir()) == []


def test_environment_overrides_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUB_DATA_DIR", str(tmp_path / "elsewhere"))
    monkeypatch.setenv("HUB_QUEUE_NAME", "other")
    monkeypatch.setenv("HUB_MUNICIPALITIES_DIR", str(ROOT / "config" / "municipalities"))
    app = create_app()
    assert app.config["QUEUE_NAME"] == "other"
    assert app.config["DATABASE_URL"] == f"sqlite:///{tmp_path / 'elsewhere' / 'hub.sqlite3'}"
    assert app.config["BLOB_DIR"] == str(tmp_path / "elsewhere" / "blobs")


def test_every_setting_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [s.env for s in SETTINGS if f"`{s.env}`" not in readme]
    assert missing == []


def _settings_table() -> dict[str, str]:
    """The README's settings table: each row's setting and its default cell."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## Settings\n", 1)[1]
    section = section.split("\n## ", 1)[0]
    rows = [line.split("|") for line in section.splitlines() if line.startswith("| `HUB_")]
    return {cells[1].strip().strip("`"): cells[2].strip() for cells in rows}


def test_the_readmes_settings_table_is_the_settings_the_hub_reads_with_their_defaults() -> None:
    """A row for every setting `create_app` reads and none for one it no longer reads; a default the
    code fills in itself (empty) is said in words, any other is the code's value first."""
    table = _settings_table()
    assert sorted(table) == sorted(s.env for s in SETTINGS)
    for setting in SETTINGS:
        default = str(setting.default).lower() if isinstance(setting.default, bool) else str(setting.default)
        cell = table[setting.env]
        assert cell.startswith(f"`{default}`") if default else cell not in ("", "``"), (setting.env, cell)


def test_health(client: object) -> None:
    response = client.get("/healthz")  # type: ignore[attr-defined]
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}
