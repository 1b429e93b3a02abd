"""the adapter config a submission's outcome was reached with (issue 8, point 6)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 13:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply. Submissions stored before have none: sent again after a rejection, they are read again."""
    with op.batch_alter_table("submissions") as batch:
        batch.add_column(sa.Column("config_fingerprint", sa.String(length=64), nullable=True))


def downgrade() -> None:
    """Revert."""
    with op.batch_alter_table("submissions") as batch:
        batch.drop_column("config_fingerprint")
