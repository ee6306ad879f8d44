"""The provincial units shipped as data: 34 in force since 1/7/2025, former ones accepted."""

from __future__ import annotations

import pytest

from kh57desk.domain.provinces import CITY, ProvinceList, place_for, superior_name_for
from kh57desk.services import provinces


@pytest.fixture(scope="module")
def units() -> ProvinceList:
    return provinces.load()


def test_the_shipped_list_has_the_34_units_in_force(units):
    assert len(units.current) == 34
    assert sum(unit.kind == CITY for unit in units.current) == 6
    assert {unit.name for unit in units.current if unit.kind == CITY} == {
        "Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}
    assert len({unit.name for unit in units.current}) == 34


@pytest.mark.parametrize("typed, superior, place", [
    ("Hưng Yên", "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", "Hưng Yên"),
    ("tinh hung yen", "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", "Hưng Yên"),
    ("TP Hồ Chí Minh", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "Thành phố Hồ Chí Minh"),
    ("Thành phố Hà Nội", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Hà Nội"),
    ("Thái Bình", "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH", "Thái Bình"),  # a former province, for older plans
    ("Tỉnh Nam Định (cũ, nay thuộc tỉnh Ninh Bình)", "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH", "Nam Định"),
    ("Tỉnh Mới Lập", "ỦY BAN NHÂN DÂN TỈNH MỚI LẬP", "Mới Lập"),  # not in the list: taken as typed
])
def test_header_names_from_any_spelling(units, typed, superior, place):
    assert superior_name_for(typed, units) == superior
    assert place_for(typed, units) == place


def test_former_units_name_where_they_belong_now(units):
    thai_binh = units.find("thai binh")
    assert not thai_binh.current
    assert thai_binh.label == "Tỉnh Thái Bình (cũ, nay thuộc tỉnh Hưng Yên)"
    assert units.find("") is None and units.find("Atlantis") is None


def test_init_sets_the_report_header_from_the_province(workspace):
    from kh57desk.services import settings as settings_service, setup

    with workspace.db.transaction() as session:
        setup.initialise(session, "Sở Y tế", province="da nang")
    with workspace.db.reader() as session:
        prefs = settings_service.load(session)
    assert (prefs.superior_name, prefs.place) == ("ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG", "Đà Nẵng")
