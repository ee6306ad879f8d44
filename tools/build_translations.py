"""Update the English translation source from the window's code and compile every ``.ts`` in
``resources/translations`` to ``.qm``.

    python tools/build_translations.py            # lupdate + lrelease
    python tools/build_translations.py --release  # lrelease only (what a package build needs)

The Vietnamese strings in the code are the source text; ``kh57desk_en.ts`` holds their English
translations (edit it with ``pyside6-linguist`` or any text editor); ``qtbase_vi.ts`` gives Qt's
own words (OK, Cancel, Copy, Paste…) in Vietnamese.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ROOT / "kh57desk" / "ui"
ENGLISH = TRANSLATIONS / "kh57desk_en.ts"


def tool(name: str) -> str:
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe", here / "Scripts" / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"Không tìm thấy công cụ {name} của PySide6.")
    return found


def update() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    subprocess.run([tool("lupdate"), "-no-obsolete", "-source-language", "vi_VN", "-target-language", "en_GB",
                    *files, "-ts", str(ENGLISH.relative_to(ROOT))], cwd=ROOT, check=True)


def release() -> list[Path]:
    built = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
        print(qm.relative_to(ROOT))
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Cập nhật và biên dịch bản dịch giao diện.")
    parser.add_argument("--release", action="store_true", help="chỉ biên dịch .ts thành .qm")
    args = parser.parse_args(argv)
    if not args.release:
        update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
