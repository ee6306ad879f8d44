"""Qt's own dialogs speak Vietnamese: every word of the file, print, print preview and page setup
dialogs (and of the other Qt dialogs the window may show) is translated in ``qtbase_vi.ts``, and
what those dialogs show once the program's translations are installed is Vietnamese. The file
dialogs stay the platform's own where it has one."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QPageSize, QPdfWriter, QPainter
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox, QFileDialog, QGroupBox,
                               QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QTabWidget, QWidget)

from kh57desk.ui.translations import VIETNAMESE, Translations, translations_dir

ROOT = Path(__file__).resolve().parents[2]

# Page sizes, units, key names and bare numbers keep their international names in Vietnamese.
KEPT_AS_IS = re.compile(
    r"(?:[A-C]\d+E?|DLE|JIS B\d+|ANSI [A-E]|PRC \d+K(?: Big)?|Architect [A-E]|Super [AB]"
    r"|(?:A\d|B\d|Letter|Legal|Tabloid)(?: Extra| Plus| Small)?|(?:Letter|Ledger|Tabloid) / ANSI [AB]"
    r"|(?:Executive|Folio|Ledger|Legal|Letter|Tabloid|Note|Quarto|Statement)(?: \([\d. x]+ in\))?"
    r"|(?:Pica|Didot|Cicero) \(.+\)|P̸|mm|pt|in|CC|DD|%1 [KMGT]B|%1 x %2 in|%1%|\d+ \(\dx\d\)|\.\.\."
    r"|Alt\+(?:Left|Right|Up)|&HTML:)")


def load_tool():
    spec = importlib.util.spec_from_file_location("qt_dialog_strings", ROOT / "tools" / "qt_dialog_strings.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


qt_dialog_strings = load_tool()
QT_WORDS = qt_dialog_strings.dialog_messages()
ENGLISH = {message.source.replace("&", "") for message in QT_WORDS}


def shipped_translations() -> dict[tuple[str, str, str], str | None]:
    """(context, source, comment) → Vietnamese (None while unfinished)."""
    result = {}
    for context in ET.parse(translations_dir() / "qtbase_vi.ts").getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (context.findtext("name"), message.findtext("source"), message.findtext("comment") or "")
            result[key] = None if translation.get("type") == "unfinished" else (translation.text or "")
    return result


def test_every_word_of_qts_dialogs_is_translated():
    contexts = {message.context for message in QT_WORDS}
    assert {"QFileDialog", "QFileSystemModel", "QPrintDialog", "QPrintPreviewDialog", "QPageSetupWidget",
            "QPrintSettingsOutput", "QPrintWidget", "QCupsJobWidget", "QPlatformTheme", "QMessageBox"} <= contexts
    assert len(QT_WORDS) > 500
    shipped = shipped_translations()
    unfinished = [m for m in QT_WORDS if not shipped.get((m.context, m.source, m.comment))]
    assert unfinished == [], f"run tools/qt_dialog_strings.py --merge and translate: {unfinished[:10]}"
    kept_english = [m for m in QT_WORDS if shipped[(m.context, m.source, m.comment)] == m.source
                    and not KEPT_AS_IS.fullmatch(m.source)]
    assert kept_english == []
    for message in QT_WORDS:
        vietnamese = shipped[(message.context, message.source, message.comment)]
        for token in set(re.findall(r"%\d|<[^>]+>|\n", message.source)):
            assert message.source.count(token) == vietnamese.count(token), (message, vietnamese)
        assert ("&" in message.source.replace("&&", "")) == ("&" in vietnamese.replace("&&", "")), message
    assert shipped[("QFileDialog", "Look in:", "")] == "Tìm trong:"
    assert shipped[("QPrintSettingsOutput", "Copies", "")] == "Số bản"
    assert shipped[("QPageSetupWidget", "Landscape", "")] == "Ngang"
    assert shipped[("QPageSetupWidget", "Portrait", "")] == "Dọc"
    assert shipped[("QPrintPreviewDialog", "Page Setup", "")] == "Thiết lập trang"


def test_merging_keeps_the_existing_translations(tmp_path):
    ts = tmp_path / "qtbase_vi.ts"
    ts.write_text((translations_dir() / "qtbase_vi.ts").read_text(encoding="utf-8").replace(
        "<source>Zoom in</source>\n        <translation>Phóng to</translation>", "<source>Zoom out</source>\n"
        "        <translation>Thu nhỏ</translation>"), encoding="utf-8")
    before = ts.read_text(encoding="utf-8")
    added = qt_dialog_strings.merge(ts, QT_WORDS)
    assert [(m.context, m.source) for m in added] == [("QPrintPreviewDialog", "Zoom in")]
    after = ts.read_text(encoding="utf-8")
    assert after.count('type="unfinished"') == 1 and len(after) > len(before)
    assert qt_dialog_strings.merge(ts, QT_WORDS) == []


def test_the_window_uses_the_platforms_file_dialogs():
    sources = {path: path.read_text(encoding="utf-8") for path in (ROOT / "kh57desk").rglob("*.py")}
    assert sum("QFileDialog.get" in text for text in sources.values()) >= 5
    assert [path for path, text in sources.items() if "DontUseNativeDialog" in text or "AA_DontUseNative" in text] == []


@pytest.fixture
def vietnamese(qapp):
    translations = Translations()
    assert translations.install(VIETNAMESE)
    yield translations
    translations.remove()


def visible_texts(dialog: QWidget) -> list[str]:
    """The title, buttons, labels, group titles, tabs, column headers, tooltips and actions on show."""
    texts = [dialog.windowTitle()]
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        if not widget.isVisibleTo(dialog) and widget is not dialog:
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, (QAbstractButton, QLabel)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(index) for index in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(column, Qt.Orientation.Horizontal)) for column in range(model.columnCount())]
    for action in dialog.findChildren(QAction):
        if action.isVisible() and not action.isSeparator():
            texts += [action.text(), action.toolTip()]
    return [text for text in texts if text]


def english_left(texts: list[str]) -> list[str]:
    plain = (text.replace("&", "") for text in texts)
    return sorted({text for text in plain if text in ENGLISH and not KEPT_AS_IS.fullmatch(text)})


def shown(qtbot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_qts_file_dialog_in_vietnamese(vietnamese, qtbot, tmp_path):
    (tmp_path / "kế hoạch.xlsx").write_bytes(b"x")
    dialog = QFileDialog(None, "Chọn tệp kế hoạch", str(tmp_path), "Bảng tính (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog: the one that needs translating
    texts = visible_texts(shown(qtbot, dialog))
    assert {"Tìm t&rong:", "Tên &tệp:", "&Loại tệp:", "Hủy", "Tên", "Kích cỡ", "Loại", "Ngày sửa đổi",
            "Thư mục &mới", "Hiện tệp ẩ&n"} <= set(texts)
    assert english_left(texts) == []
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    assert "&Lưu" in visible_texts(dialog)


def test_qts_print_dialog_in_vietnamese(vietnamese, qtbot):
    printer = QPrinter()
    dialog = shown(qtbot, QPrintDialog(printer))
    options = next(button for button in dialog.findChildren(QPushButton) if button.text() == "Tùy &chọn >>")
    options.click()
    texts = visible_texts(dialog)
    for tabs in dialog.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            texts += visible_texts(tabs.widget(index))
    assert {"In", "&In", "Hủy", "Máy in", "Số bản", "Số bản:", "Phạm vi in", "In tất cả", "Tùy chọn", "Chế độ màu",
            "Thang xám", "In hai mặt"} <= set(texts)
    assert english_left(texts) == []

    seen = []

    def read_properties():
        properties = QApplication.activeModalWidget()
        seen.extend(visible_texts(properties))
        properties.reject()

    QTimer.singleShot(100, read_properties)
    next(button for button in dialog.findChildren(QPushButton) if button.text() == "Thuộc tín&h").click()
    qtbot.waitUntil(lambda: bool(seen))
    assert {"Thuộc tính máy in", "Khổ giấy:", "Hướng giấy", "Dọc", "Ngang", "Lề"} <= set(seen)
    assert english_left(seen) == []


def test_the_programs_print_preview_in_vietnamese(vietnamese, qtbot, tmp_path):
    from kh57desk.ui import pdf_print

    if not pdf_print.available():
        pytest.skip("PDFium is not installed")
    pdf = tmp_path / "báo cáo.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(200, 200, "Báo cáo quý II")
    writer.newPage()
    painter.drawText(200, 200, "Trang 2")
    painter.end()
    dialog = shown(qtbot, pdf_print.preview(None, pdf))
    texts = visible_texts(dialog)
    assert {"Trang sau", "Trang trước", "Trang đầu", "Trang cuối", "Phóng to", "Thu nhỏ", "Vừa trang",
            "Vừa chiều rộng", "Dọc", "Ngang", "Hiện từng trang", "Hiện hai trang đối diện",
            "Hiện toàn bộ các trang", "Thiết lập trang", "In"} <= set(texts)
    assert english_left(texts) == []
    dialog.close()


def test_qts_page_setup_and_message_boxes_in_vietnamese(vietnamese, qtbot):
    printer = QPrinter()
    texts = visible_texts(shown(qtbot, QPageSetupDialog(printer)))
    assert {"Thiết lập trang", "Giấy", "Khổ giấy:", "Hướng giấy", "Dọc", "Ngang", "Lề", "Đồng ý", "Hủy"} <= set(texts)
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "Xóa", "Xóa tệp này?", buttons.Yes | buttons.No | buttons.Cancel)
    box.setDetailedText("chi tiết")
    box_texts = visible_texts(shown(qtbot, box))
    assert {"&Có", "&Không", "Hủy", "Xem chi tiết..."} <= set(box_texts)
    asking = QInputDialog()
    asking_texts = visible_texts(shown(qtbot, asking))
    assert {"Đồng ý", "Hủy"} <= set(asking_texts)
    assert english_left(texts + box_texts + asking_texts) == []
