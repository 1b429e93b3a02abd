"""on PostgreSQL, four more foreign keys checked once a statement, not a row (decision 0030, stop 60)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06 07:45:00

`placement_months` and `placement_summaries` → `placements` (ON DELETE CASCADE), `audit_pending` and
`audit_leaves` → `audit_events` (NO ACTION): some twelve rows a form, each checked by its key with a query
and a row lock. Here the same rules are kept by statement-level triggers (`hub.services.key_checks`), as
migration 0015 did for the provenance's key. SQLite keeps the foreign keys, which cost it little.
"""

from __future__ import annotations

from alembic import op

from hub.services import key_checks

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply (PostgreSQL only; nothing on SQLite)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for key in key_checks.KEYS:
        op.drop_constraint(key.name, key.child, type_="foreignkey")
        for statement in key_checks.create(key):
            op.execute(statement)


def downgrade() -> None:
    """Revert: the triggers dropped, the foreign keys back (validated against every row)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for key in reversed(key_checks.KEYS):
        for statement in key_checks.drop(key):
            op.execute(statement)
        ondelete = "CASCADE" if key.cascade else None
        op.create_foreign_key(key.name, key.child, key.parent, [key.column], ["id"], ondelete=ondelete)
