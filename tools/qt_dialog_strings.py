"""The words of Qt's own dialogs (file, print, print preview, page setup, message boxes…), read
from the ``qtbase_*.qm`` files PySide6 ships, and merged into ``resources/translations/qtbase_vi.ts``.

Qt ships no Vietnamese ``qtbase`` translation, so the program carries its own. A ``.qm`` file keeps
the English source text of every message it translates; the union over all shipped languages is
the list of Qt's words (a word no language translated yet is missing from it).

    python tools/qt_dialog_strings.py           # list context, source and comment, one a line (TSV)
    python tools/qt_dialog_strings.py --merge   # add the missing ones to qtbase_vi.ts, unfinished

After ``--merge``, translate the new ``type="unfinished"`` messages and run
``python tools/build_translations.py --release``. Existing translations are never touched.
"""

from __future__ import annotations

import argparse
import re
import struct
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
VIETNAMESE_TS = ROOT / "resources" / "translations" / "qtbase_vi.ts"

# The contexts of the dialogs and widgets the window opens or shows (Qt's class names).
DIALOG_CONTEXTS = (
    "QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider",
    "QPrintDialog", "QPrintPreviewDialog", "QPageSetupWidget", "QPageSetupDialog", "QPageSize",
    "QPrintPropertiesDialog", "QPrintPropertiesWidget", "QPrintSettingsOutput", "QPrintWidget",
    "QUnixPrintWidget", "QCupsJobWidget", "QCupsPrinterSupport", "QPPDOptionsModel",
    "Print Device Input Slot", "Print Device Output Bin",
    "QPlatformTheme", "QGnomeTheme", "QDialogButtonBox", "QDialog", "QMessageBox", "QInputDialog",
    "QProgressDialog", "QColorDialog", "QFontDialog", "QErrorMessage", "QWizard",
    "QLineEdit", "QWidgetTextControl", "QUnicodeControlCharacterMenu", "QAbstractSpinBox", "QScrollBar",
    "QComboBox", "QTabBar", "QDockWidget", "QWhatsThisAction",
)

# Qt's licence text in the About Qt box, which the window never opens: legal text, left in English.
LEFT_IN_ENGLISH = re.compile(r"<p>Qt is a C\+\+ toolkit")

# .qm layout: 16-byte magic, then sections (tag byte, big-endian length); the messages section
# holds records of (tag byte[, length, bytes]) ending with END.
_MESSAGES_SECTION = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 1, 3, 5, 6, 7, 8, 9


@dataclass(frozen=True, order=True)
class QtMessage:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False


def qm_messages(path: Path) -> list[QtMessage]:
    """The messages of one compiled translation, with their English source text."""
    data = path.read_bytes()
    position, block = 16, b""
    while position + 5 <= len(data):
        tag = data[position]
        (length,) = struct.unpack(">I", data[position + 1:position + 5])
        if tag == _MESSAGES_SECTION:
            block = data[position + 5:position + 5 + length]
        position += 5 + length
    messages, fields, translations, cursor = [], {}, 0, 0
    while cursor < len(block):
        tag = block[cursor]
        cursor += 1
        if tag == _END:
            if _SOURCE in fields:
                messages.append(QtMessage(fields.get(_CONTEXT, ""), fields[_SOURCE], fields.get(_COMMENT, ""),
                                          translations > 1))
            fields, translations = {}, 0
        elif tag == _OBSOLETE1:
            cursor += 4
        elif tag in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2):
            (length,) = struct.unpack(">I", block[cursor:cursor + 4])
            cursor += 4
            if tag == _TRANSLATION:
                translations += 1
                cursor += 0 if length == 0xFFFFFFFF else length
                continue
            fields[tag] = block[cursor:cursor + length].decode("utf-8", "replace")
            cursor += length
        else:
            raise ValueError(f"{path.name}: unknown record tag {tag} at {cursor - 1}")
    return messages


def qt_translations_dir() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def dialog_messages(contexts=DIALOG_CONTEXTS, folder: Path | None = None) -> list[QtMessage]:
    """Qt's words in ``contexts``: the union over every shipped ``qtbase_*.qm``, in context order."""
    found: dict[tuple[str, str, str], QtMessage] = {}
    wanted = set(contexts)
    for path in sorted((folder or qt_translations_dir()).glob("qtbase_*.qm")):
        for message in qm_messages(path):
            if message.context in wanted and not LEFT_IN_ENGLISH.match(message.source):
                key = (message.context, message.source, message.comment)
                if key not in found or message.numerus:
                    found[key] = message
    order = {name: index for index, name in enumerate(contexts)}
    return sorted(found.values(), key=lambda m: (order[m.context], m.source.casefold(), m.comment))


def ts_keys(ts: Path) -> set[tuple[str, str, str]]:
    """(context, source, comment) of every message in a ``.ts`` file."""
    keys = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            keys.add((name, message.findtext("source"), message.findtext("comment") or ""))
    return keys


def _message_xml(message: QtMessage) -> str:
    numerus = ' numerus="yes"' if message.numerus else ""
    comment = f"\n        <comment>{escape(message.comment)}</comment>" if message.comment else ""
    translation = ('<translation type="unfinished"><numerusform></numerusform></translation>' if message.numerus
                   else '<translation type="unfinished"></translation>')
    return (f"    <message{numerus}>\n        <source>{escape(message.source)}</source>{comment}\n"
            f"        {translation}\n    </message>\n")


def merge(ts: Path, messages: list[QtMessage]) -> list[QtMessage]:
    """Add to ``ts`` the messages it lacks (unfinished), keeping the file's text otherwise as it is."""
    present = ts_keys(ts)
    missing = [m for m in messages if (m.context, m.source, m.comment) not in present]
    text = ts.read_text(encoding="utf-8")
    by_context: dict[str, list[QtMessage]] = {}
    for message in missing:
        by_context.setdefault(message.context, []).append(message)
    for context, added in by_context.items():
        block = "".join(_message_xml(m) for m in added)
        pattern = re.compile(r"(<context>\s*<name>" + re.escape(escape(context)) + r"</name>.*?)(</context>)", re.S)
        if pattern.search(text):
            text = pattern.sub(lambda match: match.group(1) + block + match.group(2), text, count=1)
        else:
            text = text.replace("</TS>", f"<context>\n    <name>{escape(context)}</name>\n{block}</context>\n</TS>")
    ts.write_text(text, encoding="utf-8")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Qt's dialog words, merged into qtbase_vi.ts.")
    parser.add_argument("--merge", action="store_true", help=f"add the missing ones to {VIETNAMESE_TS.name}")
    parser.add_argument("--ts", type=Path, default=VIETNAMESE_TS)
    args = parser.parse_args(argv)
    messages = dialog_messages()
    if args.merge:
        added = merge(args.ts, messages)
        print(f"{len(added)} of {len(messages)} messages added to {args.ts}")
    else:
        for message in messages:
            print("\t".join((message.context, message.source.replace("\n", "\\n"), message.comment)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
