"""The command line: thin commands over the library. Each module registers its commands,
imported only when one of them is run (``dakplan.cli.app.COMMANDS``)."""

from __future__ import annotations

import gc
import sys

from dakplan.cli.app import app


def main() -> None:
    try:
        app(prog_name="dakplan")
    finally:
        _before_exit()


def _before_exit() -> None:
    """Spare the interpreter's teardown a walk over every object the run made.

    At exit Python collects garbage over all that is still alive (the schema, the plan, the
    modules): tens of milliseconds for nothing, as the process is ending. Frozen objects are
    out of the collector's sight. The output is flushed first, so that nothing written waits
    on a finaliser; an error flushing is left for the interpreter's own flush to report, with
    the exit status it always gave.
    """
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    gc.freeze()


__all__ = ["app", "main"]
