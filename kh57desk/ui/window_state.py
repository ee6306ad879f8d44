"""Window geometry, splitter positions and column widths, remembered per user with QSettings
(separate from the database's settings, which travel with the data folder)."""

from __future__ import annotations

from kh57desk.ui.qt import QByteArray, QHeaderView, QSettings, QSplitter, QWidget

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
    return bool(state) and widget.restoreGeometry(state)


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
