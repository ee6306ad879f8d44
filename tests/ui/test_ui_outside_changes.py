"""The window notices what another program (``kh57``) writes while it is open, through SQLite's
data_version, and refreshes its screens; its own writes are not taken for outside ones."""

from __future__ import annotations

import sqlite3

from kh57desk.app.changes import Changes


def test_a_write_by_another_program_refreshes_the_task_list(tasks_page, demo_app, qtbot, idle):
    announced: list[Changes] = []
    demo_app.context.changed.connect(lambda changes, _initiator: announced.append(changes))
    first = tasks_page.proxy.task_at(0)
    demo_app.worker.check_outside_changes()
    idle(demo_app.worker)
    assert announced == []  # nothing happened outside
    connection = sqlite3.connect(demo_app.worker.workspace.db.path)
    with connection:
        connection.execute("UPDATE task SET content = ? WHERE uid = ?",
                           ("Nội dung sửa bằng dòng lệnh trong khi cửa sổ đang mở", first.uid))
    connection.close()
    demo_app.worker.check_outside_changes()
    qtbot.waitUntil(lambda: any(c.external for c in announced), timeout=5_000)
    assert announced[-1] == Changes.everything(external=True)
    qtbot.waitUntil(lambda: any(tasks_page.proxy.task_at(row).content.startswith("Nội dung sửa bằng dòng lệnh")
                                for row in range(tasks_page.proxy.rowCount())), timeout=5_000)


def test_own_writes_are_not_outside_changes(demo_app, qtbot, idle):
    announced = []
    demo_app.context.changed.connect(lambda changes, _initiator: announced.append(changes))
    demo_app.worker.write(lambda session: session.execute(
        __import__("sqlalchemy").text("UPDATE setting SET value = value WHERE key = 'language'")))
    idle(demo_app.worker)
    demo_app.worker.check_outside_changes()
    idle(demo_app.worker)
    assert not any(c.external for c in announced)
