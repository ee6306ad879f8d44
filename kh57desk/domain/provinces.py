"""Provincial-level units: the 34 in force since 1/7/2025 and the former ones merged into them.

The list itself is data (``resources/provinces/provinces.json``) so that it can be edited
without a new program; this module only understands it: finding a unit by any spelling,
with or without diacritics or its kind (``tỉnh``, ``thành phố``, ``TP``), and deriving the
names a report header needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kh57desk.domain.text import clean, fold

CITY, PROVINCE = "thành phố", "tỉnh"
_KIND_PREFIX = re.compile(r"^(?:tỉnh|tinh|thành phố|thanh pho|tp\.?)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class ProvinceUnit:
    name: str                 # "Hưng Yên", "Hồ Chí Minh"
    kind: str                 # CITY or PROVINCE
    current: bool = True      # False: a former unit (merged on 1/7/2025)
    merged_into: str = ""     # for a former unit: the unit it belongs to now

    @property
    def full_name(self) -> str:
        """``tỉnh Hưng Yên``, ``thành phố Hà Nội``."""
        return f"{self.kind} {self.name}"

    @property
    def label(self) -> str:
        """What a list shows: ``Tỉnh Hưng Yên`` or ``Tỉnh Thái Bình (cũ, nay thuộc tỉnh Hưng Yên)``."""
        text = self.full_name[0].upper() + self.full_name[1:]
        return text if self.current else f"{text} (cũ, nay thuộc {self.merged_into})"

    @property
    def superior_name(self) -> str:
        """The body above a provincial department, as the report header prints it."""
        return f"ỦY BAN NHÂN DÂN {self.full_name.upper()}"

    @property
    def place(self) -> str:
        """The place name of the date line (Decree 30: a city named after a person keeps
        ``Thành phố``)."""
        return f"Thành phố {self.name}" if self.kind == CITY and self.name == "Hồ Chí Minh" else self.name


class ProvinceList:
    """The units of a ``provinces.json`` document, current ones first in the file's order."""

    def __init__(self, document: dict):
        units: list[ProvinceUnit] = []
        former: list[ProvinceUnit] = []
        for entry in document.get("units", []):
            name, kind = clean(entry.get("name")), clean(entry.get("kind")) or PROVINCE
            if not name:
                continue
            unit = ProvinceUnit(name, CITY if fold(kind) == fold(CITY) else PROVINCE)
            units.append(unit)
            for old in entry.get("former", []):
                if clean(old):
                    former.append(ProvinceUnit(clean(old), PROVINCE, current=False, merged_into=unit.full_name))
        self.current = units
        self.former = former

    @property
    def all(self) -> list[ProvinceUnit]:
        return self.current + self.former

    def find(self, text: str | None) -> ProvinceUnit | None:
        """The unit written as ``text``: ``Hưng Yên``, ``tỉnh hung yen``, ``TP Hồ Chí Minh``,
        ``Thành phố Hà Nội`` or a list label. None when nothing matches."""
        key = fold(clean(text).split("(")[0])
        key = _KIND_PREFIX.sub("", key).strip()
        if not key:
            return None
        for unit in self.all:
            if fold(unit.name) == key:
                return unit
        return None


def superior_name_for(province: str, provinces: ProvinceList) -> str:
    """The header's superior body for a province typed by the user; a name not in the list
    is taken as a province's own name (``ỦY BAN NHÂN DÂN TỈNH …``)."""
    unit = provinces.find(province)
    if unit is None:
        name = _KIND_PREFIX.sub("", clean(province)).strip()
        return f"ỦY BAN NHÂN DÂN TỈNH {name.upper()}" if name else ""
    return unit.superior_name


def place_for(province: str, provinces: ProvinceList) -> str:
    unit = provinces.find(province)
    return unit.place if unit is not None else _KIND_PREFIX.sub("", clean(province)).strip()
