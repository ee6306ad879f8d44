"""The child process of the token scan: load one PKCS#11 module, list its tokens with the holder
of the certificate each carries, print JSON, exit. No PIN is asked: certificates are public
objects on a token.

    python -m kh57desk.signing.token_probe MODULE      (the frozen kh57: kh57 --probe-token MODULE)
"""

from __future__ import annotations

import json
import sys

from kh57desk.errors import InputError
from kh57desk.signing import keys


def _holder(session, pkcs11) -> tuple[str, str]:
    """(common name, organisation) of the first end-entity certificate readable without a PIN."""
    from asn1crypto import x509  # noqa: PLC0415

    Attribute, ObjectClass = pkcs11.Attribute, pkcs11.ObjectClass
    certificates = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        try:
            cert = x509.Certificate.load(bytes(obj[Attribute.VALUE]))
            cert.native  # noqa: B018 - parse now, so a damaged certificate is skipped here
        except (ValueError, TypeError, pkcs11.exceptions.PKCS11Error):
            continue
        if not cert.ca:
            certificates.append(cert)
    if not certificates:
        return "", ""
    subject = certificates[0].subject.native
    return subject.get("common_name", ""), subject.get("organization_name", "")


def tokens_of(module: str) -> dict:
    """``{"tokens": [{"label", "holder", "organization"}]}`` or ``{"problem": "…"}``."""
    try:
        pkcs11, exceptions = keys.pkcs11_library()
        lib = keys.load_module(module)
    except InputError as exc:
        return {"problem": exc.message}
    found = []
    for token in keys.present_tokens(lib, exceptions):
        holder, organization = "", ""
        try:
            with token.open() as session:
                holder, organization = _holder(session, pkcs11)
        except exceptions.PKCS11Error:
            pass  # a token that wants a PIN even to list certificates: shown by its label only
        found.append({"label": token.label.strip(), "holder": holder, "organization": organization})
    return {"tokens": found}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print(json.dumps({"problem": "Cần đúng một đường dẫn thư viện PKCS#11."}))
        return 2
    sys.stdout.write(json.dumps(tokens_of(argv[0])) + "\n")  # ASCII: safe on any console code page
    sys.stdout.flush()
    return 0


if __name__ == "__main__":  # pragma: no cover - run as a child process
    sys.exit(main())
