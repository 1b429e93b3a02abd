"""The generators' fixtures are written only where their bytes changed (`tools.fixture_files`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from simulator_support import fixture_script

fixture_files = fixture_script("fixture_files")


def test_only_changed_files_are_written_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(fixture_files, "ROOT", tmp_path)
    kept, changed, new = tmp_path / "kept.pdf", tmp_path / "changed.pdf", tmp_path / "sub" / "new.pdf"
    kept.write_bytes(b"same")
    changed.write_bytes(b"old")
    os.utime(kept, (1_000_000, 1_000_000))
    fixture_files.write_all({kept: b"same", changed: b"newer", new: b"first"})
    assert (kept.read_bytes(), changed.read_bytes(), new.read_bytes()) == (b"same", b"newer", b"first")
    assert kept.stat().st_mtime == 1_000_000  # left alone
    said = capsys.readouterr().out.splitlines()
    assert said == ["wrote changed.pdf (5 bytes)", f"wrote {Path('sub') / 'new.pdf'} (5 bytes)"]
