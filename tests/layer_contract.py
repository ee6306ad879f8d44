"""The layer contract of kh57desk, checked on the source (every import, including the ones
inside functions):

    errors < domain, paths, platform < db < importers | reports | signing | workspace
           < services < sync | coordinator < app < cli | ui

A module may import its own layer and the layers below it, never one above; ``cli`` and ``ui``
never import each other; ``ui`` imports nothing from ``db``; only ``ui`` imports Qt.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

LAYERS: list[set[str]] = [
    {"", "errors"},                           # the package itself (version, names), error types
    {"domain", "paths", "platform_win", "data_folder", "diagnostics", "instance"},
    {"db"},
    {"importers", "reports", "signing", "workspace"},
    {"services"},
    {"sync", "coordinator"},
    {"app"},
    {"cli", "ui"},
]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}
QT_PACKAGES = ("PySide6", "shiboken6")


@dataclass(frozen=True)
class Violation:
    module: str
    line: int
    imported: str
    rule: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line} imports {self.imported} ({self.rule})"


def top_part(module: str, package: str) -> str:
    """``kh57desk.services.tasks`` → ``services``; ``kh57desk`` → ``''``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == package else ""


def _module_name(path: Path, root: Path) -> str:
    relative = path.relative_to(root.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(tree: ast.AST, module: str, is_package: bool):
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this module's package
                base = module.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            yield node.lineno, target
            for alias in node.names:  # ``from kh57desk import services``
                yield node.lineno, f"{target}.{alias.name}"


def check(root: Path) -> list[Violation]:
    """Every broken rule under the package folder ``root`` (e.g. ``.../kh57desk``)."""
    package = root.name
    violations: list[Violation] = []
    for path in sorted(root.rglob("*.py")):
        if "migrations" in path.relative_to(root).parts:
            continue  # Alembic scripts describe the schema of their day
        module = _module_name(path, root)
        layer = top_part(module, package)
        if layer not in RANK:
            violations.append(Violation(module, 0, "", f"'{layer}' has no place in the layer contract"))
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for line, target in _imports(tree, module, path.name == "__init__.py"):
            head = target.split(".")[0]
            if head in QT_PACKAGES and layer != "ui":
                violations.append(Violation(module, line, target, "only ui imports Qt"))
            if head != package:
                continue
            other = top_part(target, package)
            if other not in RANK:
                continue  # ``from kh57desk import __version__`` and names of the package itself
            if RANK[other] > RANK[layer]:
                violations.append(Violation(module, line, target, f"{layer} is below {other}"))
            elif {layer, other} == {"cli", "ui"}:
                violations.append(Violation(module, line, target, "cli and ui do not import each other"))
            elif layer == "ui" and other == "db":
                violations.append(Violation(module, line, target, "ui reaches the database through app or services"))
    unique: dict[tuple, Violation] = {}
    for violation in violations:  # ``from kh57desk.db import models`` is one import, not two
        unique.setdefault((violation.module, violation.line, violation.rule), violation)
    return list(unique.values())
