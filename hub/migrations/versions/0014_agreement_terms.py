"""the versions of each agreement's payment terms, each with the days it is in effect

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 02:00:00

One new table. Each agreement stored before it gets one version, its present terms, in effect since
always: the hub kept no older terms to tell otherwise (decision 0063).
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply, and backfill one version per agreement."""
    terms = op.create_table(
        "agreement_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.String(length=64), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("basis", sa.String(length=32), nullable=False),
        sa.Column("hourly_rate_dkk", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("hours_per_week", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("places", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_terms_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_terms")),
    )
    op.create_index(
        op.f("ix_agreement_terms_agreement_id"), "agreement_terms", ["agreement_id"], unique=False
    )
    bind = op.get_bind()
    agreements = sa.table(
        "agreements",
        sa.column("id", sa.String()),
        sa.column("payment_basis", sa.String()),
        sa.column("hourly_rate_dkk", sa.Numeric(10, 2)),
        sa.column("hours_per_week", sa.Numeric(6, 2)),
    )
    members = sa.table(
        "agreement_municipalities",
        sa.column("agreement_id", sa.String()),
        sa.column("municipality_code", sa.String()),
        sa.column("places", sa.Integer()),
    )
    places: dict[str, dict[str, int | None]] = {}
    for agreement_id, code, allotted in bind.execute(sa.select(members)):
        places.setdefault(agreement_id, {})[code] = allotted
    now = datetime.now(UTC)
    rows = [
        {
            "agreement_id": row.id,
            "valid_from": None,
            "valid_to": None,
            "basis": row.payment_basis,
            "hourly_rate_dkk": row.hourly_rate_dkk,
            "hours_per_week": row.hours_per_week,
            "places": places.get(row.id, {}),
            "created_at": now,
        }
        for row in bind.execute(sa.select(agreements).order_by(agreements.c.id))
    ]
    if rows:
        op.bulk_insert(terms, rows)


def downgrade() -> None:
    """Revert (the versions before the present ones are lost)."""
    op.drop_index(op.f("ix_agreement_terms_agreement_id"), table_name="agreement_terms")
    op.drop_table("agreement_terms")
