"""Alembic environment: runs with the connection handed over by `hub.services.schema`."""

from __future__ import annotations

from alembic import context

from hub.models import Base
from hub.services import key_checks

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `hub db upgrade`, which provides the connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode copies the table instead, on every backend alike.
    render_as_batch=True,
    compare_type=True,
    # Keys kept by triggers on PostgreSQL (migrations 0015, 0021): not differences to autogenerate.
    include_object=key_checks.include_object(connection.dialect.name),
)
with context.begin_transaction():
    context.run_migrations()
