"""The layer contract holds for kh57desk, and the contract itself catches what it must."""

from __future__ import annotations

from pathlib import Path

import kh57desk
from layer_contract import check

ROOT = Path(kh57desk.__file__).resolve().parent


def test_kh57desk_keeps_its_layers():
    violations = check(ROOT)
    assert violations == [], "\n".join(str(v) for v in violations)


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "kh57desk"
    for name, text in {"__init__.py": "", **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        (path.parent / "__init__.py").touch()
        path.write_text(text, encoding="utf-8")
    return root


def test_the_contract_catches_an_upward_import(tmp_path):
    root = _tree(tmp_path, {
        "domain/deadline.py": "def f():\n    from kh57desk.services import tasks\n",  # inside a function
        "services/tasks.py": "from kh57desk.domain import deadline\n",                 # downward: fine
    })
    assert [(v.module, v.line, v.imported) for v in check(root)] == [
        ("kh57desk.domain.deadline", 2, "kh57desk.services")]


def test_the_contract_catches_relative_imports_ui_to_db_qt_outside_ui_and_cli_to_ui(tmp_path):
    root = _tree(tmp_path, {
        "ui/labels.py": "from ..db.models import LEAD\n",
        "app/reports.py": "from PySide6.QtCore import QObject\n",
        "cli/main.py": "import kh57desk.ui.app\n",
        "sync/package.py": "from kh57desk import app\n",
        "gadgets/x.py": "",
    })
    rules = sorted((v.module, v.rule) for v in check(root))
    assert rules == [
        ("kh57desk.app.reports", "only ui imports Qt"),
        ("kh57desk.cli.main", "cli and ui do not import each other"),
        ("kh57desk.gadgets", "'gadgets' has no place in the layer contract"),
        ("kh57desk.gadgets.x", "'gadgets' has no place in the layer contract"),
        ("kh57desk.sync.package", "sync is below app"),
        ("kh57desk.ui.labels", "ui reaches the database through app or services"),
    ]
