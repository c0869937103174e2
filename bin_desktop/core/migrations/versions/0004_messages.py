"""messages as CAP

Revision ID: 0004_messages
Revises: 0003_member_lists
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_messages"
down_revision: str | None = "0003_member_lists"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "message_approval",
        sa.Column("message_id", sa.String(length=36), nullable=False),
        sa.Column("approved_by", sa.String(length=36), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=False),
        sa.Column("verdict", sa.String(length=8), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["approved_by"],
            ["operator.id"],
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["message.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("message_approval", schema=None) as batch_op:
        batch_op.create_index("ix_message_approval_message", ["message_id"], unique=False)

    with op.batch_alter_table("message", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("msg_type", sa.String(length=8), server_default="alert", nullable=False)
        )
        batch_op.add_column(sa.Column("references_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("channels", sa.JSON(), server_default="[]", nullable=False))
        batch_op.add_column(sa.Column("incident_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("expires_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("severity", sa.String(length=10), server_default="Moderate", nullable=False)
        )
        batch_op.add_column(
            sa.Column("certainty", sa.String(length=10), server_default="Observed", nullable=False)
        )

    with op.batch_alter_table("zone", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("four_eyes_normal", sa.Boolean(), server_default="1", nullable=False)
        )
        batch_op.add_column(
            sa.Column("feedback_days", sa.Integer(), server_default="7", nullable=False)
        )
        batch_op.add_column(
            sa.Column("max_sms_segments", sa.Integer(), server_default="3", nullable=False)
        )
        batch_op.add_column(
            sa.Column("disabled_rules", sa.JSON(), server_default="[]", nullable=False)
        )
        batch_op.add_column(
            sa.Column("own_numbers", sa.JSON(), server_default="[]", nullable=False)
        )


def downgrade() -> None:

    with op.batch_alter_table("zone", schema=None) as batch_op:
        batch_op.drop_column("own_numbers")
        batch_op.drop_column("disabled_rules")
        batch_op.drop_column("max_sms_segments")
        batch_op.drop_column("feedback_days")
        batch_op.drop_column("four_eyes_normal")

    with op.batch_alter_table("message", schema=None) as batch_op:
        batch_op.drop_column("certainty")
        batch_op.drop_column("severity")
        batch_op.drop_column("expires_at")
        batch_op.drop_column("incident_at")
        batch_op.drop_column("channels")
        batch_op.drop_column("references_id")
        batch_op.drop_column("msg_type")

    with op.batch_alter_table("message_approval", schema=None) as batch_op:
        batch_op.drop_index("ix_message_approval_message")

    op.drop_table("message_approval")
