"""Issue 8, point 6: `hub reprocess` takes in rejected documents too, from their kept extractions, and
lists those that still fail grouped by reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from sqlalchemy import func, select

from hub.extensions import db
from hub.models import AuditEvent, Record, Submission

GOLDEN = ROOT / "tests" / "golden"
AGREEMENTS = ROOT / "config" / "agreements"
PLACEMENT = (GOLDEN / "herlev" / "placement.csv").read_bytes()


def statuses(app: Flask) -> dict[int, str]:
    with app.app_context():
        return {i: s for i, s in db.session.execute(select(Submission.id, Submission.status))}


def test_reprocess_accepts_what_a_loaded_agreement_lets_pass_and_groups_what_still_fails(
    app: Flask, runner: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert runner.invoke(args=["agreements", "load", str(AGREEMENTS / "brfkredit.toml")]).exit_code == 0
    # Two citizens placed at Falck Søborg (no agreement of Herlev's yet), and a form with day 32.
    other = PLACEMENT.replace(b"221100-4237", b"150392-1237").replace(b"Ahmad Rahimi", b"Sara Holm")
    broken = PLACEMENT.replace(b"Startdato;10-08-2026", b"Startdato;32-08-2026")
    for name, data in (("ahmad.csv", PLACEMENT), ("sara.csv", other), ("broken.csv", broken)):
        (tmp_path / name).write_bytes(data)
        assert runner.invoke(args=["ingest", str(tmp_path / name), "-m", "herlev"]).exit_code == 2
    assert statuses(app) == {1: "rejected", 2: "rejected", 3: "rejected"}

    def no_parsing(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("reprocess must work from kept extractions")

    monkeypatch.setattr("hub.adapters.pipeline.extract", no_parsing)
    # Nor read again: each kept reading is the one Herlev's forms read (cp1252, semicolons; 0048).
    monkeypatch.setattr("hub.adapters.rereading.extract", no_parsing)
    monkeypatch.setattr("hub.services.batch_reads.extract_parsed", no_parsing)
    before = runner.invoke(args=["reprocess", "-m", "herlev"])
    assert before.exit_code == 0, before.output
    lines = before.output.splitlines()
    start = lines.index("still rejected: 3 documents, by reason / stadig afvist: 3 dokumenter, efter årsag")
    no_site = "site 1900000101 is not a site of any agreement that municipality 163 is part of"
    # One group per reason, each submission under it, in both languages.
    assert lines[start + 1 : start + 5] == [
        f"  error: {no_site}",
        "  fejl: P-nummer 1900000101 er ikke et arbejdssted i nogen aftale, som kommune 163 er med i",
        # The place in words, as `hub ingest` says it (`hub.schemas.field_names`), in each language.
        "    submission 1 (ahmad.csv): row 8, column 2 (B8) / P number (site.p_number)"
        " / indsendelse 1 (ahmad.csv): række 8, kolonne 2 (B8) / P-nummer",
        "    submission 2 (sara.csv): row 8, column 2 (B8) / P number (site.p_number)"
        " / indsendelse 2 (sara.csv): række 8, kolonne 2 (B8) / P-nummer",
    ]
    assert lines[start + 5].startswith("  error: ") and "32" in lines[start + 5]
    assert lines[start + 7] == (
        "    submission 3 (broken.csv): row 9, column 2 (B9) / first day (period.start)"
        " / indsendelse 3 (broken.csv): række 9, kolonne 2 (B9) / startdato"
    )
    assert "committing 0 of the stored documents of herlev" in before.output

    falck = str(AGREEMENTS / "falck-hovedstaden.toml")
    assert runner.invoke(args=["agreements", "load", falck]).exit_code == 0
    dry = runner.invoke(args=["reprocess", "-m", "herlev", "--dry-run"])
    assert "submission 1 (ahmad.csv): rejected -> accepted" in dry.output
    assert "would change 2 of the stored documents of herlev (dry run: nothing written)" in dry.output
    assert statuses(app) == {1: "rejected", 2: "rejected", 3: "rejected"}
    done = runner.invoke(args=["reprocess", "-m", "herlev"])
    assert done.exit_code == 0, done.output
    assert "submission 2 (sara.csv): rejected -> accepted" in done.output
    one_still_rejected = "still rejected: 1 document, by reason / stadig afvist: 1 dokument, efter årsag"
    assert one_still_rejected in done.output and no_site not in done.output
    assert statuses(app) == {1: "accepted", 2: "accepted", 3: "rejected"}
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Record)) == 2
        accepted = select(AuditEvent.subject).where(AuditEvent.action == "submission.accepted")
        assert sorted(db.session.scalars(accepted)) == ["submission:1", "submission:2"]
