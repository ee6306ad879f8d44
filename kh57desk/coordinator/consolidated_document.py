"""The consolidated report of the province as a ``ReportDocument`` (same Decree 30 header,
body and closing as an agency's report), plus the consolidated figures for its appendices."""

from __future__ import annotations

import datetime as dt

from kh57desk.coordinator.consolidation import Consolidated
from kh57desk.domain import status as task_status
from kh57desk.reports import model as report_model
from kh57desk.services.settings import AppSettings

RECIPIENTS = ["Ủy ban nhân dân tỉnh (để báo cáo)", "Ban Chỉ đạo của UBND tỉnh về phát triển KHCN, ĐMST và CĐS "
              "(để báo cáo)", "Các sở, ban, ngành, địa phương (để biết, thực hiện)"]
UPCOMING_LISTED = 20  # tasks named one by one in section IV


def _p(text: str) -> report_model.Block:
    return report_model.Block(report_model.PARAGRAPH, text)


def _task(ref: str) -> str:
    """``nhiệm vụ (34)`` whether the plan writes the number ``34`` or ``(34)``."""
    ref = ref.strip()
    return f"nhiệm vụ {ref if ref.startswith('(') else f'({ref})'}" if ref else "nhiệm vụ"


def _cited(agency: str, ref: str, text: str) -> report_model.Block:
    """``Sở Y tế, nhiệm vụ (28): Thiếu nhân lực CNTT``."""
    return report_model.Block(report_model.ITEM, f"{agency}, {_task(ref)}: {text}")


def _percent(part: int, whole: int) -> str:
    """``10,5%``: rounded once, to one decimal, with the Vietnamese decimal comma."""
    return f"{round(100 * part / whole, 1) if whole else 0.0:.1f}%".replace(".", ",")


def body(data: Consolidated) -> list[report_model.Block]:
    t = data.totals
    done = t[task_status.DONE_ON_TIME] + t[task_status.DONE_LATE]
    blocks = [report_model.Block(report_model.HEADING, "I. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
              _p(f"Thời gian chốt số liệu {data.period.window_text}; hạn gửi báo cáo ngày {data.due:%d/%m/%Y}. "
                 f"Có {data.agencies_required} cơ quan, đơn vị được giao nhiệm vụ phải báo cáo; {data.on_time} "
                 f"cơ quan báo cáo đúng hạn, {data.late} cơ quan báo cáo muộn, {len(data.missing)} cơ quan chưa "
                 "báo cáo.")]
    if data.missing:
        blocks.append(_p("Các cơ quan, đơn vị chưa báo cáo: " + "; ".join(data.missing) + "."))
    blocks += [report_model.Block(report_model.HEADING, "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"),
               _p(f"Tổng số lượt nhiệm vụ do các cơ quan chủ trì: {data.tasks_led}; trong đó hoàn thành {done} "
                  f"({_percent(done, data.tasks_led)}; {t[task_status.DONE_ON_TIME]} đúng hạn, {t[task_status.DONE_LATE]} quá hạn), "
                  f"đang thực hiện trong hạn {t[task_status.ON_TRACK]}, thường xuyên {t[task_status.RECURRING]}, quá hạn chưa hoàn "
                  f"thành {t[task_status.OVERDUE]}, chưa triển khai {t[task_status.NOT_STARTED_STATUS]}, đề nghị điều chỉnh/dừng "
                  f"{t[task_status.ADJUSTMENT]}. Chi tiết theo từng cơ quan tại Phụ lục I.")]
    worst = sorted((a for a in data.agencies if a.overdue), key=lambda a: -a.overdue)[:5]  # stable: A–Z ties
    if worst:
        blocks.append(_p("Các cơ quan có nhiều nhiệm vụ quá hạn nhất: "
                         + "; ".join(f"{a.agency} ({a.overdue} nhiệm vụ)" for a in worst)
                         + ". Danh sách nhiệm vụ quá hạn tại Phụ lục II."))
    if data.targets:
        blocks.append(_p(f"Kế hoạch có {len(data.targets)} chỉ tiêu; kết quả theo cơ quan tại Phụ lục III."))
    blocks += [report_model.Block(report_model.HEADING, "III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ"),
               report_model.Block(report_model.SUBHEADING, "1. Khó khăn, vướng mắc")]
    blocks += [_cited(d.agency, d.ref, d.text) for d in data.difficulties] or \
        [_p("Các cơ quan không báo cáo khó khăn, vướng mắc trong kỳ.")]
    blocks.append(report_model.Block(report_model.SUBHEADING, "2. Đề xuất, kiến nghị"))
    blocks += [_cited(p.agency, p.ref, p.text) for p in data.proposals] or \
        [_p("Các cơ quan không có đề xuất, kiến nghị trong kỳ.")]
    blocks.append(report_model.Block(report_model.HEADING, f"IV. NHIỆM VỤ TRỌNG TÂM {data.next_period_label.upper()}"))
    if t[task_status.OVERDUE]:
        blocks.append(_p(f"Đôn đốc các cơ quan, đơn vị hoàn thành {t[task_status.OVERDUE]} lượt nhiệm vụ đã quá hạn "
                         "(Phụ lục II)."))
    if data.upcoming:
        blocks.append(_p(f"Tập trung thực hiện {len(data.upcoming)} nhiệm vụ có thời hạn hoàn thành trong "
                         f"{data.next_period_label}:"))
        blocks += [report_model.Block(report_model.ITEM, f"{_task(u.ref).capitalize()} {u.content} (chủ trì: {u.lead}; thời hạn: "
                                   f"{u.deadline})") for u in data.upcoming[:UPCOMING_LISTED]]
        if len(data.upcoming) > UPCOMING_LISTED:
            blocks.append(report_model.Block(report_model.ITEM, f"Và {len(data.upcoming) - UPCOMING_LISTED} nhiệm vụ khác đến hạn "
                                          f"trong {data.next_period_label}."))
    blocks.append(_p(f"Tiếp tục theo dõi, đôn đốc và tổng hợp kết quả thực hiện {data.plan_title} "
                     f"{data.next_period_label}."))
    return blocks


def document(data: Consolidated, prefs: AppSettings, number: str, day: dt.date) -> report_model.ReportDocument:
    subject = f"Tổng hợp kết quả thực hiện {data.plan_title}, {data.period.label}"
    counts = [report_model.StatusCount(s, task_status.STATUS_LABELS[s], data.totals[s], 0) for s in task_status.STATUSES]
    archive = f"Lưu: VT, {prefs.report_prefix}" if prefs.report_prefix else "Lưu: VT"
    return report_model.ReportDocument(
        superior=prefs.superior_name, agency=prefs.agency_name, number=number, place=prefs.place, date=day,
        subject=subject, period_id=data.period.id, period_label=data.period.label,
        window_start=data.period.start, window_end=data.period.end, body=body(data),
        recipients=RECIPIENTS + [archive],
        signer=report_model.Signer(prefs.signer_authority, prefs.signer_title, prefs.signer_name),
        status_counts=counts, tasks=[])
