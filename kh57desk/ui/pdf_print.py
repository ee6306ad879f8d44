"""Print preview and printing of a generated PDF, exactly as it was written.

The pages are rendered with PDFium (``pypdfium2``, shipped as a wheel with its own library on
Windows, Linux and macOS) into images that Qt's print preview shows and sends to the printer the
user chooses in the system print dialog. Landscape appendix pages are turned to fit the sheet,
as PDF viewers do. When PDFium cannot be loaded, the window opens the file with the system's
PDF viewer instead (``available()`` tells which).
"""

from __future__ import annotations

import logging
from pathlib import Path

from kh57desk.errors import InputError
from kh57desk.ui.qt import (QCoreApplication, QEventLoop, QImage, QPaintEngine, QPainter, QPrinter,
                            QPrintPreviewDialog, QRectF, QTransform, QWidget, Qt)

log = logging.getLogger(__name__)
MAX_PRINT_DPI = 300
PREVIEW_DPI = 110


def available() -> bool:
    try:
        import pypdfium2  # noqa: F401, PLC0415
    except (ImportError, OSError) as exc:  # the library or its binary is missing from this installation
        log.info("PDFium is not available (%s): PDFs open with the system viewer", exc)
        return False
    return True


class PdfPages:
    """A PDF opened for rendering (on the GUI thread only: PDFium is not thread-safe)."""

    def __init__(self, path: Path):
        import pypdfium2 as pdfium  # noqa: PLC0415

        self.path = Path(path)
        try:
            self._document = pdfium.PdfDocument(str(self.path))
        except (pdfium.PdfiumError, OSError) as exc:
            raise InputError(f"Không mở được tệp PDF '{self.path.name}': {exc}.") from None

    def __len__(self) -> int:
        return len(self._document)

    def size_points(self, index: int) -> tuple[float, float]:
        return tuple(self._document[index].get_size())

    def render(self, index: int, dpi: float) -> QImage:
        page = self._document[index]
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
        formats = {"RGB": QImage.Format.Format_RGB888, "RGBA": QImage.Format.Format_RGBA8888,
                   "RGBX": QImage.Format.Format_RGBX8888, "L": QImage.Format.Format_Grayscale8}
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, formats[bitmap.mode]).copy()
        bitmap.close()
        page.close()
        return image

    def close(self) -> None:
        self._document.close()


def paint_pages(pages: PdfPages, printer) -> int:
    """Draw every page on ``printer`` (a QPrinter, or the preview's), one PDF page per sheet;
    returns the number of pages drawn."""
    printer.setFullPage(True)  # the PDF carries its own margins (Decree 30/2020)
    painter = QPainter()
    if not painter.begin(printer):
        raise InputError("Không mở được máy in đã chọn.")
    try:
        # the preview records pictures for the screen: a screen resolution is enough there and
        # quick; the printer gets the pages at its own resolution (up to 300 dpi)
        previewing = painter.paintEngine().type() == QPaintEngine.Type.Picture
        dpi = min(printer.resolution(), PREVIEW_DPI if previewing else MAX_PRINT_DPI)
        sheet = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        for index in range(len(pages)):
            if index:
                printer.newPage()
                if not previewing:  # a long document: the window keeps repainting while pages go out
                    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            width, height = pages.size_points(index)
            image = pages.render(index, dpi)
            if (width > height) != (sheet.width() > sheet.height()):
                image = image.transformed(QTransform().rotate(90))
            scale = min(sheet.width() / image.width(), sheet.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(sheet.center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(pages)


def preview(parent: QWidget, path: Path):
    """The print preview dialog of ``path`` (not yet shown), with Qt's print button in it."""
    pages = PdfPages(path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(Path(path).stem)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfPrint", "Xem trước khi in — {0}").format(Path(path).name))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(1000, 700)
    dialog.paintRequested.connect(lambda target: paint_pages(pages, target))
    dialog.finished.connect(lambda _result: pages.close())
    dialog.printer_ref = printer  # the dialog does not own the printer: keep it alive as long as the dialog
    return dialog
