"""the audit log becomes a Merkle tree

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 07:43:36

The hash chain's rows become the tree's first leaves, in id order: the chain is checked here, then each
row is put in the sequencer's inbox, which integrates them on its first run (the migration holds no key
to sign with). A broken chain stops the upgrade, so that no tampering is sealed into the tree. The chain
code below is a frozen copy of the old `hub.services.audit`: a migration must not change with the app.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from hub.errors import HubError

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
events = sa.table(
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


def _stamp(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat()


def _digest(prev_hash: str, row: Any) -> str:
    body = json.dumps(
        [prev_hash, _stamp(row.occurred_at), row.actor, row.action, row.subject, row.detail],
        sort_keys=True,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(body.encode()).hexdigest()


def _check_chain(connection: sa.Connection) -> None:
    prev_hash = GENESIS
    for row in connection.execute(sa.select(events).order_by(events.c.id)):
        if row.prev_hash != prev_hash or row.hash != _digest(prev_hash, row):
            raise HubError(
                f"the audit chain is broken at event {row.id}: it was changed after it was written; "
                "the upgrade to the Merkle log stopped so as not to seal it (nothing was changed)",
                f"revisionskæden er brudt ved hændelse {row.id}: den er ændret efter den blev skrevet; "
                "opgraderingen til Merkle-loggen standsede for ikke at forsegle den (intet er ændret)",
            )
        prev_hash = row.hash


def upgrade() -> None:
    """Apply."""
    connection = op.get_bind()
    _check_chain(connection)
    # First, while nothing refers to it: on SQLite batch mode copies the table and drops the old one.
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_events_hash"), type_="unique")
        batch_op.drop_constraint(batch_op.f("uq_audit_events_prev_hash"), type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
    op.create_table(
        "audit_checkpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tree_size", sa.Integer(), nullable=False),
        sa.Column("root_hash", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_checkpoints")),
    )
    with op.batch_alter_table("audit_checkpoints", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_checkpoints_tree_size"), ["tree_size"], unique=False)

    op.create_table(
        "audit_nodes",
        sa.Column("level", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("idx", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("level", "idx", name=op.f("pk_audit_nodes")),
    )
    op.create_table(
        "audit_leaves",
        sa.Column("position", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["audit_events.id"], name=op.f("fk_audit_leaves_event_id_audit_events")
        ),
        sa.PrimaryKeyConstraint("position", name=op.f("pk_audit_leaves")),
        sa.UniqueConstraint("event_id", name=op.f("uq_audit_leaves_event_id")),
    )
    op.create_table(
        "audit_pending",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["audit_events.id"], name=op.f("fk_audit_pending_event_id_audit_events")
        ),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_audit_pending")),
    )
    # The sequencer takes its inbox in id order, so the chain's rows become leaves 0, 1, 2, ... in order.
    op.execute("INSERT INTO audit_pending (event_id) SELECT id FROM audit_events")


def downgrade() -> None:
    """Revert: every entry, in id order, is chained again (the tree and its checkpoints are dropped)."""
    # The tree's tables go first: on SQLite batch mode cannot copy a table that others still refer to.
    op.drop_table("audit_pending")
    op.drop_table("audit_leaves")
    op.drop_table("audit_nodes")
    with op.batch_alter_table("audit_checkpoints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_checkpoints_tree_size"))
    op.drop_table("audit_checkpoints")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.VARCHAR(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.VARCHAR(length=64), nullable=True))
    connection = op.get_bind()
    prev_hash = GENESIS
    for row in connection.execute(sa.select(events).order_by(events.c.id)).all():
        digest = _digest(prev_hash, row)
        connection.execute(
            events.update().where(events.c.id == row.id).values(prev_hash=prev_hash, hash=digest)
        )
        prev_hash = digest
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.alter_column("prev_hash", existing_type=sa.VARCHAR(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.VARCHAR(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_audit_events_prev_hash"), ["prev_hash"])
        batch_op.create_unique_constraint(batch_op.f("uq_audit_events_hash"), ["hash"])
