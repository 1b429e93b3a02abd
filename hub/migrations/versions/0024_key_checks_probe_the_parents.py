"""on PostgreSQL, the five keys' checks find the parents by their primary key, in one statement
(decision 0030, stop 61)

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-06 11:05:00

The triggers that keep five foreign keys once a statement (0015: provenance → record_versions; 0021:
placement_months and placement_summaries → placements, audit_pending and audit_leaves → audit_events)
joined the parent table to the statement's distinct ids. Guessing 200 ids, the planner answers that with a
hash join over the whole parent until the table is large, so on a young database every batch read every
version, placement and audit entry. Now the parents are asked for by primary key (`id = ANY(ARRAY(...))`),
and the provenance's check, which then looked every new row up again, is one statement as the others are.
The rules, the locks (FOR KEY SHARE of each parent named) and the errors (SQLSTATE 23503 with the key's
name) are the same. PostgreSQL only.
"""

from __future__ import annotations

from alembic import op

from hub.services import key_checks, provenance_checks

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply (PostgreSQL only; nothing on SQLite)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(provenance_checks.CHECK_IN_ONE_STATEMENT)
    for key in key_checks.KEYS:
        op.execute(key_checks.exist(key, key_checks.PROBED))


def downgrade() -> None:
    """Revert: 0015's two statements, 0021's join."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(provenance_checks.CHECK_IN_TWO_STATEMENTS)
    for key in key_checks.KEYS:
        op.execute(key_checks.exist(key, key_checks.JOINED))
