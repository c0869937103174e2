"""gateways

Revision ID: 0007_gateways
Revises: 0006_deliveries
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_gateways"
down_revision: str | None = "0006_deliveries"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "gateway_config",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("security", sa.String(length=16), server_default="", nullable=False),
        sa.Column("sender", sa.String(length=254), server_default="", nullable=False),
        sa.Column("channels", sa.JSON(), server_default="[]", nullable=False),
        sa.Column("batch_size", sa.Integer(), server_default="100", nullable=False),
        sa.Column("rate_per_second", sa.Float(), nullable=True),
        sa.Column("test_mode", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )


def downgrade() -> None:

    op.drop_table("gateway_config")
