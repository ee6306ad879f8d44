"""The first-run wizard, the dashboard's figures opening the task list, the worker's progress
dialog, settings (saved all or nothing, backups, data folder) and the targets screen."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWizard

from kh57desk.domain import status as task_status
from kh57desk.domain import targets as target_rules
from kh57desk.domain.periods import parse_period
from kh57desk.errors import Cancelled
from kh57desk.services import indicators, plan_apply, sample_plan
from kh57desk.services import settings as settings_service
from kh57desk.services import tasks as task_service
from kh57desk.ui.pages.dashboard_page import BEHIND
from kh57desk.ui.progress import DelayedProgress
from kh57desk.workspace import open_workspace

Q2 = parse_period("2025-Q2")


def test_first_run_wizard_sets_up_the_agency_and_loads_the_sample(workspace, start_app, qtbot, idle):
    controller = start_app(workspace, wait_for_window=False)
    qtbot.waitUntil(lambda: controller.wizard is not None)
    wizard = controller.wizard
    page = wizard.agency_page
    page.agency.setEditText("so khoa hoc cong nghe")  # no diacritics: found in the directory anyway
    assert not wizard.validateCurrentPage()  # the province is asked: it goes into the report header
    assert "tỉnh, thành phố" in page.error.text()
    page.province.setEditText("hung yen")
    assert page.superior.text() == "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN"
    assert wizard.validateCurrentPage()
    assert page.agency.name() == "Sở Khoa học và Công nghệ"
    wizard.next()
    wizard.signer_page.name.setText("Trần Thị Bình")
    wizard.signer_page.title.setEditText("phó giám đốc")
    wizard.next()
    wizard.plan_page.sample.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    idle(controller.worker)
    with workspace.db.reader() as session:
        prefs = settings_service.load(session)
        rows = task_service.list_tasks(session, Q2)
    assert prefs.agency_name == "Sở Khoa học và Công nghệ"
    assert (prefs.signer_name, prefs.signer_title) == ("Trần Thị Bình", "PHÓ GIÁM ĐỐC")
    assert prefs.report_prefix == "SKHCN"
    assert (prefs.superior_name, prefs.place) == ("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", "Hưng Yên")
    assert len(rows) > 0
    assert controller.window.agency.text() == "Sở Khoa học và Công nghệ"


def test_wizard_refuses_an_unknown_agency_unless_added(workspace, start_app, qtbot, idle, typist):
    controller = start_app(workspace, wait_for_window=False)
    qtbot.waitUntil(lambda: controller.wizard is not None)
    wizard = controller.wizard
    page = wizard.agency_page
    page.agency.setEditText("Trung tâm Thử nghiệm Vùng Biển")
    assert not wizard.validateCurrentPage()
    assert "Không thấy" in page.error.text()
    with workspace.db.reader() as session:
        assert not settings_service.load(session).configured  # nothing written before Finish
    page.add_new.setChecked(True)
    page.kind.setCurrentIndex(page.kind.findData("sector"))
    page.province.setEditText("Thái Bình")  # a former province, for an older plan
    page.superior.clear()
    typist(page.superior, "Ủy ban nhân dân tỉnh Thái Bình")  # typed by hand: kept as written
    page.province.setEditText("Hưng Yên")
    wizard.next()
    wizard.next()
    wizard.plan_page.later.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    idle(controller.worker)
    with workspace.db.reader() as session:
        prefs = settings_service.load(session)
    assert prefs.agency_name == "Trung tâm Thử nghiệm Vùng Biển"
    assert (prefs.superior_name, prefs.place) == ("ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH", "Hưng Yên")


def test_wizard_validates_every_page_before_saving_and_clears_stale_errors(workspace, start_app, qtbot, tmp_path):
    """Finish with no plan file saves nothing; choosing a file clears the error and Finish works."""
    controller = start_app(workspace, wait_for_window=False)
    qtbot.waitUntil(lambda: controller.wizard is not None)
    wizard = controller.wizard
    wizard.agency_page.agency.setEditText("Sở Y tế")
    wizard.agency_page.province.setEditText("Ninh Bình")
    wizard.next()
    wizard.next()
    wizard.plan_page.from_file.setChecked(True)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    finish.click()
    assert "Chọn tệp kế hoạch" in wizard.plan_page.error.text()
    wizard.plan_page.path.setText(str(tmp_path / "khong-co.xlsx"))
    assert wizard.plan_page.error.text() == ""  # a stale error never stays
    finish.click()
    assert "Không tìm thấy tệp" in wizard.plan_page.error.text()
    assert finish.isEnabled() and wizard.isVisible()
    qtbot.wait(200)
    with workspace.db.reader() as session:
        assert not settings_service.load(session).configured  # nothing saved while a page is invalid


def test_cancelling_the_wizard_writes_nothing(workspace, start_app, qtbot):
    controller = start_app(workspace, wait_for_window=False)
    qtbot.waitUntil(lambda: controller.wizard is not None)
    controller.wizard.reject()
    assert controller.finished
    check = open_workspace(workspace.data_dir)
    with check.db.reader() as session:
        assert not settings_service.load(session).configured
    check.close()


def test_dashboard_figures_open_the_filtered_task_list(demo_app, qtbot, idle):
    window = demo_app.window
    overview = window.pages["overview"]
    qtbot.waitUntil(lambda: overview.summary is not None and overview.summary.period.id == "2025-Q2")
    summary = overview.summary
    assert overview.overdue.text().startswith(f"{summary.overdue.count}\n")
    assert summary.overdue.count == 4  # (2), (3) are overdue too, but only "Đơn vị liên quan" for Sở Nội vụ
    overview.overdue.click()
    tasks = window.pages["tasks"]
    assert window.current_page == "tasks"
    qtbot.waitUntil(lambda: tasks.loaded_once)
    assert tasks.proxy.rowCount() == summary.overdue.count
    assert {tasks.proxy.task_at(r).status for r in range(tasks.proxy.rowCount())} == {task_status.OVERDUE}
    window.show_page("overview")
    overview.due_soon.click()
    assert tasks.proxy.rowCount() == summary.due_soon.count == 1
    window.show_page("overview")
    overview.status_buttons[task_status.RECURRING].click()
    assert tasks.proxy.rowCount() == summary.by_status[task_status.RECURRING] > 0
    # the liên quan (chung) tasks: outside the figures, one click away
    window.show_page("overview")
    assert overview.related.isVisible() and summary.related == 30
    assert overview.related.text() == 'Không tính 30 nhiệm vụ chỉ giao chung cho "đơn vị liên quan" — xem'
    assert summary.total + summary.related == 94
    overview.related.click()
    assert window.current_page == "tasks" and tasks.role.currentData() == "related"
    assert tasks.proxy.rowCount() == 30 and tasks.count.text() == "30 / 30 nhiệm vụ"
    # a task in a short list opens that task
    window.show_page("overview")
    item = overview.overdue_list.topLevelItem(0)
    overview.overdue_list.itemActivated.emit(item, 0)
    qtbot.waitUntil(lambda: tasks.panel.detail is not None)
    assert tasks.panel.detail.ref == item.text(0)


def test_dashboard_follows_progress_entered(demo_app, qtbot, idle):
    window = demo_app.window
    tasks = window.show_page("tasks")
    qtbot.waitUntil(lambda: tasks.loaded_once)
    row = next(r for r in tasks.model.rows if r.ref == "(23)")
    tasks.select_task(row.id)
    qtbot.waitUntil(lambda: tasks.panel.detail is not None and tasks.panel.detail.id == row.id)
    form = tasks.panel.form
    form.state.setCurrentIndex(form.state.findData(task_status.COMPLETED))
    idle(demo_app.worker)
    overview = window.show_page("overview")
    qtbot.waitUntil(lambda: overview.summary is not None and overview.summary.done == 1)
    assert overview.summary.due_soon.count == 0  # (22), due then too, is liên quan (chung) for Sở Nội vụ


def test_progress_dialog_appears_late_and_cancels(demo_app, qtbot):
    worker, started = demo_app.worker, threading.Event()

    def slow(_ws, job):
        started.set()
        for i in range(200):
            job.progress(i, 200)
            time.sleep(0.02)
        return "done"
    errors = []
    job = worker.run(slow, on_error=errors.append)
    watcher = DelayedProgress(demo_app.window, worker, job, "Đang làm")
    started.wait(5)
    qtbot.wait(200)
    assert watcher.dialog is None  # not before ~0.5 s
    qtbot.waitUntil(lambda: watcher.dialog is not None and watcher.dialog.isVisible(), timeout=3000)
    assert demo_app.window.isEnabled()
    watcher.dialog.findChild(QPushButton).click()  # "Hủy"
    qtbot.waitUntil(lambda: job.done, timeout=3000)
    assert isinstance(errors[0], Cancelled)
    assert watcher.dialog is None  # closed with the job
    quick = worker.run(lambda _ws, _job: 1)
    quick_watch = DelayedProgress(demo_app.window, worker, quick, "Nhanh")
    qtbot.waitUntil(lambda: quick.done)
    qtbot.wait(700)
    assert not quick_watch.shown  # a quick job never shows a dialog


def test_settings_saved_all_or_nothing(demo_app, demo_workspace, qtbot, idle):
    page = demo_app.window.show_page("settings")
    qtbot.waitUntil(lambda: page.agency.name() == "Sở Nội vụ")
    page.signer_name.setText("Lê Văn Cường")
    page.prefix.setText("snv")
    page.use_plan.setChecked(False)
    for kind, box in page.kind_boxes.items():
        box.setChecked(kind in ("Q", "H"))
    page.fixed_dates.setText("01/6; 15/11")
    page.due_days.setValue(5)
    page.save()
    idle(demo_app.worker)
    with demo_workspace.db.reader() as session:
        prefs = settings_service.load(session)
        schedule = settings_service.effective_schedule(session)
    assert (prefs.signer_name, prefs.report_prefix) == ("Lê Văn Cường", "SNV")
    assert schedule.kinds == ("Q", "H", "C") and schedule.fixed_dates == ((1, 6), (15, 11))
    assert schedule.due_days_after == 5
    assert demo_app.context.schedule == schedule  # the period chooser follows
    assert [demo_app.window.period_bar.kind.itemData(i) for i in range(demo_app.window.period_bar.kind.count())] \
        == ["Q", "H", "C", "DX"]
    # a bad value: a message, and nothing saved, not even the good fields
    page.signer_name.setText("Người Khác")
    page.prefix.setText("BC SNV có dấu cách")
    page.save()
    idle(demo_app.worker)
    assert "Ký hiệu" in demo_app.context.last_error
    with demo_workspace.db.reader() as session:
        assert settings_service.load(session).signer_name == "Lê Văn Cường"
    assert page.dirty


def test_backup_and_restore_from_settings(demo_app, demo_workspace, qtbot, idle):
    page = demo_app.window.show_page("settings")
    idle(demo_app.worker)
    page.backup_now()
    idle(demo_app.worker)
    qtbot.waitUntil(lambda: page.backups.topLevelItemCount() == 1)
    assert page.backups.topLevelItem(0).text(1) == "Sao lưu thủ công"
    backup = page.backups.topLevelItem(0).data(0, 256)
    with demo_workspace.db.transaction() as session:
        settings_service.update(session, signer_name="Sau khi sao lưu")
    page.restore(backup)
    qtbot.waitUntil(lambda: demo_app.window is not None and demo_app.worker.workspace is not demo_workspace,
                    timeout=10_000)
    idle(demo_app.worker)
    with demo_app.worker.workspace.db.reader() as session:
        assert settings_service.load(session).signer_name == "Nguyễn Văn An"
    qtbot.waitUntil(lambda: demo_app.window.pages["settings"].backups.topLevelItemCount() >= 2)


def test_move_data_folder(demo_app, qtbot, idle, tmp_path, private_ui_settings):
    from kh57desk import paths

    page = demo_app.window.show_page("settings")
    idle(demo_app.worker)
    target = tmp_path / "thư mục mới"
    target.mkdir()
    (tmp_path / "khong-trong").mkdir()
    (tmp_path / "khong-trong" / "x.txt").write_text("x")
    page.move_to(tmp_path / "khong-trong")
    idle(demo_app.worker)
    assert "không trống" in demo_app.context.last_error
    page.move_to(target)
    qtbot.waitUntil(lambda: demo_app.worker.workspace.data_dir == target, timeout=10_000)
    idle(demo_app.worker)
    assert (target / "kh57desk.sqlite3").is_file()
    assert paths.remembered_data_dir() == target.resolve()  # remembered once, for the window and `kh57`
    with demo_app.worker.workspace.db.reader() as session:
        assert len(task_service.list_tasks(session, Q2)) == 94


def test_targets_screen_records_figures(demo_app, demo_workspace, qtbot, idle):
    draft = sample_plan.load_draft()
    draft.indicators = [target_rules.parse_target("Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%", 2025),
                        target_rules.parse_target("Có ≥ 30 doanh nghiệp khoa học và công nghệ trên địa bàn", 2030),
                        target_rules.parse_target("Hoàn thiện hạ tầng số đồng bộ, hiện đại", 2030)]
    with demo_workspace.db.transaction() as session:
        plan_apply.apply(session, draft)
    demo_app.context.tasks_changed.emit()
    page = demo_app.window.show_page("indicators")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    model = page.model
    first = model.index(0, 3)
    model.setData(first, "52")
    idle(demo_app.worker)
    assert model.index(0, 3).data() == "52" and model.index(0, 4).data() == "Chưa đạt"
    model.setData(model.index(1, 3), "không phải số")
    idle(demo_app.worker)
    assert "không phải là số" in demo_app.context.last_error
    with demo_workspace.db.reader() as session:
        rows = indicators.list_indicators(session, Q2)
    assert [r.value for r in rows] == [52.0, None, None]
    editable = Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, 3)) & editable
    assert not model.flags(model.index(2, 3)) & editable  # a qualitative target has no figure
    page.show_only(BEHIND)
    assert page.proxy.rowCount() == 1
    overview = demo_app.window.show_page("overview")
    qtbot.waitUntil(lambda: overview.summary is not None and len(overview.summary.targets_behind) == 1)
    overview.targets.click()
    assert demo_app.window.current_page == "indicators" and page.proxy.rowCount() == 1


@pytest.mark.parametrize("language, title", [("en", "Tasks"), ("vi", "Nhiệm vụ")])
def test_language_switch_rebuilds_the_window(demo_app, demo_workspace, qtbot, idle, language, title):
    page = demo_app.window.show_page("settings")
    qtbot.waitUntil(lambda: page.loaded_once)
    old = demo_app.window
    page.language.setCurrentIndex(page.language.findData("en"))
    page.save()
    qtbot.waitUntil(lambda: demo_app.window is not old and demo_app.window is not None, timeout=10_000)
    idle(demo_app.worker)
    if language == "vi":
        page = demo_app.window.show_page("settings")
        qtbot.waitUntil(lambda: page.loaded_once)
        assert page.language.currentData() == "en"
        old = demo_app.window
        page.language.setCurrentIndex(page.language.findData("vi"))
        page.save()
        qtbot.waitUntil(lambda: demo_app.window is not old and demo_app.window is not None, timeout=10_000)
    assert demo_app.window.nav.item(1).text() == title
    with demo_workspace.db.reader() as session:
        assert settings_service.load(session).language == language


def test_leaving_the_wizard_with_something_typed_asks_first(workspace, start_app, qtbot):
    """Esc or Thoát after typing asks before throwing the typing away; "Không" stays."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    controller = start_app(workspace, wait_for_window=False)
    qtbot.waitUntil(lambda: controller.wizard is not None)
    wizard = controller.wizard
    wizard.agency_page.province.setEditText("Hưng Yên")
    asked = []

    def answer(text: str) -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
                   and "Thoát khỏi chương trình?" in w.text())
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == text).click()
    QTimer.singleShot(100, lambda: answer("&Không"))
    wizard.reject()
    assert len(asked) == 1 and not controller.finished and wizard.isVisible()
    QTimer.singleShot(100, lambda: answer("&Có"))
    wizard.reject()
    assert len(asked) == 2 and controller.finished
