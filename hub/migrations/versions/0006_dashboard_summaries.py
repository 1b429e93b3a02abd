"""the dashboards' per-placement and per-month summaries (decision 0017)

Revision ID: 0006
Revises: 0004
Create Date: 2026-11-30 10:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply. The tables start empty: `hub dashboard rebuild` fills them for records stored before."""
    op.create_table(
        "placement_summaries",
        sa.Column("placement_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("agreement_id", sa.String(length=64), nullable=False),
        sa.Column("municipality_code", sa.String(length=3), nullable=False),
        sa.Column("p_number", sa.String(length=10), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("ended", sa.Boolean(), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("days", sa.Integer(), nullable=True),
        sa.Column("male", sa.Boolean(), nullable=False),
        sa.Column("under_30", sa.Boolean(), nullable=False),
        sa.Column("benefit_row", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placements.id"],
            name=op.f("fk_placement_summaries_placement_id_placements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("placement_id", name=op.f("pk_placement_summaries")),
    )
    with op.batch_alter_table("placement_summaries", schema=None) as batch_op:
        batch_op.create_index("ix_placement_summaries_agreement_last_day", ["agreement_id", "last_day"])
    op.create_table(
        "placement_months",
        sa.Column("placement_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("agreement_id", sa.String(length=64), nullable=False),
        sa.Column("municipality_code", sa.String(length=3), nullable=False),
        sa.Column("active_days", sa.Integer(), nullable=False),
        sa.Column("granted_hours", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("delivered_hours", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("claimable_hours", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("amount_dkk", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("gaps", sa.Integer(), nullable=False),
        sa.Column("missing", sa.Integer(), nullable=False),
        sa.Column("problems", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placements.id"],
            name=op.f("fk_placement_months_placement_id_placements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("placement_id", "month", name=op.f("pk_placement_months")),
    )
    with op.batch_alter_table("placement_months", schema=None) as batch_op:
        batch_op.create_index("ix_placement_months_agreement_month", ["agreement_id", "month"])


def downgrade() -> None:
    """Revert."""
    op.drop_table("placement_months")
    op.drop_table("placement_summaries")
