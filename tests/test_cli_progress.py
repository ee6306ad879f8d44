"""``kh57 progress`` on the journal: add dated updates, list, edit, delete, and the period views of
``kh57 tasks --period P --json``; bad input is one Vietnamese line and nothing written."""

import json
import sqlite3

import openpyxl
import pytest

from tests.conftest import run_cli
from tests.test_cli import db_dump


@pytest.fixture
def demo_dir(data_dir):
    run_cli("init", "--agency", "so noi vu", data_dir=data_dir, check=True)
    run_cli("demo", data_dir=data_dir, check=True)
    return data_dir


def _add(data_dir, *args):
    result = run_cli("progress", "(4)", *args, "--json", data_dir=data_dir, check=True)
    return json.loads(result.stdout)


def test_updates_on_four_days_and_what_each_period_shows(demo_dir):
    for day, percent, text in (("20/03/2025", 10, "Xây dựng dự thảo"), ("20/04/2025", 40, "Lấy ý kiến"),
                               ("20/05/2025", 80, "Trình UBND tỉnh")):
        _add(demo_dir, "--on", day, "--state", "đang thực hiện", "--percent", str(percent), "--result", text)
    last = _add(demo_dir, "--on", "10/06/2025", "--state", "hoàn thành", "--completed", "10/06/2025",
                "--result", "Đã ban hành", "--doc-number", "Kế hoạch số 45/KH-SNV", "--doc-date", "10/06/2025")
    assert (last["on"], last["percent"], last["revision"]) == ("2025-06-10", 100, 1)

    def view(period):
        result = run_cli("tasks", "--period", period, "--json", "--today", "20/06/2025", data_dir=demo_dir, check=True)
        return next(t for t in json.loads(result.stdout)["tasks"] if t["ref"] == "(4)")

    m05 = view("2025-M05")
    # task (4) was due before May: overdue at M05's cut-off, done late by Q2's
    assert (m05["status"], m05["percent"], m05["result"]) == ("overdue", 40, "Lấy ý kiến")
    assert [u["on"] for u in m05["period_updates"]] == ["2025-04-20"]
    q2 = view("2025-Q2")
    assert (q2["status"], q2["completed_on"], q2["standing_on"]) == ("done_late", "2025-06-10", "2025-06-10")
    assert [u["result"] for u in q2["period_updates"]] == ["Xây dựng dự thảo", "Lấy ý kiến", "Trình UBND tỉnh",
                                                             "Đã ban hành"]
    assert q2["result"].splitlines()[0] == "20/03/2025: Xây dựng dự thảo"
    q3 = view("2025-Q3")
    assert (q3["percent"], q3["period_updates"], q3["standing_on"]) == (100, [], "2025-06-10")

    listed = json.loads(run_cli("progress", "(4)", "--list", "--json", data_dir=demo_dir, check=True).stdout)
    assert [u["on"] for u in listed["updates"]] == ["2025-06-10", "2025-05-20", "2025-04-20", "2025-03-20"]
    text = run_cli("progress", "(4)", "--list", data_dir=demo_dir, check=True).stdout
    assert "Nhiệm vụ (4): 4 cập nhật tiến độ" in text and "Văn bản: Kế hoạch số 45/KH-SNV ngày 10/06/2025" in text


def test_edit_and_delete_one_update_with_audit(demo_dir):
    first = _add(demo_dir, "--on", "20/04/2025", "--percent", "40", "--result", "Bản đầu")
    result = run_cli("progress", "(4)", "--edit", str(first["id"]), "--result", "Bản sửa", "--json",
                     data_dir=demo_dir, check=True)
    edited = json.loads(result.stdout)
    assert (edited["result"], edited["percent"], edited["revision"]) == ("Bản sửa", 40, 2)
    result = run_cli("progress", "(4)", "--delete", str(first["id"]), data_dir=demo_dir, check=True)
    assert f"Đã xóa cập nhật #{first['id']} ngày 20/04/2025" in result.stdout
    listed = json.loads(run_cli("progress", "(4)", "--list", "--json", data_dir=demo_dir, check=True).stdout)
    assert listed["updates"] == []
    conn = sqlite3.connect(demo_dir / "kh57desk.sqlite3")
    actions = conn.execute("SELECT action, detail FROM audit_log WHERE action LIKE 'progress.%' ORDER BY id").fetchall()
    conn.close()
    assert [a for a, _ in actions] == ["progress.add", "progress.edit", "progress.delete"]
    assert "Bản đầu" in actions[1][1] and "Bản sửa" in actions[2][1]  # each keeps what it replaced


def test_period_option_dates_on_the_windows_last_day_and_a_plan_date_warning(demo_dir):
    result = run_cli("progress", "(4)", "--period", "2025-M05", "--result", "Theo kỳ", "--json", data_dir=demo_dir,
                     check=True)
    assert json.loads(result.stdout)["on"] == "2025-05-14"
    conn = sqlite3.connect(demo_dir / "kh57desk.sqlite3")
    conn.execute("UPDATE plan SET issued_on = '2025-02-13'")
    conn.commit()
    conn.close()
    result = run_cli("progress", "(4)", "--on", "05/01/2025", "--state", "đang thực hiện", data_dir=demo_dir,
                     check=True)
    assert "Lưu ý: Ngày cập nhật 05/01/2025 trước ngày ban hành kế hoạch (13/02/2025)." in result.stdout


@pytest.mark.parametrize("args, message", [
    (["(4)", "--on", "01/01/2999", "--percent", "10"], "ở tương lai"),
    (["(4)", "--on", "31/12/1999", "--percent", "10"], "trước năm 2000"),
    (["(4)", "--percent", "120"], "phải là số từ 0 đến 100"),
    (["(4)", "--percent", "-1"], "phải là số từ 0 đến 100"),
    (["(4)", "--on", "10/05/2025", "--completed", "12/05/2025"], "sau ngày cập nhật"),
    (["(4)", "--edit", "9999", "--percent", "10"], "Không có cập nhật tiến độ mã '9999'"),
    (["(4)", "--delete", "9999"], "Không có cập nhật tiến độ mã '9999'"),
    (["(4)", "--list", "--percent", "10"], "--list chỉ xem nhật ký"),
])
def test_bad_input_is_one_line_and_changes_nothing(demo_dir, args, message):
    before = db_dump(demo_dir)
    result = run_cli("progress", *args, data_dir=demo_dir)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Lỗi: ") and message in lines[0], result.stderr
    assert db_dump(demo_dir) == before


def test_an_update_on_a_withdrawn_task_is_refused(demo_dir):
    from kh57desk.db.models import Task
    from kh57desk.workspace import open_workspace
    from sqlalchemy import select

    ws = open_workspace(demo_dir)
    with ws.db.transaction() as session:
        session.scalar(select(Task).where(Task.ref == "(4)")).withdrawn = True
    ws.db.close()
    result = run_cli("progress", "#%d" % 4, "--percent", "10", data_dir=demo_dir)
    assert result.returncode == 2 and "đã bị rút khỏi kế hoạch" in result.stderr


def test_a_report_can_word_a_tasks_result_without_touching_the_journal(demo_dir):
    _add(demo_dir, "--on", "20/04/2025", "--result", "Bản dài: họp ba lần, lấy ý kiến 20 đơn vị, tổng hợp 45 ý kiến")
    result = run_cli("report-text", "(4)", "--period", "2025-Q2", "--text", "Đã lấy ý kiến các đơn vị",
                     data_dir=demo_dir, check=True)
    assert "sẽ in kết quả nhiệm vụ (4) là: Đã lấy ý kiến các đơn vị" in result.stdout
    out = demo_dir / "bao-cao.xlsx"
    run_cli("report", "--period", "2025-Q2", "--format", "xlsx", "--out", str(out), "--today", "20/06/2025",
            data_dir=demo_dir, check=True)
    cells = " ".join(str(v) for sheet in openpyxl.load_workbook(out).worksheets
                     for row in sheet.iter_rows(values_only=True) for v in row if v)
    assert "Đã lấy ý kiến các đơn vị" in cells and "Bản dài" not in cells
    listed = json.loads(run_cli("progress", "(4)", "--list", "--json", data_dir=demo_dir, check=True).stdout)
    assert listed["updates"][0]["result"].startswith("Bản dài")
    result = run_cli("report-text", "(4)", "--period", "2025-Q2", "--clear", data_dir=demo_dir, check=True)
    assert "theo nhật ký cập nhật" in result.stdout
