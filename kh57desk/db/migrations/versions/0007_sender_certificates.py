"""sender certificates: CA certificates registered for the sender they may sign for

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sender_certificate',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('sender', sa.String(length=300), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('subject', sa.String(length=500), nullable=False),
        sa.Column('bound_at', sa.DateTime(), nullable=False),
        sa.Column('bound_by', sa.String(length=200), nullable=False),
        sa.Column('revoked_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sender_certificate')),
    )
    op.create_index(op.f('ix_sender_certificate_sender'), 'sender_certificate', ['sender'], unique=False)
    op.create_index(op.f('ix_sender_certificate_sha256'), 'sender_certificate', ['sha256'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_sender_certificate_sha256'), table_name='sender_certificate')
    op.drop_index(op.f('ix_sender_certificate_sender'), table_name='sender_certificate')
    op.drop_table('sender_certificate')
