"""The command line: thin commands over the library. Each module registers its commands."""

from __future__ import annotations

import signal
import sys

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
from dakplan.cli.app import app, fail


def main() -> None:
    """Run the command; a failure to write standard output, wherever it happens (the last
    flush included), is a message and exit 2, and a reader that went away ends the run as it
    ends ``cat``: quietly, by SIGPIPE."""
    from dakplan.i18n import t
    from dakplan.io.stdout import StdoutClosed, StdoutFailed, guard

    guard()
    try:
        try:
            app(prog_name="dakplan")
        finally:
            sys.stdout.flush()
    except StdoutClosed:
        sigpipe = getattr(signal, "SIGPIPE", None)
        if sigpipe is not None:
            signal.signal(sigpipe, signal.SIG_DFL)
            signal.raise_signal(sigpipe)
        sys.exit(2)
    except StdoutFailed as exc:
        try:
            fail(t("cli.cannot_write_stdout", reason=exc.reason))
        except OSError:
            pass  # standard error is gone too: the exit status is all that is left
        sys.exit(2)


__all__ = ["app", "main"]
