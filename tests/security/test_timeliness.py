"""Timeliness from the coordinator's side: the day it received the package (the import, or the
e-mail's day set by hand, audited), or an RFC 3161 timestamp; the sender's clock is shown, never
used, so a back-dated package stays late."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from kh57desk.coordinator import completeness
from kh57desk.db.models import AuditLog, PackageLog
from kh57desk.platform_win import vietnam_time
from kh57desk.services import settings, signing_service
from kh57desk.sync import package_import, report_package
from tests.conftest import run_cli
from tests.pki import P12_PASSWORD, serve_tsa

from pki import pki_env  # noqa: F401 - pytest fixture
from security.conftest import Q2, dump_hash, one_line, report_of, rewrite


def state_of(coordinator, agency="Sở Y tế"):
    with coordinator.db.reader() as s:
        result = completeness.completeness(s, Q2, dt.date(2026, 1, 1))
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
    assert status.report_state == completeness.LATE


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
    assert (status.received_on, status.report_state) == (dt.date(2025, 6, 18), completeness.ON_TIME)
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
    assert status.received_on == dt.date(2025, 6, 25) > due and status.report_state == completeness.LATE


def stamped_report(agency, path, pki_env):
    """A report package signed with a .p12 and time-stamped by the test authority."""
    with serve_tsa(pki_env.tsa, pki_env.ca) as (url, _served):
        with agency.db.transaction() as s:
            settings.update(s, tsa_url=url)
            prefs = settings.load(s)
        source = signing_service.key_source(prefs, p12=pki_env.p12)
        with agency.db.transaction() as s:
            return report_package.export(agency, s, Q2, path, lambda data: signing_service.sign_bytes(
                data, source, P12_PASSWORD, prefs)).path


def test_an_rfc3161_timestamp_before_the_due_date_counts(coordinator, make_agency, tmp_path, pki_env):
    agency = make_agency("Sở Y tế")
    with coordinator.db.reader() as s:
        signing_service.add_trusted(coordinator, settings.load(s), pki_env.ca_pem)  # the authority's CA
    package = stamped_report(agency, tmp_path / "dau-thoi-gian.kh57", pki_env)
    [result] = package_import.import_paths(coordinator, [package], trust_new_sender=True)
    assert result.ok, result.message
    with coordinator.db.reader() as s:
        stamped = s.scalar(select(PackageLog.timestamp_at))
    assert stamped is not None and abs(stamped - dt.datetime.utcnow()) < dt.timedelta(minutes=10)
    status, due = state_of(coordinator)
    assert status.timestamp_at == stamped and status.report_state == completeness.LATE  # stamped today: after the due date
    with coordinator.db.transaction() as s:  # a timestamp dated before the due date counts as on time
        s.scalars(select(PackageLog)).one().timestamp_at = dt.datetime(2025, 6, 19, 3, 0)
    status, due = state_of(coordinator)
    assert status.received_on > due and status.report_state == completeness.ON_TIME


def test_a_timestamp_from_an_authority_not_trusted_is_not_counted(coordinator, make_agency, tmp_path, pki_env):
    agency = make_agency("Sở Y tế")
    package = stamped_report(agency, tmp_path / "tsa-la.kh57", pki_env)
    [result] = package_import.import_paths(coordinator, [package], trust_new_sender=True)
    assert result.ok, result.message
    with coordinator.db.reader() as s:
        assert s.scalar(select(PackageLog.timestamp_at)) is None
