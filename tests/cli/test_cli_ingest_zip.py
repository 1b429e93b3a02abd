"""`hub ingest` of a zip: one submission per document in it, named `z.zip/folder/name`, as the upload
page and the API make them; a zip they refuse is refused here, whole, and nothing of it stored."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from conftest import ROOT
from flask import Flask
from sqlalchemy import select

from hub.extensions import db
from hub.models import AuditEvent, Submission

HERLEV = ROOT / "tests" / "golden" / "herlev"


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def _submissions(app: Flask) -> list[tuple[str, str]]:
    with app.app_context():
        rows = db.session.execute(select(Submission.filename, Submission.status).order_by(Submission.id))
        return [(row.filename, row.status) for row in rows]


def test_a_zip_is_sent_as_its_documents(app: Flask, runner: Any, tmp_path: Path) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    members = {
        "mappe/placement.csv": (HERLEV / "placement.csv").read_bytes(),
        "mappe/mentor_support.csv": (HERLEV / "mentor_support.csv").read_bytes(),
        "__MACOSX/mappe/._placement.csv": b"resource fork",  # never a document, as on the upload page
    }
    sent = _zip(tmp_path / "z.zip", members)
    result = runner.invoke(args=["ingest", str(sent), "-m", "herlev"])
    # Before: "a zip archive that is not an Excel workbook (.xlsx) is not accepted", exit 2.
    assert result.exit_code == 0, result.output
    assert f"{tmp_path}/z.zip/mappe/placement.csv: accepted / godkendt" in result.output
    assert f"{tmp_path}/z.zip/mappe/mentor_support.csv: accepted / godkendt" in result.output
    assert _submissions(app) == [
        ("z.zip/mappe/placement.csv", "accepted"),
        ("z.zip/mappe/mentor_support.csv", "accepted"),
    ]
    again = runner.invoke(args=["ingest", str(sent), "-m", "herlev"])
    assert again.exit_code == 0 and again.output.count("same bytes as before") == 2, again.output


def test_a_zip_the_upload_refuses_is_refused_whole(app: Flask, runner: Any, tmp_path: Path) -> None:
    placement = (HERLEV / "placement.csv").read_bytes()
    bad = _zip(tmp_path / "bad.zip", {"placement.csv": placement, "../evil.csv": b"x"})
    empty = _zip(tmp_path / "empty.zip", {"mappe/": b""})
    inner = _zip(tmp_path / "inner.zip", {"placement.csv": placement})
    nested = _zip(tmp_path / "nested.zip", {"inner.zip": inner.read_bytes()})
    result = runner.invoke(args=["ingest", str(bad), str(empty), str(nested), "-m", "herlev"])
    assert result.exit_code == 2, result.output
    lines = result.output.splitlines()
    assert f"{bad}: rejected / afvist" in lines
    assert "  error: bad.zip: ../evil.csv: the path leads outside the zip" in lines
    assert "  fejl: bad.zip: ../evil.csv: stien peger ud af zip-filen" in lines
    assert "  error: empty.zip: the zip holds no documents" in lines
    assert "  fejl: empty.zip: zip-filen indeholder ingen dokumenter" in lines
    assert any("a zip inside a zip is not accepted" in line for line in lines)
    assert _submissions(app) == []  # not even placement.csv of bad.zip
    with app.app_context():
        refused = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "upload.refused")).all()
        assert {(e.actor, e.subject) for e in refused} == {("cli", "municipality:163")}
        assert len(refused) == 3


def test_a_zip_with_more_documents_than_an_upload_may_hold_is_refused(
    tmp_path: Path, runner: Any, app: Flask
) -> None:
    app.config["UPLOAD_MAX_FILES"] = 2
    many = _zip(tmp_path / "many.zip", {f"{n}.csv": f"{n}".encode() for n in range(3)})
    result = runner.invoke(args=["ingest", str(many), "-m", "herlev"])
    assert result.exit_code == 2 and "more than 2 documents in one upload" in result.output, result.output
    assert _submissions(app) == []
