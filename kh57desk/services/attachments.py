"""Files attached to a progress update (a signed plan, a report, minutes…).

The bytes are copied into the data folder, content-addressed: ``attachments/<sha[:2]>/<sha>``.
The same file attached twice is stored once. A copy is written to a temporary name and moved
into place, so an interrupted copy never leaves a half-written file under its final name.
Opening goes through a read-only copy under the file's (cleaned) name, so the system viewer
knows the file type and the stored original cannot be edited by accident. The copies live in the
data folder's ``xem-tep/`` (emptied when the window starts), each at ``<sha256[:16]>/<cleaned
name>``: nothing from a package ever names a path, and no link is followed out of that folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kh57desk import platform_win
from kh57desk.db.models import Attachment, ProgressUpdate, Task
from kh57desk.domain.text import clean
from kh57desk.errors import InputError
from kh57desk.services import audit

MAX_SIZE = 200 * 2**20  # 200 MB: bigger files belong on a shared drive, not in the database folder
CHUNK = 2**20
VIEW_FOLDER = "xem-tep"
NAME_LIMIT = 120  # characters of a cleaned attachment name
FALLBACK_NAME = "tep-dinh-kem"


def clean_name(name: str) -> str:
    """An attachment's name made safe wherever it came from (a package may hold ``../../x``,
    ``C:\\Windows\\x``, ``/etc/x``, ``CON.txt`` or control characters): the base name only, no
    separators or drive letter, Windows-reserved names and characters replaced, at most
    ``NAME_LIMIT`` characters with the extension kept."""
    base = re.split(r"[\\/]", clean(name or ""))[-1]
    base = re.sub(r"^[A-Za-z]:", "", base)
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    if base.strip(". ") == "":
        return FALLBACK_NAME
    return platform_win.safe_file_name(base, limit=NAME_LIMIT)


@dataclass(frozen=True)
class AttachmentView:
    id: int
    task_id: int
    update_id: int
    on: dt.date  # the date of the update it belongs to
    file_name: str
    size: int
    sha256: str
    added_at: dt.datetime
    path: Path  # where the bytes are stored

    @property
    def exists(self) -> bool:
        return self.path.is_file()


def stored_path(attachments_dir: Path, sha256: str) -> Path:
    return Path(attachments_dir) / sha256[:2] / sha256


def _view(attachments_dir: Path, row: Attachment, on: dt.date) -> AttachmentView:
    return AttachmentView(row.id, row.task_id, row.update_id, on, row.file_name, row.size, row.sha256, row.added_at,
                          stored_path(attachments_dir, row.sha256))


def _update_for(session: Session, task: Task, target: int | str) -> ProgressUpdate:
    """The update a file goes to: an update id, or a period id (the update ``progress.record``
    changes for that period, added with the task's carried standing when absent)."""
    from kh57desk.services import progress
    from kh57desk.services.settings import effective_schedule
    from kh57desk.domain.periods import parse_period

    if isinstance(target, int):
        update = session.get(ProgressUpdate, target)
        if update is None or update.deleted or update.task_id != task.id:
            raise InputError("Cập nhật tiến độ để đính kèm tệp không còn trong cơ sở dữ liệu.")
        return update
    period = parse_period(target, effective_schedule(session).fixed_dates)
    current = progress.get_entry(session, task, period) or progress.record(session, task, period)
    return session.get(ProgressUpdate, current.id)


def _copy_hashed(source: Path, folder: Path) -> tuple[str, int]:
    """Copy ``source`` into ``folder`` content-addressed; return (sha256, size)."""
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    handle, tmp_name = tempfile.mkstemp(dir=folder, prefix=".dang-chep-")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(handle, "wb") as out, source.open("rb") as src:
            while chunk := src.read(CHUNK):
                size += len(chunk)
                if size > MAX_SIZE:
                    raise InputError(f"Tệp '{source.name}' lớn hơn {MAX_SIZE // 2**20} MB; hãy lưu tệp trên "
                                     "ổ đĩa dùng chung và ghi đường dẫn vào kết quả thực hiện.")
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        target = stored_path(folder, sha)
        if target.is_file() and target.stat().st_size == size:
            platform_win.unlink(tmp)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            platform_win.replace(tmp, target)  # retried: a scanner may hold the new file for a moment
        return sha, size
    except BaseException:
        platform_win.remove_quietly(tmp)
        raise


def add(session: Session, attachments_dir: Path, task_id: int, update: int | str, source: str | os.PathLike) \
        -> AttachmentView:
    """Attach the file ``source`` to an update of task ``task_id`` (an update id, or a period id:
    see ``_update_for``)."""
    source = Path(source)
    task = session.get(Task, task_id)
    if task is None:
        raise InputError("Không tìm thấy nhiệm vụ để đính kèm tệp.")
    if task.withdrawn:
        raise InputError(f"Nhiệm vụ {task.ref} đã bị rút khỏi kế hoạch; không đính kèm tệp được.")
    if not source.is_file():
        raise InputError(f"Không tìm thấy tệp '{source}'.")
    try:
        sha, size = _copy_hashed(source, Path(attachments_dir))
    except OSError as exc:
        raise InputError(f"Không chép được tệp '{source.name}': {exc.strerror or exc}.") from None
    name = clean_name(source.name)
    target = _update_for(session, task, update)
    duplicate = session.scalar(select(Attachment).where(Attachment.update_id == target.id, Attachment.sha256 == sha))
    if duplicate is not None:
        raise InputError(f"Tệp '{name}' đã được đính kèm cho cập nhật ngày {target.on_date:%d/%m/%Y} "
                         f"(tên đã lưu: '{duplicate.file_name}').")
    row = Attachment(sha256=sha, file_name=name, size=size, task_id=task_id, update_id=target.id)
    session.add(row)
    session.flush()
    audit.record(session, "attachment.add", "attachment", str(row.id), task=task.uid, update=target.uid,
                 file_name=name, sha256=sha, size=size)
    return _view(Path(attachments_dir), row, target.on_date)


def list_for(session: Session, attachments_dir: Path, task_id: int, within: int | str | None = None) \
        -> list[AttachmentView]:
    """Attachments of a task's updates, newest first: all of them, one update's (an id), or those of
    the updates dated inside a period's window (a period id)."""
    query = (select(Attachment, ProgressUpdate.on_date).join(ProgressUpdate, ProgressUpdate.id == Attachment.update_id)
             .where(Attachment.task_id == task_id, ProgressUpdate.deleted.is_(False)))
    if isinstance(within, int):
        query = query.where(Attachment.update_id == within)
    elif within is not None:
        from kh57desk.domain.periods import parse_period
        from kh57desk.services.settings import effective_schedule

        period = parse_period(within, effective_schedule(session).fixed_dates)
        query = query.where(ProgressUpdate.on_date >= period.start, ProgressUpdate.on_date <= period.end)
    rows = session.execute(query.order_by(ProgressUpdate.on_date.desc(), Attachment.added_at.desc(),
                                          Attachment.id.desc()))
    return [_view(Path(attachments_dir), row, on) for row, on in rows]


def remove(session: Session, attachments_dir: Path, attachment_id: int) -> AttachmentView:
    """Detach a file; the stored bytes are deleted when no other attachment uses them."""
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise InputError("Tệp đính kèm không còn trong cơ sở dữ liệu.")
    view = _view(Path(attachments_dir), row, session.get(ProgressUpdate, row.update_id).on_date)
    session.delete(row)
    session.flush()
    still_used = session.scalar(select(func.count()).select_from(Attachment).where(Attachment.sha256 == view.sha256))
    if not still_used:
        platform_win.remove_quietly(view.path)
    audit.record(session, "attachment.remove", "attachment", str(view.id), task_id=view.task_id, update_id=view.update_id,
                 file_name=view.file_name, sha256=view.sha256)
    return view


def viewer_folder(data_dir: Path) -> Path:
    return Path(data_dir) / VIEW_FOLDER


def clear_viewer_copies(data_dir: Path) -> None:
    """Empty ``xem-tep/`` (at start): links are removed, never followed."""
    folder = viewer_folder(data_dir)
    if folder.is_symlink():
        platform_win.unlink(folder)
        return
    if not folder.is_dir():
        return
    for entry in os.scandir(folder):
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            for inner in path.rglob("*"):  # read-only copies: Windows refuses to delete them as they are
                if inner.is_file() and not inner.is_symlink():
                    inner.chmod(stat.S_IWUSR | stat.S_IRUSR)
        elif entry.is_file(follow_symlinks=False):
            path.chmod(stat.S_IWUSR | stat.S_IRUSR)
        platform_win.remove_quietly(path)


def _own_folder(path: Path) -> Path:
    """``path`` as a real folder: a link or file in its place (planted there) is removed first."""
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        platform_win.unlink(path)
    path.mkdir(parents=True, exist_ok=True)
    return path


def viewing_copy(view: AttachmentView, data_dir: Path) -> Path:
    """A read-only copy of the attachment for the system viewer, ``xem-tep/<sha[:16]>/<name>`` in
    the data folder: written to a new temporary file and moved over the name, so an existing file
    or link there is replaced, never followed or written through."""
    if not view.exists:
        raise InputError(f"Tệp '{view.file_name}' không còn trong thư mục dữ liệu (có thể đã bị xóa ngoài "
                         "chương trình).")
    root = _own_folder(viewer_folder(data_dir))
    folder = _own_folder(root / view.sha256[:16])
    target = folder / platform_win.safe_file_name(clean_name(view.file_name), folder)  # Windows and Office: <260
    if target.is_file() and not target.is_symlink() and target.stat().st_size == view.size:
        return target
    handle, tmp_name = tempfile.mkstemp(dir=folder, prefix=".dang-chep-")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(handle, "wb") as out, view.path.open("rb") as src:
            while chunk := src.read(CHUNK):
                out.write(chunk)
        tmp.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        if target.is_symlink():
            platform_win.unlink(target)
        elif target.exists():
            target.chmod(stat.S_IWUSR | stat.S_IRUSR)  # our own older copy (Windows will not replace it read-only)
        platform_win.replace(tmp, target)
    except OSError as exc:
        platform_win.remove_quietly(tmp)
        raise InputError(f"Không mở được tệp '{view.file_name}': {exc.strerror or exc}.") from None
    return target
