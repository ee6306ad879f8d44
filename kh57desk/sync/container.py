"""The ``.kh57`` file: a zip read defensively and written atomically.

Reading checks, before anything is trusted: entry count, total uncompressed size,
compression ratio (zip bombs), entry names (no absolute paths, ``..``, drive letters or
backslashes: zip-slip), no links, no duplicates, every entry listed in the manifest with
the right size and SHA-256, and nothing unlisted.
"""

from __future__ import annotations

import hashlib
import contextlib
import contextvars
import json
import os
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from kh57desk import platform_win
from kh57desk.errors import InputError

EXTENSION = ".kh57"
MANIFEST = "manifest.json"
MANIFEST_SIGNATURE = "manifest.p7s"  # a person's CMS signature (CA certificate), optional
ORIGIN_SIGNATURE = "manifest.sig"  # the producing database's Ed25519 signature (format version 3)


@dataclass(frozen=True)
class Limits:
    # sized to real packages: 300 tasks with a year of updates is ~1 MiB of JSON; attachments and the
    # signed report files bring a large one to a few tens of MiB
    max_file_bytes: int = 80 * 2**20            # the .kh57 file itself
    max_entries: int = 5_000
    max_total_bytes: int = 64 * 2**20           # all entries uncompressed
    max_entry_bytes: int = 64 * 2**20
    max_ratio: int = 100                        # uncompressed / compressed, for every entry whatever its size
    max_json_bytes: int = 32 * 2**20
    max_json_depth: int = 40


DEFAULT_LIMITS = Limits()


class PackageError(InputError):
    """A package refused before it touched the database."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_name(name: str) -> None:
    path = PurePosixPath(name)
    bad = (not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name or
           any(part in ("..", "") for part in path.parts) or name != str(path))
    if bad:
        raise PackageError(f"Gói chứa đường dẫn không an toàn '{name}'; không nhập.")


@dataclass
class PackageContents:
    """The verified entries of a package, in memory."""

    path: Path
    manifest_bytes: bytes
    manifest: dict
    signature: bytes | None
    entries: dict[str, bytes] = field(default_factory=dict)
    origin_signature: bytes | None = None

    def json(self, name: str, limits: Limits = DEFAULT_LIMITS) -> dict:
        return load_json(self.entries[name], name, limits)


def load_json(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> dict:
    if len(data) > limits.max_json_bytes:
        raise PackageError(f"Tệp {name} trong gói quá lớn.")
    depth = max_depth = 0
    in_string = escaped = False
    for byte in data:  # bracket depth before parsing: a deeply nested file is refused cheaply
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            max_depth = max(max_depth, depth)
            if max_depth > limits.max_json_depth:
                raise PackageError(f"Tệp {name} trong gói lồng nhau quá sâu; không nhập.")
        elif byte in (0x5D, 0x7D):
            depth -= 1
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise PackageError(f"Tệp {name} trong gói không phải JSON hợp lệ.") from None
    if not isinstance(value, dict):
        raise PackageError(f"Tệp {name} trong gói không đúng cấu trúc.")
    return value


def read_package(path: Path, limits: Limits = DEFAULT_LIMITS) -> PackageContents:
    """Open and verify a package file; raise ``PackageError`` with the reason in Vietnamese."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise PackageError(f"Không mở được tệp '{path.name}'.") from None
    if size > limits.max_file_bytes:
        raise PackageError(f"Tệp '{path.name}' quá lớn ({size // 2**20} MB) để là một gói kh57desk.")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):  # ValueError: a name that is not valid UTF-8
        raise PackageError(f"Tệp '{path.name}' không phải gói dữ liệu kh57desk (tệp hỏng hoặc sai định dạng).") \
            from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_entries:
            raise PackageError(f"Gói có quá nhiều tệp ({len(infos)}); không nhập.")
        seen: set[str] = set()
        total = 0
        for info in infos:
            _check_name(info.filename)
            if info.filename in seen:
                raise PackageError(f"Gói có hai tệp cùng tên '{info.filename}'; không nhập.")
            seen.add(info.filename)
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode) or info.is_dir():
                raise PackageError(f"Gói chứa liên kết hoặc thư mục '{info.filename}'; không nhập.")
            if info.flag_bits & 0x1:
                raise PackageError("Gói bị mã hóa bằng mật khẩu; kh57desk không dùng loại gói này.")
            if info.file_size > limits.max_entry_bytes:
                raise PackageError(f"Tệp '{info.filename}' trong gói quá lớn; không nhập.")
            if info.file_size > limits.max_ratio * max(info.compress_size, 1):
                raise PackageError(f"Tệp '{info.filename}' nén bất thường (nghi là bom nén); không nhập.")
            total += info.file_size
            if total > limits.max_total_bytes:
                raise PackageError("Tổng dung lượng giải nén của gói vượt giới hạn; không nhập.")
        if MANIFEST not in seen:
            raise PackageError(f"Tệp '{path.name}' không có {MANIFEST}: không phải gói dữ liệu kh57desk.")
        entries: dict[str, bytes] = {}
        for info in infos:
            entries[info.filename] = _read_bounded(archive, info, limits)
    manifest_bytes = entries.pop(MANIFEST)
    signature = entries.pop(MANIFEST_SIGNATURE, None)
    origin_signature = entries.pop(ORIGIN_SIGNATURE, None)
    manifest = load_json(manifest_bytes, MANIFEST, limits)
    return PackageContents(path, manifest_bytes, manifest, signature, entries, origin_signature)


def _read_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> bytes:
    """Read an entry, stopping as soon as it exceeds what its header declared (lying headers)."""
    chunks, count = [], 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(1 << 20):
                count += len(chunk)
                if count > info.file_size or count > limits.max_entry_bytes:
                    raise PackageError(f"Tệp '{info.filename}' trong gói lớn hơn khai báo; không nhập.")
                chunks.append(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):  # CRC, truncated stream, lying header
        raise PackageError(f"Tệp '{info.filename}' trong gói bị hỏng hoặc khai báo sai kích thước; không nhập.") \
            from None
    return b"".join(chunks)


def check_files(contents: PackageContents) -> None:
    """Every file the manifest lists is there with its size and hash; nothing else is."""
    listed = contents.manifest.get("files") or []
    names = set()
    for item in listed:
        name = item["path"]
        names.add(name)
        data = contents.entries.get(name)
        if data is None:
            raise PackageError(f"Gói thiếu tệp '{name}' mà bản kê khai liệt kê; không nhập.")
        if len(data) != item["size"] or sha256(data) != item["sha256"]:
            raise PackageError(f"Tệp '{name}' trong gói đã bị thay đổi (sai mã băm SHA-256); không nhập.")
    extra = sorted(set(contents.entries) - names)
    if extra:
        raise PackageError(f"Gói có tệp không được kê khai '{extra[0]}'; không nhập.")


_written: contextvars.ContextVar[list[Path] | None] = contextvars.ContextVar("kh57desk_written_packages", default=None)


@contextlib.contextmanager
def removed_on_failure():
    """Packages written inside the block are deleted again when the block fails: a package
    carries a sequence number from the database, so it must not outlive the transaction that gave
    it (a full disk at commit, a failure on the fifth of twenty agencies…)."""
    written: list[Path] = []
    token = _written.set(written)
    try:
        yield written
    except BaseException:
        for path in written:
            platform_win.remove_quietly(path)
        raise
    finally:
        _written.reset(token)


def write_package(target: Path, manifest: dict, files: dict[str, bytes], signature: bytes | None = None,
                  origin_signature: bytes | None = None) -> Path:
    """Write the zip next to ``target`` and move it into place: a reader never sees half a file,
    and an existing file is never overwritten (the caller picks a free name). ``origin_signature``
    is the database key's signature over the manifest's bytes; ``signature`` a person's CMS one."""
    target = Path(target)
    if target.exists():
        raise InputError(f"Tệp '{target}' đã có; không ghi đè.")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".kh57-", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, manifest_bytes(manifest))
            if signature is not None:
                archive.writestr(MANIFEST_SIGNATURE, signature)
            if origin_signature is not None:
                archive.writestr(ORIGIN_SIGNATURE, origin_signature)
            for name in sorted(files):
                _check_name(name)
                archive.writestr(name, files[name])
        _move_without_overwrite(tmp, target)
        tracker = _written.get()
        if tracker is not None:
            tracker.append(target)
    except FileExistsError:
        raise InputError(f"Tệp '{target}' đã có; không ghi đè.") from None
    finally:
        platform_win.remove_quietly(tmp)  # never raises: the package may already be in place
    return target


def _move_without_overwrite(tmp: Path, target: Path) -> None:
    try:
        os.link(tmp, target)  # atomic, and fails if the target appeared meanwhile
    except FileExistsError:
        raise
    except OSError:  # FAT32 USB sticks have no hard links
        if target.exists():
            raise FileExistsError(target) from None
        platform_win.replace(tmp, target)  # retried while a scanner holds the new file


def manifest_bytes(manifest: dict) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def free_name(folder: Path, stem: str) -> Path:
    """``stem.kh57`` in ``folder``, or ``stem (2).kh57``… when taken."""
    candidate = folder / f"{stem}{EXTENSION}"
    counter = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({counter}){EXTENSION}"
        counter += 1
    return candidate
