"""The factory: nothing at import, settings from the environment, every setting documented."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from hub import create_app
from hub.config import SETTINGS


def test_import_touches_nothing(tmp_path: Path) -> None:
    env = {**os.environ, "HUB_DATA_DIR": str(tmp_path / "var")}
    subprocess.run([sys.executable, "-c", "import hub, hub.cli, hub.jobs"], cwd=tmp_path, env=env, check=True)
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


def test_health(client: object) -> None:
    response = client.get("/healthz")  # type: ignore[attr-defined]
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}
