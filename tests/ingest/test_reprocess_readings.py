"""`hub reprocess` reads a document as an upload does (decision 0048): the same bytes and config give the
same verdict, a file saved the wrong way is one problem both ways, and a UTF-8 file stored garbled by an
earlier reader is repaired."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from sqlalchemy import select

from hub.adapters.readers import csv_text
from hub.adapters.readers.base import Extraction
from hub.extensions import blobs, db
from hub.models import Document, RecordVersion, Submission
from hub.storage import sha256_hex

GOLDEN = ROOT / "tests" / "golden"
FALCK = ROOT / "config" / "agreements" / "falck-hovedstaden.toml"
HERLEV = (GOLDEN / "herlev" / "placement.csv").read_bytes().decode("cp1252")
NAME = "Åsa Ødegård-Ærenlund"


def _status(app: Flask) -> list[tuple[str, list[dict[str, Any]] | None]]:
    with app.app_context():
        return [
            (s.status, s.problems) for s in db.session.scalars(select(Submission).order_by(Submission.id))
        ]


def _names(app: Flask) -> list[str]:
    with app.app_context():
        versions = db.session.scalars(select(RecordVersion).order_by(RecordVersion.id))
        return [v.data["citizen"]["name"] for v in versions]


def test_a_file_separated_otherwise_is_rejected_by_reprocess_as_by_its_upload(
    app: Flask, runner: Any, tmp_path: Path
) -> None:
    assert runner.invoke(args=["agreements", "load", str(FALCK)]).exit_code == 0
    comma = tmp_path / "p_comma.csv"
    comma.write_bytes(HERLEV.replace(";", ",").encode("cp1252"))
    upload = runner.invoke(args=["ingest", str(comma), "-m", "herlev"])
    assert upload.exit_code == 2
    ((status, problems),) = _status(app)
    assert status == "rejected" and problems is not None and len(problems) == 1  # not one per field
    assert problems[0]["reason_da"].startswith("filen er adskilt med komma, men blanketten")
    for args in (["--dry-run"], []):
        again = runner.invoke(args=["reprocess", "-m", "herlev", *args])
        assert again.exit_code == 0, again.output
        assert "rejected -> accepted" not in again.output  # was: accepted from the comma reading
        one_still_rejected = "still rejected: 1 document, by reason / stadig afvist: 1 dokument, efter årsag"
        assert one_still_rejected in again.output
        assert "  fejl: filen er adskilt med komma" in again.output
    assert _status(app) == [("rejected", problems)] and _names(app) == []


def test_a_file_failing_its_xsd_is_rejected_by_reprocess_as_by_its_upload(
    app: Flask, runner: Any, tmp_path: Path
) -> None:
    xml = (GOLDEN / "hoeje-taastrup" / "placement.xml").read_bytes()
    bad = tmp_path / "p.xml"
    bad.write_bytes(xml.replace(b"<Formaal>", b"<Ekstra>x</Ekstra><Formaal>"))
    assert runner.invoke(args=["ingest", str(bad), "-m", "hoeje-taastrup"]).exit_code == 2
    again = runner.invoke(args=["reprocess", "-m", "hoeje-taastrup"])
    assert "rejected -> accepted" not in again.output
    assert "does not match the schema" in again.output
    assert [status for status, _ in _status(app)] == ["rejected"]
    # A document that passed keeps a reading noting the schema it passed: reprocess does not check it again.
    good = tmp_path / "good.xml"
    good.write_bytes(xml)
    assert runner.invoke(args=["agreements", "load", str(FALCK)]).exit_code == 0
    assert runner.invoke(args=["ingest", str(good), "-m", "hoeje-taastrup"]).exit_code == 0
    with app.app_context():
        kept = db.session.scalar(select(Document.extraction).where(Document.sha256 == sha256_hex(xml)))
    assert kept is not None and len(kept["meta"]["xsd"]) == 64


def _read_as_before_0048(data: bytes, filename: str, encoding: str) -> tuple[str, str]:
    """The reader before decision 0048: a BOM honoured only under "auto"."""
    if encoding == "auto":
        return csv_text.decode(data, filename, encoding)
    return data.decode(encoding), encoding


def _alike_before_0048(extraction: Extraction, encoding: str | None, delimiter: str | None) -> bool:
    """Read again before decision 0048: whenever the form names another encoding than the one found."""
    wanted = {"encoding": encoding, "delimiter": delimiter}
    return all(extraction.meta.get(k) == v for k, v in wanted.items() if v is not None)


def test_a_utf8_file_stored_garbled_before_is_repaired_by_reprocess(
    app: Flask, runner: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert runner.invoke(args=["agreements", "load", str(FALCK)]).exit_code == 0
    sent = tmp_path / "p_bom.csv"
    # Sygedagpenge, no visitation: words without æ, ø or å, which the earlier reader let through garbled.
    text = HERLEV.replace("Ahmad Rahimi", NAME).replace("Kontanthjælp", "Sygedagpenge")
    sent.write_bytes(csv_text.BOM + text.replace("Visitation;Jobparat", "Visitation;").encode("utf-8"))
    with monkeypatch.context() as before:
        before.setattr("hub.adapters.readers.tabular.decode", _read_as_before_0048)
        before.setattr("hub.adapters.rereading.read_alike", _alike_before_0048)
        # Nor did the record refuse a text encoded twice before stop 62 (decision 0061, fixes-76).
        before.setattr("hub.schemas.fields.encoded_twice_problem", lambda text, lowered=False: None)
        assert runner.invoke(args=["ingest", str(sent), "-m", "herlev"]).exit_code == 0
    assert _names(app) == ["Ã…sa Ã˜degÃ¥rd-Ã†renlund"]
    done = runner.invoke(args=["reprocess", "-m", "herlev"])
    assert done.exit_code == 0, done.output
    assert f"citizen.name: 'Ã…sa Ã˜degÃ¥rd-Ã†renlund' -> '{NAME}'" in done.output
    assert "site.name: 'Falck SÃ¸borg' -> 'Falck Søborg'" in done.output
    assert _names(app) == ["Ã…sa Ã˜degÃ¥rd-Ã†renlund", NAME]  # a new version; the old one stays


def test_a_stored_file_that_cannot_be_read_again_rejects_its_document_not_the_run(
    app: Flask, runner: Any, tmp_path: Path
) -> None:
    comma = tmp_path / "p_comma.csv"
    comma.write_bytes(HERLEV.replace(";", ",").encode("cp1252"))
    assert runner.invoke(args=["ingest", str(comma), "-m", "herlev"]).exit_code == 2
    with app.app_context():
        path = blobs.store.path(sha256_hex(comma.read_bytes()))
    path.chmod(0o644)
    path.write_bytes(b"not the file")  # its name no longer matches its bytes
    again = runner.invoke(args=["reprocess", "-m", "herlev"])
    assert again.exit_code == 0, again.output
    assert "  fejl: den gemte fil kan ikke læses igen: det gemte dokument" in again.output
    assert [status for status, _ in _status(app)] == ["rejected"]
