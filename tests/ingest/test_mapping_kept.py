"""A document put off keeps its mapping (decision 0030, "Stop 49" and "Stop 57").

When another worker holds a document's citizen, the batch puts it off to its end, commits what it stored
and locks its citizen again in a transaction of its own (`link_ahead.take_expected`). The document was
mapped already; mapping it again was a third of a two-worker drain's mappings on a year's mix."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask, current_app
from sqlalchemy import select
from test_link_ahead import golden_record

from hub.adapters.readers import READ_OPTIONS, extract
from hub.extensions import db
from hub.models import RecordVersion, Submission
from hub.services import (
    agreements,
    documents,
    ingest,
    link_ahead,
    processing,
    settling,
    submission_adapter,
)

GOLDEN = ROOT / "tests" / "golden" / "gladsaxe"


def test_a_document_put_off_is_not_mapped_again(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first lock of the batch finds its citizen taken (as another worker's would be): both forms
    about that citizen are put off and stored after a commit; each is mapped once, stored once, in
    order."""
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        ids = [
            ingest.submit(db.session, (GOLDEN / n).read_bytes(), n, "gladsaxe", "test", "t").submission_id
            for n in ("placement_kontanthjaelp.pdf", "progress_report.pdf")
        ]
        prepared: Counter[int] = Counter()
        prepare, take_expected = settling.prepare, link_ahead.take_expected
        secret = str(current_app.config["PSEUDONYM_KEY"])
        citizen = link_ahead.pair_of(golden_record("placement_kontanthjaelp.pdf"), secret)[0]
        refused: list[bool] = []

        def counted(submission: Any, read: Any) -> Any:
            prepared[submission.id] += 1
            return prepare(submission, read)

        def taken_once(session: Any) -> set[str]:
            if not refused:
                refused.append(True)
                return {citizen}  # another worker's: put off, stored after a commit
            return take_expected(session)

        monkeypatch.setattr(settling, "prepare", counted)
        monkeypatch.setattr(link_ahead, "take_expected", taken_once)
        statuses = processing.process_batch(db.session, ids, holder="w")
        assert statuses == dict.fromkeys(ids, "accepted")
        assert refused == [True]
        assert prepared == Counter(dict.fromkeys(ids, 1))
        versions = db.session.execute(select(RecordVersion.submission_id, RecordVersion.version)).all()
        assert sorted(versions) == [(ids[0], 1), (ids[1], 1)]


def test_a_documents_adapter_is_looked_up_once_to_map_it(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    """Recognising and mapping a document of one record finds its sender's adapter once, and maps with
    it (decision 0030, "Stop 72: cpu-123"): at stop 71 the mapping looked it up a second time."""
    name = "placement.csv"
    data = (ROOT / "tests" / "golden" / "herlev" / name).read_bytes()
    with app.app_context():
        submission_id = ingest.submit(db.session, data, name, "herlev", "test", "t").submission_id
        submission = db.session.get(Submission, submission_id)
        assert submission is not None
        looked: list[int] = []
        adapter_of = submission_adapter.adapter_of

        def counted(asked: Submission) -> Any:
            looked.append(asked.id)
            return adapter_of(asked)

        monkeypatch.setattr(submission_adapter, "adapter_of", counted)
        prepared = documents.prepare(submission, extract(data, name, READ_OPTIONS), data)
        assert prepared.canonical is not None and prepared.canonical.record["citizen"]["cpr"]
        assert looked == [submission_id]
