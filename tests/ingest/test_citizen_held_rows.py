"""A row of a document of many records whose citizen another worker holds: the batch never waits for it
while it holds another citizen's lock (decision 0030, "Stop 59: engine-68"). Such rows' citizens are
known only as each row is stored, so the batch could not try them ahead (`take_expected`); waiting there
while holding an earlier form's citizen could close a circle with a worker that holds the row's citizen
and waits for that one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from citizen_held_support import batch_while_held
from flask import Flask, current_app
from sqlalchemy import text
from test_link_ahead import GOLDEN, NAMES, _load, golden_record
from test_many_records import EXPORT, join_ishoej

from hub.extensions import db
from hub.services import batch_outcome, ingest, link_ahead


def test_a_row_whose_citizen_is_held_elsewhere_waits_only_once_the_batch_holds_no_lock(
    postgres_app: Flask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Gladsaxe placement form, then Ishøj's export (three citizens, a row each); another worker holds
    the export's first citizen. The batch locks the form's citizen and stores the form; the export's
    first row finds its citizen held: the batch commits the form, its citizen's lock with it, and only
    then waits for the row's citizen, so the other worker can take the form's citizen meanwhile. Once the
    other worker ends, the export is stored, every row."""
    monkeypatch.setattr(batch_outcome, "STALL_SECONDS", 600.0)  # commit points not left to the host's load
    with postgres_app.app_context():
        _load()
        join_ishoej(postgres_app, tmp_path)  # Ishøj joins the agreement `_load` loaded again
        secret = str(current_app.config["PSEUDONYM_KEY"])
        form = NAMES[0]
        # From each file's golden records, written by hand from the files.
        row_citizen = json.loads(EXPORT.with_suffix(".expected.json").read_text(encoding="utf-8"))[0]
        held = link_ahead.lock_number(link_ahead.pair_of(row_citizen, secret)[0])
        ours = link_ahead.lock_number(link_ahead.pair_of(golden_record(form), secret)[0])
        ids = [
            ingest.submit(db.session, (GOLDEN / form).read_bytes(), form, "gladsaxe", "t", "t").submission_id,
            ingest.submit(db.session, EXPORT.read_bytes(), EXPORT.name, "ishoej", "test", "t").submission_id,
        ]
        db.session.commit()
        meanwhile, took, done = batch_while_held(
            postgres_app,
            ids,
            held,
            # The other worker may take the form's citizen: the batch holds no lock while it waits.
            lambda other: other.execute(text("SELECT pg_try_advisory_xact_lock(:n)"), {"n": ours}).scalar(),
        )
        assert meanwhile == {ids[0]: "accepted", ids[1]: "processing"}
        assert took is True
        assert done == dict.fromkeys(ids, "accepted")
