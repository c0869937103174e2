"""charter documents and signatures

Revision ID: 0002_charter_documents
Revises: 0001_initial
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_charter_documents"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "trust_anchor",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("pem", sa.Text(), nullable=False),
        sa.Column("fingerprint_sha256", sa.String(length=64), nullable=False),
        sa.Column("added_by", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by"],
            ["operator.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "charter_file",
        sa.Column("charter_id", sa.String(length=36), nullable=True),
        sa.Column("network_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("recorded_by", sa.String(length=36), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["charter_id"],
            ["charter.id"],
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
    with op.batch_alter_table("charter_file", schema=None) as batch_op:
        batch_op.create_index("ix_charter_file_charter", ["charter_id"], unique=False)

    with op.batch_alter_table("charter", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content", sa.JSON(), server_default="{}", nullable=False))
        batch_op.add_column(sa.Column("start_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("duration_months", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("municipality_signatories", sa.JSON(), server_default="[]", nullable=False)
        )
        batch_op.add_column(sa.Column("content_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("frozen_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("advp_remarks", sa.Text(), server_default="", nullable=False))

    with op.batch_alter_table("signature_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("document_sha256", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("certificate_subject", sa.String(length=300), nullable=True))
        batch_op.add_column(
            sa.Column("certificate_fingerprint", sa.String(length=64), nullable=True)
        )

    with op.batch_alter_table("signature_slot", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("expected_signer", sa.String(length=200), server_default="", nullable=False)
        )

    with op.batch_alter_table("zone", schema=None) as batch_op:
        batch_op.add_column(sa.Column("address", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:

    with op.batch_alter_table("zone", schema=None) as batch_op:
        batch_op.drop_column("address")

    with op.batch_alter_table("signature_slot", schema=None) as batch_op:
        batch_op.drop_column("expected_signer")

    with op.batch_alter_table("signature_event", schema=None) as batch_op:
        batch_op.drop_column("certificate_fingerprint")
        batch_op.drop_column("certificate_subject")
        batch_op.drop_column("document_sha256")

    with op.batch_alter_table("charter", schema=None) as batch_op:
        batch_op.drop_column("advp_remarks")
        batch_op.drop_column("frozen_on")
        batch_op.drop_column("content_hash")
        batch_op.drop_column("municipality_signatories")
        batch_op.drop_column("duration_months")
        batch_op.drop_column("start_date")
        batch_op.drop_column("content")

    with op.batch_alter_table("charter_file", schema=None) as batch_op:
        batch_op.drop_index("ix_charter_file_charter")

    op.drop_table("charter_file")
    op.drop_table("trust_anchor")
    op.drop_table("blob")
