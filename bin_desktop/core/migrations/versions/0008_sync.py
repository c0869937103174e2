"""sync: per-device sequence and causal context of operations, the hub sequence, conflicts

Revision ID: 0008_sync
Revises: 0007_gateways
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_sync"
down_revision: str | None = "0007_gateways"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("operation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("device_seq", sa.Integer(), nullable=False,
                                      server_default="0"))
        batch_op.add_column(sa.Column("seen_seq", sa.Integer(), nullable=False,
                                      server_default="0"))
        batch_op.add_column(sa.Column("hub_seq", sa.Integer(), nullable=True))
    connection = op.get_bind()
    # Backfill: number each device's operations in the order it made them (HLC order is the
    # commit order on one device: writers are serialised by BEGIN IMMEDIATE).
    connection.execute(sa.text(
        "UPDATE operation SET device_seq = (SELECT n FROM (SELECT op_id, ROW_NUMBER() OVER "
        "(PARTITION BY device_id ORDER BY hlc, op_id) AS n FROM operation) AS numbered "
        "WHERE numbered.op_id = operation.op_id)"))
    connection.execute(sa.text(
        "INSERT INTO device_state (key, value) SELECT 'device_seq', CAST(COUNT(*) AS TEXT) "
        "FROM operation WHERE device_id = (SELECT value FROM device_state "
        "WHERE key = 'device_id') AND EXISTS (SELECT 1 FROM device_state "
        "WHERE key = 'device_id')"))
    with op.batch_alter_table("operation", schema=None) as batch_op:
        batch_op.create_index("ix_operation_device_seq", ["device_id", "device_seq"],
                              unique=True)
        batch_op.create_index("ix_operation_hub_seq", ["hub_seq"], unique=False)
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("network_id", sa.String(length=36), nullable=True),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("rule", sa.String(length=16), nullable=False),
        sa.Column("winner_op", sa.String(length=36), nullable=False),
        sa.Column("loser_op", sa.String(length=36), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflict_entity", ["entity_id"], unique=False)


def downgrade() -> None:
    op.drop_table("sync_conflict")
    with op.batch_alter_table("operation", schema=None) as batch_op:
        batch_op.drop_index("ix_operation_hub_seq")
        batch_op.drop_index("ix_operation_device_seq")
        batch_op.drop_column("hub_seq")
        batch_op.drop_column("seen_seq")
        batch_op.drop_column("device_seq")
    op.execute("DELETE FROM device_state WHERE key = 'device_seq'")
