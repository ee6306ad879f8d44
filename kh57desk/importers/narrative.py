"""A plan's own text → its tasks.

Rules (the way provincial plans are written):

- Tasks live in the Roman sections (``II. NHIỆM VỤ VÀ GIẢI PHÁP``) that hold ``Cơ quan chủ
  trì:`` lines; ``I. MỤC ĐÍCH, YÊU CẦU`` and ``III. TỔ CHỨC THỰC HIỆN`` have none and are left
  out. A text with no such line at all keeps its Roman sections except purpose, targets,
  organisation and funding; a text with no Roman sections is read whole.
- A task with no label line may name its agencies in a closing bracket: ``… (Sở Y tế chủ trì,
  phối hợp với …; hoàn thành Quý II/2025)`` (:mod:`kh57desk.importers.inline_agency`).
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
- Sections that are not tasks — ``Quan điểm``, ``Mục đích, yêu cầu``, ``Mục tiêu``,
  ``Kinh phí``… — give targets or context, never tasks, whether they are Roman sections or
  numbered sub-sections (``1. Quan điểm`` under ``I. QUAN ĐIỂM, MỤC TIÊU VÀ NHIỆM VỤ``), unless
  they hold ``Cơ quan chủ trì`` lines.
- A numbered item no label line closes, with ``-`` items under it: the items are the tasks
  (``2.1-1``, ``2.1-2``…), each with its heading path as group; the paragraphs before the
  first item are the heading's context (so are ``-`` items under a Roman heading itself, in a
  section that has label lines elsewhere). A numbered item with no items under it is one task.
- ``Tổ chức thực hiện`` written as one paragraph per agency (``1. Sở Khoa học và Công nghệ:
  - chủ trì …; - …``) gives that agency's duties as tasks it leads
  (:mod:`kh57desk.importers.organisation`).
- Paragraphs the target reader took (milestones and their lines) are never tasks.
- When the plan's own numbers repeat (``1`` in two sections), every ref is prefixed with its
  Roman section (``II.1``, ``III.1``); what still repeats gets ``-2``, ``-3``.
- Every paragraph lands in exactly one place (:class:`~kh57desk.importers.draft.Account`):
  a task, a target, a heading or context, or "không hiểu" with its line number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kh57desk.domain.text import clean, fold
from kh57desk.importers import organisation, paragraphs, plan_details
from kh57desk.importers.draft import (CONTEXT, NOT_UNDERSTOOD, PARAGRAPHS, TASK, Account, RowProblem,
                                      TaskDraft)
from kh57desk.importers.inline_agency import trailing_assignment
from kh57desk.importers.paragraphs import Para

GROUP_SEPARATOR = " › "
_NOT_TASK_SECTIONS = ("muc dich", "yeu cau", "quan diem", "muc tieu", "chi tieu", "to chuc thuc hien",
                      "kinh phi", "can cu", "danh gia", "boi canh", "thuc trang", "ket qua", "tam nhin",
                      "dinh huong", "y nghia", "su can thiet", "pham vi", "doi tuong", "che do")
_TASK_WORDS = ("nhiem vu", "giai phap", "sang kien")


@dataclass
class NarrativeResult:
    tasks: list[TaskDraft] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    title: str = ""
    number: str = ""
    issued_on: dt.date | None = None
    schedule_text: str = ""
    labels: int = 0  # lead label lines seen
    places: dict[int, str] = field(default_factory=dict)  # id(paragraph) → where it went
    sections: dict[int, str] = field(default_factory=dict)  # id(task) → its Roman section
    account: Account = field(default_factory=Account)


def read_paragraphs(paras: list[Para], progress=None, places: dict[int, str] | None = None) -> NarrativeResult:
    """Tasks of a plan's paragraphs. ``places`` holds the paragraphs already taken (by the
    target reader); it is completed so that every paragraph has its place."""
    result = NarrativeResult(places=places if places is not None else {})
    plan_details.read(paras, result)
    result.labels = sum(1 for p in paras if p.kind == paragraphs.LABEL and p.label == paragraphs.LEAD)
    sections = _sections(paras)
    in_scope, organised = _scope(sections)
    show_roman = len([s for s in in_scope if s[0] is not None]) > 1
    for done, (head, body) in enumerate(in_scope):
        if progress:
            progress(done, len(in_scope))
        base = [(-1, head.ref, f"{head.ref}. {head.text}")] if (head is not None and show_roman) else []
        roman = head.ref if head is not None else ""
        _Section([p for p in body if id(p) not in result.places], base, result, roman).read()
    for head, body in organised:
        found = organisation.read_duties(head, [p for p in body if id(p) not in result.places], result.places)
        result.tasks.extend(found)
        result.sections.update((id(task), head.ref) for task in found)
    _unique_refs(result)
    _account(paras, result, {id(p) for _, body in in_scope for p in body})
    return result


def _account(paras: list[Para], result: NarrativeResult, in_scope: set[int]) -> None:
    """Place every paragraph: in a task section, one that is in no task, target or heading is
    "không hiểu" (reported with its line); elsewhere it is context."""
    for p in paras:
        place = result.places.get(id(p))
        if place is None:
            place = NOT_UNDERSTOOD if id(p) in in_scope and p.kind not in (paragraphs.NOISE, paragraphs.NOTE) else CONTEXT
            if place == NOT_UNDERSTOOD:
                result.problems.append(RowProblem(p.line, "Đoạn không thuộc nhiệm vụ nào", p.raw[:300]))
            result.places[id(p)] = place
        result.account.add(PARAGRAPHS, place)


def _unique_refs(result: NarrativeResult) -> None:
    """Refs that repeat get their Roman section in front; what still repeats, ``-2``, ``-3``."""
    tasks = result.tasks
    if len({t.ref for t in tasks}) == len(tasks):
        return
    for task in tasks:
        roman = result.sections.get(id(task), "")
        if roman and not task.ref.startswith(f"{roman}."):
            task.ref = f"{roman}.{task.ref}"
    seen: set[str] = set()
    for task in tasks:
        ref, count = task.ref, 1
        while ref in seen:
            count += 1
            ref = f"{task.ref}-{count}"
        task.ref = ref
        seen.add(ref)


def _sections(paras: list[Para]) -> list[tuple[Para | None, list[Para]]]:
    """(Roman heading, its paragraphs); text before the first Roman heading has heading None."""
    sections: list[tuple[Para | None, list[Para]]] = [(None, [])]
    for p in paras:
        if p.kind == paragraphs.ROMAN:
            sections.append((p, []))
        else:
            sections[-1][1].append(p)
    return sections


def _has_lead(body: list[Para]) -> bool:
    return any(p.kind == paragraphs.LABEL and p.label == paragraphs.LEAD for p in body)


def not_task_heading(text: str) -> bool:
    """``Quan điểm``, ``MỤC ĐÍCH, YÊU CẦU``, ``Mục tiêu cụ thể``…: a heading whose section holds
    no tasks (one that also names tasks, ``Mục tiêu và nhiệm vụ``, does)."""
    key = fold(text).strip(" .:")
    key = key[4:] if key.startswith("cac ") else key
    return key.startswith(_NOT_TASK_SECTIONS) and not any(word in key for word in _TASK_WORDS)


def _scope(sections):
    """(task sections, organisation sections). A Roman section with label lines holds tasks;
    one without holds tasks unless its heading says otherwise; ``Tổ chức thực hiện`` is read
    for its per-agency paragraphs. The text before the first Roman heading holds tasks when
    there is no Roman heading or when it has label lines."""
    romans = [s for s in sections if s[0] is not None]
    if not romans:
        return sections, []
    tasks = [s for s in sections[:1] if _has_lead(s[1])]
    organised = []
    for head, body in romans:
        if _has_lead(body):
            tasks.append((head, body))
        elif fold(head.text).startswith("to chuc thuc hien"):
            organised.append((head, body))
        elif not not_task_heading(head.text):
            tasks.append((head, body))
    return tasks, organised


class _Section:
    """The numbered units of one Roman section, turned into tasks."""

    def __init__(self, body: list[Para], base: list[tuple[int, str, str]], result: NarrativeResult, roman: str):
        self.result, self.roman = result, roman
        self.stack: list[tuple[int, str, str]] = list(base)  # (depth, ref, heading text)
        self.base = len(base)
        self.labelled = _has_lead(body)
        self.units = self._units(body)

    @staticmethod
    def _units(body: list[Para]) -> list[tuple[Para | None, list[Para]]]:
        units: list[tuple[Para | None, list[Para]]] = [(None, [])]
        for p in body:
            if p.kind in (paragraphs.NUMBERED, paragraphs.LETTER):
                units.append((p, []))
            else:
                units[-1][1].append(p)
        return units

    def read(self) -> None:
        skip_below: int | None = None  # depth of a "Quan điểm"/"Mục tiêu" sub-section being passed over
        for index, (head, body) in enumerate(self.units):
            nxt = self.units[index + 1][0] if index + 1 < len(self.units) else None
            if head is not None:
                if skip_below is not None and head.depth > skip_below:
                    self.context([head, *body])
                    continue
                skip_below = None
                while len(self.stack) > self.base and self.stack[-1][0] >= head.depth:
                    self.stack.pop()
                if head.kind == paragraphs.NUMBERED and not_task_heading(head.text) and not self.subtree_has_lead(index):
                    skip_below = head.depth
                    self.context([head, *body])
                    continue
            self.unit(head, body, nxt)

    def subtree_has_lead(self, index: int) -> bool:
        head = self.units[index][0]
        for other, body in self.units[index:]:
            if other is not head and other.depth <= head.depth:
                return False
            if _has_lead(body):
                return True
        return False

    def context(self, paras: list[Para]) -> None:
        for p in paras:
            self.result.places.setdefault(id(p), CONTEXT)

    # -- one numbered item and what follows it ---------------------------------
    def unit(self, head: Para | None, body: list[Para], nxt: Para | None) -> None:
        segments, tail = _segments(body)
        ref = self.ref_of(head) if head is not None else ""
        if head is None:
            segments = [s for s in segments if _has_text(s[0]) or self.orphan(s[1])]
        if not segments:
            if (head is not None or not self.labelled) and any(p.kind == paragraphs.BULLET for p in tail):
                self.dash_items(head, ref, tail)
            elif head is None:
                self.context(tail)  # prose under a Roman heading, before its first item
            elif nxt is not None and nxt.depth > head.depth and head.kind != paragraphs.LETTER:
                self.push(head)
                self.context(tail)
            else:
                self.add(ref, [head, *tail], [], head.line)
            return
        first_items, first_labels = segments[0]
        one_task = len(segments) == 1 and not _has_text(tail)
        if head is not None and one_task:
            self.add(ref, [head, *first_items, *tail], first_labels, head.line)
            return
        first_number = 1
        if head is not None and not _has_text(first_items):
            self.add(ref, [head], first_labels, head.line)  # the numbered line itself is task 1
            self.context(first_items)
            segments, first_number = segments[1:], 2
        elif head is not None:
            self.push(head)
        parent = ref or (self.stack[-1][1] if len(self.stack) > self.base else "")
        pieces = [*segments, (tail, [])] if _has_text(tail) else segments
        if not _has_text(tail):
            self.context(tail)
        for k, (items, labels) in enumerate(pieces, start=first_number):
            if not _has_text(items):
                self.context(items)
                self.orphan(labels)
                continue
            lines = [p.line for p in items if p.kind != paragraphs.LABEL]
            self.add(f"{parent}-{k}" if parent else str(k), items, labels, lines[0] if lines else None,
                     strip_first=True)

    def dash_items(self, head: Para | None, ref: str, paras: list[Para]) -> None:
        """A section with no label lines: each ``-`` item (with the paragraphs under it) is a
        task; what comes before the first item belongs to the heading."""
        if head is not None:
            self.push(head)
        parent = ref or (self.stack[-1][1] if len(self.stack) > self.base else "")
        items: list[list[Para]] = []
        for p in paras:
            if p.kind == paragraphs.BULLET:
                items.append([p])
            elif items:
                items[-1].append(p)
            else:
                self.context([p])
        for k, item in enumerate(items, start=1):
            self.add(f"{parent}-{k}" if parent else str(k), item, [], item[0].line, strip_first=True)

    def orphan(self, labels: list[Para]) -> bool:
        """Report label lines that close no task text; always False (nothing to keep)."""
        for label in labels:
            self.result.places[id(label)] = NOT_UNDERSTOOD
            self.result.problems.append(RowProblem(label.line, "Dòng cơ quan chủ trì/phối hợp không đi sau nội dung "
                                                               "nhiệm vụ nào", label.raw[:300]))
        return False

    def ref_of(self, head: Para) -> str:
        if head.kind == paragraphs.LETTER:
            parents = [ref for depth, ref, _ in self.stack[self.base:] if depth < paragraphs.LETTER_DEPTH]
            return f"{parents[-1]}.{head.ref}" if parents else f"{head.ref})"
        return head.ref

    def push(self, head: Para) -> None:
        marker = f"{head.ref})" if head.kind == paragraphs.LETTER else f"{head.ref}."
        self.stack.append((head.depth, self.ref_of(head), f"{marker} {head.text}"))
        self.context([head])

    def add(self, ref: str, items: list[Para], labels: list[Para], line: int | None, strip_first: bool = False) \
            -> None:
        texts = []
        labels = [*labels, *(p for p in items if p.kind == paragraphs.LABEL)]
        for i, p in enumerate(items):
            if p.kind in (paragraphs.NOTE, paragraphs.LABEL, paragraphs.NOISE):
                continue
            if p.kind in paragraphs.HEADS:
                texts.append(p.text)
            elif i == 0 and strip_first:
                texts.append(p.text)
            else:
                texts.append(p.raw)
        content = "\n".join(t for t in texts if t)
        if not clean(content):
            self.context([*items, *labels])
            return
        for p in [*items, *labels]:
            self.result.places[id(p)] = CONTEXT if p.kind in (paragraphs.NOTE, paragraphs.NOISE) else TASK
        values = {paragraphs.LEAD: "", paragraphs.COORDINATING: "", paragraphs.DEADLINE: "", paragraphs.PRODUCT: ""}
        for label in labels:
            for kind, value in ((label.label, label.text), *label.extra):
                values[kind] = f"{values[kind]}; {value}" if values[kind] else value
        bracket = None if values[paragraphs.LEAD] else trailing_assignment(texts[-1] if texts else "")
        if bracket is not None:  # "… (Sở Y tế chủ trì, phối hợp với …; hoàn thành Quý II/2025)."
            values[paragraphs.LEAD], values[paragraphs.COORDINATING], values[paragraphs.DEADLINE] = bracket
        task = TaskDraft(
            ref=ref, content=content, group=GROUP_SEPARATOR.join(text for _, _, text in self.stack),
            lead=values[paragraphs.LEAD], coordinating=values[paragraphs.COORDINATING], deadline=values[paragraphs.DEADLINE],
            product=values[paragraphs.PRODUCT], source_row=line)
        self.result.tasks.append(task)
        self.result.sections[id(task)] = self.roman


def _has_text(items: list[Para]) -> bool:
    return any(p.kind in (paragraphs.BULLET, paragraphs.SUB, paragraphs.BODY) for p in items)


def _segments(body: list[Para]) -> tuple[list[tuple[list[Para], list[Para]]], list[Para]]:
    """Split a unit's paragraphs at its lead labels: [(items, their labels)] and the
    paragraphs after the last label."""
    segments: list[tuple[list[Para], list[Para]]] = []
    current: list[Para] = []
    for p in body:
        if p.kind == paragraphs.LABEL and p.label == paragraphs.LEAD:
            segments.append((current, [p]))
            current = []
        elif p.kind == paragraphs.LABEL and segments and not _has_text(current):
            segments[-1][1].append(p)  # Cơ quan phối hợp / Thời gian hoàn thành after the lead line
        else:
            current.append(p)
    return segments, current
