"""What a bundle notes of its records, held compactly, gives back what the sets of strings gave: the
log subjects each once in string order, and each original's records in order; and the records read a
few placements at a time come in the order they came in when read a whole group at a time."""

from __future__ import annotations

import json
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select

from hub.extensions import db
from hub.models import Placement
from hub.services import bundle_records
from hub.services.bundle_contents import Contents, PeriodRecords


def _version(record: int, submission: int, sha256: str, enclosed: bool = True) -> dict[str, Any]:
    return {
        "record_id": record,
        "submission_id": submission,
        "document": {"sha256": sha256, "enclosed": enclosed},
    }


def test_the_subjects_are_those_the_sets_of_strings_gave_in_their_order() -> None:
    contents = Contents()
    noted = [(9, 100), (9, 100), (10, 100), (100, 11), (11, 2), (2, 11), (1000, 100)]
    for record, submission in noted:
        contents.note(_version(record, submission, "ab" * 32))
    old_way = {f"record:{r}" for r, _ in noted} | {f"submission:{s}" for _, s in noted}
    assert list(contents.subjects()) == sorted(old_way)
    assert contents.versions == len(noted)


def test_each_original_lists_its_records_once_in_order_and_the_originals_by_hash() -> None:
    contents = Contents()
    low, high = "0f" + "00" * 31, "a0" + "ff" * 31
    for record, sha256 in [(5, high), (5, high), (3, high), (7, low), (8, "cd" * 32)]:
        contents.note(_version(record, 1, sha256))
    contents.note(_version(9, 1, "cd" * 32, enclosed=False))  # a company's form: not the bundle's
    withheld = _version(4, 1, low, enclosed=False)
    withheld["document"]["withheld"] = "cpr_masked"  # listed, not carried: still cited
    contents.note(withheld)
    assert list(contents.documents.items()) == [(low, [4, 7]), (high, [3, 5]), ("cd" * 32, [8])]
    assert len(contents.documents) == 3
    assert high in contents.documents


def test_records_come_in_the_same_order_however_many_placements_are_read_at_once(
    lived_demo: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A group of BATCH placements read in one query (as before) or FETCH at a time: the same lines."""
    with lived_demo.app_context():
        # Newest first, so that each group's own order (by placement id) differs from the order given.
        ids = list(db.session.scalars(select(Placement.id).order_by(Placement.id.desc())))
        assert len(ids) > 4
        monkeypatch.setattr(bundle_records, "BATCH", 3)

        def lines(fetch: int) -> list[str]:
            monkeypatch.setattr(bundle_records, "FETCH", fetch)
            versions = bundle_records.versions(db.session, ids, "masked")
            return [json.dumps(v, sort_keys=True, default=str) for v in versions]

        whole_groups = lines(3)
        assert len(whole_groups) > len(ids)
        assert lines(1) == lines(2) == whole_groups


def test_the_period_records_each_once_with_the_newest_version_read() -> None:
    noted = PeriodRecords()
    for placement, record, version in [(1, 10, 1), (1, 11, 2), (1, 10, 3), (1, 10, 2), (2, 20, 1)]:
        noted.add(placement, record, version)
    assert noted.upto([1]) == {10: 3, 11: 2}
    assert noted.upto([2, 3]) == {20: 1}
    assert noted._of[1].tolist() == [10, 3, 11, 2]  # record 10 kept once, not once per citation
