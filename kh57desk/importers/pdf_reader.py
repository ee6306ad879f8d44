"""PDF plans → text lines (for the narrative reader) and table grids (for the table readers).

Text comes from PDFium (``pypdfium2``), page by page, with :data:`~.paragraphs.PAGE_BREAK`
between pages so running headers and page numbers are recognised. When the text looks like a
table (a ``TT`` header near ``Nội dung`` and ``chủ trì``/``thực hiện``, or ``Chỉ tiêu`` near a
year), pdfplumber finds the tables from their ruling lines and gives their cells; the text
outside the tables is read from the same pages, so no word is counted twice.

A PDF with almost no text is a scan: with Tesseract and its Vietnamese data installed
(``tesseract-ocr-vie``), its pages are rendered and recognised; otherwise it is refused with a
message that says what to do. A password-protected or damaged PDF is refused too.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kh57desk.domain.text import fold
from kh57desk.errors import InputError
from kh57desk.importers.paragraphs import PAGE_BREAK
from kh57desk.importers.table import Grid

MAX_PAGES = 2_000
MIN_CHARS_PER_PAGE = 40  # below this on average, the PDF is a scan
OCR_SCALE = 300 / 72     # render at 300 dpi for recognition
OCR_TIMEOUT = 180        # seconds per page
_TABLE_HINTS = (re.compile(r"^s?tt\b"), re.compile(r"\b(?:chu tri|thuc hien|phoi hop|chi tieu)\b"))


@dataclass
class PdfText:
    lines: list[str]
    pages: int
    ocr: bool = False


@dataclass
class PdfTables:
    tables: list[Grid] = field(default_factory=list)  # every table, in page order
    outside: list[str] = field(default_factory=list)  # the text outside the tables, pages separated


def _open(path: Path):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(f"Tệp PDF “{path.name}” được đặt mật khẩu. Hãy gỡ mật khẩu (in ra PDF mới) rồi nhập "
                             "lại.") from None
        raise InputError(f"Tệp PDF “{path.name}” bị hỏng, không đọc được ({exc}).") from None


def read_text(path: Path, progress: Callable[[int, int], None] | None = None) -> PdfText:
    """The PDF's text as lines, pages separated by :data:`PAGE_BREAK`; a scan is recognised
    with Tesseract when it is installed, else refused."""
    document = _open(path)
    try:
        pages = len(document)
        if pages > MAX_PAGES:
            raise InputError(f"Tệp PDF “{path.name}” có {pages} trang; chỉ nhập được kế hoạch đến {MAX_PAGES} trang.")
        texts = []
        for index in range(pages):
            if progress:
                progress(index, pages)
            page = document[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        ocr = sum(len(text.strip()) for text in texts) < MIN_CHARS_PER_PAGE * max(pages, 1)
        if ocr:
            if not ocr_available():
                raise InputError(
                    f"Tệp PDF “{path.name}” là bản quét (ảnh các trang), không có lớp chữ để đọc. Hãy dùng bản PDF có "
                    "chữ hoặc bản Word của kế hoạch; hoặc cài Tesseract với gói tiếng Việt (tesseract-ocr-vie) để "
                    "chương trình tự nhận dạng chữ.")
            texts = [_recognise(document, index, path, progress, pages) for index in range(pages)]
    finally:
        document.close()
    lines: list[str] = []
    for index, text in enumerate(texts):
        if index:
            lines.append(PAGE_BREAK)
        lines.extend(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    if not any(line.strip() for line in lines):
        raise InputError(f"Tệp PDF “{path.name}” không có chữ nào đọc được.")
    return PdfText(lines, pages, ocr)


@functools.cache
def ocr_available() -> bool:
    """True when the ``tesseract`` program and its Vietnamese data (``vie``) are installed."""
    program = shutil.which("tesseract")
    if not program:
        return False
    try:
        listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return "vie" in (listed.stdout + listed.stderr).split()


def _recognise(document, index: int, path: Path, progress, pages: int) -> str:
    if progress:
        progress(index, pages)
    page = document[index]
    try:
        image = page.render(scale=OCR_SCALE).to_pil()
    finally:
        page.close()
    with tempfile.TemporaryDirectory(prefix="kh57-ocr-") as folder:
        picture = Path(folder) / "trang.png"
        image.save(picture)
        try:
            done = subprocess.run([shutil.which("tesseract") or "tesseract", str(picture), "stdout", "-l", "vie"],
                                  capture_output=True, text=True, timeout=OCR_TIMEOUT)
        except (OSError, subprocess.SubprocessError) as exc:
            raise InputError(f"Không nhận dạng được chữ trang {index + 1} của tệp “{path.name}”: {exc}.") from None
    if done.returncode != 0:
        raise InputError(f"Không nhận dạng được chữ trang {index + 1} của tệp “{path.name}” "
                         f"(Tesseract: {done.stderr.strip()[:200]}).")
    return done.stdout


def looks_tabular(lines: list[str]) -> bool:
    """A ``TT``/``STT`` header line with ``chủ trì``/``thực hiện``/``chỉ tiêu`` among the next lines."""
    keys = [fold(line).strip() for line in lines]
    for index, key in enumerate(keys):
        if _TABLE_HINTS[0].match(key) and any(_TABLE_HINTS[1].search(k) for k in keys[index:index + 12]):
            return True
    return False


def read_tables(path: Path, progress: Callable[[int, int], None] | None = None) -> PdfTables:
    """Every ruled table of the PDF as a grid, and the text outside them."""
    import pdfplumber

    found = PdfTables()
    with pdfplumber.open(str(path)) as document:
        pages = len(document.pages)
        for index, page in enumerate(document.pages):
            if progress:
                progress(index, pages)
            if index:
                found.outside.append(PAGE_BREAK)
            tables = page.find_tables()
            for table in tables:
                rows = [list(row) for row in table.extract()]
                if rows:
                    found.tables.append(Grid(rows, list(range(1, len(rows) + 1))))
            boxes = [table.bbox for table in tables]
            rest = page.filter(lambda obj: not any(_inside(obj, box) for box in boxes)) if boxes else page
            found.outside.extend((rest.extract_text() or "").split("\n"))
            page.flush_cache()
    return found


def _inside(obj: dict, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    return obj.get("x0", -1) >= x0 - 1 and obj.get("x1", 1e9) <= x1 + 1 and obj.get("top", -1) >= top - 1 \
        and obj.get("bottom", 1e9) <= bottom + 1
