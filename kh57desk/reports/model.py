"""What a report contains, as plain values: both writers (PDF, XLSX) render this and nothing else.

Text is plain (no markup); the writers escape it. Body blocks carry a ``kind`` telling how to
set them: a section heading, a numbered sub-heading, an ordinary paragraph or a ``- …`` item.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kh57desk.domain import status as task_status

HEADING, SUBHEADING, PARAGRAPH, ITEM = "heading", "subheading", "paragraph", "item"


@dataclass(frozen=True)
class Block:
    kind: str
    text: str


@dataclass(frozen=True)
class Signer:
    authority: str  # "KT. GIÁM ĐỐC", or "" when the head signs
    title: str      # "PHÓ GIÁM ĐỐC"
    name: str


@dataclass(frozen=True)
class StatusCount:
    status: str
    label: str
    lead: int
    coordinate: int

    @property
    def total(self) -> int:
        return self.lead + self.coordinate


@dataclass(frozen=True)
class TaskLine:
    """One row of the task appendix."""

    group: str
    ref: str
    content: str
    role: str  # lead / coordinate
    role_label: str
    deadline_text: str
    deadline_due: dt.date | None
    status: str
    status_label: str
    percent: int | None
    completed_on: dt.date | None
    result: str
    output_doc_number: str
    output_doc_date: dt.date | None
    difficulties: str
    proposals: str
    # progress fields from the journal (additive): every document dated inside the window as
    # (number, date), how many updates the window holds, whether the draft reworded the result
    documents: tuple[tuple[str, dt.date | None], ...] = ()
    updates: int = 0
    result_overridden: bool = False
    task_uid: str = ""

    @property
    def output_text(self) -> str:
        """``Kế hoạch số 45/KH-SNV ngày 25/03/2025`` (several documents joined by ``; ``)."""
        if len(self.documents) > 1:
            return "; ".join(number + (f" ngày {day:%d/%m/%Y}" if day else "") if number
                             else f"Văn bản ngày {day:%d/%m/%Y}" for number, day in self.documents)
        if not self.output_doc_number:
            return f"Văn bản ngày {self.output_doc_date:%d/%m/%Y}" if self.output_doc_date else ""
        suffix = f" ngày {self.output_doc_date:%d/%m/%Y}" if self.output_doc_date else ""
        return self.output_doc_number + suffix

    @property
    def status_text(self) -> str:
        """The status with its date or percentage: ``Hoàn thành đúng hạn (25/03/2025)``."""
        if self.completed_on and task_status.is_done(self.status):
            return f"{self.status_label} ({self.completed_on:%d/%m/%Y})"
        if self.percent is not None and 0 < self.percent < 100:
            return f"{self.status_label} ({self.percent}%)"
        return self.status_label


@dataclass(frozen=True)
class TargetLine:
    """One row of the target appendix. ``target_text`` is the milestone value as the plan writes
    it (``≥ 60%``); ``value`` is what was reached in the period (None = not entered)."""

    group: str
    text: str
    milestone_year: int | None
    target_text: str
    target: float | None
    value: float | None
    value_text: str         # the value with its unit: ``62%``
    unit: str
    note: str
    assessment: str


@dataclass
class ReportDocument:
    superior: str
    agency: str
    number: str           # "Số: 01/BC-SNV" without "Số: " → "01/BC-SNV"
    place: str
    date: dt.date
    subject: str          # "Kết quả thực hiện Kế hoạch số 26/KH-UBND, quý II năm 2025"
    period_id: str
    period_label: str
    window_start: dt.date
    window_end: dt.date
    body: list[Block]
    recipients: list[str]  # as printed, without "- " and ";"; the archive line last
    signer: Signer
    status_counts: list[StatusCount]
    tasks: list[TaskLine]
    targets: list[TargetLine] = field(default_factory=list)
    version: int = 1

    @property
    def date_line(self) -> str:
        from kh57desk.domain.dates import long_date

        return long_date(self.place, self.date)

    @property
    def appendix_reference(self) -> str:
        """``(Kèm theo Báo cáo số 01/BC-SNV ngày 20/6/2025 của Sở Nội vụ)``."""
        return f"(Kèm theo Báo cáo số {self.number} ngày {self.date:%d/%m/%Y} của {self.agency})"


@dataclass(frozen=True)
class TaskNote:
    """A task cited in the body: ``Nhiệm vụ (4) «…»: <text>``."""

    ref: str
    content: str
    role_label: str
    text: str = ""
    is_lead: bool = False


@dataclass(frozen=True)
class GroupSummary:
    name: str
    total: int
    done: int
    highlights: list[TaskNote]


@dataclass
class ReportSummary:
    """What will go into the report of one agency, one plan, one period (shown before generating)."""

    period_id: str
    period_label: str
    window_start: dt.date
    window_end: dt.date
    as_of: dt.date
    plan_id: int
    plan_name: str          # "Kế hoạch số 26/KH-UBND" or the plan's title
    plan_reference: str     # "Kế hoạch số 26/KH-UBND ngày 13/02/2025 của Ủy ban nhân dân tỉnh Thái Bình"
    agency: str
    lead_total: int
    coordinate_total: int
    status_counts: list[StatusCount]
    groups: list[GroupSummary]
    difficulties: list[TaskNote]
    proposals: list[TaskNote]
    adjustments: list[TaskNote]
    overdue: list[TaskNote]
    next_period_label: str
    next_tasks: list[TaskNote]
    recurring_count: int
    targets: list[TargetLine]
    tasks: list[TaskLine]
    amendments: list[TaskNote] = field(default_factory=list)  # late amendments to earlier reports of this kind
    named_total: int = 0  # of the tasks, those given to the agency by name (or adopted by it)
    group_total: int = 0  # those it has through a group ("Các sở, ban, ngành")

    @property
    def total(self) -> int:
        return self.lead_total + self.coordinate_total

    @property
    def done(self) -> int:
        return sum(c.total for c in self.status_counts if task_status.is_done(c.status))

    @property
    def window_text(self) -> str:
        return f"từ ngày {self.window_start:%d/%m/%Y} đến ngày {self.window_end:%d/%m/%Y}"
