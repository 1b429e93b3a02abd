"""a partial index on the forms that repeated a version unchanged (decision 0067, stop 50 (2))

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05 05:20:00

A form of one record whose content equals the record's current version stores no version, only
`submissions.unchanged_version_id`. Before it stores a correction, `received_order.newest_repeat` asks
whether such a form came in after the one being stored; from the record's versions to the submissions
naming one, which without an index read the whole table for every correction. Partial: only the few
forms that repeated a version, not the million that did not. PostgreSQL and SQLite both build it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

REPEATED = "unchanged_version_id IS NOT NULL"


def upgrade() -> None:
    """Apply."""
    op.create_index(
        "ix_submissions_unchanged_version",
        "submissions",
        ["unchanged_version_id"],
        unique=False,
        postgresql_where=sa.text(REPEATED),
        sqlite_where=sa.text(REPEATED),
    )


def downgrade() -> None:
    """Revert."""
    op.drop_index("ix_submissions_unchanged_version", table_name="submissions")
