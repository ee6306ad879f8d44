"""What the spec leaves out of the bundle after PyInstaller's analysis.

- Qt's own translations (``PySide6/Qt/translations``, 7 MB): the window installs only its
  own ``resources/translations/*.qm`` (Qt's words in Vietnamese are in ``qtbase_vi``).
- On Linux, Qt's GTK 3 theme plugin and the libraries only it needs (cairo, pango, atk…):
  it would load the user's GTK 3 on top of the build machine's copies of those libraries,
  a mix that can crash on start; without it Qt draws its own (Fusion) dialogs.

Entries are PyInstaller TOC tuples ``(name in the bundle, source path, type)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import PurePath

QT_TRANSLATIONS = "PySide6/Qt/translations/"
GTK_THEME_PLUGIN = "PySide6/Qt/plugins/platformthemes/libqgtk3.so"


def _name(entry) -> str:
    return PurePath(entry[0]).as_posix()


def drop_qt_translations(datas: Iterable[tuple]) -> list[tuple]:
    return [entry for entry in datas if not _name(entry).startswith(QT_TRANSLATIONS)]


def _links(entry, imports: Callable[[str], Iterable[str]]) -> set[str]:
    """File names an entry needs: what a library links to; the target of a symbolic link."""
    kind = entry[2] if len(entry) > 2 else "BINARY"
    if kind == "SYMLINK":
        return {PurePath(entry[1]).name}
    if kind in ("BINARY", "EXTENSION"):
        return set(imports(entry[1]))
    return set()


def drop_with_own_libraries(binaries: Iterable[tuple], plugin: str,
                            imports: Callable[[str], Iterable[str]]) -> list[tuple]:
    """``binaries`` without ``plugin`` and without the system libraries it alone brought in:
    those it needs (directly or through each other) that nothing else in the bundle links to.

    ``imports(source path)`` gives the file names a binary links to (e.g. ``libcairo.so.2``).
    """
    binaries = list(binaries)
    if not any(_name(entry) == plugin for entry in binaries):
        return binaries
    by_file: dict[str, list[str]] = {}
    for entry in binaries:
        by_file.setdefault(PurePath(_name(entry)).name, []).append(_name(entry))
    needs = {_name(entry): _links(entry, imports) for entry in binaries}
    by_kind = {_name(entry): (entry[2] if len(entry) > 2 else "BINARY") for entry in binaries}

    def closure(start: Iterable[str]) -> set[str]:
        seen, todo = set(start), list(start)
        while todo:
            for lib in needs.get(todo.pop(), ()):
                for name in by_file.get(lib, ()):
                    if name not in seen:
                        seen.add(name)
                        todo.append(name)
        return seen

    # PyInstaller puts the system libraries it pulled in as dependencies at the top of the
    # bundle; everything else (package files, Qt's own libraries and plugins) was asked for.
    candidates = {plugin} | {name for name in closure([plugin]) if "/" not in name and by_kind[name] == "BINARY"}
    kept = closure([name for name in needs if name not in candidates])
    removed = candidates - kept
    return [entry for entry in binaries if _name(entry) not in removed]


def linked_names(path: str) -> set[str]:
    """File names of the shared libraries ``path`` links to (PyInstaller's own reader)."""
    from PyInstaller.depend.bindepend import get_imports

    return {PurePath(name).name for name, _full in get_imports(path)}
