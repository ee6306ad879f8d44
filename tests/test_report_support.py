"""Shared pieces of the report tests (no tests here): a demo workspace with progress entries and
targets for 2025-Q2, and readers for the generated PDF.

The plan is the real sample plan (98 tasks of the Thái Bình sub-committee, 94 of them for Sở Nội
vụ); the targets are lines as provincial plans write them (domain notes, and the narrative plan
in ../shared/reference: "phấn đấu đạt tỷ lệ 25% trở lên")."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from kh57desk.domain import targets as target_rules
from kh57desk.domain.periods import parse_period
from kh57desk.services import indicators, plan_apply, progress, sample_plan, tasks

Q2 = parse_period("2025-Q2")
TODAY = dt.date(2025, 6, 20)
LONG_LINES = [f"Dòng {k}: rà soát hồ sơ một cửa" for k in range(1, 41)]  # a 40-line cell, one line each
TRICKY_RESULTS = {  # task ref → result text that must come out exactly as typed
    "(12)": "=SUM(A1:A2) là công thức, không được tính",
    "(13)": "+84 912 345 678 (đường dây nóng)",
    "(14)": "-5% so với kỳ trước",
    "(16)": "@Sở Nội vụ <b>in đậm?</b> & “ngoặc kép”",
}
TARGET_LINES = [
    (2025, "Hạ tầng số", "Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%"),
    (2025, "Doanh nghiệp", "Có ≥ 30 doanh nghiệp khoa học và công nghệ trên địa bàn"),
    (2025, "Chuyển đổi số", "Chỉ số chuyển đổi số cấp tỉnh ≥ 0,75"),
    (2030, "Nhân lực", "Có ≥ 3.000 cán bộ, công chức được đào tạo kỹ năng số"),
    (2030, "Nhân lực", "Tỷ lệ cán bộ có trình độ chuyên môn về khoa học kỹ thuật trong cấp ủy đạt 25% trở lên"),
    (2030, "Đổi mới sáng tạo", "Có 15 - 20 trung tâm đổi mới sáng tạo"),
]


def record(ws, ref: str, period=Q2, **changes):
    with ws.db.transaction() as session:
        return progress.record(session, tasks.find_task(session, ref), period, **changes)


def add_targets(ws) -> None:
    draft = sample_plan.load_draft()
    draft.indicators = [target_rules.parse_target(text, year, group) for year, group, text in TARGET_LINES]
    with ws.db.transaction() as session:
        plan_apply.apply(session, draft)
        rows = indicators.list_indicators(session, Q2)
        indicators.record_value(session, rows[0].id, Q2, "62,5", note="Theo số liệu của nhà mạng")
        indicators.record_value(session, rows[1].id, Q2, "27")
        indicators.record_value(session, rows[3].id, Q2, "3.150")


@pytest.fixture
def reported(demo_workspace):
    """Sở Nội vụ with entries for 2025-Q2: done, in progress with difficulties, a proposal to
    adjust, results that look like formulas or markup, a 40-line task, and six targets."""
    ws = demo_workspace
    record(ws, "(1)", state="hoàn thành", completed_on="25/3/2025",
           result="Đã ban hành Kế hoạch phát động phong trào thi đua chuyển đổi số",
           output_doc_number="Kế hoạch số 45/KH-SNV", output_doc_date="20/3/2025")
    record(ws, "(4)", state="đang thực hiện", percent=60, result="Đang xây dựng dự thảo",
           difficulties="Thiếu nhân lực chuyên trách về chuyển đổi số",
           proposals="Đề nghị Sở Khoa học và Công nghệ hỗ trợ chuyên gia")
    record(ws, "(8)", state="đề nghị điều chỉnh", proposals="Đề nghị lùi thời hạn sang quý IV năm 2025")
    for ref, text in TRICKY_RESULTS.items():
        record(ws, ref, state="đang thực hiện", result=text)
    add_targets(ws)  # re-applies the sample plan: before the content change below
    with ws.db.transaction() as session:
        task = tasks.find_task(session, "(10)")
        task.content = "\n".join(LONG_LINES)  # as a cell with line breaks comes from a file
    return ws


def generate_one(ws, fmt: str):
    """Generate the 2025-Q2 report in one format: (info, path of the file, task rows of the period)."""
    from kh57desk.services import report_register

    with ws.db.transaction() as session:
        info = report_register.generate(ws, session, Q2, (fmt,), today=TODAY)
    with ws.db.reader() as session:
        rows = tasks.list_tasks(session, Q2, today=TODAY)
    return info, info.file(fmt).path, rows


def pdf_reader(path) -> PdfReader:
    return PdfReader(io.BytesIO(path.read_bytes()))


def flat(text: str) -> str:
    """Whitespace folded to single spaces (line breaks of the layout do not matter)."""
    return re.sub(r"\s+", " ", text).strip()


def page_texts(path) -> list[str]:
    return [page.extract_text() for page in pdf_reader(path).pages]


def positioned_text(page) -> list[tuple[str, float, float]]:
    """(text, x, y) of each text run on ``page`` in PDF points."""
    runs = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((text.strip(), x, y))

    page.extract_text(visitor_text=visit)
    return runs
