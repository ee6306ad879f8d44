"""Finding the USB token without typing a path: known Vietnamese CA modules in their install
folders, each probed in a child process; SoftHSM2 placed in a scanned folder stands in for a
CA's token. Loading a module: one spelling per file, 32-bit DLLs refused with a sentence."""

from __future__ import annotations

import os
import shutil
import struct

import pytest

from kh57desk.errors import InputError
from kh57desk.signing import keys, token_scan
from pki import pki_env, soft_token  # noqa: F401 - pytest fixtures


def _dll(path, machine: int):
    head = bytearray(1024)
    head[:2] = b"MZ"
    struct.pack_into("<I", head, 0x3C, 0x80)
    head[0x80:0x84] = b"PE\0\0"
    struct.pack_into("<H", head, 0x84, machine)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(head))
    return path


@pytest.fixture
def windows_pc(tmp_path):
    """C:\\Windows with a 64-bit VNPT-CA module in System32, a 32-bit one in SysWOW64 and an
    unrelated DLL; Program Files with OpenSC."""
    root = tmp_path / "Windows"
    _dll(root / "System32" / "VNPT-CA_V34.DLL", 0x8664)       # names differ in case on real PCs
    _dll(root / "SysWOW64" / "vnpt-ca_csp11.dll", 0x014C)
    _dll(root / "System32" / "kernel32.dll", 0x8664)
    _dll(tmp_path / "Program Files" / "OpenSC Project" / "OpenSC" / "pkcs11" / "opensc-pkcs11.dll", 0x8664)
    return {"SystemRoot": str(root), "ProgramFiles": str(tmp_path / "Program Files")}


def test_known_modules_are_found_in_windows_folders(windows_pc):
    found = {(os.path.basename(c.path), c.vendor) for c in token_scan.candidates(windows=True, environ=windows_pc)}
    assert found == {("VNPT-CA_V34.DLL", "VNPT-CA"), ("vnpt-ca_csp11.dll", "VNPT-CA"),
                     ("opensc-pkcs11.dll", "OpenSC")}


def test_a_32_bit_module_is_listed_with_the_reason_without_loading_it(windows_pc, monkeypatch):
    monkeypatch.setattr(token_scan.subprocess, "run", lambda *a, **k: pytest.fail("a 32-bit DLL was probed"))
    wow = next(c for c in token_scan.candidates(windows=True, environ=windows_pc) if "SysWOW64" in c.path)
    [entry] = token_scan.probe(wow)
    assert not entry.usable and "32-bit" in entry.problem and "64-bit" in entry.problem
    assert token_scan.describe(entry).startswith("VNPT-CA · vnpt-ca_csp11.dll: Thư viện 'vnpt-ca_csp11.dll' là bản 32-bit")


def test_keys_refuse_a_32_bit_dll_with_a_sentence(tmp_path):
    dll = _dll(tmp_path / "BkavCA.dll", 0x014C)
    with pytest.raises(InputError) as err:
        keys.load_module(str(dll))
    assert "'BkavCA.dll' là bản 32-bit" in err.value.message and "SysWOW64" in err.value.message


def test_linux_folders_and_the_extra_folders_of_the_environment(tmp_path):
    assert [str(f) for f in token_scan.standard_folders(windows=False)][:3] == \
        ["/usr/lib", "/usr/lib/x86_64-linux-gnu", "/usr/local/lib"]
    extra = tmp_path / "a b"
    extra.mkdir()
    (extra / "libvendor.so.1").write_bytes(b"x")
    (extra / "readme.txt").write_text("x")
    environ = {token_scan.ENV_VAR: os.pathsep.join([str(extra), str(tmp_path / "missing")])}
    paths = [c.path for c in token_scan.candidates(windows=False, environ=environ)]
    assert str(extra / "libvendor.so.1") in paths and str(extra / "readme.txt") not in paths


def test_a_file_that_is_not_a_library_is_listed_with_its_problem(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "opensc-pkcs11.so").write_bytes(b"not a library")
    [entry] = token_scan.find_tokens(windows=False, environ={token_scan.ENV_VAR: str(folder)})
    assert entry.vendor == "OpenSC" and "Không nạp được thư viện thiết bị ký số 'opensc-pkcs11.so'" in entry.problem


@pytest.fixture
def token_in_scanned_folder(soft_token, tmp_path):
    folder = tmp_path / "Thư viện token #1"
    folder.mkdir()
    placed = folder / "libsofthsm2.so"
    shutil.copy(soft_token.module, placed)
    return soft_token, folder, placed


def test_softhsm_token_in_a_scanned_folder_is_listed_with_its_holder(token_in_scanned_folder):
    soft_token, folder, placed = token_in_scanned_folder
    found = token_scan.find_tokens(windows=False, environ={token_scan.ENV_VAR: str(folder)})
    mine = [t for t in found if t.module == str(placed)]
    assert [(t.token_label, t.holder, t.organization, t.usable) for t in mine] == \
        [(soft_token.label, "Trần Thị Bình", "Sở Nội vụ tỉnh Thái Bình", True)]
    assert token_scan.describe(mine[0]) == \
        f"{soft_token.label} — Trần Thị Bình (Sở Nội vụ tỉnh Thái Bình) · libsofthsm2.so"


def test_the_same_module_by_two_spellings_is_loaded_once(soft_token):
    folder, name = os.path.split(soft_token.module)
    assert keys.load_module(soft_token.module) is keys.load_module(os.path.join(folder, ".", name))
    assert keys.token_labels(os.path.join(folder, "..", os.path.basename(folder), name)) == [soft_token.label]


def test_kh57_tokens_scans_when_no_module_is_set(token_in_scanned_folder, tmp_path):
    from tests.conftest import run_cli

    soft_token, folder, placed = token_in_scanned_folder
    result = run_cli("tokens", data_dir=tmp_path / "dữ liệu", env={**soft_token.env, token_scan.ENV_VAR: str(folder)})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    line = f"{soft_token.label} — Trần Thị Bình (Sở Nội vụ tỉnh Thái Bình) · libsofthsm2.so"
    assert lines[lines.index(line) + 1].strip() == str(placed)
    empty = tmp_path / "trống"
    empty.mkdir()
    result = run_cli("tokens", "--scan", data_dir=tmp_path / "dữ liệu", env={token_scan.ENV_VAR: str(empty)})
    assert "Không tìm thấy thiết bị ký số nào" in result.stdout
