"""Shared fixtures: every test gets its own data folder; the CLI runs as a subprocess."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cli_runner import run_cli

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's folders (data, settings, the data-folder pointer)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "dữ liệu"  # a Vietnamese folder name, as on real machines
    folder.mkdir()
    return folder


@pytest.fixture
def workspace(data_dir: Path):
    from kh57desk.workspace import open_workspace

    ws = open_workspace(data_dir)
    yield ws
    ws.close()


@pytest.fixture
def demo_workspace(workspace):
    """A workspace set up as Sở Nội vụ with the sample plan loaded."""
    from kh57desk.services import sample_plan

    with workspace.db.transaction() as session:
        sample_plan.load_demo(session)
    return workspace




@pytest.fixture
def cli():
    return run_cli


def pytest_collection_modifyitems(config, items):
    """Tests marked ``slow`` (the installer build) run only with ``KH57_SLOW=1``."""
    if os.environ.get("KH57_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="chậm (dựng bộ cài): đặt KH57_SLOW=1 để chạy")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
