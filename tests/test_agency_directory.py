"""Agency directory: matching names, splitting agency cells, who is concerned."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kh57desk.domain.agency_directory import (
    DEFAULT_AGENCIES,
    GROUP_TERMS,
    KIND_LABELS,
    KINDS,
    Agency,
    AgencyDirectory,
    Assignment,
    Mention,
    default_directory,
    name_key,
)
from kh57desk.domain.text import clean
from kh57desk.errors import InputError

REPO_ROOT = Path(__file__).resolve().parents[1]


def _shared_dir() -> Path:
    override = os.environ.get("KH57_SHARED")
    return Path(override) if override else REPO_ROOT.parent / "shared"


REFERENCE = _shared_dir() / "reference"
NARRATIVE = REFERENCE / "ke-hoach-thai-binh-nq57-narrative.txt"
DECISION = REFERENCE / "tieu-ban-thai-binh-2025-phu-luc.txt"
SAMPLE_PLAN = REPO_ROOT / "resources" / "sample" / "tieu-ban-thai-binh-2025.json"

DIRECTORY = default_directory()

KHCN = "Sở Khoa học và Công nghệ"
NOI_VU = "Sở Nội vụ"
TAI_CHINH = "Sở Tài chính"
CONG_THUONG = "Sở Công Thương"
BQL = "Ban Quản lý khu kinh tế và các khu công nghiệp tỉnh"
DHTB = "Trường Đại học Thái Bình"
DHYD = "Trường Đại học Y - Dược Thái Bình"
GDDT = "Sở Giáo dục và Đào tạo"
VHTTDL = "Sở Văn hóa, Thể thao và Du lịch"
VP_UBND = "Văn phòng Ủy ban nhân dân tỉnh"
LHH = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"


def agency(name: str) -> Agency:
    found = [a for a in DEFAULT_AGENCIES if a.name == name]
    assert found, name
    return found[0]


def summary(mentions: list[Mention]) -> list[str]:
    """An agency as its directory name, a group as ``group:key``, unknown as ``?text``."""
    out = []
    for m in mentions:
        if m.agency is not None:
            out.append(m.agency.name)
        elif m.group is not None:
            out.append(f"group:{m.group.key}")
        else:
            out.append(f"?{m.text}")
    return out


def cell_lines(path: Path) -> list[str]:
    """Every ``Cơ quan chủ trì…:`` / ``Đơn vị chủ trì…:`` / ``Cơ quan đầu mối:`` cell."""
    pattern = re.compile(r"^(?:Cơ quan|Đơn vị) (?:chủ trì|đầu mối)[^:]*:(.*)$")
    cells = []
    for line in path.read_text(encoding="utf-8").splitlines():
        found = pattern.match(clean(line))
        if found:
            cells.append(clean(found.group(1)))
    return cells


# Hand-written: every distinct agency cell of the narrative plan.
NARRATIVE_CELLS: dict[str, list[str]] = {
    "Sở Khoa học và Công nghệ.": [KHCN],
    "Các sở, ban, ngành, đơn vị, địa phương thuộc tỉnh.": ["group:so_ban_nganh_dia_phuong"],
    "Sở Khoa học và Công nghệ, Sở Nội vụ, Công an tỉnh.": [KHCN, NOI_VU, "Công an tỉnh"],
    "Sở Khoa học và Công nghệ; các cơ quan báo chí, thông tin và truyền thông trên địa bàn tỉnh.":
        [KHCN, "group:bao_chi"],
    "Sở Nội vụ.": [NOI_VU],
    "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh.": [LHH],
    "Sở Văn hóa, Thể thao và Du lịch.": [VHTTDL],
    "Các sở, ban, ngành, đơn vị, địa phương.": ["group:so_ban_nganh_dia_phuong"],
    "Các sở, ban, ngành, đơn vị, địa phương": ["group:so_ban_nganh_dia_phuong"],
    "Sở Tài chính.": [TAI_CHINH],
    "Văn phòng Ủy ban nhân dân tỉnh.": [VP_UBND],
    "Trường Đại học Thái Bình, Trường Đại học Y - Dược Thái Bình.": [DHTB, DHYD],
    "Các cơ quan, đơn vị, địa phương có tổ chức khoa học và công nghệ công lập.":
        ["group:khcn_cong_lap_dia_phuong"],
    "Sở Tài chính, Sở Công thương, Ban Quản lý khu kinh tế và các khu công nghiệp tỉnh, "
    "các địa phương thuộc tỉnh.": [TAI_CHINH, CONG_THUONG, BQL, "group:dia_phuong"],
    "Sở Khoa học và Công nghệ, Sở Nội vụ, Sở Tài chính.": [KHCN, NOI_VU, TAI_CHINH],
    "Ban Quản lý khu kinh tế và các khu công nghiệp tỉnh và các sở, ban, ngành, đơn vị, "
    "địa phương.": [BQL, "group:so_ban_nganh_dia_phuong"],
    "Ban Quản lý khu kinh tế và các khu công nghiệp tỉnh, Sở Khoa học và Công nghệ và các "
    "địa phương.": [BQL, KHCN, "group:dia_phuong"],
    "Sở Nông nghiệp và Môi trường.": ["Sở Nông nghiệp và Môi trường"],
    "Sở Công Thương.": [CONG_THUONG],
    "Ban Quản lý Khu kinh tế và các khu công nghiệp.": [BQL],
    "Sở Y tế.": ["Sở Y tế"],
    "Trường Đại học Y - Dược Thái Bình.": [DHYD],
    "Sở Giáo dục và Đào tạo.": [GDDT],
    "Các cơ sở giáo dục và đào tạo, cơ sở nghiên cứu trong tỉnh.": ["group:co_so_gd_nghien_cuu"],
    "Trường đại học, cao đẳng, dạy nghề trên địa bàn tỉnh.": ["group:truong_dh_cd"],
    "Trường đại học, cao đẳng trên địa bàn tỉnh.": ["group:truong_dh_cd"],
    "Công an tỉnh.": ["Công an tỉnh"],
}

# Hand-written: the decision's section II.3 ("Các hoạt động khác").
DECISION_CELLS: dict[str, list[str]] = {"Sở Khoa học và Công nghệ.": [KHCN]}

# Hand-written: the appendix table's cells that are not a single plain name.
APPENDIX_CELLS: dict[str, list[str]] = {
    "Các sở, ban, ngành, UBND huyện, thành phố": ["group:so_ban_nganh", "group:ubnd_huyen"],
    "Sở Giáo dục và Đào tạo; các sở, ban, ngành và đơn vị liên quan":
        [GDDT, "group:so_ban_nganh", "group:don_vi_lien_quan"],
    "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh; Hội Văn học Nghệ thuật tỉnh và các sở, ban, "
    "ngành và đơn vị liên quan":
        [LHH, "Hội Văn học Nghệ thuật tỉnh", "group:so_ban_nganh", "group:don_vi_lien_quan"],
    "Sở Tư pháp, UBND huyện, thành phố và các sở, ban, ngành và đơn vị liên quan":
        ["Sở Tư pháp", "group:ubnd_huyen", "group:so_ban_nganh", "group:don_vi_lien_quan"],
    "Công an tỉnh, Văn phòng UBND tỉnh, các sở, ban, ngành, UBND huyện, thành phố":
        ["Công an tỉnh", VP_UBND, "group:so_ban_nganh", "group:ubnd_huyen"],
    "Các sở, ban, ngành, Uỷ ban nhân dân huyện, thành phố và và đơn vị liên quan":
        ["group:so_ban_nganh", "group:ubnd_huyen", "group:don_vi_lien_quan"],
    "Các sở, ban, ngành, Các đơn vị liên quan": ["group:so_ban_nganh", "group:don_vi_lien_quan"],
    "Trường Đại học Y Dược Thái Bình, các sở, ban, ngành và đơn vị liên quan":
        [DHYD, "group:so_ban_nganh", "group:don_vi_lien_quan"],
    "Trường Đại học Y – Dược Thái Bình": [DHYD],
    "Sở Văn hoá, Thể thao và Du lịch": [VHTTDL],
    "Sở Công thương, Sở Nông nghiệp và Môi trường; Sở Xây dựng, Sở Y tế":
        [CONG_THUONG, "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Y tế"],
    "Ban Quản lý Khu kinh tế và các Khu công nghiệp tỉnh, Sở Công thương và các đơn vị có liên "
    "quan": [BQL, CONG_THUONG, "group:don_vi_lien_quan"],
    "Ban Quản lý Khu kinh tế và các Khu công nghiệp; Sở Khoa học và Công nghệ, đơn vị có liên "
    "quan": [BQL, KHCN, "group:don_vi_lien_quan"],
    "Sở Tài chính, các cơ sở y tế, đơn vị liên quan":
        [TAI_CHINH, "group:co_so_y_te", "group:don_vi_lien_quan"],
    "Sở Tài chính, Sở Khoa học và Công nghệ và đơn vị liên quan":
        [TAI_CHINH, KHCN, "group:don_vi_lien_quan"],
    "Trung tâm xúc tiến đầu tư, Ban Quản lý khu kinh tế và các khu công nghiệp":
        ["Trung tâm Xúc tiến đầu tư tỉnh", BQL],
    "Các cơ quan địa diện của Việt Nam ở nước ngoài, các sở, ban, ngành, UBND huyện, thành phố "
    "và đơn vị liên quan": ["group:co_quan_dai_dien_nuoc_ngoai", "group:so_ban_nganh",
                            "group:ubnd_huyen", "group:don_vi_lien_quan"],
    "Văn phòng UBND tỉnh, các cơ quan địa diện người Việt Nam ở nước ngoài, các sở, ban, ngành, "
    "UBND huyện, thành phố và đơn vị liên quan":
        [VP_UBND, "group:co_quan_dai_dien_nuoc_ngoai", "group:so_ban_nganh",
         "group:ubnd_huyen", "group:don_vi_lien_quan"],
    "Bộ Chỉ huy Bộ đội Biên phòng tỉnh": ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
    "UBND thành phố Thái Bình": ["Ủy ban nhân dân thành phố Thái Bình"],
    "Các đơn vị có liên quan": ["group:don_vi_lien_quan"],
    "Đơn vị có liên quan": ["group:don_vi_lien_quan"],
    # The same cells as the PDF extraction breaks them over lines.
    "Sở Khoa học và Công \nnghệ; Các sở, ban, \nngành, UBND huyện, \nthành phố và đơn vị "
    "liên \nquan":
        [KHCN, "group:so_ban_nganh", "group:ubnd_huyen", "group:don_vi_lien_quan"],
    "Liên hiệp các \nHội Khoa \nhọc và Kỹ \nthuật tỉnh": [LHH],
}


# -- reference documents -------------------------------------------------------

def test_narrative_has_the_expected_cells():
    cells = cell_lines(NARRATIVE)
    assert len(cells) == 82  # 81 "Cơ quan chủ trì…" lines and one "Cơ quan đầu mối"
    assert set(cells) == set(NARRATIVE_CELLS)


@pytest.mark.parametrize("cell", sorted(NARRATIVE_CELLS))
def test_narrative_cells_split_as_written_by_hand(cell):
    assert summary(DIRECTORY.split(cell)) == NARRATIVE_CELLS[cell]


def test_decision_section_ii3_cells():
    cells = cell_lines(DECISION)
    assert len(cells) == 4
    for cell in cells:
        assert summary(DIRECTORY.split(cell)) == DECISION_CELLS[cell]


@pytest.mark.parametrize("cell", sorted(APPENDIX_CELLS))
def test_appendix_cells_split_as_written_by_hand(cell):
    assert summary(DIRECTORY.split(cell)) == APPENDIX_CELLS[cell]


def test_every_cell_of_the_sample_plan_is_understood():
    if not SAMPLE_PLAN.exists():
        pytest.skip("resources/sample/tieu-ban-thai-binh-2025.json is not there yet")
    tasks = json.loads(SAMPLE_PLAN.read_text(encoding="utf-8"))["tasks"]
    assert len(tasks) == 98
    problems = []
    for task in tasks:
        for field in ("lead", "coordinating"):
            mentions = DIRECTORY.split(task[field])
            if task[field].strip() and not mentions:
                problems.append((task["ref"], field, "no mention"))
            problems += [(task["ref"], field, m.text) for m in mentions if m.unknown]
        assert DIRECTORY.split(task["lead"]), task["ref"]  # every task has a lead
    assert problems == []


# -- mention texts ---------------------------------------------------------------

def test_mention_text_is_as_written_without_trailing_period():
    mentions = DIRECTORY.split("Sở Tài chính, Sở Công thương, các địa phương thuộc tỉnh.")
    assert [m.text for m in mentions] == [
        "Sở Tài chính", "Sở Công thương", "các địa phương thuộc tỉnh"]
    assert mentions[1].agency == agency(CONG_THUONG)


def test_unknown_piece_is_kept_with_its_text():
    mentions = DIRECTORY.split("Sở Tài chính, Hội Nông dân tỉnh và đơn vị liên quan")
    assert summary(mentions) == [TAI_CHINH, "?Hội Nông dân tỉnh", "group:don_vi_lien_quan"]
    assert mentions[1].unknown and not mentions[0].unknown and not mentions[2].unknown


def test_unknown_name_with_commas_stays_one_piece():
    mentions = DIRECTORY.split("Trung tâm Phục vụ hành chính công, xúc tiến đầu tư và hỗ trợ "
                               "doanh nghiệp; Sở Y tế")
    assert summary(mentions) == [
        "?Trung tâm Phục vụ hành chính công, xúc tiến đầu tư và hỗ trợ doanh nghiệp", "Sở Y tế"]


def test_unknown_names_starting_with_capitals_are_separate():
    assert summary(DIRECTORY.split("Cục Thuế tỉnh, Kho bạc Nhà nước tỉnh")) == [
        "?Cục Thuế tỉnh", "?Kho bạc Nhà nước tỉnh"]


@pytest.mark.parametrize("cell", ["", "   ", None, ";;,, và và", "...", "\n\n"])
def test_blank_cells_give_no_mentions(cell):
    assert DIRECTORY.split(cell) == []


def test_line_breaks_and_bullets_separate_agencies():
    cell = "- Sở Tài chính;\n- Sở Y tế\n+ Công an tỉnh"
    assert summary(DIRECTORY.split(cell)) == [TAI_CHINH, "Sở Y tế", "Công an tỉnh"]


def test_ampersand_and_va_separate_agencies():
    assert summary(DIRECTORY.split("Sở Y tế & Sở Tư pháp và Công an tỉnh")) == [
        "Sở Y tế", "Sở Tư pháp", "Công an tỉnh"]


# -- matching --------------------------------------------------------------------

@pytest.mark.parametrize("written, expected", [
    ("Sở Khoa học và Công nghệ", KHCN),
    ("sở khoa học và công nghệ", KHCN),
    ("SO KHOA HOC VA CONG NGHE", KHCN),
    ("Sở  Khoa   học và\nCông nghệ ", KHCN),
    ("Sở KH&CN", KHCN),
    ("Sở KHCN", KHCN),
    ("Sở KH và CN", KHCN),
    ("Sở KH & CN tỉnh", KHCN),
    ("Sở Khoa học và Công nghệ tỉnh Thái Bình", KHCN),
    ("Sở Thông tin và Truyền thông", KHCN),  # merged into KH&CN in 2025
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
    ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
    ("Uỷ ban nhân dân tỉnh Thái Bình", "Ủy ban nhân dân tỉnh"),
    ("Sở TC", TAI_CHINH),
    ("Sở Kế hoạch và Đầu tư", TAI_CHINH),
    ("Sở VHTTDL", VHTTDL),
    ("Sở Văn hoá, Thể thao và Du lịch", VHTTDL),
    ("sở văn hóa thể thao & du lịch", VHTTDL),
    ("Sở GD&ĐT", GDDT),
    ("Sở GD & ĐT", GDDT),
    ("BQL KKT và các KCN", BQL),
    ("Ban Quản lý Khu kinh tế và các khu công nghiệp", BQL),
    ("Ban quản lý khu kinh tế và các khu công nghiệp thuộc tỉnh", BQL),
    ("Sở Công thương", CONG_THUONG),
    ("Trường Đại học Y-Dược Thái Bình", DHYD),
    ("Trường Đại học Y – Dược Thái Bình", DHYD),
    ("Trường Đại học Y Dược Thái Bình", DHYD),
    ("truong dai hoc y duoc thai binh", DHYD),
    ("Công an tỉnh Thái Bình", "Công an tỉnh"),
    ("Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
    ("Văn phòng UBND tỉnh", VP_UBND),
    ("Liên hiệp các Hội KH&KT tỉnh", LHH),
    ("Báo và Phát thanh, Truyền hình tỉnh", "Báo và Phát thanh, Truyền hình tỉnh"),
    ("Ngân hàng Nhà nước chi nhánh tỉnh", "Ngân hàng Nhà nước chi nhánh tỉnh"),
    ("Hiệp hội Doanh nghiệp tỉnh", "Hiệp hội Doanh nghiệp tỉnh"),
    ("Thanh tra tỉnh", "Thanh tra tỉnh"),
    ("Sở Dân tộc và Tôn giáo", "Sở Dân tộc và Tôn giáo"),
])
def test_match_aliases_and_variants(written, expected):
    found = DIRECTORY.match(written)
    assert found is not None, written
    assert found.name == expected


@pytest.mark.parametrize("written", [
    "", None, "Sở", "tỉnh", "Bộ Công an", "Sở Khoa học", "Trường Đại học Y",
    "Các sở, ban, ngành", "UBND huyện, thành phố", "Sở Y tế, Sở Tư pháp",
])
def test_match_refuses_what_is_not_one_agency(written):
    assert DIRECTORY.match(written) is None


@pytest.mark.parametrize("written, key", [
    ("Các sở, ban, ngành", "so_ban_nganh"),
    ("các sở ban ngành", "so_ban_nganh"),
    ("CÁC SỞ, BAN, NGÀNH", "so_ban_nganh"),
    ("sở, ban, ngành thuộc tỉnh", "so_ban_nganh"),
    ("UBND các huyện, thành phố", "ubnd_huyen"),
    ("Ủy ban nhân dân huyện, thành phố", "ubnd_huyen"),
    ("UBND các xã, phường", "ubnd_xa"),
    ("UBND xã, phường", "ubnd_xa"),
    ("các địa phương thuộc tỉnh", "dia_phuong"),
    ("Các cơ quan, đơn vị có tổ chức khoa học và công nghệ công lập", "khcn_cong_lap"),
    ("Các cơ quan báo chí, thông tin và truyền thông trên địa bàn tỉnh", "bao_chi"),
    ("Trường đại học, cao đẳng trên địa bàn tỉnh Thái Bình", "truong_dh_cd"),
    ("các sở, ngành liên quan", "so_nganh_lien_quan"),
    ("Các đơn vị, địa phương", "don_vi_dia_phuong"),
    ("đơn vị liên quan", "don_vi_lien_quan"),
])
def test_match_group(written, key):
    group = DIRECTORY.match_group(written)
    assert group is not None and group.key == key


def test_directory_from_an_edited_list():
    hospital = Agency("Bệnh viện Đa khoa tỉnh", "BVĐK tỉnh", ("Bệnh viện tỉnh",), "other")
    directory = AgencyDirectory([*DEFAULT_AGENCIES, hospital])
    assert directory.match("BVĐK tỉnh Thái Bình") == hospital
    assert summary(directory.split("Sở Y tế, Bệnh viện tỉnh")) == ["Sở Y tế", hospital.name]
    assert DIRECTORY.match("Bệnh viện tỉnh") is None
    assert len(directory) == len(DEFAULT_AGENCIES) + 1


def test_other_province_suffix():
    directory = AgencyDirectory([Agency("Sở Y tế", kind="department")], province="Hưng Yên")
    assert directory.match("Sở Y tế tỉnh Hưng Yên") is not None
    assert directory.match("Sở Y tế thuộc tỉnh") is not None


def test_agency_is_cleaned_and_validated():
    a = Agency("  Sở   Y tế ", aliases=["SYT", " "], kind="department")
    assert a.name == "Sở Y tế" and a.aliases == ("SYT",)
    with pytest.raises(InputError):
        Agency("   ")
    with pytest.raises(InputError):
        Agency("Sở Y tế", kind="hospital")


def test_kinds_and_groups_are_consistent():
    assert set(KIND_LABELS) == set(KINDS)
    assert all(a.kind in KINDS for a in DEFAULT_AGENCIES)
    keys = [g.key for g in GROUP_TERMS]
    assert len(keys) == len(set(keys))
    for group in GROUP_TERMS:
        assert group.kinds <= set(KINDS), group.key
        for phrase in group.phrases:
            assert DIRECTORY.match_group(phrase) == group, phrase
            assert DIRECTORY.match(phrase) is None, phrase  # no name is also a group


def test_every_written_form_of_a_default_agency_finds_it():
    for a in DEFAULT_AGENCIES:
        for written in a.names:
            assert DIRECTORY.match(written) == a, written
            assert summary(DIRECTORY.split(written)) == [a.name], written


def test_name_key():
    assert name_key("Sở KH&CN") == name_key("sở kh và cn") == "so kh va cn"
    assert name_key("Y - Dược") == name_key("Y-Dược") == name_key("y dược") == "y duoc"


# -- who does what ----------------------------------------------------------------

def test_lead_named_in_a_list():
    cell = "Sở Khoa học và Công nghệ, Sở Nội vụ, Công an tỉnh"
    result = DIRECTORY.assignment(agency(KHCN), cell, "")
    assert result == Assignment("lead", "Được giao chủ trì")


def test_lead_through_a_group():
    result = DIRECTORY.assignment(agency("Sở Y tế"), "Các sở, ban, ngành, đơn vị, địa phương", "")
    assert result is not None and result.role == "lead"
    assert result.reason == 'Thuộc nhóm "Các sở, ban, ngành, đơn vị, địa phương"'


def test_commune_coordinates_through_the_district_group():
    commune = Agency("UBND xã Vũ Phúc", kind="local")
    result = DIRECTORY.assignment(commune, "Sở Nội vụ", "Các sở, ban, ngành, UBND huyện, thành phố")
    assert result == Assignment("coordinate", 'Thuộc nhóm "UBND huyện, thành phố"')


def test_university_is_not_covered_by_local_committees():
    university = agency(DHTB)
    assert DIRECTORY.assignment(university, "Sở Nội vụ", "UBND huyện, thành phố") is None
    mention = DIRECTORY.split("UBND huyện, thành phố")[0]
    assert not DIRECTORY.covers(mention, university)
    assert DIRECTORY.covers(mention, Agency("UBND huyện Kiến Xương", kind="local"))


def test_lead_wins_over_coordinate():
    result = DIRECTORY.assignment(agency(TAI_CHINH), "Các sở, ban, ngành", "Các sở, ngành liên quan")
    assert result is not None and result.role == "lead"


def test_a_named_role_wins_over_a_group_role():  # issue 13: named as coordinator, led by "Các sở, ban, ngành"
    result = DIRECTORY.assignment(agency(TAI_CHINH), "Các sở, ban, ngành", "Sở Tài chính")
    assert result == Assignment("coordinate", "Được giao phối hợp")


def test_named_coordinator():
    result = DIRECTORY.assignment(agency(TAI_CHINH), "Sở Y tế", "Sở Tài chính, các cơ sở y tế")
    assert result == Assignment("coordinate", "Được giao phối hợp")


def test_a_name_wins_over_a_group_in_the_same_cell():
    result = DIRECTORY.assignment(agency(KHCN), "Các sở, ban, ngành; Sở KH&CN", None)
    assert result == Assignment("lead", "Được giao chủ trì")


def test_not_concerned():
    police = agency("Công an tỉnh")
    assert DIRECTORY.assignment(police, "Sở Y tế", "Trường đại học, cao đẳng") is None
    assert DIRECTORY.assignment(police, "", "") is None
    assert DIRECTORY.assignment(police, None, None) is None
    assert DIRECTORY.assignment(police, "Sở Y tế", "Các cơ sở y tế") is None


def test_covers_by_name_and_by_kind():
    mention = DIRECTORY.split("Sở KHCN")[0]
    assert DIRECTORY.covers(mention, agency(KHCN))
    assert not DIRECTORY.covers(mention, agency(NOI_VU))
    unknown = DIRECTORY.split("Hội Nông dân tỉnh")[0]
    assert unknown.unknown and not DIRECTORY.covers(unknown, agency(NOI_VU))
    press = DIRECTORY.split("các cơ quan báo chí")[0]
    assert DIRECTORY.covers(press, agency("Báo và Phát thanh, Truyền hình tỉnh"))
    assert not DIRECTORY.covers(press, agency(KHCN))
    group = DIRECTORY.split("Các sở, ban, ngành")[0]
    for kind_agency in (KHCN, "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", BQL, VP_UBND):
        assert DIRECTORY.covers(group, agency(kind_agency)), kind_agency
    for outside in (DHTB, "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân thành phố Thái Bình"):
        assert not DIRECTORY.covers(group, agency(outside)), outside


# -- properties ---------------------------------------------------------------------

_SEPARATOR_WORDS = re.compile(r"(?<!\S)(?:và|va|&)(?!\S)", re.IGNORECASE)

_FRAGMENTS = st.sampled_from([
    "Sở Y tế", "Sở Khoa học", "và", " và ", "Công nghệ", ",", ";", "\n", "Các sở, ban, ngành",
    "UBND huyện", "thành phố", "tỉnh", "Thái Bình", "Đơn vị liên quan", "&", "-", " ", ".",
    "Hội Nông dân", "Y - Dược", "đ", "Ð", "e\u0301", "\u00a0", "(", ")", "xyz", "Trường",
])
_CELLS = st.one_of(st.text(max_size=80), st.lists(_FRAGMENTS, max_size=20).map("".join))


@settings(max_examples=400, deadline=None)
@given(_CELLS)
def test_split_never_raises_and_texts_come_from_the_input(cell):
    mentions = DIRECTORY.split(cell)
    cleaned = clean(cell)
    position = 0
    for m in mentions:
        assert isinstance(m, Mention)
        assert m.text and m.text == m.text.strip()
        found = cleaned.find(m.text, position)
        assert found >= 0, (m.text, cleaned)  # in the input, in order, not overlapping
        position = found + len(m.text)
    if any(ch.isalnum() for ch in _SEPARATOR_WORDS.sub(" ", cleaned)):
        assert mentions


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(DEFAULT_AGENCIES), min_size=1, max_size=6),
       st.sampled_from(["; ", ", ", " và ", "\n", ",\n"]))
def test_known_names_joined_come_back(agencies, separator):
    cell = separator.join(a.name for a in agencies)
    assert [m.agency for m in DIRECTORY.split(cell)] == agencies


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_assignment_never_raises(lead, coordinating):
    result = DIRECTORY.assignment(agency(KHCN), lead, coordinating)
    assert result is None or result.role in ("lead", "coordinate")
