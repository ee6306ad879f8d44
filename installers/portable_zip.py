"""Write the portable zip of the Windows bundle (build.ps1 calls it).

Python's zipfile writes entry names with forward slashes on every system, where some .NET
and PowerShell versions (``ZipFile.CreateFromDirectory``, ``Compress-Archive``) wrote
backslashes that other unzippers turn into file names such as ``kh57desk\\_internal\\x.dll``.
Every name is checked after writing; the portable marker goes in beside the programs.

    python installers/portable_zip.py BUNDLE_DIR OUT.zip
"""

from __future__ import annotations

import os
import sys
import zipfile
from pathlib import Path, PurePosixPath

PORTABLE_MARKER = "kh57desk.portable"  # kh57desk.paths.PORTABLE_MARKER (installers/ does not import the package)
MARKER_TEXT = ("Tệp này bật chế độ di động của kh57desk: dữ liệu nằm trong thư mục kh57desk-data ngay bên cạnh. "
               "Xóa tệp này thì chương trình dùng thư mục dữ liệu của người dùng (%LOCALAPPDATA%\\kh57desk).\r\n")
TOP = "kh57desk"


def bad_entry_names(names: list[str]) -> list[str]:
    """Names a zip must not hold: backslashes, absolute paths, drive letters, ``..``."""
    return [name for name in names
            if not name or "\\" in name or name.startswith("/") or ":" in name
            or ".." in PurePosixPath(name).parts]


def write_portable_zip(bundle: Path, target: Path) -> list[str]:
    """Zip ``bundle`` as ``kh57desk/…`` plus the portable marker; return the entry names."""
    bundle, target = Path(bundle), Path(target)
    if not (bundle / "kh57desk.exe").is_file() and not (bundle / "kh57desk").is_file():
        raise SystemExit(f"Không thấy chương trình đã dựng trong '{bundle}'.")
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for folder, dirs, files in os.walk(bundle):
            dirs.sort()
            for name in sorted(files):
                path = Path(folder) / name
                archive.write(path, PurePosixPath(TOP, *path.relative_to(bundle).parts).as_posix())
        archive.writestr(f"{TOP}/{PORTABLE_MARKER}", MARKER_TEXT.encode("utf-8"))
    with zipfile.ZipFile(partial) as archive:
        names = archive.namelist()
        broken = archive.testzip()
    bad = bad_entry_names(names)
    if bad or broken:
        partial.unlink()
        raise SystemExit(f"Tệp zip có tên mục không hợp lệ hoặc hỏng: {(bad or [broken])[:3]}")
    os.replace(partial, target)
    return names


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    names = write_portable_zip(Path(argv[0]), Path(argv[1]))
    print(f"{argv[1]}: {len(names)} tệp")
    return 0


if __name__ == "__main__":
    sys.exit(main())
