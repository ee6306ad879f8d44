"""Vietnamese text: NFC normalisation and a diacritic-insensitive search key."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "d"})


def nfc(text: str | None) -> str:
    """NFC-normalise text as it enters the program; ``None`` becomes ''."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", str(text))


def clean(text: str | None) -> str:
    """NFC, with runs of whitespace (line breaks from PDF/Excel cells) folded to one space."""
    return _SPACES.sub(" ", nfc(text).replace("\u00a0", " ")).strip()


def fold(text: str | None) -> str:
    """Search key: lower case, no diacritics, ``đ`` → ``d``, single spaces.

    ``fold("Chuyển đổi số")`` == ``"chuyen doi so"``.
    """
    decomposed = unicodedata.normalize("NFD", nfc(text).lower().translate(_FOLD_TABLE))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", unicodedata.normalize("NFC", stripped)).strip()


def matches(query: str, key: str) -> bool:
    """True when the folded ``query`` occurs as a phrase in the folded ``key``.

    Vietnamese words are syllables, so matching each syllable anywhere ("le" in "lên")
    finds far too much; a phrase ("le quy don") is what users mean."""
    return fold(query) in key
