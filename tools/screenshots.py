"""Take a screenshot of each screen of the window into ``docs/screenshots/`` at 1366×768, the
screen of the office laptops the program is made for.

    xvfb-run -a -s "-screen 0 1366x768x24" python tools/screenshots.py
    python tools/screenshots.py --screen --guide   # as a user sees them (tools/screen_capture.py)

``--screen`` runs the window on an X screen with a window manager and takes each picture from the
screen (title bars and frames included); ``--guide`` also refreshes the user guide's pictures.

It runs the real window on a temporary data folder: Sở Nội vụ's database after importing the
2025 activity plan of Thái Bình's sub-committee (its 98 tasks laid out as an office's .xlsx, read
by the real importer), a few targets and progress entries, with "today" set to 20/5/2025.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import screen_capture  # noqa: E402  (tools/screen_capture.py)

OUT = ROOT / "docs" / "screenshots"
TODAY = dt.date(2025, 5, 20)
PLAN_NUMBER = "75/QĐ-TBCĐ"
SCREEN = (1366, 768)
TARGET_LINES = {  # the target lines quoted in the plans (domain notes), as a plan's appendix lists them
    2025: ["Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%",
           "Có ≥ 30 doanh nghiệp khoa học và công nghệ trên địa bàn",
           "Mỗi năm có ≥ 20 nhiệm vụ khoa học và công nghệ cấp tỉnh được nghiệm thu",
           "Chỉ số chuyển đổi số cấp tỉnh ≥ 0,75"],
    2030: ["Quy mô kinh tế số đạt 30% GRDP",
           "Có 15 - 20 trung tâm đổi mới sáng tạo, ươm tạo doanh nghiệp",
           "Có ≥ 3.000 cán bộ được đào tạo, bồi dưỡng về chuyển đổi số",
           "Hoàn thiện hạ tầng số đồng bộ, hiện đại"],
}


def wait(app, condition, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("Hết thời gian chờ giao diện.")
        app.processEvents()
        time.sleep(0.01)


def settle(app, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def plan_xlsx(path: Path, number: str, drop: int = 0, reword: int = 0, extra_agency: str = "") -> Path:
    """The sample plan's 98 tasks laid out as a provincial office's appendix workbook; a later
    version can drop a task, reword one and name an agency the directory lacks."""
    import json

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    data = json.loads((ROOT / "resources" / "sample" / "tieu-ban-thai-binh-2025.json").read_text(encoding="utf-8"))
    tasks = [dict(t) for t in data["tasks"]]
    if reword:
        tasks[reword]["content"] += " (điều chỉnh theo Công văn số 12/UBND-KGVX)"
    if extra_agency:
        tasks[reword + 1]["coordinating"] += f", {extra_agency}"
    if drop:
        del tasks[drop]
    book = Workbook()
    sheet = book.active
    sheet.title = "Phụ lục"
    sheet.append(["PHỤ LỤC"])
    sheet.append(["CÁC NỘI DUNG CÔNG VIỆC CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN NĂM 2025"])
    sheet.append([f"(Kèm theo Quyết định số {number} ngày 29/4/2025 của Tiểu Ban Khoa học, công nghệ, "
                  "đổi mới sáng tạo và chuyển đổi số tỉnh Thái Bình)"])
    sheet.append(["TT", "Nội dung công việc", "Cơ quan thực hiện", "Thời gian hoàn thành", "Cơ quan phối hợp",
                  "Ghi chú"])
    for cell in sheet[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True)
    group = None
    for task in tasks:
        if task["group"] != group:
            group = task["group"]
            sheet.append([group])
        sheet.append([task["ref"], task["content"], task["lead"], task["deadline"], task["coordinating"],
                      task["note"]])
    book.save(path)
    return path


def prepare(data_dir: Path, scratch: Path) -> None:
    """Sở Nội vụ's database after importing the plan (with the real importer), its targets, and
    the progress a focal point would have entered by May 2025."""
    from kh57desk.domain import targets as target_rules
    from kh57desk.domain.periods import parse_period
    from kh57desk.services import indicators, plan_apply, plan_import, progress, setup, tasks
    from kh57desk.workspace import open_workspace
    from sqlalchemy import select

    ws = open_workspace(data_dir)
    q2, q1 = parse_period("2025-Q2"), parse_period("2025-Q1")
    with ws.db.transaction() as session:
        setup.initialise(session, "Sở Nội vụ", signer_name="Nguyễn Văn An", signer_title="PHÓ GIÁM ĐỐC",
                         signer_authority="KT. GIÁM ĐỐC")
        draft = plan_import.read_file(plan_xlsx(scratch / "Phụ lục kế hoạch 2025.xlsx", PLAN_NUMBER))
        plan_import.apply(session, draft)
        targets = [target_rules.parse_target(line, year, group="Mục tiêu cụ thể") for year, lines in TARGET_LINES.items()
                   for line in lines]
        plan_apply.apply(session, plan_apply.PlanDraft(tasks=[], number=PLAN_NUMBER, indicators=targets))
        rows = {r.ref: r for r in tasks.list_tasks(session, q2)}
        entries = [
            ("(1)", q1, dict(state="hoàn thành", completed_on="25/3/2025",
                             result="Đã ban hành Kế hoạch triển khai Nghị quyết 57-NQ/TW của Sở.",
                             output_doc_number="Kế hoạch số 45/KH-SNV", output_doc_date="25/3/2025")),
            ("(8)", q2, dict(state="hoàn thành", completed_on="10/4/2025", result="Đã ban hành chương trình bồi "
                             "dưỡng kiến thức về khoa học, công nghệ, chuyển đổi số cho công chức, viên chức năm 2025.")),
            ("(10)", q2, dict(state="đang thực hiện", percent=60, result="Đã xây dựng dự thảo cơ chế, chính sách "
                              "đặc thù phát triển nguồn nhân lực chất lượng cao, đang lấy ý kiến các sở, ngành.",
                              difficulties="Chưa có số liệu nhu cầu nhân lực của một số ngành mũi nhọn.")),
            ("(10)", q1, dict(state="đang thực hiện", percent=20, result="Đã lập đề cương, khảo sát nhu cầu nhân lực.")),
            ("(5)", q2, dict(state="đang thực hiện", percent=30)),
            ("(6)", q2, dict(state="hoàn thành", completed_on="12/5/2025")),
        ]
        for ref, period, values in entries:
            task = session.get(plan_apply.Task, rows[ref].id)
            progress.record(session, task, period, **values)
        from kh57desk.db.models import ProgressUpdate

        for update in session.scalars(select(ProgressUpdate)):  # entered on the day it is dated, at 9:00 (local)
            update.created_at = update.edited_at = dt.datetime.combine(update.on_date, dt.time(9, 0))
        for row in indicators.list_indicators(session, q2)[:3]:
            value = {"%": 52, "doanh nghiệp": 34}.get(row.unit, 12)
            if row.comparator:
                indicators.record_value(session, row.id, q2, value, "Số liệu của Sở Khoa học và Công nghệ")
    ws.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--screen", action="store_true", help="chụp từ màn hình X có trình quản lý cửa sổ")
    parser.add_argument("--guide", action="store_true", help="làm lại ảnh của hướng dẫn sử dụng (resources/guide)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if not args.screen:
        return take(args)
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    with screen_capture.virtual_screen():
        return take(args)


def take(args: argparse.Namespace) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="kh57desk-anh-"))
    os.environ["KH57DESK_DATA"] = str(scratch / "dữ liệu")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWizard

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "qsettings"))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    from kh57desk.ui import icons
    from kh57desk.ui.app import Application
    from kh57desk.ui.translations import Translations
    from kh57desk.workspace import open_workspace

    app.setWindowIcon(icons.app_icon())
    shots: list[Path] = []

    def shoot(widget, name: str) -> None:
        settle(app)
        path = args.out / f"{name}.png"
        if args.screen:
            screen_capture.capture(app, widget, path, settle)
        else:
            widget.grab().save(str(path))
        shots.append(path)
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    # 1. first run, on an empty folder
    translations = Translations()
    translations.install("vi")
    empty = open_workspace(scratch / "mới")
    first = Application(empty, today=lambda: TODAY, translations=translations)
    first.start()
    wait(app, lambda: first.wizard is not None)
    wizard = first.wizard
    wizard.agency_page.agency.set_name("Sở Nội vụ")
    wizard.agency_page.province.setEditText("Hưng Yên")
    wizard.move(180, 100)
    shoot(wizard, "01-khoi-dong-lan-dau")
    wizard.rejected.disconnect(first.quit)
    QWizard.reject(wizard)  # closed without the wizard's "leave without saving?" question
    first.worker.shutdown()
    empty.close()

    # 2. the main window on the sample data
    data = scratch / "dữ liệu"
    prepare(data, scratch)
    ws = open_workspace(data)
    controller = Application(ws, today=lambda: TODAY, translations=translations)
    controller.start()
    wait(app, lambda: controller.window is not None)
    window = controller.window
    window.setGeometry(0, 0, *SCREEN)
    from kh57desk.domain.periods import parse_period
    controller.context.set_period(parse_period("2025-Q2"))
    overview = window.pages["overview"]
    wait(app, lambda: overview.summary is not None and overview.summary.period.id == "2025-Q2")
    shoot(window, "02-tong-quan")

    tasks_page = window.show_page("tasks")
    wait(app, lambda: tasks_page.loaded_once and tasks_page.proxy.rowCount() > 0)
    row = next(r for r in tasks_page.model.rows if r.ref == "(10)")  # led by Sở Nội vụ
    tasks_page.select_task(row.id)
    wait(app, lambda: tasks_page.panel.detail is not None and tasks_page.panel.detail.id == row.id)
    shoot(window, "03-nhiem-vu-nhap-tien-do")

    tasks_page.search.setText("chuyen doi so")
    tasks_page.status.setCurrentIndex(tasks_page.status.findData("not_done"))
    settle(app)
    shoot(window, "04-nhiem-vu-tim-kiem-loc")
    tasks_page.clear_filters()

    indicators_page = window.show_page("indicators")
    wait(app, lambda: indicators_page.model.rowCount() > 0)
    shoot(window, "05-chi-tieu")

    settings_page = window.show_page("settings")
    wait(app, lambda: settings_page.agency.name() != "")
    shoot(window, "06-cai-dat")

    from kh57desk.ui import help_dialog  # Trợ giúp → Hướng dẫn sử dụng (F1) on the Nhiệm vụ screen

    window.show_page("tasks")
    viewer = help_dialog.open_help(window, help_dialog.PAGE_SECTIONS["tasks"])
    viewer.move(150, 40)
    shoot(viewer, "17-huong-dan")
    viewer.close()

    revised = plan_xlsx(scratch / "Phụ lục kế hoạch 2025 (sửa đổi).xlsx", PLAN_NUMBER, drop=9, reword=3,
                        extra_agency="Viện Lúa Vùng Biển")
    dialog = window.open_import(str(revised))
    dialog.read()
    wait(app, lambda: dialog.preview is not None, 60)
    dialog.tabs.setCurrentIndex(1)
    dialog.updated.expandAll()
    dialog.move(160, 60)
    shoot(dialog, "07-nhap-ke-hoach")
    dialog.reject()

    import screenshots_reports  # Báo cáo and Đồng bộ

    screenshots_reports.agency_shots(app, controller, scratch, shoot, wait, settle)

    settings_page = window.show_page("settings")
    settings_page.language.setCurrentIndex(settings_page.language.findData("en"))
    settings_page.save()  # as a user would: the window is rebuilt in English
    wait(app, lambda: controller.window not in (None, window))
    english = controller.window
    english.setGeometry(0, 0, *SCREEN)
    overview = english.show_page("overview")
    wait(app, lambda: overview.summary is not None)
    shoot(english, "08-english")
    controller.quit()
    translations.install("vi")
    screenshots_reports.coordinator_shots(app, translations, TODAY, scratch,
                                          plan_xlsx(scratch / "Phụ lục (Sở KH&CN).xlsx", PLAN_NUMBER), shoot, wait,
                                          settle)
    if args.guide:
        for picture in screen_capture.guide_pictures(args.out, ROOT / "resources" / "guide" / "images"):
            print(picture.relative_to(ROOT))
    print(f"{len(shots)} ảnh trong {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
