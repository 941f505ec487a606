"""What a person reads on standard error: ``dakplan: message`` and an exit status when a command
stops, and the findings a command answers in spite of.

Imported without typer: ``dakplan.cli.fast`` runs commands without it."""

from __future__ import annotations

import sys
from typing import Any

from dakplan.errors import DakplanError, PlanError
from dakplan.i18n import t
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


def tell(notices: list[Any]) -> None:
    """Print the findings a command answers in spite of on standard error, one per line, and
    per file how many there are: the answer stands, ``dakplan validate`` is the gate."""
    from dakplan.outputs.base import diagnostic_line

    files: dict[str, int] = {}
    for d in notices:
        sys.stderr.write(escape(diagnostic_line(d)) + "\n")
        files[d.file] = files.get(d.file, 0) + 1
    for file, count in files.items():
        sys.stderr.write(escape(t("cli.not_waived", file=file, count=count)) + "\n")
