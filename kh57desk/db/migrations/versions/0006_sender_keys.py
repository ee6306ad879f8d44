"""sender keys: each sender bound to the database key that signs its packages

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sender_key',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('sender', sa.String(length=300), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('public_key', sa.String(length=60), nullable=False),
        sa.Column('fingerprint', sa.String(length=30), nullable=False),
        sa.Column('bound_at', sa.DateTime(), nullable=False),
        sa.Column('bound_by', sa.String(length=200), nullable=False),
        sa.Column('revoked_at', sa.DateTime(), nullable=True),
        sa.Column('last_sequence', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sender_key')),
    )
    op.create_index(op.f('ix_sender_key_sender'), 'sender_key', ['sender'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_sender_key_sender'), table_name='sender_key')
    op.drop_table('sender_key')
