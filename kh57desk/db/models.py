"""SQLAlchemy 2.0 typed models of the local database.

Every table has named constraints (see ``NAMING``) so Alembic batch migrations on
SQLite stay possible. Identifiers that travel between machines are UUID strings
(``uid``); integer ids are local to one database.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Text,
                        UniqueConstraint, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kh57desk.domain.roles import COORDINATE, LEAD, ROLE_LABELS  # noqa: F401 - the roles, importable from here too

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}



def new_uid() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Key/value settings of this database (own agency, signer, number prefix…)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Agency(Base):
    __tablename__ = "agency"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    short_name: Mapped[str] = mapped_column(String(100), default="")
    aliases: Mapped[str] = mapped_column(Text, default="")  # one alias per line
    kind: Mapped[str] = mapped_column(String(30), default="other")
    abbreviation: Mapped[str] = mapped_column(String(30), default="")  # for report numbers: SKHCN


class Plan(Base):
    __tablename__ = "plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    number: Mapped[str] = mapped_column(String(100), default="")  # 26/KH-UBND
    title: Mapped[str] = mapped_column(Text, default="")
    issuer: Mapped[str] = mapped_column(String(300), default="")
    issued_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    schedule: Mapped[str] = mapped_column(Text, default="")  # Schedule.to_json()
    source_file: Mapped[str] = mapped_column(String(500), default="")
    source_sha256: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    tasks: Mapped[list["Task"]] = relationship(back_populates="plan")

    @property
    def display_name(self) -> str:
        from kh57desk.domain.plan_reference import plan_reference

        return plan_reference(self.number, self.title)


class Task(Base):
    __tablename__ = "task"
    __table_args__ = (Index("ix_task_plan_ref", "plan_id", "ref"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    ref: Mapped[str] = mapped_column(String(30), default="")  # as written: (12), 2.3, a)
    position: Mapped[int] = mapped_column(Integer, default=0)  # order in the plan
    group: Mapped[str] = mapped_column("group_name", Text, default="")
    content: Mapped[str] = mapped_column(Text)
    lead_text: Mapped[str] = mapped_column(Text, default="")  # the cell as written
    coordinating_text: Mapped[str] = mapped_column(Text, default="")
    deadline_text: Mapped[str] = mapped_column(String(300), default="")
    deadline_kind: Mapped[str] = mapped_column(String(20), default="unparsed")
    deadline_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    deadline_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    deadline_recurrence: Mapped[str | None] = mapped_column(String(20), nullable=True)
    deadline_month: Mapped[int | None] = mapped_column(Integer, nullable=True)
    product: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    role: Mapped[str] = mapped_column(String(20), default="")  # this database's agency: lead / coordinate
    role_reason: Mapped[str] = mapped_column(Text, default="")
    # the coordinator's own choice of agencies (kh57 assign): kept over the plan's cells on re-import
    assigned_lead: Mapped[str] = mapped_column(Text, default="")
    assigned_coordinating: Mapped[str] = mapped_column(Text, default="")
    adopted: Mapped[bool] = mapped_column(Boolean, default=False)  # agency: "Nhận thực hiện"
    search_key: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    plan: Mapped[Plan] = relationship(back_populates="tasks")
    links: Mapped[list["TaskAgency"]] = relationship(back_populates="task", cascade="all, delete-orphan")
    updates: Mapped[list["ProgressUpdate"]] = relationship(back_populates="task")


class TaskAgency(Base):
    """An agency named on a task, as lead or coordinator. ``agency_id`` is empty for a
    group term or a name not in the directory; ``name`` keeps the text as written."""

    __tablename__ = "task_agency"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"), nullable=True)
    name: Mapped[str] = mapped_column(String(300))
    group_key: Mapped[str] = mapped_column(String(60), default="")
    role: Mapped[str] = mapped_column(String(20))  # lead / coordinate
    self_assigned: Mapped[bool] = mapped_column(Boolean, default=False)  # adopted by it

    task: Mapped[Task] = relationship(back_populates="links")
    agency: Mapped[Agency | None] = relationship()


class Indicator(Base):
    """A target (chỉ tiêu) of a plan."""

    __tablename__ = "indicator"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    group: Mapped[str] = mapped_column("group_name", Text, default="")
    text: Mapped[str] = mapped_column(Text)
    comparator: Mapped[str] = mapped_column(String(10), default="")  # >=, <=, =, range, "" (qualitative)
    target: Mapped[float | None] = mapped_column(Float, nullable=True)
    target_high: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit: Mapped[str] = mapped_column(String(100), default="")
    per_year: Mapped[bool] = mapped_column(Boolean, default=False)
    milestone_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)


class ProgressUpdate(Base):
    """A dated progress update of one task (the journal): what the task stood at on ``on_date``
    and what was done. State, percent and completion date carry forward to later days; the texts
    belong to this update. ``agency_id`` is empty for this database's own agency; the
    coordinator keeps each reporting agency's updates. ``uid`` and ``revision`` travel in
    packages (the newer revision wins); a deletion is kept as a tombstone (``deleted``).
    ``origin`` is the producing database's uid ("" = this database). ``late_for`` names the
    sent reports (period ids) whose window held this update when it was last changed."""

    __tablename__ = "progress_update"
    __table_args__ = (Index("ix_progress_update_task_on", "task_id", "on_date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"), nullable=True,
                                                  index=True)
    on_date: Mapped[dt.date] = mapped_column(Date, index=True)
    state: Mapped[str] = mapped_column(String(20), default="not_started")
    percent: Mapped[int | None] = mapped_column(Integer, nullable=True)
    completed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    result: Mapped[str] = mapped_column(Text, default="")
    output_doc_number: Mapped[str] = mapped_column(String(200), default="")
    output_doc_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    difficulties: Mapped[str] = mapped_column(Text, default="")
    proposals: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    origin: Mapped[str] = mapped_column(String(36), default="")
    entered_by: Mapped[str] = mapped_column(String(200), default="")
    late_for: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    edited_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    task: Mapped[Task] = relationship(back_populates="updates")


class ReportedPeriod(Base):
    """A period whose report was marked sent or exported as a package (``how``: sent / package),
    and when: changes to updates dated inside it afterwards are late amendments."""

    __tablename__ = "reported_period"
    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(20), index=True)
    how: Mapped[str] = mapped_column(String(20))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class IndicatorValue(Base):
    __tablename__ = "indicator_value"
    __table_args__ = (
        Index("uq_indicator_value_own", "indicator_id", "period", unique=True, sqlite_where=text("agency_id IS NULL")),
        Index("uq_indicator_value_agency", "indicator_id", "period", "agency_id", unique=True,
              sqlite_where=text("agency_id IS NOT NULL")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(20))  # the period it was entered for
    measured_on: Mapped[dt.date] = mapped_column(Date)  # the day the figure describes
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"), nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Attachment(Base):
    """A file attached to a progress update; the bytes live content-addressed in the data folder
    under ``attachments/<sha[:2]>/<sha>``."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(Integer)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    update_id: Mapped[int] = mapped_column(ForeignKey("progress_update.id", ondelete="CASCADE"), index=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class GeneratedReport(Base):
    """The register of generated reports. ``files`` is JSON: [{"path", "format", "sha256", "size"}]."""

    __tablename__ = "generated_report"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"), nullable=True)
    period: Mapped[str] = mapped_column(String(20), index=True)
    number: Mapped[str] = mapped_column(String(100), default="")  # 12/BC-SKHCN
    issued_on: Mapped[dt.date] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    files: Mapped[str] = mapped_column(Text, default="[]")
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    signer: Mapped[str] = mapped_column(String(300), default="")
    signature_info: Mapped[str] = mapped_column(Text, default="")  # JSON
    free_text: Mapped[str] = mapped_column(Text, default="")  # JSON: user paragraphs for sections I–IV
    recipients: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    submitted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AuditLog(Base):
    """Who changed what, when. ``detail`` is JSON with ``before``/``after`` where useful."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60), default="")
    entity_uid: Mapped[str] = mapped_column(String(60), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


class PackageLog(Base):
    """Every package imported into this database: who produced it, its sequence, its manifest hash."""

    __tablename__ = "package_log"
    __table_args__ = (UniqueConstraint("manifest_sha256", name="uq_package_log_manifest_sha256"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # tasks / report
    producer_db: Mapped[str] = mapped_column(String(36), index=True)
    producer_agency: Mapped[str] = mapped_column(String(300))
    sequence: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(20), default="")
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(500), default="")
    signed_by: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)  # when the producer made it (its own clock: shown only)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    received_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # set by hand: the e-mail's arrival
    timestamp_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)  # RFC 3161, in the signature
    summary: Mapped[str] = mapped_column(Text, default="")  # JSON counts
    flags: Mapped[str] = mapped_column(Text, default="")  # warnings shown in the preview


class SenderKey(Base):
    """A sender bound to the database key that signs its packages: at the coordinator, each agency
    that sends reports; at an agency, the coordinator that sends tasks. A revoked binding is kept
    (``revoked_at``) for the audit; one active binding per sender and role."""

    __tablename__ = "sender_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    sender: Mapped[str] = mapped_column(String(300), index=True)  # the agency's (or coordinator's) name
    role: Mapped[str] = mapped_column(String(20))  # agency / coordinator
    public_key: Mapped[str] = mapped_column(String(60))  # base64 of the Ed25519 public key
    fingerprint: Mapped[str] = mapped_column(String(30))
    bound_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    bound_by: Mapped[str] = mapped_column(String(200), default="")
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)  # the last sequence accepted from this key


class SenderCertificate(Base):
    """A person's or organisation's CA certificate registered for a sender: packages signed with
    it (``manifest.p7s``) may speak only for that sender. Bound on first use once confirmed, or
    entered by hand; a revoked registration is kept (``revoked_at``)."""

    __tablename__ = "sender_certificate"
    id: Mapped[int] = mapped_column(primary_key=True)
    sender: Mapped[str] = mapped_column(String(300), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)  # of the certificate's DER encoding
    subject: Mapped[str] = mapped_column(String(500), default="")
    bound_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    bound_by: Mapped[str] = mapped_column(String(200), default="")
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class Verdict(Base):
    """The coordinator's word on an agency's report of a period: received (a receipt, recorded on
    import), accepted, returned with a reason, or reopened; with notes on single tasks (JSON
    ``[{"task_uid", "note"}]``). Decided at the coordinator; the agency holds the copies its verdict
    packages brought (``arrived_at`` set)."""

    __tablename__ = "verdict"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    agency: Mapped[str] = mapped_column(String(300), index=True)
    period: Mapped[str] = mapped_column(String(20))
    decision: Mapped[str] = mapped_column(String(20))  # received / accepted / returned / reopened
    reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="[]")
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)  # received: the day received
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    arrived_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)  # agency: when imported
