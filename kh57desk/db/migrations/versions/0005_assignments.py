"""assignments: the coordinator's own choice of agencies for a task, and tasks an agency adopted

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN: a batch "move and copy" of the task table would drop it, and its ON DELETE CASCADE
    # foreign keys would take every progress update and link with it
    op.add_column('task', sa.Column('assigned_lead', sa.Text(), nullable=False, server_default=''))
    op.add_column('task', sa.Column('assigned_coordinating', sa.Text(), nullable=False, server_default=''))
    op.add_column('task', sa.Column('adopted', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('task_agency', sa.Column('self_assigned', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    for table, column in (('task_agency', 'self_assigned'), ('task', 'adopted'), ('task', 'assigned_coordinating'),
                          ('task', 'assigned_lead')):
        op.drop_column(table, column)  # SQLite 3.35+ drops a column in place
