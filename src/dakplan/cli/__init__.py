"""The command line: thin commands over the library. Each module registers its commands."""

from __future__ import annotations

from dakplan.cli import (  # noqa: F401  (registers its commands)
    calendar,
    diff,
    new,
    remind,
    render,
    schema,
    tasks,
    validate,
)
from dakplan.cli.app import app


def main() -> None:
    app(prog_name="dakplan")


__all__ = ["app", "main"]
