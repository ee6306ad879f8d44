"""Windows behaviour, simulated at the boundary: drive types, PE headers, file names, retries,
certificate dates (kh57desk.platform_win)."""

from __future__ import annotations

import datetime as dt
import functools
import struct

import pytest

from kh57desk import platform_win as pw

# GetDriveTypeW answers for the drive letters of a typical agency PC
DRIVES = {"C:\\": 3, "D:\\": 5, "E:\\": 2, "Z:\\": 4, "R:\\": 6, "Q:\\": 1}


@pytest.mark.parametrize("path, kind", [
    (r"\\server\share\kh57", pw.NETWORK),
    ("//server/share/kh57", pw.NETWORK),
    (r"\\?\UNC\server\share\kh57", pw.NETWORK),
    (r"Z:\Phòng KH\dữ liệu", pw.NETWORK),          # mapped drive
    ("z:/Phòng KH", pw.NETWORK),
    (r"C:\Users\Nguyễn Văn A\AppData\Local\kh57desk", pw.FIXED),
    (r"\\?\C:\Users\Nguyễn Văn A", pw.FIXED),
    (r"E:\kh57desk-data", pw.REMOVABLE),          # USB stick
    (r"D:\\", pw.REMOVABLE),                      # CD/DVD
    (r"R:\ram", pw.FIXED),
    (r"Q:\gone", pw.UNKNOWN),                     # no such drive any more
    (r"relative\folder", pw.UNKNOWN),
])
def test_drive_kind_on_windows(path, kind):
    assert pw.drive_kind(path, windows=True, drive_type=lambda root: DRIVES[root]) == kind


def test_drive_kind_on_linux_reads_the_mount_table(tmp_path, monkeypatch):
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\nserver:/export /mnt/chung nfs4 rw 0 0\n"
                      "//nas/so /mnt/so\\040khcn cifs rw 0 0\n", encoding="utf-8")
    monkeypatch.setattr(pw, "_mount_file_system", functools.partial(pw._mount_file_system, mounts_file=str(mounts)))
    assert pw.drive_kind("/mnt/chung/kh57", windows=False) == pw.NETWORK
    assert pw.drive_kind("/mnt/so khcn/dữ liệu", windows=False) == pw.NETWORK
    assert pw.drive_kind("/mnt/chungkhac", windows=False) == pw.FIXED
    assert pw.drive_kind("/home/an", windows=False) == pw.FIXED


def test_network_refusal_says_why_and_what_to_do():
    sentence = pw.network_refusal(r"\\server\share")
    assert r"\\server\share" in sentence and "ổ mạng" in sentence and "cùng một máy" in sentence
    assert "Hãy chọn" in sentence


def _pe(machine: int, offset: int = 0x80) -> bytes:
    head = bytearray(512)
    head[:2] = b"MZ"
    struct.pack_into("<I", head, 0x3C, offset)
    head[offset:offset + 4] = b"PE\0\0"
    struct.pack_into("<H", head, offset + 4, machine)
    return bytes(head)


@pytest.mark.parametrize("head, bits", [
    (_pe(0x014C), 32), (_pe(0x8664), 64), (_pe(0xAA64), 64), (_pe(0x8664, offset=0xF8), 64),
    (b"\x7fELF" + bytes(60), None), (b"MZ" + bytes(10), None), (_pe(0x1234), None),
    (_pe(0x8664)[:0x84], None),  # cut short inside the header
])
def test_pe_bits(head, bits):
    assert pw.pe_bits(head) == bits


def test_bitness_of_sample_dlls_written_to_disk(tmp_path):
    dll32, dll64 = tmp_path / "vnpt-ca_csp11.dll", tmp_path / "viettel-ca_v6.dll"
    dll32.write_bytes(_pe(0x014C) + b"\0" * 4096)
    dll64.write_bytes(_pe(0x8664) + b"\0" * 4096)
    assert pw.file_pe_bits(dll32) == 32 and pw.file_pe_bits(dll64) == 64
    assert pw.file_pe_bits(tmp_path / "missing.dll") is None
    problem = pw.bitness_problem(dll32, 32, program=64)
    assert "vnpt-ca_csp11.dll" in problem and "32-bit" in problem and "64-bit" in problem
    assert pw.bitness_problem(dll64, 64, program=64) == "" and pw.bitness_problem(dll64, None) == ""


@pytest.mark.parametrize("text, expected", [
    ("OS exception while loading C:\\x\\a.dll: %1 is not a valid Win32 application.", "lỗi 193"),
    ("[WinError 193] ...", "lỗi 193"),
    ("OS exception while loading a.dll: The specified module could not be found.", "lỗi 126"),
    ("error 126", "lỗi 126"),
    ("Access is denied", "Access is denied"),
])
def test_windows_load_errors_become_sentences(text, expected):
    assert expected in pw.dll_load_problem(r"C:\Windows\System32\a.dll", text)


def test_module_paths_are_normalised(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert pw.normalised_module_path("lib/../lib/x.so") == str(tmp_path / "lib" / "x.so")


@pytest.mark.parametrize("name, expected", [
    ("CON", "_CON"), ("aux.txt", "_aux.txt"), ("com1.tar", "_com1.tar"), ("LPT9", "_LPT9"),
    ("CONSOLE.txt", "CONSOLE.txt"),
    ("a:b", "a_b"), ('báo "cáo"?.pdf', "báo _cáo__.pdf"), ("x/y\\z|w*.docx", "x_y_z_w_.docx"),
    ("biên bản...", "biên bản"), ("tệp. ", "tệp"), ("", "tep"), ("...", "tep"),
    ("Quyết định số 12.QĐ-UBND.pdf", "Quyết định số 12.QĐ-UBND.pdf"),
])
def test_safe_file_name(name, expected):
    assert pw.safe_file_name(name) == expected


def test_long_vietnamese_names_keep_the_start_and_the_extension():
    folder = r"C:\Users\Nguyễn Văn A\AppData\Local\Temp\kh57desk-xem-tep\0123456789abcdef"
    title = ("Báo cáo kết quả thực hiện Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới "
             "sáng tạo và chuyển đổi số quốc gia của Sở Khoa học và Công nghệ tỉnh Hưng Yên năm 2025 " * 3) + ".docx"
    name = pw.safe_file_name(title, folder)
    assert len(folder) + 1 + len(name) <= pw.MAX_PATH
    assert name.endswith("….docx") and name.startswith("Báo cáo kết quả thực hiện Nghị quyết số 57-NQ_TW")
    short = pw.safe_file_name("Biên bản họp.pdf", folder)
    assert short == "Biên bản họp.pdf"


def test_retry_after_two_permission_errors_then_success():
    calls, pauses = [], []

    def flaky():
        calls.append(1)
        if len(calls) <= 2:
            raise PermissionError(13, "The process cannot access the file")
        return "done"

    assert pw.retrying(flaky, sleep=pauses.append) == "done"
    assert len(calls) == 3 and pauses == [0.1, 0.1]


def test_retry_gives_up_after_ten_attempts_and_other_errors_pass_at_once():
    calls = []

    def locked():
        calls.append(1)
        raise PermissionError(13, "locked")

    with pytest.raises(PermissionError):
        pw.retrying(locked, sleep=lambda _s: None)
    assert len(calls) == 10

    def missing():
        calls.append(2)
        raise FileNotFoundError("x")

    with pytest.raises(FileNotFoundError):
        pw.retrying(missing, sleep=lambda _s: None)
    assert calls.count(2) == 1


def test_rename_held_by_a_scanner_twice_then_released(tmp_path, monkeypatch):
    source, target = tmp_path / "a.tmp", tmp_path / "a.kh57"
    source.write_bytes(b"x")
    real_replace, attempts = pw.os.replace, []

    def scanned(src, dst):
        attempts.append(1)
        if len(attempts) <= 2:
            raise PermissionError(13, "used by another process")
        real_replace(src, dst)

    monkeypatch.setattr(pw.os, "replace", scanned)
    monkeypatch.setattr(pw.time, "sleep", lambda _s: None)
    pw.replace(source, target)
    assert target.read_bytes() == b"x" and not source.exists() and len(attempts) == 3


def test_remove_quietly_never_raises(tmp_path, monkeypatch):
    folder = tmp_path / "goi"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "x").write_text("1")
    assert pw.remove_quietly(folder) and not folder.exists()
    assert pw.remove_quietly(tmp_path / "never-there")
    stuck = tmp_path / "stuck.tmp"
    stuck.write_text("1")
    monkeypatch.setattr(pw.time, "sleep", lambda _s: None)
    monkeypatch.setattr(pw.Path, "unlink", lambda self, missing_ok=False: (_ for _ in ()).throw(PermissionError()))
    assert pw.remove_quietly(stuck) is False


@pytest.mark.parametrize("moment, shown", [
    (dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.timezone.utc), "9999-12-31T23:59:59+00:00"),
    (dt.datetime(9999, 12, 31, 10, 0, tzinfo=dt.timezone.utc), "9999-12-31T17:00:00+07:00"),
    (dt.datetime(1950, 1, 1, tzinfo=dt.timezone.utc), "1950-01-01T07:00:00+07:00"),
    (dt.datetime(1950, 1, 1), "1950-01-01T07:00:00+07:00"),  # naive = UTC
    (dt.datetime(2025, 6, 5, 1, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))), "2025-06-05T13:30:00+07:00"),
])
def test_vietnam_time_of_certificate_dates(moment, shown):
    assert pw.vietnam_time(moment).isoformat() == shown


def test_certificates_valid_to_9999_and_from_1950_are_described_in_vietnam_time():
    from asn1crypto import x509 as asn1_x509

    import pki
    from kh57desk.signing import certificates

    ca = pki.make_ca()
    issued = pki.make_signer(ca, not_before=dt.datetime(1950, 1, 1, tzinfo=dt.timezone.utc),
                             not_after=dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.timezone.utc))
    cert = asn1_x509.Certificate.load(issued.der)
    info = certificates.describe(cert)
    assert info.validity_text == "từ 01/01/1950 đến 31/12/9999"
    assert certificates.check_for_signing(cert).ok
    old = pki.make_signer(ca, not_before=dt.datetime(1950, 1, 1, tzinfo=dt.timezone.utc),
                          not_after=dt.datetime(1969, 12, 31, 20, 0, tzinfo=dt.timezone.utc))
    check = certificates.check_for_signing(asn1_x509.Certificate.load(old.der))
    assert "đã hết hạn từ 01/01/1970 03:00" in check.errors[0]  # 20:00 UTC is 03:00 next day in Vietnam


def test_viewing_copy_of_an_attachment_with_a_long_vietnamese_name(tmp_path):
    import hashlib
    import types

    from kh57desk.services import attachments

    data = "Biên bản".encode()
    sha = hashlib.sha256(data).hexdigest()
    stored = attachments.stored_path(tmp_path / "attachments", sha)
    stored.parent.mkdir(parents=True)
    stored.write_bytes(data)
    title = ("Biên bản họp triển khai Kế hoạch thực hiện Nghị quyết số 57-NQ-TW về đột phá phát triển khoa học, "
             "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia của Sở Khoa học và Công nghệ tỉnh Hưng Yên "
             "ngày 05 tháng 6 năm 2025 có ý kiến của các sở, ban, ngành: CON.docx")
    view = types.SimpleNamespace(exists=True, file_name=title, sha256=sha, size=len(data), path=stored)
    temp = tmp_path / "Users" / "Nguyễn Văn A" / "AppData" / "Local" / "Temp"
    copy = attachments.viewing_copy(view, temp)
    assert copy.read_bytes() == data and len(str(copy)) <= pw.MAX_PATH
    assert copy.name.startswith("Biên bản họp triển khai") and copy.name.endswith("….docx")
    assert "/" not in copy.name and ":" not in copy.name
    assert attachments.viewing_copy(view, temp) == copy  # the second opening reuses the copy
