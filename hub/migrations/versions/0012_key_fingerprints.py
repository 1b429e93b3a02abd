"""the pseudonym key's fingerprint, so that a machine with another key is refused

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-09 10:00:00

The table starts empty: a migration does not know the key. The first process that uses the database
after it stores the fingerprint of its key (`hub.services.key_fingerprints`), `hub db upgrade` first.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply."""
    op.create_table(
        "key_fingerprints",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_key_fingerprints")),
    )


def downgrade() -> None:
    """Revert."""
    op.drop_table("key_fingerprints")
