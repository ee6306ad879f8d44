"""The database's own signing key: an Ed25519 key kept in the data folder that signs the manifest
of every package this database writes (task, report, verdict), whether or not a person also signs
it with a CA certificate. The receiving side binds a sender to this key (``services.senders``).

The fingerprint is short enough to be read over the phone: the first 80 bits of the SHA-256 of
the public key in base 32 (letters A–Z and digits 2–7), in four groups of four.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kh57desk.errors import InputError

KEY_FILE = "khoa-ky-goi.pem"
ALGORITHM = "Ed25519"
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64


class OriginError(InputError):
    """A package's origin signature is missing, malformed or does not match."""


def fingerprint(public_raw: bytes) -> str:
    """``K7QX-3MNA-P2RD-LT5W`` for a 32-byte Ed25519 public key."""
    text = base64.b32encode(hashlib.sha256(public_raw).digest()).decode("ascii")[:16]
    return "-".join(text[i:i + 4] for i in range(0, 16, 4))


def encode_public(public_raw: bytes) -> str:
    return base64.b64encode(public_raw).decode("ascii")


def decode_public(text: str) -> bytes:
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise OriginError("Khóa công khai trong gói không hợp lệ; không nhập.") from None
    if len(raw) != PUBLIC_KEY_BYTES:
        raise OriginError("Khóa công khai trong gói không hợp lệ; không nhập.")
    return raw


@dataclass(frozen=True)
class OriginKey:
    """This database's key pair."""

    private: Ed25519PrivateKey

    @property
    def public_raw(self) -> bytes:
        return self.private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def public_text(self) -> str:
        return encode_public(self.public_raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def verify(public_text: str, data: bytes, signature: bytes | None) -> str:
    """Check ``signature`` over ``data`` with the public key the package names; return its fingerprint."""
    public_raw = decode_public(public_text)
    if signature is None or len(signature) != SIGNATURE_BYTES:
        raise OriginError("Gói thiếu chữ ký nguồn gốc (chữ ký của cơ sở dữ liệu gửi) hoặc chữ ký hỏng; không nhập.")
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except InvalidSignature:
        raise OriginError("Chữ ký nguồn gốc của gói không khớp (gói đã bị sửa sau khi ký); không nhập.") from None
    return fingerprint(public_raw)


def key_path(data_dir: Path) -> Path:
    return Path(data_dir) / KEY_FILE


def load_or_create(data_dir: Path) -> OriginKey:
    """The data folder's key, created on first use (at init, or lazily for an older database)
    with permissions for the user only where the file system supports them."""
    path = key_path(data_dir)
    if not path.exists():
        _create(path)
    try:
        private = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as exc:
        raise InputError(f"Không đọc được khóa ký gói '{path}' ({exc}). Hãy khôi phục tệp này từ bản sao lưu.") \
            from None
    if not isinstance(private, Ed25519PrivateKey):
        raise InputError(f"Tệp '{path}' không phải khóa ký gói của kh57desk.")
    return OriginKey(private)


def _create(path: Path) -> None:
    pem = Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                      serialization.NoEncryption())
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, 0o600)  # user-only on POSIX; Windows keeps the folder's ACL (the user's profile)
    except FileExistsError:
        return  # another process created it meanwhile: use that one
    except OSError as exc:
        raise InputError(f"Không tạo được khóa ký gói trong thư mục dữ liệu ({exc.strerror or exc}).") from None
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())
