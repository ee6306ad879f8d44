"""Where the data folder is: ``--data-dir`` > ``KH57DESK_DATA`` > portable > the OS folder.

Portable mode: when a file named ``kh57desk.portable`` stands beside the program (the
executable of a frozen build, or the folder holding the ``kh57desk`` package), the data
folder is ``kh57desk-data`` beside it, so the program runs from a USB stick.
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
                     base: Path | None = None) -> Path:
    environ = os.environ if environ is None else environ
    if cli_value:
        return Path(cli_value).expanduser()
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR]).expanduser()
    base = base or program_dir()
    if (base / PORTABLE_MARKER).exists():
        return base / PORTABLE_FOLDER
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


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
