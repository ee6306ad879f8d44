"""The installed PySide6 keeps Python's reference counts right where the window depends on it.

PySide6 6.12.0 returned ``True`` from ``Signal.emit()`` and ``None`` for an empty QVariant
without taking a reference: every emit and every empty ``currentData()`` took one away from
``True``/``None`` until Python aborted ("deallocating True or False") after some hours of use.
pyproject.toml excludes that version; these tests fail on any version with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QTreeWidgetItem


class _Emitter(QObject):
    happened = Signal(object)


def _drift(action, value, times: int = 500) -> int:
    before = sys.getrefcount(value)
    for _ in range(times):
        action()
    return sys.getrefcount(value) - before


def test_emitting_a_signal_keeps_refcounts(qapp):
    emitter = _Emitter()
    received = []
    emitter.happened.connect(received.append)
    assert _drift(lambda: emitter.happened.emit(1), True) == 0
    assert len(received) == 500


def test_empty_qvariants_keep_refcounts(qapp):
    combo = QComboBox()
    combo.addItem("không có dữ liệu")
    item = QTreeWidgetItem(["x"])
    assert _drift(combo.currentData, None) == 0
    assert _drift(lambda: item.data(0, Qt.ItemDataRole.UserRole), None) == 0
