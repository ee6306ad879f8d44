"""verdicts: receipts, acceptance, return with reason, reopening, with task notes

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'verdict',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=36), nullable=False),
        sa.Column('agency', sa.String(length=300), nullable=False),
        sa.Column('period', sa.String(length=20), nullable=False),
        sa.Column('decision', sa.String(length=20), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('decided_at', sa.DateTime(), nullable=False),
        sa.Column('decided_by', sa.String(length=200), nullable=False),
        sa.Column('arrived_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_verdict')),
        sa.UniqueConstraint('uid', name=op.f('uq_verdict_uid')),
    )
    op.create_index(op.f('ix_verdict_agency'), 'verdict', ['agency'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_verdict_agency'), table_name='verdict')
    op.drop_table('verdict')
