"""What every command needs: the workspace, periods and dates from arguments, table output."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import unicodedata
from typing import TYPE_CHECKING

from kh57desk.domain.dates import parse_user_date
from kh57desk.domain.periods import Period, parse_period
from kh57desk.cli.lazy import lazy_module

if TYPE_CHECKING:
    from kh57desk.workspace import Workspace

workspaces = lazy_module("kh57desk.workspace")


def workspace(args: argparse.Namespace) -> Workspace:
    return workspaces.open_workspace(getattr(args, "data_dir", None))


def period_from(args: argparse.Namespace, ws: Workspace | None = None, name: str = "period") -> Period:
    """``--period`` if given, else the current period of the reporting schedule."""
    from kh57desk.services import settings as settings_service
    from kh57desk.domain.schedule import current_period

    value = getattr(args, name, None)
    schedule = None
    if ws is not None:
        with ws.db.reader() as session:
            schedule = settings_service.effective_schedule(session)
    if value:
        return parse_period(value, schedule.fixed_dates if schedule else ())
    from kh57desk.domain.schedule import Schedule
    return current_period(schedule or Schedule(), today(args))


def today(args: argparse.Namespace) -> dt.date:
    value = getattr(args, "today", None)
    return parse_user_date(value, "Ngày") if value else dt.date.today()


def date_arg(value: str | None, what: str) -> dt.date | None:
    return parse_user_date(value, what) if value else None


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1, default=str)
    sys.stdout.write("\n")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1
               for ch in text)


def shorten(text: str, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))
