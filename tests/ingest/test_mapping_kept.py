"""A run locked again after an early commit keeps its documents' mapping (decision 0030, "Stop 49").

When another worker holds a citizen below the highest this batch holds, the batch commits what it stored
and locks the run again in a transaction of its own (`link_ahead.lock_expected`). The run's documents
were mapped already; mapping them again was a third of a two-worker drain's mappings on a year's mix."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from sqlalchemy import select

from hub.extensions import db
from hub.models import RecordVersion
from hub.services import agreements, ingest, link_ahead, processing, settling

GOLDEN = ROOT / "tests" / "golden" / "gladsaxe"


def test_a_run_locked_again_is_not_mapped_again(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first lock of the batch finds a citizen taken (as another worker's would be): the batch
    commits early and locks again; each document is mapped once, stored once, in order."""
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        ids = [
            ingest.submit(db.session, (GOLDEN / n).read_bytes(), n, "gladsaxe", "test", "t").submission_id
            for n in ("placement_kontanthjaelp.pdf", "progress_report.pdf")
        ]
        prepared: Counter[int] = Counter()
        prepare, lock_expected = settling.prepare, link_ahead.lock_expected
        refused: list[bool] = []

        def counted(submission: Any, read: Any) -> Any:
            prepared[submission.id] += 1
            return prepare(submission, read)

        def taken_once(session: Any) -> bool:
            if not refused:
                refused.append(True)
                return False  # a citizen below the highest held is another worker's: commit, lock again
            return lock_expected(session)

        monkeypatch.setattr(settling, "prepare", counted)
        monkeypatch.setattr(link_ahead, "lock_expected", taken_once)
        statuses = processing.process_batch(db.session, ids, holder="w")
        assert statuses == dict.fromkeys(ids, "accepted")
        assert refused == [True]
        assert prepared == Counter(dict.fromkeys(ids, 1))
        versions = db.session.execute(select(RecordVersion.submission_id, RecordVersion.version)).all()
        assert sorted(versions) == [(ids[0], 1), (ids[1], 1)]
