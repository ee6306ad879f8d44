"""Applying plans: scope by agency, idempotence, revised plans, progress never lost."""

import copy
import datetime as dt

from sqlalchemy import func, select

from kh57desk.db.models import AuditLog, ProgressUpdate, Task, TaskAgency
from kh57desk.domain.periods import parse_period
from kh57desk.services import plan_apply, progress, sample_plan, setup, tasks


def test_sample_plan_for_so_noi_vu_keeps_its_tasks_with_roles(demo_workspace):
    with demo_workspace.db.reader() as session:
        rows = session.scalars(select(Task).order_by(Task.position)).all()
        assert len(rows) == 94
        by_ref = {t.ref: t for t in rows}
        assert by_ref["(1)"].role == "lead" and by_ref["(1)"].role_reason == "Được giao chủ trì"
        assert by_ref["(2)"].role == "related" and by_ref["(2)"].role_reason == 'Liên quan chung: "Đơn vị liên quan"'
        assert {"(24)", "(38)", "(68)", "(98)"}.isdisjoint(by_ref)
        assert sum(t.role == "lead" for t in rows) == 11
        first = by_ref["(1)"]
        assert first.group == "Quý I"
        assert first.deadline_text == "Tháng 3/2025" and first.deadline_due == dt.date(2025, 3, 31)
        assert first.note == "Số thứ tự 7 Phụ lục II Kế hoạch số 26/KH-UBND ngày 13/02/2025"
        links = session.scalars(select(TaskAgency).where(TaskAgency.task_id == first.id)).all()
        assert [(l.role, l.name, l.agency_id is not None, l.group_key) for l in links] == [
            ("lead", "Sở Nội vụ", True, ""),
            ("coordinate", "Các sở, ban, ngành", False, "so_ban_nganh"),
            ("coordinate", "UBND huyện, thành phố", False, "ubnd_huyen"),
        ]


def test_applying_the_same_plan_twice_changes_nothing(demo_workspace):
    with demo_workspace.db.reader() as session:
        before = [(t.uid, t.updated_at) for t in session.scalars(select(Task).order_by(Task.id))]
    with demo_workspace.db.transaction() as session:
        result = plan_apply.apply(session, sample_plan.load_draft())
    assert result.counts()["added"] == 0 and result.counts()["updated"] == 0 and result.unchanged == 94
    assert not result.has_changes
    with demo_workspace.db.reader() as session:
        after = [(t.uid, t.updated_at) for t in session.scalars(select(Task).order_by(Task.id))]
    assert before == after


def test_revised_plan_updates_in_place_withdraws_and_keeps_progress(demo_workspace):
    q2 = parse_period("2025-Q2")
    with demo_workspace.db.transaction() as session:
        task5 = tasks.find_task(session, "5")
        progress.record(session, task5, q2, state="đang thực hiện", percent=40, result="Đã xây dựng dự thảo")
        uid5 = task5.uid
    draft = sample_plan.load_draft()
    revised = copy.deepcopy(draft)
    # task (3) removed; every later task renumbered one down; (5) gets a new deadline and edited text
    revised.tasks = [t for t in revised.tasks if t.ref != "(3)"]
    for t in revised.tasks:
        number = int(t.ref.strip("()"))
        if number > 3:
            t.ref = f"({number - 1})"
        if number == 5:
            t.deadline = "Tháng 7/2025"
            t.content = t.content + " năm 2025"
    with demo_workspace.db.transaction() as session:
        preview = plan_apply.preview(session, revised)
        assert [c.ref for c in preview.withdrawn] == ["(3)"]
        changed = {c.uid: c for c in preview.updated}
        assert changed[uid5].changes["deadline_text"] == ("Quý II năm 2025", "Tháng 7/2025")
        assert changed[uid5].changes["ref"] == ("(5)", "(4)")
        assert preview.added == []
        assert session.scalar(select(func.count(Task.id)).where(Task.withdrawn)) == 0  # preview wrote nothing
        plan_apply.apply(session, revised)
    with demo_workspace.db.reader() as session:
        task = session.scalar(select(Task).where(Task.uid == uid5))
        assert task.ref == "(4)" and task.deadline_due == dt.date(2025, 7, 31)
        assert task.content.endswith("năm 2025")
        entry = session.scalar(select(ProgressUpdate).where(ProgressUpdate.task_id == task.id))
        assert (entry.percent, entry.result) == (40, "Đã xây dựng dự thảo")
        withdrawn = session.scalars(select(Task).where(Task.withdrawn)).all()
        assert len(withdrawn) == 1
        assert withdrawn[0].ref == "(3)" and withdrawn[0].content.startswith("Rà soát, đánh giá việc triển khai")
        assert session.scalar(select(func.count(Task.id))) == 94  # nothing deleted
        assert session.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "plan.apply")) == 2


def test_coordinator_keeps_every_task(workspace):
    with workspace.db.transaction() as session:
        setup.initialise(session, "Sở Khoa học và Công nghệ", coordinator=True)
        result = plan_apply.apply(session, sample_plan.load_draft())
    assert result.counts()["added"] == 98 and result.skipped == []
    assert result.unknown_agencies == []
