"""Hostile packages: helpers shared by the security tests. Each test asserts the refusal, its one
Vietnamese line, a byte-identical database (the ``.dump`` hash after a WAL checkpoint) and that
nothing was written outside the data folders."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from kh57desk.db.models import Task
from kh57desk.domain.periods import parse_period
from kh57desk.services import plan_apply, progress, sample_plan, setup
from kh57desk.signing import origin
from kh57desk.sync import container, package_import, report_package, task_package
from kh57desk.workspace import open_workspace

Q2 = parse_period("2025-Q2")
COORDINATOR = "Sở Khoa học và Công nghệ"


def dump_hash(ws) -> str:
    """SHA-256 of the whole database's SQL dump (audit log included), after a checkpoint."""
    connection = sqlite3.connect(ws.db.path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return hashlib.sha256("\n".join(connection.iterdump()).encode("utf-8")).hexdigest()
    finally:
        connection.close()


def files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


def one_line(message: str) -> None:
    assert message and "\n" not in message and "Traceback" not in message


def rewrite(source: Path, target: Path, data_change=None, manifest_change=None, key_of: Path | None = None) -> Path:
    """Copy a package changing its data file and/or manifest, hashes recomputed (a re-hashed
    package); re-signed with the key of the data folder ``key_of`` (whose public key the manifest
    then names), else left without origin signature."""
    with zipfile.ZipFile(source) as archive:
        entries = {i.filename: archive.read(i) for i in archive.infolist()}
    manifest = json.loads(entries.pop(container.MANIFEST))
    entries.pop(container.MANIFEST_SIGNATURE, None)
    entries.pop(container.ORIGIN_SIGNATURE, None)
    if data_change:
        name = next(n for n in entries if n.startswith("data/"))
        data = json.loads(entries[name])
        data_change(data)
        entries[name] = json.dumps(data, ensure_ascii=False).encode("utf-8")
    manifest["files"] = [{"path": n, "size": len(d), "sha256": container.sha256(d)} for n, d in sorted(entries.items())]
    if manifest_change:
        manifest_change(manifest)
    if manifest.get("format_version") in (1, 2):
        manifest.pop("origin", None)
    if key_of is not None:
        key = origin.load_or_create(key_of)
        manifest["origin"] = {"algorithm": "Ed25519", "public_key": key.public_text}
        entries[container.ORIGIN_SIGNATURE] = key.sign(container.manifest_bytes(manifest))
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(container.MANIFEST, container.manifest_bytes(manifest))
        for name, data in entries.items():
            archive.writestr(name, data)
    return target


@pytest.fixture
def coordinator(tmp_path):
    ws = open_workspace(tmp_path / "so-khcn")
    with ws.db.transaction() as s:
        setup.initialise(s, COORDINATOR, coordinator=True)
        plan_apply.apply(s, sample_plan.load_draft())
    yield ws
    ws.close()


@pytest.fixture
def make_agency(coordinator, tmp_path):
    """``make_agency(name, folder=None)``: an agency database set up from its task package (the
    coordinator's key pinned), with one update in Q2."""
    opened = []

    def make(name: str, folder: str | None = None):
        with coordinator.db.transaction() as s:
            package = task_package.export_for(s, name, tmp_path / "goi-nhiem-vu" / (folder or name)).path
        ws = open_workspace(tmp_path / (folder or name))
        opened.append(ws)
        [result] = package_import.import_paths(ws, [package], trust_new_sender=True)
        assert result.ok, result.message
        with ws.db.transaction() as s:
            first = s.scalars(select(Task).where(Task.withdrawn.is_(False)).order_by(Task.position)).first()
            progress.record(s, first, Q2, state="đang thực hiện", percent=30, result=f"Việc của {name}")
        return ws

    yield make
    for ws in opened:
        ws.close()


def report_of(agency, path: Path) -> Path:
    with agency.db.transaction() as s:
        return report_package.export(agency, s, Q2, path).path


def refused(ws, path: Path, trust_new_sender: bool = False) -> str:
    """Import ``path`` into ``ws``; assert it was refused with one line and nothing changed."""
    before = dump_hash(ws)
    [result] = package_import.import_paths(ws, [path], trust_new_sender=trust_new_sender)
    assert not result.ok
    one_line(result.message)
    assert dump_hash(ws) == before
    return result.message
