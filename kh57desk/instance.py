"""One running window per data folder: the name of its local socket, and a Qt-free probe the
command line uses to learn whether the window is running on a folder.

The window listens on a ``QLocalServer`` (``kh57desk.ui.single_instance``) named after the user
and the resolved data folder: on Windows a named pipe ``\\\\.\\pipe\\<name>``, elsewhere a Unix
socket ``<tmp>/<name>`` (short, to stay under the ~104-character limit of socket paths).
"""

from __future__ import annotations

import getpass
import hashlib
import os
import socket
import sys
import tempfile
from pathlib import Path

PROTOCOL_VERSION = 1


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name (a service account without a passwd entry)
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def server_name(data_dir: Path) -> str:
    folder = os.path.normcase(os.path.abspath(str(data_dir)))
    digest = hashlib.sha256(f"{_user()}\0{folder}".encode("utf-8")).hexdigest()[:20]
    return f"kh57desk-{digest}"


def socket_path(data_dir: Path) -> str:
    """Where the window's server lives: what ``QLocalServer.fullServerName()`` gives for the name."""
    name = server_name(data_dir)
    if sys.platform == "win32":
        return rf"\\.\pipe\{name}"
    return str(Path(tempfile.gettempdir()) / name)


def window_running(data_dir: Path, timeout: float = 0.3) -> bool:
    """True when a kh57desk window answers on ``data_dir``'s socket (a stale socket left by a
    crash does not answer and counts as not running)."""
    path = socket_path(data_dir)
    if sys.platform == "win32":
        return os.path.exists(path)
    if not os.path.exists(path):
        return False
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(timeout)
    try:
        probe.connect(path)
        return True
    except OSError:
        return False
    finally:
        probe.close()
