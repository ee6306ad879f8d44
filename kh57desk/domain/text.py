"""Vietnamese text: NFC normalisation and a diacritic-insensitive search key."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_SPACES = re.compile(r"\s+")
_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "d"})
_NOT_WORD = re.compile(r"[\W_]+")


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


def search_words(query: str | None) -> list[str]:
    """The folded words of a search; punctuation and case do not count."""
    return _NOT_WORD.sub(" ", fold(query)).split()


def words_matcher(query: str | None) -> Callable[[str], bool] | None:
    """A test on a folded key that holds every word of ``query``, in any order; ``None`` when the
    query has no word.

    Vietnamese words are syllables, so a syllable matched inside another ("le" in "lên") finds
    far too much: each word must be a whole word of the key, except the last, which may be the
    start of one (the user is still typing it). "lam giau lam sach" finds "làm giàu, làm sạch"."""
    words = search_words(query)
    if not words:
        return None
    wanted = [(word, True) for word in dict.fromkeys(words[:-1])] + [(words[-1], False)]

    def test(key: str) -> bool:
        for word, whole in wanted:
            if not _has_word(key, word, whole):
                return False
        return True
    return test


def _has_word(key: str, word: str, whole: bool) -> bool:
    """``word`` starts a word of ``key`` (and ends it when ``whole``). ``str.find`` is several
    times faster here than a regular expression with ``\\b``: this runs on every keystroke."""
    start = key.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not key[start - 1].isalnum()) and (not whole or end == len(key) or not key[end].isalnum()):
            return True
        start = key.find(word, start + 1)
    return False


# ASCII punctuation and the punctuation Vietnamese documents use, as word gaps (str.translate is
# several times faster than a regular expression; other characters go through _NOT_WORD)
_GAPS = str.maketrans({**{chr(code): " " for code in range(128) if not chr(code).isalnum()},
                       **{mark: " " for mark in "–—‘’“”…•·«»\u00a0"}})


def word_key(key: str) -> str:
    """A folded key with one space before and after each word ("làm giàu, làm sạch" →
    " lam giau lam sach "), so that the rule of :func:`words_matcher` becomes plain substring
    tests: for a list that is searched again on every keystroke, made once per row."""
    gaps = key.translate(_GAPS)
    if not gaps.isascii():
        gaps = _NOT_WORD.sub(" ", gaps)
    return " " + " ".join(gaps.split()) + " "


def word_key_matcher(query: str | None) -> Callable[[str], bool] | None:
    """:func:`words_matcher` for keys made by :func:`word_key` (a few ``in`` per row)."""
    words = search_words(query)
    if not words:
        return None
    needles = [f" {word} " for word in dict.fromkeys(words[:-1])] + [f" {words[-1]}"]
    return lambda padded: all(needle in padded for needle in needles)


def matches(query: str | None, key: str) -> bool:
    """True when the folded ``key`` holds every word of ``query`` (see :func:`words_matcher`)."""
    test = words_matcher(query)
    return test is None or test(key)


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


def vietnamese_sort_text(text: str | None) -> str:
    """``vietnamese_sort_key`` as one string that sorts the same by plain code-point comparison,
    for places that compare strings only (a Qt sort role)."""
    letters, tones, cases = vietnamese_sort_key(text)
    return "".join(chr(min(code, 0xD7FF)) for code in letters) + "\x00" + "".join(chr(0x30 + t) for t in tones) \
        + "\x00" + "".join(chr(0x30 + c) for c in cases)
