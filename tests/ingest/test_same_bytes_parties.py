"""The same bytes sent by two parties: each is answered as its own sending would be, the first keeps its
submission unless the file is the second's form, and no answer says who sent it first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask
from sqlalchemy import select

from hub.extensions import db
from hub.models import Submission

GLADSAXE, HERLEV = "159", "163"
# No municipality's form: an XML document of no form at all.
NOBODYS = b'<?xml version="1.0" encoding="UTF-8"?>\n<note><to>Tove</to><body>hej</body></note>\n'
# Refused for what it is, whoever sends it.
WITH_DTD = b'<?xml version="1.0"?>\n<!DOCTYPE note [<!ENTITY who "Tove">]>\n<note>&who;</note>\n'


def _owner(app: Flask, name: str) -> tuple[str | None, str]:
    with app.app_context():
        row = db.session.execute(
            select(Submission.municipality_code, Submission.filename).where(Submission.filename == name)
        ).one()
        return row.municipality_code, row.filename


def test_a_file_that_is_nobodys_form_stays_with_its_first_sender(
    runner: Any, app: Flask, tmp_path: Path
) -> None:
    first, second = tmp_path / "gladsaxe-note.xml", tmp_path / "herlev-note.xml"
    first.write_bytes(NOBODYS)
    second.write_bytes(NOBODYS)
    sent = runner.invoke(args=["ingest", str(first), "-m", "gladsaxe"])
    assert "rejected / afvist" in sent.output, sent.output
    again = runner.invoke(args=["ingest", str(second), "-m", "herlev"])
    assert again.exit_code == 2, again.output
    # Herlev's own answer (it sends no XML forms); nothing of Gladsaxe's sending.
    assert "herlev-note.xml" in again.output and "Herlev" in again.output
    assert GLADSAXE not in again.output and "Gladsaxe" not in again.output
    assert "submission 1" not in again.output
    assert _owner(app, "gladsaxe-note.xml") == (GLADSAXE, "gladsaxe-note.xml")


def test_a_file_refused_for_what_it_is_gets_its_own_reason_from_every_sender(
    runner: Any, app: Flask, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.xml", tmp_path / "second.xml"
    first.write_bytes(WITH_DTD)
    second.write_bytes(WITH_DTD)
    sent = runner.invoke(args=["ingest", str(first), "-m", "gladsaxe"])
    assert "rejected / afvist" in sent.output, sent.output
    reason = next(line for line in sent.output.splitlines() if "DTD" in line)
    again = runner.invoke(args=["ingest", str(second), "-m", "herlev"])
    assert again.exit_code == 2, again.output
    assert reason.replace("first.xml", "second.xml") in again.output
    assert GLADSAXE not in again.output and "first.xml" not in again.output
    assert _owner(app, "first.xml") == (GLADSAXE, "first.xml")
