"""Plans with no agencies: the coordinator assigns (kh57 assign, by ref or group), the assignment
survives re-import and goes out in task packages; an agency adopts a task (kh57 adopt), the
adoption travels in its report package, the coordinator's next task package keeps the task and
completeness counts it under the agency as self-assigned; migration 0005 keeps existing rows."""

import json
import zipfile

import pytest
from sqlalchemy import select, text

from kh57desk.coordinator.completeness import completeness
from kh57desk.db import migrate
from kh57desk.db.models import Task, TaskAgency
from kh57desk.db.session import make_engine, open_database
from kh57desk.domain.periods import parse_period
from kh57desk.errors import InputError
from kh57desk.services import assignments, plan_import, setup
from kh57desk.sync import manifest as manifests, package_import, report_package, task_package
from kh57desk.workspace import open_workspace
from narrative_forms import PARTY_PROGRAMME
from tests.conftest import run_cli

Q4 = parse_period("2025-Q4")
GROUP = "III. NHIỆM VỤ, GIẢI PHÁP › 2. Hoàn thiện thể chế"


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "chuong-trinh-hanh-dong.txt"
    path.write_text(PARTY_PROGRAMME, encoding="utf-8")
    return path


@pytest.fixture
def coordinator(tmp_path, plan_file):
    ws = open_workspace(tmp_path / "so-khcn")
    with ws.db.transaction() as session:
        setup.initialise(session, "Sở Khoa học và Công nghệ", coordinator=True)
        plan_import.apply(session, plan_import.read_file(plan_file))
    yield ws
    ws.close()


def by_ref(session):
    return {t.ref: t for t in session.scalars(select(Task))}


def test_assign_by_ref_and_by_group_then_reimport_keeps_it(coordinator, plan_file):
    with coordinator.db.transaction() as session:
        done = assignments.assign(session, ["III.1.a", "III.1.b"], "Sở Y tế", "Sở Tài chính; Sở Nội vụ")
        grouped = assignments.assign(session, [], "Sở Tư pháp", group=GROUP)
    assert [(d.ref, d.lead, d.coordinating) for d in done] == [
        ("III.1.a", "Sở Y tế", "Sở Tài chính; Sở Nội vụ"), ("III.1.b", "Sở Y tế", "Sở Tài chính; Sở Nội vụ")]
    assert [d.ref for d in grouped] == ["III.2.a", "III.2.b"]
    with coordinator.db.transaction() as session:
        preview = plan_import.apply(session, plan_import.read_file(plan_file))  # the plan imported again
        tasks = by_ref(session)
        assert (tasks["III.1.a"].lead_text, tasks["III.1.a"].coordinating_text) == ("Sở Y tế", "Sở Tài chính; Sở Nội vụ")
        assert sorted((link.role, link.name) for link in tasks["III.1.a"].links) == [
            ("coordinate", "Sở Nội vụ"), ("coordinate", "Sở Tài chính"), ("lead", "Sở Y tế")]
        assert tasks["III.2.b"].lead_text == "Sở Tư pháp"
    assert preview.updated == [] and preview.withdrawn == []
    assert [c.ref for c in preview.unassigned] == ["III.3", "IV.1", "IV.2", "IV.3"]


def test_assign_refuses_bad_input_and_changes_nothing(coordinator):
    with coordinator.db.transaction() as session:
        with pytest.raises(InputError, match="chưa có trong danh mục: “Sở Không Có”"):
            assignments.assign(session, ["III.3"], "Sở Không Có")
        with pytest.raises(InputError, match="Không tìm thấy nhiệm vụ '9.9'"):
            assignments.assign(session, ["9.9"], "Sở Y tế")
        with pytest.raises(InputError, match="Không có nhiệm vụ nào trong nhóm"):
            assignments.assign(session, [], "Sở Y tế", group="Nhóm không có")
        assert by_ref(session)["III.3"].lead_text == ""


def test_cli_assign_and_adopt(coordinator, tmp_path):
    coordinator.close()  # the command opens the data folder itself
    folder = tmp_path / "so-khcn"
    done = run_cli("assign", "III.3", "--lead", "Sở Công Thương", "--coordinate", "Sở Tài chính", "--json",
                   data_dir=folder, check=True)
    assert json.loads(done.stdout)["tasks"] == [{"ref": "III.3", "content": "Phát triển doanh nghiệp công nghệ số.",
                                                 "lead": "Sở Công Thương", "coordinating": "Sở Tài chính"}]
    refused = run_cli("assign", "III.3", "--lead", "Sở Không Có", data_dir=folder)
    assert refused.returncode == 2 and "chưa có trong danh mục" in refused.stderr
    wrong_role = run_cli("adopt", "IV.1", data_dir=folder)
    assert wrong_role.returncode == 2 and "Nhận thực hiện" in wrong_role.stderr


def test_assignments_and_adoptions_travel_in_packages(coordinator, tmp_path):
    with coordinator.db.transaction() as session:
        assignments.assign(session, ["III.1.a"], "Sở Y tế")
        out = task_package.export_for(session, "Sở Y tế", tmp_path / "goi").path
    with zipfile.ZipFile(out) as archive:
        sent = json.loads(archive.read(manifests.DATA_FILE[manifests.TASKS]))
    assigned = {t["ref"]: t for t in sent["tasks"]}
    assert assigned["III.1.a"]["assigned"] is True and assigned["III.1.a"]["lead"] == "Sở Y tế"
    assert "IV.1" in assigned and assigned["IV.1"]["lead"] == ""  # given to no one: offered for adoption

    agency = open_workspace(tmp_path / "so-y-te")
    try:
        [result] = package_import.import_paths(agency, [out], trust_new_sender=True)
        assert result.ok, result.message
        with agency.db.transaction() as session:
            tasks = by_ref(session)
            assert (tasks["III.1.a"].role, tasks["III.1.a"].role_reason) == ("lead", "Được giao chủ trì")
            assert (tasks["IV.1"].role, tasks["IV.1"].role_reason) == ("", "Chưa phân công: có thể nhận thực hiện")
            with pytest.raises(InputError, match="đã giao cho Sở Y tế chủ trì"):
                assignments.adopt(session, ["III.1.a"])
            [adopted] = assignments.adopt(session, ["IV.1"])
            assert adopted.lead == "Sở Y tế"
            assert by_ref(session)["IV.1"].role_reason == "Tự nhận thực hiện"
        [again] = package_import.import_paths(agency, [out], trust_new_sender=True)  # the same package again: still adopted
        with agency.db.reader() as session:
            assert (by_ref(session)["IV.1"].role, by_ref(session)["IV.1"].adopted) == ("lead", True)
        with agency.db.transaction() as session:
            report = report_package.export(agency, session, Q4, tmp_path / "bc.kh57").path
        with zipfile.ZipFile(report) as archive:
            body = json.loads(archive.read(manifests.DATA_FILE[manifests.REPORT]))
        uid = body["adopted"][0]
        assert len(body["adopted"]) == 1
    finally:
        agency.close()

    [merged] = package_import.import_paths(coordinator, [report], trust_new_sender=True)
    assert merged.ok, merged.message
    with coordinator.db.transaction() as session:
        task = session.scalar(select(Task).where(Task.uid == uid))
        assert task.ref == "IV.1"
        assert [(link.role, link.name, link.self_assigned) for link in task.links] == [("lead", "Sở Y tế", True)]
        status = {s.agency: s for s in completeness(session, Q4).agencies}["Sở Y tế"]
        assert (status.lead, status.self_assigned, status.lead_label) == (2, 1, "2 (1 tự nhận)")
        nxt = task_package.export_for(session, "Sở Y tế", tmp_path / "goi2").path
    with zipfile.ZipFile(nxt) as archive:
        tasks = {t["ref"]: t for t in json.loads(archive.read(manifests.DATA_FILE[manifests.TASKS]))["tasks"]}
    assert tasks["IV.1"]["adopted"] is True and tasks["IV.1"]["withdrawn"] is False


def test_migration_0005_keeps_tasks_links_and_updates(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    migrate.upgrade(engine, "0004")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO plan (id, uid, number, title, issuer, schedule, source_file, source_sha256, "
                          "created_at) VALUES (1, 'p1', '1/KH', 'Kế hoạch', '', '', '', '', '2025-01-01 00:00:00')"))
        conn.execute(text("INSERT INTO task (id, uid, plan_id, ref, position, group_name, content, lead_text, "
                          "coordinating_text, deadline_text, deadline_kind, product, note, withdrawn, role, "
                          "role_reason, search_key, created_at, updated_at) VALUES (1, 't1', 1, '1', 0, '', "
                          "'Nhiệm vụ', 'Sở Y tế', '', '', 'unparsed', '', '', 0, '', '', '', '2025-01-01 00:00:00', "
                          "'2025-01-01 00:00:00')"))
        conn.execute(text("INSERT INTO task_agency (task_id, agency_id, name, group_key, role) "
                          "VALUES (1, NULL, 'Sở Y tế', '', 'lead')"))
    engine.dispose()
    db = open_database(path, tmp_path / "backups")
    with db.reader() as session:
        task = session.get(Task, 1)
        assert (task.assigned_lead, task.assigned_coordinating, task.adopted) == ("", "", False)
        assert [(link.name, link.self_assigned) for link in session.scalars(select(TaskAgency))] == [("Sở Y tế", False)]
