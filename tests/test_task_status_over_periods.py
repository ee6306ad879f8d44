"""A period's status comes from the latest entry at or before its cut-off: work finished in Q1
is still finished in Q2, and what is entered later does not rewrite the past."""

import datetime as dt

from kh57desk.domain import status as S
from kh57desk.domain.periods import parse_period
from kh57desk.services import progress, tasks


def status_of(session, ref, period_id, today=None):
    rows = tasks.list_tasks(session, parse_period(period_id), today=today)
    row = next(r for r in rows if r.ref == ref)
    return row.status, row.entry_period


def test_completion_in_an_earlier_period_carries_over(demo_workspace):
    with demo_workspace.db.transaction() as s:
        progress.record(s, tasks.find_task(s, "1"), parse_period("2025-Q1"), state="hoàn thành",
                        completed_on="20/3/2025")
    with demo_workspace.db.reader() as s:
        assert status_of(s, "(1)", "2025-Q1") == (S.DONE_ON_TIME, "2025-Q1")
        assert status_of(s, "(1)", "2025-Q2") == (S.DONE_ON_TIME, "2025-Q1")
        assert status_of(s, "(1)", "2025-Y") == (S.DONE_ON_TIME, "2025-Q1")
        assert status_of(s, "(1)", "2024-Q4") == (S.NOT_STARTED_STATUS, None)  # the Q1 entry is later


def test_later_entries_do_not_rewrite_an_earlier_period_and_the_periods_own_entry_wins(demo_workspace):
    with demo_workspace.db.transaction() as s:
        t8 = tasks.find_task(s, "8")  # due Tháng 6/2025
        progress.record(s, t8, parse_period("2025-M05"), state="đang thực hiện", percent=30)
        progress.record(s, t8, parse_period("2025-Q3"), state="hoàn thành", completed_on="10/7/2025")
    with demo_workspace.db.reader() as s:
        assert status_of(s, "(8)", "2025-Q2", today=dt.date(2025, 6, 1)) == (S.ON_TRACK, "2025-M05")
        assert status_of(s, "(8)", "2025-Q3") == (S.DONE_LATE, "2025-Q3")
    with demo_workspace.db.transaction() as s:
        progress.record(s, tasks.find_task(s, "8"), parse_period("2025-Q2"), state="đề nghị điều chỉnh")
    with demo_workspace.db.reader() as s:
        assert status_of(s, "(8)", "2025-Q2") == (S.ADJUSTMENT, "2025-Q2")


def test_clearing_an_entry_removes_it_and_is_audited(demo_workspace):
    from sqlalchemy import select

    from kh57desk.db.models import AuditLog

    q2 = parse_period("2025-Q2")
    with demo_workspace.db.transaction() as s:
        progress.record(s, tasks.find_task(s, "5"), q2, state="đang thực hiện", result="Bản nháp")
    with demo_workspace.db.transaction() as s:
        assert progress.clear(s, tasks.find_task(s, "5"), q2) is True
        assert progress.clear(s, tasks.find_task(s, "5"), q2) is False
    with demo_workspace.db.reader() as s:
        assert progress.get_entry(s, tasks.find_task(s, "5"), q2) is None
        log = s.scalars(select(AuditLog).where(AuditLog.action == "progress.clear")).one()
        assert "Bản nháp" in log.detail
