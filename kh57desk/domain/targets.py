"""Targets (chỉ tiêu) as plans write them, and whether a reported figure meets them.

A target line reads ``Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%``, ``Có ≥ 30 doanh nghiệp khoa
học và công nghệ``, ``Mỗi năm có ≥ 20 nhiệm vụ … được nghiệm thu``, ``Quy mô kinh tế số đạt
30% GRDP``, ``Có 15 - 20 trung tâm …`` or ``Chỉ số chuyển đổi số cấp tỉnh ≥ 0,75``; a line
with no figure (``Hoàn thiện hạ tầng số đồng bộ``) is a qualitative target.

Numbers are Vietnamese: a comma is the decimal mark (``0,75``) and a dot groups thousands
(``3.000``). A dot followed by something other than groups of exactly three digits is read as
a decimal point (``2.5``), because people also type numbers the English way.

Comparators:

- ``>`` — ``>``, ``trên``, ``hơn``, ``lớn hơn``, ``vượt`` (strictly more);
- ``>=`` — ``≥``, ``>=``, ``tối thiểu``, ``ít nhất``, ``không dưới``, ``không thấp hơn``, ``có từ``,
  ``… trở lên``;
- ``<`` — ``<``, ``dưới``, ``thấp hơn``, ``nhỏ hơn`` (strictly less);
- ``<=`` — ``≤``, ``<=``, ``tối đa``, ``không quá``, ``không vượt quá``, ``… trở xuống``;
- ``range`` — ``15 - 20``, ``80% - 90%``, ``50 đến 60``, ``từ 15 đến 20`` (``target`` .. ``target_high``);
- ``=`` — ``đạt 30%`` or a bare figure (``Cung cấp 100% dữ liệu mở``);
- ``""`` — qualitative, no figure.

:func:`assess` rule (documented because users see it in the report):

- qualitative target → ``Chỉ tiêu định tính``; no value entered → ``Chưa có số liệu``;
- ``>=`` and ``=``: met when the value reaches the target (a plan that says "đạt 30%" is met
  by 32%: the figure is a goal to reach, not a value to hit exactly);
- ``>``: met when the value is above the target; ``<``: when it is below;
- ``<=``: lower is better, met when the value does not exceed the target;
- ``range``: met when the value reaches the lower bound (going past the upper bound is not a
  failure);
- ``per_year`` targets (``Mỗi năm …``) are compared with the value of the year being reported,
  never with a sum over years; the caller passes that year's value, the comparison is the same.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from kh57desk.domain.text import clean, fold

GT, GE, LT, LE, EQ, RANGE, QUALITATIVE = ">", ">=", "<", "<=", "=", "range", ""
COMPARATORS = (GT, GE, LT, LE, EQ, RANGE, QUALITATIVE)
COMPARATOR_SIGNS = {GT: ">", GE: "≥", LT: "<", LE: "≤", EQ: "=", RANGE: "–", QUALITATIVE: ""}

MET, NOT_MET, NO_DATA, QUALITATIVE_LABEL = "Đạt", "Chưa đạt", "Chưa có số liệu", "Chỉ tiêu định tính"
ASSESSMENTS = (MET, NOT_MET, NO_DATA, QUALITATIVE_LABEL)

_EPSILON = 1e-9


@dataclass(frozen=True)
class Target:
    """One target line. ``text`` is the line as written (bullet and final stop removed)."""

    text: str
    comparator: str = QUALITATIVE
    target: float | None = None
    target_high: float | None = None
    unit: str = ""
    per_year: bool = False
    milestone_year: int | None = None
    group: str = ""

    @property
    def qualitative(self) -> bool:
        return self.comparator == QUALITATIVE

    def describe(self) -> str:
        """Short Vietnamese form for tables: ``≥ 60 %``, ``15–20 trung tâm``, ``Định tính``."""
        if self.qualitative or self.target is None:
            return "Định tính"
        unit = f" {self.unit}" if self.unit and not self.unit.startswith("%") else self.unit
        if self.comparator == RANGE and self.target_high is not None:
            return f"{format_number(self.target)}–{format_number(self.target_high)}{unit}"
        sign = COMPARATOR_SIGNS[self.comparator]
        return f"{sign} {format_number(self.target)}{unit}".strip()


# -- numbers -------------------------------------------------------------------

_NUMBER = r"\d+(?:[.,]\d+)*"
_NUMBER_RE = re.compile(r"^\s*[+-]?" + _NUMBER + r"\s*$")


def parse_number(text: object) -> float | None:
    """A Vietnamese number: ``0,75`` → 0.75, ``3.000`` → 3000, ``1.234,5`` → 1234.5,
    ``60%`` → 60. ``None`` when the text is not a number."""
    if isinstance(text, bool):
        return None
    if isinstance(text, (int, float)):
        value = float(text)
        return value if math.isfinite(value) else None
    raw = clean(str(text or "")).replace(" ", "").rstrip("%")
    if not raw or not _NUMBER_RE.match(raw):
        return None
    sign = -1.0 if raw.startswith("-") else 1.0
    raw = raw.lstrip("+-")
    if "," in raw and "." in raw:
        if raw.rfind(",") > raw.rfind("."):       # 1.234,5: dots group, comma is decimal
            raw = raw.replace(".", "").replace(",", ".")
        else:                                      # 1,234.5 typed the English way
            raw = raw.replace(",", "")
    elif "," in raw:
        if raw.count(",") > 1:                     # 1,234,567: only grouping makes sense
            raw = raw.replace(",", "")
        else:
            raw = raw.replace(",", ".")
    elif "." in raw:
        groups = raw.split(".")
        if all(len(g) == 3 for g in groups[1:]) and groups[0] != "0":
            raw = raw.replace(".", "")              # 3.000, 1.200.000
        elif len(groups) > 2:
            return None
    try:
        value = sign * float(raw)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def format_number(value: float | None) -> str:
    """Vietnamese form: 3000 → ``3.000``, 0.75 → ``0,75``, 60.0 → ``60``."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    whole, _, frac = f"{value:.6f}".rstrip("0").partition(".")
    return f"{int(whole):,}".replace(",", ".") + ("," + frac if frac else "")


# -- target lines --------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[-–—+•*·]\s*|[a-zđ]\)\s+|\d+(?:\.\d+)*[.)]\s+)", re.IGNORECASE)
# Words written right before a figure (folded), longest first so "không thấp hơn" is not "thấp hơn".
_COMPARATOR_WORDS = tuple(sorted((
    *((w, GT) for w in ("tren", "hon", "lon hon", "cao hon", "nhieu hon", "vuot", "dat tren", "vuot qua", "vuot muc")),
    *((w, GE) for w in ("toi thieu", "it nhat", "khong duoi", "khong thap hon", "khong it hon", "tu", "co tu",
                        "dat toi thieu", "dat it nhat", "tang it nhat")),
    *((w, LT) for w in ("duoi", "nho hon", "thap hon", "it hon")),
    *((w, LE) for w in ("toi da", "khong qua", "khong vuot qua", "khong cao hon", "khong hon", "nhieu nhat",
                        "khong nhieu hon", "khong lon hon")),
    *((w, EQ) for w in ("dat", "la", "bang", "khoang", "dat muc", "dat khoang", "dat ty le")),
), key=lambda pair: len(pair[0]), reverse=True))
_PERCENT_TAIL = re.compile(r"^\s*%\s*(GRDP|GDP)?", re.IGNORECASE)
_SLASH_UNIT = re.compile(r"^\s*([^\W\d_][^\s/,.;]*(?:\s+[^\W\d_][^\s/,.;]*)?/[^\s,.;]+(?:\s+[^\W\d_][^\s,.;]*)?)")
# "7 người … trên 01 vạn dân": the figure is a rate; the denominator joins the unit.
_DENOMINATOR = re.compile(r"(?:\btrên|/)\s*(?:(\d+(?:[.,]\d+)*)\s*)?(vạn dân|nghìn dân|ngàn dân|triệu dân|trăm dân|"
                          r"người dân|hộ dân|dân số|dân|lao động|km2|km²|ha|doanh nghiệp)\b", re.IGNORECASE)
# Units written after a number, longest first when they overlap.
UNITS = tuple(sorted((
    "doanh nghiệp", "nhiệm vụ", "trung tâm", "cán bộ", "người", "sản phẩm", "sáng chế", "bằng sáng chế",
    "bài báo", "công bố", "tổ chức", "đơn vị", "cơ sở", "tỷ đồng", "triệu đồng", "nghìn tỷ đồng",
    "đồng", "USD", "triệu USD", "lần", "điểm", "hộ", "xã", "phường", "dự án", "đề tài", "chương trình",
    "mô hình", "hợp tác xã", "sinh viên", "học sinh", "giảng viên", "nhà khoa học", "chuyên gia",
    "khu", "cụm", "vườn ươm", "phòng thí nghiệm", "dịch vụ", "thủ tục", "hồ sơ", "bậc", "hạng",
    "văn bằng", "quỹ", "startup", "tài khoản", "thiết bị", "km", "Mbps", "Gbps", "MW",
    "đơn đăng ký", "đơn đăng ký sáng chế", "văn bằng bảo hộ", "bài báo khoa học", "lượt", "lượt người",
    "tỷ USD", "nghìn người", "sản phẩm OCOP", "trạm", "điểm truy cập", "thôn", "nền tảng", "cơ sở dữ liệu",
    "hội thảo", "sáng kiến", "giải pháp", "tiêu chuẩn", "phòng", "hộ gia đình", "kỹ sư", "thạc sĩ", "tiến sĩ",
    "lao động", "học viên", "ứng dụng", "nhãn hiệu", "giải thưởng", "tỷ lệ",
), key=len, reverse=True))
# Words that end a unit written in full ("5 đến 7 hội thảo hằng năm" → "hội thảo").
_UNIT_STOPS = ("duoc", "co", "tren", "trong", "tai", "thuoc", "ve", "cua", "dat", "va", "hang", "moi", "tro",
               "tham", "o", "cho", "den", "tu", "voi", "nhu", "theo", "la", "se", "dang", "vao", "khi", "nam")
_MILESTONE = re.compile(r"^(?:giai doan\s+)?(?:den|toi|trong|tam nhin den|dinh huong den)\s+(?:het\s+)?(?:nam\s+)?"
                        r"((?:19|20)\d\d)\b")
_PER_YEAR = re.compile(r"\b(?:moi|hang|binh quan|trung binh) nam\b|/\s*nam\b")
_CLAUSE_CUT = re.compile(r"\s*[;,]\s*(?:(?:và|trong đó)\s+)?|\s+(?:và|trong đó)\s+")


def milestone_year(heading: str) -> int | None:
    """The year of a milestone heading (``2.1. Đến hết năm 2025`` → 2025, ``Tầm nhìn đến năm
    2045`` → 2045), or ``None`` when the line is not one."""
    text = _BULLET.sub("", clean(heading), count=1)
    key = fold(text).rstrip(" .:;")
    if len(key) > 90:
        return None
    m = _MILESTONE.match(key) or re.match(r"^muc tieu (?:den|dat duoc den) (?:het )?nam ((?:19|20)\d\d)\b", key)
    if not m:
        return None
    rest = key[m.end():].strip(" ,:;.")
    # "Đến năm 2030, tầm nhìn đến năm 2045" is still a heading; a sentence with a figure is not.
    if re.search(r"[≥≤%]|\d{1,3}(?:[.,]\d+)?\s*(?:%|doanh|nhiem|trung|nguoi)", rest):
        return None
    return int(m.group(1))


_TARGETS_HEADING = re.compile(r"^(?:cac |nhung )?(?:muc tieu cu the|chi tieu cu the|chi tieu chu yeu|"
                              r"cac chi tieu|muc tieu, chi tieu cu the)$")


def targets_heading(heading: str) -> bool:
    """``Mục tiêu cụ thể``, ``Các chỉ tiêu chủ yếu``: a heading whose lines are targets (no year)."""
    return bool(_TARGETS_HEADING.match(fold(strip_marker(heading)).strip(" .:")))


def strip_marker(line: str) -> str:
    """The line without its bullet/number and final stop or semicolon."""
    text = _BULLET.sub("", clean(line), count=1)
    return text.rstrip(" .;").strip()


def _number_spans(text: str) -> list[tuple[int, int, float]]:
    """Numbers that stand alone (not ``5G``, ``4.0`` of "công nghiệp 4.0" is kept, not
    ``57-NQ/TW`` or ``số 26/KH``), with their value; years and rate denominators left out."""
    spans = []
    denominators = [m.span() for m in _DENOMINATOR.finditer(text)]
    for m in re.finditer(_NUMBER, text):
        start, end = m.span()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if before.isalnum() or before in "/_" or (after.isalpha() and after not in "%"):
            continue
        if after in "/-" and end + 1 < len(text) and text[end + 1].isalpha():
            continue  # 57-NQ/TW, 26/KH-UBND
        if any(a <= start < b for a, b in denominators):
            continue
        value = parse_number(m.group(0))
        if value is not None and not _is_year(text, start, value):
            spans.append((start, end, value))
    return spans


def _is_year(text: str, start: int, value: float) -> bool:
    if not (1900 <= value <= 2100 and value.is_integer()):
        return False
    before = fold(text[:start]).rstrip()
    return before.endswith(("nam", "giai doan", "den", "-", "–", "ngay", "thang")) or \
        re.search(r"\d/\s*$", text[:start]) is not None


def _unit_after(text: str) -> str:
    """The unit written right after a number (``%``, ``% GRDP``, ``người/vạn dân``, ``doanh
    nghiệp``, ``đơn đăng ký``), whole words only; a rate's denominator joins it."""
    m = _PERCENT_TAIL.match(text)
    if m:
        unit = ("% " + m.group(1)) if m.group(1) else "%"
        rest = text[m.end():]
    else:
        rest = text.lstrip()
        slash = _SLASH_UNIT.match(rest)
        if slash:
            return slash.group(1).rstrip(" .;,")
        unit = _named_unit(rest)
        rest = rest[len(unit):]
    rate = _DENOMINATOR.search(rest[:80])
    if unit and rate and not re.search(r"[,;]|\d", rest[:rate.start()]):
        amount = parse_number(rate.group(1)) if rate.group(1) else 1
        denominator = rate.group(2) if amount == 1 else f"{rate.group(1)} {rate.group(2)}"
        return f"{unit}/{denominator}"
    return unit


def _named_unit(rest: str) -> str:
    rest_key = fold(rest)
    for unit in UNITS:
        key = fold(unit)
        if rest_key.startswith(key) and (len(rest_key) == len(key) or not rest_key[len(key)].isalnum()):
            return rest[:len(unit)]
    words = []
    for word in re.findall(r"[^\W\d_]+|\S", rest)[:2]:
        if not word[:1].isalpha() or not word[:1].islower() or fold(word) in _UNIT_STOPS:
            break
        words.append(word)
    return rest[:rest.find(words[-1]) + len(words[-1])] if words else ""


def parse_targets(line: str, milestone_year: int | None = None, group: str = "") -> list[Target]:
    """Every target of a line: a line with several figures (``… đạt 80%, trong đó … đạt
    30%``) is cut between them at a comma, semicolon, ``và`` or ``trong đó``, and each clause
    is read on its own; a range (``15 - 20``) is one figure."""
    text = strip_marker(line)
    spans = _number_spans(text)
    cuts = []
    for (_, end, value), (start, _, high) in zip(spans, spans[1:]):
        gap = text[end:start]
        if _range_between(gap) and value < high:
            continue
        found = list(_CLAUSE_CUT.finditer(gap))
        if found:
            cuts.append((end + found[-1].start(), end + found[-1].end()))
    if not cuts:
        return [parse_target(text, milestone_year, group)]
    pieces, begin = [], 0
    for start, end in cuts:
        pieces.append(text[begin:start])
        begin = end
    pieces.append(text[begin:])
    return [parse_target(piece, milestone_year, group) for piece in pieces if clean(piece)]


def _range_between(gap: str) -> bool:
    between = fold(gap).strip().lstrip("%").strip()
    return between in ("-", "–", "—", "den", "toi")


def parse_target(line: str, milestone_year: int | None = None, group: str = "") -> Target:
    """Read one target clause. Never raises: a line with no usable figure is qualitative."""
    text = strip_marker(line)
    key_text = text.replace("≥", " ≥ ").replace("≤", " ≤ ").replace(">=", " ≥ ").replace("<=", " ≤ ")
    common = dict(text=text, per_year=bool(_PER_YEAR.search(fold(text))), milestone_year=milestone_year,
                  group=clean(group))
    spans = _number_spans(key_text)
    if not spans:
        return Target(**common)
    for (s1, e1, v1), (s2, e2, v2) in zip(spans, spans[1:]):  # a range: "15 - 20", "80% - 90%", "50 đến 60"
        if _range_between(key_text[e1:s2]) and v1 < v2:
            unit = _unit_after(key_text[e2:]) or _unit_after(key_text[e1:s2].lstrip("-–— "))
            return Target(comparator=RANGE, target=v1, target_high=v2, unit=unit, **common)

    chosen, comparator = spans[0], EQ  # a bare figure: "Cung cấp 100% dữ liệu mở"
    for span in spans:
        found = _comparator_before(fold(key_text[:span[0]]).rstrip())
        if found is None and _unit_after(key_text[span[1]:]).startswith("%"):
            found = EQ
        if found is not None:
            chosen, comparator = span, found
            break
    start, end, value = chosen
    tail = fold(key_text[end:]).lstrip()
    if re.match(r"^(?:%\s*)?(?:\S+\s+){0,3}tro len\b", tail):
        comparator = GE
    elif re.match(r"^(?:%\s*)?(?:\S+\s+){0,3}tro xuong\b", tail):
        comparator = LE
    return Target(comparator=comparator, target=value, unit=_unit_after(key_text[end:]), **common)


def _comparator_before(head: str) -> str | None:
    """The comparator written right before a number (``head`` is folded text up to it)."""
    for sign, comparator in (("≥", GE), ("≤", LE), (">", GT), ("<", LT)):
        if head.endswith(sign):
            return comparator
    for words, comparator in _COMPARATOR_WORDS:
        if head == words or head.endswith(" " + words):
            return comparator
    return None


# -- assessment ----------------------------------------------------------------

def assess(comparator: str, target: float | None, target_high: float | None, value: float | None,
           per_year: bool = False) -> str:
    """``Đạt`` / ``Chưa đạt`` / ``Chưa có số liệu`` / ``Chỉ tiêu định tính`` (rule in the module
    docstring). ``per_year`` does not change the comparison: the value given is the year's."""
    del target_high, per_year  # documented: ranges are met at their lower bound; yearly values are the year's
    if comparator not in COMPARATORS or comparator == QUALITATIVE or target is None:
        return QUALITATIVE_LABEL
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return NO_DATA
    tolerance = _EPSILON * max(1.0, abs(target))
    if comparator == GT:
        return MET if value > target + tolerance else NOT_MET
    if comparator == LT:
        return MET if value < target - tolerance else NOT_MET
    if comparator == LE:
        return MET if value <= target + tolerance else NOT_MET
    return MET if value >= target - tolerance else NOT_MET
