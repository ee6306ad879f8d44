"""Moving the data folder copies everything but the live database files, checks the copy,
and leaves the target empty when anything fails."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from kh57desk import paths, platform_win
from kh57desk.errors import DataDirError, InputError
from kh57desk.services import data_move, settings as settings_service
from kh57desk.workspace import open_workspace

# what a data folder holds after a year of use (relative path → bytes)
EVERY_KIND = {
    "attachments/ab/ab12": "%PDF-1.7 biên bản".encode(),
    "reports/2025-Q2/Báo cáo quý II.pdf": b"%PDF-1.7 report",
    "reports/2025-Q2/Báo cáo quý II.xlsx": b"PK\x03\x04 xlsx",
    "backups/kh57desk-20250601-000000-000000-thu-cong.sqlite3": b"SQLite format 3\x00 old",
    "ky-so/chu-ky.png": b"\x89PNG signature",
    "ky-so/con-dau.png": b"\x89PNG seal",
    "trusted-ca/Ban Co yeu.cer": b"-----BEGIN CERTIFICATE-----",
    "goi-gui-di/Sở Y tế 2025-Q2.kh57": b"PK\x03\x04 package",
    "nhan-ve/so-y-te/2025-Q2/bao-cao.pdf": b"%PDF received",
    "logs/kh57desk.log": "2025-06-01 INFO started\n".encode(),
    "ghi chú %41 #1.txt": "tệp do người dùng để vào".encode(),
}


@pytest.fixture
def used_workspace(tmp_path):
    ws = open_workspace(tmp_path / "cũ")
    with ws.db.transaction() as session:
        settings_service.update(session, signer_name="Nguyễn Văn An")
    for name, data in EVERY_KIND.items():
        path = ws.data_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    yield ws
    ws.close()


def test_move_copies_every_kind_of_file_and_the_database(used_workspace, tmp_path):
    target = tmp_path / "Ổ D" / "dữ liệu #2"
    moved, copied = data_move.move_data_folder(used_workspace, target)
    try:
        for name, data in EVERY_KIND.items():
            assert (target / name).read_bytes() == data, name
        assert copied.files == len(EVERY_KIND) and copied.size == sum(len(d) for d in EVERY_KIND.values())
        with moved.db.reader() as session:
            assert settings_service.load(session).signer_name == "Nguyễn Văn An"
        assert moved.db.path == target / paths.DB_FILE
        assert not list(target.rglob(".write-test-*")) and not list(target.glob("*chuyen-thu-muc*"))
    finally:
        moved.close()
    assert (used_workspace.data_dir / "ky-so" / "con-dau.png").is_file()  # the old folder is left as it was


def test_refusals_change_nothing(used_workspace, tmp_path, monkeypatch):
    with pytest.raises(InputError, match="đang dùng"):
        data_move.move_data_folder(used_workspace, used_workspace.data_dir)
    with pytest.raises(InputError, match="bên trong chính nó"):
        data_move.move_data_folder(used_workspace, used_workspace.data_dir / "con")
    assert not (used_workspace.data_dir / "con").exists()
    full = tmp_path / "có tệp"
    full.mkdir()
    (full / "x.txt").write_text("x")
    with pytest.raises(InputError, match="không trống"):
        data_move.move_data_folder(used_workspace, full)
    monkeypatch.setattr(platform_win, "drive_kind", lambda path: platform_win.NETWORK)
    with pytest.raises(DataDirError, match="ổ mạng"):
        data_move.move_data_folder(used_workspace, tmp_path / "Z")
    assert not (tmp_path / "Z").exists()


def test_a_copy_that_differs_is_caught_and_cleaned_up(used_workspace, tmp_path, monkeypatch):
    real_copy = shutil.copy2

    def corrupting(source, target):
        real_copy(source, target)
        if str(source).endswith("con-dau.png"):
            with open(target, "ab") as handle:
                handle.write(b"!")  # a bad USB stick

    monkeypatch.setattr(data_move.shutil, "copy2", corrupting)
    target = tmp_path / "USB"
    with pytest.raises(InputError) as err:
        data_move.move_data_folder(used_workspace, target)
    assert "con-dau.png" in err.value.message and "Thư mục cũ vẫn dùng được" in err.value.message
    assert not target.exists()
    digest = hashlib.sha256((used_workspace.data_dir / "ky-so" / "con-dau.png").read_bytes()).hexdigest()
    assert digest == hashlib.sha256(EVERY_KIND["ky-so/con-dau.png"]).hexdigest()
