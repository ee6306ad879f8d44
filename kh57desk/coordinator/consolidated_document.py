"""The consolidated report of the province as a ``ReportDocument`` (same Decree 30 header,
body and closing as an agency's report), plus the consolidated figures for its appendices."""

from __future__ import annotations

import datetime as dt

from kh57desk.coordinator.consolidation import Consolidated
from kh57desk.domain import status as S
from kh57desk.reports import model as R
from kh57desk.services.settings import AppSettings

RECIPIENTS = ["Ủy ban nhân dân tỉnh (để báo cáo)", "Ban Chỉ đạo của UBND tỉnh về phát triển KHCN, ĐMST và CĐS "
              "(để báo cáo)", "Các sở, ban, ngành, địa phương (để biết, thực hiện)"]


def _p(text: str) -> R.Block:
    return R.Block(R.PARAGRAPH, text)


def body(data: Consolidated) -> list[R.Block]:
    t = data.totals
    done = t[S.DONE_ON_TIME] + t[S.DONE_LATE]
    blocks = [R.Block(R.HEADING, "I. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
              _p(f"Thời gian chốt số liệu {data.period.window_text}; hạn gửi báo cáo ngày {data.due:%d/%m/%Y}. "
                 f"Có {data.agencies_required} cơ quan, đơn vị được giao nhiệm vụ phải báo cáo; {data.on_time} "
                 f"cơ quan báo cáo đúng hạn, {data.late} cơ quan báo cáo muộn, {len(data.missing)} cơ quan chưa "
                 "báo cáo.")]
    if data.missing:
        blocks.append(_p("Các cơ quan, đơn vị chưa báo cáo: " + "; ".join(data.missing) + "."))
    blocks += [R.Block(R.HEADING, "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"),
               _p(f"Tổng số lượt nhiệm vụ do các cơ quan chủ trì: {data.tasks_led}; trong đó hoàn thành {done} "
                  f"({t[S.DONE_ON_TIME]} đúng hạn, {t[S.DONE_LATE]} quá hạn), đang thực hiện trong hạn "
                  f"{t[S.ON_TRACK]}, thường xuyên {t[S.RECURRING]}, quá hạn chưa hoàn thành {t[S.OVERDUE]}, "
                  f"chưa triển khai {t[S.NOT_STARTED_STATUS]}, đề nghị điều chỉnh/dừng {t[S.ADJUSTMENT]}. "
                  "Chi tiết theo từng cơ quan tại Phụ lục I.")]
    worst = sorted((a for a in data.agencies if a.overdue), key=lambda a: (-a.overdue, a.agency))[:5]
    if worst:
        blocks.append(_p("Các cơ quan có nhiều nhiệm vụ quá hạn nhất: "
                         + "; ".join(f"{a.agency} ({a.overdue} nhiệm vụ)" for a in worst)
                         + ". Danh sách nhiệm vụ quá hạn tại Phụ lục II."))
    blocks.append(R.Block(R.HEADING, "III. KHÓ KHĂN, VƯỚNG MẮC"))
    blocks += [R.Block(R.ITEM, f"{d.agency} (nhiệm vụ {d.ref}): {d.text}") for d in data.difficulties] or \
        [_p("Các cơ quan không báo cáo khó khăn, vướng mắc trong kỳ.")]
    blocks.append(R.Block(R.HEADING, "IV. ĐỀ XUẤT, KIẾN NGHỊ"))
    blocks += [R.Block(R.ITEM, f"{p.agency} (nhiệm vụ {p.ref}): {p.text}") for p in data.proposals] or \
        [_p("Các cơ quan không có đề xuất, kiến nghị trong kỳ.")]
    if data.targets:
        blocks += [R.Block(R.HEADING, "V. CHỈ TIÊU"),
                   _p(f"Kế hoạch có {len(data.targets)} chỉ tiêu; kết quả theo cơ quan tại Phụ lục III.")]
    return blocks


def document(data: Consolidated, prefs: AppSettings, number: str, day: dt.date) -> R.ReportDocument:
    subject = f"Tổng hợp kết quả thực hiện {data.plan_title}, {data.period.label}"
    counts = [R.StatusCount(s, S.STATUS_LABELS[s], data.totals[s], 0) for s in S.STATUSES]
    archive = f"Lưu: VT, {prefs.report_prefix}" if prefs.report_prefix else "Lưu: VT"
    return R.ReportDocument(
        superior=prefs.superior_name, agency=prefs.agency_name, number=number, place=prefs.place, date=day,
        subject=subject, period_id=data.period.id, period_label=data.period.label,
        window_start=data.period.start, window_end=data.period.end, body=body(data),
        recipients=RECIPIENTS + [archive],
        signer=R.Signer(prefs.signer_authority, prefs.signer_title, prefs.signer_name),
        status_counts=counts, tasks=[])
