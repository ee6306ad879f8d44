"""Hostile report packages at the coordinator, one case each: every one refused with one
Vietnamese line, the database byte-identical (dump hash after a checkpoint) and nothing written
outside the data folder. The agency is bound first, and forged packages are re-signed with its own
key, so each case reaches the check it is aimed at."""

from __future__ import annotations

import json
import os
import re
import stat
import struct
import zipfile
from pathlib import Path

import pytest

from kh57desk.sync import package_import

from security.conftest import dump_hash, files_under, one_line, report_of, rewrite

MIB = 2**20


def entries_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist()}


def write_raw(path: Path, entries: list[tuple], compression=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


def with_extra(source: Path, target: Path, extra: list[tuple], compression=zipfile.ZIP_DEFLATED) -> Path:
    return write_raw(target, list(entries_of(source).items()) + extra, compression)


def lying_size(source: Path, target: Path) -> Path:
    """The data file's headers claim 10 bytes; the entry inflates to far more."""
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo("data/report.json")
        start_dir = archive.start_dir
    struct.pack_into("<I", data, info.header_offset + 22, 10)
    name = info.filename.encode()
    central = data.index(b"PK\x01\x02", start_dir)
    while bytes(data[central + 46:central + 46 + len(name)]) != name:
        central = data.index(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", data, central + 24, 10)
    target.write_bytes(bytes(data))
    return target


def non_utf8_name(path: Path) -> Path:
    """The entry 'tân.txt' (flagged UTF-8) renamed to bytes that are not UTF-8."""
    path.write_bytes(path.read_bytes().replace("tân".encode(), b"t\xff\xfe"))
    return path


def sequence_text(path: Path, text: bytes) -> Path:
    """The manifest's sequence written as ``text`` (a number JSON readers turn into a float)."""
    entries = entries_of(path)
    entries["manifest.json"] = re.sub(rb'"sequence": [0-9]+', b'"sequence": ' + text, entries["manifest.json"])
    return write_raw(path, list(entries.items()))


def symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def change_update(**values):
    return lambda data: data["updates"][-1].update(values)


CASES = {
    "zip_slip_parent": (lambda g, t, k: with_extra(g, t, [("../../evil.txt", b"x")]), "đường dẫn không an toàn"),
    "zip_slip_absolute": (lambda g, t, k: with_extra(g, t, [("/tmp/evil.txt", b"x")]), "đường dẫn không an toàn"),
    "zip_slip_backslash": (lambda g, t, k: with_extra(g, t, [("..\\..\\evil.txt", b"x")]), "đường dẫn không an toàn"),
    "zip_slip_drive": (lambda g, t, k: with_extra(g, t, [("C:/Windows/evil.txt", b"x")]), "đường dẫn không an toàn"),
    "bomb_big_entry": (lambda g, t, k: with_extra(g, t, [("bomb.bin", b"\0" * 60 * MIB)]), "nghi là bom nén"),
    "bomb_many_small": (lambda g, t, k: with_extra(g, t, [(f"b{i}.bin", b"\0" * MIB) for i in range(480)]),
                        "nghi là bom nén"),
    "bomb_lying_size": (lambda g, t, k: lying_size(g, t), "khai báo sai kích thước"),
    "over_budget": (lambda g, t, k: with_extra(g, t, [(f"r{i}.bin", os.urandom(MIB)) for i in range(66)],
                                               zipfile.ZIP_STORED), "vượt giới hạn"),
    "hash_mismatch": (lambda g, t, k: write_raw(t, [(n, d.replace(b"Vi\xe1\xbb\x87c", b"Viec") if n.startswith("data/")
                                                    else d) for n, d in entries_of(g).items()]), "sai mã băm"),
    "file_missing": (lambda g, t, k: write_raw(t, [(n, d) for n, d in entries_of(g).items()
                                                   if not n.startswith("data/")]), "thiếu tệp"),
    "file_extra": (lambda g, t, k: with_extra(g, t, [("them.txt", b"x")]), "không được kê khai"),
    "future_format": (lambda g, t, k: rewrite(g, t, manifest_change=lambda m: m.update(format_version=9,
                                                                                        min_app_version="9.0.0"),
                                              key_of=k), "mới hơn phiên bản kh57desk"),
    "truncated": (lambda g, t, k: t.write_bytes(g.read_bytes()[: len(g.read_bytes()) // 2]) and t,
                  "không phải gói dữ liệu kh57desk"),
    "not_a_zip": (lambda g, t, k: t.write_bytes(b"%PDF-1.7 not a package") and t, "không phải gói dữ liệu kh57desk"),
    "symlink_entry": (lambda g, t, k: with_extra(g, t, [(symlink_info("lien-ket"), b"/etc/passwd")]),
                      "liên kết hoặc thư mục"),
    "duplicate_names": (lambda g, t, k: with_extra(g, t, [("data/report.json", b"{}")]), "hai tệp cùng tên"),
    "non_utf8_name": (lambda g, t, k: non_utf8_name(with_extra(g, t, [("tân.txt", b"x")])),
                      "không phải gói dữ liệu kh57desk"),
    "nul_name": (lambda g, t, k: with_extra(g, t, [("a\x00b.txt", b"x")]), "không được kê khai"),
    "huge_json": (lambda g, t, k: rewrite(g, t, data_change=lambda d: d["updates"][-1].update(
        result=os.urandom(20 * MIB).hex()[:33 * MIB]), key_of=k), "quá lớn"),
    "deep_json": (lambda g, t, k: rewrite(g, t, data_change=lambda d: d.update(x=json.loads("[" * 60 + "]" * 60)),
                                          key_of=k), "lồng nhau quá sâu"),
    "completion_in_2099": (lambda g, t, k: rewrite(g, t, data_change=change_update(completed_on="2099-01-01"),
                                                   key_of=k), "sau ngày cập nhật"),
    "year_1999": (lambda g, t, k: rewrite(g, t, data_change=change_update(on="1999-12-31"), key_of=k),
                  "không đúng cấu trúc"),
    "february_30": (lambda g, t, k: rewrite(g, t, data_change=change_update(on="2025-02-30"), key_of=k),
                    "dữ liệu không hợp lệ"),
    "percent_150": (lambda g, t, k: rewrite(g, t, data_change=change_update(percent=150), key_of=k),
                    "không đúng cấu trúc"),
    "sequence_1e30_old_format": (lambda g, t, k: sequence_text(rewrite(g, t, manifest_change=lambda m: m.update(
        format_version=2)), b"1e30"), "Số thứ tự của gói (1e+30) không hợp lệ"),
    "created_in_future": (lambda g, t, k: rewrite(g, t, manifest_change=lambda m: m.update(
        created_at="2099-01-01T00:00:00+00:00"), key_of=k), "ở tương lai"),
    "missing_report_file": (lambda g, t, k: rewrite(g, t, data_change=lambda d: d["reports"].append(
        {"number": "1/BC", "issued_on": "2025-06-15", "version": 1, "signed": False,
         "files": [{"path": "reports/bc.pdf", "format": "pdf", "sha256": "0" * 64}]}), key_of=k),
        "thiếu tệp báo cáo"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_report_package_is_refused(coordinator, make_agency, tmp_path, case):
    agency = make_agency("Sở Y tế")
    [bound] = package_import.import_paths(coordinator, [report_of(agency, tmp_path / "that.kh57")],
                                          trust_new_sender=True)
    assert bound.ok
    genuine = report_of(agency, tmp_path / "goc.kh57")
    build, expected = CASES[case]
    hostile = build(genuine, tmp_path / f"{case}.kh57", agency.data_dir)
    before, outside = dump_hash(coordinator), files_under(tmp_path) - files_under(coordinator.data_dir)
    for dry_run in (True, False):
        [result] = package_import.import_paths(coordinator, [hostile], dry_run=dry_run)
        assert not result.ok, case
        one_line(result.message)
        assert expected in result.message, result.message
    assert dump_hash(coordinator) == before
    assert files_under(tmp_path) - files_under(coordinator.data_dir) == outside
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()


def test_the_same_package_twice_and_an_older_one(coordinator, make_agency, tmp_path):
    agency = make_agency("Sở Y tế")
    first, second = report_of(agency, tmp_path / "1.kh57"), report_of(agency, tmp_path / "2.kh57")
    assert package_import.import_paths(coordinator, [second], trust_new_sender=True)[0].ok
    before = dump_hash(coordinator)
    [again] = package_import.import_paths(coordinator, [second])
    assert again.ok and again.preview.already_imported and not again.preview.has_changes
    [older] = package_import.import_paths(coordinator, [first])
    assert not older.ok and "cũ hơn gói đã nhập" in older.message
    one_line(older.message)
    assert dump_hash(coordinator) == before
