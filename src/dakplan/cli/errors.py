"""What a person reads when a command stops: ``dakplan: message`` and an exit status."""

from __future__ import annotations

import sys

from dakplan.errors import DakplanError, PlanError
from dakplan.i18n.printable import escape


def say(message: str) -> None:
    """Print ``dakplan: message`` on standard error."""
    sys.stderr.write(f"dakplan: {escape(message)}\n")  # it may quote what was typed


def reported(exc: DakplanError) -> int:
    """Print what stopped the command (a plan's diagnostics first) and give its exit
    status."""
    if isinstance(exc, PlanError):
        from dakplan.outputs.base import diagnostic_line

        for d in exc.diagnostics:
            sys.stderr.write(diagnostic_line(d) + "\n")
    say(exc.message)
    return exc.exit_code
