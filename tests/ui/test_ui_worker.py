"""The database worker: the read the user waits for goes first, a stale queued read is dropped,
writes keep their order and a read after a write sees it; in the coordinator's window the task
table does not wait for the overview's completeness."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from kh57desk.db.models import Setting
from kh57desk.services import plan_apply, sample_plan, setup
from kh57desk.ui.qt import QWidget
from kh57desk.ui.worker import BACKGROUND, FOREGROUND, DbWorker
from kh57desk.workspace import open_workspace


@pytest.fixture
def worker(workspace, qtbot):
    worker = DbWorker(workspace)
    yield worker
    worker.shutdown()


@pytest.fixture
def screens(qtbot):
    shown, hidden = QWidget(), QWidget()
    qtbot.addWidget(shown)
    qtbot.addWidget(hidden)
    shown.show()
    return shown, hidden


def hold(worker):
    """Keep the worker busy until the returned event is set (jobs queue up behind it)."""
    gate, started = threading.Event(), threading.Event()
    worker.run(lambda _ws, _job: (started.set(), gate.wait(10)))
    assert started.wait(5)
    return gate


def test_the_shown_screens_read_goes_ahead_of_a_hidden_screens(worker, screens, qtbot, idle):
    shown, hidden = screens
    order = []
    gate = hold(worker)
    worker.read(lambda _s: "hidden", order.append, owner=hidden, label="dashboard")
    worker.read(lambda _s: "background", order.append, label="other", priority=BACKGROUND)
    worker.read(lambda _s: "shown", order.append, owner=shown, label="load_tasks")
    worker.read(lambda _s: "asked", order.append, label="misc", priority=FOREGROUND)
    gate.set()
    idle(worker)
    assert order == ["shown", "asked", "hidden", "background"]


def test_a_newer_read_of_the_same_kind_drops_the_queued_one(worker, screens, idle):
    shown, _hidden = screens
    delivered, finished = [], []
    worker.job_finished.connect(finished.append)
    gate = hold(worker)
    first = worker.read(lambda _s: 1, delivered.append, owner=shown, label="load_tasks")
    other_owner = worker.read(lambda _s: 2, delivered.append, owner=None, label="load_tasks")
    second = worker.read(lambda _s: 3, delivered.append, owner=shown, label="load_tasks")
    assert first.dropped and first.done and not second.dropped
    assert first in finished  # watchers (a progress dialog) learn that it ended
    gate.set()
    idle(worker)
    assert delivered == [2, 3] and not other_owner.dropped
    assert not worker.busy


def test_writes_keep_their_order_and_a_read_after_a_write_sees_it(worker, screens, idle):
    shown, _hidden = screens
    order = []

    def put(value):
        def write(session):
            session.merge(Setting(key="bench", value=value))
            order.append(f"write {value}")
        return write

    def read(session):
        order.append("read")
        return session.scalar(select(Setting.value).where(Setting.key == "bench"))

    seen = []
    gate = hold(worker)
    worker.write(put("1"))
    worker.write(put("2"))
    worker.read(read, seen.append, owner=shown, label="load")  # queued after the writes: it waits for them
    worker.write(put("3"))
    worker.read(lambda _s: order.append("early read"), owner=shown, label="early")
    gate.set()
    idle(worker)
    assert order == ["write 1", "write 2", "read", "write 3", "early read"]
    assert seen == ["2"]


@pytest.fixture
def coordinator_ws(tmp_path):
    ws = open_workspace(tmp_path / "so-khcn")
    with ws.db.transaction() as session:
        setup.initialise(session, "Sở Khoa học và Công nghệ", coordinator=True)
        plan_apply.apply(session, sample_plan.load_draft())
    yield ws
    ws.close()


def test_the_task_table_does_not_wait_for_the_overviews_completeness(coordinator_ws, start_app, qtbot, idle):
    controller = start_app(coordinator_ws)
    window = controller.window
    overview = window.pages["overview"]
    assert overview.completeness is not None
    finished = []
    controller.worker.job_finished.connect(lambda job: finished.append(job.label))
    overview.completeness.loaded.connect(lambda: finished.append("completeness shown"))
    gate = hold(controller.worker)  # the worker is busy when the user looks at the overview...
    controller.context.tasks_changed.emit()  # ...which asks for its figures and completeness again
    tasks = window.show_page("tasks")  # ...and the user goes to the task list at once
    gate.set()
    qtbot.waitUntil(lambda: tasks.loaded_once, timeout=10_000)
    idle(controller.worker)
    assert finished.index("load_tasks") < finished.index("completeness")
    # out of sight when its turn came: not computed while the user types in the task list...
    assert "completeness shown" not in finished and overview.completeness.refresher.stale
    window.show_page("overview")  # ...but as soon as the overview is shown again
    qtbot.waitUntil(lambda: "completeness shown" in finished, timeout=10_000)
    assert overview.completeness.data is not None


def test_a_shared_result_is_taken_once_and_never_after_a_write(worker):
    generation = worker.generation
    worker.share("rows", [1, 2], generation)
    assert worker.shared("other", generation) is None
    assert worker.shared("rows", generation) == [1, 2]
    assert worker.shared("rows", generation) is None  # handed out once
    worker.share("rows", [3], generation)
    worker.write(lambda _s: None)  # anything written since: what was read before is stale
    assert worker.generation == generation + 1
    assert worker.shared("rows", generation) is None and worker.shared("rows", worker.generation) is None
    worker.share("rows", [4], worker.generation)
    assert worker.shared("rows", worker.generation, max_age=0.0) is None  # too old


def test_the_task_list_takes_the_rows_the_overview_just_read(coordinator_ws, start_app, qtbot, idle, monkeypatch):
    from kh57desk.app import progress as operations

    controller = start_app(coordinator_ws)
    reads = []
    load_tasks = operations.load_tasks
    monkeypatch.setattr(operations, "load_tasks", lambda *args: reads.append(args[1:]) or load_tasks(*args))
    gate = hold(controller.worker)
    controller.context.tasks_changed.emit()  # the overview reads its figures again...
    tasks = controller.window.show_page("tasks")  # ...and the user opens the list meanwhile
    gate.set()
    qtbot.waitUntil(lambda: tasks.loaded_once, timeout=10_000)
    idle(controller.worker)
    assert len(reads) == 1  # one read of every task's row served both screens
    assert tasks.model.rowCount() == 98
    overview = controller.window.pages["overview"]
    assert overview.summary.total == sum(1 for row in tasks.model.rows if not row.withdrawn)
    tasks.context.tasks_changed.emit()  # later: a change makes the list read again
    idle(controller.worker)
    assert len(reads) == 2
