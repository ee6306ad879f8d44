"""Task and report packages: round trip, idempotence, merge policy, and attacks refused with the
database unchanged."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from kh57desk.db.models import AuditLog, PackageLog, ProgressUpdate, Task
from kh57desk.domain.periods import parse_period
from kh57desk.errors import InputError
from kh57desk.services import plan_apply, progress, sample_plan, setup, tasks
from kh57desk.signing import origin
from kh57desk.sync import container, manifest as manifests, package_import, report_package, task_package
from kh57desk.workspace import open_workspace
from tests.conftest import run_cli

Q2 = parse_period("2025-Q2")


def dump(ws) -> str:
    conn = sqlite3.connect(ws.db.path)
    try:
        return "\n".join(line for line in conn.iterdump() if "audit_log" not in line)
    finally:
        conn.close()


@pytest.fixture
def coordinator(tmp_path):
    ws = open_workspace(tmp_path / "so-khcn")
    with ws.db.transaction() as s:
        setup.initialise(s, "Sở Khoa học và Công nghệ", coordinator=True)
        plan_apply.apply(s, sample_plan.load_draft())
    yield ws
    ws.close()


@pytest.fixture
def task_file(coordinator, tmp_path) -> Path:
    with coordinator.db.transaction() as s:
        return task_package.export_for(s, "Sở Y tế", tmp_path / "out").path


@pytest.fixture
def agency(tmp_path, task_file):
    ws = open_workspace(tmp_path / "so-y-te")
    [result] = package_import.import_paths(ws, [task_file], trust_new_sender=True)
    assert result.ok, result.message
    yield ws
    ws.close()


def report_file(agency, tmp_path, name="bc.kh57") -> Path:
    with agency.db.transaction() as s:
        return report_package.export(agency, s, Q2, tmp_path / name).path


def test_task_package_sets_up_a_new_agency_database_with_the_coordinators_ids(coordinator, agency):
    with coordinator.db.reader() as s:
        coord_uids = {t.uid: t.ref for t in s.scalars(select(Task))}
    with agency.db.reader() as s:
        rows = s.scalars(select(Task)).all()
        assert len(rows) == 94  # Sở Y tế: 94 of the 98 tasks concern it
        assert all(coord_uids[t.uid] == t.ref for t in rows)
        from kh57desk.services import settings
        assert settings.load(s).agency_name == "Sở Y tế"


def test_same_package_twice_changes_nothing_and_says_so(agency, task_file):
    before = dump(agency)
    [result] = package_import.import_paths(agency, [task_file], trust_new_sender=True)
    assert result.ok and result.preview.already_imported and not result.preview.has_changes
    assert "đã được nhập" in " ".join(result.preview.summary_lines())
    assert dump(agency) == before


def test_revised_task_package_updates_and_withdraws_without_touching_progress(coordinator, agency, tmp_path):
    with agency.db.transaction() as s:
        progress.record(s, tasks.find_task(s, "5"), Q2, state="đang thực hiện", percent=60, result="Đã có dự thảo")
    with coordinator.db.transaction() as s:
        task5 = s.scalar(select(Task).where(Task.ref == "(5)"))
        task5.deadline_text, task5.content = "Tháng 9/2025", task5.content + " (điều chỉnh)"
        s.scalar(select(Task).where(Task.ref == "(6)")).withdrawn = True
    with coordinator.db.transaction() as s:
        newer = task_package.export_for(s, "Sở Y tế", tmp_path / "out2").path
    with agency.db.transaction() as s:
        preview = package_import.inspect(agency, s, newer, write=False)
    counts = preview.plans[0].counts()
    assert (counts["updated"], counts["withdrawn"], counts["added"]) == (1, 1, 0)
    [result] = package_import.import_paths(agency, [newer], trust_new_sender=True)
    assert result.ok
    with agency.db.reader() as s:
        t5 = tasks.find_task(s, "5")
        assert t5.deadline_text == "Tháng 9/2025" and t5.content.endswith("(điều chỉnh)")
        entry = progress.get_entry(s, t5, Q2)
        assert (entry.percent, entry.result) == (60, "Đã có dự thảo")
        assert s.scalar(select(Task).where(Task.ref == "(6)")).withdrawn


def test_report_package_upserts_the_agencys_updates_by_identity(coordinator, agency, tmp_path):
    with agency.db.transaction() as s:
        progress.record(s, tasks.find_task(s, "5"), Q2, state="hoàn thành", completed_on="10/6/2025",
                        result="Đã ban hành Kế hoạch số 12/KH-SYT", difficulties="Thiếu kinh phí")
    first = report_file(agency, tmp_path, "bc1.kh57")
    [result] = package_import.import_paths(coordinator, [first], trust_new_sender=True)
    assert result.ok and result.preview.report.added == 1
    with agency.db.transaction() as s:
        progress.record(s, tasks.find_task(s, "5"), Q2, result="Đã ban hành và triển khai")
    second = report_file(agency, tmp_path, "bc2.kh57")
    [result] = package_import.import_paths(coordinator, [second], trust_new_sender=True)
    assert result.ok and result.preview.report.replaced == 1
    with coordinator.db.reader() as s:
        [update] = s.scalars(select(ProgressUpdate).where(ProgressUpdate.agency_id.is_not(None))).all()
        assert update.result == "Đã ban hành và triển khai" and update.difficulties == "Thiếu kinh phí"
        assert (update.revision, update.on_date) == (2, dt.date(2025, 6, 14))
        assert s.scalars(select(AuditLog).where(AuditLog.action == "progress.add")).all() == []
        assert [log.sequence for log in s.scalars(select(PackageLog).order_by(PackageLog.id))] == [1, 2]
    # the older package, replayed: refused, nothing changed
    before = dump(coordinator)
    [result] = package_import.import_paths(coordinator, [first], trust_new_sender=True)
    assert result.ok and result.preview.already_imported
    rebuilt = _rewrite(first, tmp_path / "replay.kh57", manifest_change=lambda m: m.update(created_at="2025-06-01T00:00:00+00:00"),
                       key_of=agency.data_dir)
    [result] = package_import.import_paths(coordinator, [rebuilt], trust_new_sender=True)
    assert not result.ok
    assert dump(coordinator) == before


def _rewrite(source: Path, target: Path, entries_change=None, manifest_change=None, extra=None,
             keep_hashes=False, key_of: Path | None = None, compression=zipfile.ZIP_DEFLATED) -> Path:
    """Copy a package, changing entries and/or the manifest (hashes recomputed unless kept). The
    origin signature is dropped, unless ``key_of`` names the data folder whose key re-signs it
    (the producer itself rewriting its package); a version-1 or -2 manifest carries no origin."""
    with zipfile.ZipFile(source) as z:
        entries = {i.filename: z.read(i) for i in z.infolist()}
    manifest = json.loads(entries.pop(container.MANIFEST))
    entries.pop(container.MANIFEST_SIGNATURE, None)
    entries.pop(container.ORIGIN_SIGNATURE, None)
    if entries_change:
        entries_change(entries)
    if not keep_hashes:
        manifest["files"] = [{"path": n, "size": len(d), "sha256": container.sha256(d)} for n, d in sorted(entries.items())]
    if manifest_change:
        manifest_change(manifest)
    if manifest.get("format_version") in (1, 2):
        manifest.pop("origin", None)
    if key_of is not None:
        entries[container.ORIGIN_SIGNATURE] = origin.load_or_create(key_of).sign(container.manifest_bytes(manifest))
    with zipfile.ZipFile(target, "w", compression) as z:
        z.writestr(container.MANIFEST, container.manifest_bytes(manifest))
        for name, data in entries.items():
            z.writestr(name, data)
        for info, data in (extra or []):
            z.writestr(info, data)
    return target


def _tamper_content(entries):
    name = manifests.DATA_FILE[manifests.TASKS]
    entries[name] = entries[name].replace("Sở Y tế".encode(), "Sở Y tế ".encode(), 1)


@pytest.mark.parametrize("attack,message", [
    ("changed_byte", "đã bị thay đổi (sai mã băm SHA-256)"),
    ("zip_slip", "đường dẫn không an toàn '../../evil.txt'"),
    ("absolute", "đường dẫn không an toàn '/etc/cron.d/x'"),
    ("symlink", "liên kết hoặc thư mục"),
    ("zip_bomb", "nghi là bom nén"),
    ("unlisted", "tệp không được kê khai 'extra.txt'"),
    ("newer_format", "Cần cập nhật kh57desk lên phiên bản 9.0.0"),
    ("deep_json", "lồng nhau quá sâu"),
    ("not_a_zip", "không phải gói dữ liệu kh57desk"),
    ("wrong_agency", "gửi cho Sở Nội vụ, không phải Sở Y tế"),
    ("older_sequence", "cũ hơn gói đã nhập"),
    ("bad_schema", "không đúng cấu trúc"),
])
def test_attacks_are_refused_with_their_own_message_and_nothing_changes(coordinator, agency, task_file, tmp_path,
                                                                         attack, message):
    bad = tmp_path / f"{attack}.kh57"
    if attack == "changed_byte":
        _rewrite(task_file, bad, entries_change=_tamper_content, keep_hashes=True, key_of=coordinator.data_dir)
    elif attack == "zip_slip":
        _rewrite(task_file, bad, extra=[("../../evil.txt", b"x")])
    elif attack == "absolute":
        _rewrite(task_file, bad, extra=[("/etc/cron.d/x", b"x")])
    elif attack == "symlink":
        info = zipfile.ZipInfo("link")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        _rewrite(task_file, bad, extra=[(info, b"/etc/passwd")])
    elif attack == "zip_bomb":
        _rewrite(task_file, bad, extra=[("bomb.bin", b"\0" * (20 * 2**20))])
    elif attack == "unlisted":
        _rewrite(task_file, bad, extra=[("extra.txt", b"hello")], keep_hashes=True, key_of=coordinator.data_dir)
    elif attack == "newer_format":
        _rewrite(task_file, bad, manifest_change=lambda m: m.update(format_version=4, min_app_version="9.0.0"))
    elif attack == "deep_json":
        _rewrite(task_file, bad, entries_change=lambda e: e.update({manifests.DATA_FILE[manifests.TASKS]: b"[" * 5000 + b"]" * 5000}),
                 key_of=coordinator.data_dir, compression=zipfile.ZIP_STORED)  # stored: past the ratio check
    elif attack == "not_a_zip":
        bad.write_bytes(b"%PDF-1.7 not a package")
    elif attack == "wrong_agency":
        with coordinator.db.transaction() as s:
            bad = task_package.export_for(s, "Sở Nội vụ", tmp_path / "other").path
    elif attack == "older_sequence":
        with coordinator.db.transaction() as s:
            newer = task_package.export_for(s, "Sở Y tế", tmp_path / "newer").path
        assert package_import.import_paths(agency, [newer], trust_new_sender=True)[0].ok
        bad = _rewrite(task_file, bad, manifest_change=lambda m: m.update(created_at="2025-01-01T00:00:00+00:00"), key_of=coordinator.data_dir)
    elif attack == "bad_schema":
        def drop_content(entries):
            data = json.loads(entries[manifests.DATA_FILE[manifests.TASKS]])
            del data["tasks"][0]["content"]
            entries[manifests.DATA_FILE[manifests.TASKS]] = json.dumps(data).encode()
        _rewrite(task_file, bad, entries_change=drop_content, key_of=coordinator.data_dir)
    before = dump(agency)
    with pytest.raises(InputError) as err:
        with agency.db.transaction() as s:
            package_import.inspect(agency, s, bad, write=True)
    assert message in err.value.message
    assert dump(agency) == before
    assert not (tmp_path / "evil.txt").exists() and not Path("/etc/cron.d/x").exists()


def test_cli_import_dry_run_then_import_and_completeness(coordinator, agency, tmp_path):
    with agency.db.transaction() as s:
        progress.record(s, tasks.find_task(s, "16"), Q2, state="hoàn thành", completed_on="5/6/2025")
    out = run_cli("export-report", "--period", "2025-Q2", "--out", str(tmp_path / "syt"), data_dir=agency.data_dir,
                  check=True)
    path = tmp_path / "syt.kh57"
    assert str(path) in out.stdout
    before = dump(coordinator)
    result = run_cli("import-package", str(path), "--dry-run", "--json", data_dir=coordinator.data_dir, check=True)
    data = json.loads(result.stdout)
    assert data["dry_run"] and data["files"][0]["preview"]["report"]["added"] == 1
    assert "Không dữ liệu nào bị xóa" in data["policy"]
    assert dump(coordinator) == before
    fingerprint = data["files"][0]["preview"]["sender_fingerprint"]
    assert data["files"][0]["preview"]["new_sender"] and len(fingerprint) == 19
    refused = run_cli("import-package", str(path), data_dir=coordinator.data_dir)
    assert refused.returncode == 2 and f"Người gửi mới: Sở Y tế (cơ quan thực hiện), mã khóa {fingerprint}" in refused.stderr
    assert dump(coordinator) == before
    result = run_cli("import-package", str(tmp_path), "--trust-new-sender", data_dir=coordinator.data_dir)
    assert "✓ syt.kh57: đã nhập" in result.stdout
    result = run_cli("completeness", "--period", "2025-Q2", "--today", "20/6/2025", "--json",
                     data_dir=coordinator.data_dir, check=True)
    data = json.loads(result.stdout)
    syt = next(a for a in data["agencies"] if a["agency"] == "Sở Y tế")
    assert syt["report_state"] == "late" and syt["sequence"] == 1  # produced today, after the 20/06/2025 deadline
    assert syt["counts"]["done_on_time"] == 1
    assert data["missing"] == len(data["agencies"]) - 1
