"""What happens when something goes wrong: the rotating log in the data folder, plain
Vietnamese sentences for the failures people can act on (a full disk, a read-only file, a
database from a newer version), and the crash file that ``faulthandler`` writes when the
process dies hard. Qt-free: the command line and the window both use it.
"""

from __future__ import annotations

import errno
import faulthandler
import logging
import logging.handlers
import sqlite3
import traceback
from pathlib import Path

from kh57desk.errors import Kh57Error

LOG_FOLDER = "logs"
LOG_FILE = "kh57desk.log"
CRASH_FILE = "crash.txt"
log = logging.getLogger(__name__)

_crash_stream = None  # the open crash file faulthandler writes into (kept open while the program runs)


def log_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOG_FOLDER / LOG_FILE


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send this process's log records to ``logs/kh57desk.log`` (1 MB, three old copies kept).
    Returns the log's path, or None when the folder cannot be written (then nothing is logged
    to a file and the program goes on)."""
    path = log_path(data_dir)
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8",
                                                       delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


def enable_crash_file(data_dir: Path) -> str:
    """Let ``faulthandler`` write a hard crash (a segfault in a library, an abort) into
    ``logs/crash.txt``. Returns what the previous run left there ("" when it ended normally);
    the old text is moved aside so that it is reported once."""
    global _crash_stream
    folder = Path(data_dir) / LOG_FOLDER
    path = folder / CRASH_FILE
    previous = ""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size:
            previous = path.read_text(encoding="utf-8", errors="replace")
            path.replace(folder / "crash-truoc.txt")
        _crash_stream = open(path, "w", encoding="utf-8")  # noqa: SIM115 - must stay open for faulthandler
        faulthandler.enable(_crash_stream, all_threads=True)
    except (OSError, RuntimeError, ValueError):
        log.warning("crash file not available in %s", folder)
    return previous


def disable_crash_file() -> None:
    """At a normal exit: stop faulthandler and leave an empty crash file."""
    global _crash_stream
    if _crash_stream is None:
        return
    try:
        faulthandler.disable()
        _crash_stream.close()
        Path(_crash_stream.name).write_text("", encoding="utf-8")
    except (OSError, ValueError):
        pass
    _crash_stream = None


def _chain(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__ or getattr(exc, "orig", None)


def known_cause(exc: BaseException) -> str | None:
    """A plain sentence for failures the user can do something about, else None."""
    for item in _chain(exc):
        if isinstance(item, Kh57Error):
            return item.message
        number = getattr(item, "errno", None)
        text = str(item).lower()
        if number == errno.ENOSPC or "database or disk is full" in text or "no space left" in text:
            return ("Ổ đĩa đã đầy: không ghi được dữ liệu. Không có gì bị ghi dở; hãy giải phóng dung lượng "
                    "rồi làm lại.")
        if number == errno.EROFS or "readonly database" in text or "read-only file system" in text:
            return ("Không ghi được vào thư mục dữ liệu (chỉ đọc hoặc bị khóa). Kiểm tra quyền ghi của thư mục "
                    "hoặc tệp cơ sở dữ liệu, hoặc chọn thư mục dữ liệu khác.")
        if number in (errno.EACCES, errno.EPERM) or isinstance(item, PermissionError):
            name = getattr(item, "filename", None)
            where = f" '{name}'" if name else ""
            return (f"Không có quyền ghi{where}. Đóng chương trình đang mở tệp đó (Excel, Word) hoặc kiểm tra "
                    "quyền của thư mục, rồi làm lại.")
        if isinstance(item, sqlite3.OperationalError) and "locked" in text:
            return "Cơ sở dữ liệu đang bận (một chương trình khác đang ghi). Đợi một lát rồi làm lại."
        if isinstance(item, sqlite3.DatabaseError) and ("malformed" in text or "not a database" in text):
            return ("Tệp cơ sở dữ liệu bị hỏng. Khôi phục từ bản sao lưu (Cài đặt → Sao lưu) hoặc liên hệ "
                    "cán bộ kỹ thuật.")
    return None


def unexpected_message(exc: BaseException, data_dir: Path | None) -> str:
    """One Vietnamese line for an error nobody foresaw, naming the log that holds the details."""
    where = f" Chi tiết đã ghi vào tệp {log_path(data_dir)}." if data_dir is not None else ""
    return f"Đã xảy ra lỗi không mong muốn ({type(exc).__name__}); không có gì bị ghi dở.{where}"


def describe(exc: BaseException, data_dir: Path | None = None) -> str:
    return known_cause(exc) or unexpected_message(exc, data_dir)


def report_text(exc: BaseException) -> str:
    """The details for the log and for "Chép thông tin lỗi"."""
    from kh57desk import __version__

    return f"kh57desk {__version__}\n" + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
