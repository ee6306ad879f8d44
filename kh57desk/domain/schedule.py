"""A plan's reporting schedule, and which reports are due or late on a given day.

Plans write their rhythm in prose: "định kỳ hằng tháng, 3 tháng, 6 tháng, 1 năm",
"trước ngày 01/6 và 15/11 hằng năm (hoặc đột xuất khi có yêu cầu)",
"báo cáo định kỳ 01 tháng/01 lần". ``parse_schedule_text`` reads those;
the user can edit the result in settings.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from kh57desk.domain import periods as reporting_periods
from kh57desk.domain.text import fold
from kh57desk.errors import InputError

UPCOMING, DUE, LATE, SUBMITTED = "upcoming", "due", "late", "submitted"
STATE_LABELS = {UPCOMING: "Sắp đến kỳ", DUE: "Đến hạn gửi", LATE: "Quá hạn gửi", SUBMITTED: "Đã gửi"}
DEFAULT_DUE_DAYS = 6  # the window ends on the 14th; the report is due on the 20th


@dataclass(frozen=True)
class Schedule:
    kinds: tuple[str, ...] = (reporting_periods.MONTHLY, reporting_periods.QUARTERLY, reporting_periods.HALF_YEAR, reporting_periods.YEARLY)
    fixed_dates: tuple[tuple[int, int], ...] = ()  # (day, month) pairs, yearly
    due_days_after: int = DEFAULT_DUE_DAYS
    text: str = ""

    def to_json(self) -> str:
        return json.dumps({"kinds": list(self.kinds), "fixed_dates": [list(d) for d in self.fixed_dates],
                           "due_days_after": self.due_days_after, "text": self.text}, ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str | None) -> "Schedule":
        if not data:
            return cls()
        raw = json.loads(data)
        return validate(tuple(raw.get("kinds", ())), tuple(tuple(d) for d in raw.get("fixed_dates", ())),
                        int(raw.get("due_days_after", DEFAULT_DUE_DAYS)), raw.get("text", ""))

    def periods_in_year(self, year: int) -> list[reporting_periods.Period]:
        result: list[reporting_periods.Period] = []
        for kind in self.kinds:
            result.extend(reporting_periods.periods_in_year(year, kind, self.fixed_dates))
        return result

    def due_date(self, period: reporting_periods.Period) -> dt.date:
        if period.kind == reporting_periods.CUSTOM:
            return period.end + dt.timedelta(days=1)
        return period.end + dt.timedelta(days=self.due_days_after)

    def describe(self) -> str:
        parts = [reporting_periods.KIND_LABELS[k] for k in self.kinds if k != reporting_periods.CUSTOM]
        if self.fixed_dates:
            parts.append("trước ngày " + " và ".join(f"{d:02d}/{m:02d}" for d, m in self.fixed_dates) + " hằng năm")
        return "; ".join(parts) or "Chỉ báo cáo đột xuất"


def validate(kinds: tuple[str, ...], fixed_dates: tuple[tuple[int, int], ...] = (),
             due_days_after: int = DEFAULT_DUE_DAYS, text: str = "") -> Schedule:
    for kind in kinds:
        if kind not in (*reporting_periods.STANDARD_KINDS, reporting_periods.CUSTOM):
            raise InputError(f"Loại kỳ báo cáo '{kind}' không hợp lệ (dùng M, Q, H, Y).")
    for day, month in fixed_dates:
        try:
            dt.date(2024, int(month), int(day))  # a leap year accepts 29/02
        except (ValueError, TypeError):
            raise InputError(f"Mốc báo cáo {day}/{month} không phải một ngày hợp lệ.") from None
    if not 0 <= due_days_after <= 60:
        raise InputError("Số ngày gửi báo cáo sau khi chốt số liệu phải từ 0 đến 60.")
    kinds = tuple(dict.fromkeys(kinds))
    if fixed_dates and reporting_periods.CUSTOM not in kinds:
        kinds = (*kinds, reporting_periods.CUSTOM)
    return Schedule(kinds, tuple((int(d), int(m)) for d, m in fixed_dates), due_days_after, text)


_FIXED_DATE = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})(?!\s*/\s*\d)")


def parse_schedule_text(text: str) -> Schedule:
    """Read a plan's reporting sentence; unknown text gives the Decree 09 default."""
    key = fold(text)
    kinds: list[str] = []
    if re.search(r"hang thang|moi thang|01 thang\s*/\s*01 lan|1 thang\s*/\s*1 lan|hang thang", key):
        kinds.append(reporting_periods.MONTHLY)
    if re.search(r"\b3 thang\b|hang quy|moi quy|\bquy\b(?!\s*(?:dinh|che|trinh|hoach|mo|tac|chuan|ché))", key):
        kinds.append(reporting_periods.QUARTERLY)
    if re.search(r"\b6 thang\b|nua nam", key):
        kinds.append(reporting_periods.HALF_YEAR)
    if re.search(r"\b1 nam\b|hang nam|\bnam\b(?! \d)", key) and ("truoc ngay" not in key):
        kinds.append(reporting_periods.YEARLY)
    fixed: list[tuple[int, int]] = []
    if "truoc ngay" in key or "truoc" in key:
        for m in _FIXED_DATE.finditer(key):
            fixed.append((int(m.group(1)), int(m.group(2))))
    if not kinds and not fixed:
        return Schedule(text=text)
    return validate(tuple(kinds), tuple(fixed), DEFAULT_DUE_DAYS, text)


@dataclass(frozen=True)
class ReportDue:
    period: reporting_periods.Period
    due: dt.date
    state: str

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]


def reports_on(schedule: Schedule, day: dt.date, submitted: set[str] | frozenset[str] = frozenset(),
               since: dt.date | None = None, horizon_days: int = 30) -> list[ReportDue]:
    """Reports of ``schedule`` that matter on ``day``: late ones (due since ``since``, not
    submitted), due ones (window closed, due date not passed), submitted ones in that range,
    and upcoming ones due within ``horizon_days``. Sorted by due date."""
    since = since or dt.date(day.year, 1, 1)
    horizon = day + dt.timedelta(days=horizon_days)
    result: list[ReportDue] = []
    for year in range(since.year, horizon.year + 2):
        for period in schedule.periods_in_year(year):
            due = schedule.due_date(period)
            if due < since or due > horizon:
                continue
            if period.id in submitted:
                state = SUBMITTED
            elif period.end >= day:
                state = UPCOMING
            elif due >= day:
                state = DUE
            else:
                state = LATE
            result.append(ReportDue(period, due, state))
    return sorted(result, key=lambda r: (r.due, r.period.id))


def current_period(schedule: Schedule, day: dt.date) -> reporting_periods.Period:
    """The period a focal point is most likely reporting on: the shortest standard kind in the
    schedule whose window contains ``day`` (monthly before quarterly …), else the quarter."""
    for kind in (reporting_periods.MONTHLY, reporting_periods.QUARTERLY, reporting_periods.HALF_YEAR, reporting_periods.YEARLY):
        if kind in schedule.kinds:
            return reporting_periods.period_containing(day, kind)
    if reporting_periods.CUSTOM in schedule.kinds and schedule.fixed_dates:
        for year in (day.year, day.year + 1):
            for period in reporting_periods.custom_periods(year, schedule.fixed_dates):
                if period.contains(day):
                    return period
    return reporting_periods.period_containing(day, reporting_periods.QUARTERLY)
