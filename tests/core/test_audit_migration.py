"""Migration 0003: the old hash chain's rows become the Merkle tree's first leaves, checked first."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from alembic import command
from flask import Flask
from flask.testing import FlaskCliRunner

from hub.cli import cli
from hub.errors import HubError
from hub.extensions import db
from hub.services import audit_verify, schema, sequencer
from hub.signing import signer

# The chain as the hub wrote it before 0003, restated here from its definition: each row hashes the
# previous row's hash with its own fields (JSON, sorted keys, no spaces), starting from 64 zeros.
GENESIS = "0" * 64
CHAIN = sa.table(
    "audit_events",
    sa.column("id", sa.Integer()),
    sa.column("occurred_at", sa.DateTime(timezone=True)),
    sa.column("actor", sa.String()),
    sa.column("action", sa.String()),
    sa.column("subject", sa.String()),
    sa.column("detail", sa.JSON()),
    sa.column("prev_hash", sa.String()),
    sa.column("hash", sa.String()),
)
BEFORE = "0002"  # the revision the Merkle log's migration follows
START = datetime(2026, 9, 1, 8, 0, 0, tzinfo=UTC)


def chain_hash(prev: str, moment: datetime, actor: str, action: str, subject: str, detail: object) -> str:
    wall = moment.astimezone(UTC).replace(tzinfo=None).isoformat()
    body = json.dumps([prev, wall, actor, action, subject, detail], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(body.encode()).hexdigest()


def to_revision(app: Flask, revision: str, down: bool = False) -> None:
    with app.app_context(), db.engine.begin() as connection:
        config = schema.alembic_config(db.engine)
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def write_chain(app: Flask, count: int, tamper_at: int | None = None) -> None:
    prev = GENESIS
    with app.app_context(), db.engine.begin() as connection:
        for i in range(1, count + 1):
            row = {
                "id": i,
                "occurred_at": START + timedelta(minutes=i),
                "actor": "cli",
                "action": "agreement.loaded",
                "subject": f"agreement:{i}",
                "detail": {"name": f"Aftale {i}"},
            }
            digest = chain_hash(
                prev, *(row[k] for k in ("occurred_at", "actor", "action", "subject", "detail"))
            )
            if i == tamper_at:
                row["detail"] = {"name": "changed afterwards"}
            connection.execute(sa.insert(CHAIN).values(**row, prev_hash=prev, hash=digest))
            prev = digest


def revision_of(app: Flask) -> str:
    with app.app_context(), db.engine.connect() as connection:
        return str(connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one())


def test_the_chain_becomes_the_first_leaves_in_id_order(backend_app: Flask) -> None:
    to_revision(backend_app, BEFORE, down=True)
    write_chain(backend_app, 5)
    to_revision(backend_app, "head")
    with backend_app.app_context():
        session = db.state(backend_app).sessions()
        try:
            assert sequencer.integrate(session).integrated == 5
        finally:
            session.close()
        placed = db.session.execute(sa.text("SELECT position, event_id FROM audit_leaves ORDER BY position"))
        assert [tuple(r) for r in placed] == [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)]
        result = audit_verify.verify(db.session, signer(backend_app))
        assert result.intact and result.size == 5


def test_a_broken_chain_stops_the_upgrade_and_changes_nothing(backend_app: Flask) -> None:
    to_revision(backend_app, BEFORE, down=True)
    write_chain(backend_app, 4, tamper_at=3)
    result = FlaskCliRunner(backend_app).invoke(cli, ["db", "upgrade"])
    assert result.exit_code == 2
    assert "error: the audit chain is broken at event 3" in result.output
    assert "fejl: revisionskæden er brudt ved hændelse 3" in result.output
    assert "Traceback" not in result.output
    assert revision_of(backend_app) == BEFORE
    with pytest.raises(HubError):
        to_revision(backend_app, "head")


def test_downgrading_chains_every_entry_again(backend_app: Flask) -> None:
    to_revision(backend_app, BEFORE, down=True)
    write_chain(backend_app, 3)
    to_revision(backend_app, "head")
    to_revision(backend_app, BEFORE, down=True)
    with backend_app.app_context(), db.engine.connect() as connection:
        rows = connection.execute(sa.select(CHAIN).order_by(CHAIN.c.id)).all()
    prev = GENESIS
    for row in rows:
        assert row.prev_hash == prev
        assert row.hash == chain_hash(prev, row.occurred_at, row.actor, row.action, row.subject, row.detail)
        prev = row.hash
    assert len(rows) == 3
