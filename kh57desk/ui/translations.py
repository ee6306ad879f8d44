"""Languages of the window: Vietnamese (the source strings) and English.

``resources/translations/kh57desk_en.ts`` holds the English translation of the window's
strings; ``qtbase_vi.ts`` translates Qt's own words (OK, Cancel, Copy, Paste…) into Vietnamese.
The compiled ``.qm`` files are built by ``tools/build_translations.py``, and again at start-up
whenever a ``.ts`` is newer than its ``.qm`` (into the user's cache folder when the program
folder is read-only).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs

from kh57desk import APP_NAME
from kh57desk.paths import resources_dir
from kh57desk.ui.qt import QCoreApplication, QTranslator

log = logging.getLogger(__name__)

VIETNAMESE, ENGLISH = "vi", "en"
LANGUAGES = (VIETNAMESE, ENGLISH)
FILES = {VIETNAMESE: ("qtbase_vi",), ENGLISH: ("kh57desk_en",)}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def lrelease() -> str | None:
    """The ``lrelease`` tool shipped with PySide6 (or on PATH)."""
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lrelease", here / "pyside6-lrelease.exe",
                      here / "Scripts" / "pyside6-lrelease.exe"):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_ts(ts: Path, qm: Path) -> bool:
    tool = lrelease()
    if tool is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        log.warning("lrelease failed for %s: %s", ts, result.stderr.strip())
    return result.returncode == 0 and qm.exists()


def qm_file(name: str) -> Path | None:
    """The compiled translation ``name``, rebuilt first when its source is newer."""
    ts = translations_dir() / f"{name}.ts"
    shipped = translations_dir() / f"{name}.qm"
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    try:
        if compile_ts(ts, shipped):
            return shipped
    except OSError:
        pass
    cached = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "translations" / f"{name}.qm"
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    try:
        if compile_ts(ts, cached):
            return cached
    except OSError as exc:
        log.warning("cannot build %s: %s", cached, exc)
    return shipped if shipped.exists() else None


class Translations:
    """Installs the translators of one language at a time."""

    def __init__(self):
        self.language = VIETNAMESE
        self._installed: list[QTranslator] = []

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()

    def install(self, language: str) -> bool:
        language = language if language in LANGUAGES else VIETNAMESE
        app = QCoreApplication.instance()
        self.remove()
        ok = True
        for name in FILES[language]:
            path = qm_file(name)
            translator = QTranslator(app)
            if path is not None and translator.load(str(path)):
                app.installTranslator(translator)
                self._installed.append(translator)
            else:
                ok = False
                log.warning("translation %s not found", name)
        self.language = language
        return ok
