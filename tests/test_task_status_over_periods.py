"""A period's status comes from the latest update dated at or before its cut-off: work finished
in one quarter is still finished in the next, and what is entered later does not rewrite the past."""

import datetime as dt

from kh57desk.domain import status as task_status
from kh57desk.domain.periods import parse_period
from kh57desk.services import progress, tasks


def status_of(session, ref, period_id, today=None):
    rows = tasks.list_tasks(session, parse_period(period_id), today=today)
    row = next(r for r in rows if r.ref == ref)
    return row.status, row.standing_on


def test_a_completion_carries_over_to_later_periods_and_not_to_earlier_ones(demo_workspace):
    with demo_workspace.db.transaction() as s:
        progress.add_update(s, tasks.find_task(s, "1"), "20/3/2025", state="hoàn thành", completed_on="20/3/2025")
    done = dt.date(2025, 3, 20)
    with demo_workspace.db.reader() as s:
        assert status_of(s, "(1)", "2025-Q2") == (task_status.DONE_ON_TIME, done)
        assert status_of(s, "(1)", "2025-Q3") == (task_status.DONE_ON_TIME, done)
        assert status_of(s, "(1)", "2025-Y") == (task_status.DONE_ON_TIME, done)
        assert status_of(s, "(1)", "2025-Q1") == (task_status.NOT_STARTED_STATUS, None)  # cut-off 14/03: before the update


def test_recording_for_a_period_dates_the_update_on_its_last_day_and_later_updates_do_not_rewrite_it(demo_workspace):
    with demo_workspace.db.transaction() as s:
        t8 = tasks.find_task(s, "8")  # due Tháng 6/2025
        progress.record(s, t8, parse_period("2025-M05"), state="đang thực hiện", percent=30)
        progress.record(s, t8, parse_period("2025-Q3"), state="hoàn thành", completed_on="10/7/2025")
    with demo_workspace.db.reader() as s:
        assert status_of(s, "(8)", "2025-Q2", today=dt.date(2025, 6, 1)) == (task_status.ON_TRACK, dt.date(2025, 5, 14))
        assert status_of(s, "(8)", "2025-Q3") == (task_status.DONE_LATE, dt.date(2025, 9, 14))
        journal = progress.list_updates(s, tasks.find_task(s, "8"))
        assert [(u.on, u.state, u.percent) for u in journal] == [
            (dt.date(2025, 9, 14), task_status.COMPLETED, 100), (dt.date(2025, 5, 14), task_status.IN_PROGRESS, 30)]
    with demo_workspace.db.transaction() as s:
        progress.record(s, tasks.find_task(s, "8"), parse_period("2025-Q2"), state="đề nghị điều chỉnh")
    with demo_workspace.db.reader() as s:
        assert status_of(s, "(8)", "2025-Q2") == (task_status.ADJUSTMENT, dt.date(2025, 6, 14))
        assert status_of(s, "(8)", "2025-M05", today=dt.date(2025, 6, 1)) == (task_status.ON_TRACK, dt.date(2025, 5, 14))


def test_a_completion_after_the_periods_day_dates_the_update_on_the_completion(demo_workspace):
    with demo_workspace.db.transaction() as s:
        view = progress.record(s, tasks.find_task(s, "1"), parse_period("2025-Q1"), state="hoàn thành",
                               completed_on="20/3/2025")
    assert (view.on, view.completed_on) == (dt.date(2025, 3, 20), dt.date(2025, 3, 20))


def test_clearing_keeps_a_tombstone_and_is_audited(demo_workspace):
    from sqlalchemy import select

    from kh57desk.db.models import AuditLog, ProgressUpdate

    q2 = parse_period("2025-Q2")
    with demo_workspace.db.transaction() as s:
        progress.record(s, tasks.find_task(s, "5"), q2, state="đang thực hiện", result="Bản nháp")
    with demo_workspace.db.transaction() as s:
        assert progress.clear(s, tasks.find_task(s, "5"), q2) is True
        assert progress.clear(s, tasks.find_task(s, "5"), q2) is False
    with demo_workspace.db.reader() as s:
        assert progress.get_entry(s, tasks.find_task(s, "5"), q2) is None
        tombstone = s.scalars(select(ProgressUpdate)).one()
        assert (tombstone.deleted, tombstone.revision, tombstone.result) == (True, 2, "Bản nháp")
        log = s.scalars(select(AuditLog).where(AuditLog.action == "progress.delete")).one()
        assert "Bản nháp" in log.detail
