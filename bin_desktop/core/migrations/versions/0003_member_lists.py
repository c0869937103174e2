"""member lists

Revision ID: 0003_member_lists
Revises: 0002_charter_documents
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_member_lists"
down_revision: str | None = "0002_charter_documents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "member_import",
        sa.Column("network_id", sa.String(length=36), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("sheet", sa.String(length=100), nullable=True),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("imported_on", sa.Date(), nullable=False),
        sa.Column("imported_by", sa.String(length=36), nullable=False),
        sa.Column("rows_total", sa.Integer(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["imported_by"],
            ["operator.id"],
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("member_import", schema=None) as batch_op:
        batch_op.create_index("ix_member_import_network", ["network_id"], unique=False)

    op.create_table(
        "import_row",
        sa.Column("import_id", sa.String(length=36), nullable=False),
        sa.Column("network_id", sa.String(length=36), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("codes", sa.JSON(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("duplicate_of_member", sa.String(length=36), nullable=True),
        sa.Column("duplicate_of_row", sa.Integer(), nullable=True),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=True),
        sa.Column("decided_by", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["member_import.id"],
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("import_row", schema=None) as batch_op:
        batch_op.create_index("ix_import_row_import", ["import_id", "decision"], unique=False)

    op.create_table(
        "member_sanction",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("network_id", sa.String(length=36), nullable=False),
        sa.Column("step", sa.String(length=32), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=36), nullable=False),
        sa.Column("countersigned_by", sa.String(length=36), nullable=True),
        sa.Column("appeal_until", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"],
            ["operator.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("member_sanction", schema=None) as batch_op:
        batch_op.create_index("ix_member_sanction_member", ["member_id"], unique=False)

    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("first_name", sa.String(length=100), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("last_name", sa.String(length=100), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("box", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("phone2_e164", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("consent", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("channels", sa.JSON(), server_default="[]", nullable=False))
        batch_op.add_column(sa.Column("quiet_from", sa.String(length=5), nullable=True))
        batch_op.add_column(sa.Column("quiet_until", sa.String(length=5), nullable=True))
        batch_op.add_column(sa.Column("notes", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("source_import_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("reviewed_by", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("left_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("erased", sa.Boolean(), server_default="0", nullable=False))
    # Members recorded with a consent date before the flag existed did consent. Deterministic,
    # so every replica that migrates reaches the same state without an operation.
    op.execute("UPDATE member SET consent = 1 WHERE consent_on IS NOT NULL")

    with op.batch_alter_table("zone", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("member_retention_months", sa.Integer(), server_default="6", nullable=False)
        )


def downgrade() -> None:

    with op.batch_alter_table("zone", schema=None) as batch_op:
        batch_op.drop_column("member_retention_months")

    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_column("erased")
        batch_op.drop_column("left_on")
        batch_op.drop_column("reviewed_by")
        batch_op.drop_column("source_import_id")
        batch_op.drop_column("notes")
        batch_op.drop_column("quiet_until")
        batch_op.drop_column("quiet_from")
        batch_op.drop_column("channels")
        batch_op.drop_column("consent")
        batch_op.drop_column("phone2_e164")
        batch_op.drop_column("box")
        batch_op.drop_column("last_name")
        batch_op.drop_column("first_name")

    with op.batch_alter_table("member_sanction", schema=None) as batch_op:
        batch_op.drop_index("ix_member_sanction_member")

    op.drop_table("member_sanction")
    with op.batch_alter_table("import_row", schema=None) as batch_op:
        batch_op.drop_index("ix_import_row_import")

    op.drop_table("import_row")
    with op.batch_alter_table("member_import", schema=None) as batch_op:
        batch_op.drop_index("ix_member_import_network")

    op.drop_table("member_import")
