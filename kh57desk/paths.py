"""Where the data folder is: ``--data-dir`` > ``KH57DESK_DATA`` > portable > the OS folder.

Portable mode: when a file named ``kh57desk.portable`` stands beside the program (the
executable of a frozen build, or the folder holding the ``kh57desk`` package), the data
folder is ``kh57desk-data`` beside it, so the program runs from a USB stick.

A folder the user moved the data to (Cài đặt → thư mục dữ liệu) is remembered in a small
pointer file in the user's configuration folder, so the window and ``kh57`` agree on it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import platformdirs

from kh57desk import APP_NAME
from kh57desk.errors import DataDirError

ENV_VAR = "KH57DESK_DATA"
PORTABLE_MARKER = "kh57desk.portable"
PORTABLE_FOLDER = "kh57desk-data"
DB_FILE = "kh57desk.sqlite3"


def program_dir() -> Path:
    """The folder the program runs from (the bundle's folder when frozen)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resolve_data_dir(cli_value: str | os.PathLike | None = None, environ: dict | None = None,
                     base: Path | None = None, pointer: Path | None = None) -> Path:
    """``--data-dir`` > ``KH57DESK_DATA`` > portable > the folder the user moved to > the OS folder."""
    environ = os.environ if environ is None else environ
    if cli_value:
        return Path(cli_value).expanduser()
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR]).expanduser()
    base = base or program_dir()
    if (base / PORTABLE_MARKER).exists():
        return base / PORTABLE_FOLDER
    chosen = chosen_data_dir(pointer)
    if chosen is not None:
        return chosen
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def pointer_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "data-folder.txt"


def chosen_data_dir(pointer: Path | None = None) -> Path | None:
    """The folder the user moved the data to, if one was chosen and still holds a database."""
    pointer = pointer or pointer_file()
    try:
        text = pointer.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    if not text:
        return None
    folder = Path(text)
    return folder if (folder / DB_FILE).exists() else None


def remember_data_dir(folder: Path, pointer: Path | None = None) -> None:
    """Remember ``folder`` as the data folder (written whole, then moved into place)."""
    pointer = pointer or pointer_file()
    pointer.parent.mkdir(parents=True, exist_ok=True)
    tmp = pointer.with_suffix(".tmp")
    tmp.write_text(str(Path(folder).resolve()), encoding="utf-8")
    tmp.replace(pointer)


def ensure_writable(folder: Path) -> Path:
    """Create ``folder`` if needed and prove we can write in it; else a Vietnamese error."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-", delete=True):
            pass
    except OSError as exc:
        raise DataDirError(
            f"Không ghi được vào thư mục dữ liệu '{folder}' ({exc.strerror or exc}). "
            "Hãy chọn thư mục khác hoặc kiểm tra quyền ghi."
        ) from None
    return folder


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILE


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def attachments_dir(data_dir: Path) -> Path:
    return data_dir / "attachments"


def reports_dir(data_dir: Path) -> Path:
    return data_dir / "reports"


def resources_dir() -> Path:
    """``resources/`` of the source tree, or of the bundle when frozen."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", program_dir())) / "resources"
    packaged = Path(__file__).resolve().parent / "resources"
    return packaged if packaged.exists() else Path(__file__).resolve().parent.parent / "resources"
