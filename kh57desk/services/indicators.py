"""Targets (chỉ tiêu) of the plans and the figures the agency reports for them.

Targets are stored in ``Indicator`` (written by :mod:`kh57desk.services.plan_apply` when a plan
is imported); reported figures in ``IndicatorValue``, one per indicator, period and agency. In
an agency's database the agency is this database's own agency; in the coordinator's database
the figure with no agency is the province's consolidated one.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.db.models import Indicator, IndicatorValue
from kh57desk.domain import journal
from kh57desk.domain import targets as target_rules
from kh57desk.domain.periods import Period
from kh57desk.domain.text import nfc
from kh57desk.errors import InputError
from kh57desk.services import agencies, audit, settings as settings_service

MAX_NOTE = 5_000
MAX_ABS_VALUE = 1e15


@dataclass
class IndicatorRow:
    id: int
    uid: str
    plan_id: int
    group: str
    text: str
    comparator: str
    target: float | None
    target_high: float | None
    unit: str
    per_year: bool
    milestone_year: int | None
    value: float | None  # this period's figure
    note: str
    assessment: str
    values_by_period: dict[str, float] = field(default_factory=dict)

    @property
    def target_label(self) -> str:
        """``≥ 60%``, ``15–20 trung tâm``, ``Định tính``."""
        return target_rules.Target(self.text, self.comparator, self.target, self.target_high, self.unit).describe()

    def to_json(self) -> dict:
        return {name: getattr(self, name) for name in (
            "id", "uid", "plan_id", "group", "text", "comparator", "target", "target_high", "unit", "per_year",
            "milestone_year", "value", "note", "assessment", "values_by_period")} | {"target_label": self.target_label}


def own_agency_id(session: Session) -> int | None:
    """The agency whose figures this database holds: its own agency, or None for the coordinator."""
    prefs = settings_service.load(session)
    if prefs.mode == settings_service.COORDINATOR_MODE or not prefs.agency_name:
        return None
    row = agencies.find(session, prefs.agency_name)
    return row.id if row else None


def _values_query(agency_id: int | None):
    query = select(IndicatorValue)
    if agency_id is None:
        return query.where(IndicatorValue.agency_id.is_(None))
    return query.where(IndicatorValue.agency_id == agency_id)


def _row(indicator: Indicator, values: list[IndicatorValue], period: Period) -> IndicatorRow:
    """A period shows the latest figure measured on or before its window's end (dated measurements)."""
    by_period = {v.period: v.value for v in values if v.value is not None}
    current = max((v for v in values if v.measured_on <= period.end), default=None,
                  key=lambda v: (v.measured_on, v.updated_at or dt.datetime.min, v.id))
    value = current.value if current else None
    return IndicatorRow(
        id=indicator.id, uid=indicator.uid, plan_id=indicator.plan_id, group=indicator.group, text=indicator.text,
        comparator=indicator.comparator, target=indicator.target, target_high=indicator.target_high,
        unit=indicator.unit, per_year=indicator.per_year, milestone_year=indicator.milestone_year, value=value,
        note=current.note if current else "",
        assessment=target_rules.assess(indicator.comparator, indicator.target, indicator.target_high, value, indicator.per_year),
        values_by_period=dict(sorted(by_period.items())))


def list_indicators(session: Session, period: Period, plan_id: int | None = None) -> list[IndicatorRow]:
    """The plan's (or every plan's) targets in plan order, with this period's figure and its
    assessment. Withdrawn targets are left out."""
    query = select(Indicator).where(Indicator.withdrawn.is_(False))
    if plan_id is not None:
        query = query.where(Indicator.plan_id == plan_id)
    indicators = list(session.scalars(query.order_by(Indicator.plan_id, Indicator.position, Indicator.id)))
    if not indicators:
        return []
    agency_id = own_agency_id(session)
    values: dict[int, list[IndicatorValue]] = {}
    ids = [i.id for i in indicators]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for v in session.scalars(_values_query(agency_id).where(IndicatorValue.indicator_id.in_(chunk))):
            values.setdefault(v.indicator_id, []).append(v)
    return [_row(i, values.get(i.id, []), period) for i in indicators]


def parse_value(value: object) -> float | None:
    """A figure typed by the user: ``60``, ``0,75``, ``3.000``, ``60%``; empty → None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = target_rules.parse_number(value)
    if number is None:
        raise InputError(f"Số liệu '{nfc(str(value)).strip()}' không phải là số. "
                         "Nhập số theo kiểu Việt Nam, ví dụ 60 hoặc 0,75 hoặc 3.000.")
    if abs(number) > MAX_ABS_VALUE or not math.isfinite(number):
        raise InputError(f"Số liệu '{nfc(str(value)).strip()}' quá lớn.")
    return number


def record_value(session: Session, indicator_id: int, period: Period, value: object, note: str = "") -> IndicatorRow:
    """Set (or clear, with an empty value) this agency's figure for a target in ``period``."""
    indicator = session.get(Indicator, indicator_id)
    if indicator is None:
        raise InputError(f"Không có chỉ tiêu số {indicator_id}.")
    if indicator.withdrawn:
        raise InputError("Chỉ tiêu này đã bị bỏ khỏi kế hoạch; không nhập số liệu được.")
    number = parse_value(value)
    if number is not None and indicator.comparator == target_rules.QUALITATIVE:
        raise InputError("Chỉ tiêu định tính không có số liệu: ghi kết quả vào phần ghi chú.")
    text = nfc(note or "").strip()
    if len(text) > MAX_NOTE:
        raise InputError(f"Ghi chú quá dài (tối đa {MAX_NOTE} ký tự).")
    agency_id = own_agency_id(session)
    row = session.scalar(_values_query(agency_id).where(IndicatorValue.indicator_id == indicator.id,
                                                        IndicatorValue.period == period.id))
    before = {"value": row.value, "note": row.note} if row else None
    if row is None:
        row = IndicatorValue(indicator_id=indicator.id, period=period.id, agency_id=agency_id)
        session.add(row)
    row.value, row.note = number, text
    row.measured_on = journal.period_update_day(period.end, dt.date.today())
    session.flush()
    audit.record(session, "indicator.record", "indicator", indicator.uid, period=period.id,
                 before=before, after=json.loads(json.dumps({"value": number, "note": text})))
    values = list(session.scalars(_values_query(agency_id).where(IndicatorValue.indicator_id == indicator.id)))
    return _row(indicator, values, period)


# -- a plan's targets, as imported ---------------------------------------------

@dataclass
class TargetChange:
    text: str
    group: str = ""
    milestone_year: int | None = None
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)


@dataclass
class TargetSync:
    added: list[TargetChange] = field(default_factory=list)
    updated: list[TargetChange] = field(default_factory=list)
    withdrawn: list[TargetChange] = field(default_factory=list)
    unchanged: int = 0


_TARGET_FIELDS = ("group", "text", "comparator", "target", "target_high", "unit", "per_year", "milestone_year")
TARGET_SIMILARITY = 0.8


def _target_key(text: str, year: int | None) -> tuple[str, int | None]:
    from kh57desk.domain.text import fold
    return fold(text), year


def _match_targets(existing: list[Indicator], targets: list[target_rules.Target]) -> dict[int, Indicator]:
    """Pair target index → existing indicator: same text and milestone first, then the most
    similar text of the same milestone (a figure revised in a new version of the plan)."""
    from kh57desk.services.plan_apply import similarity

    pairs: dict[int, Indicator] = {}
    free = {i.id: i for i in existing}
    by_key: dict[tuple, list[Indicator]] = {}
    for indicator in existing:
        by_key.setdefault(_target_key(indicator.text, indicator.milestone_year), []).append(indicator)
    for index, target in enumerate(targets):
        same = [i for i in by_key.get(_target_key(target.text, target.milestone_year), []) if i.id in free]
        if same:
            pairs[index] = free.pop(same[0].id)
    for index, target in enumerate(targets):
        if index in pairs:
            continue
        candidates = [i for i in free.values() if i.milestone_year == target.milestone_year]
        scored = [(similarity(i.text, target.text, TARGET_SIMILARITY), i) for i in candidates]
        scored = [(s, i) for s, i in scored if s >= TARGET_SIMILARITY]
        if scored:
            best = max(scored, key=lambda pair: pair[0])[1]
            pairs[index] = free.pop(best.id)
    return pairs


def sync_targets(session: Session, plan_id: int | None, targets: list[target_rules.Target], write: bool) -> TargetSync:
    """Bring the plan's ``Indicator`` rows in line with ``targets``: add new ones, update the
    matched ones in place (their reported figures stay), mark the vanished ones withdrawn."""
    result = TargetSync()
    existing = list(session.scalars(select(Indicator).where(Indicator.plan_id == plan_id))) if plan_id else []
    pairs = _match_targets(existing, targets)
    for position, target in enumerate(targets):
        values = {name: getattr(target, name) for name in _TARGET_FIELDS}
        indicator = pairs.get(position)
        if indicator is None:
            result.added.append(TargetChange(target.text, target.group, target.milestone_year))
            if write:
                session.add(Indicator(plan_id=plan_id, position=position, **values))
            continue
        changes = {name: (getattr(indicator, name), value) for name, value in values.items()
                   if getattr(indicator, name) != value}
        if indicator.withdrawn:
            changes["withdrawn"] = (True, False)
        if changes:
            result.updated.append(TargetChange(target.text, target.group, target.milestone_year, changes))
        else:
            result.unchanged += 1
        if write and (changes or indicator.position != position):
            for name, value in values.items():
                setattr(indicator, name, value)
            indicator.position, indicator.withdrawn = position, False
    matched = {i.id for i in pairs.values()}
    for indicator in existing:
        if indicator.id not in matched and not indicator.withdrawn:
            result.withdrawn.append(TargetChange(indicator.text, indicator.group, indicator.milestone_year))
            if write:
                indicator.withdrawn = True
    return result
