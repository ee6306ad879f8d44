"""Safety rails: a task package withdrawing more than 10% of an agency's tasks (or changing more
than half) asks first; sequence numbers stay within 1,000 of the last one accepted from a key and
advance only after an authenticated import; absurd sequences never crash a folder import."""

from __future__ import annotations

import json
import re
import zipfile

from sqlalchemy import select

from kh57desk.db.models import SenderKey, Task
from kh57desk.sync import package_import, task_package
from tests.conftest import run_cli

from security.conftest import dump_hash, files_under, one_line, refused, report_of, rewrite


def test_a_task_package_withdrawing_many_tasks_asks_first(coordinator, make_agency, tmp_path):
    agency = make_agency("Sở Y tế")
    with coordinator.db.transaction() as s:
        for task in s.scalars(select(Task).order_by(Task.position)).all()[:20]:
            task.withdrawn = True
    with coordinator.db.transaction() as s:
        package = task_package.export_for(s, "Sở Y tế", tmp_path / "rut").path
    [preview] = package_import.import_paths(agency, [package], dry_run=True)
    assert preview.ok and preview.preview.large_change.startswith("Gói nhiệm vụ này rút 20 và sửa 0 trong 94")
    message = refused(agency, package)
    assert "hãy xem kỹ trước khi áp dụng; chưa áp dụng (lệnh: thêm --yes để xác nhận)." in message
    result = run_cli("import-package", str(package), data_dir=agency.data_dir)
    assert result.returncode == 2
    one_line(result.stderr.strip())
    result = run_cli("import-package", str(package), "--yes", data_dir=agency.data_dir)
    assert result.returncode == 0, result.stderr
    with agency.db.reader() as s:
        assert len(s.scalars(select(Task).where(Task.withdrawn.is_(True))).all()) == 20


def test_a_small_revision_applies_without_asking(coordinator, make_agency, tmp_path):
    agency = make_agency("Sở Y tế")
    with coordinator.db.transaction() as s:
        s.scalars(select(Task).order_by(Task.position)).first().withdrawn = True
    with coordinator.db.transaction() as s:
        package = task_package.export_for(s, "Sở Y tế", tmp_path / "nho").path
    [result] = package_import.import_paths(agency, [package])
    assert result.ok and not result.preview.large_change


def test_a_sequence_far_ahead_is_refused_and_does_not_poison_later_packages(coordinator, make_agency, tmp_path):
    agency = make_agency("Sở Y tế")
    [first] = package_import.import_paths(coordinator, [report_of(agency, tmp_path / "1.kh57")], trust_new_sender=True)
    assert first.ok
    far = rewrite(report_of(agency, tmp_path / "2.kh57"), tmp_path / "xa.kh57",
                  manifest_change=lambda m: m.update(sequence=2**53 - 1), key_of=agency.data_dir)
    assert "vượt quá xa số đã nhận gần nhất từ Sở Y tế" in refused(coordinator, far)
    [later] = package_import.import_paths(coordinator, [report_of(agency, tmp_path / "3.kh57")])
    assert later.ok and later.preview.applied
    with coordinator.db.reader() as s:
        assert s.scalar(select(SenderKey.last_sequence)) == later.preview.sequence


def test_sequence_two_to_the_63_and_1e400_are_refused_and_a_folder_goes_on(coordinator, make_agency, tmp_path):
    agency = make_agency("Sở Y tế")
    folder = tmp_path / "thu-muc"
    folder.mkdir()
    source = report_of(agency, tmp_path / "goc.kh57")
    rewrite(source, folder / "a-lon.kh57", manifest_change=lambda m: m.update(sequence=2**63 - 1),
            key_of=agency.data_dir)
    huge = rewrite(source, folder / "b-vo-cung.kh57", key_of=agency.data_dir)
    text = huge.read_bytes()
    with zipfile.ZipFile(huge) as archive:
        entries = {i.filename: archive.read(i) for i in archive.infolist()}
    entries["manifest.json"] = re.sub(rb'"sequence": [0-9]+', b'"sequence": 1e400', entries["manifest.json"])
    with zipfile.ZipFile(huge, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    assert text != huge.read_bytes()
    report_of(agency, folder / "c-that.kh57")
    before, outside = dump_hash(coordinator), files_under(tmp_path)
    results = package_import.import_paths(coordinator, [folder], trust_new_sender=True)
    by_name = {r.path.name: r for r in results}
    assert not by_name["a-lon.kh57"].ok and not by_name["b-vo-cung.kh57"].ok
    for name in ("a-lon.kh57", "b-vo-cung.kh57"):
        one_line(by_name[name].message)
        assert "không đúng cấu trúc" in by_name[name].message and "sequence" in by_name[name].message
    assert by_name["c-that.kh57"].ok and by_name["c-that.kh57"].preview.applied
    assert dump_hash(coordinator) != before
    assert files_under(tmp_path) - outside <= files_under(coordinator.data_dir)


def test_packages_to_one_agency_keep_close_sequences_however_many_go_to_others(coordinator, make_agency, tmp_path):
    from kh57desk.services import settings

    agency = make_agency("Sở Y tế")  # its first task package, sequence 1
    with coordinator.db.transaction() as s:
        prefs = settings.load(s)
        prefs.package_sequence += 5_000  # as if thousands of packages had gone to other agencies
        settings.save(s, prefs)
    with coordinator.db.transaction() as s:
        second = task_package.export_for(s, "Sở Y tế", tmp_path / "lan-2").path
    [result] = package_import.import_paths(agency, [second])
    assert result.ok and result.preview.sequence == 2
    with coordinator.db.transaction() as s:
        other = task_package.export_for(s, "Sở Nội vụ", tmp_path / "snv").path
    with zipfile.ZipFile(other) as archive:  # a new recipient starts above every number sent so far
        assert json.loads(archive.read("manifest.json"))["sequence"] == 5_001
