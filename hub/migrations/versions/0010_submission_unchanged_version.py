"""the version a document of one record repeats, when its content made no new one

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 07:00:00

A plain column, no foreign key: SQLite adds a key to an existing table only by copying it, and the copy's
`DROP TABLE submissions` either fails (record versions name their submission) or, with
`submission_items`' ON DELETE CASCADE, empties that table. A column alone is added and dropped in place
on both databases. Record versions are never deleted, and only `normalise.store` writes the id it found.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply. Submissions settled before name none: they read as accepted, as they did."""
    op.add_column("submissions", sa.Column("unchanged_version_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    """Revert (SQLite 3.35 or newer drops a column in place)."""
    op.drop_column("submissions", "unchanged_version_id")
