"""the index of the waiting submissions holds the waiting ones only (decision 0030, stop 61)

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06 11:00:00

`ix_submissions_waiting_since` (0016) indexed every submission, and almost none waits: the column is NULL
for all but the few follow-ups put back to wait (`awaiting`). A submission's UPDATEs cannot be HOT (each
changes `status`, which other indexes name), so every UPDATE writes an entry in every index of the table:
this one took four a form (the insert, the queueing, the claim, the outcome), all NULL. The one query
that reads it (`awaiting._WAITING`, after every batch) asks for `waiting_since IS NOT NULL`, which the
partial index answers alone. PostgreSQL and SQLite both build partial indexes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

INDEX = "ix_submissions_waiting_since"
WAITING = "waiting_since IS NOT NULL"


def upgrade() -> None:
    """Apply."""
    op.drop_index(INDEX, table_name="submissions")
    where = sa.text(WAITING)
    op.create_index(INDEX, "submissions", ["waiting_since"], postgresql_where=where, sqlite_where=where)


def downgrade() -> None:
    """Revert: every submission in the index again."""
    op.drop_index(INDEX, table_name="submissions")
    op.create_index(INDEX, "submissions", ["waiting_since"], unique=False)
