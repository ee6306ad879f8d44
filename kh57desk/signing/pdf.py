"""PAdES signatures on PDF files with pyHanko: an incremental update that adds a visible signature
field in the signer's block. The signed file is always a new file; the source is never touched."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import SigSeedSubFilter

from kh57desk.domain.text import nfc
from kh57desk.errors import InputError
from kh57desk.platform_win import vietnam_time
from kh57desk.signing import stamp, timestamps
from kh57desk.signing.keys import LoadedKey

FIELD_PREFIX = "ChuKySo"
DEFAULT_BOX_SIZE = (220.0, 70.0)   # points, when the report gives no box
RIGHT_MARGIN = 57.0                 # 20 mm
BOTTOM_MARGIN = 71.0                # 25 mm


@dataclass(frozen=True)
class SignatureBox:
    """Where the visible signature goes: page index (0-based) and a rectangle in PDF points."""

    page: int
    x1: float
    y1: float
    x2: float
    y2: float

    @classmethod
    def from_json(cls, value) -> "SignatureBox | None":
        if not value or len(value) != 5:
            return None
        page, x1, y1, x2, y2 = value
        return cls(int(page), float(x1), float(y1), float(x2), float(y2))

    def to_json(self) -> list:
        return [self.page, round(self.x1, 2), round(self.y1, 2), round(self.x2, 2), round(self.y2, 2)]

    @property
    def width(self) -> float:
        return self.x2 - self.x1

    @property
    def height(self) -> float:
        return self.y2 - self.y1


@dataclass(frozen=True)
class PdfSignOutcome:
    level: str                 # B-B or B-T
    signing_time: dt.datetime  # as written in the signature
    field_name: str
    box: SignatureBox
    note: str = ""


def _reader(data: bytes, name: str) -> PdfFileReader:
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        reader.root  # noqa: B018 - force the trailer and catalogue to parse
    except (PdfError, ValueError, KeyError, IndexError):
        raise InputError(f"Tệp '{name}' không phải PDF hợp lệ hoặc đã hỏng; không ký được.") from None
    if reader.encrypted:
        raise InputError(f"Tệp '{name}' có mật khẩu bảo vệ; hãy bỏ mật khẩu trước khi ký.")
    return reader


def _page_sizes(data: bytes) -> list[tuple[float, float]]:
    from pypdf import PdfReader  # noqa: PLC0415

    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(io.BytesIO(data)).pages]


def empty_signature_field(data: bytes) -> tuple[str, SignatureBox] | None:
    """The first empty signature field and its box: the one the report writer leaves in the
    signer's block (``reports.pdf_report.SIGNATURE_FIELD``), so any copy signs in the right place."""
    from pypdf import PdfReader  # noqa: PLC0415

    try:
        reader = PdfReader(io.BytesIO(data))
        for index, page in enumerate(reader.pages):
            for ref in page.get("/Annots") or ():
                annot = ref.get_object()
                parent = annot.get("/Parent")
                field = parent.get_object() if parent is not None and "/T" not in annot else annot
                if field.get("/FT") != "/Sig" or field.get("/V") is not None or "/Rect" not in annot:
                    continue
                x1, y1, x2, y2 = (float(v) for v in annot["/Rect"])
                return str(field.get("/T")), SignatureBox(index, min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
    except Exception:  # noqa: BLE001 - a page pypdf cannot read: look for the signer's name instead
        return None
    return None


def find_signer_box(data: bytes, signer_name: str) -> SignatureBox:
    """The signer column of the last page: just above the signer's printed name when it can be
    found, else the lower right of the page. Used for PDFs made elsewhere (no empty field)."""
    from pypdf import PdfReader  # noqa: PLC0415

    reader = PdfReader(io.BytesIO(data))
    index = len(reader.pages) - 1
    page = reader.pages[index]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    box_w, box_h = DEFAULT_BOX_SIZE
    found: list[tuple[float, float, float]] = []
    target = nfc(signer_name).strip()

    def visit(text, _cm, tm, _font, font_size):
        if target and nfc(text).strip() == target:
            found.append((float(tm[4]), float(tm[5]), float(font_size or 13)))

    if target:
        try:
            page.extract_text(visitor_text=visit)
        except Exception:  # noqa: BLE001 - a page pypdf cannot read gets the default place
            found.clear()
    if found:
        x, y, size = found[-1]
        centre = x + stamp.text_width(target, size) / 2
        x1 = min(max(centre - box_w / 2, 0), width - box_w)
        y1 = min(y + size * 1.4, height - box_h)
        return SignatureBox(index, x1, y1, x1 + box_w, y1 + box_h)
    x2 = width - RIGHT_MARGIN
    return SignatureBox(index, x2 - box_w, BOTTOM_MARGIN + 40, x2, BOTTOM_MARGIN + 40 + box_h)


def _overlap(one: SignatureBox, other: SignatureBox) -> bool:
    return one.page == other.page and one.x1 < other.x2 and other.x1 < one.x2 and one.y1 < other.y2 \
        and other.y1 < one.y2


def _grown(data: bytes, box: SignatureBox, content: stamp.StampContent) -> SignatureBox:
    """``box`` made as tall as the stamp needs at full size (10 pt text, real-size seal), growing
    upwards from its foot and kept on the page."""
    height = max(box.height, stamp.required_height(content, box.width))
    page_height = _page_sizes(data)[box.page][1]
    y2 = min(box.y1 + height, page_height)
    return SignatureBox(box.page, box.x1, max(0.0, y2 - height), box.x2, y2)


def _resize_field(writer: IncrementalPdfFileWriter, field_name: str, box: SignatureBox) -> None:
    """Give the empty field ``field_name`` the rectangle ``box`` (in the update that signs it)."""
    for _name, _value, ref in fields.enumerate_sig_fields(writer, with_name=field_name):
        annot = ref.get_object()
        annot["/Rect"] = generic.ArrayObject(generic.FloatObject(v) for v in (box.x1, box.y1, box.x2, box.y2))
        writer.update_container(annot)


def _field_name(reader: PdfFileReader) -> str:
    taken = {name for name, _v, _r in fields.enumerate_sig_fields(reader)}
    n = 1
    while f"{FIELD_PREFIX}{n}" in taken:
        n += 1
    return f"{FIELD_PREFIX}{n}"


def _checked_box(data: bytes, box: SignatureBox) -> SignatureBox:
    sizes = _page_sizes(data)
    page = box.page if box.page >= 0 else len(sizes) + box.page
    if not 0 <= page < len(sizes):
        raise InputError(f"Vị trí chữ ký ở trang {box.page + 1} nhưng tệp chỉ có {len(sizes)} trang.")
    width, height = sizes[page]
    if box.width < 20 or box.height < 12 or box.x1 < 0 or box.y1 < 0 or box.x2 > width + 1 or box.y2 > height + 1:
        raise InputError("Vị trí chữ ký nằm ngoài trang hoặc quá nhỏ; kiểm tra lại khung chữ ký của báo cáo.")
    return SignatureBox(page, box.x1, box.y1, box.x2, box.y2)


def sign_pdf_bytes(data: bytes, name: str, key: LoadedKey, content: stamp.StampContent,
                   box: SignatureBox | None = None, tsa_url: str = "", location: str = "",
                   reason: str = "") -> tuple[bytes, PdfSignOutcome]:
    """Sign the PDF ``data`` (file ``name`` for messages); returns the signed bytes and what was done."""
    reader = _reader(data, name)
    empty = empty_signature_field(data)
    resized = None
    if empty is not None and (box is None or _overlap(empty[1], box)):
        field_name, box = empty  # sign into the field the report left in the signer's block
        spec = None
        grown = _grown(data, box, content)  # taller when a long agency name needs more lines
        if grown != box:
            box = resized = grown
    else:
        box = _checked_box(data, box) if box is not None else _grown(data, find_signer_box(data, content.signer),
                                                                       content)
        field_name = _field_name(reader)
        spec = fields.SigFieldSpec(sig_field_name=field_name, on_page=box.page,
                                   box=(box.x1, box.y1, box.x2, box.y2))
    style = stamp.build_style(content, box.width, box.height)

    def run(timestamper):
        meta = signers.PdfSignatureMetadata(
            field_name=field_name, md_algorithm="sha256", subfilter=SigSeedSubFilter.PADES,
            location=location or None, reason=reason or None, name=content.signer or None)
        pdf_signer = signers.PdfSigner(meta, signer=key.signer, timestamper=timestamper, stamp_style=style,
                                       new_field_spec=spec)
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        if resized is not None:
            _resize_field(writer, field_name, resized)
        out = io.BytesIO()
        asyncio.run(pdf_signer.async_sign_pdf(writer, output=out))
        return out.getvalue()

    stamped = timestamps.run_with_fallback(run, tsa_url)
    signed: bytes = stamped.value  # type: ignore[assignment]
    signing_time = vietnam_time(_signing_time(signed, field_name))
    return signed, PdfSignOutcome(stamped.level, signing_time, field_name, box, stamped.note)


def _signing_time(signed: bytes, field_name: str) -> dt.datetime:
    reader = PdfFileReader(io.BytesIO(signed), strict=False)
    for sig in reader.embedded_signatures:
        if sig.field_name == field_name:
            return sig.self_reported_timestamp or dt.datetime.now(dt.timezone.utc)
    return dt.datetime.now(dt.timezone.utc)  # pragma: no cover - the field was just written
