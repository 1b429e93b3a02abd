"""when an unanswered Idempotency-Key claim was last renewed (decision 0016, stop 67: api-104)

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-07 04:10:00

On SQLite no lock outlives a statement, so a claim whose process died held its key for ten minutes when
several processes share the file. The process storing the upload now renews its claim's `renewed_at`
while it runs, and a claim not renewed for `HUB_IDEMPOTENCY_HOLD_SECONDS` is taken over. NULL until
first renewed (and always on PostgreSQL, whose claims are held by advisory locks).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply."""
    op.add_column("idempotency_keys", sa.Column("renewed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    """Revert."""
    with op.batch_alter_table("idempotency_keys") as batch:
        batch.drop_column("renewed_at")
