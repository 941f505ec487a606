"""The command line: thin commands over the library. Each module registers its commands,
imported only when one of them is run (``dakplan.cli.app.COMMANDS``)."""

from __future__ import annotations

from dakplan.cli.app import app


def main() -> None:
    app(prog_name="dakplan")


__all__ = ["app", "main"]
