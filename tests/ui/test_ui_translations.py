"""Every string of the window has its English translation, and switching languages changes
what the screens say (and back)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kh57desk.ui.translations import ENGLISH, VIETNAMESE, Translations, lrelease, translations_dir

ROOT = Path(__file__).resolve().parents[2]


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → translation (None when unfinished)."""
    result = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            result[(name, message.find("source").text)] = translation.text if finished else None
    return result


@pytest.mark.skipif(lrelease() is None, reason="PySide6's translation tools are not installed")
def test_every_window_string_is_translated(tmp_path):
    tool = Path(lrelease()).with_name(Path(lrelease()).name.replace("lrelease", "lupdate"))
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "kh57desk" / "ui").rglob("*.py"))
    subprocess.run([str(tool), *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=300)
    in_code = messages(fresh)
    shipped = messages(translations_dir() / "kh57desk_en.ts")
    assert len(in_code) > 300
    missing = [key for key in in_code if not shipped.get(key)]
    assert missing == [], f"run tools/build_translations.py and translate: {missing[:10]}"
    # placeholders survive translation
    for key, text in shipped.items():
        if key in in_code:
            for n in range(5):
                assert (f"{{{n}}}" in key[1]) == (f"{{{n}}}" in text), key


def test_qt_words_in_vietnamese_are_shipped():
    qt_words = messages(translations_dir() / "qtbase_vi.ts")
    assert qt_words[("QPlatformTheme", "Cancel")] == "Hủy"
    assert qt_words[("QLineEdit", "&Paste")] == "&Dán"


def test_switching_language_changes_the_screens(demo_app, qtbot, idle):
    translations: Translations = demo_app.translations
    assert translations.install(ENGLISH)
    demo_app.rebuild()
    qtbot.waitUntil(lambda: demo_app.window is not None and demo_app.window.nav.item(0).text() == "Overview",
                    timeout=10_000)
    window = demo_app.window
    tasks = window.show_page("tasks")
    assert tasks.search.placeholderText() == "Search tasks, with or without Vietnamese accents (Ctrl+F)"
    qtbot.waitUntil(lambda: tasks.loaded_once)
    assert tasks.model.headerData(4, Qt.Orientation.Horizontal) == "Status in the period"
    assert tasks.status.itemText(tasks.status.findData("overdue")) == "Overdue, not completed"
    assert window.period_bar.kind.currentText() == "Quarter"
    assert translations.install(VIETNAMESE)
    demo_app.rebuild()
    qtbot.waitUntil(lambda: demo_app.window not in (None, window) and demo_app.window.nav.item(0).text() == "Tổng quan",
                    timeout=10_000)
    assert sys.modules["kh57desk.ui.labels"].status_label("overdue") == "Quá hạn, chưa hoàn thành"
