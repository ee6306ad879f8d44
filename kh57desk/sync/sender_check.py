"""Who sent a package: the origin signature (the producing database's Ed25519 key, format
version 3) checked against the key bound to the sender the package claims to be.

- A sender bound to a key: only packages signed with that key pass, whatever their format
  version (an older format without the signature cannot get past the binding).
- A key already bound to another sender cannot speak for this one.
- A sender never bound: a signed package binds it, but only once the user confirmed the
  fingerprint (``trust_new_sender``); a dry run shows the fingerprint to compare. An unsigned
  package of format 1 or 2 still imports, with a note that its sender cannot be verified.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from kh57desk.services import senders
from kh57desk.signing import origin
from kh57desk.sync import container, manifest as manifests
from kh57desk.sync.container import PackageError

SEQUENCE_WINDOW = 1_000  # a bound key's next sequence may run at most this far past the last one accepted
UNSIGNED_NOTE = ("Gói định dạng cũ (phiên bản {version}) không có chữ ký nguồn gốc của cơ sở dữ liệu gửi: không "
                 "xác minh được người gửi. Hãy đề nghị {sender} cập nhật kh57desk.")


@dataclass(frozen=True)
class SenderCheck:
    sender: str
    role: str
    fingerprint: str  # '' for a package without origin signature (format 1 or 2)
    public_key: str
    new: bool  # signed by a key not bound yet: binds on import once confirmed

    @property
    def verified(self) -> bool:
        return bool(self.fingerprint) and not self.new


def role_of(kind: str) -> str:
    return senders.AGENCY if kind == manifests.REPORT else senders.COORDINATOR


def package_origin(contents: container.PackageContents) -> tuple[str, str]:
    """``(public key, fingerprint)`` of a package whose origin signature verifies, ``('', '')``
    for a package that carries none."""
    claimed = contents.manifest.get("origin")
    if claimed is None:
        if contents.origin_signature is not None:
            raise PackageError("Gói có chữ ký nguồn gốc nhưng bản kê khai không ghi khóa; không nhập.")
        return "", ""
    try:
        fingerprint = origin.verify(claimed["public_key"], contents.manifest_bytes, contents.origin_signature)
    except origin.OriginError as exc:
        raise PackageError(exc.message) from None
    return claimed["public_key"], fingerprint


def new_sender_message(sender: str, role: str, fingerprint: str) -> str:
    return (f"Người gửi mới: {sender} ({senders.ROLE_LABELS[role]}), mã khóa {fingerprint}. Hãy gọi điện đối chiếu "
            f"mã khóa với {sender}; nếu đúng, nhập lại và xác nhận người gửi mới (lệnh: thêm --trust-new-sender). "
            "Chưa nhập.")


def check(session: Session, contents: container.PackageContents, trust_new_sender: bool,
          write: bool) -> SenderCheck:
    """Raise ``PackageError`` when the package may not speak for the sender it names; bind a new
    sender when writing with the user's confirmation."""
    manifest = contents.manifest
    role = role_of(manifest["kind"])
    sender = senders.sender_name(session, manifest["producer"]["agency"], role)
    public_key, fingerprint = package_origin(contents)
    bound = senders.active_row(session, sender, role)
    if bound is not None:
        if not fingerprint:
            raise PackageError(f"{sender} đã được gắn với khóa {bound.fingerprint}; gói này (định dạng phiên bản "
                               f"{manifest['format_version']}) không có chữ ký của khóa đó; không nhập.")
        if fingerprint != bound.fingerprint:
            raise PackageError(f"Gói xưng là của {sender} nhưng được ký bằng khóa {fingerprint}, không phải khóa "
                               f"{bound.fingerprint} đã gắn với cơ quan này; không nhập. Nếu {sender} đã đổi máy "
                               "hoặc cài lại chương trình: gọi điện đối chiếu mã khóa mới, thu hồi khóa cũ (Đồng bộ → "
                               "Khóa của người gửi…; lệnh: kh57 senders --revoke) rồi nhập lại gói.")
        _check_sequence(bound, manifest["sequence"], sender, write)
        return SenderCheck(sender, role, fingerprint, public_key, new=False)
    if not fingerprint:
        return SenderCheck(sender, role, "", "", new=False)
    holder = senders.holder_of(session, fingerprint, role)
    if holder is not None:
        raise PackageError(f"Gói xưng là của {sender} nhưng được ký bằng khóa {fingerprint} của {holder}; "
                           "không nhập.")
    if write:
        if not trust_new_sender:
            raise PackageError(new_sender_message(sender, role, fingerprint))
        bound = senders.bind(session, sender, role, public_key, fingerprint, how="xác nhận khi nhập gói")
        bound.last_sequence = manifest["sequence"]
    return SenderCheck(sender, role, fingerprint, public_key, new=True)


def _check_sequence(bound, sequence: int, sender: str, write: bool) -> None:
    """A sequence far ahead of the last one accepted from the key is refused (a forged 2^63−1 would
    make every genuine later package look old); the mark moves only after an authenticated import."""
    if bound.last_sequence and sequence > bound.last_sequence + SEQUENCE_WINDOW:
        raise PackageError(f"Số thứ tự của gói ({sequence}) vượt quá xa số đã nhận gần nhất từ {sender} "
                           f"({bound.last_sequence}); không nhập.")
    if write and sequence > bound.last_sequence:
        bound.last_sequence = sequence


@dataclass(frozen=True)
class CertificateCheck:
    sha256: str
    signer: str
    new: bool  # not registered yet: registers on import once confirmed

    @property
    def label(self) -> str:
        return senders.certificate_label(self.sha256)


def check_certificate(session: Session, sender: str, sha256: str, signer: str, trust_new_sender: bool,
                      write: bool) -> CertificateCheck:
    """A CA certificate may sign only for the sender it is registered for; a certificate not
    registered yet registers with the user's confirmation, like a new key."""
    holder = senders.certificate_holder(session, sha256)
    if holder is not None and holder != sender:
        raise PackageError(f"Gói xưng là của {sender} nhưng được ký bằng chứng thư số của {signer} (mã "
                           f"{senders.certificate_label(sha256)}) đã đăng ký cho {holder}; không nhập.")
    if holder == sender:
        return CertificateCheck(sha256, signer, new=False)
    if write:
        if not trust_new_sender:
            raise PackageError(f"Chứng thư số mới của {signer} (mã {senders.certificate_label(sha256)}) chưa đăng ký "
                               f"cho {sender}. Hãy đối chiếu với {sender}; nếu đúng, nhập lại và xác nhận (lệnh: thêm "
                               "--trust-new-sender). Chưa nhập.")
        senders.register_certificate(session, sender, sha256, signer, how="xác nhận khi nhập gói")
    return CertificateCheck(sha256, signer, new=True)
