"""the version a document of one record repeats, when its content made no new one

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 07:00:00
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
    with op.batch_alter_table("submissions") as batch:
        batch.add_column(sa.Column("unchanged_version_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_submissions_unchanged_version_id_record_versions",
            "record_versions",
            ["unchanged_version_id"],
            ["id"],
        )


def downgrade() -> None:
    """Revert."""
    with op.batch_alter_table("submissions") as batch:
        batch.drop_constraint("fk_submissions_unchanged_version_id_record_versions", type_="foreignkey")
        batch.drop_column("unchanged_version_id")
