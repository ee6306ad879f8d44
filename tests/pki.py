"""A small test PKI built with ``cryptography``: a root CA, signer certificates (valid, expired,
not yet valid, without the digital-signature key usage), a timestamping authority, and the
files a user would hold (.p12 with password, CA certificate as PEM/DER)."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

P12_PASSWORD = "Mật-khẩu-thử-57!"


@dataclass
class Issued:
    cert: x509.Certificate
    key: rsa.RSAPrivateKey

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    def key_pkcs8_der(self) -> bytes:
        return self.key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())

    def write_pem(self, path: Path) -> Path:
        path.write_bytes(self.pem)
        return path


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def _name(common_name: str, organization: str = "", country: str = "VN") -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COUNTRY_NAME, country)]
    if organization:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization))
    parts.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name))
    return x509.Name(parts)


def _key(size: int = 2048) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=size)


def make_ca(common_name: str = "CA thử nghiệm kh57desk", *, days: int = 3650) -> Issued:
    key = _key()
    name = _name(common_name, "Ban Cơ yếu Chính phủ (thử nghiệm)")
    now = _now()
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    return Issued(cert, key)


def make_signer(ca: Issued, common_name: str = "Nguyễn Văn An", *,
                organization: str = "Sở Khoa học và Công nghệ tỉnh Thái Bình",
                not_before: dt.datetime | None = None, not_after: dt.datetime | None = None,
                digital_signature: bool = True, non_repudiation: bool = True,
                timestamping: bool = False) -> Issued:
    key = _key()
    now = _now()
    not_before = not_before or now - dt.timedelta(days=1)
    not_after = not_after or now + dt.timedelta(days=730)
    builder = (x509.CertificateBuilder().subject_name(_name(common_name, organization))
               .issuer_name(ca.cert.subject).public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(not_before).not_valid_after(not_after)
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(x509.KeyUsage(digital_signature=digital_signature, content_commitment=non_repudiation,
                                            key_encipherment=not (digital_signature or non_repudiation),
                                            data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                            crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()),
                              critical=False))
    if timestamping:
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
    return Issued(builder.sign(ca.key, hashes.SHA256()), key)


def make_tsa(ca: Issued) -> Issued:
    return make_signer(ca, "Máy chủ dấu thời gian thử nghiệm", organization="TSA thử nghiệm",
                       non_repudiation=False, timestamping=True)


def write_p12(path: Path, signer: Issued, ca: Issued | None = None, password: str = P12_PASSWORD) -> Path:
    data = pkcs12.serialize_key_and_certificates(
        name="kh57 test".encode(), key=signer.key, cert=signer.cert, cas=[ca.cert] if ca else None,
        encryption_algorithm=serialization.BestAvailableEncryption(password.encode("utf-8")))
    path.write_bytes(data)
    return path


def days_from_now(days: float) -> dt.datetime:
    return _now() + dt.timedelta(days=days)


# --- a local RFC 3161 timestamp server (loopback only) ----------------------------------------

@contextlib.contextmanager
def serve_tsa(tsa: Issued, ca: Issued):
    """An HTTP timestamp authority on 127.0.0.1 answering with pyHanko's test time stamper;
    yields its URL. Stops when the block ends."""
    import asyncio
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from asn1crypto import keys as asn1_keys, tsp, x509 as asn1_x509
    from pyhanko.sign.timestamps import DummyTimeStamper
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    tsa_cert = asn1_x509.Certificate.load(tsa.der)
    stamper = DummyTimeStamper(tsa_cert=tsa_cert, tsa_key=asn1_keys.PrivateKeyInfo.load(tsa.key_pkcs8_der()),
                               certs_to_embed=SimpleCertificateStore.from_certs(
                                   [tsa_cert, asn1_x509.Certificate.load(ca.der)]))
    served = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server API
            request = tsp.TimeStampReq.load(self.rfile.read(int(self.headers["Content-Length"])))
            response = asyncio.run(stamper.async_request_tsa_response(request)).dump()
            served.append(len(response))
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(response)))
            self.end_headers()
            self.wfile.write(response)

        def log_message(self, *args):  # keep test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/tsa", served
    finally:
        server.shutdown()
        server.server_close()


def closed_port_url() -> str:
    """A loopback URL nobody listens on (the port was just released)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/tsa"


# --- a SoftHSM2 token holding a key generated on it -------------------------------------------

SOFTHSM_MODULES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                   "/usr/local/lib/softhsm/libsofthsm2.so", "/opt/homebrew/lib/softhsm/libsofthsm2.so")
TOKEN_LABEL = "kh57-thu-nghiem"
TOKEN_PIN = "246810"
SO_PIN = "13579111"


def softhsm_module() -> str | None:
    return next((m for m in SOFTHSM_MODULES if Path(m).is_file()), None)


@dataclass
class SoftToken:
    module: str
    label: str
    pin: str
    conf: Path
    cert: x509.Certificate

    @property
    def env(self) -> dict:
        return {"SOFTHSM2_CONF": str(self.conf)}


def make_softhsm_token(folder: Path, ca: Issued, common_name: str = "Trần Thị Bình") -> SoftToken:
    """Initialise a SoftHSM2 token in ``folder``, generate an RSA key pair on it, have ``ca`` certify
    the public key and store the certificate (and the CA's) on the token, as a CA's USB token holds
    them. Sets SOFTHSM2_CONF for this process. Raises RuntimeError when SoftHSM2 is missing."""
    import os
    import shutil
    import subprocess

    module, util = softhsm_module(), shutil.which("softhsm2-util")
    if module is None or util is None:
        raise RuntimeError("SoftHSM2 chưa được cài (gói softhsm2)")
    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run([util, "--init-token", "--free", "--label", TOKEN_LABEL, "--pin", TOKEN_PIN, "--so-pin", SO_PIN],
                   check=True, capture_output=True, env={**os.environ, "SOFTHSM2_CONF": str(conf)})

    import pkcs11
    from pkcs11 import Attribute, CertificateType, KeyType, ObjectClass

    lib = pkcs11.lib(module)
    token = lib.get_token(token_label=TOKEN_LABEL)
    with token.open(user_pin=TOKEN_PIN, rw=True) as session:
        public, _private = session.generate_keypair(KeyType.RSA, 2048, id=b"\x01", label="chu-ky", store=True)
        numbers = rsa.RSAPublicNumbers(int.from_bytes(public[Attribute.PUBLIC_EXPONENT], "big"),
                                       int.from_bytes(public[Attribute.MODULUS], "big"))
        now = _now()
        cert = (x509.CertificateBuilder().subject_name(_name(common_name, "Sở Nội vụ tỉnh Thái Bình"))
                .issuer_name(ca.cert.subject).public_key(numbers.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=365))
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                             data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                             crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
                .sign(ca.key, hashes.SHA256()))
        for cert_id, label, obj in ((b"\x01", "chu-ky", cert), (b"\x02", "ca", ca.cert)):
            session.create_object({
                Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                Attribute.TOKEN: True, Attribute.ID: cert_id, Attribute.LABEL: label,
                Attribute.SUBJECT: obj.subject.public_bytes(), Attribute.VALUE: obj.public_bytes(
                    serialization.Encoding.DER)})
    return SoftToken(module, TOKEN_LABEL, TOKEN_PIN, conf, cert)


# --- pytest fixtures shared by tests/test_sign_*.py (import them by name) ----------------------

@dataclass
class PkiEnv:
    folder: Path
    ca: Issued
    signer: Issued
    tsa: Issued
    p12: Path
    ca_pem: Path
    password: str = P12_PASSWORD


def _pytest():
    import pytest

    return pytest


# Test modules import these fixtures by name, so pytest sees one definition per module; the
# objects are cached here so the whole run shares one PKI and one token (a PKCS#11 module is
# initialised once per process and cannot switch to another token folder).
_SHARED: dict = {}


@_pytest().fixture(scope="session")
def pki_env(tmp_path_factory) -> PkiEnv:
    if "pki" not in _SHARED:
        folder = tmp_path_factory.mktemp("pki")
        ca = make_ca()
        signer = make_signer(ca)
        _SHARED["pki"] = PkiEnv(folder, ca, signer, make_tsa(ca),
                                write_p12(folder / "nguyen-van-an.p12", signer, ca), ca.write_pem(folder / "ca.pem"))
    return _SHARED["pki"]


@_pytest().fixture(scope="session")
def soft_token(tmp_path_factory, pki_env) -> SoftToken:
    pytest = _pytest()
    if "token" not in _SHARED:
        try:
            _SHARED["token"] = make_softhsm_token(tmp_path_factory.mktemp("softhsm"), pki_env.ca)
        except Exception as exc:  # noqa: BLE001 - no SoftHSM2 module on this machine: say so and skip
            _SHARED["token"] = f"Không nạp được mô-đun PKCS#11 SoftHSM2 ({exc}); bỏ qua bài kiểm thử thiết bị ký số."
    if isinstance(_SHARED["token"], str):
        pytest.skip(_SHARED["token"])
    return _SHARED["token"]


def generate_report(workspace, formats=("pdf", "xlsx")) -> int:
    """Generate the real quarterly report (the report engineer's generator) in a workspace set
    up with the sample plan; returns its register id."""
    from kh57desk.domain.periods import parse_period
    from kh57desk.services import report_register

    with workspace.db.transaction() as session:
        info = report_register.generate(workspace, session, parse_period("2025-Q2"), formats=formats,
                                        today=dt.date(2025, 6, 20))
    return info.id


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def make_images(folder: Path) -> tuple[Path, Path]:
    """A blue signature and a red seal, PNG with transparent background, as a user would pick."""
    from PIL import Image, ImageDraw

    signature, seal = folder / "chu-ky.png", folder / "con-dau.png"
    img = Image.new("RGBA", (600, 240), (0, 0, 0, 0))
    ImageDraw.Draw(img).line([(10, 200), (300, 20), (590, 200)], fill=(0, 0, 200, 255), width=14)
    img.save(signature)
    img = Image.new("RGBA", (500, 500), (0, 0, 0, 0))
    ImageDraw.Draw(img).ellipse([8, 8, 492, 492], outline=(220, 0, 0, 255), width=20)
    img.save(seal)
    return signature, seal
