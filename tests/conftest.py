"""Shared fixtures: every test gets its own data folder; the CLI runs as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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


def run_cli(*args: str, data_dir: Path | None = None, env: dict | None = None,
            check: bool = False) -> subprocess.CompletedProcess:
    """Run ``kh57`` as a real subprocess (the console script when installed, else ``-m``)."""
    script = Path(sys.executable).with_name("kh57")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "kh57desk.cli"]
    full_env = {k: v for k, v in os.environ.items() if k != "KH57DESK_DATA"}
    full_env["PYTHONIOENCODING"] = "utf-8"
    full_env.update(env or {})
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    result = subprocess.run(command + list(args), capture_output=True, text=True, encoding="utf-8",
                            env=full_env, cwd=ROOT, timeout=120)
    if check and result.returncode != 0:
        raise AssertionError(f"kh57 {' '.join(args)} failed: {result.stderr}")
    return result


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
