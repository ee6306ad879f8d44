"""Noticing writes by another program: SQLite's ``PRAGMA data_version`` on a connection of its
own changes whenever any other connection commits (ours included, so the owner settles it
after each of its own operations)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class DataVersionProbe:
    def __init__(self, path: Path, uri: str):
        self.path = Path(path)
        self._uri = uri
        self._connection: sqlite3.Connection | None = None
        self._seen: int | None = None

    def _read(self) -> int | None:
        try:
            if self._connection is None:
                self._connection = sqlite3.connect(self._uri, uri=True, check_same_thread=False)
            return self._connection.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:  # the file is being replaced (a restore): looked at again next time
            self.close()
            return None

    def changed_outside(self) -> bool:
        """True when someone else committed since the last look (or the last ``settle``)."""
        value = self._read()
        changed = value is not None and self._seen is not None and value != self._seen
        if value is not None:
            self._seen = value
        return changed

    def settle(self) -> None:
        """Our own operation ended: what it wrote is not news."""
        self._seen = self._read()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
        self._connection, self._seen = None, None
