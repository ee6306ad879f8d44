"""The main window opens inside the screen's available area, frame included (it used to open
at 1280 × 720 and run off a 1366 × 768 screen), and a geometry remembered on a larger screen is
brought back inside."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from kh57desk.ui import window_state


def _outer(widget) -> QRect:
    return QRect(widget.x(), widget.y(), widget.width() + window_state.FRAME_WIDTH,
                 widget.height() + window_state.FRAME_HEIGHT)


def test_a_window_is_sized_inside_the_available_area_frame_included(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    window_state.fit_to_screen(widget, 1280, 760)
    area = widget.screen().availableGeometry()
    assert area.contains(_outer(widget)), (widget.geometry(), area)
    assert widget.width() == min(1280, area.width() - window_state.FRAME_WIDTH)
    assert widget.height() == min(760, area.height() - window_state.FRAME_HEIGHT)


def test_the_main_window_starts_within_the_screen_down_to_its_minimum(demo_app):
    window = demo_app.window
    area = window.screen().availableGeometry()
    assert window.width() == max(window.minimumWidth(), min(1280, area.width() - window_state.FRAME_WIDTH))
    assert window.height() == max(window.minimumHeight(), min(760, area.height() - window_state.FRAME_HEIGHT))
    assert window.x() >= area.x() and window.y() >= area.y()


def test_a_geometry_from_a_larger_screen_is_brought_inside(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setGeometry(2000, 1500, 2400, 1400)  # saved on a large external monitor, now unplugged
    window_state.save_geometry("test-window", widget)
    assert window_state.restore_geometry("test-window", widget)
    assert widget.screen().availableGeometry().contains(_outer(widget))
