"""The application icon (PNG sizes rendered from ``resources/icons/kh57desk.svg`` by
``tools/build_icons.py``) and the navigation icons."""

from __future__ import annotations

import functools

from kh57desk.paths import resources_dir
from kh57desk.ui.qt import QIcon

SIZES = (16, 24, 32, 48, 64, 128, 256)


def icons_dir():
    return resources_dir() / "icons"


@functools.cache
def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        path = icons_dir() / f"kh57desk-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    if icon.isNull():
        icon = QIcon(str(icons_dir() / "kh57desk.svg"))
    return icon


@functools.cache
def page_icon(name: str) -> QIcon:
    return QIcon(str(icons_dir() / "pages" / f"{name}.svg"))
