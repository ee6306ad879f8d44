"""What an operation changed, so that views refresh from one place (Anki's ``OpChanges``).

An operation returns ``Outcome(value, Changes(...))``; the window's database worker hands the
value to whoever asked and announces the changes once, to every screen; the command line
prints the value and ignores the rest; tests assert both.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    tasks: bool = False        # tasks added, changed, withdrawn, assigned (an import, a task package)
    progress: bool = False     # progress updates added, edited or deleted
    indicators: bool = False   # targets or their measured values
    reports: bool = False      # the report register: generated, signed, sent, consolidated
    packages: bool = False     # packages produced or received, completeness
    settings: bool = False     # this database's settings
    agencies: bool = False     # the agency directory
    external: bool = False     # another program (the command line, a second window) wrote to the database

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                          for f in dataclasses.fields(self)})

    @property
    def any(self) -> bool:
        return any(getattr(self, f.name) for f in dataclasses.fields(self))

    @classmethod
    def everything(cls, external: bool = False) -> "Changes":
        """After a restore, a change of data folder, or a write by another program."""
        values = {f.name: True for f in dataclasses.fields(cls)}
        values["external"] = external
        return cls(**values)

    def names(self) -> list[str]:
        return [f.name for f in dataclasses.fields(self) if getattr(self, f.name)]


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """An operation's result and what it changed."""
    value: T
    changes: Changes
