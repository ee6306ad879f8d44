"""Reports built straight from the report model (no database), in the shapes real plans take:
the 98 tasks of the Thái Bình sub-committee's 2025 plan (repeated with new numbers for larger
reports), an agency's progress in the words agencies write, and a province of 25 agencies for
the consolidated report. Helpers only, no tests here; shared by the render, stamp and print
tests."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

from fixtures_reference import load_sample_tasks

from kh57desk.coordinator.consolidation import AgencyLine, AgencyText, Consolidated, UpcomingTask
from kh57desk.domain import status as task_status
from kh57desk.domain.periods import parse_period
from kh57desk.reports import model as report_model

Q2 = parse_period("2025-Q2")
DAY = dt.date(2025, 6, 20)
SUPERIOR = "Ủy ban nhân dân tỉnh Thái Bình"
RESULTS = ("Đã ban hành Kế hoạch triển khai; tổ chức hội nghị quán triệt đến 100% cán bộ, công chức, viên chức "
           "của cơ quan và các đơn vị trực thuộc.",
           "Đang hoàn thiện dự thảo, lấy ý kiến các sở, ngành và địa phương; dự kiến trình UBND tỉnh trong quý III.",
           "Đã triển khai thử nghiệm tại 03 đơn vị; kết quả bước đầu được đánh giá tốt.")
DIFFICULTY = "Thiếu nhân lực chuyên trách về chuyển đổi số; kinh phí bố trí chưa kịp thời."
PROPOSAL = "Đề nghị UBND tỉnh bổ sung kinh phí năm 2026 cho nhiệm vụ."
STATUS_CYCLE = (task_status.DONE_ON_TIME, task_status.ON_TRACK, task_status.DONE_LATE, task_status.ON_TRACK, task_status.OVERDUE, task_status.RECURRING, task_status.NOT_STARTED_STATUS,
                task_status.DONE_ON_TIME, task_status.ADJUSTMENT, task_status.ON_TRACK)
AGENCIES_25 = (
    "Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Công Thương",
    "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo",
    "Thanh tra tỉnh", "Văn phòng UBND tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Công an tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh", "Báo và Phát thanh, Truyền hình Thái Bình", "Trường Đại học Thái Bình",
    "Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh", "Đài Khí tượng thủy văn tỉnh", "Liên đoàn Lao động tỉnh",
    "Ủy ban nhân dân xã Đông Hưng", "Ủy ban nhân dân phường Trần Lãm", "Kho bạc Nhà nước khu vực IV",
    "Ngân hàng Nhà nước chi nhánh tỉnh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh")


def _task_lines(count: int) -> list[report_model.TaskLine]:
    sample = load_sample_tasks()
    lines = []
    for index in range(count):
        task = sample[index % len(sample)]
        status = STATUS_CYCLE[index % len(STATUS_CYCLE)]
        done = task_status.is_done(status)
        lines.append(report_model.TaskLine(
            group=task["group"] or "Nhiệm vụ chung", ref=f"({index + 1})", content=task["content"],
            role="lead" if index % 4 == 0 else "coordinate", role_label="Chủ trì" if index % 4 == 0 else "Phối hợp",
            deadline_text=task["deadline"] or "Thường xuyên", deadline_due=dt.date(2025, 6, 30) if index % 3 else None,
            status=status, status_label=task_status.STATUS_LABELS[status], percent=100 if done else (60 if index % 2 else None),
            completed_on=dt.date(2025, 5, 25) if done else None, result=RESULTS[index % 3] if index % 5 else "",
            output_doc_number="Kế hoạch số 45/KH-SNV" if index % 7 == 0 else "",
            output_doc_date=dt.date(2025, 3, 20) if index % 7 == 0 else None,
            difficulties=DIFFICULTY if index % 6 == 1 else "", proposals=PROPOSAL if index % 9 == 2 else ""))
    return lines


def agency_report(tasks: int = 100, agency: str = "Sở Nội vụ") -> report_model.ReportDocument:
    lines = _task_lines(tasks)
    counts = [report_model.StatusCount(s, task_status.STATUS_LABELS[s], sum(1 for t in lines if t.status == s and t.role == "lead"),
                            sum(1 for t in lines if t.status == s and t.role != "lead")) for s in task_status.STATUSES]
    body = [report_model.Block(report_model.HEADING, "I. KẾT QUẢ THỰC HIỆN"),
            report_model.Block(report_model.PARAGRAPH, f"Trong {Q2.label}, {agency} được giao {tasks} nhiệm vụ theo Kế hoạch số 26/KH-UBND "
                                 "ngày 13/02/2025 của Ủy ban nhân dân tỉnh Thái Bình; kết quả cụ thể tại Phụ lục I.")]
    body += [report_model.Block(report_model.ITEM, f"Nhiệm vụ {t.ref}: {t.result}") for t in lines[:12] if t.result]
    body += [report_model.Block(report_model.HEADING, "II. KHÓ KHĂN, VƯỚNG MẮC"), report_model.Block(report_model.PARAGRAPH, DIFFICULTY),
             report_model.Block(report_model.HEADING, "III. ĐỀ XUẤT, KIẾN NGHỊ"), report_model.Block(report_model.PARAGRAPH, PROPOSAL),
             report_model.Block(report_model.HEADING, "IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI"),
             report_model.Block(report_model.PARAGRAPH, "Tiếp tục triển khai các nhiệm vụ được giao, bảo đảm tiến độ và chất lượng.")]
    return report_model.ReportDocument(
        superior=SUPERIOR, agency=agency, number="01/BC-SNV", place="Thái Bình", date=DAY,
        subject=f"Kết quả thực hiện Kế hoạch số 26/KH-UBND, {Q2.label}", period_id=Q2.id, period_label=Q2.label,
        window_start=Q2.start, window_end=Q2.end, body=body,
        recipients=["UBND tỉnh (để báo cáo)", "Sở Khoa học và Công nghệ (để tổng hợp)", "Lưu: VT, SNV"],
        signer=report_model.Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"), status_counts=counts, tasks=lines)


def province(agencies: int = 25) -> Consolidated:
    """A consolidated period of ``agencies`` agencies; Sở Y tế leads 19 tasks, one of them
    proposed for adjustment (the row that once summed to 18)."""
    lines = []
    for index, name in enumerate(AGENCIES_25[:agencies]):
        lead = 19 if name == "Sở Y tế" else (index * 7) % 23
        counts = [0] * len(task_status.STATUSES)
        for task in range(lead):
            counts[task_status.STATUSES.index(STATUS_CYCLE[(task + index) % len(STATUS_CYCLE)])] += 1
        lines.append(AgencyLine(name, lead, (index * 5) % 17 + 3, tuple(counts),
                                ("Đã báo cáo đúng hạn", "Báo cáo muộn", "Chưa báo cáo")[index % 3], index % 4))
    totals = {s: sum(line.count(s) for line in lines) for s in task_status.STATUSES}
    sample = load_sample_tasks()
    return Consolidated(
        period=Q2, due=dt.date(2025, 6, 20), plan_title="Kế hoạch số 26/KH-UBND", agencies_required=len(lines),
        on_time=sum(1 for a in lines if a.report_state_label == "Đã báo cáo đúng hạn"),
        late=sum(1 for a in lines if a.report_state_label == "Báo cáo muộn"),
        missing=[a.agency for a in lines if a.report_state_label == "Chưa báo cáo"], totals=totals, agencies=lines,
        overdue=[(t["ref"], t["content"], t["deadline"], t["lead"]) for t in sample[:12]],
        difficulties=[AgencyText("Sở Y tế", "28", "Thiếu nhân lực CNTT"),
                      AgencyText("Sở Tài chính", "(68)", "Chậm phân bổ vốn")],
        proposals=[AgencyText("Sở Y tế", "(34)", "Đề nghị bổ sung kinh phí năm 2026")],
        next_period_label="quý III năm 2025",
        upcoming=[UpcomingTask(t["ref"], t["content"], t["deadline"], t["lead"]) for t in sample[40:46]])


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def print_with_libreoffice(xlsx: Path, out_dir: Path) -> Path:
    """The workbook printed to PDF by LibreOffice headless, as a user printing it would get."""
    profile = Path(out_dir).resolve() / "lo-profile"
    subprocess.run([soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out_dir), str(xlsx)], check=True, capture_output=True, timeout=240)
    return out_dir / (xlsx.stem + ".pdf")


def coordinator_settings():
    from kh57desk.services.settings import AppSettings

    return AppSettings(agency_name="Sở Khoa học và Công nghệ", superior_name=SUPERIOR, place="Thái Bình",
                       signer_name="Trần Văn Dũng", signer_title="Giám đốc", signer_authority="",
                       report_prefix="SKHCN", mode="coordinator")


def province_report(agencies: int = 25):
    """The consolidated report of ``province(agencies)``: (document, data)."""
    from kh57desk.coordinator.consolidated_document import document

    data = province(agencies)
    return document(data, coordinator_settings(), "02/BC-SKHCN", dt.date(2025, 6, 23)), data
