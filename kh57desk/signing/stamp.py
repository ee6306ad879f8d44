"""The visible signature of Decree 30/2020 (Appendix I, section II): in the signer's block, the
signature image with the seal over its left third, and the signature information — signer,
agency, signing time in ISO 8601 — in Times New Roman 10 pt, black, with the font embedded.

``build_style`` returns a pyHanko stamp style sized for one signature box.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
from dataclasses import dataclass
from pathlib import Path

from pyhanko.pdf_utils import layout
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
from pyhanko.pdf_utils.images import PdfImage
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.stamp import TextStamp, TextStampStyle

from kh57desk.errors import InputError
from kh57desk.platform_win import vietnam_time

FONT_SIZE = 10          # pt, Decree 30
LEADING = 12            # pt between baselines
PADDING = 2             # pt inside the box
GAP = 4                 # pt between the images and the text
IMAGE_DPI = 300         # the composed picture of signature and seal
DEFAULT_SEAL_MM = 36.0  # a round seal's usual diameter (Decree 99/2016); Cài đặt can change it
SIGNATURE_HEIGHT_MM = 16.0
MM_PER_INCH = 25.4
PT_PER_MM = 72 / MM_PER_INCH
MAX_IMAGE_PIXELS = 40_000_000
SAMPLE_TIME = "2025-12-31T23:59:59+07:00"
TIME_GLYPHS = "0123456789-+:TZ "



@functools.lru_cache(maxsize=1)
def font_path() -> Path:
    """The regular face of the report font: Times New Roman where the computer has it, else the
    metric-compatible Liberation Serif shipped in ``resources/fonts`` (see ``reports.fonts``)."""
    from kh57desk.reports import fonts  # noqa: PLC0415

    times = fonts.find_times_new_roman()
    for candidate in ([times["regular"]] if times else []) + [fonts.shipped_files()["regular"]]:
        if Path(candidate).is_file():
            return Path(candidate)
    raise InputError("Không tìm thấy phông chữ Times New Roman hoặc Liberation Serif để ghi thông tin chữ ký; "
                     "hãy cài lại chương trình.")


@functools.lru_cache(maxsize=4)
def _metrics(path: str) -> tuple[dict[int, str], dict[str, tuple[int, int]], int]:
    from fontTools.ttLib import TTFont  # noqa: PLC0415 - only needed when stamping

    font = TTFont(path, lazy=True)
    return dict(font.getBestCmap()), dict(font["hmtx"].metrics), font["head"].unitsPerEm


@functools.lru_cache(maxsize=32)
def _embeddable_font(path: str, text: str) -> bytes:
    """The font cut down to the glyphs of ``text`` and rescaled to 1000 units per em.

    pyHanko writes glyph widths in font units as if every font had 1000 units per em; Times New
    Roman and Liberation Serif have 2048, which would double every advance. Subsetting first
    keeps the rescaling fast (tens of milliseconds)."""
    from fontTools import subset  # noqa: PLC0415
    from fontTools.ttLib import TTFont  # noqa: PLC0415
    from fontTools.ttLib.scaleUpem import scale_upem  # noqa: PLC0415

    font = TTFont(path)
    options = subset.Options()
    options.hinting = False
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.layout_features = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    if font["head"].unitsPerEm != 1000:
        scale_upem(font, 1000)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


@dataclass(frozen=True)
class EmbeddedFont(GlyphAccumulatorFactory):
    """A glyph accumulator fed from the subset, rescaled font bytes (see ``_embeddable_font``)."""

    glyph_text: str = ""

    def create_font_engine(self, writer, obj_stream=None):
        if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
            obj_stream = writer.prepare_object_stream()
        return GlyphAccumulator(writer=writer, font_handle=io.BytesIO(_embeddable_font(self.font_file, self.glyph_text)),
                                font_size=self.font_size, obj_stream=obj_stream)


def text_width(text: str, size: float = FONT_SIZE, path: Path | None = None) -> float:
    cmap, hmtx, upem = _metrics(str(path or font_path()))
    notdef = hmtx.get(".notdef", (upem // 2, 0))[0]
    return sum(hmtx.get(cmap.get(ord(ch), ".notdef"), (notdef, 0))[0] for ch in text) * size / upem


def wrap(text: str, width: float, size: float = FONT_SIZE) -> list[str]:
    """Greedy word wrap by real glyph widths; a word longer than the line stays whole."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and text_width(candidate, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def iso_time(moment: dt.datetime) -> str:
    """``2025-06-05T09:15:30+07:00``: ISO 8601 in Vietnam time, as Decree 30 asks."""
    return vietnam_time(moment).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class StampContent:
    signer: str
    agency: str = ""
    signature_image: Path | None = None
    seal_image: Path | None = None
    seal_size_mm: float = DEFAULT_SEAL_MM  # used when the seal image carries no believable DPI

    def lines(self, time_text: str) -> list[str]:
        lines = [f"Ký bởi: {self.signer}"]
        if self.agency:
            lines.append(f"Cơ quan: {self.agency}")
        lines.append(f"Thời gian ký: {time_text}")
        return lines


def open_image(path: Path, what: str):
    """A PNG/JPEG as an RGBA Pillow image (its DPI kept in ``info``), or a Vietnamese error."""
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with Image.open(path) as img:
            img.load()
            dpi = img.info.get("dpi")
            rgba = img.convert("RGBA")
            if dpi:
                rgba.info["dpi"] = dpi
            return rgba
    except FileNotFoundError:
        raise InputError(f"Không tìm thấy tệp ảnh {what} '{path}'.") from None
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError):
        raise InputError(f"Tệp '{Path(path).name}' không phải ảnh {what} hợp lệ (cần PNG hoặc JPEG).") from None


SEAL_SIZE_RANGE_MM = (20.0, 60.0)


def seal_size(value) -> float:
    """The seal's printed diameter in mm as the user types it (``36`` or ``36,5``), 20 to 60."""
    try:
        size = float(str(value).strip().replace(",", "."))
    except ValueError:
        size = 0.0
    low, high = SEAL_SIZE_RANGE_MM
    if not low <= size <= high:
        raise InputError(f"Kích thước con dấu phải là số milimét từ {low:g} đến {high:g} (ví dụ 36).")
    return size


def printed_width_mm(img, plausible: tuple[float, float]) -> float | None:
    """The width the image was scanned or drawn at, from its DPI, when that is believable."""
    dpi = img.info.get("dpi")
    try:
        horizontal = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        return None
    if horizontal < 30:  # absent, or the 1 or 72 dpi many programs write by default
        return None
    width = img.width / horizontal * MM_PER_INCH
    return width if plausible[0] <= width <= plausible[1] else None


@dataclass(frozen=True)
class Placed:
    """An image and its printed size in points."""

    image: object
    width: float
    height: float


def sized_images(content: StampContent) -> tuple[Placed | None, Placed | None]:
    """The signature and the seal at their real sizes: the seal as wide as its DPI says (20–60 mm)
    or else ``content.seal_size_mm``; the signature from its DPI (15–90 mm wide) or else half
    as tall as the seal (``SIGNATURE_HEIGHT_MM`` without a seal). Proportions kept."""
    sig = open_image(content.signature_image, "chữ ký") if content.signature_image else None
    seal = open_image(content.seal_image, "con dấu") if content.seal_image else None
    placed_seal = placed_sig = None
    if seal is not None:
        width = (printed_width_mm(seal, (20, 60)) or content.seal_size_mm) * PT_PER_MM
        placed_seal = Placed(seal, width, width * seal.height / seal.width)
    if sig is not None:
        width_mm = printed_width_mm(sig, (15, 90))
        if width_mm:
            width = width_mm * PT_PER_MM
            height = width * sig.height / sig.width
        else:
            height = (placed_seal.height / 2 if placed_seal else SIGNATURE_HEIGHT_MM * PT_PER_MM)
            width = height * sig.width / sig.height
        placed_sig = Placed(sig, width, height)
    return placed_sig, placed_seal


@dataclass(frozen=True)
class StampLayout:
    """Where things go in a box ``width`` wide: the images on top (the seal over the left third
    of the signature, both centred), the information text under them, 10 pt, never shrunk."""

    width: float
    lines: tuple[str, ...]
    signature: Placed | None
    seal: Placed | None
    scale: float = 1.0  # < 1 only when a fixed box cannot hold the images at their real size

    @property
    def images_width(self) -> float:
        sig, seal = self.signature, self.seal
        if sig and seal:
            return (seal.width + sig.width * 2 / 3) * self.scale
        return ((sig or seal).width if (sig or seal) else 0.0) * self.scale

    @property
    def images_height(self) -> float:
        return max((p.height for p in (self.signature, self.seal) if p), default=0.0) * self.scale

    @property
    def text_height(self) -> float:
        return len(self.lines) * LEADING

    @property
    def height(self) -> float:
        gap = GAP if self.images_height else 0.0
        return 2 * PADDING + self.images_height + gap + self.text_height

    def fitted(self, height: float) -> "StampLayout":
        """The same layout in a box ``height`` tall: images scaled down only if they must be."""
        room = height - 2 * PADDING - self.text_height - (GAP if self.images_height else 0.0)
        if not self.images_height or self.images_height <= room + 0.01:  # rounding of the box's points
            return self
        scale = max(room, 0.0) / (self.images_height / self.scale)
        return StampLayout(self.width, self.lines, self.signature, self.seal, max(scale, 0.05))


def plan_layout(content: StampContent, width: float) -> StampLayout:
    sig, seal = sized_images(content)
    lines = tuple(wrapped for line in content.lines(SAMPLE_TIME) for wrapped in wrap(line, width - 2 * PADDING))
    layout_ = StampLayout(width, lines, sig, seal)
    if layout_.images_width > width - 2 * PADDING:
        layout_ = StampLayout(width, lines, sig, seal, (width - 2 * PADDING) / (layout_.images_width or 1))
    return layout_


def required_height(content: StampContent, width: float) -> float:
    """How tall a box ``width`` wide must be for the stamp at full size."""
    return plan_layout(content, width).height


def compose(layout_: StampLayout, height: float):
    """A transparent picture of the whole box with the images in place (``IMAGE_DPI``)."""
    from PIL import Image  # noqa: PLC0415

    px = IMAGE_DPI / 72
    canvas = Image.new("RGBA", (max(1, round(layout_.width * px)), max(1, round(height * px))), (255, 255, 255, 0))
    left = (layout_.width - layout_.images_width) / 2
    top = PADDING
    scale = layout_.scale

    def paste(item: Placed, x: float) -> None:
        size = (max(1, round(item.width * scale * px)), max(1, round(item.height * scale * px)))
        y = top + (layout_.images_height - item.height * scale) / 2
        canvas.alpha_composite(item.image.resize(size), (round(x * px), round(y * px)))

    if layout_.signature is not None:
        offset = layout_.seal.width * scale - layout_.signature.width * scale / 3 if layout_.seal else 0.0
        paste(layout_.signature, left + offset)
    if layout_.seal is not None:
        paste(layout_.seal, left)  # over the signature's left third (Decree 30, Art. 33)
    return canvas


def build_style(content: StampContent, width: float, height: float):
    """A pyHanko stamp style for a box of ``width`` × ``height`` points."""
    layout_ = plan_layout(content, width).fitted(height)
    background = PdfImage(compose(layout_, height)) if layout_.images_height else None
    text_top = PADDING + (layout_.images_height + GAP if layout_.images_height else 0.0)
    template = "\n".join(line.replace("%", "%%") for line in layout_.lines).replace(SAMPLE_TIME, "%(ts)s")
    glyphs = "".join(sorted(set("".join(layout_.lines) + TIME_GLYPHS)))
    return Decree30StampStyle(
        border_width=0, stamp_text=template, timestamp_format="%Y-%m-%dT%H:%M:%S%z",
        text_box_style=TextBoxStyle(font=EmbeddedFont(str(font_path()), font_size=FONT_SIZE, glyph_text=glyphs),
                                    font_size=FONT_SIZE, leading=LEADING, text_color=(0, 0, 0), border_width=0,
                                    box_layout_rule=layout.SimpleBoxLayoutRule(  # no margins of its own
                                        x_align=layout.AxisAlignment.ALIGN_MIN,
                                        y_align=layout.AxisAlignment.ALIGN_MAX, margins=layout.Margins(0, 0, 0, 0),
                                        inner_content_scaling=layout.InnerScaling.NO_SCALING)),
        inner_content_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID, y_align=layout.AxisAlignment.ALIGN_MAX,
            margins=layout.Margins(left=PADDING, right=PADDING, top=text_top, bottom=PADDING),
            inner_content_scaling=layout.InnerScaling.NO_SCALING),
        background=background, background_opacity=1.0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID, y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins(0, 0, 0, 0), inner_content_scaling=layout.InnerScaling.STRETCH_FILL))


_OFFSET = re.compile(r"([+-]\d{2})(\d{2})$")


def _iso_offset(text: str) -> str:
    """pyHanko formats the time in the computer's zone with ``%z`` (``+0000`` on a UTC machine);
    the stamp shows it in Vietnam time, ISO 8601 extended form: ``…+07:00``."""
    try:
        return iso_time(dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S%z"))
    except ValueError:
        return _OFFSET.sub(r"\1:\2", text)


class Decree30StampStyle(TextStampStyle):
    """A text stamp whose time reads ``2025-06-05T09:15:30+07:00``."""

    def create_stamp(self, writer, box, text_params):
        params = dict(text_params or {})
        if "ts" in params:
            params["ts"] = _iso_offset(params["ts"])
        return TextStamp(writer=writer, style=self, box=box, text_params=params)
