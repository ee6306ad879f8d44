"""The Linux menu entry, the .kh57 file type and the tarball's ``cai-dat.sh``, installed into a
temporary home from a folder whose name needs quoting."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from defusedxml import ElementTree

from kh57desk.sync import container
from tests.installer_sources import ICONS, INSTALLERS, ROOT

DESKTOP = ROOT / "resources" / "kh57desk.desktop"
MIME = ROOT / "resources" / "kh57desk-mime.xml"
MIME_TYPE = "application/x-kh57desk-package"


def _desktop(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_entry():
    entry = _desktop(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "kh57desk %f"
    assert entry["Icon"] == "kh57desk"
    assert entry["Terminal"] == "false"
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["Comment"].startswith("Theo dõi nhiệm vụ")
    assert entry["GenericName[vi]"] == "Theo dõi thực hiện Nghị quyết 57"
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_mime_type_is_the_package_extension():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ElementTree.parse(MIME).getroot()
    mime = root.find("m:mime-type", ns)
    assert mime.get("type") == MIME_TYPE
    assert mime.find("m:glob", ns).get("pattern") == f"*{container.EXTENSION}"
    assert mime.find("m:sub-class-of", ns).get("type") == "application/zip"
    vietnamese = [c.text for c in mime.findall("m:comment", ns)
                  if c.get("{http://www.w3.org/XML/1998/namespace}lang") == "vi"]
    assert vietnamese == ["Gói dữ liệu kh57desk"]


def _unquote_exec(value: str) -> list[str]:
    """Split an Exec value as the Desktop Entry specification says (general escapes, then quoting)."""
    value = value.replace("\\\\", "\\")
    args, current, quoted, i = [], "", False, 0
    while i < len(value):
        ch = value[i]
        if quoted and ch == "\\" and i + 1 < len(value) and value[i + 1] in '"`$\\':
            current += value[i + 1]
            i += 2
            continue
        if ch == '"':
            quoted = not quoted
        elif ch == " " and not quoted:
            args.append(current)
            current = ""
        else:
            current += ch
        i += 1
    return args + [current]


@pytest.fixture
def fake_bundle(tmp_path):
    """An unpacked tarball in a folder whose name has spaces, a quote and a dollar sign."""
    folder = tmp_path / 'Tải về "mới" $HOME' / "kh57desk-9.9-linux"
    icons = folder / "_internal" / "resources" / "icons"
    shutil.copytree(ICONS, icons)
    for name in ("kh57desk", "kh57"):
        program = folder / name
        program.write_text("#!/bin/sh\necho ok\n", encoding="utf-8")
        program.chmod(0o755)
    shutil.copy(DESKTOP, folder / "kh57desk.desktop")
    shutil.copy(MIME, folder / "kh57desk-mime.xml")
    shutil.copy(INSTALLERS / "linux" / "cai-dat.sh", folder / "cai-dat.sh")
    return folder


def test_linux_install_script_registers_and_removes(fake_bundle, tmp_path):
    home = tmp_path / "nhà"
    data = home / ".local" / "share" / "kh57desk"
    data.mkdir(parents=True)
    (data / "kh57desk.sqlite3").write_bytes(b"user data")
    env = {"HOME": str(home), "PATH": os.environ["PATH"], "LANG": "C.UTF-8"}
    result = subprocess.run(["sh", str(fake_bundle / "cai-dat.sh")], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert "Đã cài kh57desk" in result.stdout

    share = home / ".local" / "share"
    entry_file = share / "applications" / "kh57desk.desktop"
    entry = _desktop(entry_file)
    assert _unquote_exec(entry["Exec"]) == [str(fake_bundle / "kh57desk"), "%f"]
    assert entry["TryExec"] == str(fake_bundle / "kh57desk")
    assert entry["MimeType"] == f"{MIME_TYPE};"
    for size in (16, 48, 256):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "kh57desk.png").read_bytes() == \
            (ICONS / f"kh57desk-{size}.png").read_bytes()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "kh57desk.svg").exists()
    assert (share / "mime" / "packages" / "kh57desk.xml").read_bytes() == MIME.read_bytes()
    link = home / ".local" / "bin" / "kh57"
    assert link.is_symlink() and Path(os.readlink(link)) == fake_bundle / "kh57"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry_file)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout

    removed = subprocess.run(["sh", str(fake_bundle / "cai-dat.sh"), "--go"], capture_output=True, text=True,
                             env=env)
    assert removed.returncode == 0, removed.stderr
    assert not entry_file.exists()
    assert not link.exists()
    assert not (share / "mime" / "packages" / "kh57desk.xml").exists()
    assert not (share / "icons" / "hicolor" / "48x48" / "apps" / "kh57desk.png").exists()
    assert (data / "kh57desk.sqlite3").read_bytes() == b"user data"  # data never touched
    assert (fake_bundle / "kh57desk").exists()


def test_linux_install_script_refuses_bad_input(fake_bundle, tmp_path):
    env = {"HOME": str(tmp_path / "h"), "PATH": os.environ["PATH"], "LANG": "C.UTF-8"}
    wrong = subprocess.run(["sh", str(fake_bundle / "cai-dat.sh"), "--xoa"], capture_output=True, text=True, env=env)
    assert wrong.returncode == 2
    assert wrong.stderr.startswith("Lỗi: không hiểu '--xoa'")
    (fake_bundle / "kh57desk").unlink()
    broken = subprocess.run(["sh", str(fake_bundle / "cai-dat.sh")], capture_output=True, text=True, env=env)
    assert broken.returncode == 2
    assert "giải nén lại" in broken.stderr
    assert not (tmp_path / "h" / ".local").exists()  # nothing half-installed
