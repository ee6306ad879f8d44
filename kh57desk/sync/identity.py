"""Who produces a package: this database's id, agency and mode, and its next sequence number."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy.orm import Session

from kh57desk.db.models import new_uid
from kh57desk.domain.text import fold
from kh57desk.services import settings as settings_service
from kh57desk.services.setup import require_configured


def database_id(session: Session) -> str:
    prefs = settings_service.load(session)
    if not prefs.database_id:
        prefs.database_id = new_uid()
        settings_service.save(session, prefs)
    return prefs.database_id


def producer(session: Session) -> dict:
    prefs = require_configured(session)
    return {"database_id": database_id(session), "agency": prefs.agency_name, "mode": prefs.mode}


def next_sequence(session: Session) -> int:
    prefs = settings_service.load(session)
    prefs.package_sequence += 1
    settings_service.save(session, prefs)
    return prefs.package_sequence


def file_stem(text: str) -> str:
    """A file name part from an agency name or period: ASCII letters, digits and dashes
    (``Sở Văn hóa, Thể thao và Du lịch`` → ``so-van-hoa-the-thao-va-du-lich``)."""
    ascii_text = unicodedata.normalize("NFKD", fold(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:80] or "goi"
