"""Plan files laid out the way a provincial office lays them out, built from the reference
plans (helpers only, no tests here).

- :func:`appendix_xlsx` — the 98-task appendix of the Tiểu Ban's 2025 plan as an Excel
  workbook: a prose sheet first, then the table sheet with title rows, a header merged over two
  rows with wrapped text, a row of column numbers, group rows merged across the row, cells
  wrapped over lines with stray spaces, a lead cell merged down two tasks, TT cells written as
  numbers and as formulas (with Excel's cached value), real Excel dates in deadline cells;
- :func:`appendix_docx` — the same table in Word: merged header cells, group rows merged
  across, a vertically merged lead cell, and the table continuing over three pages with the
  header repeated (as separate tables and once inside the first table);
- :func:`narrative_docx` — the narrative plan as Word paragraphs, bullets made by Word's
  automatic bullet list;
- small builders for bad files: XML bomb, zip bomb, too many rows, encrypted, old .xls/.doc.

Each table builder returns the expected tasks (``fixtures_reference.TASK_FIELDS`` plus the
deadline text the importer reads) after the layout's own changes (a date cell reads
``30/06/2025``, a numeric TT cell reads ``20``).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import struct
import zipfile
from pathlib import Path

from fixtures_reference import REFERENCE_DIR, load_sample_tasks

NARRATIVE = REFERENCE_DIR / "ke-hoach-thai-binh-nq57-narrative.txt"
TITLE_ROWS = ("PHỤ LỤC", "CÁC NỘI DUNG CÔNG VIỆC CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN NĂM 2025",
              "(Kèm theo Quyết định số 75/QĐ-TBCĐ ngày 29/4/2025 của Tiểu Ban Khoa học, công nghệ, "
              "đổi mới sáng tạo và chuyển đổi số tỉnh Thái Bình)")
HEADERS = ("TT", "Nội dung công việc", "Cơ quan\nthực hiện", "Thời gian\nhoàn thành", "Cơ quan phối hợp",
           "Ghi chú")
NUMERIC_REFS = range(20, 30)     # TT typed as a number: 20 → "20"
FORMULA_REFS = range(30, 36)     # TT computed by a formula, cached value "(30)"
DATE_DEADLINES = {"Tháng 6/2025": dt.datetime(2025, 6, 30), "Tháng 9/2025": dt.datetime(2025, 9, 30)}
MERGED_LEAD = (5, 6)             # tasks (5) and (6): one lead cell merged down both rows


def wrap(text: str, width: int = 38, stray: bool = True) -> str:
    """Break ``text`` over lines like a wrapped cell, with a stray double space here and there."""
    words, lines, line = text.split(" "), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    out = "\n".join(lines)
    return (out.replace(", ", ",  ", 1) + " ") if stray else out


def expected_tasks() -> list[dict]:
    """The 98 reference tasks as the table layouts below write them."""
    tasks = copy.deepcopy(load_sample_tasks())
    dated = set()
    for t in tasks:
        number = int(t["ref"].strip("()"))
        if number in NUMERIC_REFS:
            t["ref"] = str(number)
        if t["deadline"] in DATE_DEADLINES and t["deadline"] not in dated:
            dated.add(t["deadline"])
            t["date"] = DATE_DEADLINES[t["deadline"]]
            t["deadline"] = t["date"].strftime("%d/%m/%Y")
    return tasks


def _groups(tasks: list[dict]):
    """(group text or None, task) in order: a group heading before the first task of each group."""
    current = None
    for t in tasks:
        if t["group"] != current:
            current = t["group"]
            yield current, None
        yield None, t


# -- Excel ---------------------------------------------------------------------

def appendix_xlsx(path: Path, layout: str = "merged", tasks: list[dict] | None = None) -> list[dict]:
    """Write the appendix workbook; ``layout`` "merged" (each header cell merged over two rows)
    or "split" (``Cơ quan`` over ``Chủ trì`` | ``Phối hợp``, other columns merged down).
    ``tasks`` (default :func:`expected_tasks`) lets a test write a revised version."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    tasks = expected_tasks() if tasks is None else tasks
    wb = Workbook()
    prose = wb.active
    prose.title = "Quyết định"
    prose["A1"] = "QUYẾT ĐỊNH"
    prose["A2"] = "Ban hành Kế hoạch hoạt động năm 2025 của Tiểu Ban Khoa học, công nghệ, đổi mới sáng tạo " \
                  "và chuyển đổi số tỉnh Thái Bình"
    prose["A4"] = "Điều 1. Ban hành kèm theo Quyết định này là Kế hoạch hoạt động năm 2025 của Tiểu Ban."
    ws = wb.create_sheet("Phụ lục II")
    wb.create_sheet("Ghi chú")["A1"] = "Bảng do Văn phòng Sở tổng hợp."
    for row, text in enumerate(TITLE_ROWS, start=1):
        ws.cell(row, 1, text).font = Font(bold=row < 3)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    if layout == "merged":
        order = ("ref", "content", "lead", "deadline", "coordinating", "note")
        for col, text in enumerate(HEADERS, start=1):
            ws.cell(5, col, text)
            ws.merge_cells(start_row=5, start_column=col, end_row=6, end_column=col)
    else:
        order = ("ref", "content", "lead", "coordinating", "deadline", "note")
        for col, text in enumerate(("STT", "Nội dung nhiệm vụ", "Cơ quan", None, "Thời hạn\nhoàn thành",
                                    "Ghi chú"), start=1):
            if text:
                ws.cell(5, col, text)
        ws.merge_cells("C5:D5")
        ws["C6"], ws["D6"] = "Chủ trì", "Phối hợp"
        for col in (1, 2, 5, 6):
            ws.merge_cells(start_row=5, start_column=col, end_row=6, end_column=col)
    for col in range(1, 7):
        ws.cell(5, col).alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        ws.cell(7, col, f"({col})")
    row = 8
    formulas: dict[str, str] = {}
    merged_lead_row = None
    for group, t in _groups(tasks):
        if group is not None:
            ws.cell(row, 1, group).font = Font(bold=True)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
            row += 1
            continue
        number = int(t["ref"].strip("()"))
        values = {"ref": t["ref"], "content": wrap(t["content"]), "lead": wrap(t["lead"], 14, stray=False),
                  "deadline": t.get("date") or wrap(t["deadline"], 10, stray=False),
                  "coordinating": wrap(t["coordinating"], 22, stray=False), "note": wrap(t["note"], 16, False)}
        if number in NUMERIC_REFS:
            values["ref"] = number
        for col, name in enumerate(order, start=1):
            cell = ws.cell(row, col, values[name] or None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if name == "deadline" and "date" in t:
                cell.number_format = "dd/mm/yyyy"
        if number in FORMULA_REFS:
            ws.cell(row, 1, f'="("&{number}&")"')
            formulas[f"A{row}"] = t["ref"]
        if number == MERGED_LEAD[0]:
            merged_lead_row = row
        if number == MERGED_LEAD[1]:
            lead_col = order.index("lead") + 1
            ws.cell(row, lead_col).value = None
            ws.merge_cells(start_row=merged_lead_row, start_column=lead_col, end_row=row, end_column=lead_col)
        row += 1
    ws.column_dimensions["B"].width = 60
    wb.save(path)
    set_cached_values(path, "xl/worksheets/sheet2.xml", formulas)
    return tasks


def set_cached_values(path: Path, part: str, values: dict[str, str]) -> None:
    """Give formula cells the value Excel would have cached (openpyxl writes none)."""
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            if info.filename == part:
                xml = data.decode("utf-8")
                for ref, value in values.items():
                    xml, count = re.subn(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?',
                                         lambda m: f'<c r="{ref}"{m.group(1)} t="str"><f>{m.group(2)}</f><v>{value}</v>',
                                         xml)
                    assert count == 1, ref
                data = xml.encode("utf-8")
            target.writestr(info, data)
    path.write_bytes(out.getvalue())


# -- Word ------------------------------------------------------------------------

def _mark_header_row(row) -> None:
    """Word's "repeat as header row at the top of each page" (``w:tblHeader``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(mark)


def _add_header(table) -> None:
    """Two header rows (``Cơ quan`` over ``Chủ trì`` | ``Phối hợp``) and the column numbers."""
    first, second, numbers = table.add_row(), table.add_row(), table.add_row()
    for i, text in enumerate(("TT", "Nội dung công việc", "Cơ quan", None, "Thời gian hoàn thành", "Ghi chú")):
        if text:
            first.cells[i].text = text
    second.cells[2].text, second.cells[3].text = "Chủ trì", "Phối hợp"
    first.cells[2].merge(first.cells[3])
    for i in (0, 1, 4, 5):
        merged = first.cells[i].merge(second.cells[i])
        merged.text = ("TT", "Nội dung công việc", None, None, "Thời gian hoàn thành", "Ghi chú")[i]
    for i in range(6):
        numbers.cells[i].text = f"({i + 1})"
    for row in (first, second):
        _mark_header_row(row)


def appendix_docx(path: Path) -> list[dict]:
    """Write the appendix as Word tables continuing over three pages; return expected tasks."""
    import docx
    from docx.enum.text import WD_BREAK

    tasks = copy.deepcopy(load_sample_tasks())
    document = docx.Document()
    header = document.add_table(rows=1, cols=2)  # the agency / national motto block
    header.cell(0, 0).text = "TIỂU BAN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ\nSố: 75/QĐ-TBCĐ"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    for text in TITLE_ROWS:
        document.add_paragraph(text)
    pages = (range(0, 40), range(40, 75), range(75, 98))
    items = list(_groups(tasks))
    position = {id(t): i for i, (_, t) in enumerate(items) if t is not None}
    merged_lead = None
    for page_index, page in enumerate(pages):
        if page_index:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        table = document.add_table(rows=0, cols=6)
        table.style = "Table Grid"
        _add_header(table)
        first_item = position[id(tasks[page.start])] - (1 if items[position[id(tasks[page.start])] - 1][0] else 0)
        last_item = position[id(tasks[page.stop - 1])]
        for index in range(first_item, last_item + 1):
            group, t = items[index]
            if t is not None and t["ref"] == "(21)":
                _add_header(table)  # a header repeated inside the table, as a PDF converter leaves it
            row = table.add_row()
            if group is not None:
                merged = row.cells[0].merge(row.cells[5])
                merged.text = group
                continue
            values = (t["ref"], wrap(t["content"], 60, stray=False), wrap(t["lead"], 20, stray=False),
                      t["coordinating"], t["deadline"], t["note"])
            for i, value in enumerate(values):
                row.cells[i].text = value
            number = int(t["ref"].strip("()"))
            if number == MERGED_LEAD[0]:
                merged_lead = row.cells[2]
            if number == MERGED_LEAD[1]:
                row.cells[2].text = ""
                merged_lead.merge(row.cells[2]).text = wrap(t["lead"], 20, stray=False)
    document.add_paragraph("Nơi nhận: Như trên.")
    document.save(path)
    return tasks


def narrative_docx(path: Path) -> None:
    """The narrative plan as Word paragraphs; its ``-`` bullets become Word's automatic bullets."""
    import docx

    document = docx.Document()
    for line in NARRATIVE.read_text(encoding="utf-8").splitlines():
        text = line.strip()
        if not text:
            continue
        if text.startswith("- "):
            document.add_paragraph(text[2:], style="List Bullet")
        else:
            document.add_paragraph(text)
    document.save(path)


# -- bad files -------------------------------------------------------------------

def replace_part(path: Path, part: str, data: bytes, target: Path | None = None) -> Path:
    """Copy of an Office file with one part replaced."""
    target = target or path
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, content in items:
            zf.writestr(info, data if info.filename == part else content)
    target.write_bytes(out.getvalue())
    return target


BILLION_LAUGHS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
    '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">'
    '<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">'
    '<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">'
    '<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">'
    '<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>\n'
)


def xml_bomb_sheet() -> bytes:
    return (BILLION_LAUGHS + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>'
            '</worksheet>').encode("utf-8")


def rows_sheet(count: int) -> bytes:
    rows = "".join(f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>{i}</t></is></c></row>'
                   for i in range(1, count + 1))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{rows}</sheetData></worksheet>').encode("utf-8")


def zip_bomb(path: Path, megabytes: int = 40) -> Path:
    """A 'workbook' whose sheet unpacks to ``megabytes`` MB of spaces from a few tens of KB."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            chunk = b" " * (1024 * 1024)
            for _ in range(megabytes):
                part.write(chunk)
    return path


def ole_file(path: Path, stream: str) -> Path:
    """A minimal OLE2 compound file with one stream name (``Workbook`` for an old .xls,
    ``WordDocument`` for an old .doc)."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 48, 1)  # first directory sector
    for name in ("Root Entry", stream):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        entry[0:len(encoded)] = encoded
        struct.pack_into("<H", entry, 64, len(encoded))
        header += entry
    path.write_bytes(bytes(header) + bytes(4096))
    return path


def encrypted_xlsx(source: Path, path: Path, password: str = "matkhau") -> Path:
    """A real password-protected workbook (Excel's agile encryption) made from ``source``."""
    from msoffcrypto.format.ooxml import OOXMLFile

    with source.open("rb") as plain, path.open("wb") as out:
        OOXMLFile(plain).encrypt(password, out)
    return path
