"""a partial index on the submissions not final, for the list of unfinished work (decision 0030, stop 49)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05 02:10:00

`GET /api/submissions?final=false`, which a job centre's queue monitor polls, filters on
`status NOT IN (the final states)`: no index on `status` serves a NOT IN, so at a million submissions,
almost all final, each poll counted and sorted by reading the whole table. This index holds only the few
hundred not final, in the lists' order (`created_at`, then `id`: `submission_status.page_of`). The
predicate is written out, not taken from `FINAL_STATES`: a migration stays as it ran, and a later state
would come with a migration of its own. PostgreSQL and SQLite both build partial indexes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

UNFINISHED = "status NOT IN ('accepted', 'partial', 'rejected', 'failed')"


def upgrade() -> None:
    """Apply."""
    op.create_index(
        "ix_submissions_unfinished",
        "submissions",
        ["created_at", "id"],
        unique=False,
        postgresql_where=sa.text(UNFINISHED),
        sqlite_where=sa.text(UNFINISHED),
    )


def downgrade() -> None:
    """Revert."""
    op.drop_index("ix_submissions_unfinished", table_name="submissions")
