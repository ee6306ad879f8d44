"""Word files: the appendix table over three pages, and the narrative plan as paragraphs."""

import docx
import pytest

from kh57desk.domain.text import clean
from kh57desk.importers import docx_reader, table
from kh57desk.services import plan_import
from plan_fixtures import appendix_docx, narrative_docx
from test_import_xlsx import as_expected, expected_row


@pytest.fixture(scope="module")
def appendix(tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "Phụ lục II - nhiệm vụ.docx"
    return path, appendix_docx(path)


def test_every_row_matches_the_reference(appendix):
    path, expected = appendix
    draft = plan_import.read_file(path)
    assert draft.problems == []
    assert len(draft.tasks) == 98
    for task, row in zip(draft.tasks, expected):
        assert as_expected(task) == expected_row(row), row["ref"]
    assert draft.number == "75/QĐ-TBCĐ"


def test_tables_continued_over_pages_are_one_table_and_repeated_headers_are_skipped(appendix):
    path, _ = appendix
    document = docx.Document(str(path))
    assert len(document.tables) == 4  # the header block, then the task table over three pages
    grids = docx_reader.task_grids(document)
    assert len(grids) == 1
    result = table.read_grid(grids[0])
    # 3 header rows at the top; 3 repeated inside page 1 and 3 at the top of pages 2 and 3
    assert result.header_rows == [1, 2, 3]
    assert len(result.ignored_rows) == 9
    assert len(result.group_rows) == 6 and len(result.tasks) == 98
    assert set(result.columns) == {"ref", "content", "lead", "coordinating", "deadline", "note"}
    # tasks on page 2 still belong to the group that started on page 1
    by_ref = {t.ref: t for t in result.tasks}
    assert by_ref["(41)"].group == "Quý III"


def test_merged_cells(appendix):
    path, _ = appendix
    rows, merges = docx_reader.table_rows(docx.Document(str(path)).tables[1]._tbl)
    assert (0, 2, 0, 3) in merges           # "Cơ quan" over "Chủ trì" | "Phối hợp"
    assert (0, 0, 1, 0) in merges           # "TT" merged down the two header rows
    assert rows[3][0] == "Quý I" and (3, 0, 3, 5) in merges  # a group row across the table
    draft = plan_import.read_file(path)
    by_ref = {t.ref: t for t in draft.tasks}
    assert clean(by_ref["(6)"].lead) == "Sở Khoa học và Công nghệ"  # vertically merged with (5)


def test_narrative_docx_with_automatic_bullets(tmp_path):
    path = tmp_path / "Kế hoạch 57.docx"
    narrative_docx(path)
    document = docx.Document(str(path))
    texts = docx_reader.paragraphs(document)
    assert "- Các cấp, các ngành và từng cơ quan, đơn vị xây dựng chương trình" in "\n".join(texts)
    draft = plan_import.read_file(path)
    assert len(draft.tasks) == 85
    task = next(t for t in draft.tasks if t.ref == "8.1")
    assert clean(task.content).startswith("Xây dựng Kế hoạch 5 năm thực hiện Chương trình chuyển đổi số của tỉnh; "
                                          "trong đó, tập trung thực hiện các nội dung: - Tập trung đào tạo")
    assert task.lead == "Sở Khoa học và Công nghệ"
    assert draft.schedule_text.startswith("Các sở, ban, ngành, đơn vị và địa phương định kỳ hằng tháng")


def test_automatic_numbering_is_written_out(tmp_path):
    path = tmp_path / "so-tu-dong.docx"
    document = docx.Document()
    document.add_paragraph("II. NHIỆM VỤ")
    for text, lead in (("Xây dựng cơ sở dữ liệu dùng chung", "Sở Khoa học và Công nghệ"),
                       ("Đào tạo kỹ năng số cho cán bộ", "Sở Nội vụ")):
        document.add_paragraph(text, style="List Number")
        document.add_paragraph(f"Cơ quan chủ trì: {lead}.")
    document.save(path)
    assert docx_reader.paragraphs(docx.Document(str(path)))[1:4:2] == [
        "1. Xây dựng cơ sở dữ liệu dùng chung", "2. Đào tạo kỹ năng số cho cán bộ"]
    draft = plan_import.read_file(path)
    assert [(t.ref, t.content, t.lead) for t in draft.tasks] == [
        ("1", "Xây dựng cơ sở dữ liệu dùng chung", "Sở Khoa học và Công nghệ"),
        ("2", "Đào tạo kỹ năng số cho cán bộ", "Sở Nội vụ")]
