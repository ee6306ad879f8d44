"""The status of a task in a reporting period, in the categories provincial trackers use.

The user enters a *state* (what they did); the *status* is derived from that state, the
completion date, the deadline and the period's end, so it can never disagree with the dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kh57desk.domain import deadline as deadline_rules

# What the user enters
NOT_STARTED, IN_PROGRESS, COMPLETED, ADJUSTMENT_PROPOSED = "not_started", "in_progress", "completed", "adjust"
STATES = (NOT_STARTED, IN_PROGRESS, COMPLETED, ADJUSTMENT_PROPOSED)
STATE_LABELS = {
    NOT_STARTED: "Chưa triển khai",
    IN_PROGRESS: "Đang thực hiện",
    COMPLETED: "Đã hoàn thành",
    ADJUSTMENT_PROPOSED: "Đề nghị điều chỉnh/dừng",
}

# What the program derives, in report order
DONE_ON_TIME = "done_on_time"
DONE_LATE = "done_late"
ON_TRACK = "on_track"
OVERDUE = "overdue"
NOT_STARTED_STATUS = "not_started"
RECURRING = "recurring"
ADJUSTMENT = "adjust"
STATUSES = (DONE_ON_TIME, DONE_LATE, ON_TRACK, OVERDUE, NOT_STARTED_STATUS, RECURRING, ADJUSTMENT)
STATUS_LABELS = {
    DONE_ON_TIME: "Hoàn thành đúng hạn",
    DONE_LATE: "Hoàn thành quá hạn",
    ON_TRACK: "Đang thực hiện (trong hạn)",
    OVERDUE: "Quá hạn, chưa hoàn thành",
    NOT_STARTED_STATUS: "Chưa triển khai",
    RECURRING: "Thường xuyên (đang triển khai)",
    ADJUSTMENT: "Đề nghị điều chỉnh/dừng thực hiện",
}


@dataclass(frozen=True)
class Entry:
    """The part of a progress entry that decides the status."""

    state: str | None = None
    completed_on: dt.date | None = None
    percent: int | None = None


def state_from_text(text: str) -> str | None:
    """Map a CLI/user word to a state: accepts the codes and Vietnamese words."""
    from kh57desk.domain.text import fold

    key = fold(text).replace("_", " ").replace("-", " ")
    aliases = {
        NOT_STARTED: ("not started", "chua trien khai", "chua thuc hien", "chua"),
        IN_PROGRESS: ("in progress", "dang thuc hien", "dang trien khai", "dang"),
        COMPLETED: ("completed", "done", "hoan thanh", "da hoan thanh", "xong"),
        ADJUSTMENT_PROPOSED: ("adjust", "de nghi dieu chinh", "de nghi dung", "dieu chinh", "dung",
                              "de nghi dieu chinh/dung"),
    }
    for state, words in aliases.items():
        if key in words:
            return state
    return None


def derive_status(entry: Entry | None, deadline: deadline_rules.Deadline, period_end: dt.date,
                  today: dt.date | None = None) -> str:
    """Status of a task at the end of a period (or ``today`` if that comes first).

    - a proposal to adjust/stop wins;
    - completed (state, or a completion date entered) → on time when the completion date is
      not after the due date, else late; no date given → judged at the period's end;
    - recurring tasks ("Thường xuyên", "Hằng năm") are never overdue;
    - a due date passed before the cut-off → overdue;
    - otherwise in progress when anything was entered, else not started.
    """
    entry = entry or Entry()
    as_of = min(period_end, today) if today else period_end
    due = _due_for(deadline, period_end)
    if entry.state == ADJUSTMENT_PROPOSED:
        return ADJUSTMENT
    if entry.state == COMPLETED or entry.completed_on is not None or (entry.percent or 0) >= 100:
        finished = entry.completed_on or as_of
        if due is not None and finished > due:
            return DONE_LATE
        return DONE_ON_TIME
    if deadline.kind == deadline_rules.RECURRING and deadline.recurrence == deadline_rules.CONTINUOUS:
        return RECURRING
    if due is not None and due < as_of:
        return OVERDUE
    if deadline.kind == deadline_rules.RECURRING:
        return RECURRING
    if entry.state == IN_PROGRESS or (entry.percent or 0) > 0:
        return ON_TRACK
    return NOT_STARTED_STATUS


def _due_for(deadline: deadline_rules.Deadline, period_end: dt.date) -> dt.date | None:
    if deadline.kind == deadline_rules.RECURRING:
        return deadline.due_in_year(period_end.year) if deadline.recurrence == deadline_rules.YEARLY and deadline.month \
            else None
    if deadline.kind in (deadline_rules.DATE, deadline_rules.RANGE):
        return deadline.due
    return None


def is_done(status: str) -> bool:
    return status in (DONE_ON_TIME, DONE_LATE)
