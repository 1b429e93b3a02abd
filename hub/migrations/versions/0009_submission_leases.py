"""a worker's lease on the submission it processes (issue 9, point 1)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply. A submission left `processing` before has no lease: workers take it as run out."""
    with op.batch_alter_table("submissions") as batch:
        batch.add_column(sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("leased_by", sa.String(length=200), nullable=True))


def downgrade() -> None:
    """Revert."""
    with op.batch_alter_table("submissions") as batch:
        batch.drop_column("leased_by")
        batch.drop_column("lease_until")
