"""every API token expires (stop 49)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05 03:10:00

A token stopped only when revoked or its user deactivated: one leaked from a company's or an auditor's
system read personal data for ever. Each now has `expires_at`, after which it is refused
(`hub.services.api_tokens`). The tokens there are get a year from the day this migration runs, not from
when they were made: an old token cut off on the day of an upgrade would stop a case system without
warning. Added nullable, filled, then made NOT NULL (in batch: SQLite cannot alter a column in place).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

EXISTING_LIFETIME = timedelta(days=365)  # written out: a migration stays as it ran


def upgrade() -> None:
    """Apply."""
    op.add_column("api_tokens", sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))
    until = datetime.now(UTC) + EXISTING_LIFETIME
    # Typed, so that each database is handed the time in the form its column stores.
    when = sa.bindparam("until", until, type_=sa.DateTime(timezone=True))
    op.execute(sa.text("UPDATE api_tokens SET expires_at = :until").bindparams(when))
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.alter_column("expires_at", existing_type=sa.DateTime(timezone=True), nullable=False)


def downgrade() -> None:
    """Revert (SQLite 3.35 or newer drops a column in place)."""
    op.drop_column("api_tokens", "expires_at")
