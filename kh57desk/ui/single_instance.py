"""One running window per data folder (qutebrowser's ``misc/ipc.py``, Anki's ``AnkiApp``).

At start the program tries to reach a window already running on the same data folder. If one
answers, it sends one JSON line ``{"v": 1, "cwd": …, "args": [...]}`` (absolute paths: a
double-clicked ``.kh57`` file) and exits; the running window comes to the front and opens the
file. If none answers, this program becomes the server: a socket a crash left behind is removed
first, then it listens.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

from PySide6.QtNetwork import QLocalServer, QLocalSocket

from kh57desk import instance
from kh57desk.ui.qt import QObject, QTimer, Signal

log = logging.getLogger(__name__)
CONNECT_MS = 200
READ_MS = 2_000
MAX_MESSAGE = 64 * 1024


def send_to_running(data_dir: Path, args: list[str], attempts: int = 2) -> bool:
    """Hand ``args`` to the window running on ``data_dir``; False when none answers."""
    message = json.dumps({"v": instance.PROTOCOL_VERSION, "cwd": os.getcwd(), "args": args},
                         ensure_ascii=False).encode("utf-8") + b"\n"
    name = instance.server_name(data_dir)
    for _attempt in range(attempts):  # a second launch racing the first one's start retries once
        client = QLocalSocket()
        client.connectToServer(name)
        if not client.waitForConnected(CONNECT_MS):
            client.abort()
            continue
        client.write(message)
        sent = client.waitForBytesWritten(1_000)
        client.disconnectFromServer()
        if client.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            client.waitForDisconnected(500)
        if sent:
            return True
    return False


class InstanceServer(QObject):
    """The running window's end: emits ``received(args)`` for each valid message."""

    received = Signal(list)

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.name = instance.server_name(data_dir)
        self.server = QLocalServer(self)
        if sys.platform == "win32":  # on Unix this option hides "address in use"; permissions are set below
            self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytearray] = {}

    def listen(self) -> bool:
        QLocalServer.removeServer(self.name)  # the socket a crashed window left behind
        if not self.server.listen(self.name):
            log.warning("single instance: cannot listen on %s: %s", self.name, self.server.errorString())
            return False
        if sys.platform != "win32":
            try:
                os.chmod(self.server.fullServerName(), 0o600)  # only this user may hand us files
            except OSError:
                log.warning("single instance: cannot restrict %s", self.server.fullServerName())
        return True

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            self._buffers[connection] = bytearray()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(lambda c=connection: self._finish(c))
            QTimer.singleShot(READ_MS, lambda c=connection: self._finish(c))  # a silent client is dropped

    def _read(self, connection: QLocalSocket) -> None:
        buffer = self._buffers.get(connection)
        if buffer is None:
            return
        buffer += bytes(connection.readAll())
        if b"\n" in buffer or len(buffer) > MAX_MESSAGE:
            self._finish(connection)

    def _finish(self, connection: QLocalSocket) -> None:
        buffer = self._buffers.pop(connection, None)
        if buffer is None:
            return
        buffer += bytes(connection.readAll())
        connection.abort()
        connection.deleteLater()
        line = bytes(buffer).split(b"\n", 1)[0]
        if not line:
            return
        try:
            message = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            log.warning("single instance: message that is not JSON ignored")
            return
        if not isinstance(message, dict) or message.get("v") != instance.PROTOCOL_VERSION:
            log.warning("single instance: message of another protocol version ignored")
            return
        args = [str(arg) for arg in message.get("args", []) if isinstance(arg, str)]
        self.received.emit(args)
