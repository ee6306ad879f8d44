"""RFC 3161 timestamps: when a timestamp server is configured and answers, signatures carry a
trusted time (PAdES B-T / CAdES-T); when it does not, signing goes on without one (B-B) and the
reason is kept as a note for the register."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import urlparse

from kh57desk.errors import InputError

T = TypeVar("T")
TIMEOUT_S = 10
LEVEL_BASIC, LEVEL_TIMESTAMP = "B-B", "B-T"


@dataclass(frozen=True)
class Stamped:
    value: object
    level: str       # B-B or B-T
    note: str = ""   # why a configured server was not used


def check_url(url: str) -> str:
    """A timestamp server address the user typed: http(s)://host[:port]/path."""
    url = (url or "").strip()
    if not url:
        return ""
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"Địa chỉ máy chủ dấu thời gian '{url}' không hợp lệ (ví dụ: http://tsa.example.vn/tsa).")
    return url


def timestamper(url: str):
    from pyhanko.sign.timestamps import HTTPTimeStamper  # noqa: PLC0415

    return HTTPTimeStamper(url, timeout=TIMEOUT_S)


def run_with_fallback(run: Callable[[object | None], T], tsa_url: str) -> Stamped:
    """``run(timestamper)``; if the server cannot be reached or refuses, ``run(None)`` with a note."""
    if not tsa_url:
        return Stamped(run(None), LEVEL_BASIC)
    try:
        return Stamped(run(timestamper(tsa_url)), LEVEL_TIMESTAMP)
    except OSError as exc:  # TimestampRequestError, connection refused, timeout, DNS
        cause = exc.__cause__ or exc
        reason = str(cause).strip() or type(cause).__name__
        note = (f"Không lấy được dấu thời gian từ máy chủ {tsa_url} ({reason}); đã ký ở mức B-B (không có dấu thời gian), "
                "thời gian ký theo đồng hồ máy tính.")
        return Stamped(run(None), LEVEL_BASIC, note)
