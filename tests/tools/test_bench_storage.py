"""The bench's storage floor writes what ingestion wrote, in batches that keep every reference valid."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from printed_once import printed_once
from simulator_support import fixture_script

from hub.extensions import db
from hub.models.base import Base

bench_data = fixture_script("bench_data")
bench_formats = fixture_script("bench_formats")
bench_storage = fixture_script("bench_storage")


@pytest.fixture(autouse=True, scope="module")
def _printed_once() -> Iterator[None]:
    """The demo's PDFs drawn once a process (`printed_once`): the same bytes, not drawn again."""
    with printed_once():
        yield


def _one_of_each_format(tmp_path: Path) -> list[Any]:
    app = bench_formats.make_app(tmp_path / "print")
    with app.app_context():
        printed = bench_data.bench_forms(db.session, 1)
    bench_formats.dispose(app)
    return [printed.per_format[fmt][0] for fmt in bench_formats.FORMATS]


def test_the_floor_inserts_exactly_the_rows_ingestion_wrote(tmp_path: Path) -> None:
    forms = _one_of_each_format(tmp_path)
    hub = bench_formats.make_app(tmp_path / "hub")
    with hub.app_context():
        before = bench_storage.keys(db.engine)
    _, _, statuses = bench_formats.ingest(hub, forms)
    assert statuses == {"accepted": 4}
    with hub.app_context():
        written = bench_storage.read_back(db.engine, before, len(forms))
    bench_formats.dispose(hub)
    # What one accepted document leaves: its bytes' row, the submission, a placement with its record,
    # one version, provenance per field, and the audit entries (received, accepted) with their inbox rows.
    for table in ("documents", "submissions", "placements", "records", "record_versions"):
        assert len(written.tables[table]) == 4, table
    assert len(written.tables["provenance"]) > 4 * 5
    assert len(written.tables["audit_events"]) >= 2 * 4
    assert [r["event_id"] for r in written.tables["audit_pending"]] == [
        r["id"] for r in written.tables["audit_events"]
    ]
    assert not set(written.tables) & bench_storage.SEQUENCER_TABLES
    assert {r["status"] for r in written.tables["submissions"]} == {"accepted"}

    floor = bench_formats.make_app(tmp_path / "floor")
    with floor.app_context():
        baseline = bench_storage.keys(db.engine)
        bench_storage.insert_floor(db.engine, bench_storage.batches(written, per=1))
        again = bench_storage.read_back(db.engine, baseline, len(forms))
    bench_formats.dispose(floor)
    assert again.tables == written.tables


def _written(documents: int, children_per_parent: int) -> Any:
    """Placements, records (several per placement) and versions, numbered in order."""
    placements = [{"id": n} for n in range(1, documents + 1)]
    records = [
        {"id": len(placements) * k + n, "placement_id": n}
        for n in range(1, documents + 1)
        for k in range(children_per_parent)
    ]
    records.sort(key=lambda r: r["id"])
    versions = [{"id": r["id"], "record_id": r["id"], "submission_id": None} for r in records]
    return bench_storage.Written(
        documents, {"placements": placements, "records": records, "record_versions": versions}
    )


def test_a_batch_per_hundred_documents_and_no_row_before_what_it_references() -> None:
    # Records numbered so that the late placements' records come first: spread by rank alone, the
    # first batch would hold records of placements that only come in the last.
    written = _written(250, 3)
    batches = bench_storage.batches(written)
    assert len(batches) == math.ceil(250 / 100)
    where: dict[tuple[str, Any], int] = {}
    for index, batch in enumerate(batches):
        for table, rows in batch.items():
            for row in rows:
                where[(table, row["id"])] = index
    assert len(where) == 250 + 750 + 750  # every row once
    for index, batch in enumerate(batches):
        for row in batch.get("records", []):
            assert where[("placements", row["placement_id"])] <= index
        for row in batch.get("record_versions", []):
            assert where[("records", row["record_id"])] <= index
    # Tables keep their dependency order inside each batch.
    order = [t.name for t in Base.metadata.sorted_tables]
    for batch in batches:
        names = list(batch)
        assert names == sorted(names, key=order.index)
