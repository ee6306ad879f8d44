"""Build the user guide that ships with the program from its Markdown sources.

    python tools/build_guide.py            # writes resources/guide/huong-dan.html, .pdf and .json

The source is ``resources/guide/huong-dan.md``. A line ``<!-- chèn: docs/guide-import.md -->`` in it is
replaced by that file when it exists, and ``<!-- chèn: docs/guide-*.md -->`` by every other
``docs/guide-*.md`` (sorted by name); their headings move under the guide's ``##`` level and their
images are copied into ``resources/guide/images/``. Outputs:

- ``huong-dan.html``: what the window's help viewer (Trợ giúp → Hướng dẫn sử dụng, F1) shows; each
  ``##`` section starts with ``<a name="anchor">`` so F1 can open it at the current screen;
- ``huong-dan.pdf``: the same text on A4 for printing (Liberation Serif from ``resources/fonts``);
- ``huong-dan.json``: the sections (anchor, title, level) for the viewer's list of contents.

No Qt: it runs on a build machine without a display.
"""

from __future__ import annotations

import argparse
import fnmatch
import html
import json
import re
import shutil
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import guide_markdown as md  # noqa: E402  (tools/guide_markdown.py)

GUIDE = ROOT / "resources" / "guide"
SOURCE = GUIDE / "huong-dan.md"
DOCS = ROOT / "docs"
INCLUDE = re.compile(r"^\s*<!--\s*chèn:\s*docs/(guide-[^\s/]*\.md)\s*-->\s*$", re.M)
HTML_NAME, PDF_NAME, INDEX_NAME = "huong-dan.html", "huong-dan.pdf", "huong-dan.json"
IMAGE_WIDTH, SCREEN_WIDTH = 640, 1366  # a full-screen shot (1366 pixels) is shown 640 pixels wide
STYLE = """
body { font-size: 11pt; }
h1 { color: #12355b; }
h2 { color: #12355b; margin-top: 18px; }
h3 { color: #1f4e79; }
td, th { padding: 4px; }
th { background-color: #e8eef5; }
code { font-family: monospace; background-color: #f1f1f1; }
pre { background-color: #f4f4f4; }
.caption { color: #555555; font-style: italic; }
"""


class GuideError(Exception):
    pass


@dataclass
class Guide:
    blocks: list
    title: str
    sections: list[dict]  # {"anchor", "title", "level"} for ## and ### headings
    images: dict[str, tuple[int, int]]  # src as written in the HTML → (width, height) in pixels


def png_size(path: Path) -> tuple[int, int]:
    """Width and height of a PNG file, read from its header."""
    with path.open("rb") as handle:
        head = handle.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise GuideError(f"{path}: ảnh hướng dẫn phải là tệp PNG.")
    return struct.unpack(">II", head[16:24])


def included_files(docs: Path = DOCS) -> list[Path]:
    return sorted(docs.glob("guide-*.md"))


def _shift_headings(blocks: list, top: int) -> list:
    """Move a document's headings so its highest one is at level ``top``."""
    levels = [b.level for b in blocks if isinstance(b, md.Heading)]
    if not levels:
        return blocks
    shift = top - min(levels)
    for block in blocks:
        if isinstance(block, md.Heading):
            block.level = min(6, block.level + shift)
    return blocks


def _images_in(blocks: list):
    for block in blocks:
        if isinstance(block, md.Image):
            yield block
        elif isinstance(block, md.ListBlock):
            for item in block.items:
                yield from _images_in(item.children)


def _place_images(blocks: list, base: Path, out: Path, images: dict) -> None:
    """Point every image at ``images/<name>`` beside the HTML, copying it there when it lives elsewhere."""
    for image in _images_in(blocks):
        if re.match(r"^[a-z]+://", image.source):
            raise GuideError(f"Ảnh {image.source}: hướng dẫn chỉ dùng ảnh có sẵn trong mã nguồn.")
        path = (base / image.source).resolve()
        if not path.is_file():
            raise GuideError(f"Không thấy ảnh {image.source} (tham chiếu trong {base}).")
        target = out / "images" / path.name
        if path != target.resolve():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        image.source = f"images/{path.name}"
        images[image.source] = png_size(target)


def _placed_files(patterns: list[str], files: list[Path]) -> list[list[Path]]:
    """The files each ``<!-- chèn: docs/… -->`` line takes: a file named exactly goes where it is
    named, the others go, sorted, to the first pattern (``guide-*.md``) they match."""
    named = {pattern for pattern in patterns if "*" not in pattern}
    taken: set[Path] = set()
    places = []
    for pattern in patterns:
        if "*" in pattern:
            chosen = [f for f in files if f not in taken and f.name not in named and fnmatch.fnmatch(f.name, pattern)]
        else:
            chosen = [f for f in files if f.name == pattern and f not in taken]
        taken.update(chosen)
        places.append(chosen)
    return places


def collect(source: Path = SOURCE, docs: Path = DOCS, out: Path = GUIDE) -> Guide:
    """The guide's blocks: the main text with the other ``docs/guide-*.md`` put in its place."""
    parts = INCLUDE.split(source.read_text(encoding="utf-8"))  # text, pattern, text, pattern, …, text
    places = _placed_files(parts[1::2], included_files(docs))
    documents = [(md.parse(parts[0]), source.parent)]
    for files, text in zip(places, parts[2::2]):
        for path in files:
            documents.append((_shift_headings(md.parse(path.read_text(encoding="utf-8")), 2), path.parent))
        documents.append((md.parse(text), source.parent))
    blocks: list = []
    images: dict[str, tuple[int, int]] = {}
    for document, base in documents:
        _place_images(document, base, out, images)
        blocks += document
    titles = [b for b in blocks if isinstance(b, md.Heading) and b.level == 1]
    if len(titles) != 1 or not isinstance(blocks[0], md.Heading) or blocks[0].level != 1:
        raise GuideError(f"{source}: hướng dẫn bắt đầu bằng đúng một tiêu đề cấp 1 (# …).")
    used: set[str] = set()
    sections = []
    for block in blocks:
        if isinstance(block, md.Heading):
            anchor = block.anchor or md.slug(md.plain(block.text))
            if block.anchor and anchor in used:
                raise GuideError(f"Mục neo #{anchor} bị đặt hai lần.")
            base_anchor, number = anchor, 2
            while anchor in used:
                anchor, number = f"{base_anchor}-{number}", number + 1
            block.anchor = anchor
            used.add(anchor)
            if block.level in (2, 3):
                sections.append({"anchor": anchor, "title": md.plain(block.text), "level": block.level})
    return Guide(blocks, md.plain(blocks[0].text), sections, images)


def _link(url: str) -> str | None:
    """Links inside the guide and to the web stay; links to files of the source tree become text."""
    return url if url.startswith(("#", "http://", "https://", "mailto:")) else None


def _html_blocks(blocks: list, guide: Guide) -> list[str]:
    out = []
    for block in blocks:
        if isinstance(block, md.Heading):
            out.append(f'<h{block.level}><a name="{block.anchor}"></a>{md.inline(block.text, link=_link)}'
                       f"</h{block.level}>")
        elif isinstance(block, md.Paragraph):
            out.append(f"<p>{md.inline(block.text, link=_link)}</p>")
        elif isinstance(block, md.ListBlock):
            tag = "ol" if block.ordered else "ul"
            start = f' start="{block.start}"' if block.ordered and block.start != 1 else ""
            items = "".join(f"<li>{md.inline(item.text, link=_link)}{''.join(_html_blocks(item.children, guide))}"
                            "</li>" for item in block.items)
            out.append(f"<{tag}{start}>{items}</{tag}>")
        elif isinstance(block, md.Table):
            head = "".join(f"<th>{md.inline(cell, link=_link)}</th>" for cell in block.header)
            rows = "".join("<tr>" + "".join(f"<td>{md.inline(cell, link=_link)}</td>" for cell in row) + "</tr>"
                           for row in block.rows)
            out.append(f'<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr>{head}</tr>{rows}'
                       "</table>")
        elif isinstance(block, md.Image):
            width, height = guide.images[block.source]
            shown = round(width * IMAGE_WIDTH / max(width, SCREEN_WIDTH))  # one scale for screens and dialogs
            out.append(f'<p align="center"><img src="{html.escape(block.source)}" width="{shown}" '
                       f'height="{round(height * shown / width)}" alt="{html.escape(md.plain(block.caption))}"></p>')
            if block.caption:
                out.append(f'<p align="center" class="caption">{md.inline(block.caption, link=_link)}</p>')
        elif isinstance(block, md.Code):
            out.append(f"<pre>{html.escape(block.text, quote=False)}</pre>")
        elif isinstance(block, md.Note):
            out.append('<table width="100%" cellspacing="0" cellpadding="8" bgcolor="#fff4d6" border="0">'
                       f"<tr><td>{md.inline(block.text, link=_link)}</td></tr></table>")
        elif isinstance(block, md.Rule):
            out.append("<hr>")
    return out


def render_html(guide: Guide) -> str:
    contents = "".join(f'<li><a href="#{s["anchor"]}">{html.escape(s["title"])}</a></li>'
                       for s in guide.sections if s["level"] == 2)
    body = _html_blocks(guide.blocks, guide)
    lead = 2 if len(guide.blocks) > 1 and isinstance(guide.blocks[1], md.Paragraph) else 1  # title and subtitle
    return ("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(guide.title)}</title><style>{STYLE}</style></head><body>\n"
            + "\n".join(body[:lead]) + f"\n<h3>Mục lục</h3><ol>{contents}</ol>\n" + "\n".join(body[lead:])
            + "\n</body></html>\n")


def build(out: Path = GUIDE, source: Path = SOURCE, docs: Path = DOCS, pdf: bool = True) -> Guide:
    """Write the HTML, the index and (unless ``pdf`` is False) the PDF into ``out``."""
    import guide_pdf  # noqa: PLC0415  (reportlab is only needed for the PDF)

    out.mkdir(parents=True, exist_ok=True)
    guide = collect(source, docs, out)
    (out / HTML_NAME).write_text(render_html(guide), encoding="utf-8")
    (out / INDEX_NAME).write_text(json.dumps({"title": guide.title, "sections": guide.sections}, ensure_ascii=False,
                                             indent=1) + "\n", encoding="utf-8")
    if pdf:
        guide_pdf.write(guide, out / PDF_NAME, out)
    return guide


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Dựng hướng dẫn sử dụng (HTML cho cửa sổ, PDF để in).")
    parser.add_argument("--out", type=Path, default=GUIDE, help="thư mục ghi kết quả (mặc định resources/guide)")
    args = parser.parse_args(argv)
    try:
        guide = build(args.out)
    except GuideError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    included = ", ".join(p.name for p in included_files()) or "không có"
    print(f"{len(guide.sections)} mục, {len(guide.images)} ảnh; kèm {included} → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
