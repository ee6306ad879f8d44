"""Who may send packages to this database: each sender bound to the database key that signs its
packages. At the coordinator, an agency is bound to the key that first sends its reports (after
the user compared the fingerprint, e.g. over the phone); at an agency, the coordinator is pinned
from its first task package. Afterwards a package for that sender signed with any other key is
refused. Binding, re-binding and revoking are audited; a revoked binding is kept for the record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.db.models import SenderCertificate, SenderKey, utcnow
from kh57desk.errors import InputError
from kh57desk.services import agencies, audit

AGENCY, COORDINATOR = "agency", "coordinator"
ROLE_LABELS = {AGENCY: "cơ quan thực hiện", COORDINATOR: "cơ quan tổng hợp"}


@dataclass(frozen=True)
class Binding:
    sender: str
    role: str
    fingerprint: str
    bound_at: dt.datetime
    bound_by: str
    revoked_at: dt.datetime | None
    last_sequence: int

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    def to_json(self) -> dict:
        return {"sender": self.sender, "role": self.role, "fingerprint": self.fingerprint,
                "bound_at": self.bound_at.isoformat(timespec="seconds"), "bound_by": self.bound_by,
                "revoked_at": self.revoked_at.isoformat(timespec="seconds") if self.revoked_at else None,
                "last_sequence": self.last_sequence, "active": self.active}


def _value(row: SenderKey) -> Binding:
    return Binding(row.sender, row.role, row.fingerprint, row.bound_at, row.bound_by, row.revoked_at,
                   row.last_sequence)


def sender_name(session: Session, name: str, role: str) -> str:
    """The name a binding is kept under: an agency's name as in the directory (so 'Sở Y tế' and
    its alias share one binding), the coordinator's name as it writes it."""
    if role == AGENCY:
        row = agencies.find(session, name)
        if row is not None:
            return row.name
    return name.strip()


def active_row(session: Session, sender: str, role: str) -> SenderKey | None:
    return session.scalar(select(SenderKey).where(SenderKey.sender == sender, SenderKey.role == role,
                                                  SenderKey.revoked_at.is_(None)))


def holder_of(session: Session, fingerprint: str, role: str) -> str | None:
    """The sender an active binding gives this key to, if any."""
    return session.scalar(select(SenderKey.sender).where(SenderKey.fingerprint == fingerprint, SenderKey.role == role,
                                                         SenderKey.revoked_at.is_(None)))


def bind(session: Session, sender: str, role: str, public_key: str, fingerprint: str, how: str) -> SenderKey:
    """Bind ``sender`` to a key (replacing an active binding only through ``revoke`` first)."""
    if active_row(session, sender, role) is not None:
        raise InputError(f"{sender} đã được gắn với một khóa khác; hãy thu hồi trước (Đồng bộ → Khóa của người "
                         "gửi…; lệnh: kh57 senders --revoke).")
    other = holder_of(session, fingerprint, role)
    if other is not None:
        raise InputError(f"Khóa {fingerprint} đã gắn với {other}; một khóa chỉ dùng cho một cơ quan.")
    row = SenderKey(sender=sender, role=role, public_key=public_key, fingerprint=fingerprint,
                    bound_by=audit.current_user(), last_sequence=0)
    session.add(row)
    session.flush()
    audit.record(session, "sender.bind", "sender_key", fingerprint, sender=sender, role=role, how=how)
    return row


def revoke(session: Session, sender_text: str) -> list[Binding]:
    """Revoke the active bindings of a sender (new computer, reinstall): its next package needs a
    new confirmation."""
    names = {sender_name(session, sender_text, AGENCY), sender_text.strip()}
    rows = session.scalars(select(SenderKey).where(SenderKey.sender.in_(names), SenderKey.revoked_at.is_(None))).all()
    if not rows:
        raise InputError(f"Không có khóa nào đang gắn với '{sender_text}'.")
    for row in rows:
        row.revoked_at = utcnow()
        audit.record(session, "sender.revoke", "sender_key", row.fingerprint, sender=row.sender, role=row.role)
    session.flush()
    return [_value(row) for row in rows]


def list_bindings(session: Session, include_revoked: bool = False) -> list[Binding]:
    query = select(SenderKey).order_by(SenderKey.sender, SenderKey.bound_at)
    if not include_revoked:
        query = query.where(SenderKey.revoked_at.is_(None))
    return [_value(row) for row in session.scalars(query)]


def certificate_label(sha256: str) -> str:
    """A certificate's SHA-256 shortened for reading aloud: ``3F2A-91C0-77DE-0B14``."""
    text = sha256.upper()[:16]
    return "-".join(text[i:i + 4] for i in range(0, 16, 4))


def certificate_holder(session: Session, sha256: str) -> str | None:
    return session.scalar(select(SenderCertificate.sender).where(SenderCertificate.sha256 == sha256,
                                                                 SenderCertificate.revoked_at.is_(None)))


def register_certificate(session: Session, sender: str, sha256: str, subject: str, how: str) -> None:
    """Register a CA certificate for ``sender`` (on first use once confirmed, or by hand)."""
    holder = certificate_holder(session, sha256)
    if holder is not None and holder != sender:
        raise InputError(f"Chứng thư số {certificate_label(sha256)} đã đăng ký cho {holder}; một chứng thư chỉ dùng "
                         "cho một cơ quan.")
    if holder == sender:
        return
    session.add(SenderCertificate(sender=sender, sha256=sha256, subject=subject[:500], bound_by=audit.current_user()))
    session.flush()
    audit.record(session, "sender.certificate", "sender_certificate", sha256[:16], sender=sender, subject=subject,
                 how=how)


def register_certificate_file(session: Session, sender_text: str, path) -> list[str]:
    """Register by hand the certificate(s) in a .cer/.pem/.p7b file for a sender; their labels."""
    from kh57desk.signing import certificates as certificate_files

    sender = sender_name(session, sender_text, AGENCY)
    labels = []
    for cert in certificate_files.load_certificate_file(path):
        info = certificate_files.describe(cert)
        register_certificate(session, sender, info.sha256, info.common_name or info.subject, how="nhập tay")
        labels.append(f"{info.common_name or info.subject} ({certificate_label(info.sha256)})")
    return labels


def certificates(session: Session) -> list[tuple[str, str, str]]:
    """``(sender, label, subject)`` of every active registration."""
    rows = session.scalars(select(SenderCertificate).where(SenderCertificate.revoked_at.is_(None))
                           .order_by(SenderCertificate.sender, SenderCertificate.bound_at))
    return [(row.sender, certificate_label(row.sha256), row.subject) for row in rows]
