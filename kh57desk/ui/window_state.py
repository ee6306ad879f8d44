"""Window geometry, splitter positions and column widths, remembered per user with QSettings
(separate from the database's settings, which travel with the data folder)."""

from __future__ import annotations

from kh57desk.ui.qt import QByteArray, QGuiApplication, QHeaderView, QSettings, QSplitter, QWidget

ORGANISATION = "kh57desk"
APPLICATION = "kh57desk-giao-dien"


def ui_settings() -> QSettings:
    """Per-user UI state in an INI file (``QSettings.setPath`` moves it, e.g. in tests)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def _restore(key: str) -> QByteArray | None:
    value = ui_settings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_geometry(key: str, widget: QWidget) -> None:
    ui_settings().setValue(f"{key}/geometry", widget.saveGeometry())


def restore_geometry(key: str, widget: QWidget) -> bool:
    state = _restore(f"{key}/geometry")
    if not (bool(state) and widget.restoreGeometry(state)):
        return False
    if not widget.isMaximized():
        fit_to_screen(widget, widget.width(), widget.height())  # remembered on a larger screen, or a gone one
    return True


# What a window manager adds around a window (title bar, borders): Windows 10/11 at 100 % and openbox
# measured 31–39 px in height and 2–16 px in width; the larger figures are kept.
FRAME_WIDTH, FRAME_HEIGHT = 16, 40


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Size ``widget`` to at most ``width`` × ``height`` so that it, frame included, lies inside the
    available area of its screen (without the taskbar), centred there."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    area = screen.availableGeometry()
    width = max(480, min(width, area.width() - FRAME_WIDTH))
    height = max(360, min(height, area.height() - FRAME_HEIGHT))
    widget.resize(width, height)
    left = area.x() + (area.width() - width - FRAME_WIDTH) // 2
    top = area.y() + (area.height() - height - FRAME_HEIGHT) // 2
    widget.move(max(area.x(), left), max(area.y(), top))


def save_header(key: str, header: QHeaderView) -> None:
    ui_settings().setValue(f"{key}/header", header.saveState())


def restore_header(key: str, header: QHeaderView) -> bool:
    state = _restore(f"{key}/header")
    return bool(state) and header.restoreState(state)


def save_splitter(key: str, splitter: QSplitter) -> None:
    ui_settings().setValue(f"{key}/splitter", splitter.saveState())


def restore_splitter(key: str, splitter: QSplitter) -> bool:
    state = _restore(f"{key}/splitter")
    return bool(state) and splitter.restoreState(state)


def value(key: str, default=None):
    return ui_settings().value(key, default)


def set_value(key: str, data) -> None:
    ui_settings().setValue(key, data)
