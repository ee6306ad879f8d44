"""A plan's own text → its tasks.

Rules (the way provincial plans are written):

- Tasks live in the Roman sections (``II. NHIỆM VỤ VÀ GIẢI PHÁP``) that hold ``Cơ quan chủ
  trì:`` lines; ``I. MỤC ĐÍCH, YÊU CẦU`` and ``III. TỔ CHỨC THỰC HIỆN`` have none and are left
  out. A text with no such line at all keeps its Roman sections except purpose, targets,
  organisation and funding; a text with no Roman sections is read whole.
- A task's text runs up to its closing label line — ``Cơ quan chủ trì:``, ``Cơ quan chủ trì
  tham mưu:``, ``Cơ quan đầu mối:``, ``Đơn vị chủ trì:``, ``Đơn vị chủ trì tham mưu:`` — and
  may be followed by ``Cơ quan phối hợp:``, ``Thời gian hoàn thành:`` and ``Sản phẩm:`` lines.
- A numbered item (``1.4.``) closed by one label is one task, with its bullets and
  paragraphs (``8.1. … trong đó: - … - …`` then one ``Cơ quan chủ trì``). A numbered item
  whose ``-`` bullets are each closed by their own label is a heading, and each bullet is a
  task numbered after it: ``1.4-1``, ``1.4-2``.
- A numbered item with no label whose next item is numbered under it (``1.`` then ``1.1.``)
  is a heading; one with no label and no sub-items is a task with no agency yet (the preview
  asks the user to assign it).
- The group of a task is its heading path (``1. Công tác lãnh đạo… › 1.4. Tổ chức học
  tập…``); the Roman section is part of it only when tasks come from several sections.
- A label line with no task text before it is reported with its line number.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kh57desk.domain.text import clean, fold
from kh57desk.importers import paragraphs as P
from kh57desk.importers.paragraphs import Para
from kh57desk.importers.draft import RowProblem, TaskDraft

GROUP_SEPARATOR = " › "
_NOT_TASK_SECTIONS = ("muc dich", "yeu cau", "quan diem", "muc tieu", "chi tieu", "to chuc thuc hien",
                      "kinh phi", "can cu", "danh gia", "boi canh", "thuc trang", "ket qua")
_DOC_TYPES = ("ke hoach", "chuong trinh hanh dong", "chuong trinh", "quyet dinh", "de an", "phu luc")
_NUMBER = re.compile(r"^S[ốỐoO]\s*:\s*(\d{1,5}[^\s,;()]*/[A-ZĐ0-9][A-ZĐ0-9\-/.]*)")
_ISSUED = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)", re.IGNORECASE)


@dataclass
class NarrativeResult:
    tasks: list[TaskDraft] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    title: str = ""
    number: str = ""
    issued_on: dt.date | None = None
    schedule_text: str = ""
    labels: int = 0  # lead label lines seen


def read_paragraphs(paras: list[Para], progress=None) -> NarrativeResult:
    result = NarrativeResult()
    _metadata(paras, result)
    result.labels = sum(1 for p in paras if p.kind == P.LABEL and p.label == P.LEAD)
    sections = _sections(paras)
    in_scope = _scope(sections, result.labels)
    show_roman = len(in_scope) > 1
    for done, (head, body) in enumerate(in_scope):
        if progress:
            progress(done, len(in_scope))
        base = [(-1, head.ref, f"{head.ref}. {head.text}")] if (head is not None and show_roman) else []
        _Section(body, base, result).read()
    return result


def _sections(paras: list[Para]) -> list[tuple[Para | None, list[Para]]]:
    """(Roman heading, its paragraphs); text before the first Roman heading has heading None."""
    sections: list[tuple[Para | None, list[Para]]] = [(None, [])]
    for p in paras:
        if p.kind == P.ROMAN:
            sections.append((p, []))
        else:
            sections[-1][1].append(p)
    return sections


def _scope(sections, labels: int):
    romans = [s for s in sections if s[0] is not None]
    if not romans:
        return sections
    with_labels = [s for s in romans if any(p.kind == P.LABEL and p.label == P.LEAD for p in s[1])]
    if with_labels:
        return with_labels
    if labels:  # labels only before the first Roman heading
        return sections[:1]
    return [s for s in romans if not any(word in fold(s[0].text) for word in _NOT_TASK_SECTIONS)]


def _metadata(paras: list[Para], result: NarrativeResult) -> None:
    head = paras[:60]
    for i, p in enumerate(head):
        key = fold(p.raw).rstrip(" .:")
        if not result.title and key in _DOC_TYPES and i + 1 < len(head):
            result.title = clean(f"{p.raw} {head[i + 1].raw}")[:500]
        if not result.number and (m := _NUMBER.search(p.raw)):
            result.number = m.group(1).rstrip(".")
        if not result.issued_on and (m := _ISSUED.search(p.raw)) and len(p.raw) < 120:
            try:
                result.issued_on = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                pass
    if not result.title:
        result.title = next((clean(p.raw)[:500] for p in head if p.kind == P.BODY and P.is_caps_heading(p.raw)), "")
    result.schedule_text = _schedule_text(paras)


_RHYTHM = re.compile(r"hang thang|moi thang|hang quy|moi quy|\b[36] thang\b|hang nam|moi nam|\b1 nam\b|"
                     r"\d+ thang\s*/\s*\d+ lan|truoc ngay \d")


def _schedule_text(paras: list[Para]) -> str:
    """The plan's reporting sentence: the paragraph under ``Chế độ (thông tin,) báo cáo``, else
    the first one that says ``định kỳ`` and how often (``hằng tháng…``, ``01 tháng/01 lần``),
    else the first that says how often to report."""
    under_heading, periodic, any_rhythm = False, "", ""
    for p in paras:
        key = fold(p.text)
        if p.kind in P.HEADS and not _RHYTHM.search(key):
            under_heading = "che do" in key and "bao cao" in key
            continue
        if "bao cao" in key and _RHYTHM.search(key) and len(key) < 600:
            if under_heading:
                return clean(p.text)
            if "dinh ky" in key:
                periodic = periodic or clean(p.text)
            any_rhythm = any_rhythm or clean(p.text)
    return periodic or any_rhythm


class _Section:
    """The numbered units of one Roman section, turned into tasks."""

    def __init__(self, body: list[Para], base: list[tuple[int, str, str]], result: NarrativeResult):
        self.result = result
        self.stack: list[tuple[int, str, str]] = list(base)  # (depth, ref, heading text)
        self.base = len(base)
        self.units = self._units(body)

    @staticmethod
    def _units(body: list[Para]) -> list[tuple[Para | None, list[Para]]]:
        units: list[tuple[Para | None, list[Para]]] = [(None, [])]
        for p in body:
            if p.kind in (P.NUMBERED, P.LETTER):
                units.append((p, []))
            else:
                units[-1][1].append(p)
        return units

    def read(self) -> None:
        for index, (head, body) in enumerate(self.units):
            nxt = self.units[index + 1][0] if index + 1 < len(self.units) else None
            if head is not None:
                while len(self.stack) > self.base and self.stack[-1][0] >= head.depth:
                    self.stack.pop()
            self.unit(head, body, nxt)

    # -- one numbered item and what follows it ---------------------------------
    def unit(self, head: Para | None, body: list[Para], nxt: Para | None) -> None:
        segments, tail = _segments(body)
        ref = self.ref_of(head) if head is not None else ""
        if head is None:
            segments = [s for s in segments if _has_text(s[0]) or self.orphan(s[1])]
        if not segments:
            if head is None:
                return  # prose under a Roman heading, before its first item
            if nxt is not None and nxt.depth > head.depth and head.kind != P.LETTER:
                self.push(head)
            else:
                self.add(ref, [head, *tail], [], head.line)
            return
        first_items, first_labels = segments[0]
        one_task = len(segments) == 1 and not _has_text(tail)
        if head is not None and one_task:
            self.add(ref, [head, *first_items], first_labels, head.line)
            return
        first_number = 1
        if head is not None and not _has_text(first_items):
            self.add(ref, [head], first_labels, head.line)  # the numbered line itself is task 1
            segments, first_number = segments[1:], 2
        elif head is not None:
            self.push(head)
        parent = ref or (self.stack[-1][1] if len(self.stack) > self.base else "")
        pieces = [*segments, (tail, [])] if _has_text(tail) else segments
        for k, (items, labels) in enumerate(pieces, start=first_number):
            if not _has_text(items):
                self.orphan(labels)
                continue
            lines = [p.line for p in items if p.kind != P.LABEL]
            self.add(f"{parent}-{k}" if parent else str(k), items, labels, lines[0] if lines else None,
                     strip_first=True)

    def orphan(self, labels: list[Para]) -> bool:
        """Report label lines that close no task text; always False (nothing to keep)."""
        for label in labels:
            self.result.problems.append(RowProblem(label.line, "Dòng cơ quan chủ trì/phối hợp không đi sau nội dung "
                                                               "nhiệm vụ nào", label.raw[:300]))
        return False

    def ref_of(self, head: Para) -> str:
        if head.kind == P.LETTER:
            parents = [ref for depth, ref, _ in self.stack[self.base:] if depth < P.LETTER_DEPTH]
            return f"{parents[-1]}.{head.ref}" if parents else f"{head.ref})"
        return head.ref

    def push(self, head: Para) -> None:
        marker = f"{head.ref})" if head.kind == P.LETTER else f"{head.ref}."
        self.stack.append((head.depth, self.ref_of(head), f"{marker} {head.text}"))

    def add(self, ref: str, items: list[Para], labels: list[Para], line: int | None, strip_first: bool = False) \
            -> None:
        texts = []
        labels = [*labels, *(p for p in items if p.kind == P.LABEL)]
        for i, p in enumerate(items):
            if p.kind in (P.NOTE, P.LABEL):
                continue
            if p.kind in P.HEADS:
                texts.append(p.text)
            elif i == 0 and strip_first:
                texts.append(p.text)
            else:
                texts.append(p.raw)
        content = "\n".join(t for t in texts if t)
        if not clean(content):
            return
        values = {P.LEAD: "", P.COORDINATING: "", P.DEADLINE: "", P.PRODUCT: ""}
        for label in labels:
            for kind, value in ((label.label, label.text), *label.extra):
                values[kind] = f"{values[kind]}; {value}" if values[kind] else value
        self.result.tasks.append(TaskDraft(
            ref=ref, content=content, group=GROUP_SEPARATOR.join(text for _, _, text in self.stack),
            lead=values[P.LEAD], coordinating=values[P.COORDINATING], deadline=values[P.DEADLINE],
            product=values[P.PRODUCT], source_row=line))


def _has_text(items: list[Para]) -> bool:
    return any(p.kind in (P.BULLET, P.SUB, P.BODY) for p in items)


def _segments(body: list[Para]) -> tuple[list[tuple[list[Para], list[Para]]], list[Para]]:
    """Split a unit's paragraphs at its lead labels: [(items, their labels)] and the
    paragraphs after the last label."""
    segments: list[tuple[list[Para], list[Para]]] = []
    current: list[Para] = []
    for p in body:
        if p.kind == P.LABEL and p.label == P.LEAD:
            segments.append((current, [p]))
            current = []
        elif p.kind == P.LABEL and segments and not _has_text(current):
            segments[-1][1].append(p)  # Cơ quan phối hợp / Thời gian hoàn thành after the lead line
        else:
            current.append(p)
    return segments, current
