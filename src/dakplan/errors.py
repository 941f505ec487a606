"""The one root of the exceptions dakplan raises for a person to read."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dakplan.diagnostics import Diagnostic


class DakplanError(Exception):
    """A problem the user can fix: a bad option, a missing file, an unknown agency.

    The command line prints the message without a traceback and exits with ``exit_code``.
    """

    exit_code = 2

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code

    @property
    def message(self) -> str:
        return str(self.args[0])


class UsageError(DakplanError):
    """Bad arguments: an unknown format, a date that does not exist, an unknown agency."""


class PlanError(DakplanError):
    """A plan that a command needs could not be loaded; its diagnostics say why."""

    def __init__(self, message: str, diagnostics: list[Diagnostic] | None = None) -> None:
        super().__init__(message, 1)
        self.diagnostics = diagnostics or []
