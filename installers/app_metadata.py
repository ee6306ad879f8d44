"""What the installers say about the program: name, version, publisher, file names.

The version is read from ``kh57desk/__init__.py`` (``__version__``), the one place it is
written; the PyInstaller spec, the build scripts and (through the executables' version
resource) the Inno Setup script all take it from here.

    python installers/app_metadata.py version          # 0.1.0
    python installers/app_metadata.py artifact linux   # kh57desk-0.1.0-linux-x86_64
"""

from __future__ import annotations

import ast
import platform
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_INIT = ROOT / "kh57desk" / "__init__.py"

PRODUCT = "kh57desk"
PUBLISHER = "Dự án kh57desk"  # the department that distributes the program may put its own name here
COPYRIGHT = "© 2025 Dự án kh57desk. Giấy phép MIT."
DESCRIPTION = "Theo dõi, nhập tiến độ và báo cáo thực hiện Nghị quyết 57-NQ/TW"
VIETNAMESE_LANGID = 0x042A  # the language of the version resource's strings
UNICODE_CODEPAGE = 1200


@dataclass(frozen=True)
class Executable:
    name: str         # file name without .exe
    entry: str        # script in installers/ that starts it
    console: bool
    description: str  # FileDescription: what Task Manager and Explorer show


WINDOW = Executable("kh57desk", "entry_window.py", False, f"{PRODUCT} — {DESCRIPTION}")
CONSOLE = Executable("kh57", "entry_cli.py", True, f"kh57 — dòng lệnh của {PRODUCT}")
EXECUTABLES = (WINDOW, CONSOLE)


def read_version(init_file: Path = PACKAGE_INIT) -> str:
    """``__version__`` of the package, read without importing it."""
    tree = ast.parse(init_file.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__version__" for t in node.targets):
            value = node.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str) and value.value.strip():
                return value.value.strip()
    raise SystemExit(f"Không tìm thấy __version__ trong {init_file}.")


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows keeps for a file version: ``0.1.0`` → (0, 1, 0, 0),
    ``1.2rc1`` → (1, 2, 0, 0)."""
    match = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", version)
    if not match:
        raise SystemExit(f"Số phiên bản '{version}' không bắt đầu bằng số.")
    numbers = tuple(int(part or 0) for part in match.groups())
    if any(n > 0xFFFF for n in numbers):
        raise SystemExit(f"Số phiên bản '{version}' có phần lớn hơn 65535 (Windows không ghi được).")
    return numbers  # type: ignore[return-value]


def machine() -> str:
    arch = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "arm64": "aarch64"}.get(arch, arch or "unknown")


def artifact_name(kind: str, version: str | None = None) -> str:
    """Base name (no extension) of a built file: ``linux`` tarball, ``portable`` zip, ``setup`` exe."""
    version = version or read_version()
    names = {
        "linux": f"{PRODUCT}-{version}-linux-{machine()}",
        "portable": f"{PRODUCT}-{version}-windows-di-dong",
        "setup": f"{PRODUCT}-{version}-windows-cai-dat",
    }
    if kind not in names:
        raise SystemExit(f"Không biết loại gói '{kind}' (linux, portable, setup).")
    return names[kind]


def version_resource_text(exe: Executable, version: str | None = None) -> str:
    """A Windows version resource in PyInstaller's version-file syntax (``EXE(version=…)``)."""
    version = version or read_version()
    numbers = version_tuple(version)
    table = f"{VIETNAMESE_LANGID:04X}{UNICODE_CODEPAGE:04X}"
    strings = [
        ("CompanyName", PUBLISHER),
        ("FileDescription", exe.description),
        ("FileVersion", version),
        ("InternalName", exe.name),
        ("LegalCopyright", COPYRIGHT),
        ("OriginalFilename", f"{exe.name}.exe"),
        ("ProductName", PRODUCT),
        ("ProductVersion", version),
    ]
    rows = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings)
    return (
        "VSVersionInfo(\n"
        "  ffi=FixedFileInfo(\n"
        f"    filevers={numbers!r},\n"
        f"    prodvers={numbers!r},\n"
        "    mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([\n"
        f"      StringTable({table!r}, [\n{rows}])]),\n"
        f"    VarFileInfo([VarStruct('Translation', [{VIETNAMESE_LANGID:#06x}, {UNICODE_CODEPAGE}])])])\n"
    )


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["version"]:
        print(read_version())
    elif len(args) == 2 and args[0] == "artifact":
        print(artifact_name(args[1]))
    else:
        print("Cách dùng: app_metadata.py version | artifact linux|portable|setup", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
