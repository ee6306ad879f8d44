"""What an office PC running Windows does differently, as small pure functions.

Everything here runs (and is tested) on any system: the only calls into Windows are the
drive-type query and the DLL search path, each behind one function a test can replace.
- drive kinds: a UNC path or a mapped drive is a network drive, where SQLite's WAL is unsafe;
- PE headers: a 32-bit token module cannot load into the 64-bit program;
- file names: reserved names, forbidden characters and the 260-character path limit;
- antivirus: a file just written may be held for a moment, so renames and deletes retry;
- dates: certificate dates shown in Vietnam time without the local-time conversion that
  fails on Windows for years before 1970 or after 3000.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import struct
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path, PureWindowsPath
from typing import TypeVar

# --- drive kinds ----------------------------------------------------------------------------

NETWORK, REMOVABLE, FIXED, UNKNOWN = "network", "removable", "fixed", "unknown"
# GetDriveTypeW: 0 unknown, 1 no root folder, 2 removable, 3 fixed, 4 remote, 5 CD-ROM, 6 RAM disk
_WINDOWS_DRIVE_TYPES = {2: REMOVABLE, 3: FIXED, 4: NETWORK, 5: REMOVABLE, 6: FIXED}
# file systems that live on another machine (Linux /proc/mounts)
_NETWORK_FILE_SYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "afs", "9p", "ncpfs",
                         "fuse.rclone", "davfs", "fuse.davfs2", "fuse.gvfsd-fuse"}


def _windows_drive_type(root: str) -> int:
    import ctypes  # noqa: PLC0415 - Windows only

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def _mount_file_system(path: str, mounts_file: str = "/proc/mounts") -> str:
    """The file-system type of the mount holding ``path`` ("" when unknown)."""
    try:
        lines = Path(mounts_file).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    best, kind = "", ""
    target = os.path.abspath(path)
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount = fields[1].replace("\\040", " ")
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) >= len(best):
            best, kind = mount, fields[2]
    return kind


def drive_kind(path: str | os.PathLike, windows: bool | None = None,
               drive_type: Callable[[str], int] | None = None) -> str:
    """``network``, ``removable``, ``fixed`` or ``unknown`` for the drive holding ``path``.

    ``windows`` and ``drive_type`` (GetDriveTypeW of a root such as ``Z:\\``) are for tests;
    by default they are the running system's.
    """
    windows = os.name == "nt" if windows is None else windows
    text = os.fspath(path)
    if not windows:
        if text.startswith("//"):
            return NETWORK
        return NETWORK if _mount_file_system(text) in _NETWORK_FILE_SYSTEMS else FIXED
    text = text.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        return NETWORK
    text = text[4:] if text.startswith("\\\\?\\") else text
    drive = PureWindowsPath(text).drive
    if drive.startswith("\\\\"):
        return NETWORK
    if not drive:
        return UNKNOWN
    query = drive_type or _windows_drive_type
    return _WINDOWS_DRIVE_TYPES.get(query(drive.upper() + "\\"), UNKNOWN)


def network_refusal(folder: str | os.PathLike) -> str:
    """The sentence shown when the database would sit on a network drive."""
    return (f"Thư mục '{folder}' nằm trên ổ mạng (ổ chia sẻ hoặc ổ ánh xạ). Cơ sở dữ liệu không được đặt trên ổ "
            "mạng: SQLite cần mọi chương trình dùng nó chạy trên cùng một máy, nếu không có thể khóa hoặc hỏng dữ "
            "liệu. Hãy chọn một thư mục trên ổ đĩa của máy này (ví dụ trong Tài liệu) hoặc trên USB, và dùng gói "
            "dữ liệu (.kh57) để chuyển số liệu giữa các máy.")


def missing_folder_hint(folder: str | os.PathLike, windows: bool | None = None,
                        drive_type: Callable[[str], int] | None = None) -> str:
    """Why a remembered folder may be gone, for the sentence that names it."""
    windows = os.name == "nt" if windows is None else windows
    kind = drive_kind(folder, windows, drive_type)
    if kind == NETWORK:
        return "ổ mạng chưa kết nối?"
    if kind == REMOVABLE:
        return "USB chưa cắm?"
    if windows and kind == UNKNOWN and PureWindowsPath(os.fspath(folder)).drive:
        return f"không có ổ {PureWindowsPath(os.fspath(folder)).drive}: USB chưa cắm hoặc ổ mạng chưa kết nối?"
    if not windows and os.fspath(folder).startswith(("/media/", "/run/media/", "/mnt/")):
        return "USB hoặc ổ mạng chưa gắn vào?"
    return "thư mục đã bị xóa, đổi tên hoặc chuyển đi?"


# --- PE headers -----------------------------------------------------------------------------

_MACHINE_BITS = {0x014C: 32, 0x01C0: 32, 0x01C4: 32, 0x8664: 64, 0xAA64: 64, 0x0200: 64}


def pe_bits(head: bytes) -> int | None:
    """32 or 64 from the start of a Windows DLL/EXE (its first kilobytes); None if not a PE file."""
    if len(head) < 0x40 or head[:2] != b"MZ":
        return None
    (offset,) = struct.unpack_from("<I", head, 0x3C)
    if offset + 6 > len(head) or head[offset:offset + 4] != b"PE\0\0":
        return None
    (machine,) = struct.unpack_from("<H", head, offset + 4)
    return _MACHINE_BITS.get(machine)


def file_pe_bits(path: str | os.PathLike) -> int | None:
    try:
        with open(path, "rb") as handle:
            return pe_bits(handle.read(4096))
    except OSError:
        return None


def program_bits() -> int:
    return 64 if sys.maxsize > 2**32 else 32


def normalised_module_path(module: str | os.PathLike) -> str:
    """One spelling per file (``C:/…`` from a dialog, ``c:\\…`` typed): drivers refuse a second
    initialisation of the same DLL reached by another name."""
    return os.path.normcase(os.path.abspath(os.fspath(module)))


@contextlib.contextmanager
def dll_folder_searched(folder: str | os.PathLike) -> Iterator[None]:
    """While loading a vendor DLL, its own folder is searched for the DLLs it needs (Windows)."""
    add = getattr(os, "add_dll_directory", None)
    if add is None or not os.path.isdir(folder):
        yield
        return
    handle = add(os.fspath(folder))
    try:
        yield
    finally:
        handle.close()


def dll_load_problem(module: str | os.PathLike, error_text: str) -> str:
    """A Vietnamese sentence for a DLL that did not load, from Windows error 126/193 in its text."""
    name = os.path.basename(os.fspath(module))
    text = error_text.lower()
    if re.search(r"\b193\b", text) or "not a valid win32" in text:
        return (f"Thư viện '{name}' không dùng được với chương trình này (khác loại 32/64-bit, lỗi 193). Hãy "
                "cài bản 64-bit của phần mềm thiết bị ký số.")
    if re.search(r"\b126\b", text) or "could not be found" in text or "không tìm thấy" in text:
        return (f"Thư viện '{name}' cần các tệp DLL khác của nhà cung cấp mà máy không tìm thấy (lỗi 126). Hãy "
                "cài lại phần mềm thiết bị ký số của nhà cung cấp chữ ký số.")
    return f"Không nạp được thư viện thiết bị ký số '{name}' ({error_text})."


def bitness_problem(module: str | os.PathLike, bits: int | None, program: int | None = None) -> str:
    """A sentence when the module's bitness differs from the program's; "" when they match or are unknown."""
    program = program or program_bits()
    if bits is None or bits == program:
        return ""
    return (f"Thư viện '{os.path.basename(os.fspath(module))}' là bản {bits}-bit, còn kh57desk là chương trình "
            f"{program}-bit nên không nạp được. Hãy chọn bản {program}-bit (trên Windows 64-bit thường nằm trong "
            "C:\\Windows\\System32, còn bản 32-bit nằm trong SysWOW64) hoặc cài bản mới của phần mềm thiết bị.")


# --- file names and path lengths -------------------------------------------------------------

MAX_PATH = 240  # below Windows' 260 with room for Office's own lock files (~$…)
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
FALLBACK_NAME = "tep"


def safe_file_name(name: str, folder: str | os.PathLike = "", limit: int = MAX_PATH) -> str:
    """``name`` made valid on Windows and short enough that ``folder``\\name stays under ``limit``
    characters: forbidden characters become ``_``, trailing dots and spaces go, a reserved
    device name (CON, AUX, COM1…) gets a ``_`` in front; the extension and the start are kept."""
    name = _FORBIDDEN.sub("_", name).strip().rstrip(". ")
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem or len(extension) > 10 or " " in extension:
        stem, extension = name, ""
    if stem.split(".")[0].upper().rstrip(" ") in _RESERVED:
        stem = "_" + stem
    if not stem:
        stem = FALLBACK_NAME
    suffix = f".{extension}" if extension else ""
    room = limit - len(os.fspath(folder)) - 1 - len(suffix) if folder else limit - len(suffix)
    if room < 8:
        room = 8
    if len(stem) > room:
        stem = stem[: room - 1].rstrip(". ") + "…"
    return stem + suffix


# --- antivirus: retry renames and deletes ----------------------------------------------------

Result = TypeVar("Result")
ATTEMPTS, PAUSE = 10, 0.1


def retrying(action: Callable[[], Result], attempts: int = ATTEMPTS, pause: float = PAUSE,
             sleep: Callable[[float], None] = time.sleep) -> Result:
    """Run ``action``; on PermissionError (a scanner holding a file just written) wait and retry,
    up to ``attempts`` times in all, then let the last error through."""
    for attempt in range(1, attempts + 1):
        try:
            return action()
        except PermissionError:
            if attempt == attempts:
                raise
            sleep(pause)
    raise AssertionError("unreachable")  # pragma: no cover


def replace(source: str | os.PathLike, target: str | os.PathLike) -> None:
    retrying(lambda: os.replace(source, target))


def unlink(path: str | os.PathLike) -> None:
    retrying(lambda: Path(path).unlink(missing_ok=True))


def remove_quietly(path: str | os.PathLike) -> bool:
    """Delete a file or folder the program made, retrying; never raises. True when it is gone."""
    target = Path(path)
    try:
        if target.is_dir() and not target.is_symlink():
            retrying(lambda: shutil.rmtree(target))
        else:
            unlink(target)
    except OSError:
        return False
    return not target.exists()


# --- dates ----------------------------------------------------------------------------------

VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")


def vietnam_time(moment: dt.datetime) -> dt.datetime:
    """``moment`` in Vietnam time (UTC+7) by plain arithmetic: no local-time call, so 1950 or
    9999-12-31 work on Windows too. A naive moment is taken as UTC; the last hours of year 9999
    stay in UTC (they cannot be shifted past the calendar's end)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)
    try:
        return aware.astimezone(VIETNAM)
    except OverflowError:
        return aware

