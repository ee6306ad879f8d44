"""Malicious attachment names: cleaned at import (base name only, no separators or drive letters,
Windows-reserved names and characters replaced, length limited), and opened through a copy under
the data folder's xem-tep/ built from the content hash and the cleaned name, which never follows a
planted link or writes outside that folder."""

from __future__ import annotations

import os
import re
import sys

import pytest
from sqlalchemy import select

from kh57desk import platform_win
from kh57desk.db.models import Attachment, ProgressUpdate
from kh57desk.services import attachments
from kh57desk.sync import package_import

from security.conftest import files_under, report_of, rewrite

EVIL_NAMES = ["../../x.txt", "/etc/cron.d/evil", "C:\\Windows\\system.ini", "..\\..\\boot.ini", "D:evil.exe",
              "CON", "con.txt", "aux.pdf", "LPT1", "a<b>c:d|e?f*.pdf", "nul\x00.pdf", "tab\tand\nnewline.doc",
              "x" * 280 + ".pdf", "..", " . ", "", "ends with dot.", "./././", "~/.bashrc", "\\\\server\\share\\f.doc"]


def attached_report(agency, tmp_path):
    with agency.db.transaction() as s:
        update = s.scalars(select(ProgressUpdate)).first()
        for index in range(len(EVIL_NAMES)):
            source = tmp_path / f"tep-{index}.pdf"
            source.write_bytes(f"%PDF tệp số {index}".encode())
            attachments.add(s, agency.attachments, update.task_id, update.id, source)
    return report_of(agency, tmp_path / "co-tep.kh57")


def is_clean(name: str) -> bool:
    stem = name.split(".")[0].upper()
    return (0 < len(name) <= attachments.NAME_LIMIT and not re.search(r'[<>:"/\\|?*\x00-\x1f]', name)
            and stem not in platform_win._RESERVED and not name.endswith((".", " ")))


@pytest.fixture
def imported(coordinator, make_agency, tmp_path):
    agency = make_agency("Sở Y tế")

    def evil_names(data):
        for item, name in zip(data["attachments"], EVIL_NAMES):
            item["file_name"] = name
    package = rewrite(attached_report(agency, tmp_path), tmp_path / "ten-doc.kh57", data_change=evil_names,
                      key_of=agency.data_dir)
    outside = files_under(tmp_path) - files_under(coordinator.data_dir)
    [result] = package_import.import_paths(coordinator, [package], trust_new_sender=True)
    assert result.ok, result.message
    return coordinator, outside


def test_every_malicious_name_is_cleaned_at_import(imported):
    coordinator, _outside = imported
    with coordinator.db.reader() as s:
        names = list(s.scalars(select(Attachment.file_name).where(Attachment.size > 0)))
    assert len(names) == len(EVIL_NAMES)
    assert all(is_clean(name) for name in names), names
    assert "x.txt" in names and "evil" in names and "system.ini" in names and "evil.exe" in names
    assert "_CON" in names and "_con.txt" in names and attachments.FALLBACK_NAME in names


def test_every_malicious_name_opens_inside_xem_tep_only(imported, tmp_path):
    coordinator, outside = imported
    before = {path: path.read_bytes() for path in outside}
    with coordinator.db.reader() as s:
        views = [attachments.list_for(s, coordinator.attachments, task_id)
                 for task_id in set(s.scalars(select(Attachment.task_id)))]
    root = (coordinator.data_dir / attachments.VIEW_FOLDER).resolve()
    for view in [v for group in views for v in group]:
        copy = attachments.viewing_copy(view, coordinator.data_dir)
        assert copy.resolve().parent.parent == root and copy.read_bytes() == view.path.read_bytes()
    assert files_under(tmp_path) - files_under(coordinator.data_dir) == outside
    assert all(path.read_bytes() == data for path, data in before.items())


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_a_planted_link_is_replaced_never_followed(imported, tmp_path):
    coordinator, _outside = imported
    victim = tmp_path / "nan-nhan.txt"
    victim.write_text("không được ghi đè")
    with coordinator.db.reader() as s:
        view = attachments.list_for(s, coordinator.attachments, s.scalar(select(Attachment.task_id)))[0]
    folder = coordinator.data_dir / attachments.VIEW_FOLDER / view.sha256[:16]
    folder.mkdir(parents=True)
    os.symlink(victim, folder / attachments.clean_name(view.file_name))
    copy = attachments.viewing_copy(view, coordinator.data_dir)
    assert not copy.is_symlink() and copy.read_bytes() == view.path.read_bytes()
    assert victim.read_text() == "không được ghi đè"
    # the whole viewer folder replaced by a link to a folder outside
    attachments.clear_viewer_copies(coordinator.data_dir)
    elsewhere = tmp_path / "ngoai"
    elsewhere.mkdir()
    (coordinator.data_dir / attachments.VIEW_FOLDER).rmdir()  # emptied above
    os.symlink(elsewhere, coordinator.data_dir / attachments.VIEW_FOLDER)
    copy = attachments.viewing_copy(view, coordinator.data_dir)
    assert list(elsewhere.iterdir()) == [] and copy.is_file()
    assert not (coordinator.data_dir / attachments.VIEW_FOLDER).is_symlink()


def test_viewer_copies_are_emptied_at_start(imported):
    coordinator, _outside = imported
    with coordinator.db.reader() as s:
        view = attachments.list_for(s, coordinator.attachments, s.scalar(select(Attachment.task_id)))[0]
    copy = attachments.viewing_copy(view, coordinator.data_dir)
    attachments.clear_viewer_copies(coordinator.data_dir)
    assert not copy.exists() and list((coordinator.data_dir / attachments.VIEW_FOLDER).iterdir()) == []
    assert view.path.is_file()
