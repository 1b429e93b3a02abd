"""An XML document whose form has an XSD is parsed once in a batch: its form's schema checks the tree the
reading thread parsed (decision 0030, twentieth run), and every table is as when it was parsed again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, make_app
from flask import Flask
from simulator_support import fixture_script
from sqlalchemy import select

from hub.adapters import rereading
from hub.adapters.readers import xml as xml_reader
from hub.extensions import db
from hub.models import Submission
from hub.services import agreements, batch_reads, ingest, processing

GOLDEN = ROOT / "tests" / "golden" / "hoeje-taastrup"
table_dump = fixture_script("table_dump")
# Three forms with an XSD in Høje-Taastrup's config (praktikaftale, statusrapport, mentortimer), one without
# (praktikophoer).
FORMS = ("placement.xml", "progress_report.xml", "mentor_hours.xml", "placement_end.xml")
WITH_XSD = ["bad.xml", "mentor_hours.xml", "placement.xml", "progress_report.xml"]


def _counted(monkeypatch: pytest.MonkeyPatch, module: Any) -> list[str]:
    """The files `module`'s `parse_xml` parses from now on."""
    calls: list[str] = []
    parse: Callable[..., Any] = module.parse_xml

    def counting(data: bytes, filename: str, *args: Any, **kwargs: Any) -> Any:
        calls.append(filename)
        return parse(data, filename, *args, **kwargs)

    monkeypatch.setattr(module, "parse_xml", counting)
    return calls


def _drain(app: Flask) -> dict[str, str]:
    """Høje-Taastrup's forms and one that breaks its schema, stored in one batch: each one's status."""
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        files = {name: (GOLDEN / name).read_bytes() for name in FORMS}
        files["bad.xml"] = files["placement.xml"].replace(b"<Formaal>", b"<Ekstra>x</Ekstra><Formaal>")
        ids = [
            ingest.submit(db.session, data, name, "169", "test", "tester").submission_id
            for name, data in files.items()
        ]
        processing.process_batch(db.session, ids, holder="me")
        rows = db.session.execute(select(Submission.filename, Submission.status, Submission.problems)).all()
        return {name: f"{status} {problems or ''}" for name, status, problems in rows}


def test_the_schema_checks_the_tree_the_reading_parsed(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    read, again = _counted(monkeypatch, xml_reader), _counted(monkeypatch, rereading)
    statuses = _drain(app)
    assert {name: status.split(" ")[0] for name, status in statuses.items()} == {
        "placement.xml": "accepted",
        "progress_report.xml": "accepted",
        "mentor_hours.xml": "accepted",
        "placement_end.xml": "accepted",
        "bad.xml": "rejected",
    }
    assert "does not match the schema" in statuses["bad.xml"]  # checked, on the kept tree
    assert sorted(read) == sorted([*FORMS, "bad.xml"])  # each parsed once, by its reading
    assert again == []


def test_a_drain_stores_the_same_rows_whether_the_tree_was_kept_or_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = make_app(tmp_path / "kept")
    statuses = _drain(kept)
    monkeypatch.setattr(batch_reads, "TREE_KEPT_BYTES", 0)  # every document parsed again, as before
    again = _counted(monkeypatch, rereading)
    parsed = make_app(tmp_path / "parsed")
    assert _drain(parsed) == statuses
    assert sorted(again) == WITH_XSD  # each with an XSD parsed a second time
    dumps = []
    for app in (kept, parsed):
        with app.app_context():
            dumps.append(table_dump.table_rows(db.session, code=True))
            db.engine.dispose()
    assert len(dumps[0]["records"]) == 4 and len(dumps[0]["provenance"]) > 4 * 5  # a dump of something
    assert table_dump.differences(*dumps) == []


def test_a_tree_is_kept_only_for_a_document_within_the_bound() -> None:
    """A batch holds its reads until it ends: a large document's tree is not kept, and it is parsed
    again for its form's XSD, as before."""
    small = (GOLDEN / "placement.xml").read_bytes()
    # The same form with a long comment: over the bound, still the same document to its reader.
    large = small.replace(b"<Formaal>", b"<!--" + b"x" * batch_reads.TREE_KEPT_BYTES + b"--><Formaal>")
    reads = [batch_reads.Read(data=data) for data in (small, large)]
    for read in reads:
        read.extract("p.xml")
    assert [type(read.original()).__name__ for read in reads] == ["ParsedXml", "bytes"]
    assert reads[0].extraction == reads[1].extraction  # the same values, whether the tree was kept
