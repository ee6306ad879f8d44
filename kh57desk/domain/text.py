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


# Vietnamese alphabetical order (../shared/domain-notes.md): letters first, then tones, then case.
VIETNAMESE_ALPHABET = ("a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n", "o", "ô",
                       "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y")
# Latin letters Vietnamese does not use sort where the Latin alphabet puts them
_LETTERS = ("a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "ô",
            "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z")
_LETTER_RANK = {letter: 1_000 + rank for rank, letter in enumerate(_LETTERS)}
# Tone marks as combining characters, in dictionary order after "no mark":
# huyền (grave), hỏi (hook above), ngã (tilde), sắc (acute), nặng (dot below)
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def _letters_and_tones(text: str):
    """Yield (letter without tone, tone rank, is upper case) for each character of ``text``."""
    base, tone, upper = "", 0, False
    for ch in unicodedata.normalize("NFD", nfc(text)):
        if unicodedata.combining(ch):
            if ch in _TONE_RANK:
                tone = _TONE_RANK[ch]
            else:
                base += ch  # breve, circumflex, horn: part of the letter
            continue
        if base:
            yield unicodedata.normalize("NFC", base), tone, upper
        base, tone, upper = ch.lower(), 0, ch != ch.lower()
    if base:
        yield unicodedata.normalize("NFC", base), tone, upper


def vietnamese_sort_key(text: str | None) -> tuple:
    """Sort key for names in Vietnamese alphabetical order: the letters a ă â b c d đ e ê … y
    compared first; tones (none, huyền, hỏi, ngã, sắc, nặng) only when the letters are equal;
    lower case before upper case last. ``sorted(names, key=vietnamese_sort_key)`` puts
    "Ủy ban…" before "Văn phòng…" and every "Đ…" after every "D…"."""
    letters, tones, cases = [], [], []
    for letter, tone, upper in _letters_and_tones(_SPACES.sub(" ", nfc(text)).strip()):
        letters.append(_LETTER_RANK.get(letter, ord(letter[0]) if ord(letter[0]) < 1_000 else 10_000 + ord(letter[0])))
        tones.append(tone)
        cases.append(int(upper))
    return tuple(letters), tuple(tones), tuple(cases)
