"""when a submission began waiting for what another submission may still bring (decision 0030, stop 46)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 18:30:00

A follow-up form whose placement is not stored yet, while a submission of its sender that could hold the
placement is not final, is put back in the queue to wait rather than rejected (`hub.services.awaiting`).
A plain column, added in place on both databases, and an index: the workers look for the waiting ones
after every batch. Submissions settled before waited for nothing: none is set.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply."""
    op.add_column("submissions", sa.Column("waiting_since", sa.DateTime(timezone=True), nullable=True))
    op.create_index(op.f("ix_submissions_waiting_since"), "submissions", ["waiting_since"], unique=False)


def downgrade() -> None:
    """Revert (SQLite 3.35 or newer drops a column in place)."""
    op.drop_index(op.f("ix_submissions_waiting_since"), table_name="submissions")
    op.drop_column("submissions", "waiting_since")
