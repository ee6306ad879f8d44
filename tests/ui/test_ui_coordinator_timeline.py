"""At the coordinator, a task's timeline shows the agencies' dated updates received in report
packages (read only, with the agency's name), after its own."""

from __future__ import annotations

from kh57desk.domain.periods import parse_period
from kh57desk.services import plan_apply, progress, sample_plan, setup, tasks as task_service
from kh57desk.sync import package_import, report_package, task_package
from kh57desk.workspace import open_workspace

Q2 = parse_period("2025-Q2")


def test_the_coordinator_sees_an_agencys_updates_on_the_task(tmp_path, start_app, qtbot, idle):
    coordinator = open_workspace(tmp_path / "so-khcn")
    with coordinator.db.transaction() as s:
        setup.initialise(s, "Sở Khoa học và Công nghệ", coordinator=True)
        plan_apply.apply(s, sample_plan.load_draft())
        package = task_package.export_for(s, "Sở Nội vụ", tmp_path / "goi").path
    agency = open_workspace(tmp_path / "so-noi-vu")
    assert package_import.import_paths(agency, [package], trust_new_sender=True)[0].ok
    with agency.db.transaction() as s:
        task = task_service.find_task(s, "8")
        progress.add_update(s, task, "20/04/2025", percent=40, result="Lấy ý kiến các sở")
        progress.add_update(s, task, "20/05/2025", percent=80, result="Trình Ủy ban nhân dân tỉnh")
        report = report_package.export(agency, s, Q2, tmp_path / "q2.kh57").path
    agency.close()
    assert package_import.import_paths(coordinator, [report], trust_new_sender=True)[0].ok

    app = start_app(coordinator)
    app.context.set_period(Q2)
    page = app.window.show_page("tasks")
    qtbot.waitUntil(lambda: page.loaded_once, timeout=10_000)
    row = next(r for r in page.model.rows if r.ref == "(8)")
    page.select_task(row.id)
    qtbot.waitUntil(lambda: page.panel.detail is not None and page.panel.detail.id == row.id, timeout=10_000)
    idle(app.worker)
    timeline = page.panel.timeline
    assert timeline.agency_rows() == [("20/05/2025", "Trình Ủy ban nhân dân tỉnh", "Sở Nội vụ"),
                                      ("20/04/2025", "Lấy ý kiến các sở", "Sở Nội vụ")]
    assert timeline.update_ids() == []  # none of them is the coordinator's own: nothing to edit
    assert page.panel.tabs.tabText(2) == "Nhật ký (2)"
