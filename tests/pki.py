"""A small test PKI built with ``cryptography``: a root CA, signer certificates (valid, expired,
not yet valid, without the digital-signature key usage), a timestamping authority, and the
files a user would hold (.p12 with password, CA certificate as PEM/DER)."""

from __future__ import annotations

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
