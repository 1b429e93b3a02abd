"""`hub audit verify | checkpoint` count entries as each reader writes a count
(decision 0062, "Stop 46 (words 3)"): grouped ("1,200 entries", "1.200 poster"), one as one ("1 entry",
"1 post"), in English and in Danish; a checkpoint's size, which names it, stays plain."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from hub.cli import audit as audit_command
from hub.extensions import db
from hub.services import audit
from hub.services.audit_verify import Verdict


def test_verify_counts_the_entries_grouped_in_both_languages(
    runner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = b"\1" * 32
    verdict = Verdict(size=1200, root=root, checkpoint_size=1200, pending=1)
    monkeypatch.setattr(audit_command.audit_verify, "verify", lambda session, key: verdict)
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 0, result.output
    shown = base64.b64encode(root).decode()
    assert result.stdout.startswith(f"intact: 1,200 entries, root {shown}, signed by ")
    assert f"urørt: 1.200 poster, rod {shown}, signeret af " in result.stdout
    assert result.stdout.rstrip("\n").endswith(" ved størrelse 1200")
    assert "1 entry waits for the sequencer\n" in result.stderr
    assert "1 post venter på at blive forseglet i træet\n" in result.stderr


def test_a_checkpoint_of_one_entry_says_one(app: Flask, runner: Any, tmp_path: Path) -> None:
    with app.app_context():
        audit.append(db.session, "tester", "thing.touched", "thing:1", {})
        db.session.commit()
    out = tmp_path / "cp.txt"
    result = runner.invoke(args=["audit", "checkpoint", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"checkpoint of 1 entry written to {out}\n" in result.stderr
    assert f"kontrolpunkt med 1 post skrevet til {out}\n" in result.stderr
