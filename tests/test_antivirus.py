"""A scanner holds each new file for a moment: renames and deletes right after a write retry,
and clean-up never raises once the work is done (Windows behaviour simulated)."""

from __future__ import annotations

import os

import pytest

from kh57desk import paths, platform_win
from kh57desk.sync import container


@pytest.fixture
def scanner(monkeypatch):
    """os.replace and Path.unlink fail twice with PermissionError for each new file, then work."""
    held: dict[str, int] = {}
    real_replace, real_unlink = os.replace, platform_win.Path.unlink

    def hold(name) -> None:
        held[str(name)] = held.get(str(name), 0) + 1
        if held[str(name)] <= 2:
            raise PermissionError(13, "The process cannot access the file because it is being used", str(name))

    def replace(source, target):
        hold(source)
        real_replace(source, target)

    def unlink(self, missing_ok=False):
        if self.exists():
            hold(self)
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(platform_win.os, "replace", replace)
    monkeypatch.setattr(platform_win.Path, "unlink", unlink)
    monkeypatch.setattr(platform_win.time, "sleep", lambda _seconds: None)
    return held


def test_package_written_on_a_stick_without_hard_links_while_scanned(tmp_path, scanner, monkeypatch):
    monkeypatch.setattr(container.os, "link", lambda *_a: (_ for _ in ()).throw(OSError(1, "no hard links (FAT32)")))
    target = tmp_path / "Sở Y tế 2025-Q2.kh57"
    container.write_package(target, {"format": "kh57"}, {"data.json": b"{}"})
    assert container.read_package(target).manifest == {"format": "kh57"}
    assert [name for name in os.listdir(tmp_path)] == [target.name]  # no temporary file, no "(2)" copy
    assert max(scanner.values()) == 3


def test_clean_up_that_keeps_failing_does_not_fail_a_written_package(tmp_path, monkeypatch):
    monkeypatch.setattr(platform_win.time, "sleep", lambda _seconds: None)
    monkeypatch.setattr(platform_win.Path, "unlink",
                        lambda self, missing_ok=False: (_ for _ in ()).throw(PermissionError(13, "held")))
    target = tmp_path / "gói.kh57"
    assert container.write_package(target, {"format": "kh57"}, {}) == target
    assert container.read_package(target).manifest == {"format": "kh57"}  # no error, so no retry and no "(2)"


def test_pointer_file_replaced_while_scanned(tmp_path, scanner):
    pointer = tmp_path / "config" / "data-folder.txt"
    paths.remember_data_dir(tmp_path / "E", pointer)
    paths.remember_data_dir(tmp_path / "F", pointer)
    assert paths.remembered_data_dir(pointer) == (tmp_path / "F").resolve()


def test_backup_restored_while_scanned(tmp_path, scanner):
    from kh57desk.services import backups, settings as settings_service
    from kh57desk.workspace import open_workspace

    ws = open_workspace(tmp_path / "dữ liệu")
    with ws.db.transaction() as session:
        settings_service.update(session, signer_name="Trước")
    saved = backups.create(ws)
    with ws.db.transaction() as session:
        settings_service.update(session, signer_name="Sau")
    backups.restore(ws, saved.path)
    ws = open_workspace(tmp_path / "dữ liệu")
    try:
        with ws.db.reader() as session:
            assert settings_service.load(session).signer_name == "Trước"
    finally:
        ws.close()
