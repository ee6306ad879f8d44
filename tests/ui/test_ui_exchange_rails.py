"""The window asks before a task package withdraws many of the agency's tasks: 'Không' leaves the
database as it was (the package refused with its reason), 'Có' applies it."""

from __future__ import annotations

import hashlib
import sqlite3

from sqlalchemy import select

from kh57desk.db.models import Task
from kh57desk.sync import task_package

from test_ui_sync import AGENCY, Q2, agency_ws, coordinator_ws, sync_page  # noqa: F401 - fixtures


def dump_hash(ws) -> str:
    connection = sqlite3.connect(ws.db.path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


def test_a_task_package_withdrawing_many_tasks_asks_and_no_changes_nothing(agency_ws, coordinator_ws, start_app,
                                                                           qtbot, idle, tmp_path, monkeypatch):
    with coordinator_ws.db.transaction() as s:
        for task in s.scalars(select(Task).order_by(Task.position)).all()[:15]:
            task.withdrawn = True
    with coordinator_ws.db.transaction() as s:
        package = task_package.export_for(s, AGENCY, tmp_path / "rut-nhieu").path
    app = start_app(agency_ws, today=Q2.end)
    page = sync_page(app, qtbot)
    answers, asked = [False, True], []
    monkeypatch.setattr("kh57desk.ui.package_dialog.ask",
                        lambda _parent, _title, text: asked.append(text) or answers[len(asked) - 1])
    before = dump_hash(agency_ws)
    for attempt in range(2):
        dialog = page.open_import([str(package)])
        qtbot.waitUntil(lambda: dialog.previews is not None, timeout=20_000)
        lines = [dialog.tree.topLevelItem(0).child(i).text(1) for i in range(dialog.tree.topLevelItem(0).childCount())]
        assert any(line.startswith("Cần xác nhận: Gói nhiệm vụ này rút 15") for line in lines)
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.results is not None, timeout=20_000)
        idle(app.worker)
        [result] = dialog.results
        if attempt == 0:
            assert not result.ok and "chưa áp dụng" in result.message
            assert dump_hash(agency_ws) == before
        else:
            assert result.ok and result.preview.applied
        dialog.close()
    assert len(asked) == 2 and "rút 15" in asked[0]
    with agency_ws.db.reader() as s:
        assert len(s.scalars(select(Task).where(Task.withdrawn.is_(True))).all()) >= 15
