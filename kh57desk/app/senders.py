"""Who may send packages to this database, for the window's "Khóa của người gửi" and for
``kh57 senders``: this database's own key code (read out to the other side over the phone), the
senders bound to a key, the certificates registered for them; revoking a sender's key when it
changed computers or reinstalled, binding a sender from a package file after the phone check,
and registering a person's certificate by hand. Qt-free; each change returns what it changed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from kh57desk.app.changes import Changes, Outcome
from kh57desk.services import senders
from kh57desk.sync import identity, package_import, sender_check
from kh57desk.workspace import Workspace

SENDERS_CHANGED = Changes(packages=True)  # what a package may be accepted from: the Đồng bộ screen


@dataclass(frozen=True)
class Certificate:
    sender: str
    code: str  # the certificate's SHA-256 shortened for reading aloud
    subject: str


@dataclass(frozen=True)
class SendersView:
    own_fingerprint: str
    bindings: list[senders.Binding]
    certificates: list[Certificate]


def load(session: Session, include_revoked: bool = False) -> SendersView:
    """This database's key code, its bound senders (revoked ones too when asked) and the
    certificates registered for them."""
    return SendersView(identity.origin_key(session).fingerprint,
                       senders.list_bindings(session, include_revoked=include_revoked),
                       [Certificate(*row) for row in senders.certificates(session)])


def revoke(session: Session, sender: str) -> Outcome[list[senders.Binding]]:
    """Revoke the key bound to ``sender`` (new computer, reinstall): its next package is taken
    only after its new key code is compared and confirmed, as the first time."""
    return Outcome(senders.revoke(session, sender), SENDERS_CHANGED)


def confirm_from_file(workspace: Workspace, session: Session, path: Path) -> Outcome[sender_check.SenderCheck]:
    """Bind the sender of a package file to its key (after the phone check) without importing it."""
    found = package_import.confirm_sender(workspace, session, Path(path))
    return Outcome(found, SENDERS_CHANGED if found.new else Changes())


def register_certificate(session: Session, sender: str, path: Path) -> Outcome[list[str]]:
    """Register the certificate(s) of a .cer/.pem/.p7b file for ``sender``; their labels."""
    return Outcome(senders.register_certificate_file(session, sender, Path(path)), SENDERS_CHANGED)
