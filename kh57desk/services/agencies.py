"""The agency directory kept in the database (seeded from the default directory, editable)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.db.models import Agency as AgencyRow
from kh57desk.domain import agency_directory
from kh57desk.domain.text import clean, vietnamese_sort_key
from kh57desk.errors import InputError
from kh57desk.services import audit


def seed_defaults(session: Session) -> int:
    """Add the default agencies that are not in the table yet; return how many were added."""
    existing = set(session.scalars(select(AgencyRow.name)))
    added = 0
    for agency in agency_directory.DEFAULT_AGENCIES:
        if agency.name not in existing:
            session.add(_row_from(agency))
            added += 1
    session.flush()
    return added


def _row_from(agency: agency_directory.Agency) -> AgencyRow:
    return AgencyRow(name=agency.name, short_name=agency.short_name, aliases="\n".join(agency.aliases),
                     kind=agency.kind, abbreviation=abbreviation_for(agency))


def to_domain(row: AgencyRow) -> agency_directory.Agency:
    aliases = tuple(a for a in (row.aliases or "").splitlines() if a.strip())
    return agency_directory.Agency(name=row.name, short_name=row.short_name or "", aliases=aliases, kind=row.kind or "other")


def directory(session: Session) -> agency_directory.AgencyDirectory:
    rows = session.scalars(select(AgencyRow).order_by(AgencyRow.id)).all()
    return agency_directory.AgencyDirectory([to_domain(r) for r in rows] if rows else agency_directory.DEFAULT_AGENCIES)


def abbreviation_for(agency: agency_directory.Agency) -> str:
    """Symbol used in report numbers (``BC-SKHCN``): initials of the name without diacritics."""
    from kh57desk.domain.text import fold

    words = [w for w in fold(agency.name).replace(",", " ").split() if w not in ("va", "-", "cac")]
    return "".join(w[0] for w in words if w[0].isalnum()).upper()[:12]


def find(session: Session, name: str) -> AgencyRow | None:
    """The agency row whose name, short name or alias matches ``name`` (diacritic-insensitive)."""
    match = directory(session).match(name)
    if match is None:
        return None
    return session.scalar(select(AgencyRow).where(AgencyRow.name == match.name))


def require(session: Session, name: str) -> AgencyRow:
    row = find(session, name)
    if row is None:
        raise InputError(f"Không có cơ quan '{clean(name)}' trong danh mục. "
                         "Kiểm tra lại tên hoặc thêm cơ quan mới vào danh mục.")
    return row


def add(session: Session, name: str, short_name: str = "", kind: str = "other", aliases: tuple[str, ...] = ()) \
        -> AgencyRow:
    name = clean(name)
    if len(name) < 3:
        raise InputError("Tên cơ quan quá ngắn.")
    if kind not in agency_directory.KINDS:
        raise InputError(f"Loại cơ quan '{kind}' không hợp lệ.")
    if find(session, name) is not None:
        raise InputError(f"Cơ quan '{name}' đã có trong danh mục.")
    row = _row_from(agency_directory.Agency(name=name, short_name=clean(short_name), aliases=tuple(clean(a) for a in aliases),
                              kind=kind))
    session.add(row)
    session.flush()
    audit.record(session, "agency.add", "agency", str(row.id), name=name, kind=kind)
    return row


def list_all(session: Session) -> list[AgencyRow]:
    """Every agency, in Vietnamese alphabetical order of its name."""
    return sorted(session.scalars(select(AgencyRow)), key=lambda row: vietnamese_sort_key(row.name))


def names_only(session: Session, text: str, agency_name: str) -> bool:
    """True when ``text`` (a recipient line such as ``Sở KH&CN (để tổng hợp)``) names the agency
    ``agency_name`` and nothing else: an agency never lists itself in its own Nơi nhận."""
    if not agency_name:
        return False
    name = clean(text.split("(")[0])
    mentions = directory(session).split(name)
    return bool(mentions) and all(m.agency is not None and agency_directory.name_key(m.agency.name) == agency_directory.name_key(agency_name)
                                  for m in mentions)
