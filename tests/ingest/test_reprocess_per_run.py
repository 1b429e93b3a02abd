"""What `hub reprocess` does once a run rather than once a document (decision 0030, "Stop 51:
reprocess"): the adapter a document is mapped with is found once, a kept extraction is rebuilt without
copying what it was decoded from, and a document whose record stays the same is not reported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from sqlalchemy import select

from hub.adapters.readers.base import Extraction
from hub.extensions import db
from hub.models import Document
from hub.services import reprocess, reprocess_rows, submission_adapter

FALCK = ROOT / "config" / "agreements" / "falck-hovedstaden.toml"
HERLEV = (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes()
KEPT = {
    "format": "pdf",
    "values": [
        {"key": "Tekstfelt1", "value": "Morten Nielsen", "meta": {"page": 1, "label": "Navn"}},
        {"key": "Afkrydsningsfelt1", "value": "Off", "meta": {"page": 1, "states": ["Off", "Yes"]}},
        {"key": "Tekstfelt9", "value": "", "meta": {}},
        {"key": "Tekstfelt10", "value": "x"},  # kept before values had a meta
    ],
    "meta": {"title": "Praktikaftale"},
}


def test_a_kept_extraction_is_rebuilt_as_from_dict_rebuilds_it() -> None:
    rebuilt = reprocess_rows.extraction(KEPT)
    assert rebuilt == Extraction.from_dict(KEPT)
    assert [(v.key, v.value, v.meta) for v in rebuilt.values] == [
        ("Tekstfelt1", "Morten Nielsen", {"page": 1, "label": "Navn"}),
        ("Afkrydsningsfelt1", "Off", {"page": 1, "states": ["Off", "Yes"]}),
        ("Tekstfelt9", "", {}),
        ("Tekstfelt10", "x", {}),
    ]
    assert rebuilt.format == "pdf" and rebuilt.meta == {"title": "Praktikaftale"}
    assert reprocess_rows.extraction({"format": "csv", "values": []}).meta == {}


def test_the_adapter_is_found_once_a_run_and_unchanged_documents_are_not_reported(
    app: Flask, runner: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert runner.invoke(args=["agreements", "load", str(FALCK)]).exit_code == 0
    # Three placements of three citizens: the golden form with its CPR number and name changed.
    for n, cpr in enumerate(("010190-0001", "020290-1002", "030390-2003")):
        form = tmp_path / f"placement-{n}.csv"
        text = HERLEV.decode("cp1252").replace("221100-4237", cpr).replace("Ahmad Rahimi", f"Deltager {n}")
        form.write_bytes(text.encode("cp1252"))
        upload = runner.invoke(args=["ingest", str(form), "-m", "herlev"])
        assert upload.exit_code == 0, upload.output
    asked: list[tuple[str | None, str]] = []
    adapter_for = submission_adapter.adapter_for

    def counted(agreement_id: str | None, code: str) -> Any:
        asked.append((agreement_id, code))
        return adapter_for(agreement_id, code)

    monkeypatch.setattr(submission_adapter, "adapter_for", counted)
    with app.app_context():
        changes = reprocess.reprocess(db.session, "herlev", dry_run=False, actor="test")
    # Herlev's three documents came on no agreement: Herlev's adapter, asked for once, not three times.
    assert asked == [(None, "163")]
    assert changes == []  # the config did not change: nothing to store, nothing to say
    with app.app_context():
        # On SQLite the extraction is read as its bytes and decoded by the hub: the same values as the
        # column's own reading.
        kept = reprocess_rows.kept(db.session, "163")
        stored = {d.sha256: d.extraction for d in db.session.scalars(select(Document))}
        assert len(kept) == 3 and all(row.extraction == stored[row.document_sha256] for row in kept)
        assert all(row.extraction["format"] == "csv" for row in kept)
