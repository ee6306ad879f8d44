"""``kh57 report``, ``kh57 reports`` and ``kh57 report-sent`` run as real subprocesses."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import run_cli
from tests.test_cli import db_dump
from tests.test_report_support import flat, page_texts


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mẫu") / "dữ liệu"
    run_cli("demo", data_dir=folder, check=True)
    run_cli("progress", "(1)", "--period", "2025-Q2", "--state", "hoàn thành", "--completed", "25/3/2025",
            "--result", "Đã ban hành Kế hoạch số 45/KH-SNV", data_dir=folder, check=True)
    return folder


@pytest.fixture
def demo_dir(demo_template, tmp_path):
    """A fresh copy of the demo data folder (the commands above run once per module)."""
    folder = tmp_path / "dữ liệu"
    shutil.copytree(demo_template, folder)
    return folder


def test_report_summary_then_generate_list_and_mark_sent(demo_dir, tmp_path):
    result = run_cli("report", "--period", "2025-Q2", "--summary", "--json", "--today", "20/6/2025",
                     data_dir=demo_dir, check=True)
    summary = json.loads(result.stdout)
    # the 30 tasks that name only "đơn vị liên quan" concern the agency vaguely and stay out (issue 13)
    assert (summary["total"], summary["lead"], summary["coordinate"]) == (64, 11, 53)
    assert summary["status_counts"]["done_on_time"] == {"lead": 1, "coordinate": 0, "total": 1}
    assert summary["window_start"] == "2025-03-15" and summary["next_period"] == "quý III năm 2025"
    assert not (demo_dir / "reports").exists()

    out = tmp_path / "bao-cao-quy-2.pdf"
    result = run_cli("report", "--period", "2025-Q2", "--format", "pdf", "--out", str(out), "--number", "12",
                     "--date", "20/6/2025", "--today", "20/6/2025", data_dir=demo_dir, check=True)
    lines = result.stdout.splitlines()
    assert lines[0] == "Đã lập báo cáo số 12/BC-SNV ngày 20/06/2025, kỳ 2025-Q2 (quý II năm 2025), lần 1:"
    assert lines[1].startswith("  PDF: ") and "Bao-cao-SNV-2025-Q2-v1.pdf" in lines[1] and " trang)" in lines[1]
    assert lines[2] == f"  Bản sao: {out}"
    text = flat(" ".join(page_texts(out)))
    assert "Số: 12/BC-SNV" in text and "Thái Bình, ngày 20 tháng 6 năm 2025" in text

    result = run_cli("report", "--period", "2025-Q2", "--format", "xlsx", "--json", "--today", "20/6/2025",
                     data_dir=demo_dir, check=True)
    second = json.loads(result.stdout)
    assert (second["number"], second["version"], second["files"][0]["format"]) == ("12/BC-SNV", 2, "xlsx")

    result = run_cli("reports", data_dir=demo_dir, check=True)
    table = result.stdout.splitlines()
    assert table[0].split() == ["Mã", "Kỳ", "Số", "Ngày", "Lần", "Tệp", "Ký", "số", "Gửi"]
    assert table[2].split()[:6] == ["2", "2025-Q2", "12/BC-SNV", "20/06/2025", "2", "XLSX"]
    assert table[3].split()[:6] == ["1", "2025-Q2", "12/BC-SNV", "20/06/2025", "1", "PDF"]
    assert "Chưa ký" in table[3] and "Chưa gửi" in table[3]

    result = run_cli("report-sent", "1", "--on", "21/6/2025", data_dir=demo_dir, check=True)
    assert result.stdout.strip() == "Báo cáo số 12/BC-SNV (kỳ 2025-Q2, lần 1): đã gửi 21/06/2025."
    data = json.loads(run_cli("reports", "--json", data_dir=demo_dir, check=True).stdout)["reports"]
    assert [(r["id"], r["submitted"], r["submitted_on"]) for r in data] == [(2, False, None), (1, True, "2025-06-21")]
    assert data[1]["files"][0]["exists"] and len(data[1]["files"][0]["signature_box"]) == 5


def test_reports_when_none_yet(demo_dir):
    result = run_cli("reports", data_dir=demo_dir, check=True)
    assert result.stdout.strip() == "Chưa lập báo cáo nào."


@pytest.mark.parametrize("args,message", [
    (["report", "--period", "2025-Q5"], "Kỳ báo cáo '2025-Q5' không hợp lệ"),
    (["report", "--period", "2025-Q2", "--format", "docx"], "lựa chọn 'docx' không hợp lệ"),
    (["report", "--period", "2025-Q2", "--number", "abc"], "Số báo cáo 'abc' không hợp lệ"),
    (["report", "--period", "2025-Q2", "--date", "32/6/2025"], "không phải một ngày có thật"),
    (["report", "--period", "2025-Q2", "--plan", "99/KH-UBND"], "Không tìm thấy kế hoạch '99/KH-UBND'"),
    (["report-sent", "7"], "Không có báo cáo mã 7"),
    (["report-sent", "bảy"], "Mã báo cáo 'bảy' phải là một số"),
])
def test_bad_input_one_line_exit_2_nothing_changed(demo_dir, args, message):
    before = db_dump(demo_dir)
    result = run_cli(*args, data_dir=demo_dir)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Lỗi: ") and message in lines[0], result.stderr
    assert db_dump(demo_dir) == before
    assert not (demo_dir / "reports").exists() or not any((demo_dir / "reports").rglob("*.*"))


def test_out_over_an_existing_file_is_refused(demo_dir, tmp_path):
    out = tmp_path / "đã có.pdf"
    out.write_bytes(b"do not touch")
    before = db_dump(demo_dir)
    result = run_cli("report", "--period", "2025-Q2", "--format", "pdf", "--out", str(out), data_dir=demo_dir)
    assert result.returncode == 2 and "đã có; chương trình không ghi đè" in result.stderr
    assert out.read_bytes() == b"do not touch" and db_dump(demo_dir) == before


def test_report_before_init_says_what_to_do(data_dir):
    result = run_cli("report", "--period", "2025-Q2", data_dir=data_dir)
    assert result.returncode == 2 and "chưa được khởi tạo" in result.stderr


def test_a_report_dated_before_the_cut_off_ends_is_flagged(demo_dir):
    result = run_cli("report", "--period", "2025-Q2", "--format", "xlsx", "--date", "10/6/2025", "--today",
                     "10/6/2025", data_dir=demo_dir, check=True)
    assert ("Lưu ý: Báo cáo ghi ngày 10/06/2025, trước ngày chốt số liệu của kỳ (14/06/2025): tiến độ từ 11/06/2025 "
            "đến 14/06/2025 chưa có trong báo cáo.") in result.stdout.splitlines()
    data = json.loads(run_cli("report", "--period", "2025-Q2", "--format", "pdf", "--json", "--date", "20/6/2025",
                              "--today", "20/6/2025", data_dir=demo_dir, check=True).stdout)
    assert not any("chốt số liệu" in w for w in data["warnings"])
    assert any("Liberation Serif" in w for w in data["warnings"]) == (data["font"] == "LiberationSerif")
