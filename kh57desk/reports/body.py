"""The body of the report (sections I–IV) written from a summary and the user's own paragraphs.

Pure functions: a ``ReportSummary`` and four free texts in, a list of ``Block`` out. The user's
paragraphs for a section come first, the generated text after them.
"""

from __future__ import annotations

from kh57desk.reports.model import HEADING, ITEM, PARAGRAPH, SUBHEADING, Block, ReportSummary, TaskNote

CITE_WORDS = 25
_LETTERS = "abcdđeghiklmnopqrstuvxy"  # Vietnamese ordering of a), b), c), d), đ), e)…


def cite(content: str, words: int = CITE_WORDS) -> str:
    """The first ``words`` words of a task's content, with "…" when cut."""
    parts = content.split()
    text = " ".join(parts[:words])
    return text.rstrip(".,;:") + "…" if len(parts) > words else text.rstrip(".;:")


def free_paragraphs(text: str) -> list[Block]:
    """The user's text: one paragraph per non-empty line."""
    return [Block(PARAGRAPH, line.strip()) for line in (text or "").splitlines() if line.strip()]


def items(texts: list[str]) -> list[Block]:
    """``- …;`` items, the last closed with a full stop."""
    result = []
    for i, text in enumerate(texts):
        end = "." if i == len(texts) - 1 else ";"
        result.append(Block(ITEM, text.rstrip().rstrip(".;,:") + end))
    return result


def refs(notes: list[TaskNote]) -> str:
    return ", ".join(n.ref for n in notes)


def task_mention(note: TaskNote) -> str:
    return f"Nhiệm vụ {note.ref} “{cite(note.content)}”"


def letter(index: int) -> str:
    return _LETTERS[index] if index < len(_LETTERS) else str(index + 1)


def _section_results(s: ReportSummary, free: str) -> list[Block]:
    blocks = [Block(HEADING, "I. KẾT QUẢ THỰC HIỆN"), *free_paragraphs(free),
              Block(SUBHEADING, "1. Tình hình chung"),
              Block(PARAGRAPH, f"Thời gian chốt số liệu báo cáo: {s.window_text}.")]
    if s.total == 0:
        blocks.append(Block(PARAGRAPH, f"Trong {s.plan_name} không có nhiệm vụ giao cho {s.agency}."))
        return blocks
    by_name = (f"; được giao đích danh {s.named_total} nhiệm vụ, theo nhóm cơ quan {s.group_total} nhiệm vụ"
               if s.named_total + s.group_total == s.total else "")
    blocks.append(Block(PARAGRAPH, f"Tổng số nhiệm vụ {s.agency} được giao tại {s.plan_name}: {s.total} nhiệm vụ, "
                                   f"trong đó chủ trì {s.lead_total} nhiệm vụ, phối hợp {s.coordinate_total} "
                                   f"nhiệm vụ{by_name}."))
    blocks.append(Block(PARAGRAPH, f"Kết quả thực hiện tính đến ngày {s.as_of:%d/%m/%Y}:"))
    blocks += items([f"{c.label}: {c.total} nhiệm vụ (chủ trì {c.lead}, phối hợp {c.coordinate})"
                     for c in s.status_counts])
    blocks.append(Block(SUBHEADING, "2. Kết quả nổi bật theo nhóm nhiệm vụ"))
    named = [g for g in s.groups if g.name]
    any_highlight = False
    for index, group in enumerate(s.groups):
        if named:
            title = group.name or "Nhiệm vụ khác"
            blocks.append(Block(PARAGRAPH, f"{letter(index)}) {title}: {group.total} nhiệm vụ, "
                                           f"đã hoàn thành {group.done} nhiệm vụ."))
        if group.highlights:
            any_highlight = True
            blocks += items([f"{task_mention(n)}: {n.text}" for n in group.highlights])
    if not any_highlight:
        blocks.append(Block(PARAGRAPH, "Trong kỳ chưa có nhiệm vụ hoàn thành hoặc có kết quả mới được cập nhật."))
    appendix = "Kết quả thực hiện từng nhiệm vụ chi tiết tại Phụ lục I"
    if s.targets:
        appendix += ", kết quả thực hiện các chỉ tiêu tại Phụ lục II"
    blocks.append(Block(PARAGRAPH, appendix + " kèm theo báo cáo này."))
    return blocks


def _section_difficulties(s: ReportSummary, free: str) -> list[Block]:
    blocks = [Block(HEADING, "II. KHÓ KHĂN, VƯỚNG MẮC"), *free_paragraphs(free)]
    blocks += items([f"{task_mention(n)}: {n.text}" for n in s.difficulties])
    if s.overdue:
        blocks.append(Block(PARAGRAPH, f"Còn {len(s.overdue)} nhiệm vụ đã quá hạn nhưng chưa hoàn thành: "
                                       f"{refs(s.overdue)}."))
    if len(blocks) == 1:
        blocks.append(Block(PARAGRAPH, "Trong kỳ không phát sinh khó khăn, vướng mắc."))
    return blocks


def _section_proposals(s: ReportSummary, free: str) -> list[Block]:
    blocks = [Block(HEADING, "III. ĐỀ XUẤT, KIẾN NGHỊ"), *free_paragraphs(free)]
    texts = [f"Đề nghị điều chỉnh/dừng thực hiện nhiệm vụ {n.ref} “{cite(n.content)}”"
             + (f": {n.text}" if n.text else "") for n in s.adjustments]
    texts += [f"{task_mention(n)}: {n.text}" for n in s.proposals]
    blocks += items(texts)
    if len(blocks) == 1:
        blocks.append(Block(PARAGRAPH, "Không có đề xuất, kiến nghị."))
    return blocks


def _section_next(s: ReportSummary, free: str) -> list[Block]:
    blocks = [Block(HEADING, "IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI"), *free_paragraphs(free)]
    texts = [f"{task_mention(n)} (thời hạn: {n.text})" for n in s.next_tasks if n.is_lead]
    supporting = [n for n in s.next_tasks if not n.is_lead]
    if supporting:
        texts.append(f"Phối hợp với cơ quan chủ trì thực hiện {len(supporting)} nhiệm vụ đến hạn: {refs(supporting)}")
    if s.overdue:
        texts.append(f"Khẩn trương hoàn thành {len(s.overdue)} nhiệm vụ đã quá hạn: {refs(s.overdue)}")
    if s.recurring_count:
        texts.append(f"Tiếp tục triển khai {s.recurring_count} nhiệm vụ thường xuyên theo kế hoạch")
    if texts:
        blocks.append(Block(PARAGRAPH, f"Trong {s.next_period_label}, {s.agency} tập trung thực hiện:"))
        blocks += items(texts)
    elif len(blocks) == 1:
        blocks.append(Block(PARAGRAPH, "Tiếp tục triển khai các nhiệm vụ được giao theo kế hoạch."))
    return blocks


def compose_body(s: ReportSummary, results: str = "", difficulties: str = "", proposals: str = "",
                 next_period: str = "") -> list[Block]:
    """Sections I–IV between an opening and a closing sentence."""
    return [
        Block(PARAGRAPH, f"Thực hiện {s.plan_reference}, {s.agency} báo cáo kết quả thực hiện {s.period_label} "
                         "như sau:"),
        *_section_results(s, results),
        *_section_difficulties(s, difficulties),
        *_section_proposals(s, proposals),
        *_section_next(s, next_period),
        Block(PARAGRAPH, f"Trên đây là báo cáo kết quả thực hiện {s.plan_name}, {s.period_label} "
                         f"của {s.agency}./."),
    ]
