"""Detached CMS signatures (``.p7s``, DER, signer certificate included) for files other than PDF,
such as the report's .xlsx. Made with pyHanko's generic CMS signer, so the same code serves
PKCS#12 and PKCS#11 keys; anyone can check them with
``openssl cms -verify -binary -inform DER -content report.xlsx -in report.xlsx.p7s``."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass

from asn1crypto import cms, pem

from kh57desk.errors import InputError
from kh57desk.signing import timestamps
from kh57desk.signing.keys import LoadedKey

SUFFIX = ".p7s"
DIGEST = "sha256"


@dataclass(frozen=True)
class CmsSignOutcome:
    level: str                 # B-B, or B-T with a signature timestamp (CAdES-T)
    signing_time: dt.datetime
    note: str = ""


def sign_detached_bytes(data: bytes, key: LoadedKey, tsa_url: str = "") -> tuple[bytes, CmsSignOutcome]:
    """The DER-encoded detached signature of ``data``."""

    def run(timestamper):
        return asyncio.run(key.signer.async_sign_general_data(data, DIGEST, detached=True, use_cades=True,
                                                              timestamper=timestamper))

    stamped = timestamps.run_with_fallback(run, tsa_url)
    content_info: cms.ContentInfo = stamped.value  # type: ignore[assignment]
    signing_time = signed_time(content_info["content"]) or dt.datetime.now(dt.timezone.utc)
    return content_info.dump(), CmsSignOutcome(stamped.level, signing_time, stamped.note)


def signed_time(signed_data: cms.SignedData) -> dt.datetime | None:
    """The signing-time attribute the signer put in (its own clock)."""
    for info in signed_data["signer_infos"]:
        for attr in info["signed_attrs"] or ():
            if attr["type"].native == "signing_time":
                return attr["values"][0].native
    return None


def load_signed_data(raw: bytes, name: str) -> cms.SignedData:
    """A .p7s file (DER, or PEM as some tools write) → its SignedData; InputError otherwise."""
    try:
        if pem.detect(raw):
            _kind, _headers, raw = pem.unarmor(raw)
        info = cms.ContentInfo.load(raw)
        if info["content_type"].native != "signed_data":
            raise ValueError(info["content_type"].native)
        signed = info["content"]
        signed["signer_infos"].native  # noqa: B018 - parse now so a broken file fails here
    except (ValueError, TypeError, KeyError):
        raise InputError(f"Tệp '{name}' không phải tệp chữ ký số CMS/PKCS#7 (.p7s) hợp lệ.") from None
    if len(signed["signer_infos"]) == 0:
        raise InputError(f"Tệp '{name}' không chứa chữ ký nào.")
    return signed
