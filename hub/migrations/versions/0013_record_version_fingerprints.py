"""what made each record version: the reading its document was read with and the mapping of its record

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 15:00:00

Two plain columns, added in place on both databases. Versions stored before them name neither: the hub
cannot tell afterwards which code read or mapped them, and says so (decision 0023).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply."""
    op.add_column("record_versions", sa.Column("read_with", sa.String(length=64), nullable=True))
    op.add_column("record_versions", sa.Column("mapped_with", sa.String(length=64), nullable=True))


def downgrade() -> None:
    """Revert (SQLite 3.35 or newer drops a column in place)."""
    op.drop_column("record_versions", "mapped_with")
    op.drop_column("record_versions", "read_with")
