"""Verdicts for the window, Qt-free: the coordinator reviews an agency's report of a period (accept,
return with a reason, reopen, with notes on single tasks written one per line as 'TASK: note') and
gets the verdict package to send; an agency sees the verdicts on its report of a period."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from kh57desk.app.signatures import person_signature
from kh57desk.coordinator import verdicts as coordinator_verdicts
from kh57desk.domain.periods import Period
from kh57desk.errors import InputError
from kh57desk.services import verdicts
from kh57desk.sync import verdict_package
from kh57desk.workspace import Workspace

OUTBOX = "goi-gui-di"  # the data folder's outgoing packages, as for report packages
NOTE_LINE = re.compile(r"^\s*\(?([^():\s]+)\)?\s*[:\-–]\s*(.+)$")


@dataclass(frozen=True)
class ReviewResult:
    agency: str
    label: str
    notes: list[str]
    package: Path
    signed: bool = False  # signed by a person, besides this database's key

    def lines(self) -> list[str]:
        return [f"{self.agency}: {self.label}", *self.notes, f"Gói kết quả gửi lại cơ quan: {self.package}"] + \
            (["Gói đã được ký số."] if self.signed else [])


def parse_task_notes(text: str) -> list[tuple[str, str]]:
    """'12: đề nghị bổ sung số văn bản' on each non-empty line → [('12', 'đề nghị …')]."""
    notes = []
    for number, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        match = NOTE_LINE.match(line)
        if match is None:
            raise InputError(f"Dòng ghi chú {number} cần dạng 'số nhiệm vụ: ghi chú', ví dụ '12: đề nghị bổ sung số "
                             "văn bản'.")
        notes.append((match.group(1), match.group(2).strip()))
    return notes


def review(ws: Workspace, agency: str, period: Period, decision: str, reason: str = "", notes_text: str = "",
           signature_for=None) -> ReviewResult:
    """Record the verdict and write the agency's verdict package in the data folder's outbox."""
    notes = parse_task_notes(notes_text)
    with ws.db.transaction() as session:
        decided = coordinator_verdicts.decide(session, agency, period, decision, reason, notes)
        exported = verdict_package.export_for(session, decided.agency, ws.data_dir / OUTBOX, signature_for)
    return ReviewResult(decided.agency, decided.label(), decided.note_lines(), exported.path, signature_for is not None)


def review_signed(ws: Workspace, agency: str, period: Period, decision: str, reason: str, notes_text: str,
                  source, secret: str) -> ReviewResult:
    """``review``, its verdict package signed by the person whose key ``source`` holds."""
    return review(ws, agency, period, decision, reason, notes_text, person_signature(ws, source, secret))


def period_lines(session: Session, period: Period | str) -> list[str]:
    """At an agency: the verdicts on its report of ``period``, oldest first, each followed by its
    task notes (indented)."""
    lines = []
    for item in verdicts.list_verdicts(session, period=period if isinstance(period, str) else period.id):
        lines.append(item.label())
        lines.extend(f"    {line}" for line in item.note_lines())
    return lines
