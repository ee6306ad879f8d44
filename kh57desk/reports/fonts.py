"""The report font: Times New Roman when the computer has it (every Windows PC does), else the
metric-compatible Liberation Serif shipped in ``resources/fonts`` (SIL OFL, licence beside it).

The four faces are registered with reportlab under one family so ``<b>``/``<i>`` markup works,
and are embedded (subset) in every PDF.
"""

from __future__ import annotations

import functools
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from kh57desk import paths

STYLES = ("regular", "bold", "italic", "bold_italic")

# File names of Times New Roman as Windows, macOS and Linux (msttcorefonts) install it
TIMES_FILES = {
    "regular": ("times.ttf", "Times New Roman.ttf", "Times_New_Roman.ttf", "TimesNewRoman.ttf"),
    "bold": ("timesbd.ttf", "Times New Roman Bold.ttf", "Times_New_Roman_Bold.ttf", "TimesNewRoman-Bold.ttf"),
    "italic": ("timesi.ttf", "Times New Roman Italic.ttf", "Times_New_Roman_Italic.ttf",
               "TimesNewRoman-Italic.ttf"),
    "bold_italic": ("timesbi.ttf", "Times New Roman Bold Italic.ttf", "Times_New_Roman_Bold_Italic.ttf",
                    "TimesNewRoman-BoldItalic.ttf"),
}
SHIPPED_FILES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}


@dataclass(frozen=True)
class FontSet:
    """Four faces of one family. ``family`` is the name to use in paragraph styles."""

    family: str
    files: dict
    is_times: bool

    def face(self, style: str) -> str:
        return self.family if style == "regular" else f"{self.family}-{style}"

    @property
    def bold(self) -> str:
        return self.face("bold")

    @property
    def italic(self) -> str:
        return self.face("italic")

    @property
    def bold_italic(self) -> str:
        return self.face("bold_italic")


def system_font_dirs() -> list[Path]:
    """Folders where Windows, macOS and Linux keep installed fonts."""
    dirs: list[Path] = []
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot") or r"C:\Windows"
        dirs.append(Path(windir) / "Fonts")
        if os.environ.get("LOCALAPPDATA"):
            dirs.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
                 Path.home() / "Library" / "Fonts"]
    else:
        dirs += [Path("/usr/share/fonts/truetype/msttcorefonts"), Path("/usr/share/fonts/truetype/times"),
                 Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
                 Path.home() / ".local" / "share" / "fonts", Path.home() / ".fonts"]
    return dirs


def _find_in(folder: Path, names: tuple[str, ...], depth: int = 3) -> Path | None:
    """A file with one of ``names`` (case-insensitive) in ``folder`` or a few levels below."""
    wanted = {n.lower() for n in names}
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return None
    subdirs = []
    for entry in entries:
        try:
            if entry.is_file() and entry.name.lower() in wanted:
                return Path(entry.path)
            if entry.is_dir():
                subdirs.append(Path(entry.path))
        except OSError:
            continue
    if depth > 0:
        for sub in sorted(subdirs):
            found = _find_in(sub, names, depth - 1)
            if found:
                return found
    return None


def find_times_new_roman(dirs: list[Path] | None = None) -> dict | None:
    """The four Times New Roman files from the first folder holding all of them, else None."""
    for folder in (system_font_dirs() if dirs is None else dirs):
        files = {style: _find_in(folder, TIMES_FILES[style]) for style in STYLES}
        if all(files.values()):
            return files
    return None


def shipped_files() -> dict:
    folder = paths.resources_dir() / "fonts"
    return {style: folder / name for style, name in SHIPPED_FILES.items()}


@functools.lru_cache(maxsize=1)
def embedded_family() -> tuple[str, bool]:
    """Which font the next PDF will embed, found without registering anything (the window says
    it before generating): ("Times New Roman", True), or ("Liberation Serif", False) where the
    computer lacks Times New Roman."""
    return ("Times New Roman", True) if find_times_new_roman() else ("Liberation Serif", False)


_registered: dict[tuple, FontSet] = {}


def _register(family: str, files: dict, is_times: bool) -> FontSet:
    key = (family, tuple(str(files[s]) for s in STYLES))
    if key in _registered:
        return _registered[key]
    font_set = FontSet(family, dict(files), is_times)
    for style in STYLES:
        pdfmetrics.registerFont(TTFont(font_set.face(style), str(files[style])))
    pdfmetrics.registerFontFamily(family, normal=font_set.face("regular"), bold=font_set.bold,
                                  italic=font_set.italic, boldItalic=font_set.bold_italic)
    addMapping(family, 0, 0, font_set.face("regular"))
    addMapping(family, 1, 0, font_set.bold)
    addMapping(family, 0, 1, font_set.italic)
    addMapping(family, 1, 1, font_set.bold_italic)
    _registered[key] = font_set
    return font_set


def report_fonts(dirs: list[Path] | None = None) -> FontSet:
    """Register and return the report font: Times New Roman if installed, else Liberation Serif.

    A Times New Roman file that reportlab cannot read (damaged, or a collection) falls back to
    the shipped font rather than failing the report."""
    times = find_times_new_roman(dirs)
    if times:
        try:
            return _register("TimesNewRoman", times, True)
        except (TTFError, OSError):
            pass
    return _register("LiberationSerif", shipped_files(), False)
