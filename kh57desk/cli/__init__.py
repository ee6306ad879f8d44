"""The ``kh57`` command line. Each command module registers its sub-commands; every command
calls the same services as the window. Errors: one Vietnamese line on stderr, exit code 2,
nothing changed."""

from __future__ import annotations

import argparse
import importlib
import sys

from kh57desk import __version__
from kh57desk.cli import messages
from kh57desk.errors import Kh57Error

# Modules that define ``register(subparsers, common)``; each owns its commands.
COMMAND_MODULES = [
    "kh57desk.cli.core_commands",
    "kh57desk.cli.progress_cmd",
    "kh57desk.cli.sign_cmd",
    "kh57desk.cli.sync_cmd",
    "kh57desk.cli.report_cmd",
    "kh57desk.cli.import_cmd",
    "kh57desk.cli.assign_cmd",
    "kh57desk.cli.senders_cmd",
    "kh57desk.cli.review_cmd",
]

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_UNEXPECTED = 0, 2, 2, 1


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # noqa: D401 - argparse API
        print(f"Lỗi: {messages.translate(message)} (xem 'kh57 --help')", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> Parser:
    messages.install()
    common = Parser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="THƯ_MỤC",
                        help="thư mục dữ liệu (mặc định: biến KH57DESK_DATA, chế độ di động, hoặc thư mục người dùng)")
    parser = Parser(prog="kh57", description="kh57desk — theo dõi, báo cáo thực hiện Nghị quyết 57-NQ/TW.",
                    parents=[common])
    parser.add_argument("--version", action="version", version=f"kh57 {__version__}",
                        help="in số phiên bản rồi thoát")
    subparsers = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, common)
    return parser


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")
        except (AttributeError, ValueError):  # pragma: no cover - streams replaced by a host
            pass


def main(argv: list[str] | None = None) -> int:
    _utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_OK
    try:
        return int(args.handler(args) or EXIT_OK)
    except Kh57Error as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # output piped into `head`: not an error of ours
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu; không thay đổi gì.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the one handler of the command line: never a traceback
        return _unexpected(exc, args)


def _unexpected(exc: Exception, args: argparse.Namespace) -> int:
    """A known cause (full disk, read-only file…) gets its sentence; anything else one line that
    names the log, where the details go."""
    from kh57desk import diagnostics

    data_dir = None
    try:
        from kh57desk import paths

        data_dir = paths.resolve_data_dir(getattr(args, "data_dir", None))
        if diagnostics.setup_logging(data_dir) is None:
            data_dir = None
    except Exception:  # noqa: BLE001 - no data folder: the message says nothing about a log
        data_dir = None
    import logging

    logging.getLogger("kh57desk.cli").error("kh57 %s failed:\n%s", getattr(args, "command", ""),
                                            diagnostics.report_text(exc))
    known = diagnostics.known_cause(exc)
    print(f"Lỗi: {known or diagnostics.unexpected_message(exc, data_dir)}", file=sys.stderr)
    return EXIT_ERROR if known else EXIT_UNEXPECTED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
