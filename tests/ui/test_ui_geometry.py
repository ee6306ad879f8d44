"""The main window opens inside the screen's available area, frame included (it used to open
at 1280 × 720 and run off a 1366 × 768 screen), and a geometry remembered on a larger screen is
brought back inside."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect

from kh57desk.ui import window_state


def _inside(window) -> bool:
    area = window.screen().availableGeometry()
    outer = QRect(window.x(), window.y(), window.width() + window_state.FRAME_WIDTH,
                  window.height() + window_state.FRAME_HEIGHT)
    return area.contains(outer)


def test_first_start_fits_the_available_area(demo_app):
    window = demo_app.window
    assert _inside(window), (window.geometry(), window.screen().availableGeometry())
    area = window.screen().availableGeometry()
    assert window.width() == min(1280, area.width() - window_state.FRAME_WIDTH)


def test_a_geometry_from_a_larger_screen_is_brought_inside(demo_app, qtbot):
    window = demo_app.window
    window.setGeometry(2000, 1500, 2400, 1400)  # saved on a large external monitor, now unplugged
    window_state.save_geometry("test-window", window)
    assert isinstance(window_state.ui_settings().value("test-window/geometry"), QByteArray)
    assert window_state.restore_geometry("test-window", window)
    assert _inside(window)
