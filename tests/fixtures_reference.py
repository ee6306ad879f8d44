"""Paths to the shared reference documents and the curated sample plan.

Helpers only, no tests in this module.

``REFERENCE_DIR`` is ``../shared/reference`` next to the repository root. If that
folder is missing, the ``KH57_SHARED`` environment variable is used instead
(``$KH57_SHARED/reference``).

``SAMPLE_PLAN`` is ``resources/sample/tieu-ban-thai-binh-2025.json``. It is a
hand-checked copy of the appendix table (98 tasks) in
``tieu-ban-thai-binh-2025-phu-luc.txt``, and the importer tests check every row
against it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def _find_reference_dir() -> Path:
    candidate = REPO_ROOT.parent / "shared" / "reference"
    if candidate.is_dir():
        return candidate
    shared = os.environ.get("KH57_SHARED")
    if shared:
        return Path(shared) / "reference"
    return candidate


REFERENCE_DIR: Path = _find_reference_dir()

SAMPLE_PLAN: Path = REPO_ROOT / "resources" / "sample" / "tieu-ban-thai-binh-2025.json"

TASK_FIELDS = ("ref", "group", "content", "lead", "deadline", "coordinating", "note")


def load_sample_plan() -> dict:
    """The whole sample document: ``{"source", "plan", "tasks"}``."""
    with SAMPLE_PLAN.open(encoding="utf-8") as fh:
        return json.load(fh)


def load_sample_tasks() -> list[dict]:
    """The 98 expected tasks, in order. Each one has the keys in ``TASK_FIELDS``.

    Every value is a string, and an empty cell is ``""``.
    """
    return load_sample_plan()["tasks"]
