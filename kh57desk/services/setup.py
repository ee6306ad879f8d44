"""First-run set-up: this database's agency, signer and mode."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kh57desk.domain.text import clean
from kh57desk.errors import InputError
from kh57desk.domain.provinces import place_for, superior_name_for
from kh57desk.services import agencies, audit, provinces, settings as settings_service


def initialise(session: Session, agency_name: str, *, signer_name: str = "", signer_title: str = "",
               signer_authority: str = "", add_agency: bool = False, kind: str = "other",
               coordinator: bool = False, province: str = "",
               superior_name: str = "") -> settings_service.AppSettings:
    """Seed the agency directory and set this database's own agency. An unknown agency is an
    error unless ``add_agency`` asks to add it to the directory. ``province`` (any spelling of a
    current or former provincial unit) sets the report header's superior body and the place of
    its date line; ``superior_name`` overrides the superior body."""
    agencies.seed_defaults(session)
    name = clean(agency_name)
    if not name:
        raise InputError("Chưa nhập tên cơ quan.")
    row = agencies.find(session, name)
    if row is None:
        if not add_agency:
            raise InputError(f"Không có cơ quan '{name}' trong danh mục. Kiểm tra lại tên, "
                             "hoặc thêm mới (dòng lệnh: --them-moi).")
        row = agencies.add(session, name, kind=kind)
    prefs = settings_service.load(session)
    prefs.agency_name = row.name
    prefs.report_prefix = prefs.report_prefix or row.abbreviation
    if clean(province):
        units = provinces.load()
        prefs.place = place_for(province, units)
        prefs.superior_name = superior_name_for(province, units)
    if clean(superior_name):
        prefs.superior_name = clean(superior_name).upper()
    if signer_name:
        prefs.signer_name = clean(signer_name)
    if signer_title:
        prefs.signer_title = clean(signer_title).upper()
    if signer_authority:
        prefs.signer_authority = clean(signer_authority).upper()
    prefs.mode = settings_service.COORDINATOR_MODE if coordinator else settings_service.AGENCY_MODE
    settings_service.save(session, prefs)
    audit.record(session, "setup.init", "setting", "agency_name", agency=row.name, mode=prefs.mode)
    return prefs


def require_configured(session: Session) -> settings_service.AppSettings:
    prefs = settings_service.load(session)
    if not prefs.configured:
        raise InputError("Cơ sở dữ liệu chưa được khởi tạo: chạy 'kh57 init --agency \"Tên cơ quan\"' "
                         "hoặc mở chương trình để chọn cơ quan.")
    return prefs
