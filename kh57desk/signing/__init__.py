"""Digital signatures: keys (PKCS#12 files, PKCS#11 tokens), certificate checks, PAdES signing of
PDF reports with a Decree 30 visible signature, detached CMS (.p7s) for other files, verification
and the store of trusted CA certificates. No Qt here; services call these modules."""

import logging as _logging

# pyHanko and its certificate validator log tracebacks for ordinary outcomes (an untrusted
# signer, an unreachable timestamp server). Our callers report those in Vietnamese; keep the
# records for an application log handler but never let Python print them on stderr by default.
for _name in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
    _logging.getLogger(_name).addHandler(_logging.NullHandler())
