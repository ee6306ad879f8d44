"""Windows icon ``resources/icons/kh57desk.ico`` from the PNG sizes rendered from the SVG
(``tools/build_icons.py``): every size Windows asks for (16 px in lists and the title bar,
24/32 px in the taskbar and Start menu, 48 px on the desktop, up to 256 px in Explorer's
large views), each the image drawn for that size rather than a scaled-down 256 px one.
Sizes below 128 px are stored as 32-bit bitmaps (what every Windows component reads),
128 and 256 px as PNG (as Windows itself stores them).

    python installers/make_ico.py
"""

from __future__ import annotations

import io
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_FROM = 128  # this size and larger are stored as PNG


def _rgba(png: Path, size: int):
    from PIL import Image

    with Image.open(png) as image:
        image.load()
        if image.size != (size, size):
            raise SystemExit(f"{png} có cỡ {image.size[0]}×{image.size[1]}, cần {size}×{size}.")
        return image.convert("RGBA")


def _bitmap(image) -> bytes:
    """A 32-bit BGRA DIB as stored in an ICO: header with double height, rows bottom-up,
    then the 1-bit AND mask (all zero: the alpha channel decides)."""
    size = image.size[0]
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    red, green, blue, alpha = image.split()
    from PIL import Image

    bgra = Image.merge("RGBA", (blue, green, red, alpha)).transpose(Image.Transpose.FLIP_TOP_BOTTOM).tobytes()
    mask_row = ((size + 31) // 32) * 4
    return header + bgra + bytes(mask_row * size)


def _png(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def ico_bytes(pngs: dict[int, Path]) -> bytes:
    """An ICO file holding one image per size of ``pngs`` ({size: png file})."""
    images = []
    for size in sorted(pngs):
        image = _rgba(pngs[size], size)
        images.append((size, _png(image) if size >= PNG_FROM else _bitmap(image)))
    offset = 6 + 16 * len(images)
    directory, payload = b"", b""
    for size, data in images:
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return struct.pack("<HHH", 0, 1, len(images)) + directory + payload


def main() -> int:
    pngs = {size: ICONS / f"kh57desk-{size}.png" for size in SIZES}
    missing = [str(p) for p in pngs.values() if not p.is_file()]
    if missing:
        print("Thiếu ảnh biểu tượng (chạy tools/build_icons.py trước): " + ", ".join(missing), file=sys.stderr)
        return 2
    target = ICONS / "kh57desk.ico"
    target.write_bytes(ico_bytes(pngs))
    print(f"{target.relative_to(ROOT)}: {', '.join(f'{s}×{s}' for s in SIZES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
