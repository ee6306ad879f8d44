"""package received: the day the coordinator received a package (set by hand) and the RFC 3161 time
of its signature, for timeliness that never trusts the sender's clock

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('package_log', sa.Column('received_on', sa.Date(), nullable=True))
    op.add_column('package_log', sa.Column('timestamp_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.drop_column('package_log', 'timestamp_at')  # SQLite 3.35+ drops a column in place
    op.drop_column('package_log', 'received_on')
