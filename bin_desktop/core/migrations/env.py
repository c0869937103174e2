"""Alembic environment: always called with a live connection by migrations.runner."""

from __future__ import annotations

from alembic import context

from bin_desktop.core.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("BIN Desk migrations run through bin_desktop.core.migrations.runner")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
)
with context.begin_transaction():
    context.run_migrations()
