""""Gửi email…" on a machine with no mail program says so and offers the folder with the file
selected, instead of doing nothing."""

from __future__ import annotations

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from kh57desk.ui import qt


def test_without_a_mail_program_the_user_is_told_and_shown_the_file(qtbot, monkeypatch, tmp_path):
    package = tmp_path / "bao-cao-2025-Q2-so-y-te.kh57"
    package.write_bytes(b"PK")
    opened, shown = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or False)
    monkeypatch.setattr(qt, "show_in_folder", lambda path: shown.append(path) or True)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert qt.send_mail(parent, "mailto:vanthu.skhcn@hungyen.gov.vn?subject=B%C3%A1o%20c%C3%A1o", package) is False
    assert opened == ["mailto:vanthu.skhcn@hungyen.gov.vn?subject=Báo cáo"]  # QUrl shows it decoded
    box = parent.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert "chưa có chương trình thư điện tử" in box.text() and str(package) in box.text()
    button = next(b for b in box.findChildren(QPushButton) if "thư" in b.text() and "mục" in b.text())
    button.click()
    assert shown == [package]


def test_with_a_mail_program_the_file_is_shown_to_attach(qtbot, monkeypatch, tmp_path):
    package = tmp_path / "goi.kh57"
    shown = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    monkeypatch.setattr(qt, "show_in_folder", lambda path: shown.append(path) or True)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert qt.send_mail(parent, "mailto:a@b.vn", package) is True
    assert shown == [package] and parent.findChild(QMessageBox) is None
