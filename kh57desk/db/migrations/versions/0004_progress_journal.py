"""progress journal: per-period entries and their history become dated progress updates

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

- Each progress entry becomes one update (keeping its uid), dated on the earlier of the day it
  was last saved and its window's end; when its completion date is later than that (and not in
  the future) it is dated on the completion date instead, so no update has a completion after
  its own date.
- Each history row becomes an earlier update of the same task, dated on the day it was saved,
  clamped into its window (and moved to its completion date by the same rule).
- A period entry's attachments belong to the update made from it; an attachment whose period
  had no entry gets an update of its own, dated like an entry, carrying the task's standing.
- Indicator values get the day they describe (the earlier of the day saved and the window's end).
- Reports marked sent become reported periods (late amendments are judged against them).
"""
import datetime as dt
import json
import uuid

import sqlalchemy as sa
from alembic import op

from kh57desk.domain.journal import converted_entry_day

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

FIELDS = ("state", "percent", "completed_on", "result", "output_doc_number", "output_doc_date", "difficulties",
          "proposals")


def _fixed_dates(conn) -> tuple:
    from kh57desk.domain.schedule import Schedule

    raw = conn.execute(sa.text("SELECT value FROM setting WHERE key = 'schedule'")).scalar()
    try:
        text = json.loads(raw) if raw else ""
    except ValueError:
        text = ""
    if not text:
        text = conn.execute(sa.text("SELECT schedule FROM plan WHERE schedule != '' ORDER BY id DESC")).scalar() or ""
    try:
        return Schedule.from_json(text).fixed_dates if text else ()
    except Exception:  # a schedule the user can no longer read: standard periods still convert
        return ()


def _window(period_id: str, fixed: tuple, cache: dict):
    from kh57desk.domain.periods import parse_period
    from kh57desk.errors import InputError

    if period_id not in cache:
        try:
            period = parse_period(period_id, fixed)
            cache[period_id] = (period.start, period.end)
        except InputError:
            cache[period_id] = None
    return cache[period_id]


def _date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _moment(value) -> dt.datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value).replace("T", " ")[:26])


def upgrade() -> None:
    op.create_table(
        'progress_update',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=36), nullable=False),
        sa.Column('task_id', sa.Integer(), nullable=False),
        sa.Column('agency_id', sa.Integer(), nullable=True),
        sa.Column('on_date', sa.Date(), nullable=False),
        sa.Column('state', sa.String(length=20), nullable=False),
        sa.Column('percent', sa.Integer(), nullable=True),
        sa.Column('completed_on', sa.Date(), nullable=True),
        sa.Column('result', sa.Text(), nullable=False),
        sa.Column('output_doc_number', sa.String(length=200), nullable=False),
        sa.Column('output_doc_date', sa.Date(), nullable=True),
        sa.Column('difficulties', sa.Text(), nullable=False),
        sa.Column('proposals', sa.Text(), nullable=False),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
        sa.Column('origin', sa.String(length=36), nullable=False),
        sa.Column('entered_by', sa.String(length=200), nullable=False),
        sa.Column('late_for', sa.String(length=200), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('edited_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_progress_update_agency_id_agency'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_progress_update_task_id_task'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_update')),
        sa.UniqueConstraint('uid', name=op.f('uq_progress_update_uid')),
    )
    with op.batch_alter_table('progress_update', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_progress_update_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_progress_update_on_date'), ['on_date'], unique=False)
        batch_op.create_index('ix_progress_update_task_on', ['task_id', 'on_date'], unique=False)
    op.create_table(
        'reported_period',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('period', sa.String(length=20), nullable=False),
        sa.Column('how', sa.String(length=20), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_reported_period')),
    )
    with op.batch_alter_table('reported_period', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reported_period_period'), ['period'], unique=False)

    conn = op.get_bind()
    today = dt.date.today()
    fixed = _fixed_dates(conn)
    windows: dict = {}
    made: dict[tuple, int] = {}  # (task_id, period, agency_id) -> update id made from the entry
    insert = sa.text(
        "INSERT INTO progress_update (uid, task_id, agency_id, on_date, state, percent, completed_on, result, "
        "output_doc_number, output_doc_date, difficulties, proposals, revision, deleted, origin, entered_by, "
        "late_for, created_at, edited_at) VALUES (:uid, :task_id, :agency_id, :on_date, :state, :percent, "
        ":completed_on, :result, :output_doc_number, :output_doc_date, :difficulties, :proposals, 1, 0, :origin, "
        "'', '', :saved, :saved)")

    def add(task_id, agency_id, period, values: dict, saved: dt.datetime, uid: str, clamp_start: bool) -> int:
        completed = _date(values.get("completed_on"))
        day = converted_entry_day(saved.date(), _window(period, fixed, windows), completed, today, clamp_start)
        row = {name: values.get(name) for name in FIELDS}
        row.update(completed_on=completed, output_doc_date=_date(values.get("output_doc_date")))
        for name in ("result", "output_doc_number", "difficulties", "proposals"):
            row[name] = row[name] or ""
        row["state"] = row["state"] or "not_started"
        conn.execute(insert, {**row, "uid": uid, "task_id": task_id, "agency_id": agency_id, "on_date": day,
                              "origin": "" if agency_id is None else "goi-v1", "saved": saved})
        return conn.execute(sa.text("SELECT last_insert_rowid()")).scalar()

    history = conn.execute(sa.text(
        "SELECT task_id, period, agency_id, data, replaced_at FROM progress_history ORDER BY id")).fetchall()
    for task_id, period, agency_id, data, replaced_at in history:
        try:
            values = json.loads(data)
        except ValueError:
            continue
        saved = _moment(values.get("updated_at")) or _moment(replaced_at) or dt.datetime.now()
        add(task_id, agency_id, period, values, saved, str(uuid.uuid4()), clamp_start=True)
    entries = conn.execute(sa.text(
        f"SELECT id, uid, task_id, period, agency_id, updated_at, {', '.join(FIELDS)} FROM progress_entry "
        "ORDER BY id")).mappings().fetchall()
    for entry in entries:
        saved = _moment(entry["updated_at"]) or dt.datetime.now()
        made[(entry["task_id"], entry["period"], entry["agency_id"])] = add(
            entry["task_id"], entry["agency_id"], entry["period"], dict(entry), saved, entry["uid"],
            clamp_start=False)

    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('update_id', sa.Integer(), nullable=True))
    for att_id, task_id, period, added_at in conn.execute(sa.text(
            "SELECT id, task_id, period, added_at FROM attachment ORDER BY id")).fetchall():
        update_id = made.get((task_id, period, None)) or next(
            (uid for (t, p, _a), uid in made.items() if t == task_id and p == period), None)
        if update_id is None:  # files attached in a period with no entry: an update carrying the standing
            saved = _moment(added_at) or dt.datetime.now()
            day = converted_entry_day(saved.date(), _window(period, fixed, windows), None, today)
            standing = conn.execute(sa.text(
                "SELECT state, percent, completed_on FROM progress_update WHERE task_id = :t AND agency_id IS NULL "
                "AND on_date <= :d ORDER BY on_date DESC, created_at DESC LIMIT 1"), {"t": task_id, "d": day}).first()
            values = dict(standing._mapping) if standing else {}
            update_id = made[(task_id, period, None)] = add(task_id, None, period, values, saved, str(uuid.uuid4()),
                                                           clamp_start=False)
        conn.execute(sa.text("UPDATE attachment SET update_id = :u WHERE id = :a"), {"u": update_id, "a": att_id})
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.alter_column('update_id', existing_type=sa.Integer(), nullable=False)
        batch_op.create_index(batch_op.f('ix_attachment_update_id'), ['update_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_attachment_update_id_progress_update'), 'progress_update',
                                    ['update_id'], ['id'], ondelete='CASCADE')
        batch_op.drop_column('period')

    with op.batch_alter_table('indicator_value', schema=None) as batch_op:
        batch_op.add_column(sa.Column('measured_on', sa.Date(), nullable=True))
    for value_id, period, updated_at in conn.execute(sa.text(
            "SELECT id, period, updated_at FROM indicator_value")).fetchall():
        saved = (_moment(updated_at) or dt.datetime.now()).date()
        day = converted_entry_day(saved, _window(period, fixed, windows), None, today)
        conn.execute(sa.text("UPDATE indicator_value SET measured_on = :d WHERE id = :i"), {"d": day, "i": value_id})
    with op.batch_alter_table('indicator_value', schema=None) as batch_op:
        batch_op.alter_column('measured_on', existing_type=sa.Date(), nullable=False)

    for period, note, created_at in conn.execute(sa.text(
            "SELECT period, note, created_at FROM generated_report WHERE submitted = 1")).fetchall():
        try:
            day = _date(json.loads(note).get("submitted_on")) if note else None
        except (ValueError, AttributeError):
            day = None
        at = dt.datetime.combine(day, dt.time(23, 59)) if day else (_moment(created_at) or dt.datetime.now())
        conn.execute(sa.text("INSERT INTO reported_period (period, how, at) VALUES (:p, 'sent', :at)"),
                     {"p": period, "at": at})

    op.drop_table('progress_history')
    op.drop_index('uq_progress_entry_agency', table_name='progress_entry')
    op.drop_index('uq_progress_entry_own', table_name='progress_entry')
    op.drop_table('progress_entry')


def downgrade() -> None:
    raise RuntimeError("0004 cannot be undone: the journal of dated updates has no per-period form. "
                       "Restore the backup copy made before the upgrade instead.")
