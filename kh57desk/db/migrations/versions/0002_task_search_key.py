"""task.search_key: a diacritic-insensitive key for fast search, filled for existing rows

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""
from alembic import op
import sqlalchemy as sa

from kh57desk.domain.text import fold

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.add_column(sa.Column('search_key', sa.Text(), nullable=False, server_default=''))
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT id, ref, content, group_name, lead_text, coordinating_text, note FROM task")).fetchall()
    for row in rows:
        key = fold(" ".join(part or "" for part in row[1:]))
        conn.execute(sa.text("UPDATE task SET search_key = :key WHERE id = :id"), {"key": key, "id": row[0]})


def downgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_column('search_key')
