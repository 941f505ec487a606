"""Diagnostics: what a check found, where, and how bad it is.

Every problem dakplan reports is a ``Diagnostic`` with a stable code, catalogued in ``codes``.
A check finds a ``Finding`` at a path in the document; it becomes a ``Diagnostic`` when its line
is looked up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from dakplan.i18n.printable import escape

Path = tuple[str | int, ...]
"""Where in the YAML document: ``("implementation", 1, "tasks", 0, "lead")``."""


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str
    why: str
    fix: str


@dataclass(frozen=True, slots=True, order=True)
class Diagnostic:
    """One finding. ``line`` and ``col`` are 1-based; 0 means "the file as a whole"."""

    file: str
    line: int
    col: int
    code: str
    severity: Severity = field(compare=False)
    message: str = field(compare=False)

    def __post_init__(self) -> None:
        # A message may quote the plan's text (an unknown key, a value of the wrong form): it
        # must print even when that text holds a character that cannot (DK009).
        object.__setattr__(self, "message", escape(self.message))

    def to_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.col,
            "code": self.code,
            "severity": str(self.severity),
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem at a path in the document; the line is looked up only when it is reported."""

    code: str
    path: Path
    message: str
    key: bool = False
    """Point at the key at ``path`` rather than at its value (an unknown key)."""
    severity: Severity | None = None
    related: Path | None = None
    """A second place the message names as ``{first}`` (the first of two duplicates)."""
