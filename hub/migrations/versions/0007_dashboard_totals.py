"""the dashboards' running totals, their fingerprint, and the indexes of the capped lists (decision 0017)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 14:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


# The dashboard lists' orders, ties broken by placement id: LIMIT 20 reads 20 index entries.
INDEXES = (
    ("ending", ["last_day"]),
    ("own_ending", ["municipality_code", "last_day"]),
    ("running", ["start"]),
    ("own_running", ["municipality_code", "start"]),
)


def _key() -> list[sa.Column[str]]:
    """The agreement and municipality columns each table starts with (new objects for each table)."""
    return [
        sa.Column("agreement_id", sa.String(length=64), nullable=False),
        sa.Column("municipality_code", sa.String(length=3), nullable=False),
    ]


def upgrade() -> None:
    """Apply. The totals start empty and no fingerprint is stored, so the first page of each agreement
    has its summaries rebuilt (`hub dashboard rebuild` does it at once)."""
    op.create_table(
        "occupancy_days",
        *_key(),
        sa.Column("p_number", sa.String(length=10), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("starts", sa.Integer(), nullable=False),
        sa.Column("ends", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "agreement_id", "municipality_code", "p_number", "day", name=op.f("pk_occupancy_days")
        ),
    )
    op.create_index("ix_occupancy_days_agreement_day", "occupancy_days", ["agreement_id", "day"])
    op.create_table(
        "occupancy_months",
        *_key(),
        sa.Column("p_number", sa.String(length=10), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("starts", sa.Integer(), nullable=False),
        sa.Column("ends", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "agreement_id", "municipality_code", "p_number", "month", name=op.f("pk_occupancy_months")
        ),
    )
    op.create_table(
        "dashboard_month_totals",
        *_key(),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("granted_hours", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("delivered_hours", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("claimable_hours", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("amount_dkk", sa.Numeric(precision=16, scale=2), nullable=False),
        sa.Column("with_gaps", sa.Integer(), nullable=False),
        sa.Column("with_missing", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "agreement_id", "municipality_code", "month", name=op.f("pk_dashboard_month_totals")
        ),
    )
    op.create_table(
        "dashboard_outcome_totals",
        *_key(),
        sa.Column("ended", sa.Boolean(), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("benefit_row", sa.String(length=64), nullable=False),
        sa.Column("male", sa.Boolean(), nullable=False),
        sa.Column("under_30", sa.Boolean(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "agreement_id",
            "municipality_code",
            "ended",
            "outcome",
            "benefit_row",
            "male",
            "under_30",
            name=op.f("pk_dashboard_outcome_totals"),
        ),
    )
    op.create_table(
        "dashboard_states",
        sa.Column("agreement_id", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("agreement_id", name=op.f("pk_dashboard_states")),
    )
    summaries = "placement_summaries"
    for name, columns in INDEXES:
        op.create_index(
            f"ix_placement_summaries_{name}", summaries, ["agreement_id", *columns, "placement_id"]
        )
    listed = ["agreement_id", "month", "municipality_code", "placement_id"]
    for name, where in (("missing", "missing > 0"), ("gaps", "gaps > 0")):
        op.create_index(
            f"ix_placement_months_{name}",
            "placement_months",
            listed,
            postgresql_where=sa.text(where),
            sqlite_where=sa.text(where),
        )


def downgrade() -> None:
    """Revert."""
    op.drop_index("ix_placement_months_gaps", "placement_months")
    op.drop_index("ix_placement_months_missing", "placement_months")
    for name, _ in INDEXES:
        op.drop_index(f"ix_placement_summaries_{name}", "placement_summaries")
    for table in ("dashboard_states", "dashboard_outcome_totals", "dashboard_month_totals"):
        op.drop_table(table)
    op.drop_table("occupancy_months")
    op.drop_table("occupancy_days")
