"""The command line: thin commands over the library. Each module registers its commands."""

from __future__ import annotations

from dakplan.cli import calendar, remind, tasks, validate  # noqa: F401  (register commands)
from dakplan.cli.app import app


def main() -> None:
    app(prog_name="dakplan")


__all__ = ["app", "main"]
