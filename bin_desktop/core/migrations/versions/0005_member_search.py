"""member search

Revision ID: 0005_member_search
Revises: 0004_messages
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_member_search"
down_revision: str | None = "0004_messages"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "member_search",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("network_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("member_id"),
    )
    with op.batch_alter_table("member_search", schema=None) as batch_op:
        batch_op.create_index("ix_member_search_network", ["network_id"], unique=False)

    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index(
            "ix_member_network_name", ["network_id", "full_name", "id"], unique=False
        )
    # Backfill: the search text of every member already on record (folded in Python, the
    # same function the application uses).
    from bin_desktop.core.store.search import member_text  # noqa: PLC0415

    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT id, network_id, full_name, street, email, phone_e164 FROM member "
            "WHERE deleted = 0"
        )
    ).all()
    if rows:
        connection.execute(
            sa.text(
                "INSERT INTO member_search (member_id, network_id, text) "
                "VALUES (:member_id, :network_id, :text)"
            ),
            [
                {"member_id": r[0], "network_id": r[1], "text": member_text(r[2], r[3], r[4], r[5])}
                for r in rows
            ],
        )


def downgrade() -> None:

    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index("ix_member_network_name")

    with op.batch_alter_table("member_search", schema=None) as batch_op:
        batch_op.drop_index("ix_member_search_network")

    op.drop_table("member_search")
