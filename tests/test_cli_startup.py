"""``kh57 --version`` and ``kh57 --help`` answer without loading the database layer; a command
still loads what it needs when it runs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kh57desk import __version__

HEAVY = ("sqlalchemy", "alembic", "openpyxl", "reportlab", "pyhanko", "PySide6")


def run_python(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "KH57DESK_DATA"}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, timeout=120)


PROBE = """
import sys
from kh57desk.cli import main
try:
    main([sys.argv[1]])
except SystemExit as exit:
    code = exit.code
loaded = sorted(name for name, module in sys.modules.items()
                if module is not None and type(module).__name__ != "_LazyModule")  # a lazy one never ran
print("LOADED", code, *loaded, file=sys.stderr)
"""


def imported_modules(importtime_log: str) -> set[str]:
    """Module names from ``-X importtime`` lines: ``import time: self | cumulative | name``."""
    return {line.rsplit("|", 1)[1].strip() for line in importtime_log.splitlines()
            if line.startswith("import time:") and line.count("|") == 2}


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_do_not_import_the_database_layer(option):
    timed = run_python("-X", "importtime", "-m", "kh57desk.cli", option)
    assert timed.returncode == 0
    assert not {name for name in imported_modules(timed.stderr) if name.split(".")[0] in HEAVY}
    if option == "--version":
        assert timed.stdout.strip() == f"kh57 {__version__}"
    else:
        assert "completeness" in timed.stdout and "import-package" in timed.stdout
    probed = run_python("-c", PROBE, option)
    code, *loaded = probed.stderr.split("LOADED", 1)[1].split()
    assert code == "0" and "kh57desk.cli.sync_cmd" in loaded  # every command was registered
    assert not [name for name in loaded if name.split(".")[0] in HEAVY]
    assert not [name for name in loaded if name.startswith(("kh57desk.db", "kh57desk.services.",
                                                             "kh57desk.workspace", "kh57desk.sync."))]


def test_a_command_loads_the_layers_it_needs(tmp_path):
    code = ("import sys\nfrom kh57desk.cli import main\ncode = main(['--data-dir', sys.argv[1], 'tasks'])\n"
            "print(code, 'sqlalchemy' in sys.modules, 'kh57desk.services.tasks' in sys.modules)")
    result = run_python("-c", code, str(tmp_path / "data"))
    assert result.stdout.split() == ["2", "True", "True"]  # not set up yet: one Vietnamese line, exit 2
    assert result.stderr.startswith("Lỗi: ") and len(result.stderr.strip().splitlines()) == 1
