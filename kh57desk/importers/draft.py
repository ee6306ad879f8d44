"""What an importer produces: a plan as read from a file, before it touches the database.

:class:`TaskDraft` is one task, :class:`RowProblem` a line or row that was not understood,
:class:`PlanDraft` the whole plan with its targets. Readers (:mod:`.narrative`, :mod:`.table`)
build them; :mod:`kh57desk.services.plan_apply` applies them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kh57desk.domain import deadline as deadline_rules
from kh57desk.domain.targets import Target
from kh57desk.domain.text import clean


@dataclass
class TaskDraft:
    """One task as read from a source, before it touches the database."""

    ref: str
    content: str
    group: str = ""
    lead: str = ""
    coordinating: str = ""
    deadline: object = ""  # text as written, or a date from an Excel cell
    product: str = ""
    note: str = ""
    source_row: int | None = None
    uid: str | None = None  # set by task packages: the coordinator's stable id
    adopted: bool = False  # set by task packages: the receiving agency adopted it ("Nhận thực hiện")

    def deadline_text(self) -> str:
        return deadline_rules.parse_deadline(self.deadline).raw


@dataclass
class RowProblem:
    row: int | None
    reason: str
    text: str = ""


@dataclass
class PlanDraft:
    tasks: list[TaskDraft]
    number: str = ""
    title: str = ""
    issuer: str = ""
    issued_on: dt.date | None = None
    schedule_text: str = ""
    source_file: str = ""
    source_sha256: str = ""
    problems: list[RowProblem] = field(default_factory=list)
    uid: str | None = None
    indicators: list[Target] = field(default_factory=list)
    account: Account | None = None  # where each paragraph/row of the file went (file importers only)

    @property
    def key(self) -> str:
        return clean(self.number) or clean(self.title)


# Where each paragraph of a narrative (or each row of a table) ended up.
TASK, TARGET, CONTEXT, NOT_UNDERSTOOD = "task", "target", "context", "not_understood"
PLACES = (TASK, TARGET, CONTEXT, NOT_UNDERSTOOD)
PLACE_LABELS = {TASK: "vào nhiệm vụ", TARGET: "vào chỉ tiêu", CONTEXT: "tiêu đề, ngữ cảnh",
                NOT_UNDERSTOOD: "không hiểu"}
PARAGRAPHS, TABLE_ROWS = "đoạn văn", "dòng bảng"


@dataclass
class Account:
    """Every paragraph (of a text) and every row (of a table) in exactly one place. ``sources``
    counts what was read (``đoạn văn``, ``dòng bảng``), ``places`` where it went; both add up
    to the same total."""

    places: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PLACES, 0))
    sources: dict[str, int] = field(default_factory=dict)

    def add(self, source: str, place: str, count: int = 1) -> None:
        self.sources[source] = self.sources.get(source, 0) + count
        self.places[place] += count

    def merge(self, other: "Account") -> "Account":
        for source, count in other.sources.items():
            self.sources[source] = self.sources.get(source, 0) + count
        for place, count in other.places.items():
            self.places[place] += count
        return self

    @property
    def total(self) -> int:
        return sum(self.sources.values())

    def adds_up(self) -> bool:
        return sum(self.places.values()) == self.total

    def describe(self) -> str:
        """``Đã đọc 244 đoạn văn: 180 vào nhiệm vụ, 12 vào chỉ tiêu, 52 tiêu đề, ngữ cảnh, 0 không hiểu.``"""
        read = " và ".join(f"{count} {source}" for source, count in self.sources.items()) or "0 đoạn văn"
        return f"Đã đọc {read}: " + ", ".join(f"{self.places[p]} {PLACE_LABELS[p]}" for p in PLACES) + "."
