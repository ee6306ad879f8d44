"""Where the data folder is: ``--data-dir`` > ``KH57DESK_DATA`` > portable > the OS folder.

Portable mode: when a file named ``kh57desk.portable`` stands beside the program (the
executable of a frozen build, or the folder holding the ``kh57desk`` package), the data
folder is ``kh57desk-data`` beside it, so the program runs from a USB stick.

A folder the user moved the data to (Cài đặt → thư mục dữ liệu) is remembered in a small
pointer file in the user's configuration folder, so the window and ``kh57`` agree on it.
``locate`` is the one place both resolve the folder: it also says where the answer came from
and names a remembered folder that is gone (a USB stick not plugged in, a network drive not
connected, a deleted folder), so neither silently starts an empty database elsewhere.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from kh57desk import APP_NAME, platform_win
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


CLI, ENVIRONMENT, PORTABLE, REMEMBERED, DEFAULT = "cli", "environment", "portable", "remembered", "default"


@dataclass(frozen=True)
class DataFolder:
    """Where the data is, and why: ``source`` is one of CLI, ENVIRONMENT, PORTABLE, REMEMBERED,
    DEFAULT. ``missing`` is a remembered folder that no longer holds a database; ``folder``
    is then the default one, which the caller must not use without asking (window) or saying (CLI)."""

    folder: Path
    source: str
    missing: Path | None = None


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def locate(cli_value: str | os.PathLike | None = None, environ: dict | None = None,
           base: Path | None = None, pointer: Path | None = None) -> DataFolder:
    """``--data-dir`` > ``KH57DESK_DATA`` > portable > the folder the user moved to > the OS folder."""
    environ = os.environ if environ is None else environ
    if cli_value:
        return DataFolder(Path(cli_value).expanduser(), CLI)
    if environ.get(ENV_VAR):
        return DataFolder(Path(environ[ENV_VAR]).expanduser(), ENVIRONMENT)
    base = base or program_dir()
    if (base / PORTABLE_MARKER).exists():
        return DataFolder(base / PORTABLE_FOLDER, PORTABLE)
    remembered = remembered_data_dir(pointer)
    if remembered is not None and (remembered / DB_FILE).exists():
        return DataFolder(remembered, REMEMBERED)
    default = default_data_dir()
    if remembered is not None and os.path.normcase(os.path.abspath(remembered)) == \
            os.path.normcase(os.path.abspath(default)):
        remembered = None  # the default folder itself was remembered: nothing is missing
    return DataFolder(default, DEFAULT, remembered)


def resolve_data_dir(cli_value: str | os.PathLike | None = None, environ: dict | None = None,
                     base: Path | None = None, pointer: Path | None = None) -> Path:
    return locate(cli_value, environ, base, pointer).folder


def missing_folder_message(missing: Path) -> str:
    """The CLI's sentence for a remembered folder that is gone."""
    return (f"Không thấy dữ liệu trong thư mục đã chọn '{missing}' ({platform_win.missing_folder_hint(missing)}). "
            "Hãy cắm hoặc kết nối lại rồi chạy lại; hoặc mở kh57desk để chọn thư mục khác hay dùng thư mục mặc "
            "định; hoặc chỉ định thư mục bằng --data-dir. Không thay đổi gì.")


def pointer_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "data-folder.txt"


def remembered_data_dir(pointer: Path | None = None) -> Path | None:
    """The folder the user moved the data to, if one was chosen (whether or not it is there now)."""
    pointer = pointer or pointer_file()
    try:
        text = pointer.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(text) if text else None


def forget_data_dir(pointer: Path | None = None) -> None:
    """Go back to the default folder (the user chose it over a remembered folder that is gone)."""
    (pointer or pointer_file()).unlink(missing_ok=True)


def remember_data_dir(folder: Path, pointer: Path | None = None) -> None:
    """Remember ``folder`` as the data folder (written whole, then moved into place)."""
    pointer = pointer or pointer_file()
    pointer.parent.mkdir(parents=True, exist_ok=True)
    tmp = pointer.with_suffix(".tmp")
    tmp.write_text(str(Path(folder).resolve()), encoding="utf-8")
    platform_win.replace(tmp, pointer)


def ensure_writable(folder: Path) -> Path:
    """Create ``folder`` if needed and prove we can write in it; else a Vietnamese error."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, probe = tempfile.mkstemp(dir=folder, prefix=".write-test-")
        os.close(handle)
    except OSError as exc:
        raise DataDirError(
            f"Không ghi được vào thư mục dữ liệu '{folder}' ({exc.strerror or exc}). "
            "Hãy chọn thư mục khác hoặc kiểm tra quyền ghi."
        ) from None
    platform_win.remove_quietly(probe)  # a scanner may hold the new file a moment: retried, never raises
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
