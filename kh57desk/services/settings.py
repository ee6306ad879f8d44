"""Typed settings of one database (stored in the ``setting`` table)."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.db.models import Setting
from kh57desk.domain.schedule import Schedule

AGENCY_MODE, COORDINATOR_MODE = "agency", "coordinator"
SETTINGS_VERSION = 1


@dataclass
class AppSettings:
    agency_name: str = ""            # this database's own agency (canonical name)
    superior_name: str = "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH"  # the body above it, for the report header
    place: str = "Thái Bình"          # place name in the report date line
    signer_name: str = ""
    signer_title: str = "GIÁM ĐỐC"    # PHÓ GIÁM ĐỐC …
    signer_authority: str = ""        # KT. GIÁM ĐỐC / TL. … / "" when the head signs
    report_prefix: str = ""           # symbol after BC-: SKHCN
    recipients: list[str] = field(default_factory=lambda: ["Sở Khoa học và Công nghệ (để tổng hợp)"])
    mode: str = AGENCY_MODE
    schedule: str = ""                # Schedule.to_json(); empty = Decree 09 default
    language: str = "vi"
    coordinator_email: str = ""
    next_report_number: int = 1
    database_id: str = ""             # identifies this database in packages it produces
    package_sequence: int = 0         # last sequence number given to a produced package
    require_signed_packages: bool = False  # coordinator: refuse report packages without a signature
    # Digital signatures (passwords and PINs are never stored)
    pkcs11_module: str = ""           # the USB token's PKCS#11 library (.dll/.so)
    pkcs11_token: str = ""            # token label; "" = the only token plugged in
    tsa_url: str = ""                 # RFC 3161 timestamp server; "" = sign without a timestamp (B-B)
    signature_image: str = ""         # signature image (PNG) copied into the data folder; relative path
    seal_image: str = ""              # seal image (PNG), likewise
    seal_size_mm: float = 36.0        # the seal's printed diameter when its image carries no DPI
    trusted_ca_dir: str = ""          # folder of trusted CA certificates; "" = <data folder>/trusted-ca
    version: int = SETTINGS_VERSION

    @property
    def configured(self) -> bool:
        return bool(self.agency_name)

    def reporting_schedule(self) -> Schedule:
        return Schedule.from_json(self.schedule)


_FIELDS = {f.name: f for f in dataclasses.fields(AppSettings)}


def load(session: Session) -> AppSettings:
    values = dict(session.execute(select(Setting.key, Setting.value)).all())
    settings = AppSettings()
    for key, raw in values.items():
        if key in _FIELDS:
            try:
                setattr(settings, key, json.loads(raw))
            except ValueError:
                continue
    return settings


def save(session: Session, settings: AppSettings) -> None:
    for name in _FIELDS:
        value = json.dumps(getattr(settings, name), ensure_ascii=False)
        row = session.get(Setting, name)
        if row is None:
            session.add(Setting(key=name, value=value))
        elif row.value != value:
            row.value = value


def update(session: Session, **changes) -> AppSettings:
    settings = load(session)
    for key, value in changes.items():
        if key not in _FIELDS:
            raise KeyError(key)
        setattr(settings, key, value)
    save(session, settings)
    return settings


def effective_schedule(session: Session) -> Schedule:
    """The schedule set in settings, else the newest plan's own schedule, else Decree 09's."""
    prefs = load(session)
    if prefs.schedule:
        return prefs.reporting_schedule()
    from kh57desk.db.models import Plan

    plan_schedule = session.scalar(select(Plan.schedule).where(Plan.schedule != "").order_by(Plan.id.desc()))
    return Schedule.from_json(plan_schedule) if plan_schedule else Schedule()
