"""Signing keys: a PKCS#12 file (.p12/.pfx) with its password, or a PKCS#11 USB token with its PIN.

The password or PIN is passed in by the caller for one signing and never kept: not in settings,
not in the database, not in a log. Every failure becomes one Vietnamese message.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import keys as asn1_keys, pkcs12 as asn1_pkcs12, x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.sign.signers import SimpleSigner, Signer
from pyhanko_certvalidator.registry import SimpleCertificateStore

from kh57desk import platform_win
from kh57desk.errors import InputError
from kh57desk.signing import certificates


@dataclass(frozen=True)
class P12File:
    """A key and certificate in a password-protected PKCS#12 file."""

    path: Path

    @property
    def label(self) -> str:
        return f"tệp khóa '{Path(self.path).name}'"


@dataclass(frozen=True)
class Token:
    """A USB token reached through its PKCS#11 module (.dll/.so); ``token_label`` empty = the only one."""

    module: str
    token_label: str = ""

    @property
    def label(self) -> str:
        return f"thiết bị ký số '{self.token_label}'" if self.token_label else "thiết bị ký số"


KeySource = P12File | Token


@dataclass
class LoadedKey:
    """A key ready to sign: the pyHanko signer, its certificate and the chain it came with."""

    signer: Signer
    certificate: x509.Certificate
    chain: list[x509.Certificate]
    source: KeySource


def _to_asn1_cert(cert) -> x509.Certificate:
    return x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


# --- PKCS#12 ---------------------------------------------------------------------------------

def _read_p12(source: P12File, secret: str) -> LoadedKey:
    path = Path(source.path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"Không tìm thấy tệp khóa '{path}'.") from None
    except OSError as exc:
        raise InputError(f"Không đọc được tệp khóa '{path}': {exc.strerror or exc}.") from None
    try:
        asn1_pkcs12.Pfx.load(data)["auth_safe"]["content_type"].native  # noqa: B018 - structure check only
    except (ValueError, TypeError, KeyError):
        raise InputError(f"Tệp '{path.name}' không phải tệp khóa PKCS#12 (.p12 hoặc .pfx).") from None
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, secret.encode("utf-8") if secret else None)
    except ValueError:
        if secret:
            raise InputError(f"Mật khẩu của tệp khóa '{path.name}' không đúng; không ký gì.") from None
        raise InputError(f"Tệp khóa '{path.name}' cần mật khẩu; chưa nhập mật khẩu.") from None
    except TypeError:  # unsupported key type inside
        raise InputError(f"Tệp khóa '{path.name}' chứa loại khóa không hỗ trợ.") from None
    if key is None or cert is None:
        raise InputError(f"Tệp '{path.name}' không chứa đủ khóa bí mật và chứng thư số để ký.")
    signing_cert = _to_asn1_cert(cert)
    chain = [_to_asn1_cert(c) for c in extra or ()]
    key_info = asn1_keys.PrivateKeyInfo.load(key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    signer = SimpleSigner(signing_cert=signing_cert, signing_key=key_info,
                          cert_registry=SimpleCertificateStore.from_certs([signing_cert, *chain]))
    return LoadedKey(signer, signing_cert, chain, source)


# --- PKCS#11 ---------------------------------------------------------------------------------

def pkcs11_library():
    try:
        import pkcs11  # noqa: PLC0415 - optional native part, loaded only for tokens
        from pkcs11 import exceptions
    except ImportError:  # pragma: no cover - the dependency is declared
        raise InputError("Máy chưa cài thư viện python-pkcs11 để dùng thiết bị ký số.") from None
    return pkcs11, exceptions


def load_module(module: str):
    """The PKCS#11 library object for a module path, or a Vietnamese error.

    One spelling per file (``C:/…`` from a dialog and ``c:\\…`` typed are the same module, and a
    driver refuses a second initialisation); a 32-bit DLL is refused with a sentence before
    Windows says "%1 is not a valid Win32 application"; the DLL's own folder is searched for the
    vendor DLLs it needs (else Windows error 126)."""
    pkcs11, exceptions = pkcs11_library()
    if not module:
        raise InputError("Chưa chọn tệp thư viện của thiết bị ký số (PKCS#11, tệp .dll/.so) trong cài đặt.")
    if not Path(module).is_file():
        raise InputError(f"Không tìm thấy thư viện thiết bị ký số '{module}'. Hãy cài phần mềm của "
                         "thiết bị (do nhà cung cấp chữ ký số phát hành) hoặc chọn lại đường dẫn.")
    path = platform_win.normalised_module_path(module)
    problem = platform_win.bitness_problem(path, platform_win.file_pe_bits(path))
    if problem:
        raise InputError(problem)
    try:
        with platform_win.dll_folder_searched(Path(path).parent):
            return pkcs11.lib(path)
    except (exceptions.PKCS11Error, OSError, RuntimeError) as exc:
        raise InputError(platform_win.dll_load_problem(path, str(exc))) from None


def present_tokens(lib, exceptions) -> list:
    """Initialised tokens in their readers (an empty reader, or a blank token, does not count)."""
    pkcs11, _exc = pkcs11_library()
    tokens = []
    try:
        slots = lib.get_slots(token_present=True)
    except exceptions.PKCS11Error:
        return []
    for slot in slots:
        try:
            token = slot.get_token()
        except exceptions.PKCS11Error:
            continue
        if token.flags & pkcs11.TokenFlag.TOKEN_INITIALIZED:
            tokens.append(token)
    return tokens


def token_labels(module: str) -> list[str]:
    """Labels of the tokens plugged in now (for the settings screen and `kh57 tokens`)."""
    _pkcs11_mod, exceptions = pkcs11_library()
    return [token.label.strip() for token in present_tokens(load_module(module), exceptions)]


def _find_token(lib, source: Token, exceptions):
    tokens = present_tokens(lib, exceptions)
    if not tokens:
        raise InputError("Chưa cắm thiết bị ký số (USB token) hoặc máy chưa nhận thiết bị. "
                         "Hãy cắm thiết bị rồi thử lại.")
    if not source.token_label:
        return tokens[0]
    for token in tokens:
        if token.label.strip() == source.token_label.strip():
            return token
    present = ", ".join(f"'{t.label.strip()}'" for t in tokens)
    raise InputError(f"Không thấy thiết bị ký số có nhãn '{source.token_label}'; đang cắm: {present}. "
                     "Hãy cắm đúng thiết bị hoặc sửa nhãn trong cài đặt.")


def _open_session(token, pin: str, exceptions):
    try:
        return token.open(user_pin=pin)
    except exceptions.PinIncorrect:
        raise InputError("Mã PIN của thiết bị ký số không đúng; không ký gì. Lưu ý: nhập sai nhiều lần "
                         "thiết bị sẽ bị khóa.") from None
    except exceptions.PinLocked:
        raise InputError("Thiết bị ký số đã bị khóa do nhập sai mã PIN nhiều lần; hãy liên hệ nhà cung "
                         "cấp để mở khóa.") from None
    except (exceptions.PinLenRange, exceptions.PinInvalid):
        raise InputError("Mã PIN không hợp lệ (sai độ dài hoặc ký tự); không ký gì.") from None
    except (exceptions.TokenNotPresent, exceptions.DeviceRemoved, exceptions.NoSuchToken):
        raise InputError("Thiết bị ký số vừa bị rút ra; hãy cắm lại rồi thử lại.") from None
    except exceptions.PKCS11Error as exc:
        raise InputError(f"Không mở được thiết bị ký số ({type(exc).__name__}).") from None


def _token_identity(session, pkcs11) -> tuple[bytes, x509.Certificate, list[x509.Certificate]]:
    """The certificate (and its key id) to sign with: one whose private key is on the token,
    preferring a certificate that can sign now; the token's other certificates form the chain."""
    Attribute, ObjectClass = pkcs11.Attribute, pkcs11.ObjectClass
    key_ids = {bytes(k[Attribute.ID]) for k in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY})}
    paired, others = [], []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        cert = x509.Certificate.load(bytes(obj[Attribute.VALUE]))
        try:
            cert_id = bytes(obj[Attribute.ID])
        except (pkcs11.exceptions.AttributeTypeInvalid, KeyError):
            cert_id = b""
        (paired if cert_id in key_ids and not cert.ca else others).append((cert_id, cert))
    if not paired:
        raise InputError("Thiết bị ký số không có cặp khóa bí mật và chứng thư số để ký.")
    paired.sort(key=lambda item: (not certificates.check_for_signing(item[1]).ok,
                                  -item[1]["tbs_certificate"]["validity"]["not_after"].native.timestamp()))
    cert_id, cert = paired[0]
    return cert_id, cert, [c for _i, c in others] + [c for _i, c in paired[1:]]


@contextlib.contextmanager
def _open_token(source: Token, pin: str) -> Iterator[LoadedKey]:
    pkcs11, exceptions = pkcs11_library()
    from pyhanko.sign.pkcs11 import PKCS11Signer  # noqa: PLC0415

    lib = load_module(source.module)
    token = _find_token(lib, source, exceptions)
    session = _open_session(token, pin, exceptions)
    try:
        cert_id, cert, chain = _token_identity(session, pkcs11)
        signer = PKCS11Signer(session, cert_id=cert_id, key_id=cert_id, signing_cert=cert, ca_chain=chain,
                              other_certs_to_pull=())
        yield LoadedKey(signer, cert, chain, source)
    finally:
        with contextlib.suppress(exceptions.PKCS11Error):
            session.close()


@contextlib.contextmanager
def open_key(source: KeySource, secret: str) -> Iterator[LoadedKey]:
    """Open the key for one signing. ``secret`` is the .p12 password or the token PIN."""
    if isinstance(source, P12File):
        yield _read_p12(source, secret)
    else:
        with _open_token(source, secret) as loaded:
            yield loaded
