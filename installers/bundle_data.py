"""The data files the frozen program reads at run time, as PyInstaller ``(source, folder)``
pairs, laid out in the bundle as in the source tree so the same lookups work frozen:

- ``resources/**`` → ``resources/…`` (``kh57desk.paths.resources_dir()`` is
  ``sys._MEIPASS/resources`` when frozen): fonts, icons, the sample plan; the window's
  translations compiled here from their ``.ts`` sources into ``stage/`` (so the bundle never
  ships a ``.qm`` older than its source, and never compiles one at start-up);
- every non-Python file inside the ``kh57desk`` package (``sync/schemas/*.json``,
  ``db/migrations/script.py.mako``) → same place, found through the modules' ``__file__``;
- ``kh57desk/db/migrations/**/*.py`` → same place: Alembic imports the migration scripts
  from files at run time, so the compiled copies in the archive are not enough.
"""

from __future__ import annotations

from pathlib import Path

SKIPPED_DIRS = {"__pycache__"}
SKIPPED_SUFFIXES = {".pyc", ".pyo"}
TRANSLATION_SOURCE, TRANSLATION_COMPILED = ".ts", ".qm"
MIGRATIONS = Path("kh57desk") / "db" / "migrations"


def _files(folder: Path):
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not SKIPPED_DIRS.intersection(path.parts) and path.suffix not in SKIPPED_SUFFIXES:
            yield path


def compile_translations(translations: Path, stage: Path) -> list[Path]:
    """Every ``.ts`` of ``translations`` compiled to ``stage/<name>.qm`` (pyside6-lrelease)."""
    from kh57desk.ui.translations import compile_ts  # the window's own lrelease lookup

    stage.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(translations.glob(f"*{TRANSLATION_SOURCE}")):
        qm = stage / ts.with_suffix(TRANSLATION_COMPILED).name
        qm.unlink(missing_ok=True)
        if not compile_ts(ts, qm) or qm.stat().st_size == 0:
            raise SystemExit(f"Không biên dịch được bản dịch {ts} (cần pyside6-lrelease của PySide6).")
        built.append(qm)
    return built


def bundle_datas(root: Path, stage: Path) -> list[tuple[str, str]]:
    """``(source file, folder in the bundle)`` for every data file the program needs."""
    datas: list[tuple[str, str]] = []
    resources = root / "resources"
    translations = resources / "translations"
    for path in _files(resources):
        if path.parent == translations and path.suffix in (TRANSLATION_SOURCE, TRANSLATION_COMPILED):
            continue
        datas.append((str(path), str(path.parent.relative_to(root))))
    for qm in compile_translations(translations, stage / "translations"):
        datas.append((str(qm), str(translations.relative_to(root))))
    package = root / "kh57desk"
    for path in _files(package):
        in_migrations = MIGRATIONS in path.relative_to(root).parents
        if path.suffix != ".py" or in_migrations:
            datas.append((str(path), str(path.parent.relative_to(root))))
    return datas
