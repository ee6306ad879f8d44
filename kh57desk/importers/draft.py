"""What an importer produces: a plan as read from a file, before it touches the database.

:class:`TaskDraft` is one task, :class:`RowProblem` a line or row that was not understood,
:class:`PlanDraft` the whole plan with its targets. Readers (:mod:`.narrative`, :mod:`.table`)
build them; :mod:`kh57desk.services.plan_apply` applies them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kh57desk.domain import deadline as D
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

    def deadline_text(self) -> str:
        return D.parse_deadline(self.deadline).raw


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

    @property
    def key(self) -> str:
        return clean(self.number) or clean(self.title)
