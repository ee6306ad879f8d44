"""Writing report files: never replacing an existing file (signed or not), never leaving a
partial one behind, and copies at a place the user chose."""

from __future__ import annotations

from pathlib import Path

from kh57desk.errors import InputError


def copy_targets(out: Path | str | None, formats: tuple[str, ...]) -> dict[str, Path]:
    """Where the user asked for copies: ``out`` itself for one format, ``out`` with each
    format's suffix for two. Refuses a file that exists or a folder that does not."""
    if not out:
        return {}
    out = Path(out).expanduser()
    if out.is_dir():
        raise InputError(f"'{out}' là một thư mục; hãy ghi cả tên tệp, ví dụ {out / 'bao-cao.pdf'}.")
    targets = {}
    for fmt in formats:
        if len(formats) == 1 and out.suffix.lower() not in ("", f".{fmt}"):
            raise InputError(f"Tệp '{out.name}' không có đuôi .{fmt} của định dạng đã chọn.")
        targets[fmt] = out.with_suffix(f".{fmt}")
    for path in targets.values():
        if not path.parent.is_dir():
            raise InputError(f"Thư mục '{path.parent}' không tồn tại.")
        if path.exists():
            raise InputError(f"Tệp '{path}' đã có; chương trình không ghi đè, hãy chọn tên khác.")
    return targets


def create(path: Path, data: bytes) -> Path:
    """Write a new file; ``FileExistsError`` if ``path`` exists; a partial file is removed."""
    handle = open(path, "xb")
    try:
        with handle:
            handle.write(data)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def write_new(path: Path, data: bytes) -> Path:
    """Create ``path`` (or ``name-2``, ``name-3``… beside it) without ever replacing a file."""
    candidate, n = path, 1
    while True:
        try:
            return create(candidate, data)
        except FileExistsError:
            n += 1
            candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")


def write_copy(path: Path, data: bytes) -> Path:
    try:
        return create(path, data)
    except FileExistsError:
        raise InputError(f"Tệp '{path}' đã có; chương trình không ghi đè, hãy chọn tên khác.") from None
    except OSError as exc:
        raise InputError(f"Không ghi được tệp '{path}': {exc.strerror or exc}.") from None


def remove_all(paths: list[Path]) -> None:
    for path in paths:
        try:
            path.unlink()
        except OSError:
            pass
