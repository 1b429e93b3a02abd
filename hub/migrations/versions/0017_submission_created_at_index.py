"""an index on when each submission came in, for the lists newest first (decision 0042, stop 48)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 23:20:00

Every list of submissions (the API's, the upload page's, the company's page) is ordered by `created_at`
(`hub.services.submission_status.page_of`). Without an index, each page sorted every submission its
reader may see: on PostgreSQL with a million submissions, the first page of everything took 414 ms and
a municipality's 174 ms; with it 0.01 and 0.03 ms. Building it there took 0.6 s, during which writes to
`submissions` wait (a plain CREATE INDEX, as in every migration here).
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply."""
    op.create_index(op.f("ix_submissions_created_at"), "submissions", ["created_at"], unique=False)


def downgrade() -> None:
    """Revert."""
    op.drop_index(op.f("ix_submissions_created_at"), table_name="submissions")
