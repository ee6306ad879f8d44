"""sync: per-agency progress at the coordinator, progress history, package log

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('progress_entry', schema=None) as batch_op:
        batch_op.drop_constraint('uq_progress_entry_task_period', type_='unique')
    op.create_index('uq_progress_entry_own', 'progress_entry', ['task_id', 'period'], unique=True,
                    sqlite_where=sa.text('agency_id IS NULL'))
    op.create_index('uq_progress_entry_agency', 'progress_entry', ['task_id', 'period', 'agency_id'], unique=True,
                    sqlite_where=sa.text('agency_id IS NOT NULL'))
    with op.batch_alter_table('indicator_value', schema=None) as batch_op:
        batch_op.drop_constraint('uq_indicator_value_indicator_period_agency', type_='unique')
    op.create_index('uq_indicator_value_own', 'indicator_value', ['indicator_id', 'period'], unique=True,
                    sqlite_where=sa.text('agency_id IS NULL'))
    op.create_index('uq_indicator_value_agency', 'indicator_value', ['indicator_id', 'period', 'agency_id'],
                    unique=True, sqlite_where=sa.text('agency_id IS NOT NULL'))

    op.create_table(
        'progress_history',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('task_id', sa.Integer(), nullable=False),
        sa.Column('period', sa.String(length=20), nullable=False),
        sa.Column('agency_id', sa.Integer(), nullable=True),
        sa.Column('data', sa.Text(), nullable=False),
        sa.Column('replaced_at', sa.DateTime(), nullable=False),
        sa.Column('source', sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_progress_history_agency_id_agency'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_progress_history_task_id_task'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_history')),
    )
    with op.batch_alter_table('progress_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_progress_history_task_id'), ['task_id'], unique=False)

    op.create_table(
        'package_log',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('producer_db', sa.String(length=36), nullable=False),
        sa.Column('producer_agency', sa.String(length=300), nullable=False),
        sa.Column('sequence', sa.Integer(), nullable=False),
        sa.Column('period', sa.String(length=20), nullable=False),
        sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
        sa.Column('file_name', sa.String(length=500), nullable=False),
        sa.Column('signed_by', sa.String(length=300), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('imported_at', sa.DateTime(), nullable=False),
        sa.Column('summary', sa.Text(), nullable=False),
        sa.Column('flags', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_package_log')),
        sa.UniqueConstraint('manifest_sha256', name=op.f('uq_package_log_manifest_sha256')),
    )
    with op.batch_alter_table('package_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_package_log_producer_db'), ['producer_db'], unique=False)


def downgrade() -> None:
    op.drop_table('package_log')
    op.drop_table('progress_history')
    op.drop_index('uq_indicator_value_agency', table_name='indicator_value')
    op.drop_index('uq_indicator_value_own', table_name='indicator_value')
    with op.batch_alter_table('indicator_value', schema=None) as batch_op:
        batch_op.create_unique_constraint('uq_indicator_value_indicator_period_agency',
                                          ['indicator_id', 'period', 'agency_id'])
    op.drop_index('uq_progress_entry_agency', table_name='progress_entry')
    op.drop_index('uq_progress_entry_own', table_name='progress_entry')
    with op.batch_alter_table('progress_entry', schema=None) as batch_op:
        batch_op.create_unique_constraint('uq_progress_entry_task_period', ['task_id', 'period'])
