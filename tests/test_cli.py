"""``kh57`` run as a real subprocess on a temporary data folder."""

import json
import sqlite3

import pytest

from kh57desk import __version__
from tests.conftest import run_cli


def db_dump(data_dir):
    conn = sqlite3.connect(data_dir / "kh57desk.sqlite3")
    try:
        return "\n".join(line for line in conn.iterdump() if "audit_log" not in line)
    finally:
        conn.close()


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"kh57 {__version__}"


def test_full_flow_init_demo_progress_tasks_periods_backup(data_dir):
    result = run_cli("init", "--agency", "so noi vu", "--signer", "Nguyễn Thị Hoa", "--title", "Phó Giám đốc",
                     "--authority", "KT. GIÁM ĐỐC", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Đã khởi tạo cho Sở Nội vụ" in result.stdout

    result = run_cli("demo", data_dir=data_dir, check=True)
    assert "thêm 94" in result.stdout and "bỏ qua 4" in result.stdout

    result = run_cli("progress", "(1)", "--period", "2025-Q2", "--state", "hoàn thành", "--completed", "25/3/2025",
                     "--result", "Đã ban hành Kế hoạch số 45/KH-SNV", data_dir=data_dir, check=True)
    assert "Đã thêm cập nhật #1 cho nhiệm vụ (1): #1 · 14/06/2025 · Đã hoàn thành · 100% · hoàn thành 25/03/2025" \
        in result.stdout

    result = run_cli("tasks", "--period", "2025-Q2", "--json", "--today", "20/6/2025", data_dir=data_dir, check=True)
    data = json.loads(result.stdout)
    # 94 tasks concern Sở Nội vụ; 30 of them only as "đơn vị liên quan" in general: hidden unless asked for
    assert data["period"] == "2025-Q2" and (len(data["tasks"]), data["hidden_related"]) == (64, 30)
    assert all(t["role"] in ("lead", "coordinate") for t in data["tasks"])
    result = run_cli("tasks", "--period", "2025-Q2", "--role", "related", "--json", "--today", "20/6/2025",
                     data_dir=data_dir, check=True)
    related = json.loads(result.stdout)["tasks"]
    assert len(related) == 30 and {t["role_label"] for t in related} == {"Liên quan (chung)"}
    assert "(2)" in {t["ref"] for t in related}  # lead Sở Y tế, coordinating "Đơn vị liên quan"
    result = run_cli("tasks", "--period", "2025-Q2", "--today", "20/6/2025", data_dir=data_dir, check=True)
    assert "64 nhiệm vụ (không hiện 30 nhiệm vụ liên quan chung; xem bằng --role related)" in result.stdout
    first = data["tasks"][0]
    assert (first["ref"], first["status"], first["role"], first["completed_on"]) == \
        ("(1)", "done_on_time", "lead", "2025-03-25")

    result = run_cli("tasks", "--period", "2025-Q2", "--status", "overdue", "--role", "lead", "--json",
                     "--today", "20/6/2025", data_dir=data_dir, check=True)
    overdue = json.loads(result.stdout)["tasks"]
    assert [t["ref"] for t in overdue] == ["(4)"]  # Sở Nội vụ's other lead tasks are due later

    result = run_cli("tasks", "--period", "2025-Q2", "--search", "GIAI THUONG le quy don", "--json",
                     data_dir=data_dir, check=True)
    assert [t["ref"] for t in json.loads(result.stdout)["tasks"]] == ["(6)"]

    result = run_cli("tasks", "--period", "2025-Q2", "--due-before", "31/3/2025", data_dir=data_dir, check=True)
    assert ": 2 nhiệm vụ (không hiện 2 nhiệm vụ liên quan chung" in result.stdout.splitlines()[0]  # (1), (4); (2), (3)

    result = run_cli("periods", "--on", "22/6/2025", "--json", data_dir=data_dir, check=True)
    reports = json.loads(result.stdout)["reports"]
    assert {"period": "2025-M06", "label": "tháng 6 năm 2025", "window_start": "2025-05-15",
            "window_end": "2025-06-14", "due": "2025-06-20", "state": "late"} in reports

    result = run_cli("backup", data_dir=data_dir, check=True)
    assert "Đã sao lưu" in result.stdout
    assert len(list((data_dir / "backups").glob("*.sqlite3"))) == 1


@pytest.mark.parametrize("args,message", [
    (["tasks", "--period", "2025-Q5"], "Kỳ báo cáo '2025-Q5' không hợp lệ"),
    (["progress", "1", "--period", "2025-Q2", "--state", "gần xong"], "Tình trạng 'gần xong' không hợp lệ"),
    (["progress", "1", "--period", "2025-Q2", "--percent", "150"], "phải là số từ 0 đến 100"),
    (["progress", "1", "--period", "2025-Q2", "--completed", "31/02/2025"], "không phải một ngày có thật"),
    (["progress", "999", "--period", "2025-Q2", "--state", "hoàn thành"], "Không tìm thấy nhiệm vụ '999'"),
    (["progress", "1", "--period", "2025-Q2"], "Chưa nhập gì để lưu"),
    (["init", "--agency", "Sở Không Tồn Tại"], "Không có cơ quan 'Sở Không Tồn Tại' trong danh mục"),
    (["tasks", "--status", "gần xong"], "Trạng thái 'gần xong' không hợp lệ"),
    (["tasks", "--bogus"], "tham số không nhận ra: --bogus"),
])
def test_bad_input_one_vietnamese_line_nonzero_exit_nothing_changed(data_dir, args, message):
    run_cli("demo", data_dir=data_dir, check=True)
    before = db_dump(data_dir)
    result = run_cli(*args, data_dir=data_dir)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Lỗi: ") and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert db_dump(data_dir) == before


def test_not_initialised_database_says_what_to_do(data_dir):
    result = run_cli("tasks", data_dir=data_dir)
    assert result.returncode == 2
    assert "chưa được khởi tạo" in result.stderr


def test_a_database_file_that_is_not_sqlite(data_dir):
    (data_dir / "kh57desk.sqlite3").write_bytes(b"hello, I am a Word document")
    result = run_cli("tasks", data_dir=data_dir)
    assert result.returncode == 2
    assert "không phải cơ sở dữ liệu kh57desk" in result.stderr
    assert (data_dir / "kh57desk.sqlite3").read_bytes() == b"hello, I am a Word document"


def test_a_data_folder_without_write_permission(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_cli("tasks", "--data-dir", str(blocker / "data"))
    assert result.returncode == 2
    assert result.stderr.startswith("Lỗi: Không ghi được vào thư mục dữ liệu")


def test_data_dir_from_environment(data_dir):
    result = run_cli("init", "--agency", "Sở Y tế", env={"KH57DESK_DATA": str(data_dir)})
    assert result.returncode == 0, result.stderr
    assert (data_dir / "kh57desk.sqlite3").exists()
