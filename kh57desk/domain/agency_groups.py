"""Agency kinds and the group phrases plans use instead of naming agencies.

A plan's agency cell often names a group (``Các sở, ban, ngành``, ``UBND huyện,
thành phố``) rather than agencies. A :class:`GroupTerm` says which *kinds* of
agency such a phrase covers, so the program can tell a focal point that a task
concerns their agency too. Matching of the phrases (case, diacritics, spacing,
an optional leading ``các``, a trailing ``thuộc tỉnh``/``trên địa bàn tỉnh``) is
done by :mod:`kh57desk.domain.agency_directory`.

Documented choices for vague phrases:

- ``Các đơn vị, địa phương``: the plan does not say who, so every agency that
  can be asked to report is covered (all kinds except ``provincial``,
  ``enterprise`` and ``other``).
- ``Đơn vị liên quan`` / ``Cơ quan liên quan`` is *vague*: a cell that says only
  that makes no agency a party. Such a task concerns every agency only as
  ``liên quan (chung)``: an agency's import lists it apart, among the tasks not
  given to it, and keeps it out of its task list, reports and completeness.
- A named role beats a group role: an agency named as coordinator on a task led
  by ``Các sở, ban, ngành`` coordinates it.
- ``Các sở, ngành liên quan`` (and ``Các sở, ban, ngành``): provincial
  departments, boards, sectors, police and military; not universities, press,
  associations or local committees.
- ``Các cơ sở y tế`` and ``Các cơ quan đại diện của Việt Nam ở nước ngoài`` are
  recognised (so they are not "unknown") but cover no kind: health facilities
  and missions abroad are not agencies of the directory.
"""

from __future__ import annotations

from dataclasses import dataclass

KINDS: tuple[str, ...] = (
    "department",
    "board",
    "sector",
    "police",
    "military",
    "university",
    "press",
    "association",
    "local",
    "provincial",
    "enterprise",
    "other",
)

KIND_LABELS: dict[str, str] = {
    "department": "Sở",
    "board": "Ban",
    "sector": "Ngành, cơ quan khác thuộc tỉnh",
    "police": "Công an tỉnh",
    "military": "Quân sự, biên phòng",
    "university": "Trường đại học, cao đẳng",
    "press": "Báo chí, phát thanh, truyền hình",
    "association": "Hội, hiệp hội",
    "local": "UBND huyện, thành phố, xã, phường",
    "provincial": "Cơ quan lãnh đạo cấp tỉnh (UBND, HĐND, Tỉnh ủy)",
    "enterprise": "Doanh nghiệp",
    "other": "Khác",
}

# Departments, boards, sectors, police and military: "sở, ban, ngành".
PROVINCIAL_BODIES = frozenset({"department", "board", "sector", "police", "military"})
# Every agency a plan can ask to act or report: provincial bodies, universities,
# press, associations and the local people's committees.
ALL_UNITS = PROVINCIAL_BODIES | {"university", "press", "association", "local"}


@dataclass(frozen=True)
class GroupTerm:
    """A group phrase: ``key`` (stable id), ``label`` (Vietnamese, as plans write
    it), the agency ``kinds`` it covers and other ways of writing it."""

    key: str
    label: str
    kinds: frozenset[str]
    aliases: tuple[str, ...] = ()
    vague: bool = False  # "đơn vị liên quan": concerns everyone only as "liên quan (chung)"

    @property
    def phrases(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


def _g(key: str, label: str, kinds, *aliases: str, vague: bool = False) -> GroupTerm:
    return GroupTerm(key, label, frozenset(kinds), tuple(aliases), vague)


GROUP_TERMS: tuple[GroupTerm, ...] = (
    _g("so_ban_nganh", "Các sở, ban, ngành", PROVINCIAL_BODIES,
       "sở, ban, ngành tỉnh", "sở, ngành", "sở, ban, ngành, đoàn thể"),
    _g("so_ban_nganh_don_vi", "Các sở, ban, ngành, đơn vị",
       PROVINCIAL_BODIES | {"university", "press", "association"},
       "sở, ban, ngành và đơn vị", "sở, ban, ngành, đơn vị tỉnh"),
    _g("so_ban_nganh_dia_phuong", "Các sở, ban, ngành, đơn vị, địa phương", ALL_UNITS,
       "sở, ban, ngành, đơn vị và địa phương", "sở, ban, ngành, địa phương",
       "sở, ban, ngành và địa phương", "sở, ngành, địa phương",
       "sở, ban, ngành, đơn vị, địa phương trong tỉnh"),
    _g("don_vi_dia_phuong", "Các đơn vị, địa phương", ALL_UNITS,
       "đơn vị và địa phương", "cơ quan, đơn vị, địa phương",
       "cơ quan, đơn vị và địa phương", "địa phương, đơn vị"),
    _g("dia_phuong", "Các địa phương", {"local"}, "địa phương"),
    _g("ubnd_huyen", "UBND huyện, thành phố", {"local"},
       "UBND các huyện, thành phố", "Ủy ban nhân dân huyện, thành phố",
       "Ủy ban nhân dân các huyện, thành phố", "UBND huyện, thị xã, thành phố",
       "UBND các huyện, thị xã, thành phố", "UBND huyện, thành phố, thị xã",
       "UBND các huyện", "UBND cấp huyện", "Ủy ban nhân dân cấp huyện"),
    _g("ubnd_xa", "UBND các xã, phường", {"local"},
       "UBND xã, phường", "Ủy ban nhân dân các xã, phường",
       "Ủy ban nhân dân xã, phường", "UBND các xã, phường, đặc khu",
       "UBND xã, phường, đặc khu", "UBND các xã, phường, thị trấn",
       "UBND xã, phường, thị trấn", "UBND cấp xã", "Ủy ban nhân dân cấp xã",
       "UBND các xã"),
    _g("khcn_cong_lap", "Các cơ quan, đơn vị có tổ chức khoa học và công nghệ công lập",
       {"department", "board", "sector", "university"},
       "cơ quan, đơn vị có tổ chức KH&CN công lập",
       "đơn vị có tổ chức khoa học và công nghệ công lập",
       "tổ chức khoa học và công nghệ công lập"),
    _g("khcn_cong_lap_dia_phuong",
       "Các cơ quan, đơn vị, địa phương có tổ chức khoa học và công nghệ công lập",
       {"department", "board", "sector", "university", "local"},
       "cơ quan, đơn vị, địa phương có tổ chức KH&CN công lập"),
    _g("bao_chi", "Các cơ quan báo chí, thông tin và truyền thông trên địa bàn tỉnh",
       {"press"},
       "cơ quan báo chí", "cơ quan báo chí, truyền thông", "cơ quan thông tin, báo chí",
       "cơ quan báo chí, thông tin, truyền thông", "cơ quan thông tấn, báo chí"),
    _g("truong_dh_cd", "Trường đại học, cao đẳng trên địa bàn tỉnh", {"university"},
       "trường đại học, cao đẳng, dạy nghề", "trường đại học, cao đẳng, trung cấp",
       "trường đại học, cao đẳng, cơ sở giáo dục nghề nghiệp", "trường đại học",
       "trường đại học và cao đẳng", "cơ sở giáo dục đại học",
       "cơ sở giáo dục đại học, giáo dục nghề nghiệp"),
    _g("co_so_gd_nghien_cuu", "Các cơ sở giáo dục và đào tạo, cơ sở nghiên cứu trong tỉnh",
       {"university"},
       "cơ sở giáo dục, cơ sở nghiên cứu", "cơ sở giáo dục đào tạo, cơ sở nghiên cứu",
       "cơ sở nghiên cứu", "viện, trường", "trường đại học, viện nghiên cứu"),
    _g("don_vi_lien_quan", "Đơn vị liên quan", ALL_UNITS,
       "đơn vị có liên quan", "cơ quan, đơn vị liên quan", "cơ quan, đơn vị có liên quan",
       "cơ quan liên quan", "cơ quan có liên quan", "ngành, đơn vị liên quan", "tổ chức, cá nhân liên quan",
       "đơn vị, địa phương liên quan", "cơ quan, đơn vị, địa phương liên quan", vague=True),
    _g("so_nganh_lien_quan", "Các sở, ngành liên quan", PROVINCIAL_BODIES,
       "sở, ngành có liên quan", "sở, ban, ngành liên quan", "sở, ban, ngành có liên quan",
       "sở, ban, ngành, đơn vị liên quan",
       "ngành liên quan", "ngành có liên quan", "ngành chức năng"),
    _g("co_quan_dai_dien_nuoc_ngoai", "Các cơ quan đại diện của Việt Nam ở nước ngoài",
       frozenset(),
       "cơ quan đại diện Việt Nam ở nước ngoài",
       "cơ quan địa diện của Việt Nam ở nước ngoài",  # typo in the 2025 plan
       "cơ quan đại diện người Việt Nam ở nước ngoài",
       "cơ quan địa diện người Việt Nam ở nước ngoài"),
    _g("co_so_y_te", "Các cơ sở y tế", frozenset(),
       "cơ sở khám bệnh, chữa bệnh", "cơ sở y tế công lập"),
    _g("to_chuc_chinh_tri_xa_hoi", "Các tổ chức chính trị - xã hội", {"association"},
       "tổ chức chính trị - xã hội, xã hội nghề nghiệp", "hội, đoàn thể",
       "tổ chức chính trị - xã hội và tổ chức xã hội nghề nghiệp"),
    _g("doanh_nghiep", "Các doanh nghiệp", {"enterprise"},
       "doanh nghiệp", "doanh nghiệp, hợp tác xã"),
)
