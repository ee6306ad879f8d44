"""The list of provincial-level units shipped as data (``resources/provinces/provinces.json``)."""

from __future__ import annotations

import functools
import json

from kh57desk import paths
from kh57desk.domain.provinces import ProvinceList

PROVINCES_FILE = "provinces.json"


@functools.lru_cache(maxsize=1)
def load() -> ProvinceList:
    """The units in force and the former ones; an unreadable file gives an empty list (the
    wizard then takes whatever the user types)."""
    try:
        text = (paths.resources_dir() / "provinces" / PROVINCES_FILE).read_text(encoding="utf-8")
        return ProvinceList(json.loads(text))
    except (OSError, ValueError):
        return ProvinceList({})
