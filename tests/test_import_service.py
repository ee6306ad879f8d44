"""The import service the window calls: scope with reasons, unknown agencies, revised plans, progress."""

import pytest
from sqlalchemy import select

from kh57desk.db.models import Agency, AuditLog, ProgressUpdate, Task
from kh57desk.domain.periods import parse_period
from kh57desk.errors import InputError
from kh57desk.services import plan_import, progress, setup, tasks
from plan_fixtures import appendix_xlsx, expected_tasks


@pytest.fixture(scope="module")
def appendix(tmp_path_factory):
    path = tmp_path_factory.mktemp("svc") / "phu-luc.xlsx"
    appendix_xlsx(path)
    return path


def test_agency_scope_keeps_its_tasks_and_says_why(workspace, appendix):
    draft = plan_import.read_file(appendix)
    with workspace.db.transaction() as session:
        setup.initialise(session, "Sở Nội vụ")
        preview = plan_import.preview(session, draft)
        assert len(preview.added) == 94
        assert [c.ref for c in preview.skipped] == ["24", "(38)", "(68)", "(98)"]
        assert {c.reason for c in preview.skipped} == {"Không giao cho cơ quan này"}
        reasons = {c.ref: (c.role, c.reason) for c in preview.added}
        assert reasons["(1)"] == ("lead", "Được giao chủ trì")
        assert reasons["(2)"] == ("related", 'Liên quan chung: "Đơn vị liên quan"')  # only "đơn vị liên quan"
        assert sum(role == "lead" for role, _ in reasons.values()) == 11
        plan_import.apply(session, draft)
    with workspace.db.reader() as session:
        assert len(session.scalars(select(Task)).all()) == 94


def test_revised_plan_keeps_progress_and_withdraws(workspace, appendix, tmp_path):
    with workspace.db.transaction() as session:
        setup.initialise(session, "Sở Nội vụ")
        plan_import.apply(session, plan_import.read_file(appendix))
        task = tasks.find_task(session, "(8)")
        progress.record(session, task, parse_period("2025-Q2"), state="đang thực hiện", percent=60,
                        result="Đã trình dự thảo chương trình đào tạo")
        uid = task.uid
    revised_rows = [t for t in expected_tasks() if t["ref"] != "(1)"]
    for t in revised_rows:  # renumbered one down, as a revised appendix would be
        if t["ref"].startswith("("):
            t["ref"] = f"({int(t['ref'].strip('()')) - 1})"
    revised = tmp_path / "phu-luc-sua-doi.xlsx"
    appendix_xlsx(revised, tasks=revised_rows)
    draft = plan_import.read_file(revised)
    with workspace.db.transaction() as session:
        preview = plan_import.preview(session, draft)
        assert [c.ref for c in preview.withdrawn] == ["(1)"]
        moved = {c.uid: c for c in preview.updated}[uid]
        assert moved.changes["ref"] == ("(8)", "(7)")
        plan_import.apply(session, draft)
    with workspace.db.reader() as session:
        task = session.scalar(select(Task).where(Task.uid == uid))
        assert task.ref == "(7)" and not task.withdrawn
        entry = session.scalar(select(ProgressUpdate).where(ProgressUpdate.task_id == task.id))
        assert (entry.percent, entry.result) == (60, "Đã trình dự thảo chương trình đào tạo")
        assert session.scalar(select(Task).where(Task.content.startswith("Phát động phong trào"))).withdrawn


def test_unknown_agencies_added_or_mapped(workspace):
    draft = plan_import.PlanDraft(tasks=[
        plan_import.plan_apply.TaskDraft("1", "Vận hành cổng dữ liệu mở", lead="Trung tâm Dữ liệu tỉnh"),
        plan_import.plan_apply.TaskDraft("2", "Số hóa hồ sơ bệnh án", lead="SYT tỉnh TB")], title="Kế hoạch thử")
    with workspace.db.transaction() as session:
        setup.initialise(session, "Sở Khoa học và Công nghệ", coordinator=True)
        assert plan_import.preview(session, draft).unknown_agencies == ["Trung tâm Dữ liệu tỉnh", "SYT tỉnh TB"]
        with pytest.raises(InputError, match="Loại cơ quan “xyz” không hợp lệ"):
            plan_import.add_unknown_agency(session, "Trung tâm Dữ liệu tỉnh", "xyz")
        with pytest.raises(InputError, match="Không có cơ quan 'Sở Không Có'"):
            plan_import.map_unknown_agency(session, "SYT tỉnh TB", "Sở Không Có")
        with pytest.raises(InputError, match="“Sở Nội vụ” đã được nhận là “Sở Nội vụ”.*không ghép vào “Sở Y tế”"):
            plan_import.map_unknown_agency(session, "Sở Nội vụ", "Sở Y tế")
        assert plan_import.add_unknown_agency(session, " Trung tâm Dữ liệu  tỉnh ", "sector") == \
            "Trung tâm Dữ liệu tỉnh"
        assert plan_import.map_unknown_agency(session, "SYT tỉnh TB", "Sở Y tế") == "Sở Y tế"
        assert plan_import.map_unknown_agency(session, "SYT tỉnh TB", "Sở Y tế") == "Sở Y tế"  # twice: no-op
        assert plan_import.preview(session, draft).unknown_agencies == []
        result = plan_import.apply(session, draft)
        assert result.counts()["added"] == 2
    with workspace.db.reader() as session:
        health = session.scalar(select(Agency).where(Agency.name == "Sở Y tế"))
        assert health.aliases.splitlines().count("SYT tỉnh TB") == 1
        actions = [a.action for a in session.scalars(select(AuditLog).order_by(AuditLog.id))]
        assert actions.count("agency.alias") == 1 and actions.count("agency.add") == 1


def test_progress_is_reported_while_reading(appendix):
    calls = []
    plan_import.read_file(appendix, progress=lambda done, total: calls.append((done, total)))
    assert len(calls) >= 3
    assert all(0 <= done <= total for done, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1][0] == calls[-1][1] == 104  # the rows under the header


def test_nothing_to_apply(workspace):
    with workspace.db.transaction() as session:
        setup.initialise(session, "Sở Nội vụ")
        with pytest.raises(InputError, match="không có nhiệm vụ hay chỉ tiêu nào"):
            plan_import.apply(session, plan_import.PlanDraft(tasks=[], title="Rỗng"))


@pytest.mark.parametrize("cell, stored", [
    ("Sở Nội vụ\nSở Tài chính", "Sở Nội vụ; Sở Tài chính"),              # one agency per line
    ("Ban Quản lý\nKhu kinh tế và các khu công nghiệp tỉnh",              # one name wrapped
     "Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh"),
    ("Các sở, ban, ngành,\nUBND huyện, thành phố", "Các sở, ban, ngành, UBND huyện, thành phố"),
    ("Trung tâm Dữ liệu tỉnh\nSở Y tế", "Trung tâm Dữ liệu tỉnh; Sở Y tế"),
    ("  Sở Y tế  ", "Sở Y tế"),
])
def test_agency_cells_keep_agencies_apart_on_one_line(workspace, cell, stored):
    from kh57desk.services.plan_apply import TaskDraft

    draft = plan_import.PlanDraft(tasks=[TaskDraft("1", "Nhiệm vụ thử", lead=cell)], title="Kế hoạch thử")
    with workspace.db.transaction() as session:
        setup.initialise(session, "Sở Khoa học và Công nghệ", coordinator=True)
        plan_import.apply(session, draft)
        task = session.scalar(select(Task))
        assert task.lead_text == stored
        again = plan_import.preview(session, draft)
        assert again.unchanged == 1 and not again.has_changes
