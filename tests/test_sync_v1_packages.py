"""A report package of format version 1 (one entry per task and period) still imports: each entry
becomes an update dated as migration 0004 dates it, with a stable identity derived from agency, task
and period, so sending it again never duplicates anything."""

from __future__ import annotations

import datetime as dt
import json
import zipfile

from sqlalchemy import select

from kh57desk.db.models import ProgressUpdate
from kh57desk.services import progress, tasks
from kh57desk.sync import container, manifest as manifests, package_import
from tests.test_sync_packages import Q2, _rewrite, agency, coordinator, report_file, task_file  # noqa: F401

V1_ENTRY = {"state": "in_progress", "percent": 40, "completed_on": None, "result": "Theo gói cũ",
            "output_doc_number": "", "output_doc_date": None, "difficulties": "Thiếu kinh phí", "proposals": "",
            "updated_at": "2025-07-02T08:00:00"}


def _as_version_1(entries):
    name = manifests.DATA_FILE[manifests.REPORT]
    data = json.loads(entries[name])
    [update] = data.pop("updates")
    data["entries"] = [{"task_uid": update["task_uid"], **V1_ENTRY}]
    data["indicator_values"] = [{k: v for k, v in item.items() if k != "measured_on"}
                                for item in data["indicator_values"]]
    data["attachments"] = []
    entries[name] = json.dumps(data, ensure_ascii=False).encode()


def test_a_version_1_report_package_is_converted_as_the_migration_does(coordinator, agency, tmp_path):
    with agency.db.transaction() as s:
        progress.record(s, tasks.find_task(s, "5"), Q2, state="đang thực hiện", result="Bản mới")
    modern = report_file(agency, tmp_path, "v2.kh57")
    old = _rewrite(modern, tmp_path / "v1.kh57", entries_change=_as_version_1,
                   manifest_change=lambda m: m.update(format_version=1, sequence=1))
    with zipfile.ZipFile(old) as z:
        assert json.loads(z.read(container.MANIFEST))["format_version"] == 1
    [result] = package_import.import_paths(coordinator, [old], trust_new_sender=True)
    assert result.ok, result.message
    assert result.preview.report.added == 1
    with coordinator.db.reader() as s:
        [update] = s.scalars(select(ProgressUpdate).where(ProgressUpdate.agency_id.is_not(None))).all()
        # saved 02/07, after Q2's window closed: dated on the window's last day
        assert (update.on_date, update.percent, update.result, update.difficulties) == (
            dt.date(2025, 6, 14), 40, "Theo gói cũ", "Thiếu kinh phí")
        v1_uid = update.uid
    again = _rewrite(old, tmp_path / "v1-lan-2.kh57", manifest_change=lambda m: m.update(sequence=2))
    [result] = package_import.import_paths(coordinator, [again], trust_new_sender=True)
    assert result.ok and result.preview.report.added == 0
    with coordinator.db.reader() as s:
        assert [u.uid for u in s.scalars(select(ProgressUpdate))] == [v1_uid]
