"""Bad input: every case gets its own Vietnamese message and nothing is written."""

import zipfile

import docx
import openpyxl
import pytest
from sqlalchemy import func, select

from kh57desk.db.models import AuditLog, Plan, Task
from kh57desk.errors import Cancelled, InputError
from kh57desk.importers import docx_reader, files, xlsx
from kh57desk.services import plan_import, setup
from plan_fixtures import (BILLION_LAUGHS, appendix_xlsx, encrypted_xlsx, ole_file, replace_part, rows_sheet,
                           xml_bomb_sheet, zip_bomb)


@pytest.fixture(scope="module")
def good_xlsx(tmp_path_factory):
    path = tmp_path_factory.mktemp("good") / "phu-luc.xlsx"
    appendix_xlsx(path)
    return path


def refused(path, match, **kwargs):
    with pytest.raises(InputError, match=match) as info:
        plan_import.read_file(path, **kwargs)
    message = str(info.value)
    assert "\n" not in message and message == info.value.message
    return message


def test_missing_empty_directory_and_unknown_kinds(tmp_path):
    refused(tmp_path / "không-có.xlsx", "Không tìm thấy tệp “không-có.xlsx”")
    refused(tmp_path, "là một thư mục")
    empty = tmp_path / "rỗng.xlsx"
    empty.write_bytes(b"")
    refused(empty, "rỗng \\(0 byte\\)")
    picture = tmp_path / "ảnh.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    refused(picture, "Không nhận dạng được tệp “ảnh.png”.*\\.xlsx.*\\.docx.*\\.txt")
    fake = tmp_path / "giả.xlsx"
    fake.write_text("không phải Excel", encoding="utf-8")
    refused(fake, "bị hỏng hoặc không phải tệp .xlsx thật")


def test_old_binary_office_files_say_save_as(tmp_path):
    refused(ole_file(tmp_path / "ke-hoach.xls", "Workbook"), "Excel đời cũ \\(.xls\\).*lưu lại dưới dạng .xlsx")
    refused(ole_file(tmp_path / "ke-hoach.doc", "WordDocument"), "Word đời cũ \\(.doc\\).*lưu lại dưới dạng .docx")


def test_password_protected_workbook(tmp_path, good_xlsx):
    locked = encrypted_xlsx(good_xlsx, tmp_path / "có mật khẩu.xlsx")
    refused(locked, "được đặt mật khẩu.*gỡ mật khẩu")


def test_corrupt_zip_and_missing_parts(tmp_path, good_xlsx):
    data = good_xlsx.read_bytes()
    truncated = tmp_path / "hỏng.xlsx"
    truncated.write_bytes(data[: len(data) // 2])
    refused(truncated, "bị hỏng")
    other = tmp_path / "nén.xlsx"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("readme.txt", "xin chào")
    refused(other, "là tệp nén, không phải tệp Excel/Word")
    broken_sheet = replace_part(good_xlsx, "xl/worksheets/sheet2.xml", b"<worksheet><sheetData><row>",
                                tmp_path / "trang-hỏng.xlsx")
    refused(broken_sheet, "bị hỏng")


def test_defusedxml_is_active_and_xml_bombs_are_refused(tmp_path, good_xlsx):
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True and xlsx.defused()
    bomb = replace_part(good_xlsx, "xl/worksheets/sheet2.xml", xml_bomb_sheet(), tmp_path / "bom-xml.xlsx")
    refused(bomb, "cấu trúc XML nguy hiểm", sheet="Phụ lục II")  # refused before any parser runs
    # the second lock: the Excel reader's own parser (defusedxml) refuses the entities too
    with pytest.raises(InputError, match="cấu trúc XML nguy hiểm"):
        xlsx.read_sheet(bomb, "Phụ lục II")
    with pytest.raises(InputError, match="cấu trúc XML nguy hiểm"):
        xlsx.read_sheet(bomb)  # while looking for the sheet that holds the table
    workbook_bomb = replace_part(good_xlsx, "xl/workbook.xml", xml_bomb_sheet(), tmp_path / "bom-workbook.xlsx")
    refused(workbook_bomb, "cấu trúc XML nguy hiểm")
    with pytest.raises(InputError, match="bị hỏng"):  # openpyxl reads workbook.xml with entities off
        xlsx.sheet_names(workbook_bomb)


def test_word_file_with_an_entity_bomb(tmp_path):
    plain = tmp_path / "thuong.docx"
    document = docx.Document()
    document.add_paragraph("II. NHIỆM VỤ")
    document.save(plain)
    body = (BILLION_LAUGHS + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>").encode("utf-8")
    bomb = replace_part(plain, "word/document.xml", body, tmp_path / "bom.docx")
    refused(bomb, "cấu trúc XML nguy hiểm")
    with pytest.raises(InputError, match="bị hỏng"):  # python-docx's parser does not expand entities either
        docx_reader.open_document(bomb)


def test_zip_bombs_are_refused_before_unpacking(tmp_path):
    refused(zip_bomb(tmp_path / "bom.xlsx", megabytes=40), "zip bomb")
    many = tmp_path / "bom-nhieu-phan.xlsx"
    with zipfile.ZipFile(many, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        chunk = b"<row/>" * (1024 * 1024 + 300_000)  # ~8 MB each, below the per-part ratio check
        for i in range(55):
            zf.writestr(f"xl/worksheets/sheet{i}.xml", chunk)
    assert sum(i.file_size for i in zipfile.ZipFile(many).infolist()) > files.MAX_UNPACKED_BYTES
    refused(many, "giải nén ra quá lớn")


def test_file_over_50_mb(tmp_path):
    big = tmp_path / "lớn.xlsx"
    with big.open("wb") as handle:
        handle.truncate(files.MAX_FILE_BYTES + 1)
    refused(big, "quá lớn \\(50 MB\\); chỉ nhập được tệp đến 50 MB")


def test_sheet_over_100000_rows(tmp_path, good_xlsx):
    long = replace_part(good_xlsx, "xl/worksheets/sheet2.xml", rows_sheet(files.MAX_ROWS + 1), tmp_path / "dài.xlsx")
    refused(long, "có hơn 100.000 dòng", sheet="Phụ lục II")
    text = tmp_path / "dài.txt"
    text.write_text("x\n" * (files.MAX_ROWS + 5), encoding="utf-8")
    refused(text, "hơn 100.000 dòng")


def test_table_without_a_recognisable_header(tmp_path):
    path = tmp_path / "không tiêu đề.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Trang 1"
    for row in (["Cột A", "Cột B", "Cột C"], ["1", "Làm việc gì đó", "Sở Nội vụ"]):
        wb.active.append(row)
    wb.save(path)
    refused(path, "Trang tính “Trang 1” của tệp “không tiêu đề.xlsx” không có bảng nhiệm vụ: không tìm thấy "
                  "dòng tiêu đề cột")
    header_only = tmp_path / "chỉ tiêu đề.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["TT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành"])
    wb.active.append(["(1)"])
    wb.save(header_only)
    refused(header_only, "không có dòng nhiệm vụ nào đọc được \\(1 dòng không đọc được\\)")


def test_docx_with_no_table_and_no_task_lines(tmp_path):
    path = tmp_path / "công văn.docx"
    document = docx.Document()
    document.add_paragraph("Kính gửi: Các sở, ban, ngành")
    document.add_paragraph("Sở Khoa học và Công nghệ đề nghị các cơ quan gửi báo cáo trước ngày 15/6/2025.")
    document.add_table(rows=2, cols=2).cell(0, 0).text = "Nơi nhận"
    document.save(path)
    refused(path, "Tệp Word “công văn.docx” không có bảng nhiệm vụ và không có nhiệm vụ nào")
    blank = tmp_path / "trống.docx"
    docx.Document().save(blank)
    refused(blank, "không có nội dung chữ nào")
    text = tmp_path / "ghi-chu.txt"
    text.write_text("Ghi chú họp giao ban.\nKhông có nhiệm vụ.\n", encoding="utf-8")
    refused(text, "Tệp văn bản “ghi-chu.txt” không có bảng nhiệm vụ")
    binary = tmp_path / "nhị phân.txt"
    binary.write_bytes(b"abc\x00\x01\x02" * 100)
    refused(binary, "không phải tệp văn bản")


def test_sheet_option_only_for_excel(tmp_path):
    path = tmp_path / "kế hoạch.txt"
    path.write_text("II. NHIỆM VỤ\n1. Số hóa.\nCơ quan chủ trì: Sở Nội vụ.\n", encoding="utf-8")
    refused(path, "Chỉ tệp Excel mới có trang tính", sheet="Trang 1")
    with pytest.raises(InputError, match="không phải tệp Excel nên không có trang tính"):
        plan_import.list_sheets(path)


def test_cancel_from_the_progress_callback_stops_reading(good_xlsx):
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if done >= 40:
            raise Cancelled()

    with pytest.raises(Cancelled):
        plan_import.read_file(good_xlsx, progress=progress)
    assert seen and seen[-1][0] >= 40 and all(total >= done for done, total in seen)


def test_vietnamese_file_names_and_folders(tmp_path, good_xlsx):
    folder = tmp_path / "Kế hoạch Sở Nội vụ"
    folder.mkdir()
    target = folder / "Phụ lục II – nhiệm vụ năm 2025 (bản sửa đổi).xlsx"
    target.write_bytes(good_xlsx.read_bytes())
    draft = plan_import.read_file(target)
    assert len(draft.tasks) == 98 and draft.source_file == target.name


def test_bad_file_through_the_command_line_changes_nothing(tmp_path, data_dir, cli, good_xlsx):
    cli("init", "--agency", "Sở Nội vụ", data_dir=data_dir, check=True)
    locked = encrypted_xlsx(good_xlsx, tmp_path / "mật khẩu.xlsx")
    result = cli("import", str(locked), data_dir=data_dir)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith("Lỗi: Tệp “mật khẩu.xlsx” được đặt mật khẩu.")
    from kh57desk.workspace import open_workspace

    ws = open_workspace(data_dir)
    try:
        with ws.db.reader() as session:
            assert session.scalar(select(func.count(Task.id))) == 0
            assert session.scalar(select(func.count(Plan.id))) == 0
            assert session.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "plan.apply")) == 0
    finally:
        ws.close()


def test_an_import_that_fails_midway_writes_nothing(workspace, good_xlsx, monkeypatch):
    from kh57desk.services import plan_apply

    draft = plan_import.read_file(good_xlsx)
    with workspace.db.transaction() as session:
        setup.initialise(session, "Sở Khoa học và Công nghệ", coordinator=True)
    calls = {"n": 0}
    real = plan_apply._deadline_values

    def failing(value):
        calls["n"] += 1
        if calls["n"] == 50:
            raise InputError("Lỗi giả lập giữa chừng.")
        return real(value)

    monkeypatch.setattr(plan_apply, "_deadline_values", failing)
    with pytest.raises(InputError, match="giữa chừng"):
        with workspace.db.transaction() as session:
            plan_import.apply(session, draft)
    with workspace.db.reader() as session:
        assert session.scalar(select(func.count(Task.id))) == 0
        assert session.scalar(select(func.count(Plan.id))) == 0


def test_formulas_never_computed_by_excel(tmp_path):
    """A workbook written by another program keeps formulas without the value Excel would cache."""
    path = tmp_path / "cong-thuc.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["TT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành"])
    ws.append(['="("&1&")"', "Số hóa hồ sơ lưu trữ", "Sở Nội vụ", "Quý II/2025"])
    ws.append(["(2)", "Tập huấn kỹ năng số", "Sở Nội vụ", '=TEXT(DATE(2025,9,30),"dd/mm/yyyy")'])
    wb.save(path)
    draft = plan_import.read_file(path)
    assert [(t.ref, t.content) for t in draft.tasks] == [("", "Số hóa hồ sơ lưu trữ"), ("(2)", "Tập huấn kỹ năng số")]
    assert [(p.row, p.reason) for p in draft.problems] == [
        (2, "Ô có công thức chưa được Excel tính (số thứ tự): mở tệp bằng Excel, lưu lại rồi nhập lại"),
        (3, "Ô có công thức chưa được Excel tính (thời hạn): mở tệp bằng Excel, lưu lại rồi nhập lại")]
    only_formulas = tmp_path / "toan-cong-thuc.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["TT", "Nội dung công việc", "Cơ quan chủ trì"])
    wb.active.append(["(1)", "=Sheet2!A1", "=Sheet2!B1"])
    wb.save(only_formulas)
    refused(only_formulas, "dùng công thức nhưng tệp chưa lưu kết quả tính.*mở tệp bằng Excel, lưu lại")
