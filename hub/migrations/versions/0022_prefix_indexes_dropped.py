"""three indexes dropped that are the leading columns of another on the same table (decision 0030, stop 60)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06 08:00:00

`ix_records_form_type` (form_type) is the prefix of `uq_records_form_type_identity`,
`ix_record_versions_record_id` (record_id) of `uq_record_versions_record_id_version`, and
`ix_placement_summaries_agreement_last_day` (agreement_id, last_day) of `ix_placement_summaries_ending`.
Each cost an index entry (and its WAL) for every row stored; every query that read one reads the wider
index in the same plan, with as many pages read (EXPLAIN on a drained database, before and after). On
PostgreSQL and SQLite alike.
"""

from __future__ import annotations

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

DROPPED = (
    ("ix_records_form_type", "records", ["form_type"]),
    ("ix_record_versions_record_id", "record_versions", ["record_id"]),
    ("ix_placement_summaries_agreement_last_day", "placement_summaries", ["agreement_id", "last_day"]),
)


def upgrade() -> None:
    """Apply."""
    for name, table, _columns in DROPPED:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    """Revert."""
    for name, table, columns in DROPPED:
        op.create_index(name, table, columns, unique=False)
