"""``kh57 import``: preview, counts, one-transaction import, JSON, fixing unknown agencies."""

import json

import pytest
from sqlalchemy import func, select

from kh57desk.db.models import Agency, Task
from kh57desk.workspace import open_workspace
from plan_fixtures import appendix_xlsx, expected_tasks


@pytest.fixture(scope="module")
def appendix(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "Phụ lục kế hoạch 2025.xlsx"
    appendix_xlsx(path)
    return path


def count_tasks(data_dir) -> int:
    ws = open_workspace(data_dir)
    try:
        with ws.db.reader() as session:
            return session.scalar(select(func.count(Task.id)))
    finally:
        ws.close()


def test_dry_run_previews_then_import_applies_then_nothing_changes(data_dir, cli, appendix):
    cli("init", "--agency", "Sở Nội vụ", data_dir=data_dir, check=True)
    dry = cli("import", str(appendix), "--dry-run", data_dir=data_dir, check=True)
    out = dry.stdout
    assert "Tệp: Phụ lục kế hoạch 2025.xlsx — Kế hoạch ban hành kèm theo Quyết định số 75/QĐ-TBCĐ (kế hoạch mới)" in out
    assert "Đọc được 98 nhiệm vụ, 0 chỉ tiêu; 0 dòng không hiểu." in out
    account = next(line for line in out.splitlines() if line.startswith("Đã đọc "))
    numbers = [int(word) for word in account.replace(":", " ").replace(",", " ").split() if word.isdigit()]
    assert account.endswith("0 không hiểu.") and numbers[1] == 98 and numbers[0] == sum(numbers[1:]), account
    assert "Nhiệm vụ thêm mới — lý do giữ lại (94):" in out
    assert "(1)  Phát động phong trào thi đua trong tỉnh" in out and "— Được giao chủ trì" in out
    assert "… và 64 dòng nữa (dùng --all để xem hết)" in out
    assert "Tổng cộng: thêm 94, cập nhật 0, không đổi 0, khôi phục 0, rút 0, bỏ qua 4 nhiệm vụ" in out
    assert "Chạy thử: chưa ghi gì vào cơ sở dữ liệu." in out
    assert count_tasks(data_dir) == 0

    done = cli("import", str(appendix), data_dir=data_dir, check=True)
    assert "Đã nhập vào cơ sở dữ liệu." in done.stdout
    assert count_tasks(data_dir) == 94

    again = cli("import", str(appendix), data_dir=data_dir, check=True)
    assert "Tổng cộng: thêm 0, cập nhật 0, không đổi 94" in again.stdout
    assert "Không có gì thay đổi" in again.stdout

    listed = cli("tasks", "--period", "2025-Q2", "--role", "lead", "--json", data_dir=data_dir, check=True)
    assert len(json.loads(listed.stdout)["tasks"]) == 11


def test_revised_file_updates_withdraws_and_json_lists_it(tmp_path, data_dir, cli, appendix):
    cli("init", "--agency", "Sở Khoa học và Công nghệ", "--coordinator", data_dir=data_dir, check=True)
    cli("import", str(appendix), data_dir=data_dir, check=True)
    revised = tmp_path / "Phụ lục (sửa đổi).xlsx"
    tasks = [t for t in expected_tasks() if t["ref"] != "(3)"]  # a task dropped from the plan
    next(t for t in tasks if t["ref"] == "(10)")["deadline"] = "Tháng 8/2025"  # a new deadline
    appendix_xlsx(revised, tasks=tasks)
    result = cli("import", str(revised), "--json", data_dir=data_dir, check=True)
    body = json.loads(result.stdout)
    assert body["counts"]["updated"] == 1 and body["counts"]["withdrawn"] == 1 and body["counts"]["added"] == 0
    assert body["updated"][0]["ref"] == "(10)"
    assert body["updated"][0]["changes"]["deadline_text"] == ["Quý II/2025", "Tháng 8/2025"]
    assert body["withdrawn"][0]["ref"] == "(3)"
    assert body["plan"]["number"] == "75/QĐ-TBCĐ" and body["plan"]["tasks_read"] == 97
    account = body["plan"]["account"]
    assert account["places"]["task"] == 97 and sum(account["places"].values()) == account["total"]
    assert body["applied"] is True
    assert count_tasks(data_dir) == 98  # withdrawn, not deleted


def test_unknown_agencies_are_listed_then_added_or_mapped(tmp_path, data_dir, cli):
    cli("init", "--agency", "Sở Khoa học và Công nghệ", "--coordinator", data_dir=data_dir, check=True)
    plan = tmp_path / "kế hoạch.txt"
    plan.write_text("II. NHIỆM VỤ\n1. Xây dựng trung tâm dữ liệu.\nCơ quan chủ trì: Trung tâm Chuyển đổi số tỉnh.\n"
                    "2. Đào tạo nhân lực số.\nCơ quan chủ trì: Sở GDĐT tỉnh TB.\n", encoding="utf-8")
    dry = cli("import", str(plan), "--dry-run", data_dir=data_dir, check=True)
    assert "Cơ quan chưa có trong danh mục" in dry.stdout
    assert "\n  Trung tâm Chuyển đổi số tỉnh\n  Sở GDĐT tỉnh TB\n" in dry.stdout
    assert "Tệp: kế hoạch.txt — kế hoạch (kế hoạch mới)" in dry.stdout  # no title in the text: the file name
    bad = cli("import", str(plan), "--map", "Sở GDĐT tỉnh TB", data_dir=data_dir)
    assert bad.returncode == 2 and bad.stderr.startswith("Lỗi: Giá trị “Sở GDĐT tỉnh TB” của --map")
    done = cli("import", str(plan), "--add-agency", "Trung tâm Chuyển đổi số tỉnh=sector",
               "--map", "Sở GDĐT tỉnh TB=Sở Giáo dục và Đào tạo", "--json", data_dir=data_dir, check=True)
    body = json.loads(done.stdout)
    assert body["unknown_agencies"] == [] and body["counts"]["added"] == 2
    ws = open_workspace(data_dir)
    try:
        with ws.db.reader() as session:
            added = session.scalar(select(Agency).where(Agency.name == "Trung tâm Chuyển đổi số tỉnh"))
            assert added.kind == "sector"
            mapped = session.scalar(select(Agency).where(Agency.name == "Sở Giáo dục và Đào tạo"))
            assert "Sở GDĐT tỉnh TB" in mapped.aliases.splitlines()
    finally:
        ws.close()


def test_errors_are_one_vietnamese_line_with_exit_2(tmp_path, data_dir, cli, appendix):
    missing = cli("import", str(tmp_path / "không có.xlsx"), data_dir=data_dir)
    assert missing.returncode == 2 and missing.stderr == "Lỗi: Không tìm thấy tệp “không có.xlsx”.\n"
    unconfigured = cli("import", str(appendix), data_dir=data_dir)
    assert unconfigured.returncode == 2 and unconfigured.stderr.startswith("Lỗi: Cơ sở dữ liệu chưa được khởi tạo")
    cli("init", "--agency", "Sở Nội vụ", data_dir=data_dir, check=True)
    sheet = cli("import", str(appendix), "--sheet", "Không có", data_dir=data_dir)
    assert sheet.returncode == 2 and "Các trang tính: “Quyết định”, “Phụ lục II”, “Ghi chú”." in sheet.stderr
    assert count_tasks(data_dir) == 0
