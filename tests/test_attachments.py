"""Attachments: copied content-addressed into the data folder, listed, removed, opened."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest
from sqlalchemy import func, select

from kh57desk.db.models import Attachment, AuditLog, Task
from kh57desk.errors import InputError
from kh57desk.services import attachments


@pytest.fixture
def task_id(demo_workspace) -> int:
    with demo_workspace.db.reader() as session:
        return session.scalar(select(Task.id).order_by(Task.position))


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_add_copies_content_addressed_and_lists(demo_workspace, task_id, tmp_path):
    source = _write(tmp_path / "Báo cáo kết quả quý II.pdf", b"%PDF-1.4 noi dung" * 100)
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    with demo_workspace.db.transaction() as session:
        view = attachments.add(session, demo_workspace.attachments, task_id, "2025-Q2", source)
    assert view.file_name == "Báo cáo kết quả quý II.pdf"
    assert view.sha256 == sha and view.size == 1700
    assert view.path == demo_workspace.attachments / sha[:2] / sha
    assert view.path.read_bytes() == source.read_bytes()
    source.unlink()  # the original may go away: the copy stays
    with demo_workspace.db.reader() as session:
        listed = attachments.list_for(session, demo_workspace.attachments, task_id, "2025-Q2")
        other_period = attachments.list_for(session, demo_workspace.attachments, task_id, "2025-Q1")
        actions = list(session.scalars(select(AuditLog.action).where(AuditLog.action == "attachment.add")))
    assert [v.file_name for v in listed] == ["Báo cáo kết quả quý II.pdf"]
    assert listed[0].exists and other_period == []
    assert actions == ["attachment.add"]
    leftovers = [p.name for p in demo_workspace.attachments.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_same_bytes_stored_once_and_removed_with_last_use(demo_workspace, task_id, tmp_path):
    first = _write(tmp_path / "a.docx", b"same bytes")
    second = _write(tmp_path / "b.docx", b"same bytes")
    with demo_workspace.db.transaction() as session:
        one = attachments.add(session, demo_workspace.attachments, task_id, "2025-Q2", first)
        two = attachments.add(session, demo_workspace.attachments, task_id, "2025-Q3", second)
    assert one.path == two.path
    stored = [p for p in demo_workspace.attachments.rglob("*") if p.is_file()]
    assert len(stored) == 1
    with demo_workspace.db.transaction() as session:
        attachments.remove(session, demo_workspace.attachments, one.id)
    assert two.path.exists()  # still used by the Q3 attachment
    with demo_workspace.db.transaction() as session:
        attachments.remove(session, demo_workspace.attachments, two.id)
        count = session.scalar(select(func.count()).select_from(Attachment))
    assert not two.path.exists() and count == 0


def test_bad_input_changes_nothing(demo_workspace, task_id, tmp_path):
    source = _write(tmp_path / "x.txt", b"x")
    with pytest.raises(InputError, match="Không tìm thấy tệp"):
        with demo_workspace.db.transaction() as session:
            attachments.add(session, demo_workspace.attachments, task_id, "2025-Q2", tmp_path / "khong-co.pdf")
    with pytest.raises(InputError, match="Không tìm thấy nhiệm vụ"):
        with demo_workspace.db.transaction() as session:
            attachments.add(session, demo_workspace.attachments, 999_999, "2025-Q2", source)
    with demo_workspace.db.transaction() as session:
        attachments.add(session, demo_workspace.attachments, task_id, "2025-Q2", source)
    with pytest.raises(InputError, match="đã được đính kèm"):
        with demo_workspace.db.transaction() as session:
            attachments.add(session, demo_workspace.attachments, task_id, "2025-Q2", source)
    with demo_workspace.db.transaction() as session:
        session.get(Task, task_id).withdrawn = True
    with pytest.raises(InputError, match="đã bị rút"):
        with demo_workspace.db.transaction() as session:
            attachments.add(session, demo_workspace.attachments, task_id, "2025-Q3", source)
    with demo_workspace.db.reader() as session:
        assert session.scalar(select(func.count()).select_from(Attachment)) == 1


def test_too_big_file_leaves_no_partial_copy(demo_workspace, task_id, tmp_path, monkeypatch):
    monkeypatch.setattr(attachments, "MAX_SIZE", 1000)
    monkeypatch.setattr(attachments, "CHUNK", 100)
    source = _write(tmp_path / "lon.bin", os.urandom(5000))
    with pytest.raises(InputError, match="lớn hơn"):
        with demo_workspace.db.transaction() as session:
            attachments.add(session, demo_workspace.attachments, task_id, "2025-Q2", source)
    assert [p for p in demo_workspace.attachments.rglob("*") if p.is_file()] == []


def test_viewing_copy_has_original_name_and_is_read_only(demo_workspace, task_id, tmp_path):
    source = _write(tmp_path / "Biên bản họp.docx", b"PK\x03\x04 noi dung")
    with demo_workspace.db.transaction() as session:
        view = attachments.add(session, demo_workspace.attachments, task_id, "2025-Q2", source)
    copy = attachments.viewing_copy(view, tmp_path / "xem")
    assert copy.name == "Biên bản họp.docx"
    assert copy.read_bytes() == source.read_bytes()
    assert not copy.stat().st_mode & stat.S_IWUSR
    assert attachments.viewing_copy(view, tmp_path / "xem") == copy  # reused
    view.path.unlink()
    with pytest.raises(InputError, match="không còn trong thư mục dữ liệu"):
        attachments.viewing_copy(view, tmp_path / "xem2")
