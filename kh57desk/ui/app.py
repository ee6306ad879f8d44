"""Entry point of the ``kh57desk`` window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from kh57desk import __version__
from kh57desk.errors import Kh57Error
from kh57desk.workspace import open_workspace


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("kh57desk")
    try:
        ws = open_workspace(None)
    except Kh57Error as exc:
        QMessageBox.critical(None, "kh57desk", exc.message)
        return 2
    window = QMainWindow()
    window.setWindowTitle(f"kh57desk {__version__}")
    window.setCentralWidget(QLabel(f"Thư mục dữ liệu: {ws.data_dir}"))
    window.resize(900, 600)
    window.show()
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
