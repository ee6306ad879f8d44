"""Settings screen operations, run on the database worker: save the settings form, list and
restore backups, move the data folder. No Qt here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from kh57desk.domain import schedule as schedules
from kh57desk.domain.schedule import Schedule
from kh57desk.domain.text import clean
from kh57desk.errors import InputError
from kh57desk.services import agencies, audit, backups, data_move, settings as settings_service, setup
from kh57desk.workspace import Workspace, open_workspace

_PREFIX = re.compile(r"^[A-ZĐ0-9&.\-]{1,20}$")
_DAY_MONTH = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})")
LANGUAGES = ("vi", "en")
SIGNER_TITLES = ("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN",
                 "CHÁNH VĂN PHÒNG", "HIỆU TRƯỞNG", "TỔNG BIÊN TẬP")
SIGNER_AUTHORITIES = ("", "KT. GIÁM ĐỐC", "TL. GIÁM ĐỐC", "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "KT. TRƯỞNG BAN")


@dataclass(frozen=True)
class SettingsForm:
    agency_name: str
    add_agency: bool
    superior_name: str
    place: str
    signer_name: str
    signer_title: str
    signer_authority: str
    report_prefix: str
    recipients: str  # one per line
    use_plan_schedule: bool
    kinds: tuple[str, ...]
    fixed_dates: str  # "01/6; 15/11"
    due_days_after: int
    language: str


@dataclass(frozen=True)
class SettingsState:
    settings: settings_service.AppSettings
    schedule: Schedule
    agencies: list  # domain Agency objects of the directory


def load_state(session: Session) -> SettingsState:
    return SettingsState(settings_service.load(session), settings_service.effective_schedule(session),
                         list(agencies.directory(session)))


def parse_fixed_dates(text: str) -> tuple[tuple[int, int], ...]:
    """``01/6; 15/11`` → ((1, 6), (15, 11)); anything else in the text is an error."""
    pairs = tuple((int(d), int(m)) for d, m in _DAY_MONTH.findall(text or ""))
    rest = _DAY_MONTH.sub("", text or "")
    if re.sub(r"[\s,;]|và|va", "", rest):
        raise InputError(f"Mốc báo cáo '{clean(text)}' không đúng dạng ngày/tháng, ví dụ: 01/6; 15/11.")
    return pairs


def schedule_from(form: SettingsForm) -> Schedule:
    fixed = parse_fixed_dates(form.fixed_dates)
    if not form.kinds and not fixed:
        raise InputError("Chọn ít nhất một loại kỳ báo cáo (tháng, quý, 6 tháng, năm) hoặc nhập mốc báo cáo.")
    return schedules.validate(tuple(form.kinds), fixed, int(form.due_days_after))


def save_settings(session: Session, form: SettingsForm) -> SettingsState:
    """Check every field, then save them all in the caller's transaction (or none)."""
    prefs = settings_service.load(session)
    name = clean(form.agency_name)
    if not name:
        raise InputError("Chưa nhập tên cơ quan.")
    prefix = clean(form.report_prefix).upper().removeprefix("BC-")
    if prefix and not _PREFIX.match(prefix):
        raise InputError(f"Ký hiệu '{clean(form.report_prefix)}' chỉ gồm chữ in hoa không dấu cách, số và dấu "
                         "gạch nối, ví dụ SKHCN hoặc SNV.")
    if form.language not in LANGUAGES:
        raise InputError(f"Ngôn ngữ '{form.language}' không có.")
    schedule_json = "" if form.use_plan_schedule else schedule_from(form).to_json()
    recipients = [clean(line).strip(" -;.") for line in (form.recipients or "").splitlines()]
    recipients = [r for r in recipients if r]
    own = agencies.find(session, name)
    if own is None or own.name != prefs.agency_name:
        setup.initialise(session, name, add_agency=form.add_agency,
                         coordinator=prefs.mode == settings_service.COORDINATOR_MODE)
    updated = settings_service.update(
        session, superior_name=clean(form.superior_name).upper(), place=clean(form.place),
        signer_name=clean(form.signer_name), signer_title=clean(form.signer_title).upper(),
        signer_authority=clean(form.signer_authority).upper(), report_prefix=prefix, recipients=recipients,
        schedule=schedule_json, language=form.language)
    audit.record(session, "settings.update", "setting", "", agency=updated.agency_name, prefix=prefix,
                 schedule=schedule_json, language=form.language)
    return load_state(session)


def list_backups(ws: Workspace) -> list[backups.BackupInfo]:
    return backups.list_backups(ws)


def restore_backup(ws: Workspace, backup: Path) -> Workspace:
    """Replace the database with a backup (the current one is backed up first) and reopen it."""
    backups.restore(ws, backup)
    return open_workspace(ws.data_dir)


def move_data_folder(ws: Workspace, target: Path) -> Workspace:
    """Copy the whole data folder into ``target``, verify the copy and open it there
    (services.data_move). The old folder is left as it was."""
    return data_move.move_data_folder(ws, target)[0]


def backup_reason(path: Path) -> str:
    """The reason code written in a backup's file name (``thu-cong``, ``truoc-khoi-phuc``…)."""
    stem = path.stem.removeprefix("kh57desk-")
    parts = stem.split("-", 3)
    return parts[3] if len(parts) > 3 else ""
