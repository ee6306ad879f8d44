"""The journal journey: one task, four dated updates, every report period is a view over them.

Updates on task (8) (due Tháng 6/2025, Sở Nội vụ) dated 20/03, 20/04, 20/05 and 10/06/2025, each with
its own result text. The PDF and XLSX of the M04, M05, M06, Q2, H1 and Y reports and of the plan's
own periods (before 01/6 and 15/11) are read back: exactly the texts dated inside each window
appear, in date order, and the status follows the latest update on or before the window's end.
Then the same through packages: the coordinator imports the agency's Q2 report package and holds
the four updates of the quarter; its M05 view shows only the one dated 20/04; monthly packages
carrying the same updates never duplicate them; an edit and a deletion travel.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kh57desk.db.models import Agency, ProgressUpdate, Task
from kh57desk.domain import status as task_status
from kh57desk.domain.periods import parse_period
from kh57desk.domain.schedule import Schedule
from kh57desk.services import (plan_apply, progress, report_register, sample_plan, settings, setup, standing,
                               tasks as task_service)
from kh57desk.sync import package_import, report_package, task_package
from kh57desk.workspace import open_workspace

TODAY = dt.date(2025, 12, 20)  # every window below has closed
UPDATES = [  # (date, state, percent, completed, result)
    ("20/03/2025", "đang thực hiện", 10, None, "KQ-A xây dựng dự thảo kế hoạch"),
    ("20/04/2025", "đang thực hiện", 40, None, "KQ-B lấy ý kiến các sở ngành"),
    ("20/05/2025", "đang thực hiện", 80, None, "KQ-C trình Ủy ban nhân dân tỉnh"),
    ("10/06/2025", "hoàn thành", 100, "10/06/2025", "KQ-D kế hoạch đã được ban hành"),
]
TEXTS = [u[4] for u in UPDATES]
# period → (the results dated inside its window, the status at its end)
EXPECTED = {
    "2025-M04": (TEXTS[:1], task_status.ON_TRACK),          # 15/03 – 14/04
    "2025-M05": (TEXTS[1:2], task_status.ON_TRACK),         # 15/04 – 14/05
    "2025-M06": (TEXTS[2:], task_status.DONE_ON_TIME),      # 15/05 – 14/06
    "2025-Q2": (TEXTS, task_status.DONE_ON_TIME),           # 15/03 – 14/06
    "2025-H1": (TEXTS, task_status.DONE_ON_TIME),           # 15/12/2024 – 14/06
    "2025-Y": (TEXTS, task_status.DONE_ON_TIME),            # 15/12/2024 – 14/12
    "2025-C1": (TEXTS[:3], task_status.ON_TRACK),           # the plan's own: 15/11/2024 – 31/05 (report before 01/6)
    "2025-C2": (TEXTS[3:], task_status.DONE_ON_TIME),       # 01/06 – 14/11 (report before 15/11)
}
FIXED_DATES = ((1, 6), (15, 11))


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("nhat-ky")
    coordinator = open_workspace(root / "so-khcn")
    with coordinator.db.transaction() as s:
        setup.initialise(s, "Sở Khoa học và Công nghệ", coordinator=True)
        plan_apply.apply(s, sample_plan.load_draft())
        package = task_package.export_for(s, "Sở Nội vụ", root / "goi").path
    agency = open_workspace(root / "so-noi-vu")
    [imported] = package_import.import_paths(agency, [package], trust_new_sender=True)
    assert imported.ok, imported.message
    with agency.db.transaction() as s:
        settings.update(s, signer_name="Nguyễn Thị Hoa", signer_title="PHÓ GIÁM ĐỐC", signer_authority="KT. GIÁM ĐỐC",
                        schedule=Schedule(fixed_dates=FIXED_DATES).to_json())
        task = task_service.find_task(s, "8")
        for day, state, percent, completed, result in UPDATES:
            progress.add_update(s, task, day, state=state, percent=percent, completed_on=completed, result=result)
    yield {"root": root, "agency": agency, "coordinator": coordinator}
    agency.close()
    coordinator.close()


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _pdf_text(path) -> str:
    return _flat(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages))


def _xlsx(path) -> tuple[str, list[str]]:
    """All the workbook's text in reading order, and each row's text."""
    book = openpyxl.load_workbook(path)
    rows = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            rows.append(_flat(" ".join(str(v) for v in row if v not in (None, ""))))
    return " ".join(rows), rows


def _assert_texts_in_order(text: str, wanted: list[str], where: str) -> None:
    absent = [t for t in TEXTS if t not in wanted]
    assert [t for t in absent if t in text] == [], f"{where}: texts from outside the window"
    positions = [text.find(t) for t in wanted]
    assert all(p >= 0 for p in positions), f"{where}: missing {[t for t, p in zip(wanted, positions) if p < 0]}"
    assert positions == sorted(positions), f"{where}: not in date order"


@pytest.mark.parametrize("period_id", list(EXPECTED))
def test_each_report_shows_exactly_the_updates_of_its_window(world, period_id):
    agency = world["agency"]
    period = parse_period(period_id, FIXED_DATES)
    wanted, status = EXPECTED[period_id]
    with agency.db.transaction() as s:
        info = report_register.generate(agency, s, period, ("pdf", "xlsx"), today=TODAY)
    with agency.db.reader() as s:
        row = next(r for r in task_service.list_tasks(s, period, today=TODAY) if r.ref == "(8)")
    assert row.status == status  # the list, the report and the package all read services.standing
    pdf = _pdf_text(info.file("pdf").path)
    _assert_texts_in_order(pdf, wanted, f"{period_id} PDF")
    workbook, rows = _xlsx(info.file("xlsx").path)
    _assert_texts_in_order(workbook, wanted, f"{period_id} XLSX")
    [task_row] = [r for r in rows if "(8) Xây dựng, ban hành, tổ chức thực hiện chương trình đào tạo" in r]
    assert task_status.STATUS_LABELS[status] in task_row, f"{period_id}: the task's row says {task_row[:400]}"
    assert all(t in task_row for t in wanted)
    if len(wanted) > 1:  # several updates: each result carries its date
        first_day = next(u[0] for u in UPDATES if u[4] == wanted[0])
        assert f"{first_day}: {wanted[0]}" in workbook


def test_the_coordinator_keeps_the_quarters_updates_as_a_journal(world):
    agency, coordinator, root = world["agency"], world["coordinator"], world["root"]
    q2, m05 = parse_period("2025-Q2"), parse_period("2025-M05")
    with agency.db.transaction() as s:
        quarterly = report_package.export(agency, s, q2, root / "q2.kh57").path
    [result] = package_import.import_paths(coordinator, [quarterly], trust_new_sender=True)
    assert result.ok and result.preview.report.added == 4

    def journal():
        with coordinator.db.reader() as s:
            agency_id = s.scalar(select(Agency.id).where(Agency.name == "Sở Nội vụ"))
            task = s.scalar(select(Task).where(Task.ref == "(8)"))
            updates = progress.list_updates(s, task, agency_id=agency_id)
            view = standing.load(s, m05, own=False).standing((task.id, agency_id), task_service.deadline_of(task))
            count = s.query(ProgressUpdate).where(ProgressUpdate.agency_id == agency_id).count()
            return updates, view, count

    updates, view, count = journal()
    assert [u.on.strftime("%d/%m/%Y") for u in reversed(updates)] == [u[0] for u in UPDATES]
    assert [r.text for r in view.results] == [TEXTS[1]] and view.status == task_status.ON_TRACK and count == 4

    # monthly packages carrying the same updates: nothing is duplicated
    with agency.db.transaction() as s:
        monthly = [report_package.export(agency, s, parse_period(p), root / f"{p}.kh57").path
                   for p in ("2025-M04", "2025-M05", "2025-M06")]
    for path in monthly:
        [result] = package_import.import_paths(coordinator, [path], trust_new_sender=True)
        assert result.ok and result.preview.report.added == 0
    assert journal()[2] == 4

    # an edit (newer revision wins) and a deletion (tombstone) travel in the next package
    with agency.db.transaction() as s:
        task = task_service.find_task(s, "8")
        by_day = {u.on: u for u in progress.list_updates(s, task)}
        progress.edit_update(s, by_day[dt.date(2025, 4, 20)].id, result="KQ-B2 đã tổng hợp ý kiến")
        progress.delete_update(s, by_day[dt.date(2025, 5, 20)].id)
        again = report_package.export(agency, s, q2, root / "q2-lan-2.kh57").path
    [result] = package_import.import_paths(coordinator, [again], trust_new_sender=True)
    assert (result.preview.report.replaced, result.preview.report.removed) == (1, 1)
    updates, view, count = journal()
    assert [r.text for r in view.results] == ["KQ-B2 đã tổng hợp ý kiến"]
    assert [u.result for u in reversed(updates)] == [TEXTS[0], "KQ-B2 đã tổng hợp ý kiến", TEXTS[3]]
    assert count == 4  # the deletion is kept as a tombstone
    # the older quarterly package again: refused as a replay, nothing changes
    [result] = package_import.import_paths(coordinator, [quarterly], trust_new_sender=True)
    assert journal()[0] == updates

    # a correction of the reported quarter travels with the next period's package (late amendment)
    with agency.db.transaction() as s:
        first = min(progress.list_updates(s, task_service.find_task(s, "8")), key=lambda u: u.on)
        amended = progress.edit_update(s, first.id, result="KQ-A2 dự thảo đã sửa theo góp ý").update
        assert "2025-Q2" in amended.late_for.split()
        later = report_package.export(agency, s, parse_period("2025-Q3"), root / "q3.kh57").path
    [result] = package_import.import_paths(coordinator, [later], trust_new_sender=True)
    assert result.ok and result.preview.report.replaced == 1
    assert journal()[0][-1].result == "KQ-A2 dự thảo đã sửa theo góp ý"
    assert journal()[2] == 4
