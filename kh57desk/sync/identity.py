"""Who produces a package: this database's id, agency and mode, its signing key, and its next
sequence number."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from sqlalchemy.orm import Session

from kh57desk.db.models import Setting, new_uid
from kh57desk.domain.text import fold
from kh57desk.services import settings as settings_service
from kh57desk.services.setup import require_configured
from kh57desk.signing import origin
from kh57desk.sync import container


def database_id(session: Session) -> str:
    prefs = settings_service.load(session)
    if not prefs.database_id:
        prefs.database_id = new_uid()
        settings_service.save(session, prefs)
    return prefs.database_id


def producer(session: Session) -> dict:
    prefs = require_configured(session)
    return {"database_id": database_id(session), "agency": prefs.agency_name, "mode": prefs.mode}


def origin_key(session: Session) -> origin.OriginKey:
    """The signing key of the database behind ``session``, kept in the same data folder (created
    on first use for a database made before keys existed)."""
    return origin.load_or_create(Path(session.get_bind().url.database).parent)


def write_signed(session: Session, target: Path, manifest: dict, files: dict[str, bytes],
                 signature: bytes | None = None) -> Path:
    """Write a package whose manifest ``build`` gave this database's public key, signed with it."""
    key = origin_key(session)
    return container.write_package(target, manifest, files, signature,
                                   key.sign(container.manifest_bytes(manifest)))


def next_sequence(session: Session, recipient: str | None = None) -> int:
    """The next sequence number of a package. Packages addressed to one agency (tasks, verdicts)
    count on that agency's own counter, so the numbers it sees stay close together however many
    packages the coordinator sends to others (a receiver refuses a jump of more than 1,000); the
    counter starts from the database's overall one, so it never goes back below a number sent."""
    prefs = settings_service.load(session)
    if recipient is None:
        prefs.package_sequence += 1
        settings_service.save(session, prefs)
        return prefs.package_sequence
    key = "package_sequence:" + hashlib.sha256(fold(recipient).encode("utf-8")).hexdigest()[:16]
    row = session.get(Setting, key)
    value = (int(row.value) if row is not None else prefs.package_sequence) + 1
    if row is None:
        session.add(Setting(key=key, value=str(value)))
    else:
        row.value = str(value)
    session.flush()
    return value


def file_stem(text: str) -> str:
    """A file name part from an agency name or period: ASCII letters, digits and dashes
    (``Sở Văn hóa, Thể thao và Du lịch`` → ``so-van-hoa-the-thao-va-du-lich``)."""
    ascii_text = unicodedata.normalize("NFKD", fold(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:80] or "goi"
