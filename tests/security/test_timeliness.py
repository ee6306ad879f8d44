"""Timeliness from the coordinator's side: the day it received the package (the import, or the
e-mail's day set by hand, audited), or an RFC 3161 timestamp; the sender's clock is shown, never
used, so a back-dated package stays late."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from kh57desk.coordinator import completeness as C
from kh57desk.db.models import AuditLog
from kh57desk.platform_win import vietnam_time
from kh57desk.sync import package_import
from tests.conftest import run_cli

from security.conftest import Q2, dump_hash, one_line, report_of, rewrite


def state_of(coordinator, agency="Sở Y tế"):
    with coordinator.db.reader() as s:
        result = C.completeness(s, Q2, dt.date(2026, 1, 1))
    return next(a for a in result.agencies if a.agency == agency), result.due


def test_a_back_dated_package_received_late_stays_late(coordinator, make_agency, tmp_path):
    agency = make_agency("Sở Y tế")
    forged = rewrite(report_of(agency, tmp_path / "1.kh57"), tmp_path / "lui-ngay.kh57",
                     manifest_change=lambda m: m.update(created_at="2025-06-01T08:00:00+00:00"), key_of=agency.data_dir)
    [result] = package_import.import_paths(coordinator, [forged], trust_new_sender=True)
    assert result.ok
    status, due = state_of(coordinator)
    assert status.reported_at == dt.datetime(2025, 6, 1, 8, 0) and status.reported_at.date() <= due
    assert status.received_on == vietnam_time(dt.datetime.now(dt.timezone.utc)).date()
    assert status.report_state == C.LATE


def test_the_received_day_set_by_hand_counts_and_is_audited(coordinator, make_agency, tmp_path):
    agency = make_agency("Sở Y tế")
    package_import.import_paths(coordinator, [report_of(agency, tmp_path / "1.kh57")], trust_new_sender=True)
    before = dump_hash(coordinator)
    future = run_cli("received", "--agency", "Sở Y tế", "--period", "2025-Q2", "--on", "1/1/2099",
                     data_dir=coordinator.data_dir)
    assert future.returncode == 2 and "ở tương lai" in future.stderr
    one_line(future.stderr.strip())
    assert dump_hash(coordinator) == before
    done = run_cli("received", "--agency", "Sở Y tế", "--period", "2025-Q2", "--on", "18/6/2025",
                   data_dir=coordinator.data_dir, check=True)
    assert "nhận ngày 18/06/2025" in done.stdout and "không dùng để tính đúng hạn" in done.stdout
    status, _due = state_of(coordinator)
    assert (status.received_on, status.report_state) == (dt.date(2025, 6, 18), C.ON_TIME)
    with coordinator.db.reader() as s:
        entry = s.scalar(select(AuditLog).where(AuditLog.action == "package.received"))
        assert json.loads(entry.detail)["received_on"] == "2025-06-18"
    listing = json.loads(run_cli("completeness", "--period", "2025-Q2", "--json", data_dir=coordinator.data_dir,
                                 check=True).stdout)
    health = next(a for a in listing["agencies"] if a["agency"] == "Sở Y tế")
    assert health["received_on"] == "2025-06-18" and health["report_state"] == "on_time"


def test_import_package_takes_the_received_day(coordinator, make_agency, tmp_path):
    agency = make_agency("Sở Y tế")
    package = report_of(agency, tmp_path / "1.kh57")
    result = run_cli("import-package", str(package), "--trust-new-sender", "--received-on", "25/6/2025",
                     data_dir=coordinator.data_dir, check=True)
    assert "đã nhập" in result.stdout
    status, due = state_of(coordinator)
    assert status.received_on == dt.date(2025, 6, 25) > due and status.report_state == C.LATE
