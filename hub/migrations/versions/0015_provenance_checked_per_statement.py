"""on PostgreSQL, a provenance row's version checked once a statement, not by a foreign key a row

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 04:40:00

PostgreSQL checks a foreign key with a query and a row lock for every row inserted: half of the server's
CPU for a provenance row, some seventeen rows a form (decision 0030, stop 42). Here the same rules are
kept by statement-level triggers (`hub.services.provenance_checks`): an inserted or updated row must name
a version that exists (the versions locked as the key would lock them), a deleted version takes its
provenance with it (ON DELETE CASCADE), and a version's id is never changed while named. SQLite keeps
the foreign key, which costs it little.
"""

from __future__ import annotations

from alembic import op

from hub.services import provenance_checks

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

FK = "fk_provenance_record_version_id_record_versions"


def upgrade() -> None:
    """Apply (PostgreSQL only; nothing on SQLite)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_constraint(FK, "provenance", type_="foreignkey")
    for statement in provenance_checks.CREATE:
        op.execute(statement)


def downgrade() -> None:
    """Revert: the triggers dropped, the foreign key back (validated against every row)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in provenance_checks.DROP:
        op.execute(statement)
    op.create_foreign_key(
        FK, "provenance", "record_versions", ["record_version_id"], ["id"], ondelete="CASCADE"
    )
