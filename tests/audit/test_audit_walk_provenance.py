"""A provenance row changed in place after its version was stored no longer verifies (stop 53).

Stop 52 logged each record version's content (`data_sha256`), but not its provenance: the raw values read
from the form and their locators (PDF field and page, XPath, sheet and cell), which the bundle shows the
auditor as the evidence of each field. A raw value or a page number changed in the database still
verified. The `record.<reason>` entry now holds `provenance_sha256` and `provenance_rows` (decision 0012,
"Stop 53: audit-61"), and verify.py recomputes them from each line's `provenance`, naming the record,
version, field and file. Gentofte shows full CPR numbers (`cpr_in_bundles = "full"`), Gladsaxe masks
them: the same hash checks out from both.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from page_support import demo_copy_fixture
from received_order_support import stored_out_of_order
from sqlalchemy import select
from verifier_support import made_bundle, published_key, verified_alone

from hub import jsoncodec
from hub.exports.bundle_provenance import traced_provenance
from hub.exports.bundle_traced import untraced
from hub.extensions import db
from hub.models import AuditEvent, Provenance, Record, RecordVersion
from hub.pseudonyms import mask_cpr_like
from hub.services import record_hashes

demo = demo_copy_fixture("audit-walk-provenance", name="demo", users=False)
BUNDLES = [("gentofte", "2026-Q3", "full"), ("gladsaxe", "2026-09", "masked")]


@pytest.fixture(scope="module")
def key(demo: Flask) -> str:
    """The hub's published fingerprint."""
    return published_key(demo)


def _read(path: Path, name: str) -> list[dict[str, Any]]:
    with zipfile.ZipFile(path) as zipped:
        return [json.loads(line) for line in zipped.read(name).splitlines()]


def _row_text(row: dict[str, Any], rule: str) -> str:
    """One provenance row as decision 0012 ("Stop 53") tells an auditor to write it, from that text: its
    six parts, CPR-like text in the raw value, the locator's strings and the source key as DDMMYY-XXXX
    (decision 0065, "Stop 55"; a full bundle's masked here, a masked bundle's as shown), JSON with sorted
    keys, no spaces, non-ASCII as it is."""
    parts = ("path", "document_sha256", "locator", "source_key", "raw_value", "transforms")
    shown = {part: row[part] for part in parts}
    if rule == "full":
        for part in ("raw_value", "source_key", "locator"):
            shown[part] = _masked(shown[part])
    return json.dumps(shown, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _masked(value: Any) -> Any:
    if isinstance(value, str):
        return mask_cpr_like(value)
    if isinstance(value, dict):
        return {key: _masked(item) for key, item in value.items()}
    return [_masked(item) for item in value] if isinstance(value, list) else value


def _as_logged(rows: list[dict[str, Any]], rule: str) -> tuple[str, list[str]]:
    """SHA-256 of the JSON array of the rows' texts in sorted order, and each text's first 8 hex digits."""
    texts = sorted(_row_text(row, rule) for row in rows)
    whole = hashlib.sha256(("[" + ",".join(texts) + "]").encode("utf-8")).hexdigest()
    return whole, sorted(hashlib.sha256(t.encode("utf-8")).hexdigest()[:8] for t in texts)


@pytest.mark.parametrize(("who", "period", "rule"), BUNDLES)
def test_every_version_s_provenance_is_traced(
    demo: Flask, key: str, tmp_path: Path, who: str, period: str, rule: str
) -> None:
    bundle = made_bundle(demo, tmp_path, who, period)
    done = verified_alone(bundle, key)
    assert done.returncode == 0, done.stdout
    assert "not traceable" not in done.stdout and "provenance" not in done.stdout, done.stdout
    logged = {
        (int(e["subject"][7:]), e["detail"]["version"]): e["detail"]
        for e in _read(bundle, "log/entries.jsonl")
        if e["action"].startswith("record.") and "version" in e["detail"]
    }
    records = _read(bundle, "records/records.jsonl")
    assert records and any(r["provenance"] for r in records)
    for shown in records:
        detail = logged[(shown["record_id"], shown["version"])]
        whole, rows = _as_logged(shown["provenance"], rule)
        assert (detail["provenance_sha256"], detail["provenance_rows"]) == (whole, rows)
        assert detail["provenance_form"] == 2
    if rule == "masked":  # what the masked bundle shows holds no CPR number: nor does what was hashed
        assert any("-XXXX" in str(p["raw_value"]) for r in records for p in r["provenance"])


def test_a_form_stored_again_on_top_of_an_older_one_logs_its_provenance(backend_app: Flask) -> None:
    # `received_order.reapply` copies a later form's provenance to a new version (decision 0067).
    with backend_app.app_context():
        stored_out_of_order()
        sheet = db.session.scalars(select(Record).where(Record.form_type == "mentor_hours")).one()
        entries = db.session.scalars(select(AuditEvent).where(AuditEvent.subject == f"record:{sheet.id}"))
        logged = {e.detail["version"]: e.detail for e in entries if "version" in e.detail}
        assert [v.reason for v in sheet.versions] == ["submitted", "submitted", "reapplied"]
        parts = ("path", "document_sha256", "locator", "source_key", "raw_value", "transforms")
        for version in sheet.versions:
            rows = [{part: getattr(row, part) for part in parts} for row in version.provenance]
            assert rows
            detail = logged[version.version]
            assert (detail["provenance_sha256"], detail["provenance_rows"]) == _as_logged(rows, "full")
        # The copy is the later form's provenance: the same rows, the same hash.
        assert logged[3]["provenance_sha256"] == logged[logged[3]["from_version"]]["provenance_sha256"]


def _raw_value(row: Provenance) -> None:
    row.raw_value = f"{row.raw_value}9"  # "7,5" hours shown as read "7,59"


def _locator(row: Provenance) -> None:
    locator = dict(row.locator)
    if "page" in locator:  # a PDF form's field: shown as read on the next page
        locator["page"] = int(locator["page"]) + 1
    else:  # a workbook's cell: shown as read a row further down
        locator["row"] = int(locator["row"]) + 1
        locator["cell"] = locator["cell"].rstrip("0123456789") + str(locator["row"])
    row.locator = locator


@pytest.fixture
def changed_in_place(demo: Flask) -> Iterator[Any]:
    """A function that changes one provenance row as an UPDATE on `provenance` does (nothing logged),
    and puts the row back after the test, as the other tests' bundles read it."""
    kept: list[tuple[int, str | None, dict[str, Any]]] = []

    def change(version: tuple[int, int], how: Any) -> Provenance:
        with demo.app_context():
            row = db.session.scalars(
                select(Provenance)
                .join(RecordVersion, RecordVersion.id == Provenance.record_version_id)
                .where(RecordVersion.record_id == version[0], RecordVersion.version == version[1])
                .where(Provenance.raw_value.is_not(None), Provenance.path.like("%hours%"))
                .order_by(Provenance.id)
            ).first()
            assert row is not None
            kept.append((row.id, row.raw_value, dict(row.locator)))
            how(row)
            db.session.commit()
            db.session.refresh(row)
            db.session.expunge(row)
            return row

    yield change
    with demo.app_context():
        for row_id, raw, locator in kept:
            back = db.session.get(Provenance, row_id)
            assert back is not None
            back.raw_value, back.locator = raw, locator
        db.session.commit()


@pytest.mark.parametrize(("who", "period", "rule"), BUNDLES)
@pytest.mark.parametrize("how", [_raw_value, _locator])
def test_a_provenance_row_changed_in_the_database_fails_verify_by_name(
    demo: Flask, key: str, tmp_path: Path, changed_in_place: Any, who: str, period: str, rule: str, how: Any
) -> None:
    before = _read(made_bundle(demo, tmp_path, who, period), "records/records.jsonl")
    target = next(r for r in before if r["form_type"] == "mentor_hours" and r["provenance"])
    record, version = target["record_id"], target["version"]
    row = changed_in_place((record, version), how)
    done = verified_alone(made_bundle(demo, tmp_path / "after", who, period), key)
    assert done.returncode == 1, done.stdout
    where = row.locator["text"]  # the field and page, or sheet and cell, as the bundle words them
    file = target["document"]["filename"]  # the form it was read from, as the bundle names it
    field_en, field_da = f"field {row.path} ({where['en']})", f"feltet {row.path} ({where['da']})"
    assert (
        f"records/records.jsonl: record {record} version {version}, {field_en} in {file}: "
        "its provenance is not what log/entries.jsonl logged when the version was stored (provenance_sha256)"
    ) in done.stdout
    assert (
        f"records/records.jsonl: post {record} version {version}, {field_da} i {file}: "
        "oprindelsen er ikke den, log/entries.jsonl loggede, da versionen blev gemt (provenance_sha256)"
    ) in done.stdout
    assert "the bundle is NOT intact" in done.stdout


def test_versions_logged_before_their_provenance_was_are_counted_not_failed() -> None:
    # Entries as the hub wrote them in stop 52: the content's hash, not the provenance's.
    received = {"action": "submission.received", "subject": "submission:7", "detail": {"sha256": "a" * 64}}
    stored = {
        "action": "record.submitted",
        "subject": "record:3",
        "detail": {"version": 1, "submission": 7},
    }
    record = {
        "record_id": 3,
        "version": 1,
        "submission_id": 7,
        "document": {"sha256": "a" * 64},
        "record": {},
        "provenance": [
            {
                "path": "entries.0.hours",
                "document_sha256": "a" * 64,
                "locator": {"field": "timer1", "page": 1},
                "source_key": "timer1",
                "raw_value": "7,5",
                "transforms": [],
            }
        ],
    }
    entries = [json.dumps(received), json.dumps(stored)]
    found = untraced(entries, [json.dumps(record)], [])
    assert (found.problems, found.versions, found.without_provenance) == ([], 1, 1)


def test_the_hub_hashes_a_row_as_the_verifier_writes_it() -> None:
    # The hub writes a row's text by orjson where it is the standard library's text (`record_hashes`):
    # a float in a locator ("1e-05", orjson's "0.00001"), a tuple, an integer beyond 64 bits, a control
    # character, a CPR number in a raw value must hash as verify.py hashes the row the database gives back.
    plain = {
        "record_version_id": 1,
        "path": "entries.0.hours",
        "document_sha256": "0e5" * 21 + "a",
        "locator": {"field": "timer1", "page": 2},
        "source_key": "timer1",
        "raw_value": "7,5",
        "transforms": ["decimal_comma"],
    }
    odd = [
        {**plain, "locator": {"field": "timer1", "rect": [72.5, 1e-05, 1e16]}},
        {**plain, "transforms": [{"scale": 0.5}]},
        {**plain, "locator": {"field": "timer1", "rect": (72, 700)}},
        {**plain, "locator": {"field": "timer1", "n": 2**70}},
        {**plain, "locator": {"text": "a\x1fø\u2028"}, "raw_value": "7,5 for 0101901234, kl. 8,30."},
        {**plain, "locator": {"sheet": "0101901234 Anna", "n": [2**70]}, "source_key": "0101901234!B4"},
    ]
    for rows in ([plain], *([row] for row in odd), [plain, *odd]):
        # As the database's JSON columns give the rows back (an integer beyond 64 bits whole, since stop 54)
        # and the bundle writes them.
        as_stored = json.loads(json.dumps(jsoncodec.loads(jsoncodec.dumps(rows))))
        assert record_hashes.provenance_hashes(rows) == traced_provenance(as_stored)
        whole, short = _as_logged(as_stored, "full")
        expected = {"provenance_sha256": whole, "provenance_rows": short, "provenance_form": 2}
        assert record_hashes.provenance_hashes(rows) == expected
