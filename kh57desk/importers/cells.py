"""Cell text as offices type it, and task numbers (TT) as plans write them."""

from __future__ import annotations

import datetime as dt
import re

from kh57desk.domain.text import clean, fold, nfc

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_ROMAN = re.compile(r"^(?=[IVXLC])(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_LETTER_REF = re.compile(r"^\(?([a-zđ])\)$|^([a-zđ])[.)]$", re.IGNORECASE)
_NUMBER_REF = re.compile(r"^\(?(\d{1,4}(?:\.\d{1,4})*)\)?\.?$")
_REF_LIKE = re.compile(r"^(?:\(?\d{1,4}(?:\.\d{1,4})*\)?\.?|\(?[a-zđ]\)|[a-zđ]\.|[IVXLC]{1,7}\.?|[-+•*])$",
                       re.IGNORECASE)


def cell_text(value: object) -> str:
    """A cell's text: NFC, ``_x000D_`` and invisible characters removed, each line stripped,
    empty lines dropped, lines joined with ``\\n`` (but a line ending in a hyphen glued to a
    word goes on without a break: ``1246/UBND-`` + ``VXNV``). Numbers without a useless ``.0``; dates as
    ``dd/mm/yyyy``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:g}"
    if isinstance(value, (dt.time, dt.timedelta)):
        return str(value)
    text = nfc(str(value)).replace("_x000D_", "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\t", " ").replace("\v", "\n").translate(_INVISIBLE)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return _HYPHEN_BREAK.sub("-", "\n".join(line for line in lines if line))


# A line break right after a hyphen glued to a word is no break: "1246/UBND-\nVXNV" → "1246/UBND-VXNV"
# ("Y -\nDược", with a space before the dash, is left alone).
_HYPHEN_BREAK = re.compile(r"(?<=\w)-\n(?=\w)")


def unwrap(text: str) -> str:
    """Join lines a narrow cell wrapped: a line break before a lower-case word is a space
    (``các sở,\nban, ngành`` → ``các sở, ban, ngành``); one before a capital starts a new
    name and stays (``Sở Tài chính\nSở Nội vụ``)."""
    lines = text.split("\n")
    out = lines[0]
    for line in lines[1:]:
        out += (" " if line[:1].islower() or not line[:1].isalpha() and line[:1] not in "-+•" else "\n") + line
    return out


def one_line(value: object) -> str:
    return clean(cell_text(value))


def ref_text(value: object) -> str:
    """The TT cell as written, on one line: ``(12)``, ``12``, ``1.2``, ``a)``, ``I``."""
    return one_line(value)


def is_roman(ref: str) -> bool:
    """``I``, ``II.``, ``IV`` (section numbers)."""
    text = ref.strip().rstrip(".").strip()
    return bool(text) and bool(_ROMAN.match(text))


def is_letter_ref(ref: str) -> bool:
    return bool(_LETTER_REF.match(ref.strip()))


def number_parts(ref: str) -> tuple[int, ...] | None:
    """``(12)`` → (12,), ``1.2.`` → (1, 2); None when the ref is not numeric."""
    m = _NUMBER_REF.match(ref.strip())
    if not m:
        return None
    return tuple(int(p) for p in m.group(1).split("."))


def looks_like_ref(text: str) -> bool:
    """True for a short cell that is only a task/section number or a bullet."""
    return bool(_REF_LIKE.match(text.strip()))


def is_child_ref(parent: str, child: str) -> bool:
    """``1`` → ``1.2``; a number → ``a)``; ``II`` → ``3``: the child sits under the parent."""
    if not parent or not child:
        return False
    if is_roman(parent):
        return number_parts(child) is not None or is_letter_ref(child)
    parent_parts, child_parts = number_parts(parent), number_parts(child)
    if parent_parts is not None:
        if child_parts is not None:
            return len(child_parts) > len(parent_parts) and child_parts[:len(parent_parts)] == parent_parts
        return is_letter_ref(child)
    return False


def heading_text(ref: str, text: str) -> str:
    """``I`` + ``Nhiệm vụ trọng tâm`` → ``I. Nhiệm vụ trọng tâm``; ``a)`` + text → ``a) text``."""
    ref, text = clean(ref), clean(text)
    if not ref:
        return text
    if not text or fold(text).startswith(fold(ref)):
        return text or ref
    return f"{ref} {text}" if ref.endswith((".", ")")) else f"{ref}. {text}"
