"""User-facing errors: every message is Vietnamese, one line, ready to show."""


class Kh57Error(Exception):
    """An error the user can act on. ``str(err)`` is the Vietnamese message."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class InputError(Kh57Error):
    """Bad input from the user or a file: nothing was changed."""


class DataDirError(Kh57Error):
    """The data folder cannot be used."""


class DatabaseError(Kh57Error):
    """The database file cannot be opened or upgraded."""


class Cancelled(Kh57Error):
    """The user cancelled a long operation; nothing was changed."""

    def __init__(self, message: str = "Đã hủy theo yêu cầu; không thay đổi gì."):
        super().__init__(message)
