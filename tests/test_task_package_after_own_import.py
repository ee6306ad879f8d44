"""An agency that imported the plan file itself, then receives the coordinator's task package,
adopts the coordinator's plan and task identities and keeps its progress, so that its report
packages are accepted. The narrative reference plan carries a reporting schedule (the case that
crashed). Both orders: the file first, and the package first."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from fixtures_reference import REFERENCE_DIR

PLAN = REFERENCE_DIR / "ke-hoach-thai-binh-nq57-narrative.txt"


def _uids(data_dir: Path) -> tuple[set[str], dict[str, str]]:
    connection = sqlite3.connect(data_dir / "kh57desk.sqlite3")
    try:
        plans = {row[0] for row in connection.execute("SELECT uid FROM plan")}
        tasks = {ref: uid for ref, uid in connection.execute("SELECT ref, uid FROM task WHERE NOT withdrawn")}
    finally:
        connection.close()
    return plans, tasks


@pytest.fixture
def coordinator(cli, tmp_path):
    folder = tmp_path / "so-khcn"
    cli("init", "--agency", "Sở Khoa học và Công nghệ", "--coordinator", "--province", "Hưng Yên",
        data_dir=folder, check=True)
    cli("import", str(PLAN), data_dir=folder, check=True)
    cli("export-tasks", "--agency", "Sở Y tế", "--out", str(tmp_path / "goi-nhiem-vu"), data_dir=folder, check=True)
    [package] = sorted((tmp_path / "goi-nhiem-vu").glob("*.kh57"))
    return folder, package


def _report_round_trip(cli, agency: Path, coordinator: Path, out: Path) -> None:
    cli("export-report", "--period", "2025-Q3", "--out", str(out), data_dir=agency, check=True)
    result = cli("import-package", str(out), "--json", "--trust-new-sender", data_dir=coordinator)
    assert result.returncode == 0, result.stderr
    assert "không có trong cơ sở dữ liệu này" not in result.stdout + result.stderr


@pytest.mark.parametrize("order", ["file-first", "package-first"])
def test_task_package_and_own_import_in_either_order(cli, tmp_path, coordinator, order):
    coordinator_dir, package = coordinator
    agency = tmp_path / "so-y-te"
    cli("init", "--agency", "Sở Y tế", "--province", "Hưng Yên", data_dir=agency, check=True)
    steps = [("import", str(PLAN)), ("import-package", str(package), "--trust-new-sender")]
    if order == "package-first":
        steps.reverse()
    first, second = steps
    cli(*first, data_dir=agency, check=True)
    if first[0] == "import":  # progress typed before the package arrives
        cli("progress", "1.2", "--period", "2025-Q3", "--result", "Đã ban hành kế hoạch triển khai của Sở",
            "--percent", "60", data_dir=agency, check=True)
    result = cli(*second, data_dir=agency)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    if first[0] != "import":
        cli("progress", "1.2", "--period", "2025-Q3", "--result", "Đã ban hành kế hoạch triển khai của Sở",
            "--percent", "60", data_dir=agency, check=True)

    coordinator_plans, coordinator_tasks = _uids(coordinator_dir)
    agency_plans, agency_tasks = _uids(agency)
    assert agency_plans == coordinator_plans  # one plan, with the coordinator's identity
    assert agency_tasks and all(coordinator_tasks[ref] == uid for ref, uid in agency_tasks.items())

    listed = json.loads(cli("tasks", "--period", "2025-Q3", "--json", data_dir=agency, check=True).stdout)
    rows = listed["tasks"] if isinstance(listed, dict) else listed
    task = next(row for row in rows if row["ref"] == "1.2")
    assert "Đã ban hành kế hoạch triển khai của Sở" in json.dumps(task, ensure_ascii=False)  # progress kept
    _report_round_trip(cli, agency, coordinator_dir, tmp_path / "bao-cao.kh57")
    shutil.rmtree(tmp_path / "goi-nhiem-vu")
