"""The auditor's page says what its checkpoint download is (its size and when it was signed) and how it
relates to the bundles' own checkpoints, and the download's read entry names the size handed out; a
bundle made before stop 44, whose entry noted no size, still has the proof from its checkpoint carried
by the next bundle (decision 0012, "Stop 44 (2)")."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from flask import Flask
from flask.testing import FlaskCliRunner
from page_support import client_of, demo_copy_fixture
from sqlalchemy import select

from hub.checkpoint import parse
from hub.cli import cli
from hub.extensions import db
from hub.models import AuditCheckpoint, AuditEvent
from hub.services import audit, bundles
from hub.signing import signer

# The page and the download write read entries and seal the log: this module's own copy of the demo.
lived_demo = demo_copy_fixture("auditor-checkpoint", name="lived_demo")


def _reads(app: Flask) -> list[AuditEvent]:
    with app.app_context():
        return list(
            db.session.scalars(
                select(AuditEvent)
                .where(
                    AuditEvent.action == "read.checkpoint",
                    AuditEvent.actor.startswith("user:revisor-ballerup"),
                )
                .order_by(AuditEvent.id)
            )
        )


def test_the_download_is_named_by_its_size_and_its_read_records_that_size(lived_demo: Flask) -> None:
    """The size is what a later proof must start from (`?from_size=`): the entry says which one the
    auditor was given, and the file's name says it to the auditor."""
    before = len(_reads(lived_demo))
    response = client_of(lived_demo, "revisor-ballerup").get("/audit/checkpoint")
    assert response.status_code == 200
    handed, _ = parse(response.get_data(as_text=True))
    assert handed.size > 0
    assert f'filename="checkpoint-{handed.size}.txt"' in response.headers["Content-Disposition"]
    logged = _reads(lived_demo)[before:]
    assert [e.detail["tree_size"] for e in logged] == [handed.size]


def test_the_page_says_the_checkpoints_size_and_time_and_how_to_use_it_with_a_later_bundle(
    lived_demo: Flask, demo_today: None
) -> None:
    client = client_of(lived_demo, "revisor-ballerup")
    page = lxml.html.fromstring(client.get("/audit?period=2026-Q3").get_data(as_text=True))
    with lived_demo.app_context():
        newest = db.session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.id.desc())).first()
        assert newest is not None
        size = newest.tree_size
    now = page.get_element_by_id("checkpoint-now").text_content()
    # Danish thousands separator: the demo's log has thousands of entries.
    shown = f"{size:,}".replace(",", ".")
    assert f"(nu {shown} poster, underskrevet " in now
    assert re.search(r"underskrevet \d+\. \w+\.? \d{4} kl\. \d{2}\.\d{2}", now), now
    assert "dets størrelse står i filnavnet" in now
    use = page.get_element_by_id("checkpoint-use").text_content()
    assert "Hver revisionspakke har sit eget kontrolpunkt (log/checkpoint.txt)" in use
    assert "--since" in use and "--proof" in use
    # The proof is a form on the page now (stop 49's walk), not an API address to put together and type.
    assert "hentes beviset herunder" in use
    assert page.get_element_by_id("proof-form") is not None


def _bundle(app: Flask, out: Path, period: str) -> str:
    """Gladsaxe's bundle for the period made with `hub bundle`; its `log/checkpoint.txt`."""
    made = FlaskCliRunner(app).invoke(cli, ["bundle", "gladsaxe", "--period", period, "--out", str(out)])
    assert made.exit_code == 0, made.output
    with zipfile.ZipFile(out) as zipped:
        return zipped.read("log/checkpoint.txt").decode()


def test_a_bundle_made_before_stop_44_has_its_proof_carried_by_the_next(
    lived_demo: Flask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """September's bundle as the hub wrote it before stop 44: its `bundle.created` entry without
    `tree_size`. October's bundle still carries the proof from September's checkpoint, found from the
    checkpoints signed before that entry, and verify.py --since needs nothing fetched."""
    real = audit.append

    def as_before(session: Any, actor: str, action: str, subject: str, detail: dict[str, Any]) -> Any:
        kept = {k: v for k, v in detail.items() if not (action == "bundle.created" and k == "tree_size")}
        return real(session, actor, action, subject, kept)

    with monkeypatch.context() as patched:
        patched.setattr(bundles.audit, "append", as_before)
        kept = _bundle(lived_demo, tmp_path / "september.zip", "2026-09")
    (tmp_path / "checkpoint.txt").write_text(kept, encoding="utf-8")
    september = parse(kept)[0]
    with lived_demo.app_context():
        entry = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "bundle.created").order_by(AuditEvent.id.desc())
        ).first()
        assert entry is not None and entry.detail["period"] == "2026-09" and "tree_size" not in entry.detail
    october = tmp_path / "october.zip"
    later = parse(_bundle(lived_demo, october, "2026-10"))[0]
    with zipfile.ZipFile(october) as zipped:
        carried = json.loads(zipped.read("log/consistency.json"))["proofs"]
        zipped.extract("verify.py", tmp_path / "verifier")
    assert september.size in [p["from"]["tree_size"] for p in carried]
    with lived_demo.app_context():
        key = signer().fingerprint
    done = subprocess.run(
        [
            sys.executable,
            str(tmp_path / "verifier" / "verify.py"),
            str(october),
            "--key",
            key,
            "--since",
            str(tmp_path / "checkpoint.txt"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"(sizes {september.size} → {later.size})" in done.stdout
