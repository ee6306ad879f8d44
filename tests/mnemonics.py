"""Alt+letter shortcuts (mnemonics) on what a window shows: two visible labels or buttons, or a
top-level menu, with the same underlined letter make Alt+letter jump to only one of them."""

from __future__ import annotations

import collections
import re


def mnemonic_texts(window) -> list[str]:
    """The texts of the visible labels and buttons of ``window`` and of its top-level menus."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton) if w.isVisible()]
    return texts + [action.text() for action in window.menuBar().actions()]


def mnemonic_clashes(window) -> dict[str, list[str]]:
    """Each letter underlined on more than one of them, with the texts that underline it."""
    found = collections.defaultdict(list)
    for text in mnemonic_texts(window):
        if match := re.search(r"&([^&\s])", text):
            found[match.group(1).lower()].append(text)
    return {letter: used for letter, used in found.items() if len(used) > 1}
