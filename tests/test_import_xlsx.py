"""Excel appendix: the 98 reference tasks, laid out as an office lays them out, import row for row."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from fixtures_reference import load_sample_tasks
from kh57desk.db.models import Plan, Task, TaskAgency
from kh57desk.domain.text import clean
from kh57desk.errors import InputError
from kh57desk.importers import table, xlsx
from kh57desk.services import plan_import, setup
from plan_fixtures import DATE_DEADLINES, FORMULA_REFS, NUMERIC_REFS, appendix_xlsx


def as_expected(task) -> dict:
    return {"ref": task.ref, "group": task.group, "content": clean(task.content), "lead": clean(task.lead),
            "coordinating": clean(task.coordinating), "deadline": task.deadline_text(), "note": clean(task.note)}


def expected_row(row: dict) -> dict:
    return {k: row[k] for k in ("ref", "group", "content", "lead", "coordinating", "deadline", "note")}


@pytest.fixture(scope="module", params=["merged", "split"])
def workbook(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / f"Phụ lục nhiệm vụ {request.param}.xlsx"
    return path, appendix_xlsx(path, layout=request.param)


def test_every_row_matches_the_reference(workbook):
    path, expected = workbook
    draft = plan_import.read_file(path)
    assert draft.problems == []
    assert len(draft.tasks) == len(expected) == 98
    for task, row in zip(draft.tasks, expected):
        assert as_expected(task) == expected_row(row), row["ref"]


def test_layout_details_are_read_right(workbook):
    path, expected = workbook
    draft = plan_import.read_file(path)
    by_row = {t.ref: t for t in draft.tasks}
    # the first group and the last one
    assert draft.tasks[0].group == "Quý I"
    assert draft.tasks[-1].group.startswith("Nhiệm vụ thực hiện thường xuyên")
    # TT as a number and as a formula whose cached value Excel stored
    assert [t.ref for t in draft.tasks if t.ref.isdigit()] == [str(n) for n in NUMERIC_REFS]
    assert all(f"({n})" in by_row for n in FORMULA_REFS)
    # real Excel dates in deadline cells
    dated = [t for t in draft.tasks if isinstance(t.deadline, dt.datetime)]
    assert sorted(t.deadline for t in dated) == sorted(DATE_DEADLINES.values())
    # one lead cell merged down two tasks counts for both
    assert clean(by_row["(5)"].lead) == clean(by_row["(6)"].lead) == "Sở Khoa học và Công nghệ"
    # title rows: the title and the number of the decision the appendix belongs to
    assert draft.title == "CÁC NỘI DUNG CÔNG VIỆC CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN NĂM 2025"
    assert draft.number == "75/QĐ-TBCĐ"
    assert draft.source_file == path.name and len(draft.source_sha256) == 64
    # rows are numbered as Excel shows them: the first task sits under 3 title rows, a blank row,
    # the two header rows, the column numbers and the first group row
    assert draft.tasks[0].source_row == 9
    grid = xlsx.read_sheet(path).grid
    result = table.read_grid(grid)
    assert result.header_rows == [5, 6, 7]  # two header rows and the column numbers
    assert result.title_lines[0] == "PHỤ LỤC" and len(result.group_rows) == 6
    assert result.columns == {"ref": 0, "content": 1, "lead": 2, "deadline": 3 if "merged" in path.name else 4,
                              "coordinating": 4 if "merged" in path.name else 3, "note": 5}


def test_sheet_is_found_or_picked(workbook):
    path, _ = workbook
    assert plan_import.list_sheets(path) == ["Quyết định", "Phụ lục II", "Ghi chú"]
    assert len(plan_import.read_file(path, sheet="Phụ lục II").tasks) == 98
    with pytest.raises(InputError, match="Trang tính “Quyết định” .* không có bảng nhiệm vụ"):
        plan_import.read_file(path, sheet="Quyết định")
    with pytest.raises(InputError, match="không có trang tính “Bảng 3”. Các trang tính: “Quyết định”, "
                                         "“Phụ lục II”, “Ghi chú”"):
        plan_import.read_file(path, sheet="Bảng 3")


def test_plan_number_given_by_the_user_wins(workbook):
    path, _ = workbook
    assert plan_import.read_file(path, plan_number=" 26/KH-UBND ").number == "26/KH-UBND"
    with pytest.raises(InputError, match="Số kế hoạch không hợp lệ"):
        plan_import.read_file(path, plan_number="   ")


def test_import_into_the_coordinator_database_keeps_all_and_is_idempotent(workspace, workbook):
    path, expected = workbook
    draft = plan_import.read_file(path)
    with workspace.db.transaction() as session:
        setup.initialise(session, "Sở Khoa học và Công nghệ", coordinator=True)
        preview = plan_import.preview(session, draft)
        assert (len(preview.added), preview.unknown_agencies, preview.problems) == (98, [], [])
        assert session.scalar(select(func.count(Task.id))) == 0
        result = plan_import.apply(session, draft)
        assert result.applied and result.counts()["added"] == 98
    with workspace.db.reader() as session:
        tasks = session.scalars(select(Task).order_by(Task.position)).all()
        assert [(t.ref, t.group, t.content, t.lead_text, t.coordinating_text, t.deadline_text, t.note)
                for t in tasks] == [tuple(expected_row(r).values()) for r in expected]
        dated = [t for t in tasks if t.deadline_text == "30/06/2025"]
        assert len(dated) == 1 and dated[0].deadline_due == dt.date(2025, 6, 30)
        plan = session.scalar(select(Plan))
        assert plan.number == "75/QĐ-TBCĐ" and plan.source_file == path.name
        links = session.scalar(select(func.count(TaskAgency.id)).where(TaskAgency.agency_id.is_(None),
                                                                         TaskAgency.group_key == ""))
        assert links == 0  # every agency named in the table is known to the directory
    with workspace.db.transaction() as session:
        again = plan_import.apply(session, plan_import.read_file(path))
    assert not again.has_changes and again.unchanged == 98


def test_sample_content_is_the_reference_text(workbook):
    """The fixture is built from the reference list: the first rows are the reference's own."""
    path, _ = workbook
    draft = plan_import.read_file(path)
    reference = load_sample_tasks()
    assert draft.tasks[0].content.startswith("Phát động phong trào thi đua trong tỉnh")
    assert clean(draft.tasks[97].content) == reference[97]["content"]


@pytest.mark.parametrize("numbers_row", [True, False])
def test_one_row_header_then_a_group_row(tmp_path, numbers_row):
    """A plain one-row header; the first group row right under it (or under the column numbers)
    is a group, not part of the header."""
    import openpyxl

    path = tmp_path / "mot-dong.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ", "Sản phẩm"])
    if numbers_row:
        ws.append([1, 2, 3, 4, 5, 6])
    ws.append(["I", "NHIỆM VỤ TRỌNG TÂM"])
    ws.append(["1", "Công tác chỉ đạo"])
    ws.append(["1.1", "Ban hành kế hoạch chuyển đổi số", "Sở Khoa học và Công nghệ", "Sở Nội vụ\nSở Tài chính",
               "Quý II/2025", "Kế hoạch"])
    ws.append(["1.2", "Tập huấn kỹ năng số", "Sở Nội vụ", None, "Tháng 9/2025", None])
    ws.append(["Quý III"])
    ws.append(["a)", "Sơ kết 6 tháng", "Văn phòng UBND tỉnh", None, "Thường xuyên", "Báo cáo"])
    wb.save(path)
    draft = plan_import.read_file(path)
    assert [(t.ref, t.group, t.lead, t.coordinating, t.deadline_text(), t.product) for t in draft.tasks] == [
        ("1.1", "I. NHIỆM VỤ TRỌNG TÂM › 1. Công tác chỉ đạo", "Sở Khoa học và Công nghệ", "Sở Nội vụ\nSở Tài chính",
         "Quý II/2025", "Kế hoạch"),
        ("1.2", "I. NHIỆM VỤ TRỌNG TÂM › 1. Công tác chỉ đạo", "Sở Nội vụ", "", "Tháng 9/2025", ""),
        ("a)", "I. NHIỆM VỤ TRỌNG TÂM › Quý III", "Văn phòng UBND tỉnh", "", "Thường xuyên", "Báo cáo"),
    ]
    assert draft.problems == []
