"""the refused submission a fixed file was sent for (decision 0062, stop 65: page-93)

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-06 22:30:00

A fixed file sent from a refused file's row on the upload page linked, by form, CPR and P-number, to the
earliest refused file of that citizen's form, not to the row pressed; a row whose form was not recognised
linked to nothing. The new submission now keeps the one it was sent for (`corrects_id`, NULL for all but
those), indexed only where set, as `waiting_since` is (0023). No foreign key: SQLite could add one only by
copying the table (as 0010's `unchanged_version_id`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

INDEX = "ix_submissions_corrects"
SET = "corrects_id IS NOT NULL"


def upgrade() -> None:
    """Apply."""
    op.add_column("submissions", sa.Column("corrects_id", sa.Integer(), nullable=True))
    where = sa.text(SET)
    op.create_index(INDEX, "submissions", ["corrects_id"], postgresql_where=where, sqlite_where=where)


def downgrade() -> None:
    """Revert."""
    op.drop_index(INDEX, table_name="submissions")
    op.drop_column("submissions", "corrects_id")
