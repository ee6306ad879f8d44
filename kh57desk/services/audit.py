"""The audit log: who changed what, when."""

from __future__ import annotations

import getpass
import json

from sqlalchemy.orm import Session

from kh57desk.db.models import AuditLog


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some systems
        return ""


def record(session: Session, action: str, entity: str = "", entity_uid: str = "", **detail) -> None:
    session.add(AuditLog(actor=current_user(), action=action, entity=entity, entity_uid=entity_uid,
                         detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else ""))
