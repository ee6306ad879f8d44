"""Where the installer sources are, and loading their modules (``installers/`` is not a
package: the PyInstaller spec puts it on ``sys.path`` itself)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLERS = ROOT / "installers"
ICONS = ROOT / "resources" / "icons"


def load(name: str):
    """``installers/<name>.py`` as a module."""
    spec = importlib.util.spec_from_file_location(f"installers_{name}", INSTALLERS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module
