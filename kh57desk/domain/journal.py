"""Progress as a journal of dated updates, and a reporting period as a view over it.

A *progress update* describes a task on one day. State, percent and completion date carry
forward: the task's standing on any day is its latest update on or before that day. Texts
(result, output document, difficulties, proposals) belong to the update that has them, so a
period shows the texts of the updates dated inside its cut-off window.

``period_view`` is the one place where a task's standing for a period is derived; the task
list, the task panel, the dashboard, the reports, the packages and the CLI all go through it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple

from kh57desk.domain import deadline as deadline_rules
from kh57desk.domain import status as task_status

EARLIEST_DAY = dt.date(2000, 1, 1)


class Update(NamedTuple):
    """One dated progress update (plain values; the database row lives in ``db.models``). A named
    tuple: the task list builds tens of thousands of them per period."""

    on: dt.date
    state: str = task_status.NOT_STARTED
    percent: int | None = None
    completed_on: dt.date | None = None
    result: str = ""
    output_doc_number: str = ""
    output_doc_date: dt.date | None = None
    difficulties: str = ""
    proposals: str = ""
    uid: str = ""
    created_at: dt.datetime | None = None  # orders two updates of the same day
    late_for: str = ""  # id of a sent report's period this change was made after

    @property
    def order_key(self) -> tuple:
        return self.on, self.created_at or dt.datetime.min, self.uid

    @property
    def has_document(self) -> bool:
        return bool(self.output_doc_number.strip() or self.output_doc_date)


@dataclass(frozen=True)
class DatedText:
    on: dt.date
    text: str


@dataclass(frozen=True)
class Document:
    number: str
    date: dt.date | None

    @property
    def text(self) -> str:
        """``Kế hoạch số 45/KH-SNV ngày 25/03/2025``."""
        if not self.number:
            return f"Văn bản ngày {self.date:%d/%m/%Y}" if self.date else ""
        return self.number + (f" ngày {self.date:%d/%m/%Y}" if self.date else "")


@dataclass(frozen=True)
class Standing:
    """A task seen through one period: its status at the cut-off and the period's texts."""

    status: str
    latest: Update | None  # the update the status comes from (dated ≤ the window's end)
    updates: tuple[Update, ...] = ()  # dated inside the window, in date order
    results: tuple[DatedText, ...] = ()
    documents: tuple[Document, ...] = ()
    difficulties: tuple[str, ...] = ()
    proposals: tuple[str, ...] = ()

    @property
    def status_label(self) -> str:
        return task_status.STATUS_LABELS[self.status]

    @property
    def state(self) -> str | None:
        return self.latest.state if self.latest else None

    @property
    def percent(self) -> int | None:
        return self.latest.percent if self.latest else None

    @property
    def completed_on(self) -> dt.date | None:
        return self.latest.completed_on if self.latest else None

    @property
    def latest_on(self) -> dt.date | None:
        return self.latest.on if self.latest else None

    @property
    def result_text(self) -> str:
        """The period's results in date order; each with its date when there is more than one."""
        return dated_lines(self.results)

    @property
    def documents_text(self) -> str:
        return "; ".join(d.text for d in self.documents if d.text)

    @property
    def difficulties_text(self) -> str:
        return "\n".join(self.difficulties)

    @property
    def proposals_text(self) -> str:
        return "\n".join(self.proposals)


def dated_lines(texts: Iterable[DatedText]) -> str:
    items = list(texts)
    if len(items) == 1:
        return items[0].text
    return "\n".join(f"{item.on:%d/%m/%Y}: {item.text}" for item in items)


def _distinct(values: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for value in values:
        text = (value or "").strip()
        if text and text not in seen:
            seen[text] = None
    return tuple(seen)


def period_view(updates: Iterable[Update], start: dt.date, end: dt.date, deadline: deadline_rules.Deadline,
                today: dt.date | None = None) -> Standing:
    """A task's standing for the cut-off window [``start``, ``end``] (both inclusive).

    - the status comes from the latest update dated ≤ ``end`` and the deadline, judged at the
      end of the window (or ``today`` when that comes first), as ``status.derive_status`` does;
    - the results are the non-empty result texts of the updates dated inside the window, in
      date order; the documents all those dated inside it; difficulties and proposals the
      distinct non-empty ones inside it.
    """
    ordered = sorted(updates, key=lambda u: u.order_key)
    latest = None
    inside: list[Update] = []
    for update in ordered:
        if update.on > end:
            break
        latest = update
        if update.on >= start:
            inside.append(update)
    entry = task_status.Entry(latest.state, latest.completed_on, latest.percent) if latest else None
    status = task_status.derive_status(entry, deadline, end, today)
    documents: dict[tuple, Document] = {}
    for update in inside:
        if update.has_document:
            document = Document(update.output_doc_number.strip(), update.output_doc_date)
            documents.setdefault((document.number, document.date), document)
    return Standing(
        status=status, latest=latest, updates=tuple(inside),
        results=tuple(DatedText(u.on, u.result.strip()) for u in inside if u.result.strip()),
        documents=tuple(documents.values()),
        difficulties=_distinct(u.difficulties for u in inside),
        proposals=_distinct(u.proposals for u in inside))


def carried_forward(updates: Iterable[Update], day: dt.date) -> Update | None:
    """The latest update dated on or before ``day`` (what a new update starts from)."""
    best = None
    for update in updates:
        if update.on <= day and (best is None or update.order_key > best.order_key):
            best = update
    return best


@dataclass(frozen=True)
class DateCheck:
    """Problems with the date of an update: ``error`` refuses it, ``warning`` is only shown."""

    error: str = ""
    warnings: tuple[str, ...] = field(default_factory=tuple)


def check_update_dates(on: dt.date, completed_on: dt.date | None, today: dt.date,
                       plan_issued_on: dt.date | None = None) -> DateCheck:
    """The date rules of an update, with the Vietnamese message the user sees."""
    if on > today:
        return DateCheck(f"Ngày cập nhật {on:%d/%m/%Y} ở tương lai (hôm nay là {today:%d/%m/%Y}).")
    if on < EARLIEST_DAY:
        return DateCheck(f"Ngày cập nhật {on:%d/%m/%Y} trước năm 2000.")
    if completed_on is not None and completed_on > on:
        return DateCheck(f"Ngày hoàn thành {completed_on:%d/%m/%Y} sau ngày cập nhật {on:%d/%m/%Y}: "
                         "hãy ghi cập nhật vào ngày hoàn thành hoặc muộn hơn.")
    if completed_on is not None and completed_on < EARLIEST_DAY:
        return DateCheck(f"Ngày hoàn thành {completed_on:%d/%m/%Y} trước năm 2000.")
    if plan_issued_on is not None and on < plan_issued_on:
        return DateCheck(warnings=(f"Ngày cập nhật {on:%d/%m/%Y} trước ngày ban hành kế hoạch "
                                   f"({plan_issued_on:%d/%m/%Y}).",))
    return DateCheck()


def period_update_day(window_end: dt.date, today: dt.date) -> dt.date:
    """The day an update entered "for a period" describes: the window's last day, or today
    when the window has not ended yet."""
    return min(window_end, today)


# -- reports already sent: late amendments ----------------------------------------------------

@dataclass(frozen=True)
class ReportedPeriod:
    """A period whose report was marked sent or exported as a package, and when."""

    period_id: str
    kind: str
    start: dt.date
    end: dt.date
    at: dt.datetime


def amended_reports(on: dt.date, reported: Iterable[ReportedPeriod]) -> str:
    """The reported periods (space-separated ids) whose window holds ``on``: a change to an
    update of that day made now is a late amendment ("bổ sung sau báo cáo") to them."""
    return " ".join(sorted({r.period_id for r in reported if r.start <= on <= r.end}))


@dataclass(frozen=True)
class Amendment:
    """A change made after a report was sent: ``update`` as it now stands (``deleted`` when
    the change removed it), ``period_id`` the report it amends."""

    update: Update
    period_id: str
    changed_at: dt.datetime
    deleted: bool = False
    task_ref: str = ""

    @property
    def text(self) -> str:
        what = "xóa cập nhật" if self.deleted else "cập nhật"
        detail = "" if self.deleted else (self.update.result.strip() or task_status.STATE_LABELS.get(self.update.state, ""))
        line = f"{what} ngày {self.update.on:%d/%m/%Y} (kỳ {self.period_id})"
        if self.task_ref:
            line = f"Nhiệm vụ {self.task_ref}: {line}"
        return f"{line}: {detail}" if detail else line


def amendments_for_report(changes: Iterable[Amendment], kind: str, window_start: dt.date,
                          reported: Iterable[ReportedPeriod]) -> list[Amendment]:
    """The late amendments the next report of ``kind`` (window starting ``window_start``) lists:
    those to an earlier reported period of the same kind, made after the last report of that
    kind was sent (so each amendment is listed once)."""
    earlier = [r for r in reported if r.kind == kind and r.end < window_start]
    ids = {r.period_id for r in earlier}
    since = max((r.at for r in earlier if r.end == max(e.end for e in earlier)), default=None)
    chosen = [c for c in changes if c.period_id in ids and (since is None or c.changed_at > since)]
    return sorted(chosen, key=lambda c: (c.update.on, c.changed_at))


def converted_entry_day(saved: dt.date, window: tuple[dt.date, dt.date] | None, completed_on: dt.date | None,
                        today: dt.date, clamp_start: bool = False) -> dt.date:
    """The date a per-period entry of the old model (a database before the journal, a version-1
    package) becomes an update on: the earlier of the day it was saved and its window's end
    (history rows are also clamped to the window's start); when its completion date is later
    than that, the completion date, so no update has a completion after its own date. Never
    after ``today``."""
    day = saved
    if window is not None:
        start, end = window
        day = min(day, end)
        if clamp_start:
            day = max(day, start)
    if completed_on is not None and completed_on > day:
        day = min(completed_on, today)
    return min(day, today)
