"""Three agencies and the coordinator, end to end: bindings on first reports, verdict packages
back (receipts, an acceptance that locks the period at the agency, a return with its reason and a
task note), the returned report corrected (not a late amendment) and sent again, then accepted;
a reopening unlocks; completeness follows each step."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kh57desk.coordinator import completeness
from kh57desk.db.models import ProgressUpdate, SenderKey, Task
from kh57desk.errors import InputError
from kh57desk.services import progress, verdicts
from kh57desk.sync import package_import
from tests.conftest import run_cli

from security.conftest import Q2, dump_hash, report_of

AGENCIES = ("Sở Y tế", "Sở Nội vụ", "Sở Tài chính")


def review(coordinator, agency, out, *decision):
    result = run_cli("review", "--period", "2025-Q2", "--agency", agency, *decision, "--out", str(out),
                     data_dir=coordinator.data_dir)
    assert result.returncode == 0, result.stderr
    [package] = sorted(out.glob("*.kh57"), key=lambda p: p.stat().st_mtime)[-1:]
    return result.stdout, package


def states(coordinator):
    with coordinator.db.reader() as s:
        result = completeness.completeness(s, Q2, dt.date(2026, 1, 1))
    return {a.agency: a for a in result.agencies if a.agency in AGENCIES}


def first_task(ws):
    with ws.db.reader() as s:
        return s.scalars(select(Task).where(Task.withdrawn.is_(False)).order_by(Task.position)).first().ref


def test_three_agencies_with_binding_return_correction_and_acceptance(coordinator, make_agency, tmp_path):
    agencies = {name: make_agency(name) for name in AGENCIES}
    for name, ws in agencies.items():
        [result] = package_import.import_paths(coordinator, [report_of(ws, tmp_path / f"{name}-1.kh57")],
                                               trust_new_sender=True)
        assert result.ok and result.preview.new_sender
    with coordinator.db.reader() as s:
        assert sorted(s.scalars(select(SenderKey.sender))) == sorted(AGENCIES)
    assert {a.review_label.split(" ")[0] for a in states(coordinator).values()} == {"Đã"}  # Đã nhận … (muộn)

    health, interior, finance = (agencies[name] for name in AGENCIES)
    out, task = tmp_path / "ket-qua", first_task(interior)
    stdout, accepted_package = review(coordinator, "Sở Y tế", out / "yte", "--accept")
    assert "Sở Y tế, kỳ 2025-Q2: Đã chấp nhận ngày" in stdout
    stdout, returned_package = review(coordinator, "Sở Nội vụ", out / "snv", "--return", "Thiếu số văn bản",
                                      "--task", task, "--note", "đề nghị bổ sung số văn bản")
    assert "Trả lại ngày" in stdout and f"Nhiệm vụ {task}: đề nghị bổ sung số văn bản" in stdout
    assert states(coordinator)["Sở Nội vụ"].review_label.startswith("Trả lại ")
    assert states(coordinator)["Sở Y tế"].review_label.startswith("Đã chấp nhận ")
    assert states(coordinator)["Sở Tài chính"].review_label.startswith("Đã nhận ")

    # Sở Y tế: receipt and acceptance arrive; the period is locked
    [result] = package_import.import_paths(health, [accepted_package])
    assert result.ok and result.preview.verdicts == 2, result.message
    with health.db.reader() as s:
        labels = [v.label() for v in verdicts.list_verdicts(s, period="2025-Q2")]
    assert labels[0].startswith("Sở KH&CN đã nhận ngày ") and labels[1].startswith("Đã chấp nhận ngày ")
    before = dump_hash(health)
    with pytest.raises(InputError, match="đã được cơ quan tổng hợp chấp nhận"):
        with health.db.transaction() as s:
            progress.record(s, s.scalars(select(Task).where(Task.withdrawn.is_(False))).first(), Q2, percent=90)
    assert dump_hash(health) == before

    # Sở Nội vụ: the return arrives with its note; the correction is not a late amendment
    [result] = package_import.import_paths(interior, [returned_package])
    assert result.ok
    with interior.db.reader() as s:
        [receipt, returned] = verdicts.list_verdicts(s, period="2025-Q2")
        assert returned.label().endswith("lý do Thiếu số văn bản")
        assert returned.note_lines() == [f"Nhiệm vụ {task}: đề nghị bổ sung số văn bản"]
    with interior.db.transaction() as s:
        target = s.scalars(select(Task).where(Task.withdrawn.is_(False)).order_by(Task.position)).first()
        progress.record(s, target, Q2, output_doc_number="Công văn số 12/SNV-VP", result="Đã bổ sung")
    with interior.db.reader() as s:
        assert all(u.late_for == "" for u in s.scalars(select(ProgressUpdate)))
    [resent] = package_import.import_paths(coordinator, [report_of(interior, tmp_path / "snv-2.kh57")])
    assert resent.ok and not resent.preview.new_sender and resent.preview.report.replaced == 1
    _stdout, accepted_again = review(coordinator, "Sở Nội vụ", out / "snv2", "--accept")
    assert package_import.import_paths(interior, [accepted_again])[0].ok
    with interior.db.reader() as s:
        assert verdicts.standing(verdicts.list_verdicts(s, period="2025-Q2")).decision == verdicts.ACCEPTED
    assert states(coordinator)["Sở Nội vụ"].review_label.startswith("Đã chấp nhận ")

    # the same verdict package again changes nothing; a reopening unlocks Sở Y tế
    before = dump_hash(health)
    [again] = package_import.import_paths(health, [accepted_package])
    assert again.ok and again.preview.already_imported and dump_hash(health) == before
    _stdout, reopened = review(coordinator, "Sở Y tế", out / "yte2", "--reopen")
    assert package_import.import_paths(health, [reopened])[0].ok
    with health.db.transaction() as s:
        progress.record(s, s.scalars(select(Task).where(Task.withdrawn.is_(False))).first(), Q2, percent=90)

    # a verdict package for another agency is refused there
    refused = package_import.import_paths(finance, [accepted_again])[0]
    assert not refused.ok and "không phải Sở Tài chính" in refused.message


def test_review_refuses_what_makes_no_sense(coordinator, make_agency, tmp_path):
    agency = make_agency("Sở Y tế")
    before = dump_hash(coordinator)
    early = run_cli("review", "--period", "2025-Q2", "--agency", "Sở Y tế", "--accept", "--out", str(tmp_path / "o"),
                    data_dir=coordinator.data_dir)
    assert early.returncode == 2 and "Chưa nhận gói báo cáo kỳ 2025-Q2 nào của Sở Y tế" in early.stderr
    package_import.import_paths(coordinator, [report_of(agency, tmp_path / "1.kh57")], trust_new_sender=True)
    before = dump_hash(coordinator)
    for args, message in ((["--return", "  "], "cần ghi lý do"), (["--reopen"], "chưa được chấp nhận"),
                          (["--accept", "--task", "5"], "Mỗi --task cần đúng một --note")):
        result = run_cli("review", "--period", "2025-Q2", "--agency", "Sở Y tế", *args, "--out", str(tmp_path / "o"),
                         data_dir=coordinator.data_dir)
        assert result.returncode == 2 and message in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert dump_hash(coordinator) == before
    assert not (tmp_path / "o").exists()
