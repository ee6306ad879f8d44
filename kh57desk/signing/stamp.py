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

FONT_SIZE = 10          # pt, Decree 30
LEADING = 12            # pt between baselines
PADDING = 2             # pt inside the box
GAP = 6                 # pt between the images and the text
IMAGE_HEIGHT_PX = 360   # composed image height; plenty for a ~25 mm stamp at print resolution
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
    """``2025-06-05T09:15:30+07:00``: ISO 8601 with the offset, as Decree 30 asks."""
    return moment.replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class StampContent:
    signer: str
    agency: str = ""
    signature_image: Path | None = None
    seal_image: Path | None = None

    def lines(self, time_text: str) -> list[str]:
        lines = [f"Ký bởi: {self.signer}"]
        if self.agency:
            lines.append(f"Cơ quan: {self.agency}")
        lines.append(f"Thời gian ký: {time_text}")
        return lines


def open_image(path: Path, what: str):
    """A PNG/JPEG as an RGBA Pillow image, or a Vietnamese error."""
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with Image.open(path) as img:
            img.load()
            return img.convert("RGBA")
    except FileNotFoundError:
        raise InputError(f"Không tìm thấy tệp ảnh {what} '{path}'.") from None
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError):
        raise InputError(f"Tệp '{Path(path).name}' không phải ảnh {what} hợp lệ (cần PNG hoặc JPEG).") from None


def compose_images(signature, seal):
    """Signature image with the seal over its left third (Decree 30, Art. 33 / Appendix I)."""
    from PIL import Image  # noqa: PLC0415

    def scaled(img):
        return img.resize((max(1, round(img.width * IMAGE_HEIGHT_PX / img.height)), IMAGE_HEIGHT_PX))

    if signature is None or seal is None:
        return scaled(signature or seal)
    sig, stamp = scaled(signature), scaled(seal)
    sig_left = max(0, stamp.width - sig.width // 3)
    canvas = Image.new("RGBA", (max(stamp.width, sig_left + sig.width), IMAGE_HEIGHT_PX), (255, 255, 255, 0))
    canvas.alpha_composite(sig, (sig_left, 0))
    canvas.alpha_composite(stamp, (0, 0))
    return canvas


def build_style(content: StampContent, width: float, height: float):
    """A pyHanko stamp style for a box of ``width`` × ``height`` points."""
    sig_img = open_image(content.signature_image, "chữ ký") if content.signature_image else None
    seal_img = open_image(content.seal_image, "con dấu") if content.seal_image else None
    background, image_width = None, 0.0
    if sig_img is not None or seal_img is not None:
        picture = compose_images(sig_img, seal_img)
        image_height = height - 2 * PADDING
        image_width = min(picture.width * image_height / picture.height, width * 0.45)
        background = PdfImage(picture.convert("RGBA"))
    text_left = PADDING + (image_width + GAP if background is not None else 0)
    text_width = max(width - text_left - PADDING, 40)
    lines = [wrapped for line in content.lines(SAMPLE_TIME) for wrapped in wrap(line, text_width)]
    template = "\n".join(line.replace("%", "%%") for line in lines).replace(SAMPLE_TIME, "%(ts)s")
    margins = layout.Margins(left=text_left, right=PADDING, top=PADDING, bottom=PADDING)
    style = Decree30StampStyle(
        border_width=0, stamp_text=template, timestamp_format="%Y-%m-%dT%H:%M:%S%z",
        text_box_style=TextBoxStyle(font=EmbeddedFont(str(font_path()), font_size=FONT_SIZE,
                                                      glyph_text="".join(sorted(set("".join(lines) + TIME_GLYPHS)))),
                                    font_size=FONT_SIZE, leading=LEADING, text_color=(0, 0, 0), border_width=0),
        inner_content_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN, y_align=layout.AxisAlignment.ALIGN_MID, margins=margins,
            inner_content_scaling=layout.InnerScaling.SHRINK_TO_FIT),
        background=background, background_opacity=1.0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN, y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins(left=PADDING, right=max(width - PADDING - image_width, PADDING),
                                   top=PADDING, bottom=PADDING)))
    return style


_OFFSET = re.compile(r"([+-]\d{2})(\d{2})$")


def _iso_offset(text: str) -> str:
    """pyHanko formats the time with ``%z`` (+0700); ISO 8601 extended form wants +07:00."""
    return _OFFSET.sub(r"\1:\2", text)


class Decree30StampStyle(TextStampStyle):
    """A text stamp whose time reads ``2025-06-05T09:15:30+07:00``."""

    def create_stamp(self, writer, box, text_params):
        params = dict(text_params or {})
        if "ts" in params:
            params["ts"] = _iso_offset(params["ts"])
        return TextStamp(writer=writer, style=self, box=box, text_params=params)
