"""Issue 8, point 6: the same bytes sent again after a fix are read again, and are still one submission.

A rejection whose reason lay outside the document (no agreement for the site yet) or a config fixed
since (its fingerprint changed) is read again; a document rejected for itself with its config unchanged
keeps its answer. The CLI, the API (which the upload page calls) and `hub reprocess` show it.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from accounts import add_user, bearer
from conftest import ROOT
from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy import func, select

from hub.adapters.language import fingerprint
from hub.adapters.language.registry import load_registry
from hub.extensions import db
from hub.models import AuditEvent, Document, Record, Submission
from hub.queue import queue

GOLDEN = ROOT / "tests" / "golden"
AGREEMENTS = ROOT / "config" / "agreements"
# Herlev's placement of Ahmad Rahimi at Falck Søborg (P-number 1900000101, a site of Falck Hovedstaden).
PLACEMENT = GOLDEN / "herlev" / "placement.csv"


def cli(app: Flask) -> FlaskCliRunner:
    from hub.cli import cli as hub_cli  # noqa: PLC0415 - as tests/conftest.py's `runner`

    class Runner(FlaskCliRunner):
        def invoke(self, cli_: Any = None, args: Any = None, **kwargs: Any) -> Any:  # type: ignore[override]
            return super().invoke(cli_ or hub_cli, args, **kwargs)

    return Runner(app)


def counts(app: Flask) -> tuple[int, int, int]:
    with app.app_context():
        return (
            db.session.scalar(select(func.count()).select_from(Submission)) or 0,
            db.session.scalar(select(func.count()).select_from(Document)) or 0,
            db.session.scalar(select(func.count()).select_from(Record)) or 0,
        )


def actions(app: Flask, submission_id: int) -> list[str]:
    with app.app_context():
        query = select(AuditEvent.action).where(AuditEvent.subject == f"submission:{submission_id}")
        return list(db.session.scalars(query.order_by(AuditEvent.id)))


@dataclass
class Configs:
    """A copy of the municipalities' configs that the app's registry is loaded from, as the hub restarted
    with that folder; Herlev's start date mistaken until `mend`."""

    app: Flask
    folder: Path
    fixed: str

    def reload(self) -> None:
        """Load the registry from the folder again (a restart)."""
        self.app.extensions["hub.registry"] = load_registry(self.folder)

    def mend(self) -> None:
        """Herlev's config as the repository has it, then a restart."""
        (self.folder / "herlev.toml").write_text(self.fixed, encoding="utf-8")
        self.reload()


def herlev_mistaken(app: Flask, tmp_path: Path) -> Configs:
    """The configs with a mistake in Herlev's (the label is printed "Startdato" on its form, the config
    says "Start dato"): its placement form is rejected for itself, its reading kept."""
    folder = tmp_path / "municipalities"
    shutil.copytree(ROOT / "config" / "municipalities", folder)
    herlev = folder / "herlev.toml"
    fixed = herlev.read_text(encoding="utf-8")
    assert fixed.count('source = "label:Startdato"') == 1
    herlev.write_text(fixed.replace('source = "label:Startdato"', 'source = "label:Start dato"'), "utf-8")
    configs = Configs(app, folder, fixed)
    configs.reload()
    return configs


def test_a_placement_rejected_for_want_of_an_agreement_is_accepted_once_it_is_loaded(
    backend_app: Flask,
) -> None:
    runner = cli(backend_app)  # SQLite and PostgreSQL
    # Only BRFkredit's agreement: Falck Søborg is in no agreement Herlev is part of.
    assert runner.invoke(args=["agreements", "load", str(AGREEMENTS / "brfkredit.toml")]).exit_code == 0
    first = runner.invoke(args=["ingest", str(PLACEMENT), "-m", "herlev"])
    assert first.exit_code == 2
    assert "rejected / afvist" in first.output
    assert "site 1900000101 is not a site of any agreement that municipality 163 is part of" in first.output
    assert "P-nummer 1900000101 er ikke et arbejdssted i nogen aftale" in first.output
    assert counts(backend_app) == (1, 1, 0)

    loaded = runner.invoke(args=["agreements", "load", str(AGREEMENTS / "falck-hovedstaden.toml")])
    assert loaded.exit_code == 0, loaded.output
    again = runner.invoke(args=["ingest", str(PLACEMENT), "-m", "herlev"])
    assert again.exit_code == 0, again.output
    assert "accepted (same bytes as before, read again: a reason lay outside" in again.output
    # The Danish half of the status line says it in Danish too (it ended in English before).
    assert " / godkendt (samme indhold som før, læst igen: en grund lå uden for dokumentet" in again.output
    assert counts(backend_app) == (1, 1, 1)  # one submission, one document, and now its record
    # The rejection stays in the history, followed by why it was read again and the new outcome.
    assert actions(backend_app, 1) == [
        "submission.received",
        "submission.rejected",
        "submission.read_again",
        "submission.accepted",
    ]
    # Accepted now: a third sending is just the same submission, not read again.
    third = runner.invoke(args=["ingest", str(PLACEMENT), "-m", "herlev"])
    assert third.exit_code == 0
    assert "accepted (same bytes as before) / godkendt (samme indhold som før)" in third.output
    assert actions(backend_app, 1)[-1] == "submission.accepted"


def test_a_document_rejected_for_itself_keeps_its_answer_until_its_config_changes(
    app: Flask, tmp_path: Path
) -> None:
    runner = cli(app)
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    configs = herlev_mistaken(app, tmp_path)

    first = runner.invoke(args=["ingest", str(PLACEMENT), "-m", "herlev"])
    assert first.exit_code == 2 and "rejected / afvist" in first.output
    assert "period.start" in first.output
    # Nothing has changed: the same answer, without reading the document again.
    same = runner.invoke(args=["ingest", str(PLACEMENT), "-m", "herlev"])
    assert same.exit_code == 2
    assert "rejected (same bytes as before) / afvist (samme indhold som før)\n" in same.output
    assert "submission.read_again" not in actions(app, 1)

    configs.mend()  # the fixed config, after a restart
    again = runner.invoke(args=["ingest", str(PLACEMENT), "-m", "herlev"])
    assert again.exit_code == 0, again.output
    assert "accepted (same bytes as before, read again: the adapter config or the hub's" in (again.output)
    assert counts(app) == (1, 1, 1)
    assert actions(app, 1).count("submission.rejected") == 1


def test_an_unreadable_document_sent_again_keeps_its_answer(runner: Any, tmp_path: Path) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    first = runner.invoke(args=["ingest", str(broken), "-m", "gladsaxe"])
    assert first.exit_code == 2 and "rejected / afvist" in first.output
    same = runner.invoke(args=["ingest", str(broken), "-m", "gladsaxe"])
    assert same.exit_code == 2
    assert "rejected (same bytes as before) / afvist (samme indhold som før)\n" in same.output


def test_a_document_rejected_for_itself_is_read_again_by_a_hub_that_reads_files_otherwise(
    runner: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file the hub could not read, sent again after a new version of the hub (its readers, mappings or
    schemas changed) was deployed: read again, as the same submission, since the new hub may read it."""
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    assert "rejected / afvist" in runner.invoke(args=["ingest", str(broken), "-m", "gladsaxe"]).output
    monkeypatch.setattr(fingerprint, "reading_code", lambda: "the next version of the hub")
    again = runner.invoke(args=["ingest", str(broken), "-m", "gladsaxe"])
    assert again.exit_code == 2
    assert "rejected (same bytes as before, read again: the adapter config or the hub's" in (again.output)
    # Read with the new hub once: sent a third time, it keeps that answer.
    same = runner.invoke(args=["ingest", str(broken), "-m", "gladsaxe"])
    assert "rejected (same bytes as before) / afvist (samme indhold som før)\n" in same.output


def test_the_hubs_reading_is_told_by_its_code_wherever_it_is_installed(tmp_path: Path) -> None:
    """The digest of the reading code: the same files give the same digest in another folder; a changed
    byte or a new file changes it; a folder left out (`suggest`) changes nothing."""

    def tree(root: Path, reader: bytes, drafts: bytes = b"") -> Path:
        (root / "adapters" / "readers").mkdir(parents=True)
        (root / "adapters" / "suggest").mkdir()
        (root / "adapters" / "readers" / "pdf.py").write_bytes(reader)
        (root / "adapters" / "suggest" / "draft.py").write_bytes(drafts)
        return root / "adapters"

    def digest(root: Path) -> str:
        return fingerprint.code_digest([root], [root / "suggest"])

    one = tree(tmp_path / "one", b"READ = 1\n")
    assert digest(one) == digest(tree(tmp_path / "two", b"READ = 1\n", b"DRAFT = 2\n"))
    assert digest(one) != digest(tree(tmp_path / "three", b"READ = 2\n"))
    four = tree(tmp_path / "four", b"READ = 1\n")
    (four / "readers" / "xml.py").write_bytes(b"")
    assert digest(one) != digest(four)


@pytest.fixture
def api(backend_app: Flask) -> Flask:
    add_user(backend_app, "kommune-herlev")
    return backend_app


def test_the_api_and_upload_page_read_the_same_bytes_again_after_the_agreement_is_loaded(api: Flask) -> None:
    runner = cli(api)
    client, herlev = api.test_client(), bearer(api, "kommune-herlev")
    assert runner.invoke(args=["agreements", "load", str(AGREEMENTS / "brfkredit.toml")]).exit_code == 0
    body = {"files": [(PLACEMENT.open("rb"), "placement.csv")]}
    [sent] = client.post("/api/submissions", data=body, headers=herlev).get_json()["files"]
    queue.run_burst(api)
    status = client.get(sent["status_url"], headers=herlev).get_json()
    assert status["status"] == "rejected"
    [problem] = status["problems"]
    assert problem["field"] == "site.p_number" and problem["outside_document"] is True

    loaded = runner.invoke(args=["agreements", "load", str(AGREEMENTS / "falck-hovedstaden.toml")])
    assert loaded.exit_code == 0, loaded.output
    body = {"files": [(PLACEMENT.open("rb"), "placement.csv")]}
    [again] = client.post("/api/submissions", data=body, headers=herlev).get_json()["files"]
    # The same submission, queued to be read again (the upload page follows `status_url` the same way).
    assert (again["outcome"], again["submission_id"], again["status"]) == (
        "duplicate",
        sent["submission_id"],
        "queued",
    )
    queue.run_burst(api)
    status = client.get(again["status_url"], headers=herlev).get_json()
    assert (status["status"], status["problems"], len(status["records"])) == ("accepted", [], 1)
    assert counts(api) == (1, 1, 1)


def test_reprocess_keeps_todays_reasons_so_that_a_later_sending_is_read_again(
    app: Flask, tmp_path: Path
) -> None:
    runner = cli(app)
    assert runner.invoke(args=["agreements", "load", str(AGREEMENTS / "brfkredit.toml")]).exit_code == 0
    configs = herlev_mistaken(app, tmp_path)
    assert runner.invoke(args=["ingest", str(PLACEMENT), "-m", "herlev"]).exit_code == 2  # the document's

    configs.mend()
    # Read again with the fixed config: now rejected for want of an agreement, and stored so.
    still = runner.invoke(args=["reprocess", "-m", "herlev"])
    assert "site 1900000101 is not a site of any agreement" in still.output
    falck = str(AGREEMENTS / "falck-hovedstaden.toml")
    assert runner.invoke(args=["agreements", "load", falck]).exit_code == 0
    again = runner.invoke(args=["ingest", str(PLACEMENT), "-m", "herlev"])
    assert again.exit_code == 0, again.output
    assert "accepted (same bytes as before, read again: a reason lay outside" in again.output


def test_the_same_rejected_bytes_under_another_name_are_told_at_the_name_sent_now(
    app: Flask, tmp_path: Path
) -> None:
    # Issue 9 point 5: a duplicate's message names the file the user sent, not the one sent first.
    runner = cli(app)
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    herlev_mistaken(app, tmp_path)
    assert runner.invoke(args=["ingest", str(PLACEMENT), "-m", "herlev"]).exit_code == 2
    renamed = tmp_path / "sendt-igen.csv"
    shutil.copyfile(PLACEMENT, renamed)
    same = runner.invoke(args=["ingest", str(renamed), "-m", "herlev"])
    assert same.exit_code == 2
    problems = [line for line in same.output.splitlines() if "period.start" in line]
    assert problems, same.output
    assert all("sendt-igen.csv" in line and PLACEMENT.name not in line for line in problems), same.output
