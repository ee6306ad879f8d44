"""A person's CA signature over a package's manifest, for the packages the window and the CLI
write signed (report, task and verdict packages): the key file or token chosen, the password or
PIN typed for this once, and this database's signing settings (time stamp, trusted roots)."""

from __future__ import annotations

from kh57desk.services import settings as settings_service, signing_service
from kh57desk.workspace import Workspace


def person_signature(ws: Workspace, source, secret: str):
    """``signature_for(data)``: the signature of the person whose key ``source`` holds."""
    with ws.db.reader() as session:
        prefs = settings_service.load(session)
    return lambda data: signing_service.sign_bytes(data, source, secret, prefs)
