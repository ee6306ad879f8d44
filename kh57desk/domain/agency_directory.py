"""Who is who in the province, and which agencies a plan's agency cell names.

A lead (``Cơ quan chủ trì``) or coordinating (``Cơ quan phối hợp``) cell names one
agency, several, or a group: ``Sở Tài chính; các sở, ban, ngành và đơn vị liên
quan``. Names contain commas and ``và`` themselves (``Sở Văn hóa, Thể thao và Du
lịch``), so :meth:`AgencyDirectory.split` cuts the cell at every ``;``, ``,``,
``và``, ``&`` and line break and then glues the pieces back, greedily taking the
longest run of pieces that is a known agency name or group phrase. A piece that
matches nothing comes back as an unknown :class:`Mention` with its text, so the
user can add the agency to the directory.

Matching ignores case, diacritics, spacing and punctuation (``Y - Dược`` =
``Y-Dược`` = ``Y Dược``; ``&`` = ``và``), and a trailing ``tỉnh``, ``thuộc
tỉnh``, ``trên địa bàn tỉnh`` or ``tỉnh Thái Bình``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from kh57desk.domain.agency_groups import GROUP_TERMS, KIND_LABELS, KINDS, GroupTerm
from kh57desk.domain.text import clean, fold, nfc
from kh57desk.domain.roles import RELATED  # only "đơn vị liên quan": liên quan chung
from kh57desk.errors import InputError

__all__ = [
    "KINDS", "KIND_LABELS", "GROUP_TERMS", "GroupTerm", "Agency", "Mention",
    "Assignment", "AgencyDirectory", "DEFAULT_AGENCIES", "DEFAULT_PROVINCE",
    "default_directory", "name_key",
]

DEFAULT_PROVINCE = "Thái Bình"


@dataclass(frozen=True)
class Agency:
    """One agency of the directory. Fields are cleaned (NFC, single spaces)."""

    name: str
    short_name: str = ""
    aliases: tuple[str, ...] = ()
    kind: str = "other"

    def __post_init__(self) -> None:
        name = clean(self.name)
        if not name:
            raise InputError("Tên cơ quan không được để trống.")
        if self.kind not in KINDS:
            raise InputError(f"Loại cơ quan không hợp lệ: “{self.kind}”.")
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "short_name", clean(self.short_name))
        aliases = self.aliases
        if isinstance(aliases, str):
            aliases = (aliases,)
        object.__setattr__(self, "aliases", tuple(a for a in map(clean, aliases) if a))

    @property
    def names(self) -> tuple[str, ...]:
        """Name, short name and aliases: every way of writing the agency."""
        return tuple(n for n in (self.name, self.short_name, *self.aliases) if n)

    @property
    def label(self) -> str:
        """Short name if any, else the full name (for narrow table columns)."""
        return self.short_name or self.name


@dataclass(frozen=True)
class Mention:
    """One piece of an agency cell: ``text`` as written (cleaned) and what it is."""

    text: str
    agency: Agency | None = None
    group: GroupTerm | None = None

    @property
    def unknown(self) -> bool:
        return self.agency is None and self.group is None


@dataclass(frozen=True)
class Assignment:
    """Why a task concerns an agency: ``role`` and a Vietnamese ``reason``."""

    role: Literal["lead", "coordinate", "related"]
    reason: str


def name_key(text: str | None) -> str:
    """Comparison key: folded (no case, no diacritics), ``&`` → ``va``,
    punctuation and dashes → spaces, single spaces."""
    key = fold(text).replace("&", " va ")
    key = re.sub(r"[^\w\s]|_", " ", key)
    return " ".join(key.split())


# Separators inside a cell: group 1 is a hard one (never glued over).
_SEPARATOR = re.compile(r"(;)|,|\r\n|\n|\r|(?<!\S)(?:và|va|&)(?!\S)", re.IGNORECASE)
_LEAD_TRIM = set("-‐‑‒–—―•·*+.,:;!?…")
_TRAIL_TRIM = set(".,:;!?…")
# First words of a new agency or group: an unknown piece is not glued to a
# following piece that starts with one of them (or with a capital letter).
_HEAD_WORDS = frozenset(
    "cac so ban ubnd uy truong cong bo van hoi lien hiep trung tam bao dai ngan "
    "thanh cuc chi vien benh tinh don co doanh tap kho".split()
)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or text[start] in _LEAD_TRIM):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAIL_TRIM):
        end -= 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return None
    return start, end


class AgencyDirectory:
    """The agencies of one province plus the group phrases, and cell parsing."""

    def __init__(
        self,
        agencies: Iterable[Agency] = (),
        groups: Iterable[GroupTerm] = GROUP_TERMS,
        province: str = DEFAULT_PROVINCE,
    ) -> None:
        self._agencies = tuple(agencies)
        self._groups = tuple(groups)
        self._split_cache: dict[str, tuple[Mention, ...]] = {}  # cells repeat a lot in a plan
        self.province = clean(province)
        p = name_key(province)
        suffixes = ["tren dia ban tinh", "tren dia ban", "thuoc tinh", "trong tinh", "tinh"]
        if p:
            suffixes = [f"{s} {p}" for s in suffixes if s.endswith("tinh")] + suffixes
        self._suffixes = tuple(sorted(suffixes, key=len, reverse=True))
        self._exact: dict[str, Agency] = {}
        self._loose: dict[str, Agency] = {}
        for agency in self._agencies:
            for written in agency.names:
                key = name_key(written)
                if key:
                    self._exact.setdefault(key, agency)
                    self._loose.setdefault(self._strip_suffix(key), agency)
        self._group_index: dict[str, GroupTerm] = {}
        for group in self._groups:
            for written in group.phrases:
                key = self._group_key(name_key(written))
                if key:
                    self._group_index.setdefault(key, group)
        written = [w for a in self._agencies for w in a.names]
        written += [w for g in self._groups for w in g.phrases]
        pieces = [1 + sum(1 for _ in _SEPARATOR.finditer(w)) for w in written]
        # Longest known name in pieces; slack for "và và", "thuộc tỉnh" etc.
        self._window = max(pieces, default=1) + 2

    # -- the directory -------------------------------------------------------
    @property
    def agencies(self) -> tuple[Agency, ...]:
        return self._agencies

    @property
    def groups(self) -> tuple[GroupTerm, ...]:
        return self._groups

    def __iter__(self) -> Iterator[Agency]:
        return iter(self._agencies)

    def __len__(self) -> int:
        return len(self._agencies)

    # -- matching ------------------------------------------------------------
    def _strip_suffix(self, key: str) -> str:
        for suffix in self._suffixes:
            if key.endswith(" " + suffix):
                return key[: -len(suffix) - 1]
        return key

    def _group_key(self, key: str) -> str:
        if key.startswith("cac "):
            key = key[4:]
        return self._strip_suffix(key)

    def _match_key(self, key: str) -> Agency | None:
        if not key:
            return None
        return self._exact.get(key) or self._loose.get(self._strip_suffix(key))

    def match(self, text: str | None) -> Agency | None:
        """The agency ``text`` names, or ``None``."""
        return self._match_key(name_key(text))

    def match_group(self, text: str | None) -> GroupTerm | None:
        """The group phrase ``text`` is, or ``None``."""
        key = name_key(text)
        return self._group_index.get(self._group_key(key)) if key else None

    def _lookup(self, text: str) -> Agency | GroupTerm | None:
        key = name_key(text)
        if not key:
            return None
        return self._match_key(key) or self._group_index.get(self._group_key(key))

    # -- splitting -----------------------------------------------------------
    def split(self, cell: str | None) -> list[Mention]:
        """The agencies and groups a cell names, in order. Never raises."""
        try:
            text = nfc(cell).replace("\u00a0", " ")
        except Exception:  # noqa: BLE001 - str() of an odd object
            return []
        cached = self._split_cache.get(text)
        if cached is not None:
            return list(cached)
        mentions: list[Mention] = []
        for segment in self._segments(text):
            mentions.extend(self._split_segment(text, segment))
        if len(self._split_cache) < 20_000:
            self._split_cache[text] = tuple(mentions)
        return mentions

    @staticmethod
    def _segments(text: str) -> list[list[tuple[int, int] | None]]:
        """Pieces between separators, grouped by ``;``; blank pieces are None."""
        segments: list[list[tuple[int, int] | None]] = [[]]
        start = 0
        for sep in _SEPARATOR.finditer(text):
            segments[-1].append(_strip_span(text, start, sep.start()))
            if sep.group(1):
                segments.append([])
            start = sep.end()
        segments[-1].append(_strip_span(text, start, len(text)))
        return segments

    def _split_segment(self, text: str, pieces: list[tuple[int, int] | None]) -> list[Mention]:
        n = len(pieces)
        best: list[tuple[int, Agency | GroupTerm] | None] = [None] * n
        for i, first in enumerate(pieces):
            if first is None:
                continue
            for j in range(min(n - 1, i + self._window), i - 1, -1):
                last = pieces[j]
                if last is None:
                    continue
                hit = self._lookup(text[first[0]:last[1]])
                if hit is not None:
                    best[i] = (j, hit)
                    break
        out: list[Mention] = []
        i = 0
        while i < n:
            first = pieces[i]
            if first is None:
                i += 1
                continue
            found = best[i]
            if found is not None:
                j, hit = found
                written = clean(text[first[0]:pieces[j][1]])  # type: ignore[index]
                if isinstance(hit, Agency):
                    out.append(Mention(written, agency=hit))
                else:
                    out.append(Mention(written, group=hit))
                i = j + 1
                continue
            # Unknown: glue following pieces that only continue it.
            j = last = i
            while j + 1 < n:
                nxt = pieces[j + 1]
                if nxt is not None and (best[j + 1] is not None
                                        or not self._continues(text[nxt[0]:nxt[1]])):
                    break
                j += 1
                if nxt is not None:
                    last = j
            out.append(Mention(clean(text[first[0]:pieces[last][1]])))  # type: ignore[index]
            i = j + 1
        return out

    @staticmethod
    def _continues(piece: str) -> bool:
        """A piece that starts lower-case with no head word continues a name."""
        first = piece[:1]
        if not first.isalpha() or first != first.lower():
            return False
        words = name_key(piece).split()
        return bool(words) and words[0] not in _HEAD_WORDS

    # -- who does what -------------------------------------------------------
    def _same(self, a: Agency, b: Agency) -> bool:
        return a == b or name_key(a.name) == name_key(b.name)

    def covers(self, mention: Mention, agency: Agency) -> bool:
        """True when ``mention`` names ``agency`` or a group of its kind."""
        if mention.agency is not None:
            return self._same(mention.agency, agency)
        if mention.group is not None:
            return agency.kind in mention.group.kinds
        return False

    def _named(self, agency: Agency, cell: str | None) -> bool:
        return any(m.agency is not None and self._same(m.agency, agency) for m in self.split(cell))

    def _group(self, agency: Agency, cell: str | None, vague: bool) -> GroupTerm | None:
        return next((m.group for m in self.split(cell) if m.group is not None and m.group.vague == vague
                     and self.covers(m, agency)), None)

    def assignment(
        self, agency: Agency, lead_cell: str | None, coordinating_cell: str | None
    ) -> Assignment | None:
        """How a task with these cells concerns ``agency``. A name beats a group (named as
        coordinator on a task led by ``Các sở, ban, ngành``: coordinates); lead beats
        coordinate; a vague group (``đơn vị liên quan``) only makes the agency
        :data:`RELATED`, never lead or coordinator."""
        for role, cell, verb in (("lead", lead_cell, "chủ trì"), ("coordinate", coordinating_cell, "phối hợp")):
            if self._named(agency, cell):
                return Assignment(role, f"Được giao {verb}")
        for role, cell in (("lead", lead_cell), ("coordinate", coordinating_cell)):
            group = self._group(agency, cell, vague=False)
            if group is not None:
                return Assignment(role, f'Thuộc nhóm "{group.label}"')
        for cell in (lead_cell, coordinating_cell):
            group = self._group(agency, cell, vague=True)
            if group is not None:
                return Assignment(RELATED, f'Liên quan chung: "{group.label}"')
        return None


def _a(name: str, short: str, kind: str, *aliases: str) -> Agency:
    return Agency(name, short, tuple(aliases), kind)


# Provincial agencies under their 2025 names (after the merger of departments),
# with the abbreviations offices write. Former names (before 3/2025) are kept
# as aliases of the agency that took over most of their work, so older plans
# still match: KH&ĐT → Tài chính, LĐ-TB&XH → Nội vụ, NN&PTNT and TN&MT →
# Nông nghiệp và Môi trường, GTVT → Xây dựng, TT&TT → KH&CN, Ban Dân tộc →
# Dân tộc và Tôn giáo, Báo Thái Bình and the Đài PT-TH → Báo và PT, TH.
DEFAULT_AGENCIES: tuple[Agency, ...] = (
    _a("Sở Nội vụ", "SNV", "department",
       "Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH", "Sở LĐTBXH"),
    _a("Sở Tài chính", "Sở TC", "department", "STC",
       "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", "Sở KHĐT"),
    _a("Sở Khoa học và Công nghệ", "Sở KH&CN", "department",
       "Sở KHCN", "Sở KH và CN", "SKHCN", "Sở Khoa học Công nghệ",
       "Sở Thông tin và Truyền thông", "Sở TT&TT", "Sở TTTT"),
    _a("Sở Nông nghiệp và Môi trường", "Sở NN&MT", "department",
       "Sở NNMT", "Sở NN và MT", "Sở Nông nghiệp và Phát triển nông thôn",
       "Sở NN&PTNT", "Sở NNPTNT", "Sở Tài nguyên và Môi trường", "Sở TN&MT", "Sở TNMT"),
    _a("Sở Xây dựng", "SXD", "department", "Sở Giao thông vận tải", "Sở GTVT"),
    _a("Sở Công Thương", "Sở CT", "department", "Sở Công thương", "SCT"),
    _a("Sở Y tế", "SYT", "department"),
    _a("Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "department", "Sở GDĐT", "Sở GD và ĐT",
       "SGDĐT"),
    _a("Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", "department",
       "Sở VH,TT&DL", "Sở VHTT&DL", "Sở VH, TT và DL", "Sở Văn hóa Thể thao và Du lịch"),
    _a("Sở Tư pháp", "STP", "department"),
    _a("Sở Dân tộc và Tôn giáo", "Sở DT&TG", "department", "Sở DTTG", "Ban Dân tộc tỉnh"),
    _a("Thanh tra tỉnh", "", "sector", "Thanh tra tỉnh Thái Bình"),
    _a("Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh", "sector",
       "VP UBND tỉnh", "VPUBND tỉnh", "Văn phòng UBND"),
    _a("Ban Quản lý khu kinh tế và các khu công nghiệp tỉnh", "BQL KKT và các KCN", "board",
       "Ban Quản lý KKT và các KCN", "BQL Khu kinh tế và các khu công nghiệp",
       "BQL KKT&CKCN", "Ban Quản lý các khu công nghiệp tỉnh",
       "Ban Quản lý Khu kinh tế Thái Bình"),
    _a("Trung tâm Xúc tiến đầu tư tỉnh", "", "sector", "TT Xúc tiến đầu tư"),
    _a("Ngân hàng Nhà nước chi nhánh tỉnh", "NHNN chi nhánh tỉnh", "sector",
       "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh", "Ngân hàng Nhà nước tỉnh"),
    _a("Công an tỉnh", "CAT", "police", "Công an tỉnh Thái Bình"),
    _a("Bộ Chỉ huy Quân sự tỉnh", "Bộ CHQS tỉnh", "military", "BCHQS tỉnh"),
    _a("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Bộ CH BĐBP tỉnh", "military",
       "BĐBP tỉnh", "Bộ đội Biên phòng tỉnh", "BCH BĐBP tỉnh"),
    _a("Ủy ban nhân dân tỉnh", "UBND tỉnh", "provincial"),
    _a("Hội đồng nhân dân tỉnh", "HĐND tỉnh", "provincial"),
    _a("Tỉnh ủy", "", "provincial", "Tỉnh ủy Thái Bình"),
    _a("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBMTTQ tỉnh", "provincial",
       "Mặt trận Tổ quốc tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"),
    _a("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Liên hiệp các Hội KH&KT tỉnh",
       "association", "LHH KH&KT tỉnh", "Liên hiệp Hội KH&KT tỉnh",
       "Liên hiệp các Hội KHKT tỉnh"),
    _a("Hiệp hội Doanh nghiệp tỉnh", "HHDN tỉnh", "association"),
    _a("Hội Văn học Nghệ thuật tỉnh", "Hội VHNT tỉnh", "association",
       "Liên hiệp các Hội Văn học Nghệ thuật tỉnh"),
    _a("Báo và Phát thanh, Truyền hình tỉnh", "Báo và PT, TH tỉnh", "press",
       "Báo và PT-TH tỉnh", "Báo Thái Bình", "Đài Phát thanh và Truyền hình tỉnh",
       "Đài PT-TH tỉnh", "Đài PTTH tỉnh"),
    _a("Trường Đại học Thái Bình", "ĐH Thái Bình", "university",
       "Đại học Thái Bình", "Trường ĐH Thái Bình"),
    _a("Trường Đại học Y - Dược Thái Bình", "ĐH Y Dược Thái Bình", "university",
       "Đại học Y Dược Thái Bình", "Trường ĐH Y Dược Thái Bình",
       "Trường Đại học Y Thái Bình"),
    _a("Ủy ban nhân dân thành phố Thái Bình", "UBND thành phố Thái Bình", "local",
       "UBND TP Thái Bình", "UBND TP. Thái Bình"),
)


def default_directory() -> AgencyDirectory:
    """The default directory of the province, with the standard group phrases."""
    return AgencyDirectory(DEFAULT_AGENCIES)
