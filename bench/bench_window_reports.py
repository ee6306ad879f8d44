"""The Báo cáo screen, offscreen, with 100 / 300 / 1,000 tasks: what the user waits for.

- screen: the Báo cáo screen shown for a period until its summary, draft and register are filled;
- generate: "Tạo báo cáo" (PDF and Excel) clicked until the new report is selected in the register
  (the window stays responsive meanwhile: the work runs on the database worker);
- preview: the print preview opened and every page painted, as the preview and the printer get
  them (PDFium renders each page; landscape appendix pages are turned);
- print: the pages painted into a PDF "printer" at print resolution (300 dpi), seconds per page.

Issue #5's targets apply to generation (300 tasks: PDF under 3 s, XLSX under 2 s); the window adds
only the round trip to the worker.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from pathlib import Path

from bench.common import Measure, measure, print_table, synthetic_draft, write_json

SIZES = (100, 300, 1_000)
TODAY = dt.date(2025, 6, 20)


def _workspace(folder: Path, n: int):
    from kh57desk.services import plan_apply, setup
    from kh57desk.workspace import open_workspace

    ws = open_workspace(folder)
    with ws.db.transaction() as session:
        setup.initialise(session, "Sở Nội vụ", signer_name="Nguyễn Văn An", signer_title="PHÓ GIÁM ĐỐC")
        plan_apply.apply(session, synthetic_draft(n))
    return ws


def _wait(app, condition, timeout: float = 300) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise RuntimeError("timed out")
        app.processEvents()
        time.sleep(0.001)


def run(sizes=SIZES) -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    from kh57desk.domain.periods import parse_period
    from kh57desk.ui import pdf_print
    from kh57desk.ui.app import Application
    from kh57desk.ui.qt import QPrinter
    from kh57desk.ui.translations import Translations

    rows = []
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="kh57-bench-bc-") as tmp:
            QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "qs"))
            ws = _workspace(Path(tmp) / "data", n)
            translations = Translations()
            translations.install("vi")
            controller = Application(ws, today=lambda: TODAY, translations=translations)
            controller.start()
            _wait(app, lambda: controller.window is not None)
            controller.context.set_period(parse_period("2025-Q2"))
            window = controller.window
            screen = Measure()
            with measure(screen, trace_memory=False):
                page = window.show_page("reports")
                _wait(app, lambda: page.state is not None and page.state.summary is not None
                      and not controller.worker.busy)
            generate = Measure()
            with measure(generate, trace_memory=False):
                page.generate()
                _wait(app, lambda: page.last_generated is not None and page.selected() is not None
                      and page.selected().id == page.last_generated.id and not controller.worker.busy)
            info = page.last_generated
            preview_time = Measure()
            with measure(preview_time, trace_memory=False):
                dialog = page.preview()
                app.processEvents()  # the preview paints every page when shown
            dialog.close()
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setResolution(300)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(Path(tmp) / "in.pdf"))
            printing = Measure()
            pages = pdf_print.PdfPages(info.file("pdf").path)
            with measure(printing):
                painted = pdf_print.paint_pages(pages, printer)
            pages.close()
            controller.quit()
            translations.remove()
            ws.close()
            rows.append({"tasks": n, "pages": painted, "screen_s": screen.seconds, "generate_s": generate.seconds,
                         "preview_s": preview_time.seconds, "print_s": printing.seconds,
                         "print_s_per_page": printing.seconds / max(painted, 1), "print_peak_mib": printing.peak_mib})
    return rows


def main() -> None:
    rows = run()
    headers = ["Nhiệm vụ", "Trang", "Mở màn hình (s)", "Tạo PDF+Excel (s)", "Xem trước (s)", "In 300 dpi (s)",
               "s/trang", "Bộ nhớ in (MiB)"]
    print_table("Màn hình Báo cáo: mở, tạo báo cáo, xem trước, in (offscreen)", headers,
                [[r["tasks"], r["pages"], f"{r['screen_s']:.2f}", f"{r['generate_s']:.2f}", f"{r['preview_s']:.2f}",
                  f"{r['print_s']:.2f}", f"{r['print_s_per_page']:.3f}", f"{r['print_peak_mib']:.1f}"]
                 for r in rows])
    write_json("window_reports", rows)


if __name__ == "__main__":
    main()
