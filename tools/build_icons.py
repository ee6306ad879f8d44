"""Render the application icon ``resources/icons/kh57desk.svg`` to PNG files (16–256 px) and a
Windows ``kh57desk.ico``, for the window, the installers and systems without SVG support.

    python tools/build_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"Không đọc được {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QIcon

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - needed for QImage/QIcon
    svg = ICONS / "kh57desk.svg"
    icon = QIcon()
    for size in SIZES:
        image = render(svg, size)
        target = ICONS / f"kh57desk-{size}.png"
        if not image.save(str(target)):
            raise SystemExit(f"Không ghi được {target}")
        icon.addFile(str(target))
        print(f"{target.relative_to(ROOT)}  {size}×{size}")
    ico = ICONS / "kh57desk.ico"
    if not render(svg, 256).save(str(ico), "ICO"):
        raise SystemExit(f"Không ghi được {ico}")
    print(f"{ico.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
