"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "device_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "operation",
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=True),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("network_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("op_id"),
    )
    with op.batch_alter_table("operation", schema=None) as batch_op:
        batch_op.create_index("ix_operation_entity", ["entity_id"], unique=False)
        batch_op.create_index("ix_operation_hlc", ["hlc"], unique=False)
        batch_op.create_index("ix_operation_network", ["network_id", "hlc"], unique=False)

    op.create_table(
        "operator",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("personnel_number", sa.String(length=32), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("personnel_number"),
    )
    op.create_table(
        "person",
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "zone",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("number", sa.String(length=10), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("signature_overdue_days", sa.Integer(), nullable=False),
        sa.Column("evaluation_interval_months", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "message",
        sa.Column("zone_id", sa.String(length=36), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("urgency", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("headline", sa.String(length=200), nullable=False),
        sa.Column("is_exercise", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["operator.id"],
        ),
        sa.ForeignKeyConstraint(
            ["zone_id"],
            ["zone.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "municipality",
        sa.Column("zone_id", sa.String(length=36), nullable=False),
        sa.Column("nis_code", sa.String(length=5), nullable=False),
        sa.Column("name_nl", sa.String(length=100), nullable=True),
        sa.Column("name_fr", sa.String(length=100), nullable=True),
        sa.Column("name_de", sa.String(length=100), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("postcodes", sa.JSON(), nullable=False),
        sa.Column("mayor_id", sa.String(length=36), nullable=True),
        sa.Column("prevention_officer_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["mayor_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["prevention_officer_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["zone_id"],
            ["zone.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("nis_code"),
    )
    op.create_table(
        "message_text",
        sa.Column("message_id", sa.String(length=36), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["message.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("message_text", schema=None) as batch_op:
        batch_op.create_index("ix_message_text_message", ["message_id"], unique=False)

    op.create_table(
        "network",
        sa.Column("zone_id", sa.String(length=36), nullable=False),
        sa.Column("municipality_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("sector", sa.String(length=100), nullable=True),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("state_since", sa.Date(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("postcodes", sa.JSON(), nullable=False),
        sa.Column("streets", sa.JSON(), nullable=False),
        sa.Column("allowed_categories", sa.JSON(), nullable=False),
        sa.Column("channels", sa.JSON(), nullable=False),
        sa.Column("mandated_officer_id", sa.String(length=36), nullable=True),
        sa.Column("evaluation_due", sa.Date(), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["mandated_officer_id"],
            ["operator.id"],
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
        ),
        sa.ForeignKeyConstraint(
            ["zone_id"],
            ["zone.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("network", schema=None) as batch_op:
        batch_op.create_index("ix_network_state", ["state"], unique=False)

    op.create_table(
        "charter",
        sa.Column("network_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("drafted_on", sa.Date(), nullable=False),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("advp_reference", sa.String(length=64), nullable=True),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("charter", schema=None) as batch_op:
        batch_op.create_index("ix_charter_network", ["network_id", "version"], unique=False)

    op.create_table(
        "member",
        sa.Column("network_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("phone_e164", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("house_number", sa.String(length=16), nullable=True),
        sa.Column("postcode", sa.String(length=8), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("consent_on", sa.Date(), nullable=True),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index(
            "ix_member_network_status", ["network_id", "status", "deleted"], unique=False
        )

    op.create_table(
        "message_target",
        sa.Column("message_id", sa.String(length=36), nullable=False),
        sa.Column("network_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["message.id"],
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("message_target", schema=None) as batch_op:
        batch_op.create_index("ix_message_target_message", ["message_id"], unique=False)
        batch_op.create_index("ix_message_target_network", ["network_id"], unique=False)

    op.create_table(
        "network_contact",
        sa.Column("network_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("network_contact", schema=None) as batch_op:
        batch_op.create_index("ix_network_contact_network", ["network_id"], unique=False)

    op.create_table(
        "state_transition",
        sa.Column("network_id", sa.String(length=36), nullable=False),
        sa.Column("from_state", sa.String(length=32), nullable=True),
        sa.Column("to_state", sa.String(length=32), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["operator.id"],
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("state_transition", schema=None) as batch_op:
        batch_op.create_index("ix_state_transition_network", ["network_id"], unique=False)

    op.create_table(
        "signature_slot",
        sa.Column("charter_id", sa.String(length=36), nullable=False),
        sa.Column("network_id", sa.String(length=36), nullable=False),
        sa.Column("party", sa.String(length=16), nullable=False),
        sa.Column("signatory", sa.String(length=32), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["charter_id"],
            ["charter.id"],
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("signature_slot", schema=None) as batch_op:
        batch_op.create_index("ix_signature_slot_charter", ["charter_id"], unique=False)

    op.create_table(
        "signature_event",
        sa.Column("slot_id", sa.String(length=36), nullable=False),
        sa.Column("network_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("signer_name", sa.String(length=200), nullable=False),
        sa.Column("recorded_by", sa.String(length=36), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["network.id"],
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"],
            ["operator.id"],
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"],
            ["signature_slot.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("signature_event", schema=None) as batch_op:
        batch_op.create_index("ix_signature_event_slot", ["slot_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("signature_event", schema=None) as batch_op:
        batch_op.drop_index("ix_signature_event_slot")

    op.drop_table("signature_event")
    with op.batch_alter_table("signature_slot", schema=None) as batch_op:
        batch_op.drop_index("ix_signature_slot_charter")

    op.drop_table("signature_slot")
    with op.batch_alter_table("state_transition", schema=None) as batch_op:
        batch_op.drop_index("ix_state_transition_network")

    op.drop_table("state_transition")
    with op.batch_alter_table("network_contact", schema=None) as batch_op:
        batch_op.drop_index("ix_network_contact_network")

    op.drop_table("network_contact")
    with op.batch_alter_table("message_target", schema=None) as batch_op:
        batch_op.drop_index("ix_message_target_network")
        batch_op.drop_index("ix_message_target_message")

    op.drop_table("message_target")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index("ix_member_network_status")

    op.drop_table("member")
    with op.batch_alter_table("charter", schema=None) as batch_op:
        batch_op.drop_index("ix_charter_network")

    op.drop_table("charter")
    with op.batch_alter_table("network", schema=None) as batch_op:
        batch_op.drop_index("ix_network_state")

    op.drop_table("network")
    with op.batch_alter_table("message_text", schema=None) as batch_op:
        batch_op.drop_index("ix_message_text_message")

    op.drop_table("message_text")
    op.drop_table("municipality")
    op.drop_table("message")
    op.drop_table("zone")
    op.drop_table("person")
    op.drop_table("operator")
    with op.batch_alter_table("operation", schema=None) as batch_op:
        batch_op.drop_index("ix_operation_network")
        batch_op.drop_index("ix_operation_hlc")
        batch_op.drop_index("ix_operation_entity")

    op.drop_table("operation")
    op.drop_table("device_state")
