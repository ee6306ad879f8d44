"""``kh57`` run as a real subprocess, for tests anywhere under tests/ (import it by this name:
several folders have a conftest.py, so ``from conftest import …`` is ambiguous)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


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
